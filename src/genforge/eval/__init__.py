"""Evaluation: bits per byte and (later) task suites."""
