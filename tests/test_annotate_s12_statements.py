"""Statement speakers and contents misread on unseen news, each pinned with sentences of our own.

A body named in apposition to an owner's noun ("The drug's maker, the US company Pellion, said"); an
unnamed body the text names by its noun alone ("The union said"); an unnamed person placed by a town
("A federal judge in Des Moines said"). Names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def statements_of(document: Document) -> list[tuple[str | None, str, str]]:
    """(speaker name, cue, content) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [
        (names.get(s.speaker) if s.speaker else None, s.cue.text, s.content.text if s.content else "")
        for s in document.statements
    ]


def said(text: str) -> list[tuple[str | None, str, str]]:
    return statements_of(stancekit.annotate(text))


def speakers(text: str) -> list[str | None]:
    return [speaker for speaker, _, _ in said(text)]


# -- 1. an owner's noun with a described body in apposition ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velorin's maker, the Dutch company Solvara Foods, said the additive was safe.",
            ("Solvara Foods", "said", "the additive was safe"),
        ),
        (
            "The drug's maker, the US company Pellion, said the trial would continue.",
            ("Pellion", "said", "the trial would continue"),
        ),
        (
            "The bank's biggest shareholder, the Norwegian fund Nordhav Capital, said the offer was too low.",
            ("Nordhav Capital", "said", "the offer was too low"),
        ),
        (
            "The mine's operator, a Chilean firm Cobresur, warned that output would fall.",
            ("Cobresur", "warned", "output would fall"),
        ),
    ],
)
def test_a_described_body_in_apposition_speaks(text: str, expected: tuple[str, str, str]) -> None:
    """ "X's maker, the Dutch company Solvara Foods, said": the body the apposition names speaks, not nobody."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mine's owner, the firm's chairman Juan Perez, said the offer was too low.",
        "The mine's owner, a cousin of Juan Perez, said the offer was too low.",
    ],
)
def test_an_apposition_naming_someone_else_gives_no_body(text: str) -> None:
    """ "the firm's chairman Juan Perez", "a cousin of Juan Perez": no body's description; no organisation speaks."""
    document = stancekit.annotate(text)
    organisations = {entity.id for entity in document.entities if entity.type == "organization"}
    assert not any(statement.speaker in organisations for statement in document.statements)


# -- 2. an unnamed body named by its noun alone --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dockers walked out on Monday. The union said the offer was too low.", "union"),
        ("The council said the pool would close in winter.", "council"),
        ("Shares fell sharply. The company said demand had weakened.", "company"),
        ("The ministry said the vaccine was safe for children.", "ministry"),
    ],
)
def test_an_unnamed_body_is_a_speaker_of_its_own(text: str, expected: str) -> None:
    """ "The union said" where no union is named: a body named by the noun, as an unnamed source is a group."""
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Freight posted a loss. The company said demand had weakened.", "Acme Freight"),
        ("The Ministry of Health published new figures. The ministry said the vaccine was safe.", "Ministry of Health"),
    ],
)
def test_a_named_body_still_takes_its_noun(text: str, expected: str) -> None:
    """Once the text names the body, "the company" and "the ministry" are that body, not a new one."""
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    ["The government said taxes would rise.", "The new ministry said taxes would rise."],
)
def test_a_government_or_a_passing_body_stays_unnamed(text: str) -> None:
    """ "The government said" with no country, "the new ministry": whose, the text does not say."""
    assert speakers(text) == [None]


# -- 7. a place is no speaker --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A federal judge in Des Moines said the suit could proceed.", "federal judge in Des Moines"),
        ("A judge in Boise said the suit could proceed.", "judge in Boise"),
        ('"The rebates are unfair," said a farmer near Cedar Rapids.', "farmer near Cedar Rapids"),
        ("One teacher from Sioux Falls said the school was overcrowded.", "teacher from Sioux Falls"),
    ],
)
def test_an_unnamed_person_placed_by_a_town_speaks(text: str, expected: str) -> None:
    """ "A federal judge in Des Moines said": the person placed there speaks, a group as "an official in Lagos"."""
    assert speakers(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "A federal judge in Des Moines said the suit could proceed.",
        "A nurse from Cedar Rapids said the clinic was full.",
    ],
)
def test_the_town_is_not_the_speaker(text: str) -> None:
    """The town after "in" or "from" is where the speaker is; it is never a person who speaks."""
    document = stancekit.annotate(text)
    people = {entity.id for entity in document.entities if entity.type == "person"}
    assert not any(statement.speaker in people for statement in document.statements)


def test_the_chief_of_a_body_is_still_read_as_before() -> None:
    """ "The chief executive of Acme Holdings said": "of" names the body the role belongs to, not a place."""
    assert speakers("The chief executive of Acme Holdings said the port would reopen.") != [
        "chief executive of Acme Holdings"
    ]


# -- 3. an act after a preposition, its object a term in quotation marks -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Ray Holt is a TV star. He has been called a charlatan by surgeons for promoting “quack” diet cures.",
        "Dr. Ray Holt is a TV star. He’s been investigated by regulators for fraudulently promoting “magic” pills.",
        "A Danish brewer was fined for promoting “healthy” beers to teenagers.",
        "The regulator fined the brewer for promoting 'healthy' beers.",
    ],
)
def test_a_quoted_term_after_a_prepositions_act_is_no_statement(text: str) -> None:
    """ "fined for promoting “quack” cures": the act is what someone is blamed for; the marks set off a term."""
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics attacked the senator for promoting “quack” diet cures.",
            ("critics", "attacked", "the senator for promoting “quack” diet cures"),
        ),
        (
            "The senator was promoting “quack” diet cures, critics said.",
            ("critics", "said", "The senator was promoting “quack” diet cures"),
        ),
        ("The senator praised “clean” coal.", ("senator", "praised", "“clean” coal")),
    ],
)
def test_a_quoted_term_elsewhere_is_read_as_before(text: str, expected: tuple[str, str, str]) -> None:
    """The act a subject does or the report around it still stands; only the act after a preposition goes."""
    assert expected in said(text)


# -- 4. a name's "'s" as "is" before an adjective cue ---------------------------------------------------------


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow's opposed to any new sanctions.", ("Russia", "oppose", "any new sanctions")),
        ("Moscow’s opposed to any new sanctions, the envoy said.", ("Russia", "oppose", "any new sanctions")),
        ("Berlin's critical of the plan.", ("Germany", "oppose", "the plan")),
        ("Dockers walked out. The union's against the deal.", ("union", "oppose", "the deal")),
    ],
)
def test_a_names_s_before_an_adjective_cue_is_is(text: str, expected: tuple[str, str, str]) -> None:
    """ "Moscow's opposed to": the "'s" is "is" before "opposed", "critical", "against", not a possessive."""
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Trump's first against the plan was a tweet.",
        "The union's not opposed to the deal.",
    ],
)
def test_a_possessive_or_a_negation_still_holds_nothing(text: str) -> None:
    """ "Trump's first against" is a possessive; "The union's not opposed" a negated adjective: no stance."""
    assert stances_of(stancekit.annotate(text)) == []


# -- 5. people of two named countries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The foreign ministers of Kenya and Uganda said the border would reopen.",
            "The foreign ministers of Kenya and Uganda",
        ),
        (
            "The foreign ministers of Kenya, Uganda and Tanzania said the border would reopen.",
            "The foreign ministers of Kenya, Uganda and Tanzania",
        ),
        (
            "“The border will reopen,” said the trade ministers of Costa Rica and Panama.",
            "the trade ministers of Costa Rica and Panama",
        ),
        ("The leaders of Chile and Peru said the border would reopen.", "The leaders of Chile and Peru"),
    ],
)
def test_people_of_two_countries_are_one_source_as_of_three(text: str, source: str) -> None:
    """ "The foreign ministers of Kenya and Uganda said": one source, one statement, as for a list of three."""
    document = stancekit.annotate(text)
    assert [statement.source.text for statement in document.statements if statement.source] == [source]


def test_people_of_two_countries_give_each_country_the_stance() -> None:
    """The stance inside their report is each country's, as for "of Kenya, Uganda and Tanzania"."""
    document = stancekit.annotate("The foreign ministers of Kenya and Uganda said they backed the plan.")
    assert {holder for holder, _, _ in stances_of(document)} == {"Kenya", "Uganda"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The president of France and Angela Vogel said the border would reopen.", "Angela Vogel"),
        ("Kenya and Uganda said the border would reopen.", "Kenya"),
    ],
)
def test_a_second_speaker_after_and_is_read_as_before(text: str, expected: str) -> None:
    """A person after "and", or two countries with no people of them, are not a pair of owners."""
    assert speakers(text) == [expected]


# -- 6. the speaker described before the body she spoke to -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The planning committee met on Tuesday. “The noise is unbearable,” Jane Roe, who has lived on Mill Lane"
            " for 20 years, told the committee.",
            ("Jane Roe", "told", "The noise is unbearable"),
        ),
        (
            "The planning committee met on Tuesday. “The noise is unbearable,” Jane Roe, who has lived on Mill Lane"
            " for 20 years, told the committee, “and nobody listens.”",
            ("Jane Roe", "told", "The noise is unbearable and nobody listens"),
        ),
        (
            "The planning committee met on Tuesday. “The noise is unbearable,” said Jane Roe, a resident who spoke"
            " to the committee, “and nobody listens.”",
            ("Jane Roe", "said", "The noise is unbearable and nobody listens"),
        ),
        (
            "“We lost two tonnes,” said Sok Dara, 52, who keeps fish cages near the river, “and nobody came.”",
            ("Sok Dara", "said", "We lost two tonnes and nobody came"),
        ),
    ],
)
def test_the_person_named_before_the_body_she_spoke_to_speaks(text: str, expected: tuple[str, str, str]) -> None:
    """A resident's quote, her relative clause or description, then "told the committee": hers, in one piece."""
    assert expected in said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“It is a disgrace,” a resident who lives nearby said.", ("resident", "said", "It is a disgrace")),
        (
            "“It is a disgrace,” a resident who spoke to the committee said.",
            ("resident", "said", "It is a disgrace"),
        ),
        (
            "Residents who spoke at the meeting said the plan was a disgrace.",
            ("residents", "said", "the plan was a disgrace"),
        ),
    ],
)
def test_unnamed_people_with_a_relative_clause_speak(text: str, expected: tuple[str, str, str]) -> None:
    """ "a resident who lives nearby said", "who spoke at the meeting": the clause is the source's, not a report."""
    assert expected in said(text)


# -- PolNeAR: the writer's concession after a report, and a report inside a relative clause -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruiz claimed that paying no taxes was smart, although he again refused to release his returns.",
            ("Ruiz", "claimed", "paying no taxes was smart"),
        ),
        (
            "Ruiz said the deal was flawed, though she acknowledged it was unlikely to fail.",
            ("Ruiz", "said", "the deal was flawed"),
        ),
        (
            "Ruiz said the vote had been “largely orderly,” though she noted reports of vote-buying.",
            ("Ruiz", "said", "the vote had been “largely orderly,”"),
        ),
    ],
)
def test_a_concession_after_the_report_is_the_writers(text: str, expected: tuple[str, str, str]) -> None:
    """ ", although he again refused ...", ", though she acknowledged ...": a clause of the writer's, cut off."""
    assert expected in said(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz said the deal, though flawed, would pass.", ("Ruiz", "said", "the deal, though flawed, would pass")),
        (
            "Ruiz said the plan was risky, although not fatal.",
            ("Ruiz", "said", "the plan was risky, although not fatal"),
        ),
        (
            "“The deal is flawed, though it will pass,” Ruiz said.",
            ("Ruiz", "said", "The deal is flawed, though it will pass"),
        ),
    ],
)
def test_a_concession_without_its_own_clause_or_inside_a_quote_stays(text: str, expected: tuple[str, str, str]) -> None:
    """ "though flawed", "although not fatal" have no subject of their own; a quotation is never cut."""
    assert expected in said(text)


def test_a_report_inside_a_relative_clause_without_its_subject_is_none() -> None:
    """ "reports of vote-buying that it said deserved investigation": what follows "said" has no subject."""
    text = (
        "The observer mission of the Andean Forum said voting had been orderly, though it noted reports of"
        " vote-buying that it said deserved investigation."
    )
    assert [content for _, cue, content in said(text) if cue == "said" and content.startswith("deserved")] == []


# -- PolNeAR: "citing" a reason, not a source ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruiz resigned on Monday, citing health reasons.", ("Ruiz", "citing", "health reasons")),
        (
            "The court blocked the sale of the plants, citing a threat to public safety.",
            ("court", "citing", "a threat to public safety"),
        ),
        (
            "Lisbon and Madrid have reportedly opposed the levy, citing costs for small farms, while Paris backs it.",
            ("Portugal", "citing", "costs for small farms"),
        ),
    ],
)
def test_citing_a_reason_is_the_subjects_statement(text: str, expected: tuple[str, str, str]) -> None:
    """ "X did Y, citing health reasons": the reason is X's, not a source that reports Y."""
    assert expected in said(text)


def test_a_reason_is_never_a_speaker() -> None:
    """ "citing a shortage of doctors": no group of doctors speaks, and the clause before is no one's report."""
    text = "The hospital will shut the ward from June, citing a shortage of doctors that has left it short."
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry delayed the vote, citing officials in Rome.",
            ("officials", "citing", "The ministry delayed the vote"),
        ),
        ("The ministry delayed the vote, citing Reuters.", ("Reuters", "citing", "The ministry delayed the vote")),
    ],
)
def test_citing_a_source_is_read_as_according_to(text: str, expected: tuple[str, str, str]) -> None:
    """ "citing officials", "citing Reuters": a source the clause before is credited to, as before."""
    assert expected in said(text)
