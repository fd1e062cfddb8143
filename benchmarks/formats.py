"""How fast each interchange format writes and reads: documents per second and MB per second of the format's bytes.

The corpus is ``newsgen.annotated_document(seed)`` for seeds 0..N-1 (about
3,000 characters, 40 mentions, 8 statements and 8 stances each), the same on
every machine. Writing is ``dumps``; reading is ``loads`` of what was written,
including the checks every ``Document`` runs when it is built (and, for brat,
the schema). The best of ``--repeat`` runs is reported.

Usage::

    python benchmarks/formats.py [--documents 200] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsgen import annotated_document

from stancekit.formats import brat, dyads, jsonl
from stancekit.formats import csv as csv_format
from stancekit.formats import json as json_format


def best(repeat: int, work: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = [annotated_document(seed) for seed in range(args.documents)]
    count = len(corpus)

    formats: list[tuple[str, Callable[[], str], Callable[[str], Any] | None]] = [
        ("json", lambda: json_format.dumps(corpus), json_format.loads_all),
        ("jsonl", lambda: jsonl.dumps(corpus), jsonl.loads),
        (
            "brat",
            lambda: "\x00".join(brat.dumps(document) for document in corpus),
            lambda text: [
                brat.loads(ann, document.text) for ann, document in zip(text.split("\x00"), corpus, strict=True)
            ],
        ),
        ("csv", lambda: csv_format.dumps(corpus), None),
        ("csv statements", lambda: csv_format.dumps(corpus, table="statements"), None),
        ("dyads", lambda: dyads.dumps(corpus), None),
    ]
    print(f"{count} documents, best of {args.repeat}")
    print(f"{'format':<16}{'MB':>8}{'write docs/s':>14}{'write MB/s':>12}{'read docs/s':>13}{'read MB/s':>11}")
    for name, write, read in formats:
        write_time, text = best(args.repeat, write)
        megabytes = len(text.encode("utf-8")) / 1e6
        row = f"{name:<16}{megabytes:>8.2f}{count / write_time:>14.0f}{megabytes / write_time:>12.1f}"
        if read is not None:
            read_time, documents = best(args.repeat, lambda read=read, text=text: read(text))
            assert len(documents) == count
            row += f"{count / read_time:>13.0f}{megabytes / read_time:>11.1f}"
        print(row)


if __name__ == "__main__":
    main()
