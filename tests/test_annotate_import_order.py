"""``stancekit.annotate`` is both the annotating function and the subpackage, whichever is imported first."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import stancekit
document = stancekit.annotate("She said so.")
from stancekit.annotate import RuleAnnotator
same = RuleAnnotator().annotate("She said so.") == document
print(type(document).__name__, document.text, RuleAnnotator.__name__, same)
"""


@pytest.mark.parametrize(
    "imports",
    ["import stancekit.annotate\nimport stancekit", "import stancekit\nimport stancekit.annotate"],
    ids=["subpackage-first", "package-first"],
)
def test_the_function_and_the_subpackage_work_in_either_import_order(imports: str) -> None:
    """A fresh interpreter each time: import order only matters before anything is cached."""
    run = subprocess.run([sys.executable, "-c", imports + SCRIPT], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "Document She said so. RuleAnnotator True\n"
