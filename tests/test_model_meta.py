"""A Document in hand is valid against the schema too, and a date in its metadata is kept as ISO 8601 text."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

import stancekit
from stancekit.errors import ValidationError
from stancekit.model import Document


@pytest.mark.parametrize(("key", "value"), [("date", 5), ("source", ["a"]), ("title", {"x": 1})])
def test_a_known_meta_key_of_the_wrong_type_is_refused_when_the_document_is_built(key: str, value: object) -> None:
    with pytest.raises(ValidationError) as raised:
        Document(id="d", text="abc", meta={key: value})
    assert raised.value.path == f"$.meta.{key}"


def test_annotate_refuses_what_validate_would_refuse() -> None:
    with pytest.raises(ValidationError, match=r"\$\.meta\.date"):
        stancekit.annotate("China blames NATO.", date=5)


def test_a_date_is_kept_as_its_iso_text() -> None:
    document = stancekit.annotate("China blames NATO.", date=datetime.date(2025, 5, 29))
    assert document.meta["date"] == "2025-05-29"
    stancekit.validate(document.to_dict())


@given(st.dictionaries(st.sampled_from(["title", "source", "date", "url", "lang", "x-other"]), st.none() | st.text()))
def test_a_document_that_builds_validates(meta: dict[str, str | None]) -> None:
    document = Document(id="d", text="abc", meta=meta)
    assert list(stancekit.iter_errors(document.to_dict())) == []


def test_an_empty_id_is_refused_as_the_command_line_refuses_it() -> None:
    """The library's own error, naming the field and what is expected (it was a bare ValueError)."""
    for annotate in (stancekit.annotate, stancekit.annotate.RuleAnnotator().annotate):
        with pytest.raises(ValidationError) as raised:
            annotate("China blames NATO.", id="")
        assert raised.value.path == "$.id"
        assert str(raised.value) == (
            "$.id: '' is not a usable id; expected a non-empty string, or None for an id made from the text"
        )
        assert isinstance(raised.value, ValueError)  # callers that caught ValueError still do
    assert stancekit.annotate("China blames NATO.").id.startswith("doc-")


@pytest.mark.parametrize("identifier", [0, 7, False])
def test_an_id_that_is_no_string_is_refused(identifier: object) -> None:
    with pytest.raises(TypeError, match="id must be a str"):
        stancekit.annotate("China blames NATO.", id=identifier)  # type: ignore[arg-type]
