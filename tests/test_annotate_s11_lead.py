"""A body described by its country or city and its kind speaks for itself, not for the country."""

import pytest

import stancekit

from .test_annotate_s10_h1 import speakers
from .test_annotate_s11_entities import holders


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Danish brewer said it would cut 300 jobs.", "Danish brewer"),
        ("A strike closed the plant, and the Austrian carmaker said output would fall.", "Austrian carmaker"),
        ("The Kenyan athletics federation said the trials would go ahead.", "Kenyan athletics federation"),
        ("Prices rose again, the Spanish retailer said on Monday.", "Spanish retailer"),
    ],
)
def test_a_demonym_and_a_kind_of_body_make_a_body_of_its_own(text: str, name: str) -> None:
    found = speakers(text)
    assert (name, "organization") in found
    assert not [speaker for speaker, kind in found if kind == "country"]


def test_the_described_body_keeps_the_country() -> None:
    document = stancekit.annotate("The Danish brewer said it would cut 300 jobs.")
    (brewer,) = [entity for entity in document.entities if entity.name == "Danish brewer"]
    assert brewer.country == "DNK"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Norwegian company Fjordbake said profits fell.", "Fjordbake"),
        ("The Greek shipping group Kallistra Lines said it would add two ferries.", "Kallistra Lines"),
    ],
)
def test_a_name_after_the_description_is_the_body(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Baltic Fisheries Institute published its survey on Monday. "
            "The Riga-based institute said cod stocks had fallen by a third.",
            "Baltic Fisheries Institute",
        ),
        (
            "The National Bank of Hungary held its main rate. The Hungarian central bank said inflation was easing.",
            "National Bank of Hungary",
        ),
    ],
)
def test_a_description_stands_for_the_body_named_before(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] == [name]


def test_a_body_of_no_country_is_not_the_country_s_body() -> None:
    text = (
        "The International Rowing Federation moved the regatta to Poznan. "
        "The Italian federation said it would appeal the decision."
    )
    assert [speaker for speaker, _ in speakers(text)] == ["Italian federation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Chinese government said talks must resume.", "China"),
        ("The Chinese foreign ministry said talks must resume.", "China"),
        ("The Russian military said the drills had ended.", "Russia"),
    ],
)
def test_a_government_described_by_its_demonym_is_the_country(text: str, name: str) -> None:
    assert [speaker for speaker, _ in speakers(text)] == [name]


def test_a_described_body_holds_its_stance() -> None:
    found = holders("The Austrian federation criticised the decision to move the race.")
    assert [name for name, _ in found] == ["Austrian federation"]


def test_a_hyphenated_name_opened_by_a_demonym_is_no_country() -> None:
    assert [speaker for speaker, _ in speakers("Polish-Rail said it would cut fares on Sundays.")] == ["Polish-Rail"]


def test_hyphenated_pairs_of_places_stay_places() -> None:
    document = stancekit.annotate("Italy welcomed the Franco-German plan and criticised Sino-Russian drills.")
    names = {entity.name for entity in document.entities}
    assert {"Germany", "Russia"} <= names


def test_a_name_after_a_city_based_description_is_the_body() -> None:
    assert [speaker for speaker, _ in speakers("The London-based firm Kestrel said it would appeal.")] == ["Kestrel"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("New Zealand Rugby welcomed the ruling and said player safety came first.", "New Zealand Rugby"),
        ("Sri Lanka Cricket said the tour would go ahead.", "Sri Lanka Cricket"),
    ],
)
def test_a_place_of_several_words_opening_a_body_s_name_is_the_body(text: str, name: str) -> None:
    assert {speaker for speaker, _ in speakers(text)} == {name}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In New Zealand Tuesday, officials said the plan was sound.", "New Zealand"),
        ("United States Citizenship and Immigration Services said it would add staff.", "United States"),
    ],
)
def test_a_place_before_a_date_or_a_longer_name_is_not_cut_into_a_body(text: str, place: str) -> None:
    names = {entity.name for entity in stancekit.annotate(text).entities}
    assert place in names
    assert not any(name.startswith(place + " ") and len(name.split()) == len(place.split()) + 1 for name in names)
