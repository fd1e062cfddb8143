"""stancekit.dask: the same annotator over a Dask bag, tested on Dask's local synchronous scheduler."""

import json

import pytest

import stancekit
from stancekit import InputError
from stancekit.batch import RecordError

db = pytest.importorskip("dask.bag")
stancekit_dask = pytest.importorskip("stancekit.dask")

RECORDS = [
    {"id": "a", "text": "China said on Tuesday that it opposes the new tariffs.", "title": "Tariffs"},
    "“We welcome the agreement,” French Foreign Minister Anna Silva told reporters.",
    {"id": "b", "text": "Markets edged lower."},
    {"id": "c", "text": "Ukraine condemned the strikes, according to officials in Kyiv."},
    {"id": "d", "text": ""},
]


def test_a_bag_gives_the_documents_annotate_gives_in_order():
    bag = db.from_sequence(RECORDS, npartitions=3)
    documents = stancekit_dask.annotate_bag(bag).compute(scheduler="synchronous")
    expected = [
        stancekit.annotate(record)
        if isinstance(record, str)
        else stancekit.annotate(
            record["text"], id=record["id"], **{k: v for k, v in record.items() if k not in ("id", "text")}
        )
        for record in RECORDS
    ]
    assert documents == expected


def test_bad_records_become_record_errors_in_their_place():
    bag = db.from_sequence([*RECORDS[:2], {"id": "no-text"}, 42, *RECORDS[2:]], npartitions=2)
    results = stancekit_dask.annotate_bag(bag, errors="return").compute(scheduler="synchronous")
    assert len(results) == len(RECORDS) + 2
    errors = [result for result in results if isinstance(result, RecordError)]
    assert [(error.id, "text" in error.reason) for error in errors] == [("no-text", True), (None, True)]
    assert [type(result).__name__ for result in results] == [
        "Document",
        "Document",
        "RecordError",
        "RecordError",
        "Document",
        "Document",
        "Document",
    ]


def test_a_bad_record_fails_the_computation_by_default():
    bag = db.from_sequence([RECORDS[0], {"id": "no-text"}], npartitions=1)
    with pytest.raises(InputError, match=r"record 1 \(id 'no-text'\): \$\.text: is missing"):
        stancekit_dask.annotate_bag(bag).compute(scheduler="synchronous")


def test_as_dict_gives_json_ready_documents_that_validate():
    bag = db.from_sequence(RECORDS, npartitions=2)
    dicts = stancekit_dask.annotate_bag(bag, as_dict=True).compute(scheduler="synchronous")
    for data in dicts:
        json.dumps(data)
        assert list(stancekit.iter_errors(data)) == []
    assert [data["id"] for data in dicts] == ["a", stancekit.annotate(RECORDS[1]).id, "b", "c", "d"]


def test_json_lines_text_files_in_and_out(tmp_path):
    source = tmp_path / "corpus.jsonl"
    source.write_text("".join(json.dumps(r if isinstance(r, dict) else {"text": r}) + "\n" for r in RECORDS))
    bag = db.read_text(str(source)).map(json.loads)
    lines = stancekit_dask.annotate_bag(bag, as_dict=True).map(json.dumps)
    lines.to_textfiles(str(tmp_path / "out-*.jsonl"), scheduler="synchronous")
    written = sorted(tmp_path.glob("out-*.jsonl"))
    documents = [json.loads(line) for path in written for line in path.read_text().split("\n") if line]
    assert len(documents) == len(RECORDS)


def test_the_process_scheduler_a_bag_uses_by_default_works_too():
    """Each partition's result travels back pickled: it must be a list of picklable documents."""
    bag = db.from_sequence(RECORDS, npartitions=2)
    documents = stancekit_dask.annotate_bag(bag).compute(scheduler="processes", num_workers=2)
    assert [document.text for document in documents] == [
        record if isinstance(record, str) else record["text"] for record in RECORDS
    ]
