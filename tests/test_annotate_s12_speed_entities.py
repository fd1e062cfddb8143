"""The entity stage's faster forms in the twelfth session give what the plain forms gave.

- ``Entity`` has a hand-written ``__init__`` (as ``Span`` and ``Mention`` have): its aliases are kept as a
  tuple whatever iterable is given, it stays frozen, and ``attrs.evolve`` and equality work as before.
- ``find_word_spans`` gives the (start, end, words) of the matches ``find_words`` gives, for a lexicon
  split in two halves with their faster scans (the entity stage's one scan of titles and nouns) and for
  a plain regex, on sentences of our own and on generated text.
- ``_fastvalid.document_ok`` checks the texts of entities, provenances and targets as one string: a lone
  surrogate in any one of them still sends the document down the full path.
- ``Draft.to_document`` orders the mentions by (start, end) with one number as the key: the same order as
  before, mentions of the same stretch in the order they were added.
"""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import _fastvalid
from stancekit.annotate import RuleAnnotator
from stancekit.annotate._lex import SplitLexicon, find_word_spans, find_words, words_prefix_regex
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import EntityRules, rules_for
from stancekit.model import Entity, Mention


@pytest.fixture(scope="module")
def rules() -> EntityRules:
    annotator = RuleAnnotator()
    return rules_for(Draft(text="", meta={}, annotator="test", rules=annotator.rules))


def test_entity_keeps_aliases_as_a_tuple_and_stays_frozen() -> None:
    entity = Entity("e1", "Ana Ruiz", "person", ["Ruiz", "Ms Ruiz"], country="ES")
    assert entity.aliases == ("Ruiz", "Ms Ruiz")
    assert type(entity.aliases) is tuple
    assert entity == Entity(id="e1", name="Ana Ruiz", type="person", aliases=("Ruiz", "Ms Ruiz"), country="ES")
    assert Entity("e2", "Acme", "organization", iter(["ACME"])).aliases == ("ACME",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        entity.name = "Someone"  # type: ignore[misc]


def test_entity_evolve_keeps_every_field() -> None:
    entity = Entity("e1", "Ana Ruiz", "person", ("Ruiz",), "ES", "Q1", None, "e2")
    changed = attrs.evolve(entity, role="minister")
    assert changed.to_dict() == {**entity.to_dict(), "role": "minister"}
    assert Entity.from_dict(changed.to_dict()) == changed


def _as_spans(matches: list) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in matches]


_SENTENCES = [
    "A senior government official and two union officials met the Prime Minister of Ruritania on Tuesday.",
    "Finance Minister Ana Ruiz told reporters the farmers' union spokesman was wrong; residents disagreed.",
    "xofficials, sub_ministers and co-workers: the spokeswoman's aides (and the aide) said no.",
    "Émilie Dubois, the regional trade bloc's secretary-general, said 🙂officials and 👍 ministers agreed.",
    "",
]


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_word_spans_are_find_words_matches_for_the_one_scan(rules: EntityRules, sentence: str) -> None:
    assert isinstance(rules.scan, SplitLexicon)
    assert rules.scan.scans != (None, None)
    for lexicon in (rules.scan, rules.gazetteer):
        assert find_word_spans(lexicon, sentence) == _as_spans(find_words(lexicon, sentence))


def test_word_spans_of_a_plain_regex_are_find_words_matches() -> None:
    lexicon = words_prefix_regex(["Acme", "Acme Group", "the board"])
    assert not isinstance(lexicon, SplitLexicon)
    text = "The Acme Group and xAcme told the board; Acme_Group did not. Acme"
    assert find_word_spans(lexicon, text) == _as_spans(find_words(lexicon, text))
    assert [words for _, _, words in find_word_spans(lexicon, text)] == ["Acme Group", "the board", "Acme"]


_WORDS = st.sampled_from(
    ["officials", "minister", "Minister", "Prime", "union", "spokesman", "the", "of", "Ana", "Ruiz", "x", "_", "-"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_WORDS, st.sampled_from([" ", "  ", ", ", "\n", "'s ", "-", ""])), max_size=30))
def test_word_spans_agree_with_find_words_on_generated_text(rules: EntityRules, pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + separator for word, separator in pieces)
    assert find_word_spans(rules.scan, text) == _as_spans(find_words(rules.scan, text))


def _annotated() -> stancekit.Document:
    document = stancekit.annotate(
        "Mayor Ana Lopes said on Monday that she backs the new tram line. "
        "The Transport Workers Union criticised the plan. Lopes said it was late."
    )
    assert document.entities and document.statements and document.stances
    return document


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("entities", "name"),
        ("entities", "role"),
        ("entities", "kb_id"),
        ("entities", "aliases"),
        ("statements.provenance", "rule"),
        ("statements.provenance", "note"),
        ("stances.provenance", "created"),
        ("stances.target", "text"),
    ],
)
def test_a_lone_surrogate_in_any_text_is_no_fast_yes(path: str, field: str) -> None:
    document = _annotated()
    assert _fastvalid.document_ok(document)
    collection, _, inner = path.partition(".")
    owner = getattr(document, collection)[-1]
    target = getattr(owner, inner) if inner else owner
    original = getattr(target, field)
    bad = ("x\ud800",) if field == "aliases" else "x\ud800"
    object.__setattr__(target, field, bad)
    try:
        assert not _fastvalid.document_ok(document)
    finally:
        object.__setattr__(target, field, original)
    assert _fastvalid.document_ok(document)


def test_document_mentions_are_ordered_by_start_then_end_then_as_added() -> None:
    text = "Ana Ruiz met Tom Lee in Lima."
    draft = Draft(text=text, meta={}, annotator="test")
    for entity_id in ("e1", "e2", "e3"):
        draft.add_entity(Entity(entity_id, entity_id, "person"))
    added = [(13, 20, "e2"), (0, 8, "e1"), (24, 28, "e3"), (0, 3, "e1"), (13, 16, "e2"), (0, 8, "e2"), (4, 8, "e1")]
    for start, end, entity_id in added:
        draft.add_mention(entity_id, start, end, "test")
    document = draft.to_document("d1")
    bounds = [(mention.span.start, mention.span.end, mention.entity) for mention in document.mentions]
    assert bounds == sorted(added, key=lambda item: (item[0], item[1]))
    assert bounds[1:3] == [(0, 8, "e1"), (0, 8, "e2")]  # the same stretch: in the order added
    assert all(isinstance(mention, Mention) for mention in document.mentions)
