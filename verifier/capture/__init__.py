"""Capture sources: image files, a hot folder a scanner writes into, a camera (OpenCV)."""
