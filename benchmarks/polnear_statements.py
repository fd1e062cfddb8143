"""Statement content P/R/F1 of the rule-based annotator on PolNeAR (dev split).

A predicted statement's content counts when its character-overlap F1 with a
gold content (all fragments of each) is at least 0.5; matching is
one-to-one, best overlap first. For matched pairs the script also reports
how often the predicted source and cue overlap the gold ones.

Some PolNeAR articles were annotated by several annotators (``X_4e07.ann``,
``X_6b86.ann``, ...); one file per article is scored: the first in name
order. Gold attributions without content are not statements and are not
read (the brat reader drops them).

Usage:
    python benchmarks/polnear_statements.py [../shared/eval/polnear-dev] [--explain] [--min-f1 F]
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from polnear_eval import warnings_on_one_line  # the script beside this one

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "polnear-dev"


def chars(span: Any) -> set[int]:
    if span is None:
        return set()
    out: set[int] = set()
    for start, end in span.pieces:
        out.update(range(start, end))
    return out


def overlap_f1(pred: set[int], gold: set[int]) -> float:
    common = len(pred & gold)
    if not common:
        return 0.0
    precision, recall = common / len(pred), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def pick_annotations(folder: Path) -> list[tuple[Path, Path]]:
    """(text, ann) per article: the first .ann file in name order whose stem starts with the text's."""
    pairs = []
    anns = sorted((folder / "attributions").glob("*.ann"))
    for text in sorted((folder / "text").glob("*.txt")):
        matching = [ann for ann in anns if ann.stem.rsplit("_", 1)[0] == text.stem]
        if matching:
            pairs.append((text, matching[0]))
    return pairs


def score(folder: Path, explain: bool = False) -> dict[str, float]:
    import stancekit
    from stancekit.formats import brat

    totals: collections.Counter[str] = collections.Counter()
    missed_cues: collections.Counter[str] = collections.Counter()
    false_cues: collections.Counter[str] = collections.Counter()
    elapsed = 0.0
    size = 0
    stancekit.annotate("Warm-up: the rule packs compile once. She said so.")
    for text_path, ann_path in pick_annotations(folder):
        text = text_path.read_text(encoding="utf-8")
        gold = brat.loads(ann_path.read_text(encoding="utf-8"), text, id=text_path.stem, location=str(ann_path))
        started = time.perf_counter()
        predicted = stancekit.annotate(text, id=text_path.stem)
        elapsed += time.perf_counter() - started
        size += len(text.encode("utf-8"))
        golds = [(chars(s.content), chars(s.source), chars(s.cue), s) for s in gold.statements]
        preds = [(chars(s.content), chars(s.source), chars(s.cue), s) for s in predicted.statements]
        pairs = sorted(
            (
                (overlap_f1(p[0], g[0]), gi, pi)
                for gi, g in enumerate(golds)
                for pi, p in enumerate(preds)
                if p[0] & g[0]
            ),
            reverse=True,
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for value, gi, pi in pairs:
            if value < 0.5 or gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = golds[gi], preds[pi]
            totals["source_gold"] += bool(g[1])
            totals["source_hit"] += bool(g[1]) and bool(p[1] & g[1])
            totals["cue_gold"] += bool(g[2])
            totals["cue_hit"] += bool(g[2]) and bool(p[2] & g[2])
        totals["tp"] += len(used_g)
        totals["fp"] += len(preds) - len(used_p)
        totals["fn"] += len(golds) - len(used_g)
        for gi, g in enumerate(golds):
            if gi not in used_g:
                cue = g[3].cue.text.lower() if g[3].cue else "(none)"
                missed_cues[cue] += 1
                if explain:
                    print(f"  missed {text_path.stem[:30]} cue={cue!r} content={g[3].content.text[:90]!r}")
        for pi, p in enumerate(preds):
            if pi not in used_p:
                extra_cue = p[3].cue.text.lower() if p[3].cue else "(none)"
                false_cues[extra_cue] += 1
                if explain:
                    print(f"  extra  {text_path.stem[:30]} cue={extra_cue!r} content={p[3].content.text[:90]!r}")
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    source = totals["source_hit"] / totals["source_gold"] if totals["source_gold"] else 0.0
    cue_rate = totals["cue_hit"] / totals["cue_gold"] if totals["cue_gold"] else 0.0
    if explain:
        print("most missed cues:", missed_cues.most_common(40))
        print("most extra cues:", false_cues.most_common(40))
    print(
        f"PolNeAR dev ({len(pick_annotations(folder))} articles): content P={precision:.3f} R={recall:.3f} "
        f"F1={f1:.3f} (tp={tp} fp={fp} fn={fn}); of matched: source overlaps {source:.1%}, "
        f"cue overlaps {cue_rate:.1%}; "
        f"{size / 1e6 / elapsed:.2f} MB/s"
    )
    return {"precision": precision, "recall": recall, "f1": f1, "source": source, "cue": cue_rate}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT), help="the PolNeAR dev folder (text/, attributions/)")
    parser.add_argument("--explain", action="store_true", help="list misses and false hits, and the cues behind them")
    parser.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when content F1 is below this")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "text").is_dir():
        print(f"{folder}: no text/ folder; expected the PolNeAR dev split", file=sys.stderr)
        return 2
    with warnings_on_one_line("polnear_statements"):
        result = score(folder, args.explain)
    return 0 if result["f1"] >= args.min_f1 else 1


if __name__ == "__main__":
    sys.exit(main())
