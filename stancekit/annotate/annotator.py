"""The ``Annotator`` protocol, the rule-based ``RuleAnnotator`` and ``annotate()``."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

from stancekit._version import __version__
from stancekit.annotate.draft import Draft, plain_spaces, unwrapped
from stancekit.annotate.pipeline import STAGES, load_stages, run_stages
from stancekit.annotate.rules import PackSource, RuleSet, compile_rules
from stancekit.errors import ValidationError
from stancekit.model import Document, Entity

__all__ = ["ANNOTATOR", "Annotator", "RuleAnnotator", "annotate", "document_id"]

#: The provenance ``annotator`` of every annotation the rules make.
ANNOTATOR = f"stancekit.rules {__version__}"

_PRONOUN_TEXTS = frozenset(["he", "she", "it", "they", "him", "her", "his", "its", "their", "them"])


@runtime_checkable
class Annotator(Protocol):
    """Anything that turns a text into a ``Document``: rules, a model, a person's import."""

    def annotate(self, text: str, **meta: Any) -> Document:
        """Annotate one text; ``meta`` goes into ``Document.meta`` (``id`` names the document)."""
        ...


def document_id(text: str) -> str:
    """A stable id for a text without one: ``doc-`` and 12 hex digits of its SHA-1."""
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


class RuleAnnotator:
    """The rule-based annotator: the pipeline's stages over rule packs compiled once.

    Args:
        rules: extra packs (paths to JSON files, or dicts), applied after the
            default packs; ``None`` for the defaults only.
        defaults: start from the default packs (``False``: only ``rules``).
        stages: the stage module names to run (default: ``pipeline.STAGES``).

    Raises:
        RulePackError: when a pack cannot be read or breaks the schema.
    """

    def __init__(
        self,
        rules: Iterable[PackSource] | PackSource | None = None,
        *,
        defaults: bool = True,
        stages: Sequence[str] | None = None,
    ) -> None:
        self.rules: RuleSet = compile_rules(rules, defaults=defaults)
        self.stage_names = tuple(stages if stages is not None else STAGES)
        self._stages = load_stages(self.stage_names)

    def draft(self, text: str, **meta: Any) -> Draft:
        """Run the stages and return the draft (with ``explanations``), before freezing."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        meta.pop("id", None)
        # No-break and other unusual spaces read as spaces ("said\u00a0that"), and so do the breaks of
        # hard-wrapped lines; the offsets stay the same.
        plain, breaks = unwrapped(plain_spaces(text))
        draft = Draft(text=plain, meta=dict(meta), annotator=ANNOTATOR, rules=self.rules)
        if plain is not text:
            draft.original = text
            draft.unwrapped = breaks
        run_stages(draft, self._stages)
        _finish(draft)
        return draft

    def annotate(self, text: str, **meta: Any) -> Document:
        """Annotate one text. ``id`` in ``meta`` names the document (default: from the text's hash)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        identifier = meta.get("id")
        if identifier is not None and not isinstance(identifier, str):
            raise TypeError(f"id must be a str or None, not {type(identifier).__name__}")
        if identifier == "":
            # Refused before the text is annotated, as bad input: a ValidationError naming the field, as the
            # schema would (and a ValueError, as before).
            raise ValidationError(
                "'' is not a usable id; expected a non-empty string, or None for an id made from the text", "$.id"
            )
        draft = self.draft(text, **meta)
        identifier = identifier or document_id(text)
        return draft.to_document(str(identifier))

    def __getstate__(self) -> dict[str, Any]:
        # Stage modules do not pickle; their names do, so an annotator can go to a worker process.
        return {"rules": self.rules, "stage_names": self.stage_names}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.rules = state["rules"]
        self.stage_names = tuple(state["stage_names"])
        self._stages = load_stages(self.stage_names)

    def __repr__(self) -> str:
        return f"RuleAnnotator({self.rules!r})"


def _finish(draft: Draft) -> None:
    """Give every entity the other names the text uses for it (not pronouns)."""
    seen: dict[str, dict[str, None]] = {}  # entity id -> its surfaces, in order (a dict as an ordered set)
    # A mention's text -> its surface, or None for a pronoun: most names recur, and are read once.
    surfaces: dict[str, str | None] = {}
    for mention in draft.mentions:
        written = mention.span.text
        if written in surfaces:
            surface = surfaces[written]
        else:
            surface = surfaces[written] = None if written.lower() in _PRONOUN_TEXTS else " ".join(written.split())
        if surface is None:
            continue
        names = seen.get(mention.entity)
        if names is None:
            names = seen[mention.entity] = {}
        names[surface] = None
    entities = draft.entities
    for entity_id, names in seen.items():
        entity = entities.get(entity_id)
        if entity is None:
            continue
        aliases = tuple([name for name in names if name != entity.name][:20])
        if aliases != entity.aliases:
            # The constructor, not attrs.evolve, which costs several times more (as in ``in_text_order``).
            entities[entity_id] = Entity(
                entity.id,
                entity.name,
                entity.type,
                aliases,
                entity.country,
                entity.kb_id,
                entity.role,
                entity.affiliation,
            )


_DEFAULT: dict[Any, RuleAnnotator] = {}
_LOCK = threading.Lock()


def _annotator_for(rules: Iterable[PackSource] | PackSource | None) -> RuleAnnotator:
    ruleset = compile_rules(rules)  # cached: a look-up after the first call
    annotator = _DEFAULT.get(id(ruleset))
    if annotator is None or annotator.rules is not ruleset:
        with _LOCK:
            annotator = RuleAnnotator.__new__(RuleAnnotator)
            annotator.rules = ruleset
            annotator.stage_names = STAGES
            annotator._stages = load_stages(STAGES)
            if len(_DEFAULT) > 32:
                _DEFAULT.clear()
            _DEFAULT[id(ruleset)] = annotator
    return annotator


def annotate(
    text: str, *, rules: Iterable[PackSource] | PackSource | None = None, id: str | None = None, **meta: Any
) -> Document:
    """Annotate a news text with the rule-based annotator.

    Args:
        text: the article.
        rules: extra rule packs (paths or dicts) after the defaults; compiled
            once and cached, so calling this for every document is cheap.
        id: the document id (default: ``doc-`` and a hash of the text).
        meta: anything else to keep in ``Document.meta`` (title, date, source).

    Returns:
        a validated ``Document`` with sentences, entities, mentions and
        statements (and stances, once that stage is in the pipeline).

    Raises:
        ValidationError: for an empty ``id`` (``$.id``), metadata the schema
            refuses (``$.meta.date``), a text that UTF-8 cannot encode (``$.text``).
        TypeError: for a text or an id that is not a string.
    """
    return _annotator_for(rules).annotate(text, id=id, **meta)
