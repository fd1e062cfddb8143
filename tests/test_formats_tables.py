"""CSV and event-dyad tables: one row per stance (or statement), spreadsheet-safe cells, CAMEO codes."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given

import stancekit
from stancekit import Document, Entity, Mention, Provenance, Span, Stance, Statement, Target, UsageError
from stancekit.formats import csv as csv_format
from stancekit.formats import dyads
from stancekit.model import STANCE_TYPES
from stancekit.testing import documents


def read(text: str) -> list[dict[str, str]]:
    # Python 3.10's csv reader refuses a NUL (3.11 reads it): it reads one that stands in for it.
    stand_in = "\U0010fffd"
    rows = csv.DictReader(io.StringIO(text.replace("\x00", stand_in), newline=""))
    return [{key: value.replace(stand_in, "\x00") for key, value in row.items()} for row in rows]


def sample() -> Document:
    text = "Beijing’s spokeswoman said: “We oppose it.” China blames NATO. =cmd"
    return Document(
        id="-doc",
        text=text,
        meta={"date": "2025-05-29"},
        sentences=[Span.of(text, 0, 43), Span.of(text, 44, 62), Span.of(text, 63, 67)],
        entities=[
            Entity("cn", "China", "country", country="CHN"),
            Entity("mfa", "Foreign Ministry", "organization", affiliation="cn"),
            Entity("mao", "Mao Ning", "person", affiliation="mfa"),
            Entity("nato", "NATO", "organization"),
        ],
        mentions=[Mention("m1", "cn", Span.of(text, 44, 49))],
        statements=[
            Statement(
                "s1",
                Span.of(text, 29, 42),
                speaker="mao",
                source=Span.of(text, 10, 21),
                cue=Span.of(text, 22, 26),
                mode="direct",
            )
        ],
        stances=[
            Stance("st1", "mao", Target("it", Span.of(text, 39, 41)), "oppose", "oppose", statement="s1"),
            Stance(
                "st2",
                "cn",
                Target("NATO", Span.of(text, 57, 61), "nato"),
                "oppose",
                "blame",
                cue=Span.of(text, 50, 56),
                confidence=0.8,
                provenance=Provenance("stancekit.rules 0.1.0", "stance.blame.verb"),
            ),
            Stance("st3", "cn", Target("=cmd", Span.of(text, 63, 67)), "oppose", "support", negated=True),
        ],
    )


# ---------------------------------------------------------------- csv


@given(documents())
def test_one_row_per_stance_and_per_statement(document):
    stances = read(csv_format.dumps(document))
    statements = read(csv_format.dumps(document, table="statements"))
    assert [row["stance"] for row in stances] == [csv_format.neutralise(stance.id) for stance in document.stances]
    assert [row["statement"] for row in statements] == [
        csv_format.neutralise(statement.id) for statement in document.statements
    ]


@given(documents())
def test_raw_cells_read_back_as_the_values(document):
    """With --raw, every text cell is the value itself, line breaks and all."""
    rows = read(csv_format.dumps(document, raw=True))
    names = {entity.id: entity.name for entity in document.entities}
    for row, stance in zip(rows, document.stances, strict=True):
        assert row["holder"] == names[stance.holder]
        assert row["target"] == stance.target.text
        assert row["cue"] == (stance.cue.text if stance.cue is not None else "")
        assert float(row["confidence"]) == stance.confidence


@given(documents())
def test_no_cell_starts_a_formula(document):
    for table in csv_format.TABLES:
        for row in read(csv_format.dumps(document, table=table)):
            assert not any(cell.startswith(csv_format.FORMULA_STARTS) for cell in row.values()), row


def test_the_stance_table_of_a_sample():
    rows = read(csv_format.dumps(sample()))
    assert rows[1] == {
        "document": "'-doc",
        "stance": "st2",
        "holder": "China",
        "holder_id": "cn",
        "polarity": "oppose",
        "type": "blame",
        "negated": "false",
        "target": "NATO",
        "target_entity": "NATO",
        "cue": "blames",
        "statement": "",
        "sentence": "China blames NATO.",
        "confidence": "0.8",
        "annotator": "stancekit.rules 0.1.0",
        "rule": "stance.blame.verb",
    }
    # st1 has no cue, so its sentence is its target's; st3's formula-like target is neutralised.
    assert rows[0]["sentence"] == "Beijing’s spokeswoman said: “We oppose it.”"
    assert rows[2]["target"] == "'=cmd"
    assert read(csv_format.dumps(sample(), raw=True))[2]["target"] == "=cmd"


def test_the_statement_table_of_a_sample():
    (row,) = read(csv_format.dumps(sample(), table="statements"))
    assert (row["speaker"], row["speaker_id"], row["source"], row["cue"], row["content"], row["mode"]) == (
        "Mao Ning",
        "mao",
        "spokeswoman",
        "said",
        "We oppose it.",
        "direct",
    )
    assert row["sentence"] == "Beijing’s spokeswoman said: “We oppose it.”"


def test_rows_end_with_crlf_and_cells_with_line_breaks_are_quoted():
    text = "A\nB"
    document = Document(
        id="d",
        text=text,
        entities=[Entity("e", "E", "group")],
        stances=[Stance("s", "e", Target("A\nB", Span.of(text, 0, 3)), "support", "support")],
    )
    written = csv_format.dumps(document)
    assert written.endswith('"A\nB",,,,,1.0,,\r\n') and written.count("\r\n") == 2


def test_dump_writes_the_same_as_dumps(tmp_path):
    csv_format.dump([sample(), sample()], tmp_path / "s.csv", table="statements")
    assert (tmp_path / "s.csv").read_bytes() == csv_format.dumps([sample(), sample()], table="statements").encode()


def test_an_unknown_table_is_a_usage_error():
    with pytest.raises(UsageError, match="unknown table 'mentions'; expected one of stances, statements"):
        csv_format.dumps(sample(), table="mentions")


def test_to_dataframe_has_one_typed_row_per_stance():
    pandas = pytest.importorskip("pandas")
    frame = stancekit.to_dataframe([sample(), sample()])
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == list(csv_format.STANCE_COLUMNS)
    assert len(frame) == 6
    assert frame["negated"].tolist() == [False, False, True] * 2
    assert frame["confidence"].tolist() == [1.0, 0.8, 1.0] * 2
    assert frame["target"].tolist()[2] == "=cmd"  # no neutralising in pandas
    assert len(stancekit.to_dataframe(sample(), table="statements")) == 1


# ---------------------------------------------------------------- dyads


def test_every_core_act_has_a_cameo_code_of_its_own_polarity():
    assert set(dyads.CAMEO_ACTS) == set(STANCE_TYPES)
    for act, (code, polarity, _) in dyads.CAMEO_ACTS.items():
        assert dyads.cameo(act, polarity)[0] == code
        assert len(code) == 3 and 1 <= int(code[:2]) <= 20


@pytest.mark.parametrize(
    ("act", "polarity", "code", "quad"),
    [
        ("praise", "support", "051", "verbal cooperation"),
        ("endorse", "support", "051", "verbal cooperation"),
        ("criticize", "oppose", "111", "verbal conflict"),
        ("blame", "oppose", "112", "verbal conflict"),
        ("accuse", "oppose", "112", "verbal conflict"),
        ("support", "oppose", "110", "verbal conflict"),  # "did not support": coded by polarity
        ("oppose", "support", "050", "verbal cooperation"),
        ("comment", "neutral", "010", "verbal cooperation"),  # an act the table does not know
    ],
)
def test_acts_map_to_cameo_codes_and_quad_classes(act, polarity, code, quad):
    got, root, _ = dyads.cameo(act, polarity)
    assert (got, root, dyads.QUAD_CLASSES[dyads.quad_class(root)]) == (code, code[:2], quad)


@pytest.mark.parametrize(
    ("root", "quad"), [("01", 1), ("05", 1), ("06", 2), ("08", 2), ("09", 3), ("13", 3), ("14", 4)]
)
def test_quad_classes_follow_the_root_codes(root, quad):
    assert dyads.quad_class(root) == quad


def test_a_dyad_per_stance_with_countries_through_affiliations():
    rows = read(dyads.dumps(sample()))
    assert [row["stance"] for row in rows] == ["st1", "st2", "st3"]
    first, second, third = rows
    assert (first["holder"], first["holder_country"], first["cameo_code"], first["date"]) == (
        "Mao Ning",
        "CHN",
        "110",
        "2025-05-29",
    )
    assert (second["holder_country"], second["target"], second["target_country"]) == ("CHN", "NATO", "")
    assert (second["cameo_code"], second["cameo_root"], second["cameo_label"]) == ("112", "11", "Accuse")
    assert (second["quad_class"], second["quad_label"], second["rule"]) == ("3", "verbal conflict", "stance.blame.verb")
    assert (third["act"], third["negated"], third["cameo_code"], third["target"]) == ("support", "true", "110", "'=cmd")


@given(documents())
def test_one_dyad_per_stance(document):
    rows = read(dyads.dumps(document, raw=True))
    assert [row["stance"] for row in rows] == [stance.id for stance in document.stances]
    assert all(row["quad_class"] in {"1", "2", "3", "4"} for row in rows)
