"""``stancekit convert INPUT OUTPUT``: convert annotations from one format to another.

The formats are guessed from the extensions (``.json``, ``.jsonl``, ``.ann``,
``.csv``, ``.dyads.csv``, ...) unless ``--from``/``--to`` name them; a folder
as INPUT or OUTPUT means brat files. With ``--to cas``, an OUTPUT not ending
``.xmi`` is a folder of ``ID.xmi`` files, one per document, as INCEpTION
imports them; such a folder (``.xmi`` files, no ``.ann``) reads as cas. INPUT ``-`` is standard input: JSON or
JSON Lines, or the format ``--from`` names (see ``stancekit._commands._stdin``). The command never writes over one
of its inputs, and replaces an existing OUTPUT only with ``--force``; a brat text
file that already holds exactly the document's text is left as it is. Every
file is written to a temporary file first and renamed into place. OUTPUT ``-`` is standard output, as ``annotate -o
-`` writes it: stancekit JSON for one document and JSON Lines for several, or the format ``--to`` names that is one
stream (not brat, whose ``.txt`` goes beside the ``.ann``, nor CAS, whose type system goes beside the XMI); the line
saying what was converted then goes to standard error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TextIO

from stancekit._commands._output import STANDARD_OUTPUT, claim

if TYPE_CHECKING:
    from stancekit.model import Document

HELP = "convert annotations between formats (json, jsonl, brat, csv, dyads, ...)"

#: The formats convert reads and writes: ``stancekit.formats.FORMATS`` and their verbs, spelled out here so
#: that ``stancekit --help`` imports no format module (a test checks that they agree).
READABLE = ("json", "jsonl", "brat", "w3c", "labelstudio", "cas")
WRITABLE = ("json", "jsonl", "brat", "csv", "dyads", "w3c", "labelstudio", "cas")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input",
        metavar="INPUT",
        help="the file to read; for brat, an .ann file or a folder of them; - for standard input (JSON or JSON Lines, "
        "or the format --from names)",
    )
    parser.add_argument(
        "output",
        metavar="OUTPUT",
        help="the file to write; for brat, an .ann file (its .txt goes beside) or a folder; - for standard output "
        "(JSON for one document, JSON Lines for several, or the format --to names)",
    )
    parser.add_argument(
        "--from",
        dest="source_format",
        metavar="FORMAT",
        help=f"INPUT's format (default: by its name): {', '.join(READABLE)}",
    )
    parser.add_argument(
        "--to",
        dest="target_format",
        metavar="FORMAT",
        help=f"OUTPUT's format (default: by its name): {', '.join(WRITABLE)}",
    )
    parser.add_argument(
        "--text",
        metavar="PATH",
        help="brat input: the .txt file, or a folder to find X.txt in (default: beside the .ann; "
        "for X_SUFFIX.ann also X.txt)",
    )
    parser.add_argument(
        "--table", choices=("stances", "statements"), help="csv output: one row per stance (default) or per statement"
    )
    parser.add_argument(
        "--raw",
        action="store_true",
        help="csv and dyads output: write cells as they are, without guarding against spreadsheet formulas",
    )
    parser.add_argument(
        "--annotator",
        metavar="NAME",
        help="labelstudio input: read the annotation this person completed (Label Studio user id, e-mail or name) "
        "rather than the latest one",
    )
    parser.add_argument("--force", action="store_true", help="replace OUTPUT when it exists (never an input)")


def _is_folder(path: str) -> bool:
    return os.path.isdir(path) or path.endswith(("/", os.sep))


def _folder_format(folder: str) -> str:
    """``cas`` for a folder of ``.xmi`` files without ``.ann`` ones (as ``--to cas`` writes), else ``brat``."""
    endings = {path.suffix.lower() for path in Path(folder).iterdir() if path.is_file()}
    return "cas" if ".xmi" in endings and ".ann" not in endings else "brat"


def _formats(args: argparse.Namespace, source: str | None = None) -> tuple[str, str]:
    """The formats read and written; ``source`` is the format standard input was read in."""
    from stancekit import formats

    source = (
        source
        or args.source_format
        or (_folder_format(args.input) if os.path.isdir(args.input) else formats.guess(args.input))
    )
    if args.target_format is not None:
        target = args.target_format
    elif args.output == STANDARD_OUTPUT:
        target = "json"  # or jsonl, once more than one document is seen (see _write_standard_output)
    else:
        target = "brat" if _is_folder(args.output) else formats.guess(args.output)
    return source, target


def _check_options(args: argparse.Namespace, source: str, target: str, reader: ModuleType) -> None:
    from stancekit import formats
    from stancekit._commands._text import check_text
    from stancekit.errors import UsageError

    if not hasattr(reader, "load"):
        readable = sorted(name for name in formats.FORMATS if hasattr(formats.get(name), "load"))
        raise UsageError(f"{source} is write-only; expected a format to read from: {', '.join(readable)}")
    check_text(args.text, [(args.input, source)])
    if args.table is not None and target != "csv":
        raise UsageError(f"--table applies to csv output only, and {args.output} is written as {target}")
    if args.annotator is not None and source != "labelstudio":
        raise UsageError(f"--annotator applies to labelstudio input only, and {args.input} is read as {source}")
    if args.raw and target not in ("csv", "dyads"):
        raise UsageError(f"--raw applies to csv and dyads output only, and {args.output} is written as {target}")


def _inputs(args: argparse.Namespace, source: str) -> list[str]:
    """Every file the conversion reads, so that none of them is written over."""
    inputs = [args.input]
    if args.text is not None:
        inputs.append(args.text)
    if source == "cas":  # the type system read beside the XMI
        from stancekit.formats import cas

        inputs.append(str(Path(args.input).parent / cas.TYPESYSTEM_FILE))
    if source == "brat":
        from stancekit.errors import StancekitError
        from stancekit.formats import brat

        folder = Path(args.input)
        anns = sorted(folder.glob("*.ann")) if folder.is_dir() else [folder]
        inputs.extend(str(ann) for ann in anns)
        for ann in anns:
            with contextlib.suppress(StancekitError):  # reading reports a missing text
                inputs.append(str(brat.text_path_for(ann, args.text)))
    return inputs


class _Counter:
    """Counts the documents, statements and stances that pass through."""

    def __init__(self) -> None:
        self.documents = self.statements = self.stances = 0

    def watch(self, documents: Iterable[Document]) -> Iterator[Document]:
        for document in documents:
            self.documents += 1
            self.statements += len(document.statements)
            self.stances += len(document.stances)
            yield document

    def summary(self) -> str:
        def plural(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        return ", ".join(
            (plural(self.documents, "document"), plural(self.statements, "statement"), plural(self.stances, "stance"))
        )


def _write_brat(documents: Iterator[Document], args: argparse.Namespace, inputs: list[str]) -> None:
    """OUTPUT itself when it is an ``.ann`` file, else ``ID.ann`` and ``ID.txt`` in the folder OUTPUT, all or none."""
    from stancekit.errors import UsageError
    from stancekit.formats import brat

    def check(path: Path, content: str) -> bool:
        # A text file that already holds the document's text is left as it is; anything else needs --force.
        return claim(path, inputs, args.force, unless_text=content if path.suffix == ".txt" else None)

    if not _is_folder(args.output) and args.output.lower().endswith(".ann"):
        first = next(documents)
        if next(documents, None) is not None:
            raise UsageError(
                f"{args.output}: brat holds one document per file and {args.input} holds several; "
                "expected a folder as OUTPUT"
            )
        # Under X.ann's lock, as the folder form holds the folder's; both files are written before either is renamed.
        brat.dump(first, args.output, check=check)
        return

    brat.dump_all(documents, args.output, check=check)


def _write_cas_folder(
    documents: Iterator[Document], args: argparse.Namespace, inputs: list[str], writer: ModuleType
) -> None:
    """``ID.xmi`` per document and one ``TypeSystem.xml`` in the folder OUTPUT (any name but ``X.xmi``), all or none."""

    def check(path: Path, content: str) -> bool:
        # stancekit's own type system already there is left as it is; anything else needs --force.
        return claim(path, inputs, args.force, unless_text=content if path.name == writer.TYPESYSTEM_FILE else None)

    writer.dump_all(documents, args.output, check=check)


#: The formats that need files beside OUTPUT, which standard output or a pipe cannot hold, and what goes beside.
_BESIDE = {"brat": "writes an .ann file and its .txt beside it", "cas": "writes its TypeSystem.xml beside the XMI"}


def _check_stream(args: argparse.Namespace, target: str) -> None:
    """Refuse brat or CAS into standard output, or as a folder into a device or pipe (``/dev/stdout``, a FIFO).

    Each holds one stream of text. A pipe named ``X.ann`` or ``X.xmi`` takes that one file, its companion written
    beside it, as before; named otherwise, it was taken for a folder to make ("cannot be made a folder").

    Raises:
        UsageError: naming the output, why, and what is expected instead.
    """
    from stancekit._files import writes_through
    from stancekit.errors import UsageError

    if target not in _BESIDE:
        return
    one_file = args.output.lower().endswith(".ann" if target == "brat" else ".xmi")
    if args.output == STANDARD_OUTPUT or (not one_file and writes_through(args.output)):
        where = "standard output" if args.output == STANDARD_OUTPUT else "a device or pipe"
        streamed = ", ".join(name for name in WRITABLE if name not in _BESIDE)
        raise UsageError(
            f"{args.output}: is {where}, one stream, and {target} {_BESIDE[target]}; "
            f"expected a file or folder name as OUTPUT, or --to one of {streamed}"
        )


def _write_standard_output(
    documents: Iterator[Document], args: argparse.Namespace, target: str, options: dict[str, Any], stdout: TextIO
) -> str:
    """Write ``documents`` to ``stdout`` in ``target`` (without ``--to``, JSON Lines once there are several): the
    format written.

    JSON Lines goes out a document at a time, so a corpus of any size passes in bounded memory; the other formats
    are one text (a JSON array, a table with one header) written at the end, as ``annotate`` writes JSON.
    """
    from stancekit import formats

    first = next(documents)
    second = next(documents, None)
    if args.target_format is None and second is not None:
        target = "jsonl"  # several documents, as annotate writes them to standard output
    writer = formats.get(target)
    stream = chain([first], [] if second is None else [second], documents)
    if target == "jsonl":
        for document in stream:
            stdout.write(writer.dumps(document))
    elif target in ("csv", "dyads"):
        stdout.write(writer.dumps(stream, **options))
    else:  # json, w3c, labelstudio: one document as itself, several as an array
        found = list(stream)
        stdout.write(writer.dumps(found[0] if len(found) == 1 else found))
    return target


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit import formats
    from stancekit._commands import _stdin
    from stancekit.errors import InputError, UsageError

    _stdin.refuse_in_option("--text", [args.text], "a brat text", "--text ARTICLE.txt, or a folder of texts")
    given: list[Document] | None = None
    if args.input == _stdin.STDIN:
        if args.text is not None:
            raise UsageError(
                "--text applies to brat input only, and standard input is not read as brat; expected no --text"
            )
        read_as, given = _stdin.load(args.source_format, annotator=args.annotator)
        source, target = _formats(args, read_as)
    else:
        source, target = _formats(args)
    reader, writer = formats.get(source), formats.get(target)
    _check_options(args, source, target, reader)
    _check_stream(args, target)
    inputs = _inputs(args, source) if given is None else []
    counter = _Counter()
    loaded = (
        iter(given)
        if given is not None
        else formats.load_documents(source, args.input, text=args.text, annotator=args.annotator)
    )
    documents = counter.watch(loaded)

    first = next(documents, None)
    if first is None:
        where = _stdin.LOCATION if given is not None else args.input
        raise InputError(f"{where}: holds no documents; expected at least one")
    stream = chain([first], documents)

    options: dict[str, Any] = {}
    if target == "csv":
        options = {"table": args.table or "stances", "raw": args.raw}
    elif target == "dyads":
        options = {"raw": args.raw}
    if args.output == STANDARD_OUTPUT:
        target = _write_standard_output(stream, args, target, options, stdout)
    elif target == "brat":
        _write_brat(stream, args, inputs)
    elif target == "cas" and (_is_folder(args.output) or not args.output.lower().endswith(".xmi")):
        _write_cas_folder(stream, args, inputs, writer)
    else:
        output = Path(args.output)
        claim(output, inputs, args.force)
        if target == "cas":  # cas also writes its type system beside OUTPUT
            claim(output.parent / writer.TYPESYSTEM_FILE, inputs, args.force, unless_text=writer.typesystem_xml())
        if target in ("jsonl", "csv", "dyads"):
            writer.dump(stream, output, **options)
        else:
            rest = list(documents)
            if target == "cas" and rest:
                from stancekit.errors import UsageError

                raise UsageError(
                    f"{args.output}: CAS XMI holds one document per file and {args.input} holds {1 + len(rest)}; "
                    "expected a folder as OUTPUT for one .xmi per document (INCEpTION imports one per document), "
                    "or an INPUT of one document"
                )
            writer.dump(first if not rest else [first, *rest], output, **options)
    note = ""
    if (
        counter.statements
        and not counter.stances
        and (target == "dyads" or (target == "csv" and args.table in (None, "stances")))
    ):
        # A corpus of statements only (PolNeAR) gives a table of headers alone: say why, and what gives rows.
        rows = "; --table statements gives one row per statement" if target == "csv" else ""
        note = f"; the table has one row per stance, so only its header{rows}"
    from stancekit._files import writes_through

    # Into standard output, a pipe or /dev/stdout the summary would end up inside the data the next program reads.
    to_stream = args.output == STANDARD_OUTPUT or writes_through(args.output)
    report = stderr if to_stream else stdout
    name = _stdin.LOCATION if given is not None else args.input
    written = "<stdout>" if args.output == STANDARD_OUTPUT else args.output
    report.write(f"{name} ({source}) -> {written} ({target}): {counter.summary()}{note}\n")
    return 0
