"""Small text helpers the stages share: regexes built from word lists, verb forms, letter classes.

Every regex here is built from escaped literal phrases (never from a
pattern a user wrote), as a radix tree of alternatives, so matching costs
one pass over the text whatever the size of the lexicon, and nothing can
backtrack catastrophically.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = [
    "LOWER",
    "UPPER",
    "Lexicon",
    "SplitLexicon",
    "find_words",
    "inflect",
    "trie_pattern",
    "words_prefix_regex",
    "words_regex",
]


def _letters(predicate: str) -> str:
    ranges: list[tuple[int, int]] = []
    # Latin, Greek, Cyrillic, Armenian and their extensions: the scripts that have case.
    for code in range(0x2000):
        char = chr(code)
        if getattr(char, predicate)() and char.isalpha():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = []
    for low, high in ranges:
        if low == high:
            parts.append(re.escape(chr(low)))
        else:
            parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
    return "".join(parts)


#: Character-class bodies (without brackets) of upper- and lower-case letters, all scripts.
#: The number words from one to ten, which several stages treat as neither names nor sources.
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")

UPPER = _letters("isupper")
LOWER = _letters("islower")


def trie_pattern(phrases: Iterable[str]) -> str:
    """One regex alternation matching any of ``phrases``, longest first, as a radix tree.

    An empty list gives a pattern that never matches.
    """
    root: dict[str, dict] = {}
    for phrase in set(phrases):
        if not phrase:
            continue
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    if not root:
        return "(?!x)x"
    return _render(root)


def _render(node: dict[str, dict]) -> str:
    # Collapse chains with a single child into literals (radix tree) to keep nesting shallow.
    optional = "" in node
    branches = []
    for char in sorted(k for k in node if k):
        literal = char
        child = node[char]
        while len(child) == 1 and "" not in child:
            ((next_char, grandchild),) = child.items()
            literal += next_char
            child = grandchild
        rest = "" if list(child) == [""] else _render(child)
        branches.append(re.escape(literal) + rest)
    if len(branches) == 1 and not optional:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if optional else body


def words_regex(phrases: Iterable[str], *, flags: int = 0) -> re.Pattern[str]:
    """A compiled regex matching any phrase as whole words (not inside a longer word)."""
    return re.compile(r"(?<![\w])(?:" + trie_pattern(phrases) + r")(?![\w])", flags)


def words_prefix_regex(phrases: Iterable[str], *, after: str = r"(?![\w])") -> Lexicon:
    r"""Like ``words_regex``, for ``find_words`` (which checks what stands before a match).

    A lexicon whose phrases start with few different letters (mostly capitalised names) is
    fastest as the bare alternation: the engine skips to the positions whose first
    character can start a phrase. A lexicon starting with many lower-case letters (cue
    verbs, role nouns) would be tried inside nearly every word; a look-behind for a word
    start first rejects those positions at the cost of one character test. The look-behind
    only drops starts that ``find_words`` rejects anyway (every joiner set holds ``_``, and
    ``\w`` is exactly an alphanumeric character or ``_``).

    A large lexicon with many phrases of both kinds (the gazetteer's names and its "the
    ..." aliases; titles and role nouns) is split in two by the case of the first letter,
    each half scanned in its fastest form, and the two merged exactly as one alternation
    would find them (``SplitLexicon``).
    """
    phrases = set(phrases)
    lower = {phrase for phrase in phrases if phrase[:1].islower()}
    upper = phrases - lower
    if len(lower) >= _SPLIT_SIZE and len(upper) >= _SPLIT_SIZE:
        return SplitLexicon(_prefix_regex(upper, after), _prefix_regex(lower, after))
    return _prefix_regex(phrases, after)


def _prefix_regex(phrases: set[str], after: str) -> re.Pattern[str]:
    lower_starts = {phrase[0] for phrase in phrases if phrase and phrase[0].islower()}
    before = r"(?<!\w)" if len(lower_starts) >= _MANY_LOWER_STARTS else ""
    return re.compile(before + r"(?:" + trie_pattern(phrases) + r")" + after)


#: From this many different lower-case first letters on, a lexicon's regex checks for a word start first.
_MANY_LOWER_STARTS = 6
#: A lexicon with at least this many phrases starting in lower case and as many others is split in two.
_SPLIT_SIZE = 20


class SplitLexicon:
    """Two regexes over phrases with different first characters, matched as if they were one alternation.

    No position can start a match of both (a phrase's first character is either lower
    case or not), so one alternation of both would find, left to right, the earlier of the
    two next matches, then go on after its end; ``finditer`` does just that.
    """

    def __init__(self, first: re.Pattern[str], second: re.Pattern[str]) -> None:
        self.first = first
        self.second = second

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        first, second = self.first, self.second
        one = first.search(text)
        two = second.search(text)
        while one is not None or two is not None:
            match = one if two is None or (one is not None and one.start() < two.start()) else two
            assert match is not None
            yield match
            end = match.end()
            if one is not None and one.start() < end:
                one = first.search(text, end)
            if two is not None and two.start() < end:
                two = second.search(text, end)


#: What ``words_prefix_regex`` makes: a compiled regex or a ``SplitLexicon``.
Lexicon = re.Pattern[str] | SplitLexicon


def find_words(regex: Lexicon, text: str, joiners: str = "_") -> list[re.Match[str]]:
    """The matches of a regex made by ``trie_pattern`` that start a word.

    The regex starts with the alternation itself, so the engine skips fast to
    the positions whose first character can match; whether a match starts a
    word is checked here, once per match, instead of at every position.
    """
    out = []
    for match in regex.finditer(text):
        start = match.start()
        if start:
            before = text[start - 1]
            if before.isalnum() or before in joiners:
                continue
        out.append(match)
    return out


_VOWELS = "aeiou"


def inflect(verb: str) -> set[str]:
    """The regular forms of an English verb: base, -s, -ed, -ing (a superset; unused forms cost nothing)."""
    verb = verb.strip()
    forms = {verb}
    if not verb.isalpha():
        return forms
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(verb + "es")
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        forms.add(verb[:-1] + "ies")
    else:
        forms.add(verb + "s")
    if verb.endswith("e"):
        forms.update({verb + "d", verb[:-1] + "ing"})
        if verb.endswith("ee"):
            forms.add(verb + "ing")
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        forms.update({verb[:-1] + "ied", verb + "ing"})
    else:
        forms.update({verb + "ed", verb + "ing"})
        if len(verb) >= 3 and verb[-1] not in _VOWELS + "wxy" and verb[-2] in _VOWELS and verb[-3] not in _VOWELS:
            forms.update({verb + verb[-1] + "ed", verb + verb[-1] + "ing"})
    return forms
