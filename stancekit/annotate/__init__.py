"""The rule-based annotator, a pipeline of small stages over rule packs; called, it annotates a text.

``annotate(text)`` runs the default English packs; ``RuleAnnotator(rules=[...])``
adds a user's packs (compiled once). Stages live in their own modules
(``pipeline.STAGES``); rule packs are JSON data (``rules``,
``schemas/rulepack.schema.json``).

This package is callable: ``stancekit.annotate(text)`` is
``stancekit.annotate.annotate(text)``, and ``import stancekit.annotate.entities``
reaches a stage module as usual.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable
from typing import Any

from stancekit.annotate.annotator import ANNOTATOR, Annotator, RuleAnnotator, annotate, document_id
from stancekit.annotate.rules import PackSource, RuleSet, compile_rules, default_pack_paths, load_pack
from stancekit.model import Document

__all__ = [
    "ANNOTATOR",
    "Annotator",
    "RuleAnnotator",
    "RuleSet",
    "annotate",
    "compile_rules",
    "default_pack_paths",
    "document_id",
    "load_pack",
]


class _CallablePackage(types.ModuleType):
    """The package, callable as its ``annotate`` function."""

    def __call__(
        self, text: str, *, rules: Iterable[PackSource] | PackSource | None = None, id: str | None = None, **meta: Any
    ) -> Document:
        return annotate(text, rules=rules, id=id, **meta)


sys.modules[__name__].__class__ = _CallablePackage
