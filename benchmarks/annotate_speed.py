"""Throughput of the rule-based annotator on one core: MB/s of news text, and how cost grows with length.

Annotates every PolNeAR dev text (or the ``.txt`` files of any folder) with
``RuleAnnotator().annotate`` — the whole pipeline, building and checking the
``Document`` included — and reports the best of ``--repeat`` runs in CPU
time of this process (one core; other work on a busy machine does not
count), the time each stage takes, and the time for the same text
repeated 1, 4, 16 and 64 times as one document, in paragraphs and as one
paragraph (linear cost keeps the per-MB time flat), with the part of that time
the cyclic garbage collector took (the annotator makes no cyclic garbage, but
the collector's full passes walk every object a long document keeps alive).

Usage:
    python benchmarks/annotate_speed.py [FOLDER] [--repeat 3]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "polnear-dev" / "text"


class _CollectorClock:
    """The CPU time the cyclic garbage collector takes, and its full (oldest generation) passes."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        else:
            self.seconds += time.process_time() - self._started
            self.full += info["generation"] == 2

    def reset(self) -> None:
        self.seconds = 0.0
        self.full = 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT), help="a folder of .txt articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs to take the best of")
    args = parser.parse_args(argv)

    from stancekit.annotate import RuleAnnotator
    from stancekit.annotate.draft import Draft

    texts = [path.read_text(encoding="utf-8") for path in sorted(Path(args.folder).glob("*.txt"))]
    if not texts:
        print(f"{args.folder}: no .txt files", file=sys.stderr)
        return 2
    size = sum(len(text.encode("utf-8")) for text in texts)
    annotator = RuleAnnotator()
    annotator.annotate("Warm-up: the packs compile once. She said so.")

    best = float("inf")
    for _ in range(args.repeat):
        started = time.process_time()
        for index, text in enumerate(texts):
            annotator.annotate(text, id=str(index))
        best = min(best, time.process_time() - started)
    print(f"{len(texts)} texts, {size / 1e6:.2f} MB: {best:.3f} s, {size / 1e6 / best:.2f} MB/s (whole pipeline)")

    stage_times: dict[str, float] = {}
    for text in texts:
        draft = Draft(text=text, meta={}, annotator="benchmark", rules=annotator.rules)
        for stage in annotator._stages:
            started = time.process_time()
            stage.run(draft)
            stage_times[stage.__name__] = stage_times.get(stage.__name__, 0.0) + time.process_time() - started
        started = time.process_time()
        draft.to_document("x")
        stage_times["Document (build and check)"] = (
            stage_times.get("Document (build and check)", 0.0) + time.process_time() - started
        )
    for name, seconds in stage_times.items():
        print(f"  {name:<40} {seconds:.3f} s")

    # Linear cost: the same articles repeated in one document, as paragraphs and as one long paragraph.
    sample = "\n\n".join(texts[:10])
    one_paragraph = " ".join(sample.split())
    clock = _CollectorClock()
    gc.callbacks.append(clock)
    for label, unit, separator in (("as one document", sample, "\n\n"), ("as one paragraph", one_paragraph, " ")):
        for factor in (1, 4, 16, 64):
            text = separator.join([unit] * factor)
            clock.reset()
            started = time.process_time()
            annotator.annotate(text)
            seconds = time.process_time() - started
            megabytes = len(text.encode("utf-8")) / 1e6
            print(
                f"  {factor:>2} x {megabytes / factor:.3f} MB {label}: {seconds:.3f} s, {seconds / megabytes:.3f} s/MB"
                f" (cyclic GC {clock.seconds / megabytes:.3f} s/MB, {clock.full} full passes)"
            )
    gc.callbacks.remove(clock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
