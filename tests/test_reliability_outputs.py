"""What stancekit writes cannot attack its reader: CSV neutralises formulas, the HTML view escapes everything."""

from __future__ import annotations

import csv
import io
import os
from html.parser import HTMLParser
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit import Document, Entity, Mention, Provenance, Stance, Statement, Target
from stancekit.formats import FORMATS, get
from stancekit.testing import documents, spans

#: Strings that attack spreadsheets and browsers.
PAYLOADS = (
    '=HYPERLINK("http://example.org/x","click")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(A1:A2)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</style><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "javascript:alert(1)",
    "&lt;b&gt;&amp;",
    "<!--",
    "]]>",
    "{{7*7}}",
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

#: ``HYPOTHESIS_PROFILE=thorough`` tries ten times the examples.
SCALE = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 1


@st.composite
def hostile_documents(draw: st.DrawFn) -> Document:
    """A document whose text and every free-text field carry spreadsheet and HTML payloads."""
    payload = st.one_of(st.sampled_from(PAYLOADS), st.text(min_size=1, max_size=8).map(lambda s: "=" + s))
    text = " ".join(draw(st.lists(st.one_of(payload, st.sampled_from(["China", "said", "."])), min_size=2, max_size=8)))
    provenance = st.builds(Provenance, payload, payload, payload, payload)
    entities = [
        # A country is an ISO code and an affiliation an entity id (the schema's patterns); the rest is free text.
        Entity(f"e{index}", draw(payload), "person", (draw(payload),), "CHN", draw(payload), draw(payload))
        for index in range(draw(st.integers(1, 3)))
    ]
    ids = [entity.id for entity in entities]
    mentions = [
        Mention(f"m{index}", draw(st.sampled_from(ids)), draw(spans(text, discontinuous=False)))
        for index in range(draw(st.integers(0, 3)))
    ]
    statements = [
        Statement(
            f"s{index}",
            draw(spans(text)),
            draw(st.sampled_from(ids)),
            draw(spans(text, discontinuous=False)),
            draw(spans(text)),
            "direct",
            draw(provenance),
        )
        for index in range(draw(st.integers(0, 2)))
    ]
    stances = [
        Stance(
            f"st{index}",
            draw(st.sampled_from(ids)),
            Target(draw(payload), draw(st.one_of(st.none(), spans(text))), draw(st.sampled_from([None, *ids]))),
            draw(st.sampled_from(["support", "oppose", "neutral"])),
            "blame",
            draw(st.one_of(st.none(), spans(text))),
            statement=draw(st.sampled_from([None, *[statement.id for statement in statements]])),
            provenance=draw(provenance),
        )
        for index in range(draw(st.integers(1, 3)))
    ]
    meta = {
        "title": draw(payload),
        "url": draw(st.sampled_from(["javascript:alert(1)", "https://example.org/a"])),
        draw(payload): draw(payload),
    }
    return Document(draw(payload), text, meta, (), entities, mentions, statements, stances)


# -- CSV ----------------------------------------------------------------------------------------------


def _cells(text: str) -> list[list[str]]:
    # Python 3.10's csv reader refuses a NUL (3.11 reads it): it reads one that stands in for it.
    stand_in = "\U0010fffd"
    rows = csv.reader(io.StringIO(text.replace("\x00", stand_in), newline=""))
    return [[cell.replace(stand_in, "\x00") for cell in row] for row in rows]


@pytest.mark.parametrize("name", ["csv", "dyads"])
@settings(max_examples=40 * SCALE, deadline=None)
@given(document=hostile_documents())
def test_no_cell_starts_a_formula_by_default(name: str, document: Document) -> None:
    """By default no CSV cell a spreadsheet reads starts with =, +, -, @, a tab or a carriage return."""
    if name not in FORMATS:
        pytest.skip(f"the {name} format is not there yet")
    module = get(name)
    for table in ("stances", "statements") if name == "csv" else (None,):
        text = module.dumps(document, table=table) if table else module.dumps(document)
        rows = _cells(text)
        assert rows, text
        for row in rows[1:]:
            for cell in row:
                assert not cell.startswith(FORMULA_STARTS), (cell, row)


@settings(max_examples=40 * SCALE, deadline=None)
@given(document=hostile_documents())
def test_raw_writes_every_value_untouched(document: Document) -> None:
    """With ``raw=True`` cells hold the values as they are; by default exactly the dangerous ones gain an apostrophe."""
    if "csv" not in FORMATS:
        pytest.skip("the csv format is not there yet")
    module = get("csv")
    for table in ("stances", "statements"):
        raw = _cells(module.dumps(document, table=table, raw=True))
        guarded = _cells(module.dumps(document, table=table))
        assert raw[0] == guarded[0]
        assert len(raw) == len(guarded)
        for raw_row, guarded_row in zip(raw[1:], guarded[1:], strict=True):
            for raw_cell, guarded_cell in zip(raw_row, guarded_row, strict=True):
                expected = "'" + raw_cell if raw_cell.startswith(FORMULA_STARTS) else raw_cell
                assert guarded_cell == expected
    names = {cell for row in _cells(module.dumps(document, raw=True))[1:] for cell in row}
    holders = {entity.name for entity in document.entities if any(s.holder == entity.id for s in document.stances)}
    assert holders <= names  # raw really is raw: the payload names are there as they are


def test_the_convert_command_neutralises_unless_raw(tmp_path: Any) -> None:
    """``stancekit convert x.json x.csv`` guards formulas; ``--raw`` does not."""
    import contextlib

    from stancekit.cli import COMMANDS, main
    from stancekit.formats import json as json_format

    if "convert" not in COMMANDS or "csv" not in FORMATS:
        pytest.skip("stancekit convert or the csv format is not there yet")
    entity = Entity("e1", '=HYPERLINK("http://example.org")', "person")
    text = "He said so."
    stance = Stance("st1", "e1", Target("-so"), "oppose", "blame")
    document = Document("d", text, entities=[entity], stances=[stance])
    source = tmp_path / "in.json"
    json_format.dump(document, source)
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        assert main(["convert", str(source), str(tmp_path / "safe.csv")]) == 0
        assert main(["convert", str(source), str(tmp_path / "raw.csv"), "--raw"]) == 0
    safe = _cells((tmp_path / "safe.csv").read_text(encoding="utf-8"))
    raw = _cells((tmp_path / "raw.csv").read_text(encoding="utf-8"))
    assert '\'=HYPERLINK("http://example.org")' in safe[1] and "'-so" in safe[1]
    assert '=HYPERLINK("http://example.org")' in raw[1] and "-so" in raw[1]


# -- HTML ---------------------------------------------------------------------------------------------


class _Elements(HTMLParser):
    """Collects the tags, attributes and text of a page as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    parser.close()
    return parser


@pytest.mark.parametrize("standalone", [True, False])
@settings(max_examples=40 * SCALE, deadline=None)
@given(document=hostile_documents())
def test_the_html_view_escapes_everything(standalone: bool, document: Document) -> None:
    """Payloads in any field come out as text: the tags of a harmless page, no handlers, no scripts, no links out."""
    render = pytest.importorskip("stancekit.render")
    page = render.render_html(document, standalone=standalone)
    harmless = _parsed(render.render_html(_harmless_twin(document), standalone=standalone))
    parsed = _parsed(page)
    allowed = {tag for tag, _ in harmless.tags} | {"a", "span", "mark", "table", "tr", "td", "th", "h2", "ol", "li"}
    for tag, attributes in parsed.tags:
        assert tag in allowed, (tag, attributes)
        assert tag not in ("script", "img", "svg", "iframe", "object", "embed", "base", "form", "link")
        for name, value in attributes:
            assert not name.startswith("on"), (tag, name, value)
            if name in ("href", "src", "action"):
                assert value is not None and value.startswith(("#", "https://example.org/")), (tag, name, value)
    assert sum(tag == "style" for tag, _ in parsed.tags) == sum(tag == "style" for tag, _ in harmless.tags)
    shown = "".join(parsed.text)
    for entity in document.entities:
        assert entity.name in shown or entity.name.strip() == ""


def _harmless_twin(document: Document) -> Document:
    """The same shape of document with plain words in place of every free-text field."""
    entities = [
        attrs.evolve(entity, name="Name", aliases=(), country=None, kb_id=None, role=None)
        for entity in document.entities
    ]
    stances = [
        attrs.evolve(stance, target=attrs.evolve(stance.target, text="target"), provenance=None)
        for stance in document.stances
    ]
    statements = [attrs.evolve(statement, provenance=None) for statement in document.statements]
    return attrs.evolve(
        document,
        id="doc",
        meta={"title": "Title", "url": "https://example.org/a", "key": "value"},
        entities=entities,
        stances=stances,
        statements=statements,
    )


def test_a_javascript_address_in_meta_is_not_a_link() -> None:
    """``meta.url`` becomes a link only for http(s) addresses; ``javascript:`` stays text."""
    render = pytest.importorskip("stancekit.render")
    page = render.render_html(Document("d", "t", meta={"url": "javascript:alert(1)"}))
    hrefs = [value for tag, attributes in _parsed(page).tags for name, value in attributes if name == "href"]
    assert all(not (value or "").startswith("javascript") for value in hrefs)
    assert "javascript:alert(1)" in "".join(_parsed(page).text)


@settings(max_examples=30 * SCALE, deadline=None)
@given(document=documents())
def test_every_generated_document_renders(document: Document) -> None:
    """Any valid document renders to a page that parses, with its text shown."""
    render = pytest.importorskip("stancekit.render")
    parsed = _parsed(render.render_html(document))
    assert parsed.tags
