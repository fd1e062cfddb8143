"""``stancekit annotate INPUT...``: run the rule-based annotator over articles.

INPUT is a text article (``.txt`` or any other name but an annotation file's: one document, its id
the file's stem), a ``.jsonl``/``.ndjson`` corpus (one ``{"id", "text",
...meta}`` object per line), a folder of ``.txt`` articles or ``-`` for
standard input (a text, or JSON Lines when its first line is a JSON object
with a ``"text"``). One document is written as JSON, several as JSON Lines
in input order, unless ``-o OUT.json``/``OUT.jsonl`` or ``--format`` says
otherwise; ``--format table`` prints aligned tables for a person to read. A
record that cannot be annotated is reported on standard error and the others
are written (exit 1); a repeated id, and an empty article (its document
is written, empty), is a warning (ten named, the others counted). ``--explain`` lists,
for each annotation, the rule that made it and the words that triggered
it (on standard error beside JSON output, so that the JSON stays clean).
Output files are written atomically, never over an input, and over an
existing file only with ``--force``.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from stancekit._commands import _batch
from stancekit.errors import _one_line

if TYPE_CHECKING:
    from stancekit.annotate.draft import Draft
    from stancekit.model import Document

HELP = "annotate news articles: sentences, entities, statements (who said what), stances (who supports or opposes what)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .txt article, a .jsonl corpus ({id, text, ...} per line), a folder of .txt articles, or -",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of standard output: OUT.json as JSON, OUT.jsonl as JSON Lines",
    )
    parser.add_argument("--force", action="store_true", help="replace OUT when it exists (never an input)")
    parser.add_argument(
        "--format",
        choices=("json", "jsonl", "table"),
        help="json (default for one document), jsonl (default for several) or table",
    )
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="PACK.json",
        help="a rule pack to add after the default packs (repeatable)",
    )
    parser.add_argument(
        "--explain", action="store_true", help="show the rule and the triggering words of every annotation"
    )
    _batch.add_arguments(parser)


# -- reading ------------------------------------------------------------------------------


#: One input record: where it came from, and either the record ``{"id", "text", ...meta}`` or why it cannot be
#: annotated (the reason a corpus run writes to its errors file).
Read = tuple[str, "dict[str, Any] | None", "str | None"]


#: What Python makes of standard input's bytes that are not UTF-8 (its ``surrogateescape`` handler).
_NOT_UTF8 = re.compile("[\udc80-\udcff]")


def _records(path: str, stdin: TextIO | None = None) -> Iterator[Read]:
    """Yield ``(location, record, None)`` for every document of one input, ``(location, None, reason)`` for a bad one.

    A corpus line or a folder's file that cannot be annotated is one bad
    record, and the others go on, however the corpus is given (a corpus, a
    folder, several inputs, standard input).

    Raises:
        InputError: when the input itself cannot be read (missing, a named
            article that is not UTF-8).
        UsageError: for an annotation file (``.json``, ``.ann``, ...).
    """
    from stancekit._files import check_no_nul, decode, name_not_utf8, read_text, shown_path
    from stancekit.batch import _file_id, _txt_files

    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        text = stream.read().removeprefix("\ufeff")  # a byte-order mark, as in a file
        first = text.lstrip().split("\n", 1)[0]
        if first.startswith("{"):
            try:
                head = json.loads(first)
            except ValueError:
                head = None
            if isinstance(head, dict) and "text" in head:
                for number, line in enumerate(text.split("\n"), start=1):
                    if line.strip():
                        location = f"<stdin>:{number}"
                        # Bytes that are not UTF-8 came in as surrogates: back to bytes, for decode to name them.
                        yield _checked(line.encode("utf-8", "surrogateescape"), location, f"stdin-{number}")
                return
        if "\x00" in text:
            check_no_nul(text.encode("utf-8", "surrogateescape"), "<stdin>")
        if _NOT_UTF8.search(text):
            text = decode(text.encode("utf-8", "surrogateescape"), "<stdin>")  # raises, naming the first bad byte
        yield "<stdin>", {"id": "stdin", "text": text}, None
        return
    if path.lower().endswith(_batch.CORPUS_EXTENSIONS):
        from stancekit.formats.jsonl import iter_lines

        stem = Path(path).stem
        for number, raw in iter_lines(path):
            location = f"{path}:{number}"
            yield _checked(raw, location, f"{stem}-{number}")
        return
    if os.path.isdir(path):
        from stancekit.errors import InputError

        for name, file in _txt_files(Path(path)):
            location = shown_path(f"{path.rstrip('/')}/{name}")
            bad_name = name_not_utf8(name)
            if bad_name is not None:  # one bad record, as a corpus run reports it, not the end of the run
                yield location, None, bad_name
                continue
            try:
                text = read_text(file, nul_bytes="refuse")
            except InputError as error:
                yield location, None, str(error).removeprefix(f"{file}: ")
                continue
            yield location, {"id": _file_id(name), "text": text}, None
        return
    _refuse_json(path)
    yield path, {"id": Path(path).stem or "document", "text": read_text(path, nul_bytes="refuse")}, None


def _checked(raw: bytes, location: str, default_id: str) -> Read:
    """Parse one corpus line and check it as a record: ``(location, record, None)`` or ``(location, None, reason)``."""
    from stancekit.batch import _BadRecord, _parse_line, _unpack_record

    try:
        text, identifier, meta = _unpack_record(_parse_line(raw, location), default_id)
    except _BadRecord as bad:
        return location, None, bad.reason
    return location, {**meta, "id": identifier, "text": text}, None


def annotate_record(record: dict[str, Any], rules: list[str]) -> tuple[Document, Draft]:
    """Annotate one ``{"id", "text", ...meta}`` record: pure, so it can be mapped over a process pool."""
    from stancekit.annotate import RuleAnnotator
    from stancekit.batch import _RESERVED

    annotator = RuleAnnotator(rules or None)
    meta = {key: value for key, value in record.items() if key not in ("id", "text")}
    if _RESERVED.isdisjoint(meta):
        draft = annotator.draft(record["text"], **meta)
    else:  # keys the annotator's own parameters would take, kept in meta all the same
        draft = annotator.draft(record["text"])
        draft.meta.update(meta)
    return draft.to_document(record["id"]), draft


# -- tables -------------------------------------------------------------------------------

#: A table builder: (document, draft) -> (title, column headers, rows). Later stages add theirs here.
TableBuilder = Callable[["Document", "Draft"], tuple[str, list[str], list[list[str]]]]


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def speakers_table(document: Document, draft: Draft) -> tuple[str, list[str], list[list[str]]]:
    """Every entity that speaks or is mentioned, speakers first: name, type, role, mentions."""
    counts: dict[str, int] = {}
    for mention in document.mentions:
        counts[mention.entity] = counts.get(mention.entity, 0) + 1
    speaking = {statement.speaker for statement in document.statements if statement.speaker}
    names = {entity.id: entity.name for entity in document.entities}
    rows = []
    for entity in sorted(
        document.entities, key=lambda entity: (entity.id not in speaking, -counts.get(entity.id, 0), entity.name)
    ):
        if entity.id not in speaking and counts.get(entity.id, 0) == 0:
            continue
        role = entity.role or ""
        if entity.affiliation:
            role = f"{role}, {names.get(entity.affiliation, '')}".strip(", ")
        rows.append(
            [
                entity.name,
                entity.type,
                entity.country or "",
                _short(role, 40),
                str(counts.get(entity.id, 0)),
                "yes" if entity.id in speaking else "",
            ]
        )
    return "Speakers and entities", ["entity", "type", "country", "role", "mentions", "speaks"], rows


def statements_table(document: Document, draft: Draft) -> tuple[str, list[str], list[list[str]]]:
    """Every statement in text order: speaker, cue, mode, content, and the rule that read it."""
    names = {entity.id: entity.name for entity in document.entities}
    rows = []
    for statement in sorted(document.statements, key=lambda statement: statement.content.start):
        speaker = names.get(statement.speaker or "", "") or (statement.source.text if statement.source else "?")
        rule = statement.provenance.rule if statement.provenance and statement.provenance.rule else ""
        rows.append(
            [
                _short(speaker, 30),
                statement.cue.text if statement.cue else "",
                statement.mode,
                _short(statement.content.text),
                rule.removeprefix("statement.").removeprefix("cue."),
            ]
        )
    return "Statements", ["speaker", "cue", "mode", "content", "rule"], rows


def stances_table(document: Document, draft: Draft) -> tuple[str, list[str], list[list[str]]]:
    """Every stance: holder, polarity, act, target, cue, and what weakens it."""
    names = {entity.id: entity.name for entity in document.entities}
    rows = []
    for stance in document.stances:
        notes = ["negated"] if stance.negated else []
        if stance.statement:
            notes.append(f"in {stance.statement}")
        rows.append(
            [
                _short(names.get(stance.holder, stance.holder), 30),
                stance.polarity,
                stance.type,
                _short(stance.target.text, 60),
                stance.cue.text if stance.cue else "",
                f"{stance.confidence:g}",
                ", ".join(notes),
            ]
        )
    return "Stances", ["holder", "polarity", "act", "target", "cue", "conf", "notes"], rows


#: The tables ``--format table`` prints, in order.
TABLES: list[TableBuilder] = [speakers_table, statements_table, stances_table]


def render_table(headers: list[str], rows: list[list[str]]) -> str:
    """Columns padded to their widest cell, a rule under the header."""
    widths = [len(header) for header in headers]
    for row in rows:
        for index, cell in enumerate(row):
            widths[index] = max(widths[index], len(cell))
    lines = ["  ".join(header.ljust(width) for header, width in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * width for width in widths))
    for row in rows:
        lines.append("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return "\n".join(lines)


def tables(document: Document, draft: Draft) -> str:
    parts = [f"# {document.id}"]
    for builder in TABLES:
        title, headers, rows = builder(document, draft)
        parts.append(f"\n{title} ({len(rows)})\n" + (render_table(headers, rows) if rows else "(none)"))
    return "\n".join(parts) + "\n"


def explanations(document: Document, draft: Draft) -> str:
    """One line per annotation: its id, kind, the rule and the words that triggered it."""
    lines = [f"# {document.id}: rules"]
    kinds = {"e": "entity", "m": "mention", "s": "statement", "t": "stance"}
    for annotation_id, (rule, words) in draft.explanations.items():
        kind = kinds.get(annotation_id.rstrip("0123456789"), "annotation")
        lines.append(f"{annotation_id:<6} {kind:<10} {rule:<32} {_short(words, 90)!r}")
    if document.stances:
        from stancekit.annotate.stances import explain

        names = {entity.id: entity.name for entity in document.entities}
        lines.extend(f"{stance.id:<6} {'stance':<10} {explain(stance, names)}" for stance in document.stances)
    for stance in document.stances:
        if stance.id not in draft.explanations and stance.provenance is not None:
            cue = stance.cue.text if stance.cue else ""
            lines.append(f"{stance.id:<6} {'stance':<10} {stance.provenance.rule or '':<32} {cue!r}")
    return "\n".join(lines) + "\n"


# -- running ------------------------------------------------------------------------------


def _output_format(args: argparse.Namespace) -> str | None:
    """The format ``-o OUT``'s name asks for (``--format`` given or not), or ``None`` to choose by the documents.

    ``OUT.json`` is JSON (one document, or an array of several) and
    ``OUT.jsonl`` JSON Lines; a name without an extension, or a device such
    as ``/dev/stdout``, takes ``--format`` or the default.

    Raises:
        UsageError: for an extension annotate does not write (``.csv``,
            ``.ann``, ...), naming ``stancekit convert``, or one ``--format`` contradicts.
    """
    from stancekit import formats
    from stancekit._files import writes_through
    from stancekit.errors import UsageError

    output = args.output
    if output is None or writes_through(output) or not Path(output).suffix:
        return args.format
    try:
        by_name: str | None = formats.guess(output)
    except UsageError:
        by_name = None
    if by_name in ("json", "jsonl"):
        if args.format not in (None, by_name):
            raise UsageError(
                f"{output}: a .{by_name} file, and --format asks for {args.format}; "
                f"expected -o OUT.{args.format if args.format != 'table' else 'txt'}, or no --format"
            )
        return by_name
    if args.format == "table":
        return "table"  # tables are text for a person, in a file of any name
    convert = f"; to write {by_name}, annotate into OUT.jsonl, then: stancekit convert OUT.jsonl {output}"
    raise UsageError(
        f"{output}: annotate writes stancekit JSON (.json) or JSON Lines (.jsonl); expected -o OUT.json or "
        f"OUT.jsonl{convert if by_name else ''}"
    )


#: Endings of the annotation files stancekit reads (a document, not an article), and what each holds; ``.ls.json``
#: and ``.w3c.json`` end ``.json`` too. Spelled out here so that ``stancekit --help`` imports no format module.
_ANNOTATION_FILES = {
    ".json": "a document",
    ".ann": "brat annotations; its article is the .txt beside it",
    ".jsonld": "W3C annotations",
    ".xmi": "a CAS XMI document",
}


def _refuse_json(path: str) -> None:
    """Refuse an annotation file as input (``.json``, brat's ``.ann``, ...): almost always a slip, annotating a file
    of annotations as if it were an article.

    Raises:
        UsageError: naming the file, what it holds, and what is expected instead.
    """
    # Read off the name's end, not by splitext: a dot file's name (".json") is all stem to it, and has no ending.
    ending = next((ending for ending in _ANNOTATION_FILES if path.lower().endswith(ending)), None)
    if ending is not None:
        from stancekit.errors import UsageError

        raise UsageError(
            f"{path}: is a {ending} file ({_ANNOTATION_FILES[ending]}); "
            'expected a .txt article or a .jsonl corpus (one {"id", "text"} per line)'
        )


def _holds_a_record(path: str) -> bool:
    """Whether the corpus ``path`` has a line that is not blank: read up to the first one, however large the file.

    A byte-order mark, which the reader drops, is no record: an empty file saved as "UTF-8 with BOM" holds none.
    """
    try:
        with open(path, "rb") as handle:
            return any(line.strip().removeprefix(b"\xef\xbb\xbf").strip() for line in handle)
    except OSError:
        return True  # the reader says what is wrong with it


def _check_inputs(inputs: list[str]) -> None:
    """Refuse, before anything is written, an input that would stop the run half-way through its output.

    A missing file, an annotation file (``.json``, ``.ann``), an article
    whose name (its id) is not UTF-8, and a corpus without a record or a
    folder with no ``.txt`` article under it (either would give an empty
    output and exit 0, without a word) are refused here: a corpus written to standard output as it is annotated would
    otherwise hold the documents of the inputs before them.

    Raises:
        InputError: naming the missing file, or the folder and what it holds instead (a brat folder's ``.ann``
            files, say).
        UsageError: for an annotation file (``.json``, ``.ann``, ...).
    """
    from stancekit._files import folder_files, name_not_utf8, shown_path
    from stancekit.batch import _txt_files
    from stancekit.errors import InputError

    for path in inputs:
        if path == "-":
            continue
        if not os.path.isdir(path):
            if not os.path.exists(path):
                raise InputError(f"{path}: no such file")
            _refuse_json(path)
            if path.lower().endswith(_batch.CORPUS_EXTENSIONS):
                if not _holds_a_record(path):
                    raise InputError(
                        f'{path}: holds no records (no line that is not blank); expected one {{"id", "text"}} per line'
                    )
                continue
            bad_name = name_not_utf8(Path(path).stem)
            if bad_name is not None:
                raise InputError(f"{shown_path(path)}: {bad_name}")
            continue
        if _txt_files(Path(path)):
            continue
        endings = sorted({file.suffix.lower() for file in folder_files(path) if file.suffix})
        holds = f"it holds {', '.join(endings)} files" if endings else "it is empty"
        raise InputError(f"{path}: no .txt article under this folder ({holds}); expected a folder of .txt articles")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit._commands._output import STANDARD_OUTPUT, claim
    from stancekit._commands._stdin import refuse_in_option
    from stancekit._files import atomic_writer, check_not_input
    from stancekit.annotate.rules import compile_rules
    from stancekit.batch import empty_article
    from stancekit.errors import UsageError
    from stancekit.formats import json as json_format
    from stancekit.formats import jsonl

    if args.inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once; name it once")
    refuse_in_option("--rules", args.rules, "a rule pack", "--rules PACK.json")
    if args.output == STANDARD_OUTPUT:
        args.output = None  # -o -: standard output, as without -o, never a file named "-"
    if args.errors == STANDARD_OUTPUT:
        args.errors = None  # reported on standard error, as without --errors
    if args.output is not None:
        inputs = [path for path in args.inputs if path != "-"] + list(args.rules)
        check_not_input(args.output, inputs)  # the worst mistake first
        args.format = _output_format(args)
        claim(args.output, inputs, args.force)
    compile_rules(args.rules or None)  # a broken pack fails before any work is done
    _check_inputs(args.inputs)
    if _batch.is_corpus_run(args):
        return _batch.run(args, stdout, stderr)  # streams, in parallel, bad records to --errors
    corpus = len(args.inputs) > 1 or any(
        path.lower().endswith(_batch.CORPUS_EXTENSIONS) or path == "-" or os.path.isdir(path) for path in args.inputs
    )
    refused = 0
    empty_articles = _batch.EmptyArticles(stderr)

    def annotated() -> Iterator[tuple[Document, Draft]]:
        nonlocal refused
        for path in args.inputs:
            for location, record, reason in _records(path):
                if record is None:
                    # Reported and skipped, as a corpus run into a file does: one bad record does not cost the others.
                    stderr.write(_one_line(f"stancekit: error: {location}: {reason}") + "\n")
                    refused += 1
                    continue
                empty = empty_article(record["text"])
                if empty is not None:
                    empty_articles(f"{location}: {empty}")
                yield annotate_record(record, args.rules)
        empty_articles.close()

    stream = annotated()
    if corpus and not args.explain and args.format in (None, "jsonl"):
        ahead = list(itertools.islice(stream, 2))  # one document alone is written as JSON, as an article is
        if args.format == "jsonl" or len(ahead) != 1:
            # One line per document as soon as it is annotated: a corpus of any size in bounded memory.
            counts: Counter[str] = Counter()
            with contextlib.ExitStack() as stack:
                handle = stdout if args.output is None else stack.enter_context(atomic_writer(args.output))
                for document, _ in itertools.chain(ahead, stream):
                    counts[document.id] += 1
                    handle.write(jsonl.dumps(document))
            repeated = _batch.warn_repeated_ids(counts, stderr)
            return 1 if refused or repeated else 0
        stream = iter(ahead)
    results = list(stream)
    repeated = _batch.warn_repeated_ids(Counter(document.id for document, _ in results), stderr)
    chosen = args.format or ("jsonl" if corpus and len(results) != 1 else "json")
    if chosen == "table":
        body = "\n".join(tables(document, draft) for document, draft in results)
        if args.explain:
            body += "\n" + "\n".join(explanations(document, draft) for document, draft in results)
    elif chosen == "jsonl":
        body = jsonl.dumps(document for document, _ in results)
    else:  # one document as an object, several (or none) as an array
        documents = [document for document, _ in results]
        body = json_format.dumps(documents[0] if len(documents) == 1 else documents)
    if args.explain and chosen != "table":
        stderr.write("\n".join(explanations(document, draft) for document, draft in results))
    if args.output is None:
        stdout.write(body)
    else:
        with atomic_writer(args.output) as handle:
            handle.write(body)
    return 1 if refused or repeated else 0
