"""The ``stancekit`` command: a thin shell over the library.

``main(argv)`` parses the arguments and calls the command's
``run(args, stdout, stderr) -> int``. Each command lives in its own module
under ``stancekit/_commands`` and imports what it needs only when it runs, so
``stancekit --help`` starts fast. Every error a user can cause is printed on
one line; ``--debug`` shows the traceback instead (the message ends it).

Exit codes: 0 success, 1 invalid input, 2 usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from stancekit._version import __version__

__all__ = ["COMMANDS", "build_parser", "main", "run"]

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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every command."""
    parser = _Parser(prog="stancekit", description="Claim and stance annotation of news text.")
    parser.add_argument("--version", action="version", version=f"stancekit {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback when a command fails")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    commands.required = True
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        sub = commands.add_parser(name, help=module.HELP, description=module.HELP)
        sub.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        module.add_arguments(sub)
        sub.set_defaults(module=module)
    return parser


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Run the parsed command; turn every ``StancekitError`` into one line on ``stderr``."""
    import warnings

    from stancekit.errors import StancekitError, _one_line
    from stancekit.formats import FormatWarning

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
            return int(args.module.run(args, stdout, stderr))
    except StancekitError as error:
        if args.debug:
            raise
        stderr.write(f"stancekit: error: {error}\n")
        return error.exit_code
    except KeyboardInterrupt:
        stderr.write("stancekit: interrupted\n")
        return 130
    except BrokenPipeError:
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``stancekit`` command."""
    args = build_parser().parse_args(argv)
    return run(args, sys.stdout, sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
