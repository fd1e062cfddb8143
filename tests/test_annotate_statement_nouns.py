"""Noun cues with a holder and a that-clause ("the ministry's claim that ..."), and a source with two
descriptions between commas before its cue ("Name, 56, who ..., said").

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit.model import Document, Statement

#: A lead that names the people the later sentences refer to.
_LEAD = "Harbour Vote Delayed\n\nMayor Ines Duarte met Councillor Tomas Reyes on Tuesday. "


def _document(body: str, lead: str = _LEAD) -> Document:
    return stancekit.annotate(lead + body)


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


# -- noun cues ----------------------------------------------------------------------------


def test_possessive_claim_reports_its_clause() -> None:
    statement = _by_cue(_document("Reporters checked Tomas Reyes's claim that the pier had been sold twice."), "claim")
    assert statement is not None
    assert statement.content.text == "the pier had been sold twice"
    assert statement.source is not None and statement.source.text == "Tomas Reyes"
    assert statement.speaker is not None
    assert statement.provenance.rule == "statement.cue.noun"
    assert statement.provenance.note == "pattern: noun"


def test_noun_phrase_as_subject_ends_before_the_sentence_verb() -> None:
    document = _document("Reyes's warning that the old pier could collapse went unheeded for months.")
    statement = _by_cue(document, "warning")
    assert statement is not None
    assert statement.content.text == "the old pier could collapse"
    statement = _by_cue(_document("Duarte's assertion that the fund is empty is wrong, auditors say."), "assertion")
    assert statement is not None and statement.content.text == "the fund is empty"


def test_possessive_pronoun_holder_found_by_coreference() -> None:
    statement = _by_cue(_document("She repeated her promise that ferry fares will not rise."), "promise")
    assert statement is not None
    assert statement.content.text == "ferry fares will not rise"
    assert statement.source is not None and statement.source.text == "her"


def test_agent_after_by_holds_the_claim() -> None:
    statement = _by_cue(_document("The claim by the harbour board that the dredging is safe was disputed."), "claim")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "the harbour board"
    assert statement.content.text == "the dredging is safe"


def test_introductory_phrase_ends_at_its_comma() -> None:
    document = _document("Contrary to Reyes's insistence that the budget was balanced, the deficit grew.")
    statement = _by_cue(document, "insistence")
    assert statement is not None
    assert statement.content.text == "the budget was balanced"


def test_noun_without_holder_reports_nothing() -> None:
    assert _by_cue(_document("The claim that the pier was sold has been repeated often."), "claim") is None
    assert _by_cue(_document("The warning that the pier could collapse went unheeded."), "warning") is None
    assert _by_cue(_document("The fact that the pier was sold angered residents."), "fact") is None


def test_relative_that_is_no_content() -> None:
    # "that" opens a relative clause: the claim is its object, or its subject is missing.
    assert _by_cue(_document("Reyes's claim that he made in May was false."), "claim") is None
    assert _by_cue(_document("Duarte's claim that he repeated, about the pier, was false."), "claim") is None
    assert _by_cue(_document("Duarte's warning that followed was ignored."), "warning") is None
    assert _by_cue(_document("Reyes's claim that was aired on radio was false."), "claim") is None


def test_noun_without_that_clause_reports_nothing() -> None:
    assert _by_cue(_document("Reyes's claim about the pier was false."), "claim") is None
    assert _by_cue(_document("Duarte's warning to residents came late."), "warning") is None


def test_verb_cues_unchanged() -> None:
    statement = _by_cue(_document("Reyes claimed that the pier had been sold."), "claimed")
    assert statement is not None and statement.provenance.rule == "statement.cue.state"
    statement = _by_cue(_document("Duarte warned that the pier could collapse."), "warned")
    assert statement is not None and statement.content.text == "the pier could collapse"
    # An owner's plural noun before the verb form is the verb's subject, not a holder of the noun.
    statement = _by_cue(_document("Duarte's aides claim that the pier was sold."), "claim")
    assert statement is not None and statement.provenance.rule == "statement.cue.state"
    assert statement.source is not None and statement.source.text == "Duarte's aides"


# -- where a noun cue's content ends ---------------------------------------------------


def _noun_statements(document: Document) -> list[Statement]:
    return [s for s in document.statements if s.provenance is not None and s.provenance.rule == "statement.cue.noun"]


def test_content_ends_before_and_with_a_new_clause() -> None:
    # After the noun phrase, ", and" with a subject and a verb is the sentence's own clause.
    body = "Residents dismissed Reyes's claim that fares rose, and the ferry company lost money."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "fares rose"
    body = "Residents heard Reyes's claim that fares rose, but the council says otherwise."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "fares rose"


def test_content_keeps_a_second_verb_or_that_clause_of_the_claim() -> None:
    body = "Residents doubted Reyes's claim that fares rose, and that the ferry was late."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "fares rose, and that the ferry was late"
    body = "Residents doubted Reyes's claim that fares rose, and fell again in May."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "fares rose, and fell again in May"
    body = "Reyes's claim that fares rose, and that wages fell, was dropped."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "fares rose, and that wages fell"


def test_participle_after_a_comma_is_the_main_clause() -> None:
    body = "Critics rejected Duarte's claim that wages had fallen, calling it absurd."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "wages had fallen"
    body = "Critics rejected Duarte's claim that wages had fallen, adding that the data was old."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "wages had fallen"
    # "including" opens no participle phrase: the clause goes on.
    body = "Residents doubted Reyes's claim that every pier was sold, including the oldest."
    statement = _by_cue(_document(body), "claim")
    assert statement is not None and statement.content.text == "every pier was sold, including the oldest"


def test_repeated_claims_end_where_the_next_starts() -> None:
    body = (
        "Residents doubted Reyes's claim that fares rose, Duarte's claim that ferries were late"
        " and the claim by the board that the pier was sold."
    )
    statements = _noun_statements(_document(body))
    assert [s.content.text for s in statements] == ["fares rose", "ferries were late", "the pier was sold"]
    # A verb cue after the noun ends its content too.
    statement = _by_cue(_document("Residents doubted Reyes's claim that fares rose, Duarte said."), "claim")
    assert statement is not None and statement.content.text == "fares rose"


def test_noun_phrases_joined_as_subject_end_before_the_sentence_verb() -> None:
    body = (
        "Reyes's claim that fares rose, Duarte's claim that ferries were late and her claim that the pier"
        " was sold were all false."
    )
    statements = _noun_statements(_document(body))
    assert [s.content.text for s in statements] == ["fares rose", "ferries were late", "the pier was sold"]
    # After a verb the noun phrases are its objects, not the subject: "Residents doubted ...".
    body = "Residents doubted Reyes's claim that fares rose and Duarte's claim that ferries were late."
    statements = _noun_statements(_document(body))
    assert [s.content.text for s in statements] == ["fares rose", "ferries were late"]


@pytest.mark.parametrize(
    "clause",
    [
        "he lied",
        "he died at sea",
        "she used the fund",
        "he eyed the post",
        "the pilot tied the boat",
        "Reyes owed the council money",
    ],
)
def test_short_past_forms_are_the_clause_verb(clause: str) -> None:
    # The clause's verb found, the noun phrase (the sentence's subject) ends before the sentence's verb.
    statement = _by_cue(_document(f"Duarte's claim that {clause} was dropped."), "claim")
    assert statement is not None and statement.content.text == clause


_HOLDERS = ["Reyes's", "Duarte's", "Tomas Reyes's", "the harbour board's"]
_NOUNS = ["claim", "warning", "assertion", "insistence"]
_CLAUSES = [
    "fares rose",
    "he lied",
    "the pier had been sold twice",
    "ferries were late, and the council paid",
    "wages had fallen, calling it absurd",
    "the fund is empty",
]
_JOINS = [", ", " and ", ", and ", "; "]
_TAILS = [".", ", Duarte said.", " were all false.", ", officials say."]


@settings(max_examples=150)
@given(
    st.lists(
        st.tuples(st.sampled_from(_HOLDERS), st.sampled_from(_NOUNS), st.sampled_from(_CLAUSES)), min_size=1, max_size=5
    ),
    st.lists(st.sampled_from(_JOINS), min_size=4, max_size=4),
    st.sampled_from(["Residents doubted ", "Critics rejected ", ""]),
    st.sampled_from(_TAILS),
)
def test_noun_contents_do_not_overlap_and_hold_no_cue(
    claims: list[tuple[str, str, str]], joins: list[str], opening: str, tail: str
) -> None:
    phrases = [f"{holder} {noun} that {clause}" for holder, noun, clause in claims]
    body = phrases[0] + "".join(join + phrase for join, phrase in zip(joins, phrases[1:], strict=False)) + tail
    if not opening:
        body = body[0].upper() + body[1:]
    document = _document(opening + body)
    nouns = sorted(_noun_statements(document), key=lambda s: s.content.start)
    # Noun contents in one text never overlap: each ends where the next statement starts, or earlier.
    for first, second in itertools.pairwise(nouns):
        assert first.content.end <= second.content.start
    # No noun content holds a statement's cue, its own or another's.
    for statement in nouns:
        for other in document.statements:
            if other.cue is not None:
                assert not (statement.content.start <= other.cue.start < statement.content.end)
    assert sum(s.content.end - s.content.start for s in nouns) <= len(document.text)
    if not opening and tail == " were all false.":
        # Noun phrases joined as the sentence's subject: no content runs into the sentence's verb.
        assert not any("were all" in statement.content.text for statement in nouns)


# -- a source with two descriptions before its cue -------------------------------------


def test_age_and_relative_clause_between_name_and_cue() -> None:
    body = "Reyes, 56, who has sat on the council since 2009, said the vote would be held in June."
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Reyes"
    assert statement.content.text == "the vote would be held in June"


def test_age_and_title_between_name_and_cue() -> None:
    body = "Tomas Reyes, 56, a former harbour pilot, told reporters the channel was too shallow."
    statement = _by_cue(_document(body), "told")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Tomas Reyes"


def test_title_and_relative_clause_between_name_and_cue() -> None:
    body = "Ines Duarte, the mayor of Port Alva, who called the vote, said the delay was regrettable."
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Ines Duarte"


def test_owner_apposition_between_name_and_cue() -> None:
    body = "Vela Marine, the port's largest tenant and its oldest client, said it would move its ships."
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Vela Marine"
    body = "Reyes, Duarte's closest ally on the council, said the vote was fair."
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Reyes"


def test_place_before_a_described_subject_is_no_source() -> None:
    # "In Port Alva" opens the sentence: the described subject speaks, not the place.
    body = "In Port Alva, the harbour master, who spoke briefly, said the channel would reopen."
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "the harbour master"


# -- other shapes around known cues ---------------------------------------------------------


def test_owner_before_a_role_names_an_unnamed_source() -> None:
    body = "Alvania's harbour commissioner says an internal review found no fault with the pilots."
    statement = _by_cue(_document(body), "says")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Alvania's harbour commissioner"
    assert statement.content.text == "an internal review found no fault with the pilots"
    # A contraction is no owner: "It's worth noting that ..." names nobody.
    assert _by_cue(_document("It's worth noting that the pier was sold twice."), "noting") is None


def test_says_of_someone_then_a_quotation() -> None:
    body = "The ferry operator says of Duarte, “She has never once taken the ferry.”"
    statement = _by_cue(_document(body), "says")
    assert statement is not None
    assert statement.content.text == "She has never once taken the ferry"
    # "about" may not reach a "that" past a comma: that clause is the participle's.
    body = "Reyes spoke about the pier on Monday, arguing that it should be sold."
    statement = _by_cue(_document(body), "arguing")
    assert statement is not None and statement.content.text == "it should be sold"


def test_question_before_a_short_cue_sentence() -> None:
    body = "“How many ferries have to sink?” Reyes said. “We warned them in May.”"
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.content.text.startswith("How many ferries have to sink?")
    assert statement.source is not None and statement.source.text == "Reyes"


def test_share_of_those_asked_speaks() -> None:
    body = "Voters were split. However, 63 percent said the ferry should stay public."
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "63 percent"
    assert statement.content.text == "the ferry should stay public"
    statement = _by_cue(_document("Twelve percent indicated that they were not sure."), "indicated")
    assert statement is not None and statement.content.text == "they were not sure"


def test_quoted_programme_name_is_no_content() -> None:
    body = 'In an interview on "Harbour Watch," Councillor Tomas Reyes said the pier would be sold by June.'
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.content.text == "the pier would be sold by June"
    # A short quotation with no clause after the cue is still the content.
    statement = _by_cue(_document('"Not This Year," Reyes said.'), "said")
    assert statement is not None and statement.content.text == "Not This Year"


def test_asked_and_demanded_report_the_quotation_before_them() -> None:
    body = "“Who will pay for the new pier?” Reyes asked. “Nobody has said.”"
    statement = _by_cue(_document(body), "asked")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Reyes"
    assert statement.content.text.startswith("Who will pay for the new pier?")
    body = "“Why was the vote moved to June?” a resident of the harbour district demanded."
    statement = _by_cue(_document(body), "demanded")
    assert statement is not None
    assert statement.content.text == "Why was the vote moved to June?"
    # Without a quotation before it, "asked" stays an act on its object.
    statement = _by_cue(_document("Reyes asked the council to delay the vote."), "asked")
    assert statement is not None and statement.content.text == "the council to delay the vote"


def test_quotation_inside_a_quotation_before_an_inverted_cue() -> None:
    body = "\"Residents say, 'The pier is ours, not the council's,'\" said Tomas Reyes, a harbour pilot."
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "Tomas Reyes"
    assert statement.content.text.startswith("Residents say, 'The pier is ours")
