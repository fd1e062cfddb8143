"""``stancekit eval GOLD PRED``: score annotations against a gold standard, or two annotators against each other."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from stancekit.evaluate import DocumentResult, Evaluation
    from stancekit.model import Document

HELP = "score predicted annotations against gold ones (precision, recall, F1 per layer), or measure agreement"

#: ``stancekit.evaluate.LAYERS``, spelled out here so that ``stancekit --help`` does not import the scorer.
_LAYERS = ("mentions", "entities", "statements", "sources", "cues", "speakers", "stances")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "gold",
        metavar="GOLD",
        help="the reference: a file (.json, .jsonl or any readable format) or a folder of them; - for standard input",
    )
    parser.add_argument(
        "predicted",
        metavar="PRED",
        nargs="?",
        help="the annotations to score, matched to GOLD by document id (a file, a folder or - for standard input); "
        "leave out with --annotate",
    )
    parser.add_argument(
        "--annotate",
        action="store_true",
        help="score stancekit's rule-based annotator: annotate the text of every GOLD document instead of reading PRED",
    )
    parser.add_argument(
        "--rules",
        metavar="PACK",
        action="append",
        default=[],
        help="with --annotate: a rule pack (.json) to add to the default ones; repeat for several",
    )
    parser.add_argument(
        "--from",
        dest="input_format",
        metavar="FORMAT",
        help="read GOLD and PRED in this format (default: guessed from each file's extension)",
    )
    parser.add_argument(
        "--text",
        metavar="PATH",
        help="where brat .ann files find their texts: a folder (for PolNeAR's ARTICLE_ANNOTATOR.ann, "
        "ARTICLE.txt is looked for too) or one .txt file; default: beside each .ann; refused when neither side is brat",
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="a rounded table (default) or JSON, unrounded"
    )
    parser.add_argument("--explain", action="store_true", help="list what was missed and what was extra")
    parser.add_argument(
        "--agreement",
        action="store_true",
        help="also report agreement, GOLD and PRED taken as two annotators: Cohen's kappa and Krippendorff's "
        "alpha on stance polarity, statement F1, and alpha on token roles",
    )
    parser.add_argument(
        "--match",
        choices=("overlap", "exact"),
        default="overlap",
        metavar="HOW",
        help="how spans match: overlap (default), a character-overlap F1 of at least --threshold, or exact",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.5,
        metavar="F",
        help="the least character-overlap F1 (and target word F1) that counts as a match (default 0.5)",
    )
    parser.add_argument(
        "--layers",
        metavar="LIST",
        default=",".join(_LAYERS),
        help=f"the layers to score, comma-separated (default: all of {', '.join(_LAYERS)})",
    )


def _annotated(gold: list[Document], rules: list[str]) -> list[Document]:
    import importlib

    from stancekit.errors import UsageError

    try:
        annotate = importlib.import_module("stancekit.annotate").annotate
    except (ImportError, AttributeError):
        raise UsageError("--annotate needs stancekit's rule-based annotator, which this installation lacks") from None
    return [annotate(document.text, rules=rules or None, id=document.id) for document in gold]


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _count(number: int, noun: str) -> str:
    """``1 token``, ``2 tokens``."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _document_figure(document: DocumentResult, layer: str) -> str:
    """A document's F1 in one layer, or ``-`` when it is on one side only and neither side has anything there.

    Such a layer's score is "both sides empty", 1.0, which would read as a
    success for a document that was never compared.
    """
    score = document.layers[layer].score
    if document.presence != "both" and not (score.tp or score.fp or score.fn):
        return "-"
    return f"{score.f1:.3f}"


def _text_report(evaluation: Evaluation, *, explain: bool) -> str:
    lines = [f"{'layer':<12} {'precision':>9} {'recall':>7} {'f1':>7} {'tp':>6} {'fp':>6} {'fn':>6}"]
    for layer in evaluation.layers:
        score = evaluation.total(layer)
        lines.append(
            f"{layer:<12} {score.precision:>9.3f} {score.recall:>7.3f} {score.f1:>7.3f} "
            f"{score.tp:>6} {score.fp:>6} {score.fn:>6}"
        )
    presence = [document.presence for document in evaluation.documents]
    rule = "exact spans" if evaluation.match == "exact" else f"character-overlap F1 >= {evaluation.threshold:g}"
    plural = "" if len(presence) == 1 else "s"
    lines.append(
        f"{len(presence)} document{plural}: {presence.count('both')} on both sides, "
        f"{presence.count('gold')} gold only, {presence.count('predicted')} predicted only; spans matched by {rule}"
    )
    if evaluation.documents:
        width = max(12, *(len(document.id) for document in evaluation.documents))
        lines.append("")
        header = "".join(f" {layer:>10}" for layer in evaluation.layers)
        lines.append(f"{'document (F1)':<{width}}{header}")
        for document in evaluation.documents:
            figures = "".join(f" {_document_figure(document, layer):>10}" for layer in evaluation.layers)
            note = "" if document.presence == "both" else f"  ({document.presence} only)"
            lines.append(f"{document.id:<{width}}{figures}{note}")
    if explain:
        for document in evaluation.documents:
            found = [
                (kind, layer, item)
                for layer, result in document.layers.items()
                for kind, items in (("missed", result.misses), ("extra", result.extras))
                for item in items
            ]
            if not found:
                continue
            lines.append("")
            lines.append(document.id)
            for kind, layer, item in found:
                lines.append(
                    f"  {kind:<6} {layer[:-1] if layer != 'entities' else 'entity':<9} {item.id}: {item.description}"
                )
    if evaluation.agreement is not None:
        data = evaluation.agreement.to_dict()
        polarity, statements, roles = data["stance_polarity"], data["statements"], data["roles"]
        lines.append("")
        lines.append("agreement (GOLD and PRED as two annotators)")
        lines.append(
            f"  stance polarity: {_count(polarity['units'], 'paired stance')} ({polarity['unmatched'][0]} and "
            f"{polarity['unmatched'][1]} unpaired), observed {_figure(polarity['observed'])}, "
            f"Cohen's kappa {_figure(polarity['cohen_kappa'])}, "
            f"Krippendorff's alpha {_figure(polarity['krippendorff_alpha'])}"
        )
        lines.append(
            f"  statements: F1 {statements['f1']:.3f} (both {statements['tp']}, "
            f"first only {statements['fn']}, second only {statements['fp']})"
        )
        lines.append(
            f"  token roles: {_count(roles['tokens'], 'token')}, observed {_figure(roles['observed'])}, "
            f"Cohen's kappa {_figure(roles['cohen_kappa'])}, "
            f"Krippendorff's alpha {_figure(roles['krippendorff_alpha'])}"
        )
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from stancekit._commands._stdin import check_once, read_documents, refuse_in_option
    from stancekit._commands._text import check_text, read_as
    from stancekit.errors import UsageError
    from stancekit.evaluate import evaluate

    refuse_in_option("--rules", args.rules, "a rule pack", "--rules PACK.json")
    if args.rules and not args.annotate:
        raise UsageError("--rules applies to --annotate only")
    if args.annotate == (args.predicted is not None):
        raise UsageError(
            "PRED and --annotate both given; expected one: PRED to score a file, or --annotate to score the rules"
            if args.annotate
            else "PRED is missing; expected the annotations to score (a file or folder), or --annotate to score "
            "stancekit's rules on GOLD's texts"
        )
    sides = [args.gold] + ([args.predicted] if args.predicted is not None else [])
    check_once(sides)
    check_text(args.text, [(path, read_as(path, args.input_format)) for path in sides])
    layers = [layer.strip() for layer in args.layers.split(",") if layer.strip()]
    gold = list(read_documents(args.gold, format=args.input_format, text=args.text))
    if args.annotate:
        predicted = _annotated(gold, args.rules)
    else:
        predicted = list(read_documents(args.predicted, format=args.input_format, text=args.text))
    evaluation = evaluate(
        gold,
        predicted,
        match=args.match,
        threshold=args.threshold,
        layers=layers,
        with_agreement=args.agreement,
    )
    if args.format == "json":
        data: dict[str, Any] = evaluation.to_dict(explain=args.explain)
        stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        stdout.write(_text_report(evaluation, explain=args.explain))
    if not any(document.presence == "both" for document in evaluation.documents):
        # Figures of nothing compared look like a real score of 0: say so, and fail, so that scripts notice.
        gold_ids = [document.id for document in evaluation.documents if document.presence == "gold"]
        predicted_ids = [document.id for document in evaluation.documents if document.presence == "predicted"]
        # Annotating GOLD's texts by hand names the documents after the text files, which brat's .ann names may not
        # match (PolNeAR's ARTICLE_ANNOTATOR.ann): --annotate pairs them by construction.
        hint = "" if args.annotate else "; to score stancekit's rules on GOLD's texts, give --annotate instead of PRED"
        stderr.write(
            f"stancekit: warning: no document id is on both sides (gold {_ids(gold_ids)}, predicted "
            f"{_ids(predicted_ids)}); documents are paired by id, and brat files take theirs from the file name"
            f"{hint}\n"
        )
        return 1
    return 0


def _ids(ids: list[str]) -> str:
    """A few ids for a message: ``'a', 'b' and 3 more``, or ``none``."""
    if not ids:
        return "none"
    shown = ", ".join(repr(identifier) for identifier in ids[:3])
    return shown if len(ids) <= 3 else f"{shown} and {len(ids) - 3} more"
