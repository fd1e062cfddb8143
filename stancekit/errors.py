"""One exception tree for everything a user of stancekit can cause.

Every error names where it happened (a file, a line, a JSON path), what was
wrong and what was expected, so that the command line can print it on one
line. Each subclass also inherits the builtin it refines, so callers that
catch ``ValueError`` or ``OSError`` keep working.
"""

from __future__ import annotations

__all__ = [
    "FormatError",
    "InputError",
    "OutputError",
    "RulePackError",
    "StancekitError",
    "UsageError",
    "ValidationError",
]


#: The longest message an error prints; longer ones lose their middle.
LONGEST_MESSAGE = 500


def _one_line(message: str) -> str:
    """``message`` on one line of at most ``LONGEST_MESSAGE`` characters, however much of a file it quotes."""
    message = message.replace("\r", "\\r").replace("\n", "\\n")
    if len(message) > LONGEST_MESSAGE:
        keep = (LONGEST_MESSAGE - 3) // 2
        message = f"{message[:keep]} … {message[-keep:]}"
    return message


class StancekitError(Exception):
    """The root of every error stancekit raises on purpose.

    Its message is always one line of at most ``LONGEST_MESSAGE`` characters,
    so that the command line can print it as it is, whatever a file held.
    """

    #: The exit code the command line uses for this error.
    exit_code = 1

    def __str__(self) -> str:
        return _one_line(super().__str__())


class InputError(StancekitError, ValueError):
    """Input that cannot be read: missing, unreadable, not UTF-8, not JSON."""


class OutputError(StancekitError, OSError):
    """A file that cannot be written: no such folder, no permission, disk full. The old file, if any, is kept."""


class ValidationError(StancekitError, ValueError):
    """A document that breaks the schema or the model's invariants.

    Attributes:
        path: the JSON path of the offending value, e.g. ``$.stances[0].holder``.
        message: what was wrong and what was expected, without the path; one line of at most
            ``LONGEST_MESSAGE`` characters, like the whole error's.
    """

    def __init__(self, message: str, path: str = "$", *, location: str | None = None) -> None:
        self.message = _one_line(message)
        self.path = path
        self.location = location
        where = f"{location}: " if location else ""
        super().__init__(f"{where}{path}: {message}")

    def at(self, location: str) -> ValidationError:
        """Return the same error located in a file (``doc.jsonl:3``)."""
        return type(self)(self.message, self.path, location=location)


class FormatError(StancekitError, ValueError):
    """A file in an interchange format (brat, W3C, Label Studio, ...) that cannot be read."""


class RulePackError(StancekitError, ValueError):
    """A rule pack that breaks its schema or cannot be compiled."""


class UsageError(StancekitError):
    """A command used wrongly: unknown format, missing option, conflicting paths."""

    exit_code = 2
