"""The working state the annotator's stages share while they build one document.

Each stage is a module with ``run(draft: Draft) -> None`` that reads what the
earlier stages left in the draft and adds its own layer (the list of stages
is ``stancekit.annotate.pipeline.STAGES``). At the end,
``Draft.to_document()`` freezes everything into a validated ``Document``.
Offsets are code points into ``Draft.text`` throughout.

What each stage leaves, in pipeline order:

- ``sentences``: ``paragraphs`` and ``sentences``, sorted (start, end) pairs
  that never cross a paragraph.
- ``quotes``: ``quotes``, sorted by start; nested quotes have ``depth`` 1.
- ``entities``: ``entities`` (id -> ``Entity``) and their ``mentions``;
  ``entity_keys`` maps a gazetteer key or normalised name to an entity id,
  ``genders`` holds what titles and pronouns tell about people.
- ``coref``: more ``mentions``: pronouns, surnames, role nouns.
- ``statements``: ``statements``, each with provenance (the rule id).

Look-ups for later stages (all O(log n) after an O(n log n) index built on
first use; the index is rebuilt when mentions were added since):

- ``sentence_of(offset)`` / ``sentence_index(offset)``: the sentence there;
- ``paragraph_of(offset)``;
- ``quote_at(offset)``: the innermost quote whose quoted text covers offset;
  ``quote_stretch(offset)`` also says how far on that answer holds;
- ``mention_at(offset)``: the longest mention covering offset;
- ``mentions_in(start, end)``: mentions inside a stretch, in text order;
- ``mentions_by_sentence()``: sentence index -> its mentions;
- ``statement_at(offset)``: the statement whose content covers offset;
- ``explanations``: annotation id -> (rule id, triggering words), which
  ``stancekit annotate --explain`` prints; ``explain(id, rule, words)`` adds one.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from collections.abc import Iterable, Iterator
from operator import itemgetter
from typing import Any

import attrs

from stancekit.model import Document, Entity, Mention, Provenance, Span, Stance, Statement, Target

__all__ = ["Draft", "Quote"]

_first = itemgetter(0)


@attrs.define
class Quote:
    """A quotation: the marks at ``start``/``end`` (exclusive) and the quoted text between.

    ``pieces`` lists the (start, end) stretches of quoted text without the
    marks; a quote running over paragraphs, or split around its cue, has more
    than one. ``closed`` is false for an opening mark that was never closed
    (the quote then runs to the end of its paragraph). ``depth`` is 0 for a
    quote, 1 for a quote inside a quote.
    """

    start: int
    end: int
    pieces: list[tuple[int, int]]
    closed: bool = True
    depth: int = 0

    @property
    def inner_start(self) -> int:
        return self.pieces[0][0] if self.pieces else self.start

    @property
    def inner_end(self) -> int:
        return self.pieces[-1][1] if self.pieces else self.end


def _innermost(starts: list[int], pieces: list[tuple[int, int, Quote]], offset: int) -> Quote | None:
    """The deepest of the (at most six) nearest quote pieces starting at or before ``offset`` that cover it."""
    index = bisect.bisect_right(starts, offset) - 1
    found: Quote | None = None
    steps = 0
    while index >= 0 and steps < 6:
        start, end, quote = pieces[index]
        if start <= offset < end and (found is None or quote.depth > found.depth):
            found = quote
        index -= 1
        steps += 1
    return found


@attrs.define
class Draft:
    """Mutable layers of one document under construction."""

    text: str
    meta: dict[str, Any]
    annotator: str
    rules: Any = None
    paragraphs: list[tuple[int, int]] = attrs.Factory(list)
    sentences: list[tuple[int, int]] = attrs.Factory(list)
    quotes: list[Quote] = attrs.Factory(list)
    entities: dict[str, Entity] = attrs.Factory(dict)
    mentions: list[Mention] = attrs.Factory(list)
    statements: list[Statement] = attrs.Factory(list)
    stances: list[Stance] = attrs.Factory(list)
    #: Gazetteer key or normalised name -> entity id.
    entity_keys: dict[str, str] = attrs.Factory(dict)
    #: Entity id -> "female" / "male", where the text tells.
    genders: dict[str, str] = attrs.Factory(dict)
    #: Annotation id -> (rule id, the words that triggered it).
    explanations: dict[str, tuple[str, str]] = attrs.Factory(dict)
    #: Free space for stages to pass things on (e.g. name candidates for coreference).
    scratch: dict[str, Any] = attrs.Factory(dict)
    #: The text as given, when the stages read ``text`` with its unusual spaces made plain and the breaks
    #: of hard-wrapped lines made spaces (same length).
    original: str | None = None
    #: The offsets of the line-break characters ``unwrapped`` made spaces.
    unwrapped: list[int] = attrs.Factory(list)
    _counters: dict[str, int] = attrs.Factory(dict)
    _mention_index: tuple[list[int], list[Mention]] | None = None
    _mention_count: int = -1
    #: Counts removals of mentions: an index saved before one no longer fits.
    _mention_removals: int = 0
    #: Counts changes to the entities' records (``replace_entity``): a type read before one may be stale.
    _entity_edits: int = 0
    _quote_index: tuple[list[int], list[Quote | None]] | None = None
    _quote_count: int = -1
    _statement_index: tuple[list[int], list[tuple[int, int, Statement]]] | None = None
    _statement_count: int = -1

    def new_id(self, prefix: str) -> str:
        """A fresh id: ``e1``, ``e2``, ... for prefix ``e``."""
        count = self._counters.get(prefix, 0) + 1
        self._counters[prefix] = count
        return f"{prefix}{count}"

    def span(self, start: int, end: int) -> Span:
        return Span.of(self.text, start, end)

    def join(self, pieces: Iterable[tuple[int, int]]) -> Span:
        return Span.join(self.text, list(pieces))

    def provenance(self, rule: str, note: str | None = None) -> Provenance:
        return Provenance(self.annotator, rule, None, note)

    def explain(self, annotation_id: str, rule: str, words: str) -> None:
        """Record which rule made an annotation and the words that triggered it."""
        self.explanations[annotation_id] = (rule, words)

    # -- entities and mentions -------------------------------------------------

    def add_entity(self, entity: Entity, *, rule: str | None = None, words: str | None = None) -> Entity:
        self.entities[entity.id] = entity
        if rule is not None:
            self.explain(entity.id, rule, words if words is not None else entity.name)
        return entity

    def replace_entity(self, entity: Entity) -> None:
        """Store a changed copy of an entity (entities are frozen; use ``attrs.evolve``)."""
        self.entities[entity.id] = entity
        self._entity_edits += 1

    def mention_state(self) -> tuple[int, int, int]:
        """A key that changes whenever the mentions or the entities they point to may have changed: for caches of
        what was read from them. The count of mentions alone is no such key: a removal and an addition leave it
        the same, and so does a change of an entity's type."""
        return len(self.mentions), self._mention_removals, self._entity_edits

    def add_mention(self, entity_id: str, start: int, end: int, rule: str) -> Mention:
        """A mention of ``entity_id`` at ``text[start:end]``, explained by ``rule``."""
        written = self.text[start:end]
        # The id (``new_id("m")``), ``Span(...)`` and the explanation made here rather than through ``new_id``,
        # ``span`` and ``explain``: every stage adds thousands of mentions, and each call saved counts.
        count = self._counters.get("m", 0) + 1
        self._counters["m"] = count
        mention = Mention(f"m{count}", entity_id, Span(start, end, written))
        self.mentions.append(mention)
        if self._mention_index is not None and self._mention_count == len(self.mentions) - 1:
            # Keep the index sorted in place: no re-sort per mention, so later stages stay linear.
            starts, ordered = self._mention_index
            position = bisect.bisect_right(starts, start)
            starts.insert(position, start)
            ordered.insert(position, mention)
            self._mention_count += 1
        self.explanations[mention.id] = (rule, written)
        return mention

    @contextlib.contextmanager
    def many_mentions(self) -> Iterator[None]:
        """Add many mentions with no mention look-up in between: the index takes them in once, at the end.

        Keeping the index sorted costs a list insertion per mention, in time that grows with the
        mentions after it: quadratic for a stage adding mentions all over a long text. Inside this
        block ``add_mention`` leaves the index alone; on leaving, the mentions added are merged
        in, each after those with the same start, in the order added, where one insertion at a time
        would have put it. A look-up or a removal inside the block leaves the index to be rebuilt instead.
        """
        index = self._mention_index if self._mention_count == len(self.mentions) else None
        count = len(self.mentions)
        removals = self._mention_removals
        self._mention_index = None
        try:
            yield
        finally:
            if self._mention_index is None and index is not None and removals == self._mention_removals:
                starts, ordered = index
                added = self.mentions[count:]
                if added:
                    # A stable sort by start keeps the index's mentions before the new ones with the same start.
                    pairs = [*zip(starts, ordered, strict=True), *((mention.span.start, mention) for mention in added)]
                    pairs.sort(key=_first)
                    starts = [start for start, _ in pairs]
                    ordered = [mention for _, mention in pairs]
                self._mention_index = (starts, ordered)
                self._mention_count = len(self.mentions)

    def remove_mentions(self, removed: Iterable[Mention]) -> None:
        """Take these mentions (the very objects) and their explanations out of the draft, in one pass."""
        gone = {id(mention): mention for mention in removed}
        if not gone:
            return
        self.mentions[:] = [mention for mention in self.mentions if id(mention) not in gone]
        for mention in gone.values():
            self.explanations.pop(mention.id, None)
        self._mention_index = None
        self._mention_removals += 1

    def _mentions_sorted(self) -> tuple[list[int], list[Mention]]:
        if self._mention_index is None or self._mention_count != len(self.mentions):
            ordered = sorted(self.mentions, key=lambda mention: (mention.span.start, -mention.span.end))
            self._mention_index = ([mention.span.start for mention in ordered], ordered)
            self._mention_count = len(self.mentions)
        return self._mention_index

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions lying inside ``[start, end)``, in text order."""
        starts, ordered = self._mentions_sorted()
        low = bisect.bisect_left(starts, start)
        high = bisect.bisect_left(starts, end)
        return [mention for mention in ordered[low:high] if mention.span.end <= end]

    def mention_at(self, offset: int) -> Mention | None:
        """The longest mention covering ``offset`` (mentions are short: a bounded look back)."""
        starts, ordered = self._mentions_sorted()
        index = bisect.bisect_right(starts, offset)
        best: Mention | None = None
        longest = 0  # a mention covering ``offset`` is at least one character long
        # The twelve mentions starting nearest before ``offset`` (or at it), nearest first: of the longest that
        # cover it, the nearest. One slice and a loop of few lines: mention_at is asked thousands of times.
        for mention in reversed(ordered[max(0, index - 12) : index]):
            span = mention.span
            if offset < span.end and span.end - span.start > longest:
                best, longest = mention, span.end - span.start
        return best

    def mention_ending_at(self, end: int) -> Mention | None:
        """The longest mention that ends exactly at ``end``."""
        mention = self.mention_at(end - 1) if end > 0 else None
        if mention is not None and mention.span.end == end:
            return mention
        starts, ordered = self._mentions_sorted()
        index = bisect.bisect_left(starts, end)
        # The twelve mentions starting nearest before ``end``, nearest first.
        for mention in reversed(ordered[max(0, index - 12) : index]):
            if mention.span.end == end:
                return mention
        return None

    def mentions_before(self, offset: int) -> Iterable[Mention]:
        """Mentions starting before ``offset``, nearest first (a lazy walk back)."""
        starts, ordered = self._mentions_sorted()
        index = bisect.bisect_left(starts, offset) - 1
        while index >= 0:
            yield ordered[index]
            index -= 1

    def mentions_by_sentence(self) -> dict[int, list[Mention]]:
        """Sentence index -> the mentions that start in it, in text order."""
        grouped: dict[int, list[Mention]] = {}
        _, ordered = self._mentions_sorted()
        for mention in ordered:
            index = self.sentence_index(mention.span.start)
            if index is not None:
                grouped.setdefault(index, []).append(mention)
        return grouped

    # -- sentences, paragraphs, quotes, statements -------------------------------

    def sentence_index(self, offset: int) -> int | None:
        """The index in ``sentences`` of the sentence containing ``offset``."""
        index = bisect.bisect_right(self.sentences, (offset, len(self.text) + 1)) - 1
        if index >= 0 and self.sentences[index][0] <= offset < self.sentences[index][1]:
            return index
        return None

    def sentence_of(self, offset: int) -> tuple[int, int] | None:
        """The sentence containing ``offset`` (binary search; sentences are sorted)."""
        index = self.sentence_index(offset)
        return None if index is None else self.sentences[index]

    def paragraph_of(self, offset: int) -> tuple[int, int] | None:
        """The paragraph containing ``offset``."""
        index = bisect.bisect_right(self.paragraphs, (offset, len(self.text) + 1)) - 1
        if index >= 0 and self.paragraphs[index][0] <= offset < self.paragraphs[index][1]:
            return self.paragraphs[index]
        return None

    def quote_at(self, offset: int) -> Quote | None:
        """The innermost quote whose quoted text (between its marks) covers ``offset``.

        Answered from a map of stretches, each with its answer, built once per set of quotes:
        between two consecutive piece boundaries the answer cannot change.
        """
        quote_index = self._quote_index
        if quote_index is None or self._quote_count != len(self.quotes):
            quote_index = self._index_quotes()
        bounds, answers = quote_index
        index = bisect.bisect_right(bounds, offset) - 1
        return answers[index] if index >= 0 else None

    def quote_stretch(self, offset: int) -> tuple[Quote | None, int]:
        """``quote_at(offset)``, and the offset up to which (exclusive) every offset from ``offset`` on has that answer.

        One look-up then answers for a whole stretch: "are these offsets all quoted, or all not?".
        """
        quote_index = self._quote_index
        if quote_index is None or self._quote_count != len(self.quotes):
            quote_index = self._index_quotes()
        bounds, answers = quote_index
        index = bisect.bisect_right(bounds, offset)
        until = bounds[index] if index < len(bounds) else len(self.text) + 1
        return (answers[index - 1] if index > 0 else None), until

    def _index_quotes(self) -> tuple[list[int], list[Quote | None]]:
        """The map ``quote_at`` answers from: the piece boundaries, sorted, each with the answer up to the next."""
        self.quotes.sort(key=lambda quote: (quote.start, -quote.end))
        pieces = sorted(
            ((start, end, quote) for quote in self.quotes for start, end in quote.pieces),
            key=lambda piece: (piece[0], -piece[1]),
        )
        starts = [piece[0] for piece in pieces]
        bounds = sorted({offset for start, end, _ in pieces for offset in (start, end)})
        answers = [_innermost(starts, pieces, bound) for bound in bounds]
        self._quote_index = (bounds, answers)
        self._quote_count = len(self.quotes)
        return self._quote_index

    def statement_at(self, offset: int) -> Statement | None:
        """The statement whose content covers ``offset``."""
        if self._statement_index is None or self._statement_count != len(self.statements):
            pieces = sorted(
                ((start, end, statement) for statement in self.statements for start, end in statement.content.pieces),
                key=lambda piece: (piece[0], piece[1]),
            )
            self._statement_index = ([start for start, _, _ in pieces], pieces)
            self._statement_count = len(self.statements)
        starts, pieces = self._statement_index
        index = bisect.bisect_right(starts, offset) - 1
        steps = 0
        while index >= 0 and steps < 8:
            start, end, statement = pieces[index]
            if start <= offset < end:
                return statement
            index -= 1
            steps += 1
        return None

    def to_document(self, document_id: str) -> Document:
        text = self.text if self.original is None else self.original
        # By (start, end), as one number: an int key sorts faster than a tuple (ends are at most the text's length).
        width = len(self.text) + 1
        mentions: list[Mention] = sorted(
            self.mentions, key=lambda mention: mention.span.start * width + mention.span.end
        )
        statements, stances = in_text_order(self.statements, self.stances)
        if text is not self.text:
            # The stages read a copy with plain spaces and unwrapped lines; the document keeps the text as
            # given, and the few spans over a changed character take their words from it.
            changed = sorted({match.start() for match in ODD_SPACE.finditer(text)}.union(self.unwrapped))
            respan = _Respan(text, changed)
            touches = respan.touches
            mentions = [
                respan(mention) if touches(mention.span.start, mention.span.end) else mention for mention in mentions
            ]
            statements = [respan(statement) for statement in statements]
            stances = [respan(stance) for stance in stances]
        return Document(
            id=document_id,
            text=text,
            meta=self.meta,
            sentences=[Span(start, end, text[start:end]) for start, end in self.sentences],
            entities=list(self.entities.values()),
            mentions=mentions,
            statements=statements,
            stances=stances,
        )


def in_text_order(statements: list[Statement], stances: list[Stance]) -> tuple[list[Statement], list[Stance]]:
    """The statements and the stances in the order the text gives them, numbered in that order (``s1`` first).

    The stages find them in their own order (quotations before reported speech, one kind of cue after
    another); a statement is placed where its first span starts (its source in "X said Y", its content in
    ""Y," X said"), a stance where its cue (or, without one, its target) starts. A stance's ``statement``
    follows its statement's new id.
    """
    statements = sorted(statements, key=_statement_place)
    renamed: dict[str, str] = {}
    for number, statement in enumerate(statements, 1):
        new_id = f"s{number}"
        if statement.id != new_id:
            renamed[statement.id] = new_id
            statements[number - 1] = Statement(  # not attrs.evolve, which costs several times more
                new_id,
                statement.content,
                statement.speaker,
                statement.source,
                statement.cue,
                statement.mode,
                statement.provenance,
            )
    stances = sorted(stances, key=_stance_place)
    for number, stance in enumerate(stances, 1):
        new_id = f"t{number}"
        statement_id = renamed.get(stance.statement, stance.statement) if stance.statement else None
        if stance.id != new_id or statement_id != stance.statement:
            stances[number - 1] = Stance(
                new_id,
                stance.holder,
                stance.target,
                stance.polarity,
                stance.type,
                stance.cue,
                stance.negated,
                statement_id,
                stance.confidence,
                stance.provenance,
            )
    return statements, stances


def _statement_place(statement: Statement) -> tuple[int, int]:
    start = statement.content.start
    first = start
    for span in (statement.source, statement.cue):
        if span is not None and span.start < first:
            first = span.start
    return first, start


def _stance_place(stance: Stance) -> tuple[int, int]:
    # A stance with neither a cue nor a target's span (none of the stages makes one) goes last.
    span = stance.cue if stance.cue is not None else stance.target.span
    start = span.start if span is not None else _LAST
    target_start = stance.target.span.start if stance.target.span is not None else _LAST
    return start, target_start


_LAST = 1 << 62


#: The space separators other than the space itself (Unicode category Zs): no-break, thin, ideographic ...
ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


def plain_spaces(text: str) -> str:
    """``text`` with each space of ``ODD_SPACE`` made a plain space: the same length, the same offsets."""
    if text.isascii() or ODD_SPACE.search(text) is None:
        return text
    return ODD_SPACE.sub(" ", text)


#: A line with its break ("\n", "\r\n" or a lone "\r"), if it has one.
_LINE = re.compile(r"([^\r\n]*)(\r\n|\n|\r)?")
#: The width of a line of print: a line longer than this is no hard-wrapped line.
_PRINT_WIDTH = 120
#: A line longer than a line of print, after the line break before it. The break first: the engine skips to the
#: breaks, where a pattern opening with the line's characters is tried at every character and reads on through
#: each short line (a wrapped text of 5,000 characters took half a millisecond, now a fifteenth of that).
_LONG_LINE_AFTER_BREAK = re.compile(rf"[\r\n][^\r\n]{{{_PRINT_WIDTH + 1}}}")


def _has_long_line(text: str) -> bool:
    """Whether a line of ``text`` (between line breaks, "\\r" or "\\n") is longer than a line of print."""
    first = text[: _PRINT_WIDTH + 1]
    if len(first) > _PRINT_WIDTH and "\n" not in first and "\r" not in first:
        return True  # the first line, which no break precedes
    return _LONG_LINE_AFTER_BREAK.search(text) is not None


#: Where a line opens a list item or an indented paragraph, its break before is no wrap.
_LINE_OPENER = re.compile(r"[ \t]|[-*•–—]\s|\d{1,3}[.)]\s")
#: A line ending a sentence (its last character a stop, maybe closed by quotation marks or a bracket).
_LINE_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’»)\]]*[ \t]*$")


#: Words a heading does not end with and a wrapped line often does: "a joint mission on / Tuesday".
_RUNS_ON = frozenset(
    "a an the of on in at to for from by with and or but as that which who whose its his her their our your "  # noqa: SIM905
    "is are was were be been has have had will would said says Mr. Mrs. Ms. Dr.".split()
)


def unwrapped(text: str) -> tuple[str, list[int]]:
    """``text`` with the breaks of hard-wrapped lines made spaces, and the offsets of the characters changed.

    Wire copy, e-mail and text taken from PDFs break a paragraph's lines at a fixed width; the stages
    read a line break as the end of a sentence or a heading. A text is read as wrapped when no line is
    longer than a line of print (120 characters), at least half of its lines that run on into another stop
    short of a sentence's end, and at least a quarter of them run on into a word in lower case: a wrapped
    paragraph breaks mid-phrase, where a list of headlines, a table or one paragraph per line breaks
    before a capital or after a stop. In a wrapped text a break is a wrap only where the next line's
    first word would not have fitted on the line (the width is the longest line's): a shorter line ends a
    paragraph or is a heading. A break stays before a list item or an indented line, and after a heading
    (a line with no stop after a blank line or at the start, before a capital). Same length, same offsets.
    """
    if ("\n" not in text and "\r" not in text) or _has_long_line(text):
        return text, []  # one line, or a line longer than print's: no wrapped text
    lines = [(match.start(1), match.group(1), match.group(2) or "") for match in _LINE.finditer(text) if match.group()]
    running_on = [
        index
        for index in range(len(lines) - 1)
        if lines[index][1].strip() and lines[index + 1][1].strip() and lines[index][2]
    ]
    if len(running_on) < 3:
        return text, []
    open_ended = sum(1 for index in running_on if not _LINE_ENDS_SENTENCE.search(lines[index][1]))
    lower_next = sum(1 for index in running_on if lines[index + 1][1][:1].islower())
    if open_ended * 2 < len(running_on) or lower_next * 4 < len(running_on):
        return text, []
    width = max(len(lines[index][1].rstrip()) for index in running_on)
    changed: list[int] = []
    for index in running_on:
        start, line, brk = lines[index]
        following = lines[index + 1][1]
        if _LINE_OPENER.match(following):
            continue  # a list item or an indented paragraph opens the next line
        first_word = following.split(None, 1)[0]
        if len(line.rstrip()) + 1 + len(first_word) <= width:
            continue  # the next word would have fitted: the line ends a paragraph, or is a heading
        opens_paragraph = index == 0 or not lines[index - 1][1].strip()
        last_word = line.split()[-1]
        if (
            opens_paragraph
            and following[:1].isupper()
            and not _LINE_ENDS_SENTENCE.search(line)
            and last_word not in _RUNS_ON
        ):
            continue  # a heading before its paragraph (a wrapped line may end in "of", "the", ...)
        end = start + len(line)
        changed.extend(range(end, end + len(brk)))
    if not changed:
        return text, []
    characters = list(text)
    for position in changed:
        characters[position] = " "
    return "".join(characters), changed


#: Values ``_Respan`` leaves as they are without a look inside.
_LEAVES = frozenset({str, int, float, bool, type(None)})
#: For each attrs class ``_Respan`` met: its fields' (attribute, argument) names.
_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


class _Respan:
    """Gives the spans that cover an unusual space (and the objects holding them) their words from ``text``.

    A target written as its span (its text the span's) follows the span.
    """

    def __init__(self, text: str, odd: list[int]) -> None:
        self.text = text
        self.odd = odd

    def touches(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` covers an unusual space."""
        index = bisect.bisect_left(self.odd, start)
        return index < len(self.odd) and self.odd[index] < end

    def __call__(self, value: Any) -> Any:
        kind = type(value)
        if kind is Span:
            if not self.touches(value.start, value.end):
                return value
            if not value.fragments:
                return Span.of(self.text, value.start, value.end)
            return Span.join(self.text, value.pieces)
        if kind in _LEAVES:
            return value
        if kind is tuple:
            items = tuple(self(item) for item in value)
            return value if all(new is old for new, old in zip(items, value, strict=True)) else items
        fields = _FIELDS.get(kind)
        if fields is None:
            names = [(field.name, field.alias or field.name) for field in attrs.fields(kind)] if attrs.has(kind) else []
            fields = _FIELDS[kind] = tuple(names)
        changes = {}
        for name, alias in fields:
            old = getattr(value, name)
            new = self(old)
            if new is not old:
                changes[alias] = new
        if not changes:
            return value
        if isinstance(value, Target) and value.span is not None and value.text == value.span.text:
            changes["text"] = changes["span"].text
        return attrs.evolve(value, **changes)
