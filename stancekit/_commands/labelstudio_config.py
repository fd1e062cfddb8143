"""``stancekit labelstudio-config``: print the Label Studio labelling configuration for stancekit tasks."""

from __future__ import annotations

import argparse
from typing import TextIO

HELP = "print the Label Studio labelling configuration (XML) that matches `stancekit convert ... --to labelstudio`"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="documents (any readable format, or folders of them) whose stance acts to offer besides the core "
        "ones, e.g. the tasks you will import",
    )
    parser.add_argument("--act", action="append", default=[], metavar="NAME", help="one more stance act to offer")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the configuration to FILE instead of stdout")
    parser.add_argument("--force", action="store_true", help="replace an existing output file")
    parser.add_argument(
        "--from",
        dest="input_format",
        metavar="FORMAT",
        help="read the FILEs in this format (default: guessed from each file's extension)",
    )
    parser.add_argument(
        "--text",
        metavar="PATH",
        help="brat FILEs: where they find their texts, a folder or one .txt file; refused when no FILE is brat",
    )


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit._commands._stdin import check_once, read_documents
    from stancekit._commands._text import check_text, read_as
    from stancekit.formats.labelstudio import labelling_config
    from stancekit.schemas import _act_pattern

    check_once(args.files)
    check_text(args.text, [(path, read_as(path, args.input_format)) for path in args.files])
    for act in args.act:
        if not _act_pattern().fullmatch(act):
            from stancekit.errors import UsageError

            raise UsageError(
                f"--act {act!r}: no stance act a document can hold; expected lower-case letters, digits and _, "
                "starting with a letter, such as lament"
            )
    from stancekit._commands._output import STANDARD_OUTPUT, claim

    if args.output == STANDARD_OUTPUT:
        args.output = None  # -o -: standard output, as without -o, never a file named "-"
    if args.output is not None:
        claim(args.output, args.files + ([args.text] if args.text else []), args.force)
    acts: list[str] = []
    for path in args.files:
        for document in read_documents(path, format=args.input_format, text=args.text):
            acts.extend(stance.type for stance in document.stances)
    config = labelling_config([*acts, *args.act])
    if args.output is None:
        stdout.write(config)
    else:
        from stancekit._files import atomic_write

        atomic_write(args.output, config)
    return 0
