"""The one exception type a user may see.

Anything the user can cause (a bad path, a bad flag, a hostile model file) raises
``UserError`` with a message meant for people; the CLI prints it as ``error: …`` and the
window shows it in a dialog. Any other exception is a bug.
"""


class UserError(Exception):
    """A problem with the user's input, explained in plain words."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UndecodableError(UserError):
    """A text whose encoding could not be told: the window offers a choice of encodings."""
