"""Cues of reported speech and thought that news uses and the default pack used to lack.

Each cue has a sentence where it reports and a trap where the same word reports nothing: verbs of
saying that need "that", a quotation or a clause with its own subject ("hinted that ...", not "hinted
at changes"); verbs that take an addressee ("informed investors that ..."); manners of speaking that
report only a quotation, a colon or a that-clause ("“Not now,” she whispered", not "whispered to his
aide"); phrases of saying ("made the case that ...", "as one trader put it, ..."); and the topic an actor
spoke on ("spoke about her years as a nurse"); acts of blame, praise and exhortation ("lambasted the airline",
not "the castigated officer").

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def _contents(document: Document, cue: str) -> list[str]:
    """The contents of the statements whose cue is ``cue``."""
    return [statement.content.text for statement in document.statements if statement.cue.text == cue]


# -- verbs of saying that report a clause, not an object ----------------------------------------------

SAYING = [
    ("The harbour master hinted that the pier would reopen in May.", "hinted", "the pier would reopen in May"),
    ("Ms. Varga implied that the audit had been rushed.", "implied", "the audit had been rushed"),
    ("Rivals insinuated that the count was rigged.", "insinuated", "the count was rigged"),
    ("The coach confided that he had considered resigning.", "confided", "he had considered resigning"),
    ("The treasurer confessed she had moved the funds.", "confessed", "she had moved the funds"),
    ("The mayor bragged that crime had halved.", "bragged", "crime had halved"),
    ("Tenants griped that the heating rarely worked.", "griped", "the heating rarely worked"),
    ("The union bemoaned that wages had stalled for years.", "bemoaned", "wages had stalled for years"),
    ("Dr. Osei theorized that the fungus spread by wind.", "theorized", "the fungus spread by wind"),
    ("One engineer theorised that the weld had cracked first.", "theorised", "the weld had cracked first"),
    ("Investigators surmised that the fire began in the kitchen.", "surmised", "the fire began in the kitchen"),
    ("The team hypothesized that the drug slows the disease.", "hypothesized", "the drug slows the disease"),
    ("Biologists hypothesise that the frogs moved uphill.", "hypothesise", "the frogs moved uphill"),
    ("The lawyer averred that her client was abroad.", "averred", "her client was abroad"),
    ("Two nurses attested that the ward was understaffed.", "attested", "the ward was understaffed"),
    ("The contract specifies that repairs fall to the tenant.", "specifies", "repairs fall to the tenant"),
    ("The treaty stipulates that troops leave within a year.", "stipulates", "troops leave within a year"),
    ("The minister guaranteed that no school would close.", "guaranteed", "no school would close"),
    ("The central bank signaled that rates would stay high.", "signaled", "rates would stay high"),
    ("The witness swore she had seen the van.", "swore", "she had seen the van"),
    ("A federal judge ruled that the fee was unlawful.", "ruled", "the fee was unlawful"),
    ("The rebels proclaimed that the war was over.", "proclaimed", "the war was over"),
]

SAYING_TRAPS = [
    ("Officials hinted at changes to the route.", "hinted"),
    ("The rise in prices implied higher costs for households.", "implied"),
    ("He confessed his love in a letter.", "confessed"),
    ("The mayor bragged about the new stadium.", "bragged"),
    ("The union bemoaned the loss of jobs.", "bemoaned"),
    ("The form specifies a deadline.", "specifies"),
    ("The bank guaranteed the loans.", "guaranteed"),
    ("The referee signaled a foul.", "signaled"),
    ("The new governor was sworn in on Monday.", "sworn"),
    ("The judge ruled out a retrial.", "ruled"),
    ("The family ruled the province for decades.", "ruled"),
    ("New rules could lead to higher fares.", "rules"),
    ("The king proclaimed a holiday.", "proclaimed"),
]


@pytest.mark.parametrize(("text", "cue", "content"), SAYING)
def test_verb_of_saying_reports_its_clause(text: str, cue: str, content: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == [content]


@pytest.mark.parametrize(("text", "cue"), SAYING_TRAPS)
def test_verb_of_saying_without_a_clause_reports_nothing(text: str, cue: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == []


# -- verbs that take an addressee ----------------------------------------------------------------------

ADDRESSED = [
    ("The airline informed passengers that the flight was cancelled.", "informed", "the flight was cancelled"),
    ("The council notified residents that the water was unsafe.", "notified", "the water was unsafe"),
    ("Doctors advised the family that the patient was stable.", "advised", "the patient was stable"),
]

ADDRESSED_TRAPS = [
    ("The airline informed passengers by text.", "informed"),
    ("Police notified the next of kin.", "notified"),
    ("The agency advised residents to stay indoors.", "advised"),
]


@pytest.mark.parametrize(("text", "cue", "content"), ADDRESSED)
def test_verb_with_an_addressee_reports_the_clause_after_it(text: str, cue: str, content: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == [content]


@pytest.mark.parametrize(("text", "cue"), ADDRESSED_TRAPS)
def test_verb_with_an_addressee_and_no_clause_reports_nothing(text: str, cue: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == []


# -- manners of speaking: a quotation, a colon or a that-clause only -------------------------------------

MANNERS = [
    ("“We are not finished,” she whispered.", "whispered", "We are not finished"),
    ("“This is a farce,” one delegate muttered.", "muttered", "This is a farce"),
    ("“Thank you all,” the widow murmured.", "murmured", "Thank you all"),
    ("“Get out now,” a firefighter screamed.", "screamed", "Get out now"),
    ("“Give us one more week,” the owner pleaded.", "pleaded", "Give us one more week"),
    ("“That is not what the report says,” Ms. Lund interjected.", "interjected", "That is not what the report says"),
    ("“We tried everything,” the captain sighed.", "sighed", "We tried everything"),
    ("“It will pass,” she mused.", "mused", "It will pass"),
    ("“Nobody listens,” she ranted.", "ranted", "Nobody listens"),
    ("“Rubbish,” he sneered.", "sneered", "Rubbish"),
    ("“A fine mess,” he scoffed.", "scoffed", "A fine mess"),
    ("“It is a disgrace,” the mayor fumed.", "fumed", "It is a disgrace"),
    ("“What a night,” she gushed.", "gushed", "What a night"),
    ("“Leave it,” she begged.", "begged", "Leave it"),
    ("“Go home,” the crowd roared.", "roared", "Go home"),
    ("“Never,” he thundered.", "thundered", "Never"),
    ("“Out!” he bellowed.", "bellowed", "Out!"),
    ("“Help us,” she cried.", "cried", "Help us"),
    ("“We agree,” the minister chimed in.", "chimed in", "We agree"),
]

MANNER_TRAPS = [
    ("He whispered to his aide during the vote.", "whispered"),
    ("Some delegates muttered among themselves.", "muttered"),
    ("The crowd murmured as the verdict was read.", "murmured"),
    ("Children screamed as the roof gave way.", "screamed"),
    ("The driver pleaded guilty to speeding.", "pleaded"),
    ("The cable snapped in the storm.", "snapped"),
    ("Voters laughed it off.", "laughed"),
    ("The minister sighed and left the room.", "sighed"),
    ("He mused about retiring.", "mused"),
    ("He ranted for an hour.", "ranted"),
    ("He sneered at the offer.", "sneered"),
    ("Critics scoffed at the plan.", "scoffed"),
    ("Residents fumed over the delay.", "fumed"),
    ("Water gushed from the pipe.", "gushed"),
    ("He begged for mercy.", "begged"),
    ("Engines roared overhead.", "roared"),
    ("Guns thundered across the valley.", "thundered"),
    ("The cattle bellowed.", "bellowed"),
    ("The child cried all night.", "cried"),
    ("She read the report twice.", "read"),
    ("The bells chimed in the tower.", "chimed in"),
]

#: Words whose base or "-s" form is also a noun: only the past and "-ing" forms are cues, so a noun
#: followed by a relative "that" reports nothing and makes no actor of the adjective before it.
NOUN_TRAPS = [
    ("Toxic fumes that leaked from the depot sickened nine workers, the agency said.", "fumes"),
    ("Fresh hints that the bank would cut rates lifted shares, traders said.", "hints"),
    ("Angry cries that the count was rigged rang out, police said.", "cries"),
    ("The outlines that the council published on Monday were vague, residents said.", "outlines"),
    ("Mixed signals that the union sent last week confused members, organisers said.", "signals"),
    ("Loud whispers that the coach would quit spread through the stands, fans said.", "whispers"),
]

#: "that" as a determiner after a word that is no cue: "laughed that off", "read that book".
DETERMINER_TRAPS = [
    ("Senator Ruiz laughed that off before the vote.", "laughed"),
    ("Photographers snapped that moment from the gallery.", "snapped"),
    ("The students read that book in a week.", "read"),
]


@pytest.mark.parametrize(("text", "word"), NOUN_TRAPS)
def test_a_noun_that_is_also_a_verb_of_saying_leaves_the_sentence_to_its_cue(text: str, word: str) -> None:
    document = stancekit.annotate(text)
    assert word not in [statement.cue.text for statement in document.statements if statement.cue]
    adjective = text.split()[0]
    assert adjective not in [entity.name for entity in document.entities], "the adjective became an actor"


@pytest.mark.parametrize(("text", "word"), DETERMINER_TRAPS)
def test_that_as_a_determiner_reports_nothing(text: str, word: str) -> None:
    assert _contents(stancekit.annotate(text), word) == []


@pytest.mark.parametrize(("text", "cue", "content"), MANNERS)
def test_manner_of_speaking_reports_a_quotation(text: str, cue: str, content: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == [content]


@pytest.mark.parametrize(("text", "cue"), MANNER_TRAPS)
def test_manner_of_speaking_without_a_quotation_reports_nothing(text: str, cue: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == []


# -- phrases of saying: "put it", "summed up", "made the case", "made the point", "raised the possibility" ---

PHRASES = [
    ("As one trader put it, the exchange has lost its nerve.", "put it", "the exchange has lost its nerve"),
    ("The ferry captain puts it this way: the sea decides.", "puts it this way", "the sea decides"),
    ("The coach summed up: “We were simply slower.”", "summed up", "We were simply slower"),
    (
        "Ms. Okafor made the case that the tunnel would pay for itself.",
        "made the case",
        "the tunnel would pay for itself",
    ),
    ("The auditor made the point that costs had doubled.", "made the point", "costs had doubled"),
    (
        "The minister raised the possibility that the vote could be delayed.",
        "raised the possibility",
        "the vote could be delayed",
    ),
]

PHRASE_TRAPS = [
    ("She put it on the shelf.", "put it"),
    ("The coach summed up the season in one word.", "summed up"),
    ("Ms. Okafor made the case for a new tunnel.", "made the case"),
    ("The auditor made the point in a letter.", "made the point"),
    ("The minister raised the possibility of a delay.", "raised the possibility"),
]


@pytest.mark.parametrize(("text", "cue", "content"), PHRASES)
def test_phrase_of_saying_reports_its_clause(text: str, cue: str, content: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == [content]


@pytest.mark.parametrize(("text", "cue"), PHRASE_TRAPS)
def test_phrase_of_saying_without_a_clause_reports_nothing(text: str, cue: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == []


# -- "spoke about", "talked about": the topic an actor spoke on -------------------------------------------

TOPICS = [
    ("Senator Ruiz spoke about her years as a nurse.", "spoke about", "her years as a nurse"),
    ("Senator Ruiz speaks about the harbour in every speech.", "speaks about", "the harbour"),
    ("Mr. Adeyemi has spoken about a tax on sugary drinks.", "spoken about", "a tax on sugary drinks"),
    ("Ruiz talked about raising the fare.", "talked about", "raising the fare"),
]

TOPIC_TRAPS = [
    ("The much talked about bridge opened on Friday.", "talked about"),
    ("Nobody spoke about it.", "spoke about"),
]


@pytest.mark.parametrize(("text", "cue", "content"), TOPICS)
def test_spoke_about_reports_the_topic(text: str, cue: str, content: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == [content]


@pytest.mark.parametrize(("text", "cue"), TOPIC_TRAPS)
def test_talked_about_as_an_adjective_reports_nothing(text: str, cue: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == []


# -- acts of blame, praise and exhortation: their object ---------------------------------------------------

ACTS = [
    ("Senator Ruiz lambasted the airline over the delays.", "lambasted", "the airline over the delays"),
    ("Critics lambaste the plan as reckless.", "lambaste", "the plan as reckless"),
    ("The rector chastised students for the noise.", "chastised", "students for the noise"),
    ("Judge Amal Haddad castigated the police for losing evidence.", "castigated", "the police for losing evidence"),
    ("The prime minister rebuked the envoy over the leak.", "rebuked", "the envoy over the leak"),
    ("Lena Ruiz excoriated the board for its silence.", "excoriated", "the board for its silence"),
    ("Ruiz extolled the virtues of rail travel.", "extolled", "the virtues of rail travel"),
    ("Ruiz exhorted voters to turn out early.", "exhorted", "voters to turn out early"),
    ("Ruiz outlined her plan for the harbour.", "outlined", "her plan for the harbour"),
]

ACT_TRAPS = [
    ("Will Ruiz lambast the airline?", "lambast"),
    ("Chastised by the vote, the party regrouped.", "Chastised"),
    ("The castigated officer resigned.", "castigated"),
    ("The rebuked envoy left.", "rebuked"),
    ("The excoriating report ran to 90 pages.", "excoriating"),
    ("An extolled virtue is rare.", "extolled"),
    ("If Ruiz exhorts voters to turn out, the count will be high.", "exhorts"),
    ("A rough outline was drawn.", "outline"),
]


@pytest.mark.parametrize(("text", "cue", "content"), ACTS)
def test_act_of_blame_or_praise_reports_its_object(text: str, cue: str, content: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == [content]


@pytest.mark.parametrize(("text", "cue"), ACT_TRAPS)
def test_act_of_blame_or_praise_as_a_modifier_or_a_question_reports_nothing(text: str, cue: str) -> None:
    assert _contents(stancekit.annotate(text), cue) == []
