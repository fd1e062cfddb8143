"""Statements the text does not report: a tell-type cue whose objects are only noun phrases ("told
regional radio", "told the court a different version"), whose report is the clause before it even with
a clause of time after the addressee; a name in apposition before the cue, which is no content; and
"recalled hearing ...", a gerund that is the report.

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import stancekit
from stancekit.model import Document, Statement

#: Every text opens with a headline and a sentence that names a person a pronoun later may refer to.
_LEAD = "Cannery Closure Confirmed\n\nMayor Ines Duarte met the port board on Tuesday. "


def _document(body: str) -> Document:
    return stancekit.annotate(_LEAD + body)


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


def _contents(document: Document) -> list[str]:
    return [statement.content.text for statement in document.statements]


# -- a tell-type cue with noun phrases only ----------------------------------------------------


def test_told_an_addressee_in_lower_case_reports_the_clause_before() -> None:
    document = _document("The cannery will shut in May, the labour minister told regional radio.")
    statement = _by_cue(document, "told")
    assert statement is not None
    assert statement.content.text == "The cannery will shut in May"


def test_told_an_addressee_then_a_time_and_a_clause_of_time_reports_the_clause_before() -> None:
    document = _document(
        "The driver fell asleep at the wheel, a police officer told the inquest on Thursday as the hearing "
        "resumed in the county court."
    )
    statement = _by_cue(document, "told")
    assert statement is not None
    assert statement.content.text == "The driver fell asleep at the wheel"


def test_told_two_noun_phrases_and_no_clause_is_no_statement() -> None:
    document = _document("The defence told the court a different version of events.")
    assert _by_cue(document, "told") is None


def test_the_role_before_a_name_in_apposition_is_no_content() -> None:
    document = _document("The company's lawyer, Ana Ruiz, told the tribunal another story.")
    assert "The company's lawyer" not in _contents(document)


def test_told_an_addressee_then_a_clause_still_reports_the_clause() -> None:
    """The trap: after the addressee comes a clause, with an auxiliary, a past verb or a verb in -s."""
    document = _document(
        "The minister told regional radio the cannery would shut in May. "
        "The mayor told councillors the budget needs cuts. "
        "A harbour pilot told the inquest the crane collapsed."
    )
    contents = _contents(document)
    assert any(content.endswith("the cannery would shut in May") for content in contents)
    assert any(content.endswith("the budget needs cuts") for content in contents)
    assert any(content.endswith("the crane collapsed") for content in contents)


def test_told_someone_to_act_is_still_a_statement() -> None:
    document = _document("She told the farmers to sell their grain early.")
    statement = _by_cue(document, "told")
    assert statement is not None
    assert statement.content.text.endswith("to sell their grain early")


# -- a gerund after a speech cue ------------------------------------------------------------


def test_recalled_with_a_gerund_reports_it() -> None:
    document = _document("A neighbour, Tomas Kral, who lives next door, recalled hearing two shots after midnight.")
    statement = _by_cue(document, "recalled")
    assert statement is not None
    assert statement.content.text == "hearing two shots after midnight"
    assert statement.speaker is not None and document.entity(statement.speaker).name == "Tomas Kral"


def test_a_participle_reporting_a_clause_that_opens_with_a_gerund_still_reports_it() -> None:
    """The trap: ", saying restructuring would continue" is a clause after "saying", whatever its first word."""
    document = _document("The firm cut 300 jobs, saying restructuring would continue into next year.")
    statement = _by_cue(document, "saying")
    assert statement is not None
    assert statement.content.text == "restructuring would continue into next year"


def test_a_participle_after_a_comma_is_no_gerund_of_the_word_before() -> None:
    """The trap: "Kedah state, saying ..." is the participle of the sentence's subject, not a report of "state"."""
    document = _document(
        "Coast guard ships stopped two trawlers off the coast of Kedah state, saying the crews fished."
    )
    assert _by_cue(document, "state") is None


# -- "posted", "tweeted": a report only with a quotation, "that" or a colon ----------------------


def test_posted_a_photo_is_no_statement_but_the_participle_after_it_is() -> None:
    document = _document(
        "Councillor Luis Moreno posted a scan of the lease on Instagram, writing that the deal was rushed."
    )
    assert _by_cue(document, "posted") is None
    statement = _by_cue(document, "writing")
    assert statement is not None
    assert statement.content.text == "the deal was rushed"


def test_tweeted_a_quotation_or_a_that_clause_is_a_statement() -> None:
    """The trap: a quotation or a clause after "that" is what was posted."""
    document = _document(
        'Councillor Luis Moreno tweeted: "Let the voters decide this." '
        "Ines Duarte posted on Facebook that the lease would be published."
    )
    tweeted = _by_cue(document, "tweeted")
    assert tweeted is not None and tweeted.content.text == "Let the voters decide this"
    posted = _by_cue(document, "posted")
    assert posted is not None and posted.content.text == "the lease would be published"


def test_posted_after_a_comma_with_no_quotation_has_no_inverted_source() -> None:
    document = _document("The channel has aired rumours, posted one-sided clips from the front and mocked critics.")
    assert _by_cue(document, "posted") is None


def test_a_tweet_after_a_name_is_a_noun() -> None:
    document = _document('Ines Duarte is calling "cruel" a Luis Moreno tweet about the harbour workers.')
    assert _by_cue(document, "tweet") is None


# -- an act verb with no object -------------------------------------------------------------------


def test_an_act_participle_followed_by_a_time_reports_nothing() -> None:
    document = _document("The group's bonds gained 2% in Oslo. They were also lifted by a dividend announced in March.")
    assert _by_cue(document, "announced") is None


def test_an_act_verb_with_a_particle_reports_nothing() -> None:
    document = _document("Ines Duarte called in to a late-night radio show. The port board backed out.")
    assert _by_cue(document, "called") is None
    assert _by_cue(document, "backed") is None


def test_an_act_with_its_object_and_then_a_time_still_reports_it() -> None:
    """The trap: the object comes first, the time after it."""
    document = _document("Ines Duarte announced a review of the lease in March.")
    statement = _by_cue(document, "announced")
    assert statement is not None
    assert statement.content.text.startswith("a review of the lease")


# -- an act's object that is a thing done or given ----------------------------------------------


def test_called_an_event_is_no_statement() -> None:
    document = _document("The dockers' union called a two-day stoppage at the port for next week.")
    assert _by_cue(document, "called") is None


def test_called_for_or_called_with_a_quotation_is_still_a_statement() -> None:
    """The trap: "called for" asks for something, and a quotation names it."""
    document = _document(
        "The dockers' union called for a two-day stoppage at the port. "
        'Ines Duarte called an "unlawful blockade" by the dockers a threat to the town.'
    )
    contents = _contents(document)
    assert "a two-day stoppage at the port" in contents
    assert any("unlawful blockade" in content for content in contents)


def test_a_recipient_then_a_sum_is_a_payment_not_a_message() -> None:
    document = _document(
        "The ministry offered Vestal Foods 15 million euros in grants. The region promised the firm $4 million."
    )
    assert _by_cue(document, "offered") is None
    assert _by_cue(document, "promised") is None


def test_an_object_with_a_number_in_its_name_is_still_reported() -> None:
    """The trap: "Proposition 12" is a name with a number, not a recipient and a sum."""
    document = _document("Ines Duarte backed Proposition 12 at a rally in the harbour.")
    statement = _by_cue(document, "backed")
    assert statement is not None
    assert statement.content.text.startswith("Proposition 12")


def test_a_time_after_an_acts_setting_does_not_carry_its_object_on() -> None:
    document = _document("The ministry rejected the complaint in a statement late on Friday.")
    statement = _by_cue(document, "rejected")
    assert statement is not None
    assert statement.content.text == "the complaint"


def test_a_preposition_after_an_acts_setting_still_carries_its_object_on() -> None:
    """The trap: "asked the court in a filing last week for a review" goes on after the setting."""
    document = _document("The ministry asked the court in a filing last week for a review.")
    statement = _by_cue(document, "asked")
    assert statement is not None
    assert statement.content.text.endswith("for a review")


# -- a participle after the object of "leave" ----------------------------------------------------


def test_a_participle_after_the_people_a_vote_leaves_is_no_statement() -> None:
    document = _document(
        "The board voted 6-3 late on Monday to sell the pier, handing the mayor a rare victory and leaving "
        "critics vowing to keep fighting."
    )
    assert _by_cue(document, "vowing") is None


def test_left_a_place_then_a_participle_is_the_subjects_report() -> None:
    """The trap: "left the talks saying ..." is the subject leaving, and saying."""
    document = _document("She left the talks saying the deal was dead.")
    statement = _by_cue(document, "saying")
    assert statement is not None
    assert statement.content.text == "the deal was dead"


# -- an act form that is a noun ------------------------------------------------------------------


def test_an_act_form_followed_by_a_verb_is_a_noun() -> None:
    document = _document(
        "Among harbour workers, union support was never in doubt. Her plan is simple. "
        "Port advocates such as the dockers' union want a vote."
    )
    assert _by_cue(document, "support") is None
    assert _by_cue(document, "plan") is None
    assert _by_cue(document, "advocates") is None


def test_an_act_verb_with_its_object_is_still_read() -> None:
    """The trap: "support the plan", "plans to sell" are verbs with objects."""
    document = _document("Critics support the pier sale. Ines Duarte plans to sell the pier.")
    assert _by_cue(document, "support") is not None
    assert _by_cue(document, "plans") is not None


def test_an_act_form_before_a_passive_participle_and_by_is_a_noun() -> None:
    document = _document("Past pledges made by shipping firms were quietly dropped.")
    assert _by_cue(document, "pledges") is None


def test_a_vote_count_after_an_act_verb_is_no_object() -> None:
    document = _document("Some members wanted a smaller levy, a proposal the council rejected 5-2.")
    assert _by_cue(document, "rejected") is None


def test_an_act_object_with_a_participle_and_no_by_is_still_read() -> None:
    """The trap: "increased funding" is an adjective and a noun, not a passive."""
    document = _document("Ines Duarte backed increased funding for the harbour school.")
    statement = _by_cue(document, "backed")
    assert statement is not None
    assert statement.content.text.startswith("increased funding")


# -- a tell-type cue, its addressee, then the narrator's sentence going on ------------------------


def test_told_an_addressee_then_a_participle_reports_the_clause_before() -> None:
    document = _document(
        "Fish stocks in the bay have halved since 2019, the fisheries inspector told the council on Monday, "
        "urging it to cap the catch."
    )
    statement = _by_cue(document, "told")
    assert statement is not None
    assert statement.content.text == "Fish stocks in the bay have halved since 2019"


def test_told_an_addressee_then_but_and_a_new_clause_reports_the_clause_before() -> None:
    document = _document(
        "The port supports a longer season, harbour master Ivo Petek told MPs before the vote, but he "
        "warned against night fishing."
    )
    statement = _by_cue(document, "told")
    assert statement is not None
    assert statement.content.text == "The port supports a longer season"


def test_a_gerund_subject_after_said_is_still_the_report() -> None:
    """The trap: "replacing him would be harder" is a clause whose subject is a gerund, not a participle."""
    document = _document("If the first vote was easy, Ines Duarte said, replacing the chairman would be harder.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text.endswith("replacing the chairman would be harder")


# -- "that" as a determiner; a subject that denies the act ---------------------------------------


def test_that_before_one_word_at_the_end_is_a_determiner() -> None:
    document = _document("The dockers' union rejected that argument.")
    statement = _by_cue(document, "rejected")
    assert statement is not None
    assert statement.content.text == "that argument"


def test_that_before_a_subject_and_a_verb_still_opens_a_clause() -> None:
    """The trap: "that prices fell" is a clause of two words."""
    document = _document("Harbour traders said that prices fell.")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "prices fell"


def test_an_act_after_none_of_them_is_no_act() -> None:
    document = _document(
        "The organisers had hoped for more, and none of them announced a pledge. Nobody backed the levy."
    )
    assert _by_cue(document, "announced") is None
    assert _by_cue(document, "backed") is None
