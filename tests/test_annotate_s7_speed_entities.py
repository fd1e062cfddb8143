"""The entity stage's faster paths in the seventh session: the same groups as the simple forms, and linear work.

- a capitalised run is split into groups at "and" as the simple form did, each word read once however many
  "and"s follow ("NATO and OPEC and ..." was quadratic: about 6 s for 360,000 characters);
- the work of the stage grows linearly with such runs, counted (words handed to the "and" test, look-ups in
  the word sets it asks), never timed;
- the determiner before a group ("two officials") is found as the regex over the 30 characters before it finds
  it, which is now tried only where they end with one of its words;
- an apposition naming a body ("Ana Ruiz, a spokeswoman for the Tala Agency,") reads every entity only when
  the body's name is not known by its key (it did for each apposition: quadratic in a long text).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit.annotate import RuleAnnotator, entities, quotes, sentences
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import (
    _DAY_NUMBER,
    _GROUP_LEAD,
    _INITIAL,
    _MONTHS,
    _WEEKDAYS,
    EntityRules,
    _ends_named_body,
    _group_lead,
    _run_groups,
    _strip_period,
    rules_for,
)


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    annotator = RuleAnnotator()
    return rules_for(Draft(text="", meta={}, annotator="test", rules=annotator.rules))


# -- the simple form of the split at "and", as it was before the seventh session ------------------------


def _simple_joins_one_name(group: list[tuple[int, int, str]], after: list[str], rules: EntityRules) -> bool:
    named = [token[2] for token in group if token[2] not in rules.leading]
    if len(named) != 1 or named[0] in rules.surface or not named[0][:1].isupper():
        return False
    for word in after:
        if word == "and" or not word[:1].isupper():
            return False
        if word in rules.org_heads:
            return True
    return False


def _simple_run_groups(text: str, rules: EntityRules, match: re.Match[str]) -> list[list[tuple[int, int, str]]]:
    """``_run_groups`` as it was: the rest of the run copied, and the group read, at each "and"."""
    raw = match.group()
    groups: list[list[tuple[int, int, str]]] = []
    group: list[tuple[int, int, str]] = []
    org_heads = rules.org_heads
    word_end = start = match.start()
    one_space = "\t" not in raw and "  " not in raw
    run_words = raw.split(" ") if one_space else raw.split()
    for position, word in enumerate(run_words):
        word_start = (word_end + 1 if word_end > start else start) if one_space else text.index(word, word_end)
        word_end = word_start + len(word)
        if word == "and" and _simple_joins_one_name(group, run_words[position + 1 :], rules):
            group.append((word_start, word_end, word))
            continue
        if word == "and" and (not any(token[2] in org_heads for token in group) or _ends_named_body(group, org_heads)):
            if group:
                groups.append(group)
            group = []
            continue
        if "day" in word and word.rstrip(".,;:").removesuffix("'s").removesuffix("’s") in _WEEKDAYS:
            if group:
                groups.append(group)
            group = []
            continue
        if word in _MONTHS and _DAY_NUMBER.match(text, word_end):
            if group:
                groups.append(group)
            group = []
            continue
        if (
            group
            and group[-1][2].endswith(".")
            and group[-1][2] in rules.abbreviations
            and (word in rules.leading or word in rules.group_words)
            and not _INITIAL.fullmatch(group[-1][2])
        ):
            groups.append(group)  # "Acme Corp. The company said"
            group = []
        group.append((word_start, word_end, word))
        if word[-1] == "." and _strip_period(word, rules) != word:
            groups.append(group)
            group = []
    if group:
        groups.append(group)
    return groups


#: Words that make runs with "and" in every role: names the gazetteer knows, heads, leading words, dates.
_WORDS = [
    "NATO",
    "OPEC",
    "and",
    "The",
    "When",
    "Bank",
    "University",
    "Seed",
    "Soil",
    "Network",
    "of",
    "for",
    "the",
    "Monday",
    "Tuesday's",
    "May",
    "3",
    "Ana",
    "Ruiz",
    "Apple",
    "Inc",
    "Inc.",
    "Mr.",
    "Ruiz.",
    "&",
    "Acme",
    "Group",
    "Germany",
    "France",
    "Securities",
    "Exchange",
    "Commission",
]


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14),
    spaces=st.lists(st.sampled_from([" ", "  ", "\t"])),
)
def test_run_groups_match_the_simple_form(rules: EntityRules, words: list[str], spaces: list[str]) -> None:
    """Any run of these words is split into the same groups as the simple form split it."""
    separators = [spaces[index] if index < len(spaces) else " " for index in range(len(words))]
    text = "said " + "".join(word + separator for word, separator in zip(words, separators, strict=True)) + "said."
    for match in rules.capseq.finditer(text):
        assert _run_groups(text, rules, match) == _simple_run_groups(text, rules, match)


# -- linear work on long runs joined by "and" -----------------------------------------------------------


class _CountingSet(frozenset[str]):
    """A word set that counts the look-ups made in it."""

    lookups = 0

    def __contains__(self, word: object) -> bool:
        _CountingSet.lookups += 1
        return super().__contains__(word)


@pytest.fixture
def counted(rules: EntityRules, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Counts of the stage's work: the words given to the "and" test, and the look-ups in its word sets."""
    counts = {"words": 0}
    counting = copy.copy(rules)
    for name in ("leading", "org_heads"):
        setattr(counting, name, _CountingSet(getattr(rules, name)))
    joins = entities._joins_one_name

    def counted_joins(*args: Any) -> bool:
        counts["words"] += sum(len(arg) for arg in args if isinstance(arg, list))
        return joins(*args)

    monkeypatch.setattr(entities, "rules_for", lambda draft: counting)
    monkeypatch.setattr(entities, "_joins_one_name", counted_joins)
    _CountingSet.lookups = 0
    yield counts


def _entity_work(text: str, counts: dict[str, int]) -> int:
    annotator = RuleAnnotator()
    draft = Draft(text=text, meta={}, annotator="test", rules=annotator.rules)
    sentences.run(draft)
    quotes.run(draft)
    counts["words"] = 0
    _CountingSet.lookups = 0
    entities.run(draft)
    return counts["words"] + _CountingSet.lookups


@pytest.mark.parametrize(
    "unit",
    ["NATO and OPEC and ", "Bank and ", "Seed and ", "The Ab and The ", "University and NATO and OPEC and "],
)
def test_runs_joined_by_and_cost_work_linear_in_their_length(unit: str, counted: dict[str, int]) -> None:
    """Twice the run, about twice the work (the simple form read the rest of the run at each "and": four times)."""
    small = _entity_work(unit * 1_000 + "said.", counted)
    large = _entity_work(unit * 2_000 + "said.", counted)
    assert small > 0
    assert large <= 2.2 * small, (small, large)


# -- the determiner before a group --------------------------------------------------------------------------


def _simple_group_lead(text: str, start: int) -> int:
    lead = _GROUP_LEAD.search(text, max(0, start - 30), start)
    return lead.start() if lead else start


_LEAD_PIECES = ["the", "The", "a", "an", "two", "Two", "some", "Several", "many", "of", "her", "its", "their"]
_LEAD_PIECES += ["Russia", "Iran", "units", "x", "’", "'", "(", " ", "  ", "\t", "\n", "officials", "said"]


@settings(max_examples=500, deadline=None)
@given(pieces=st.lists(st.sampled_from(_LEAD_PIECES), max_size=16), data=st.data())
def test_group_lead_matches_the_simple_form(pieces: list[str], data: st.DataObject) -> None:
    """Wherever a group starts, its mention starts where the plain search over 30 characters says."""
    text = "".join(pieces) + "officials"
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    assert _group_lead(text, start) == _simple_group_lead(text, start)


# -- appositions naming bodies in a long text ---------------------------------------------------------------


_SYLLABLES = ("ba", "ko", "ri", "tu", "ne", "la", "so", "mi", "da", "ve")


def _appositions(count: int) -> str:
    """ "Ana Kobaba, a spokeswoman for the Kobaba Agency, said so." with a new name each time."""
    sentences = []
    for number in range(1000, 1000 + count):
        name = "".join(_SYLLABLES[int(digit)] for digit in str(number)).capitalize()
        sentences.append(f"Ana {name}, a spokeswoman for the {name} Agency, said so. ")
    return "".join(sentences)


def test_appositions_naming_known_bodies_cost_work_linear_in_their_number() -> None:
    """Twice the appositions, about twice the entities read (each apposition read them all: four times)."""
    reads = {"entities": 0}
    values = dict.values

    class CountingEntities(dict[str, Any]):
        def values(self) -> Any:
            reads["entities"] += len(self)
            return values(self)

    def entity_reads(text: str) -> int:
        annotator = RuleAnnotator()
        draft = Draft(text=text, meta={}, annotator="test", rules=annotator.rules)
        draft.entities = CountingEntities()
        sentences.run(draft)
        quotes.run(draft)
        reads["entities"] = 0
        entities.run(draft)
        assert len(draft.entities) >= 2 * text.count("Agency")
        return reads["entities"]

    small = entity_reads(_appositions(200))
    large = entity_reads(_appositions(400))
    assert large <= 2.2 * max(small, 1), (small, large)
