"""Stage 2: quotations.

Double marks open and close quotes: curly “ ”, guillemets « » (and ‹ ›),
the low „, and straight ``"``, whose direction is read from its
neighbours (after a space or at a paragraph start it opens; before a space
or punctuation it closes). A quote left open at the end of a paragraph
continues when the next paragraph opens with a mark (the convention for a
quotation over several paragraphs); otherwise it is unclosed and runs to
the end of its paragraph. Single marks (‘ ’ and ``'``) quote inside a
double quote (depth 1), or at depth 0 in a paragraph that has no double
marks; a ’ between letters is an apostrophe. Stray closing marks are
ignored. One search per mark character over the text, then work per mark:
linear in the number of marks.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from stancekit.annotate.draft import Draft, Quote

__all__ = ["find_quotes", "run"]

#: The characters of the double marks (two apostrophes stand for one) and of the single ones.
_DOUBLE_CHARACTERS = "“”«»„‹›\"'"
_SINGLE_CHARACTERS = "‘’'"
_OPEN = {"“": "”", "«": "»", "„": "“”", "‹": "›"}
_CLOSE = set("”»›")
_OPENERS_BEFORE = set(" \t\n\r([{—–-/:;,") | {"\u00a0"}


def _direction(text: str, index: int, start: int, end: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for a straight or single mark at ``index`` (``width`` characters long)."""
    before = text[index - 1] if index > start else " "
    after = text[index + width] if index + width < end else " "
    space_before = before in _OPENERS_BEFORE or before in "“‘«"
    space_after = after.isspace() or after in ".,;:!?)]}—–-”’»"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    if before.isalnum() and after.isalnum():
        return "none"  # an apostrophe or a mark inside a word
    return "either"


def _mark_positions(text: str, characters: str) -> list[int]:
    """Where the marks of ``text`` made of ``characters`` are, sorted.

    Found once for all the paragraphs, by a ``str.find`` per character: a regex scan per paragraph
    (and again inside each quote for its single marks) tests a character set at every character,
    several times slower.
    """
    positions = []
    for char in characters:
        found = text.find(char)
        while found >= 0:
            positions.append(found)
            found = text.find(char, found + 1)
    positions.sort()
    return positions


def _marks_in(positions: list[int], start: int, end: int) -> list[int]:
    """The ``positions`` from ``start`` up to ``end``."""
    return positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]


def _doubles(text: str, positions: list[int], start: int, end: int) -> Iterator[tuple[int, str]]:
    """The double marks in ``text[start:end]``, left to right: (index, mark), two apostrophes as ``"''"``.

    ``positions`` are those of the ``_DOUBLE_CHARACTERS``. Apostrophes pair from the left, so that of
    three the first two are a mark and the third is none.
    """
    taken_to = start  # the end of the last two apostrophes taken
    for index in _marks_in(positions, start, end):
        mark = text[index]
        if mark == "'":
            if index >= taken_to and index + 1 < end and text[index + 1] == "'":
                yield index, "''"
                taken_to = index + 2
        else:
            yield index, mark


def _pair_double(
    text: str, positions: list[int], start: int, end: int
) -> tuple[list[tuple[int, int, str]], int | None, str]:
    """Pairs (open, close) of double marks in one paragraph, and an opening left open."""
    pairs: list[tuple[int, int, str]] = []
    opened: int | None = None
    closer = ""
    for index, mark in _doubles(text, positions, start, end):
        if mark in ('"', "''"):
            # Two apostrophes stand for a double mark, as some newspapers write it.
            apostrophes = mark == "''"
            mark = '"'
            kind = _direction(text, index, start, end, 2 if apostrophes else 1)
            if kind == "none":
                continue
            if opened is not None and kind in ("close", "either") and closer in ('"', "any"):
                pairs.append((opened, index, mark))
                opened = None
            elif opened is None and kind in ("open", "either"):
                opened, closer = index, '"'
            elif opened is not None and kind == "close" and not apostrophes:
                # A straight mark that can only close closes any opening; two apostrophes close only their own.
                pairs.append((opened, index, mark))
                opened = None
            continue
        if mark in _CLOSE or (mark == "“" and opened is not None and text[opened] == "„"):
            if opened is not None:
                pairs.append((opened, index, mark))
                opened = None
            elif mark == "”" and (_direction(text, index, start, end) == "open" or not text[start:index].strip()):
                # ”...” with the wrong mark first: it opens (a slip of typing); so does one that opens the
                # paragraph, whatever follows it (”… what I learned ...”): nothing before it is left to close.
                opened, closer = index, "any"
            continue
        # An opening mark (“ « „ ‹): a second one while open means the first was never closed.
        if opened is not None and mark == text[opened]:
            pairs.append((opened, -1, ""))
        opened, closer = index, "any"
    return pairs, opened, closer


def _single_quotes(text: str, positions: list[int], start: int, end: int, depth: int) -> list[Quote]:
    out = []
    opened: int | None = None
    for index in _marks_in(positions, start, end):
        mark = text[index]
        if text.startswith("''", index) or (index > start and text[index - 1] == "'"):
            continue  # a double mark written as two apostrophes
        kind = _direction(text, index, start, end)
        if kind == "none":
            continue
        if opened is None:
            if mark in "‘'" and kind == "open":
                opened = index
        elif mark in "’'" and kind in ("close", "either"):
            if index > opened + 1:
                out.append(Quote(opened, index + 1, [(opened + 1, index)], True, depth))
            opened = None
    return out


def _width(text: str, index: int) -> int:
    """How many characters the mark at ``index`` takes: 2 for two apostrophes, else 1."""
    return 2 if text.startswith("''", index) else 1


def _first_closer(text: str, positions: list[int], start: int, end: int) -> int | None:
    for index, mark in _doubles(text, positions, start, end):
        if mark in _CLOSE:
            return index
        if mark in ('"', "''") and _direction(text, index, start, end, len(mark)) in ("close", "either"):
            return index
    return None


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[Quote]:
    """Every quote of ``text``, sorted by start."""
    quotes: list[Quote] = []
    doubles = _mark_positions(text, _DOUBLE_CHARACTERS)
    singles = _mark_positions(text, _SINGLE_CHARACTERS)

    def finish(quote: Quote) -> None:
        quotes.append(quote)
        for piece_start, piece_end in quote.pieces:
            quotes.extend(_single_quotes(text, singles, piece_start, piece_end, quote.depth + 1))

    def opens_next(number: int) -> bool:
        return number + 1 < len(paragraphs) and text[paragraphs[number + 1][0]] in '“«„"'

    carried: Quote | None = None  # a quote running on from the previous paragraph
    for number, (start, end) in enumerate(paragraphs):
        scan_from = start
        if carried is not None:
            content_start = start + 1 if text[start] in '“«„"' else start
            close = _first_closer(text, doubles, content_start, end)
            if close is None:
                carried.pieces.append((content_start, end))
                carried.end = end
                if not opens_next(number):
                    carried.closed = False
                    finish(carried)
                    carried = None
                continue
            if close > content_start:
                carried.pieces.append((content_start, close))
            carried.end = close + _width(text, close)
            carried.closed = True
            finish(carried)
            carried = None
            scan_from = close + _width(text, close)
        pairs, opened, _ = _pair_double(text, doubles, scan_from, end)
        any_double = scan_from != start
        for open_at, close_at, _mark in pairs:
            if close_at < 0:
                continue
            any_double = True
            if close_at > open_at + _width(text, open_at):
                finish(Quote(open_at, close_at + _width(text, close_at), [(open_at + _width(text, open_at), close_at)]))
        if opened is not None:
            any_double = True
            if end > opened + _width(text, opened):
                quote = Quote(opened, end, [(opened + _width(text, opened), end)], False, 0)
                if opens_next(number):
                    carried = quote
                else:
                    finish(quote)
        if not any_double:
            quotes.extend(_single_quotes(text, singles, start, end, 0))
    if carried is not None:
        carried.closed = False
        finish(carried)
    quotes = [quote for quote in quotes if quote.pieces and all(b > a for a, b in quote.pieces)]
    quotes.sort(key=lambda quote: (quote.start, -quote.end))
    return quotes


def run(draft: Draft) -> None:
    draft.quotes = find_quotes(draft.text, draft.paragraphs)
