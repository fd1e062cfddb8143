"""Attribution recall: reports that news text writes in ways the rules missed.

A speech cue reads a clause whose subject is a plural noun without a determiner ("noted costs are rising");
phrases of saying in the present ("make the case that ...").
"""

import pytest

import stancekit


def reports(text: str) -> list[tuple[str, str]]:
    """(cue, content) of each statement, in text order."""
    document = stancekit.annotate(text)
    return [
        (statement.cue.text if statement.cue else "", statement.content.text)
        for statement in sorted(document.statements, key=lambda statement: statement.content.start)
    ]


# -- a clause whose subject is a plural noun without a determiner ------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The regulator noted prices were falling in most regions.", "noted", "prices were falling in most regions"),
        ("Aid workers stressed supplies had run out by Friday.", "stressed", "supplies had run out by Friday"),
        ("The coach admitted mistakes had been made in defence.", "admitted", "mistakes had been made in defence"),
        (
            "Mr. Lindqvist argued talks with the unions would only resume in May.",
            "argued",
            "talks with the unions would only resume in May",
        ),
        (
            "Ms. Haddad said the audit was thorough, though she noted records from 2019 are missing.",
            "noted",
            "records from 2019 are missing",
        ),
    ],
)
def test_a_speech_cue_reads_a_clause_with_a_bare_plural_subject(text: str, cue: str, content: str) -> None:
    assert (cue, content) in reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "The regulator noted concerns about the merger.",  # an object, no verb follows
        "Aid workers stressed needs that no one else would meet.",  # a relative clause, no report
        "She explained costs to the committee, which was unconvinced.",
    ],
)
def test_a_bare_plural_object_is_no_clause(text: str) -> None:
    assert reports(text) == []


# -- phrases of saying, in the present ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Farmers make the case that the subsidy keeps villages alive.",
            "make the case",
            "the subsidy keeps villages alive",
        ),
        (
            "Critics raise the possibility that the dam will never be finished.",
            "raise the possibility",
            "the dam will never be finished",
        ),
    ],
)
def test_phrases_of_saying_in_the_present(text: str, cue: str, content: str) -> None:
    assert (cue, content) in reports(text)


# -- a verb of trying before "to" and a verb of saying: its subject speaks ----------------------------------


def sources(text: str) -> list[tuple[str, str, str]]:
    """(source, cue, content) of each statement."""
    document = stancekit.annotate(text)
    return [
        (
            statement.source.text if statement.source else "",
            statement.cue.text if statement.cue else "",
            statement.content.text,
        )
        for statement in document.statements
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Sofia Marren chairs the port board. Marren tried on Monday to argue that the dredging was overdue.",
            "Marren",
            "argue",
            "the dredging was overdue",
        ),
        (
            "Olav Brekke runs the mill. Brekke sought to reassure workers that no jobs would go.",
            "Brekke",
            "reassure",
            "no jobs would go",
        ),
        (
            "Lena Kowal leads the union. Kowal continued to insist the strike would go ahead.",
            "Kowal",
            "insist",
            "the strike would go ahead",
        ),
    ],
)
def test_the_subject_of_a_verb_of_trying_speaks(text: str, source: str, cue: str, content: str) -> None:
    assert (source, cue, content) in sources(text)


# -- a holder's case stated with "is that" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("The ministry's position is that the levy is legal.", "The ministry", "position", "the levy is legal"),
        (
            "The dockers' union's message has been that wages must rise before summer.",
            "The dockers' union",
            "message",
            "wages must rise before summer",
        ),
        (
            "Ruth Adebayo chairs the inquiry. Her main argument was that the dredging had been delayed for years.",
            "Her",
            "argument",
            "the dredging had been delayed for years",
        ),
    ],
)
def test_a_holders_case_stated_with_is_that(text: str, source: str, cue: str, content: str) -> None:
    assert (source, cue, content) in sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "The problem is that the levy is legal.",  # no holder
        "Her fear is that the port will close.",  # a feeling, not a stated case
        "His position is that of a mediator between the two towns.",  # no clause
    ],
)
def test_no_case_without_a_holder_a_stated_noun_or_a_clause(text: str) -> None:
    assert sources(text) == []


def test_a_case_inside_another_report_is_that_report() -> None:
    found = sources("Ruth Adebayo said the ministry's position is that the levy is legal.")
    assert [cue for _, cue, _ in found] == ["said"]


# -- "As stated in X, C" and "As reported by X, C" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "As stated in the harbour board's annual report, the quay needs new piles.",
            "the harbour board's annual report",
            "the quay needs new piles",
        ),
        (
            "As reported by the Tromsø Gazette, the ferry will stop running in May.",
            "the Tromsø Gazette",
            "the ferry will stop running in May",
        ),
    ],
)
def test_as_stated_in_and_as_reported_by_name_a_source(text: str, source: str, content: str) -> None:
    assert any(found_source == source and found_content == content for found_source, _, found_content in sources(text))


# -- a report in a sentence's opening clause ends at the comma before the main clause ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When the harbour master noted that fees had doubled, Ms. Lund said the rise was small.",
            [("noted", "fees had doubled"), ("said", "the rise was small")],
        ),
        (
            "After the mayor claimed that the port was losing money, Olsen replied that the figures were wrong.",
            [("claimed", "the port was losing money"), ("replied", "the figures were wrong")],
        ),
        (
            "Although the minister insisted that rents had not risen, tenants marched on the town hall.",
            [("insisted", "rents had not risen")],
        ),
        (
            "When the council said that fees, fines and tolls would rise, the shopkeepers protested.",
            [("said", "fees, fines and tolls would rise")],
        ),
    ],
)
def test_a_report_in_an_opening_clause_ends_before_the_main_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert reports(text) == expected


# -- a participle after a quotation closed by a comma --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            'The ferry company said: "Last summer was our busiest ever," adding that bookings had doubled.',
            "The ferry company",
            "bookings had doubled",
        ),
        (
            "In a statement, Nordvik Mining said: “The mine is safe,” noting that inspectors had found no faults.",
            "Nordvik Mining",
            "inspectors had found no faults",
        ),
    ],
)
def test_a_participle_after_a_closed_quotation_reports(text: str, source: str, content: str) -> None:
    assert any(found_source == source and found_content == content for found_source, _, found_content in sources(text))


# -- a thought's clause whose subject has no determiner --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Olav Brekke hoped electric utilities would buy his credits.",
            "hoped",
            "electric utilities would buy his credits",
        ),
        (
            "The villagers feared violence would return after the vote.",
            "feared",
            "violence would return after the vote",
        ),
    ],
)
def test_a_thought_reads_a_clause_with_a_bare_subject(text: str, cue: str, content: str) -> None:
    assert (cue, content) in reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "She knows the city well.",
        "He expects them to become less available over time.",
        "He thinks highly of the plan that the council adopted.",
    ],
)
def test_a_thought_with_an_object_reads_no_clause(text: str) -> None:
    assert reports(text) == []


# -- a participle that opens the sentence: the subject after the comma speaks --------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Insisting that the audit was flawed, Mayor Ilse Brandt told reporters the council would appeal.",
            "Mayor Ilse Brandt",
            "Insisting",
            "the audit was flawed",
        ),
        (
            "Despite admitting that the tender was fair, the ferry operator said it would appeal.",
            "the ferry operator",
            "admitting",
            "the tender was fair",
        ),
        (
            'After saying her ankle was "too swollen to stand on," the sprinter pulled out of the final.',
            "the sprinter",
            "saying",
            'her ankle was "too swollen to stand on,"',
        ),
    ],
)
def test_an_opening_participle_is_the_main_subjects(text: str, source: str, cue: str, content: str) -> None:
    assert (source, cue, content) in sources(text)


@pytest.mark.parametrize(
    "text",
    [
        "Warning signs were ignored for months before the collapse.",  # a noun's modifier
        "Without saying a word, the mayor left the stage.",  # nothing said
        "Noting the late hour, the chair closed the meeting.",  # no clause
    ],
)
def test_no_opening_participle_without_a_report(text: str) -> None:
    assert all(cue not in ("Warning", "saying", "Noting") for _, cue, _ in sources(text))


def test_a_thought_noun_before_a_verb_reads_no_clause() -> None:
    found = reports("The harbour was closed. The 40-year-old suspect told the court he was at sea that night.")
    assert [cue for cue, _ in found] == ["told"]


@pytest.mark.parametrize(
    "text",
    [
        "The company reported losses as prices were falling.",
        "The firm reported profits after sales were boosted by exports.",
        "The ministry confirmed reports it had received.",
        "The company expects profits it will share with staff.",
        "He knew people he could trust.",
        "The minister warned residents the water was unsafe.",
    ],
)
def test_a_bare_noun_after_a_cue_with_a_clause_of_its_own_after_it_is_an_object(text: str) -> None:
    """A conjunction or a second subject after the noun shows the noun is the verb's object, not a clause's subject."""
    assert stancekit.annotate(text).statements == ()
