"""The data model: invariants, the wire form and its round trip."""

import json

import pytest
from hypothesis import given

from stancekit import Document, Entity, Mention, Span, Stance, Statement, Target, ValidationError
from stancekit.testing import documents

TEXT = "China blames NATO expansion. “We oppose it,” she said, “firmly.” 🙂"


def china_blames_nato() -> Document:
    return Document(
        id="doc",
        text=TEXT,
        entities=[Entity("e1", "China", "country", ["Beijing"], country="CHN", kb_id="CHN")],
        mentions=[Mention("m1", "e1", Span.of(TEXT, 0, 5))],
        stances=[
            Stance(
                "st1",
                holder="e1",
                target=Target("NATO expansion", Span.of(TEXT, 13, 27)),
                polarity="oppose",
                type="blame",
                cue=Span.of(TEXT, 6, 12),
            )
        ],
    )


def test_span_of_takes_the_exact_slice():
    assert Span.of(TEXT, 13, 27).text == "NATO expansion"


@pytest.mark.parametrize(
    ("start", "end", "path", "message"),
    [
        (-3, 5, "$.start", "-3 is negative; expected an offset from 0"),
        (0, -1, "$.end", "-1 is negative; expected an offset from 0"),
        (-5, -1, "$.start", "-5 is negative"),
        (9, 4, "$", "start 9 is after end 4; expected start <= end"),
        (0, 99, "$.end", f"99 is past the end of the text ({len(TEXT)})"),
    ],
)
def test_span_of_refuses_offsets_that_bound_no_stretch_of_the_text(start, end, path, message):
    """A negative offset would slice from the end (text[-3:5]), a reversed or overlong one silently shorten."""
    with pytest.raises(ValidationError) as raised:
        Span.of(TEXT, start, end)
    assert raised.value.path == path and message in raised.value.message
    assert isinstance(raised.value, ValueError)


def test_span_of_takes_an_empty_span_at_either_end_of_the_text():
    assert Span.of(TEXT, 0, 0).text == "" and Span.of(TEXT, len(TEXT), len(TEXT)).text == ""


def test_span_join_refuses_a_negative_piece():
    with pytest.raises(ValidationError, match=r"\$\.start: -2 is negative"):
        Span.join(TEXT, [(0, 5), (-2, 3)])


def test_discontinuous_span_joins_fragments_with_one_space():
    quote = Span.join(TEXT, [(30, 43), (56, 63)])
    assert quote.text == "We oppose it, firmly."
    assert (quote.start, quote.end) == (30, 63)
    assert quote.pieces == ((30, 43), (56, 63))


def test_to_dict_keeps_the_public_key_names():
    data = china_blames_nato().to_dict()
    assert list(data) == ["version", "id", "text", "meta", "sentences", "entities", "mentions", "statements", "stances"]
    assert set(data["stances"][0]) == {
        "id",
        "holder",
        "target",
        "polarity",
        "type",
        "cue",
        "negated",
        "statement",
        "confidence",
        "provenance",
    }
    assert set(data["stances"][0]["target"]) == {"text", "span", "entity"}
    assert data["stances"][0]["cue"] == {"start": 6, "end": 12, "text": "blames"}


def test_fragments_are_written_only_for_discontinuous_spans():
    assert "fragments" not in Span.of(TEXT, 0, 5).to_dict()
    assert len(Span.join(TEXT, [(30, 43), (56, 63)]).to_dict()["fragments"]) == 2


def test_offset_past_the_end_names_the_path_and_the_values():
    bad = Span(60, 99, "x")
    with pytest.raises(ValidationError) as raised:
        Document("d", TEXT, mentions=[Mention("m1", "e1", bad)], entities=[Entity("e1", "China", "country")])
    assert raised.value.path == "$.mentions[0].span.end"
    assert f"99 is past the end of the text ({len(TEXT)})" in str(raised.value)


def test_dangling_holder_is_refused():
    stance = Stance("st1", holder="nobody", target=Target("x"), polarity="support", type="support")
    with pytest.raises(ValidationError, match=r"\$\.stances\[0\]\.holder: 'nobody' is no entity"):
        Document("d", TEXT, stances=[stance])


def test_duplicate_ids_are_refused():
    entity = Entity("e1", "China", "country")
    with pytest.raises(ValidationError, match=r"\$\.entities\[1\]\.id: duplicate id 'e1'"):
        Document("d", TEXT, entities=[entity, entity])


def test_span_text_must_be_its_slice():
    with pytest.raises(ValidationError, match=r"\.content\.text: text 'Russia' differs"):
        Document("d", TEXT, statements=[Statement("s1", content=Span(0, 5, "Russia"))])


def test_fragments_out_of_order_are_refused():
    backwards = Span(30, 63, "x", (Span.of(TEXT, 56, 63), Span.of(TEXT, 30, 43)))
    with pytest.raises(ValidationError, match=r"fragments\[1\]\.start: starts at 30, before the previous fragment"):
        Document("d", TEXT, statements=[Statement("s1", content=backwards)])


def test_statement_may_lack_speaker_source_and_cue():
    document = Document("d", TEXT, statements=[Statement("s1", content=Span.of(TEXT, 30, 42))])
    data = document.to_dict()["statements"][0]
    assert (data["speaker"], data["source"], data["cue"]) == (None, None, None)


def test_unknown_meta_keys_are_kept():
    document = Document.from_dict({"id": "d", "text": "x", "meta": {"title": "T", "corpus_id": 7}})
    assert document.to_dict()["meta"] == {"title": "T", "corpus_id": 7}


def test_a_later_minor_version_is_read():
    assert Document.from_dict({"version": "1.7", "id": "d", "text": "x"}).version == "1.7"


def test_another_major_version_is_refused():
    with pytest.raises(ValidationError, match=r"\$\.version"):
        Document.from_dict({"version": "2.0", "id": "d", "text": "x"})


def test_from_dict_reports_schema_problems_with_a_path():
    with pytest.raises(ValidationError, match=r"\$\.entities\[0\]\.type"):
        Document.from_dict({"id": "d", "text": "x", "entities": [{"id": "e", "name": "n", "type": "planet"}]})


def test_the_constructor_checks_again_after_from_dict_has_skipped_them():
    """from_dict validates the dict once and builds without checking twice; nothing of that leaks out."""
    with pytest.raises(ValidationError, match=r"\$\.sentences\[0\]"):
        Document.from_dict({"id": "d", "text": "x", "sentences": [{"start": 0, "end": 5, "text": "x"}]})
    with pytest.raises(ValidationError, match=r"\$\.sentences\[0\]"):
        Document(id="d", text="x", sentences=[Span(0, 5, "x")])
    assert Document.from_dict({"id": "d", "text": "xyz", "sentences": [{"start": 0, "end": 3, "text": "xyz"}]})
    with pytest.raises(ValidationError, match=r"\$\.sentences\[0\]"):
        Document(id="d", text="x", sentences=[Span(0, 5, "x")])


def test_from_dict_without_validation_still_builds_a_checked_document():
    with pytest.raises(ValidationError, match=r"\$\.sentences\[0\]"):
        Document.from_dict({"id": "d", "text": "x", "sentences": [{"start": 0, "end": 5, "text": "x"}]}, validate=False)


@given(documents())
def test_round_trip_through_dict_and_json(document):
    assert Document.from_dict(document.to_dict()) == document
    assert Document.from_dict(json.loads(json.dumps(document.to_dict()))) == document
