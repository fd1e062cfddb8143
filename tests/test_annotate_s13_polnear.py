"""Statement shapes that real political news uses and the annotator missed, each pinned with sentences of our own.

Chanted and shouted words quoted whole before the sentence goes on ("chanted “No cuts!” and marched on"); a
document that reads its words ("the letter reads"); a sentence opened by "As X put it, ..."; an adverb of manner
between the cue and what it reports ("said bluntly: “...”"). Names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def statements_of(document: Document) -> list[tuple[str | None, str, str]]:
    """(source text, cue, content) of every statement."""
    return [
        (s.source.text if s.source else None, s.cue.text, s.content.text if s.content else "")
        for s in document.statements
    ]


def said(text: str) -> list[tuple[str | None, str, str]]:
    return statements_of(stancekit.annotate(text))


# -- 1. chanting and shouting: a whole utterance quoted --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dockers marched through the port of Tarvik on Sunday, chanting, “No more cuts!”",
            ("Dockers", "chanting", "No more cuts!"),
        ),
        (
            "Farmers blocked the ring road outside Velmar, chanting “Fair prices now.”",
            ("Farmers", "chanting", "Fair prices now"),
        ),
        ("“Bring back the night bus,” the students chanted.", ("the students", "chanted", "Bring back the night bus")),
        (
            "The nurses chanted “Who pays the bill?” and walked on to the ministry.",
            ("The nurses", "chanted", "Who pays the bill?"),
        ),
        (
            "The councillor shouted “Shame on you!” at the mayor before leaving the chamber.",
            ("The councillor", "shouted", "Shame on you!"),
        ),
        ("Selma Ortiz asked “Why now?” and left the room.", ("Selma Ortiz", "asked", "Why now?")),
    ],
)
def test_a_chanted_or_shouted_quotation_is_reported(text: str, expected: tuple[str, str, str]) -> None:
    """ "chanting, “...”", 'chanted "...?" and walked on': the quoted words, even when the sentence goes on."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The crowd chanted slogans outside the embassy of Morland.",
        "Fans chanted the name of the coach for an hour.",
        "The choir chanted for an hour in the old cathedral.",
        "The fans chanted “Olé” for an hour.",
    ],
)
def test_chanting_without_a_quoted_utterance_reports_nothing(text: str) -> None:
    """ "chanted slogans", "chanted the name of": no words reported; "chanted “Olé” for an hour": no utterance."""
    assert said(text) == []


# -- 2. a document that reads its words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“We ask the council to keep the library open,” the letter reads.",
            ("the letter", "reads", "We ask the council to keep the library open"),
        ),
        (
            "“The plant will close in March,” the memo read.",
            ("the memo", "read", "The plant will close in March"),
        ),
        (
            "A banner outside the depot read: “No jobs, no peace.”",
            ("A banner outside the depot", "read", "No jobs, no peace"),
        ),
        ("“Closed until further notice,” read a sign on the door.", ("a sign", "read", "Closed until further notice")),
    ],
)
def test_a_document_reads_its_words(text: str, expected: tuple[str, str, str]) -> None:
    """ "“...,” the letter reads", "read a sign": what a letter, memo or sign says in its own words."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister read the report before the meeting in Velmar.",
        "Selma Ortiz read “The Long Winter” on the train.",
        "The board read the proposal twice and then voted.",
        "Most voters read the headline and nothing else.",
        "The students read that book in a week.",
        "The engineers continued that work in the spring.",
    ],
)
def test_reading_something_reports_nothing(text: str) -> None:
    """ "read the report", "read “The Long Winter”", "read that book": someone reads, no document speaks."""
    assert said(text) == []


# -- 3. "As X put it, ...": the main clause after the aside ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the finance minister put it, the country cannot wait any longer.",
            ("the finance minister", "put it", "the country cannot wait any longer"),
        ),
        (
            "As Tomas Ekholm noted in his report, the budget is already overspent.",
            ("Tomas Ekholm", "noted", "the budget is already overspent"),
        ),
        (
            "But as the union's leader put it on Friday, “We have waited long enough.”",
            ("the union's leader", "put it", "We have waited long enough"),
        ),
        (
            "As Selma Ortiz put it in an interview with a local paper in May, the firm is “not for sale.”",
            ("Selma Ortiz", "put it", "the firm is “not for sale.”"),
        ),
    ],
)
def test_an_as_aside_reports_the_clause_after_it(text: str, expected: tuple[str, str, str]) -> None:
    """ "As X put it, Y": X's words are Y, as in "according to X, Y"."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "As Tomas Ekholm arrived at the hall, the crowd cheered.",
        "As expected, the budget is overspent.",
        "As the minister put it, bluntly.",
    ],
)
def test_an_as_clause_without_a_report_reports_nothing(text: str) -> None:
    """ "As X arrived, ...", "As expected, ...": a time or a comment, nobody's words."""
    assert said(text) == []


# -- 4. an adverb of manner between the cue and the report ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Selma Ortiz put it bluntly: “We cannot wait.”", ("Selma Ortiz", "put it", "We cannot wait")),
        ("The mayor responded angrily: “This is a lie.”", ("The mayor", "responded", "This is a lie")),
        (
            "Tomas Ekholm said simply that the plan had failed.",
            ("Tomas Ekholm", "said", "the plan had failed"),
        ),
        (
            "The ministry wrote recently that the bridge would reopen in June.",
            ("The ministry", "wrote", "the bridge would reopen in June"),
        ),
    ],
)
def test_a_manner_adverb_before_the_report(text: str, expected: tuple[str, str, str]) -> None:
    """ "said bluntly: “...”", "said simply that ...": the adverb is the manner, not part of the content."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor acted quickly that morning.",
        "Selma Ortiz smiled politely: the question had been expected.",
    ],
)
def test_an_adverb_after_a_verb_that_reports_nothing(text: str) -> None:
    """ "acted quickly that morning", "smiled politely:": no cue, no report."""
    assert said(text) == []


# -- 5. a participle after a comma and an adverb; its subject before the first verb -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Green nominee complained about the microphone after the debate, even suggesting it had been cut.",
            ("The Green nominee", "suggesting", "it had been cut"),
        ),
        (
            "The harbour master criticized the budget, also noting that the dredger was twenty years old.",
            ("The harbour master", "noting", "the dredger was twenty years old"),
        ),
        (
            "The port authority has rejected the offer, arguing that the price is far too low.",
            ("The port authority", "arguing", "the price is far too low"),
        ),
        (
            "Selma Ortiz left the talks early, later adding that the offer had been an insult.",
            ("Selma Ortiz", "adding", "the offer had been an insult"),
        ),
    ],
)
def test_a_participle_after_an_adverb_reports(text: str, expected: tuple[str, str, str]) -> None:
    """ ", even suggesting ...": the adverb between the comma and the participle; the subject is the sentence's."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor left the hall early, even saying goodbye to the guards.",
        "The council met on Friday, again discussing the budget.",
        "The mayor criticized the budget, also urging the council to cut spending.",
    ],
)
def test_a_participle_after_an_adverb_without_a_report(text: str) -> None:
    """ ", even saying goodbye", ", again discussing ...": the participle reports nothing; an act after a comma
    and an adverb is read as one after a comma alone (none)."""
    assert [cue for _, cue, _ in said(text) if cue != "criticized"] == []


def test_an_as_did_aside_before_that() -> None:
    """ "cautioned, as did the campaign itself, that ...": the aside between the cue and its clause."""
    assert (
        "Several economists",
        "cautioned",
        "the proposals might well change after the vote",
    ) in said(
        "Several economists cautioned, as did the campaign itself, that the proposals might well change after the vote."
    )


# -- 6. an adverb of time that opens the sentence without a comma ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Then the minister said the plan had failed.", ("the minister", "said", "the plan had failed")),
        (
            "Later the union told its members that the strike was over.",
            ("the union", "told", "the strike was over"),
        ),
        ("Now the mayor says the bridge will reopen in June.", ("the mayor", "says", "the bridge will reopen in June")),
        ("Earlier she said the port would stay open.", ("she", "said", "the port would stay open")),
    ],
)
def test_an_opening_adverb_is_no_part_of_the_source(text: str, expected: tuple[str, str, str]) -> None:
    """ "Then the minister said ...": the adverb opens the sentence; the minister speaks."""
    assert expected in said(text)


def test_an_opening_word_of_a_name_stays() -> None:
    """ "Then" before a name is read as before ("Then Ana Ruiz said"); "Now" inside a name is not cut."""
    assert [speaker for speaker, _, _ in said("Then Selma Ortiz said the plan had failed.")] == ["Then Selma Ortiz"]


# -- 7. a message given, then set off after a colon -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On May 3, Senator Ekholm made the following comment: “Young workers are paying for this crisis.”",
            ("Senator Ekholm", "made the following comment", "Young workers are paying for this crisis"),
        ),
        (
            "The mayor had a blunt message for the board: “Fix the bridge or resign.”",
            ("The mayor", "had a blunt message", "Fix the bridge or resign"),
        ),
        (
            "The ministry issued a short statement: “The talks have ended.”",
            ("The ministry", "issued a short statement", "The talks have ended"),
        ),
        (
            "Selma Ortiz gave her answer:\n\n“We will not sell the port.”\n\nThe board met again on Friday.",
            ("Selma Ortiz", "gave her answer", "We will not sell the port"),
        ),
        (
            "Selma Ortiz gave her answer:\n\n“We will not sell the port. Not this year.“\n\nThe board met on Friday.",
            ("Selma Ortiz", "gave her answer", "We will not sell the port. Not this year."),
        ),
    ],
)
def test_a_message_before_a_colon_reports_what_follows(text: str, expected: tuple[str, str, str]) -> None:
    """ "made the following comment: “...”", "had a message for X: “...”": the words after the colon."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The company made a profit: it earned 3 million euros.",
        "The firm made the following changes: new tills and longer opening hours.",
        "The council had a busy year: it opened two schools.",
    ],
)
def test_something_else_before_a_colon_reports_nothing(text: str) -> None:
    """ "made a profit:", "made the following changes:": no message, nothing said."""
    assert said(text) == []


# -- 8. where a report ends: a conceding verb after "but", a new subject's act, a clause of time -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dockers said they wanted a fair deal, but pledged to keep the port open.",
            ("Dockers", "said", "they wanted a fair deal"),
        ),
        (
            "The minister said the levy was fair but conceded that it would hurt small farms.",
            ("The minister", "said", "the levy was fair"),
        ),
        (
            "Conservatives said they were convinced the tender was rigged and Liberals accused the mayor of hiding it.",
            ("Conservatives", "said", "they were convinced the tender was rigged"),
        ),
        (
            "The mayor said the bridge would reopen in May, and when asked about the cost, the engineer said it was "
            "within budget.",
            ("The mayor", "said", "the bridge would reopen in May"),
        ),
        (
            "She said fathers would not get the leave, and when pressed on why, the candidate's daughter replied, "
            "“It is meant for the mother.”",
            ("the candidate's daughter", "replied", "It is meant for the mother"),
        ),
    ],
)
def test_a_report_ends_where_another_clause_begins(text: str, expected: tuple[str, str, str]) -> None:
    """ ", but pledged ...", "and Liberals accused ...", ", and when asked ..., X said": the first report ends there."""
    assert expected in said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said Seoul was sympathetic but wanted the patrols limited to daylight hours.",
            ("The ministry", "said", "Seoul was sympathetic but wanted the patrols limited to daylight hours"),
        ),
        (
            "The spokesman said it welcomed the talks but rejected any deal on the islands.",
            ("The spokesman", "said", "it welcomed the talks but rejected any deal on the islands"),
        ),
        (
            "The minister said Smith and Jones accused the union of lying.",
            ("The minister", "said", "Smith and Jones accused the union of lying"),
        ),
    ],
)
def test_the_clause_goes_on_through_its_own_verbs(text: str, expected: tuple[str, str, str]) -> None:
    """ "said Seoul was sympathetic but wanted ...": the act after "but" is the reported clause's own."""
    assert expected in said(text)


# -- 9. a question put to someone: whom, then the question --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator asked the chief executive whether the bank had broken the law.",
            ("The senator", "asked", "whether the bank had broken the law"),
        ),
        ("Reporters asked Selma Ortiz if she would resign.", ("Reporters", "asked", "if she would resign")),
        ("She asked reporters why nobody had resigned.", ("She", "asked", "why nobody had resigned")),
        ("The moderator asked him about his tax returns.", ("The moderator", "asked", "his tax returns")),
        ("The court asked what the board knew.", ("The court", "asked", "what the board knew")),
    ],
)
def test_a_question_put_to_someone_is_the_content(text: str, expected: tuple[str, str, str]) -> None:
    """ "asked the chief executive whether ...": the question is what was asked; the addressee is no part of it."""
    assert expected in said(text)


def test_asking_someone_to_act_keeps_its_object() -> None:
    """ "asked the minister to meet ...": a request, read as before (no question word to start at)."""
    assert ("The union", "asked", "the minister to meet its leaders") in said(
        "The union asked the minister to meet its leaders."
    )
