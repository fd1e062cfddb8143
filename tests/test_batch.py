"""Batch annotation: nothing lost, input order kept, bounded work in flight, resumable, refuses to clobber."""

import contextlib
import io
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import InputError, UsageError
from stancekit.batch import CHUNK_RECORDS, IN_FLIGHT_PER_JOB, Progress, annotate_corpus, annotate_many, partial_path
from stancekit.cli import main

SENTENCES = (
    "China said on Tuesday that it opposes the new tariffs.",
    "“We welcome the agreement,” French Foreign Minister Anna Silva told reporters.",
    "Markets edged lower.",
    "",
    "Ukraine condemned the strikes 😀, according to officials in Kyiv.",
    "中国 支持 the plan, مرحبا.",
)

#: Lines that are not records a corpus can hold, and the kind of each.
BAD_LINES = (
    '{"id": "cut", "text": "no end',  # not JSON
    "[1, 2, 3]",  # not an object
    '{"id": "x1", "title": "no text"}',  # no text
    '{"id": "x2", "text": 42}',  # text not a string
    '{"text": null}',
    '{"id": [], "text": "an id that is no string"}',
    "\udcff not UTF-8",  # written as the invalid byte below
)


def _encode_line(line: str) -> bytes:
    if line.startswith("\udcff"):
        return b"\xff\xfe not UTF-8"
    return line.encode("utf-8")


@st.composite
def corpora(draw):
    """Lines of a corpus mixing good records (with arbitrary, even repeated, ids or none) and bad lines."""
    ids = st.one_of(st.none(), st.text(min_size=1, max_size=8), st.sampled_from(["dup", "dup", "a b/c", "😀"]))
    good = st.builds(
        lambda text, identifier, title: json.dumps(
            {
                **({} if identifier is None else {"id": identifier}),
                "text": text,
                **({} if title is None else {"title": title}),
            },
            ensure_ascii=draw(st.booleans()),
        ),
        st.sampled_from(SENTENCES).map(lambda sentence: sentence * 2),
        ids,
        st.one_of(st.none(), st.text(max_size=5)),
    )
    lines = draw(st.lists(st.one_of(good, good, st.sampled_from(BAD_LINES)), max_size=12))
    return lines


def _write_corpus(path: Path, lines: list[str]) -> None:
    path.write_bytes(b"".join(_encode_line(line) + b"\n" for line in lines))


def _read_lines(path: Path) -> list[str]:
    """The lines of a JSON Lines file, split at newlines only (JSON strings may hold U+0085 or U+2028)."""
    return path.read_bytes().decode("utf-8").split("\n")[:-1]


def _good(line: str) -> bool:
    return line not in BAD_LINES


def _run_corpus(tmp_path: Path, lines: list[str], jobs: int, name: str = "out"):
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, lines)
    output, errors = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.errors.jsonl"
    summary = annotate_corpus(corpus, output, errors=errors, jobs=jobs, force=True)
    documents = [json.loads(line) for line in _read_lines(output)]
    error_records = [json.loads(line) for line in _read_lines(errors)]
    return summary, documents, error_records


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=corpora())
def test_every_line_becomes_a_document_or_an_error_record_in_order(tmp_path, lines):
    """Input lines = output documents + error records; documents in input order; bad lines named by number."""
    summary, documents, error_records = _run_corpus(tmp_path, lines, jobs=1)
    assert len(documents) + len(error_records) == len(lines)
    assert (summary.documents, summary.errors) == (len(documents), len(error_records))
    assert [record["line"] for record in error_records] == [n for n, line in enumerate(lines, 1) if not _good(line)]
    good = [(number, json.loads(line)) for number, line in enumerate(lines, 1) if _good(line)]
    assert [document["text"] for document in documents] == [record["text"] for _, record in good]
    assert [document["id"] for document in documents] == [
        str(record["id"]) if "id" in record else f"corpus-{number}" for number, record in good
    ]
    for document, (_, record) in zip(documents, good, strict=True):
        if "title" in record:
            assert document["meta"]["title"] == record["title"]
        assert list(stancekit.iter_errors(document)) == []
    for record in error_records:
        assert set(record) == {"line", "id", "reason"} and record["reason"]


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=corpora())
def test_two_jobs_write_exactly_what_one_job_writes(tmp_path, lines):
    one = _run_corpus(tmp_path, lines, jobs=1, name="one")
    two = _run_corpus(tmp_path, lines, jobs=2, name="two")
    assert (one[1], one[2]) == (two[1], two[2])
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()


def test_a_long_corpus_keeps_its_order_over_many_chunks(tmp_path):
    lines = [json.dumps({"id": f"n{index}", "text": SENTENCES[index % 3]}) for index in range(5 * CHUNK_RECORDS + 3)]
    _, documents, errors = _run_corpus(tmp_path, lines, jobs=2)
    assert [document["id"] for document in documents] == [f"n{index}" for index in range(len(lines))]
    assert errors == []


def test_annotate_many_matches_annotate_one_by_one_in_order():
    texts = [SENTENCES[index % len(SENTENCES)] + f" Item {index}." for index in range(2 * CHUNK_RECORDS + 5)]
    for jobs in (1, 2):
        documents = list(annotate_many(texts, jobs=jobs))
        assert documents == [stancekit.annotate(text) for text in texts]


def test_annotate_many_takes_records_with_ids_and_meta():
    records = [{"id": "a", "text": SENTENCES[0], "title": "T"}, {"text": SENTENCES[1]}, SENTENCES[2]]
    documents = list(annotate_many(records))
    assert documents[0].id == "a" and documents[0].meta["title"] == "T"
    assert documents[1] == stancekit.annotate(SENTENCES[1])
    assert documents[2].text == SENTENCES[2]


def test_annotate_many_names_a_bad_item_after_yielding_the_ones_before():
    produced = annotate_many([SENTENCES[0], {"id": "b"}, SENTENCES[1]])
    assert next(produced).text == SENTENCES[0]
    with pytest.raises(InputError, match=r"item 1: \$\.text: is missing"):
        next(produced)


def test_meta_keys_that_clash_with_parameter_names_are_kept():
    (document,) = annotate_many([{"id": "k", "text": SENTENCES[0], "self": 1, "rules": "x", "jobs": 2}])
    assert document.meta["self"] == 1 and document.meta["rules"] == "x"


def test_meta_that_breaks_the_schema_is_an_error_record(tmp_path):
    lines = [json.dumps({"id": "d", "text": SENTENCES[0], "date": 20250529}), json.dumps({"text": SENTENCES[1]})]
    _, documents, errors = _run_corpus(tmp_path, lines, jobs=1)
    assert len(documents) == 1
    assert errors[0]["line"] == 1 and errors[0]["id"] == "d" and "$.meta.date" in errors[0]["reason"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_work_in_flight_is_bounded_whatever_the_corpus_size(jobs):
    """The input is read only a bounded number of records ahead of what has been yielded."""
    consumed = itertools.count()
    last_consumed = [0]

    def texts():
        for index in range(12 * CHUNK_RECORDS):
            last_consumed[0] = next(consumed)
            yield f"Text number {index}."

    limit = (jobs * IN_FLIGHT_PER_JOB + 1) * CHUNK_RECORDS if jobs > 1 else CHUNK_RECORDS
    for yielded, _document in enumerate(annotate_many(texts(), jobs=jobs)):
        assert last_consumed[0] - yielded <= limit


def _cut_partial(tmp_path: Path, lines: list[str], done: int, torn: bool) -> Path:
    """A corpus and the partial files an interrupted run leaves after ``done`` input lines."""
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, lines)
    full = tmp_path / "full.jsonl"
    full_errors = tmp_path / "full.errors.jsonl"
    annotate_corpus(corpus, full, errors=full_errors, force=True)
    good_before = sum(1 for line in lines[:done] if _good(line))
    kept = [line + "\n" for line in _read_lines(full)]
    partial = "".join(kept[:good_before])
    if torn and good_before < len(kept):
        partial += kept[good_before][: len(kept[good_before]) // 2]
    partial_path(tmp_path / "out.jsonl").write_text(partial, encoding="utf-8")
    kept_errors = [
        line for line in [line + "\n" for line in _read_lines(full_errors)] if json.loads(line)["line"] <= done
    ]
    partial_path(tmp_path / "out.errors.jsonl").write_text("".join(kept_errors), encoding="utf-8")
    return corpus


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=corpora(), cut=st.floats(0, 1), torn=st.booleans())
def test_resume_after_an_interruption_gives_what_an_uninterrupted_run_gives(tmp_path, lines, cut, torn):
    """Whatever the point of the interruption, a half-written last line and repeated ids included."""
    corpus = _cut_partial(tmp_path, lines, int(cut * len(lines)), torn)
    output, errors = tmp_path / "out.jsonl", tmp_path / "out.errors.jsonl"
    for stale in (output, errors):
        stale.unlink(missing_ok=True)
    annotate_corpus(corpus, output, errors=errors, resume=True)
    assert output.read_bytes() == (tmp_path / "full.jsonl").read_bytes()
    assert errors.read_bytes() == (tmp_path / "full.errors.jsonl").read_bytes()
    assert not partial_path(output).exists() and not partial_path(errors).exists()


def run_cli(*argv, tty=False):
    class Terminal(io.StringIO):
        def isatty(self):
            return tty

    out, err = io.StringIO(), Terminal()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def _corpus_with_two_bad_lines(tmp_path: Path, count: int = 30) -> Path:
    lines = [json.dumps({"id": f"a{index}", "text": SENTENCES[index % 3] * 3}) for index in range(count)]
    lines[1] = '{"id": "broken", "text": "no end'
    lines[3] = json.dumps({"id": "empty", "title": "nothing to read"})
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, lines)
    return corpus


def test_cli_writes_documents_and_error_records_and_exits_1(tmp_path):
    corpus = _corpus_with_two_bad_lines(tmp_path)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, stdout, stderr = run_cli("annotate", corpus, "-o", out, "--jobs", "2", "--errors", errors)
    assert code == 1, stderr
    assert len(_read_lines(out)) == 28
    records = [json.loads(line) for line in _read_lines(errors)]
    assert [(record["line"], record["id"]) for record in records] == [(2, None), (4, "empty")]
    assert "28 documents; 2 records not annotated" in stderr and "\r" not in stderr
    assert stdout == ""


def test_cli_refuses_to_overwrite_without_force_and_to_ignore_a_partial_run(tmp_path):
    corpus = _corpus_with_two_bad_lines(tmp_path, 6)
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n", encoding="utf-8")
    exists = "exists; give --force to replace it, or choose another output"  # as convert and render say it
    code, _, stderr = run_cli("annotate", corpus, "-o", out, "--errors", tmp_path / "e.jsonl")
    assert code == 2 and stderr == f"stancekit: error: {out}: {exists}\n"
    assert out.read_text(encoding="utf-8") == "precious\n"
    errors = tmp_path / "old-errors.jsonl"
    errors.write_text("kept\n", encoding="utf-8")
    code, _, stderr = run_cli("annotate", corpus, "-o", tmp_path / "new.jsonl", "--errors", errors)
    assert code == 2 and stderr == f"stancekit: error: {errors}: {exists}\n"
    assert errors.read_text(encoding="utf-8") == "kept\n" and not (tmp_path / "new.jsonl").exists()
    assert run_cli("annotate", corpus, "-o", out, "--force", "-q")[0] == 1
    assert len(_read_lines(out)) == 4

    partial_path(tmp_path / "next.jsonl").write_text("", encoding="utf-8")
    code, _, stderr = run_cli("annotate", corpus, "-o", tmp_path / "next.jsonl")
    assert code == 2 and "--resume to continue or --force to start over" in stderr


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--errors", "{out}"], "both the output and the errors file"),
        (["--jobs", "-1"], "--jobs -1"),
    ],
)
def test_cli_refuses_contradictory_options(tmp_path, extra, message):
    corpus = _corpus_with_two_bad_lines(tmp_path, 5)
    out = tmp_path / "out.jsonl"
    code, _, stderr = run_cli("annotate", corpus, "-o", out, *[item.format(out=out) for item in extra])
    assert code == 2 and message in stderr and len(stderr.splitlines()) == 1


def test_cli_corpus_options_need_a_corpus_written_to_a_file(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(SENTENCES[0], encoding="utf-8")
    code, _, stderr = run_cli("annotate", article, "--jobs", "2")
    assert code == 2 and "--jobs: only for one .jsonl corpus" in stderr


def test_cli_shows_a_progress_bar_only_on_a_terminal(tmp_path):
    corpus = _corpus_with_two_bad_lines(tmp_path, 8)
    code, _, stderr = run_cli("annotate", corpus, "-o", tmp_path / "o.jsonl", tty=True)
    assert code == 1 and "\r" in stderr and "docs/s" in stderr and "MB/s" in stderr
    code, _, stderr = run_cli("annotate", corpus, "-o", tmp_path / "q.jsonl", "--quiet", tty=True)
    assert code == 1 and stderr.count("\n") == 2  # the two bad records, nothing else


def test_progress_counts_records_and_errors():
    stream = io.StringIO()
    from stancekit.batch import CorpusSummary

    summary = CorpusSummary()
    summary.documents, summary.errors, summary.bytes = 9, 1, 3_000_000
    bar = Progress(stream, total=20)
    bar.update(summary, final=True)
    line = stream.getvalue()
    assert line.startswith("\r10/20 records (50%)") and "1 error" in line and line.endswith("\n")


def test_a_folder_of_text_files_is_a_corpus_and_unreadable_files_are_error_records(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(SENTENCES[0], encoding="utf-8")
    (folder / "a.txt").write_text(SENTENCES[1], encoding="utf-8")
    (folder / "sub" / "c.txt").write_bytes(b"\xff\xfe broken")
    (folder / "notes.md").write_text("not an article", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, _, stderr = run_cli("annotate", folder, "-o", out, "--errors", errors, "--jobs", "2")
    assert code == 1, stderr
    documents = [json.loads(line) for line in _read_lines(out)]
    assert [document["id"] for document in documents] == ["a", "b"]
    (record,) = [json.loads(line) for line in _read_lines(errors)]
    assert record["file"] == "sub/c.txt" and record["id"] == "sub/c" and "UTF-8" in record["reason"]


def test_a_folder_without_an_output_file_is_printed_as_json_lines(tmp_path):
    (tmp_path / "a.txt").write_text("China blames NATO.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Russia welcomed the plan.", encoding="utf-8")
    code, stdout, _ = run_cli("annotate", tmp_path)
    assert code == 0 and [json.loads(line)["id"] for line in stdout.splitlines()] == ["a", "b"]


def _processes_running(needle: str) -> list[int]:
    """Process ids whose command line mentions ``needle`` (Linux /proc; empty elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        with contextlib.suppress(OSError):
            if needle.encode() in (entry / "cmdline").read_bytes():
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_killed_run_resumes_to_the_same_output(tmp_path):
    """Kill a real run half-way (no chance to clean up), then --resume: the same bytes as a run never stopped."""
    lines = [json.dumps({"id": f"r{index}", "text": (SENTENCES[index % 3] + " ") * 40}) for index in range(400)]
    lines[10] = "not json"
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, lines)
    reference, reference_errors = tmp_path / "ref.jsonl", tmp_path / "ref.errors.jsonl"
    annotate_corpus(corpus, reference, errors=reference_errors)

    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    argv = [sys.executable, "-m", "stancekit", "annotate", str(corpus), "-o", str(out), "--errors", str(errors)]
    process = subprocess.Popen([*argv, "--jobs", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if partial_path(out).exists() and partial_path(out).stat().st_size > 20_000:
            break
        time.sleep(0.01)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 10
    while _processes_running(str(corpus)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_running(str(corpus)), "a worker outlived its killed parent"
    if out.exists():
        pytest.skip("the run finished before it could be killed")
    done_before = partial_path(out).read_bytes().count(b"\n")
    assert 0 < done_before < 399
    result = subprocess.run([*argv, "--resume", "--quiet"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert errors.read_bytes() == reference_errors.read_bytes()


def test_resume_refuses_a_partial_file_it_did_not_write(tmp_path):
    corpus = _corpus_with_two_bad_lines(tmp_path, 4)
    partial_path(tmp_path / "out.jsonl").write_text("this is not a document\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a document written by stancekit"):
        annotate_corpus(corpus, tmp_path / "out.jsonl", resume=True)


@pytest.mark.parametrize("line", ['{"id": "zzz"}', '{"id": "a", "text": 3, "version": "1.0"}', "[1, 2]", '"text"'])
def test_resume_refuses_json_lines_that_are_no_documents(tmp_path, line):
    """A JSON object with an "id" passed for a written document, and --resume renamed it into the output, which
    then failed validation; a partial file's lines must be documents (a "version", an "id" and a "text")."""
    corpus = _corpus_with_two_bad_lines(tmp_path, 4)
    partial_path(tmp_path / "out.jsonl").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"out\.jsonl\.partial:1: not a document written by stancekit"):
        annotate_corpus(corpus, tmp_path / "out.jsonl", resume=True)
    assert not (tmp_path / "out.jsonl").exists()
    assert partial_path(tmp_path / "out.jsonl").read_text(encoding="utf-8") == line + "\n"


class _PoolSizes:
    """Stands in for the process pool to record its size: ``--jobs 10000`` must not start ten thousand processes."""

    def __init__(self, real):
        self.real, self.sizes = real, []

    def __call__(self, max_workers, **options):
        self.sizes.append(max_workers)
        return self.real(max_workers=max_workers, **options)


@pytest.mark.parametrize(("jobs", "expected"), [("10000", 2), ("3", 2), ("2", 2), ("0", 2)])
def test_cli_jobs_above_the_cores_runs_one_process_a_core_and_says_so(tmp_path, monkeypatch, jobs, expected):
    import stancekit.batch

    pools = _PoolSizes(stancekit.batch.ProcessPoolExecutor)
    monkeypatch.setattr(stancekit.batch, "ProcessPoolExecutor", pools)
    monkeypatch.setattr(stancekit.batch, "default_jobs", lambda: 2)  # this process may use two cores
    corpus = _corpus_with_two_bad_lines(tmp_path, 7)
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, _, stderr = run_cli("annotate", corpus, "-o", out, "--errors", errors, "--jobs", jobs)
    assert code == 1 and pools.sizes == [expected]
    note = f"stancekit: note: --jobs {jobs}: this process may use 2 cores; running 2 worker processes\n"
    assert stderr.startswith(note) if int(jobs) > 2 else note not in stderr
    assert len(_read_lines(out)) == 5 and len(_read_lines(errors)) == 2
    code, _, stderr = run_cli("annotate", corpus, "-o", out, "--errors", errors, "--jobs", jobs, "--force", "-q")
    assert code == 1 and stderr == ""  # --quiet: no note


def test_annotate_many_never_starts_more_processes_than_cores(monkeypatch):
    import stancekit.batch

    pools = _PoolSizes(stancekit.batch.ProcessPoolExecutor)
    monkeypatch.setattr(stancekit.batch, "ProcessPoolExecutor", pools)
    monkeypatch.setattr(stancekit.batch, "default_jobs", lambda: 2)
    texts = [SENTENCES[index % 3] for index in range(40)]
    assert list(annotate_many(texts, jobs=10_000)) == list(annotate_many(texts, jobs=1))
    assert pools.sizes == [2]


def test_jobs_below_one_is_a_usage_error():
    with pytest.raises(UsageError):
        list(annotate_many(["x"], jobs=0))


def test_a_text_json_can_spell_but_not_carry_is_an_error_record(tmp_path):
    """JSON may escape a lone surrogate; the document could not be written, so the record is refused."""
    lines = ['{"id": "s", "text": "Bad \\ud800 text, Mao said."}', json.dumps({"id": "ok", "text": SENTENCES[0]})]
    _, documents, errors = _run_corpus(tmp_path, lines, jobs=1)
    assert [document["id"] for document in documents] == ["ok"]
    assert errors[0]["id"] == "s" and "lone surrogate" in errors[0]["reason"]


def test_a_document_the_annotator_fails_on_is_recorded_and_the_run_goes_on(tmp_path, monkeypatch):
    from stancekit import batch

    original = batch._annotate_one

    def fragile(annotator, text, identifier, meta):
        if "Markets" in text:
            raise RuntimeError("a bug")
        return original(annotator, text, identifier, meta)

    monkeypatch.setattr(batch, "_annotate_one", fragile)
    lines = [json.dumps({"id": f"n{index}", "text": SENTENCES[index]}) for index in range(3)]
    _, documents, errors = _run_corpus(tmp_path, lines, jobs=1)
    assert [document["id"] for document in documents] == ["n0", "n1"]
    assert errors == [{"line": 3, "id": "n2", "reason": "the annotator failed: RuntimeError: a bug"}]
    with pytest.raises(RuntimeError, match="a bug"):
        list(annotate_many([SENTENCES[2]]))


@pytest.mark.parametrize("method", ["forkserver", "spawn"])
def test_workers_started_without_fork_work_too(method):
    """Python 3.14 starts workers from a fork server on Linux; spawn is the rule on macOS and Windows."""
    import multiprocessing

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    code = (
        "import multiprocessing, sys\n"
        "if __name__ == '__main__':\n"
        f"    multiprocessing.set_start_method({method!r}, force=True)\n"
        "    import stancekit\n"
        f"    texts = [{SENTENCES[0]!r}, {SENTENCES[1]!r}] * 40\n"
        "    documents = list(stancekit.annotate_many(texts, jobs=2))\n"
        "    assert [d.text for d in documents] == texts\n"
        "    print(len(documents))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "80"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_utf16_corpus_is_refused_whole_and_leaves_no_partial_file(tmp_path, jobs):
    """One line naming the encoding, exit 1, and neither output nor partial file: --resume has nothing to pick up."""
    corpus = tmp_path / "wide.jsonl"
    corpus.write_bytes(
        "".join(json.dumps({"id": f"a{i}", "text": SENTENCES[0]}) + "\n" for i in range(5)).encode("utf-16-le")
    )
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    code, stdout, stderr = run_cli("annotate", corpus, "-o", out, "--jobs", jobs, "--errors", errors)
    assert (code, stdout) == (1, "")
    assert stderr == (
        f"stancekit: error: {corpus}: NUL bytes from offset 1 (it looks like little-endian UTF-16 without a "
        "byte-order mark: save it again as UTF-8); expected UTF-8 JSON Lines\n"
    )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["wide.jsonl"]


@pytest.mark.parametrize("kept", [".partial", ".lock"])
def test_an_errors_file_named_as_the_outputs_partial_or_lock_is_refused(tmp_path, kept):
    """--errors OUT.jsonl.partial would be removed by the next --force, OUT.jsonl.lock at the end of the run."""
    corpus = _corpus_with_two_bad_lines(tmp_path, 4)
    out = tmp_path / "out.jsonl"
    errors = tmp_path / f"out.jsonl{kept}"
    what = "its unfinished lines" if kept == ".partial" else "its lock"
    for force in ([], ["--force"]):
        code, stdout, stderr = run_cli("annotate", corpus, "-o", out, "--errors", errors, "--jobs", "2", *force)
        assert (code, stdout) == (2, "")
        assert stderr == (
            f"stancekit: error: {errors}: is where the run keeps {what} for {out}, and would be lost; "
            "choose another name\n"
        )
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl"]


def _posix_signal(name: str, code: int, word: str, *, group: bool) -> object:
    """One case of the signal test below, skipped where the system has no such signal."""
    return pytest.param(
        name,
        code,
        word,
        group,
        id=name,
        marks=pytest.mark.skipif(not hasattr(signal, name) or sys.platform == "win32", reason=f"needs POSIX {name}"),
    )


@pytest.mark.parametrize(
    ("name", "code", "word", "group"),
    [
        # kill, timeout, a scheduler: the parent alone is signalled, and must stop its workers.
        _posix_signal("SIGTERM", 143, "terminated", group=False),
        # A closed terminal signals the whole process group, workers too.
        _posix_signal("SIGHUP", 129, "hung up", group=True),
    ],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_signal_ends_a_run_as_ctrl_c_does_and_resume_finishes_it(tmp_path, jobs, name, code, word, group):
    """SIGTERM and SIGHUP ended the process at once: OUT.jsonl.lock stayed behind. Now each unwinds as Ctrl-C
    does: exit 143 or 129, one line, no lock, the partial file kept, no worker left, and --resume gives the
    whole output."""
    lines = [json.dumps({"id": f"r{index}", "text": (SENTENCES[index % 3] + " ") * 12}) for index in range(240)]
    corpus = tmp_path / "corpus.jsonl"
    _write_corpus(corpus, lines)
    out = tmp_path / "out.jsonl"
    argv = [sys.executable, "-m", "stancekit", "annotate", str(corpus), "-o", str(out), "--quiet", "--jobs", jobs]
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=group
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if partial_path(out).exists() and partial_path(out).stat().st_size > 0:
            break
        time.sleep(0.01)
    number = getattr(signal, name)
    if group:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, number)  # as a terminal hanging up does: the parent and its workers
    else:
        process.send_signal(number)
    try:
        exit_code = process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError(f"the run did not end within 30 s of {name}") from None
    err = process.stderr.read() if process.stderr else ""
    if exit_code == 0:
        pytest.skip(f"the run finished before {name} reached it")
    assert exit_code == code, err
    assert err.endswith(
        f"stancekit: {word}; what is done is kept in {partial_path(out)}: "
        "run the same command with --resume to continue\n"
    )
    assert "Traceback" not in err and "Exception" not in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl", "out.jsonl.partial"]
    deadline = time.monotonic() + 10
    while _processes_running(str(corpus)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _processes_running(str(corpus)), f"a worker outlived its parent after {name}"
    assert run_cli("annotate", corpus, "-o", out, "--resume", "--quiet")[0] == 0
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == [
        f"r{index}" for index in range(240)
    ]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["corpus.jsonl", "out.jsonl"]


@pytest.mark.skipif(not hasattr(signal, "SIGHUP") or sys.platform == "win32", reason="needs POSIX SIGHUP")
def test_sighup_ignored_by_nohup_stays_ignored_while_a_command_runs(tmp_path, monkeypatch, capsys):
    """Under nohup, SIGHUP is ignored when the command starts: the command must not make it end the run."""
    from stancekit._commands import annotate as annotate_command

    seen = []
    real = annotate_command.annotate_record

    def annotate_and_look(record, rules):
        seen.append((signal.getsignal(signal.SIGHUP), signal.getsignal(signal.SIGTERM)))
        return real(record, rules)

    (tmp_path / "a.txt").write_text(SENTENCES[0], encoding="utf-8")
    monkeypatch.setattr(annotate_command, "annotate_record", annotate_and_look)
    before = signal.signal(signal.SIGHUP, signal.SIG_IGN)
    try:
        assert main(["annotate", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out.json")]) == 0
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGHUP, before)
    ((hangup, terminate),) = seen
    assert hangup is signal.SIG_IGN
    assert terminate not in (signal.SIG_DFL, signal.SIG_IGN)  # SIGTERM, not ignored, still unwinds the command


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or sys.platform == "win32", reason="needs POSIX SIGTERM")
def test_sigterm_while_a_file_is_written_leaves_no_temporary_file(tmp_path, monkeypatch, capsys):
    """Outside a corpus run too: the output being written is dropped whole, the old one (none here) kept."""
    from stancekit._commands import annotate as annotate_command

    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(SENTENCES[0], encoding="utf-8")
    calls = []
    real = annotate_command.annotate_record

    def annotate_then_terminated(record, rules):
        calls.append(record["id"])
        if len(calls) == 2:  # the first document is already written into the temporary file
            # Python's default would end pytest itself: fail instead when the command set no handler.
            assert signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, before), "SIGTERM has no handler"
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(5)  # the handler raises here
        return real(record, rules)

    before = signal.getsignal(signal.SIGTERM)
    monkeypatch.setattr(annotate_command, "annotate_record", annotate_then_terminated)
    inputs = [str(tmp_path / f"{name}.txt") for name in ("a", "b", "c")]
    code = main(["annotate", *inputs, "-o", str(tmp_path / "out.jsonl")])
    assert (code, capsys.readouterr().err) == (143, "stancekit: terminated\n")
    assert calls == ["a", "b"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt", "b.txt", "c.txt"]
    assert signal.getsignal(signal.SIGTERM) is before  # the command's handler lasts only as long as the command


def test_a_pool_dropped_half_way_ends_promptly_and_quietly(capfd):
    """Abandoned by its caller (or interrupted), a pool's workers drop their chunks: no wait for the whole chunk in
    flight, no "InvalidStateError" from the pool's own thread, no hang on a worker killed while sending a result."""
    texts = [(SENTENCES[index % 3] + " ") * 30 for index in range(600)]
    results = annotate_many(texts, jobs=2)
    assert next(results).text == texts[0]
    started = time.monotonic()
    results.close()
    assert time.monotonic() - started < 10
    assert "Error" not in capfd.readouterr().err
