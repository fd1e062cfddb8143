"""The stance stage and the document's last step, made faster, read as they read before.

Each test pins a shortcut against the reading it replaced: a trap tested at its second word first,
the sentence of a head found by its start alone, a sentence's "?" and conditional words read once,
the forecast looks run only for a "would"/"will" act, a target's time trimmed with no look for an
infinitive where it has no "to", and the entities' aliases gathered once per mention text.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

from stancekit.annotate import RuleAnnotator, annotate, stances
from stancekit.annotate.annotator import _finish
from stancekit.annotate.draft import Draft
from stancekit.annotate.stance_rules import ANCHOR_GAP, default_stance_rules
from stancekit.model import Entity, Mention, Span

# -- traps -----------------------------------------------------------------------------------------------


def _trapped_by_tuples(rules: Any, words: list[str], head: int, cue: Any) -> bool:
    """A trap starts at ``head`` and the cue's own words do not go on from it: each trap compared whole."""
    for trap in rules.traps.get(words[head], ()):
        if tuple(words[head : head + len(trap)]) == trap and not (
            cue is not None
            and len(cue.before_slot) >= len(trap)
            and all(word in pattern.alternatives for word, pattern in zip(trap[1:], cue.before_slot, strict=False))
        ):
            return True
    return False


def _sentence_of_words(words: list[str]) -> Any:
    starts = [2 * index for index in range(len(words))]
    ends = [start + 1 for start in starts]
    return stances._Sentence(0, 2 * len(words), starts, ends, words, words, [None] * len(words), {})


def _stage() -> Any:
    stage = stances._Stage.__new__(stances._Stage)
    stage.rules = default_stance_rules()
    return stage


TRAP_WORDS = ["fight", "fought", "back", "the", "war", "a", "fire", "each", "other", "slam", "door", "on", "it", "."]


@given(st.lists(st.sampled_from(TRAP_WORDS), min_size=1, max_size=6), st.data())
def test_a_trap_tested_at_its_second_word_first_traps_what_the_whole_trap_trapped(words: list[str], data: Any) -> None:
    stage = _stage()
    head = data.draw(st.integers(0, len(words) - 1))
    cues = [None, *stage.rules.cues_by_form.get(words[head], ())]
    cue = data.draw(st.sampled_from(cues))
    sentence = _sentence_of_words(words)
    assert stage.trapped(sentence, head, cue) == _trapped_by_tuples(stage.rules, words, head, cue)


def test_a_trap_at_the_end_of_a_sentence_needs_its_words_after_the_head() -> None:
    stage = _stage()
    assert stage.trapped(_sentence_of_words(["they", "fight", "back"]), 1)
    assert not stage.trapped(_sentence_of_words(["they", "fight"]), 1)
    assert not stage.trapped(_sentence_of_words(["they", "fight", "the", "plan"]), 1)


# -- the sentence of a head ------------------------------------------------------------------------------


def _sentence_by_pairs(sentences: list[tuple[int, int]], offset: int, length: int) -> tuple[int, int] | None:
    """``Draft.sentence_of``'s reading: bisect the (start, end) pairs."""
    index = bisect.bisect_right(sentences, (offset, length + 1)) - 1
    if index >= 0 and sentences[index][0] <= offset < sentences[index][1]:
        return sentences[index]
    return None


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 8)), max_size=8), st.integers(0, 60))
def test_the_sentence_of_a_head_is_the_one_draft_sentence_of_finds(gaps: list[tuple[int, int]], offset: int) -> None:
    """Sorted sentences with gaps between them (and empty ones): the same sentence, or none, for every offset."""
    sentences = []
    position = 0
    for gap, size in gaps:
        sentences.append((position + gap, position + gap + size))
        position += gap + size
    starts = [start for start, _ in sentences]
    length = max(position, offset + 1)  # the text holds every sentence and the offset
    assert stances._sentence_holding(sentences, starts, offset) == _sentence_by_pairs(sentences, offset, length)


def test_a_head_outside_every_sentence_is_not_read() -> None:
    text = "Greenpeace opposed the dam. Oxfam backed the plan."
    annotator = RuleAnnotator()
    draft = Draft(text=text, meta={}, annotator="test", rules=annotator.rules)
    for stage in annotator._stages[:-1]:
        stage.run(draft)
    draft.sentences = [bounds for bounds in draft.sentences if bounds[0] > 0]  # the first sentence left out
    annotator._stages[-1].run(draft)
    assert [(stance.polarity, stance.target.text) for stance in draft.stances] == [("support", "the plan")]


# -- a sentence's question mark and conditional words ----------------------------------------------------


QUESTION_WORDS = ["?", ".", "!", ";", "if", "unless", "whether", "as", "said", ",", '"', "“", "”"]


@given(st.lists(st.sampled_from(QUESTION_WORDS), min_size=1, max_size=16), st.data())
def test_a_sentence_asked_again_about_another_cue_answers_as_a_fresh_one(words: list[str], data: Any) -> None:
    """The "?" and the conditional words are read at the first cue; a later cue of the sentence gets its own answer."""
    heads = data.draw(st.lists(st.integers(0, len(words) - 1), min_size=2, max_size=4))
    sentence = _sentence_of_words(words)
    for head in heads:
        fresh = _sentence_of_words(words)
        assert stances._Stage.question_or_conditional(sentence, head) == stances._Stage.question_or_conditional(
            fresh, head
        )


# -- forecasts -------------------------------------------------------------------------------------------


def _stances_of(text: str) -> list[tuple[str, str]]:
    return [(stance.polarity, stance.target.text) for stance in annotate(text).stances]


def test_a_will_act_under_a_forecast_is_foreseen_and_a_taken_act_is_not() -> None:
    assert _stances_of("Economists forecast that the union will reject the offer.") == []
    assert _stances_of("The union will reject the offer, economists forecast.") == []
    assert _stances_of("The union rejected the offer, economists forecast.") == [("oppose", "the offer")]
    assert _stances_of("Mayor Okafor will reject the offer, she said.") == [("oppose", "the offer")]


def test_a_time_after_a_target_is_trimmed_whether_or_not_the_target_has_a_to() -> None:
    """A target with no "to" skips the look for an infinitive; one with a "to" still has it."""
    assert _stances_of("Labour criticised the tax on Tuesday.") == [("oppose", "the tax")]
    assert _stances_of("Labour criticised the return to talks on Tuesday.") == [("oppose", "the return to talks")]
    assert _stances_of("Labour urged ministers to scrap the tax on Tuesday.") == [
        ("support", "ministers to scrap the tax")
    ]


# -- aliases ---------------------------------------------------------------------------------------------


def _aliases_by_evolve(draft: Draft) -> dict[str, Entity]:
    """The entities as ``_finish`` left them before: each mention's text read anew, changes by attrs.evolve."""
    pronouns = {"he", "she", "it", "they", "him", "her", "his", "its", "their", "them"}
    seen: dict[str, dict[str, None]] = {}
    for mention in draft.mentions:
        written = mention.span.text
        if written.lower() in pronouns:
            continue
        seen.setdefault(mention.entity, {})[" ".join(written.split())] = None
    entities = dict(draft.entities)
    for entity_id, names in seen.items():
        entity = entities.get(entity_id)
        if entity is None:
            continue
        aliases = [name for name in names if name != entity.name][:20]
        if aliases != list(entity.aliases):
            entities[entity_id] = attrs.evolve(entity, aliases=aliases)
    return entities


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["e1", "e2", "e9"]),
            st.sampled_from(["Ana Ruiz", "Ruiz", "Ana  Ruiz", "She", "she", "it", "Ms Ruiz", "the mayor"]),
        ),
        max_size=30,
    )
)
def test_aliases_gathered_once_per_mention_text_are_the_ones_read_per_mention(mentions: list[tuple[str, str]]) -> None:
    text = " ".join(written for _, written in mentions)
    draft = Draft(text=text, meta={}, annotator="test", rules=None)
    start = 0
    for number, (entity_id, written) in enumerate(mentions, 1):
        draft.mentions.append(Mention(f"m{number}", entity_id, Span(start, start + len(written), written)))
        start += len(written) + 1
    draft.entities["e1"] = Entity("e1", "Ana Ruiz", "person", country="ESP", role="mayor")
    draft.entities["e2"] = Entity("e2", "Ruiz", "person", aliases=("Ana Ruiz",))
    expected = _aliases_by_evolve(draft)
    unchanged = {entity_id: entity for entity_id, entity in draft.entities.items() if expected[entity_id] is entity}
    _finish(draft)
    assert draft.entities == expected
    for entity_id, entity in unchanged.items():
        assert draft.entities[entity_id] is entity  # an entity whose aliases hold is kept, not rebuilt


def test_the_anchor_of_a_head_is_its_lower_case_form_with_plain_gaps() -> None:
    gap = re.compile(ANCHOR_GAP)
    for written in ["Backed", "BACKED", "backed  away", "Backed\n“away", "backed’s", "Committed to"]:
        anchor = gap.sub(" ", written.lower().replace("’", "'"))
        assert stances._anchor(written) == (anchor, anchor.split(" ", 1)[0])
