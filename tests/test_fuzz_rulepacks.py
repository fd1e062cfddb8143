"""Rule packs from users: schema-checked, compiled with limits, never run as code.

A pack is read, merged and compiled, then used to annotate; hostile packs
(random JSON, the default packs with a value replaced anywhere, phrases full
of regular-expression syntax, cue patterns of every shape) must either work
and give valid documents, or raise a ``RulePackError`` with a one-line
message naming the pack and the JSON path.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import RulePackError, StancekitError
from stancekit.annotate import compile_rules, default_pack_paths, load_pack

from .test_fuzz_json import HOSTILE_VALUES, _paths, _replaced, useful

#: ``HYPOTHESIS_PROFILE=thorough`` raises every budget tenfold.
SCALE = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "thorough" else 1
# Each new pack compiles every stage again (about 0.3 s), so the budgets are small.
FUZZ = settings(max_examples=15 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NEWS = (
    "China blames NATO expansion, a spokeswoman said on Tuesday. “We oppose it,” Mao Ning told reporters. "
    "Officials familiar with the talks said Beijing would welcome a ceasefire."
)


def annotate_with(pack: Any, text: str = NEWS) -> stancekit.Document | None:
    """Annotate with ``pack`` after the defaults: a valid document, or None after a clean RulePackError."""
    try:
        document = stancekit.annotate(text, rules=[pack])
    except RulePackError as error:
        useful(error)
        return None
    assert document.text == text
    assert list(stancekit.iter_errors(document)) == []
    return document


def _schema_keys() -> list[str]:
    from stancekit.schemas import schema

    return sorted(schema("rulepack")["properties"])


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


@FUZZ
@given(pack=st.dictionaries(st.one_of(st.sampled_from(_schema_keys()), st.text(max_size=10)), _json, max_size=5))
def test_random_json_as_a_pack_is_refused_or_works(pack: dict[str, Any]) -> None:
    """Any JSON object as a pack: a RulePackError naming the path, or a pack that annotates validly."""
    annotate_with(pack)


@pytest.fixture(scope="module")
def default_packs() -> dict[str, dict[str, Any]]:
    return {path.name: json.loads(path.read_text(encoding="utf-8")) for path in default_pack_paths()}


@FUZZ
@given(data=st.data())
def test_a_default_pack_with_any_value_replaced_is_refused_or_works(
    default_packs: dict[str, dict[str, Any]], data: Any
) -> None:
    """A default pack with one value replaced anywhere (by JSON or a hostile value): a clean error or valid output."""
    name = data.draw(st.sampled_from(sorted(default_packs)))
    pack = default_packs[name]
    paths = _paths(pack)
    path = data.draw(st.sampled_from(paths))
    value = data.draw(st.one_of(_json, st.sampled_from(HOSTILE_VALUES)))
    mutated = _replaced(pack, path, value)
    if isinstance(mutated, dict):
        mutated = {**mutated, "name": f"mutated {name}"}
    try:
        stancekit.annotate(NEWS, rules=[mutated])
    except RulePackError as error:
        useful(error)


#: Phrases that would be dangerous or broken as regular expressions.
REGEX_SYNTAX = (
    "(a+)+$",
    "(a|aa)*b",
    ".*",
    "\\d+",
    "[",
    "a|b",
    "(?i)x",
    "(?P<x>a)(?P=x)",
    "\\",
    "$^",
    "a{1,99999}",
    "(?=a)",
    "\\1",
    "(?#comment)",
)


@pytest.mark.parametrize("phrase", REGEX_SYNTAX)
def test_phrases_are_literal_text_never_patterns(phrase: str) -> None:
    """An alias written in regex syntax matches only itself, literally, and costs nothing on hostile text."""
    pack = {
        "name": "regex syntax",
        "entities": [{"key": "X1", "name": "Xylo Corp", "type": "organization", "aliases": [phrase]}],
    }
    literal = annotate_with(pack, f"The statement came from {phrase} today, it said.")
    assert literal is not None
    found = {mention.span.text for mention in literal.mentions if mention.entity}
    victim = "a" * 30_000 + "!"
    started = time.perf_counter()
    other = annotate_with(pack, victim)
    assert time.perf_counter() - started < 5
    assert other is not None and all(mention.span.text != "a" * 30_000 for mention in other.mentions)
    assert isinstance(found, set)


_pattern_word = st.one_of(
    st.sampled_from(["for", "to", "against", "over", "with", "<any>", "<target>", "[for]", "[to]", "for|to", "be"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz|[]<>()*+?.\\", min_size=1, max_size=8),
)


@FUZZ
@given(
    head=st.one_of(st.sampled_from(["blame", "welcome", "be", "support"]), st.text(min_size=1, max_size=8)),
    words=st.lists(_pattern_word, max_size=6),
    pos=st.sampled_from(["verb", "noun", "adjective", "phrase"]),
)
def test_stance_cue_patterns_of_any_shape_are_refused_or_compiled(head: str, words: list[str], pos: str) -> None:
    """A stance cue pattern of any shape: a RulePackError naming the pattern, or one that annotates validly."""
    pattern = " ".join([head, *words])[:100]
    pack = {
        "name": "fuzzed cue",
        "stance_cues": {
            "cues": [{"id": "user.fuzz", "pattern": pattern, "pos": pos, "polarity": "oppose", "type": "blame"}]
        },
    }
    annotate_with(pack, NEWS + " The minister blames the plan for the delay. " + " ".join(words))


def test_gaps_in_cue_patterns_cost_linear_time() -> None:
    """A cue with a gap on text that almost matches everywhere stays within a few times the plain cost."""
    pack = {
        "name": "gappy",
        "stance_cues": {
            "cues": [
                {
                    "id": "user.gap",
                    "pattern": "blame <any> for <target> against",
                    "pos": "verb",
                    "polarity": "oppose",
                    "type": "blame",
                }
            ]
        },
    }
    text = "He blames " + "the plan for " * 3000 + "it."
    stancekit.annotate("Warm-up so the packs compile.", rules=[pack])
    started = time.perf_counter()
    plain = stancekit.annotate(text)
    plain_seconds = time.perf_counter() - started
    started = time.perf_counter()
    document = stancekit.annotate(text, rules=[pack])
    assert time.perf_counter() - started < 20 * plain_seconds + 0.5
    assert list(stancekit.iter_errors(document)) == [] and plain.text == document.text


def test_a_pack_cannot_point_elsewhere() -> None:
    """``$ref`` and other unknown keys are refused by the schema, never followed; ``$schema`` is a plain string."""
    with pytest.raises(RulePackError, match=r"\$ref"):
        load_pack({"name": "x", "$ref": "https://example.org/evil.json"})
    pack, _ = load_pack({"name": "x", "$schema": "https://example.org/not-fetched.json"})
    assert pack["$schema"].startswith("https://")


def test_lists_past_the_cap_are_refused() -> None:
    """A list longer than the schema's 20,000 entries is refused before anything is compiled."""
    with pytest.raises(RulePackError, match=r"\$\.abbreviations: .* is too long"):
        load_pack({"name": "big", "abbreviations": ["x."] * 20_001})


def test_a_pack_of_long_phrases_compiles_in_bounded_time() -> None:
    """2,000 aliases of 100 characters (the schema's longest; 20,000, its cap, when thorough): seconds, not minutes."""
    import random

    generator = random.Random(10)
    count = 20_000 if SCALE > 1 else 2_000
    aliases = ["".join(generator.choice("abcdefgh ") for _ in range(99)) + "z" for _ in range(count)]
    pack = {
        "name": "largest",
        "entities": [{"key": "BIG", "name": "Bigco", "type": "organization", "aliases": aliases}],
    }
    started = time.perf_counter()
    document = annotate_with(pack, NEWS + " " + aliases[7] + " said so.")
    assert time.perf_counter() - started < 60
    assert document is not None


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b"\xef\xbb\xbf[]", "expected an object"),  # the byte-order mark is dropped
        (b"\xff\xfe", "not UTF-8"),
        (b"[" * 200_000, "nested too deeply"),
        (b'{"name": "x", "abbreviations": [NaN]}', "NaN"),
        (b'{"name": "x", "version": ' + b"9" * 5000 + b"}", "digits"),
        (b"[]", "expected an object"),
        (b'{"name": "x", "entities": [{"key": "A"}]}', "entities"),
    ],
    ids=["empty", "bom", "utf16", "deep", "nan", "huge-int", "array", "missing-fields"],
)
def test_broken_pack_files_are_one_line_errors(tmp_path: Path, content: bytes, expected: str) -> None:
    """Pack files empty, BOM-prefixed, not UTF-8, absurdly deep, NaN or wrong: RulePackError naming the file."""
    path = tmp_path / "pack.json"
    path.write_bytes(content)
    with pytest.raises(RulePackError, match=expected) as caught:
        compile_rules([path])
    useful(caught.value, str(path))


@pytest.mark.parametrize("pack", [{1: "x", "name": "y"}, {"name": "x", "meta": {2: 3, "a": 1}}, {"name": float("nan")}])
def test_packs_built_in_python_with_odd_keys_are_clean_errors(pack: dict[Any, Any]) -> None:
    """A dict pack with non-string keys or NaN: a RulePackError, not a TypeError from caching it."""
    with pytest.raises(StancekitError):
        compile_rules([pack])


def test_the_annotate_command_reports_a_broken_pack_in_one_line(tmp_path: Path) -> None:
    """``stancekit annotate --rules broken.json``: one line naming the pack, exit 1."""
    import contextlib
    import io

    from stancekit.cli import COMMANDS, main

    if "annotate" not in COMMANDS:
        pytest.skip("stancekit annotate is not there yet")
    (tmp_path / "article.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"name": "x", "titles": [{"text": ""}]}', encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["annotate", str(tmp_path / "article.txt"), "--rules", str(tmp_path / "broken.json")])
    assert code == 1
    lines = err.getvalue().strip().splitlines()
    assert len(lines) == 1 and "broken.json" in lines[0] and "$.titles[0].text" in lines[0], lines
    assert out.getvalue() == ""
