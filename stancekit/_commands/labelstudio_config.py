"""``stancekit labelstudio-config``: print the Label Studio labelling configuration for stancekit tasks."""

from __future__ import annotations

import argparse
from typing import TextIO

HELP = "print the Label Studio labelling configuration (XML) that matches `stancekit convert ... --to labelstudio`"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="documents (any readable format) whose stance acts to offer besides the core ones, "
        "e.g. the tasks you will import",
    )
    parser.add_argument("--act", action="append", default=[], metavar="NAME", help="one more stance act to offer")
    parser.add_argument("-o", "--output", metavar="FILE", help="write the configuration to FILE instead of stdout")
    parser.add_argument("--force", action="store_true", help="replace an existing output file")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit import formats
    from stancekit.formats.labelstudio import labelling_config
    from stancekit.model import Document

    if args.output is not None:
        from stancekit._commands._output import claim

        claim(args.output, args.files, args.force)
    acts: list[str] = []
    for path in args.files:
        reader = formats.get(formats.guess(path))
        loaded = reader.load_all(path) if hasattr(reader, "load_all") else reader.load(path)
        for document in [loaded] if isinstance(loaded, Document) else loaded:
            acts.extend(stance.type for stance in document.stances)
    config = labelling_config([*acts, *args.act])
    if args.output is None:
        stdout.write(config)
    else:
        from stancekit._files import atomic_write

        atomic_write(args.output, config)
    return 0
