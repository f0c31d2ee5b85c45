"""Entry point: `python -m bilingual_reader` and the `bilingual-reader` command."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line; the GUI is imported only when a window is asked for."""
    from .core.collector import hold_for_start, release_start

    hold_for_start()  # until the window's first frame, or the end of a command without one
    try:
        from .cli import run

        return run(sys.argv[1:] if argv is None else argv)
    finally:
        release_start()


if __name__ == "__main__":
    sys.exit(main())
