"""brat standoff: round trips, brat's own rules for the files written, and real PolNeAR files."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
from collections import Counter
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import stancekit
from stancekit import Document, Entity, FormatError, InputError, Mention, Provenance, Span, Stance, Statement, Target
from stancekit.formats import brat
from stancekit.testing import documents

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "data" / "china-blames-nato.json"
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def carried(document: Document) -> Document:
    """What brat carries of a document: all but its meta and sentences."""
    return attrs.evolve(document, meta={}, sentences=())


def textbound_lines(ann: str) -> list[tuple[str, str, list[tuple[int, int]], str]]:
    """(id, type, pieces, text) of each T line, parsed the simple way."""
    result = []
    for line in ann.split("\n"):
        if line.startswith("T"):
            identifier, data, text = line.split("\t", 2)
            label, offsets = data.split(" ", 1)
            pieces = [(int(a), int(b)) for a, b in (chunk.split() for chunk in offsets.split(";"))]
            result.append((identifier, label, pieces, text))
    return result


# ---------------------------------------------------------------- round trips


@given(documents())
def test_round_trip_keeps_everything_but_meta_and_sentences(document):
    assert brat.loads(brat.dumps(document), document.text, id=document.id) == carried(document)


@given(documents())
def test_every_line_is_one_line_for_brat(document):
    """brat splits lines with str.splitlines: no field may hold a line break of any kind."""
    ann = brat.dumps(document)
    assert ann.splitlines() == ann.split("\n")[:-1]


@given(documents())
def test_text_bound_lines_pass_brats_text_check(document):
    """brat refuses a T line whose text is not its pieces' slices joined by a space, or a piece across a line."""
    for identifier, _, pieces, text in textbound_lines(brat.dumps(document)):
        slices = [document.text[start:end] for start, end in pieces]
        if all(not any(mark in piece for mark in LINE_BREAKS) for piece in slices):
            assert text == " ".join(slices), identifier
        else:  # only a piece of nothing but line breaks is left whole
            assert all(piece.strip(LINE_BREAKS) == "" for piece in slices if any(m in piece for m in LINE_BREAKS))


@settings(max_examples=20)
@given(documents())
def test_files_round_trip_with_the_text_beside(tmp_path_factory, document):
    folder = tmp_path_factory.mktemp("brat")
    brat.dump(document, folder / "doc.ann")
    assert (folder / "doc.txt").read_bytes() == document.text.encode("utf-8")
    assert brat.load(folder / "doc.ann", id=document.id) == carried(document)


def test_the_example_reads_back_and_its_lines_are_pinned():
    document = stancekit.load(EXAMPLE)
    ann = brat.dumps(document)
    assert ann.splitlines() == [
        "T1\tCountry 0 5\tChina",
        "#1\tAnnotatorNotes T1\tid: m1",
        "N1\tReference T1 stancekit:e1\tChina",
        "N2\tReference T1 kb:CHN\tChina",
        "A1\tCountry T1 CHN",
        "#2\tAnnotatorNotes T1\talias: Beijing",
        "T2\tTarget 13 27\tNATO expansion",
        "R1\tStance Arg1:T1 Arg2:T2",
        "A2\tPolarity R1 oppose",
        "A3\tAct R1 blame",
        "#3\tAnnotatorNotes R1\tid: st1",
        "T3\tStanceCue 6 12\tblames",
        "R2\tCueOf Arg1:T3 Arg2:T2",
    ]
    assert brat.loads(ann, document.text, id=document.id) == carried(document)


def quote_document() -> Document:
    text = "“We oppose it,” Mao said,\r\n“firmly.” China blames NATO."
    mao = Entity("mao", "Mao Ning", "person", role="spokeswoman", affiliation="cn")
    china = Entity("cn", "China", "country", country="CHN", kb_id="Wikidata:Q148")
    quote = Span.join(text, [(1, 13), (28, 35)])
    return Document(
        id="quote",
        text=text,
        entities=[mao, china, Entity("nato", "NATO", "organization", kb_id="org:NATO")],
        mentions=[Mention("m1", "mao", Span.of(text, 16, 19)), Mention("m2", "cn", Span.of(text, 37, 42))],
        statements=[
            Statement(
                "s1",
                content=quote,
                speaker="mao",
                source=Span.of(text, 16, 19),
                cue=Span.of(text, 20, 24),
                mode="direct",
                provenance=Provenance("stancekit.rules 0.1.0", "statement.say"),
            )
        ],
        stances=[
            Stance(
                "st1",
                holder="cn",
                target=Target("NATO", Span.of(text, 50, 54), "nato"),
                polarity="oppose",
                type="blame",
                cue=Span.of(text, 43, 49),
                negated=True,
                statement="s1",
                confidence=0.75,
            )
        ],
    )


def test_a_statement_is_a_polnear_style_event():
    document = quote_document()
    ann = brat.dumps(document)
    lines = ann.splitlines()
    # The source is exactly a mention of the speaker, so the event points at that mention.
    assert "E1\tAttribution:T6 Source:T1 Cue:T4 Content:T5" in lines
    assert "T5\tContent 1 13;28 35\tWe oppose it firmly." in lines
    assert "T6\tAttribution 20 24\tsaid" in lines
    assert "A3\tMode E1 direct" in lines
    assert "N3\tReference T2 Wikidata:Q148\tChina" in lines
    assert any(line.endswith("\tAffiliation Arg1:T1 Arg2:T2") for line in lines)
    assert any(line.startswith("A") and line.endswith("\tNegated R2") for line in lines)
    assert any(line.endswith("\tConfidence R2 0.75") for line in lines)
    assert any(line.endswith("\tReportedIn Arg1:T7 Arg2:T6") for line in lines)
    assert brat.loads(ann, document.text, id="quote") == carried(document)


def test_a_piece_across_a_line_break_is_split_for_brat_and_restored():
    text = "She said: “one\ntwo”. End"
    document = Document(id="d", text=text, statements=[Statement("s1", Span.of(text, 11, 18))])
    ann = brat.dumps(document)
    assert "T1\tContent 11 14;15 18\tone two" in ann.splitlines()
    assert "#1\tAnnotatorNotes T1\tpieces: 11 18" in ann.splitlines()
    assert brat.loads(ann, text).statements[0].content == Span.of(text, 11, 18)
    # When the offsets were edited in brat, the stale note gives way to the offsets.
    edited = ann.replace("Content 11 14;15 18\tone two", "Content 11 14\tone")
    assert brat.loads(edited, text).statements[0].content == Span.of(text, 11, 14)


def test_an_entity_never_mentioned_is_an_unanchored_line():
    text = "They said so."
    document = Document(
        id="d",
        text=text,
        entities=[Entity("e1", "Ghost Org", "organization", aliases=["GO", "g\no"])],
        stances=[Stance("st1", "e1", Target("the plan"), "support", "endorse")],
    )
    ann = brat.dumps(document)
    assert "T1\tOrganization 0 0\t" in ann.splitlines()
    assert "A1\tUnanchored T1" in ann.splitlines()
    assert "#2\tAnnotatorNotes T1\talias: g\\no" in ann.splitlines()
    assert brat.loads(ann, text, id="d") == carried(document)


def test_names_and_ids_with_spaces_tabs_and_line_breaks_survive():
    text = "x"
    entity = Entity("id with space%\t", "Name\twith\ttabs\\n and\nbreak", "group", kb_id="key with space")
    document = Document(id="d", text=text, entities=[entity], mentions=[Mention("m 1", entity.id, Span.of(text, 0, 1))])
    assert brat.loads(brat.dumps(document), text, id="d") == carried(document)


@given(documents(), st.data())
def test_a_damaged_file_reads_or_fails_with_a_format_error(document, data):
    """Lines dropped, doubled, cut short, renumbered or re-labelled never crash the reader."""
    lines = brat.dumps(document).split("\n")[:-1]
    for _ in range(data.draw(st.integers(1, 3))):
        if not lines:
            break
        index = data.draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        action = data.draw(st.sampled_from(["drop", "double", "digit", "cut", "relabel"]))
        if action == "drop":
            del lines[index]
        elif action == "double":
            lines.insert(index, line)
        elif action == "digit" and any(character.isdigit() for character in line):
            position = data.draw(st.sampled_from([i for i, character in enumerate(line) if character.isdigit()]))
            lines[index] = line[:position] + data.draw(st.sampled_from("0123456789")) + line[position + 1 :]
        elif action == "cut":
            lines[index] = line[: data.draw(st.integers(0, len(line)))]
        elif action == "relabel":
            other = lines[data.draw(st.integers(0, len(lines) - 1))].split("\t")[0]
            lines[index] = other + line[len(line.split("\t")[0]) :]
    with contextlib.suppress(FormatError):
        brat.loads("\n".join(lines), document.text)


# ---------------------------------------------------------------- reading brat from elsewhere


def test_content2_joins_the_contents_fragments_and_unsorted_pieces_are_sorted():
    text = "Aaa bbb said ccc. Ddd eee."
    ann = (
        "T1\tSource 0 3\tAaa\n"
        "T2\tCue 8 12\tsaid\n"
        "T3\tContent 13 16\tccc\n"
        "T4\tAttribution 8 12\tsaid\n"
        "T5\tContent 22 25;18 21\teee Ddd\n"
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3 Content2:T5\n"
    )
    statement = brat.loads(ann, text).statements[0]
    assert statement.content.pieces == ((13, 16), (18, 21), (22, 25))
    assert statement.content.text == "ccc Ddd eee"
    assert statement.id == "E1" and statement.speaker is None and statement.source == Span.of(text, 0, 3)


def test_events_without_content_and_other_lines_are_not_statements():
    text = "Trump is drawing criticism. Read more."
    ann = (
        "T1\tCue 6 26\tis drawing criticism\n"
        "T2\tAttribution-no-source 6 26\tis drawing criticism\n"
        "E1\tAttribution-no-source:T2 \n"
        "T3\tDiscard 28 38\tRead more.\n"
        "T4\tDiscuss 0 5\tTrump\n"
        "*\tEquiv T3 T4\n"
    )
    assert brat.loads(ann, text).statements == ()


def test_a_foreign_entity_line_becomes_an_entity_named_by_its_text():
    text = "Merkel praised Macron."
    ann = (
        "T1\tPerson 0 6\tMerkel\n"
        "T2\tPERSON 15 21\tMacron\n"
        "R1\tStance Arg1:T1 Arg2:T2\n"
        "A1\tPolarity R1 support\n"
        "#1\tAnnotatorNotes R1\tchecked by hand\n"
    )
    document = brat.loads(ann, text)
    assert [(entity.id, entity.name, entity.type) for entity in document.entities] == [
        ("T1", "Merkel", "person"),
        ("T2", "Macron", "person"),
    ]
    stance = document.stances[0]
    assert (stance.holder, stance.target.entity, stance.target.text, stance.type) == ("T1", "T2", "Macron", "support")
    assert stance.provenance == Provenance("brat", note="checked by hand")


@pytest.mark.parametrize(
    ("ann", "expected"),
    [
        ("T1 Person 0 5 China\n", r"doc\.ann:1: 'T1 Person 0 5 China' has no tab; expected"),
        ("T1\tPerson 0 50\tChina\n", r"doc\.ann:1: T1: offsets 0 50 do not fit the text of 12 characters"),
        ("T1\tPerson 0 5\tJapan\n", r"doc\.ann:1: T1: the \.ann says 'Japan' but the text at 0 5 is 'China'"),
        ("T1\tPerson zero 5\tChina\n", r"doc\.ann:1: T1: 'Person zero 5'; expected a type and offsets"),
        ("\nT1\tPerson 0 5\tChina\nT1\tPerson 0 5\tChina\n", r"doc\.ann:3: T1 is already defined on line 2"),
        ("R1\tStance Arg1:T1 Arg2:T2\n", r"doc\.ann:1: R1 refers to T1, which this file does not define"),
        (
            "T1\tPerson 0 5\tChina\nT2\tTarget 6 12\tagrees\nR1\tStance Arg1:T1 Arg2:T2\n",
            r"doc\.ann:3: R1: Polarity None; expected an attribute line 'Polarity R1 support\|oppose\|neutral'",
        ),
        (
            "T1\tPerson 0 5\tChina\nT2\tTarget 6 12\tagrees\nR1\tStance Arg1:T1 Arg2:T2\nA1\tPolarity R1 support\n"
            "A2\tCountry T1 China\n",
            r"doc\.ann: \$\.entities\[0\]\.country: ",
        ),
        ("X1\tThing T1\n", r"doc\.ann:1: X1: unknown kind of line"),
        ("T1\tSource 0 5\tChina\nT2\tContent 6 12\tagrees\nE1\tAttribution:T1 Content:T2 Speaker:T1\n", "Speaker T1"),
    ],
)
def test_a_broken_file_names_the_line_and_what_was_expected(ann, expected):
    with pytest.raises(FormatError, match=expected):
        brat.loads(ann, "China agrees", location="doc.ann")


def test_a_missing_text_file_names_the_places_looked_at(tmp_path):
    (tmp_path / "story_ab12.ann").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"story_ab12\.txt or .*story\.txt; expected the brat text beside the \.ann"):
        brat.load(tmp_path / "story_ab12.ann")


def test_the_text_is_read_exactly_crlf_and_all(tmp_path):
    text = "China\r\nblames NATO."
    (tmp_path / "d.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "d.ann").write_text("T1\tCountry 0 5\tChina\nT2\tTarget 14 18\tNATO\n", encoding="utf-8", newline="")
    document = brat.load(tmp_path / "d.ann")
    assert document.text == text and document.id == "d"
    assert document.mentions[0].span == Span.of(text, 0, 5)


# ---------------------------------------------------------------- PolNeAR


def polnear(shared: Path) -> tuple[list[Path], Path]:
    root = shared / "eval" / "polnear-dev"
    return sorted((root / "attributions").glob("*.ann")), root / "text"


def simple_events(path: Path) -> list[dict[str, list[str]]]:
    """Each event of a .ann as {role: [ids]}, read without stancekit."""
    events = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("E"):
            roles: dict[str, list[str]] = {}
            for argument in line.split("\t")[1].split()[1:]:
                role, target = argument.split(":")
                roles.setdefault(role, []).append(target)
            events.append(roles)
    return events


def simple_pieces(path: Path) -> dict[str, list[tuple[int, int]]]:
    pieces = {}
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("T"):
            identifier, data = line.split("\t")[:2]
            offsets = data.split(" ", 1)[1]
            pieces[identifier] = [(int(a), int(b)) for a, b in (chunk.split() for chunk in offsets.split(";"))]
    return pieces


def test_every_polnear_dev_file_reads_with_one_statement_per_event_with_content(shared):
    files, texts = polnear(shared)
    assert len(files) == 94
    assert len({re.sub(r"_[^_]+$", "", path.stem) for path in files}) == 84
    quirks: Counter[str] = Counter()
    for path in files:
        document = brat.load(path, text=texts)
        events = simple_events(path)
        with_content = [event for event in events if "Content" in event]
        assert len(document.statements) == len(with_content), path.name
        # No source argument (Attribution-no-source events): no source span.
        assert sum(statement.source is None for statement in document.statements) == sum(
            "Source" not in event for event in with_content
        )
        pieces = simple_pieces(path)
        by_id = {statement.id: statement for statement in document.statements}
        contents = sorted(tuple(statement.content.pieces) for statement in by_id.values())
        expected = sorted(
            tuple(
                sorted(
                    {
                        piece
                        for role in ("Content", "Content2")
                        for line in event.get(role, [])
                        for piece in pieces[line]
                    }
                )
            )
            for event in with_content
        )
        assert contents == expected, path.name
        quirks["no source"] += sum("Source" not in event for event in with_content)
        quirks["neither cue nor content"] += sum("Cue" not in event and "Content" not in event for event in events)
        quirks["content2"] += sum("Content2" in event for event in events)
        quirks["discontinuous"] += sum(bool(statement.content.fragments) for statement in by_id.values())
        quirks["curly quotes"] += sum(any(q in s.content.text for q in "“”’") for s in document.statements)
        quirks["non-ascii text"] += not document.text.isascii()
        text = path.read_text(encoding="utf-8")
        quirks["discuss or discard"] += len(re.findall(r"^T\d+\t(?:Discuss|Discard) ", text, flags=re.MULTILINE))
    # Each quirk the reader has to handle is really in the data.
    assert all(
        quirks[name] > 0
        for name in (
            "no source",
            "neither cue nor content",
            "content2",
            "discontinuous",
            "curly quotes",
            "non-ascii text",
            "discuss or discard",
        )
    ), quirks


def test_a_polnear_file_pairs_with_its_text_beside_it(shared, tmp_path):
    files, texts = polnear(shared)
    ann = files[0]
    shutil.copy(ann, tmp_path / ann.name)
    article = re.sub(r"_[^_]+$", "", ann.stem)
    shutil.copy(texts / f"{article}.txt", tmp_path / f"{article}.txt")
    beside = brat.load(tmp_path / ann.name)
    assert beside == brat.load(ann, text=texts / f"{article}.txt")
    assert beside.id == ann.stem


def test_the_annotated_reference_article_round_trips(shared):
    """The reference article, as the annotator sees it, comes back from brat with every statement and stance."""
    annotate = getattr(stancekit, "annotate", None)
    if annotate is None:
        pytest.skip("stancekit.annotate is not there yet")
    document = annotate((shared / "corpus" / "seed-article.txt").read_bytes().decode("utf-8"), id="seed-article")
    assert document.statements and document.stances
    assert brat.loads(brat.dumps(document), document.text, id=document.id) == carried(document)


def test_a_failure_writing_the_ann_leaves_both_files_as_they_were(tmp_path, monkeypatch):
    """dump writes X.txt and X.ann in full before renaming either: never a new text beside an old .ann."""
    import errno
    import os

    from stancekit import _files
    from stancekit.errors import OutputError

    ann, text = tmp_path / "doc.ann", tmp_path / "doc.txt"
    ann.write_text("T1\tSource 0 3\told\n", encoding="utf-8")
    text.write_text("old text\n", encoding="utf-8")
    synced: list[int] = []

    def full_disk(descriptor: int) -> None:
        synced.append(descriptor)
        if len(synced) == 2:  # the .ann, written after the text
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(_files.os, "fsync", full_disk)
    with pytest.raises(OutputError, match=f"^{re.escape(str(ann))}: cannot be written \\(No space left on device\\)"):
        brat.dump(stancekit.load(EXAMPLE), ann)
    assert text.read_text(encoding="utf-8") == "old text\n"
    assert ann.read_text(encoding="utf-8") == "T1\tSource 0 3\told\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["doc.ann", "doc.txt"]  # no temporary file left


def test_dump_holds_the_ann_files_lock(tmp_path):
    """As dump_all holds its folder's lock, dump holds X.ann.lock: a second writer of X.ann is refused."""
    from stancekit._files import output_lock
    from stancekit.errors import UsageError

    ann = tmp_path / "doc.ann"
    with output_lock(ann), pytest.raises(UsageError, match="another run is writing it"):
        brat.dump(stancekit.load(EXAMPLE), ann)
    assert list(tmp_path.iterdir()) == []
    brat.dump(stancekit.load(EXAMPLE), ann)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["doc.ann", "doc.txt"]


def test_a_file_written_alone_is_refused_while_a_run_writes_its_whole_folder(tmp_path):
    """dump took X.ann.lock and dump_all OUTDIR.lock: the two never met, and could pair one's .ann with the other's
    .txt. The file written alone now checks its folder's lock too."""
    from stancekit._files import output_lock
    from stancekit.errors import UsageError

    folder = tmp_path / "out"
    folder.mkdir()
    document = stancekit.load(EXAMPLE)
    with output_lock(folder), pytest.raises(UsageError) as refused:
        brat.dump(document, folder / "doc.ann")
    assert str(refused.value) == (
        f"{folder / 'doc.ann'}: another run is writing its folder {folder} (process {os.getpid()}); "
        "wait for that run to end, or choose another output"
    )
    assert list(folder.iterdir()) == []
    brat.dump(document, folder / "doc.ann")  # once that run ends
    assert sorted(path.name for path in folder.iterdir()) == ["doc.ann", "doc.txt"]


def test_a_folder_run_is_refused_while_a_file_in_it_is_written_alone(tmp_path):
    """The other way round: the folder's run checks the lock of every file it is about to move in, and moves none."""
    from stancekit._files import output_lock
    from stancekit.errors import UsageError

    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "kept.ann").write_text("T1\tSource 0 3\told\n", encoding="utf-8")
    document = stancekit.load(EXAMPLE)
    busy = folder / f"{document.id}.ann"
    with output_lock(busy), pytest.raises(UsageError) as refused:
        brat.dump_all([attrs.evolve(document, id="kept"), document], folder)
    assert str(refused.value).startswith(f"{folder}: another run is writing {busy} in it (process {os.getpid()})")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out"]  # no staging folder, no folder lock left
    assert sorted(path.name for path in folder.iterdir()) == ["kept.ann"]
    assert (folder / "kept.ann").read_text(encoding="utf-8") == "T1\tSource 0 3\told\n"
    brat.dump_all([document], folder)
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [busy.name, busy.with_suffix(".txt").name, "kept.ann"]
    )


@pytest.mark.parametrize("spelling", ["slash", "dots", "link"])
def test_one_folder_has_one_lock_however_it_is_named(tmp_path, spelling):
    """OUTDIR/ once locked OUTDIR/.lock, and a symbolic link to OUTDIR its own LINK.lock: two runs went ahead."""
    from stancekit._files import lock_path, output_lock
    from stancekit.errors import UsageError

    folder = tmp_path / "out"
    folder.mkdir()
    other: str | Path
    if spelling == "link":
        other = tmp_path / "alias"
        try:
            other.symlink_to(folder, target_is_directory=True)
        except OSError:
            pytest.skip("no symbolic links here")
    else:
        other = f"{folder}{os.sep}" if spelling == "slash" else folder / "." / ".." / "out"
    assert lock_path(other) == lock_path(folder)
    with output_lock(folder), pytest.raises(UsageError, match="another run is writing it"):
        brat.dump_all([stancekit.load(EXAMPLE)], other)
    assert list(folder.iterdir()) == []
