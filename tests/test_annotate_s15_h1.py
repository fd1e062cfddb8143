"""The entity and coreference stages' faster forms in the fifteenth session find what the plain scans found.

- ``_before_of`` gives the matches of "branch of" and "city of" that ``finditer`` gives, found from their "of".
- ``_search_lower_office`` gives the match ``_LOWER_OFFICE.search`` gives from any place, tried only before a head.
- ``_word_starts`` holds every place where a body's organ word or "its" before an organ matches, in text order,
  also for a text whose length lower case changes (a dotted capital I).
- Coreference reads the bodies a sanction was put on only in a text with a sanction verb, and still reads them.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit.annotate import RuleAnnotator
from stancekit.annotate import entities as E
from stancekit.annotate.draft import Draft

#: Pieces that make texts with and without the words the scans turn on, joined at random.
_PIECES = [
    "the",
    "The",
    " ",
    "  ",
    "\t",
    "\n",
    "of",
    " of ",
    "branch",
    "subbranch",
    "city",
    "town",
    "office",
    "officer",
    "'s",
    "’s",
    "ministry",
    "department",
    "authority",
    "tax",
    "data protection",
    "trade",
    ", ",
    " and ",
    "-",
    "Kyiv",
    "New York",
    "Auckland",
    "chief executive",
    "CEO",
    "Shares",
    "shares",
    "stake",
    "its",
    "Its",
    "board of directors",
    "İ",
    "é",
    "’",
    "x",
]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in matches]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_phrases_before_of_are_the_scans_matches(text: str) -> None:
    """The phrases "branch of" and "city of", found from their "of", are the matches ``finditer`` finds."""
    assert _spans(E._before_of(text, E._BRANCH_OF, E._BRANCH_NOUNS)) == _spans(E._BRANCH_OF.finditer(text))
    assert _spans(E._before_of(text, E._CITY_OF, E._CITY_NOUNS)) == _spans(E._CITY_OF.finditer(text))


def test_phrases_before_of_in_sentences() -> None:
    text = "The Auckland branch of\tthe union and the city of  Kyiv said; a subbranch of X, the town ofKyiv."
    found = [match.group() for match in E._before_of(text, E._BRANCH_OF, E._BRANCH_NOUNS)]
    assert found == ["branch of\t", "branch of "]
    assert [match.group("name") for match in E._before_of(text, E._CITY_OF, E._CITY_NOUNS)] == ["Kyiv"]


def _office_heads(text: str) -> list[int]:
    return sorted(place for head in E._OFFICE_HEAD_WORDS for place in E._found_at(text, head))


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.integers(min_value=0, max_value=200))
def test_lower_office_search_is_the_patterns_search(text: str, position: int) -> None:
    """The office search tried before the heads finds what the pattern's search finds, from any place."""
    position = min(position, len(text))
    found = E._search_lower_office(text, position, _office_heads(text))
    expected = E._LOWER_OFFICE.search(text, position)
    assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))


def test_lower_office_search_in_sentences() -> None:
    text = "Critics of The Tax office said the national data protection authority and the housing minister's office."
    heads = _office_heads(text)
    names = []
    position = 0
    while (match := E._search_lower_office(text, position, heads)) is not None:
        names.append(match.group("name"))
        position = match.start("name")
    assert names == ["national data protection authority", "housing minister's office"]


def _word_places(text: str, pattern: re.Pattern[str], words: frozenset[str], keys: tuple[str, ...]) -> list[int]:
    draft = Draft(text=text, meta={}, annotator="test")
    return [start for start in E._word_starts(draft, words, keys) if pattern.match(text, start)]


def _searched_places(text: str, pattern: re.Pattern[str], keys: tuple[str, ...]) -> list[int]:
    return sorted(start for key in keys for start in E._found_at(text, key) if pattern.match(text, start))


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_body_words_looked_up_are_those_searched(text: str) -> None:
    """The organ words and the "its" before an organ found among the text's words are those a search finds."""
    assert _word_places(text, E._BODY_WORD, E._BODY_FIRST_WORDS, E._BODY_WORD_KEYS) == _searched_places(
        text, E._BODY_WORD, E._BODY_WORD_KEYS
    )
    assert _word_places(text, E._ITS_ORGAN, E._ITS, ("its", "Its")) == _searched_places(
        text, E._ITS_ORGAN, ("its", "Its")
    )


def test_body_words_in_sentences_and_a_dotted_capital() -> None:
    for text in (
        "Shares in Vantor fell. Its chief executive, the CEO’s deputy and its shareholders met; a stake in X.",
        "İzmir Port's chief executive said its board of directors met. Stakes rose.",
    ):
        assert _word_places(text, E._BODY_WORD, E._BODY_FIRST_WORDS, E._BODY_WORD_KEYS) == _searched_places(
            text, E._BODY_WORD, E._BODY_WORD_KEYS
        )
        assert len(_word_places(text, E._BODY_WORD, E._BODY_FIRST_WORDS, E._BODY_WORD_KEYS)) >= 3


def test_the_watchdog_is_not_the_body_it_fined() -> None:
    """With a sanction verb in the text, "the watchdog" is still never the body fined."""
    text = "Ofwat fined Thames Water on Monday. Thames Water said it would appeal. The watchdog said the fine stood."
    document = RuleAnnotator().annotate(text)
    watchdog = next(mention for mention in document.mentions if mention.span.text == "The watchdog")
    names = {entity.id: entity.name for entity in document.entities}
    assert names[watchdog.entity] != "Thames Water"
