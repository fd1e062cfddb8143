"""How the stance stage reads real news wording: the "Who blames or endorses whom?" validation sentences.

Each line of ``valid.txt`` (``../shared/eval/dsa-valid``; see its SOURCE) is
a news sentence with two actors in brackets and a crowd label: 0 neutral,
1 Ent1 -> Ent2 positive, 2 Ent2 -> Ent1 positive, 3 Ent1 -> Ent2 negative,
4 Ent2 -> Ent1 negative. The labels are noisy, and "positive" there is wider
than a stance (they are no gold standard), so this script reports agreement,
not accuracy:

- **found**: sentences where the annotator finds a stance between the two
  actors (the holder is a mention overlapping one actor, the target overlaps
  the other);
- **agreement**: among those, how often direction and polarity equal the
  crowd label (and how often polarity alone does);
- **coverage**: of the sentences the crowd labelled 1-4, the share where a
  stance between the actors is found.

Usage::

    python benchmarks/dsa_stances.py [VALID.txt] [--explain N]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import stancekit

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "dsa-valid" / "valid.txt"

_BRACKETED = re.compile(r"\[([^\[\]]*)\]")
LABELS = {0: "neutral", 1: "1->2 support", 2: "2->1 support", 3: "1->2 oppose", 4: "2->1 oppose"}


def parse(line: str) -> tuple[str, tuple[int, int], tuple[int, int], int] | None:
    """The sentence without brackets, the spans of actor 1 and actor 2, and the label; None for a bad line."""
    fields = line.rstrip("\n").split("\t")
    if len(fields) != 4 or not fields[3].strip().isdigit():
        return None
    raw, first, second, label = fields[0], fields[1], fields[2], int(fields[3])
    text_parts: list[str] = []
    spans: list[tuple[int, int]] = []
    position = 0
    length = 0
    for match in _BRACKETED.finditer(raw):
        text_parts.append(raw[position : match.start()])
        length += match.start() - position
        spans.append((length, length + len(match.group(1))))
        text_parts.append(match.group(1))
        length += len(match.group(1))
        position = match.end()
    text_parts.append(raw[position:])
    text = "".join(text_parts)
    if len(spans) != 2:
        return None
    one, two = spans
    # The bracket order in the sentence need not be Ent1 then Ent2.
    if text[one[0] : one[1]] != first and text[two[0] : two[1]] == first:
        one, two = two, one
    if text[one[0] : one[1]] != first or text[two[0] : two[1]] != second:
        return None
    return text, one, two, label


def _overlaps(start: int, end: int, span: tuple[int, int]) -> bool:
    return start < span[1] and span[0] < end


_CLAUSE_WORD = re.compile(r"\b(?:to|that|which|who|whom|whose)\b")


def _is_target(text: str, target: tuple[int, int], actor: tuple[int, int]) -> bool:
    """Whether the actor is what the stance is about, not a word of a clause inside the target.

    "called on Iran to stop ..." is about Iran stopping, not about Iran; in
    "supporting forces that are battling the Islamic State" the Islamic State
    is no target either.
    """
    if not _overlaps(target[0], target[1], actor):
        return False
    after = text[actor[1] : target[1]].lstrip(" ’'s")
    before = text[target[0] : actor[0]]
    return not after.startswith("to ") and not _CLAUSE_WORD.search(before)


def predicted_label(document: Any, one: tuple[int, int], two: tuple[int, int]) -> tuple[int, Any] | None:
    """The label of the most confident stance between the two actors, in the crowd's coding."""
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for mention in document.mentions:
        spans_of.setdefault(mention.entity, []).append((mention.span.start, mention.span.end))
    best: tuple[float, int, Any] | None = None
    for stance in document.stances:
        if stance.polarity not in ("support", "oppose") or stance.target.span is None:
            continue
        holder_spans = spans_of.get(stance.holder, [])
        target = (stance.target.span.start, stance.target.span.end)
        for holder_actor, target_actor, direction in ((one, two, 1), (two, one, 2)):
            if any(_overlaps(start, end, holder_actor) for start, end in holder_spans) and _is_target(
                document.text, target, target_actor
            ):
                label = direction if stance.polarity == "support" else direction + 2
                if best is None or stance.confidence > best[0]:
                    best = (stance.confidence, label, stance)
    return None if best is None else (best[1], best[2])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("valid", nargs="?", default=str(DEFAULT), help="the valid.txt file")
    parser.add_argument("--explain", type=int, default=0, metavar="N", help="list up to N disagreements")
    args = parser.parse_args(argv)
    path = Path(args.valid)
    if not path.is_file():
        print(f"{path}: not found; pass the path of dsa-valid/valid.txt", file=sys.stderr)
        return 2
    gold_counts: Counter[int] = Counter()
    found: Counter[int] = Counter()
    agree = 0
    agree_polarity = 0
    stances = 0
    skipped = 0
    disagreements: list[str] = []
    failures: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parsed = parse(line)
        if parsed is None:
            skipped += 1
            continue
        text, one, two, label = parsed
        try:
            document = stancekit.annotate(text)
        except Exception as error:  # a crash is a finding to report, not a reason to stop measuring
            failures.append(f"{type(error).__name__}: {error}: {text[:80]!r}")
            continue
        stances += len(document.stances)
        gold_counts[label] += 1
        prediction = predicted_label(document, one, two)
        if prediction is None:
            continue
        guess, stance = prediction
        found[label] += 1
        if guess == label:
            agree += 1
        if label and (guess > 2) == (label > 2):
            agree_polarity += 1
        if guess != label and len(disagreements) < args.explain:
            disagreements.append(f"crowd {LABELS[label]:<13} we {LABELS[guess]:<13} {stance.cue.text!r}: {text}")
    sentences = sum(gold_counts.values())
    labelled = sentences - gold_counts[0]
    total_found = sum(found.values())
    found_labelled = total_found - found[0]
    print(f"sentences: {sentences} ({labelled} labelled 1-4 by the crowd; {skipped} lines skipped), stances: {stances}")
    print(f"found a stance between the two actors: {total_found} sentences")
    if total_found:
        print(f"  agreement, direction and polarity: {agree}/{total_found} = {agree / total_found:.3f}")
    if found_labelled:
        print(
            f"  on crowd-labelled 1-4 sentences: direction and polarity {agree}/{found_labelled} = "
            f"{agree / found_labelled:.3f}; polarity {agree_polarity}/{found_labelled} = "
            f"{agree_polarity / found_labelled:.3f}"
        )
    print(f"  on crowd-neutral sentences: {found[0]}")
    if labelled:
        share = found_labelled / labelled
        print(f"coverage of crowd-labelled 1-4 sentences: {found_labelled}/{labelled} = {share:.3f}")
    for label in sorted(LABELS):
        print(f"  label {label} ({LABELS[label]}): {found[label]}/{gold_counts[label]} found")
    for item in disagreements:
        print("  " + item)
    if failures:
        print(f"the annotator failed on {len(failures)} sentences (left out above):")
        for item in failures[:10]:
            print("  " + item)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
