"""The reader's engine: loading, segmentation, language detection and alignment.

Nothing in this package imports Qt, so the command line, the tests and the GUI's worker
threads share it (tests/core/test_no_qt.py checks this).
"""
