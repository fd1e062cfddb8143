"""How the stance stage reads news wording around its cues: adverbs, "and others", descriptor nouns,
participles after a report noun, criticism and praise idioms, and cues inside reported clauses.

Each case is pinned with sentences of its own.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances_of(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(s.holder, s.holder), s.polarity, s.target.text) for s in document.stances]


# -- frequency and degree adverbs inside the verb group ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel often criticized Viktor Orban.",
        "Angela Merkel has often criticized Viktor Orban.",
        "Angela Merkel frequently criticized Viktor Orban.",
        "Angela Merkel sometimes criticized Viktor Orban.",
        "Angela Merkel again criticized Viktor Orban.",
        "Angela Merkel openly criticized Viktor Orban.",
        "Angela Merkel twice criticized Viktor Orban.",
    ],
)
def test_an_adverb_between_subject_and_verb(text: str) -> None:
    assert ("Angela Merkel", "oppose", "Viktor Orban") in stances_of(stancekit.annotate(text))


# -- "X and others" ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Emmanuel Macron and others criticized Viktor Orban.",
        "Emmanuel Macron and many others criticized Viktor Orban.",
        "Emmanuel Macron and several others criticized Viktor Orban.",
    ],
)
def test_a_subject_and_others_holds_the_stance(text: str) -> None:
    assert stances_of(stancekit.annotate(text)) == [("Emmanuel Macron", "oppose", "Viktor Orban")]


def test_others_alone_holds_nothing() -> None:
    assert stances_of(stancekit.annotate("On Monday, others criticized Viktor Orban.")) == []


# -- a subject with a descriptor noun --------------------------------------------------------------------


def test_a_named_newspaper_holds_the_stance() -> None:
    document = stancekit.annotate("The Springfield Gazette newspaper criticized Jacinda Ardern.")
    found = stances_of(document)
    assert len(found) == 1
    holder, polarity, target = found[0]
    assert "Springfield Gazette" in holder and (polarity, target) == ("oppose", "Jacinda Ardern")


def test_a_union_chief_speaks_for_the_union() -> None:
    assert stances_of(stancekit.annotate("The union chief criticized Jacinda Ardern.")) == [
        ("union", "oppose", "Jacinda Ardern")
    ]


def test_a_person_noun_alone_still_holds_nothing() -> None:
    """ "the chief" alone: one person, whom only coreference can tell."""
    assert stances_of(stancekit.annotate("The chief criticized Jacinda Ardern.")) == []


# -- a participle after a report noun: the author of the suit, ad or report holds ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Sierra Club filed a lawsuit accusing Shell of hiding the risks.",
            ("Sierra Club", "oppose", "Shell"),
        ),
        (
            "Boris Johnson has started running ads in Manchester criticizing Jeremy Corbyn for his budget.",
            ("Boris Johnson", "oppose", "Jeremy Corbyn"),
        ),
        (
            "Amnesty International released a report on Tuesday criticizing Egypt over its prisons.",
            ("Amnesty International", "oppose", "Egypt"),
        ),
    ],
)
def test_a_participle_after_a_report_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


def test_an_ad_that_someone_saw_is_not_their_stance() -> None:
    found = stances_of(stancekit.annotate("Voters in Leeds saw ads criticizing Jeremy Corbyn."))
    assert not any(holder == "Leeds" for holder, _, _ in found)


# -- criticism and praise idioms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Justin Trudeau ripped into Doug Ford over the cuts.", ("Justin Trudeau", "oppose", "Doug Ford")),
        ("Justin Trudeau tore into Doug Ford.", ("Justin Trudeau", "oppose", "Doug Ford")),
        ("Justin Trudeau laid into Doug Ford.", ("Justin Trudeau", "oppose", "Doug Ford")),
        ("Justin Trudeau went after Doug Ford.", ("Justin Trudeau", "oppose", "Doug Ford")),
        ("Justin Trudeau went after Doug Ford over health care.", ("Justin Trudeau", "oppose", "Doug Ford")),
        ("Doug Ford fired back at Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford took a swipe at Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford took swipes at Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford pointed the finger at Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford bashed Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford mocked Justin Trudeau for his socks.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford ridiculed Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford derided Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford skewered Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford excoriated Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford pilloried Justin Trudeau.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Justin Trudeau was mocked by Doug Ford.", ("Doug Ford", "oppose", "Justin Trudeau")),
        ("Doug Ford lavished praise on Justin Trudeau.", ("Doug Ford", "support", "Justin Trudeau")),
        ("Doug Ford has publicly lavished praise on Justin Trudeau.", ("Doug Ford", "support", "Justin Trudeau")),
        ("Doug Ford heaped praise on Justin Trudeau.", ("Doug Ford", "support", "Justin Trudeau")),
    ],
)
def test_an_idiom_of_criticism_or_praise(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    "text",
    [
        "Justin Trudeau went after the vote to Ottawa.",
        "The police will go after the money.",
        "Justin Trudeau went after the Ford Foundation's money.",
        "The students held a mock election.",
        "Justin Trudeau fired back.",
        "Doug Ford faced ridicule for his socks.",
    ],
)
def test_no_idiom_without_its_object(text: str) -> None:
    """ "go after" needs an actor as its object ("after" is also a word of time); "mock" may be an adjective."""
    assert stances_of(stancekit.annotate(text)) == []


# -- a cue inside a reported clause is not the reporter's ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A person familiar with the matter said the board had approved the plan in March and was not "
        "prepared to reverse it.",
        "A spokesman for Greenpeace said the council had signed the deal and was ready to defend it.",
        "Greenpeace said the ministry had read the report and was not willing to endorse the dam.",
    ],
)
def test_a_reported_clause_is_not_the_reporters_act(text: str) -> None:
    found = stances_of(stancekit.annotate(text))
    assert not any(holder in ("person familiar with the matter", "Greenpeace") for holder, _, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greenpeace said the deal was unfair and criticized Shell.", ("Greenpeace", "oppose", "Shell")),
        ("Greenpeace said it would back the ban and criticized Shell.", ("Greenpeace", "oppose", "Shell")),
    ],
)
def test_the_reporters_own_next_verb_still_holds(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances_of(stancekit.annotate(text))


@pytest.mark.parametrize(
    ("pattern", "after_head", "read"),
    [
        ("take [a] swipe|swipes at <target>", " a swipe at", True),
        ("take [a] swipe|swipes at <target>", " a big swipe at", True),
        ("take [a] swipe|swipes at <target>", " the bus to work", False),
        ("point [the] finger at <target>", " the finger at", True),
        ("point [the] finger at <target>", " out that", False),
        ("call <any> for <target>", " on the council to vote for", True),
    ],
)
def test_a_cue_is_read_only_where_its_first_required_word_follows(pattern: str, after_head: str, read: bool) -> None:
    # "took the bus" is no "take a swipe at": the word the cue needs past its optional ones decides
    # whether the sentence is read at all, as for a cue whose first word is required.
    from stancekit.annotate.stance_rules import _compile_cue

    cue = _compile_cue(
        {"id": "test", "pattern": pattern, "pos": "verb", "polarity": "oppose", "type": "criticize"}, "test"
    )
    assert cue.follows is not None
    assert (cue.follows.match(after_head) is not None) == read
