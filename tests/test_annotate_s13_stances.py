"""Stance cues of the thirteenth session: crediting, slamming the door, blame laid for something, light verbs,
possessive holders, holders named before an apposition, a body's organ, and common real-news wordings."""

from __future__ import annotations

import pytest

import stancekit


def read(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Senator Anna Berg credited the governor with the recovery.", ("Anna Berg", "support", "the governor")),
        (
            "Farmers credited the new subsidy scheme for saving their harvest.",
            ("farmers", "support", "the new subsidy scheme"),
        ),
        ("The union has long credited Lars Holm with ending the strike.", ("union", "support", "Lars Holm")),
    ],
)
def test_crediting_someone_with_or_for_something_supports_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "credited X with Y", "credited X for Y": praise of X."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The quote was credited to Reuters.",
        "Anna Berg credited the rise in sales to the weather.",
        "Lars Holm took credit for the deal.",
    ],
)
def test_credit_without_with_or_for_is_no_stance(text: str) -> None:
    """Credit given to a source ("credited to Reuters"), or claimed for oneself, takes no side."""
    assert [stance for stance in read(text) if "credit" in stance[2].lower() or stance[1] == "support"] == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Germany slammed the door on Turkish membership.", ("Germany", "oppose", "Turkish membership")),
        ("The union firmly slammed the door on a new pay deal.", ("union", "oppose", "a new pay deal")),
        ("Anna Berg has shut the door on talks with the rebels.", ("Anna Berg", "oppose", "talks with the rebels")),
    ],
)
def test_slamming_the_door_on_something_opposes_it(text: str, stance: tuple[str, str, str]) -> None:
    """ "slammed the door on X" rejects X; the door is no target of "slammed"."""
    found = read(text)
    assert stance in found
    assert not any("door" in target for _, _, target in found)


def test_a_slammed_door_alone_is_no_stance() -> None:
    """ "slammed the door and left": a door, not a side taken."""
    assert read("Lars Holm slammed the door and left the meeting.") == []


def test_slamming_someone_is_still_criticism() -> None:
    """The plain verb still reads its object when no door follows."""
    assert ("Germany", "oppose", "Turkey") in read("Germany slammed Turkey over the talks.")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Anna Berg pinned the blame for the crisis on the central bank.",
            ("Anna Berg", "oppose", "the central bank"),
        ),
        (
            "The union laid the blame for the riots squarely on the police.",
            ("union", "oppose", "the police"),
        ),
        ("Lars Holm shifted the blame for the delays to Brussels.", ("Lars Holm", "oppose", "Brussels")),
    ],
)
def test_blame_for_something_laid_on_someone_opposes_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "pinned the blame for X on Y": Y is blamed, X is only what for."""
    found = read(text)
    assert stance in found
    assert not any(target.startswith(("the crisis", "the riots", "the delays")) for _, _, target in found)


def test_blame_for_something_needs_someone_it_is_laid_on() -> None:
    """ "put the blame for the fire behind them" lays it on no one."""
    assert read("The families put the blame for the fire behind them.") == []


def test_an_accused_act_in_quotation_marks_is_no_stance_of_the_accused() -> None:
    """'accused Holm of "backing the plan"': the quoted act is the accuser's charge, as without the marks."""
    found = read('Anna Berg accused Lars Holm of "backing the plan to close the port."')
    assert ("Anna Berg", "oppose", "Lars Holm") in found
    assert not any(holder == "Lars Holm" for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The party gave its backing to the mayor.", ("party", "support", "the mayor")),
        ("The Green Party gave its full backing to Anna Berg.", ("Green Party", "support", "Anna Berg")),
    ],
)
def test_backing_given_to_someone_supports_them(text: str, stance: tuple[str, str, str]) -> None:
    """ "gave its backing to X", as "lent its support to X"."""
    assert stance in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The union offered Anna Berg a tepid endorsement.", ("union", "support", "Anna Berg")),
        ("The union offered the plan a lukewarm endorsement on Monday.", ("union", "support", "the plan")),
        ("Paris lent Berlin its full support.", ("France", "support", "Berlin")),
        ("France has promised Kyiv its unwavering support.", ("France", "support", "Kyiv")),
        ("The Green Party gave the mayor its blessing.", ("Green Party", "support", "the mayor")),
        ("The senators offered the bill no support.", ("senators", "oppose", "the bill")),
        ("Lars Holm did not give the plan his endorsement.", ("Lars Holm", "oppose", "the plan")),
    ],
)
def test_support_given_to_an_object_is_support_of_the_object(text: str, stance: tuple[str, str, str]) -> None:
    """ "offered X a tepid endorsement", "gave X its support": X is supported; "no support" and a refusal oppose."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm gave the union support staff.",
        "The firm gave staff a pay rise and its support.",
        "The union gave its members a choice.",
        "Did the union give Anna Berg its support?",
    ],
)
def test_no_support_given_without_an_object_and_a_determiner(text: str) -> None:
    """Support staff, a list of things given, a question: no one is given support for sure."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The council voiced tepid support for the tower.", ("council", "support", "the tower")),
        ("The union gave grudging backing to the deal.", ("union", "support", "the deal")),
        ("Moscow expressed muted opposition to the sanctions.", ("Russia", "oppose", "the sanctions")),
    ],
)
def test_a_light_verb_takes_lukewarm_fillers_before_its_noun(text: str, stance: tuple[str, str, str]) -> None:
    """ "voiced tepid support for", "gave grudging backing to": the adjective does not break the light verb."""
    assert stance in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The minister said his criticism of the plan stood.", ("minister", "oppose", "the plan")),
        ("The union said its support for the strike was firm.", ("union", "support", "the strike")),
        ("Anna Berg, whose criticism of the plan was sharp, resigned.", ("Anna Berg", "oppose", "the plan")),
        (
            "Lars Holm met Anna Berg, whose praise of Putin had angered him.",
            ("Anna Berg", "support", "Putin"),
        ),
    ],
)
def test_a_possessive_before_a_noun_cue_finds_its_holder(text: str, stance: tuple[str, str, str]) -> None:
    """ "said his criticism of": the speaker; ", whose praise of": the name before the relative."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Oslo said her criticism of the plan was unfair.",
        "Anna Berg said the union would review its support for the plan.",
    ],
)
def test_a_possessive_that_fits_no_speaker_has_no_holder(text: str) -> None:
    """ "her" is no group of officials, "its" no person: the pronoun stays unresolved, no stance."""
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Her criticism of the plan had been misread, Anna Berg said.",
        "Anna Berg said her criticism of the plan has been misread.",
    ],
)
def test_a_noun_cues_target_stops_at_had_been(text: str) -> None:
    """ "criticism of the plan had been misread": "had" starts the predicate, no word of the target."""
    assert ("Anna Berg", "oppose", "the plan") in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Solvara, the Dutch company, which makes Velorin, sharply criticised the BfR's findings.",
            ("Solvara", "oppose", "the BfR's findings"),
        ),
        (
            "Halden, the Swedish lender, which owns the bank, on Monday criticised the regulator.",
            ("Halden", "oppose", "the regulator"),
        ),
    ],
)
def test_a_name_with_an_apposition_and_a_relative_clause_holds_the_stance(
    text: str, stance: tuple[str, str, str]
) -> None:
    """ "Solvara, the Dutch company, which ..., criticised": the name, not its description."""
    found = read(text)
    assert stance in found
    assert all(holder == stance[0] for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "ECOWAS was more cautious. Its commission said the talks were useful and urged both governments to "
            "resume them.",
            ("ECOWAS", "support", "both governments to resume them"),
        ),
        (
            "The African Union was divided. Its executive council said the vote was fair and called for calm.",
            ("African Union", "support", "calm"),
        ),
    ],
)
def test_a_bodys_organ_that_speaks_and_acts_acts_for_the_body(text: str, stance: tuple[str, str, str]) -> None:
    """ "Its commission said ... and urged": the body the organ belongs to urges, as "Its commission urged" does."""
    assert stance in read(text)


def test_an_organ_in_reported_words_is_no_subject_of_the_reporters_next_verb() -> None:
    """ "The association said its members respect the law but blamed X": the association blames X."""
    text = "The Nordic Fishing Association said its members respect the law but blamed the coast guard for the raids."
    assert ("Nordic Fishing Association", "oppose", "the coast guard") in read(text)


def test_a_given_cue_must_be_one_noun() -> None:
    """ "given" reads one noun as the thing given; a pattern with more words, or a verb, is an error."""
    from stancekit.annotate.stance_rules import compile_stance_rules
    from stancekit.errors import RulePackError

    cue = {"id": "my.given", "pattern": "support for", "pos": "noun", "polarity": "support", "type": "support"}
    with pytest.raises(RulePackError, match="given"):
        compile_stance_rules([{"stance_cues": {"cues": [{**cue, "given": True}]}}])
    rules = compile_stance_rules([{"stance_cues": {"cues": [{**cue, "pattern": "support", "given": True}]}}])
    assert rules.cues_by_form["support"][0].given


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        (
            "Halden Bank unleashed a verbal attack on Nordkaj Shipping on Tuesday.",
            ("Halden Bank", "oppose", "Nordkaj Shipping"),
        ),
        ("The union launched a scathing attack on the reform.", ("union", "oppose", "the reform")),
    ],
)
def test_an_attack_of_words_by_name_is_criticism(text: str, stance: tuple[str, str, str]) -> None:
    """ "a verbal attack on", "a scathing attack on": words, whatever the holder and target."""
    assert stance in read(text)


def test_an_attack_on_a_town_is_still_no_stance() -> None:
    """Without a word that makes it one of words, a body's attack on a place stays force."""
    assert read("The rebels launched an attack on the town.") == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Anna Berg took umbrage at the remarks.", ("Anna Berg", "oppose", "the remarks")),
        (
            "Lars Holm dinged the Farmers Union for its statement.",
            ("Lars Holm", "oppose", "the Farmers Union"),
        ),
        ("Anna Berg led the charge against the tax.", ("Anna Berg", "oppose", "the tax")),
        ("Lars Holm has led the criticism of the organisers.", ("Lars Holm", "oppose", "the organisers")),
        ("Anna Berg led opposition to the new tax.", ("Anna Berg", "oppose", "the new tax")),
    ],
)
def test_more_wordings_of_criticism_and_opposition(text: str, stance: tuple[str, str, str]) -> None:
    """ "took umbrage at", "dinged X for", "led the charge against", "led the criticism of", "led opposition to"."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lars Holm dinged the car.",
        "Anna Berg led the talks for the union.",
        "The union led the march through the city.",
        "Two former managers are expected to testify against him.",
    ],
)
def test_denting_leading_and_testifying_are_no_stance(text: str) -> None:
    """A dinged car, talks led, a witness's testimony: no side taken by the cue's words."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Hank Berg was one of the most vocal critics of Facebook.", ("Hank Berg", "oppose", "Facebook")),
        ("Anna Berg is among the fiercest critics of the plan.", ("Anna Berg", "oppose", "the plan")),
        (
            "Anna Berg, one of the staunchest supporters of the plan, resigned.",
            ("Anna Berg", "support", "the plan"),
        ),
        ("The unions are critics of the reform.", ("unions", "oppose", "the reform")),
        ("Anna Berg was one of the first backers of Lars Holm.", ("Anna Berg", "support", "Lars Holm")),
    ],
)
def test_one_of_the_critics_of_is_a_critic(text: str, stance: tuple[str, str, str]) -> None:
    """ "was one of the most vocal critics of X", ", among the staunchest supporters of X,": plural actor nouns."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the plan gathered outside the town hall.",
        "The law was one of the biggest critics of the plan.",
    ],
)
def test_plural_actor_nouns_without_a_copula_or_an_actor_are_no_stance(text: str) -> None:
    """ "Supporters of the plan gathered": a subject, no one's stance; a law is no critic."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Some members were enthusiastic about Anna Berg.", ("members", "support", "Anna Berg")),
        ("The union is hostile to the reform.", ("union", "oppose", "the reform")),
        ("Anna Berg was dismissive of the report.", ("Anna Berg", "oppose", "the report")),
        ("Lars Holm was scathing about the plan.", ("Lars Holm", "oppose", "the plan")),
        ("Republicans united behind Anna Berg.", ("republicans", "support", "Anna Berg")),
        ("Democrats have coalesced around Lars Holm.", ("democrats", "support", "Lars Holm")),
    ],
)
def test_attitudes_and_rallying_wordings(text: str, stance: tuple[str, str, str]) -> None:
    """ "enthusiastic about", "hostile to", "dismissive of", "scathing about", "united behind", "coalesced around"."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The leaders united behind closed doors.",
        "The region is hostile territory.",
        "Anna Berg was enthusiastic.",
    ],
)
def test_attitude_words_without_their_object_are_no_stance(text: str) -> None:
    """ "united behind closed doors", "hostile territory", "was enthusiastic": no one and nothing taken a side on."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "Filmmaker Anna Berg and singer Lars Holm criticized the ruling.",
            {"Lars Holm", "Filmmaker Anna Berg", "Anna Berg"},
        ),
        (
            "Outside the court, novelist Anna Berg, feminist icon Maria Tall and other speakers condemned the ruling.",
            {"Anna Berg", "Maria Tall"},
        ),
    ],
)
def test_names_after_roles_in_a_list_each_hold_the_stance(text: str, holders: set[str]) -> None:
    """ "X and singer Y criticized": a role word before a name leaves the name an item of the list."""
    found = {holder for holder, _, target in read(text) if target == "the ruling"}
    assert len(found) >= 2 and found <= holders


def test_the_place_a_person_is_from_never_holds_the_stance() -> None:
    """ "Republican Peter King from New York, for example, blamed X": the man, or no one; never New York."""
    found = read("Republican Peter King from New York, for example, blamed the gun lobby for the delay.")
    assert not any(holder == "New York" for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Anna Berg paid tribute to Lars Holm for his courage.", ("Anna Berg", "support", "Lars Holm")),
        ("The union sang the praises of the new law.", ("union", "support", "the new law")),
        ("Anna Berg gave Lars Holm credit for the deal.", ("Anna Berg", "support", "Lars Holm")),
        ("Lars Holm extolled the plan.", ("Lars Holm", "support", "the plan")),
        ("Anna Berg vouched for Lars Holm.", ("Anna Berg", "support", "Lars Holm")),
        ("The union stood up for the workers.", ("union", "support", "the workers")),
        ("Lars Holm vilified the migrants.", ("Lars Holm", "oppose", "the migrants")),
        ("Anna Berg reprimanded the officers for their conduct.", ("Anna Berg", "oppose", "the officers")),
        ("Tory MPs rounded on Anna Berg over the leak.", ("Tory MPs", "oppose", "Anna Berg")),
        ("Lars Holm bristled at the suggestion.", ("Lars Holm", "oppose", "the suggestion")),
    ],
)
def test_common_news_wordings_of_praise_and_criticism(text: str, stance: tuple[str, str, str]) -> None:
    """Wordings the crowd-labelled news sentences use: "paid tribute to", "sang the praises of", "gave X credit
    for", "extolled", "vouched for", "stood up for", "vilified", "reprimanded", "rounded on", "bristled at"."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bank gave them credit.",
        "So many people have died in the war that the United Nations has given up counting.",
        "Lars Holm told the committee that Anna Berg had not given him any authority to take action.",
        "The party was rounded on by critics.",
        "Anna Berg forced Lars Holm to admit that no senior executives have been held accountable for the losses.",
    ],
)
def test_a_cue_without_the_words_after_its_object_or_in_the_passive_is_no_stance(text: str) -> None:
    """ "gave them credit" (a loan), "given up counting", "take action": the pattern's closing word is missing, and
    a relative clause does not make up for it; a passive of a cue that names no agent has no holder."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Toig was praised by Tidal owner Jay Z for his work.", ("Jay Z", "support", "Toig")),
        ("The plan was criticised by Halden chief executive Anna Berg.", ("Anna Berg", "oppose", "The plan")),
    ],
)
def test_a_passive_agent_named_with_its_body_and_role(text: str, stance: tuple[str, str, str]) -> None:
    """ "by Tidal owner Jay Z": the person, after a body's name no stage read and a role."""
    assert stance in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Labour Party threw its considerable support behind Anna Berg.", ("Labour Party", "support", "Anna Berg")),
        ("Anna Berg voiced pointed criticism of the plan.", ("Anna Berg", "oppose", "the plan")),
    ],
)
def test_more_adjectives_inside_light_verb_cues(text: str, stance: tuple[str, str, str]) -> None:
    """ "threw its considerable support behind", "voiced pointed criticism of"."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Olympic champion Anna Berg criticised the plan.",
        "Wimbledon champion Anna Berg has backed the plan.",
        "Labour champion Anna Berg criticises the plan.",
    ],
)
def test_a_cue_word_in_a_title_before_a_name_is_no_verb(text: str) -> None:
    """ "Olympic champion Anna Berg criticised ...": "champion" is her title; only her own act is a stance."""
    assert [holder for holder, _, _ in read(text)] == ["Anna Berg"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Democrats back Anna Berg for mayor.", ("democrats", "support", "Anna Berg for mayor")),
        (
            "Lars Holm took to Twitter to accuse Anna Berg's campaign of lying.",
            ("Lars Holm", "oppose", "Anna Berg's campaign"),
        ),
    ],
)
def test_a_verb_before_a_name_that_does_not_act_stays_a_verb(text: str, stance: tuple[str, str, str]) -> None:
    """ "back Anna Berg for mayor", "accuse Anna Berg's campaign": no verb follows the name, so no title."""
    assert stance in read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("In her criticism of the plan, Anna Berg cited the costs.", ("Anna Berg", "oppose", "the plan")),
        ("Despite his praise of the plan, John Smith voted against it.", ("John Smith", "support", "the plan")),
    ],
)
def test_a_possessive_in_an_opening_phrase_points_to_the_subject_after_it(
    text: str, stance: tuple[str, str, str]
) -> None:
    """ "In her criticism of the plan, Anna Berg cited ...": the subject after the comma owns the criticism."""
    assert stance in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "After his criticism of the plan, Anna Berg resigned.",
        "In their criticism of the plan, Anna Berg cited the costs.",
    ],
)
def test_a_possessive_that_does_not_fit_the_subject_after_the_opener_has_no_holder(text: str) -> None:
    """ "his" is not Anna's, "their" not one person's: someone else's criticism, not hers."""
    assert not any(target == "the plan" for _, _, target in read(text))
