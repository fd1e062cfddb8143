"""Scoring annotations against a gold standard, and agreement between two annotators.

Two sets of documents are compared document by document, matched by id; a
document present on one side only counts all its items as misses (gold only)
or extras (predicted only). Both sides of a pair must have the same text,
since spans are compared by offset.

Layers and matching rules (``docs/evaluation.md`` tells the same with
examples):

* **Spans** match by one of two modes. ``exact``: the same pieces (start, end
  and every fragment). ``overlap`` (the default): the character-overlap F1 of
  the two spans, over all their fragments, ``2 * |A ∩ B| / (|A| + |B|)``, is
  at least ``threshold`` (0.5 by default).
* **Entities** correspond when both have a ``kb_id`` and the ids are equal;
  when either lacks one, when their normalised names (name and aliases,
  case-folded, without a leading "the" or a trailing possessive "'s") share
  one. The ``entities`` layer pairs them by that rule (kb id first, then the
  Jaccard overlap of the names).
* **Mentions** match when their spans match and their entities correspond.
* **Statements** match on their content span. Within matched statements, the
  ``sources`` and ``cues`` layers score the source and cue spans (the same span
  rule) and ``speakers`` the speaker entities; a statement without a source
  (cue, speaker) has nothing to score in that layer.
* **Stances** match when the holders correspond, the polarities are equal and
  the targets match: by span when both targets have one, else by text (equal
  after case-folding in ``exact`` mode; word F1, without a few function words,
  at least ``threshold`` in ``overlap`` mode).

Every layer pairs items one to one, greedily: all candidate pairs sorted by
score (best first; ties broken by how well the rest of the item agrees, then
by document order), each taken when both items are still free.

Precision is ``tp / (tp + fp)``, recall ``tp / (tp + fn)``, F1
``2 tp / (2 tp + fp + fn)``, all micro-averaged: the counts are summed over
documents first. A layer with nothing on either side scores 1.0 (nothing to
find, nothing found); a denominator of zero otherwise gives 0.0.

Agreement treats the two sides as two annotators: Cohen's kappa and
Krippendorff's alpha (nominal) on the polarity of stances paired on holder and
target alone, the statement F1 (symmetric in the two annotators), and alpha on
the role (source, cue, content or none) each annotator gives each token.
"""

from __future__ import annotations

import heapq
import os
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal, TypeVar

import attrs

from stancekit.errors import InputError, UsageError
from stancekit.model import Document, Entity, Span, Stance, Statement, Target

__all__ = [
    "LAYERS",
    "MATCH_MODES",
    "Agreement",
    "DocumentResult",
    "Evaluation",
    "Item",
    "LayerResult",
    "Score",
    "agreement",
    "cohen_kappa",
    "entities_correspond",
    "evaluate",
    "evaluate_document",
    "krippendorff_alpha",
    "read_documents",
    "span_f1",
]

#: Every layer scored, in report order.
LAYERS = ("mentions", "entities", "statements", "sources", "cues", "speakers", "stances")

#: How spans are compared: ``overlap`` (character-overlap F1 at least a threshold) or ``exact``.
MATCH_MODES = ("overlap", "exact")

MatchMode = Literal["overlap", "exact"]
Presence = Literal["both", "gold", "predicted"]

#: The labels of the token-wise role agreement, strongest first (a token in two roles takes the first).
ROLES = ("source", "cue", "content")
NO_ROLE = "none"

_STOP_WORDS = frozenset(
    (
        "a", "an", "the", "of", "to", "for", "and", "or", "in", "on", "at", "by", "with", "from", "that", "this",
        "these", "those", "its", "it", "his", "her", "their", "is", "are", "was", "were", "be", "been", "as",
        "into", "about", "over", "under", "than",
    )
)  # fmt: skip
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_PREVIEW = 60

#: The statement layers scored within matched statements, and the attribute each scores.
_STATEMENT_PARTS = {"sources": "source", "cues": "cue", "speakers": "speaker"}

G = TypeVar("G")
P = TypeVar("P")


# ----------------------------------------------------------------------------
# Scores


@attrs.frozen
class Score:
    """True positives, false positives and false negatives, and the figures made of them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """``tp / (tp + fp)``; 1.0 when both sides are empty, 0.0 when nothing was predicted but something missed."""
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        """``tp / (tp + fn)``; 1.0 when both sides are empty, 0.0 when there was nothing to find but something extra."""
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if not self.fp else 0.0

    @property
    def f1(self) -> float:
        """``2 tp / (2 tp + fp + fn)``, the harmonic mean of precision and recall; 1.0 when both sides are empty."""
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@attrs.frozen
class Item:
    """One annotation, as a report names it: its id, a readable description and where it is."""

    id: str
    description: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "description": self.description, "start": self.start, "end": self.end}


@attrs.frozen
class LayerResult:
    """The outcome of one layer in one document: the counts, the pairs, the misses and the extras.

    ``matches`` holds ``(gold id, predicted id, score)`` triples.
    """

    score: Score
    matches: tuple[tuple[str, str, float], ...] = ()
    misses: tuple[Item, ...] = ()
    extras: tuple[Item, ...] = ()


@attrs.frozen
class DocumentResult:
    """Every layer of one document, and on which side the document was found."""

    id: str
    presence: Presence
    layers: dict[str, LayerResult] = attrs.field(hash=False)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "in": self.presence}
        for name, result in self.layers.items():
            data[name] = result.score.to_dict()
        if explain:
            data["misses"] = [
                {"layer": name, **item.to_dict()} for name, result in self.layers.items() for item in result.misses
            ]
            data["extras"] = [
                {"layer": name, **item.to_dict()} for name, result in self.layers.items() for item in result.extras
            ]
        return data


@attrs.frozen
class Agreement:
    """Agreement between two annotators, A (the first side) and B (the second).

    Attributes:
        polarity_pairs: ``(A's polarity, B's polarity)`` for every pair of
            stances matched on holder and target.
        unmatched_stances: stances of A and of B that found no partner.
        statements: the statement counts, A as reference (F1 is symmetric).
        role_pairs: ``{(A's role, B's role): tokens}`` over the tokens of the
            documents both annotated.
    """

    polarity_pairs: tuple[tuple[str, str], ...]
    unmatched_stances: tuple[int, int]
    statements: Score
    role_pairs: dict[tuple[str, str], int] = attrs.field(hash=False)

    @property
    def polarity_kappa(self) -> float | None:
        """Cohen's kappa on the paired polarities; ``None`` without pairs."""
        return cohen_kappa(self.polarity_pairs)

    @property
    def polarity_alpha(self) -> float | None:
        """Krippendorff's alpha (nominal) on the paired polarities; ``None`` without pairs."""
        return krippendorff_alpha(self.polarity_pairs)

    @property
    def role_alpha(self) -> float | None:
        """Krippendorff's alpha (nominal) on the token roles; ``None`` without tokens."""
        return _alpha_from_pairs(self.role_pairs)

    def to_dict(self) -> dict[str, Any]:
        units = len(self.polarity_pairs)
        agreeing = sum(1 for first, second in self.polarity_pairs if first == second)
        tokens = sum(self.role_pairs.values())
        same_role = sum(count for (first, second), count in self.role_pairs.items() if first == second)
        return {
            "stance_polarity": {
                "units": units,
                "unmatched": list(self.unmatched_stances),
                "observed": agreeing / units if units else None,
                "cohen_kappa": self.polarity_kappa,
                "krippendorff_alpha": self.polarity_alpha,
            },
            "statements": self.statements.to_dict(),
            "roles": {
                "tokens": tokens,
                "observed": same_role / tokens if tokens else None,
                "cohen_kappa": cohen_kappa(_expand(self.role_pairs)) if tokens else None,
                "krippendorff_alpha": self.role_alpha,
            },
        }


@attrs.frozen
class Evaluation:
    """The result of comparing two sets of documents: per document, and summed over them."""

    documents: tuple[DocumentResult, ...]
    layers: tuple[str, ...] = LAYERS
    match: MatchMode = "overlap"
    threshold: float = 0.5
    agreement: Agreement | None = None

    def total(self, layer: str) -> Score:
        """The counts of ``layer`` summed over every document (micro-average)."""
        total = Score()
        for document in self.documents:
            total += document.layers[layer].score
        return total

    def __getitem__(self, layer: str) -> Score:
        if layer not in self.layers:
            raise KeyError(layer)
        return self.total(layer)

    def to_dict(self, *, explain: bool = False) -> dict[str, Any]:
        """The JSON report: each layer's figures (unrounded), the settings and the per-document breakdown."""
        data: dict[str, Any] = {layer: self.total(layer).to_dict() for layer in self.layers}
        data["settings"] = {"match": self.match, "threshold": self.threshold, "layers": list(self.layers)}
        data["documents"] = [document.to_dict(explain=explain) for document in self.documents]
        if self.agreement is not None:
            data["agreement"] = self.agreement.to_dict()
        return data


# ----------------------------------------------------------------------------
# Spans, names and texts


def _nonempty_pieces(span: Span) -> list[tuple[int, int]]:
    return [(start, end) for start, end in span.pieces if end > start]


def span_f1(first: Span, second: Span) -> float:
    """The character-overlap F1 of two spans over all their fragments: ``2 |A ∩ B| / (|A| + |B|)``.

    Two empty spans score 1.0 when they sit at the same offset, else 0.0.
    """
    a, b = _nonempty_pieces(first), _nonempty_pieces(second)
    if not a or not b:
        return 1.0 if not a and not b and first.pieces == second.pieces else 0.0
    common = 0
    i = j = 0
    while i < len(a) and j < len(b):
        low, high = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if high > low:
            common += high - low
        if a[i][1] <= b[j][1]:
            i += 1
        else:
            j += 1
    size = sum(end - start for start, end in a) + sum(end - start for start, end in b)
    return 2 * common / size


def _span_score(first: Span, second: Span, mode: MatchMode) -> float:
    if mode == "exact":
        return 1.0 if first.pieces == second.pieces else 0.0
    return span_f1(first, second)


def _normalise_name(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).casefold()
    folded = " ".join(re.sub(r"[^\w'\s&.-]", " ", folded).split())
    folded = re.sub(r"^the ", "", folded)
    folded = re.sub(r"'s$", "", folded).strip(" .'-")
    # A name made only of what normalising removes still names its entity.
    return folded or " ".join(name.casefold().split()) or name


def _names(entity: Entity) -> frozenset[str]:
    return frozenset(_normalise_name(name) for name in (entity.name, *entity.aliases))


def entities_correspond(first: Entity, second: Entity) -> bool:
    """Whether two entities of different documents are the same actor.

    Equal ``kb_id`` when both have one; otherwise a shared normalised name
    (name or alias, case-folded, without a leading "the" or a trailing "'s").
    """
    if first.kb_id and second.kb_id:
        return first.kb_id == second.kb_id
    return not _names(first).isdisjoint(_names(second))


def _entity_score(first: Entity, second: Entity) -> float:
    if first.kb_id and second.kb_id:
        return 1.0 if first.kb_id == second.kb_id else 0.0
    a, b = _names(first), _names(second)
    return len(a & b) / len(a | b)


def _words(text: str) -> list[str]:
    return [word for word in _WORD.findall(text.translate(_APOSTROPHES).casefold()) if word not in _STOP_WORDS]


def _text_score(first: str, second: str, mode: MatchMode) -> float:
    if " ".join(first.casefold().split()) == " ".join(second.casefold().split()):
        return 1.0
    if mode == "exact":
        return 0.0
    a, b = _words(first), _words(second)
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return 2 * common / (len(a) + len(b))


def _target_score(first: Target, second: Target, mode: MatchMode) -> float:
    if first.span is not None and second.span is not None:
        return _span_score(first.span, second.span, mode)
    return _text_score(first.text, second.text, mode)


def _preview(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _PREVIEW:
        text = text[: _PREVIEW - 1] + "…"
    return repr(text)


def _where(span: Span) -> str:
    return f"[{span.start}:{span.end}]"


# ----------------------------------------------------------------------------
# Matching


def _touching(golds: Sequence[Span], predictions: Sequence[Span]) -> Iterator[tuple[int, int]]:
    """The (gold, predicted) index pairs whose bounds meet or overlap, found by a sweep over start offsets.

    Spans whose bounds are apart share no character, so they cannot match;
    skipping them keeps long documents with thousands of spans fast.
    """
    gold_order = sorted(range(len(golds)), key=lambda index: golds[index].start)
    active: list[tuple[int, int]] = []  # a heap of (end, gold index)
    next_gold = 0
    for predicted_index in sorted(range(len(predictions)), key=lambda index: predictions[index].start):
        predicted = predictions[predicted_index]
        while next_gold < len(gold_order) and golds[gold_order[next_gold]].start <= predicted.end:
            gold_index = gold_order[next_gold]
            heapq.heappush(active, (golds[gold_index].end, gold_index))
            next_gold += 1
        while active and active[0][0] < predicted.start:
            heapq.heappop(active)  # ends before this and every later prediction starts
        for _, gold_index in active:
            if golds[gold_index].start <= predicted.end:
                yield gold_index, predicted_index


def _greedy(
    golds: Sequence[G],
    predictions: Sequence[P],
    score: Callable[[G, P], tuple[float, float]],
    accept: Callable[[float], bool],
    candidates: Iterable[tuple[int, int]] | None = None,
) -> list[tuple[int, int, float]]:
    """Pair items one to one: best primary score first, then best secondary, then document order.

    ``candidates`` limits the pairs scored (every pair by default); a pair
    left out must be one that could not be accepted.
    """
    if candidates is None:
        candidates = (
            (gold_index, predicted_index)
            for gold_index in range(len(golds))
            for predicted_index in range(len(predictions))
        )
    scored = []
    for gold_index, predicted_index in candidates:
        primary, secondary = score(golds[gold_index], predictions[predicted_index])
        if accept(primary):
            scored.append((-primary, -secondary, gold_index, predicted_index))
    scored.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for negative_primary, _, gold_index, predicted_index in scored:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        pairs.append((gold_index, predicted_index, -negative_primary))
    pairs.sort()
    return pairs


class _Side:
    """One document of one side, with its entities looked up by id."""

    def __init__(self, document: Document | None) -> None:
        self.document = document
        self.entities = {entity.id: entity for entity in document.entities} if document else {}

    def items(self, layer: str) -> Sequence[Any]:
        if self.document is None:
            return ()
        return getattr(self.document, layer)

    def name(self, entity_id: str | None) -> str:
        if entity_id is None:
            return "?"
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id

    def describe(self, layer: str, item: Any) -> Item:
        if layer == "entities":
            kb = f", kb {item.kb_id}" if item.kb_id else ""
            return Item(item.id, f"{item.name} ({item.type}{kb})")
        if layer == "mentions":
            span = item.span
            return Item(
                item.id, f"{_preview(span.text)} {_where(span)} -> {self.name(item.entity)}", span.start, span.end
            )
        if layer == "stances":
            target = item.target
            span = target.span
            text = f"{self.name(item.holder)} {item.polarity} {_preview(target.text)} (act {item.type})"
            return Item(item.id, text, span.start if span else None, span.end if span else None)
        statement: Statement = item
        if layer in ("sources", "cues"):
            part = statement.source if layer == "sources" else statement.cue
            assert part is not None
            role = layer[:-1]
            text = f"{role} {_preview(part.text)} {_where(part)} of statement {statement.id}"
            return Item(statement.id, text, part.start, part.end)
        if layer == "speakers":
            return Item(statement.id, f"speaker {self.name(statement.speaker)} of statement {statement.id}")
        content = statement.content
        speaker = f" (speaker {self.name(statement.speaker)})" if statement.speaker else ""
        return Item(statement.id, f"{_preview(content.text)} {_where(content)}{speaker}", content.start, content.end)


def _optional_span_agreement(first: Span | None, second: Span | None, mode: MatchMode) -> float:
    if first is None or second is None:
        return 1.0 if first is None and second is None else 0.0
    return _span_score(first, second, mode)


class _Matcher:
    def __init__(self, gold: _Side, predicted: _Side, mode: MatchMode, threshold: float) -> None:
        self.gold = gold
        self.predicted = predicted
        self.mode = mode
        self.threshold = threshold

    def accept(self, score: float) -> bool:
        return score > 0 and score >= self.threshold

    def same_entity(self, gold_id: str | None, predicted_id: str | None) -> bool:
        if gold_id is None or predicted_id is None:
            return False
        gold_entity = self.gold.entities.get(gold_id)
        predicted_entity = self.predicted.entities.get(predicted_id)
        return (
            gold_entity is not None
            and predicted_entity is not None
            and entities_correspond(gold_entity, predicted_entity)
        )

    def result(
        self, layer: str, golds: Sequence[Any], predictions: Sequence[Any], pairs: Sequence[tuple[int, int, float]]
    ) -> LayerResult:
        matched_gold = {gold_index for gold_index, _, _ in pairs}
        matched_predicted = {predicted_index for _, predicted_index, _ in pairs}
        return LayerResult(
            Score(len(pairs), len(predictions) - len(pairs), len(golds) - len(pairs)),
            tuple((golds[gold].id, predictions[predicted].id, score) for gold, predicted, score in pairs),
            tuple(self.gold.describe(layer, item) for index, item in enumerate(golds) if index not in matched_gold),
            tuple(
                self.predicted.describe(layer, item)
                for index, item in enumerate(predictions)
                if index not in matched_predicted
            ),
        )

    def entities(self) -> LayerResult:
        golds, predictions = self.gold.items("entities"), self.predicted.items("entities")
        pairs = _greedy(
            golds, predictions, lambda gold, predicted: (_entity_score(gold, predicted), 0.0), lambda score: score > 0
        )
        return self.result("entities", golds, predictions, pairs)

    def mentions(self) -> LayerResult:
        golds, predictions = self.gold.items("mentions"), self.predicted.items("mentions")

        def score(gold: Any, predicted: Any) -> tuple[float, float]:
            if not self.same_entity(gold.entity, predicted.entity):
                return 0.0, 0.0
            return _span_score(gold.span, predicted.span, self.mode), 0.0

        nearby = _touching([item.span for item in golds], [item.span for item in predictions])
        return self.result("mentions", golds, predictions, _greedy(golds, predictions, score, self.accept, nearby))

    def statement_pairs(self) -> list[tuple[int, int, float]]:
        golds, predictions = self.gold.items("statements"), self.predicted.items("statements")

        def score(gold: Statement, predicted: Statement) -> tuple[float, float]:
            primary = _span_score(gold.content, predicted.content, self.mode)
            if not self.accept(primary):
                return primary, 0.0
            speaker = (
                1.0
                if (gold.speaker is None and predicted.speaker is None)
                or self.same_entity(gold.speaker, predicted.speaker)
                else 0.0
            )
            return primary, (
                _optional_span_agreement(gold.source, predicted.source, self.mode)
                + _optional_span_agreement(gold.cue, predicted.cue, self.mode)
                + speaker
            )

        nearby = _touching([item.content for item in golds], [item.content for item in predictions])
        return _greedy(golds, predictions, score, self.accept, nearby)

    def part_agreement(self, attribute: str, gold: Statement, predicted: Statement) -> float:
        if attribute == "speaker":
            return 1.0 if self.same_entity(gold.speaker, predicted.speaker) else 0.0
        return _span_score(getattr(gold, attribute), getattr(predicted, attribute), self.mode)

    def statement_layers(self, layers: Sequence[str]) -> dict[str, LayerResult]:
        golds, predictions = self.gold.items("statements"), self.predicted.items("statements")
        pairs = self.statement_pairs()
        results: dict[str, LayerResult] = {}
        if "statements" in layers:
            results["statements"] = self.result("statements", golds, predictions, pairs)
        for layer, attribute in _STATEMENT_PARTS.items():
            if layer not in layers:
                continue
            layer_golds = [item for item in golds if getattr(item, attribute) is not None]
            layer_predictions = [item for item in predictions if getattr(item, attribute) is not None]
            gold_position = {id(item): index for index, item in enumerate(layer_golds)}
            predicted_position = {id(item): index for index, item in enumerate(layer_predictions)}
            layer_pairs = []
            for gold_index, predicted_index, _ in pairs:
                gold, predicted = golds[gold_index], predictions[predicted_index]
                if getattr(gold, attribute) is not None and getattr(predicted, attribute) is not None:
                    value = self.part_agreement(attribute, gold, predicted)
                    if self.accept(value):
                        layer_pairs.append((gold_position[id(gold)], predicted_position[id(predicted)], value))
            results[layer] = self.result(layer, layer_golds, layer_predictions, layer_pairs)
        return results

    def stance_pairs(self, *, polarity: bool) -> list[tuple[int, int, float]]:
        golds, predictions = self.gold.items("stances"), self.predicted.items("stances")

        def score(gold: Stance, predicted: Stance) -> tuple[float, float]:
            if polarity and gold.polarity != predicted.polarity:
                return 0.0, 0.0
            if not self.same_entity(gold.holder, predicted.holder):
                return 0.0, 0.0
            primary = _target_score(gold.target, predicted.target, self.mode)
            secondary = _optional_span_agreement(gold.cue, predicted.cue, self.mode) + (
                1.0 if gold.type == predicted.type else 0.0
            )
            if not polarity:
                secondary += 1.0 if gold.polarity == predicted.polarity else 0.0
            return primary, secondary

        return _greedy(golds, predictions, score, self.accept)

    def stances(self) -> LayerResult:
        golds, predictions = self.gold.items("stances"), self.predicted.items("stances")
        return self.result("stances", golds, predictions, self.stance_pairs(polarity=True))


# ----------------------------------------------------------------------------
# Evaluation


def _check_layers(layers: Iterable[str]) -> tuple[str, ...]:
    chosen = tuple(layers)
    unknown = [layer for layer in chosen if layer not in LAYERS]
    if unknown:
        raise UsageError(f"unknown layer {unknown[0]!r}; expected some of {', '.join(LAYERS)}")
    if not chosen:
        raise UsageError(f"no layer to score; expected some of {', '.join(LAYERS)}")
    return tuple(layer for layer in LAYERS if layer in chosen)


def _check_settings(match: str, threshold: float) -> None:
    if match not in MATCH_MODES:
        raise UsageError(f"unknown match mode {match!r}; expected one of {', '.join(MATCH_MODES)}")
    if not 0 < threshold <= 1:
        raise UsageError(f"threshold {threshold} is out of range; expected a number above 0 and at most 1")


def _check_same_text(gold: Document, predicted: Document) -> None:
    if gold.text == predicted.text:
        return
    offset = next(
        (index for index, (a, b) in enumerate(zip(gold.text, predicted.text, strict=False)) if a != b),
        min(len(gold.text), len(predicted.text)),
    )
    raise InputError(
        f"document {gold.id!r}: the gold and predicted texts differ from offset {offset} "
        f"(lengths {len(gold.text)} and {len(predicted.text)}); spans can only be compared over the same text"
    )


def evaluate_document(
    gold: Document | None,
    predicted: Document | None,
    *,
    match: MatchMode = "overlap",
    threshold: float = 0.5,
    layers: Iterable[str] = LAYERS,
) -> DocumentResult:
    """Score one predicted document against its gold one; either may be ``None`` (absent on that side).

    Raises:
        InputError: when both are given and their texts differ.
        UsageError: for an unknown layer or match mode, or a threshold outside (0, 1].
    """
    chosen = _check_layers(layers)
    _check_settings(match, threshold)
    if gold is None and predicted is None:
        raise ValueError("evaluate_document needs at least one document")
    if gold is not None and predicted is not None:
        _check_same_text(gold, predicted)
    matcher = _Matcher(_Side(gold), _Side(predicted), match, threshold)
    results: dict[str, LayerResult] = {}
    if "mentions" in chosen:
        results["mentions"] = matcher.mentions()
    if "entities" in chosen:
        results["entities"] = matcher.entities()
    results.update(matcher.statement_layers(chosen))
    if "stances" in chosen:
        results["stances"] = matcher.stances()
    presence: Presence = "both" if gold is not None and predicted is not None else "gold" if gold else "predicted"
    document_id = gold.id if gold is not None else predicted.id  # type: ignore[union-attr]
    return DocumentResult(document_id, presence, {layer: results[layer] for layer in chosen})


def _by_id(documents: Iterable[Document], side: str) -> dict[str, Document]:
    found: dict[str, Document] = {}
    for document in documents:
        if document.id in found:
            raise InputError(
                f"{side} has two documents with id {document.id!r}; documents are matched by id, "
                "so each side needs unique ids"
            )
        found[document.id] = document
    return found


def evaluate(
    gold: Iterable[Document],
    predicted: Iterable[Document],
    *,
    match: MatchMode = "overlap",
    threshold: float = 0.5,
    layers: Iterable[str] = LAYERS,
    with_agreement: bool = False,
) -> Evaluation:
    """Score predicted documents against gold ones, matched by document id.

    Documents appear in the report in gold order, then the predicted-only ones
    in their order.

    Args:
        gold: the reference documents.
        predicted: the documents to score.
        match: ``"overlap"`` (character-overlap F1 at least ``threshold``) or ``"exact"``.
        threshold: the least overlap F1 that counts as a match, above 0 and at most 1.
        layers: the layers to score (default: all of ``LAYERS``).
        with_agreement: also compute :func:`agreement` between the two sides.

    Raises:
        InputError: an id repeats on one side, or a document's texts differ between the sides.
        UsageError: an unknown layer or match mode, or a threshold out of range.
    """
    chosen = _check_layers(layers)
    _check_settings(match, threshold)
    gold_by_id = _by_id(gold, "the gold side")
    predicted_by_id = _by_id(predicted, "the predicted side")
    results = [
        evaluate_document(document, predicted_by_id.get(document_id), match=match, threshold=threshold, layers=chosen)
        for document_id, document in gold_by_id.items()
    ]
    results.extend(
        evaluate_document(None, document, match=match, threshold=threshold, layers=chosen)
        for document_id, document in predicted_by_id.items()
        if document_id not in gold_by_id
    )
    agreed = (
        agreement(gold_by_id.values(), predicted_by_id.values(), match=match, threshold=threshold)
        if with_agreement
        else None
    )
    return Evaluation(tuple(results), chosen, match, threshold, agreed)


# ----------------------------------------------------------------------------
# Agreement


def cohen_kappa(pairs: Iterable[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two annotators' labels, one ``(first, second)`` pair per unit.

    ``(p_o - p_e) / (1 - p_e)`` with ``p_e`` from each annotator's own label
    frequencies. When chance agreement is certain (both annotators used one
    and the same label throughout) kappa is 0/0; it is then reported as 1.0,
    since the annotators agree on every unit. ``None`` without units.
    """
    table = Counter(pairs)
    units = sum(table.values())
    if not units:
        return None
    observed = Fraction(sum(count for (first, second), count in table.items() if first == second), units)
    first_counts: Counter[Hashable] = Counter()
    second_counts: Counter[Hashable] = Counter()
    for (first, second), count in table.items():
        first_counts[first] += count
        second_counts[second] += count
    expected = Fraction(sum(first_counts[label] * second_counts[label] for label in first_counts), units * units)
    if expected == 1:
        return 1.0
    return float((observed - expected) / (1 - expected))


def krippendorff_alpha(units: Iterable[Iterable[Hashable | None]]) -> float | None:
    """Krippendorff's alpha for nominal labels: ``1 - D_o / D_e`` from the coincidence matrix.

    Each unit lists the labels its annotators gave, ``None`` where one gave
    none; any number of annotators, missing values allowed. Units with fewer
    than two labels are not pairable and do not count. When every label is
    the same, ``D_e`` is 0; alpha is then reported as 1.0. ``None`` when no
    unit is pairable.
    """
    # Coincidences of units with m labels weigh 1/(m - 1); keep integer counts per m, divide once.
    by_size: dict[int, Counter[tuple[Hashable, Hashable]]] = defaultdict(Counter)
    for unit in units:
        values = Counter(value for value in unit if value is not None)
        size = sum(values.values())
        if size < 2:
            continue
        for first, first_count in values.items():
            for second, second_count in values.items():
                pairs = first_count * (second_count - (1 if first == second else 0))
                if pairs:
                    by_size[size][first, second] += pairs
    coincidences: Counter[tuple[Hashable, Hashable]] = Counter()
    for size, table in by_size.items():
        for key, count in table.items():
            coincidences[key] += Fraction(count, size - 1)  # type: ignore[assignment]
    return _alpha_from_coincidences(coincidences)


def _alpha_from_coincidences(coincidences: Mapping[tuple[Hashable, Hashable], Fraction | int]) -> float | None:
    marginals: Counter[Hashable] = Counter()
    for (first, _), count in coincidences.items():
        marginals[first] += count  # type: ignore[assignment]
    total = sum(marginals.values())
    if not total:
        return None
    observed = sum(count for (first, second), count in coincidences.items() if first != second)
    expected = total * total - sum(count * count for count in marginals.values())
    if not expected:
        return 1.0
    return float(1 - Fraction(total - 1) * Fraction(observed) / Fraction(expected))


def _alpha_from_pairs(table: Mapping[tuple[str, str], int]) -> float | None:
    """Alpha for two annotators with no missing labels, from the table of label pairs."""
    coincidences: Counter[tuple[Hashable, Hashable]] = Counter()
    for (first, second), count in table.items():
        coincidences[first, second] += count
        coincidences[second, first] += count
    return _alpha_from_coincidences(coincidences)


def _expand(table: Mapping[tuple[str, str], int]) -> Iterator[tuple[str, str]]:
    for pair, count in table.items():
        for _ in range(count):
            yield pair


def token_roles(document: Document) -> list[str]:
    """The role of each token of the text (``\\w+`` or one other non-space character).

    A token takes the role of the statement span covering its first
    character: source, cue or content, the first of these when spans of
    different statements overlap, or ``"none"``.
    """
    rank = {role: index for index, role in enumerate(ROLES)}
    best = [len(ROLES)] * len(document.text)
    for statement in document.statements:
        for role, span in (("source", statement.source), ("cue", statement.cue), ("content", statement.content)):
            if span is None:
                continue
            for start, end in span.pieces:
                for offset in range(start, end):
                    best[offset] = min(best[offset], rank[role])
    labels = (*ROLES, NO_ROLE)
    return [labels[best[token.start()]] for token in _TOKEN.finditer(document.text)]


def agreement(
    first: Iterable[Document],
    second: Iterable[Document],
    *,
    match: MatchMode = "overlap",
    threshold: float = 0.5,
) -> Agreement:
    """Agreement between two annotators over the documents both annotated (matched by id).

    Stances are paired one to one on holder and target alone (the stance
    rule without polarity); kappa and alpha are then taken on the pairs'
    polarities, and the stances left unpaired are counted beside them.
    Statements are scored with the statement rule, the first annotator as
    reference. Token roles come from :func:`token_roles`.

    Raises:
        InputError: an id repeats on one side, or a document's texts differ between the sides.
    """
    _check_settings(match, threshold)
    first_by_id = _by_id(first, "the first side")
    second_by_id = _by_id(second, "the second side")
    polarity_pairs: list[tuple[str, str]] = []
    unmatched = [0, 0]
    statements = Score()
    roles: Counter[tuple[str, str]] = Counter()
    for document_id, document in first_by_id.items():
        other = second_by_id.get(document_id)
        if other is None:
            continue
        _check_same_text(document, other)
        matcher = _Matcher(_Side(document), _Side(other), match, threshold)
        pairs = matcher.stance_pairs(polarity=False)
        for first_index, second_index, _ in pairs:
            polarity_pairs.append((document.stances[first_index].polarity, other.stances[second_index].polarity))
        unmatched[0] += len(document.stances) - len(pairs)
        unmatched[1] += len(other.stances) - len(pairs)
        statements += matcher.statement_layers(("statements",))["statements"].score
        roles.update(zip(token_roles(document), token_roles(other), strict=True))
    return Agreement(tuple(polarity_pairs), (unmatched[0], unmatched[1]), statements, dict(roles))


# ----------------------------------------------------------------------------
# Reading


def no_annotation_files(folder: str | os.PathLike[str], format: str | None = None) -> InputError:
    """The error for a folder with no file to read: what it holds instead, and the endings expected.

    A folder of ``.txt`` articles, say, wants ``stancekit annotate``; saying
    what is there tells the user which folder they gave, as annotate does.
    """
    from stancekit import formats
    from stancekit._files import folder_files

    endings = sorted({file.suffix.lower() for file in folder_files(folder) if file.suffix})
    holds = f"it holds {', '.join(endings)} files" if endings else "it holds no files"
    if format is not None:
        expected = f"{format} files (ending {', '.join(formats.get(format).EXTENSIONS)})"
    else:
        expected = f"files ending {formats.readable_extensions()}"
    return InputError(f"{folder}: no annotation files in this folder ({holds}); expected {expected}")


def read_documents(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    text: str | os.PathLike[str] | None = None,
) -> Iterator[Document]:
    """Yield the documents of a file, or of every readable file under a directory (sorted by path).

    The format is ``format`` when given, else guessed from each file's
    extension; in a directory, files of no readable format (text files,
    READMEs; with ``format``, files without its extensions) are skipped, and
    so are hidden files and folders (``.git``, ``.ipynb_checkpoints``). ``text`` is where brat files find their texts
    (a ``.txt`` file or a folder; by default beside each ``.ann``); formats
    that carry their text ignore it.

    Raises:
        InputError: the path does not exist, or a directory holds no readable file.
        UsageError: a file's format cannot be told or cannot be read.
    """
    from stancekit import formats

    location = Path(path)
    if location.is_dir():
        found = False
        from stancekit._files import folder_files

        for candidate in folder_files(location):
            if format is None:
                try:
                    name = formats.guess(candidate)
                except UsageError:
                    continue  # not an annotation file: a text, a README
            elif candidate.name.lower().endswith(tuple(formats.get(format).EXTENSIONS)):
                name = format
            else:
                continue
            if not hasattr(formats.get(name), "load"):
                continue  # a write-only format
            found = True
            yield from formats.load_documents(name, candidate, text=text)
        if not found:
            raise no_annotation_files(location, format)
        return
    if not location.exists():
        from stancekit._files import cannot_read

        raise cannot_read(location, FileNotFoundError())
    name = format or formats.guess(
        location, otherwise=f"expected a file ending {formats.readable_extensions()}, or name it with --from"
    )
    yield from formats.load_documents(name, location, text=text)
