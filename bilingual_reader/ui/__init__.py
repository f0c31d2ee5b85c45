"""The Qt side of the reader: window, panes, synchronized scrolling, workers."""
