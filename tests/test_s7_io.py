"""The seventh session's command-line and I/O fixes: corpus speed, ``--text`` everywhere, nothing skipped silently."""

from __future__ import annotations

import contextlib
import io
import multiprocessing
from pathlib import Path

import pytest

import stancekit
from stancekit import batch, formats
from stancekit.cli import main


def run_cli(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(part) for part in argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


# -- corpus speed -------------------------------------------------------------------------


@pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="only forked workers inherit the parent's")
def test_forked_workers_inherit_compiled_rule_packs():
    """A pool of forked workers starts from an annotator whose packs the parent compiled: one compile per run."""
    rules = {"name": "s7-warm-up", "version": "1"}
    batch._annotators.pop(repr(rules), None)
    documents = list(stancekit.annotate_many(["The minister said the plan was sound."] * 3, jobs=2, rules=rules))
    assert len(documents) == 3
    # The packs' patterns are built on first use: the parent used them before forking.
    assert batch._annotators[repr(rules)].rules._memo


def test_warm_up_does_not_change_what_is_annotated():
    """The warm-up text leaves no trace: one job and two give the same documents."""
    texts = ["“We will not accept it,” the minister said.", "China opposes the new tariffs, she said."]
    assert list(stancekit.annotate_many(texts, jobs=2)) == list(stancekit.annotate_many(texts, jobs=1))


# -- --text, alike in every command -------------------------------------------------------

BRAT_TEXT = "The minister said the plan was sound.\n"
BRAT_ANN = "T1\tPerson 0 12\tThe minister\n"


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """A stancekit JSON document, a brat file whose text is in another folder, and that folder."""
    stancekit.dump(stancekit.annotate("The minister said the plan was sound.", id="doc"), tmp_path / "doc.json")
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "article.txt").write_text(BRAT_TEXT, encoding="utf-8")
    (tmp_path / "ann").mkdir()
    (tmp_path / "ann" / "article.ann").write_text(BRAT_ANN, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    "argv",
    [
        ["convert", "doc.json", "out.jsonl"],
        ["validate", "doc.json"],
        ["render", "doc.json", "-o", "page.html"],
        ["eval", "doc.json", "doc.json"],
        ["eval", "doc.json", "--annotate"],
        ["labelstudio-config", "doc.json"],
        ["labelstudio-config"],
    ],
)
def test_every_command_refuses_text_when_no_input_is_brat(inputs, monkeypatch, argv):
    """--text given for JSON would change nothing: each command says so in one line, exit 2, and writes nothing."""
    monkeypatch.chdir(inputs)
    code, out, err = run_cli(*argv, "--text", "texts")
    assert code == 2
    assert out == ""
    assert err.startswith("stancekit: error: --text applies to brat input only, and ")
    assert err.count("\n") == 1 and "expected brat" in err
    assert not (inputs / "out.jsonl").exists() and not (inputs / "page.html").exists()


def test_text_names_what_each_input_is_read_as(inputs, monkeypatch):
    monkeypatch.chdir(inputs)
    (inputs / "empty").mkdir()
    code, _, err = run_cli("validate", "doc.json", "empty", "--text", "texts")
    assert code == 2
    assert "doc.json is read as json, empty is a folder without .ann files" in err
    _, _, err = run_cli("render", "doc.json", "--from", "jsonl", "--text", "texts")
    assert "doc.json is read as jsonl" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["convert", "ann/article.ann", "out.jsonl"],
        ["validate", "ann"],
        ["validate", "doc.json", "ann/article.ann"],  # one brat input among others is enough
        ["render", "ann/article.ann", "-o", "page.html"],
        ["eval", "ann", "--annotate"],
        ["labelstudio-config", "ann/article.ann"],
    ],
)
def test_text_is_taken_when_some_input_is_brat(inputs, monkeypatch, argv):
    monkeypatch.chdir(inputs)
    code, _, err = run_cli(*argv, "--text", "texts")
    assert "--text applies" not in err
    assert code in (0, 1)  # eval's scores, validate's verdict: not a usage error
    assert "give it with --text" not in err


def test_text_with_an_input_of_unknown_format_leaves_the_command_to_say_so(inputs, monkeypatch):
    monkeypatch.chdir(inputs)
    (inputs / "doc.xyz").write_text("{}", encoding="utf-8")
    code, _, err = run_cli("render", "doc.xyz", "--text", "texts")
    assert code == 2 and "cannot tell the format from the extension" in err


# -- brat: an attribution event without content is reported, not lost silently ------------

CONTENTLESS_TEXT = "Trump is drawing criticism, critics said."
CONTENTLESS_ANN = (
    "T1\tAttribution-no-source 9 26\tdrawing criticism\n"
    "E1\tAttribution-no-source:T1 \n"  # PolNeAR's dev set has such a line: neither cue nor content
    "T2\tContent 0 26\tTrump is drawing criticism\n"
    "T3\tCue 36 40\tsaid\n"
    "E2\tAttribution-no-source:T1 Cue:T3 Content:T2\n"
)


def test_brat_names_each_attribution_event_without_content():
    """The event that makes no statement is named with its line; the others are read as ever."""
    from stancekit.formats import FormatWarning, brat

    with pytest.warns(FormatWarning) as caught:
        document = brat.loads(CONTENTLESS_ANN, CONTENTLESS_TEXT, location="x.ann")
    assert [str(warning.message) for warning in caught] == [
        "x.ann: 1 attribution event without a Content argument, read as no statement: E1 (line 2)"
    ]
    assert [statement.id for statement in document.statements] == ["E2"]


def test_brat_says_both_what_it_passed_over_and_what_it_does_not_read_in_one_warning():
    from stancekit.formats import FormatWarning, brat

    with pytest.warns(FormatWarning) as caught:
        brat.loads(CONTENTLESS_ANN + "T4\tHolder 28 35\tcritics\n", CONTENTLESS_TEXT, location="x.ann")
    assert [str(warning.message) for warning in caught] == [
        "x.ann: 1 attribution event without a Content argument, read as no statement: E1 (line 2); "
        "1 annotation of a type stancekit does not read: Holder x1"
    ]


def test_brat_names_five_events_without_content_and_counts_the_rest():
    from stancekit.formats import FormatWarning, brat

    lines = "".join(f"E{number}\tAttribution:T1\n" for number in range(1, 9))
    with pytest.warns(FormatWarning) as caught:
        document = brat.loads("T1\tAttribution 9 26\tdrawing criticism\n" + lines, CONTENTLESS_TEXT)
    (warning,) = caught
    assert str(warning.message).endswith(
        "8 attribution events without a Content argument, read as no statement: "
        "E1 (line 2), E2 (line 3), E3 (line 4), E4 (line 5), E5 (line 6) and 3 more"
    )
    assert document.statements == ()


def test_convert_reports_the_event_it_did_not_make_a_statement_of(tmp_path):
    """As the dev set of PolNeAR: 2 events, 1 statement, and a line on standard error saying which and why."""
    (tmp_path / "x.txt").write_text(CONTENTLESS_TEXT, encoding="utf-8")
    (tmp_path / "x.ann").write_text(CONTENTLESS_ANN, encoding="utf-8")
    code, out, err = run_cli("convert", tmp_path / "x.ann", tmp_path / "x.jsonl")
    assert code == 0
    assert out.endswith(": 1 document, 1 statement, 0 stances\n")
    assert err == (
        f"stancekit: warning: {tmp_path / 'x.ann'}: 1 attribution event without a Content argument, "
        "read as no statement: E1 (line 2)\n"
    )


# -- cas: a corpus as a folder of XMI files, one per document, as INCEpTION imports them --------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    pytest.importorskip("cassis")
    texts = {
        "a1": "China said on Tuesday that it opposes the new tariffs.",
        "a2": "“We welcome the agreement,” French Foreign Minister Anna Silva told reporters. 😀",
        "a/3": "The minister said the plan was sound.",
    }
    formats.get("jsonl").dump(
        [stancekit.annotate(text, id=identifier) for identifier, text in texts.items()], tmp_path / "corpus.jsonl"
    )
    return tmp_path / "corpus.jsonl"


def test_convert_writes_a_corpus_as_one_xmi_per_document_and_one_type_system(corpus, tmp_path):
    from stancekit.formats import cas

    code, out, err = run_cli("convert", corpus, tmp_path / "inception", "--to", "cas")
    assert (code, err) == (0, "")
    assert out.endswith("(jsonl) -> " + str(tmp_path / "inception") + " (cas): 3 documents, 3 statements, 2 stances\n")
    names = sorted(path.name for path in (tmp_path / "inception").iterdir())
    assert names == ["TypeSystem.xml", "a1.xmi", "a2.xmi", "a_3.xmi"]
    assert (tmp_path / "inception" / "TypeSystem.xml").read_text(encoding="utf-8") == cas.typesystem_xml()
    documents = formats.get("jsonl").load(corpus)
    for document, name in zip(documents, ["a1", "a2", "a_3"], strict=True):
        assert cas.load(tmp_path / "inception" / f"{name}.xmi") == document


def test_a_cas_folder_is_all_or_nothing(corpus, tmp_path):
    """A document XML cannot hold, the last of the corpus: no folder, no file, one line."""
    bad = stancekit.annotate("A bell\x07 rang.", id="bell")
    lines = corpus.read_text(encoding="utf-8") + formats.get("jsonl").dumps([bad])
    corpus.write_text(lines, encoding="utf-8")
    code, _, err = run_cli("convert", corpus, tmp_path / "inception", "--to", "cas")
    assert code == 1 and err.count("\n") == 1
    assert not (tmp_path / "inception").exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl"]  # no staging folder left behind


def test_a_cas_folder_refuses_two_ids_that_make_one_file_name(tmp_path):
    pytest.importorskip("cassis")
    documents = [stancekit.annotate("She said so.", id=identifier) for identifier in ("a/1", "a:1")]
    formats.get("jsonl").dump(documents, tmp_path / "corpus.jsonl")
    code, _, err = run_cli("convert", tmp_path / "corpus.jsonl", tmp_path / "out", "--to", "cas")
    assert code == 2 and "would both be written as a_1.xmi" in err
    assert not (tmp_path / "out").exists()


def test_a_cas_folder_replaces_files_only_with_force_and_keeps_its_own_type_system(corpus, tmp_path):
    folder = tmp_path / "inception"
    folder.mkdir()
    (folder / "a2.xmi").write_text("old", encoding="utf-8")
    code, _, err = run_cli("convert", corpus, folder, "--to", "cas")
    assert code == 2 and f"{folder / 'a2.xmi'}: exists; give --force" in err
    assert sorted(path.name for path in folder.iterdir()) == ["a2.xmi"]
    assert run_cli("convert", corpus, folder, "--to", "cas", "--force")[0] == 0
    (folder / "a2.xmi").unlink()
    assert run_cli("convert", corpus, folder, "--to", "cas")[0] == 2  # a1.xmi is there now
    for name in ("a1.xmi", "a_3.xmi"):
        (folder / name).unlink()
    code, _, err = run_cli("convert", corpus, folder, "--to", "cas")  # only stancekit's TypeSystem.xml is left
    assert (code, err) == (0, "")


def test_a_corpus_into_one_xmi_file_points_at_a_folder(corpus, tmp_path):
    pytest.importorskip("cassis")
    code, _, err = run_cli("convert", corpus, tmp_path / "out.xmi")
    assert code == 2 and "expected a folder as OUTPUT for one .xmi per document" in err


def test_a_cas_folder_reads_back_as_the_corpus_it_was_written_from(corpus, tmp_path):
    """A folder of .xmi files (no .ann) is read as cas without --from: the round trip gives the same documents."""
    assert run_cli("convert", corpus, tmp_path / "inception", "--to", "cas")[0] == 0
    code, out, err = run_cli("convert", tmp_path / "inception", tmp_path / "back.jsonl")
    assert (code, err) == (0, "")
    assert f"{tmp_path / 'inception'} (cas) -> " in out
    assert list(formats.get("jsonl").load(tmp_path / "back.jsonl")) == list(formats.get("jsonl").load(corpus))


def test_a_folder_without_xmi_files_is_no_cas_corpus(tmp_path):
    pytest.importorskip("cassis")
    from stancekit.errors import InputError
    from stancekit.formats import cas

    (tmp_path / "TypeSystem.xml").write_text(cas.typesystem_xml(), encoding="utf-8")
    with pytest.raises(InputError, match=r"holds no \.xmi files; expected a folder of CAS XMI files"):
        list(cas.load_all(tmp_path))
