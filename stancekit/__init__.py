"""stancekit: who said what, and who supports or opposes what, in news text.

The names below are imported when first used, not with the package, so that
``stancekit --help`` and ``import stancekit`` start fast; ``from stancekit
import Document`` works as usual.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from stancekit._version import __version__

if TYPE_CHECKING:
    from stancekit.annotate import annotate
    from stancekit.batch import annotate_many
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
    "annotate_many",
    "dump",
    "dump_all",
    "iter_errors",
    "load",
    "load_all",
    "to_dataframe",
    "validate",
]

#: Public name -> the module that defines it. A new public name goes in three
#: places: here, ``__all__`` and the imports for type checkers above
#: (tests/test_front_door.py checks that they agree).
_HOMES = {
    "Document": "stancekit.model",
    "Entity": "stancekit.model",
    "FormatError": "stancekit.errors",
    "InputError": "stancekit.errors",
    "Mention": "stancekit.model",
    "OutputError": "stancekit.errors",
    "Provenance": "stancekit.model",
    "RulePackError": "stancekit.errors",
    "Span": "stancekit.model",
    "Stance": "stancekit.model",
    "StancekitError": "stancekit.errors",
    "Statement": "stancekit.model",
    "Target": "stancekit.model",
    "UsageError": "stancekit.errors",
    "ValidationError": "stancekit.errors",
    "annotate": "stancekit.annotate",
    "annotate_many": "stancekit.batch",
    "dump": "stancekit.io",
    "dump_all": "stancekit.io",
    "iter_errors": "stancekit.schemas",
    "load": "stancekit.io",
    "load_all": "stancekit.io",
    "to_dataframe": "stancekit.formats.csv",
    "validate": "stancekit.schemas",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'stancekit' has no attribute {name!r}")
    module = importlib.import_module(home)
    # ``stancekit.annotate`` is the subpackage itself, which is callable (see there), so that
    # ``import stancekit.annotate.entities as entities`` finds it and ``stancekit.annotate(text)`` annotates.
    value = module if home == f"{__name__}.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
