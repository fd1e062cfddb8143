"""Noun cues with a holder and a that-clause ("the ministry's claim that ..."), and a source with two
descriptions between commas before its cue ("Name, 56, who ..., said").

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

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
