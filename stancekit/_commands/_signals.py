"""SIGTERM and SIGHUP end a command as Ctrl-C does: unwinding it, so that nothing is left half-done.

Python's default for SIGTERM (what ``kill``, ``timeout``, a job scheduler
or a container runtime sends) and for SIGHUP (what a closed terminal or a
dropped SSH session sends) ends the process at once, without running a
single ``finally``: a corpus run left ``OUT.jsonl.lock`` behind, and a write
its temporary file. Raised in the main thread as :class:`Terminated` or
:class:`HungUp`, each a ``KeyboardInterrupt``, they unwind the command as
Ctrl-C does: temporary files are removed, locks released, a corpus run's
partial file kept for ``--resume``; the command line prints one line and
exits with :data:`TERMINATED` or :data:`HUNG_UP`. A signal ignored when the
command starts (``nohup stancekit ...`` ignores SIGHUP) stays ignored.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType
from typing import Any

__all__ = ["HUNG_UP", "INTERRUPTED", "TERMINATED", "HungUp", "Terminated", "exit_code", "terminated_as_interrupt"]

#: The exit code after Ctrl-C: 128 + SIGINT, what a shell reports for a program it interrupted.
INTERRUPTED = 130
#: The exit code after SIGTERM: 128 + SIGTERM, what a shell reports for a program killed so.
TERMINATED = 143
#: The exit code after SIGHUP: 128 + SIGHUP, what a shell reports for a program whose terminal hung up.
HUNG_UP = 129


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: the command unwinds as after Ctrl-C, and says "terminated"."""


class HungUp(KeyboardInterrupt):
    """SIGHUP arrived (the terminal closed, an SSH session dropped): the command unwinds as after Ctrl-C."""


def exit_code(interrupt: KeyboardInterrupt) -> tuple[int, str]:
    """The exit code and the word for an interruption: ``(130, "interrupted")``, ``(143, "terminated")`` or
    ``(129, "hung up")``."""
    if isinstance(interrupt, Terminated):
        return TERMINATED, "terminated"
    if isinstance(interrupt, HungUp):
        return HUNG_UP, "hung up"
    return INTERRUPTED, "interrupted"


def _terminate(signum: int, frame: FrameType | None) -> None:
    # A second signal while the first one's clean-up runs ends the process at once, as the default does.
    signal.signal(signum, signal.SIG_DFL)
    raise HungUp if signum == getattr(signal, "SIGHUP", None) else Terminated


#: The signals that unwind a command: SIGHUP exists only on POSIX systems.
_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


@contextlib.contextmanager
def terminated_as_interrupt() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Terminated` and :class:`HungUp` in the main thread; the
    handlers before are put back after.

    Outside the main thread (a command run from a thread of a program) a
    handler cannot be set, and the signals keep their meaning there; one
    ignored when the block starts (``nohup``) stays ignored.
    """
    previous: dict[int, Any] = {}
    try:
        for signum in _SIGNALS:
            if signal.getsignal(signum) is signal.SIG_IGN:
                continue
            previous[signum] = signal.signal(signum, _terminate)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
