"""Speaker precision: who the annotator says spoke, where news text names a place, a body or a document nearby.

A wrong speaker is worse than none: a nurse at a hospital is not the hospital, a person placed in a city is
not the city's country, "the regulator" is not the firm it ordered about, "it" after a report's findings is
the report, and an act's object ends before the time it was done.
"""

import pytest

import stancekit


def speakers(text: str) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement, in text order."""
    document = stancekit.annotate(text)
    return [
        (document.entity(statement.speaker).name if statement.speaker else None, statement.content.text)
        for statement in sorted(document.statements, key=lambda statement: statement.content.start)
    ]


def speaker_of(text: str, content: str) -> tuple[str | None, str] | None:
    """(name, type) of the speaker of the statement whose content is ``content``; None when there is none."""
    document = stancekit.annotate(text)
    for statement in document.statements:
        if statement.content.text == content:
            if statement.speaker is None:
                return None, ""
            entity = document.entity(statement.speaker)
            return entity.name, entity.type
    return None


# -- 1. an unnamed person known by a role at a place ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "place"),
    [
        (
            "An emergency nurse at Lyell McEwin Hospital said the ward had been overwhelmed for weeks.",
            "the ward had been overwhelmed for weeks",
            "Lyell McEwin Hospital",
        ),
        (
            "A senior doctor at Royal Adelaide Hospital said patients waited for hours.",
            "patients waited for hours",
            "Royal Adelaide Hospital",
        ),
        (
            "A teacher at the Hillcrest Primary School told reporters classes were cancelled.",
            "classes were cancelled",
            "Hillcrest Primary School",
        ),
        ("An engineer at Boeing said the bolts were missing.", "the bolts were missing", "Boeing"),
        (
            "One worker at the Ford plant in Dagenham said morale was low.",
            "morale was low",
            "Dagenham",
        ),
    ],
)
def test_a_person_known_by_a_role_at_a_place_speaks_not_the_place(text: str, content: str, place: str) -> None:
    found = speaker_of(text, content)
    assert found is not None
    name, kind = found
    assert kind == "group"
    assert (
        name is not None
        and name != place
        and name.split()[0] in ("emergency", "senior", "teacher", "engineer", "worker")
    )


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # Who speaks for a body is the body, as before: a spokesman, an official, an executive.
        ("A spokesman at Acme Corp said the plant would close.", "the plant would close", "Acme Corp"),
        ("The chief executive at Acme Corp said profits fell.", "profits fell", "Acme Corp"),
        # A person placed by a town stays the group it was.
        ("A federal judge in Des Moines said the law was void.", "the law was void", "federal judge in Des Moines"),
    ],
)
def test_who_speaks_for_a_body_and_people_placed_in_a_town_are_unchanged(text: str, content: str, speaker: str) -> None:
    found = speaker_of(text, content)
    assert found is not None and found[0] == speaker


# -- 2. a person named before, then by surname and a place ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "person"),
    [
        (
            "Mark Rogers, a trader, spoke to reporters. Rogers in London said prices would rise.",
            "prices would rise",
            "Mark Rogers",
        ),
        (
            "Anna Kowalski runs a bakery. Kowalski in Warsaw told reporters that flour was scarce.",
            "flour was scarce",
            "Anna Kowalski",
        ),
        (
            "Anna Kowalski runs a bakery. Speaking later, Kowalski in Warsaw said flour was scarce.",
            "flour was scarce",
            "Anna Kowalski",
        ),
        (
            "John Smith met the minister. Smith near Paris said the road was closed.",
            "the road was closed",
            "John Smith",
        ),
    ],
)
def test_a_person_placed_in_a_city_speaks_not_the_citys_country(text: str, content: str, person: str) -> None:
    found = speaker_of(text, content)
    assert found == (person, "person")


def test_people_of_a_kind_placed_in_a_country_stay_a_group() -> None:
    assert speaker_of("Exporters in Chile said the tax would hurt them.", "the tax would hurt them") == (
        "exporters",
        "group",
    )


# -- 3. "the regulator" and "it" after a body that acted on another ---------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "overseer"),
    [
        (
            "Ofwat ordered Thames Water to cut bills. The regulator said the company had failed customers.",
            "the company had failed customers",
            "Ofwat",
        ),
        (
            "Ofgem on Tuesday instructed the Bulb Energy group to refund customers. The regulator said the firm"
            " had overcharged.",
            "the firm had overcharged",
            "Ofgem",
        ),
        (
            "Ofwat fined Thames Water. The watchdog said the company had failed customers.",
            "the company had failed customers",
            "Ofwat",
        ),
    ],
)
def test_the_regulator_is_the_body_that_ordered_not_the_body_ordered(text: str, content: str, overseer: str) -> None:
    found = speaker_of(text, content)
    assert found is not None and found[0] == overseer


def test_the_regulator_a_court_ordered_is_still_the_regulator() -> None:
    document = stancekit.annotate(
        "The Financial Conduct Authority ordered Barclays to repay customers. The regulator said the bank had"
        " broken its rules."
    )
    (statement,) = document.statements
    assert document.entity(statement.speaker).name == "Financial Conduct Authority"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # The officials are plural: "it" is the company fined, not the EU that says whose officials they are.
        (
            "EU officials fined Vantor Holdings. It said it would appeal the decision.",
            "it would appeal the decision",
            "Vantor Holdings",
        ),
        ("EU officials fined Vantor Holdings. They said the firm had hidden its losses.", None, "EU officials"),
        # The EU as the subject itself stays the subject.
        ("The EU fined Vantor Holdings. It said the firm had hidden its losses.", None, "European Union"),
        ("EU officials fined Vantor Holdings. The bloc said the firm had hidden its losses.", None, "European Union"),
    ],
)
def test_a_name_that_opens_a_group_is_no_antecedent_of_it(text: str, content: str | None, speaker: str) -> None:
    found = speaker_of(text, content or "the firm had hidden its losses")
    assert found is not None and found[0] == speaker


# -- 4. "it" after a report's findings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "document"),
    [
        (
            "The inquiry into South Australia's hospitals was released on Monday. The report found that staff were"
            " overworked. It said the state needed more nurses.",
            "the state needed more nurses",
            "report",
        ),
        (
            "Victoria's health system has struggled. The review found that waiting times had doubled. It said the"
            " state should hire more staff.",
            "the state should hire more staff",
            "review",
        ),
        (
            "The coroner's report into the deaths in Queensland was tabled. It found that the hospital had failed."
            " It said Queensland Health must act.",
            "Queensland Health must act",
            "coroner's report",
        ),
        (
            "The inquiry found that nurses in Tasmania were exhausted. It said the state should hire more staff.",
            "the state should hire more staff",
            "inquiry",
        ),
    ],
)
def test_it_after_a_reports_findings_is_the_report_not_a_place(text: str, content: str, document: str) -> None:
    assert speaker_of(text, content) == (document, "group")


def test_it_after_a_report_that_acted_on_a_body_is_left_to_coreference() -> None:
    found = speaker_of(
        "The report criticised Acme Corp for its safety record. It said it would appeal.", "it would appeal"
    )
    assert found == ("Acme Corp", "organization")


@pytest.mark.parametrize(
    "text",
    [
        "The court heard that the man was drunk.",
        "The inquiry heard that the ambulance was late.",
        "The committee heard on Tuesday that the plan had failed.",
    ],
)
def test_a_body_that_hears_evidence_states_nothing(text: str) -> None:
    assert [name for name, _ in speakers(text)] == []


def test_a_person_who_heard_something_still_reports_it() -> None:
    assert speakers("Smith heard that the plan had failed.") == [("Smith", "the plan had failed")]


# -- 5. an act's object ends before when it was done ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mary Lopez welcomed the ruling in a statement on Tuesday.", "the ruling"),
        ("Mary Lopez welcomed the ruling after a two-year legal battle with the company.", "the ruling"),
        ("The union criticised the plan before the vote on Friday.", "the plan"),
        ("The minister welcomed the deal after months of talks, saying it would create jobs.", "the deal"),
    ],
)
def test_an_acts_object_ends_before_its_time(text: str, content: str) -> None:
    assert content in [content for _, content in speakers(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Smith praised the nurses who stayed on after their shifts ended.",
            "the nurses who stayed on after their shifts ended",
        ),
        ("Smith promised to act before the election.", "act before the election"),
    ],
)
def test_a_clause_keeps_its_own_time(text: str, content: str) -> None:
    assert content in [content for _, content in speakers(text)]


# -- 6. a nationality's adjective before people ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "group"),
    [
        ("Chilean shippers opposed the export tax.", "the export tax", "Chilean shippers"),
        ("Chilean shippers said the export tax would hurt them.", "the export tax would hurt them", "Chilean shippers"),
        ("French dairy farmers said milk prices were too low.", "milk prices were too low", "French dairy farmers"),
        ("German carmakers warned that tariffs would cost jobs.", "tariffs would cost jobs", "German carmakers"),
        ("Chilean fishermen criticised the quota.", "the quota", "Chilean fishermen"),
    ],
)
def test_people_a_nationality_describes_speak_not_the_country(text: str, content: str, group: str) -> None:
    assert speaker_of(text, content) == (group, "group")


def test_the_stance_of_people_a_nationality_describes_stays_theirs() -> None:
    document = stancekit.annotate("Chilean shippers opposed the export tax.")
    assert [document.entity(stance.holder).name for stance in document.stances] == ["Chilean shippers"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The Chilean government said the tax would stay.", "the tax would stay", "Chile"),
        ("Chile said the tax would stay.", "the tax would stay", "Chile"),
        (
            "Chilean officials said the export tax would hurt them.",
            "the export tax would hurt them",
            "Chilean officials",
        ),
    ],
)
def test_a_countrys_own_voice_is_unchanged(text: str, content: str, speaker: str) -> None:
    found = speaker_of(text, content)
    assert found is not None and found[0] == speaker


# -- 7. a client's lawyers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "client"),
    [
        (
            "Acme Corp was sued on Tuesday. Its lawyers said the claim had no merit.",
            "the claim had no merit",
            ("Acme Corp", "organization"),
        ),
        (
            "Vantor criticised the fine. Its lawyers said the fine was unlawful.",
            "the fine was unlawful",
            ("Vantor", "organization"),
        ),
        (
            "John Smith was charged on Tuesday. His lawyers said the claim had no merit.",
            "the claim had no merit",
            ("John Smith", "person"),
        ),
        (
            "Kelmar Mining lost the case in May. Its attorneys said they would appeal.",
            "they would appeal",
            ("Kelmar Mining", "organization"),
        ),
    ],
)
def test_a_clients_lawyers_speak_for_the_client(text: str, content: str, client: tuple[str, str]) -> None:
    """As "its spokesman" and "its lawyer" do: not a group "lawyers" tied to no one."""
    assert speaker_of(text, content) == client


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Acme Corp cut 300 jobs. Its spokesman said the cuts were needed.", "the cuts were needed", "Acme Corp"),
        ("Lawyers said the ruling was wrong.", "the ruling was wrong", "lawyers"),
        ("Mary Okafor denies every charge, her lawyer said on Friday.", "Mary Okafor denies every charge", "lawyer"),
        # Whose lawyers, nothing tells: the group, as before, not a guess.
        (
            "The two firms were sued. Their lawyers said the claims were baseless.",
            "the claims were baseless",
            "lawyers",
        ),
    ],
)
def test_other_lawyers_and_mouthpieces_are_unchanged(text: str, content: str, speaker: str) -> None:
    found = speaker_of(text, content)
    assert found is not None and found[0] == speaker
