"""Statement accuracy measured with the shared scorer: the reference article and the project's own articles."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import re
from pathlib import Path
from types import ModuleType

import pytest

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def scorer(shared: Path) -> ModuleType:
    path = shared / "tools" / "stance_score.py"
    if not path.is_file():
        pytest.skip("the shared scorer is not there")
    spec = importlib.util.spec_from_file_location("stance_score", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def statement_f1(module: ModuleType, golds: list[Path]) -> float:
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        module.main([*map(str, golds), "--annotate"])
    match = re.search(r"statement P=[\d.]+ R=[\d.]+ F1=([\d.]+)", output.getvalue().splitlines()[-1])
    assert match, output.getvalue()
    return float(match.group(1))


def test_reference_article_statement_f1(shared: Path) -> None:
    golds = sorted((shared / "gold").glob("*.gold.json"))
    if not golds:
        pytest.skip("no reference gold in the shared folder")
    assert statement_f1(scorer(shared), golds) >= 0.90


def test_own_articles_statement_f1(shared: Path) -> None:
    golds = sorted(ARTICLES.glob("*.gold.json"))
    assert len(golds) >= 8
    assert statement_f1(scorer(shared), golds) >= 0.70
