"""The entity stage's cheaper tests in the eleventh session: the same answers as the simple forms, and linear work.

- ``after_descriptor`` first asks whether the word before a name ends as some descriptor does (its last two
  letters), and answers as the form without that test;
- ``_role_and_name_after`` first asks whether the word after a name opens a modifier or a title, and answers
  as the form without that test;
- the body a person "of" an organisation is with ("Sofia Brandt of Kestrel Capital") is looked up by where it
  starts through an index of the spans found, not a scan of every span found so far (quadratic in a long text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancekit.annotate import RuleAnnotator, entities, quotes, sentences
from stancekit.annotate._lex import last_space
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import (
    _LOWER_WORD_AND_SPACE,
    _SPACES,
    EntityRules,
    _Found,
    _role_and_name_after,
    after_descriptor,
    rules_for,
)


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    annotator = RuleAnnotator()
    return rules_for(Draft(text="", meta={}, annotator="test", rules=annotator.rules))


# -- the simple forms, as they were before this session ----------------------------------------------------


def _simple_after_descriptor(text: str, start: int, rules: EntityRules) -> bool:
    if start < 2 or text[start - 1] not in " \t":
        return False
    low = max(0, start - 40)
    space = last_space(text, low, start - 1)
    if space < 0 and low > 0:
        return False
    word = text[space + 1 : start - 1]
    if word in rules.org_descriptors:
        return True
    if space > low:
        two = last_space(text, low, space)
        return (two >= 0 or low == 0) and text[two + 1 : start - 1] in rules.org_descriptors
    return False


def _simple_role_and_name_after(text: str, end: int, rules: EntityRules) -> bool:
    spaces = _SPACES.match(text, end)
    if spaces is None:
        return False
    position = spaces.end()
    for _ in range(2):
        modifier = _LOWER_WORD_AND_SPACE.match(text, position)
        if modifier is None or modifier.group(1) not in rules.modifiers:
            break
        position = modifier.end()
    found = rules.title_name.match(text, position)
    return found is not None and found.group("title")[:1].islower() and found.group("name")[:1].isupper()


_OTHER_WORDS = ["said", "the", "and", "firm's", "Firm", "a", "tank", "agency", "of", "", "x", "ly", "y", "—"]


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_after_descriptor_answers_as_the_simple_form(rules: EntityRules, data: st.DataObject) -> None:
    """Before a name: descriptors of one and two words, other words, their ends, any spacing."""
    pool = sorted(rules.org_descriptors) + _OTHER_WORDS
    words = data.draw(st.lists(st.sampled_from(pool), max_size=4))
    separators = data.draw(st.lists(st.sampled_from([" ", "  ", "\t", "\n", ""]), min_size=len(words)))
    prefix = "".join(word + separator for word, separator in zip(words, separators, strict=False))
    text = prefix + "Kestrel Capital said."
    for start in range(len(prefix) + 1):
        assert after_descriptor(text, start, rules) == _simple_after_descriptor(text, start, rules), (text, start)


def test_after_descriptor_still_finds_descriptors(rules: EntityRules) -> None:
    for text in ("the daily Kommersant reported", "the think tank Bruegel said", "the\tfirm Bolt said"):
        start = re.search(r"[A-Z]", text[1:]).start() + 1  # type: ignore[union-attr]
        assert after_descriptor(text, start, rules)
    assert not after_descriptor("the firm's Anna Berg said", 15, rules)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_role_and_name_after_answers_as_the_simple_form(rules: EntityRules, data: st.DataObject) -> None:
    """After a name: modifiers, titles in lower and upper case, other words, names, any spacing."""
    titles = sorted(rules.titles)
    modifiers = sorted(rules.modifiers)
    pool = (
        data.draw(st.lists(st.sampled_from(titles), max_size=3))
        + data.draw(st.lists(st.sampled_from(modifiers), max_size=3))
        + ["said", "Ana", "Ruiz", "and", "senior,", "analyst.", "x", "", "—", "Markus", "Ehn"]
    )
    words = data.draw(st.lists(st.sampled_from(pool), max_size=6))
    separators = data.draw(st.lists(st.sampled_from([" ", "  ", "\t", "\n", ", "]), min_size=len(words)))
    text = "Kepler Cheuvreux" + "".join(separator + word for word, separator in zip(words, separators, strict=False))
    assert _role_and_name_after(text, 16, rules) == _simple_role_and_name_after(text, 16, rules), text


def test_role_and_name_after_still_finds_roles(rules: EntityRules) -> None:
    assert _role_and_name_after("Kepler Cheuvreux analyst Markus Ehn said", 16, rules)
    assert _role_and_name_after("Kepler Cheuvreux senior analyst Markus Ehn said", 16, rules)
    assert not _role_and_name_after("Kepler Cheuvreux said on Monday", 16, rules)
    assert not _role_and_name_after("Kepler Cheuvreux analyst said", 16, rules)


# -- the body of a person "of" an organisation, by its start ----------------------------------------------


@given(
    steps=st.lists(
        st.one_of(
            st.tuples(st.just("add"), st.integers(0, 6), st.integers(0, 3), st.sampled_from(["e1", "e2", "e3"])),
            st.tuples(st.just("find"), st.integers(0, 6)),
        ),
        max_size=40,
    )
)
def test_org_starting_at_is_the_first_span_found_there(steps: list[tuple[Any, ...]]) -> None:
    """Spans added (some again, with another entity) and looked up in any order: the dict scan's answer."""
    state = _Found({}, {})
    for step in steps:
        if step[0] == "add":
            _, start, length, entity_id = step
            state.org_spans[(start, start + length)] = entity_id
        else:
            start = step[1]
            expected = next((entity for (first, _), entity in state.org_spans.items() if first == start), None)
            assert state.org_starting_at(start) == expected


class _CountingDict(dict[Any, Any]):
    """A dict that counts the items its walks yield (``items``, iteration, reversed iteration)."""

    walked = 0

    def items(self) -> Any:
        for item in super().items():
            _CountingDict.walked += 1
            yield item

    def __iter__(self) -> Iterator[Any]:
        for key in super().__iter__():
            _CountingDict.walked += 1
            yield key

    def __reversed__(self) -> Iterator[Any]:
        for key in super().__reversed__():
            _CountingDict.walked += 1
            yield key


def _span_walks(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    found_init = _Found.__init__

    def counting_init(self: _Found, *args: Any) -> None:
        found_init(self, *args)
        self.org_spans = _CountingDict()

    monkeypatch.setattr(_Found, "__init__", counting_init)
    draft = Draft(text=text, meta={}, annotator="test", rules=RuleAnnotator().rules)
    sentences.run(draft)
    quotes.run(draft)
    _CountingDict.walked = 0
    entities.run(draft)
    return _CountingDict.walked


def _people_of_bodies(count: int) -> str:
    def letters(index: int) -> str:
        out = ""
        for _ in range(3):
            out += "abcdefghijklmnopqrstuvwxyz"[index % 26]
            index //= 26
        return out

    return " ".join(f"Sofia Br{letters(i)} of Kes{letters(i)} Capital Holdings met staff." for i in range(count))


def test_people_of_bodies_cost_span_walks_linear_in_their_number(monkeypatch: pytest.MonkeyPatch) -> None:
    """Twice the people "of" a body, about twice the spans walked (a scan per person: four times)."""
    small = _span_walks(_people_of_bodies(200), monkeypatch)
    large = _span_walks(_people_of_bodies(400), monkeypatch)
    assert small > 0
    assert large <= 2.2 * small, (small, large)
