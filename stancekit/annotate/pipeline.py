"""The rule-based annotator's stages, in the order they run.

Each name is a module with ``run(draft: Draft) -> None``; a stage reads what
the stages before it left in the draft (``stancekit.annotate.draft``
documents what each one leaves) and adds its layer. A stage added here runs
for every document; nothing else needs to change.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from types import ModuleType

from stancekit.annotate.draft import Draft

__all__ = ["STAGES", "load_stages", "run_stages"]

STAGES: tuple[str, ...] = (
    "stancekit.annotate.sentences",
    "stancekit.annotate.quotes",
    "stancekit.annotate.entities",
    "stancekit.annotate.coref",
    "stancekit.annotate.statements",
    "stancekit.annotate.stances",
)


def load_stages(names: Sequence[str] = STAGES) -> list[ModuleType]:
    """The stage modules, imported once."""
    return [importlib.import_module(name) for name in names]


def run_stages(draft: Draft, stages: Sequence[ModuleType]) -> Draft:
    """Run every stage over the draft, in order."""
    for stage in stages:
        stage.run(draft)
    return draft
