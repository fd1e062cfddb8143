"""Entity and coreference fixes: one entity per gazetteer actor, names that stop before a weekday,
countries that stay countries, "He"/"She" as a surname, and pronouns and surnames that pick a fitting antecedent."""

from __future__ import annotations

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.model import Document, Entity


@pytest.fixture(scope="module")
def annotator() -> RuleAnnotator:
    return RuleAnnotator()


def named(document: Document, name: str) -> list[Entity]:
    return [entity for entity in document.entities if entity.name == name]


def referent(document: Document, surface: str, occurrence: int = 0) -> Entity:
    """The entity a mention with exactly this text refers to (the n-th such mention)."""
    found = [mention for mention in document.mentions if mention.span.text == surface]
    assert len(found) > occurrence, f"no mention {surface!r} in {[m.span.text for m in document.mentions]}"
    entity_id = found[occurrence].entity
    return next(entity for entity in document.entities if entity.id == entity_id)


@pytest.mark.parametrize(
    ("text", "name", "kb_id"),
    [
        ("The European Commission balked at the proposal on Monday.", "European Commission", "org:EC"),
        ("Officials at the World Health Organization counted new cases.", "World Health Organization", "org:WHO"),
        ("Farmers protested outside the European Union offices in Warsaw.", "European Union", "org:EU"),
    ],
)
def test_a_gazetteer_organisation_is_one_entity_with_its_kb_id(annotator, text, name, kb_id):
    document = annotator.annotate(text)
    entities = named(document, name)
    assert len(entities) == 1, [(entity.id, entity.kb_id) for entity in entities]
    assert entities[0].kb_id == kb_id
    spans = [(m.span.start, m.span.end) for m in document.mentions if m.span.text == name]
    assert len(spans) == len(set(spans)), "the same stretch is mentioned twice"


def test_two_gazetteer_organisations_in_one_text_stay_apart_and_single(annotator):
    document = annotator.annotate(
        "The European Commission balked at the tariff plan. "
        "The European Union on Thursday criticized the plan in a short note."
    )
    for name in ("European Commission", "European Union"):
        assert len(named(document, name)) == 1, [e.name for e in document.entities]
        assert named(document, name)[0].kb_id is not None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The European Union Thursday rejected the fishing quota.", "European Union"),
        ("Miriam Okafor Tuesday said the bridge would reopen.", "Miriam Okafor"),
        ("The World Health Organization Sunday raised its alert level.", "World Health Organization"),
        ("Governor Luis Arce Friday signed the water bill.", "Luis Arce"),
    ],
)
def test_a_name_stops_before_a_weekday(annotator, text, name):
    document = annotator.annotate(text)
    names = [entity.name for entity in document.entities]
    assert name in names
    assert not any("day" in entity_name.split()[-1] for entity_name in names), names
    assert not any(m.span.text.endswith("day") for m in document.mentions), [m.span.text for m in document.mentions]


@pytest.mark.parametrize(
    ("text", "country", "kb_id"),
    [
        ("United States said it opposed the grain deal.", "United States", "USA"),
        ("United Kingdom officials met on Friday.", "United Kingdom", "GBR"),
        ("South Africa said it would host the summit.", "South Africa", "ZAF"),
        ("In the United States, voters went to the polls.", "United States", "USA"),
        ("The move angered the United States and its allies.", "United States", "USA"),
        ("Officials at the United Nations welcomed the vote.", "United Nations", "org:UN"),
    ],
)
def test_a_gazetteer_country_or_organisation_keeps_its_type(annotator, text, country, kb_id):
    document = annotator.annotate(text)
    entities = named(document, country)
    assert len(entities) == 1, [(e.name, e.type) for e in document.entities]
    assert entities[0].type == ("organization" if kb_id.startswith("org:") else "country")
    assert entities[0].kb_id == kb_id
    assert not [entity for entity in document.entities if entity.type == "person"]


def test_it_after_a_country_refers_to_the_country(annotator):
    document = annotator.annotate("Ramon Ortiz met the envoys. United States said it opposed the grain deal.")
    assert referent(document, "it").name == "United States"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("He Jun, a spokesman for the ministry, said the talks went well.", "He Jun", "spokesman"),
        ("She Lan, a spokeswoman for the agency, declined to comment.", "She Lan", "spokeswoman"),
        ("Foreign Ministry spokesman He Yadong told reporters the visit was cancelled.", "He Yadong", "spokesman"),
    ],
)
def test_a_surname_that_reads_like_a_pronoun_is_a_name(annotator, text, name, role):
    document = annotator.annotate(text)
    people = named(document, name)
    assert len(people) == 1, [e.name for e in document.entities]
    assert role in (people[0].role or "")
    assert referent(document, name).name == name


def test_he_at_a_sentence_start_stays_a_pronoun(annotator):
    document = annotator.annotate("Tomas Berg chairs the panel. He Said Nothing, the headline read.")
    assert not [entity for entity in document.entities if entity.name.startswith("He ")]
    document = annotator.annotate("Tomas Berg chairs the panel. He said the panel would meet.")
    assert referent(document, "He").name == "Tomas Berg"


def test_he_and_she_resolve_only_to_people(annotator):
    document = annotator.annotate(
        "Anna Petrov met officials of the World Health Organization. "
        "The World Health Organization said she was welcome."
    )
    assert referent(document, "she").name == "Anna Petrov"
    document = annotator.annotate("Pedro Alves flew to Brazil. Brazil said he would stay a week.")
    assert referent(document, "he").name == "Pedro Alves"


def test_it_resolves_only_to_non_people(annotator):
    document = annotator.annotate(
        "Kenya hosted the talks. Mwangi Otieno, a negotiator, said it had offered a compromise."
    )
    entity = referent(document, "it")
    assert entity.type != "person"
    assert entity.name == "Kenya"


def test_a_surname_goes_to_the_most_recent_person_named_with_it(annotator):
    document = annotator.annotate(
        "Senator Ted Cruz met the farmers in Austin. "
        "Later, Rafael Cruz spoke at the rally. "
        "Cruz said the rally was a success."
    )
    assert referent(document, "Cruz").name == "Rafael Cruz"
    document = annotator.annotate(
        "Rafael Cruz spoke at the rally. "
        "Senator Ted Cruz met the farmers in Austin. "
        "Cruz said the farmers were worried."
    )
    assert referent(document, "Cruz").name == "Ted Cruz"
    document = annotator.annotate(
        "Rafael Cruz spoke at the rally. Senator Ted Cruz met the farmers. "
        "Rafael Cruz left early. Cruz said the rally was a success."
    )
    assert referent(document, "Cruz", 0).name == "Rafael Cruz"


def test_an_apposition_naming_a_known_person_makes_no_organisation_of_them(annotator):
    document = annotator.annotate(
        "Senator Rosa Vidal spoke first. Tomas Reyes, a former aide to Rosa Vidal, said the vote was close."
    )
    assert [entity.type for entity in named(document, "Rosa Vidal")] == ["person"]
    aide = named(document, "Tomas Reyes")[0]
    assert aide.affiliation == named(document, "Rosa Vidal")[0].id
