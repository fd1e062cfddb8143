"""Readers and writers lose nothing silently: NUL cells, CAS without a Sofa, Label Studio ids, brat's unread lines."""

from __future__ import annotations

import csv
import io
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit import Document, Entity, Span, Stance, Statement, Target
from stancekit.cli import main
from stancekit.errors import FormatError
from stancekit.formats import csv as csv_format
from stancekit.formats import dyads

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
