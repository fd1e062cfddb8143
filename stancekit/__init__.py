"""stancekit: who said what, and who supports or opposes what, in news text."""

from stancekit._version import __version__
from stancekit.annotate import annotate
from stancekit.errors import (
    FormatError,
    InputError,
    OutputError,
    RulePackError,
    StancekitError,
    UsageError,
    ValidationError,
)
from stancekit.formats.csv import to_dataframe
from stancekit.io import dump, dump_all, load, load_all
from stancekit.model import (
    Document,
    Entity,
    Mention,
    Provenance,
    Span,
    Stance,
    Statement,
    Target,
)
from stancekit.schemas import iter_errors, validate

__all__ = [
    "Document",
    "Entity",
    "FormatError",
    "InputError",
    "Mention",
    "OutputError",
    "Provenance",
    "RulePackError",
    "Span",
    "Stance",
    "StancekitError",
    "Statement",
    "Target",
    "UsageError",
    "ValidationError",
    "__version__",
    "annotate",
    "dump",
    "dump_all",
    "iter_errors",
    "load",
    "load_all",
    "to_dataframe",
    "validate",
]
