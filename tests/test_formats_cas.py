"""UIMA CAS XMI for INCEpTION: round trips, UTF-16 offsets in the file, the type system beside it, added records."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree

import pytest
from hypothesis import assume, given

from stancekit.errors import FormatError, UsageError
from stancekit.formats import get, guess
from stancekit.model import Document
from stancekit.testing import documents

from .test_formats_w3c import emoji_document
from .test_model import china_blames_nato

cassis = pytest.importorskip("cassis")
from stancekit.formats import cas  # noqa: E402 - only with the extra installed

CUSTOM = "{http:///webanno/custom.ecore}"


NOT_IN_XML = {chr(code) for code in (*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF)}


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def writable(document: Document) -> bool:
    """No character XML 1.0 forbids anywhere in the document."""
    return not any(NOT_IN_XML & set(value) for value in strings(document.to_dict()))


@given(documents())
def test_round_trip_keeps_everything_xml_can_hold(document):
    assume(writable(document))
    assert cas.loads(cas.dumps(document)) == document


@pytest.mark.parametrize("make", [china_blames_nato, emoji_document])
def test_examples_round_trip_through_files(make, tmp_path):
    path = tmp_path / "doc.xmi"
    cas.dump(make(), path)
    assert (tmp_path / cas.TYPESYSTEM_FILE).is_file()
    assert cas.load(path) == make()
    (tmp_path / cas.TYPESYSTEM_FILE).unlink()
    assert cas.load(path) == make()  # stancekit's own type system when none is beside


def test_the_annotated_reference_article_round_trips(shared):
    annotate = pytest.importorskip("stancekit.annotate")
    if not hasattr(annotate, "annotate"):
        pytest.skip("stancekit.annotate.annotate is not there yet")
    document = annotate.annotate((shared / "corpus" / "seed-article.txt").read_text(encoding="utf-8"))
    back = cas.loads(cas.dumps(document))
    assert (back.statements, back.stances) == (document.statements, document.stances)


def test_offsets_in_the_file_are_utf16_units_and_code_points_in_python():
    document = emoji_document()
    root = ElementTree.fromstring(cas.dumps(document).encode("utf-8"))
    spans = {(span.get("record"), span.get("role")): span for span in root.iter(f"{CUSTOM}StancekitSpan")}
    mention = spans[("m1", "mention")]
    assert (int(mention.get("begin")), int(mention.get("end"))) == (7, 12)  # 😀 and 🇨🇳: 6 units, 3 code points
    assert document.mentions[0].span.start == 4
    target = spans[("st1", "target")]
    assert (int(target.get("begin")), int(target.get("end"))) == (20, 37)  # 🙂 inside the target counts 2
    loaded = cassis.load_cas_from_xmi(cas.dumps(document), typesystem=cas.typesystem())
    (first,) = [span for span in loaded.select(cas.SPAN) if span.record == "m1"]
    assert (first.begin, first.end, first.get_covered_text()) == (4, 9, "China")


def test_the_layers_are_what_inception_expects():
    system = cas.typesystem()
    span, stance = system.get_type(cas.SPAN), system.get_type(cas.STANCE)
    assert span.supertype.name == stance.supertype.name == "uima.tcas.Annotation"
    assert stance.get_feature("Governor").rangeType.name == cas.SPAN
    assert stance.get_feature("Dependent").rangeType.name == cas.SPAN
    assert cas.SPAN.startswith("webanno.custom.") and cas.STANCE.startswith("webanno.custom.")
    assert "StancekitStance" in cas.typesystem_xml()


def test_a_stance_relation_goes_from_cue_to_target():
    loaded = cassis.load_cas_from_xmi(cas.dumps(emoji_document()), typesystem=cas.typesystem())
    relations = {relation.record: relation for relation in loaded.select(cas.STANCE)}
    assert relations["st1"].Governor.role == "cue" and relations["st1"].Dependent.role == "target"
    assert relations["st1"].Dependent.get_covered_text() == "NATO 🙂 expansion"
    assert relations["st2"].Governor is None and relations["st2"].Dependent is None


def test_a_stance_added_in_inception_reads_with_a_new_id():
    """An annotator draws a relation between two new spans and fills in its features; no record ids."""
    document = emoji_document()
    loaded = cassis.load_cas_from_xmi(cas.dumps(document), typesystem=cas.typesystem())
    span_type, stance_type = loaded.typesystem.get_type(cas.SPAN), loaded.typesystem.get_type(cas.STANCE)
    text = document.text
    cue = span_type(begin=text.index("oppose"), end=text.index("oppose") + 6, role="cue", kind="stance")
    target = span_type(begin=text.index("NATO"), end=text.index("NATO") + 4, role="target", kind="stance")
    loaded.add_all([cue, target])
    loaded.add(
        stance_type(
            begin=target.begin,
            end=target.end,
            Governor=cue,
            Dependent=target,
            holder="e2",
            polarity="oppose",
            act="oppose",
        )
    )
    back = cas.loads(loaded.to_xmi())
    assert back.stances[:2] == document.stances
    added = back.stances[2]
    assert (added.id, added.holder, added.target.text, added.cue.text, added.confidence) == (
        "st3",
        "e2",
        "NATO",
        "oppose",
        1.0,
    )


def test_an_inception_export_with_more_types_reads(tmp_path):
    """Types stancekit does not know (tokens, say) are skipped; the type system beside the file is used."""
    system = cas.typesystem()
    token = system.create_type("de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token", "uima.tcas.Annotation")
    loaded = cassis.load_cas_from_xmi(cas.dumps(china_blames_nato()), typesystem=system)
    loaded.add(token(begin=0, end=5))
    (tmp_path / "doc.xmi").write_text(loaded.to_xmi(), encoding="utf-8")
    (tmp_path / cas.TYPESYSTEM_FILE).write_text(system.to_xml(), encoding="utf-8")
    assert cas.load(tmp_path / "doc.xmi") == china_blames_nato()


def test_text_that_xml_cannot_hold_is_refused_before_writing(tmp_path):
    document = Document(id="d", text="bell \x07 here")
    with pytest.raises(FormatError, match=r"U\+0007 at text offset 5 cannot be written to XML"):
        cas.dump(document, tmp_path / "d.xmi")
    assert not (tmp_path / "d.xmi").exists()


def test_several_documents_are_a_usage_error():
    with pytest.raises(UsageError, match="one document per file; got 2"):
        cas.dumps([china_blames_nato(), emoji_document()])
    assert cas.loads(cas.dumps([china_blames_nato()])) == china_blames_nato()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda xmi: xmi.replace('polarity="oppose"', 'polarity="hate"', 1),
            r"StancekitStance xmi:id \d+ at 17\.\.33: polarity 'hate'",
        ),
        (lambda xmi: xmi.replace('holder="e1"', 'holder=""', 1), r"a stance without 'holder'"),
        (lambda xmi: xmi.replace('mode="direct"', 'mode="loud"', 1), r"mode 'loud'; expected one of direct"),
        (lambda xmi: xmi.replace('entity="e1"', "", 1), r"a mention without an entity"),
        (lambda xmi: xmi.replace('role="mention"', 'role="speech"', 1), r"role 'speech' of kind 'mention'"),
        (lambda xmi: xmi.replace('entity="e1"', 'entity="nobody"', 1), r"the document: is invalid: .*'nobody'"),
        (lambda xmi: xmi.replace("&quot;annotator&quot;", "&quot;who&quot;", 1), r"provenance: has no annotator"),
        (lambda xmi: xmi[:200], r"not UIMA CAS XMI"),
    ],
)
def test_malformed_xmi_raises_format_errors_naming_the_file(change, message):
    with pytest.raises(FormatError, match=message) as caught:
        cas.loads(change(cas.dumps(emoji_document())), location="doc.xmi")
    assert str(caught.value).startswith("doc.xmi: ")


@pytest.mark.parametrize("begin", ["5", "-1", "999"])
def test_an_offset_inside_a_character_or_outside_the_text_is_an_error(begin):
    """Offset 5 in UTF-16 falls between the two halves of 🇨; cassis cannot map it to a code point."""
    xmi = cas.dumps(emoji_document()).replace(
        'begin="7" end="12" role="mention"', f'begin="{begin}" end="12" role="mention"'
    )
    with pytest.raises(FormatError, match=rf"doc\.xmi: offset {begin} is outside the text or inside a character"):
        cas.loads(xmi, location="doc.xmi")


def test_a_broken_type_system_beside_the_file_is_a_format_error(tmp_path):
    cas.dump(china_blames_nato(), tmp_path / "doc.xmi")
    (tmp_path / cas.TYPESYSTEM_FILE).write_text("<typeSystemDescription", encoding="utf-8")
    with pytest.raises(FormatError, match=r"TypeSystem|type system"):
        cas.load(tmp_path / "doc.xmi")


def test_without_dkpro_cassis_the_format_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "cassis", None)
    with pytest.raises(UsageError, match=r'python -m pip install -e "\.\[inception\]"'):
        cas.dumps(china_blames_nato())


def test_the_registry_finds_the_format():
    assert get("cas") is cas
    assert guess("doc.xmi") == "cas"


@pytest.mark.parametrize("role", ["content", "sentence"])
def test_a_span_that_ends_before_it_starts_is_a_format_error_naming_the_annotation(role):
    from stancekit.model import Span, Statement

    text = "China said it was ready."
    document = Document(
        "d",
        text,
        sentences=(Span.of(text, 0, len(text)),),
        statements=(Statement("s1", Span.of(text, 11, 23), mode="indirect"),),
    )
    written = cas.dumps(document)
    if role == "content":
        written = written.replace('begin="11" end="23"', 'begin="12" end="11"', 1)
    else:
        written = written.replace(
            f'<type0:Sentence xmi:id="4" sofa="1" begin="0" end="{len(text)}"',
            '<type0:Sentence xmi:id="4" sofa="1" begin="3" end="1"',
            1,
        )
    with pytest.raises(FormatError, match=r"^x\.xmi: .* at (12\.\.11|3\.\.1): start .* is after end"):
        cas.loads(written, location="x.xmi")
