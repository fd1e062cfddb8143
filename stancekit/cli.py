"""The ``stancekit`` command: a thin shell over the library.

``main(argv)`` parses the arguments and calls the command's
``run(args, stdout, stderr) -> int``. Each command lives in its own module
under ``stancekit/_commands`` and imports what it needs only when it runs, so
``stancekit --help`` starts fast. Every error a user can cause is printed on
one line; ``--debug`` shows the traceback instead (the message ends it).

Exit codes: 0 success, 1 invalid input, 2 usage error, 129 hung up (SIGHUP,
a closed terminal), 130 interrupted, 141 the reader of the output closed the
pipe (``stancekit ... | head``), 143 terminated (SIGTERM); SIGHUP and SIGTERM
unwind a command as Ctrl-C does.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO, cast

from stancekit._version import __version__

__all__ = ["CLOSED_PIPE", "COMMANDS", "build_parser", "main", "run"]

#: The exit code when the reader of the output stops reading (``stancekit annotate x.txt | head -1``):
#: 128 + SIGPIPE, what a shell reports for ``cat`` or ``grep`` stopped the same way, as 130 is 128 + SIGINT.
CLOSED_PIPE = 141

#: Command name -> the module that defines ``HELP``, ``add_arguments(parser)`` and ``run(args, stdout, stderr)``.
COMMANDS: dict[str, str] = {
    "annotate": "stancekit._commands.annotate",
    "validate": "stancekit._commands.validate",
    "convert": "stancekit._commands.convert",
    "eval": "stancekit._commands.evaluate",
    "render": "stancekit._commands.render",
    "labelstudio-config": "stancekit._commands.labelstudio_config",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, like every other error; the usage is one --help away.
        self.exit(2, f"{self.prog}: error: {message}; see '{self.prog} --help'\n")


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, wrapping only between words: never "comma-" / "separated" as textwrap would."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        return textwrap.fill(
            " ".join(text.split()), width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
        )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = _Parser(
        prog="stancekit", description="Claim and stance annotation of news text.", formatter_class=_HelpFormatter
    )
    parser.add_argument("--version", action="version", version=f"stancekit {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback when a command fails")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        sub = commands.add_parser(name, help=module.HELP, description=module.HELP, formatter_class=_HelpFormatter)
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        module.add_arguments(sub)
        sub.set_defaults(module=module, command_parser=sub)
    return parser


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run the parsed command; turn every ``StancekitError`` into one line on ``stderr``."""
    import warnings

    from stancekit._files import ShownNames
    from stancekit.errors import StancekitError, _one_line
    from stancekit.formats import FormatWarning

    stderr = cast(TextIO, ShownNames(stderr))  # a file name that is not UTF-8 shown as a shell shows it
    shown = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *where: Any, **rest: Any) -> None:
        # What a reader passed over is news for the user: one line, like an error. Other warnings as Python shows them.
        if issubclass(category, FormatWarning):
            stderr.write(f"stancekit: warning: {_one_line(str(message))}\n")
        else:
            shown(message, category, *where, **rest)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always", FormatWarning)  # one per file, however alike two files' messages are
            warnings.showwarning = show
            _check_no_empty_name(args)
            status = int(args.module.run(args, stdout, stderr))
            stdout.flush()  # here, where a closed pipe is caught, rather than at exit
            return status
    except StancekitError as error:
        if args.debug:
            raise
        stderr.write(f"stancekit: error: {error}\n")
        return error.exit_code
    except KeyboardInterrupt as interrupt:  # Ctrl-C, or SIGTERM or SIGHUP under main()
        from stancekit._commands._signals import exit_code

        status, word = exit_code(interrupt)
        with contextlib.suppress(OSError):  # after SIGHUP, the terminal may be gone
            stderr.write(f"stancekit: {word}\n")
        return status
    except BrokenPipeError:
        # The reader has all it wanted (`| head`): not an error, so no message, as a Unix filter ends silently.
        return CLOSED_PIPE
    except OSError as error:
        # A file the system refused where no check foresaw it: still one line, naming the file, not a traceback.
        import errno

        from stancekit._files import _name_too_long

        if args.debug:
            raise
        if error.errno == errno.ENAMETOOLONG and error.filename is not None:
            stderr.write(f"stancekit: error: {_name_too_long(error.filename)}\n")
            return 1
        where = f"{error.filename}: " if error.filename is not None else ""
        stderr.write(f"stancekit: error: {_one_line(where + (error.strerror or str(error)))}\n")
        return 1


#: The arguments that name files or folders, in every command.
_PATH_ARGUMENTS = frozenset(["inputs", "files", "input", "gold", "predicted", "output", "text", "rules", "errors"])


def _check_no_empty_name(args: argparse.Namespace) -> None:
    """Refuse ``''`` as a file or folder name: an unset shell variable (``stancekit render "$DOC"``), never a file.

    ``Path("")`` is the current folder: ``render ''`` and ``eval '' gold.json`` read every annotation file in it,
    and ``--text ''`` looked there for the brat texts, without a word.

    Raises:
        UsageError: naming the argument.
    """
    from stancekit.errors import UsageError

    parser = getattr(args, "command_parser", None)
    for action in parser._actions if parser is not None else ():
        value = getattr(args, action.dest, None) if action.dest in _PATH_ARGUMENTS else None
        if value == "" or (isinstance(value, list) and "" in value):
            shown = action.option_strings[-1] if action.option_strings else action.metavar
            raise UsageError(
                f"{shown} is '', which names no file (an unset shell variable gives it); expected a file or folder name"
            )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``stancekit`` command."""
    try:
        try:
            args = _parse(argv)
        except SystemExit:
            sys.stdout.flush()  # what --help printed, while a closed pipe can still be caught
            raise
        from stancekit._commands._signals import terminated_as_interrupt

        # SIGTERM and SIGHUP unwind the command as Ctrl-C does: no lock, no temporary file left behind.
        with terminated_as_interrupt():
            status = run(args, sys.stdout, sys.stderr)
    except BrokenPipeError:  # an error message written into a closed pipe (`2>&1 | head`)
        status = CLOSED_PIPE
    if status == CLOSED_PIPE:
        _quiet_closed_streams()
    return status


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed arguments; an unknown option is reported by its command, whose ``--help`` lists the right ones."""
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:
        given = list(sys.argv[1:] if argv is None else argv)
        # Options before the command's name are stancekit's own (--debug, --version).
        before = given[: given.index(args.command)] if args.command in given else []
        owner = parser if any(option in before for option in unknown) else args.command_parser
        owner.error(f"unrecognized arguments: {' '.join(unknown)}")
    return args


def _quiet_closed_streams() -> None:
    """Point a standard stream whose reader has gone at the null device.

    Python flushes the standard streams at exit, and a flush into a closed
    pipe would print ``Exception ignored ... BrokenPipeError`` and change
    the exit code (the recipe of the ``signal`` module's documentation).
    """
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except OSError:
            # A stream without a file descriptor (one a test put there) has nothing to flush at exit.
            with contextlib.suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


if __name__ == "__main__":
    sys.exit(main())
