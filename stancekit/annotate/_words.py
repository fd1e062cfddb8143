"""The words of one text, read once for every stage that looks its lexicon's words up.

Statement cues, stance heads, pronouns and the entities' titles and role nouns were each found
by a regex scan of the whole text that tried every position after a character that is no word
character (``_lex.MarkScan``). ``TextWords`` reads the text once (``text_words`` keeps it in the
draft for the stages after): its words in lower case and where each starts. A lexicon whose
phrases each open with a whole word then takes the places of its first words, and tries its
regex only there (``matches_at_words``): the same matches, for a third to a half of the time.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stancekit.annotate.draft import Draft

__all__ = ["TextWords", "first_words", "matches_at_words", "text_words"]

#: A character that is no ASCII character.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
#: ``str.translate``'s table for ASCII text: a word character stays, any other becomes a space.
_ASCII_SPACES = {code: chr(code) if chr(code).isalnum() or chr(code) == "_" else " " for code in range(128)}


class TextWords:
    """The words of one text in lower case, and where each stands.

    Attributes:
        text: the text.
        lowered: ``text.lower()``, or None when lower-casing changes the text's length (a dotted
            capital I), where offsets into it would not be offsets into ``text``.
        words: the text's words (runs of word characters, ``\\w``) in lower case, in text order,
            those with a character beyond ASCII spelled with ``_`` for it (no first word asked
            about has one).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        self.lowered: str | None = lowered if len(lowered) == len(text) else None
        spaced = lowered if self.lowered is not None else ""
        if not spaced.isascii():
            # A few distinct characters beyond ASCII ("’", "—", "é"), each replaced by one search, leave an ASCII
            # text that ``translate`` maps by table (one lookup per character of a wider text costs more).
            for char in set(_NOT_ASCII.findall(spaced)):
                spaced = spaced.replace(char, "_" if char.isalnum() else " ")
        # Every character that is no word character a space: the words are what lies between single spaces, and
        # " said " is found only as a whole word (a space at each end too).
        self._spaced = " " + spaced.translate(_ASCII_SPACES) + " "
        # Split at runs of spaces: no empty string for each space after the first (", " or " — " leave two), which
        # every ``starts_of`` would test, to a sixth fewer items; only spaces are left to split at.
        self.words: list[str] = self._spaced.split()

    def starts_of(self, wanted: frozenset[str]) -> list[int]:
        """Where a word of ``wanted`` (lower case, ASCII) stands as a whole word, in text order.

        The words of ``wanted`` the text has, in text order, are picked out of ``words`` in C; each is then
        found in turn by ``str.find`` from the end of the one before (the next place of that word is its
        place, as every place of a wanted word is picked), so the text is searched once in all.
        """
        found = []
        find = self._spaced.find
        position = 0
        for word in itertools.compress(self.words, map(wanted.__contains__, self.words)):
            # The offset of the space before the word in the spaced text is the word's offset in the text.
            position = find(" " + word + " ", position)
            found.append(position)
            position += len(word) + 1
        return found


def text_words(draft: Draft) -> TextWords:
    """The draft's ``TextWords``, read when a stage first asks and kept for the stages after."""
    words = draft.scratch.get("text_words")
    if words is None or words.text is not draft.text:
        words = draft.scratch["text_words"] = TextWords(draft.text)
    assert isinstance(words, TextWords)
    return words


_WORD = re.compile(r"\w+")


def first_words(phrases: Iterable[str], after: str, flags: int = 0) -> frozenset[str] | None:
    r"""The first words of ``phrases`` in lower case, when ``matches_at_words`` can stand for their regex.

    That regex, ``(?<![\w...])(?:phrases)after``, matches only at the start of a word the first word
    of one of its phrases is (in any case) when every phrase opens with a word character, that first
    word (the run of word characters it opens with) is ASCII, ``after`` refuses a word character
    right after a phrase (so that a phrase of one word is a whole word), and no flag makes case
    ignored (``re.IGNORECASE`` matches "ſ" to "s"). None otherwise.
    """
    if flags & re.IGNORECASE or not after.startswith((r"(?![\w", r"(?!\w")):
        return None
    found = set()
    for phrase in phrases:
        first = _WORD.match(phrase)
        if first is None or first.start() or not first.group().isascii():
            return None
        found.add(first.group().lower())
    return frozenset(found)


def matches_at_words(
    words: TextWords, firsts: frozenset[str], at: re.Pattern[str], text: str, not_before: str = ""
) -> list[tuple[int, int]] | None:
    r"""The (start, end) of each match ``(?<![\w{not_before}])`` and ``at`` make in ``text``, as ``finditer``.

    ``text`` is ``words.text`` or ``words.lowered``; ``firsts`` are the phrases' first words
    (``first_words``). ``at`` is tried at the words that are one of them, not after a character of
    ``not_before``, left to right and on after each match. None when ``words`` cannot tell: the
    text is neither of its texts, or changes length in lower case.
    """
    if words.lowered is None or (text is not words.text and text is not words.lowered):
        return None
    starts = words.starts_of(firsts)
    match = at.match
    found = []
    position = 0
    for start in starts:
        if start < position or (not_before and start and text[start - 1] in not_before):
            continue
        matched = match(text, start)
        if matched is not None:
            position = matched.end()
            found.append((start, position))
    return found
