"""Nothing in a file does more than describe annotations: no network, no code run, no references followed."""

from __future__ import annotations

import ast
import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing.exceptions

import stancekit
from stancekit import schemas
from stancekit.cli import main

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "stancekit"
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Make every attempt to open a connection or resolve a name fail, and record it."""
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(args)
        raise OSError("network use in a test")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    return attempts


# -- references and the schema registry ------------------------------------------------------------


def _refs(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("$ref", "$dynamicRef") and isinstance(item, str):
                yield item
            else:
                yield from _refs(item)
    elif isinstance(value, list):
        for item in value:
            yield from _refs(item)


def test_a_remote_ref_is_refused_not_fetched(no_network: list[Any]) -> None:
    """A schema pointing at a web address, checked with stancekit's registry, fails without any connection."""
    registry = schemas.registry()
    for address in ("https://example.org/evil.schema.json", "http://127.0.0.1:9/x.json", "file:///etc/passwd"):
        with pytest.raises(referencing.exceptions.NoSuchResource):
            registry.get_or_retrieve(address)
        validator = jsonschema.Draft202012Validator({"$ref": address}, registry=registry)
        with pytest.raises(referencing.exceptions.Unresolvable):
            validator.validate({"id": "d", "text": "t"})
    assert no_network == []


def test_every_ref_of_the_packaged_schemas_resolves_inside_the_package(no_network: list[Any]) -> None:
    """Each ``$ref`` in the shipped schemas resolves from the registry alone, so nothing is ever fetched."""
    registry = schemas.registry()
    count = 0
    for name in schemas.SCHEMA_NAMES:
        contents = schemas.schema(name)
        resolver = registry.resolver(base_uri=contents.get("$id", ""))
        for ref in _refs(contents):
            resolver.lookup(ref)
            count += 1
    assert count > 5
    assert no_network == []


def test_refs_and_schema_keys_inside_a_document_are_data(no_network: list[Any]) -> None:
    """``$ref``, ``$schema`` and ``$id`` keys in a document are kept as data, never followed."""
    data = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    data["meta"] = {
        "$ref": "https://example.org/evil.schema.json",
        "$schema": "https://example.org/other-meta-schema",
        "$id": "https://example.org/doc",
    }
    document = stancekit.Document.from_dict(data)
    assert document.meta["$ref"].startswith("https://")
    data["$schema"] = "https://example.org/other-meta-schema"  # at the root: not a document key
    errors = list(stancekit.iter_errors(data))
    assert [error.path for error in errors] == ["$"]
    assert "$schema" in errors[0].message
    assert no_network == []


def test_an_unknown_schema_name_is_a_usage_error() -> None:
    """Asking for a schema stancekit does not ship is a UsageError, not a KeyError or a lookup elsewhere."""
    with pytest.raises(stancekit.UsageError, match=r"unknown schema 'https://example\.org/x'"):
        stancekit.validate({}, schema_name="https://example.org/x")


def test_reading_and_validating_need_no_network(no_network: list[Any], tmp_path: Path) -> None:
    """Loading, validating and the validate command work with every connection refused."""
    document = stancekit.load(EXAMPLE)
    stancekit.validate(document)
    stancekit.dump(document, tmp_path / "copy.json")
    out = io.StringIO()
    import contextlib

    with contextlib.redirect_stdout(out):
        assert main(["validate", str(tmp_path / "copy.json")]) == 0
    assert no_network == []


# -- no code from data -----------------------------------------------------------------------------

#: Builtins that run or load code.
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__", "breakpoint", "input"}

#: Modules that deserialise code or objects, run programs or reach the network.
FORBIDDEN_MODULES = {
    "pickle",
    "cPickle",
    "_pickle",
    "marshal",
    "shelve",
    "dill",
    "cloudpickle",
    "joblib",
    "subprocess",
    "socket",
    "ssl",
    "urllib.request",
    "urllib3",
    "http.client",
    "http.server",
    "requests",
    "httpx",
    "ftplib",
    "smtplib",
    "xmlrpc",
    "code",
    "codeop",
    "runpy",
    "ctypes",
}

#: Calls that run programs or load code, as ``module.function``.
FORBIDDEN_CALLS = {
    "os.system",
    "os.popen",
    "os.exec",
    "os.spawn",
    "yaml.load",
    "yaml.unsafe_load",
    "yaml.full_load",
    "yaml.load_all",
    "pickle.load",
    "pickle.loads",
    "marshal.loads",
    "urlopen",
}

#: Modules that import by name, and why the name never comes from input.
DYNAMIC_IMPORTS = {
    "cli.py": "imports the command modules listed in COMMANDS",
    "formats/__init__.py": "imports the format named in FORMATS, after checking the name is a key",
    "_commands/evaluate.py": "imports the fixed name stancekit.annotate lazily",
    "__init__.py": "imports, on first use, the module _HOMES names for a public attribute",
    "annotate/pipeline.py": "imports the stage modules a program lists in RuleAnnotator(stages=...), "
    "never names from a file or the command line",
}


def _sources() -> list[tuple[str, ast.Module]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        found.append((relative, ast.parse(path.read_text(encoding="utf-8"), filename=relative)))
    assert len(found) > 10
    return found


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "?"


def test_the_package_never_evaluates_unpickles_or_shells_out() -> None:
    """No eval/exec/compile/__import__, no pickle or marshal, no subprocess or sockets anywhere in stancekit."""
    problems = []
    for relative, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                names = []
            for name in names:
                if any(name == module or name.startswith(f"{module}.") for module in FORBIDDEN_MODULES):
                    problems.append(f"{relative}:{node.lineno}: imports {name}")
            if isinstance(node, ast.Call):
                called = _dotted(node.func)
                if isinstance(node.func, ast.Name) and called in FORBIDDEN_BUILTINS:
                    problems.append(f"{relative}:{node.lineno}: calls {called}()")
                if any(
                    called == name or called.startswith(name) or called.endswith(f".{name}") for name in FORBIDDEN_CALLS
                ):
                    problems.append(f"{relative}:{node.lineno}: calls {called}()")
                if called in ("getattr", "builtins.getattr") and node.args and _dotted(node.args[0]) == "builtins":
                    problems.append(f"{relative}:{node.lineno}: looks up a builtin by name")
    assert problems == []


def test_imports_by_name_happen_only_where_the_name_is_fixed() -> None:
    """``importlib.import_module`` appears only in modules whose names come from the package's own tables."""
    users = set()
    for relative, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _dotted(node.func).endswith("import_module"):
                users.add(relative)
                argument = node.args[0] if node.args else None
                if relative not in DYNAMIC_IMPORTS:
                    assert isinstance(argument, ast.Constant), (
                        f"{relative}:{node.lineno} imports a computed name; if it never comes from input, "
                        "list the module in DYNAMIC_IMPORTS with the reason"
                    )
    assert users, "the command line imports its commands by name; this test should see it"


def test_the_format_registry_imports_only_its_own_modules() -> None:
    """Asking for a format by a name that is a module path imports nothing: only listed names are looked up."""
    from stancekit import formats

    for name in ("os", "stancekit.formats.json", "../json", "__main__", "json; rm -rf /"):
        with pytest.raises(stancekit.UsageError, match="unknown format"):
            formats.get(name)
