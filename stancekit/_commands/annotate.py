"""``stancekit annotate INPUT...``: run the rule-based annotator over articles.

INPUT is a text article (``.txt`` or any other name but ``.json``: one document, its id
the file's stem), a ``.jsonl``/``.ndjson`` corpus (one ``{"id", "text",
...meta}`` object per line) or ``-`` for standard input (a text, or JSON
Lines when its first line is a JSON object with a ``"text"``). One document
is written as JSON, several as JSON Lines in input order; ``--format
table`` prints aligned tables for a person to read. ``--explain`` lists,
for each annotation, the rule that made it and the words that triggered
it (on standard error beside JSON output, so that the JSON stays clean).
Output files are written atomically, never over an input, and over an
existing file only with ``--force``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from stancekit._commands import _batch

if TYPE_CHECKING:
    from stancekit.annotate.draft import Draft
    from stancekit.model import Document

HELP = "annotate news articles: sentences, entities, statements (who said what), stances (who supports or opposes what)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="a .txt article, a .jsonl corpus ({id, text, ...} per line), or -"
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
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


def _records(path: str, stdin: TextIO | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(location, {"id", "text", ...meta})`` for every document of one input."""
    from stancekit._files import parse_json, read_text
    from stancekit.errors import InputError

    if path == "-":
        stream = stdin if stdin is not None else sys.stdin
        text = stream.read()
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
                        yield location, _record(parse_json(line, location), location, f"stdin-{number}")
                return
        yield "<stdin>", {"id": "stdin", "text": text}
        return
    if path.lower().endswith(_batch.CORPUS_EXTENSIONS):
        from stancekit.formats.jsonl import iter_records

        stem = Path(path).stem
        for number, data in iter_records(path):
            location = f"{path}:{number}"
            yield location, _record(data, location, f"{stem}-{number}")
        return
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory; expected a .txt article or a .jsonl corpus")
    if path.lower().endswith(".json"):
        # Almost always a slip: annotating a file of JSON as if it were an article.
        from stancekit.errors import UsageError

        raise UsageError(
            f'{path}: is a .json file; expected a .txt article or a .jsonl corpus (one {{"id", "text"}} per line)'
        )
    yield path, {"id": Path(path).stem or "document", "text": read_text(path)}


def _record(data: Any, location: str, default_id: str) -> dict[str, Any]:
    """The record ``{"id", "text", ...meta}`` of one corpus line, checked as a corpus run checks it.

    Raises:
        InputError: ``location`` and the reason a corpus run would write to its errors file.
    """
    from stancekit.batch import _BadRecord, _unpack_record
    from stancekit.errors import InputError

    try:
        text, identifier, meta = _unpack_record(data, default_id)
    except _BadRecord as bad:
        raise InputError(f"{location}: {bad.reason}") from None
    return {**meta, "id": identifier, "text": text}


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


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit._commands._output import claim
    from stancekit._files import atomic_writer
    from stancekit.annotate.rules import compile_rules
    from stancekit.errors import UsageError
    from stancekit.formats import json as json_format
    from stancekit.formats import jsonl

    if args.inputs.count("-") > 1:
        raise UsageError("standard input (-) can be read only once; name it once")
    if args.output is not None:
        claim(args.output, [path for path in args.inputs if path != "-"] + list(args.rules), args.force)
    compile_rules(args.rules or None)  # a broken pack fails before any work is done
    if _batch.is_corpus_run(args):
        return _batch.run(args, stdout, stderr)  # streams, in parallel, bad records to --errors
    corpus = len(args.inputs) > 1 or any(
        path.lower().endswith(_batch.CORPUS_EXTENSIONS) or path == "-" for path in args.inputs
    )
    results: list[tuple[Document, Draft]] = []
    for path in args.inputs:
        for _location, record in _records(path):
            results.append(annotate_record(record, args.rules))
    chosen = args.format or ("jsonl" if corpus and len(results) != 1 else "json")
    if chosen == "table":
        body = "\n".join(tables(document, draft) for document, draft in results)
        if args.explain:
            body += "\n" + "\n".join(explanations(document, draft) for document, draft in results)
    elif chosen == "jsonl":
        body = jsonl.dumps(document for document, _ in results)
    else:  # one document as an object, several as an array
        documents = [document for document, _ in results]
        body = json_format.dumps(documents[0] if len(documents) == 1 else documents)
    if args.explain and chosen != "table":
        stderr.write("\n".join(explanations(document, draft) for document, draft in results))
    if args.output is None:
        stdout.write(body)
    else:
        with atomic_writer(args.output) as handle:
            handle.write(body)
    return 0
