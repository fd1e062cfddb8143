"""Readers and writers lose nothing silently: NUL cells, CAS without a Sofa, Label Studio ids, brat's unread lines."""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import re
import sys
import tempfile
import warnings
import weakref
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from stancekit import Document, Entity, Span, Stance, Statement, Target, _files
from stancekit.cli import main
from stancekit.errors import FormatError, InputError, OutputError, UsageError
from stancekit.formats import FormatWarning, brat, dyads, labelstudio
from stancekit.formats import csv as csv_format
from stancekit.testing import documents

# ---------------------------------------------------------------- csv and dyads: NUL characters


def with_nul() -> Document:
    text = "China opposes the \x00 plan."
    return Document(
        id="n",
        text=text,
        entities=[Entity("e1", "China", "country", country="CHN")],
        statements=[Statement("s1", Span.of(text, 0, len(text)), speaker="e1", mode="direct")],
        stances=[Stance("st1", "e1", Target("the \x00 plan", Span.of(text, 14, 24)), "oppose", "oppose")],
    )


def test_csv_writes_a_nul_in_a_cell_as_it_is():
    """Python 3.10's csv writer refuses a NUL; the table is written the same on every version."""
    (_, row, end) = csv_format.dumps(with_nul()).split("\r\n")
    assert end == ""
    assert row == "n,st1,China,e1,oppose,oppose,false,the \x00 plan,,,,,1.0,,"
    (_, row, _) = csv_format.dumps(with_nul(), table="statements").split("\r\n")
    assert row == "n,s1,China,e1,,,China opposes the \x00 plan.,direct,,,"


def test_dyads_write_a_nul_in_a_cell_as_it_is():
    (_, row, _) = dyads.dumps(with_nul()).split("\r\n")
    assert "the \x00 plan" in row.split(",")


def test_csv_dump_writes_a_file_with_a_nul(tmp_path):
    csv_format.dump(with_nul(), tmp_path / "nul.csv")
    assert "the \x00 plan" in (tmp_path / "nul.csv").read_bytes().decode("utf-8")
    dyads.dump(with_nul(), tmp_path / "nul.dyads.csv")
    assert "the \x00 plan" in (tmp_path / "nul.dyads.csv").read_bytes().decode("utf-8")


cells = st.lists(st.text(alphabet=st.sampled_from(["\x00", '"', ",", "\r", "\n", "a", " ", "\ue000", "'"])), min_size=1)


@given(cells)
def test_a_row_with_nul_reads_back_as_its_cells(values):
    """Any row with a NUL reads back as its cells; on 3.11 and later it is the csv module's own row."""
    values = [value + "\x00" for value in values]
    columns = [f"c{index}" for index in range(len(values))]
    buffer = io.StringIO(newline="")
    csv_format.write_rows(buffer, columns, [dict(zip(columns, values, strict=True))], raw=True)
    row = buffer.getvalue().split("\r\n", 1)[1]
    # Python 3.10's reader refuses NUL too, so it reads the row with the NULs swapped for a character no cell has.
    swapped = next(csv.reader(io.StringIO(row.replace("\x00", "\U0010fffd"), newline="")))
    assert swapped == [value.replace("\x00", "\U0010fffd") for value in values]
    if sys.version_info >= (3, 11):
        expected = io.StringIO(newline="")
        csv.writer(expected, lineterminator="\r\n").writerow(values)
        assert row == expected.getvalue()


@pytest.mark.skipif(sys.version_info >= (3, 11), reason="3.11 and later write NUL themselves")
def test_the_csv_module_of_310_cannot_write_nul():
    """Why the stand-in exists: without it, 3.10 raises."""
    with pytest.raises(csv.Error):
        csv.writer(io.StringIO()).writerow(["\x00"])


# ---------------------------------------------------------------- cas: XML that is no CAS


@pytest.mark.parametrize(
    "xml",
    [
        "<xml/>",
        "<root><a>hi</a></root>",
        '<xmi:XMI xmlns:xmi="http://www.omg.org/XMI" xmi:version="2.0"/>',
    ],
)
def test_cas_refuses_xml_without_a_sofa(xml):
    pytest.importorskip("cassis")
    from stancekit.formats import cas

    with pytest.raises(FormatError, match=r"^z\.xmi: no CAS Sofa holding the text; expected an INCEpTION CAS XMI"):
        cas.loads(xml, location="z.xmi")


def test_cas_still_reads_an_empty_document():
    """An empty text is a Sofa with an empty string, not a missing one."""
    pytest.importorskip("cassis")
    from stancekit.formats import cas

    document = Document(id="empty", text="")
    assert cas.loads(cas.dumps(document)) == document


def test_cli_validate_and_convert_refuse_xml_without_a_sofa(tmp_path, capsys):
    pytest.importorskip("cassis")
    (tmp_path / "z.xmi").write_text("<xml/>", encoding="utf-8")
    assert main(["validate", str(tmp_path / "z.xmi")]) == 1
    assert (
        capsys.readouterr().out
        == f"{tmp_path / 'z.xmi'}: no CAS Sofa holding the text; expected an INCEpTION CAS XMI export\n"
    )
    assert main(["convert", str(tmp_path / "z.xmi"), str(tmp_path / "z.json")]) == 1
    assert "no CAS Sofa" in capsys.readouterr().err
    assert not (tmp_path / "z.json").exists()


# ---------------------------------------------------------------- labelstudio: ids that name no entity

CORRECTED = Path(__file__).resolve().parent.parent / "examples" / "data" / "china-blames-nato.corrected.ls.json"


def corrected_with(index: int, typed: str, *, keep_reference: bool = True) -> str:
    """The shipped corrected export with the textarea at ``result[index]`` set to ``typed``."""
    tasks = json.loads(CORRECTED.read_text(encoding="utf-8"))
    tasks[0]["annotations"][0]["result"][index]["value"]["text"] = [typed]
    if not keep_reference:
        del tasks[0]["data"]["stancekit"]
    return json.dumps(tasks)


@pytest.mark.parametrize(
    ("index", "field"),
    [(1, "entity"), (7, "speaker"), (14, "holder")],
)
@pytest.mark.parametrize("typed", ["e99", "China", "E1"])
def test_labelstudio_refuses_an_id_that_is_no_entity_of_the_task(index, field, typed):
    """A typo or a name where an id belongs is an error naming the field's path and the task's ids."""
    text = corrected_with(index, typed)
    assert json.loads(text)[0]["annotations"][0]["result"][index]["from_name"] == field
    message = (
        f"typo.ls.json: $[0].annotations[0].result[{index}]: {field} {typed!r} is no entity of task 1; "
        "expected the id of one of its entities (data.stancekit.entities): e1 (China), e2 (the spokeswoman), "
        "or new:NAME for one the rules missed"
    )
    with pytest.raises(FormatError) as caught:
        labelstudio.loads(text, location="typo.ls.json")
    assert str(caught.value) == message


def test_labelstudio_refuses_an_unknown_target_entity():
    tasks = json.loads(CORRECTED.read_text(encoding="utf-8"))
    result = tasks[0]["annotations"][0]["result"]
    value = {"start": result[13]["value"]["start"], "end": result[13]["value"]["end"], "text": ["NATO"]}
    result.append(
        {"id": result[13]["id"], "from_name": "target_entity", "to_name": "text", "type": "textarea", "value": value}
    )
    with pytest.raises(FormatError, match=r"result\[26\]: target_entity 'NATO' is no entity of task 1; expected"):
        labelstudio.loads(json.dumps(tasks), location="typo.ls.json")


def test_labelstudio_keeps_a_known_id_with_blanks_around_it():
    document = labelstudio.loads(corrected_with(14, " e1 "))
    assert [entity.id for entity in document.entities] == ["e1", "e2"]


def test_labelstudio_new_name_adds_an_entity_the_rules_missed():
    """The correction's way to give a stance to someone the rules did not find: "new:" and the name."""
    document = labelstudio.loads(corrected_with(14, "new:Ana Ruiz"))
    added = [(entity.name, entity.type) for entity in document.entities if entity.id == "new:Ana Ruiz"]
    assert added == [("Ana Ruiz", "other")]
    assert "new:Ana Ruiz" in {stance.holder for stance in document.stances}


def test_labelstudio_task_made_elsewhere_still_makes_entities_of_its_ids():
    """Without data.stancekit there is no entity list: the ids the regions name become entities, as documented."""
    document = labelstudio.loads(corrected_with(14, "e99", keep_reference=False))
    assert ("e99", "e99", "other") in [(entity.id, entity.name, entity.type) for entity in document.entities]


def test_cli_convert_refuses_a_typo_in_a_holder(tmp_path, capsys):
    (tmp_path / "typo.ls.json").write_text(corrected_with(14, "e99"), encoding="utf-8")
    code = main(["convert", str(tmp_path / "typo.ls.json"), str(tmp_path / "typo.json")])
    assert code == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(
        f"stancekit: error: {tmp_path / 'typo.ls.json'}: $[0].annotations[0].result[14]: holder 'e99'"
    )
    assert not (tmp_path / "typo.json").exists()


@given(documents(), st.text(min_size=1, max_size=8))
def test_labelstudio_any_typed_id_outside_the_entities_is_refused(document, typed):
    """Whatever is typed in an entity field of an exported task, it reads back only as one of the task's ids."""
    tasks = labelstudio.to_tasks([document])
    result = tasks[0]["predictions"][0]["result"]
    fields = [
        index
        for index, item in enumerate(result)
        if item.get("type") == "textarea" and item["from_name"] != "target_text"
    ]
    assume(fields and typed.strip() and typed.strip() not in {entity.id for entity in document.entities})
    index = fields[len(typed) % len(fields)]
    result[index]["value"]["text"] = [typed]
    with pytest.raises(
        FormatError, match=re.escape(f"$[0].predictions[0].result[{index}]: {result[index]['from_name']} {typed!r}")
    ):
        labelstudio.loads_all(json.dumps(tasks))


# ---------------------------------------------------------------- brat: lines of types not read are counted

UNREAD_TEXT = "China blames NATO."
UNREAD_ANN = (
    "T1\tHolder 0 5\tChina\n"
    "T2\tCountry 0 5\tChina\n"
    "*\tEquiv T1 T2\n"
    "T3\tHolder 13 17\tNATO\n"
    "R1\tCoref Arg1:T1 Arg2:T2\n"
    "A1\tCertainty T2 high\n"
    "T4\tHolder 6 12\tblames\n"
    "E1\tBlame:T4 Agent:T1\n"
)


def test_brat_counts_the_lines_of_types_it_does_not_read():
    with pytest.warns(FormatWarning) as caught:
        document = brat.loads(UNREAD_ANN, UNREAD_TEXT, location="x.ann")
    (warning,) = caught
    assert str(warning.message) == (
        "x.ann: 7 annotations of types stancekit does not read: Holder x3, Equiv x1, Coref x1, Certainty x1, Blame x1"
    )
    assert warning.filename == __file__  # attributed to the caller, where a warnings filter can find it
    assert [entity.name for entity in document.entities] == ["China"]  # what is read is still read


def test_brat_names_one_type_in_the_singular():
    with pytest.warns(FormatWarning, match=r"^x\.ann: 1 annotation of a type stancekit does not read: Holder x1$"):
        brat.loads("T1\tHolder 0 5\tChina\n", UNREAD_TEXT, location="x.ann")


def test_brat_passes_over_polnears_discussion_marks_quietly():
    """Discuss and Discard are PolNeAR's notes on its own annotation work, documented as not read."""
    text = "Trump is drawing criticism. Read more."
    ann = "T1\tDiscard 28 38\tRead more.\nT2\tDiscuss 0 5\tTrump\n"
    with warnings.catch_warnings():
        warnings.simplefilter("error", FormatWarning)
        brat.loads(ann, text)


@given(documents())
def test_brat_never_warns_about_what_stancekit_wrote(document):
    with warnings.catch_warnings():
        warnings.simplefilter("error", FormatWarning)
        brat.loads(brat.dumps(document), document.text)


def test_brat_warning_can_be_made_an_error():
    with warnings.catch_warnings():
        warnings.simplefilter("error", FormatWarning)
        with pytest.raises(FormatWarning, match="Holder x3"):
            brat.loads(UNREAD_ANN, UNREAD_TEXT)


@pytest.mark.parametrize("command", ["convert", "validate"])
def test_cli_convert_and_validate_say_what_brat_did_not_read(tmp_path, capsys, command):
    """One line on stderr, like an error, but the exit code stays 0: the file reads."""
    (tmp_path / "x.txt").write_text(UNREAD_TEXT, encoding="utf-8")
    (tmp_path / "x.ann").write_text(UNREAD_ANN, encoding="utf-8")
    arguments = [str(tmp_path / "x.ann")] + ([str(tmp_path / "x.json")] if command == "convert" else [])
    assert main([command, *arguments]) == 0
    assert capsys.readouterr().err == (
        f"stancekit: warning: {tmp_path / 'x.ann'}: 7 annotations of types stancekit does not read: "
        "Holder x3, Equiv x1, Coref x1, Certainty x1, Blame x1\n"
    )


def test_cli_says_it_for_every_file(tmp_path, capsys):
    """Two files with the same unread lines give two lines: Python's warnings would show a repeat only once."""
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(UNREAD_TEXT, encoding="utf-8")
        (tmp_path / f"{name}.ann").write_text("T1\tHolder 0 5\tChina\n", encoding="utf-8")
    assert main(["validate", str(tmp_path / "a.ann"), str(tmp_path / "b.ann"), str(tmp_path / "a.ann")]) == 0
    assert len(capsys.readouterr().err.splitlines()) == 3


# ---------------------------------------------------------------- brat: a folder of files, all or nothing


def brat_document(document_id: str, text: str = "China blames NATO.") -> Document:
    return Document(id=document_id, text=text, entities=[Entity("e1", "China", "country")])


def snapshot(folder: Path) -> dict[str, bytes] | None:
    """Every file under ``folder`` with its bytes, or None when there is no folder."""
    if not folder.exists():
        return None
    return {str(path.relative_to(folder)): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def leftovers(parent: Path, folder: Path) -> list[str]:
    return sorted(path.name for path in parent.iterdir() if path.name.startswith(f".{folder.name}."))


def test_brat_folder_collision_writes_nothing(tmp_path):
    """Two ids that make one file name are found before any file appears, in a new folder or an old one."""
    folder = tmp_path / "out"
    with pytest.raises(UsageError, match=r"documents 'a/b' and 'a_b' would both be written as a_b\.ann"):
        brat.dump_all([brat_document("first"), brat_document("a/b"), brat_document("a_b")], folder)
    assert not folder.exists() and leftovers(tmp_path, folder) == []

    folder.mkdir()
    (folder / "first.ann").write_text("old", encoding="utf-8")
    before = snapshot(folder)
    with pytest.raises(UsageError):
        brat.dump_all([brat_document("first"), brat_document("A"), brat_document("a")], folder)
    assert snapshot(folder) == before and leftovers(tmp_path, folder) == []


def test_brat_folder_bad_later_document_writes_nothing(tmp_path):
    """A reader that fails on its second record leaves the folder as it was, so a rerun is not blocked."""

    def corpus():
        yield brat_document("one")
        raise InputError("corpus.jsonl:2: $.stances[0]: 'holder' is missing; it is required")

    folder = tmp_path / "out"
    with pytest.raises(InputError):
        brat.dump_all(corpus(), folder)
    assert not folder.exists() and leftovers(tmp_path, folder) == []
    brat.dump_all([brat_document("one")], folder)  # the rerun
    assert sorted(snapshot(folder) or {}) == ["one.ann", "one.txt"]


def test_brat_folder_check_refuses_before_anything_is_written(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "two.ann").write_text("keep me", encoding="utf-8")
    before = snapshot(folder)

    def check(path: Path, content: str) -> bool:
        if path.exists():
            raise UsageError(f"{path}: exists; give --force to replace it, or choose another output")
        return True

    with pytest.raises(UsageError, match=r"two\.ann: exists"):
        brat.dump_all([brat_document("one"), brat_document("two")], folder, check=check)
    assert snapshot(folder) == before and leftovers(tmp_path, folder) == []


def test_brat_folder_check_can_keep_a_text_that_is_already_there(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "one.txt").write_text("China blames NATO.", encoding="utf-8")
    os.chmod(folder / "one.txt", 0o600)
    asked: list[str] = []

    def check(path: Path, content: str) -> bool:
        asked.append(path.name)
        return not (path.exists() and path.read_text(encoding="utf-8") == content)

    assert brat.dump_all([brat_document("one")], folder, check=check) == [folder / "one.ann"]
    assert asked == ["one.txt", "one.ann"]
    assert (folder / "one.txt").stat().st_mode & 0o777 == 0o600  # left as it was
    assert brat.load(folder / "one.ann") == brat_document("one")


def test_brat_folder_replaces_a_file_keeping_its_permissions(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "one.ann").write_text("old", encoding="utf-8")
    os.chmod(folder / "one.ann", 0o640)
    brat.dump_all([brat_document("one")], folder)
    assert (folder / "one.ann").stat().st_mode & 0o777 == 0o640
    assert brat.load(folder / "one.ann") == brat_document("one")


def test_brat_folder_streams_the_documents(tmp_path):
    """Memory stays that of one document: each is written as it comes and let go before the next few."""
    alive: list[weakref.ref[Document]] = []

    def corpus():
        for index in range(6):
            document = brat_document(f"d{index}", f"Text {index}.")
            alive.append(weakref.ref(document))
            yield document
            del document
            gc.collect()
            assert all(reference() is None for reference in alive[:-1]), "an earlier document is still held"

    assert len(brat.dump_all(corpus(), tmp_path / "out")) == 6


@given(st.lists(st.sampled_from(["a", "A", "b", "a/b", "a_b", "c"]), max_size=5))
def test_brat_folder_is_written_whole_or_not_at_all(ids):
    """Whatever the ids, the folder afterwards holds every document, or is exactly as it was before."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "out"
        folder.mkdir()
        (folder / "c.ann").write_text("old", encoding="utf-8")
        before = snapshot(folder)
        try:
            brat.dump_all([brat_document(document_id) for document_id in ids], folder)
        except UsageError:
            assert snapshot(folder) == before
        else:
            for document_id in ids:
                assert brat.load(folder / f"{brat.file_stem(document_id)}.ann").text == "China blames NATO."
        assert leftovers(Path(scratch), folder) == []


def test_brat_staging_folder_stays_on_the_folders_file_system(tmp_path, monkeypatch):
    """A folder that is a mount point stages inside itself: a rename cannot cross file systems."""
    folder = tmp_path / "out"
    folder.mkdir()
    real_stat, parent = os.stat, os.fspath(tmp_path.resolve())

    def stat(path, *args, **kwargs):
        found = real_stat(path, *args, **kwargs)
        if os.fspath(path) == parent:  # the parent "on another device"
            return os.stat_result((*found[:2], found.st_dev + 1, *found[3:10]))
        return found

    monkeypatch.setattr(os, "stat", stat)
    assert _files._staging_folder(folder).parent == folder.resolve()
    monkeypatch.undo()
    assert _files._staging_folder(folder).parent == tmp_path.resolve()


def test_a_brat_text_with_a_byte_order_mark_keeps_its_offsets(tmp_path: Path) -> None:
    # brat counts the mark as a character: "China" starts at 1, as the .ann says.
    (tmp_path / "bom.txt").write_bytes("\ufeffChina blames NATO.".encode())
    (tmp_path / "bom.ann").write_text("T1\tCountry 1 6\tChina\n", encoding="utf-8")
    document = brat.load(tmp_path / "bom.ann")
    assert [mention.span.text for mention in document.mentions] == ["China"]


def test_dump_all_moves_nothing_when_a_folder_stands_where_a_file_goes(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    (folder / "b.ann").mkdir(parents=True)
    documents_in = [Document(id=name, text="Germany backed the plan.") for name in "abc"]
    with pytest.raises(OutputError, match="is a folder"):
        brat.dump_all(documents_in, folder)
    assert sorted(path.name for path in folder.iterdir()) == ["b.ann"]
