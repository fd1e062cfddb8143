"""Session 15, speed of the statement stage: each faster scan finds what the plain scan of the whole text found.

The speed work changes no output (the snapshot of every evaluation text hashes the same before and after);
these tests compare each narrowed scan with the scan it replaces, on texts written to reach its edges.
"""

from __future__ import annotations

import random
import re

import pytest

from stancekit.annotate import RuleAnnotator
from stancekit.annotate import draft as draft_module
from stancekit.annotate import quotes as quotes_stage
from stancekit.annotate import sentences as sentences_stage
from stancekit.annotate import statements as statements_stage
from stancekit.annotate.draft import Draft

_COLON_TEXTS = [
    "The minister made the following comment: “We will not bargain.”",
    "made a comment: at the very start of the text",
    "No colon here, though the union gave a short statement.",
    "Time: 16:40.\nThe mayor had a blunt message for the board: “Fix the bridge.”\nShe left.",
    "He remade a comment: the word boundary rules it out.\nThey issued a joint statement:\n\n“Enough.”",
    "First line.\nThe court released the following statement to reporters: the appeal fails.",
    "A: B: C:\nSenator Ekholm made the following comment:",
    "The board posted its reply for the unions, the press and the public: no.\r\nIt shares a reminder: pay.",
    "Q: Why?\n\nA: The council gave its answer:\n“Because.”\nThe council gave its answer: late",
    "",
    ":",
    "\n:\n",
]


@pytest.mark.parametrize("text", _COLON_TEXTS)
def test_message_colons_are_the_matches_of_the_whole_text_scan(text: str) -> None:
    expected = [match.span() for match in statements_stage._MESSAGE_COLON.finditer(text)]
    assert [match.span() for match in statements_stage._message_colons(text)] == expected


def test_a_message_after_a_colon_is_still_read() -> None:
    document = RuleAnnotator().annotate(
        "Storms closed the port on Monday.\nThe harbour master gave a short statement: “The port reopens Friday.”"
    )
    assert [(statement.cue.text, statement.content.text) for statement in document.statements] == [
        ("gave a short statement", "The port reopens Friday")
    ]


_COPULA_TEXTS = [
    "Her argument is that the levy is legal.",
    "is that at the start, and the position was  that\tothers pay.",
    "The line has been that talks go on; his view had \t been\tthat  they end.",
    "It has beenthat way, this that, thus is  that, it hasbeen that way",
    " was that that is that is that ",
    "The stance remains that nobody pays.\nIts case remained that it pays.",
    "it was that",
    "",
]


def _copula_pieces(seed: int) -> str:
    """Words a copula before "that" is made of, and spaces, tabs or nothing between them, in a random order."""
    words = ["is", "was", "has", "had", "been", "that", "that", "remains", "remained", "th", "this", "x"]
    gaps = [" ", " ", "  ", "\t", " \t", "", "\n"]
    generator = random.Random(seed)
    return "".join(generator.choice(words) + generator.choice(gaps) for _ in range(30))


@pytest.mark.parametrize("text", _COPULA_TEXTS + [_copula_pieces(seed) for seed in range(300)])
def test_copulas_are_the_matches_of_the_whole_text_scan(text: str) -> None:
    expected = [match.span() for match in statements_stage._COPULA_THAT.finditer(text)]
    assert list(statements_stage._copulas_then_that(text)) == expected


def test_a_position_stated_with_is_that_is_still_read() -> None:
    document = RuleAnnotator().annotate("The ministry's position is that the new levy was lawful from the start.")
    assert [(statement.cue.text, statement.content.text) for statement in document.statements] == [
        ("position", "the new levy was lawful from the start")
    ]


_QUOTED_TEXT = (
    "“We will not pay,” said Ana Ruiz, who called the levy “a tax on ‘small’ shops” and left.\n\n"
    "Officials said the plan was fair. “It is the law,” one added, “and “it stays.”\n\n"
    "The mayor wrote: 'Nothing changes.' Critics said “never\n\nagain” was the word."
)


def _draft_with_quotes(text: str) -> Draft:
    draft = Draft(text=text, meta={}, annotator="test", rules=RuleAnnotator().rules)
    sentences_stage.run(draft)
    quotes_stage.run(draft)
    return draft


def test_a_quote_stretch_holds_its_answer_up_to_where_it_ends() -> None:
    draft = _draft_with_quotes(_QUOTED_TEXT)
    assert draft.quotes
    for offset in range(len(_QUOTED_TEXT)):
        quote, until = draft.quote_stretch(offset)
        assert offset < until <= len(_QUOTED_TEXT) + 1
        assert all(draft.quote_at(other) is quote for other in range(offset, min(until, len(_QUOTED_TEXT))))
        if until < len(_QUOTED_TEXT):
            assert draft.quote_at(until) is not quote


def _mode_read_at_every_offset(draft: Draft, pieces: list[tuple[int, int]]) -> str:
    """The mode as read before the stretches: three look-ups per piece."""
    inside = outside = 0
    for start, end in pieces:
        for offset in (start, (start + end) // 2, max(start, end - 1)):
            if draft.quote_at(offset) is not None:
                inside += 1
            else:
                outside += 1
    if inside and outside:
        return "mixed"
    if not outside:
        return "direct"
    if any(statements_stage._OPENING_MARK.search(draft.text, start, end) for start, end in pieces):
        return "mixed"
    return "indirect"


@pytest.mark.parametrize("seed", range(200))
def test_the_mode_of_any_pieces_is_read_as_at_every_offset(seed: int) -> None:
    draft = _draft_with_quotes(_QUOTED_TEXT)
    generator = random.Random(seed)
    starts = sorted(generator.sample(range(len(_QUOTED_TEXT)), generator.randint(1, 3)))
    pieces = [(start, min(len(_QUOTED_TEXT), start + generator.randint(1, 25))) for start in starts]
    assert statements_stage._mode(draft, pieces) == _mode_read_at_every_offset(draft, pieces)


def _lines_of(seed: int) -> str:
    """Lines of 100 to 140 characters (or none), joined by one of the breaks, the first maybe without one."""
    generator = random.Random(seed)
    lines = ["x" * generator.choice([0, 1, 100, 119, 120, 121, 122, 140]) for _ in range(generator.randint(1, 5))]
    return "".join(line + generator.choice(["\n", "\r\n", "\r", "\n\n"]) for line in lines)[: generator.randint(0, 700)]


_EDGE_LINES = [
    "",
    "x" * 120,
    "x" * 121,
    "x" * 120 + "\n",
    "\n" + "x" * 120,
    "\r" + "x" * 121,
    "x" * 60 + "\r\n" + "x" * 121,
]


@pytest.mark.parametrize("text", _EDGE_LINES + [_lines_of(seed) for seed in range(300)])
def test_a_long_line_is_found_as_by_a_scan_for_its_characters(text: str) -> None:
    assert draft_module._has_long_line(text) == (re.search(r"[^\r\n]{121}", text) is not None)


def test_a_hard_wrapped_text_is_still_unwrapped() -> None:
    line = "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 2
    text = "\n".join([line.strip()] * 6) + "\n\n" + "\n".join(["Short line of a list."] * 3)
    joined, changed = draft_module.unwrapped(text)
    assert len(changed) == 5 and joined.count("\n") == text.count("\n") - 5
    assert draft_module.unwrapped(text.replace("\n", " ", 1).replace(line.strip(), line.strip() * 2, 1)) == (
        text.replace("\n", " ", 1).replace(line.strip(), line.strip() * 2, 1),
        [],
    )


def _draft_with_mentions(seed: int) -> Draft:
    """A draft of 200 characters with 40 mentions of random lengths (1 to 20), many overlapping."""
    generator = random.Random(seed)
    draft = Draft(text="x" * 200, meta={}, annotator="test")
    for _ in range(40):
        start = generator.randrange(0, 199)
        draft.add_mention("e1", start, min(200, start + generator.randint(1, 20)), "test")
    return draft


@pytest.mark.parametrize("seed", range(20))
def test_mention_at_is_the_nearest_longest_of_the_twelve_before(seed: int) -> None:
    draft = _draft_with_mentions(seed)
    ordered = sorted(draft.mentions, key=lambda mention: (mention.span.start, -mention.span.end))
    for offset in range(201):
        before = [mention for mention in ordered if mention.span.start <= offset][-12:][::-1]
        covering = [mention for mention in before if offset < mention.span.end]
        longest = max(covering, key=lambda mention: mention.span.end - mention.span.start) if covering else None
        assert draft.mention_at(offset) is longest
        ending = [mention for mention in ordered if mention.span.start < offset][-12:][::-1]
        expected = draft.mention_at(offset - 1) if offset > 0 else None
        if expected is None or expected.span.end != offset:
            expected = next((mention for mention in ending if mention.span.end == offset), None)
        assert draft.mention_ending_at(offset) is expected
