"""Stances, fourteenth session (h3): targets' trailing words, coordinated holders, pronoun objects."""

import pytest

import stancekit
from stancekit.annotate.stance_rules import compile_stance_rules
from stancekit.errors import RulePackError


def stances(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of each stance found in ``text``."""
    document = stancekit.annotate(text)
    entities = {entity.id: entity for entity in document.entities}
    return [
        (entities[stance.holder].name if stance.holder in entities else "", stance.polarity, stance.target.text)
        for stance in document.stances
    ]


def targets(text: str) -> list[str]:
    return [target for _, _, target in stances(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union welcomed the return to talks too.", "the return to talks"),
        ("The minister also welcomed the trip to Beijing again.", "the trip to Beijing"),
        ("The mayor backed the move to Leeds instead.", "the move to Leeds"),
        ("Farmers opposed the cap on imports to the region again.", "the cap on imports to the region"),
    ],
)
def test_a_trailing_adverb_after_a_preposition_to_leaves_the_target(text: str, target: str) -> None:
    """Only an infinitive's "to" keeps "again"/"too" as part of the act asked for; "to talks" is no infinitive."""
    assert targets(text) == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The council urged lawmakers to start again.", "lawmakers to start again"),
        ("Critics urged the board to vote again.", "the board to vote again"),
    ],
)
def test_a_trailing_adverb_inside_an_infinitive_stays(text: str, target: str) -> None:
    assert targets(text) == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union opposed the plan announced on Monday.", "the plan announced on Monday"),
        ("Smith criticised the budget unveiled last week.", "the budget unveiled last week"),
        ("Farmers rejected the offer made on Tuesday.", "the offer made on Tuesday"),
        ("Greenpeace condemned the licences granted yesterday.", "the licences granted yesterday"),
        ("The council welcomed the deal reached in March.", "the deal reached in March"),
        ("The union opposed the plan that was announced on Monday.", "the plan that was announced on Monday"),
        (
            "The union opposed the plan unveiled by the government on Monday.",
            "the plan unveiled by the government on Monday",
        ),
    ],
)
def test_a_time_after_a_participle_is_the_participles_own(text: str, target: str) -> None:
    """No target ends in a bare participle ("the plan announced"): its time stays with it."""
    assert targets(text) == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union opposed the plan on Monday.", "the plan"),
        ("The union opposed the new plan last week.", "the new plan"),
        ("Residents condemned the closure yesterday.", "the closure"),
    ],
)
def test_a_time_of_the_act_still_leaves_the_target(text: str, target: str) -> None:
    assert targets(text) == [target]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "The Greens and the independent senator Rhys Pollard refused to back the bill.",
            ["Greens", "Rhys Pollard"],
        ),
        ("Labour and the independent MP Sarah Cole refused to support the amendment.", ["Labour", "Sarah Cole"]),
        ("Oxfam and the economist Jane Doe welcomed the tax.", ["Oxfam", "Jane Doe"]),
        ("The union and the veteran campaigner Ali Khan welcomed the levy.", ["union", "Ali Khan"]),
    ],
)
def test_a_person_with_the_and_a_role_is_a_second_holder(text: str, holders: list[str]) -> None:
    """ "X and the [adjective] role Name" holds the stance twice, not only the named person."""
    assert [holder for holder, _, _ in stances(text)] == holders


def test_a_role_after_a_preposition_joins_no_subject() -> None:
    assert [
        holder for holder, _, _ in stances("Critics of the union and the economist Jane Doe welcomed the tax.")
    ] == ["critics"]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "The plan is supported by the cycling lobby group Spokes and by the Dunedin branch of the Chamber of"
            " Commerce.",
            ["Spokes", "Chamber of Commerce"],
        ),
        (
            "The proposal is opposed by the teachers' union and by the Leeds branch of the Federation of Small"
            " Businesses.",
            ["teachers' union", "Federation of Small Businesses"],
        ),
        ("The plan is opposed by Oxfam and by the youth wing of the Labour Party.", ["Oxfam", "Labour Party"]),
        (
            "The scheme was criticised by Friends of the Earth and by the Welsh arm of the RSPB.",
            ["Friends of the Earth", "RSPB"],
        ),
        ("The bill was backed by the local branch of the union.", ["union"]),
    ],
)
def test_a_passive_agent_that_is_a_branch_of_a_body_is_the_body(text: str, holders: list[str]) -> None:
    """ "by X and by the Dunedin branch of Y": one stance per agent, the second Y's (as a subject's would be)."""
    assert [holder for holder, _, _ in stances(text)] == holders


def test_a_branch_of_no_actor_is_no_agent() -> None:
    assert stances("The bill was backed by the local branch of the road.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany blocked the deal. Poland accused it of putting trade first.", ("Poland", "oppose", "Germany")),
        ("Germany blocked the deal. Poland praised it for its caution.", ("Poland", "support", "Germany")),
        (
            "The Greens won four seats. The Liberal Democrats accused them of splitting the vote.",
            ("Liberal Democrats", "oppose", "Greens"),
        ),
        (
            "Greenpeace held a rally on Monday. Farmers accused it of ignoring rural jobs.",
            ("farmers", "oppose", "Greenpeace"),
        ),
    ],
)
def test_it_or_them_after_accuse_or_praise_is_not_the_subject(text: str, expected: tuple[str, str, str]) -> None:
    """An object "it"/"them" of "accused ... of", "praised ... for" is an earlier actor, never its own clause's
    subject (which dropped the stance as one on itself)."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    found = [(names[s.holder], s.polarity, names.get(s.target.entity or "", "")) for s in document.stances]
    assert found == [expected]


def test_it_after_a_verb_of_things_stays_with_no_actor() -> None:
    """ "rejected it for the second time": "it" is the deal, so no stance on Germany."""
    document = stancekit.annotate("Germany blocked the deal. Poland rejected it for the second time.")
    names = {entity.id: entity.name for entity in document.entities}
    assert all(names.get(stance.target.entity or "") != "Germany" for stance in document.stances)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale has been one of Oxfam's strongest critics.", ("Tom Hale", "oppose", "Oxfam")),
        ("Tom Hale is one of Anna Berg's staunchest supporters.", ("Tom Hale", "support", "Anna Berg")),
        ("Norway remains one of Russia's fiercest critics.", ("Norway", "oppose", "Russia")),
        ("Tom Hale is one of President Anna Berg's closest allies.", ("Tom Hale", "support", "Anna Berg")),
        ("Tom Hale is an outspoken Oxfam supporter.", ("Tom Hale", "support", "Oxfam")),
        ("Tom Hale, a longtime Anna Berg supporter, spoke at the rally.", ("Tom Hale", "support", "Anna Berg")),
        ("Some members were enthusiastic Anna Berg supporters.", ("members", "support", "Anna Berg")),
    ],
)
def test_a_role_noun_after_its_actor_is_a_stance_on_that_actor(text: str, expected: tuple[str, str, str]) -> None:
    """ "is one of Y's staunchest supporters", "is a Y supporter": the subject takes a side on Y."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    found = [(names[s.holder], s.polarity, names.get(s.target.entity or "", "")) for s in document.stances]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg's supporters include Tom Hale.",
        "Anna Berg's critics say the plan failed.",
        "Is Tom Hale one of Oxfam's critics?",
    ],
)
def test_a_role_noun_with_no_copula_or_in_a_question_is_no_stance(text: str) -> None:
    assert stances(text) == []


def test_a_target_inside_a_longer_mention_names_its_own_entity() -> None:
    """ "the strongest critics of Oxfam" is a group mention too; the target "Oxfam" is Oxfam."""
    document = stancekit.annotate("Tom Hale is one of the strongest critics of Oxfam.")
    names = {entity.id: entity.name for entity in document.entities}
    assert [names.get(stance.target.entity or "") for stance in document.stances] == ["Oxfam"]


@pytest.mark.parametrize("pattern", ["be supporter of", "back"])
def test_owner_target_needs_be_and_one_noun(pattern: str) -> None:
    """A pack cue with ``owner_target`` but words after its noun (or no copula) is refused, naming the flag."""
    pos = "verb" if pattern == "back" else "adjective"
    cue = {"id": "user.fan", "pattern": pattern, "pos": pos, "polarity": "support", "type": "support"}
    with pytest.raises(RulePackError, match="owner_target"):
        compile_stance_rules([{"stance_cues": {"cues": [{**cue, "owner_target": True}]}}])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tom Hale has emerged as a fierce critic of Oxfam.", ("Tom Hale", "oppose", "Oxfam")),
        ("Norway has emerged as a key ally of Ukraine.", ("Norway", "support", "Ukraine")),
        (
            "Tom Hale emerged as one of President Anna Berg's staunchest supporters.",
            ("Tom Hale", "support", "Anna Berg"),
        ),
        ("Tom Hale became a critic of Oxfam.", ("Tom Hale", "oppose", "Oxfam")),
        ("Tom Hale became one of Oxfam's harshest critics.", ("Tom Hale", "oppose", "Oxfam")),
        ("Tom Hale remained a fierce critic of Oxfam.", ("Tom Hale", "oppose", "Oxfam")),
    ],
)
def test_became_and_emerged_as_are_copulas_and_adjectives_pass(text: str, expected: tuple[str, str, str]) -> None:
    """ "became", "has emerged as" link a subject to its role as "is" does, past "a fierce", "a key"."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    found = [(names[s.holder], s.polarity, names.get(s.target.entity or "", "")) for s in document.stances]
    assert found == [expected]


@pytest.mark.parametrize(
    "text", ["Tom Hale emerged as the winner of the vote.", "Tom Hale did not emerge as a critic of Oxfam."]
)
def test_emerged_as_with_no_role_or_negated_is_no_stance(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The lanky Hale, a rising star in the party, is a supporter of Anna Berg.", "Hale"),
        ("On most issues, the veteran Okafor, a newcomer to the union, has become a critic of Oxfam.", "Okafor"),
        ("Eurofer, the industry association, praised the deal.", "Eurofer"),
    ],
)
def test_an_actor_noun_after_a_preposition_in_an_aside_is_not_the_subject(text: str, holder: str) -> None:
    """ "X, a rising star in the party, ...": the aside's head is the star, so the party holds nothing."""
    assert [name for name, _, _ in stances(text)] == [holder]


@pytest.mark.parametrize(
    ("text", "polarity", "target"),
    [
        ("Ms Lund expressed her gratitude to the firefighters for their work.", "support", "the firefighters"),
        ("Ms Lund showered praise on the young striker.", "support", "the young striker"),
        ("Ms Lund complimented the organisers on a smooth event.", "support", "the organisers"),
        ("Ms Lund spoke highly of the new curriculum.", "support", "the new curriculum"),
        ("Ms Lund said she was grateful to the volunteers for their help.", "support", "the volunteers"),
        ("The union singled out the port authority for praise.", "support", "the port authority"),
        ("Ms Lund poured scorn on the consultants' forecast.", "oppose", "the consultants' forecast"),
        ("Ms Lund took the regulator to task over the delays.", "oppose", "the regulator"),
        ("Ms Lund singled out the ministry for criticism.", "oppose", "the ministry"),
        ("Ms Lund directed her criticism at the city council.", "oppose", "the city council"),
        ("Ms Lund took a shot at the outgoing governor.", "oppose", "the outgoing governor"),
        ("Ms Lund called out the landlords for their silence.", "oppose", "the landlords"),
        ("Ms Lund pointed the finger of blame at the contractor.", "oppose", "the contractor"),
    ],
)
def test_more_wordings_of_praise_criticism_and_blame(text: str, polarity: str, target: str) -> None:
    assert [(found_polarity, found_target) for _, found_polarity, found_target in stances(text)] == [(polarity, target)]


@pytest.mark.parametrize(
    "text",
    [
        "Ms Lund called out the names of the dead.",
        "Ms Lund took the children to school.",
        "Ms Lund said she was grateful to be home.",
    ],
)
def test_those_wordings_need_their_words(text: str) -> None:
    assert stances(text) == []


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Oxfam exploited the bank's troubles by criticising its board.", "Oxfam"),
        ("Norway played upon Sweden's doubts by praising the Danish plan.", "Norway"),
    ],
)
def test_the_noun_an_owner_has_is_no_verb_before_a_by_adjunct(text: str, holder: str) -> None:
    """ "X played upon Y's doubts by praising ...": X praises; "doubts" after "'s" is no verb with Y its subject."""
    assert [name for name, _, _ in stances(text)] == [holder]


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("The bank raised its fees, prompting Oxfam to criticise the move.", ["Oxfam"]),
        ("The closure of the depot led the drivers' union to condemn the council.", ["drivers' union"]),
        ("The ruling forced the unions to back the deal.", ["unions"]),
        ("The bank raised its fees, prompting Oxfam and Greenpeace to criticise the move.", ["Oxfam", "Greenpeace"]),
    ],
)
def test_the_object_of_prompt_lead_or_force_does_the_deed(text: str, holders: list[str]) -> None:
    """ "prompting X to criticise ...": X criticises (the verb led it to); "asked X to" is only a request."""
    assert [name for name, _, _ in stances(text)] == holders


@pytest.mark.parametrize(
    "text",
    ["The union asked Oxfam to criticise the bank.", "The ruling did not force Oxfam to back the deal."],
)
def test_a_request_or_a_negated_push_gives_the_object_no_stance(text: str) -> None:
    assert all(name != "Oxfam" for name, _, _ in stances(text))


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("Unite and the Labour MP Diane Okafor criticised the closure.", ["Unite", "Diane Okafor"]),
        ("Oxfam and Conservative councillor Tom Reed criticised the closure.", ["Oxfam", "Tom Reed"]),
        ("Speaking in London and Paris Mayor Anne Hidalgo criticised the plan.", ["Anne Hidalgo"]),
    ],
)
def test_a_party_word_before_a_role_still_joins_the_list(text: str, holders: list[str]) -> None:
    """ "X and (the) Labour MP Y": a capitalised party word before a role or title leaves Y an item of the list."""
    assert [name for name, _, _ in stances(text)] == holders


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Oxfam criticised the trip to Beijing in March.", "the trip to Beijing"),
        ("Oxfam criticised the trip to the capital earlier this month.", "the trip to the capital"),
    ],
)
def test_a_time_of_the_act_leaves_a_target_whose_to_is_a_preposition(text: str, target: str) -> None:
    """Only an infinitive keeps a trailing time as part of the act asked for; "the trip to Beijing" is none."""
    assert targets(text) == [target]


def test_a_time_inside_an_infinitive_stays() -> None:
    assert targets("The council urged the board to meet again next week.") == ["the board to meet again next week"]
