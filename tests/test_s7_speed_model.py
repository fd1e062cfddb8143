"""The hand-written ``__init__`` of the model's most-made classes against the one attrs would generate.

``Span``, ``Mention``, ``Provenance`` and ``Statement`` set their slots
themselves, for speed (see ``model._slot_setters``). These tests hold them to
attrs' behaviour: the same parameters and defaults as the declared fields,
the same values set (``fragments`` made a tuple), still frozen, and
``attrs.evolve`` still working.
"""

from __future__ import annotations

import inspect
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit.errors import ValidationError
from stancekit.model import Document, Mention, Provenance, Span, Statement

HAND_WRITTEN = (Span, Mention, Provenance, Statement)


def _generated_twin(cls: type) -> type:
    """A frozen attrs class with ``cls``'s fields and attrs' own ``__init__`` (``tuple`` as Span's converter)."""
    fields = {}
    for field in attrs.fields(cls):
        converter = tuple if (cls is Span and field.name == "fragments") else None
        fields[field.name] = attrs.field(default=field.default, converter=converter)
    return attrs.make_class(f"Generated{cls.__name__}", fields, frozen=True, slots=True)


def _values(instance: Any) -> tuple[Any, ...]:
    return tuple(getattr(instance, field.name) for field in attrs.fields(type(instance)))


@pytest.mark.parametrize("cls", HAND_WRITTEN)
def test_parameters_are_the_fields(cls: type) -> None:
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = attrs.fields(cls)
    assert [parameter.name for parameter in parameters] == [field.name for field in fields]
    for parameter, field in zip(parameters, fields, strict=True):
        expected = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        assert parameter.default == expected


@pytest.mark.parametrize("cls", HAND_WRITTEN)
def test_still_frozen(cls: type) -> None:
    instance = cls(*["x"] * len([field for field in attrs.fields(cls) if field.default is attrs.NOTHING]))
    first = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(instance, first, "y")
    assert getattr(attrs.evolve(instance, **{first: "y"}), first) == "y"


texts = st.text(max_size=8)
offsets = st.integers(min_value=-3, max_value=10**6)
optional_texts = st.none() | texts


@st.composite
def spans(draw: st.DrawFn, depth: int = 1) -> Span:
    fragments = draw(st.lists(spans(depth - 1), max_size=3)) if depth > 0 else []
    return Span(draw(offsets), draw(offsets), draw(texts), fragments)


@given(offsets, offsets, texts, st.lists(spans(0), max_size=4), st.sampled_from(["list", "tuple", "iterator"]))
def test_span_sets_what_attrs_would(start: int, end: int, text: str, fragments: list[Span], kind: str) -> None:
    def given_as() -> Any:
        if kind == "list":
            return list(fragments)
        if kind == "tuple":
            return tuple(fragments)
        return iter(fragments)

    twin = _generated_twin(Span)
    made = Span(start, end, text, given_as())
    assert _values(made) == _values(twin(start, end, text, given_as()))
    assert type(made.fragments) is tuple
    assert _values(Span(start, end, text)) == _values(twin(start, end, text))
    assert Span(start=start, end=end, text=text, fragments=given_as()) == made


@given(texts, texts, spans())
def test_mention_sets_what_attrs_would(identifier: str, entity: str, span: Span) -> None:
    assert _values(Mention(identifier, entity, span)) == _values(_generated_twin(Mention)(identifier, entity, span))
    assert Mention(span=span, entity=entity, id=identifier) == Mention(identifier, entity, span)


@given(texts, optional_texts, optional_texts, optional_texts)
def test_provenance_sets_what_attrs_would(
    annotator: str, rule: str | None, created: str | None, note: str | None
) -> None:
    twin = _generated_twin(Provenance)
    assert _values(Provenance(annotator, rule, created, note)) == _values(twin(annotator, rule, created, note))
    assert _values(Provenance(annotator)) == _values(twin(annotator))
    assert _values(Provenance(annotator, note=note)) == _values(twin(annotator, note=note))


@given(
    st.fixed_dictionaries(
        {"id": texts, "content": spans()},
        optional={
            "speaker": optional_texts,
            "source": st.none() | spans(),
            "cue": st.none() | spans(),
            "mode": st.sampled_from(["direct", "indirect", "mixed"]),
            "provenance": st.none() | st.builds(Provenance, texts, optional_texts),
        },
    )
)
def test_statement_sets_what_attrs_would(arguments: dict[str, Any]) -> None:
    assert _values(Statement(**arguments)) == _values(_generated_twin(Statement)(**arguments))


def test_documents_still_refuse_bad_spans() -> None:
    with pytest.raises(ValidationError):
        Document(id="d", text="abc", sentences=[Span(0, 2, "ac")])
    with pytest.raises(ValidationError):
        Document(id="d", text="abc", sentences=[Span(0, 3, "a c", [Span(0, 1, "a"), Span(2, 3, "x")])])
    assert Document(id="d", text="abc", sentences=[Span(0, 3, "a c", (Span(0, 1, "a"), Span(2, 3, "c")))])
