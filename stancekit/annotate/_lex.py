"""Small text helpers the stages share: regexes built from word lists, verb forms, letter classes.

Every regex here is built from escaped literal phrases (never from a
pattern a user wrote), as a radix tree of alternatives, so matching costs
one pass over the text whatever the size of the lexicon, and nothing can
backtrack catastrophically.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Iterator

from stancekit.annotate._words import TextWords, first_words, matches_at_words

__all__ = [
    "LOWER",
    "UPPER",
    "Lexicon",
    "MarkScan",
    "SplitLexicon",
    "find_word_spans",
    "find_words",
    "inflect",
    "trie_pattern",
    "word_start_scan",
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


def trie_pattern(phrases: Iterable[str], *, halves: bool = False) -> str:
    """One regex alternation matching any of ``phrases``, longest first, as a radix tree.

    An empty list gives a pattern that never matches. With ``halves``, a lexicon whose phrases
    start with many different characters has its first level cut in two, each half behind a
    look-ahead for its first characters (the same matches): ``re`` tests a group's alternatives
    one after another, so every word a scan tries there costs a test per first character (and
    all of them where none matches, as at most words); the look-ahead skips half of them for
    one character-set test. That pays from about 28 first characters on (the statement cues'
    32: their scan 10.0 -> 8.7 ms on the 84 PolNeAR texts; stance heads' 21: 7.4 -> 7.8 ms).
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
    if halves and len(root) >= _HALVES_FROM:
        return _render_halves(root)
    return _render(root)


#: From this many different first characters on, ``trie_pattern(..., halves=True)`` cuts the first level in two.
_HALVES_FROM = 28


def _render_halves(root: dict[str, dict]) -> str:
    """``_render(root)`` with the first level in two halves, each behind a look-ahead for its first characters."""
    firsts = sorted(root)
    middle = (len(firsts) + 1) // 2
    halves = []
    for chars in (firsts[:middle], firsts[middle:]):
        look_ahead = "(?=[" + "".join(_in_set(char) for char in chars) + "])"
        halves.append(look_ahead + _render({char: root[char] for char in chars}))
    return "(?:" + "|".join(halves) + ")"


def _in_set(char: str) -> str:
    """``char`` for a character set: marks escaped, spaces left as they are (the stances stage widens "\\ ")."""
    return char if char.isalnum() or char.isspace() else "\\" + char


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
        return SplitLexicon(
            _prefix_regex(upper, after),
            _prefix_regex(lower, after),
            scans=(_fast_scan(upper, after), _fast_scan(lower, after)),
        )
    return _prefix_regex(phrases, after)


def _prefix_regex(phrases: set[str], after: str) -> re.Pattern[str]:
    before = r"(?<!\w)" if _looks_behind(phrases) else ""
    return re.compile(before + r"(?:" + trie_pattern(phrases) + r")" + after)


def _looks_behind(phrases: set[str]) -> bool:
    """Whether ``_prefix_regex`` starts the regex of ``phrases`` with a look-behind for a word start."""
    return len({phrase[0] for phrase in phrases if phrase and phrase[0].islower()}) >= _MANY_LOWER_STARTS


def _fast_scan(phrases: set[str], after: str) -> MarkScan | _ByFirstCharacter | None:
    """A scan giving the matches of the regex ``_prefix_regex`` makes of ``phrases``, faster, or None."""
    if not _looks_behind(phrases):
        few_starts = 1 < len({phrase[0] for phrase in phrases if phrase}) < _MANY_LOWER_STARTS
        return _ByFirstCharacter(phrases, after) if few_starts else None
    return MarkScan.of(phrases, after)


def word_start_scan(phrases: Iterable[str], after: str = r"(?![\w])") -> MarkScan | None:
    """A ``MarkScan`` standing for ``words_prefix_regex(phrases, after=after)``, or None.

    None when that regex does not start with its look-behind (few lower-case first letters), when
    it is a ``SplitLexicon`` (which scans its halves by itself), or when a phrase ends with a mark.
    """
    phrases = {phrase for phrase in phrases if phrase}
    lower = {phrase for phrase in phrases if phrase[:1].islower()}
    if len(lower) >= _SPLIT_SIZE and len(phrases - lower) >= _SPLIT_SIZE:
        return None
    return MarkScan.of(phrases, after) if _looks_behind(phrases) else None


#: From this many different lower-case first letters on, a lexicon's regex checks for a word start first.
_MANY_LOWER_STARTS = 6
#: A lexicon with at least this many phrases starting in lower case and as many others is split in two.
_SPLIT_SIZE = 20


@functools.cache
def _marks(not_before: str = "") -> str:
    """The characters before a word that a ``MarkScan`` tests in its one scan, as a character-set body.

    Every character below U+10000 that is no word character and not in ``not_before`` (a set the
    engine tests by table); the others (emoji, ...) are tried one by one. Built when first needed
    (it costs a few ms).
    """
    ranges: list[list[int]] = []
    for code in range(0x10000):
        char = chr(code)
        if char.isalnum() or char == "_" or char in not_before:
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(low)) if low == high else f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in ranges
    )


#: A match a scan found: (start, end, the match object, or None where the scan made none).
Candidate = tuple[int, int, "re.Match[str] | None"]
_start = operator.itemgetter(0)
#: The first character beyond the marks' plane.
_ASTRAL = "\U00010000"


class MarkScan:
    r"""The matches of a lexicon regex that starts with a look-behind for a word start, found faster.

    Such a regex, ``(?<![\w...])(?:alternation)after``, tests its look-behind (a Unicode category
    test) at every position of the text, which costs more than the lexicon matching itself; it
    can start a match only at the text start or after a character that is no word character
    (nor one of ``not_before``, the other characters its look-behind refuses). One scan tries the
    lexicon after the characters of ``_marks(not_before)`` (a fast test of a character set),
    left to right and on after each match as ``finditer`` goes; the text start and the rare
    positions after another character that is no word character are tried one by one. Together
    these are the ``candidates``.

    A match the mark scan hid (one starting inside its match, as ``finditer`` hides it) is missing;
    ``_leftmost`` says when that cannot matter, and ``spans`` then asks the regex itself. The mark
    scan goes on after a match's end, so it would miss a match starting right there after a
    mark: no phrase may end with one (``of`` makes no ``MarkScan`` for such a lexicon).

    Given the ``phrases`` the alternation is made of, a scan whose phrases each open with a whole
    word (``_words.first_words``) finds its matches at those words of a ``TextWords`` instead.
    """

    def __init__(
        self,
        alternation: str,
        after: str,
        first_chars: Iterable[str],
        *,
        not_before: str = "",
        phrases: Iterable[str] | None = None,
    ) -> None:
        pattern = alternation + ")" + after
        self.after_mark = re.compile(f"[{_marks(not_before)}](" + pattern)
        self.at = re.compile("(?:" + pattern)
        starts = re.escape("".join(sorted(set(first_chars))))
        self.astral_mark = re.compile(f"[{_ASTRAL}-\\U0010ffff](?=[{starts}])") if starts else None
        self.not_before = not_before
        #: The phrases' first words, where ``candidates`` can look them up in a ``TextWords``.
        self.first_words = first_words(phrases, after, self.at.flags) if phrases is not None else None

    @classmethod
    def of(cls, phrases: Iterable[str], after: str, *, not_before: str = "") -> MarkScan | None:
        """The scan of ``phrases`` (the regex ``_prefix_regex`` makes of them), or None if one ends with a mark."""
        phrases = [phrase for phrase in phrases if phrase]
        if not all(phrase[-1].isalnum() or phrase[-1] == "_" for phrase in phrases):
            return None
        return cls(
            trie_pattern(phrases, halves=True),
            after,
            (phrase[0] for phrase in phrases),
            not_before=not_before,
            phrases=phrases,
        )

    def candidates(self, text: str, words: TextWords | None = None) -> list[Candidate]:
        """The (start, end, None) of the matches tried: after a mark, at the text start, after a non-word emoji.

        With ``words`` (of ``text``, or of the text ``text`` lower-cases), where the scan has its
        phrases' first words: the matches at those words, which are all the regex's matches.
        """
        if words is not None and self.first_words is not None:
            spans = matches_at_words(words, self.first_words, self.at, text, self.not_before)
            if spans is not None:
                return [(start, end, None) for start, end in spans]
        found: list[Candidate] = [(match.start(1), match.end(), None) for match in self.after_mark.finditer(text)]
        others: list[Candidate] = []
        first = self.at.match(text)
        if first is not None:
            others.append((*first.span(), None))
        if (
            self.astral_mark is not None
            and not text.isascii()
            and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)
        ):
            for mark in self.astral_mark.finditer(text):
                if not mark.group().isalnum():
                    match = self.at.match(text, mark.end())
                    if match is not None:
                        others.append((*match.span(), None))
        if others:
            found = sorted(found + others, key=_start)
        return found

    def spans(self, text: str, regex: re.Pattern[str], words: TextWords | None = None) -> list[tuple[int, int]]:
        """The (start, end) of each match of ``regex.finditer(text)``, ``regex`` being the one this scan stands for
        (``words``: as for ``candidates``)."""
        kept = _leftmost(self.candidates(text, words))
        if kept is None:
            return [match.span() for match in regex.finditer(text)]
        return [(start, end) for start, end, _ in kept]


class _ByFirstCharacter:
    """The matches of a bare alternation over phrases of a few first characters, one regex per character.

    The engine finds a longer literal start ("the ", "al") faster than a set of first characters
    it would try all over the text ("t", "a"). No position can start matches of two of these
    regexes, and where one matches, the whole alternation matches the same.
    """

    def __init__(self, phrases: set[str], after: str) -> None:
        by_character: dict[str, set[str]] = {}
        for phrase in phrases:
            if phrase:
                by_character.setdefault(phrase[0], set()).add(phrase)
        self.regexes = [re.compile("(?:" + trie_pattern(group) + ")" + after) for group in by_character.values()]

    def candidates(self, text: str, words: TextWords | None = None) -> list[Candidate]:
        """The (start, end, match) of what each regex finds, left to right and on after each match."""
        return [(match.start(), match.end(), match) for regex in self.regexes for match in regex.finditer(text)]


def _leftmost(spans: list[Candidate]) -> list[Candidate] | None:
    """The spans ``finditer`` would keep of all candidate ``spans`` (sorted), or None when that is unsure.

    Left to right, a span starting inside the last one kept is dropped, as ``finditer`` hides it.
    The candidates lack the matches a scan hid inside its own earlier match; such a match lies
    inside that earlier span, so it is hidden again as long as every span dropped ends within
    the last one kept. If one reaches past it, a match it hid could be found: None.
    """
    kept = []
    position = 0
    for span in spans:
        if span[0] >= position:
            kept.append(span)
            position = span[1]
        elif span[1] > position:
            return None
    return kept


class SplitLexicon:
    """Two regexes over phrases with different first characters, matched as if they were one alternation.

    No position can start a match of both (a phrase's first character is either lower
    case or not), so one alternation of both would find, left to right, the earlier of the
    two next matches, then go on after its end; ``finditer`` does just that.
    """

    def __init__(
        self,
        first: re.Pattern[str],
        second: re.Pattern[str],
        scans: tuple[MarkScan | _ByFirstCharacter | None, MarkScan | _ByFirstCharacter | None] = (None, None),
    ) -> None:
        self.first = first
        self.second = second
        #: For each regex, a faster scan giving the same matches, or None.
        self.scans = scans

    def spans(self, text: str, words: TextWords | None = None) -> list[Candidate]:
        """The (start, end, match or None) of each match ``finditer`` gives, by independent scans where possible.

        Each regex scans the text alone (by its faster scan if it has one), and ``_leftmost`` keeps
        what one alternation keeps: a match one scan hid lies inside an earlier match of that
        scan. When a dropped match reaches past the one that hides it, ``finditer`` decides.
        """
        if self.scans == (None, None):
            return [(match.start(), match.end(), match) for match in self.finditer(text)]  # nothing faster
        candidates: list[Candidate] = []
        for regex, scan in zip((self.first, self.second), self.scans, strict=True):
            if scan is None:
                candidates += [(match.start(), match.end(), match) for match in regex.finditer(text)]
            else:
                candidates += scan.candidates(text, words)
        candidates.sort(key=_start)
        spans = _leftmost(candidates)
        if spans is None:
            return [(match.start(), match.end(), match) for match in self.finditer(text)]
        return spans

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


def _word_initial(
    regex: Lexicon, text: str, joiners: str, words: TextWords | None
) -> Iterator[tuple[int, int, re.Match[str] | None]]:
    """The (start, end, match or None) of the matches of ``regex`` that start a word: what both finders read.

    A ``SplitLexicon``'s faster scans find some matches without a match
    object (``None`` here); ``finditer``'s always have one.
    """
    if isinstance(regex, SplitLexicon) and regex.scans != (None, None):
        candidates: Iterable[tuple[int, int, re.Match[str] | None]] = regex.spans(text, words)
    else:
        candidates = ((match.start(), match.end(), match) for match in regex.finditer(text))
    for start, end, found in candidates:
        if start:
            before = text[start - 1]
            if before.isalnum() or before in joiners:
                continue
        yield start, end, found


def find_words(regex: Lexicon, text: str, joiners: str = "_", words: TextWords | None = None) -> list[re.Match[str]]:
    """The matches of a regex made by ``trie_pattern`` that start a word.

    The regex starts with the alternation itself, so the engine skips fast to
    the positions whose first character can match; whether a match starts a
    word is checked here, once per match, instead of at every position.
    ``words`` (the ``TextWords`` of ``text``) lets a ``SplitLexicon``'s scans look their words up there.
    """
    matches = []
    for start, _end, found in _word_initial(regex, text, joiners, words):
        # A match a scan found without its object is made again, for the word starts only.
        match = found or (regex.second if text[start].islower() else regex.first).match(text, start)  # type: ignore[union-attr]
        assert match is not None
        matches.append(match)
    return matches


def find_word_spans(regex: Lexicon, text: str, words: TextWords | None = None) -> list[tuple[int, int, str]]:
    """The (start, end, words) of the matches ``find_words(regex, text)`` gives, with no match objects made.

    A ``SplitLexicon``'s faster scans find some matches without a match object, which ``find_words``
    then makes by matching again; a caller that reads only the matched words and where they are
    is spared that. ``words``: as for ``find_words``.
    """
    return [(start, end, text[start:end]) for start, end, _ in _word_initial(regex, text, "_", words)]


def after_the(text: str, regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` right after a word-initial "T" or "t": the phrases that open with "the"/"The".

    ``regex`` starts with the literal "he", which the engine finds by a fast search; the "T" or
    "t" before it and the word start are checked here. A pattern opening with a look-behind and
    ``[Tt]`` would be tried at every position of the text. Left to right, as ``finditer`` goes.
    """
    position = 0
    while (match := regex.search(text, position)) is not None:
        start = match.start()
        if (
            start
            and text[start - 1] in "Tt"
            and (start < 2 or not (text[start - 2].isalnum() or text[start - 2] in "_’'-"))
        ):
            yield match
            position = match.end()
        else:
            position = start + 1


def last_space(text: str, start: int, end: int) -> int:
    """The position of the last space, tab or line break in ``text[start:end]``, or -1.

    The largest of three ``rfind`` calls, made over a window before ``end`` that doubles until it
    holds a separator or reaches ``start``, each later call starting after what the one before
    found: it costs about the distance back to the nearest separator, not to ``start``, so that
    calls all over one long paragraph stay linear whichever separators it uses (a 1 MB text with
    no tab, or with tabs only).
    """
    window = 64
    while True:
        low = end - window if end - window > start else start
        found = text.rfind(" ", low, end)
        line = text.rfind("\n", found + 1 if found >= low else low, end)
        if line > found:
            found = line
        tab = text.rfind("\t", found + 1 if found >= low else low, end)
        if tab > found:
            found = tab
        if found >= 0 or low == start:
            return found
        window *= 2


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
