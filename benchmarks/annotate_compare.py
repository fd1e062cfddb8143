"""Before/after check for annotator changes meant to keep the output: dump every document, then compare two dumps.

``dump`` annotates every ``.txt`` file of the given folders with the default
rules and writes ``{path: document.to_dict()}`` as one JSON file (document
ids are fixed, so only annotations can differ). ``compare`` reads two dumps
and lists the texts whose documents differ, with the layers that differ and
their sizes; it exits 1 when any does.

Run ``dump`` once on the code before a change (a copy of the tree, or a
commit checked out elsewhere, with ``PYTHONPATH`` pointing at it) and once
after, then ``compare``:

    PYTHONPATH=/path/to/old python benchmarks/annotate_compare.py dump before.json ../shared/eval/polnear-dev/text
    python benchmarks/annotate_compare.py dump after.json ../shared/eval/polnear-dev/text tests/data/articles
    python benchmarks/annotate_compare.py compare before.json after.json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def dump(output: str, folders: list[str]) -> int:
    import stancekit

    documents: dict[str, Any] = {}
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            documents[str(path)] = stancekit.annotate(text, id=path.stem).to_dict()
    Path(output).write_text(json.dumps(documents, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    print(f"{len(documents)} documents annotated by {stancekit.__file__} -> {output}")
    return 0


def compare(before_path: str, after_path: str) -> int:
    before = json.loads(Path(before_path).read_text(encoding="utf-8"))
    after = json.loads(Path(after_path).read_text(encoding="utf-8"))
    differing = 0
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        differing += 1
        if old is None or new is None:
            print(f"{name}: only in {'after' if old is None else 'before'}")
            continue
        layers = [
            f"{key} ({len(old.get(key) or ())} -> {len(new.get(key) or ())})"
            for key in sorted(set(old) | set(new))
            if old.get(key) != new.get(key)
        ]
        print(f"{name}: {', '.join(layers)}")
    print(f"{differing} of {len(set(before) | set(after))} documents differ")
    return 1 if differing else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="annotate the .txt files of FOLDERs and write OUTPUT")
    dumping.add_argument("output")
    dumping.add_argument("folders", nargs="+")
    comparing = commands.add_parser("compare", help="list the documents that differ between two dumps")
    comparing.add_argument("before")
    comparing.add_argument("after")
    args = parser.parse_args(argv)
    if args.command == "dump":
        return dump(args.output, args.folders)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
