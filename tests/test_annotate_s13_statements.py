"""Statement speakers and contents misread on unseen news, each pinned with sentences of our own.

A relative clause between an unnamed subject and its cue ("A farmer who grows wheat says"); a body named
by its noun alone ("The mission said"); a body placed at a place ("The US Embassy in Kyiv said"); an owner's
noun described as a body ("The quarry's owner, a Chilean firm, said"); a town the gazetteer lacks, named like
a person ("near Des Moines, Iowa", "The city of Des Moines said"). Names and events are invented.
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


# -- a relative clause between an unnamed subject and its cue ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A farmer who grows barley outside Tarnow says the frost killed half his crop.",
            ("farmer", "says", "the frost killed half his crop"),
        ),
        (
            "A nurse who works nights at the county hospital said the wards were full.",
            ("nurse", "said", "the wards were full"),
        ),
        (
            "One teacher who has taught in Velden for 20 years said classes had doubled.",
            ("teacher", "said", "classes had doubled"),
        ),
        (
            "Growers who sell at the Saturday market say prices have never been lower.",
            ("growers", "say", "prices have never been lower"),
        ),
    ],
)
def test_an_unnamed_subject_with_a_relative_clause_speaks(text: str, expected: tuple[str, str, str]) -> None:
    """ "A farmer who grows barley says ...": one statement, the farmer's, not none or the place's."""
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("A man who lives beside the depot said the trucks ran all night.", "said"),
        ("A woman who saw the crash told reporters that the van had sped off.", "told"),
        ("The driver who caused the pile-up told officers that his brakes had failed.", "told"),
    ],
)
def test_a_person_noun_with_a_relative_clause_keeps_its_statement(text: str, cue: str) -> None:
    """ "A man who lives beside the depot said ...": the statement stands, whatever speaker it gets."""
    assert [found_cue for _, found_cue, _ in said(text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Officials met a farmer who grows barley and said the frost was the worst on record.",
        "The inspector stopped a driver who ignored the lights and told him that the car was unsafe.",
    ],
)
def test_an_object_with_a_relative_clause_does_not_speak(text: str) -> None:
    """ "Officials met a farmer who grows barley and said ...": the officials speak, not the farmer."""
    assert not {"farmer", "driver"} & set(speakers(text))


def test_a_relative_clause_without_a_cue_gives_no_statement() -> None:
    """ "A farmer who grows barley lost half his crop": no report at all."""
    assert said("A farmer who grows barley outside Tarnow lost half his crop to the frost.") == []


# -- an unnamed body named by its noun alone ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mission said the ceasefire along the river was holding.", ("mission", "said")),
        ("The consulate said it was in touch with the family of the detained sailor.", ("consulate", "said")),
        ("The tribunal said the appeal had been lodged too late.", ("tribunal", "said")),
    ],
)
def test_a_body_noun_alone_is_a_body_of_its_own(text: str, expected: tuple[str, str]) -> None:
    """ "The mission said", in a text that names no mission: the mission speaks, as "the union" does."""
    document = stancekit.annotate(text)
    organisations = {entity.id: entity.name for entity in document.entities if entity.type == "organization"}
    assert [(organisations.get(s.speaker), s.cue.text) for s in document.statements] == [expected]


def test_a_body_noun_stands_for_the_body_named_before() -> None:
    """ "The Nordic Observer Mission ... The mission said": the mission named before speaks."""
    text = "The Nordic Observer Mission in Tbilisi counted the ballots. The mission said turnout was low."
    assert speakers(text) == ["Nordic Observer Mission"]


# -- a body placed at a place or another body ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US Embassy in Kyiv said the visa office would reopen.", "US Embassy"),
        ("The Kenyan mission to the African Union said the vote was postponed.", "Kenyan mission"),
        ("Russia's mission to the European Union said the sanctions were illegal.", "Russia's mission"),
        ("The French embassy in Washington said the rules would not change.", "France"),
        ("The Labour Party in Scotland said the count had been fair.", "Labour Party"),
    ],
)
def test_a_body_placed_at_a_place_speaks_not_the_place(text: str, expected: str) -> None:
    """ "The US Embassy in Kyiv said": the embassy, not Ukraine; "the French embassy in Washington": France's."""
    assert speakers(text) == [expected]


def test_people_placed_in_a_country_are_not_the_country() -> None:
    """ "Growers in Kenya said": no body's noun before "in", so the country does not speak."""
    assert "Kenya" not in speakers("Growers in Kenya said the rains came late.")


# -- an owner's noun with an unnamed body described in apposition --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quarry's owner, a Chilean firm, said it would close the pit next year.", "quarry's owner"),
        ("The club's new owner, an American hedge fund, said it would keep the coach.", "club's new owner"),
        ("Its parent company, a Hong Kong conglomerate, said the sale was lawful.", "parent company"),
    ],
)
def test_an_owner_noun_described_as_a_body_speaks(text: str, expected: str) -> None:
    """ "The quarry's owner, a Chilean firm, said": a body the text does not name speaks, not nobody nor Chile."""
    document = stancekit.annotate(text)
    organisations = {entity.id: entity.name for entity in document.entities if entity.type == "organization"}
    assert [organisations.get(statement.speaker) for statement in document.statements] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The quarry's owner, a Chilean businessman, said he would close the pit next year.",
        "The quarry's owner, a Tarvo company, said it would close the pit next year.",
    ],
)
def test_an_owner_noun_described_otherwise_is_no_body(text: str) -> None:
    """ "a Chilean businessman" is a person; "a Tarvo company" holds a name the annotator does not know."""
    document = stancekit.annotate(text)
    organisations = {entity.id for entity in document.entities if entity.type == "organization"}
    assert not any(statement.speaker in organisations for statement in document.statements)


# -- a town the gazetteer lacks, named like a person ----------------------------------------------------------


def entities_of(text: str) -> dict[str, str]:
    """Entity name -> type."""
    return {entity.name: entity.type for entity in stancekit.annotate(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A farmer near Des Moines, Iowa, said the drought was the worst in decades.", "farmer near Des Moines, Iowa"),
        ("A teacher in Baton Rouge, Louisiana, said classes had doubled.", "teacher in Baton Rouge, Louisiana"),
    ],
)
def test_one_placed_in_a_town_and_its_region_speaks_not_the_region(text: str, expected: str) -> None:
    """ "a farmer near Des Moines, Iowa, said": the farmer, not Iowa, and Des Moines is no person."""
    assert speakers(text) == [expected]
    assert entities_of(text).get(expected.split(" ")[2]) != "person"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("The city of Des Moines said the tap water was safe to drink.", "Des Moines"),
        ("The town of Red Lake said the road would reopen on Friday.", "Red Lake"),
    ],
)
def test_a_town_named_by_its_unit_speaks_as_its_government(text: str, town: str) -> None:
    """ "The city of Des Moines said": the city's government, not a person called Des Moines."""
    assert speakers(text) == [town]
    assert entities_of(text)[town] == "government"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Hollis, speaking in Baton Rouge, said the levee would hold.", "Baton Rouge"),
        ("Relief trucks stopped outside Le Havre on Sunday.", "Le Havre"),
        ("The ferry runs between the port of Santa Cruz and the islands.", "Santa Cruz"),
    ],
)
def test_a_town_by_what_stands_around_it_is_no_person(text: str, town: str) -> None:
    """ "speaking in Baton Rouge", "outside Le Havre", "the port of Santa Cruz": a town, whatever its words."""
    assert entities_of(text).get(town) != "person"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Protesters gathered outside Jane Holt's office on Monday.", "Jane Holt"),
        ("Voters near the border backed Maria Lopez, Texas's first Latina senator.", "Maria Lopez"),
    ],
)
def test_a_person_near_a_place_word_stays_a_person(text: str, person: str) -> None:
    """ "outside Jane Holt's office": a given name keeps a person; ", Texas's" is an owner, no region."""
    assert entities_of(text).get(person) == "person"


# -- "X angered Y by calling ...": the subject speaks, not the object -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Holt angered pensioners by calling the levy a fair price.", ("Holt", "calling", "the levy a fair price")),
        (
            "Marek Dvorak stunned the delegates by saying the treaty was already dead.",
            ("Marek Dvorak", "saying", "the treaty was already dead"),
        ),
        (
            "The mayor surprised residents by announcing that the pool would close.",
            ("mayor", "announcing", "the pool would close"),
        ),
    ],
)
def test_by_and_a_participle_is_the_subjects(text: str, expected: tuple[str, str, str]) -> None:
    """ "Holt angered pensioners by calling ...": Holt calls it, not the pensioners."""
    assert expected in said(text)
    assert not {"pensioners", "delegates", "residents"} & set(speakers(text))


def test_by_and_a_participle_after_a_pronoun_is_not_the_objects() -> None:
    """ "He angered farmers by calling ...": no antecedent for "he", and still not the farmers."""
    assert "farmers" not in speakers("He angered farmers by calling the subsidy a waste of money.")


# -- "Citing X, the ministry said": the reason the subject cites ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Citing a shortage of drivers, the transit authority cut ten bus routes.",
            ("transit authority", "Citing", "a shortage of drivers"),
        ),
        (
            "Citing the drought in the south, Velmora said it would import more grain.",
            ("Velmora", "Citing", "the drought in the south"),
        ),
        (
            "Citing security concerns, officials said the crossing would stay shut.",
            ("officials", "Citing", "security concerns"),
        ),
    ],
)
def test_a_sentence_opened_by_citing_a_reason_is_the_subjects(text: str, expected: tuple[str, str, str]) -> None:
    """ "Citing a shortage of drivers, the transit authority cut ...": the authority cites the shortage."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Citing Reuters, the agency said the talks had stalled.",
        "Citing officials in Rome, the newspaper reported that the talks had stalled.",
    ],
)
def test_a_sentence_opened_by_citing_a_source_reports_no_reason(text: str) -> None:
    """ "Citing Reuters, the agency said ...": where the report comes from, no statement of "Citing"."""
    assert "Citing" not in [cue for _, cue, _ in said(text)]


# -- a cue followed directly by a quoted clause ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Okafor claimed “the audit proves nothing” in a post on Tuesday.",
            ("Okafor", "claimed", "the audit proves nothing"),
        ),
        ('Okafor wrote "Brennan exaggerates" on his blog.', ("Okafor", "wrote", "Brennan exaggerates")),
        ("The minister said “we will not retreat” and left the podium.", ("minister", "said", "we will not retreat")),
    ],
)
def test_a_quoted_clause_right_after_its_cue_is_the_content(text: str, expected: tuple[str, str, str]) -> None:
    """ "claimed “the audit proves nothing” in a post": the quotation, not nothing nor the rest of the sentence."""
    assert expected in said(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("He said “unacceptable” delays were hurting patients.", "“unacceptable” delays were hurting patients"),
        ("She said “the old guard” had lost its grip.", "“the old guard” had lost its grip"),
    ],
)
def test_a_quoted_term_inside_the_clause_keeps_the_clause(text: str, content: str) -> None:
    """ "said “unacceptable” delays were ...": a term borrowed inside the clause; the clause is the content."""
    assert [found for _, _, found in said(text)] == [content]


# -- "It said" after a body that opened the sentence before ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Streamly pulled the podcast after the backlash. It added that it would review its rules.",
            ("Streamly", "added", "it would review its rules"),
        ),
        (
            "Kovalt Energy cut its dividend on Tuesday. It said gas prices had fallen by half.",
            ("Kovalt Energy", "said", "gas prices had fallen by half"),
        ),
        (
            "The Dutch insurer raised its premiums. It said claims had doubled since 2022.",
            ("Dutch insurer", "said", "claims had doubled since 2022"),
        ),
        (
            "The platform removed the posts on Friday. It said the accounts were fake.",
            ("platform", "said", "the accounts were fake"),
        ),
    ],
)
def test_it_said_after_a_body_that_opened_the_sentence_before(text: str, expected: tuple[str, str, str]) -> None:
    """ "Streamly pulled the podcast. It added ...": the body the sentence before opened with speaks."""
    assert expected in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose sharply in May. It said the outlook was poor.",
        "Analysts expected a loss. It said the outlook was poor.",
        "Anna removed the posts. It said the accounts were fake.",
    ],
)
def test_it_said_after_no_body_has_no_speaker(text: str) -> None:
    """ "Prices rose. It said ...": a common plural, people or a given name make no body for "it"."""
    assert not [speaker for speaker in speakers(text) if speaker in ("Prices", "Analysts", "Anna")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TikTok removed the videos on Monday. It said they broke its rules.", "TikTok"),
        ("Regulators fined Facebook on Monday. It said the accounts were fake.", "Facebook"),
        ("Spotify pulled the podcast after the backlash. It added that it would review its rules.", "Spotify"),
    ],
)
def test_a_platform_is_a_body_that_it_stands_for(text: str, expected: str) -> None:
    """ "TikTok removed the videos. It said ...": a platform is a body, which "it" stands for, never a person."""
    document = stancekit.annotate(text)
    organisations = {entity.id: entity.name for entity in document.entities if entity.type == "organization"}
    assert [organisations.get(statement.speaker) for statement in document.statements] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister angered unions by calling the strike illegal.", ("minister", "calling", "the strike illegal")),
        (
            "By saying the ban was void, the court surprised the government.",
            ("court", "saying", "the ban was void"),
        ),
    ],
)
def test_by_and_a_participle_with_an_unnamed_subject(text: str, expected: tuple[str, str, str]) -> None:
    """ "The minister angered unions by calling ...", "By saying X, the court ...": the subject speaks."""
    assert said(text) == [expected]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The minister praised unions for their restraint.", "minister praised unions"),
        ("The company warned workers that jobs would go.", "company warned workers"),
    ],
)
def test_a_subject_verb_and_plural_object_are_no_group(text: str, group: str) -> None:
    """ "The minister praised unions": a role, its verb and an object, not a group "minister praised unions"."""
    assert group not in entities_of(text)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Senior government officials said the talks had stalled.", "senior government officials"),
        ("Retired teachers said the pension was too low.", "retired teachers"),
    ],
)
def test_a_plural_subject_with_modifiers_is_still_a_group(text: str, group: str) -> None:
    """ "Senior government officials said": a body's noun among the modifiers, and no verb after it."""
    assert entities_of(text).get(group) == "group"
