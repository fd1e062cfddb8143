"""The stance stage on drafts built by hand: cues, holders, targets, negation, hedges, nesting, traps.

Each draft carries what the earlier stages would leave: sentences, mentions
of known actors (pronouns included, as coreference makes them) and
statements. The sentences are our own.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from stancekit.annotate import stances
from stancekit.annotate.draft import Draft
from stancekit.errors import RulePackError
from stancekit.model import STANCE_TYPES, Document, Entity, Mention, Statement
from stancekit.testing import texts

ACTORS = {
    "Chile": "Chile",
    "Santiago": "Chile",
    "Peru": "Peru",
    "Lima": "Peru",
    "Bolivia": "Bolivia",
    "Ecuador": "Ecuador",
    "Quito": "Ecuador",
    "Mercosur": "Mercosur",
    "OPEC": "OPEC",
    "Ana Ortiz": "Ana Ortiz",
    "Ortiz": "Ana Ortiz",
    "She": "Ana Ortiz",
    "It": "Chile",
    "it": "Chile",
    "its": "Chile",
    "Its": "Chile",
}


def draft_of(text: str, actors: dict[str, str] | None = None, statements: tuple[tuple[str, str], ...] = ()) -> Draft:
    """A draft as the earlier stages leave it: sentences, mentions of ``actors`` and ``statements``."""
    actors = ACTORS if actors is None else actors
    draft = Draft(text=text, meta={}, annotator="test")
    draft.sentences = [
        (match.start(), match.end())
        for match in re.finditer(r"[^\n]+?(?:[.!?](?=\s|$)|(?=\n)|$)", text)
        if match.group().strip()
    ]
    ids: dict[str, str] = {}
    for surface, name in actors.items():
        if name not in ids:
            ids[name] = draft.new_id("e")
            draft.add_entity(Entity(ids[name], name, "country"))
        for match in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            draft.mentions.append(Mention(draft.new_id("m"), ids[name], draft.span(match.start(), match.end())))
    for speaker, content in statements:
        start = text.index(content)
        draft.statements.append(Statement(draft.new_id("s"), draft.span(start, start + len(content)), ids[speaker]))
    return draft


def annotate(
    text: str, statements: tuple[tuple[str, str], ...] = (), rules: Any = None, actors: dict[str, str] | None = None
) -> Document:
    draft = draft_of(text, actors, statements=statements)
    draft.rules = rules
    stances.run(draft)
    return draft.to_document("test")


def found(text: str, **options: Any) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance found in ``text``."""
    document = annotate(text, **options)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names[stance.holder], stance.polarity, stance.target.text) for stance in document.stances]


def only(text: str, **options: Any) -> Any:
    document = annotate(text, **options)
    assert len(document.stances) == 1, document.stances
    return document.stances[0]


# -- cues in every tense, as nouns and as predicates --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile supports the lithium accord.",
        "Chile supported the lithium accord.",
        "Chile is supporting the lithium accord.",
        "Chile has supported the lithium accord.",
        "Chile will support the lithium accord.",
        "Chile had backed the lithium accord.",
        "Chile endorses the lithium accord.",
        "Chile welcomed the lithium accord.",
        "Chile has long championed the lithium accord.",
        "Chile voiced support for the lithium accord.",
        "Chile expressed its full support for the lithium accord.",
        "Chile's support for the lithium accord is well known.",
        "Chile is in favour of the lithium accord.",
        "Chile threw its weight behind the lithium accord.",
        "Chile praised the lithium accord.",
    ],
)
def test_support_cues_in_every_form(text: str) -> None:
    assert found(text) == [("Chile", "support", "the lithium accord")]


@pytest.mark.parametrize(
    "text",
    [
        "Peru opposes the pipeline tariff.",
        "Peru opposed the pipeline tariff.",
        "Peru is opposing the pipeline tariff.",
        "Peru has criticized the pipeline tariff.",
        "Peru criticised the pipeline tariff.",
        "Peru condemned the pipeline tariff.",
        "Peru denounces the pipeline tariff.",
        "Peru rejected the pipeline tariff.",
        "Peru is opposed to the pipeline tariff.",
        "Peru is against the pipeline tariff.",
        "Peru voiced its opposition to the pipeline tariff.",
        "Peru's opposition to the pipeline tariff hardened.",
        "Peru repeated its criticism of the pipeline tariff.",
        "Peru warned against the pipeline tariff.",
        "Peru slammed the pipeline tariff.",
    ],
)
def test_opposition_cues_in_every_form(text: str) -> None:
    assert found(text) == [("Peru", "oppose", "the pipeline tariff")]


def test_the_act_is_recorded_as_type_and_the_cue_as_a_span() -> None:
    stance = only("Peru blamed Bolivia for the drought.")
    assert stance.type == "blame"
    assert stance.type in STANCE_TYPES
    assert stance.cue is not None and stance.cue.text == "blamed for"
    assert [fragment.text for fragment in stance.cue.fragments] == ["blamed", "for"]
    assert stance.provenance.rule == "stance.blame.verb"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Chile called for a regional water authority.", "call_for"),
        ("Chile urged Peru to reopen the border.", "urge"),
        ("Chile called on Peru to reopen the border.", "urge"),
        ("Chile encouraged Peru to reopen the border.", "encourage"),
        ("Chile advocated for a regional water authority.", "advocate"),
        ("Chile hopes for a regional water authority.", "hope"),
        ("Chile committed to a regional water authority.", "commit"),
        ("Chile is ready to fund a regional water authority.", "commit"),
        ("Chile is willing to fund a regional water authority.", "commit"),
    ],
)
def test_support_acts(text: str, kind: str) -> None:
    stance = only(text)
    assert (stance.polarity, stance.type) == ("support", kind)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Peru is a key backer of the canal project.", "support"),
        ("Peru has long been a vocal supporter of the canal project.", "support"),
        ("Peru remains an outspoken critic of the canal project.", "oppose"),
        ("Chile praised Peru, a longtime opponent of the canal project.", "oppose"),
    ],
)
def test_actor_nouns_after_a_copula_or_in_apposition(text: str, polarity: str) -> None:
    assert ("Peru", polarity, "the canal project") in found(text)


def test_a_time_phrase_inside_a_cue() -> None:
    assert found("Chile called on Sunday for a regional water authority.") == [
        ("Chile", "support", "a regional water authority")
    ]


def test_call_on_keeps_who_is_called_and_what_for_in_the_target() -> None:
    assert only("Chile called on Peru to reopen the border.").target.text == "Peru to reopen the border"


# -- targets -----------------------------------------------------------------------------------


def test_blame_target_is_who_is_blamed_not_what_for() -> None:
    assert found("Chile blamed mining companies for the water shortage.") == [("Chile", "oppose", "mining companies")]


def test_accused_actor_is_the_target_and_its_entity() -> None:
    document = annotate("Chile accused Lima of hoarding river water.")
    (stance,) = document.stances
    assert stance.target.text == "Lima"
    assert document.entity(stance.target.entity).name == "Peru"


def test_target_stops_at_the_clause_boundary() -> None:
    assert found("Peru rejected the quota plan, saying the scheme hurt small fleets.") == [
        ("Peru", "oppose", "the quota plan")
    ]
    assert found("Peru rejected the quota plan because the scheme hurt small fleets.") == [
        ("Peru", "oppose", "the quota plan")
    ]


def test_target_keeps_noun_phrases_joined_by_and() -> None:
    assert found("Chile welcomed closer ties between Peru and Bolivia.") == [
        ("Chile", "support", "closer ties between Peru and Bolivia")
    ]


def test_target_drops_a_trailing_time_phrase() -> None:
    assert found("Chile endorsed the fisheries pact on Tuesday.") == [("Chile", "support", "the fisheries pact")]


def test_a_clause_target_drops_its_complementizer() -> None:
    assert found("Peru denied that its dams had cut the flow.") == [("Peru", "oppose", "its dams had cut the flow")]


# -- holders ------------------------------------------------------------------------------------


def test_pronoun_subject_holds_through_its_mention() -> None:
    assert found("Chile spoke at length. It has also criticized the export ban.") == [
        ("Chile", "oppose", "the export ban")
    ]


def test_coordinated_verbs_share_their_subject() -> None:
    assert found("Ecuador has argued for open skies and criticized the landing fees.") == [
        ("Ecuador", "support", "open skies"),
        ("Ecuador", "oppose", "the landing fees"),
    ]


def test_a_nearer_clause_subject_wins_over_an_earlier_cue() -> None:
    assert found("Peru backed the levy, but Bolivia refused to sign it and called for new talks.") == [
        ("Peru", "support", "the levy"),
        ("Bolivia", "support", "new talks"),
    ]


def test_a_long_relative_clause_between_subject_and_cue_is_skipped() -> None:
    text = "Chile, which has campaigned for years for a regional water authority with binding powers, blasted the levy."
    assert ("Chile", "oppose", "the levy") in found(text)


def test_a_time_noun_inside_the_target_stays() -> None:
    assert found("Chile hopes the day of action sends a message.") == [
        ("Chile", "support", "the day of action sends a message")
    ]


def test_negation_inside_an_aside_does_not_count() -> None:
    stance = only("Ecuador, which is not a member, strongly supports the levy.")
    assert (stance.polarity, stance.negated) == ("support", False)


def test_participial_clause_shares_the_subject() -> None:
    assert found("Chile backed the census, expressing hope that turnout would rise.") == [
        ("Chile", "support", "the census"),
        ("Chile", "support", "turnout would rise"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Bolivia backed the canal project.",
        "Peru, Bolivia and Ecuador backed the canal project.",
        "Peru, Bolivia, and Ecuador backed the canal project.",
    ],
)
def test_each_coordinated_holder_holds(text: str) -> None:
    holders = [holder for holder, _, _ in found(text)]
    assert holders == [name for name in ("Peru", "Bolivia", "Ecuador") if name in text]
    assert {target for _, _, target in found(text)} == {"the canal project"}


@pytest.mark.parametrize(
    "text",
    [
        "Lima announced a customs reform, welcomed by Chile, that cuts paperwork.",
        "A customs reform backed by Chile took effect.",
        "The customs reform was endorsed by Chile.",
    ],
)
def test_passive_keeps_the_real_holder(text: str) -> None:
    ((holder, polarity, target),) = found(text)
    assert (holder, polarity) == ("Chile", "support")
    assert target.lower().endswith("customs reform")


def test_coordinated_passives_share_their_target() -> None:
    assert found("The levy was welcomed by Peru but rejected by Bolivia.") == [
        ("Peru", "support", "The levy"),
        ("Bolivia", "oppose", "The levy"),
    ]


def test_the_possessor_of_a_subject_with_a_place_after_it() -> None:
    """ "Chile's ambassador in Lima": the ambassador speaks for Chile, not for Peru."""
    assert found("Chile's ambassador in Lima praised Bolivia for its restraint.") == [("Chile", "support", "Bolivia")]


def test_fronted_passive_targets_the_subject_after_it() -> None:
    assert found("Backed by Chile, the rebels advanced on the town.") == [("Chile", "support", "the rebels")]


def test_passive_agent_that_only_modifies_a_noun_is_no_holder() -> None:
    assert found("Demand for copper is supported by Peruvian buyers.", actors={"Peruvian": "Peru"}) == []
    assert found("The plan was backed by Peruvian officials.", actors={"Peruvian": "Peru"}) == [
        ("Peru", "support", "The plan")
    ]
    assert found("The plan was backed by Peru last week.") == [("Peru", "support", "The plan")]


def test_passive_with_coordinated_agents() -> None:
    assert found("The draft was backed by Peru and Ecuador.") == [
        ("Peru", "support", "The draft"),
        ("Ecuador", "support", "The draft"),
    ]
    assert [holder for holder, _, _ in found("The draft was condemned by the OPEC, the Mercosur and Chile.")] == [
        "OPEC",
        "Mercosur",
        "Chile",
    ]


def test_a_relative_clause_after_an_actor_phrase() -> None:
    assert ("farmers union", "support", "the levy") in found("The farmers union, which backs the levy, met in Lima.")


def test_relative_clause_subject_and_object() -> None:
    assert found("Chile, which opposed the levy, abstained.") == [("Chile", "oppose", "the levy")]
    assert found("The levy, which Chile opposed, passed.") == [("Chile", "oppose", "The levy")]


def test_a_name_in_apposition_holds() -> None:
    assert found("Its trade envoy, Ana Ortiz, urged Peru to cut tariffs.") == [
        ("Ana Ortiz", "support", "Peru to cut tariffs")
    ]


def test_coordinated_verb_after_and_with_a_name_after_it_ends_the_target() -> None:
    assert found("Chile endorsed a joint force and asked Peru to patrol the border.") == [
        ("Chile", "support", "a joint force")
    ]


def test_appositive_between_subject_and_cue_is_skipped() -> None:
    assert found("Ana Ortiz, the energy minister, praised the grid upgrade.") == [
        ("Ana Ortiz", "support", "the grid upgrade")
    ]


def test_time_phrase_between_subject_and_cue_is_skipped() -> None:
    assert found("Peru on Monday condemned the raid.") == [("Peru", "oppose", "the raid")]


def test_object_of_urge_does_not_hold_the_infinitive() -> None:
    """ "Chile urged Peru to back X": Peru is asked to, it does not back X."""
    assert found("Chile urged Peru to back the treaty.") == [("Chile", "support", "Peru to back the treaty")]


def test_control_verbs_pass_the_subject_on() -> None:
    assert found("Chile plans to endorse the treaty.") == [("Chile", "support", "the treaty")]


def test_unknown_actor_noun_becomes_an_entity() -> None:
    document = annotate("The opposition party criticized the budget.")
    (stance,) = document.stances
    holder = document.entity(stance.holder)
    assert (holder.name, holder.type) == ("opposition party", "organization")
    assert any(mention.entity == holder.id for mention in document.mentions)


def test_the_same_new_actor_is_one_entity() -> None:
    document = annotate("The farmers union criticized the budget. The farmers union also rejected the levy.")
    assert len({stance.holder for stance in document.stances}) == 1
    assert len(document.stances) == 2


def test_first_person_in_a_quotation_is_the_speaker() -> None:
    text = '"We support the ceasefire fully," Ana Ortiz said.'
    document = annotate(text, statements=(("Ana Ortiz", "We support the ceasefire fully,"),))
    (stance,) = document.stances
    assert document.entity(stance.holder).name == "Ana Ortiz"
    assert stance.target.text == "the ceasefire fully"
    assert stance.statement == document.statements[0].id


def test_holder_after_from_and_target_the_receiver() -> None:
    assert found("The levy drew sharp criticism from Peru.") == [("Peru", "oppose", "The levy")]
    assert found("The levy has won the backing of Peru and Chile.") == [
        ("Peru", "support", "The levy"),
        ("Chile", "support", "The levy"),
    ]
    assert found("Bolivia raised the levy, drawing condemnation from Peru.") == [("Peru", "oppose", "Bolivia")]


def test_report_noun_author_holds_the_participle() -> None:
    assert found("Chile issued a statement welcoming the truce and urging Peru to sign it.") == [
        ("Chile", "support", "the truce"),
        ("Chile", "support", "Peru to sign it"),
    ]


def test_a_relative_pronoun_before_a_passive_gives_the_target() -> None:
    assert found("The levy, which was opposed by Peru, passed.") == [("Peru", "oppose", "The levy")]


def test_a_known_actor_coordinated_with_an_actor_phrase() -> None:
    assert [holder for holder, _, _ in found("Peru and the dairy farmers union rejected the levy.")] == [
        "Peru",
        "dairy farmers union",
    ]


def test_a_group_named_after_a_known_actor_is_that_actor() -> None:
    text = "Peruvian officials rejected the levy."
    draft = draft_of(text, {"Peru": "Peru"})
    group = draft.add_entity(Entity("e9", "Peruvian officials", "group"))
    country = next(iter(draft.entities))
    draft.mentions.append(Mention("m8", group.id, draft.span(0, len("Peruvian officials"))))
    draft.mentions.append(Mention("m9", country, draft.span(0, len("Peruvian"))))
    stances.run(draft)
    assert [stance.holder for stance in draft.stances] == [country]


def test_his_government_is_the_persons_country() -> None:
    text = "Ana Ortiz said her government rejected the levy."
    draft = draft_of(text, {"Peru": "Peru"})
    draft.add_entity(Entity("e5", "Ana Ortiz", "person", country="PER"))
    draft.entities["e1"] = Entity("e1", "Peru", "country", kb_id="PER")
    draft.mentions.append(Mention("m5", "e5", draft.span(0, 9)))
    draft.mentions.append(Mention("m6", "e5", draft.span(15, 18)))
    stances.run(draft)
    assert [(stance.holder, stance.polarity) for stance in draft.stances] == [("e1", "oppose")]


def test_an_unresolved_pronoun_in_reported_speech_is_the_speaker() -> None:
    text = "Ana Ortiz said he would never back the levy."
    draft = Draft(text=text, meta={}, annotator="test")
    draft.sentences = [(0, len(text))]
    draft.add_entity(Entity("e1", "Ana Ortiz", "person"))
    draft.mentions.append(Mention("m1", "e1", draft.span(0, 9)))
    content = text.index("he would")
    draft.statements.append(Statement("s1", draft.span(content, len(text) - 1), "e1"))
    stances.run(draft)
    assert [(stance.holder, stance.polarity, stance.statement) for stance in draft.stances] == [("e1", "oppose", "s1")]
    draft.entities["e1"] = Entity("e1", "Ortiz Holdings", "organization")
    draft.stances.clear()
    stances.run(draft)
    assert draft.stances == []


def test_over_and_against_close_the_target() -> None:
    assert found("Chile criticized Peru over the water dispute.") == [("Chile", "oppose", "Peru")]
    assert found("Chile warned Peru against any new dams.") == [("Chile", "oppose", "any new dams")]


# -- negation and hedges -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peru did not support the ceasefire.",
        "Peru didn't support the ceasefire.",
        "Peru refused to endorse the ceasefire.",
        "Peru declined to back the ceasefire.",
        "Peru has yet to endorse the ceasefire.",
        "Peru no longer supports the ceasefire.",
        "Peru withdrew its support for the ceasefire.",
        "The ceasefire was not backed by Peru.",
    ],
)
def test_negated_support_is_opposition(text: str) -> None:
    stance = only(text)
    assert (stance.polarity, stance.negated) == ("oppose", True)
    assert stance.target.text.endswith("ceasefire")
    assert stance.confidence < 1


def test_never_opposed_is_weak_support() -> None:
    stance = only("Bolivia has never opposed the tariffs in principle.")
    assert (stance.polarity, stance.negated) == ("support", True)
    weak = stance.confidence
    assert weak < only("Bolivia refused to endorse the tariffs.").confidence
    assert weak < 1


def test_not_only_is_no_negation() -> None:
    stance = only("Peru not only backed the ceasefire but funded it.")
    assert (stance.polarity, stance.negated) == ("support", False)


def test_negation_reaches_a_verb_after_or_and_nor() -> None:
    stance = only("Peru did not sign or endorse the ceasefire.")
    assert (stance.polarity, stance.negated) == ("oppose", True)
    stance = only("Peru neither attended nor endorsed the ceasefire.")
    assert (stance.polarity, stance.negated) == ("oppose", True)
    stance = only("Peru did not attend but endorsed the ceasefire.")
    assert (stance.polarity, stance.negated) == ("support", False)


def test_double_negation_cancels() -> None:
    stance = only("Peru did not refuse to back the ceasefire.")
    assert (stance.polarity, stance.negated) == ("support", False)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador reportedly backed the bid.",
        "Ecuador appeared to back the bid.",
        "Ecuador allegedly backed the bid.",
        "Ecuador seems to back the bid.",
    ],
)
def test_hedges_lower_confidence(text: str) -> None:
    stance = only(text)
    assert stance.polarity == "support"
    assert stance.confidence < only("Ecuador backed the bid.").confidence
    assert "hedged" in (stance.provenance.note or "")


# -- nesting -----------------------------------------------------------------------------------


def test_stance_inside_a_statement_has_the_embedded_holder_and_links_it() -> None:
    text = "Ana Ortiz said that Chile welcomes the new shipping lanes."
    document = annotate(text, statements=(("Ana Ortiz", "Chile welcomes the new shipping lanes"),))
    (stance,) = document.stances
    assert document.entity(stance.holder).name == "Chile"
    assert stance.statement == document.statements[0].id


def test_a_statement_that_is_itself_a_stance_act_holds_no_stance() -> None:
    """A statements stage may read "Chile advocated X and criticized Y" as a statement; no nesting follows."""
    text = "Chile advocated open skies and criticized the landing fees."
    draft = draft_of(text)
    start = text.index("open skies")
    cue = text.index("advocated")
    draft.statements.append(
        Statement("s1", draft.span(start, len(text) - 1), "e1", cue=draft.span(cue, cue + len("advocated")))
    )
    stances.run(draft)
    assert [(stance.type, stance.statement) for stance in draft.stances] == [("advocate", None), ("criticize", None)]


def test_stance_outside_statements_links_none() -> None:
    assert only("Chile welcomes the new shipping lanes.").statement is None


# -- no stance where there is none -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Copper prices were supported by demand.",
        "Copper prices were supported by strong demand from Chile.",
        "Support for the measure fell.",
        "Public support for the measure fell in Chile.",
        "Chile warned of escalation.",
        "Chile warned that talks could fail.",
        "Does Chile support the plan?",
        "Will Peru back the canal project?",
        "If Chile endorses the deal, Peru will follow.",
        "Peru would reject it unless Chile backed the plan.",
        "The figures backed up the claim that Chile grew.",
        "Chile backed out of the deal.",
        "Chile's support staff went on strike.",
        "The plan was welcomed.",
        "A welcome rain fell on Santiago.",
        "Chile came back from the summit.",
        "Growth rose, thanks to exports from Peru.",
        "The Lima protest remained peaceful.",
        "Ortiz stood with his arms crossed.",
        "The debate will be Peru's first against a single opponent.",
        "These are rights we support and will protect, Peru said.",
        "The ministry hailed from Lima.",
    ],
)
def test_traps_yield_no_stance(text: str) -> None:
    assert found(text) == []


# -- rule packs --------------------------------------------------------------------------------

USER_PACK = {
    "name": "lament",
    "stance_cues": {
        "cues": [
            {"id": "user.lament.verb", "pattern": "lament", "pos": "verb", "polarity": "oppose", "type": "lament"},
            {
                "id": "user.cheer.verb",
                "pattern": "cheer <target> [on]",
                "pos": "verb",
                "polarity": "support",
                "type": "cheer",
            },
        ]
    },
}


def test_a_users_pack_adds_a_new_act() -> None:
    document = annotate("Peru lamented the closure of the port.", rules=[USER_PACK])
    (stance,) = document.stances
    assert (stance.type, stance.polarity, stance.target.text) == ("lament", "oppose", "the closure of the port")
    assert stance.provenance.rule == "user.lament.verb"
    assert annotate("Peru lamented the closure of the port.").stances == ()


def test_a_users_pack_keeps_the_default_cues() -> None:
    document = annotate("Peru cheered the miners on and criticized the owners.", rules=[USER_PACK])
    assert [(stance.type, stance.target.text) for stance in document.stances] == [
        ("cheer", "the miners"),
        ("criticize", "the owners"),
    ]


@pytest.mark.parametrize(
    ("cue", "path"),
    [
        ({"id": "x.y", "pattern": "", "pos": "verb", "polarity": "support", "type": "x"}, "cues[0].pattern"),
        ({"id": "x.y", "pattern": "back", "pos": "adverb", "polarity": "support", "type": "x"}, "cues[0].pos"),
        ({"id": "x.y", "pattern": "back", "pos": "verb", "polarity": "pro", "type": "x"}, "cues[0].polarity"),
        (
            {"id": "x.y", "pattern": "<target> back", "pos": "verb", "polarity": "support", "type": "x"},
            "cues[0].pattern",
        ),
        (
            {"id": "x.y", "pattern": "back <target> <target>", "pos": "verb", "polarity": "support", "type": "x"},
            "cues[0].pattern",
        ),
        ({"id": "Bad Id", "pattern": "back", "pos": "verb", "polarity": "support", "type": "x"}, "cues[0].id"),
        (
            {"id": "x.y", "pattern": "warn against <any>", "pos": "verb", "polarity": "oppose", "type": "x"},
            "cues[0].pattern",
        ),
        (
            {"id": "x.y", "pattern": "warn <target> <any> against", "pos": "verb", "polarity": "oppose", "type": "x"},
            "cues[0].pattern",
        ),
        ({"id": "x.y", "pattern": "back", "pos": "verb", "polarity": "support"}, "cues[0].type"),
    ],
)
def test_a_broken_cue_names_its_json_path(cue: dict[str, Any], path: str) -> None:
    pack = {"name": "broken", "stance_cues": {"cues": [cue]}}
    with pytest.raises(RulePackError, match=re.escape(f"$.stance_cues.{path}")):
        annotate("Peru backed it.", rules=[pack])


def test_the_default_pack_validates_against_the_rule_pack_schema() -> None:
    from stancekit.annotate.stance_rules import load_default_pack
    from stancekit.schemas import iter_errors

    assert list(iter_errors(load_default_pack(), schema_name="rulepack")) == []


def test_every_default_act_is_in_the_core_vocabulary() -> None:
    from stancekit.annotate.stance_rules import load_default_pack

    cues = load_default_pack()["stance_cues"]["cues"]
    assert {cue["type"] for cue in cues} <= set(STANCE_TYPES)
    assert len({cue["id"] for cue in cues}) == len(cues)


# -- properties --------------------------------------------------------------------------------

_HOLDERS = ("Chile", "Peru", "Bolivia", "Ecuador")
_VERBS = {
    "supports": "support",
    "backed": "support",
    "welcomed": "support",
    "has endorsed": "support",
    "opposes": "oppose",
    "criticized": "oppose",
    "condemned": "oppose",
    "has rejected": "oppose",
}
_NEGATED = {
    "supports": "does not support",
    "backed": "did not back",
    "welcomed": "refused to welcome",
    "has endorsed": "has never endorsed",
    "opposes": "does not oppose",
    "criticized": "did not criticize",
    "condemned": "declined to condemn",
    "has rejected": "has not rejected",
}
_OBJECTS = ("the ferry contract", "a new rail link", "the draft budget", "closer customs checks")


@given(
    holders=st.lists(st.sampled_from(_HOLDERS), min_size=1, max_size=3, unique=True),
    verb=st.sampled_from(sorted(_VERBS)),
    target=st.sampled_from(_OBJECTS),
    negated=st.booleans(),
    hedge=st.sampled_from(["", "reportedly "]),
)
@settings(max_examples=40)
def test_template_sentences_give_one_stance_per_holder(
    holders: list[str], verb: str, target: str, negated: bool, hedge: str
) -> None:
    subject = holders[0] if len(holders) == 1 else ", ".join(holders[:-1]) + " and " + holders[-1]
    phrase = _NEGATED[verb] if negated else verb
    text = f"{subject} {hedge}{phrase} {target}."
    document = annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    assert [names[stance.holder] for stance in document.stances] == holders
    flipped = {"support": "oppose", "oppose": "support"}
    expected = flipped[_VERBS[verb]] if negated else _VERBS[verb]
    for stance in document.stances:
        assert stance.polarity == expected
        assert stance.negated is negated
        assert stance.target.text == target
        assert (stance.confidence < 1) is (negated or bool(hedge))


#: Object pronouns whose target text is what they stand for, not their own word ("the GMB rejected it").
_OBJECT_PRONOUNS = {"it", "them", "him", "her", "this", "that", "these", "those"}


@given(texts(max_size=80), st.lists(st.integers(min_value=0, max_value=80), max_size=6))
@example("supports supports “We welcome it,”", [0, 21])  # "it" stands for the first stance's target
@settings(max_examples=60)
def test_any_text_yields_a_document_that_validates(text: str, cuts: list[int]) -> None:
    """Random text, with sentences and mentions at random places, never breaks the stage.

    A target's text is its span's, but for an object pronoun, whose text is what it stands for.
    """
    draft = draft_of(text)
    points = sorted({min(cut, len(text)) for cut in cuts})
    for start, end in itertools.pairwise(points):
        if start < end:
            entity = next(iter(draft.entities))
            draft.mentions.append(Mention(draft.new_id("m"), entity, draft.span(start, end)))
    stances.run(draft)
    document = draft.to_document("random")
    assert Document.from_dict(document.to_dict()) == document
    for stance in document.stances:
        assert stance.holder in {entity.id for entity in document.entities}
        assert stance.target.span is not None
        if stance.target.span.text.lower() not in _OBJECT_PRONOUNS:
            assert stance.target.span.text == stance.target.text


CUE_WORDS = (
    "supports",
    "backed by",
    "opposition to",
    "its",
    "blamed",
    "for",
    "not",
    "and",
    ",",
    "Chile",
    "Peru",
    "which",
    "ready to",
    "the plan",
    "voiced",
    "Its",
    "If",
    "?",
    "was",
    "refused to",
    "“",
    "”",
    "'s",
)


@given(st.lists(st.sampled_from(CUE_WORDS), max_size=30))
@settings(max_examples=100)
def test_cue_word_salad_never_breaks_the_stage(words: list[str]) -> None:
    text = " ".join(words)
    draft = draft_of(text)
    stances.run(draft)
    draft.to_document("salad")


# -- scanning a lower-cased text for the heads ------------------------------


def test_lower_casing_matches_ascii_letters_as_ignorecase_does_except_three_letters() -> None:
    """What ``StanceRules.find_heads`` relies on, checked over every code point.

    A character matches an ASCII letter under ``re.IGNORECASE`` exactly when
    its lower case is that letter, lower-casing keeps it one character and a
    word character (or a space, an apostrophe, a hyphen) or not alike; the
    exceptions are the three letters ``find_heads`` scans as written.
    """
    ascii_letter = re.compile("[a-z]", re.IGNORECASE)
    word = re.compile(r"[\w'’-]")
    space = re.compile(r"\s")
    exceptions = set()
    for code in range(0x110000):
        char = chr(code)
        lower = char.lower()
        folds = ascii_letter.fullmatch(char) is not None
        if len(lower) != 1 or (folds and not ("a" <= lower <= "z" and re.fullmatch(lower, char, re.IGNORECASE))):
            exceptions.add(char)
            continue
        assert folds == ("a" <= lower <= "z"), hex(code)
        assert (word.match(char) is None) == (word.match(lower) is None), hex(code)
        assert (space.match(char) is None) == (space.match(lower) is None), hex(code)
    assert exceptions == {"\u0130", "\u0131", "\u017f"}
    from stancekit.annotate.stance_rules import _UNFOLDED

    assert all(_UNFOLDED.fullmatch(char) for char in exceptions)


_HEAD_WORDS = ["supported", "Backs", "CONDEMNED", "blamed", "called on", "committed “to”", "welcomes", "urge"]


@given(
    st.lists(
        st.one_of(st.sampled_from(_HEAD_WORDS), st.sampled_from(["İ", "ı", "ſ", "K", "’", "-", " ", "\n"]), texts()),
        max_size=12,
    )
)
def test_find_heads_finds_what_the_case_insensitive_regex_finds(pieces: list[str]) -> None:
    rules = stances.default_stance_rules()
    text = " ".join(pieces)
    found = [(match.start(), match.end()) for match in rules.find_heads(text)]
    assert found == [(match.start(), match.end()) for match in rules.heads.finditer(text)]


# -- faster readings, pinned against the plain ones they replaced ------------


def _sentence_of_words(words: list[str]) -> Any:
    """A ``_Sentence`` of ``words`` alone (one space apart), with no mentions."""
    starts = [2 * index for index in range(len(words))]
    ends = [start + 1 for start in starts]
    return stances._Sentence(0, 2 * len(words), starts, ends, words, words, [None] * len(words), {})


def _question_or_conditional_by_tables(words: list[str], head: int) -> bool:
    """The reading the stage made once per sentence: where a clause ends in "?", where an "if" was seen."""
    question = [False] * (len(words) + 1)
    asked = False
    for index in range(len(words) - 1, -1, -1):
        if words[index] == "?":
            asked = True
        elif words[index] in (".", "!", ";"):
            asked = False
        question[index] = asked
    supposed = [False] * (len(words) + 1)
    seen = False
    for index, word in enumerate(words):
        supposed[index] = seen
        if word == ";":
            seen = False
        elif word in ("if", "unless", "whether", "lest"):
            seen = True
    return question[head + 1] or supposed[head]


@given(
    st.lists(
        st.sampled_from(["?", ".", "!", ";", "if", "unless", "whether", "lest", "said", ","]), min_size=1, max_size=20
    ),
    st.data(),
)
def test_a_question_or_a_condition_is_read_as_the_per_sentence_tables_read_it(words: list[str], data: Any) -> None:
    head = data.draw(st.integers(0, len(words) - 1))
    sentence = _sentence_of_words(words)
    assert stances._Stage.question_or_conditional(sentence, head) == _question_or_conditional_by_tables(words, head)


def _open_quotes_by_running_counts(words: list[str], index: int) -> bool:
    """The reading the stage made once per sentence: running counts of straight marks and open curly ones."""
    depth = [(0, 0)]
    straight = curly = 0
    for word in words:
        if word == '"':
            straight += 1
        elif word in ("“", "«"):
            curly += 1
        elif word in ("”", "»"):
            curly -= 1
        depth.append((straight, curly))
    straight, curly = depth[min(index, len(words))]
    return straight % 2 == 1 or curly > 0


@given(st.lists(st.sampled_from(['"', "“", "«", "”", "»", "‘", "plan"]), max_size=16), st.data())
def test_an_open_quotation_is_read_as_the_running_counts_read_it(words: list[str], data: Any) -> None:
    index = data.draw(st.integers(0, len(words) + 2))
    sentence = _sentence_of_words(words)
    assert stances._Stage.open_quotes(sentence, index) == _open_quotes_by_running_counts(words, index)


_MODALITY_LISTS = ("negators", "negating_verbs", "hedges", "hedging_verbs")


def _phrase_ending_list_by_list(rules: Any, words: list[str], index: int, names: tuple[str, ...]) -> tuple[str, int]:
    """The longest phrase ending at ``index`` found list by list, phrase by phrase (the first list wins a tie)."""
    best = ("", 0)
    for name in names:
        for phrase in rules.ending_with(name, words[index]):
            size = len(phrase)
            if size > best[1] and size <= index + 1 and tuple(words[index - size + 1 : index + 1]) == phrase:
                best = (name, size)
                break
    return best


_LISTED_PHRASES = sorted(
    {
        phrase
        for name in {*stances._SKIPPED_LISTS, *_MODALITY_LISTS}
        for phrase in stances.default_stance_rules().words(name)
    }
)


@given(
    st.lists(
        st.one_of(st.sampled_from(_LISTED_PHRASES), st.sampled_from([("to",), ("not",), ("plan",)])),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from([stances._SKIPPED_LISTS, _MODALITY_LISTS]),
    st.data(),
)
def test_the_phrase_ending_at_a_word_is_the_one_a_search_list_by_list_finds(
    phrases: list[tuple[str, ...]], names: tuple[str, ...], data: Any
) -> None:
    words = [word for phrase in phrases for word in phrase]
    index = data.draw(st.integers(0, len(words) - 1))
    rules = stances.default_stance_rules()
    stage = stances._Stage(draft_of("Chile said so."), rules)
    found = stage.phrase_ending(_sentence_of_words(words), index, names)
    assert found == _phrase_ending_list_by_list(rules, words, index, names)


@given(st.lists(st.sampled_from(["Ana Ortiz", "Ortiz", "Chile", "Santiago", "backed", "the", "Ana", ","]), max_size=12))
def test_each_mention_starts_at_its_first_run_of_words(words: list[str]) -> None:
    """``first_of`` holds where each mention's (last) run of words starts, as a walk over all words finds it."""
    text = " ".join(["Peru", *words]) + "."
    draft = draft_of(text)
    stage = stances._Stage(draft, stances.default_stance_rules())
    sentence = stage.sentence(draft.sentences[0])
    expected = {}
    for index, owner in enumerate(sentence.mention_of):
        if owner is not None and (index == 0 or sentence.mention_of[index - 1] is not owner):
            expected[owner.id] = index
    assert sentence.first_of == expected


@given(st.lists(st.one_of(st.sampled_from(["İ", "ı", "ſ", "I", "i", "s"]), texts()), max_size=6))
def test_the_substring_tests_for_the_three_letters_agree_with_their_regex(pieces: list[str]) -> None:
    from stancekit.annotate.stance_rules import _UNFOLDED, _has_unfolded

    text = "".join(pieces)
    assert _has_unfolded(text) == (_UNFOLDED.search(text) is not None)
