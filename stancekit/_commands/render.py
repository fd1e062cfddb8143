"""``stancekit render DOC [-o OUT.html] [--force]``: a self-contained HTML page of an annotated document.

OUT is never one of the inputs, and an existing OUT is replaced only with ``--force``.
"""

from __future__ import annotations

import argparse
from typing import TextIO

HELP = "write an annotated document as a self-contained HTML page (text highlighted, stances linked to evidence)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input",
        metavar="DOC",
        help="an annotated document: .json, or a .jsonl corpus or any readable format with --id; - for standard input",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write the page to this file (atomically); default: standard output"
    )
    parser.add_argument("--force", action="store_true", help="replace OUT when it exists (never DOC)")
    parser.add_argument("--id", dest="document_id", metavar="ID", help="the document to render when DOC holds several")
    parser.add_argument(
        "--from",
        dest="input_format",
        metavar="FORMAT",
        help="read DOC in this format (default: guessed from the extension)",
    )
    parser.add_argument(
        "--text",
        metavar="PATH",
        help="brat DOC: its .txt file, or a folder to find it in (default: beside the .ann); refused for other formats",
    )


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit._commands._output import STANDARD_OUTPUT, claim
    from stancekit._commands._stdin import read_documents
    from stancekit._commands._text import check_text, read_as
    from stancekit._files import atomic_write, check_not_input
    from stancekit.errors import UsageError
    from stancekit.render import render_html

    check_text(args.text, [(args.input, read_as(args.input, args.input_format))])
    if args.output == STANDARD_OUTPUT:
        args.output = None  # -o -: standard output, as without -o, never a file named "-"
    if args.output is not None:
        inputs = [args.input] + ([args.text] if args.text else [])
        check_not_input(args.output, inputs)  # the worst mistake first
        _check_page_name(args.output)  # then the name, which --force would not make right
        claim(args.output, inputs, args.force)
    chosen = None
    count = 0
    for document in read_documents(args.input, format=args.input_format, text=args.text):
        count += 1
        if args.document_id is None:
            if count > 1:
                raise UsageError(f"{args.input}: holds more than one document; choose one with --id")
            chosen = document
        elif document.id == args.document_id:
            chosen = document
            break
    if chosen is None:
        if args.document_id is not None:
            raise UsageError(f"{args.input}: no document with id {args.document_id!r} among {count}")
        from stancekit.errors import InputError

        # The file is at fault, not the command (exit 1, as convert says of an empty input).
        raise InputError(f"{args.input}: holds no documents; expected one to render")
    page = render_html(chosen)
    if args.output is None:
        stdout.write(page)
    else:
        atomic_write(args.output, page)
    return 0


def _check_page_name(output: str) -> None:
    """Refuse ``-o`` named as an annotation file (``out.json``, ``x.ann``): an HTML page there is a slip.

    Most often ``convert`` was meant; a page under such a name would be
    read back by every other command as broken annotations. Any other name
    (``.html``, ``.htm``, none, a device) is written.

    Raises:
        UsageError: naming the file, the format its name implies, and what to do instead.
    """
    from stancekit import formats
    from stancekit._files import writes_through
    from stancekit.errors import UsageError

    if writes_through(output):
        return
    try:
        implied = formats.guess(output)
    except UsageError:
        return
    raise UsageError(
        f"{output}: named as a {implied} file, and render writes an HTML page; expected -o OUT.html "
        f"(to write {implied}: stancekit convert)"
    )
