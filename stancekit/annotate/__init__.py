"""The rule-based annotator: a pipeline of small stages over rule packs.

``annotate(text)`` runs the default English packs; ``RuleAnnotator(rules=[...])``
adds a user's packs (compiled once). Stages live in their own modules
(``pipeline.STAGES``); rule packs are JSON data (``rules``,
``schemas/rulepack.schema.json``). ``stancekit.annotate`` at the top level is
the function; import the classes from here: ``from stancekit.annotate import
RuleAnnotator``.
"""

from stancekit.annotate.annotator import ANNOTATOR, Annotator, RuleAnnotator, annotate, document_id
from stancekit.annotate.rules import RuleSet, compile_rules, default_pack_paths, load_pack

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
