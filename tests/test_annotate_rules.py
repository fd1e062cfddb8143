"""Rule packs: user packs change the output, malformed packs fail with a JSON path, compiling happens once."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import stancekit
from stancekit.annotate import RuleAnnotator, compile_rules, default_pack_paths, load_pack
from stancekit.errors import RulePackError

TEXT = "Minister Zorblatt of Freedonia opined that the bridge would open. Sylvania grumbled that it was late."


def test_the_default_packs_validate_and_load() -> None:
    paths = default_pack_paths()
    assert {path.name for path in paths} >= {"english.json", "gazetteer.json"}
    for path in paths:
        pack, label = load_pack(path)
        assert isinstance(pack, dict) and label == str(path)


def test_a_user_pack_adds_an_actor_with_aliases_and_a_cue(tmp_path: Path) -> None:
    before = stancekit.annotate(TEXT)
    assert not before.statements
    pack = {
        "name": "freedonia",
        "entities": [{"key": "FRD", "name": "Freedonia", "type": "country", "country": "FRD", "aliases": ["Sylvania"]}],
        "cues": [{"id": "statement.cue.opine", "kind": "speech", "verbs": ["opine", "grumble"]}],
    }
    path = tmp_path / "freedonia.json"
    path.write_text(json.dumps(pack), encoding="utf-8")
    for rules in ([path], [pack], str(path)):
        after = stancekit.annotate(TEXT, rules=rules)
        freedonia = [entity for entity in after.entities if entity.name == "Freedonia"]
        assert freedonia and freedonia[0].kb_id == "FRD"
        assert {statement.provenance.rule for statement in after.statements if statement.provenance} == {
            "statement.cue.opine"
        }
        speakers = {after.entity(s.speaker).name for s in after.statements if s.speaker}
        assert "Freedonia" in speakers


def test_a_user_pack_extends_a_gazetteer_entity_by_key() -> None:
    pack = {"entities": [{"key": "CHN", "name": "China", "type": "country", "aliases": ["the Middle Kingdom"]}]}
    document = RuleAnnotator([pack]).annotate("Officials in the Middle Kingdom and Beijing agreed.")
    (china,) = [entity for entity in document.entities if entity.name == "China"]
    surfaces = {m.span.text.removeprefix("the ") for m in document.mentions if m.entity == china.id}
    assert surfaces == {"Middle Kingdom", "Beijing"}


@pytest.mark.parametrize(
    ("pack", "path"),
    [
        ({"entities": [{"key": "X", "name": "X", "type": "planet"}]}, "$.entities[0].type"),
        ({"cues": [{"id": "Bad Id", "forms": ["said"]}]}, "$.cues[0].id"),
        ({"cues": [{"id": "statement.cue.x"}]}, "$.cues[0]"),
        ({"titles": [{"text": "x" * 101}]}, "$.titles[0].text"),
        ({"colour": "blue"}, "$"),
    ],
)
def test_a_malformed_pack_names_the_json_path(pack: dict[str, object], path: str) -> None:
    with pytest.raises(RulePackError) as raised:
        RuleAnnotator([pack])
    assert f": {path}" in str(raised.value)


def test_a_pack_file_that_is_not_json_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(RulePackError, match=r"broken\.json"):
        compile_rules([path])
    with pytest.raises(RulePackError, match="no such file"):
        compile_rules([tmp_path / "missing.json"])


def test_rules_compile_once_and_are_shared() -> None:
    pack = {"name": "tiny", "cues": [{"id": "statement.cue.opine", "forms": ["opined"]}]}
    first = compile_rules([pack])
    assert compile_rules([dict(pack)]) is first
    annotator = RuleAnnotator([pack])
    assert annotator.rules is first
    annotator.annotate("X opined that it works.")
    memo = dict(first._memo)
    annotator.annotate("Y opined that it fails.")
    assert first._memo.keys() == memo.keys() and all(first._memo[key] is memo[key] for key in memo)


def test_a_pack_file_edited_between_calls_is_read_again(tmp_path: Path) -> None:
    """A pack of yours given as a path follows its file; the defaults are not looked up on disk every call."""
    path = tmp_path / "cues.json"
    path.write_text(json.dumps({"name": "mine", "cues": [{"id": "statement.cue.opine", "forms": ["opined"]}]}))
    first = compile_rules([path])
    assert compile_rules([path]) is first
    path.write_text(json.dumps({"name": "mine", "cues": [{"id": "statement.cue.grumble", "forms": ["grumbled"]}]}))
    second = compile_rules([path])
    assert second is not first
    document = stancekit.annotate("Ana Ortiz grumbled that the bus was late.", rules=[path])
    assert [statement.provenance.rule for statement in document.statements if statement.provenance] == [
        "statement.cue.grumble"
    ]


def test_the_default_packs_are_looked_up_on_disk_once(monkeypatch: pytest.MonkeyPatch) -> None:
    compile_rules()
    looked: list[str] = []
    original = Path.stat

    def counting_stat(self: Path, *args: object, **kwargs: object) -> object:
        looked.append(str(self))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Path, "stat", counting_stat)
    assert compile_rules() is compile_rules()
    stancekit.annotate("China backs the plan.")
    assert looked == []


def test_a_pack_is_never_executed(tmp_path: Path) -> None:
    """Phrases are escaped: regex syntax in a pack is matched literally."""
    pack = {"cues": [{"id": "statement.cue.odd", "forms": ["(a+)+b"]}]}
    document = RuleAnnotator([pack]).annotate("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa said (a+)+b that it works.")
    assert document.text.startswith("aaaa")


def test_the_rule_annotator_is_an_annotator() -> None:
    from stancekit.annotate import Annotator

    annotator = RuleAnnotator()
    assert isinstance(annotator, Annotator)
    document = annotator.annotate("Putin confirmed that Moscow is ready.", id="a1", source="wire")
    assert (document.id, document.meta) == ("a1", {"source": "wire"})
    assert stancekit.annotate("Putin confirmed that Moscow is ready.").id.startswith("doc-")


def test_an_annotator_pickles_for_worker_processes() -> None:
    import pickle

    pack = {"cues": [{"id": "statement.cue.opine", "verbs": ["opine"]}]}
    annotator = pickle.loads(pickle.dumps(RuleAnnotator([pack])))
    document = annotator.annotate("Zorblatt opined that the bridge would open.")
    assert [s.provenance.rule for s in document.statements if s.provenance] == ["statement.cue.opine"]


def test_a_document_given_as_a_pack_is_named_as_one(tmp_path: Path) -> None:
    """--rules doc.json: said to be a document, not a schema message listing seven unknown keys."""
    path = tmp_path / "doc.json"
    stancekit.dump(stancekit.annotate("The minister said no.", id="d"), path)
    with pytest.raises(RulePackError) as raised:
        load_pack(path)
    assert str(raised.value) == (
        f"{path}: a document (it has an 'id' and a 'text'), not a rule pack; "
        "expected a rule pack, as docs/rules.md describes"
    )


def test_several_unknown_keys_are_named_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "pack.json"
    path.write_text(json.dumps({"nme": "mine", "titels": []}), encoding="utf-8")
    with pytest.raises(RulePackError) as raised:
        load_pack(path)
    assert str(raised.value) == (
        f"{path}: $: unknown keys 'nme', 'titels'; expected only the keys docs/rules.md describes, "
        "or ones starting 'x-'"
    )
