"""Entities, coreference and stances after the eighth held-out batch, each pinned with sentences of its own.

- a name after a noun that says what kind of body it is ("the daily Kommersant", "the charity Oxfam") names
  an organisation, and so does a name ending in a newspaper's or an analysts' word ("Ledger", "Research");
- "Name of Body" is a person and the body she is with, not one organisation ("Bank of England" stays one);
- regions named with a country's name or demonym ("British Columbia", "Western Australia") are themselves;
- a passive's agents coordinated as "by X and by Y" or "by the unions and the Y party" each hold the stance;
- a bare verb form after a lone place is a noun it modifies ("Ontario protest law");
- coreference: a possessor is no sentence subject, the nearest sentence with a fitting entity decides, an
  object pronoun is not its own clause's subject, and a subject pronoun after a fronted phrase does not go
  to the object of a preposition in it;
- an act's object ends before "and said";
- a question inside a quotation after the cue leaves the cue's act standing; a passive's agent may have
  describing words before its name; "X from Y" holds as X; a passive's target keeps its "of" phrase;
- a title set off by commas after "The" is no person; a role noun right before a name describes it;
  a subject after a short opening phrase is the sentence's subject.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.model import Document


def stances(document: Document) -> list[tuple[str, str, str]]:
    """(holder name, polarity, target text) of every stance."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names[stance.holder], stance.polarity, stance.target.text) for stance in document.stances]


def statements(document: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content) of every statement."""
    names = {entity.id: entity.name for entity in document.entities}
    return [(names.get(statement.speaker or ""), statement.content.text) for statement in document.statements]


def entity(document: Document, name: str):
    return next(entity for entity in document.entities if entity.name == name)


def pronoun_of(document: Document, text: str, offset_after: int = 0) -> str:
    """The entity name a pronoun (the first ``text`` at or after ``offset_after``) refers to."""
    start = document.text.index(text, offset_after)
    mention = next(mention for mention in document.mentions if mention.span.start == start)
    return document.entity(mention.entity).name


# -- 1. bodies named after a noun of their kind, or with a newspaper's word ---------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The daily Korrespondent reported that the talks had stalled.", "Korrespondent"),
        ("The ride-hailing firm Zipline said the fine was unfair.", "Zipline"),
        ("The charity Ovalis criticized the cuts to school meals.", "Ovalis"),
        ("The opposition weekly Stepna Voice blamed the ministry for the shortage.", "Stepna Voice"),
        ("The think tank Marlow Centre welcomed the budget.", "Marlow Centre"),
    ],
)
def test_a_name_after_a_noun_of_its_kind_is_an_organisation(text: str, name: str) -> None:
    document = stancekit.annotate(text)
    assert entity(document, name).type == "organization"


def test_without_the_noun_of_its_kind_the_same_name_is_a_person() -> None:
    document = stancekit.annotate("Korrespondent said that the talks had stalled.")
    assert entity(document, "Korrespondent").type == "person"


def test_a_name_after_a_possessive_noun_is_still_a_person() -> None:
    document = stancekit.annotate("The firm's Anna Lindqvist said the fine was unfair.")
    assert entity(document, "Anna Lindqvist").type == "person"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Baltic Ledger criticized the agriculture ministry.", "Baltic Ledger"),
        ("The Moscow Evening Review praised the decision.", "Moscow Evening Review"),
        ("Harbour Equity Research backed the merger.", "Harbour Equity Research"),
    ],
)
def test_a_newspaper_or_research_house_holds_its_stance_under_its_whole_name(text: str, holder: str) -> None:
    document = stancekit.annotate(text)
    assert [found[0] for found in stances(document)] == [holder]
    assert entity(document, holder).type == "organization"


# -- 2. "Name of Body" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("Lena Vik of Fjord Capital said the buyback was too small.", "Lena Vik", "Fjord Capital"),
        ("Omar Haddad of Leeds City Council said the deal was off.", "Omar Haddad", "Leeds City Council"),
        ("Analyst Ruth Kamau of Savanna Securities said margins would fall.", "Ruth Kamau", "Savanna Securities"),
    ],
)
def test_a_person_of_a_body_is_a_person_affiliated_with_it(text: str, person: str, body: str) -> None:
    document = stancekit.annotate(text)
    found = entity(document, person)
    assert found.type == "person"
    assert document.entity(found.affiliation).name == body
    assert statements(document)[0][0] == person


def test_a_person_of_a_country_gets_the_country() -> None:
    document = stancekit.annotate("Ana Ruiz of Mexico said the deal was off.")
    assert entity(document, "Ana Ruiz").country == "MEX"


@pytest.mark.parametrize("name", ["Bank of England", "Council of Europe"])
def test_a_body_named_with_of_stays_one_body(name: str) -> None:
    document = stancekit.annotate(f"The {name} said rates would rise.")
    assert statements(document)[0][0] == name


# -- 3. regions named with a country's name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder", "not_holder"),
    [
        ("British Columbia opposed the federal plan.", "British Columbia", "United Kingdom"),
        ("Western Australia opposed the mining levy.", "Western Australia", "Australia"),
        ("American Samoa backed the fisheries plan.", "American Samoa", "Samoa"),
        ("Scotland rejected the proposal.", "Scotland", "United Kingdom"),
    ],
)
def test_a_region_with_a_country_in_its_name_is_itself(text: str, holder: str, not_holder: str) -> None:
    document = stancekit.annotate(text)
    holders = [found[0] for found in stances(document)]
    assert holders == [holder]
    assert not_holder not in {entity.name for entity in document.entities if entity.type == "person"}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The Bavarian government welcomed the new rail link.", "Bavaria"),
        ("The Scottish government rejected the court ruling.", "Scotland"),
    ],
)
def test_a_known_regions_government_speaks_for_the_region(text: str, holder: str) -> None:
    document = stancekit.annotate(text)
    assert [found[0] for found in stances(document)] == [holder]


# -- 4. coordinated agents of a passive ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        (
            "The scheme was welcomed by the Kendal Chamber of Commerce and by the Cumbria Tourism Board.",
            ["Kendal Chamber of Commerce", "Cumbria Tourism Board"],
        ),
        ("The measure was opposed by the unions and the Green Party.", ["unions", "Green Party"]),
        ("The rules were welcomed by farmers and by environmental groups.", ["farmers", "environmental groups"]),
    ],
)
def test_every_coordinated_agent_of_a_passive_holds_the_stance(text: str, holders: list[str]) -> None:
    document = stancekit.annotate(text)
    assert [found[0] for found in stances(document)] == holders
    assert len({found[2] for found in stances(document)}) == 1


def test_a_single_agent_is_still_the_only_holder() -> None:
    document = stancekit.annotate("The scheme was welcomed by the Kendal Chamber of Commerce on Monday.")
    assert [found[0] for found in stances(document)] == ["Kendal Chamber of Commerce"]


# -- 5. a bare verb form after a lone place ------------------------------------------------------


def test_a_bare_verb_form_after_a_lone_place_is_a_noun() -> None:
    document = stancekit.annotate("Court strikes down Ontario protest law in split ruling")
    assert stances(document) == []


def test_coordinated_places_still_take_the_bare_form_as_their_verb() -> None:
    document = stancekit.annotate("Germany and France back the plan.")
    assert [found[0] for found in stances(document)] == ["Germany", "France"]


# -- 6. coreference ----------------------------------------------------------------------------


def test_a_possessor_is_no_subject_and_the_nearest_sentence_decides() -> None:
    text = (
        "The speaker, Tomas Berg, announced the result. "
        "The Green Party's leader, Ines Costa, has just finished her speech. "
        "She accused the government of lying."
    )
    document = stancekit.annotate(text)
    assert pronoun_of(document, "She") == "Ines Costa"
    assert stances(document)[0][0] == "Ines Costa"


def test_an_object_pronoun_is_not_the_subject_of_its_own_clause() -> None:
    text = (
        "Esther Phiri runs the clinic. "
        "Her supervisor at the health office, Daniel Mwale, calls her the most stubborn nurse in the district."
    )
    document = stancekit.annotate(text)
    assert pronoun_of(document, "her", text.index("calls")) == "Esther Phiri"


def test_a_subject_pronoun_after_a_fronted_phrase_skips_the_object_of_its_preposition() -> None:
    text = (
        "The Office of Rail Safety did not take sides. "
        "In a letter to the Department of Transport, it said it had approved the design."
    )
    document = stancekit.annotate(text)
    assert statements(document)[0][0] == "Office of Rail Safety"


# -- 7. an act's object ends before "and said" ---------------------------------------------------


def test_an_acts_object_ends_before_and_said() -> None:
    document = stancekit.annotate("Jonas Lund praised the plan and said it would pass.")
    assert ("Jonas Lund", "it would pass") in statements(document)
    assert [(found[0], found[2]) for found in stances(document)] == [("Jonas Lund", "the plan")]


# -- 8. more stance wording --------------------------------------------------------------------


def test_a_question_quoted_after_the_act_leaves_the_act_standing() -> None:
    text = "The weekly Stepna Voice took a different line. It blamed the ministry and asked: “Why pay twice?”"
    document = stancekit.annotate(text)
    assert stances(document) == [("Stepna Voice", "oppose", "the ministry")]


def test_a_question_with_a_colon_is_still_a_question() -> None:
    assert stances(stancekit.annotate("Will the council back the plan: the one it rejected in May?")) == []


def test_a_passive_agent_may_have_describing_words_before_its_name() -> None:
    text = "The ban was defended by the government-owned daily Halyk Times, which argued that prices had risen."
    assert stances(stancekit.annotate(text)) == [("Halyk Times", "support", "The ban")]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The plan was criticized by local councillors.", "local councillors"),
        ("Tenant organizations, by contrast, have welcomed the measure.", "tenant organizations"),
        ("Local councillors from all three main parties have backed the route.", "local councillors"),
    ],
)
def test_groups_hold_stances_and_a_from_phrase_does_not(text: str, holder: str) -> None:
    assert [found[0] for found in stances(stancekit.annotate(text))] == [holder]


def test_a_passive_target_keeps_its_of_phrase() -> None:
    text = "The government's handling of the strike was criticized by opposition senator Ana Quispe."
    assert stances(stancekit.annotate(text)) == [("Ana Quispe", "oppose", "The government's handling of the strike")]


# -- 9. more entities and coreference ------------------------------------------------------------


def test_a_title_set_off_by_commas_after_the_is_no_person() -> None:
    document = stancekit.annotate("She wrote a memoir, The Quiet Harbour, in which she praised her staff.")
    assert "Quiet Harbour" not in {entity.name for entity in document.entities}


def test_a_role_noun_right_before_a_name_describes_it() -> None:
    text = (
        "The centre-right Liberal Party has pulled level, according to a poll published on Sunday by the "
        "broadcaster Nordkanal."
    )
    document = stancekit.annotate(text)
    start = text.index("broadcaster")
    assert not any(mention.span.start <= start < mention.span.end for mention in document.mentions)


def test_a_subject_after_a_short_opening_phrase_is_the_sentences_subject() -> None:
    text = (
        "Helen Okoye served as ambassador for ten years. "
        "In retirement she wrote a memoir, The Quiet Harbour, in which she praised her staff."
    )
    document = stancekit.annotate(text)
    assert pronoun_of(document, "she", text.index("in which")) == "Helen Okoye"


# -- 10. the earnings call -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Chief Financial Officer Lars Winther replied that half of the savings would come from closures.",
            "Lars Winther",
        ),
        ("CEO Mette Kjaer said margins would improve next year.", "Mette Kjaer"),
    ],
)
def test_company_officers_titles_stay_out_of_the_name(text: str, speaker: str) -> None:
    assert statements(stancekit.annotate(text))[0][0] == speaker


def test_an_ordinal_after_a_determiner_makes_the_cue_a_noun() -> None:
    document = stancekit.annotate("The first question came from Daniel Okoro, an analyst at a bank.")
    assert statements(document) == []
    assert "The" not in {entity.name for entity in document.entities}


def test_one_report_read_from_two_cues_is_one_statement() -> None:
    document = stancekit.annotate("Anna Holm responded by saying that the plan was dead.")
    assert statements(document) == [("Anna Holm", "the plan was dead")]


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Skov urged the firm to retrain its staff instead of dismissing them.",
        "The minister left the room without saying whether she would resign.",
    ],
)
def test_a_gerund_after_instead_of_or_without_reports_nothing(text: str) -> None:
    document = stancekit.annotate(text)
    assert [statement.cue.text for statement in document.statements if statement.cue.text.endswith("ing")] == []
    assert all(entity.type != "group" for entity in document.entities)


def test_a_gerund_after_another_preposition_still_reports() -> None:
    document = stancekit.annotate("Senators criticized Maria Lopez for refusing to testify before the committee.")
    assert any("testify" in content for _, content in statements(document))


def test_the_verb_of_a_relative_clause_is_no_part_of_a_group() -> None:
    document = stancekit.annotate("The 4G union, which represents dock workers, criticized the closures.")
    assert "dock workers" in {entity.name for entity in document.entities}
    assert not any("represents" in entity.name for entity in document.entities)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The plan was criticized by the RMT union.", "RMT union", "organization"),
        ("The 4G union said the strike would go on.", "4G union", "organization"),
        ("The Biden campaign welcomed the ruling.", "Biden campaign", "organization"),
        ("The Tyrolean government rejected the ruling.", "Tyrolean government", "government"),
    ],
)
def test_a_word_and_a_noun_of_its_kind_name_a_body(text: str, name: str, kind: str) -> None:
    assert entity(stancekit.annotate(text), name).type == kind


@pytest.mark.parametrize("text", ["The EU bloc rejected the plan.", "The Tuesday meeting failed to agree."])
def test_a_gazetteer_name_or_a_day_before_a_noun_makes_no_new_body(text: str) -> None:
    document = stancekit.annotate(text)
    assert not any(entity.name in ("EU bloc", "Tuesday meeting") for entity in document.entities)


# -- 11. real wording of the DSA sentences, in sentences of our own --------------------------------


def test_a_role_without_an_article_is_an_aside_before_the_verb() -> None:
    text = (
        "Ana Ruiz, director of the state's water agency and its former budget chief, praised Mr. Ortega for "
        "negotiating the deal."
    )
    assert [found[0] for found in stances(stancekit.annotate(text))] == ["Ana Ruiz"]


def test_an_apposition_with_a_that_clause_is_an_aside_before_the_verb() -> None:
    text = (
        "The Lakeside Growers Association, a trade group that represents most of the valley's farms, endorsed "
        "Maria Ortega for governor."
    )
    assert [found[0] for found in stances(stancekit.annotate(text))] == ["Lakeside Growers Association"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Senator Nadia Karim ran ads criticizing the bank.", "Nadia Karim"),
        ("Mr. Okafor ran commercials criticizing Mrs. Bello for accepting the fees.", "Okafor"),
    ],
)
def test_the_author_of_ads_holds_the_stance_of_the_participle_after_them(text: str, holder: str) -> None:
    assert [found[0] for found in stances(stancekit.annotate(text))] == [holder]


@pytest.mark.parametrize("text", ["History supports the view that tariffs fail.", "Victory backed the claim."])
def test_a_common_noun_in_tory_opening_a_sentence_is_no_person(text: str) -> None:
    document = stancekit.annotate(text)
    assert [entity.name for entity in document.entities if entity.type == "person"] == []


def test_a_subject_after_a_live_blogs_time_is_the_sentences_subject() -> None:
    text = (
        "16:05 — Prime Minister Rui Costa left the chamber. "
        "15:30 — The Federation of Lusitanian Bakers said in a statement that it supported the bill."
    )
    document = stancekit.annotate(text)
    assert ("Federation of Lusitanian Bakers", "support", "the bill") in stances(document)


def test_the_verb_of_an_infinitive_is_no_part_of_a_group() -> None:
    document = stancekit.annotate("The minister dropped a plan to let workers retire early.")
    assert "let workers" not in {entity.name for entity in document.entities}


def test_a_demonym_after_to_still_names_the_group() -> None:
    document = stancekit.annotate("According to Chadian officials, the first battalion could deploy within months.")
    assert statements(document)[0][0] == "Chadian officials"


def test_a_named_body_in_apposition_with_the_speaks_for_the_phrase_before_it() -> None:
    text = "Its largest shareholder, the Lindholm Foundation, said that it supported management."
    assert statements(stancekit.annotate(text))[0][0] == "Lindholm Foundation"


def test_an_apposition_with_the_and_a_common_noun_leaves_the_name_before_it() -> None:
    text = "Uzbekistan, the largest downstream user, stated that it would object."
    assert statements(stancekit.annotate(text))[0][0] == "Uzbekistan"


@pytest.mark.parametrize("name", ["Nordhavn Freight", "Baltic Steel", "Kestrel Systems"])
def test_company_name_words_make_an_organisation(name: str) -> None:
    document = stancekit.annotate(f"{name} cut its forecast on Thursday.")
    assert entity(document, name).type == "organization"


# -- 12. what a review of these fixes found ---------------------------------------------------------


def test_many_names_joined_by_of_do_not_recurse() -> None:
    document = stancekit.annotate("Ab Cd of " * 500 + "Kestrel Bank said the deal was off.")
    assert document.text.endswith("off.")


def test_a_long_word_before_a_name_makes_no_organisation() -> None:
    # Long runs without spaces (Chinese text, URLs) before every name; benchmarks/adversarial.py times it.
    unit = "唐纳德特朗普表示他将在下周访问北京并与中国领导人会谈讨论贸易问题和关税政策的未来走向 Donald Trump 说"
    document = stancekit.annotate(unit * 200)
    assert all(entity.type != "organization" for entity in document.entities)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("X, the platform Elon Musk bought in 2022, banned him.", "Elon Musk"),
        ("Apple, the company Steve Jobs co-founded, said it would appeal.", "Steve Jobs"),
        ("Labour, the party Keir Starmer leads, won.", "Keir Starmer"),
    ],
)
def test_a_name_in_a_relative_clause_after_a_noun_of_a_body_stays_a_person(text: str, person: str) -> None:
    assert entity(stancekit.annotate(text), person).type == "person"


def test_a_title_after_the_needs_commas_on_both_sides_to_be_a_work() -> None:
    document = stancekit.annotate("The Dalai Lama, the Tibetan spiritual leader, criticized the plan.")
    assert entity(document, "Dalai Lama").type == "person"


def test_a_title_of_a_department_opens_no_organisation() -> None:
    document = stancekit.annotate("Head of Research Anna Berg said the shares were cheap.")
    assert all(entity.type != "organization" for entity in document.entities)


def test_a_person_named_after_by_does_not_hide_the_subject_before_from_she() -> None:
    text = (
        "Lucia Marchetti served as ambassador for ten years. The ministry was led by Daniel Arsenault at the "
        "time. She later criticized the ministry."
    )
    assert pronoun_of(stancekit.annotate(text), "She") == "Lucia Marchetti"


def test_a_group_named_after_by_is_what_they_means() -> None:
    text = "The excerpts were released by two of her campaign advisers. They said she would call for an audit."
    assert pronoun_of(stancekit.annotate(text), "They") == "campaign advisers"


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        ("Pedro Alves met John Moreno on Monday. Moreno's lawyer defended him.", "him", "John Moreno"),
        ("Maria Costa testified first. Police arrested Ana Lopes, charging her with fraud.", "her", "Ana Lopes"),
    ],
)
def test_an_owner_or_a_participles_object_is_no_subject_of_the_pronouns_clause(
    text: str, pronoun: str, name: str
) -> None:
    assert pronoun_of(stancekit.annotate(text), pronoun, text.index(".") + 1) == name


@pytest.mark.parametrize(
    ("text", "holds"),
    [
        ('The weekly Stepna Voice took a line. It blamed the ministry and asked: "Why pay twice?"', True),
        ("Germany really backed the “green deal”?", False),
        ('"Will Germany back the plan?" he asked.', False),
    ],
)
def test_only_a_question_outside_a_quotation_opened_after_the_cue_makes_one(text: str, holds: bool) -> None:
    assert bool(stances(stancekit.annotate(text))) is holds


@pytest.mark.parametrize(
    "text",
    [
        "The plan was welcomed by local residents and the council voted to adopt it.",
        "The deal was welcomed by the unions and the company's shares rose 5%.",
    ],
)
def test_the_subject_of_the_next_clause_is_no_second_agent(text: str) -> None:
    assert len(stances(stancekit.annotate(text))) == 1


def test_a_later_agent_may_have_describing_words_before_its_name() -> None:
    text = "The bill was welcomed by the ruling party and by opposition leader Ana Quispe."
    assert [found[0] for found in stances(stancekit.annotate(text))] == ["ruling party", "Ana Quispe"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Sofia Brandt of Kestrel Capital criticized the plan.", "Sofia Brandt"),
        ("Gavin Newsom of California criticized the plan.", "Gavin Newsom"),
    ],
)
def test_a_person_of_a_body_or_place_holds_her_own_stance(text: str, holder: str) -> None:
    assert [found[0] for found in stances(stancekit.annotate(text))] == [holder]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Scotland Yard said the investigation would continue.", "Metropolitan Police"),
        ("Friends of the Earth criticized the plan.", "Friends of the Earth"),
    ],
)
def test_bodies_named_with_a_place_or_a_common_word_are_in_the_gazetteer(text: str, name: str) -> None:
    assert entity(stancekit.annotate(text), name).type == "organization"


def test_a_verb_after_a_persons_name_is_no_part_of_a_group() -> None:
    document = stancekit.annotate("Governor Ana Ruiz met farmers on Monday.")
    assert {entity.name for entity in document.entities} == {"Ana Ruiz", "farmers"}


# -- 13. the ninth batch ---------------------------------------------------------------------------


def test_one_word_and_a_bodys_name_after_it_are_one_body() -> None:
    document = stancekit.annotate("The Seed and Soil Network condemned the approval.")
    assert [found[0] for found in stances(document)] == ["Seed and Soil Network"]


def test_two_countries_joined_by_and_stay_two() -> None:
    document = stancekit.annotate("Germany and France backed the plan.")
    assert [found[0] for found in stances(document)] == ["Germany", "France"]


def test_the_judge_refers_back_to_the_judge_named() -> None:
    text = "District Judge Marisol Vance rejected the motion. The judge wrote that the payments continued until 2021."
    assert ("Marisol Vance", "the payments continued until 2021") in statements(stancekit.annotate(text))


def test_a_speaker_calling_for_order_takes_no_stance() -> None:
    assert stances(stancekit.annotate("The Speaker, Lorraine Abbott, called for order eleven times.")) == []


def test_a_closing_mark_typed_for_an_opening_one_still_opens_a_quotation() -> None:
    text = "”Mr. Ortega represents our greatest shame.” ― Sonia Herrera\n"
    assert statements(stancekit.annotate(text)) == [("Sonia Herrera", "Mr. Ortega represents our greatest shame")]


@pytest.mark.parametrize(
    ("text", "pronoun", "name"),
    [
        (
            "Ana Ruiz chaired the meeting. The prize went to Maria Lopes. She said she was honoured.",
            "She",
            "Maria Lopes",
        ),
        (
            "Ana Ruiz won the vote. The seat had been held by Maria Lopes for a decade. She conceded.",
            "She",
            "Maria Lopes",
        ),
    ],
)
def test_a_person_named_after_a_preposition_is_the_nearest_for_she(text: str, pronoun: str, name: str) -> None:
    assert pronoun_of(stancekit.annotate(text), pronoun) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("John Smith, the Labour MP, said the plan would fail.", "John Smith"),
        ("Ana Ruiz, the Chief Executive, said the plan would fail.", "Ana Ruiz"),
    ],
)
def test_a_title_in_apposition_after_a_name_leaves_the_name_speaking(text: str, speaker: str) -> None:
    assert statements(stancekit.annotate(text))[0][0] == speaker


def test_the_first_said_is_a_report() -> None:
    text = "Of the two candidates, the latter said taxes would rise and the first said they would fall."
    assert any(content == "they would fall" for _, content in statements(stancekit.annotate(text)))


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        ("The plan was opposed by teachers and parents concerned about safety.", ["teachers", "parents"]),
        ("The plan was opposed by residents and businesses affected by the closure.", ["residents", "businesses"]),
    ],
)
def test_a_participle_describing_a_second_agent_keeps_it_an_agent(text: str, holders: list[str]) -> None:
    assert [found[0] for found in stances(stancekit.annotate(text))] == holders


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The ministry sent a letter to dairy farmers on Monday.", "dairy farmers"),
        ("The minister appealed to rural voters, who said the plan was unfair.", "rural voters"),
    ],
)
def test_an_adjective_after_to_stays_in_the_group(text: str, group: str) -> None:
    assert entity(stancekit.annotate(text), group).type == "group"


@pytest.mark.parametrize(
    "text", ["The daily Yangi Kun closed in May.", "Shares in the miner Tana Gold rose on Monday."]
)
def test_a_body_after_its_noun_in_a_main_clause_stays_a_body(text: str) -> None:
    document = stancekit.annotate(text)
    assert [entity.type for entity in document.entities if entity.name in ("Yangi Kun", "Tana Gold")] == [
        "organization"
    ]


@pytest.mark.parametrize("text", ["The 2024 campaign was the costliest ever.", "The 1990s government fell."])
def test_a_year_or_a_decade_before_a_bodys_noun_names_no_body(text: str) -> None:
    assert [entity for entity in stancekit.annotate(text).entities if entity.type != "group"] == []


def test_many_holder_modifiers_in_a_pack_compile_as_two_lists() -> None:
    pack = {"name": "modifiers", "holder_modifiers": [f"Mod{number}x" for number in range(2000)]}
    text = "Governor Ana Ruiz spoke. The Mod17x governor said the plan was dead."
    assert statements(stancekit.annotate(text, rules=[pack])) == [("Ana Ruiz", "the plan was dead")]


# -- 15. after the tenth batch -------------------------------------------------------------------


def test_a_bodys_name_may_hold_of_the() -> None:
    document = stancekit.annotate("The Beverage Manufacturers Association of the Philippines welcomed the imports.")
    assert [found[0] for found in stances(document)] == ["Beverage Manufacturers Association of the Philippines"]


def test_a_body_named_with_small_words_after_its_noun_is_a_body() -> None:
    document = stancekit.annotate("Residents' group Friends of the Feeder opposed the plan.")
    assert [found[0] for found in stances(document)] == ["Friends of the Feeder"]
    assert entity(document, "Friends of the Feeder").type == "organization"


def test_a_person_of_the_body_is_affiliated_with_it() -> None:
    document = stancekit.annotate("Sofia Brandt of the World Bank said the deal was off.")
    assert document.entity(entity(document, "Sofia Brandt").affiliation).name == "World Bank"


def test_part_of_a_body_before_of_leaves_the_body_as_agent() -> None:
    text = "The text was backed by most of the centre-right European People's Party."
    assert [found[0] for found in stances(stancekit.annotate(text))] == ["European People's Party"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("Secretary of the Treasury Janet Yellen said rates were high.", "Janet Yellen", "secretary of the treasury"),
        ("Speaker of the House Nancy Pelosi said the bill would pass.", "Nancy Pelosi", "speaker of the house"),
        ("Head of Research Anna Berg said the shares were cheap.", "Anna Berg", "head of research"),
    ],
)
def test_a_title_with_its_body_before_a_name_gives_the_person_that_role(text: str, person: str, role: str) -> None:
    document = stancekit.annotate(text)
    assert statements(document)[0][0] == person
    assert entity(document, person).role == role
