"""General failure modes found on news the annotator had not seen, each pinned through the whole pipeline."""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def names_of(document: Document) -> dict[str, str]:
    return {entity.id: entity.name for entity in document.entities}


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = names_of(document)
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


def statements_of(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content text) of every statement."""
    names = names_of(document)
    return [(names.get(s.speaker or ""), s.content.text) for s in document.statements]


@pytest.mark.parametrize(
    "text",
    [
        "An attempted attack by Islamic State on a military base in northern Iraq shows Turkey’s decision to deploy "
        "troops there was justified, President Tayyip Erdogan said on Friday, suggesting Russia was stirring up a "
        "row over the issue.",
        "A failed raid on a police post near the border shows the decision to send more troops was right, "
        "Interior Minister Ali Kaya said on Monday, suggesting Syria was ignoring the problem.",
        "“A rocket strike on a convoy shows the ceasefire is dead,” Defence Minister Omar Said told reporters, "
        "adding that Egypt had been warned.",
    ],
)
def test_a_statement_cut_to_nothing_by_a_later_cue_does_not_crash(text: str) -> None:
    """A cue whose content a later clause swallows whole leaves no empty statement behind, and no error."""
    document = stancekit.annotate(text)
    assert all(statement.content.text.strip() for statement in document.statements)
    assert document.statements, "the speaker's own statement is still found"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Germany's support for the pause surprised diplomats.", "the pause"),
        ("China's opposition to the new sanctions angered Washington.", "the new sanctions"),
        ("Brazil's backing for the rescue plan has reassured investors.", "the rescue plan"),
        ("Japan's support for a ceasefire in the region was welcomed by Seoul.", "a ceasefire in the region"),
    ],
)
def test_a_noun_cue_target_ends_before_the_main_verb(text: str, target: str) -> None:
    """ "X's support for NP VERBED ...": the target is the noun phrase, not the rest of the sentence."""
    found = [stance for stance in stances_of(stancekit.annotate(text)) if stance[2].startswith(target.split()[0])]
    assert found, stances_of(stancekit.annotate(text))
    assert found[0][2] == target


@pytest.mark.parametrize(
    "text",
    [
        "Peru's envoy Rosa Quispe said the plan would fail.",
        "Peru's envoy, Rosa Quispe, said the plan would fail.",
        "Peru’s ambassador Rosa Quispe said the plan would fail.",
    ],
)
def test_a_named_person_after_a_possessive_role_is_the_speaker(text: str) -> None:
    """ "Peru's envoy Rosa Quispe said": one person, Rosa Quispe, with the role and affiliated with Peru."""
    document = stancekit.annotate(text)
    assert statements_of(document) == [("Rosa Quispe", "the plan would fail")]
    people = [entity for entity in document.entities if entity.type == "person"]
    assert [person.name for person in people] == ["Rosa Quispe"]
    person = people[0]
    assert person.role in ("envoy", "ambassador")
    assert person.affiliation is not None
    assert names_of(document)[person.affiliation] == "Peru"


@pytest.mark.parametrize(
    "text",
    [
        "Not everyone in Santiago supports the resolution.",
        "Not all Republicans support the bill.",
        "Not every economist backs the plan.",
        "Not everybody in Yerevan welcomes the government's line.",
        "Few in Lima support the plan.",
        "Analysts say not everyone in Quito backs the deal.",
    ],
)
def test_a_quantified_negated_subject_holds_no_plain_stance(text: str) -> None:
    """ "Not everyone in X supports Y" says some do not: no support stance by X (or anyone)."""
    assert [stance for stance in stances_of(stancekit.annotate(text)) if stance[1] == "support"] == []


def test_a_plain_subject_still_supports() -> None:
    """The quantified-subject rule leaves ordinary holders alone."""
    stances = stances_of(stancekit.annotate("Santiago supports the resolution."))
    assert [(polarity, target) for _, polarity, target in stances] == [("support", "the resolution")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokeswoman, Mary Phiri, said the ministry supports rural clinics.", "Mary Phiri"),
        (
            "The opposition party criticized the decision. Its finance spokesman, Rangi Parata, said households "
            "were struggling.",
            "Rangi Parata",
        ),
    ],
)
def test_a_name_in_apposition_after_a_role_is_the_speaker(text: str, speaker: str) -> None:
    """ "A spokeswoman, Mary Phiri, said ...": the name in the apposition speaks, not the role phrase."""
    document = stancekit.annotate(text)
    assert (speaker, text.rsplit("said ", 1)[1].rstrip(".")) in statements_of(document)


def test_an_act_coordinated_with_a_report_is_no_part_of_its_content() -> None:
    """ "X said Y and accused Z of W": the content is Y; "accused Z of W" is X's act, with X's stance."""
    text = 'Rangi Parata said households were struggling and accused the bank of "waiting for the data."'
    document = stancekit.annotate(text)
    assert ("Rangi Parata", "households were struggling") in statements_of(document)
    assert ("Rangi Parata", "oppose", "the bank") in stances_of(document)


def test_a_report_coordinated_after_an_act_ends_the_act() -> None:
    """ "X accused Y of Z and said W": the act's content stops before "and said"."""
    text = 'Ray Caldwell accused Democrats of "playing chicken" and said the House would not return.'
    contents = [content for _, content in statements_of(stancekit.annotate(text))]
    assert "the House would not return" in contents
    assert not any("said" in content for content in contents)


def test_a_but_clause_inside_the_content_stays_in_it() -> None:
    """ "said it welcomed dialogue but rejected ...": the content's own coordination is kept."""
    text = "The ministry said it welcomed dialogue but rejected any new arrangement."
    contents = [content for _, content in statements_of(stancekit.annotate(text))]
    assert "it welcomed dialogue but rejected any new arrangement" in contents


@pytest.mark.parametrize(
    "text",
    [
        "Britain's ambassador, Margaret Ellery, said the vote sent a clear message.",
        "Kenya's envoy, Grace Mwangi, said the vote sent a clear message.",
    ],
)
def test_a_subject_with_a_name_in_apposition_is_not_an_inverted_source(text: str) -> None:
    """ "Role, Name, said X": Name says X; the words before the comma are no content."""
    speaker = text.split(", ")[1]
    assert statements_of(stancekit.annotate(text)) == [(speaker, "the vote sent a clear message")]


def test_a_content_before_a_name_and_its_cue_is_still_inverted() -> None:
    """ "Prices rose, Margaret Ellery said.": the content is before the name, as before."""
    assert statements_of(stancekit.annotate("Prices rose, Margaret Ellery said.")) == [
        ("Margaret Ellery", "Prices rose")
    ]


def test_a_passive_target_skips_a_participial_aside() -> None:
    """ "A proposal for X, backed by France, has been opposed by Azerbaijan": the proposal is opposed."""
    text = "A proposal for an international monitoring mission, backed by France, has been opposed by Azerbaijan."
    stances = stances_of(stancekit.annotate(text))
    assert ("Azerbaijan", "oppose", "France") not in stances
    assert [target for holder, polarity, target in stances if holder == "Azerbaijan"] == [
        "an international monitoring mission"
    ]
    assert ("France", "support", "an international monitoring mission") in stances


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("According to diplomats, the United States had pressed for tougher language.", ["United States"]),
        ("Germany, France and Italy backed the plan.", ["Germany", "France", "Italy"]),
    ],
)
def test_only_a_list_with_and_coordinates_holders(text: str, holders: list[str]) -> None:
    """A comma alone ("According to diplomats, the United States ...") joins no holders; "X, Y and Z" does."""
    assert [holder for holder, _, _ in stances_of(stancekit.annotate(text))] == holders


def test_a_participial_aside_after_the_subject_keeps_the_holder() -> None:
    """ "Dairy exporters, hit by a strong currency this year, have urged ...": the exporters urge."""
    text = "Dairy exporters, hit by a strong currency this year, have urged the bank to move sooner."
    assert [(polarity, target) for _, polarity, target in stances_of(stancekit.annotate(text))] == [
        ("support", "the bank to move sooner")
    ]
    assert stances_of(stancekit.annotate(text))[0][0].lower() == "dairy exporters"


@pytest.mark.parametrize(
    "text",
    [
        'Elena Vostrikova said Moscow was "in contact with both capitals" and was ready to host talks.',
        "Elena Vostrikova said Moscow was in contact and was ready to host talks.",
    ],
)
def test_a_coordinated_verb_in_reported_speech_takes_the_reported_subject(text: str) -> None:
    """ "X said Moscow was ... and was ready to host talks": Moscow (Russia) is ready, not X."""
    assert ("Russia", "support", "host talks") in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Four soldiers were killed overnight, officials said on Thursday, the deadliest incident this year.",
            "Four soldiers were killed overnight",
        ),
        ("If the bill passes, analysts said on Monday, prices will fall.", "If the bill passes prices will fall"),
    ],
)
def test_a_report_dated_after_its_cue_keeps_the_content_before_it(text: str, content: str) -> None:
    """ "C, officials said on Thursday, NP": C is the content; the appositive NP after the date is not."""
    assert [found for _, found in statements_of(stancekit.annotate(text))] == [content]


def test_a_person_inside_a_longer_non_person_source_is_the_speaker() -> None:
    """ "said Senate Minority Leader Dana Whitcomb of Oregon": Dana Whitcomb speaks, whatever the longer name."""
    text = '"This bill is a blank check," said Senate Minority Leader Dana Whitcomb of Oregon.'
    assert statements_of(stancekit.annotate(text)) == [("Dana Whitcomb", "This bill is a blank check")]


@pytest.mark.parametrize(
    "text",
    ["Not everyone in Yerevan backs the government's line.", "Not every economist agrees that cuts are coming."],
)
def test_a_subject_denied_for_all_is_no_source(text: str) -> None:
    """ "Not everyone in X backs Y", "Not every economist agrees that ...": no statement by X or by the economists."""
    assert statements_of(stancekit.annotate(text)) == []


def test_a_few_analysts_are_still_a_source() -> None:
    """ "Few analysts said a cut was coming": the analysts (few as they are) still say something."""
    text = "Few analysts said a cut was coming."
    assert [content for _, content in statements_of(stancekit.annotate(text))] == ["a cut was coming"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Germany's economy ministry supports the extension, a spokesman said.", "spokesman"),
        ("The talks are over, a spokeswoman said.", "spokeswoman"),
    ],
)
def test_an_indefinite_spokesman_is_an_unnamed_speaker(text: str, speaker: str) -> None:
    """ "..., a spokesman said": an unnamed speaker, not no speaker at all."""
    assert [name for name, _ in statements_of(stancekit.annotate(text))] == [speaker]


def test_a_relative_clause_after_the_subject_is_not_the_content() -> None:
    """ "Mayor X, who proposed the increase, said Y": X says Y (no inverted reading of the relative clause)."""
    text = "Mayor Keisha Dunmore, who proposed the increase in March, said the agency faced a shortfall."
    assert statements_of(stancekit.annotate(text)) == [("Keisha Dunmore", "the agency faced a shortfall")]


def test_a_venue_with_an_indefinite_article_ends_the_target() -> None:
    """ "did not back the proposal at a meeting of trade officials": the proposal, not the meeting."""
    text = "Sweden and the Netherlands did not back the proposal at a meeting of trade officials last week."
    assert stances_of(stancekit.annotate(text)) == [
        ("Sweden", "oppose", "the proposal"),
        ("Netherlands", "oppose", "the proposal"),
    ]


def test_a_definite_place_stays_in_the_target() -> None:
    """ "backed a compromise at the authority's next session": the session is part of what is backed."""
    text = "Japan backed a compromise at the authority's next session."
    assert stances_of(stancekit.annotate(text)) == [
        ("Japan", "support", "a compromise at the authority's next session")
    ]


def test_makers_of_things_hold_stances_as_passive_agents() -> None:
    """ "a move welcomed by European steelmakers but condemned by exporters": both agents hold a stance."""
    text = "The Commission proposed new duties, a move welcomed by European steelmakers but condemned by exporters."
    assert stances_of(stancekit.annotate(text)) == [
        ("European steelmakers", "support", "a move"),
        ("exporters", "oppose", "a move"),
    ]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Eurofer, the industry association, praised the proposal.", "Eurofer"),
        ("The drivers' union, Amalgamated Transit Union Local 714, opposes the increase.", "union"),
        ("Germany, the largest member, backed the proposal.", "Germany"),
    ],
)
def test_an_apposition_names_a_subject_no_gazetteer_knows(text: str, holder: str) -> None:
    """ "Eurofer, the industry association, praised X": the apposition names the holder when the name is unknown."""
    stances = stances_of(stancekit.annotate(text))
    assert len(stances) == 1
    assert holder.lower() in stances[0][0].lower()
    assert stances[0][2] in ("the proposal", "the increase")


def test_a_person_before_of_and_a_place_is_the_speaker() -> None:
    """ "said Ines Carvalho of the Lisbon-based think tank": Ines Carvalho speaks, not Lisbon (Portugal)."""
    text = '"The steel lobby has the numbers," said Ines Carvalho of the Lisbon-based think tank Atlantico.'
    assert statements_of(stancekit.annotate(text)) == [("Ines Carvalho", "The steel lobby has the numbers")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Aid groups say more than eight million people have been displaced.", "more than eight million people"),
        ("Several business owners said the surcharge was fairer.", "the surcharge was fairer"),
    ],
)
def test_more_unnamed_groups_and_a_count_are_reported(text: str, content: str) -> None:
    """ "Aid groups say more than N ...": a group speaks, and "more than" starts a clause (not "said more")."""
    found = statements_of(stancekit.annotate(text))
    assert len(found) == 1
    assert found[0][0] is not None
    assert found[0][1].startswith(content)


def test_said_more_about_is_still_no_statement() -> None:
    """ "She said more about the plan": no reported clause."""
    assert statements_of(stancekit.annotate("She said more about the plan.")) == []


def test_declining_to_confirm_is_no_statement() -> None:
    """ "X declined to confirm the account": nothing was said; "declined to back" stays an opposing stance."""
    assert statements_of(stancekit.annotate("Press secretary Nina Alvarez declined to confirm the account.")) == []
    assert stances_of(stancekit.annotate("Germany declined to back the plan.")) == [("Germany", "oppose", "the plan")]
