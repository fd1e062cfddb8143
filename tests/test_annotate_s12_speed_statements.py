"""Session 12, speed of the statement and coreference stages: what is kept between look-ups, and where.

The speed work changes no output (the snapshot of every evaluation text is the same before and after);
these tests pin the answers kept for reuse: kept with the rules they are read from, bounded, and asked
again for each question rather than shared between questions.
"""

from __future__ import annotations

from stancekit.annotate import RuleAnnotator
from stancekit.annotate import statements as statements_stage
from stancekit.annotate.statements import StatementRules


def _statement_rules() -> StatementRules:
    return StatementRules(RuleAnnotator().rules)


def test_group_heads_are_kept_with_their_rules_not_in_a_module_cache() -> None:
    rules = _statement_rules()
    other = _statement_rules()
    # "officials working at ...": the head stops before the participle, and names unnamed people.
    assert statements_stage._group_head(rules, ("officials", "working")) == (("officials",), True)
    assert statements_stage._group_head(rules, ("the", "Acme", "board")) == (("the", "Acme", "board"), False)
    assert ("officials", "working") in rules.group_heads
    assert other.group_heads == {}  # each rule set keeps its own answers
    assert not hasattr(statements_stage._group_head, "cache_info")  # no lru_cache holding rule sets


def test_group_heads_kept_are_bounded() -> None:
    rules = _statement_rules()
    for number in range(statements_stage._GROUP_HEADS_KEPT + 10):
        statements_stage._group_head(rules, ("officials", f"word{number}"))
    assert 0 < len(rules.group_heads) <= statements_stage._GROUP_HEADS_KEPT
    # An answer given after the answers were dropped is the same as before.
    assert statements_stage._group_head(rules, ("the", "nurses")) == (("the", "nurses"), True)


def _resolved(text: str) -> dict[str, str]:
    document = RuleAnnotator().annotate(text)
    names = {entity.id: entity.name for entity in document.entities}
    return {mention.span.text: names[mention.entity] for mention in document.mentions}


def test_each_role_noun_asks_its_own_question_of_the_same_entities() -> None:
    # "The company" and "The union" walk back over the same two bodies: the answers for one noun are not
    # the other's.
    resolved = _resolved(
        "Acme Corp and the Transport Workers Union met on Monday. The company said wages would rise. "
        "The union said its members would strike."
    )
    assert resolved["The company"] == "Acme Corp"
    assert resolved["The union"] == "Transport Workers Union"


def test_role_nouns_in_several_documents_are_read_afresh() -> None:
    annotator = RuleAnnotator()
    for body, noun in (("Northwind Shipping Ltd", "company"), ("the Dockers Union", "union")):
        document = annotator.annotate(f"{body} met officials on Monday. The {noun} said talks would go on.")
        names = {entity.id: entity.name for entity in document.entities}
        speakers = [names[statement.speaker] for statement in document.statements if statement.speaker]
        assert speakers == [body.removeprefix("the ")]


def _modes(text: str) -> list[str]:
    return [statement.mode for statement in RuleAnnotator().annotate(text).statements]


def test_a_text_without_quotations_reports_indirectly() -> None:
    # No quotation anywhere: the mode is read without looking quotations up.
    assert _modes("The minister said the plan would fail. Union leaders said they would strike.") == [
        "indirect",
        "indirect",
    ]


def test_quoted_and_partly_quoted_statements_keep_their_modes() -> None:
    assert _modes("“The plan will fail,” the minister said.") == ["direct"]
    assert _modes("The minister said the plan was “dead on arrival” and would fail.") == ["mixed"]
