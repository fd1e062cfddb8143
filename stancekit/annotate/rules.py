"""Rule packs: JSON lexicons validated by ``schemas/rulepack.schema.json``, merged and compiled once.

A rule pack is data only. It holds words and phrases, never regular
expressions or code: the annotator escapes every phrase and builds its own
regexes from them (radix-tree alternations that scan the text once and
cannot backtrack catastrophically). The schema caps each phrase at 100
characters and each list at 20,000 entries.

**The default packs** are every ``*.json`` file in ``stancekit/annotate/data/``,
read in file-name order (``english.json``, ``gazetteer.json``, ...). A new
default pack joins by being dropped into that folder; it must validate
against the rule-pack schema. Packs a user passes (``rules=[...]`` or
``--rules``) come after the defaults.

**Merging.** List sections concatenate in pack order. Entities with the same
``key`` merge: aliases, demonyms and role nouns add up, and a later pack's
scalar fields (name, type, country, ...) win. So a user pack can add an
alias to ``CHN`` without repeating the rest of China.

**Stages read packs through a ``RuleSet``** (``draft.rules``): ``section(name)``
gives the merged list, ``entities()`` the merged entity records, and
``memo(key, build)`` caches whatever a stage compiles from them, so a
``RuleSet`` compiled once serves every document.
"""

from __future__ import annotations

import functools
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

from stancekit.errors import InputError, RulePackError

__all__ = ["DATA", "PackSource", "RuleSet", "compile_rules", "default_pack_paths", "load_pack"]

#: The folder of the default packs.
DATA = Path(__file__).resolve().parent / "data"

PackSource = str | os.PathLike[str] | Mapping[str, Any]
_T = TypeVar("_T")


def default_pack_paths() -> list[Path]:
    """The default packs: every ``*.json`` file in ``stancekit/annotate/data/``, by name."""
    return sorted(DATA.glob("*.json"))


def load_pack(source: PackSource) -> tuple[dict[str, Any], str]:
    """Read and validate one pack: a path to a JSON file, or the pack as a dict.

    Returns:
        the pack and a label naming it in errors (its path, or its ``name``).

    Raises:
        RulePackError: unreadable, not JSON, or breaking the schema; the
            message names the file and the JSON path of the problem.
    """
    from stancekit._files import decode, parse_json, read_bytes

    if isinstance(source, Mapping):
        pack = dict(source)
        label = f"rule pack {pack.get('name')!r}" if isinstance(pack.get("name"), str) else "rule pack"
    else:
        label = os.fspath(source)
        try:
            pack = parse_json(decode(read_bytes(source), label), label)
        except InputError as error:
            raise RulePackError(str(error)) from None
        if not isinstance(pack, dict):
            raise RulePackError(f"{label}: $: is a JSON {type(pack).__name__}; expected an object (a rule pack)")
    _validate(pack, label)
    return pack, label


def _validate(pack: Mapping[str, Any], label: str) -> None:
    from stancekit.schemas import iter_errors, schema

    if {"id", "text"} <= set(pack) and "text" not in schema("rulepack")["properties"]:
        # The slip of giving a document (annotated, or a corpus record) where a pack was meant.
        raise RulePackError(
            f"{label}: a document (it has an 'id' and a 'text'), not a rule pack; "
            "expected a rule pack, as docs/rules.md describes"
        )
    for error in iter_errors(pack, schema_name="rulepack"):
        raise RulePackError(f"{label}: {error.path}: {_unknown_key(error.path, error.message) or error.message}")


#: How the schema check words a key it does not know, at the top of a pack and inside one.
_UNKNOWN_KEYS = re.compile(r"^((?:'[^']*', )+'[^']*') do not match any of the regexes")
_UNKNOWN_KEY = re.compile(r"^'(.*)' does not match any of the regexes|^Additional properties are not allowed \('(.*?)'")


def _unknown_key(path: str, message: str) -> str | None:
    """``unknown key 'nme' (did you mean 'name'?) ...`` for the schema's message about a misspelt key, else None.

    The schema's own wording ("does not match any of the regexes: '^x-'")
    names the pattern for extension keys, not the misspelling.
    """
    import difflib

    found = _UNKNOWN_KEY.match(message)
    several = _UNKNOWN_KEYS.match(message)
    if several is not None:
        extension = ", or ones starting 'x-'" if path == "$" else " here"
        return f"unknown keys {several.group(1)}; expected only the keys docs/rules.md describes{extension}"
    if found is None:
        return None
    key = found.group(1) if found.group(1) is not None else found.group(2)
    if path != "$":
        return f"unknown key {key!r}; expected only the keys docs/rules.md describes here"
    from stancekit.schemas import schema

    close = difflib.get_close_matches(key, schema("rulepack")["properties"], n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    return f"unknown key {key!r}{hint}; expected only the keys docs/rules.md describes, or one starting 'x-'"


_MERGED_LISTS = ("aliases", "demonyms", "role_nouns")


class RuleSet:
    """The merged packs the stages read, with a cache for what they compile from them.

    Attributes:
        packs: the validated packs, defaults first, in the order they apply.
        labels: a name for each pack (its path or ``name``), for messages.
    """

    def __init__(self, packs: Sequence[Mapping[str, Any]], labels: Sequence[str] = ()) -> None:
        self.packs: tuple[Mapping[str, Any], ...] = tuple(packs)
        self.labels: tuple[str, ...] = tuple(labels) or tuple(str(pack.get("name", "pack")) for pack in packs)
        self._memo: dict[str, Any] = {}
        self._lock = threading.RLock()

    def section(self, name: str) -> list[Any]:
        """The merged list of section ``name``: every pack's entries, in pack order."""
        merged: list[Any] = []
        for pack in self.packs:
            value = pack.get(name)
            if isinstance(value, list):
                merged.extend(value)
        return merged

    def entities(self) -> list[dict[str, Any]]:
        """The merged ``entities`` records: same ``key`` -> one record, lists added up."""
        return self.memo("rules.entities", self._merge_entities)

    def _merge_entities(self) -> list[dict[str, Any]]:
        by_key: dict[str, dict[str, Any]] = {}
        for record in self.section("entities"):
            key = record["key"]
            if key not in by_key:
                by_key[key] = {**record, **{name: list(record.get(name) or ()) for name in _MERGED_LISTS}}
                continue
            target = by_key[key]
            for name, value in record.items():
                if name in _MERGED_LISTS:
                    target[name].extend(item for item in value if item not in target[name])
                else:
                    target[name] = value
        return list(by_key.values())

    def memo(self, key: str, build: Callable[[], _T]) -> _T:
        """``build()``'s result, computed once per rule set and cached under ``key``."""
        try:
            return self._memo[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._memo:
                self._memo[key] = build()
            return self._memo[key]

    def __getstate__(self) -> dict[str, Any]:
        # Compiled caches are rebuilt in another process; only the packs travel.
        return {"packs": self.packs, "labels": self.labels}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["packs"], state["labels"])  # type: ignore[misc]

    def __repr__(self) -> str:
        return f"RuleSet({', '.join(self.labels)})"


_CACHE: dict[tuple[Any, ...], RuleSet] = {}
_CACHE_LOCK = threading.Lock()
_CACHE_SIZE = 16


def _cache_key(source: PackSource) -> Any:
    if isinstance(source, Mapping):
        try:
            return ("dict", json.dumps(source, sort_keys=True, ensure_ascii=False, default=str))
        except (TypeError, ValueError, RecursionError):
            return ("uncached", object())  # keys of mixed types, say: load_pack says what is wrong
    if not isinstance(source, (str, os.PathLike)):
        shown = repr(source)
        shown = shown if len(shown) <= 40 else shown[:39] + "…"
        raise RulePackError(f"rule pack {shown}: expected the path of a JSON file or a dict")
    try:
        path = Path(source).resolve()
    except (OSError, RuntimeError):  # a loop of symbolic links (RuntimeError before 3.13): load_pack names it
        return ("uncached", object())
    try:
        stat = path.stat()
    except OSError:
        return ("path", str(path), None)
    return ("path", str(path), stat.st_mtime_ns, stat.st_size)


@functools.cache
def _default_keys() -> tuple[Any, ...]:
    # Looking the default packs up on disk (a resolve and a stat each) cost about 0.1 ms a call,
    # as much as annotating a short sentence.
    return tuple(_cache_key(path) for path in default_pack_paths())


def compile_rules(rules: Iterable[PackSource] | PackSource | None = None, *, defaults: bool = True) -> RuleSet:
    """The ``RuleSet`` of the default packs (unless ``defaults=False``) followed by ``rules``.

    Compiled rule sets are cached by their sources (paths with their
    modification times, dicts by content), so calling this for every
    document costs a dictionary look-up. The default packs, files of the
    installed package, are looked at once per process; a pack of yours given
    as a path is read again when its file changes.

    Raises:
        RulePackError: when a pack cannot be read or breaks the schema.
    """
    if rules is None:
        extra: list[PackSource] = []
    elif isinstance(rules, (str, os.PathLike, Mapping)):
        extra = [rules]
    else:
        extra = list(rules)
    key = (*(_default_keys() if defaults else ()), *(_cache_key(source) for source in extra))
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    sources: list[PackSource] = [*(default_pack_paths() if defaults else []), *extra]
    loaded = [load_pack(source) for source in sources]
    built = RuleSet([pack for pack, _ in loaded], [label for _, label in loaded])
    with _CACHE_LOCK:
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = built
    return built
