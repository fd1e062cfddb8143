"""The entity stage's faster forms in the twelfth session give what the plain forms gave.

- ``Entity`` has a hand-written ``__init__`` (as ``Span`` and ``Mention`` have): its aliases are kept as a
  tuple whatever iterable is given, it stays frozen, and ``attrs.evolve`` and equality work as before.
"""

from __future__ import annotations

import attrs
import pytest

from stancekit.model import Entity


def test_entity_keeps_aliases_as_a_tuple_and_stays_frozen() -> None:
    entity = Entity("e1", "Ana Ruiz", "person", ["Ruiz", "Ms Ruiz"], country="ES")
    assert entity.aliases == ("Ruiz", "Ms Ruiz")
    assert type(entity.aliases) is tuple
    assert entity == Entity(id="e1", name="Ana Ruiz", type="person", aliases=("Ruiz", "Ms Ruiz"), country="ES")
    assert Entity("e2", "Acme", "organization", iter(["ACME"])).aliases == ("ACME",)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        entity.name = "Someone"  # type: ignore[misc]


def test_entity_evolve_keeps_every_field() -> None:
    entity = Entity("e1", "Ana Ruiz", "person", ("Ruiz",), "ES", "Q1", None, "e2")
    changed = attrs.evolve(entity, role="minister")
    assert changed.to_dict() == {**entity.to_dict(), "role": "minister"}
    assert Entity.from_dict(changed.to_dict()) == changed
