"""Scoring and agreement: figures worked out by hand on small cases, and properties of the measures."""

from __future__ import annotations

import io
import json
from fractions import Fraction
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from stancekit import Document, Entity, InputError, Mention, Span, Stance, Statement, Target, UsageError, dump
from stancekit.cli import build_parser, main, run
from stancekit.evaluate import (
    LAYERS,
    Score,
    agreement,
    cohen_kappa,
    entities_correspond,
    evaluate,
    krippendorff_alpha,
    span_f1,
    token_roles,
)
from stancekit.testing import documents

TEXT = "China opposes NATO expansion. Russia supports the peace plan. Ukraine welcomes the talks."


def at(text: str, phrase: str, occurrence: int = 0) -> Span:
    """The span of the ``occurrence``-th appearance of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span.of(text, start, start + len(phrase))


def entity(entity_id: str, name: str, kb_id: str | None = None, aliases: tuple[str, ...] = ()) -> Entity:
    return Entity(entity_id, name, "country", aliases=aliases, kb_id=kb_id)


def stance(stance_id: str, holder: str, polarity: str, target: str, text: str = TEXT) -> Stance:
    return Stance(stance_id, holder, Target(target, at(text, target)), polarity, "support")  # type: ignore[arg-type]


def three_stances(document_id: str = "d1") -> Document:
    return Document(
        id=document_id,
        text=TEXT,
        entities=[entity("e1", "China", "CHN"), entity("e2", "Russia", "RUS"), entity("e3", "Ukraine", "UKR")],
        stances=[
            stance("s1", "e1", "oppose", "NATO expansion"),
            stance("s2", "e2", "support", "the peace plan"),
            stance("s3", "e3", "support", "the talks"),
        ],
    )


def run_cli(*argv: str) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    code = run(build_parser().parse_args(list(argv)), stdout, stderr)
    return code, stdout.getvalue(), stderr.getvalue()


# ---------------------------------------------------------------- the measures


def test_score_figures_from_counts() -> None:
    """P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2tp/(2tp+fp+fn): 3 found, 1 wrong, 2 missed."""
    score = Score(tp=3, fp=1, fn=2)
    assert score.precision == 3 / 4
    assert score.recall == 3 / 5
    assert score.f1 == pytest.approx(2 * (3 / 4) * (3 / 5) / (3 / 4 + 3 / 5))
    assert score.f1 == 6 / 9


def test_score_conventions_for_empty_sides() -> None:
    """Nothing on either side is perfect; nothing predicted, or nothing to find, is 0."""
    assert (Score().precision, Score().recall, Score().f1) == (1.0, 1.0, 1.0)
    assert (Score(fn=2).precision, Score(fn=2).recall, Score(fn=2).f1) == (0.0, 0.0, 0.0)
    assert (Score(fp=2).precision, Score(fp=2).recall, Score(fp=2).f1) == (0.0, 0.0, 0.0)


def test_span_f1_by_hand() -> None:
    """[0,10) and [5,15) share 5 of 20 characters: 0.5; fragments [0,4)+[10,14) and [2,12) share 4 of 18."""
    text = "x" * 20
    assert span_f1(Span.of(text, 0, 10), Span.of(text, 5, 15)) == 0.5
    assert span_f1(Span.join(text, [(0, 4), (10, 14)]), Span.of(text, 2, 12)) == pytest.approx(8 / 18)
    assert span_f1(Span.of(text, 0, 4), Span.of(text, 4, 8)) == 0.0
    assert span_f1(Span.of(text, 3, 3), Span.of(text, 3, 3)) == 1.0
    assert span_f1(Span.of(text, 3, 3), Span.of(text, 4, 4)) == 0.0


def test_cohen_kappa_and_alpha_by_hand() -> None:
    """Units (a,a) (a,b) (b,b) (b,b): kappa (3/4 - 1/2) / (1/2) = 1/2; alpha 1 - 7 * 2 / 30 = 8/15."""
    pairs = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
    assert cohen_kappa(pairs) == 0.5
    assert krippendorff_alpha(pairs) == pytest.approx(float(Fraction(8, 15)))


def test_alpha_on_the_published_reliability_example() -> None:
    """Krippendorff's worked example (4 observers, 12 units, missing values) has nominal alpha 0.743."""
    observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    assert krippendorff_alpha(zip(*observers, strict=True)) == pytest.approx(0.743, abs=5e-4)


def test_agreement_measures_without_units_or_variation() -> None:
    """No units gives None; one shared label throughout is perfect agreement, 1.0; one value per unit is unpairable."""
    assert cohen_kappa([]) is None
    assert krippendorff_alpha([]) is None
    assert krippendorff_alpha([("a", None), (None, "b")]) is None
    assert cohen_kappa([("x", "x")] * 3) == 1.0
    assert krippendorff_alpha([("x", "x")] * 3) == 1.0


def test_kappa_of_total_disagreement_is_negative() -> None:
    """(a,b) (b,a): observed 0, chance 1/2, kappa -1."""
    assert cohen_kappa([("a", "b"), ("b", "a")]) == -1.0


@given(st.lists(st.sampled_from(["support", "oppose", "neutral"]), min_size=1, max_size=30))
def test_identical_labels_agree_perfectly(labels: list[str]) -> None:
    """Kappa and alpha of two identical annotations are 1."""
    pairs = [(label, label) for label in labels]
    assert cohen_kappa(pairs) == 1.0
    assert krippendorff_alpha(pairs) == 1.0


@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from("abc")), min_size=2, max_size=30))
def test_agreement_measures_are_symmetric_and_bounded(pairs: list[tuple[str, str]]) -> None:
    """Swapping the annotators changes neither measure; neither exceeds 1."""
    swapped = [(second, first) for first, second in pairs]
    kappa, alpha = cohen_kappa(pairs), krippendorff_alpha(pairs)
    assert kappa == pytest.approx(cohen_kappa(swapped))
    assert alpha == pytest.approx(krippendorff_alpha(swapped))
    assert kappa is not None and kappa <= 1.0
    assert alpha is not None and alpha <= 1.0


# ---------------------------------------------------------------- stances


def test_prediction_missing_one_stance_of_three() -> None:
    """Missing one stance of n = 3: precision 1.0, recall 2/3, and the miss is named."""
    gold = three_stances()
    predicted = attrs.evolve(gold, stances=gold.stances[:2])
    result = evaluate([gold], [predicted])
    assert result["stances"] == Score(tp=2, fp=0, fn=1)
    assert result["stances"].precision == 1.0
    assert result["stances"].recall == 2 / 3
    (miss,) = result.documents[0].layers["stances"].misses
    assert miss.id == "s3"
    assert "Ukraine support 'the talks'" in miss.description


def test_stance_with_wrong_polarity_is_a_miss_and_an_extra() -> None:
    """Same holder and target, opposite polarity: no match."""
    gold = three_stances()
    flipped = attrs.evolve(gold.stances[0], polarity="support")
    predicted = attrs.evolve(gold, stances=(flipped, *gold.stances[1:]))
    assert evaluate([gold], [predicted])["stances"] == Score(tp=2, fp=1, fn=1)


def test_holder_matched_by_kb_id_then_by_names() -> None:
    """Equal kb ids match whatever the name; different kb ids never do; without one, a shared alias does."""
    china = entity("e1", "China", "CHN")
    assert entities_correspond(china, entity("x", "Beijing", "CHN"))
    assert not entities_correspond(china, entity("x", "China", "RUS"))
    assert entities_correspond(china, entity("x", "the People's Republic", aliases=("the China",)))
    assert entities_correspond(entity("a", "Mao Ning"), entity("b", "MAO NING’s"))
    assert not entities_correspond(china, entity("x", "Chinese Foreign Ministry"))


def test_stance_holder_correspondence_across_documents() -> None:
    """A predicted holder named by an alias (no kb id) matches; one with another kb id does not."""
    gold = three_stances()
    beijing = Entity("p1", "Beijing", "government", aliases=("China",))
    other = Entity("p2", "China", "country", kb_id="TWN")
    predicted = attrs.evolve(
        gold,
        entities=(beijing, other),
        stances=(
            stance("a", "p1", "oppose", "NATO expansion"),
            stance("b", "p2", "support", "the peace plan"),
        ),
    )
    assert evaluate([gold], [predicted])["stances"] == Score(tp=1, fp=1, fn=2)


def test_target_matched_by_span_overlap_threshold() -> None:
    """'NATO expansion' (14 chars) vs 'NATO' (4): F1 8/18 < 0.5, a miss; vs 'NATO expansion.' (15): 28/29, a hit."""
    gold = three_stances()
    short = attrs.evolve(gold.stances[0], target=Target("NATO", at(TEXT, "NATO")))
    longer = attrs.evolve(gold.stances[0], target=Target("NATO expansion.", at(TEXT, "NATO expansion.")))
    assert evaluate([gold], [attrs.evolve(gold, stances=(short, *gold.stances[1:]))])["stances"].tp == 2
    assert evaluate([gold], [attrs.evolve(gold, stances=(longer, *gold.stances[1:]))])["stances"].tp == 3
    assert evaluate([gold], [attrs.evolve(gold, stances=(longer, *gold.stances[1:]))], match="exact")["stances"].tp == 2


def test_target_without_span_matched_by_text() -> None:
    """Without a span the target's words are compared: 'expansion of NATO' vs 'NATO expansion' is word F1 1."""
    gold = three_stances()
    by_text = attrs.evolve(gold.stances[0], target=Target("the expansion of NATO"))
    unrelated = attrs.evolve(gold.stances[1], target=Target("sanctions"))
    predicted = attrs.evolve(gold, stances=(by_text, unrelated, gold.stances[2]))
    assert evaluate([gold], [predicted])["stances"] == Score(tp=2, fp=1, fn=1)
    assert evaluate([gold], [predicted], match="exact")["stances"] == Score(tp=1, fp=2, fn=2)


def test_matching_is_one_to_one() -> None:
    """Two predictions of the same gold stance: one hit, one extra."""
    gold = attrs.evolve(three_stances(), stances=three_stances().stances[:1])
    twice = attrs.evolve(gold.stances[0], id="again")
    predicted = attrs.evolve(gold, stances=(gold.stances[0], twice))
    assert evaluate([gold], [predicted])["stances"] == Score(tp=1, fp=1, fn=0)


# ---------------------------------------------------------------- statements, mentions, entities

SAID = "“We oppose it,” she said. Officials said talks would resume. The plan, Kyiv said, is dead."


def statement(
    statement_id: str, content: str, source: str | None, cue_occurrence: int, speaker: str | None
) -> Statement:
    """A statement of SAID; its cue is the ``cue_occurrence``-th "said"."""
    return Statement(
        statement_id,
        at(SAID, content),
        speaker=speaker,
        source=at(SAID, source) if source else None,
        cue=at(SAID, "said", cue_occurrence),
    )


def said_gold() -> Document:
    return Document(
        id="said",
        text=SAID,
        entities=[Entity("mao", "Mao Ning", "person", aliases=("Mao",)), Entity("kyiv", "Ukraine", "country")],
        mentions=[Mention("m1", "mao", at(SAID, "she")), Mention("m2", "kyiv", at(SAID, "Kyiv"))],
        statements=[
            statement("a", "We oppose it,", "she", 0, "mao"),
            statement("b", "talks would resume", "Officials", 1, None),
            statement("c", "The plan", "Kyiv", 2, "kyiv"),
        ],
    )


def test_statement_layers_by_hand() -> None:
    """Content decides the match; sources, cues and speakers are then scored within matched statements.

    Prediction: statement a right but its source is the cue 'said' (no overlap: a source miss and extra);
    statement b with the content 'Officials said talks would resume' (F1 36/51 >= 0.5, a hit) and no cue;
    statement c missing; one extra statement with no parts.
    """
    gold = said_gold()
    predicted = attrs.evolve(
        gold,
        statements=(
            attrs.evolve(gold.statements[0], source=at(SAID, "said")),
            Statement("b2", at(SAID, "Officials said talks would resume"), source=at(SAID, "Officials")),
            Statement("x", at(SAID, "is dead.")),
        ),
    )
    result = evaluate([gold], [predicted])
    assert result["statements"] == Score(tp=2, fp=1, fn=1)
    assert result["sources"] == Score(tp=1, fp=1, fn=2)  # b's source right; a's wrong; c's missed
    assert result["cues"] == Score(tp=1, fp=0, fn=2)  # a's cue right; b has none; c missed
    assert result["speakers"] == Score(tp=1, fp=0, fn=1)  # a's speaker right; c's missed


def test_mentions_need_span_and_entity() -> None:
    """A mention at the right place naming another actor is a miss and an extra."""
    gold = said_gold()
    wrong_entity = Mention("m2", "mao", at(SAID, "Kyiv"))
    predicted = attrs.evolve(gold, mentions=(gold.mentions[0], wrong_entity))
    result = evaluate([gold], [predicted], layers=["mentions", "entities"])
    assert result["mentions"] == Score(tp=1, fp=1, fn=1)
    assert result["entities"] == Score(tp=2, fp=0, fn=0)
    assert result.layers == ("mentions", "entities")


# ---------------------------------------------------------------- documents and sides


def test_documents_on_one_side_only_count_everything() -> None:
    """A gold-only document's three stances are misses; a predicted-only document's three are extras."""
    shared = three_stances("both")
    result = evaluate([shared, three_stances("gold-only")], [shared, three_stances("pred-only")])
    assert result["stances"] == Score(tp=3, fp=3, fn=3)
    assert [(document.id, document.presence) for document in result.documents] == [
        ("both", "both"),
        ("gold-only", "gold"),
        ("pred-only", "predicted"),
    ]
    assert result.documents[1].layers["stances"].score == Score(fn=3)


def test_empty_sets() -> None:
    """No documents on either side: every layer 0/0/0, figures 1.0; gold against nothing: recall 0."""
    empty = evaluate([], [])
    assert all(empty[layer] == Score() and empty[layer].f1 == 1.0 for layer in LAYERS)
    nothing = evaluate([three_stances()], [])
    assert nothing["stances"] == Score(fn=3)
    assert (nothing["stances"].precision, nothing["stances"].recall) == (0.0, 0.0)


def test_repeated_ids_and_different_texts_are_refused() -> None:
    with pytest.raises(InputError, match="two documents with id 'd1'"):
        evaluate([three_stances(), three_stances()], [])
    other = Document(id="d1", text=TEXT.replace("China", "Chile"))
    with pytest.raises(InputError, match="texts differ from offset 3"):
        evaluate([three_stances()], [other])


def test_bad_settings_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="unknown layer 'stance'"):
        evaluate([], [], layers=["stance"])
    with pytest.raises(UsageError, match="threshold 0 is out of range"):
        evaluate([], [], threshold=0)
    with pytest.raises(UsageError, match="unknown match mode"):
        evaluate([], [], match="fuzzy")  # type: ignore[arg-type]


@given(documents())
def test_a_document_against_itself_is_perfect(document: Document) -> None:
    """Every layer of a document scored against itself has F1 1.0, and every item is matched."""
    result = evaluate([document], [document])
    for layer in LAYERS:
        score = result[layer]
        assert score.fp == score.fn == 0, layer
        assert score.f1 == 1.0


@given(documents(), st.data())
def test_swapping_sides_swaps_precision_and_recall(first: Document, data: st.DataObject) -> None:
    """Gold and prediction exchanged: fp and fn exchange, F1 stays."""
    referenced = {item.statement for item in first.stances}
    second = attrs.evolve(
        first,
        mentions=data.draw(st.lists(st.sampled_from(first.mentions), unique=True)) if first.mentions else (),
        statements=[
            item for item in first.statements if item.id in referenced or data.draw(st.booleans(), label=item.id)
        ],
        stances=data.draw(st.lists(st.sampled_from(first.stances), unique=True)) if first.stances else (),
    )
    forward = evaluate([first], [second])
    backward = evaluate([second], [first])
    for layer in LAYERS:
        assert (forward[layer].fp, forward[layer].fn) == (backward[layer].fn, backward[layer].fp), layer
        assert forward[layer].f1 == pytest.approx(backward[layer].f1)
    assert forward["stances"].fp == 0  # a subset of the gold predicts nothing extra


@given(documents())
def test_agreement_with_oneself_is_perfect(document: Document) -> None:
    """Two identical annotations: polarity kappa and alpha 1 (when there are stances), statement F1 1, roles alpha 1."""
    agreed = agreement([document], [document])
    assert agreed.unmatched_stances == (0, 0)
    if document.stances:
        assert agreed.polarity_kappa == 1.0
        assert agreed.polarity_alpha == 1.0
    else:
        assert agreed.polarity_kappa is None
    assert agreed.statements.f1 == 1.0
    assert agreed.role_alpha in (1.0, None)


def test_polarity_agreement_by_hand() -> None:
    """Four stances paired on holder and target; three polarities agree: kappa and alpha from the table."""
    gold = three_stances()
    extra = stance("s4", "e1", "oppose", "the talks")
    first = attrs.evolve(gold, stances=(*gold.stances, extra))
    second = attrs.evolve(
        first,
        stances=(
            first.stances[0],
            attrs.evolve(first.stances[1], polarity="oppose"),
            first.stances[2],
            first.stances[3],
        ),
    )
    agreed = agreement([first], [second])
    # pairs: (oppose,oppose) (support,oppose) (support,support) (oppose,oppose)
    assert sorted(agreed.polarity_pairs) == sorted(
        [("oppose", "oppose"), ("support", "oppose"), ("support", "support"), ("oppose", "oppose")]
    )
    # po 3/4; first: oppose 2/4, support 2/4; second: oppose 3/4, support 1/4; pe = 2/4*3/4 + 2/4*1/4 = 1/2
    assert agreed.polarity_kappa == 0.5
    # coincidences: oppose 5 + support 3 = 8 values, 2 disagreeing; alpha = 1 - 7 * 2 / (64 - 25 - 9) = 8/15
    assert agreed.polarity_alpha == pytest.approx(8 / 15)


def test_token_roles_and_their_agreement_by_hand() -> None:
    """'A said B.': source, cue, content, none against none, none, content, content: kappa 0, alpha 1/22."""
    text = "A said B."
    first = Document(
        id="t",
        text=text,
        statements=[Statement("s", Span.of(text, 7, 8), source=Span.of(text, 0, 1), cue=Span.of(text, 2, 6))],
    )
    second = Document(id="t", text=text, statements=[Statement("s", Span.of(text, 7, 9))])
    assert token_roles(first) == ["source", "cue", "content", "none"]
    assert token_roles(second) == ["none", "none", "content", "content"]
    agreed = agreement([first], [second])
    assert agreed.role_alpha == pytest.approx(1 / 22)
    assert agreed.to_dict()["roles"]["cohen_kappa"] == 0.0
    assert agreed.statements == Score(tp=1)  # contents 'B' and 'B.': F1 2/3


# ---------------------------------------------------------------- the command


def test_eval_json_reports_one_missing_stance_of_three(tmp_path) -> None:
    """As a new user: stancekit eval gold.json pred.json --format json, a prediction missing 1 of 3 stances."""
    gold = three_stances()
    dump(gold, tmp_path / "gold.json")
    dump(attrs.evolve(gold, stances=gold.stances[:2]), tmp_path / "pred.json")
    code, out, err = run_cli("eval", str(tmp_path / "gold.json"), str(tmp_path / "pred.json"), "--format", "json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["stances"] == {"precision": 1.0, "recall": 2 / 3, "f1": 0.8, "tp": 2, "fp": 0, "fn": 1}
    assert set(report) >= {"stances", "statements", "mentions", "documents"}
    assert report["documents"][0]["id"] == "d1"
    assert report["documents"][0]["stances"]["recall"] == 2 / 3


def test_eval_text_rounds_and_explains(tmp_path) -> None:
    gold = three_stances()
    dump(gold, tmp_path / "gold.json")
    dump(attrs.evolve(gold, stances=gold.stances[:2]), tmp_path / "pred.json")
    code, out, _ = run_cli("eval", str(tmp_path / "gold.json"), str(tmp_path / "pred.json"), "--explain")
    assert code == 0
    stances_row = next(line for line in out.splitlines() if line.startswith("stances"))
    assert stances_row.split() == ["stances", "1.000", "0.667", "0.800", "2", "0", "1"]
    assert "missed stance    s3: Ukraine support 'the talks'" in out


def test_eval_reads_directories_and_json_lines(tmp_path) -> None:
    """Gold as a directory of .json files, prediction as one .jsonl corpus; matched by id."""
    from stancekit import dump_all

    (tmp_path / "gold").mkdir()
    dump(three_stances("a"), tmp_path / "gold" / "a.json")
    dump(three_stances("b"), tmp_path / "gold" / "b.json")
    (tmp_path / "gold" / "README.txt").write_text("not annotations", encoding="utf-8")
    dump_all([three_stances("b"), three_stances("a")], tmp_path / "pred.jsonl")
    code, out, _ = run_cli("eval", str(tmp_path / "gold"), str(tmp_path / "pred.jsonl"), "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert report["stances"]["tp"] == 6
    assert [document["id"] for document in report["documents"]] == ["a", "b"]


def test_eval_agreement_and_layers_options(tmp_path) -> None:
    gold = three_stances()
    dump(gold, tmp_path / "a.json")
    dump(
        attrs.evolve(gold, stances=(attrs.evolve(gold.stances[0], polarity="support"), *gold.stances[1:])),
        tmp_path / "b.json",
    )
    code, out, _ = run_cli(
        "eval",
        str(tmp_path / "a.json"),
        str(tmp_path / "b.json"),
        "--agreement",
        "--layers",
        "stances",
        "--format",
        "json",
    )
    report = json.loads(out)
    assert code == 0
    assert "statements" not in report and "stances" in report
    polarity = report["agreement"]["stance_polarity"]
    assert polarity["units"] == 3
    assert polarity["observed"] == 2 / 3
    # first: oppose 1, support 2; second: support 3; pe = 2/3; kappa = (2/3 - 2/3) / (1/3) = 0
    assert polarity["cohen_kappa"] == 0.0


def test_eval_agreement_text_says_one_paired_stance_not_stances(tmp_path) -> None:
    """The agreement lines count in the singular for one: "1 paired stance", "1 token"."""
    text = "Chile"
    one = Document(
        id="d1",
        text=text,
        entities=[entity("e1", "Chile")],
        stances=[Stance("s1", "e1", Target("Chile", at(text, "Chile")), "support", "support")],
    )
    dump(one, tmp_path / "a.json")
    dump(one, tmp_path / "b.json")
    code, out, _ = run_cli("eval", str(tmp_path / "a.json"), str(tmp_path / "b.json"), "--agreement")
    assert code == 0
    assert "  stance polarity: 1 paired stance (0 and 0 unpaired)," in out
    assert "  token roles: 1 token, observed" in out
    dump(three_stances(), tmp_path / "c.json")
    code, out, _ = run_cli("eval", str(tmp_path / "c.json"), str(tmp_path / "c.json"), "--agreement")
    assert "  stance polarity: 3 paired stances (0 and 0 unpaired)," in out


def test_eval_usage_errors_are_one_line(tmp_path) -> None:
    dump(three_stances(), tmp_path / "gold.json")
    code, out, err = run_cli("eval", str(tmp_path / "gold.json"))
    assert (code, out) == (2, "")
    assert err == (
        "stancekit: error: PRED is missing; expected the annotations to score (a file or folder), "
        "or --annotate to score stancekit's rules on GOLD's texts\n"
    )
    code, _, err = run_cli("eval", str(tmp_path / "gold.json"), str(tmp_path / "missing.json"))
    assert code == 1 and err.count("\n") == 1 and "missing.json" in err
    code, _, err = run_cli("eval", str(tmp_path / "gold.json"), str(tmp_path / "gold.json"), "--layers", "stance")
    assert code == 2 and "unknown layer 'stance'" in err
    (tmp_path / "empty").mkdir()
    code, _, err = run_cli("eval", str(tmp_path / "empty"), str(tmp_path / "gold.json"))
    assert code == 1 and "no annotation files" in err
    assert ".csv" not in err  # endings of formats stancekit only writes are no help
    (tmp_path / "gold.txt").write_text("An article, not annotations.\n", encoding="utf-8")
    code, _, err = run_cli("eval", str(tmp_path / "gold.json"), str(tmp_path / "gold.txt"))
    assert code == 2 and "or name it with --from\n" in err and "--to" not in err  # eval has no --to


def test_eval_reads_brat_with_texts_elsewhere(tmp_path) -> None:
    """PolNeAR's layout: ARTICLE_ANNOTATOR.ann in one folder, ARTICLE.txt in another, found with --text."""
    (tmp_path / "ann").mkdir()
    (tmp_path / "text").mkdir()
    text = "Officials said talks would resume."
    (tmp_path / "text" / "article.txt").write_text(text, encoding="utf-8")
    (tmp_path / "ann" / "article_a1.ann").write_text(
        "T1\tSource 0 9\tOfficials\nT2\tCue 10 14\tsaid\nT3\tContent 15 33\ttalks would resume\n"
        "T4\tAttribution 10 14\tsaid\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
        encoding="utf-8",
    )
    predicted = Document(id="article_a1", text=text, statements=[Statement("s", at(text, "talks would resume."))])
    dump(predicted, tmp_path / "pred.json")
    code, out, err = run_cli(
        "eval", str(tmp_path / "ann"), str(tmp_path / "pred.json"), "--text", str(tmp_path / "text"), "--format", "json"
    )
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["statements"]["tp"] == 1  # 'talks would resume' vs 'talks would resume.': F1 36/37
    assert (report["sources"]["fn"], report["cues"]["fn"]) == (1, 1)
    code, _, err = run_cli("eval", str(tmp_path / "pred.json"), str(tmp_path / "pred.json"), "--rules", "x.json")
    assert code == 2 and "--rules applies to --annotate only" in err


def test_polnear_gold_against_itself(shared) -> None:
    """The real PolNeAR dev brat files read and score perfectly against themselves: 94 files, 2319 statements."""
    folder = shared / "eval" / "polnear-dev"
    attributions, texts = str(folder / "attributions"), str(folder / "text")
    code, out, err = run_cli(
        "eval", attributions, attributions, "--text", texts, "--layers", "statements,sources,cues", "--format", "json"
    )
    # The one event without content is no statement; each side's reading says so.
    skipped = (
        f"stancekit: warning: {attributions}/breitbart_2016-10-03_the-latest-trump-s-leaked-taxes-_ef2d.ann:"
        " 1 attribution event without a Content argument, read as no statement: E21 (line 104)\n"
    )
    assert (code, err) == (0, skipped * 2)
    report = json.loads(out)
    assert len(report["documents"]) == 94
    assert report["statements"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 2319, "fp": 0, "fn": 0}


@pytest.mark.slow
def test_polnear_benchmark_reproduces_the_annotators_content_figures(shared, capsys) -> None:
    """benchmarks/polnear_eval.py (through stancekit.evaluate) gives the content P/R/F1 that the annotator's own
    PolNeAR script measures, and agreement figures between PolNeAR's annotators in range."""
    import importlib.util

    def module(name: str) -> ModuleType:
        path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
        return loaded

    folder = shared / "eval" / "polnear-dev"
    theirs = module("polnear_statements").score(folder)
    articles = module("polnear_eval").annotations_by_article(folder)
    ours = module("polnear_eval").annotator_figures(articles)
    assert ours["articles"] == 84
    for figure in ("precision", "recall", "f1"):
        assert ours["statements"][figure] == pytest.approx(theirs[figure], abs=1e-12)
    assert ours["matched_cue_overlap"] == pytest.approx(theirs["cue"], abs=0.005)
    assert ours["matched_source_overlap"] == pytest.approx(theirs["source"], abs=0.005)  # ties may pair differently
    agreed = module("polnear_eval").annotator_agreement(articles)
    assert (agreed["articles"], agreed["annotators"], agreed["annotator_pairs"]) == (2, [6], 30)
    assert 0.5 < agreed["role_alpha"] <= 1 and 0.5 < agreed["statements"]["f1"] <= 1
    capsys.readouterr()


def _polnear_benchmark_on_one_article(name: str, tmp_path: Path) -> tuple[ModuleType, Path]:
    """The benchmark script ``name`` and a PolNeAR-shaped folder of one article whose second event has no content."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "The minister said the plan was sound. Critics were said to be unhappy."
    (tmp_path / "text" / "news_1.txt").write_text(text, encoding="utf-8")
    ann = tmp_path / "attributions" / "news_1_anna.ann"
    ann.write_text(
        "T1\tSource 0 12\tThe minister\n"
        "T2\tCue 13 17\tsaid\n"
        "T3\tContent 18 36\tthe plan was sound\n"
        "T4\tAttribution 13 17\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tAttribution-no-source 46 55\twere said\n"
        "E2\tAttribution-no-source:T5 \n",
        encoding="utf-8",
    )
    return benchmark, ann


def test_polnear_benchmark_reports_an_event_it_passes_over_in_one_line(tmp_path, capsys) -> None:
    """benchmarks/polnear_eval.py let Python print the brat reader's FormatWarning: two lines, the second quoting
    the script's source. Now one line, as stancekit's commands print it; a folder with no article annotated twice
    (or no source to overlap) prints "-" where it divided by zero."""
    benchmark, ann = _polnear_benchmark_on_one_article("polnear_eval", tmp_path)
    assert benchmark.main([str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert err == (
        f"polnear_eval: warning: {ann}: 1 attribution event without a Content argument, read as no statement: "
        "E2 (line 7)\n"
    )
    assert "content P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)" in out
    assert out.endswith(
        "PolNeAR annotators: no article is annotated more than once, so there is no agreement to measure\n"
    )


def test_polnear_statements_benchmark_names_the_file_of_an_event_it_passes_over_in_one_line(tmp_path, capsys) -> None:
    """benchmarks/polnear_statements.py let Python print the brat reader's warning in two lines, naming "<string>"
    for the file; now one line naming the .ann file, as polnear_eval.py prints it."""
    benchmark, ann = _polnear_benchmark_on_one_article("polnear_statements", tmp_path)
    assert benchmark.main([str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert err == (
        f"polnear_statements: warning: {ann}: 1 attribution event without a Content argument, read as no statement: "
        "E2 (line 7)\n"
    )
    assert "content P=1.000 R=1.000 F1=1.000 (tp=1 fp=0 fn=0)" in out


@given(
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=12),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=12),
)
def test_only_spans_apart_are_skipped(golds: list[tuple[int, int]], predictions: list[tuple[int, int]]) -> None:
    """The sweep that finds candidate pairs yields exactly the pairs whose bounds meet or overlap, each once."""
    from stancekit.evaluate import _touching

    text = "x" * 40
    gold_spans = [Span.of(text, start, start + length) for start, length in golds]
    predicted_spans = [Span.of(text, start, start + length) for start, length in predictions]
    found = list(_touching(gold_spans, predicted_spans))
    expected = {
        (g, p)
        for g, gold in enumerate(gold_spans)
        for p, predicted in enumerate(predicted_spans)
        if gold.start <= predicted.end and predicted.start <= gold.end
    }
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_the_commands_default_layers_are_the_scorers() -> None:
    """``stancekit eval --layers`` spells the layers out (so that --help imports no scorer); they must not drift."""
    from stancekit._commands.evaluate import _LAYERS
    from stancekit.evaluate import LAYERS

    assert _LAYERS == LAYERS


# -- eval --help reads well at any terminal width ----------------------------------------------------------------


def _help(argv: list[str], columns: int, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("COLUMNS", str(columns))
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_eval_help_wraps_between_words(columns, capsys, monkeypatch):
    """The layers' list wrapped as "mentions" / ",entities", "comma-separated" and "character-overlap" split at
    their hyphens, and --match's choices pushed its help onto a line of its own."""
    text = _help(["eval"], columns, capsys, monkeypatch)
    lines = text.splitlines()
    assert all(len(line) <= columns for line in lines if not line.lstrip().startswith("ARTICLE_ANNOTATOR"))
    assert not [line for line in lines if line.rstrip()[-1:] == "-" and line.rstrip()[-2:-1].isalpha()]
    assert not [line for line in lines if line.lstrip().startswith(",")]
    flat = " ".join(text.split())
    assert "(default: all of mentions, entities, statements, sources, cues, speakers, stances)" in flat
    assert "--match HOW how spans match: overlap (default)" in flat


@pytest.mark.parametrize("command", ["annotate", "validate", "convert", "render", "labelstudio-config"])
def test_no_command_help_breaks_a_word_at_its_hyphen(command, capsys, monkeypatch):
    for columns in (50, 70, 90):
        lines = _help([command], columns, capsys, monkeypatch).splitlines()
        assert not [line for line in lines if line.rstrip()[-1:] == "-" and line.rstrip()[-2:-1].isalpha()]
