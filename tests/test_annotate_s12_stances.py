"""Stance targets that stop where the act's clause does, and drop the time of the act."""

from __future__ import annotations

import pytest

import stancekit


def read(text: str) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


def targets(text: str) -> list[str]:
    return [target for _, _, target in read(text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union criticised the levy, and the minister defended it.", "the levy"),
        ("The union criticised the new levy, and its leader called for a strike.", "the new levy"),
        ("Unison condemned the cuts, and the council's leader promised a review.", "the cuts"),
        ("Teachers condemned the reform, and the education secretary promised talks.", "the reform"),
        ("The federation praised the ruling, and its chairman thanked the judges.", "the ruling"),
        ("Parents backed the new timetable, and most schools adopted it.", "the new timetable"),
        (
            "Greens welcomed the ban on plastic bags, and the mayor's office said more would follow.",
            "the ban on plastic bags",
        ),
        ("The union criticised the levy, and on Tuesday the minister defended it.", "the levy"),
        ("The union criticised the levy, and last week the council voted to keep it.", "the levy"),
        ("The union criticised the levy, and earlier this month, the council voted to keep it.", "the levy"),
    ],
)
def test_a_target_stops_at_the_comma_before_and_a_new_clause(text: str, target: str) -> None:
    """ ", and" before a subject and its verb opens a clause of its own, no more of the target."""
    assert target in targets(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The union backed higher wages, shorter hours, and better pensions.",
            "higher wages, shorter hours, and better pensions",
        ),
        (
            "Critics condemned the cuts, and the closures of libraries and pools.",
            "the cuts, and the closures of libraries and pools",
        ),
        (
            "The union condemned the arrests, and the beatings reported by witnesses.",
            "the arrests, and the beatings reported by witnesses",
        ),
        ("The union criticised the levy, and the Tuesday meetings.", "the levy, and the Tuesday meetings"),
    ],
)
def test_a_list_after_a_serial_comma_stays_in_the_target(text: str, target: str) -> None:
    """Trap: ", and" before a noun phrase with no verb of its own (or a participle before "by") goes on."""
    assert target in targets(text)


def test_a_coordinated_subject_without_a_comma_stays_in_the_target() -> None:
    """Trap: with no comma, "X and Y would ..." is a clause the target holds whole."""
    found = targets("The ministry hoped the insurer and the regulator would reach a deal.")
    assert not any(target in ("the insurer", "the insurer and") for target in found)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union condemned the strike last week after talks collapsed.", "the strike"),
        ("France rejected the proposal in March 2024.", "the proposal"),
        ("France rejected the proposal on 12 March.", "the proposal"),
        ("Spain rejected the proposal on March 12.", "the proposal"),
        ("Labour backed the plan on Tuesday night.", "the plan"),
        ("The union condemned the closure yesterday.", "the closure"),
        ("The union backed the plan Tuesday.", "the plan"),
        ("The union condemned the closure for the second time in a month.", "the closure"),
        ("The union condemned the closure for the third time this year.", "the closure"),
        ("The Treasury welcomed the deal earlier this month.", "the deal"),
        ("Germany criticised the ruling two days later.", "the ruling"),
        ("Germany criticised the ruling a few hours ago.", "the ruling"),
        ("Germany criticised the ruling on the same day.", "the ruling"),
        ("Germany welcomed the ruling over the weekend.", "the ruling"),
        ("Germany welcomed the ruling later that day.", "the ruling"),
    ],
)
def test_a_trailing_time_of_the_act_is_no_part_of_the_target(text: str, target: str) -> None:
    """ "on 12 March", "in March 2024", "yesterday", "for the second time" say when the act was."""
    assert targets(text) == [target]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The union condemned Black Friday.", "Black Friday"),
        ("The union backed Agenda 2030.", "Agenda 2030"),
        ("The union rejected clause 12.", "clause 12"),
        ("The union condemned the talks planned for next week.", "the talks planned for next week"),
        ("The union condemned the attacks of the past week.", "the attacks of the past week"),
        ("The union condemned the row over the budget.", "the row over the budget"),
        ("The union backed the move to cut fares in March.", "the move to cut fares in March"),
    ],
)
def test_a_time_that_belongs_to_the_target_stays(text: str, target: str) -> None:
    """Trap: a name ("Black Friday", "Agenda 2030"), a time after the target's own preposition, or inside an
    infinitive stays."""
    assert targets(text) == [target]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan, backed by the council's Labour leadership and by the GMB and Unite unions, was approved.",
            {("Labour leadership", "support"), ("GMB", "support"), ("Unite", "support")},
        ),
        (
            "The bill was backed by Unison, by the GMB and by Unite.",
            {("Unison", "support"), ("GMB", "support"), ("Unite", "support")},
        ),
        (
            "The tax was condemned by business groups, by the CBI and by the Federation of Small Businesses.",
            {("business groups", "oppose"), ("CBI", "oppose"), ("Federation of Small Businesses", "oppose")},
        ),
        (
            "The plan was criticised by the company's chief executive, by Unite and by the GMB.",
            {("company", "oppose"), ("Unite", "oppose"), ("GMB", "oppose")},
        ),
        (
            "The scheme was opposed by the city's Conservative group and by the Liberal Democrats.",
            {("Conservative group", "oppose"), ("Liberal Democrats", "oppose")},
        ),
        ("The reform was criticised by the party's leadership.", {("party", "oppose")}),
    ],
)
def test_every_agent_of_a_passive_holds_the_stance(text: str, expected: set[tuple[str, str]]) -> None:
    """ "by X, by Y and by Z", an owner's body ("the council's Labour leadership") and what comes after it."""
    assert {(holder, polarity) for holder, polarity, _ in read(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices were supported by the bank's purchases and by strong demand.",
        "The pound was supported by the Bank of England's rate rise.",
        "Prices were supported by the city's tourism boom.",
    ],
)
def test_a_thing_an_owner_has_is_no_agent(text: str) -> None:
    """Trap: "supported by the bank's purchases" names what held prices up, not anyone's stance."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Elijah Cummings blasted what he views as Republicans' political motives.",
            "what he views as Republicans' political motives",
        ),
        ("Labour attacked what it sees as a tax on families.", "what it sees as a tax on families"),
        (
            "Cory Booker denounced what he described as a savage assault on the truth.",
            "what he described as a savage assault on the truth",
        ),
    ],
)
def test_what_a_holder_sees_as_something_is_the_target_whole(text: str, target: str) -> None:
    """ "what he views as X": the "as" goes on with the target instead of ending it at "what he views"."""
    assert targets(text) == [target]


def test_as_after_a_target_still_ends_it() -> None:
    """Trap: an "as" that opens a clause after the object ends the target."""
    assert targets("Labour attacked the plan as ministers met.") == ["the plan"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia's backing for Syria's Bashar al-Assad angered the West.", "Syria's Bashar al-Assad"),
        ("President Obama's criticism of the Citizens United ruling pales by comparison.", "Citizens United ruling"),
    ],
)
def test_a_noun_cues_target_goes_on_past_an_owner_and_a_name(text: str, target: str) -> None:
    """ "'s" before a name is an owner's, and "United" inside a name no verb: neither ends the target."""
    assert any(found.startswith(target) or target in found for found in targets(text))


@pytest.mark.parametrize(
    ("text", "holder", "target"),
    [
        (
            "Rick Snyder put the blame squarely on the Environmental Protection Agency.",
            "Rick Snyder",
            "the Environmental Protection Agency",
        ),
        (
            "Rick Snyder placed another heap of blame on the federal agency for failing to act sooner.",
            "Rick Snyder",
            "the federal agency",
        ),
        ("Nancy Pelosi laid much of the blame on the press.", "Nancy Pelosi", "the press"),
        (
            "Theresa May sought to shift the blame onto the previous government.",
            "Theresa May",
            "the previous government",
        ),
        ("The union pinned the blame on management for the crash.", "union", "management"),
    ],
)
def test_putting_the_blame_on_someone_blames_them(text: str, holder: str, target: str) -> None:
    """ "put/placed/laid/pinned/shifted (much of) the blame on X (for Y)": X is blamed."""
    assert read(text) == [(holder, "oppose", target)]


@pytest.mark.parametrize(
    "text",
    [
        "Please put the boxes on the table.",
        "If the talks fail, Labour will put the blame on the Tories.",
        "Will Labour put the blame on the Tories?",
        "Labour did not put the blame on the Tories.",
        "The blame was put on the weather.",
    ],
)
def test_no_blame_where_none_is_put(text: str) -> None:
    """Trap: a literal "put ... on", a conditional, a question, a negation, an agentless passive."""
    assert read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "North Korea rejected the UN Security Council's criticism of its missile tests and blamed the United States.",
        "Labour welcomed the union's support for the strike and criticised the minister.",
    ],
)
def test_an_owner_inside_an_object_is_no_subject_of_the_next_verb(text: str) -> None:
    """ "rejected the council's criticism ... and blamed X": the subject of "rejected" blames, not the council."""
    first = read(text)[0][0]
    assert read(text)[-1][0] == first


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Randy Forbes, like Tom Coburn, sharply criticized the Pentagon.", "Randy Forbes"),
        ("Randy Forbes, unlike Tom Coburn, praised the Pentagon.", "Randy Forbes"),
        ("Labour, like the Conservatives, opposed the levy.", "Labour"),
    ],
)
def test_someone_the_subject_is_compared_with_holds_nothing(text: str, holder: str) -> None:
    """ ", like X," compares the subject with X: the subject holds the stance, X does not."""
    assert [found for found, _, _ in read(text)] == [holder]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jeff Bezos, whom Donald Trump has repeatedly attacked, did not comment.",
            ("Donald Trump", "oppose", "Jeff Bezos"),
        ),
        ("The envoy, whom Germany praised last week, resigned.", ("Germany", "support", "The envoy")),
    ],
)
def test_whom_opens_a_relative_whose_object_is_the_target(text: str, expected: tuple[str, str, str]) -> None:
    """ "X, whom Y attacked,": X is the target, as after "which" or "that"."""
    assert read(text) == [expected]


def test_whom_after_a_preposition_is_no_target() -> None:
    """Trap: "to whom Germany sent a letter" has no stance."""
    assert read("The envoy, to whom Germany sent a letter, resigned.") == []


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "The plan was criticised not only by Labour but also by the Liberal Democrats.",
            ["Labour", "Liberal Democrats"],
        ),
        ("The plan was criticised by Labour as well as by the Liberal Democrats.", ["Labour", "Liberal Democrats"]),
        ("The plan was criticised by Labour as well as the Liberal Democrats.", ["Labour", "Liberal Democrats"]),
        ("The plan was backed by Labour, as well as by local residents.", ["Labour", "local residents"]),
        ("The plan was backed by Labour, but also by the Liberal Democrats.", ["Labour", "Liberal Democrats"]),
        ("The plan was criticised by Rubio as reckless.", ["Rubio"]),
    ],
)
def test_agents_joined_by_but_also_or_as_well_as_each_hold_the_stance(text: str, holders: list[str]) -> None:
    """ "not only by X but also by Y", "by X as well as (by) Y": each agent; "not only" is no negation."""
    found = read(text)
    assert [holder for holder, _, _ in found] == holders
    assert len({polarity for _, polarity, _ in found}) == 1


def test_an_as_clause_after_the_agent_adds_no_agent() -> None:
    """Trap: ", as the minister said" after the agent is no agent."""
    assert [holder for holder, _, _ in read("The plan was backed by Labour, as the minister said.")] == ["Labour"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The union slammed the decision to close the plant.", ("union", "oppose", "the decision to close the plant")),
        ("The union hailed the agreement as a breakthrough.", ("union", "support", "the agreement")),
        ("Unite lashed out at the ministry over the delays.", ("Unite", "oppose", "the ministry")),
        ("Labour took aim at the Conservatives over tax.", ("Labour", "oppose", "the Conservatives")),
        ("The regulator faulted the airline for the delays.", ("regulator", "oppose", "the airline")),
    ],
)
def test_praise_and_criticism_verbs_of_news_wording(text: str, expected: tuple[str, str, str]) -> None:
    """ "slammed", "hailed ... as", "lashed out at ... over", "took aim at", "faulted ... for"."""
    assert read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor hailed a taxi outside the town hall.",
        "Unite hailed taxis for the delegates.",
        "Prices were supported by strong demand from China.",
        "Did the union slam the decision?",
        "If the plant closes, the union will slam the decision.",
        "Will Labour take aim at the Conservatives?",
        "The airline was faulted for the delays.",
        "The door slammed shut behind him.",
    ],
)
def test_no_praise_or_criticism_where_there_is_none(text: str) -> None:
    """Trap: hailing a taxi, prices supported by demand, questions, conditionals, an agentless passive."""
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unison backed the pay offer, but the GMB rejected it.", ("GMB", "oppose", "the pay offer")),
        ("Unison backed the pay offer. The GMB rejected it.", ("GMB", "oppose", "the pay offer")),
        ("France backed the plan, and Germany welcomed it.", ("Germany", "support", "the plan")),
        ("The union backed the proposal, and Smith welcomed it too.", ("Smith", "support", "the proposal")),
        ("The EU praised Ukraine, and Russia condemned it.", ("Russia", "oppose", "Ukraine")),
    ],
)
def test_it_after_a_stance_is_what_that_stance_was_about(text: str, expected: tuple[str, str, str]) -> None:
    """ "X backed the offer, but Y rejected it": "it" is the offer, not X, whom coreference may give it."""
    assert read(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Pinto said the deal was dead and urged lawmakers to start again.",
            ("Ana Pinto", "support", "lawmakers to start again"),
        ),
        ("The union backed the plan again.", ("union", "support", "the plan")),
    ],
)
def test_a_trailing_adverb_leaves_a_target_but_not_an_infinitive(text: str, expected: tuple[str, str, str]) -> None:
    """ "backed the plan again": "again" is the act's; "urged lawmakers to start again": the act asked for."""
    assert read(text)[-1] == expected


def test_it_with_nothing_before_gives_no_stance() -> None:
    """Trap: "it" that no stance before and no coreference explains is no target."""
    assert read("The ministry published the report on Monday, and Labour criticised it.") == []
