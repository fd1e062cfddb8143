"""The front door: every public name resolves on first use, and starting up imports only what is needed."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

import stancekit

from .conftest import ROOT


def _modules_after(code: str) -> set[str]:
    """The modules a fresh interpreter has loaded after running ``code``."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(json.loads(run.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("name", stancekit.__all__)
def test_every_public_name_resolves(name):
    assert getattr(stancekit, name) is not None
    assert name in dir(stancekit)


def test_all_the_type_checking_imports_and_the_homes_name_the_same_things():
    tree = ast.parse(Path(stancekit.__file__).read_text(encoding="utf-8"))
    checked = next(node for node in tree.body if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test))
    imported = {
        alias.name: node.module for node in checked.body if isinstance(node, ast.ImportFrom) for alias in node.names
    }
    assert set(imported) | {"__version__"} == set(stancekit.__all__)
    assert imported == stancekit._HOMES


def test_all_is_sorted_and_unknown_names_raise_attribute_error():
    assert stancekit.__all__ == sorted(stancekit.__all__)
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        stancekit.nonsense  # noqa: B018


def test_importing_the_package_loads_no_dependency():
    loaded = _modules_after("import stancekit")
    assert not {"jsonschema", "attrs", "referencing", "stancekit.model", "stancekit.annotate"} & loaded


def test_help_loads_neither_the_annotator_nor_jsonschema():
    loaded = _modules_after(
        "import contextlib, io\n"
        "from stancekit.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    main(['--help'])"
    )
    assert "stancekit.cli" in loaded
    assert not {"jsonschema", "hypothesis", "stancekit.annotate", "stancekit.schemas", "dask"} & loaded


def test_validating_a_valid_document_does_not_load_jsonschema():
    """jsonschema is needed only to explain an invalid document."""
    loaded = _modules_after(
        "import json, stancekit\n"
        f"data = json.load(open({str(ROOT / 'examples' / 'data' / 'china-blames-nato.json')!r}, encoding='utf-8'))\n"
        "assert list(stancekit.iter_errors(data)) == []"
    )
    assert "stancekit.schemas" in loaded and "jsonschema" not in loaded


@pytest.mark.parametrize(
    "first",
    ["import stancekit.annotate.rules", "import stancekit.annotate.entities as entities", "import stancekit"],
)
def test_annotate_is_callable_and_its_stage_modules_import_in_any_order(first):
    """``stancekit.annotate`` annotates when called and is the package its stage modules are imported from."""
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            f"{first}\n"
            "import stancekit\n"
            "import stancekit.annotate.statements as statements\n"
            "from stancekit.annotate import RuleAnnotator, coref\n"
            "from stancekit import annotate\n"
            "assert callable(stancekit.annotate) and annotate is stancekit.annotate\n"
            "assert statements.run and coref.run and stancekit.annotate.RuleAnnotator is RuleAnnotator\n"
            "print(type(stancekit.annotate('China said it opposes the plan.')).__name__)",
        ],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Document"
