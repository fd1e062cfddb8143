"""CSV: flat tables for spreadsheets and pandas, one row per stance or one per statement. Write-only.

The **stances** table (the default) has one row per stance, with the columns
:data:`STANCE_COLUMNS`: the document's id, the stance's id, the holder's name
and id, the polarity, the act (``type``), ``negated``, the target's text and
the name of its entity, the cue's text, the id of the statement that reports
it, the sentence it is in, the confidence, and the provenance's annotator
and rule. The **statements** table has one row per statement, with
:data:`STATEMENT_COLUMNS`: the speaker's name and id, the source, cue and
content texts, the mode, the sentence the content starts in, and the
provenance. The sentence is the one of ``document.sentences`` that holds the
cue (or else the target, or the statement's content); a document without
sentences leaves it empty.

Cells: no value is an empty cell, ``negated`` is ``true`` or ``false``, and
the file is UTF-8 without a byte-order mark, RFC 4180 quoting, CRLF row ends.
A NUL character in a text is written as it is, on every Python version.

Spreadsheet formulas: a text cell that starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return would be run as a formula by Excel,
LibreOffice and Google Sheets (CSV injection), so by default it gets a leading
apostrophe, which spreadsheets hide and show the text as it is
(``'=HYPERLINK(...)``). ``raw=True`` (``--raw``) writes the values untouched,
for programs that read the file rather than spreadsheets.
:func:`to_dataframe` never neutralises: pandas runs nothing.

What the format cannot carry: it is a flat view, not an interchange form, so
it cannot be read back. Offsets, fragments, entity fields other than the
name, mentions, meta and sentences (other than the one in each row) are not
written.
"""

from __future__ import annotations

import csv
import io
import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any

from stancekit._files import atomic_writer
from stancekit.errors import OutputError, UsageError
from stancekit.formats import documents_of
from stancekit.model import Document, Provenance, Span

__all__ = [
    "EXTENSIONS",
    "NAME",
    "STANCE_COLUMNS",
    "STATEMENT_COLUMNS",
    "TABLES",
    "dump",
    "dumps",
    "neutralise",
    "rows",
    "to_dataframe",
]

NAME = "csv"
EXTENSIONS = (".csv",)

TABLES = ("stances", "statements")

STANCE_COLUMNS = (
    "document",
    "stance",
    "holder",
    "holder_id",
    "polarity",
    "type",
    "negated",
    "target",
    "target_entity",
    "cue",
    "statement",
    "sentence",
    "confidence",
    "annotator",
    "rule",
)

STATEMENT_COLUMNS = (
    "document",
    "statement",
    "speaker",
    "speaker_id",
    "source",
    "cue",
    "content",
    "mode",
    "sentence",
    "annotator",
    "rule",
)

#: What a cell must not start with, lest a spreadsheet run it as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` with a leading apostrophe when a spreadsheet would take it for a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _columns(table: str) -> tuple[str, ...]:
    if table == "stances":
        return STANCE_COLUMNS
    if table == "statements":
        return STATEMENT_COLUMNS
    raise UsageError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")


class _Sentences:
    """Finds the sentence that holds an offset."""

    def __init__(self, sentences: Sequence[Span]) -> None:
        self.sentences = sentences
        self.starts = [sentence.start for sentence in sentences]

    def at(self, offset: int | None) -> str | None:
        if offset is None or not self.sentences:
            return None
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index].text
        return None


def _text(span: Span | None) -> str | None:
    return None if span is None else span.text


def _provenance(provenance: Provenance | None) -> tuple[str | None, str | None]:
    return (None, None) if provenance is None else (provenance.annotator, provenance.rule)


def _names(document: Document) -> dict[str, str]:
    return {entity.id: entity.name for entity in document.entities}


def stance_rows(document: Document) -> Iterator[dict[str, Any]]:
    """One row (column -> value) per stance of ``document``; values are Python values, ``None`` for none."""
    names = _names(document)
    sentences = _Sentences(document.sentences)
    contents = {statement.id: statement.content.start for statement in document.statements}
    for stance in document.stances:
        target = stance.target
        where = stance.cue or target.span
        offset = where.start if where is not None else contents.get(stance.statement or "")
        annotator, rule = _provenance(stance.provenance)
        yield {
            "document": document.id,
            "stance": stance.id,
            "holder": names[stance.holder],
            "holder_id": stance.holder,
            "polarity": stance.polarity,
            "type": stance.type,
            "negated": stance.negated,
            "target": target.text,
            "target_entity": names[target.entity] if target.entity is not None else None,
            "cue": _text(stance.cue),
            "statement": stance.statement,
            "sentence": sentences.at(offset),
            "confidence": stance.confidence,
            "annotator": annotator,
            "rule": rule,
        }


def statement_rows(document: Document) -> Iterator[dict[str, Any]]:
    """One row (column -> value) per statement of ``document``."""
    names = _names(document)
    sentences = _Sentences(document.sentences)
    for statement in document.statements:
        annotator, rule = _provenance(statement.provenance)
        yield {
            "document": document.id,
            "statement": statement.id,
            "speaker": names[statement.speaker] if statement.speaker is not None else None,
            "speaker_id": statement.speaker,
            "source": _text(statement.source),
            "cue": _text(statement.cue),
            "content": statement.content.text,
            "mode": statement.mode,
            "sentence": sentences.at(statement.content.start),
            "annotator": annotator,
            "rule": rule,
        }


def rows(documents: Document | Iterable[Document], table: str = "stances") -> Iterator[dict[str, Any]]:
    """The rows of ``table`` (``stances`` or ``statements``) for one document or many, lazily.

    Raises:
        UsageError: for an unknown table.
    """
    _columns(table)
    make = stance_rows if table == "stances" else statement_rows
    for document in documents_of(documents, "csv"):
        yield from make(document)


def _cell(value: Any, raw: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value if raw else neutralise(value)
    return str(value)


def write_rows(handle: IO[str], columns: Sequence[str], records: Iterable[dict[str, Any]], *, raw: bool = False) -> int:
    """Write a header and ``records`` as CSV to ``handle``; return the number of rows.

    ``handle`` must be opened with ``newline=""``.
    """
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(columns)
    count = 0
    for record in records:
        cells = [_cell(record[column], raw) for column in columns]
        if any(_NUL in cell for cell in cells):
            handle.write(_row_with_nul(cells))
        else:
            writer.writerow(cells)
        count += 1
    return count


_NUL = "\x00"
_PRIVATE_USE = (range(0xE000, 0xF900), range(0xF0000, 0xFFFFE), range(0x100000, 0x10FFFE))


def _row_with_nul(cells: Sequence[str]) -> str:
    """One CSV row whose cells hold NUL characters, written as it is, the same on every Python.

    Python 3.10's csv writer cannot write a NUL without an escape character
    (and one would change every backslash); 3.11 and later write it as it is,
    unquoted. So the NULs stand in as a private-use character no cell holds,
    which needs no quoting either, and are put back after.
    """
    used = set("".join(cells))
    stand_in = next((chr(code) for block in _PRIVATE_USE for code in block if chr(code) not in used), None)
    if stand_in is None:  # a row holding all 137,000 private-use characters is no text anyone wrote
        raise OutputError("a CSV row holds a NUL and every private-use character; expected ordinary text")
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerow([cell.replace(_NUL, stand_in) for cell in cells])
    return buffer.getvalue().replace(stand_in, _NUL)


def dumps(documents: Document | Iterable[Document], *, table: str = "stances", raw: bool = False) -> str:
    """The CSV text of ``table`` for one document or many.

    Args:
        documents: a document or an iterable of them.
        table: ``stances`` (one row per stance) or ``statements``.
        raw: write cells as they are, without neutralising formulas.

    Raises:
        UsageError: for an unknown table.
    """
    buffer = io.StringIO(newline="")
    write_rows(buffer, _columns(table), rows(documents, table), raw=raw)
    return buffer.getvalue()


def dump(
    documents: Document | Iterable[Document],
    path: str | os.PathLike[str],
    *,
    table: str = "stances",
    raw: bool = False,
) -> None:
    """Write the CSV of ``table`` to ``path`` atomically, streaming the documents.

    Raises:
        UsageError: for an unknown table.
        OutputError: when the file cannot be written.
    """
    columns = _columns(table)
    with atomic_writer(path) as handle:
        write_rows(handle, columns, rows(documents, table), raw=raw)


def to_dataframe(documents: Document | Iterable[Document], table: str = "stances") -> Any:
    """A pandas ``DataFrame`` of ``table`` (``stances`` or ``statements``), one row per item, typed columns.

    ``negated`` is boolean, ``confidence`` a float and missing values are
    ``None``; formulas are not neutralised. Needs pandas
    (``python -m pip install -e ".[pandas]"`` in a clone).

    Raises:
        ImportError: when pandas is not installed.
        UsageError: for an unknown table.
    """
    columns = _columns(table)
    try:
        import pandas
    except ImportError:
        raise ImportError(
            'to_dataframe needs pandas; install the extra in a clone of stancekit: python -m pip install -e ".[pandas]"'
        ) from None
    return pandas.DataFrame.from_records(list(rows(documents, table)), columns=list(columns))
