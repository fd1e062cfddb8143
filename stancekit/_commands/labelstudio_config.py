"""``stancekit labelstudio-config``: print the Label Studio labelling configuration for stancekit tasks."""

from __future__ import annotations

import argparse
from typing import TextIO

HELP = "print the Label Studio labelling configuration (XML) that matches `stancekit convert ... --to labelstudio`"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", metavar="FILE", help="write the configuration to FILE instead of stdout")


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit.formats.labelstudio import labelling_config

    config = labelling_config()
    if args.output is None:
        stdout.write(config)
    else:
        from stancekit._files import atomic_write

        atomic_write(args.output, config)
    return 0
