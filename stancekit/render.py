"""An HTML view of an annotated document: the text with its annotations highlighted, and the stances listed.

The page is self-contained: inline CSS, no script and no external asset, and
a Content Security Policy that forbids both. Speakers (sources), cues,
contents, mentions and the cues and targets of stances are highlighted in the
text; spans may overlap and nest freely, since the markup is built from the
boundaries of every span rather than by replacing strings. Stances are listed
as holder -> polarity -> target, coloured by polarity, each part a link to its
evidence in the text; hovering any annotation shows its provenance.

Everything taken from the document (text, names, targets, types, metadata,
ids) is escaped; ids and class names in the markup are made by this module,
never copied from the document, and a metadata URL becomes a link only when it
is ``http`` or ``https``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
from collections import defaultdict
from urllib.parse import urlsplit

import attrs

from stancekit.model import Document, Provenance, Span, Stance, Statement

__all__ = ["render", "render_html"]

_POLARITY_CLASSES = {"support": "sk-support", "oppose": "sk-oppose", "neutral": "sk-neutral"}

#: Nesting order of marks that cover the same stretch: lower sits outside.
_DEPTH = {"content": 0, "source": 1, "cue": 1, "target": 2, "stance-cue": 3, "mention": 4}

_CSS = """
.sk { font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; max-width: 60rem; }
.sk h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
.sk h2 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #d0d7de; }
.sk .sk-sub { color: #656d76; margin: 0 0 1rem; font-size: .9rem; }
.sk .sk-text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.9; padding: .75rem 1rem;
  border: 1px solid #d0d7de; border-radius: 6px; background: #fff; }
.sk .sk-content { background: #fff3c4; }
.sk .sk-source { background: #cfe6ff; font-weight: 600; }
.sk .sk-cue { text-decoration: underline 2px #bc4c00; text-underline-offset: 3px; font-style: italic; }
.sk .sk-mention { border-bottom: 1px dotted #57606a; }
.sk .sk-target { border-bottom: 3px solid currentColor; }
.sk .sk-stance-cue { font-weight: 700; }
.sk .sk-target.sk-support, .sk .sk-stance-cue.sk-support { color: #116329; }
.sk .sk-target.sk-oppose, .sk .sk-stance-cue.sk-oppose { color: #a40e26; }
.sk .sk-target.sk-neutral, .sk .sk-stance-cue.sk-neutral { color: #57606a; }
.sk [id]:target { outline: 2px solid #0969da; outline-offset: 1px; border-radius: 2px; }
.sk .sk-legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: 0; margin: 0 0 .75rem;
  list-style: none; font-size: .85rem; }
.sk .sk-legend span { padding: 0 .25rem; }
.sk .sk-polarity { display: inline-block; min-width: 4.5rem; text-align: center; border-radius: 1rem;
  padding: 0 .5rem; color: #fff; font-weight: 600; font-size: .85rem; text-decoration: none; }
.sk .sk-polarity.sk-support { background: #1a7f37; }
.sk .sk-polarity.sk-oppose { background: #cf222e; }
.sk .sk-polarity.sk-neutral { background: #6e7781; }
.sk ol { padding-left: 1.75rem; }
.sk li { margin: .3rem 0; }
.sk .sk-arrow { color: #656d76; margin: 0 .35rem; }
.sk .sk-note { color: #656d76; font-size: .85rem; }
.sk a { color: #0969da; }
.sk table { border-collapse: collapse; font-size: .9rem; }
.sk td, .sk th { border: 1px solid #d0d7de; padding: .2rem .5rem; text-align: left; vertical-align: top; }
"""


def _escape(value: object) -> str:
    return html.escape(str(value), quote=True)


def _attribute(name: str, value: object) -> str:
    return f' {name}="{_escape(value)}"'


def _provenance(provenance: Provenance | None) -> str:
    if provenance is None:
        return "provenance not recorded"
    parts = [f"annotator {provenance.annotator}"]
    if provenance.rule:
        parts.append(f"rule {provenance.rule}")
    if provenance.created:
        parts.append(f"created {provenance.created}")
    if provenance.note:
        parts.append(f"note {provenance.note}")
    return "; ".join(parts)


@attrs.frozen
class _Mark:
    """One piece of a highlighted span: where, how it looks and what it says on hover."""

    start: int
    end: int
    kind: str
    classes: str
    title: str
    anchor: str | None
    order: int


class _Page:
    """Collects the marks and anchors of one document, then writes its HTML."""

    def __init__(self, document: Document) -> None:
        self.document = document
        digest = hashlib.sha256(f"{document.id}\0{document.text}".encode()).hexdigest()[:8]
        self.prefix = f"sk{digest}"
        self.marks: list[_Mark] = []
        self.anchors: set[str] = set()
        self.entities = {entity.id: entity for entity in document.entities}

    def name(self, entity_id: str | None) -> str:
        if entity_id is None:
            return "unnamed"
        entity = self.entities.get(entity_id)
        return entity.name if entity is not None else entity_id

    def anchor(self, *parts: object) -> str:
        return "-".join((self.prefix, *(str(part) for part in parts)))

    def mark(self, span: Span | None, kind: str, classes: str, title: str, anchor: str) -> None:
        """Highlight ``span``; its first non-empty piece carries ``anchor``."""
        if span is None:
            return
        first = True
        for start, end in span.pieces:
            if end <= start:
                continue
            self.marks.append(_Mark(start, end, kind, classes, title, anchor if first else None, len(self.marks)))
            if first:
                self.anchors.add(anchor)
            first = False

    def link(self, anchor: str | None, label: str, classes: str = "", title: str = "") -> str:
        attributes = (_attribute("class", classes) if classes else "") + (_attribute("title", title) if title else "")
        if anchor is not None and anchor in self.anchors:
            return f'<a href="#{anchor}"{attributes}>{_escape(label)}</a>'
        return f"<span{attributes}>{_escape(label)}</span>"

    # ------------------------------------------------------------ collecting

    def collect(self) -> None:
        document = self.document
        for index, mention in enumerate(document.mentions):
            entity = self.entities.get(mention.entity)
            kind = f" ({entity.type})" if entity is not None else ""
            self.mark(
                mention.span,
                "mention",
                "sk-mention",
                f"mention {mention.id} of {self.name(mention.entity)}{kind}",
                self.anchor("mention", index),
            )
        for index, statement in enumerate(document.statements):
            about = self.statement_title(statement)
            for role in ("source", "cue", "content"):
                self.mark(
                    getattr(statement, role),
                    role,
                    f"sk-{role}",
                    f"{role} of {about}",
                    self.anchor("statement", index, role),
                )
        for index, stance in enumerate(document.stances):
            polarity = _POLARITY_CLASSES.get(stance.polarity, "sk-neutral")
            about = self.stance_title(stance)
            self.mark(
                stance.cue,
                "stance-cue",
                f"sk-stance-cue {polarity}",
                f"cue of {about}",
                self.anchor("stance", index, "cue"),
            )
            self.mark(
                stance.target.span,
                "target",
                f"sk-target {polarity}",
                f"target of {about}",
                self.anchor("stance", index, "target"),
            )

    def statement_title(self, statement: Statement) -> str:
        return (
            f"statement {statement.id} by {self.name(statement.speaker)} ({statement.mode})\n"
            f"{_provenance(statement.provenance)}"
        )

    def stance_title(self, stance: Stance) -> str:
        negated = ", negated" if stance.negated else ""
        return (
            f"stance {stance.id}: {self.name(stance.holder)} {stance.polarity} ({stance.type}{negated}, "
            f"confidence {stance.confidence:.2f})\n{_provenance(stance.provenance)}"
        )

    # ------------------------------------------------------------ the text

    def text_html(self) -> str:
        """The text with every mark as a ``<span>``, properly nested.

        Marks are opened at their start, outermost (longest, then lowest
        depth) first, and closed at their end; a mark that ends inside
        another one still open is closed with the ones above it, which are
        then reopened (without their anchor) so that the markup nests.
        """
        text = self.document.text
        starting: dict[int, list[_Mark]] = defaultdict(list)
        boundaries = {0, len(text)}
        for mark in self.marks:
            starting[mark.start].append(mark)
            boundaries.update((mark.start, mark.end))
        positions = sorted(boundaries)
        out: list[str] = []
        stack: list[_Mark] = []
        for position, following in zip(positions, [*positions[1:], None], strict=True):
            if any(mark.end == position for mark in stack):
                reopen = []
                while any(mark.end == position for mark in stack):
                    mark = stack.pop()
                    out.append("</span>")
                    if mark.end != position:
                        reopen.append(mark)
                for mark in reversed(reopen):
                    out.append(self.open(mark, continued=True))
                    stack.append(mark)
            for mark in sorted(starting.get(position, ()), key=lambda m: (-m.end, _DEPTH[m.kind], m.order)):
                out.append(self.open(mark, continued=False))
                stack.append(mark)
            if following is not None:
                out.append(_escape(text[position:following]))
        out.extend("</span>" for _ in stack)
        return "".join(out)

    def open(self, mark: _Mark, *, continued: bool) -> str:
        anchor = "" if continued or mark.anchor is None else _attribute("id", mark.anchor)
        return f"<span{anchor}{_attribute('class', mark.classes)}{_attribute('title', mark.title)}>"

    # ------------------------------------------------------------ the lists

    def holder_anchor(self, stance: Stance) -> str | None:
        """Where a stance's holder shows in the text.

        The holder's mention nearest the stance's cue; without a cue, the
        source of the stance's statement when the holder is its speaker; else
        the holder's first mention.
        """
        mentions = [
            (index, mention) for index, mention in enumerate(self.document.mentions) if mention.entity == stance.holder
        ]
        if stance.cue is not None and mentions:
            cue = stance.cue.start
            index, _ = min(mentions, key=lambda pair: (abs(pair[1].span.start - cue), pair[1].span.start > cue))
            return self.anchor("mention", index)
        for index, statement in enumerate(self.document.statements):
            if statement.id == stance.statement and statement.speaker == stance.holder and statement.source:
                return self.anchor("statement", index, "source")
        return self.anchor("mention", mentions[0][0]) if mentions else None

    def stances_html(self) -> str:
        if not self.document.stances:
            return '<p class="sk-note">No stances.</p>'
        items = []
        for index, stance in enumerate(self.document.stances):
            polarity = _POLARITY_CLASSES.get(stance.polarity, "sk-neutral")
            title = self.stance_title(stance)
            negated = ", negated" if stance.negated else ""
            items.append(
                f'<li id="{self.anchor("stance", index)}" class="sk-stance {polarity}"{_attribute("title", title)}>'
                f"{self.link(self.holder_anchor(stance), self.name(stance.holder), 'sk-holder')}"
                '<span class="sk-arrow">→</span>'
                f"{self.link(self.anchor('stance', index, 'cue'), stance.polarity, f'sk-polarity {polarity}')}"
                '<span class="sk-arrow">→</span>'
                f"{self.link(self.anchor('stance', index, 'target'), stance.target.text, 'sk-target-link')}"
                f' <span class="sk-note">{_escape(stance.type)}{negated}; confidence {stance.confidence:.2f}</span>'
                "</li>"
            )
        return f'<ol class="sk-stances">{"".join(items)}</ol>'

    def statements_html(self) -> str:
        if not self.document.statements:
            return '<p class="sk-note">No statements.</p>'
        items = []
        for index, statement in enumerate(self.document.statements):
            cue = statement.cue.text if statement.cue is not None else "(no cue)"
            items.append(
                f"<li{_attribute('title', self.statement_title(statement))}>"
                f"{self.link(self.anchor('statement', index, 'source'), self.name(statement.speaker), 'sk-holder')}"
                '<span class="sk-arrow">→</span>'
                f"{self.link(self.anchor('statement', index, 'cue'), cue)}"
                '<span class="sk-arrow">→</span>'
                f"{self.link(self.anchor('statement', index, 'content'), _shorten(statement.content.text))}"
                f' <span class="sk-note">{_escape(statement.mode)}</span>'
                "</li>"
            )
        return f'<ol class="sk-statements">{"".join(items)}</ol>'

    def entities_html(self) -> str:
        if not self.document.entities:
            return '<p class="sk-note">No entities.</p>'
        header = ("name", "type", "other names", "kb id", "role", "country", "mentions")
        rows = ["<tr>" + "".join(f"<th>{cell}</th>" for cell in header) + "</tr>"]
        counts: dict[str, int] = defaultdict(int)
        for mention in self.document.mentions:
            counts[mention.entity] += 1
        for entity in self.document.entities:
            cells = (
                entity.name,
                entity.type,
                ", ".join(entity.aliases),
                entity.kb_id or "",
                entity.role or "",
                entity.country or "",
                counts[entity.id],
            )
            rows.append("<tr>" + "".join(f"<td>{_escape(cell)}</td>" for cell in cells) + "</tr>")
        return f"<table>{''.join(rows)}</table>"

    def meta_html(self) -> str:
        meta = self.document.meta
        if not meta:
            return ""
        rows = []
        for key, value in meta.items():
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            if key == "url" and isinstance(value, str) and _is_web_address(value):
                cell = f'<a href="{_escape(value)}" rel="noopener noreferrer nofollow">{_escape(value)}</a>'
            else:
                cell = _escape(shown)
            rows.append(f"<tr><th>{_escape(key)}</th><td>{cell}</td></tr>")
        return f"<h2>About the document</h2><table>{''.join(rows)}</table>"

    def legend_html(self) -> str:
        entries = (
            ('<span class="sk-source">speaker</span>', "who is quoted (source)"),
            ('<span class="sk-cue">cue</span>', "the words that attribute"),
            ('<span class="sk-content">content</span>', "what was said"),
            ('<span class="sk-mention">mention</span>', "a name for an actor"),
            ('<span class="sk-stance-cue sk-oppose">stance cue</span>', "the act of a stance"),
            ('<span class="sk-target sk-oppose">target</span>', "what a stance is about"),
            ('<span class="sk-polarity sk-support">support</span>', ""),
            ('<span class="sk-polarity sk-oppose">oppose</span>', ""),
            ('<span class="sk-polarity sk-neutral">neutral</span>', ""),
        )
        items = "".join(f"<li>{sample} {_escape(meaning)}</li>" for sample, meaning in entries)
        return f'<ul class="sk-legend" aria-label="legend">{items}</ul>'

    def body(self) -> str:
        document = self.document
        title = document.meta.get("title")
        heading = title if isinstance(title, str) and title.strip() else document.id
        counts = ", ".join(
            _count(len(items), noun)
            for items, noun in (
                (document.statements, "statement"),
                (document.stances, "stance"),
                (document.entities, "entity"),
                (document.mentions, "mention"),
            )
        )
        return (
            f'<div class="sk" id="{self.prefix}">'
            f"<h1>{_escape(heading)}</h1>"
            f'<p class="sk-sub">document {_escape(document.id)}; {counts}; hover over an annotation for its source</p>'
            f"{self.legend_html()}"
            f'<div class="sk-text">{self.text_html()}</div>'
            f"<h2>Stances</h2>{self.stances_html()}"
            f"<h2>Statements</h2>{self.statements_html()}"
            f"<h2>Entities</h2>{self.entities_html()}"
            f"{self.meta_html()}"
            "</div>"
        )


def _count(number: int, noun: str) -> str:
    if number == 1:
        return f"1 {noun}"
    return f"{number} {noun[:-1] + 'ies' if noun.endswith('y') else noun + 's'}"


def _shorten(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _is_web_address(value: str) -> bool:
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc) and value == value.strip()


def _style_hash() -> str:
    return base64.b64encode(hashlib.sha256(_CSS.encode()).digest()).decode()


def render_html(document: Document, *, standalone: bool = True) -> str:
    """The document as HTML: a whole page, or with ``standalone=False`` a ``<div>`` for a notebook.

    The whole page carries its CSS inline and a Content Security Policy that
    allows that stylesheet and nothing else (no script, no external asset).
    """
    page = _Page(document)
    page.collect()
    body = page.body()
    if not standalone:
        return f"<style>{_CSS}</style>{body}"
    title = document.meta.get("title")
    heading = title if isinstance(title, str) and title.strip() else document.id
    policy = (
        f"default-src 'none'; style-src 'sha256-{_style_hash()}'; img-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{_escape(heading)} · stancekit</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def render(document: Document, path: str | os.PathLike[str]) -> None:
    """Write :func:`render_html` of ``document`` to ``path`` through a temporary file renamed into place.

    Raises:
        OutputError: when the file cannot be written.
    """
    from stancekit._files import atomic_write

    atomic_write(path, render_html(document))
