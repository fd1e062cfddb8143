"""The corpus options of ``stancekit annotate``: ``--jobs``, ``--errors``, ``--resume``, ``--quiet``.

``stancekit annotate CORPUS.jsonl -o OUT.jsonl`` (or a folder of ``.txt``
files) streams through :func:`stancekit.batch.annotate_corpus`: a process
pool, output in input order, bad records to the errors file, a partial file
renamed at the end. The logic lives in ``stancekit.batch``; this module only
adds the options and turns them into a call.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from typing import TextIO

#: The endings of a JSON Lines corpus: ``stancekit.formats.jsonl.EXTENSIONS``, spelled out here so
#: that ``stancekit --help`` imports no format module.
CORPUS_EXTENSIONS = (".jsonl", ".ndjson")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("corpora (one .jsonl corpus or folder of .txt files, with -o OUT.jsonl)")
    group.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default 1; 0 for every core; more than the cores this process may use runs one a core)",
    )
    group.add_argument(
        "--errors",
        metavar="ERRORS.jsonl",
        help='write each record that cannot be annotated here as {"line", "id", "reason"}',
    )
    group.add_argument("--resume", action="store_true", help="continue an interrupted run from OUT.jsonl.partial")
    group.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary line")


def is_corpus_run(args: argparse.Namespace) -> bool:
    """Whether the arguments ask for a corpus run (a corpus or folder into a file); refuse half-asked ones.

    Raises:
        UsageError: when a corpus option is given for input that is no corpus.
    """
    from stancekit.errors import UsageError

    inputs = args.inputs
    single = len(inputs) == 1 and inputs[0] != "-"
    corpus = single and (os.path.isdir(inputs[0]) or inputs[0].lower().endswith(CORPUS_EXTENSIONS))
    asked = [
        option
        for option, given in (
            ("--jobs", args.jobs is not None),
            ("--errors", args.errors is not None),
            ("--resume", args.resume),
        )
        if given
    ]
    if not corpus or args.output is None or args.explain or args.format not in (None, "jsonl"):
        if asked:
            raise UsageError(
                f"{', '.join(asked)}: only for one .jsonl corpus or folder of .txt files "
                "annotated into a file with -o OUT.jsonl (JSON Lines, no --explain)"
            )
        return False
    return True


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    """Annotate one corpus into ``args.output``; exit 1 when some record could not be annotated."""
    from stancekit._commands._output import claim
    from stancekit.batch import annotate_corpus, default_jobs, partial_path, summary_line
    from stancekit.errors import UsageError

    jobs = 1 if args.jobs is None else args.jobs
    if jobs < 0:
        raise UsageError(f"--jobs {jobs}: expected a number of processes, or 0 for every core")
    cores = default_jobs()
    if jobs > cores:
        # More processes than cores would only take memory (a compiled annotator each) and time to start: the
        # library runs one a core; say so, as the user asked for more (a script written for a bigger machine).
        if not args.quiet:
            stderr.write(
                f"stancekit: note: --jobs {jobs}: this process may use {cores} core{'s' if cores != 1 else ''}; "
                f"running {cores} worker process{'es' if cores != 1 else ''}\n"
            )
        jobs = cores
    if args.errors is not None:  # OUT.jsonl is claimed by the annotate command, for every run
        claim(args.errors, [args.inputs[0], *args.rules], args.force)
    show = not args.quiet and hasattr(stderr, "isatty") and stderr.isatty()

    def report(line: str) -> None:
        stderr.write(f"stancekit: error: {line}\n")

    warn = EmptyArticles(stderr)
    try:
        summary = annotate_corpus(
            args.inputs[0],
            args.output,
            errors=args.errors,
            jobs=jobs or default_jobs(),
            rules=args.rules or None,
            resume=args.resume,
            force=args.force,
            progress=stderr if show else None,
            report=report,
            warn=warn,
        )
    except KeyboardInterrupt as interrupt:  # Ctrl-C, SIGTERM or SIGHUP
        import contextlib

        from stancekit._commands._signals import exit_code

        status, word = exit_code(interrupt)
        with contextlib.suppress(OSError):  # after SIGHUP, the terminal may be gone
            warn.close()
            stderr.write(
                f"\nstancekit: {word}; what is done is kept in {partial_path(args.output)}: "
                "run the same command with --resume to continue\n"
            )
        return status
    warn.close()
    repeated = warn_repeated_ids(summary.repeated_ids, stderr)
    if not args.quiet:
        stderr.write(summary_line(summary, args.output, args.errors) + "\n")
    return 1 if summary.total_errors or repeated else 0


#: At most this many repeated ids are named, one a line; the rest are counted.
SHOWN_REPEATS = 10

#: At most this many articles with nothing to annotate are named, one a line; the rest are counted.
SHOWN_EMPTY = 10


class EmptyArticles:
    """The warnings for empty articles: the first :data:`SHOWN_EMPTY`, one a line, then one line with the count.

    A corpus of 100,000 empty texts (an export that failed) would otherwise
    print 100,000 lines and bury everything else said on standard error.
    Call the object with each warning's line (``corpus.jsonl:3: the article
    is empty, ...``) and :meth:`close` it at the end.
    """

    def __init__(self, stderr: TextIO) -> None:
        self.stderr = stderr
        self.count = 0

    def __call__(self, line: str) -> None:
        from stancekit.errors import _one_line

        self.count += 1
        if self.count <= SHOWN_EMPTY:
            self.stderr.write(_one_line(f"stancekit: warning: {line}") + "\n")

    def close(self) -> None:
        """Write the line counting the warnings not shown, if any."""
        hidden = self.count - SHOWN_EMPTY
        if hidden > 0:
            self.stderr.write(
                f"stancekit: warning: and {hidden:,} more article{'s' if hidden != 1 else ''} with nothing to "
                f"annotate ({self.count:,} in all), not named; each has its document, with no annotations\n"
            )


def warn_repeated_ids(counts: Mapping[str, int], stderr: TextIO) -> bool:
    """One warning line for each id that names more than one document (``counts``: id -> documents); any?

    The documents are all written, but ``stancekit eval`` pairs documents by
    id and refuses a side with a repeated one, and ``stancekit validate``
    refuses such a file: the command exits 1, as for a bad record.
    """
    repeated = [(identifier, count) for identifier, count in counts.items() if count > 1]
    for identifier, count in repeated[:SHOWN_REPEATS]:
        stderr.write(
            f"stancekit: warning: id {identifier!r} names {count} documents; "
            "expected one id per document (validate refuses the output, and eval pairs documents by id)\n"
        )
    if len(repeated) > SHOWN_REPEATS:
        stderr.write(f"stancekit: warning: and {len(repeated) - SHOWN_REPEATS:,} more repeated ids\n")
    return bool(repeated)
