"""Errors the engine raises for input a user can fix."""


class InputError(Exception):
    """A file or text that cannot be compared; the message is one line for the user."""
