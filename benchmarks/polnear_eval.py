"""The annotator against PolNeAR (dev split) with ``stancekit.evaluate``, and PolNeAR's own annotator agreement.

1. **The annotator's figures.** Each article's first annotation file in name
   order is the gold (as in ``polnear_statements.py``); ``stancekit.annotate``
   annotates the article's text. Statements are matched on content by
   character-overlap F1 >= 0.5, one to one; for matched statements the script
   reports how often the predicted source and cue overlap the gold ones at
   all, and the ``sources`` and ``cues`` layers of ``stancekit eval`` (which
   need an overlap F1 >= 0.5).
2. **Agreement between PolNeAR's annotators.** Two dev articles were annotated
   by six annotators each. For every pair of annotators: statement F1 (the
   statement rule above, symmetric) and Cohen's kappa on token roles (source,
   cue, content or none); over all six at once, Krippendorff's alpha
   (nominal) on token roles.

Usage:
    python benchmarks/polnear_eval.py [../shared/eval/polnear-dev] [--format text|json]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sys
import warnings
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stancekit import annotate
from stancekit.evaluate import Score, agreement, cohen_kappa, evaluate, krippendorff_alpha, token_roles
from stancekit.formats import brat
from stancekit.model import Document, Span

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "eval" / "polnear-dev"


def annotations_by_article(folder: Path) -> dict[str, list[Document]]:
    """Every annotation of every article, in file-name order, read with the brat reader."""
    articles: dict[str, list[Document]] = defaultdict(list)
    for ann in sorted((folder / "attributions").glob("*.ann")):
        document = brat.load(ann, text=folder / "text")
        articles[ann.stem.rsplit("_", 1)[0]].append(document)
    return dict(sorted(articles.items()))


def _overlaps(first: Span | None, second: Span | None) -> bool:
    if first is None or second is None:
        return False
    return any(
        min(end, other_end) > max(start, other_start)
        for start, end in first.pieces
        for other_start, other_end in second.pieces
    )


def annotator_figures(articles: dict[str, list[Document]]) -> dict[str, Any]:
    gold = [versions[0] for versions in articles.values()]
    predicted = [annotate(document.text, id=document.id) for document in gold]
    result = evaluate(gold, predicted, layers=("statements", "sources", "cues"))
    gold_by_id = {document.id: document for document in gold}
    predicted_by_id = {document.id: document for document in predicted}
    counts = {"source_gold": 0, "source_overlap": 0, "cue_gold": 0, "cue_overlap": 0}
    for document in result.documents:
        gold_statements = {statement.id: statement for statement in gold_by_id[document.id].statements}
        predicted_statements = {statement.id: statement for statement in predicted_by_id[document.id].statements}
        for gold_id, predicted_id, _ in document.layers["statements"].matches:
            wanted, found = gold_statements[gold_id], predicted_statements[predicted_id]
            for part in ("source", "cue"):
                if getattr(wanted, part) is not None:
                    counts[f"{part}_gold"] += 1
                    counts[f"{part}_overlap"] += _overlaps(getattr(wanted, part), getattr(found, part))
    return {
        "articles": len(gold),
        "statements": result["statements"].to_dict(),
        "sources": result["sources"].to_dict(),
        "cues": result["cues"].to_dict(),
        "matched_source_overlap": _share(counts["source_overlap"], counts["source_gold"]),
        "matched_cue_overlap": _share(counts["cue_overlap"], counts["cue_gold"]),
    }


def _share(part: int, whole: int) -> float | None:
    """``part / whole``, or ``None`` when there is nothing to count (no matched statement with a source, say)."""
    return part / whole if whole else None


def annotator_agreement(articles: dict[str, list[Document]]) -> dict[str, Any]:
    shared = {name: versions for name, versions in articles.items() if len(versions) > 1}
    statements = Score()
    kappas = []
    units: list[tuple[str, ...]] = []
    for versions in shared.values():
        for first, second in itertools.combinations(versions, 2):
            # The documents' ids name their annotators; agreement pairs documents by id, so give both one id.
            statements += agreement([first], [_renamed(second, first.id)]).statements
            kappas.append(cohen_kappa(zip(token_roles(first), token_roles(second), strict=True)))
        units.extend(zip(*(token_roles(document) for document in versions), strict=True))
    measured = [kappa for kappa in kappas if kappa is not None]
    return {
        "articles": len(shared),
        "annotators": sorted({len(versions) for versions in shared.values()}),
        "annotator_pairs": len(kappas),
        "statements": statements.to_dict(),
        "role_kappa_mean": sum(measured) / len(measured) if measured else None,
        "role_alpha": krippendorff_alpha(units),
        "tokens": len(units),
    }


def _renamed(document: Document, document_id: str) -> Document:
    import attrs

    return attrs.evolve(document, id=document_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT), help="the PolNeAR dev folder (text/, attributions/)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        print(f"{folder}: expected the PolNeAR dev split (text/ and attributions/)", file=sys.stderr)
        return 2
    with warnings_on_one_line("polnear_eval"):
        articles = annotations_by_article(folder)
    if not articles:
        print(f"{folder / 'attributions'}: no .ann files; expected PolNeAR's brat annotations", file=sys.stderr)
        return 2
    figures = {"annotator": annotator_figures(articles), "polnear_agreement": annotator_agreement(articles)}
    if args.format == "json":
        print(json.dumps(figures, indent=2))
        return 0
    ours, theirs = figures["annotator"], figures["polnear_agreement"]
    content = ours["statements"]
    print(
        f"stancekit annotate on PolNeAR dev ({ours['articles']} articles): content P={content['precision']:.3f} "
        f"R={content['recall']:.3f} F1={content['f1']:.3f} (tp={content['tp']} fp={content['fp']} fn={content['fn']})"
    )
    print(
        f"  of matched statements: source overlaps {_percent(ours['matched_source_overlap'])}, "
        f"cue overlaps {_percent(ours['matched_cue_overlap'])}"
    )
    for layer in ("sources", "cues"):
        score = ours[layer]
        print(f"  {layer} (overlap F1 >= 0.5): P={score['precision']:.3f} R={score['recall']:.3f} F1={score['f1']:.3f}")
    if not theirs["articles"]:
        print("PolNeAR annotators: no article is annotated more than once, so there is no agreement to measure")
        return 0
    print(
        f"PolNeAR annotators on the {theirs['articles']} dev articles annotated {theirs['annotators']} times "
        f"({theirs['annotator_pairs']} annotator pairs, {theirs['tokens']} tokens):"
    )
    print(f"  statement agreement F1 {theirs['statements']['f1']:.3f}")
    print(
        f"  token roles: Krippendorff's alpha {_figure(theirs['role_alpha'])}, "
        f"mean pairwise Cohen's kappa {_figure(theirs['role_kappa_mean'])}"
    )
    return 0


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


@contextlib.contextmanager
def warnings_on_one_line(program: str) -> Iterator[None]:
    """What the brat reader passes over (an attribution event without content), as one line on standard error.

    Python's own display took two lines, the second quoting this script's source (``document = brat.load(...)``).
    """
    from stancekit.formats import FormatWarning

    shown = warnings.showwarning

    def show(message: Warning | str, category: type[Warning], *where: Any, **rest: Any) -> None:
        if issubclass(category, FormatWarning):
            print(f"{program}: warning: {' '.join(str(message).split())}", file=sys.stderr)
        else:
            shown(message, category, *where, **rest)

    with warnings.catch_warnings():
        warnings.simplefilter("always", FormatWarning)
        warnings.showwarning = show
        yield


if __name__ == "__main__":
    sys.exit(main())
