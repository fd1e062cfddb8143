"""Fixes made by the lead in the eighth session.

- a verb of saying that is denied and governs an open question reports nothing: "would not say whether ...",
  "declined to say how much ...", "has not said what ..." give no statement; a denied report with its clause
  ("did not say that ...") and a question the speaker did answer ("said whether ... was his business") stay;
- a refusal to speak ("refused to comment on ...", "declined to name ...") is silence, no statement; a refusal
  to act ("refused to endorse the plan") stays an act;
- "congratulated X on Y" is praise of X, as "thanked X for Y" is.
"""

from __future__ import annotations

import pytest

import stancekit


def contents(text: str) -> list[str]:
    document = stancekit.annotate(text)
    return [statement.content.text for statement in document.statements if statement.content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rina Tove, the club's chair, would not say whether the coach would stay.",
        "The airline declined to say how many passengers were stranded.",
        "Governor Ali Demir has not said what he will do with the bill.",
        "The ministry did not immediately say when the bridge would reopen.",
        "Chief Inspector Paul Roe wouldn't say if arrests were likely.",
    ],
)
def test_a_denied_saying_of_an_open_question_is_no_statement(sentence: str) -> None:
    assert contents(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Rina Tove did not say that the coach would leave.", "the coach would leave"),
        ("Ali Demir said whether he ran again was his own business.", "whether he ran again was his own business"),
        ("Ida Lund said how the money was spent would be published.", "how the money was spent would be published"),
    ],
)
def test_a_report_with_its_clause_stays_a_statement(sentence: str, content: str) -> None:
    assert contents(sentence) == [content]


def test_the_next_report_in_the_sentence_is_kept() -> None:
    text = "Officials would not say whether the deal was signed, but added that the talks went well."
    assert contents(text) == ["the talks went well"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Tom Abara refused to comment on the audit.",
        "The mayor refused to say which depots would close.",
        "Halden Foods declined to name the buyer of its dairy arm.",
        "The club refused to confirm or deny the transfer.",
    ],
)
def test_a_refusal_to_speak_is_no_statement(sentence: str) -> None:
    assert contents(sentence) == []


def test_a_refusal_to_act_stays_an_act() -> None:
    assert contents("Councillor Tom Abara refused to endorse the audit.") == ["endorse the audit"]


def stances(text: str) -> list[tuple[str, str, str]]:
    document = stancekit.annotate(text)
    return [
        (document.entity(stance.holder).name if stance.holder else "", stance.polarity, stance.target.text)
        for stance in document.stances
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile congratulated Ana Pardo on her victory.", ("Chile", "support", "Ana Pardo")),
        ("The coach congratulated the squad for a hard-won draw.", ("coach", "support", "the squad")),
    ],
)
def test_congratulating_someone_is_praise_of_them(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in stances(sentence)


def test_congratulations_without_a_verb_hold_no_stance() -> None:
    assert stances("Congratulations arrived from Chile within the hour.") == []
