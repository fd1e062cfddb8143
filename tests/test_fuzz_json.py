"""Fuzzing the JSON and JSON Lines readers, ``Document.from_dict``, ``iter_errors`` and ``stancekit validate``.

Every input either reads into documents that are valid and can be written
back, or raises a ``StancekitError`` whose message is one line and names
where the problem is. Nothing else escapes: no ``KeyError``, ``TypeError``,
``RecursionError``, ``UnicodeDecodeError``.

Budgets are explicit so that the suite stays bounded in CI; ``docs/reliability.md``
lists them.
"""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Document, InputError, StancekitError, ValidationError, _fastvalid
from stancekit.cli import main
from stancekit.formats import json as json_format
from stancekit.formats import jsonl as jsonl_format
from stancekit.testing import documents

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"

#: The thorough profile (``HYPOTHESIS_PROFILE=thorough``) tries ten times the examples, and exhaustive products.
EXHAUSTIVE = os.environ.get("HYPOTHESIS_PROFILE") == "thorough"
SCALE = 10 if EXHAUSTIVE else 1

FUZZ = settings(max_examples=50 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Byte strings that break readers: encodings, JSON's edges, absurd numbers and nesting.
HOSTILE_BYTES = (
    b"",
    b"\x00",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xc3",
    b"\xed\xa0\x80",  # a surrogate encoded in UTF-8: not valid UTF-8
    b"NaN",
    b"Infinity",
    b"-Infinity",
    b"1e400",
    b"-1e400",
    b"9" * 5000,
    b"-" + b"9" * 4000,
    b"[" * 2000,
    b"{" * 2000,
    b'{"a":' * 300,
    b"]",
    b"}",
    b",",
    b":",
    b'"',
    b"\\",
    b'"\\ud800"',
    b"\\u0000",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b"\n",
    b"\r\n",
    b"\xe2\x80\xa8",  # U+2028, a line separator JSON strings may hold raw
    b"-1",
    b"0.5",
    b"1e-400",
    b'"id"',
    b'"start"',
)


def useful(error: StancekitError, location: str | None = None) -> StancekitError:
    """Check that an error reads well on one line and names where it happened."""
    message = str(error)
    assert message, repr(error)
    assert "\n" not in message and "\r" not in message, message
    assert len(message) < 600, message[:600]
    if location is not None:
        assert message.startswith(location), message
    if isinstance(error, ValidationError):
        assert error.path.startswith("$"), error.path
    return error


def outcome(call: Any, location: str | None = None) -> Any:
    """The result of ``call()``, or the StancekitError it raised; anything else fails the test."""
    try:
        return call()
    except StancekitError as error:
        return useful(error, location)


def assert_writable(document: Document) -> None:
    """A document read from anywhere is valid and survives a round trip through JSON."""
    assert list(stancekit.iter_errors(document)) == []
    assert json_format.loads(json_format.dumps(document)) == document
    assert jsonl_format.loads(jsonl_format.dumps([document])) == [document]


def run_cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` after one to four edits: cut, deletion, insertion of hostile or random bytes, byte flips, repeats."""
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(("truncate", "delete", "insert", "insert", "flip", "repeat")))
        if kind == "truncate":
            data = data[:position]
        elif kind == "delete":
            data = data[:position] + data[position + draw(st.integers(1, 20)) :]
        elif kind == "insert":
            piece = draw(st.one_of(st.sampled_from(HOSTILE_BYTES), st.binary(min_size=1, max_size=8)))
            data = data[:position] + piece + data[position:]
        elif kind == "flip" and position < len(data):
            data = data[:position] + bytes([data[position] ^ draw(st.integers(1, 255))]) + data[position + 1 :]
        elif kind == "repeat":
            data = data[:position] + data[position : position + draw(st.integers(1, 40))] * 2 + data[position:]
    return data


def serialised(document: Document) -> bytes:
    return json_format.dumps(document).encode("utf-8")


# -- bytes, mutated -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=documents().map(serialised).flatmap(mutated))
def test_mutated_json_reads_or_fails_cleanly(folder: Path, data: bytes) -> None:
    """Mutated JSON: every reader returns valid documents or raises a StancekitError naming the file."""
    path = folder / "mutated.json"
    path.write_bytes(data)
    location = str(path)
    for call in (
        lambda: json_format.load(path),
        lambda: json_format.load_all(path),
        lambda: list(stancekit.load_all(path)),
        lambda: stancekit.load(path),
    ):
        result = outcome(call, location)
        if isinstance(result, Document):
            assert_writable(result)
        elif isinstance(result, list):
            for document in result:
                assert_writable(document)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    result = outcome(lambda: json_format.loads_all(text, location="<mutant>"), "<mutant>")
    if isinstance(result, list):
        for document in result:
            assert_writable(document)


@FUZZ
@given(
    data=st.lists(documents(max_items=2).map(lambda d: jsonl_format.dumps([d]).encode()), min_size=1, max_size=4)
    .map(b"".join)
    .flatmap(mutated)
)
def test_mutated_json_lines_read_or_fail_cleanly(folder: Path, data: bytes) -> None:
    """Mutated JSON Lines: the lazy reader yields valid documents until a bad line, which it names ``file:line``."""
    path = folder / "mutated.jsonl"
    path.write_bytes(data)
    read: list[Document] = []
    try:
        for document in jsonl_format.load(path):
            read.append(document)
    except StancekitError as error:
        useful(error, f"{path}:")
    for document in read:
        assert_writable(document)
    # The corpus reader and the string reader agree with the file reader on what they accept.
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return
    from_string = outcome(lambda: jsonl_format.loads(text.replace("\r\n", "\n")), "<string>:")
    if isinstance(from_string, list):
        assert from_string == read


@FUZZ
@given(data=documents().map(serialised).flatmap(mutated))
def test_validate_command_reports_mutants_in_one_line_each(folder: Path, data: bytes) -> None:
    """``stancekit validate`` on a mutant: exit 0 or 1, each problem on one line naming the file, no traceback."""
    path = folder / "cli.json"
    path.write_bytes(data)
    code, out, err = run_cli("validate", str(path))
    assert code in (0, 1), (code, out, err)
    assert "Traceback" not in out + err
    assert out.endswith("\n")
    for line in out.splitlines():
        assert line.startswith(f"{path}"), line
        assert len(line) < 800
    if code == 0:
        assert_writable(json_format.load(path))
    else:
        with pytest.raises(StancekitError):
            json_format.load_all(path)


# -- truncation at every position ------------------------------------------------------------------


def test_truncation_at_every_position_is_refused_with_the_place() -> None:
    """Every prefix of a valid file that is not the whole document is refused, naming line and column."""
    data = EXAMPLE.read_bytes()
    whole = json_format.loads(data.decode())
    for cut in range(len(data)):
        prefix = data[:cut]
        try:
            text = prefix.decode("utf-8")
        except UnicodeDecodeError:  # cut inside a multi-byte character
            continue
        result = outcome(lambda text=text: json_format.loads(text, location="cut.json"), "cut.json")
        if isinstance(result, Document):
            assert result == whole and not text[len(text.rstrip()) :].strip()
            continue
        assert isinstance(result, InputError), (cut, result)
        assert "not valid JSON at" in str(result) or "is empty" in str(result), str(result)


@settings(max_examples=40 * SCALE, deadline=None)
@given(document=documents(), data=st.data())
def test_truncated_json_lines_keep_every_line_before_the_cut(folder: Path, document: Document, data: Any) -> None:
    """A JSON Lines corpus cut anywhere yields every complete line before the cut, then names the broken line."""
    lines = jsonl_format.dumps([document] * 3).encode()
    cut = data.draw(st.integers(0, len(lines)))
    path = folder / "cut.jsonl"
    path.write_bytes(lines[:cut])
    complete = lines[:cut].count(b"\n")
    read: list[Document] = []
    with contextlib.suppress(InputError):
        read.extend(jsonl_format.load(path))
    assert read[:complete] == [document] * complete
    assert len(read) in (complete, complete + 1)


# -- wrong values at every path -----------------------------------------------------------------


def _deep(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels):
        value = [value]
    return value


#: Python values put in place of each value of a valid document.
HOSTILE_VALUES: tuple[Any, ...] = (
    None,
    True,
    0,
    -1,
    2**63,
    10**5000,
    -(10**5000),
    1.5,
    math.nan,
    math.inf,
    "",
    "x" * 10_000,
    "\ud800",
    "\x00",
    [],
    [None],
    {},
    {"start": 0},
    _deep(5000),
    b"bytes",
    object(),
)


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*path, index)))
    return found


def _replaced(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[path[0]] = _replaced(data[path[0]], path[1:], value)
    return copy


def _dropped(data: Any, path: tuple[Any, ...]) -> Any:
    copy = dict(data) if isinstance(data, dict) else list(data)
    if len(path) == 1:
        del copy[path[0]]
    else:
        copy[path[0]] = _dropped(data[path[0]], path[1:])
    return copy


def _without_fast_pass(data: Any) -> list[ValidationError]:
    """``iter_errors`` by jsonschema and the semantic checks alone, without the fast acceptance pass."""
    _fastvalid.set_backend("jsonschema")
    try:
        return list(stancekit.iter_errors(data))
    finally:
        _fastvalid.set_backend(None)


def assert_consistent(data: Any) -> None:
    """``iter_errors``, ``validate`` and ``Document.from_dict`` agree, and raise nothing but ValidationError.

    The fast pass of every backend accepts only what the full check accepts.
    """
    errors = [useful(error) for error in _without_fast_pass(data)]
    messages = {str(error) for error in errors}
    for backend in _fastvalid.BACKENDS:
        try:
            _fastvalid.set_backend(backend)
        except ValueError:  # the fast backend needs an extra
            continue
        try:
            assert not (_fastvalid.accepts(data) and errors), (backend, messages)
        finally:
            _fastvalid.set_backend(None)
    try:
        stancekit.validate(data)
    except ValidationError as error:
        useful(error)
        assert errors, f"validate raised {error} but iter_errors found nothing"
        assert str(error) in messages, (str(error), messages)
    else:
        assert not errors, messages
    try:
        document = Document.from_dict(data)
    except ValidationError as error:
        useful(error)
        assert errors, f"from_dict raised {error} but iter_errors found nothing"
    else:
        assert not errors, messages
        assert_writable(document)


def rich_document() -> Document:
    """The example article with every kind of annotation: sentences, a discontinuous quote, provenance, meta."""
    from stancekit import Entity, Mention, Provenance, Span, Stance, Statement, Target

    example = json_format.load(EXAMPLE)
    text = example.text
    said = text.index("said")
    quote = text.index("We oppose it")
    firmly = text.index("firmly")
    return Document(
        id="rich",
        text=text,
        meta={"title": "China blames NATO", "lang": "en", "tags": ["a", {"b": [1, 2.5, None]}]},
        sentences=[Span.of(text, 0, 28), Span.of(text, 29, len(text))],
        entities=[*example.entities, Entity("e2", "Mao Ning", "person", ("she",), "CHN", None, "spokeswoman", "e1")],
        mentions=[*example.mentions, Mention("m2", "e2", Span.of(text, said - 4, said - 1))],
        statements=[
            Statement(
                "s1",
                Span.join(text, [(quote, quote + len("We oppose it")), (firmly, firmly + len("firmly"))]),
                speaker="e2",
                source=Span.of(text, said - 4, said - 1),
                cue=Span.of(text, said, said + 4),
                mode="direct",
                provenance=Provenance("stancekit.rules 0.1.0", "statement.say", "2025-05-29T12:00:00Z", "🙂"),
            )
        ],
        stances=[
            *example.stances,
            Stance(
                "st2",
                "e2",
                Target("it", Span.of(text, quote + 10, quote + 12), "e1"),
                "oppose",
                "oppose",
                statement="s1",
                confidence=0.5,
            ),
        ],
    )


def test_every_path_of_a_document_survives_every_hostile_value() -> None:
    """Replace each value of a rich document, in turn, by each hostile value: only ValidationError, consistently."""
    data = rich_document().to_dict()
    paths = _paths(data)
    assert len(paths) > 100
    # Each path gets a rotating tenth of the values, so every value meets many
    # kinds of field; HYPOTHESIS_PROFILE=thorough tries the full product.
    share = len(HOSTILE_VALUES) if EXHAUSTIVE else 2
    for number, path in enumerate(paths):
        for turn in range(share):
            assert_consistent(_replaced(data, path, HOSTILE_VALUES[(number * share + turn) % len(HOSTILE_VALUES)]))
        if path:
            assert_consistent(_dropped(data, path))


@FUZZ
@given(document=documents(), data=st.data())
def test_random_paths_of_random_documents_take_random_values(document: Document, data: Any) -> None:
    """A Hypothesis-chosen path of a generated document gets a Hypothesis-chosen JSON value or a hostile one."""
    wire = document.to_dict()
    path = data.draw(st.sampled_from(_paths(wire)))
    json_values = st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
        max_leaves=10,
    )
    value = data.draw(st.one_of(json_values, st.sampled_from(HOSTILE_VALUES)))
    assert_consistent(_replaced(wire, path, value))


# -- the input classes of the issue, one by one -------------------------------------------------


def _example() -> dict[str, Any]:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_offsets_huge_and_negative_name_the_offset() -> None:
    """Offsets far past the text, negative, or thousands of digits long: one short error at the offset's path."""
    for value, expected in (
        (10**12, "past the end of the text"),
        (-1, "less than the minimum of 0"),
        (-(10**3000), "less than the minimum of 0"),
        (10**3000, "past the end of the text"),
        (10**5000, "too long to write"),
    ):
        data = _example()
        data["stances"][0]["cue"]["end"] = value
        with pytest.raises(ValidationError) as caught:
            Document.from_dict(data)
        useful(caught.value)
        assert caught.value.path == "$.stances[0].cue.end"
        assert expected in caught.value.message


@pytest.mark.parametrize(
    ("literal", "expected"),
    [
        ("NaN", "NaN is not a JSON number"),
        ("Infinity", "Infinity is not a JSON number"),
        ("-Infinity", "-Infinity is not a JSON number"),
        ("1e400", "too large for a number"),
        ("-1e99999", "too large for a number"),
        ("9" * 5000, "thousands of digits"),
    ],
)
def test_non_finite_and_huge_numbers_are_refused_anywhere(literal: str, expected: str) -> None:
    """NaN, infinities (spelt out or overflowing) and 5,000-digit numbers are refused wherever they stand."""
    for template in (
        '{"id": "d", "text": "t", "meta": {"n": %s}}',
        '{"id": "d", "text": "t", "stances": [{"confidence": %s}]}',
        "[%s]",
        "%s",
    ):
        with pytest.raises(InputError, match=expected) as caught:
            json_format.loads(template % literal, location="n.json")
        useful(caught.value, "n.json")


def test_non_finite_numbers_built_in_python_are_refused() -> None:
    """A Document built in Python refuses what JSON cannot write, so every valid document can be saved."""
    for value in (math.nan, math.inf, -math.inf, 10**5000, b"bytes", {1: "x"}, "\udfff", _deep(200)):
        with pytest.raises(ValidationError) as caught:
            Document("d", "text", meta={"value": value})
        useful(caught.value)
        assert caught.value.path.startswith("$.meta")


@pytest.mark.parametrize("opening", [b"[", b'{"a":', b'{"id": "d", "text": "t", "meta": {"m": '])
def test_two_hundred_thousand_brackets_are_refused(folder: Path, opening: bytes) -> None:
    """200,000 nested brackets: a clear error, no RecursionError, for both readers."""
    data = opening + b"[" * 200_000
    for name, reader in (("deep.json", json_format.load), ("deep.jsonl", lambda p: list(jsonl_format.load(p)))):
        path = folder / name
        path.write_bytes(data)
        with pytest.raises(InputError, match="nested too deeply") as caught:
            reader(path)
        useful(caught.value, str(path))


def test_nesting_that_parses_but_is_absurd_is_refused() -> None:
    """Nesting JSON can parse but no document needs (500 levels) is a ValidationError, not a later crash."""
    text = '{"id": "d", "text": "t", "meta": {"m": ' + "[" * 500 + "]" * 500 + "}}"
    with pytest.raises(ValidationError, match="nested more than") as caught:
        json_format.loads(text)
    useful(caught.value)


@pytest.mark.parametrize(
    ("data", "expected", "expected_per_line"),
    [
        (b"\xef\xbb\xbf{", "not valid JSON at column 2", "not valid JSON at column 2"),  # the mark is dropped
        (b"\xff\xfe{\x00}\x00", "is not UTF-8", "it is UTF-16 \\(the file starts with a UTF-16 byte-order mark\\)"),
        (
            b'{"id": "d", "text": "caf\xe9"}',
            "byte 0xe9 at offset 24 is not UTF-8",
            "byte 0xe9 at offset 24 is not UTF-8",
        ),
        (b'{"id": "d", "text": "a\x00b"}', "Invalid control character", "Invalid control character"),
        (b"\x00" * 10, "not valid JSON", "not valid JSON"),
        (bytes(range(256)), "is not UTF-8", "not valid JSON"),  # the first line is ASCII
        (b"   \n\t ", "is empty", None),
        (b"", "is empty", None),
    ],
    ids=["bom", "utf16", "latin1", "nul-in-string", "nuls", "binary", "blank", "empty"],
)
def test_encodings_and_nul_bytes_are_refused_with_the_place(
    folder: Path, data: bytes, expected: str, expected_per_line: str | None
) -> None:
    """UTF-16, Latin-1, NUL bytes and binary garbage (after a BOM too) are refused, naming the file (and the line)."""
    path = folder / "enc.json"
    path.write_bytes(data)
    with pytest.raises(InputError, match=expected) as caught:
        json_format.load(path)
    useful(caught.value, str(path))
    path = folder / "enc.jsonl"
    path.write_bytes(data)
    if expected_per_line is None:
        assert list(jsonl_format.load(path)) == []  # a corpus of no documents
        return
    with pytest.raises(InputError, match=expected_per_line) as caught:
        list(jsonl_format.load(path))
    # A corpus in another encoding is refused as a whole, rather than line by line for reasons of their own.
    useful(caught.value, f"{path}: " if data.startswith(b"\xff\xfe") else f"{path}:1: ")


def test_json_text_holding_utf16_or_binary_nul_bytes_says_so() -> None:
    """A string that was UTF-16 read as single bytes, or binary: the message says what it looks like, where."""
    wide = '{"id": "d", "text": "The minister said no."}'.encode("utf-16-le").decode("latin-1")
    with pytest.raises(InputError) as caught:
        json_format.loads(wide, location="wide")
    assert str(caught.value) == (
        "wide: not valid JSON at column 2: a NUL byte (it looks like little-endian UTF-16 without a byte-order mark: "
        "save it again as UTF-8); expected UTF-8 JSON"
    )
    with pytest.raises(InputError, match="column 1: a NUL byte \\(it looks like a binary file, not text\\)"):
        json_format.loads("\x00" * 10)


def test_escaped_nul_and_lone_surrogates_are_told_apart() -> None:
    """An escaped NUL is text like any other; an escaped lone surrogate cannot be written and is refused."""
    document = json_format.loads('{"id": "d", "text": "a\\u0000b"}')
    assert document.text == "a\x00b"
    assert_writable(document)
    with pytest.raises(ValidationError, match="lone surrogate") as caught:
        json_format.loads('{"id": "d", "text": "a\\ud800b"}')
    assert caught.value.path == "$.text"


@given(document=documents(max_entities=4, max_items=4))
@settings(max_examples=60 * SCALE, deadline=None)
def test_duplicate_ids_are_refused_where_they_repeat(document: Document) -> None:
    """Giving an item the id of an earlier one in the same list is refused at the later item's id."""
    wire = document.to_dict()
    lists = [key for key in ("entities", "mentions", "statements", "stances") if len(wire[key]) >= 2]
    for key in lists:
        data = json.loads(json.dumps(wire))
        data[key][-1]["id"] = data[key][0]["id"]
        with pytest.raises(ValidationError, match="duplicate id") as caught:
            Document.from_dict(data)
        assert caught.value.path == f"$.{key}[{len(data[key]) - 1}].id"


@given(document=documents())
@settings(max_examples=60 * SCALE, deadline=None)
def test_discontinuous_spans_out_of_order_are_refused(document: Document) -> None:
    """Reversing the fragments of a discontinuous span is refused at that span, naming the order."""
    wire = document.to_dict()
    spans = [
        (("statements", index, "content"), statement["content"])
        for index, statement in enumerate(wire["statements"])
        if statement["content"].get("fragments")
    ]
    for (key, index, field), span in spans:
        data = json.loads(json.dumps(wire))
        fragments = data[key][index][field]["fragments"]
        fragments.reverse()
        data[key][index][field]["text"] = " ".join(fragment["text"] for fragment in fragments)
        errors = list(stancekit.iter_errors(data))
        assert errors, span
        assert any(f"$.{key}[{index}].{field}" in error.path for error in errors)
        with pytest.raises(ValidationError):
            Document.from_dict(data)


@pytest.mark.parametrize(
    "root", ["1", '"doc"', "null", "true", "3.5", "[1, 2]", "[[]]", '[{"id": "d", "text": "t"}, 7]']
)
def test_json_roots_that_are_not_documents_are_refused(folder: Path, root: str) -> None:
    """A root that is not an object (or a list of them) is a ValidationError naming its path."""
    with pytest.raises(ValidationError) as caught:
        json_format.loads_all(root, location="root.json")
    useful(caught.value, "root.json")
    with pytest.raises(ValidationError):
        json_format.loads(root)
    path = folder / "root.jsonl"
    path.write_text(root + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        list(jsonl_format.load(path))
    useful(caught.value, f"{path}:1")


def test_a_corpus_with_bad_records_keeps_every_good_one(folder: Path) -> None:
    """``stancekit validate`` on JSON Lines checks every line, good and bad, and names each bad line."""
    good = EXAMPLE.read_bytes().replace(b"\n", b"")
    number = iter(range(5))  # each good line its own id: a repeated id is an error of its own
    lines = [good, b"{broken", good, b"\xff", good, b"[" * 200_000, good, b'{"id": "x"}', good, b"NaN"]
    lines = [
        line.replace(b'"id": "doc"', f'"id": "doc{next(number)}"'.encode()) if line == good else line for line in lines
    ]
    path = folder / "corpus.jsonl"
    path.write_bytes(b"\n".join(lines))
    code, out, err = run_cli("validate", "--format", "json", str(path))
    assert code == 1, err
    report = json.loads(out)["files"][0]
    assert report["documents"] == 6  # five good lines and one readable but invalid
    assert [problem["line"] for problem in report["errors"]] == [2, 4, 6, 8, 10]
