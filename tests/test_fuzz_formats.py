"""Fuzzing the interchange readers: brat, W3C, Label Studio, CAS.

Each reader is fed what its own writer produces for a generated document,
after Hypothesis mutates it: bytes cut, deleted, inserted or flipped; a JSON
value replaced at a chosen path; brat lines dropped, repeated, swapped or
given absurd offsets and ids; the text the offsets point into shortened. The
reader must either return documents that validate, or raise a
``StancekitError`` whose message is one line naming where the problem is.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Document, StancekitError
from stancekit.formats import FORMATS, get
from stancekit.testing import documents

from .test_fuzz_json import HOSTILE_BYTES, HOSTILE_VALUES, _paths, _replaced, mutated, useful

#: ``HYPOTHESIS_PROFILE=thorough`` raises every budget tenfold.
SCALE = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 1
FUZZ = settings(max_examples=40 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: The readers of text formats that the byte mutations apply to.
TEXT_READERS = ("w3c", "labelstudio", "cas")
#: The readers of JSON formats, which values replaced at a path also apply to.
JSON_READERS = ("w3c", "labelstudio")


def reader(name: str) -> ModuleType:
    if name not in FORMATS:
        pytest.skip(f"the {name} format is not there yet")
    return get(name)


def read_all(module: ModuleType, text: str, location: str) -> Any:
    """``loads_all`` where the format has it, else ``loads``."""
    if hasattr(module, "loads_all"):
        return module.loads_all(text, location=location)
    return module.loads(text, location=location)


def written(module: ModuleType, document: Document) -> str | None:
    """What the format writes for ``document``, or None when it cannot carry it (and says so)."""
    try:
        return str(module.dumps(document))
    except StancekitError as error:
        useful(error)
        return None


def read_or_fail(call: Any, location: str | None = None) -> list[Document]:
    """The documents ``call()`` returns, each checked valid; a StancekitError is checked for form."""
    try:
        result = call()
    except StancekitError as error:
        useful(error, location)
        return []
    found = [result] if isinstance(result, Document) else list(result)
    for document in found:
        assert isinstance(document, Document)
        assert list(stancekit.iter_errors(document)) == []
    return found


def _json_values() -> st.SearchStrategy[Any]:
    return st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=8,
    )


def _encodable(value: Any) -> str | None:
    try:
        return json.dumps(value, ensure_ascii=False)
    except (ValueError, TypeError, RecursionError):
        return None


# -- the JSON-based readers ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", TEXT_READERS)
@FUZZ
@given(document=documents(max_items=3), data=st.data())
def test_mutated_bytes_read_or_fail_cleanly(name: str, document: Document, data: Any) -> None:
    """The writer's output with bytes cut, inserted or flipped: valid documents or one clear error."""
    module = reader(name)
    text = written(module, document)
    if text is None:
        return
    mutant = data.draw(mutated(text.encode("utf-8")))
    try:
        decoded = mutant.decode("utf-8")
    except UnicodeDecodeError:
        return
    read_or_fail(lambda: read_all(module, decoded, "mutant"), "mutant")


@pytest.mark.parametrize("name", JSON_READERS)
@FUZZ
@given(document=documents(max_items=3), data=st.data())
def test_a_value_replaced_at_any_path_reads_or_fails_cleanly(name: str, document: Document, data: Any) -> None:
    """Any value of the writer's JSON replaced by another JSON value: valid documents or one clear error."""
    module = reader(name)
    text = written(module, document)
    if text is None:
        return
    wire = json.loads(text)
    path = data.draw(st.sampled_from(_paths(wire)))
    value = data.draw(st.one_of(_json_values(), st.sampled_from(HOSTILE_VALUES)))
    text = _encodable(_replaced(wire, path, value))
    if text is None:  # NaN, bytes and the like cannot be in a file
        return
    read_or_fail(lambda: read_all(module, text, "replaced"), "replaced")


@pytest.mark.parametrize("name", JSON_READERS)
@pytest.mark.parametrize(
    "text",
    ["", "null", "[]", "[null]", "{}", "[{}]", '"x"', "[[[]]]", "[" * 200_000, '{"a": NaN}', "9" * 5000, "[1e400]"],
    ids=[
        "empty",
        "null",
        "no-items",
        "null-item",
        "empty-object",
        "empty-item",
        "string",
        "nested",
        "deep",
        "nan",
        "huge-int",
        "huge-float",
    ],
)
def test_degenerate_json_is_refused_with_the_place(name: str, text: str) -> None:
    """Empty, null, scalar, absurdly deep or non-finite JSON: one clear error (or no documents), never a crash."""
    module = reader(name)
    found = read_or_fail(lambda: read_all(module, text, "degenerate"), "degenerate")
    assert found == [] or text in ("[]",)


@pytest.mark.parametrize("name", JSON_READERS)
@pytest.mark.parametrize("data", HOSTILE_BYTES[:12], ids=lambda data: repr(data[:12]))
def test_hostile_files_are_refused_naming_the_file(tmp_path: Path, name: str, data: bytes) -> None:
    """Files starting with a BOM, UTF-16, NULs or broken UTF-8: reading them fails naming the file."""
    module = reader(name)
    path = tmp_path / f"hostile{module.EXTENSIONS[0]}"
    path.write_bytes(data + b"[]")
    read_or_fail(lambda: module.load_all(path) if hasattr(module, "load_all") else module.load(path), str(path))


# -- brat ------------------------------------------------------------------------------------------


def _brat() -> ModuleType:
    return reader("brat")


ABSURD_NUMBERS = st.sampled_from(["-1", "9" * 30, "9" * 5000, "x", "", "0", "1;2", " ", "0 0;0 0"])


@st.composite
def brat_line_edits(draw: st.DrawFn, lines: list[str]) -> list[str]:
    """Lines of a ``.ann`` file dropped, repeated, swapped, or with their numbers and ids made absurd."""
    lines = list(lines)
    for _ in range(draw(st.integers(1, 3))):
        if not lines:
            break
        index = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(("drop", "repeat", "swap", "numbers", "ids", "tabs", "garbage")))
        if kind == "drop":
            del lines[index]
        elif kind == "repeat":
            lines.insert(index, lines[index])
        elif kind == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif kind == "numbers":
            lines[index] = re.sub(r"\d+", lambda _: draw(ABSURD_NUMBERS), lines[index], count=draw(st.integers(1, 3)))
        elif kind == "ids":
            lines[index] = re.sub(
                r"\b[TERANM#]\d+\b", lambda _: draw(st.sampled_from(["T1", "T999", "X1", "#", ""])), lines[index]
            )
        elif kind == "tabs":
            lines[index] = lines[index].replace("\t", draw(st.sampled_from(["", " ", "\t\t"])), 1)
        else:
            lines.insert(index, draw(st.text(max_size=30)))
    return lines


@FUZZ
@given(document=documents(max_items=3), data=st.data())
def test_brat_lines_edited_read_or_fail_cleanly(document: Document, data: Any) -> None:
    """A ``.ann`` file with lines dropped, repeated, swapped or absurd: valid documents or one clear error."""
    brat = _brat()
    lines = brat.dumps(document).split("\n")
    edited = "\n".join(data.draw(brat_line_edits(lines)))
    read_or_fail(lambda: brat.loads(edited, document.text, location="x.ann"), "x.ann")


@FUZZ
@given(document=documents(max_items=3), data=st.data())
def test_brat_bytes_mutated_read_or_fail_cleanly(document: Document, data: Any) -> None:
    """A ``.ann`` file with bytes cut, inserted or flipped: valid documents or one clear error."""
    brat = _brat()
    mutant = data.draw(mutated(brat.dumps(document).encode("utf-8")))
    try:
        annotations = mutant.decode("utf-8")
    except UnicodeDecodeError:
        return
    read_or_fail(lambda: brat.loads(annotations, document.text, location="x.ann"), "x.ann")


@FUZZ
@given(document=documents(max_items=3), data=st.data())
def test_brat_against_another_text_reads_or_fails_cleanly(document: Document, data: Any) -> None:
    """A ``.ann`` read with a text cut short or changed: offsets past the end are named, nothing crashes."""
    brat = _brat()
    cut = data.draw(st.integers(0, len(document.text)))
    text = document.text[:cut] + data.draw(st.text(max_size=5))
    read_or_fail(lambda: brat.loads(brat.dumps(document), text, location="x.ann"), "x.ann")


@pytest.mark.parametrize(
    "annotations",
    [
        "T1\tPerson 0 " + "9" * 5000 + "\tChina",
        "T1\tPerson -5 3\tChi",
        "T1\tPerson 3 1\tx",
        "T1\tPerson 0 5;0 5;0 5\tChina",
        "T1\tPerson 2 5;0 1\tiC",
        "T1\tPerson 0 5\tChina\nT1\tPerson 0 5\tChina",
        "E1\tAttribution:T9 Content:T8",
        "R1\tStance Arg1:R1 Arg2:R1",
        "A1\tPolarity R9 support",
        "#1\tAnnotatorNotes T1\tid: x",
        "N1\tReference T1 stancekit:e1\tChina",
        "\x00\x00\x00",
        "T1\x00Person 0 5\x00China",
        "\ufeffT1\tPerson 0 5\tChina",
        "\t" * 1000,
        "T1\tPerson " + ";".join(f"{n} {n + 1}" for n in range(0, 5000, 2)) + "\tx",
    ],
    ids=lambda text: repr(text[:24]),
)
def test_broken_brat_lines_get_a_clear_error(annotations: str) -> None:
    """Classic broken ``.ann`` lines: a clear error naming the line, or a valid document."""
    brat = _brat()
    read_or_fail(lambda: brat.loads(annotations, "China blames NATO expansion.", location="x.ann"), "x.ann")


@pytest.mark.parametrize(
    ("ann", "txt"),
    [
        (b"T1\tPerson 0 5\tChina\n", b"\xef\xbb\xbfChina blames NATO."),
        (b"T1\tPerson 0 5\tChina\n", b"Chin\xe9 blames"),
        (b"\xff\xfeT\x001\x00", b"China"),
        (b"T1\tPerson 0 5\tChina\n", b""),
        (b"", b""),
    ],
    ids=["bom-text", "latin1-text", "utf16-ann", "empty-text", "both-empty"],
)
def test_brat_files_with_bad_encodings_are_refused(tmp_path: Path, ann: bytes, txt: bytes) -> None:
    """A ``.ann`` or its ``.txt`` with a BOM, Latin-1 or UTF-16: one clear error naming the file."""
    brat = _brat()
    (tmp_path / "x.ann").write_bytes(ann)
    (tmp_path / "x.txt").write_bytes(txt)
    read_or_fail(lambda: brat.load(tmp_path / "x.ann"), str(tmp_path))


# -- CAS XMI -------------------------------------------------------------------------------------------

ABSURD_ATTRIBUTES = st.sampled_from(
    ["", "-1", "0", "1", "9" * 30, "9" * 5000, "x", "null", "[]", "{}", "[1", "{&quot;a&quot;: NaN}", "&amp;", "\t"]
)


@FUZZ
@given(document=documents(max_items=3), data=st.data())
def test_cas_attributes_replaced_read_or_fail_cleanly(document: Document, data: Any) -> None:
    """XMI whose attributes (offsets, ids, references, JSON features) take absurd values: valid or one clear error."""
    cas = reader("cas")
    text = written(cas, document)
    if text is None:
        return
    attributes = list(re.finditer(r'(\w+)="([^"]*)"', text))
    for _ in range(data.draw(st.integers(1, 3))):
        chosen = data.draw(st.sampled_from(attributes))
        value = data.draw(ABSURD_ATTRIBUTES)
        text = text[: chosen.start(2)] + value + text[chosen.end(2) :]
        attributes = list(re.finditer(r'(\w+)="([^"]*)"', text))
    read_or_fail(lambda: cas.loads(text, location="x.xmi"), "x.xmi")


def _xmi_with(cas: ModuleType, doctype: str, identifier: str) -> str:
    """stancekit's XMI for a small document, with a DOCTYPE and the document id replaced by ``identifier``."""
    text = cas.dumps(Document("d", "China blames NATO."))
    declaration, body = text.split("?>", 1)
    body = body.replace('identifier="d"', f'identifier="{identifier}"', 1)
    return f"{declaration}?>{doctype}{body}"


def test_cas_never_reads_external_entities_or_dtds(tmp_path: Path) -> None:
    """XXE: an entity or DTD naming a local file is not loaded; the file's content never reaches the document."""
    cas = reader("cas")
    # The control: an entity declared inside the file does expand, so the attacks below would show.
    internal = _xmi_with(cas, '<!DOCTYPE xmi:XMI [<!ENTITY leak "INTERNAL">]>', "&leak;")
    assert cas.loads(internal).id == "INTERNAL"
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ENTITY leak "SECRET">', encoding="utf-8")
    attacks = [
        f'<!DOCTYPE xmi:XMI [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>',
        f'<!DOCTYPE xmi:XMI SYSTEM "{dtd.as_uri()}">',
        f'<!DOCTYPE xmi:XMI [<!ENTITY % dtd SYSTEM "{dtd.as_uri()}"> %dtd;]>',
    ]
    for doctype in attacks:
        found = read_or_fail(lambda d=doctype: cas.loads(_xmi_with(cas, d, "&leak;"), location="x.xmi"), "x.xmi")
        assert all("SECRET" not in document.id for document in found)


def test_cas_refuses_exponential_entities_quickly() -> None:
    """A billion laughs: refused in well under a second, not expanded to gigabytes."""
    import time

    cas = reader("cas")
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    )
    started = time.perf_counter()
    found = read_or_fail(lambda: cas.loads(_xmi_with(cas, f"<!DOCTYPE xmi:XMI [{entities}]>", "&lol9;")), "<string>")
    assert time.perf_counter() - started < 5
    assert all(len(document.id) < 10_000 for document in found)


def test_cas_reports_a_parser_error_without_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """An error from inside the XMI parser that carries no message is still a FormatError naming the file."""
    cas = reader("cas")
    cassis = cas._cassis()

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError

    monkeypatch.setattr(cassis, "load_cas_from_xmi", fail)
    with pytest.raises(StancekitError, match=r"x\.xmi: not UIMA CAS XMI \(AssertionError\)"):
        cas.loads("<xmi/>", location="x.xmi")
