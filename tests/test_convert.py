"""``stancekit convert``: formats by name or extension, round trips through files, and outputs it must not touch."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Document, Entity, Mention, Provenance, Span, Stance, Statement, Target
from stancekit.cli import main
from stancekit.formats import brat, jsonl
from stancekit.formats import json as json_format
from stancekit.testing import documents

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def ok(*argv: str | Path) -> str:
    code, out, err = run(*argv)
    assert (code, err) == (0, ""), err
    return out


def refused(*argv: str | Path, code: int = 2) -> str:
    got, out, err = run(*argv)
    assert got == code, (got, out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err
    return err


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "doc.json"
    path.write_bytes(EXAMPLE.read_bytes())
    return path


def test_json_to_brat_and_back_keeps_statements_and_stances(doc, tmp_path):
    out = ok("convert", doc, tmp_path / "out.ann", "--to", "brat")
    assert out == f"{doc} (json) -> {tmp_path / 'out.ann'} (brat): 1 document, 0 statements, 1 stance\n"
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == stancekit.load(doc).text
    ok("convert", tmp_path / "out.ann", tmp_path / "back.json", "--from", "brat", "--to", "json")
    before, after = json.loads(doc.read_text("utf-8")), json.loads((tmp_path / "back.json").read_text("utf-8"))
    for key in ("text", "entities", "mentions", "statements", "stances"):
        assert before[key] == after[key], key
    assert after["id"] == "out"  # brat keeps no id: the file's name is the document's


@given(st.lists(documents(max_items=2), max_size=3))
def test_json_and_json_lines_round_trip_exactly(corpus):
    assert jsonl.loads(jsonl.dumps(corpus)) == corpus
    assert json_format.loads_all(json_format.dumps(corpus)) == corpus


@settings(max_examples=20)
@given(st.lists(documents(max_items=2), max_size=3))
def test_json_lines_files_round_trip_lazily(tmp_path_factory, corpus):
    path = tmp_path_factory.mktemp("jsonl") / "corpus.jsonl"
    jsonl.dump(corpus, path)
    loaded = jsonl.load(path)
    assert iter(loaded) is loaded  # a generator: one document at a time
    assert list(loaded) == corpus


def test_json_lines_round_trip_through_the_command(doc, tmp_path):
    ok("convert", doc, tmp_path / "corpus.jsonl")
    ok("convert", tmp_path / "corpus.jsonl", tmp_path / "back.json")
    assert stancekit.load(tmp_path / "back.json") == stancekit.load(doc)


@settings(max_examples=15)
@given(documents())
def test_any_document_survives_json_brat_json(tmp_path_factory, document):
    folder = tmp_path_factory.mktemp("convert")
    stancekit.dump(document, folder / "in.json")
    ok("convert", folder / "in.json", folder / "mid.ann")
    ok("convert", folder / "mid.ann", folder / "out.json")
    expected = attrs.evolve(document, id="mid", meta={}, sentences=())
    assert stancekit.load(folder / "out.json") == expected


def test_a_corpus_goes_to_a_folder_of_brat_files_and_back(tmp_path):
    documents_ = [attrs.evolve(stancekit.load(EXAMPLE), id=name) for name in ("a", "b/c", "中文")]
    stancekit.dump_all(documents_, tmp_path / "corpus.jsonl")
    ok("convert", tmp_path / "corpus.jsonl", f"{tmp_path / 'brat'}/")  # a folder means brat
    assert sorted(path.name for path in (tmp_path / "brat").iterdir()) == sorted(
        ["a.ann", "a.txt", "b_c.ann", "b_c.txt", "中文.ann", "中文.txt"]
    )
    ok("convert", tmp_path / "brat", tmp_path / "back.jsonl")
    back = list(stancekit.load_all(tmp_path / "back.jsonl"))
    assert [document.id for document in back] == ["a", "b_c", "中文"]
    assert all(document.stances == documents_[0].stances for document in back)
    # --to brat with a name that is no .ann file names a folder too.
    ok("convert", tmp_path / "corpus.jsonl", tmp_path / "more", "--to", "brat")
    assert len(list((tmp_path / "more").glob("*.ann"))) == 3


@pytest.mark.parametrize("to", ["brat", "cas"])
def test_a_repeated_id_is_named_as_such_for_a_folder(tmp_path, to):
    """Two documents with one id were said to "differ only in Unicode normalisation (the first is NFC, the second
    NFC)": they do not differ at all."""
    if to == "cas":
        pytest.importorskip("cassis")
    documents_ = [attrs.evolve(stancekit.load(EXAMPLE), id="a") for _ in range(2)]
    stancekit.dump_all(documents_, tmp_path / "corpus.jsonl")
    err = refused("convert", tmp_path / "corpus.jsonl", tmp_path / "out", "--to", to)
    suffix = ".ann" if to == "brat" else ".xmi"
    assert err == (
        f"stancekit: error: {tmp_path / 'out'}: two documents have the id 'a', and would both be written as "
        f"a{suffix}; expected one id per document\n"
    )
    assert not (tmp_path / "out").exists()


def test_ids_differing_only_in_case_are_refused_for_a_brat_folder(tmp_path):
    """'A' and 'a' are one file on a case-insensitive file system: refused, even with --force, nothing lost."""
    documents_ = [attrs.evolve(stancekit.load(EXAMPLE), id=name) for name in ("A", "a")]
    stancekit.dump_all(documents_, tmp_path / "corpus.jsonl")
    for extra in ([], ["--force"]):
        err = refused("convert", tmp_path / "corpus.jsonl", f"{tmp_path / 'brat'}/", *extra)
        assert "documents 'A' and 'a' would both be written as a.ann" in err
    assert not (tmp_path / "brat").exists()  # all or nothing: the first document is not left behind


def test_a_bad_later_record_leaves_the_brat_folder_as_it_was(tmp_path):
    """A failure half-way leaves no files behind to block the rerun."""
    good = json.dumps(stancekit.load(EXAMPLE).to_dict())
    (tmp_path / "broken.jsonl").write_text(good + '\n{"id": "x", "text": "abc", "stances": [{"id": "st1"}]}\n')
    refused("convert", tmp_path / "broken.jsonl", f"{tmp_path / 'brat'}/", code=1)
    assert not (tmp_path / "brat").exists()
    (tmp_path / "one.jsonl").write_text(good + "\n")
    ok("convert", tmp_path / "one.jsonl", f"{tmp_path / 'brat'}/")
    assert len(list((tmp_path / "brat").glob("*.ann"))) == 1


def test_several_documents_to_one_brat_file_is_refused(tmp_path):
    stancekit.dump_all([stancekit.load(EXAMPLE)] * 2, tmp_path / "two.jsonl")
    err = refused("convert", tmp_path / "two.jsonl", tmp_path / "one.ann")
    assert "brat holds one document per file" in err and "expected a folder as OUTPUT" in err
    assert not (tmp_path / "one.ann").exists()


def test_csv_and_dyads_from_the_command(doc, tmp_path):
    ok("convert", doc, tmp_path / "stances.csv")
    ok("convert", doc, tmp_path / "statements.csv", "--table", "statements", "--raw")
    ok("convert", doc, tmp_path / "events.dyads.csv")
    assert (tmp_path / "stances.csv").read_text("utf-8").splitlines()[1].startswith("doc,st1,China,e1,oppose,blame")
    assert (tmp_path / "statements.csv").read_text("utf-8").splitlines() == [
        "document,statement,speaker,speaker_id,source,cue,content,mode,sentence,annotator,rule"
    ]
    dyad = (tmp_path / "events.dyads.csv").read_text("utf-8").splitlines()[1]
    assert ",blame,oppose,false,112,11,Accuse,3,verbal conflict," in dyad


def test_an_existing_output_needs_force_and_an_input_is_never_written(doc, tmp_path):
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")
    assert "out.json: exists; give --force to replace it" in refused("convert", doc, target)
    assert target.read_text("utf-8") == "keep me"
    ok("convert", doc, target, "--force")
    assert stancekit.load(target) == stancekit.load(doc)
    assert "is also an input" in refused("convert", doc, doc, "--force")
    assert "is also an input" in refused("convert", doc, tmp_path / "." / "doc.json", "--force")


def test_brat_outputs_are_guarded_too(doc, tmp_path):
    ok("convert", doc, tmp_path / "a.ann")
    # The same text already there is no conflict; an annotation file is.
    assert "a.ann: exists" in refused("convert", doc, tmp_path / "a.ann")
    (tmp_path / "b.txt").write_text(stancekit.load(doc).text, encoding="utf-8")
    ok("convert", doc, tmp_path / "b.ann")
    (tmp_path / "c.txt").write_text("another text", encoding="utf-8")
    assert "c.txt: exists" in refused("convert", doc, tmp_path / "c.ann")
    assert not (tmp_path / "c.ann").exists()
    # Reading a.ann with a.txt and writing a.ann again, even with --force, would destroy an input.
    assert "is also an input" in refused("convert", tmp_path / "a.ann", tmp_path / "a.ann", "--force")
    (tmp_path / "d.txt").write_bytes((tmp_path / "a.txt").read_bytes())
    assert "d.txt: is also an input" in refused(
        "convert", tmp_path / "a.ann", tmp_path / "d.ann", "--text", tmp_path / "d.txt", "--force"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["x.json", "y.xyz"], "y.xyz: cannot tell the format from the extension; name it with --from or --to"),
        (["x.json", "y.out", "--to", "nope"], "unknown format 'nope'; expected one of"),
        (["x.csv", "y.json"], "csv is write-only; expected a format to read from: brat, "),
        (["x.json", "y.json", "--text", "t.txt"], "--text applies to brat input only"),
        (["x.json", "y.jsonl", "--table", "statements"], "--table applies to csv output only"),
        (["x.json", "y.json", "--raw"], "--raw applies to csv and dyads output only"),
    ],
)
def test_usage_errors_are_one_line_with_exit_2(tmp_path, argv, message):
    assert message in refused("convert", *argv)


def test_input_errors_are_one_line_with_exit_1(tmp_path):
    assert "no such file" in refused("convert", tmp_path / "missing.json", tmp_path / "y.jsonl", code=1)
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    assert "holds no documents" in refused("convert", tmp_path / "empty.jsonl", tmp_path / "y.json", code=1)
    (tmp_path / "bad.txt").write_text("China agrees", encoding="utf-8")
    (tmp_path / "bad.ann").write_text("T1\tCountry 0 5\tJapan\n", encoding="utf-8")
    err = refused("convert", tmp_path / "bad.ann", tmp_path / "y.json", code=1)
    assert f"{tmp_path / 'bad.ann'}:1: T1: the .ann says 'Japan' but the text at 0 5 is 'China'" in err
    assert not (tmp_path / "y.json").exists()


def test_the_polnear_dev_folder_converts_with_its_texts(shared, tmp_path):
    root = shared / "eval" / "polnear-dev"
    code, out, err = run("convert", root / "attributions", tmp_path / "polnear.jsonl", "--text", root / "text")
    # The one event without content is no statement, and the warning says which it is.
    assert (code, err) == (
        0,
        f"stancekit: warning: {root / 'attributions'}/breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-_ef2d.ann:"
        " 1 attribution event without a Content argument, read as no statement: E21 (line 104)\n",
    )
    events = sum(
        1
        for path in (root / "attributions").glob("*.ann")
        for line in path.read_text("utf-8").split("\n")
        if line.startswith("E") and " Content:" in line
    )
    assert out.endswith(f": 94 documents, {events} statements, 0 stances\n")
    corpus = list(stancekit.load_all(tmp_path / "polnear.jsonl"))
    assert corpus == [brat.load(path, text=root / "text") for path in sorted((root / "attributions").glob("*.ann"))]


def documented_example() -> Document:
    """The document that docs/formats.md shows in every format."""
    text = "Mao Ning said China “firmly opposes” NATO expansion. China has blamed NATO."

    def span(words: str, after: int = 0) -> Span:
        start = text.index(words, after)
        return Span.of(text, start, start + len(words))

    return Document(
        id="example",
        text=text,
        meta={"date": "2025-05-29"},
        sentences=[Span.of(text, 0, 52), Span.of(text, 53, 75)],
        entities=[
            Entity("e1", "China", "country", aliases=["Beijing"], country="CHN", kb_id="CHN"),
            Entity("e2", "Mao Ning", "person", role="spokeswoman", affiliation="e1"),
            Entity("e3", "NATO", "organization", kb_id="org:NATO"),
        ],
        mentions=[
            Mention("m1", "e2", span("Mao Ning")),
            Mention("m2", "e1", span("China")),
            Mention("m3", "e1", span("China", 30)),
            Mention("m4", "e3", span("NATO", 60)),
        ],
        statements=[
            Statement(
                "s1",
                span("China “firmly opposes” NATO expansion"),
                speaker="e2",
                source=span("Mao Ning"),
                cue=span("said"),
                mode="mixed",
            )
        ],
        stances=[
            Stance(
                "st1",
                "e1",
                Target("NATO expansion", span("NATO expansion")),
                "oppose",
                "oppose",
                cue=span("opposes"),
                statement="s1",
            ),
            Stance(
                "st2",
                "e1",
                Target("NATO", span("NATO", 60), "e3"),
                "oppose",
                "blame",
                cue=span("blamed"),
                confidence=0.9,
                provenance=Provenance("stancekit.rules 0.1.0", "stance.blame.verb"),
            ),
        ],
    )


def test_the_examples_in_docs_formats_are_what_convert_writes(tmp_path):
    documented = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    stancekit.dump(documented_example(), tmp_path / "doc.json")
    assert "doc.json (json) -> out.ann (brat): 1 document, 1 statement, 2 stances" in documented
    written = []
    for name, extra in (
        ("out.ann", ()),
        ("stances.csv", ()),
        ("s.csv", ("--table", "statements")),
        ("e.dyads.csv", ()),
    ):
        ok("convert", tmp_path / "doc.json", tmp_path / name, *extra)
        written.extend((tmp_path / name).read_text(encoding="utf-8").splitlines())
    missing = [line for line in written if line not in documented.splitlines()]
    assert not missing, missing


def test_the_extension_table_is_the_format_modules_own() -> None:
    """formats.EXTENSIONS is spelled out (so that guessing imports no format); it must list each module's endings."""
    from stancekit import formats

    modules = {name: formats.get(name) for name in formats.FORMATS}
    table = dict(formats.EXTENSIONS)
    assert table == {ending: name for name, module in modules.items() for ending in module.EXTENSIONS}
    assert {name: module.NAME for name, module in modules.items()} == {name: name for name in modules}


@pytest.mark.parametrize(("name", "expected"), [("wide.json", "UTF-8 text"), ("wide.jsonl", "UTF-8 JSON Lines")])
def test_utf16_input_without_a_byte_order_mark_is_named_and_nothing_is_written(tmp_path, name, expected):
    """convert says what annotate says of such an article: the file looks like UTF-16, and no output appears."""
    source = tmp_path / name
    source.write_bytes(EXAMPLE.read_text(encoding="utf-8").replace("\n", " ").encode("utf-16-le") + b"\n\x00")
    output = tmp_path / "out.json"
    err = refused("convert", source, output, code=1)
    assert err.startswith(f"stancekit: error: {source}: ") and "(it looks like little-endian UTF-16 without" in err
    assert err.endswith(f"; expected {expected}\n") and not output.exists()


def test_one_brat_file_is_written_under_its_lock_as_a_folder_is(doc, tmp_path):
    """A second run into the same X.ann is refused and writes neither file, as for a brat folder."""
    import os

    from stancekit._files import output_lock

    ann = tmp_path / "levy.ann"
    with output_lock(ann):
        err = refused("convert", doc, ann)
    assert err == (
        f"stancekit: error: {ann}: another run is writing it (process {os.getpid()}); "
        "wait for that run to end, or choose another output\n"
    )
    assert not ann.exists() and not ann.with_suffix(".txt").exists()
    ok("convert", doc, ann)
    assert ann.exists() and ann.with_suffix(".txt").exists() and not Path(f"{ann}.lock").exists()


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
@pytest.mark.parametrize("to", ["jsonl", "csv", "json"])
def test_converting_into_standard_output_keeps_the_summary_out_of_the_data(to):
    """convert X /dev/stdout --to jsonl | next-program: the summary line went to standard output after the data,
    and the next program read it as a broken last record. Into a pipe or device it goes to standard error."""
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "stancekit", "convert", str(EXAMPLE), "/dev/stdout", "--to", to],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == f"{EXAMPLE} (json) -> /dev/stdout ({to}): 1 document, 0 statements, 1 stance\n"
    if to == "csv":
        assert result.stdout.startswith("document,stance,holder") and "->" not in result.stdout
    else:
        stancekit.formats.get(to).loads(result.stdout)  # nothing but the documents


# -- OUTPUT - : standard output, as annotate -o - writes it --------------------------------------------------------


@pytest.mark.parametrize("to", ["json", "jsonl", "csv", "dyads", "w3c", "labelstudio"])
@pytest.mark.parametrize("count", [1, 2])
def test_dash_as_output_writes_to_standard_output_what_a_file_would_hold(tmp_path, monkeypatch, to, count):
    """convert IN - refused "-" ("convert writes OUTPUT as a file"), where annotate -o - writes standard output.
    Now it writes there exactly what OUTPUT named as a file would hold, the summary on standard error, no file."""
    monkeypatch.chdir(tmp_path)
    source = stancekit.load(EXAMPLE)
    corpus = tmp_path / "in.jsonl"
    jsonl.dump([attrs.evolve(source, id=f"doc{index}") for index in range(count)], corpus)
    ok("convert", corpus, "file.out", "--to", to)
    code, out, err = run("convert", corpus, "-", "--to", to)
    assert code == 0 and out.encode("utf-8") == (tmp_path / "file.out").read_bytes()
    documents = "1 document" if count == 1 else f"{count} documents"
    assert err.startswith(f"{corpus} (jsonl) -> <stdout> ({to}): {documents}, 0 statements, {count} stance")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["file.out", "in.jsonl"]


def test_dash_as_output_without_to_is_json_for_one_document_and_json_lines_for_several(tmp_path):
    """As annotate writes standard output: what stancekit validate - and the other commands read back."""
    two = tmp_path / "two.jsonl"
    jsonl.dump([stancekit.load(EXAMPLE), attrs.evolve(stancekit.load(EXAMPLE), id="doc2")], two)
    code, out, err = run("convert", EXAMPLE, "-")
    assert (code, json_format.loads(out)) == (0, stancekit.load(EXAMPLE))
    assert err == f"{EXAMPLE} (json) -> <stdout> (json): 1 document, 0 statements, 1 stance\n"
    code, out, err = run("convert", two, "-")
    assert code == 0 and [document.id for document in jsonl.loads(out)] == ["doc", "doc2"]
    assert err == f"{two} (jsonl) -> <stdout> (jsonl): 2 documents, 0 statements, 2 stances\n"


@pytest.mark.parametrize(
    ("output", "to", "what"),
    [
        ("-", "brat", "is standard output, one stream, and brat writes an .ann file and its .txt beside it"),
        ("-", "cas", "is standard output, one stream, and cas writes its TypeSystem.xml beside the XMI"),
        ("/dev/stdout", "brat", "is a device or pipe, one stream, and brat writes an .ann file and its .txt beside it"),
    ],
)
def test_brat_or_cas_into_one_stream_is_refused_in_one_line(tmp_path, monkeypatch, output, to, what):
    """brat into /dev/stdout said "cannot be made a folder (File exists)"; into - it would need two files."""
    if output != "-" and not Path(output).exists():
        pytest.skip(f"needs {output}")
    monkeypatch.chdir(tmp_path)
    err = refused("convert", EXAMPLE, output, "--to", to)
    assert err == (
        f"stancekit: error: {output}: {what}; expected a file or folder name as OUTPUT, "
        "or --to one of json, jsonl, csv, dyads, w3c, labelstudio\n"
    )
    assert list(tmp_path.iterdir()) == []
