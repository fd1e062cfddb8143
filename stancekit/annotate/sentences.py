"""Stage 1: paragraphs and sentences.

Paragraphs are blocks separated by blank lines; in a text without blank
lines, every line is a paragraph. Sentences never cross a paragraph. A
sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes and
brackets after it) when the next word starts with a capital, a digit or an
opening quote, except after an abbreviation (``Dr.``, ``Sept.``, ``No.``),
an initial (``J. R. Whitfield``), or a final abbreviation (``U.S.``,
``a.m.``) that is not followed by a sentence starter (``The``, ``He``). A
line break inside a paragraph ends a sentence when the line does not end
in the middle of a clause (a headline, a heading). Cost: one regex pass
over the text, Python work per candidate boundary only.
"""

from __future__ import annotations

import re
from typing import Any

from stancekit.annotate._lex import UPPER, last_space
from stancekit.annotate.draft import Draft

__all__ = ["SentenceRules", "run", "split_paragraphs"]

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_PARAGRAPH_SPLIT = re.compile(r"\n[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)*")
# Two literal branches, not "\r?\n": the engine then skips straight to the line breaks (with an optional
# character first it tries every position, three times slower on a text without blank lines).
_LINE_SPLIT = re.compile(r"\r\n|\n")
_NONSPACE = re.compile(r"\S")
# A run of marks is tried from its first mark only: tried from every mark, a
# long run with no space after it would cost time quadratic in its length. The
# look-behind comes after the first mark, so that the pattern starts with a
# character set and the engine skips straight to the marks. Line breaks share
# that set, each branch then checking the character taken: an alternation
# whose first branch starts with a set has no set to skip by, and the engine
# would try every position (twice the time).
_CANDIDATE = re.compile(r"[.!?…\r\n](?:(?<=\n)|(?<=\r)\n|(?<=[.!?…])(?<![.!?…].)[.!?…]*[\"'”’»)\]]*(?=\s))")
_NEXT_WORD = re.compile(r"\s*([\"'“‘«(\[]*)(\S*)")
_OPENING = set("\"'“‘«([„")
_INITIAL = re.compile(rf"^[{UPPER}]\.$")
_DOTTED = re.compile(rf"^(?:[{UPPER}a-z]\.){{2,}}$")
_MAX_SENTENCE = 5000


class SentenceRules:
    """The sentence-splitting lexicons of a rule set, compiled once."""

    def __init__(self, rules: Any) -> None:
        self.abbreviations = frozenset(rules.section("abbreviations")) if rules is not None else frozenset()
        self.final = frozenset(rules.section("final_abbreviations")) if rules is not None else frozenset()
        self.starters = frozenset(rules.section("sentence_starters")) if rules is not None else frozenset()


def _rules(draft: Draft) -> SentenceRules:
    if draft.rules is None:
        return SentenceRules(None)
    return draft.rules.memo("sentences", lambda: SentenceRules(draft.rules))


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph (start, end) pairs, stripped of surrounding whitespace."""
    splitter = _PARAGRAPH_SPLIT if _BLANK_LINE.search(text) else _LINE_SPLIT
    paragraphs = []
    position = 0
    for match in splitter.finditer(text):
        paragraphs.append((position, match.start()))
        position = match.end()
    paragraphs.append((position, len(text)))
    out = []
    for start, end in paragraphs:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        offset = start + (len(chunk) - len(chunk.lstrip()))
        out.append((offset, offset + len(stripped)))
    return out


def _token_before(text: str, start: int, position: int) -> str:
    """The word before ``position``, from the last space, tab or line break after ``start`` (or from ``start``)."""
    return text[max(last_space(text, start, position) + 1, start) : position]


def _is_boundary(text: str, para_start: int, match: re.Match[str], rules: SentenceRules, para_end: int) -> bool:
    marks = match.group()
    after = match.end()
    following = _NEXT_WORD.match(text, after, para_end)
    opening, word = (following.group(1), following.group(2)) if following else ("", "")
    if marks.endswith("\n"):
        # A line break inside a paragraph: a boundary after a line that does not stop mid-clause.
        line_end = match.start()
        while line_end > para_start and text[line_end - 1] in " \t\r":
            line_end -= 1
        last_word = _token_before(text, para_start, line_end)
        if not last_word or last_word[:1].islower() or last_word[-1] in ",;:-–—(&":
            return False
        return bool(word[:1]) and (word[:1].isupper() or bool(opening))
    if not word and not opening:
        return False
    first = (opening or word)[:1]
    if not (first.isupper() or first.isdigit() or first in _OPENING):
        return False
    if marks[0] != ".":
        return True
    if len(marks) > 1 and marks[1] == ".":
        return True  # an ellipsis
    token = _token_before(text, para_start, match.start() + 1)
    stripped = token.lstrip("\"'“‘«([")
    if stripped in rules.abbreviations or _INITIAL.match(stripped):
        return False
    if stripped in rules.final or _DOTTED.match(stripped):
        return word.rstrip(",;:") in rules.starters or bool(opening)
    return True


def _split(text: str, start: int, end: int, rules: SentenceRules) -> list[tuple[int, int]]:
    sentences = []
    position = start
    for match in _CANDIDATE.finditer(text, start, end):
        if match.end() >= end:
            break
        if _is_boundary(text, start, match, rules, end):
            cut = match.start() if match.group().endswith("\n") else match.end()
            sentences.append((position, cut))
            position = match.end()
    sentences.append((position, end))
    out = []
    for sentence_start, sentence_end in sentences:
        found = _NONSPACE.search(text, sentence_start, sentence_end)
        if found is None:
            continue
        sentence_start = found.start()
        while sentence_end > sentence_start and text[sentence_end - 1].isspace():
            sentence_end -= 1
        # A run-on stretch without punctuation is cut into bounded pieces, so later
        # stages work on sentence-sized text whatever the input.
        while sentence_end - sentence_start > _MAX_SENTENCE:
            cut = text.rfind(" ", sentence_start + _MAX_SENTENCE // 2, sentence_start + _MAX_SENTENCE)
            cut = cut + 1 if cut > sentence_start else sentence_start + _MAX_SENTENCE
            out.append((sentence_start, cut))
            sentence_start = cut
        if sentence_end > sentence_start:
            out.append((sentence_start, sentence_end))
    return out


def run(draft: Draft) -> None:
    rules = _rules(draft)
    text = draft.text
    draft.paragraphs = split_paragraphs(text)
    sentences: list[tuple[int, int]] = []
    for start, end in draft.paragraphs:
        sentences.extend(_split(text, start, end, rules))
    draft.sentences = sentences
