"""User-facing errors: one clear message naming the problem and the fix."""


class GenforgeError(Exception):
    """An error caused by the user's input or environment, not by a bug.

    The CLI prints ``error: <message>`` and exits with status 2; the message should say what
    is wrong and how to fix it.
    """
