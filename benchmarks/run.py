"""stancekit's benchmark suite: speed and memory figures against the project's targets.

Run from the repository root::

    python benchmarks/run.py            # everything (a few minutes on two cores)
    python benchmarks/run.py --quick    # smaller corpora, fewer repeats
    python benchmarks/run.py --only validation startup

Each figure is the best (and the median) of several repeats, since other
work on the machine only ever slows a run down. The corpus is built by
``newsgen`` with a fixed seed, so every machine measures the same text.
Targets (issue 9): annotation >= 2 MB/s on one core and >= 1.6x with two
jobs; validation >= 1,000 documents/s in pure Python and >= 10,000/s with the
fast backend; peak memory at 10x the corpus < 1.2x the peak at 1x;
``stancekit --help`` < 150 ms. These are figures to read, not tests: nothing
here fails a build.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.metadata
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsgen  # noqa: E402 - the generator beside this script

SECTIONS = ("annotation", "corpus", "validation", "formats", "memory", "startup")

results: dict[str, Any] = {}


def timed(function: Callable[[], Any], repeats: int) -> tuple[float, float]:
    """(best, median) wall-clock seconds of ``repeats`` calls."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def verdict(value: float, target: float, *, below: bool = False) -> str:
    met = value < target if below else value >= target
    return "meets target" if met else "BELOW TARGET" if not below else "ABOVE TARGET"


def machine() -> None:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    versions = {}
    for package in ("stancekit", "jsonschema", "jsonschema-rs", "referencing", "attrs", "dask"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {cores} cores usable, {model}, load average {load:.2f} at start")
    print(f"python {platform.python_version()} ({platform.python_implementation()}), {platform.platform()}")
    print("versions: " + ", ".join(f"{name} {version}" for name, version in versions.items()))
    results["machine"] = {"cores": cores, "cpu": model, "python": platform.python_version(), "versions": versions}


def write_corpus(folder: Path, count: int, seed: int = 0) -> tuple[Path, int]:
    path = folder / f"corpus-{count}.jsonl"
    size = newsgen.write_corpus(path, count, seed=seed)
    return path, size


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers of a finished run)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def annotation(quick: bool) -> None:
    from stancekit.batch import _warm_up, annotate_corpus

    count = 150 if quick else 600
    repeats = 2 if quick else 5
    with tempfile.TemporaryDirectory() as folder:
        corpus, size = write_corpus(Path(folder), count)
        _warm_up(None)  # compile the default rule packs once, as a long run would
        figures: dict[int, float] = {}
        cpu: dict[int, float] = {}
        runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
        for _ in range(repeats):  # alternating, so that other work on the machine weighs on both alike
            for jobs in (1, 2):
                started_cpu, started = cpu_seconds(), time.perf_counter()
                annotate_corpus(corpus, Path(folder) / "out.jsonl", jobs=jobs, force=True)
                runs[jobs].append((time.perf_counter() - started, cpu_seconds() - started_cpu))
        for jobs in (1, 2):
            best = min(wall for wall, _ in runs[jobs])
            median = statistics.median(wall for wall, _ in runs[jobs])
            cpu[jobs] = min(used for _, used in runs[jobs])
            figures[jobs] = size / best / 1e6
            print(
                f"annotate --jobs {jobs}: {size / best / 1e6:.2f} MB/s best, {size / median / 1e6:.2f} median "
                f"({count} articles, {size / 1e6:.2f} MB of text, {count / best:.0f} docs/s); "
                f"{cpu[jobs]:.2f} CPU seconds, {size / cpu[jobs] / 1e6:.2f} MB per CPU second"
            )
        speedup = figures[2] / figures[1]
        # What two idle cores would give: the work of one job spread over two, plus what the pool adds.
        bound = 2 * cpu[1] / cpu[2]
        print(f"  one core: {verdict(figures[1], 2.0)} (2 MB/s)")
        print(f"  two jobs: {speedup:.2f}x one job by the clock, {verdict(speedup, 1.6)} (1.6x)")
        extra = cpu[2] / cpu[1] - 1
        print(f"  two jobs by CPU time: {bound:.2f}x on two idle cores (the pool costs {extra:.1%} more CPU)")
        results["annotation"] = {
            "mb_per_s_1": figures[1],
            "mb_per_s_2": figures[2],
            "speedup": speedup,
            "cpu_seconds": cpu,
            "speedup_on_idle_cores": bound,
        }


def corpus(quick: bool) -> None:
    """The command a user runs: a corpus of news articles with a broken line and a record without text."""
    count = 300 if quick else 1000
    repeats = 2 if quick else 5
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "news.jsonl"
        lines = [json.dumps(record, ensure_ascii=False) for record in newsgen.records(count, seed=1000)]
        lines.insert(count * 3 // 10, '{"id": "cut-off", "text": "The minister said')
        lines.insert(count * 7 // 10, json.dumps({"id": "no-text", "title": "Headline only"}))
        source.write_text("\n".join(lines) + "\n", encoding="utf-8")
        size = sum(len(record["text"].encode("utf-8")) for record in newsgen.records(count, seed=1000))
        commands = {}
        for jobs in (1, 2):
            output, errors = Path(folder) / f"out{jobs}.jsonl", Path(folder) / f"errors{jobs}.jsonl"
            command = [sys.executable, "-m", "stancekit", "annotate", str(source), "-o", str(output)]
            commands[jobs] = [*command, "--jobs", str(jobs), "--errors", str(errors), "--force", "--quiet"]
        # Alternate the two, so that other work on the machine weighs on both alike.
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(repeats):
            for jobs, command in commands.items():
                times[jobs].append(timed(lambda command=command: subprocess.run(command, capture_output=True), 1)[0])
        walls = {}
        for jobs in (1, 2):
            best, median = min(times[jobs]), statistics.median(times[jobs])
            walls[jobs] = best
            documents = (Path(folder) / f"out{jobs}.jsonl").read_bytes().count(b"\n")
            refused = (Path(folder) / f"errors{jobs}.jsonl").read_bytes().count(b"\n")
            print(
                f"  stancekit annotate news.jsonl -o out.jsonl --jobs {jobs} --errors errors.jsonl: "
                f"{best:.2f} s best, {median:.2f} s median ({size / best / 1e6:.2f} MB/s); "
                f"{documents} documents + {refused} error records = {len(lines)} lines"
            )
        same = (Path(folder) / "out1.jsonl").read_bytes() == (Path(folder) / "out2.jsonl").read_bytes()
        speedup = walls[1] / walls[2]
        print(f"  --jobs 2 is {speedup:.2f}x --jobs 1, {verdict(speedup, 1.6)} (1.6x); same output: {same}")
        results["corpus"] = {"seconds_1": walls[1], "seconds_2": walls[2], "speedup": speedup, "same_output": same}


def validation(quick: bool) -> None:
    from stancekit import _fastvalid, iter_errors
    from stancekit.schemas import validator

    documents = [newsgen.annotated_document(seed).to_dict() for seed in range(100 if quick else 300)]
    sizes = documents[0]
    print(
        f"validation of {len(documents)} reference-sized documents (about {len(sizes['text'])} characters, "
        f"{len(sizes['mentions'])} mentions, {len(sizes['statements'])} statements, {len(sizes['stances'])} stances):"
    )
    plain = validator("document")
    best, _ = timed(lambda: [plain.is_valid(document) for document in documents[:50]], 2)
    print(f"  a plain reused jsonschema validator, schema only: {50 / best:,.0f} docs/s")
    figures = {}
    for backend in ("jsonschema", "python", "fast"):
        try:
            _fastvalid.set_backend(backend)
        except ValueError:
            print(f"  {backend}: not installed (pip install 'stancekit[fast]')")
            continue
        batch = documents[:50] if backend == "jsonschema" else documents
        assert all(not list(iter_errors(document)) for document in batch)
        best, median = timed(lambda batch=batch: [list(iter_errors(document)) for document in batch], 5)
        figures[backend] = len(batch) / best
        target = {"python": 1_000, "fast": 10_000}.get(backend)
        note = f"  {verdict(figures[backend], target)} ({target:,}/s)" if target else "  (no fast pass)"
        print(
            f"  iter_errors, schema and semantics, backend {backend}: {len(batch) / best:,.0f} docs/s best, "
            f"{len(batch) / median:,.0f} median{note}"
        )
    _fastvalid.set_backend(None)
    results["validation"] = figures


def formats(quick: bool) -> None:
    from stancekit.formats import FORMATS, get

    documents = [newsgen.annotated_document(seed) for seed in range(30 if quick else 100)]
    text_bytes = sum(len(document.text.encode("utf-8")) for document in documents)
    print(f"formats, {len(documents)} reference-sized documents ({text_bytes / 1e6:.2f} MB of text):")
    figures = {}
    for name in FORMATS:
        try:
            module = get(name)
        except Exception as error:  # an optional dependency missing
            print(f"  {name:<12} unavailable ({type(error).__name__}: {error})")
            continue
        written = [module.dumps([document]) if name == "jsonl" else module.dumps(document) for document in documents]
        out_bytes = sum(len(item.encode("utf-8")) if isinstance(item, str) else len(item) for item in written)
        best, _ = timed(
            lambda module=module, name=name: [
                module.dumps([document]) if name == "jsonl" else module.dumps(document) for document in documents
            ],
            3,
        )
        line = f"  {name:<12} write {out_bytes / best / 1e6:6.2f} MB/s ({len(documents) / best:6,.0f} docs/s)"
        entry = {"write_mb_per_s": out_bytes / best / 1e6, "write_docs_per_s": len(documents) / best}
        loads = getattr(module, "loads", None)
        if loads is None:
            line += "   read: write-only format"
        else:

            def read_all(loads: Callable[..., Any] = loads, name: str = name, written: list[Any] = written) -> None:
                for document, item in zip(documents, written, strict=True):
                    loads(item, document.text) if name == "brat" else loads(item)

            best, _ = timed(read_all, 3)
            line += f"   read {out_bytes / best / 1e6:6.2f} MB/s ({len(documents) / best:6,.0f} docs/s)"
            entry.update({"read_mb_per_s": out_bytes / best / 1e6, "read_docs_per_s": len(documents) / best})
        print(line)
        figures[name] = entry
    results["formats"] = figures


_PEAK = """
import json, sys, threading, time
from pathlib import Path
from stancekit.batch import annotate_corpus

def high_water(pid):
    # VmHWM: the peak resident set of the process's own memory (ru_maxrss would count what it had before exec).
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0

peaks = {"largest_worker_kb": 0}
done = threading.Event()

def watch_workers():
    while not done.is_set():
        for children in Path("/proc/self/task").glob("*/children"):
            for pid in children.read_text().split():
                peaks["largest_worker_kb"] = max(peaks["largest_worker_kb"], high_water(pid))
        time.sleep(0.05)

watcher = threading.Thread(target=watch_workers, daemon=True)
watcher.start()
annotate_corpus(sys.argv[1], sys.argv[2], jobs=int(sys.argv[3]), force=True)
done.set()
watcher.join()
peaks["parent_kb"] = high_water("self")
print(json.dumps(peaks))
"""


def memory(quick: bool) -> None:
    base = 100 if quick else 300
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as folder:
        for jobs in (1, 2):
            peaks = {}
            for factor in (1, 10):
                corpus, size = write_corpus(Path(folder), base * factor)
                started = time.perf_counter()
                run = subprocess.run(
                    [sys.executable, "-c", _PEAK, str(corpus), str(Path(folder) / "out.jsonl"), str(jobs)],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                peak = json.loads(run.stdout)
                peaks[factor] = peak
                print(
                    f"  --jobs {jobs}, {base * factor:>5} articles ({size / 1e6:5.1f} MB): peak RSS parent "
                    f"{peak['parent_kb'] / 1024:6.1f} MiB, largest worker {peak['largest_worker_kb'] / 1024:6.1f} MiB "
                    f"({time.perf_counter() - started:.1f} s)"
                )
            growth = max(
                peaks[10][key] / max(peaks[1][key], 1)
                for key in ("parent_kb", "largest_worker_kb")
                if peaks[1][key] and peaks[10][key]
            )
            print(f"  --jobs {jobs}: 10x the corpus, {growth:.3f}x the peak memory: {verdict(growth, 1.2, below=True)}")
            figures[f"jobs_{jobs}"] = {"peaks": peaks, "growth": growth}
    results["memory"] = figures


def startup(quick: bool) -> None:
    repeats = 10 if quick else 25
    commands = {
        "python -c pass (the interpreter alone)": [sys.executable, "-c", "pass"],
        "stancekit --help": [sys.executable, "-m", "stancekit", "--help"],
        "python -c 'import stancekit'": [sys.executable, "-c", "import stancekit"],
    }
    figures = {}
    for label, command in commands.items():
        best, median = timed(lambda command=command: subprocess.run(command, capture_output=True, check=True), repeats)
        figures[label] = best
        note = f"  {verdict(best * 1000, 150, below=True)} (150 ms)" if "--help" in label else ""
        print(f"  {label}: {best * 1000:.0f} ms best, {median * 1000:.0f} ms median{note}")
    results["startup"] = figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller corpora and fewer repeats")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, help="run only these sections")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    args = parser.parse_args()
    machine()
    for section in args.only or SECTIONS:
        print(f"\n[{section}]")
        globals()[section](args.quick)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
