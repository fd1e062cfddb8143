"""SIGTERM ends a command as Ctrl-C does: unwinding it, so that nothing is left half-done.

Python's default for SIGTERM (what ``kill``, ``timeout``, a job scheduler
or a container runtime sends) ends the process at once, without running a
single ``finally``: a corpus run left ``OUT.jsonl.lock`` behind, and a write
its temporary file. Raised in the main thread as :class:`Terminated`, a
``KeyboardInterrupt``, it unwinds the command as Ctrl-C does: temporary files
are removed, locks released, a corpus run's partial file kept for
``--resume``; the command line prints one line and exits with
:data:`TERMINATED`.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

__all__ = ["INTERRUPTED", "TERMINATED", "Terminated", "exit_code", "terminated_as_interrupt"]

#: The exit code after Ctrl-C: 128 + SIGINT, what a shell reports for a program it interrupted.
INTERRUPTED = 130
#: The exit code after SIGTERM: 128 + SIGTERM, what a shell reports for a program killed so.
TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: the command unwinds as after Ctrl-C, and says "terminated"."""


def exit_code(interrupt: KeyboardInterrupt) -> tuple[int, str]:
    """The exit code and the word for an interruption: ``(130, "interrupted")`` or ``(143, "terminated")``."""
    return (TERMINATED, "terminated") if isinstance(interrupt, Terminated) else (INTERRUPTED, "interrupted")


def _terminate(signum: int, frame: FrameType | None) -> None:
    # A second SIGTERM while the first one's clean-up runs ends the process at once, as the default does.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    raise Terminated


@contextlib.contextmanager
def terminated_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM raises :class:`Terminated` in the main thread; the handler before is put back after.

    Outside the main thread (a command run from a thread of a program) a
    handler cannot be set, and SIGTERM keeps its meaning there.
    """
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
