"""Stances through the whole annotator: ``stancekit.annotate``, user packs, the CLI, and the gold articles."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings

import stancekit
from stancekit.cli import main
from stancekit.model import Document
from stancekit.testing import texts

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
REFERENCE = next((ROOT / "examples" / "data").glob("menafn-*.txt"), None)


def cli(*argv: str) -> tuple[int, str, str]:
    """Run ``stancekit`` as a user would: exit code, standard output, standard error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exit_:
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def stances_of(text: str, **options: Any) -> list[tuple[str, str, str]]:
    document = stancekit.annotate(text, **options)
    names = {entity.id: entity.name for entity in document.entities}
    return [(names[stance.holder], stance.polarity, stance.target.text) for stance in document.stances]


def test_a_pronoun_holds_through_coreference() -> None:
    text = "Kenya hosted the summit on Monday. It has also condemned the border closures."
    assert stances_of(text) == [("Kenya", "oppose", "the border closures")]


def test_capital_city_stands_for_its_country() -> None:
    assert stances_of("Nairobi welcomed the ceasefire.") == [("Kenya", "support", "the ceasefire")]


def test_coordinated_holders_and_passive_agents() -> None:
    assert stances_of("Peru and Chile backed the fishing accord.") == [
        ("Peru", "support", "the fishing accord"),
        ("Chile", "support", "the fishing accord"),
    ]
    assert stances_of("Lima drafted a fishing accord, welcomed by Chile, last year.") == [
        ("Chile", "support", "a fishing accord"),
    ]


def test_a_media_phrase_is_not_part_of_the_target() -> None:
    assert stances_of("Kenya called for an independent inquiry in a statement on Thursday.") == [
        ("Kenya", "support", "an independent inquiry")
    ]


def test_negated_and_hedged() -> None:
    document = stancekit.annotate("Ghana reportedly refused to endorse the tariff plan.")
    (stance,) = document.stances
    assert (stance.polarity, stance.negated) == ("oppose", True)
    assert stance.confidence < 0.8


def test_a_stance_inside_a_statement_links_it() -> None:
    text = "Foreign Minister Ana Ortiz said on Friday that Chile welcomes the new trade corridor."
    document = stancekit.annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    (stance,) = document.stances
    assert names[stance.holder] == "Chile"
    statement = {item.id: item for item in document.statements}[stance.statement]
    assert statement.content.start <= stance.cue.start < statement.content.end


@pytest.mark.parametrize(
    "text",
    [
        "Copper prices were supported by demand from Chile.",
        "Support for the export ban fell in Peru.",
        "Ghana warned of escalation along the border.",
        "Will Kenya endorse the plan?",
        "If Canada endorses the accord, Mexico will follow.",
        "The data from Peru backed up the estimate.",
    ],
)
def test_traps_through_the_pipeline(text: str) -> None:
    assert stancekit.annotate(text).stances == ()


LAMENT = {
    "name": "test-lament",
    "stance_cues": {
        "cues": [{"id": "user.lament.verb", "pattern": "lament", "pos": "verb", "polarity": "oppose", "type": "lament"}]
    },
}


def test_a_users_pack_adds_an_act_to_annotate() -> None:
    document = stancekit.annotate("Peru lamented the closure of the port.", rules=[LAMENT])
    assert [(stance.type, stance.polarity, stance.target.text) for stance in document.stances] == [
        ("lament", "oppose", "the closure of the port")
    ]
    assert stancekit.annotate("Peru lamented the closure of the port.").stances == ()


def test_the_cli_takes_a_users_stance_pack(tmp_path: Path) -> None:
    pack = tmp_path / "lament.json"
    pack.write_text(json.dumps(LAMENT), encoding="utf-8")
    article = tmp_path / "port.txt"
    article.write_text("Peru lamented the closure of the port.", encoding="utf-8")
    code, stdout, _ = cli("annotate", str(article), "--rules", str(pack))
    assert code == 0
    (stance,) = json.loads(stdout)["stances"]
    assert (stance["type"], stance["provenance"]["rule"]) == ("lament", "user.lament.verb")


def test_the_cli_names_a_broken_stance_cue(tmp_path: Path) -> None:
    pack = tmp_path / "broken.json"
    broken = {"name": "broken", "stance_cues": {"cues": [{"id": "x.y", "pattern": "back", "pos": "verb"}]}}
    pack.write_text(json.dumps(broken), encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Peru backed it.", encoding="utf-8")
    code, _, stderr = cli("annotate", str(article), "--rules", str(pack))
    assert code != 0
    assert "stance_cues" in stderr and "broken.json" in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_table_and_explain_show_stances(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Kenya hosted the talks. It has also condemned the border closures.", encoding="utf-8")
    code, out, _ = cli("annotate", str(article), "--format", "table", "--explain")
    assert code == 0
    assert "Stances (1)" in out
    assert "stance.condemn.verb" in out
    assert "Kenya opposes (condemn) 'the border closures'" in out
    assert "subject 'It'" in out


@given(texts(max_size=200))
@settings(max_examples=30)
def test_any_text_annotates_to_a_valid_document(text: str) -> None:
    document = stancekit.annotate(text)
    assert Document.from_dict(document.to_dict()) == document


# -- measured with the shared scorer -----------------------------------------------------------


def _scorer(shared: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("stance_score", shared / "tools" / "stance_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _totals(scorer: ModuleType, paths: list[Path]) -> tuple[dict[str, list[int]], list[Any]]:
    totals = {"stance": [0, 0, 0], "statement": [0, 0, 0]}
    false_hits: list[Any] = []
    for path in paths:
        gold = scorer.load_gold(path)
        document = stancekit.annotate(gold["text"]).to_dict()
        stance_result, statement_result = scorer.score_doc(gold, document)
        false_hits += stance_result[4]
        for layer, result in (("stance", stance_result), ("statement", statement_result)):
            for index in range(3):
                totals[layer][index] += result[index]
    return totals, false_hits


@pytest.mark.slow
def test_reference_article_scores(shared: Path) -> None:
    """The issue's bar on the reference article: stance and statement F1 >= 0.90, no stance it does not hold."""
    scorer = _scorer(shared)
    totals, false_hits = _totals(scorer, sorted((shared / "gold").glob("*.gold.json")))
    assert scorer.prf(*totals["stance"])[2] >= 0.9
    assert scorer.prf(*totals["statement"])[2] >= 0.9
    assert false_hits == []


@pytest.mark.slow
def test_own_articles_score(shared: Path) -> None:
    """Our own test articles, never tuned on sentence by sentence: stance F1 >= 0.60 (the issue's bar)."""
    scorer = _scorer(shared)
    totals, _ = _totals(scorer, sorted(ARTICLES.glob("*.gold.json")))
    assert scorer.prf(*totals["stance"])[2] >= 0.6


@pytest.mark.slow
def test_stance_pattern_articles_score(shared: Path) -> None:
    """Two articles written to hold every stance pattern and trap of the issue, gold made before any run."""
    scorer = _scorer(shared)
    totals, _ = _totals(scorer, sorted((ROOT / "tests" / "data" / "stance-articles").glob("*.gold.json")))
    assert scorer.prf(*totals["stance"])[2] >= 0.8


@pytest.mark.skipif(REFERENCE is None, reason="the reference article is not in examples/data")
def test_reference_article_table_lists_the_stances_a_reader_would() -> None:
    assert REFERENCE is not None
    found = stances_of(REFERENCE.read_text(encoding="utf-8"))
    expected = [
        ("China", "support", "direct talks"),
        ("China", "support", "peaceful resolution"),
        ("China", "oppose", "sanctions"),
        ("China", "oppose", "NATO expansion"),
        ("Russia", "support", "peace plan"),
        ("Xi Jinping", "support", "just and lasting resolution"),
        ("Vladimir Putin", "support", "resumption of talks"),
    ]
    for holder, polarity, words in expected:
        assert any(h == holder and p == polarity and words in t for h, p, t in found), (holder, polarity, words)
    assert {holder for holder, _, _ in found} <= {"China", "Russia", "Xi Jinping", "Vladimir Putin"}
