"""Annotation past one machine, on Dask (``python -m pip install -e ".[dask]"`` in a clone).

:func:`annotate_bag` maps :func:`stancekit.batch.annotate_partition`, the
pure annotate function, over the partitions of a ``dask.bag.Bag``: each
worker process builds the annotator once and annotates its partitions; the
scheduler decides where they run, a laptop's threads or a cluster's workers
alike. ``docs/performance.md`` shows a cluster run and the Spark equivalent.

Example::

    import dask.bag as db
    import stancekit.dask

    records = db.read_text("corpus-*.jsonl").map(json.loads)
    documents = stancekit.dask.annotate_bag(records)
    documents.map(lambda d: json.dumps(d.to_dict())).to_textfiles("out/*.jsonl")
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from stancekit.batch import RecordError, _picklable, annotate_partition

if TYPE_CHECKING:
    import dask.bag

    from stancekit.annotate.rules import PackSource
    from stancekit.model import Document

__all__ = ["RecordError", "annotate_bag", "annotate_partition"]


def _partition(
    records: Iterable[str | Mapping[str, Any]], rules: Any, errors: str, as_dict: bool
) -> list[Document | RecordError | dict[str, Any]]:
    # A list, not a generator: Dask's process scheduler (a bag's default) pickles each partition's result.
    return [
        result.to_dict() if as_dict else result for result in annotate_partition(records, rules=rules, errors=errors)
    ]


def annotate_bag(
    bag: dask.bag.Bag,
    *,
    rules: Iterable[PackSource] | PackSource | None = None,
    errors: str = "raise",
    as_dict: bool = False,
) -> dask.bag.Bag:
    """Annotate every text or record of a Dask bag, lazily, partition by partition.

    Args:
        bag: texts, or records ``{"text", "id"?, ...meta}`` (``db.read_text(...).map(json.loads)``).
        rules: extra rule packs (paths every worker can read, or dicts).
        errors: ``"raise"`` (a bad record fails its partition with an
            ``InputError``) or ``"return"`` (a ``RecordError`` takes its
            place: filter them out, or write them to an errors file).
        as_dict: yield the documents' wire form (``Document.to_dict()``, and
            ``RecordError.to_dict()``) instead of objects, ready for JSON.

    Returns:
        a bag of ``Document`` (or ``RecordError``, or dicts), one per input
        element, in the bag's order; nothing runs until it is computed.

    Raises:
        ImportError: when Dask is not installed.
    """
    import dask.bag  # noqa: F401 - fails early, with the install hint, without Dask

    return bag.map_partitions(_partition, _picklable(rules), errors, as_dict)
