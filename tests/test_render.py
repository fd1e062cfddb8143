"""The HTML view: exact highlighting of nested spans, inert hostile text, a page that works in a real browser."""

from __future__ import annotations

import base64
import hashlib
import io
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given

from stancekit import Document, Entity, Mention, Provenance, Span, Stance, Statement, Target, dump, dump_all, load
from stancekit.cli import build_parser, run
from stancekit.render import render, render_html
from stancekit.testing import documents

ROOT = Path(__file__).resolve().parent.parent

#: Tags the renderer may write; anything else in a page came from the document.
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "div", "h1", "h2", "p", "ul", "ol", "li", "span", "a",
    "table", "tr", "th", "td",
}  # fmt: skip

TEXT = (
    "Chinese Foreign Ministry spokeswoman Mao Ning said that Beijing firmly opposes NATO's expansion.\n"
    "“We welcome the peace plan,” she said, “and urge talks.” 🙂"
)


def at(phrase: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(phrase, start + 1)
    return Span.of(TEXT, start, start + len(phrase))


def annotated() -> Document:
    """Nested and discontinuous spans: mentions inside a source and a content, a stance cue inside a content."""
    welcome, urge = at("We welcome the peace plan,"), at("and urge talks.")
    rules = Provenance("stancekit.rules 0.1.0", "statement.say.that", note="reported speech")
    return Document(
        id="demo",
        text=TEXT,
        meta={"title": "China opposes NATO expansion", "url": "https://example.org/a"},
        entities=[
            Entity("mao", "Mao Ning", "person", aliases=("she",), role="spokeswoman"),
            Entity("cn", "China", "country", aliases=("Beijing", "Chinese"), kb_id="CHN"),
        ],
        mentions=[
            Mention("m1", "mao", at("Mao Ning")),
            Mention("m2", "cn", at("Chinese")),
            Mention("m3", "cn", at("Beijing")),
            Mention("m4", "mao", at("she")),
        ],
        statements=[
            Statement(
                "s1",
                at("Beijing firmly opposes NATO's expansion"),
                speaker="mao",
                source=at("Chinese Foreign Ministry spokeswoman Mao Ning"),
                cue=at("said"),
                provenance=rules,
            ),
            Statement(
                "s2",
                Span.join(TEXT, [(welcome.start, welcome.end), (urge.start, urge.end)]),
                speaker="mao",
                source=at("she"),
                cue=at("said", 1),
                mode="direct",
            ),
        ],
        stances=[
            Stance(
                "st1",
                "cn",
                Target("NATO's expansion", at("NATO's expansion")),
                "oppose",
                "oppose",
                cue=at("opposes"),
                statement="s1",
                provenance=Provenance("stancekit.rules 0.1.0", "stance.oppose.verb"),
            ),
            Stance(
                "st2", "mao", Target("the peace plan", at("the peace plan")), "support", "welcome", cue=at("welcome")
            ),
            Stance("st3", "mao", Target("talks", at("talks")), "support", "urge", cue=at("urge"), statement="s2"),
        ],
    )


class _Page(HTMLParser):
    """Parses a rendered page: its tags, anchors, links, and which marks cover each character of the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.style = ""
        self.text = ""  # the document text, as read back from the text box
        self.coverage: list[frozenset[tuple[str, str]]] = []
        self.data: list[str] = []
        self._stack: list[tuple[str, tuple[str, str] | None]] = []
        self._text_depth: int | None = None
        self._in_style = False

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        values = dict(attributes)
        self.tags.append((tag, values))
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "a":
            self.hrefs.append(values.get("href") or "")
        mark = None
        if self._text_depth is not None and tag == "span":
            mark = (values.get("class") or "", values.get("title") or "")
        if values.get("class") == "sk-text":
            self._text_depth = len(self._stack) + 1
        self._in_style = tag == "style"
        if tag != "meta":
            self._stack.append((tag, mark))

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        open_tag, _ = self._stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        if self._text_depth is not None and len(self._stack) < self._text_depth:
            self._text_depth = None

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if self._in_style:
            self.style += data
        if self._text_depth is not None:
            self.text += data
            marks = frozenset(mark for _, mark in self._stack if mark is not None)
            self.coverage.extend([marks] * len(data))


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def expected_coverage(document: Document, page: _Page) -> list[frozenset[tuple[str, str]]]:
    """For each character, the (class, title) of the marks that should cover it, from the document's spans."""
    titles = {}
    for tag, values in page.tags:
        if tag == "span" and values.get("id"):
            titles[values["id"]] = (values.get("class") or "", values.get("title") or "")
    coverage: list[set[tuple[str, str]]] = [set() for _ in document.text]
    prefix = next(identifier for identifier in page.ids if re.fullmatch(r"sk[0-9a-f]{8}", identifier))

    def cover(span: Span | None, anchor: str) -> None:
        if span is None or not any(end > start for start, end in span.pieces):
            return
        mark = titles[f"{prefix}-{anchor}"]
        for start, end in span.pieces:
            for offset in range(start, end):
                coverage[offset].add(mark)

    for index, mention in enumerate(document.mentions):
        cover(mention.span, f"mention-{index}")
    for index, statement in enumerate(document.statements):
        for role in ("source", "cue", "content"):
            cover(getattr(statement, role), f"statement-{index}-{role}")
    for index, stance in enumerate(document.stances):
        cover(stance.cue, f"stance-{index}-cue")
        cover(stance.target.span, f"stance-{index}-target")
    return [frozenset(marks) for marks in coverage]


def check_page(document: Document, page_html: str) -> _Page:
    page = parse(page_html)
    assert page.text == document.text
    assert page.coverage == expected_coverage(document, page)
    assert len(page.ids) == len(set(page.ids)), "an id repeats"
    for href in page.hrefs:
        if href.startswith("#"):
            assert href[1:] in page.ids, f"link {href} leads nowhere"
    return page


def test_nested_and_discontinuous_spans_cover_exactly_their_characters() -> None:
    """A mention inside a source, a stance cue inside a content, a two-piece content: each character, its marks."""
    document = annotated()
    page = check_page(document, render_html(document))
    opposes = TEXT.index("opposes")
    classes = {mark_class for mark_class, _ in page.coverage[opposes]}
    assert classes == {"sk-content", "sk-stance-cue sk-oppose"}
    between = TEXT.index("she")  # inside neither piece of the direct quote's content
    assert {mark_class for mark_class, _ in page.coverage[between]} == {"sk-source", "sk-mention"}


@given(documents())
def test_any_document_renders_its_text_and_every_span_exactly(document: Document) -> None:
    """For generated documents (overlapping, crossing, discontinuous spans; emoji, RTL, CRLF) the markup nests,
    the text reads back unchanged and each character is covered by exactly the spans that contain it."""
    check_page(document, render_html(document))
    check_page(document, render_html(document, standalone=False))


def test_the_annotated_reference_article_renders_every_span_exactly() -> None:
    document = reference_document()
    page = check_page(document, render_html(document))
    assert len(page.coverage) == len(document.text)


def test_stances_are_listed_and_linked_to_their_evidence() -> None:
    page_html = render_html(annotated())
    page = parse(page_html)
    prefix = page.ids[0]
    items = re.findall(r'<li id="[^"]*-stance-\d+" class="sk-stance (sk-\w+)"', page_html)
    assert items == ["sk-oppose", "sk-support", "sk-support"]
    assert f'<a href="#{prefix}-stance-0-target" class="sk-target-link">NATO&#x27;s expansion</a>' in page_html
    assert f'<a href="#{prefix}-stance-0-cue" class="sk-polarity sk-oppose">oppose</a>' in page_html
    # China's nearest mention to the cue "opposes" is "Beijing" (mention 2), not "Chinese" (mention 1)
    assert f'<a href="#{prefix}-mention-2" class="sk-holder">China</a>' in page_html
    assert "rule stance.oppose.verb" in page_html  # provenance on hover
    assert 'class="sk-legend"' in page_html


def test_the_page_is_self_contained_and_its_policy_allows_its_own_style_only() -> None:
    page_html = render_html(annotated())
    page = parse(page_html)
    assert not re.search(r"(src|href)=\"(?!#|https://example\.org/a\")", page_html)
    policy = next(
        values["content"] for tag, values in page.tags if values.get("http-equiv") == "Content-Security-Policy"
    )
    assert policy is not None and "default-src 'none'" in policy
    digest = base64.b64encode(hashlib.sha256(page.style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in policy
    assert "script" not in {tag for tag, _ in page.tags}


def test_notebook_view_is_a_fragment() -> None:
    document = annotated()
    fragment = document._repr_html_()
    assert fragment == render_html(document, standalone=False)
    assert fragment.startswith("<style>")
    assert "<html" not in fragment and "<head" not in fragment


#: Every payload calls ``pwned``, which does not exist: if one ran, the page's error handler would mark the page.
HOSTILE = '<script>document.title="PWNED"</script> "onmouseover="pwned(1)" </style><img src=x onerror=pwned(2)> &amp;'


def hostile() -> Document:
    text = f"{HOSTILE} said X. Y {HOSTILE}"
    evil = Provenance(f"{HOSTILE}", 'rule"><script>pwned(3)</script>', note=HOSTILE)
    quote_end = len(HOSTILE)
    return Document(
        id='id"><script>pwned(4)</script>',
        text=text,
        meta={
            "title": f"</title><script>pwned(5)</script>{HOSTILE}",
            "url": "javascript:pwned(6)",
            "other": {"html": HOSTILE},
            "<b onclick=pwned(7)>": "key",
        },
        entities=[Entity("e", HOSTILE, "person", aliases=(HOSTILE,), role=HOSTILE, kb_id=HOSTILE)],
        mentions=[Mention("m", "e", Span.of(text, 0, quote_end))],
        statements=[
            Statement(
                "s",
                Span.of(text, quote_end + 6, len(text)),
                speaker="e",
                source=Span.of(text, 0, quote_end),
                cue=Span.of(text, quote_end + 1, quote_end + 5),
                provenance=evil,
            )
        ],
        stances=[
            Stance(
                "st",
                "e",
                Target(HOSTILE, Span.of(text, len(text) - len(HOSTILE), len(text))),
                "oppose",
                "criticize",  # an act is a lower-case identifier (the schema's pattern): it can carry no markup
                provenance=evil,
            ),
            Stance("st2", "e", Target(HOSTILE), "support", "urge"),
        ],
    )


@pytest.mark.parametrize("standalone", [True, False])
def test_hostile_text_renders_inert(standalone: bool) -> None:
    """Markup, event handlers, a closing style tag and a javascript: URL in every field stay text."""
    document = hostile()
    page_html = render_html(document, standalone=standalone)
    page = check_page(document, page_html)
    tags = {tag for tag, _ in page.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for _, values in page.tags:
        assert not any(name.startswith("on") for name in values), values
    assert "javascript:" not in " ".join(page.hrefs)
    assert all(href.startswith("#") for href in page.hrefs)
    shown = "".join(page.data)
    assert HOSTILE in shown  # displayed, not dropped
    assert "</title><script>pwned(5)</script>" in shown
    assert "javascript:pwned(6)" in shown
    assert page.style.strip().startswith(".sk {") and "PWNED" not in page.style


# ---------------------------------------------------------------- the command


def run_cli(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(argv)), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


def test_render_command_writes_a_page(tmp_path: Path) -> None:
    dump(annotated(), tmp_path / "demo.json")
    code, out, err = run_cli("render", str(tmp_path / "demo.json"), "-o", str(tmp_path / "demo.html"))
    assert (code, out, err) == (0, "", "")
    assert (tmp_path / "demo.html").read_text(encoding="utf-8") == render_html(annotated())
    code, out, _ = run_cli("render", str(tmp_path / "demo.json"))
    assert code == 0 and out == render_html(annotated())


def test_render_command_chooses_from_a_corpus(tmp_path: Path) -> None:
    other = Document(id="other", text="Nothing here.")
    dump_all([other, annotated()], tmp_path / "corpus.jsonl")
    code, _, err = run_cli("render", str(tmp_path / "corpus.jsonl"))
    assert code == 2 and "more than one document; choose one with --id" in err
    code, out, _ = run_cli("render", str(tmp_path / "corpus.jsonl"), "--id", "demo")
    assert code == 0 and out == render_html(annotated())
    code, _, err = run_cli("render", str(tmp_path / "corpus.jsonl"), "--id", "nope")
    assert code == 2 and err == f"stancekit: error: {tmp_path / 'corpus.jsonl'}: no document with id 'nope' among 2\n"


def test_render_command_replaces_an_existing_page_only_with_force(tmp_path: Path) -> None:
    """Without --force: exit 2, one line naming the file and --force, the file as it was; with it, the new page."""
    dump(annotated(), tmp_path / "demo.json")
    page = tmp_path / "demo.html"
    page.write_text("precious", encoding="utf-8")
    code, out, err = run_cli("render", str(tmp_path / "demo.json"), "-o", str(page))
    assert (code, out) == (2, "")
    assert err == f"stancekit: error: {page}: exists; give --force to replace it, or choose another output\n"
    assert page.read_text(encoding="utf-8") == "precious"
    code, out, err = run_cli("render", str(tmp_path / "demo.json"), "-o", str(page), "--force")
    assert (code, out, err) == (0, "", "")
    assert page.read_text(encoding="utf-8") == render_html(annotated())


def test_render_command_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    dump(annotated(), tmp_path / "demo.json")
    for force in ([], ["--force"]):
        code, _, err = run_cli("render", str(tmp_path / "demo.json"), "-o", str(tmp_path / "demo.json"), *force)
        assert code == 2 and "is also an input" in err
    assert load(tmp_path / "demo.json") == annotated()


def test_render_writes_atomically(tmp_path: Path) -> None:
    render(annotated(), tmp_path / "page.html")
    assert (tmp_path / "page.html").read_text(encoding="utf-8") == render_html(annotated())
    assert [path.name for path in tmp_path.iterdir()] == ["page.html"]


# ---------------------------------------------------------------- a real browser

ERROR_MARKER = "STANCEKIT-PAGE-ERROR"
#: Installed before the page's own policy, so it runs; it reports any script error into the page.
ON_ERROR = (
    "<script>window.onerror = function (message) {"
    # The marker is assembled at run time, so that the handler's own source never matches it.
    "document.documentElement.setAttribute('data-error', 'STANCEKIT-' + 'PAGE-ERROR: ' + message); };</script>"
)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("chromium is not installed")


def dump_dom(page_html: str, folder: Path) -> str:
    """The DOM headless Chromium builds from the page, the error handler put first in its head."""
    path = folder / "page.html"
    path.write_text(page_html.replace("<head>", "<head>" + ON_ERROR, 1), encoding="utf-8")
    command = [
        chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={folder / 'profile'}",
        "--dump-dom",
        path.as_uri(),
    ]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=90, check=False)
    except OSError as error:
        pytest.skip(f"chromium cannot run here: {error}")
    except subprocess.TimeoutExpired:
        pytest.fail("chromium did not finish the page within 90 s: did a script in it open a dialog?")
    if result.returncode != 0 or "<html" not in result.stdout:
        pytest.skip(f"chromium cannot run here (exit {result.returncode}): {result.stderr.strip()[-300:]}")
    return result.stdout


def reference_document() -> Document:
    """The reference article, annotated by stancekit."""
    from stancekit import annotate

    text = (ROOT / "examples" / "data" / "menafn-2025-05-29-china-moscow-kiev.txt").read_text(encoding="utf-8")
    return annotate(text, id="reference")


@pytest.mark.slow
def test_browser_shows_the_stances_without_errors(tmp_path: Path) -> None:
    """Chromium renders the reference page: every stance's holder, polarity and target, and no script error."""
    document = reference_document()
    assert len(document.stances) >= 5
    dom = dump_dom(render_html(document), tmp_path)
    assert ERROR_MARKER not in dom
    stance_list = dom[dom.index('<ol class="sk-stances">') :]
    entities = {entity.id: entity.name for entity in document.entities}
    for stance in document.stances:
        for shown in (entities[stance.holder], stance.polarity, stance.target.text):
            assert render_html_text(shown) in stance_list, shown


def render_html_text(value: str) -> str:
    """How Chromium serialises a text node: only &, < and > escaped."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@pytest.mark.slow
def test_browser_error_marker_works(tmp_path: Path) -> None:
    """The check above can fail: a page with a broken script shows the marker."""
    dom = dump_dom("<!DOCTYPE html><html><head></head><body><script>notAFunction();</script></body></html>", tmp_path)
    assert ERROR_MARKER in dom


@pytest.mark.slow
def test_browser_keeps_hostile_text_inert(tmp_path: Path) -> None:
    """In a real browser, the hostile document creates no element and runs no script (its fragment has no CSP)."""
    document = hostile()
    fragment = render_html(document, standalone=False)
    page_html = f"<!DOCTYPE html><html><head><title>probe</title></head><body>{fragment}</body></html>"
    dom = dump_dom(page_html, tmp_path)
    assert ERROR_MARKER not in dom
    assert "<img" not in dom and "PWNED" not in dom.split("</title>")[0]
    assert dom.count("<script") == 1  # the test's own handler
    assert render_html_text(HOSTILE) in dom


@pytest.mark.parametrize(
    ("name", "implied"), [("demo-out.json", "json"), ("page.ann", "brat"), ("p.ls.json", "labelstudio")]
)
def test_render_refuses_a_page_named_as_annotations(tmp_path: Path, name: str, implied: str) -> None:
    """A page written as out.json would read back as broken annotations: exit 2, --force or not, nothing written."""
    dump(annotated(), tmp_path / "demo.json")
    for force in ([], ["--force"]):
        code, out, err = run_cli("render", str(tmp_path / "demo.json"), "-o", str(tmp_path / name), *force)
        assert (code, out) == (2, "")
        assert err == (
            f"stancekit: error: {tmp_path / name}: named as a {implied} file, and render writes an HTML page; "
            f"expected -o OUT.html (to write {implied}: stancekit convert)\n"
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["demo.json"]
    for fine in ("page.htm", "page", "page.txt"):
        assert run_cli("render", str(tmp_path / "demo.json"), "-o", str(tmp_path / fine))[0] == 0


def test_a_missing_document_is_named_in_the_words_every_command_uses(tmp_path: Path) -> None:
    """render read its input through eval's reader, which said "no such file or directory"; all say "no such file"."""
    from stancekit.cli import main

    missing = tmp_path / "missing.json"
    argvs = {
        "render": ["render", str(missing)],
        "eval (gold)": ["eval", str(missing), str(missing)],
        "convert": ["convert", str(missing), str(tmp_path / "out.jsonl")],
        "annotate": ["annotate", str(tmp_path / "missing.txt")],
        "annotate (corpus)": ["annotate", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "out.jsonl")],
        "labelstudio-config": ["labelstudio-config", str(missing)],
    }
    for command, argv in argvs.items():
        err = io.StringIO()
        code = run(build_parser().parse_args(argv), io.StringIO(), err)
        assert (code, err.getvalue()) == (1, f"stancekit: error: {argv[1]}: no such file\n"), command
    assert main(["validate", str(missing)]) == 1


def test_render_and_eval_of_a_folder_leave_out_hidden_files_and_say_what_a_folder_without_annotations_holds(
    tmp_path: Path,
) -> None:
    """A notebook's checkpoint copy of demo.json was read as a second document: render asked for --id, eval refused
    a repeated id; a folder of .txt articles said only what was expected, not what it held."""
    folder = tmp_path / "docs"
    (folder / ".ipynb_checkpoints").mkdir(parents=True)
    dump(annotated(), folder / "demo.json")
    dump(annotated(), folder / ".ipynb_checkpoints" / "demo-checkpoint.json")
    (folder / "demo.txt").write_text(annotated().text, encoding="utf-8")
    code, out, err = run_cli("render", str(folder))
    assert (code, out, err) == (0, render_html(annotated()), "")
    code, out, err = run_cli("eval", str(folder), str(folder), "--format", "json")
    assert code == 0 and err == "", err
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("China blames NATO.", encoding="utf-8")
    (texts / "b.md").write_text("notes", encoding="utf-8")
    for argv, expected in (
        (["render", str(texts)], "files ending .ann, .json, .jsonl, .jsonld, .ls.json, .ndjson, .w3c.json, .xmi"),
        (["eval", str(texts), str(folder), "--from", "json"], "json files (ending .json)"),
    ):
        code, out, err = run_cli(*argv)
        assert (code, out) == (1, "")
        assert err == (
            f"stancekit: error: {texts}: no annotation files in this folder (it holds .md, .txt files); "
            f"expected {expected}\n"
        )


def test_a_folder_given_where_a_file_is_expected_is_called_a_folder(tmp_path: Path) -> None:
    """The rest of the command line says "folder"; a reader's "is a directory" was the one exception."""
    err = io.StringIO()
    assert run(build_parser().parse_args(["render", str(tmp_path)]), io.StringIO(), err) == 1
    assert err.getvalue() == (
        f"stancekit: error: {tmp_path}: no annotation files in this folder (it holds no files); "
        "expected files ending .ann, .json, .jsonl, .jsonld, .ls.json, .ndjson, .w3c.json, .xmi\n"
    )
    err = io.StringIO()
    assert run(build_parser().parse_args(["annotate", "x.txt", "--rules", str(tmp_path)]), io.StringIO(), err) == 1
    assert err.getvalue() == f"stancekit: error: {tmp_path}: is a folder; expected a file\n"


@pytest.mark.parametrize("content", ["[]\n", ""])
def test_a_file_without_documents_is_invalid_input_as_convert_says(tmp_path: Path, content: str) -> None:
    """render exited 2 (a command used wrongly) for an empty corpus; the input is at fault: exit 1, as convert."""
    path = tmp_path / ("empty.json" if content else "empty.jsonl")
    path.write_text(content, encoding="utf-8")
    err = io.StringIO()
    code = run(build_parser().parse_args(["render", str(path)]), io.StringIO(), err)
    assert (code, err.getvalue()) == (1, f"stancekit: error: {path}: holds no documents; expected one to render\n")
