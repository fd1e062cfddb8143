"""Batch annotation: a corpus over a pool of processes, in input order, in bounded memory, losing nothing.

Two doors:

- :func:`annotate_many` for Python: texts or records in, ``Document`` objects
  out, in input order, like spaCy's ``nlp.pipe(n_process=N)``.
- :func:`annotate_corpus` for files (``stancekit annotate CORPUS.jsonl -o
  OUT.jsonl --jobs N``): a JSON Lines corpus or a folder of ``.txt`` files in,
  JSON Lines documents out, and every record that cannot be annotated (not
  JSON, no ``text``, a ``text`` that is no string, unreadable bytes) written
  to an errors file instead. Input records = output documents + error records.

How memory stays bounded: records are read lazily and sent to the workers in
chunks, with at most a few chunks per worker in flight; results are written
as soon as the chunk at the head of the line is done, so the memory a run
needs does not grow with the corpus.

How a run survives an interruption: documents go to ``OUT.jsonl.partial``
(and error records to ``ERRORS.jsonl.partial``), flushed after every chunk,
and are renamed to their final names only when the whole corpus is done.
``resume=True`` (``--resume``) reads the partial files back, drops a line cut
off half-way, and skips the input records already written: documents by id
(the n-th occurrence of an id is skipped when the partial output holds n
documents with that id, so repeated ids are counted right), error records by
line number or file. An existing output is not overwritten unless
``force=True`` (``--force``).
"""

from __future__ import annotations

import collections
import contextlib
import json
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO, TypeVar

import attrs

from stancekit.errors import InputError, UsageError

if TYPE_CHECKING:
    from stancekit.annotate.rules import PackSource
    from stancekit.model import Document

__all__ = [
    "CorpusSummary",
    "RecordError",
    "annotate_corpus",
    "annotate_many",
    "annotate_partition",
    "default_jobs",
    "partial_path",
]

#: Records per chunk sent to a worker, and the text size that closes a chunk early.
CHUNK_RECORDS = 32
CHUNK_BYTES = 256 * 1024
#: Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory.
IN_FLIGHT_PER_JOB = 3

Item = TypeVar("Item")
Result = TypeVar("Result")


def default_jobs() -> int:
    """The number of cores this process may use: what ``jobs=None`` runs, and the most any ``jobs`` runs."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _workers(jobs: int | None) -> int:
    """The worker processes a run uses for ``jobs``: every core for ``None``, at most one a core (below 1 as given).

    More processes than cores cannot annotate faster (the work is all CPU),
    and each costs a compiled annotator's memory and a start: ``jobs=10_000``
    would start ten thousand processes.
    """
    cores = default_jobs()
    return cores if jobs is None else min(jobs, cores)


def partial_path(path: str | os.PathLike[str]) -> Path:
    """Where a run writes ``path`` until it is complete: ``OUT.jsonl.partial``."""
    target = Path(path)
    return target.with_name(target.name + ".partial")


# One record: what a worker needs to annotate it, or why it cannot be.


class _BadRecord(Exception):
    def __init__(self, reason: str, identifier: str | None = None) -> None:
        super().__init__(reason, identifier)
        self.reason = reason
        self.identifier = identifier


_RESERVED = frozenset({"self", "text"})


def _identifier(record: Mapping[str, Any]) -> str | None:
    """The record's id: a non-empty string as it is, an integer as its digits, ``None`` when absent or null."""
    from stancekit._files import describe_json

    value = record.get("id")
    if value is None:
        return None
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return str(value)
        except ValueError:  # too many digits to print
            pass
    raise _BadRecord(f"$.id: {describe_json(value)} is not a usable id; expected a non-empty string or an integer")


def _kind(value: Any) -> str:
    if value == "":
        return "an empty string"
    names = {
        dict: "an object",
        list: "an array",
        str: "a string",
        bool: "a boolean",
        float: "a number",
        int: "a number",
    }
    return "null" if value is None else names.get(type(value), f"a {type(value).__name__}")


#: The keys of a stancekit document besides ``id``, ``text`` and ``meta``: what the annotator makes anew.
_DOCUMENT_LAYERS = frozenset(["version", "sentences", "entities", "mentions", "statements", "stances"])


def _unpack_record(record: Any, default_id: str | None = None) -> tuple[str, str | None, dict[str, Any]]:
    """``(text, id, meta)`` of a record ``{"text", "id"?, ...meta}``: the one check of what can be annotated.

    Every way in uses it: a corpus line (``stancekit annotate CORPUS.jsonl``
    with or without ``-o``, standard input), a record given to
    :func:`annotate_many` or :func:`annotate_partition`. The text must be a
    string; the id a non-empty string, or an integer (written as its digits),
    or absent or null for ``default_id``; the other keys are the document's
    ``meta`` and must pass the schema. A ``meta`` object's keys join them (a
    key given both in ``meta`` and beside it is refused), so that a record
    that is a stancekit document keeps its own ``meta``; a document's
    annotations (``version`` and the layers) are dropped: the annotator makes
    them anew.

    Raises:
        _BadRecord: with the reason (a JSON path first), and the id when the record has a usable one.
    """
    if not isinstance(record, Mapping):
        raise _BadRecord(f'$: {_kind(record)}, not a record; expected an object with the article as "text"')
    try:
        identifier = _identifier(record)
    except _BadRecord:
        if "text" in record and isinstance(record["text"], str):
            raise
        identifier = None  # report the missing text first
    if "text" not in record:
        raise _BadRecord("$.text: is missing; expected the article as a string", identifier)
    text = record["text"]
    if not isinstance(text, str):
        raise _BadRecord(f"$.text: {_kind(text)}; expected the article as a string", identifier)
    # A stancekit document (a corpus written by ``annotate`` or ``convert``) is annotated afresh: its
    # annotations are replaced. Its own "meta", as any record's, is the new document's meta, not one key inside it.
    meta = {key: value for key, value in record.items() if key not in ("id", "text", "meta", *_DOCUMENT_LAYERS)}
    own = record.get("meta")
    if isinstance(own, Mapping):
        for key in own:
            if key in meta:  # neither value may be lost without a word
                raise _BadRecord(
                    f"$.meta.{key}: also given as $.{key}; expected each metadata key once, in meta or beside it",
                    identifier,
                )
        meta = {**own, **meta}
    elif own is not None:
        raise _BadRecord(f"$.meta: {_kind(own)}; expected an object", identifier)
    if meta:
        from stancekit.errors import ValidationError
        from stancekit.schemas import validate

        # The annotator checks offsets and ids; the corpus's own metadata is checked here, cheaply.
        try:
            validate({"id": identifier or "-", "text": "", "meta": meta})
        except ValidationError as error:
            raise _BadRecord(f"{error.path}: {error.message}", identifier) from None
    return text, identifier or default_id, meta


def _unpack(record: Any, default_id: str | None = None) -> tuple[str, str | None, dict[str, Any]]:
    """``(text, id, meta)`` of a text, or of a record as :func:`_unpack_record` checks it.

    Raises:
        _BadRecord: with the reason, and the id when the record has a usable one.
    """
    if isinstance(record, str):
        return record, default_id, {}
    return _unpack_record(record, default_id)


def _parse_line(raw: bytes, location: str) -> Any:
    from stancekit._files import decode, parse_json

    try:
        return parse_json(decode(raw, location), location)
    except InputError as error:
        raise _BadRecord(str(error).removeprefix(f"{location}: ")) from None


# The work each worker does; module-level functions, so that they pickle.

_annotators: dict[Any, Any] = {}


def _annotator(rules: Any) -> Any:
    key = repr(rules)
    if key not in _annotators:
        from stancekit.annotate import RuleAnnotator

        _annotators[key] = RuleAnnotator(rules)
    return _annotators[key]


#: A short text that takes the annotator through every stage (a quotation, a cue, a stance).
_WARM_UP = "“We welcome the plan,” the minister said on Tuesday. China opposes the new tariffs, she said."


def _warm_up(rules: Any) -> None:
    """Build the annotator for ``rules`` and annotate a short text, so that its rule packs are compiled.

    The packs' patterns are compiled when the first document needs them
    (about 0.15 to 0.25 s of CPU). Done in the parent before the pool forks,
    the workers inherit them instead of each compiling its own.
    """
    annotator = _annotator(rules)  # a pack that cannot be read fails here, before any work
    with contextlib.suppress(Exception):  # one that breaks on this text is reported on the documents it breaks
        annotator.annotate(_WARM_UP)


#: In a worker, set by the parent when the work is of no use any more: the chunk in hand stops at its next record.
_stop: Any = None


def _stopped() -> bool:
    return _stop is not None and _stop.is_set()


def _start_worker(rules: Any, stop: Any = None) -> None:
    global _stop
    _stop = stop
    # Ctrl-C reaches the whole process group, and so may SIGTERM (a scheduler ending a job) and SIGHUP (a closed
    # terminal): only the parent decides what to do. A worker dying under it first would break the pool, and the
    # parent would report that.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
    # The parent is the caller's process (fork, spawn) or the fork server: whichever, its end is ours.
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    _annotator(rules)


def _exit_with_parent(parent: int) -> None:
    """End this worker when its parent is gone (killed, say): an orphan would wait for work forever."""
    while True:
        time.sleep(0.5)
        if os.getppid() != parent:
            os._exit(1)


def _annotate_one(annotator: Any, text: str, identifier: str | None, meta: dict[str, Any]) -> Document:
    if _RESERVED.isdisjoint(meta):
        return annotator.annotate(text, id=identifier, **meta)
    import attrs

    document = annotator.annotate(text, id=identifier)
    return attrs.evolve(document, meta={**document.meta, **meta})


def _annotate_safely(annotator: Any, text: str, identifier: str | None, meta: dict[str, Any]) -> Document:
    """:func:`_annotate_one`, turning any failure into a ``_BadRecord``: one document must not end a long run."""
    from stancekit.errors import StancekitError

    try:
        return _annotate_one(annotator, text, identifier, meta)
    except _BadRecord:
        raise
    except StancekitError as error:  # e.g. a text holding a lone surrogate, which JSON can spell as \ud800
        raise _BadRecord(str(error), identifier) from None
    except Exception as error:  # a bug in the annotator: recorded, and the run goes on
        raise _BadRecord(f"the annotator failed: {type(error).__name__}: {error}", identifier) from None


def empty_article(text: str) -> str | None:
    """What is odd about an article with nothing to annotate (empty, or only whitespace), or ``None``.

    Its document is right (valid, with no annotations), but an empty article
    is almost always a slip (the wrong file, an export that failed) that an
    empty output would hide: the command line warns, naming the article.
    """
    if text.strip():
        return None
    what = "is empty" if not text else "holds only whitespace"
    return f"the article {what}, so its document has no annotations; expected the text of an article"


#: What a worker returns for one input: (where, id, JSON line of the document or None, reason or None, text bytes).
#: With a document, the reason is a warning about it (see :func:`empty_article`), or None.
Outcome = tuple[Any, "str | None", "str | None", "str | None", int]


def _work_lines(rules: Any, chunk: list[tuple[int, bytes]], location: str, stem: str) -> list[Outcome]:
    from stancekit.formats import jsonl

    annotator = _annotator(rules)
    outcomes: list[Outcome] = []
    for number, raw in chunk:
        if _stopped():
            break
        try:
            record = _parse_line(raw, f"{location}:{number}")
            text, identifier, meta = _unpack_record(record, f"{stem}-{number}")
            document = _annotate_safely(annotator, text, identifier, meta)
            outcomes.append((number, document.id, jsonl.dumps([document]), empty_article(text), len(raw)))
        except _BadRecord as bad:
            outcomes.append((number, bad.identifier, None, bad.reason, len(raw)))
    return outcomes


def _work_files(rules: Any, chunk: list[tuple[str, str]]) -> list[Outcome]:
    from stancekit._files import name_not_utf8, read_text, shown_path
    from stancekit.formats import jsonl

    annotator = _annotator(rules)
    outcomes: list[Outcome] = []
    for name, path in chunk:
        if _stopped():
            break
        bad_name = name_not_utf8(name)
        if bad_name is not None:
            # Named as a shell shows it, with no id: the name's stand-ins for its bytes cannot be written as UTF-8.
            outcomes.append((shown_path(name), None, None, bad_name, 0))
            continue
        identifier = _file_id(name)
        try:
            try:
                text = read_text(path, nul_bytes="refuse")
            except InputError as error:
                raise _BadRecord(str(error).removeprefix(f"{path}: "), identifier) from None
            document = _annotate_safely(annotator, text, identifier, {})
            size = len(text.encode("utf-8"))
            outcomes.append((name, document.id, jsonl.dumps([document]), empty_article(text), size))
        except _BadRecord as bad:
            outcomes.append((name, identifier, None, bad.reason, 0))
    return outcomes


def _work_items(rules: Any, chunk: list[tuple[int, Any]]) -> list[tuple[int, Document | _BadRecord]]:
    annotator = _annotator(rules)
    results: list[tuple[int, Document | _BadRecord]] = []
    for index, item in chunk:
        if _stopped():
            break
        try:
            text, identifier, meta = _unpack(item)
            results.append((index, _annotate_one(annotator, text, identifier, meta)))
        except _BadRecord as bad:
            results.append((index, bad))
    return results


def _file_id(name: str) -> str:
    return name[: -len(".txt")] if name.lower().endswith(".txt") else name


# Running chunks in order over a pool.


def _chunks(items: Iterable[Item], size: Callable[[Item], int]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    weight = 0
    for item in items:
        chunk.append(item)
        weight += size(item)
        if len(chunk) >= CHUNK_RECORDS or weight >= CHUNK_BYTES:
            yield chunk
            chunk, weight = [], 0
    if chunk:
        yield chunk


def _ordered(
    work: Callable[..., Result], chunks: Iterable[Any], *, jobs: int, rules: Any, extra: Sequence[Any] = ()
) -> Iterator[Result]:
    """``work(rules, chunk, *extra)`` for every chunk, in order, over ``jobs`` processes with bounded work in flight."""
    if jobs <= 1:
        for chunk in chunks:
            yield work(rules, chunk, *extra)
        return
    if multiprocessing.get_start_method(allow_none=False) == "fork":
        _warm_up(rules)  # compiled once here, the forked workers inherit it
    stop = multiprocessing.Event()
    executor = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(rules, stop))
    pending: collections.deque[Future[Result]] = collections.deque()
    finished = False
    try:
        for chunk in chunks:
            pending.append(executor.submit(work, rules, chunk, *extra))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
        finished = True
    finally:
        if finished:
            executor.shutdown(wait=True)
        else:
            _abandon(executor, pending, stop)


#: How long an abandoned pool's workers have to drop their chunks before they are killed, in seconds.
ABANDON_WAIT = 3.0


def _abandon(executor: ProcessPoolExecutor, pending: Iterable[Future[Any]], stop: Any) -> None:
    """Stop a pool whose work is of no use any more (interrupted, failed, or dropped by the caller), and end it.

    The workers are asked to stop: each drops its chunk before the next
    record, so the pool ends within about one record's time. Only workers
    still busy after :data:`ABANDON_WAIT` seconds (one huge text) are killed:
    a worker killed while it sends a result leaves half a message in the
    pipe, which Python's pool then waits to read to the end, for ever.
    """
    stop.set()
    for future in pending:
        future.cancel()  # those not handed to a worker yet
    # Taken before the shutdown, which forgets them when it does not wait: without the manager thread to join,
    # the pool was left to end at exit, where its thread's wake-up pipe could be closed while Python's exit hook
    # wrote to it ("OSError: [Errno 9] Bad file descriptor" after "stancekit: terminated").
    manager = getattr(executor, "_executor_manager_thread", None)
    call_queue = getattr(executor, "_call_queue", None)
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False)
    if manager is None:
        return
    manager.join(ABANDON_WAIT)
    if manager.is_alive():
        if call_queue is not None:
            call_queue.cancel_join_thread()  # its thread may be stuck writing to workers that are gone
        for process in processes:
            process.kill()
        manager.join()


def _text_size(item: tuple[int, Any]) -> int:
    value = item[1]
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Mapping) and isinstance(value.get("text"), str):
        return len(value["text"])
    return 1


def annotate_many(
    texts_or_records: Iterable[str | Mapping[str, Any]],
    *,
    jobs: int | None = 1,
    rules: Iterable[PackSource] | PackSource | None = None,
) -> Iterator[Document]:
    """Annotate many texts, yielding their Documents in input order.

    Args:
        texts_or_records: texts, or records ``{"text": ..., "id": ..., **meta}``
            (the id names the document, the other keys go to its ``meta``).
            Read lazily: a generator over a corpus of any size is fine.
        jobs: worker processes; ``1`` annotates in this process, ``None``
            uses every core this process may use, and so does a number
            above it (more processes than cores only take memory and time).
        rules: extra rule packs, as for ``stancekit.annotate``.

    Raises:
        InputError: for an item that is neither a text nor a record with a
            ``text`` string, naming its index; the documents before it have
            been yielded.
    """
    workers = _workers(jobs)
    if workers < 1:
        raise UsageError(f"jobs is {workers}; expected 1 or more (or None for every core)")
    rules = _picklable(rules)
    chunks = _chunks(enumerate(texts_or_records), _text_size)
    for results in _ordered(_work_items, chunks, jobs=workers, rules=rules):
        for index, result in results:
            if isinstance(result, _BadRecord):
                raise InputError(f"item {index}: {result.reason}")
            yield result


def _picklable(rules: Any) -> Any:
    if rules is None or isinstance(rules, (str, os.PathLike, Mapping)):
        return rules
    return list(rules)


@attrs.frozen
class RecordError:
    """A record that could not be annotated: its index, its id if it had one, and why.

    What :func:`annotate_partition` yields in place of a bad record with ``errors="return"``.
    """

    index: int
    id: str | None
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """``{"index", "id", "reason"}``, ready for JSON."""
        return {"index": self.index, "id": self.id, "reason": self.reason}


def annotate_partition(
    texts_or_records: Iterable[str | Mapping[str, Any]],
    *,
    rules: Iterable[PackSource] | PackSource | None = None,
    errors: str = "raise",
) -> Iterator[Document | RecordError]:
    """Annotate one partition of a distributed collection, in this process: the pure function to map.

    The same annotator as :func:`annotate_many` with ``jobs=1``, built once
    per process and per set of rules, so mapping it over many partitions is
    cheap. Spark: ``rdd.mapPartitions(annotate_partition)``; Dask:
    :func:`stancekit.dask.annotate_bag`.

    Args:
        texts_or_records: texts, or records ``{"text", "id"?, ...meta}``.
        rules: extra rule packs.
        errors: ``"raise"`` an ``InputError`` for a bad record, or
            ``"return"`` a :class:`RecordError` in its place (also for a
            document the annotator fails on), so that nothing is lost and
            the caller sorts documents from errors.

    Raises:
        InputError: for a bad record when ``errors="raise"``, naming its index.
        UsageError: for another value of ``errors``.
    """
    if errors not in ("raise", "return"):
        raise UsageError(f"errors={errors!r}; expected 'raise' or 'return'")
    annotator = _annotator(_picklable(rules))
    annotate = _annotate_safely if errors == "return" else _annotate_one
    for index, record in enumerate(texts_or_records):
        try:
            text, identifier, meta = _unpack(record)
            yield annotate(annotator, text, identifier, meta)
        except _BadRecord as bad:
            if errors == "raise":
                where = f"record {index}" + (f" (id {bad.identifier!r})" if bad.identifier else "")
                raise InputError(f"{where}: {bad.reason}") from None
            yield RecordError(index, bad.identifier, bad.reason)


# Whole corpora, from files to files.


class CorpusSummary:
    """What a corpus run did: documents written and records refused, by this run and by the one it resumed."""

    def __init__(self) -> None:
        self.documents = 0
        self.errors = 0
        self.resumed_documents = 0
        self.resumed_errors = 0
        self.bytes = 0
        self.seconds = 0.0
        #: Each id that names more than one document of the output -> how many it names.
        self.repeated_ids: dict[str, int] = {}

    @property
    def resumed(self) -> int:
        """Records an interrupted run had already written."""
        return self.resumed_documents + self.resumed_errors

    @property
    def total_errors(self) -> int:
        """Error records in the finished errors file (or reported), this run's and the resumed run's."""
        return self.errors + self.resumed_errors

    def __repr__(self) -> str:
        return (
            f"CorpusSummary(documents={self.documents}, errors={self.errors}, "
            f"resumed_documents={self.resumed_documents}, resumed_errors={self.resumed_errors}, "
            f"bytes={self.bytes}, seconds={self.seconds:.2f})"
        )


class Progress:
    """A one-line progress bar on a terminal: documents, documents per second, MB/s, errors, time left."""

    def __init__(self, stream: TextIO | None, total: int | None) -> None:
        self.stream = stream
        self.total = total
        self.started = time.monotonic()
        self.shown = 0.0
        self.width = 0

    def update(self, summary: CorpusSummary, *, final: bool = False) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if not final and now - self.shown < 0.1:
            return
        self.shown = now
        elapsed = max(now - self.started, 1e-9)
        done = summary.documents + summary.errors
        rate = done / elapsed
        finished = done + summary.resumed
        parts = [f"{finished:,}" + (f"/{self.total:,}" if self.total else "") + " records"]
        if self.total:
            parts[0] += f" ({min(100, 100 * finished // max(self.total, 1))}%)"
        parts.append(f"{rate:,.1f} docs/s")
        parts.append(f"{summary.bytes / elapsed / 1e6:.2f} MB/s")
        if summary.errors:
            parts.append(f"{summary.errors:,} error{'s' if summary.errors != 1 else ''}")
        if self.total and rate > 0 and not final:
            left = max(0, self.total - done - summary.resumed) / rate
            parts.append(f"{int(left // 60)}m{int(left % 60):02d}s left")
        line = "  ".join(parts)
        self.stream.write("\r" + line.ljust(self.width) + ("\n" if final else ""))
        self.stream.flush()
        self.width = len(line)


def _count_lines(path: Path) -> int:
    count = 0
    last = b"\n"
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def _read_back(path: Path) -> list[str]:
    """The complete lines of a partial file; a last line an interruption left half-written is cut off."""
    if not path.exists():
        return []
    data = path.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(path, "r+b") as handle:
            handle.truncate(cut)
    return data[:cut].decode("utf-8", "replace").split("\n")[:-1]  # not splitlines(): U+2028 is no line end here


def _written_ids(lines: list[str], path: Path) -> collections.Counter[str]:
    ids: collections.Counter[str] = collections.Counter()
    for number, line in enumerate(lines, start=1):
        try:
            record = json.loads(line)
            # What every document line starts with: a line of something else would be renamed into the output.
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or "version" not in record:
                raise ValueError
            ids[record["id"]] += 1
        except (ValueError, KeyError, TypeError):
            raise InputError(
                f"{path}:{number}: not a document written by stancekit; remove the file or use --force"
            ) from None
    return ids


def _error_keys(lines: list[str]) -> set[Any]:
    keys = set()
    for line in lines:
        try:
            record = json.loads(line)
        except ValueError:
            continue
        keys.add(record.get("line", record.get("file")))
    return keys


def _open_append(path: Path) -> IO[str]:
    from stancekit._files import _cannot_write

    try:
        return open(path, "a", encoding="utf-8", newline="")
    except OSError as error:
        raise _cannot_write(path, error) from None


def _open_output(path: Path, through: set[Path]) -> IO[str]:
    """Open the partial file of ``path``, or ``path`` itself when it is a device or pipe."""
    from stancekit._files import open_through

    return open_through(path) if path in through else _open_append(partial_path(path))


def _finish(handle: IO[str], final: Path, through: set[Path]) -> None:
    """Close ``handle`` and rename its partial file to ``final`` (a device or pipe has none)."""
    handle.flush()
    if final in through:
        handle.close()
        return
    os.fsync(handle.fileno())
    handle.close()
    os.replace(partial_path(final), final)


def _txt_files(folder: Path) -> list[tuple[str, str]]:
    from stancekit._files import folder_files

    files = [path for path in folder_files(folder) if path.suffix.lower() == ".txt"]
    return [(path.relative_to(folder).as_posix(), str(path)) for path in files]


def annotate_corpus(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    errors: str | os.PathLike[str] | None = None,
    jobs: int | None = 1,
    rules: Iterable[PackSource] | PackSource | None = None,
    resume: bool = False,
    force: bool = False,
    progress: TextIO | None = None,
    report: Callable[[str], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> CorpusSummary:
    """Annotate a JSON Lines corpus (or a folder of ``.txt`` files) into a JSON Lines file of documents.

    Args:
        source: a ``.jsonl`` corpus, one record ``{"id", "text", ...meta}`` a
            line, or a folder whose ``.txt`` files (found recursively, in name
            order, hidden files and folders left out) are one document each,
            named by their relative path.
        output: the ``.jsonl`` file of documents, one per good record, in input order.
        errors: the ``.jsonl`` file of error records ``{"line", "id", "reason"}``
            (``{"file", "id", "reason"}`` for a folder); without it,
            ``report`` is called with one line per bad record.
        jobs: worker processes (``None``: every core; never more than the cores this process may use).
        rules: extra rule packs.
        resume: continue an interrupted run from ``OUTPUT.partial``.
        force: overwrite an existing output (and start over, ignoring a partial one).
        progress: a terminal stream for the progress bar, or ``None``.
        report: called with a line for each bad record when there is no errors file.
        warn: called with a line for each article annotated with a warning (an empty one).

    Returns:
        the counts of what was written.

    Raises:
        UsageError: an output exists (without ``force``), a partial run is in
            the way (without ``resume`` or ``force``), an output is also an input,
            another run is writing an output (it holds ``OUTPUT.lock``).
        InputError: the corpus cannot be read.
        OutputError: an output cannot be written.
    """
    from stancekit._files import check_name, output_lock, replaced_file, writes_through

    for target in (output, errors):
        if target is not None:
            check_name(target)
    if errors is not None:
        _check_apart(output, errors)
    with contextlib.ExitStack() as locks:
        # One run at a time per output: a second one (even with --resume or --force) would mix its lines in.
        for target in dict.fromkeys(replaced_file(target) for target in (output, errors) if target is not None):
            if not writes_through(target):
                locks.enter_context(output_lock(target))
        return _annotate_corpus(
            source,
            output,
            errors=errors,
            jobs=jobs,
            rules=rules,
            resume=resume,
            force=force,
            progress=progress,
            report=report,
            warn=warn,
        )


def _check_apart(output: str | os.PathLike[str], errors: str | os.PathLike[str]) -> None:
    """Refuse an output or errors file that is the other's partial file or lock, which the run would lose.

    ``--errors OUT.jsonl.partial`` would be taken for an interrupted run's
    file, and removed by the next ``--force``; ``--errors OUT.jsonl.lock``
    would be removed when the run ends, its records with it.

    Raises:
        UsageError: naming the file, what the run keeps there, and that another name is expected.
    """
    from stancekit._files import lock_path

    for one, other in ((output, errors), (errors, output)):
        for kept, what in ((partial_path(other), "its unfinished lines"), (lock_path(other), "its lock")):
            if os.path.realpath(one) == os.path.realpath(kept):
                raise UsageError(
                    f"{one}: is where the run keeps {what} for {other}, and would be lost; choose another name"
                )


def _annotate_corpus(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    errors: str | os.PathLike[str] | None,
    jobs: int | None,
    rules: Iterable[PackSource] | PackSource | None,
    resume: bool,
    force: bool,
    progress: TextIO | None,
    report: Callable[[str], None] | None,
    warn: Callable[[str], None] | None,
) -> CorpusSummary:
    """:func:`annotate_corpus` once its outputs are locked."""
    from stancekit._files import cannot_read, check_not_input, replaced_file, shown_path, writes_through
    from stancekit.formats import jsonl

    source_path = Path(source)
    # A device or pipe (-o /dev/null) is written into as the run goes, with
    # no partial file to resume from; a symbolic link's file is the one made.
    through = {target for target in (output, errors) if target is not None and writes_through(target)}
    if through and resume:
        raise UsageError(f"{sorted(map(str, through))[0]}: is a device or a pipe, which a run cannot resume")
    output_path = Path(output) if output in through else replaced_file(output)
    errors_path = None if errors is None else Path(errors) if errors in through else replaced_file(errors)
    workers = _workers(jobs)
    if workers < 1:
        raise UsageError(f"--jobs is {workers}; expected 1 or more")
    if not source_path.exists():
        raise cannot_read(source, FileNotFoundError())
    folder = source_path.is_dir()
    targets = [output_path] + ([errors_path] if errors_path is not None else [])
    through_paths = {Path(target) for target in through}
    for target in targets:
        check_not_input(target, [source_path])
    if errors_path is not None and os.path.abspath(errors_path) == os.path.abspath(output_path):
        raise UsageError(f"{errors_path}: is both the output and the errors file; choose two files")
    for target in targets:
        if target in through_paths:
            continue
        if target.exists() and not force:
            raise UsageError(f"{target}: exists; give --force to replace it, or choose another output")
        if partial_path(target).exists() and not (resume or force):
            raise UsageError(
                f"{partial_path(target)}: an interrupted run left it; use --resume to continue or --force to start over"
            )
    if force and not resume:
        for target in targets:
            if target not in through_paths:
                partial_path(target).unlink(missing_ok=True)

    summary = CorpusSummary()
    written: collections.Counter[str] = collections.Counter()
    refused: set[Any] = set()
    if resume:
        kept = _read_back(partial_path(output_path))
        written = _written_ids(kept, partial_path(output_path))
        summary.resumed_documents = len(kept)
        if errors_path is not None:
            kept_errors = _read_back(partial_path(errors_path))
            refused = _error_keys(kept_errors)
            summary.resumed_errors = len(kept_errors)

    # The ids written so far, to warn about a repeated one (eval refuses those): the one thing a run
    # keeps that grows with the corpus, a few dozen bytes a document.
    seen_ids: set[str] = set(written)
    summary.repeated_ids = {identifier: count for identifier, count in written.items() if count > 1}
    rules = _picklable(rules)
    # Opened, and its start checked, before the outputs: a corpus refused as a whole leaves no partial file.
    source_lines = None if folder else jsonl.iter_lines(source_path)
    out = _open_output(output_path, through_paths)
    bad = _open_output(errors_path, through_paths) if errors_path is not None else None
    started = time.monotonic()
    try:
        if source_lines is None:  # a folder
            files = _txt_files(source_path)
            bar = Progress(progress, len(files))
            todo_files = [item for item in files if not _already_done_file(item, written, refused)]
            chunks: Iterable[Any] = _chunks(todo_files, lambda item: 1)
            results = _ordered(_work_files, chunks, jobs=workers, rules=rules)
        else:
            bar = Progress(progress, _count_lines(source_path) if progress is not None else None)
            lines = _skip_done(source_lines, written, refused, source_path)
            chunks = _chunks(lines, lambda item: len(item[1]))
            extra = (str(source_path), source_path.stem)
            results = _ordered(_work_lines, chunks, jobs=workers, rules=rules, extra=extra)
        key = "file" if folder else "line"
        shown_source = shown_path(str(source_path))  # written as UTF-8, in a report or a warning
        for outcomes in results:
            for where, identifier, line, reason, size in outcomes:
                summary.bytes += size
                where_in_source = f"{shown_source}{'/' if folder else ':'}{where}"
                if line is not None:
                    if reason is not None and warn is not None:
                        warn(f"{where_in_source}: {reason}")
                    out.write(line)
                    summary.documents += 1
                    if identifier in seen_ids:
                        summary.repeated_ids[identifier] = summary.repeated_ids.get(identifier, 1) + 1
                    else:
                        seen_ids.add(identifier)  # type: ignore[arg-type]  # a written document has its id
                else:
                    summary.errors += 1
                    record = {key: where, "id": identifier, "reason": reason}
                    if bad is not None:
                        bad.write(json.dumps(record, ensure_ascii=False) + "\n")
                    elif report is not None:
                        report(f"{where_in_source}: {reason}")
            out.flush()
            if bad is not None:
                bad.flush()
            bar.update(summary)
        summary.seconds = time.monotonic() - started
        bar.update(summary, final=True)
        _finish(out, output_path, through_paths)
        if bad is not None and errors_path is not None:
            _finish(bad, errors_path, through_paths)
    finally:
        out.close()
        if bad is not None:
            bad.close()
    return summary


def _already_done_file(item: tuple[str, str], written: collections.Counter[str], refused: set[Any]) -> bool:
    from stancekit._files import shown_path

    name = item[0]
    if shown_path(name) in refused:  # as the errors file names it (a name that is not UTF-8 as a shell shows it)
        return True
    identifier = _file_id(name)
    if written[identifier] > 0:
        written[identifier] -= 1
        return True
    return False


def _skip_done(
    lines: Iterable[tuple[int, bytes]], written: collections.Counter[str], refused: set[Any], source: Path
) -> Iterator[tuple[int, bytes]]:
    """The lines not yet done by an interrupted run; parses lines only while some written ids are unaccounted for."""
    remaining = sum(written.values())
    for number, raw in lines:
        if number in refused:
            continue
        if remaining:
            try:
                record = _parse_line(raw, f"{source}:{number}")
                _, identifier, _ = _unpack_record(record, f"{source.stem}-{number}")
            except _BadRecord:
                yield number, raw
                continue
            if identifier is not None and written[identifier] > 0:
                written[identifier] -= 1
                remaining -= 1
                continue
        yield number, raw


def summary_line(summary: CorpusSummary, output: str, errors: str | None) -> str:
    """The line a run ends with."""
    rate = (summary.documents + summary.errors) / summary.seconds if summary.seconds else 0.0
    line = f"{output}: {summary.documents:,} document{'s' if summary.documents != 1 else ''}"
    if summary.resumed_documents:
        line += f" (and {summary.resumed_documents:,} from the interrupted run)"
    if summary.total_errors:
        where = f" in {errors}" if errors else ""
        line += f"; {summary.total_errors:,} record{'s' if summary.total_errors != 1 else ''} not annotated{where}"
    return line + f" ({rate:,.1f} docs/s)"
