"""Coreference and stance patterns that unseen news got wrong, each pinned with sentences of its own."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit.annotate import stances as stance_stage
from stancekit.annotate.annotator import RuleAnnotator
from stancekit.annotate.pipeline import STAGES
from stancekit.model import Document, Statement
from stancekit.testing import texts


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


def pronoun_antecedents(document: Document) -> dict[str, str]:
    """Each pronoun mention's text and offset -> the name of the entity it was resolved to."""
    names = {entity.id: entity.name for entity in document.entities}
    return {
        f"{mention.span.text}@{mention.span.start}": names[mention.entity]
        for mention in document.mentions
        if mention.span.text.lower() in ("he", "she", "his", "her", "him")
    }


# -- coreference ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Councilman Tom Reyes backed the plan. "Mexico is right," said Anna Lopez. She told colleagues that '
        "she would oppose any delay.",
        'Tom Reyes wrote the bill. Reyes argues that it works. "Brazil gave us the idea," Anna Lopez said, '
        '"but the answer is not a delay." She told colleagues that she would oppose any delay.',
    ],
)
def test_the_speaker_after_a_quotation_is_the_sentence_subject(text: str) -> None:
    """ "“…,” X said" makes X the subject a following "She" refers to, even when the quotation names someone."""
    document = stancekit.annotate(text)
    resolved = set(pronoun_antecedents(document).values())
    assert resolved == {"Anna Lopez"}, resolved
    assert ("Anna Lopez", "oppose", "any delay") in stances_of(document)


@pytest.mark.parametrize(
    ("title", "pronoun", "gender"),
    [
        ("Assemblyman", "he", "male"),
        ("Assemblywoman", "she", "female"),
        ("Councilwoman", "she", "female"),
        ("Alderman", "he", "male"),
        ("Businesswoman", "she", "female"),
        ("Sultan", "he", "male"),
    ],
)
def test_gendered_titles_keep_the_other_pronoun_away(title: str, pronoun: str, gender: str) -> None:
    """A person whose title tells the gender never takes the other gender's pronoun."""
    other = "she" if pronoun == "he" else "he"
    text = f"{title} Grant Hollis wrote the repeal bill. {other.capitalize()} said {other} would oppose the bill."
    document = stancekit.annotate(text)
    assert "Grant Hollis" not in pronoun_antecedents(document).values()
    assert all(holder != "Grant Hollis" for holder, _, _ in stances_of(document))
    text = f"{title} Grant Hollis wrote the repeal bill. {pronoun.capitalize()} said {pronoun} would defend it."
    assert set(pronoun_antecedents(stancekit.annotate(text)).values()) == {"Grant Hollis"}


# -- negated opposition --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Qatar did not condemn the blockade in a statement on Friday.",
        "Russia did not reject the ceasefire plan outright.",
        "Norway didn't denounce the election result.",
    ],
)
def test_a_strong_act_of_opposition_that_did_not_happen_is_no_stance(text: str) -> None:
    """ "did not condemn X" asserts no support for X: no stance at all."""
    assert stances_of(stancekit.annotate(text)) == []


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        ("Thailand has not opposed the new dam.", "Thailand", "the new dam"),
        ("Kenya has never opposed the inspections.", "Kenya", "the inspections"),
        ("Ghana does not object to the levy.", "Ghana", "the levy"),
    ],
)
def test_not_opposing_stays_weak_support(text: str, holder: str, target: str) -> None:
    """ "has not opposed", "has never opposed", "does not object to": support at lowered confidence."""
    document = stancekit.annotate(text)
    assert stances_of(document) == [(holder, "support", target)]
    assert all(stance.negated and stance.confidence < 1 for stance in document.stances)


def test_cannot_negates_the_verb_group() -> None:
    """ "cannot support" is opposition, as "can not support" is."""
    text = 'Hungary\'s government issued a statement. Budapest "cannot support the transit ban," the statement said.'
    assert ("Hungary", "oppose", "the transit ban") in stances_of(stancekit.annotate(text))


# -- first person inside a statement ---------------------------------------------------------------


def test_we_in_a_quote_is_the_speaker() -> None:
    """ "“We support X,” Achurra said": the speaker holds the stance."""
    document = stancekit.annotate('"We support a profitable industry," Achurra said.')
    assert stances_of(document) == [("Achurra", "support", "a profitable industry")]


def test_we_in_a_transcript_answer_is_the_statement_speaker() -> None:
    """Once an answer ("Achurra: We support ...") is a statement of Achurra's, its "we" stances are his."""
    text = (
        "Mining Minister Tomas Achurra spoke on Tuesday.\n\nQ: Will the royalty stay?\n\n"
        "Achurra: We support a profitable industry. We do not support an industry that drains the water.\n"
    )
    draft = RuleAnnotator(stages=STAGES[:-1]).draft(text)
    speaker = next(entity.id for entity in draft.entities.values() if entity.name.endswith("Achurra"))
    start, end = text.index("We support"), text.index("the water.") + len("the water")
    draft.statements.append(Statement(id="s99", content=draft.span(start, end), speaker=speaker, mode="direct"))
    stance_stage.run(draft)
    found = [
        (draft.entities[stance.holder].name, stance.polarity, stance.target.text, stance.statement)
        for stance in draft.stances
    ]
    assert found == [
        ("Tomas Achurra", "support", "a profitable industry", "s99"),
        ("Tomas Achurra", "oppose", "an industry that drains the water", "s99"),
    ], found


# -- holders and targets -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            'Lithuania welcomed the draft but criticized what its foreign minister, Rasa Jankauskiene, called "the '
            'comfort of delay."',
            "Lithuania",
            "the comfort of delay",
        ),
        ("Peru condemned what it described as “economic blackmail” by Chile.", "Peru", "economic blackmail"),
    ],
)
def test_what_x_called_quote_targets_the_quoted_words(text: str, holder: str, target: str) -> None:
    """ "criticized what X called “Y”": the target is Y, not "what X"."""
    assert (holder, "oppose", target) in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "According to EU diplomats, at least 24 of the 27 member states are ready to approve the package.",
        "Two of the unions backed the strike on Monday.",
    ],
)
def test_a_part_of_an_actor_holds_no_stance_for_it(text: str) -> None:
    """ "24 of the 27 member states", "two of the unions": a part acts, not the actor the mention names."""
    assert stances_of(stancekit.annotate(text)) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Hundreds of teachers opposed the reform.", "teachers"),
        ('"One of the reasons is that China was prepared to go further," Obama said.', "China"),
    ],
)
def test_a_whole_actor_after_of_still_holds(text: str, holder: str) -> None:
    """ "Hundreds of teachers" counts the actor; "one of the reasons that China ..." is no part of China."""
    holders = [found for found, _, _ in stances_of(stancekit.annotate(text))]
    assert holder in holders, holders


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "The vote came a day after Senator Valentina Roca of the centre-right opposition wrote on social media "
            'that the royalty was "a tax on the future" and called on the government to withdraw it.',
            "Valentina Roca",
            "the government to withdraw it",
        ),
        (
            "Talks stalled after Governor Ana Pinto of the ruling party said the deal was dead and urged "
            "lawmakers to start again.",
            "Ana Pinto",
            "lawmakers to start again",
        ),
    ],
)
def test_a_clause_subject_after_a_subordinator_and_with_an_of_phrase_shares_its_verb(
    text: str, holder: str, target: str
) -> None:
    """ "after X of the party wrote ... and called on Y": X holds the coordinated act."""
    assert (holder, "support", target) in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    ("text", "holder", "polarity", "target"),
    [
        (
            "Senator Marisol Quintero spent nearly an hour on the Senate floor on Wednesday defending the rent cap.",
            "Marisol Quintero",
            "support",
            "the rent cap",
        ),
        ("Peru spent the whole week criticizing Chile.", "Peru", "oppose", "Chile"),
    ],
)
def test_spending_time_on_an_act_is_the_act(text: str, holder: str, polarity: str, target: str) -> None:
    """ "X spent an hour defending Y": X's support for Y."""
    assert stances_of(stancekit.annotate(text)) == [(holder, polarity, target)]


# -- faster scans, same matches ------------------------------------------------------------------

_HEAD_PIECES = ["supported", "Backs", "CONDEMNED", "blamed", "called on", "committed “to”", "welcomes", "urge", "n't"]
_MARKISH = [
    "İ",
    "ı",
    "ſ",
    "’",
    "'",
    "-",
    "‐",
    " ",
    "\n",
    "¿",
    "•",
    "\u3000",
    "\u00a0",
    "“",
    "‘",
    ".",
    ",",
    "_",
    "é",
    "U.S.",
]


@given(st.lists(st.one_of(st.sampled_from(_HEAD_PIECES), st.sampled_from(_MARKISH), texts()), max_size=14))
@settings(max_examples=300)
def test_head_spans_are_the_matches_of_find_heads(pieces: list[str]) -> None:
    """The scan after marks finds exactly the heads ``find_heads`` finds, glued to any neighbour or not."""
    rules = stance_stage.default_stance_rules()
    for text in ("".join(pieces), " ".join(pieces)):
        assert rules.head_spans(text) == [match.span() for match in rules.find_heads(text)]


_PLAIN_TOKEN = re.compile(
    r"(?:[^\W\d_]\.){2,}|\w+(?=n['’]t\b)|n['’]t\b|(?<=\w)['’](?:s|re|ve|d|ll|m)\b|\d+(?:[.,]\d+)+|\w+(?:[-‐]\w+)*|[^\w\s]"
)


@given(
    st.lists(
        st.one_of(
            st.sampled_from([*_HEAD_PIECES, "12,000", "3.5", "'s", "’re", "don’t"]), st.sampled_from(_MARKISH), texts()
        ),
        max_size=14,
    )
)
@settings(max_examples=300)
def test_the_stage_tokens_are_those_without_the_plain_word_shortcut(pieces: list[str]) -> None:
    """The plain-word first branch of the stance stage's tokenizer changes no token."""
    for text in ("".join(pieces), " ".join(pieces)):
        assert [match.span() for match in stance_stage._TOKEN.finditer(text)] == [
            match.span() for match in _PLAIN_TOKEN.finditer(text)
        ]
