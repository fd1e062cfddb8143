"""Event dyads: one CSV row per stance, as a holder–target dyad coded like event data. Write-only.

For political scientists who work with event data such as GDELT or ICEWS:
each stance becomes "holder does act to target", with the holder's and the
target's country codes and a code from CAMEO, the Conflict and Mediation
Event Observations event and actor codebook (Gerner, Schrodt and others, the
event data projects at Kansas and Penn State): the event code, its two-digit root
and the root's quad class (verbal or material cooperation or conflict), so
that stancekit output lines up with event data. The columns are
:data:`COLUMNS`.

Countries are ISO 3166-1 alpha-3 codes, which CAMEO actor codes and GDELT's
country columns use: an entity's ``country``, or else that of the entity it
is affiliated with (a spokeswoman -> her ministry -> its country). A target
that is no entity has no country.

The act -> CAMEO mapping is :data:`CAMEO_ACTS`, one table. An act is coded
by it only when the stance's polarity is the act's own; a stance whose
polarity a negation flipped ("did not support", polarity ``oppose``) or an
act the table does not know (a rule pack's own) is coded by polarity alone
(:data:`CAMEO_BY_POLARITY`): disapprove (110), engage in diplomatic
cooperation (050) or make statement (010). Quad classes follow GDELT's
``QuadClass``: roots 01–05 verbal cooperation (1), 06–08 material
cooperation (2), 09–13 verbal conflict (3), 14–20 material conflict (4).

Cells are written as in :mod:`stancekit.formats.csv`, formulas neutralised
unless ``raw``. Spreadsheets read codes such as ``051`` as the number 51:
import those columns as text.

What the format cannot carry: like CSV, it is a view and cannot be read back;
stances only (statements and mentions are not written), and offsets,
fragments and provenance other than the rule are left out.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from typing import Any

from stancekit._files import atomic_writer
from stancekit.formats import documents_of
from stancekit.formats.csv import _Sentences, write_rows
from stancekit.model import Document, Entity

__all__ = [
    "CAMEO_ACTS",
    "CAMEO_BY_POLARITY",
    "COLUMNS",
    "EXTENSIONS",
    "NAME",
    "QUAD_CLASSES",
    "cameo",
    "dump",
    "dumps",
    "quad_class",
    "rows",
]

NAME = "dyads"
EXTENSIONS = (".dyads.csv",)

COLUMNS = (
    "document",
    "date",
    "stance",
    "holder",
    "holder_country",
    "target",
    "target_country",
    "act",
    "polarity",
    "negated",
    "cameo_code",
    "cameo_root",
    "cameo_label",
    "quad_class",
    "quad_label",
    "confidence",
    "cue",
    "sentence",
    "rule",
)

#: Stance act -> (CAMEO event code, the polarity the act expresses, the code's name in the CAMEO codebook).
CAMEO_ACTS: dict[str, tuple[str, str, str]] = {
    "support": ("051", "support", "Praise or endorse"),
    "welcome": ("051", "support", "Praise or endorse"),
    "endorse": ("051", "support", "Praise or endorse"),
    "praise": ("051", "support", "Praise or endorse"),
    "advocate": ("052", "support", "Defend verbally"),
    "encourage": ("020", "support", "Make an appeal or request"),
    "call_for": ("020", "support", "Make an appeal or request"),
    "urge": ("020", "support", "Make an appeal or request"),
    "hope": ("013", "support", "Make optimistic comment"),
    "commit": ("030", "support", "Express intent to cooperate"),
    "oppose": ("110", "oppose", "Disapprove"),
    "criticize": ("111", "oppose", "Criticize or denounce"),
    "condemn": ("111", "oppose", "Criticize or denounce"),
    "denounce": ("111", "oppose", "Criticize or denounce"),
    "blame": ("112", "oppose", "Accuse"),
    "accuse": ("112", "oppose", "Accuse"),
    "reject": ("120", "oppose", "Reject"),
    "deny": ("016", "oppose", "Deny responsibility"),
    "warn": ("130", "oppose", "Threaten"),
}

#: Polarity -> (CAMEO event code, name) for stances the act table does not code.
CAMEO_BY_POLARITY: dict[str, tuple[str, str]] = {
    "support": ("050", "Engage in diplomatic cooperation"),
    "oppose": ("110", "Disapprove"),
    "neutral": ("010", "Make statement"),
}

#: GDELT's quad classes.
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def quad_class(root: str) -> int:
    """The quad class (1–4) of a two-digit CAMEO root code.

    Raises:
        ValueError: for a root outside 01–20.
    """
    number = int(root)
    for last, quad in ((5, 1), (8, 2), (13, 3), (20, 4)):
        if 1 <= number <= last:
            return quad
    raise ValueError(f"CAMEO root {root!r}; expected 01 to 20")


def cameo(act: str, polarity: str) -> tuple[str, str, str]:
    """``(event code, root code, name)`` for a stance's act and polarity."""
    if act in CAMEO_ACTS and CAMEO_ACTS[act][1] == polarity:
        code, _, label = CAMEO_ACTS[act]
    else:
        code, label = CAMEO_BY_POLARITY[polarity]
    return code, code[:2], label


def _country(entities: dict[str, Entity], entity_id: str | None) -> str | None:
    """The entity's country, or that of the first entity up its affiliations that has one."""
    seen: set[str] = set()
    while entity_id is not None and entity_id not in seen:
        seen.add(entity_id)
        entity = entities[entity_id]
        if entity.country is not None:
            return entity.country
        entity_id = entity.affiliation
    return None


def _document_rows(document: Document) -> Iterator[dict[str, Any]]:
    entities = {entity.id: entity for entity in document.entities}
    sentences = _Sentences(document.sentences)
    contents = {statement.id: statement.content.start for statement in document.statements}
    date = document.meta.get("date")
    for stance in document.stances:
        code, root, label = cameo(stance.type, stance.polarity)
        quad = quad_class(root)
        where = stance.cue or stance.target.span
        offset = where.start if where is not None else contents.get(stance.statement or "")
        yield {
            "document": document.id,
            "date": date if isinstance(date, str) else None,
            "stance": stance.id,
            "holder": entities[stance.holder].name,
            "holder_country": _country(entities, stance.holder),
            "target": stance.target.text,
            "target_country": _country(entities, stance.target.entity),
            "act": stance.type,
            "polarity": stance.polarity,
            "negated": stance.negated,
            "cameo_code": code,
            "cameo_root": root,
            "cameo_label": label,
            "quad_class": quad,
            "quad_label": QUAD_CLASSES[quad],
            "confidence": stance.confidence,
            "cue": stance.cue.text if stance.cue is not None else None,
            "sentence": sentences.at(offset),
            "rule": stance.provenance.rule if stance.provenance is not None else None,
        }


def rows(documents: Document | Iterable[Document]) -> Iterator[dict[str, Any]]:
    """One dyad (column -> value) per stance, for one document or many, lazily."""
    for document in documents_of(documents, "dyads"):
        yield from _document_rows(document)


def dumps(documents: Document | Iterable[Document], *, raw: bool = False) -> str:
    """The dyad CSV of one document or many; ``raw`` leaves formulas as they are."""
    buffer = io.StringIO(newline="")
    write_rows(buffer, COLUMNS, rows(documents), raw=raw)
    return buffer.getvalue()


def dump(documents: Document | Iterable[Document], path: str | os.PathLike[str], *, raw: bool = False) -> None:
    """Write the dyad CSV to ``path`` atomically, streaming the documents.

    Raises:
        OutputError: when the file cannot be written.
    """
    with atomic_writer(path) as handle:
        write_rows(handle, COLUMNS, rows(documents), raw=raw)
