"""Statement shapes of real news the annotator missed (recall on attributions), one section each:

- a quotation before its cue when a setting with a relative "that" follows the cue ("“...,” she told reporters
  after the meeting that ...");
- a concession clause after a report (", though she noted ...");
- a participle after a quotation and its cue ("“...,” X said, adding that ...");
- "going on to say";
- quotations signed with a dash, one per line ("“...” ― Name");
- "that" as the subject of the reported clause ("said that was ...");
- a relative source behind a time or a share ("who in 2019 said", "many of whom say");
- a closing mark that opens a paragraph ("” … what we heard ...,” X said");
- a paragraph set off after "X added:";
- a quotation after a statement that opens with one ("“...” of the plan, X said. “...”");
- "according to" a name and its short form in brackets;
- an "according to" aside right after the clause's verb;
- "in the words of X";
- a setting after the verb, then a clause without "that" ("said after the vote she would ...");
- a long addressee before "that" ("told the mayors of the three islands that ...");
- a contracted pronoun subject before a verb in -ing ("She's claiming that ...");
- a group named with two topics joined by "and" ("Experts on ferry safety and maritime law said");
- "appeared to suggest", "seemed to say".

Each sentence is written for its test; names and events are invented.
"""

from __future__ import annotations

import pytest

import stancekit
from stancekit.annotate import RuleAnnotator
from stancekit.model import Document, Statement

#: Every text opens with a headline and a sentence that names the speaker a pronoun later refers to.
_LEAD = "Ferry Fares Frozen\n\nGovernor Alma Rustavi met island mayors on Monday. "


def _document(body: str, lead: str = _LEAD) -> Document:
    return stancekit.annotate(lead + body)


def _by_cue(document: Document, cue: str) -> Statement | None:
    return next((statement for statement in document.statements if statement.cue.text == cue), None)


# -- a quotation before the cue, a setting with its own "that" after it ----------------------------


@pytest.mark.parametrize(
    ("body", "cue", "quoted"),
    [
        (
            "“The fares will not rise this winter,” Rustavi told reporters after a long session that ran late.",
            "told",
            "The fares will not rise this winter",
        ),
        (
            '"Nobody on the islands should pay more," she said at a news conference announcing that the '
            "subsidy would continue.",
            "said",
            "Nobody on the islands should pay more",
        ),
        (
            "“We were never consulted,” the ferry union said during a hearing that lasted four hours.",
            "said",
            "We were never consulted",
        ),
        (
            "“The boats are old but safe,” Captain Ewa Lind told the committee in a session that was closed to "
            "the press.",
            "told",
            "The boats are old but safe",
        ),
    ],
)
def test_a_quotation_before_the_cue_is_the_content_when_a_setting_with_that_follows(
    body: str, cue: str, quoted: str
) -> None:
    """The late "that" opens the setting noun's relative clause; the quotation before the cue is what was said."""
    statement = _by_cue(_document(body), cue)
    assert statement is not None
    assert statement.content.text == quoted


def test_a_that_clause_after_a_setting_without_a_quotation_still_reports() -> None:
    """Without a quotation before it, "said at a meeting that ..." reports the clause after "that"."""
    statement = _by_cue(_document("Rustavi said at a meeting in Batumi that the fares would stay frozen."), "said")
    assert statement is not None
    assert statement.content.text == "the fares would stay frozen"


# -- a concession clause after a report: ", though she noted ..." ----------------------------------


@pytest.mark.parametrize(
    ("body", "said", "cue", "conceded"),
    [
        (
            "Rustavi said the ferries would run all winter, though she noted the oldest boat will need new engines.",
            "the ferries would run all winter",
            "noted",
            "the oldest boat will need new engines",
        ),
        (
            "The mayors said the freeze was fair, although they conceded that the islands' budgets were thin.",
            "the freeze was fair",
            "conceded",
            "the islands' budgets were thin",
        ),
        (
            "Rustavi said the subsidy was safe, though she acknowledged it could be cut next year.",
            "the subsidy was safe",
            "acknowledged",
            "it could be cut next year",
        ),
        (
            "The skippers said the timetable would hold, even though they admitted two crossings were cancelled.",
            "the timetable would hold",
            "admitted",
            "two crossings were cancelled",
        ),
    ],
)
def test_a_concession_after_a_report_is_a_statement_of_its_own(body: str, said: str, cue: str, conceded: str) -> None:
    """The report stops before ", though"; the conceding verb reports what follows it."""
    document = _document(body)
    report = _by_cue(document, "said")
    concession = _by_cue(document, cue)
    assert report is not None and report.content.text == said
    assert concession is not None and concession.content.text == conceded


def test_a_concession_without_a_verb_of_saying_stays_in_the_report() -> None:
    """ "though it is unclear ..." has no cue of its own: the report keeps it."""
    document = _document("The operator said the ferries would sail, though it is unclear when the port reopens.")
    report = _by_cue(document, "said")
    assert report is not None
    assert report.content.text == "the ferries would sail, though it is unclear when the port reopens"


# -- a participle after a quotation and its cue ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "“Tbilisi has forgotten the islands,” Rustavi said, adding that the ferries carry pupils daily.",
        '"Mayor Levan Beridze knows the ferries well," Rustavi said, adding that the ferries carry pupils daily.',
        "“Ask the Batumi port workers,” Rustavi told reporters, adding that the ferries carry pupils daily.",
    ],
)
def test_a_participle_after_a_quotation_speaks_for_the_quotations_source(body: str) -> None:
    """A name inside the quotation ("Tbilisi", "Mayor Levan Beridze") is not the participle's subject."""
    document = _document(body)
    statement = _by_cue(document, "adding")
    assert statement is not None
    assert statement.content.text == "the ferries carry pupils daily"
    assert statement.speaker is not None
    assert document.entity(statement.speaker).name == "Alma Rustavi"


# -- "going on to say", "goes on to say" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ("Rustavi defended the freeze, going on to say that the ferries carry pupils daily.", "going on to say"),
        ("“We kept our word,” Rustavi said, going on to say that the ferries carry pupils daily.", "going on to say"),
        ("In the interview, Rustavi goes on to say that the ferries carry pupils daily.", "goes on to say"),
        ("Rustavi thanked the crews and went on to say that the ferries carry pupils daily.", "went on to say"),
    ],
)
def test_going_on_to_say_reports_like_adding(body: str, cue: str) -> None:
    """The phrase is a participle after a comma, and a verb of saying on its own."""
    document = _document(body)
    statement = _by_cue(document, cue)
    assert statement is not None
    assert statement.content.text == "the ferries carry pupils daily"
    assert statement.speaker is not None
    assert document.entity(statement.speaker).name == "Alma Rustavi"


# -- quotations signed with a dash, one per line ---------------------------------------------------


def test_each_signed_quotation_keeps_its_own_words() -> None:
    """ "“...” ― Name" lines: the next line's quotation is the next person's, no continuation of the one before."""
    document = _document(
        "We asked ferry passengers about the fares.\n\n"
        "“The crossing costs too much. I go twice a week.” ― Nino Kapanadze\n"
        "“It is fair enough. The boats are clean.” ― Dato Meskhi\n"
        "“Nobody asked us.” ― Keti Lomidze"
    )
    by_speaker = {
        document.entity(statement.speaker).name: statement.content.text
        for statement in document.statements
        if statement.speaker is not None and statement.cue.text == "―"
    }
    assert by_speaker == {
        "Nino Kapanadze": "The crossing costs too much. I go twice a week",
        "Dato Meskhi": "It is fair enough. The boats are clean",
        "Keti Lomidze": "Nobody asked us",
    }


def test_a_quotation_after_a_report_still_continues_it() -> None:
    """A bare quotation that nobody else reports goes on with the statement before it, as before."""
    document = _document("“The fares stay,” Rustavi said. “The islands need the boats.”")
    statement = _by_cue(document, "said")
    assert statement is not None
    assert statement.content.text == "The fares stay The islands need the boats"


# -- "that" as the subject of the reported clause --------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Rustavi said that would be a mistake for the islands.", "that would be a mistake for the islands"),
        ("The operator's letter says that was never the plan.", "that was never the plan"),
        ("Rustavi said that is what the islands need.", "that is what the islands need"),
        ("Rustavi said that the fares would stay.", "the fares would stay"),
        ("Rustavi said that the ferry is old.", "the ferry is old"),
    ],
)
def test_that_before_its_verb_is_the_clauses_subject(body: str, content: str) -> None:
    """ "said that was ...": a pronoun with its verb, kept in the content; "said that the ..." stays a conjunction."""
    statement = next(iter(_document(body).statements), None)
    assert statement is not None
    assert statement.content.text == content


# -- a relative source behind a time or a share -----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "speaker", "content"),
    [
        (
            "The freeze was opposed by Levan Beridze, who in 2019 said the ferries ran at a loss.",
            "said",
            "Levan Beridze",
            "the ferries ran at a loss",
        ),
        (
            "Rustavi thanked Nino Kapanadze, who last week warned that the oldest ferry was unsafe.",
            "warned",
            "Nino Kapanadze",
            "the oldest ferry was unsafe",
        ),
        (
            "Rustavi met Dato Meskhi, now the port's director, who on Friday said the docks would be rebuilt.",
            "said",
            "Dato Meskhi",
            "the docks would be rebuilt",
        ),
        (
            "The plan angered ferry workers in Poti, many of whom say the old timetable was safer.",
            "say",
            "ferry workers in Poti",
            "the old timetable was safer",
        ),
        (
            "The plan angered relatives of 2014 crash victims, some of whom say the old timetable was safer.",
            "say",
            "relatives",
            "the old timetable was safer",
        ),
    ],
)
def test_a_relative_source_behind_a_time_or_a_share_speaks_for_its_antecedent(
    body: str, cue: str, speaker: str, content: str
) -> None:
    """ "who in 2019 said", "many of whom say": the relative word is the source, whatever stands between."""
    document = _document(body)
    statement = _by_cue(document, cue)
    assert statement is not None
    assert statement.content.text == content
    assert statement.speaker is not None
    assert document.entity(statement.speaker).name == speaker


# -- a closing mark that opens a paragraph ---------------------------------------------------------


@pytest.mark.parametrize("gap", [" … ", "… ", " ... ", "..."])
def test_a_closing_mark_at_a_paragraph_start_opens_the_quotation(gap: str) -> None:
    """ "” … what we heard ...,” X said": the slipped mark opens; nothing before it in the paragraph can close."""
    annotator = RuleAnnotator()
    text = f"Rustavi spoke last.\n\n”{gap}what we heard on the islands is that the fares hurt,” Rustavi said."
    draft = annotator.draft(text)
    quotes = [text[quote.start : quote.end] for quote in draft.quotes if quote.depth == 0]
    assert quotes == [f"”{gap}what we heard on the islands is that the fares hurt,”"]
    statement = _by_cue(stancekit.annotate(text), "said")
    assert statement is not None
    assert statement.content.text.endswith("what we heard on the islands is that the fares hurt")


# -- a paragraph set off after "X added:" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "cue"),
    [("The governor added:", "added"), ("Beridze wrote on his blog:", "wrote"), ("Rustavi told the council:", "told")],
)
def test_a_paragraph_after_a_cue_and_colon_is_the_content_whole(lead: str, cue: str) -> None:
    """A block of words in a speaker's voice ("our", "us") set off without marks after "X added:" is what was
    said, commas and "and they" included."""
    block = "It is typical of the capital. They count our costs, and they never ask us"
    statement = _by_cue(_document(f"{lead}\n\n{block}.\n\nThe ferries sailed on Tuesday."), cue)
    assert statement is not None
    assert statement.content.text == block


def test_a_paragraph_in_the_writers_voice_after_a_cue_and_colon_is_no_content() -> None:
    """Without "I", "we" or "you" the paragraph after "X wrote:" reads as the writer's own."""
    document = _document("Beridze wrote on his blog:\n\nThe ferries sailed on time all week, and the port was calm.")
    assert _by_cue(document, "wrote") is None


def test_a_colon_before_a_paragraph_is_no_statement_without_a_verb_of_saying() -> None:
    """ "Rustavi decided:" is no report: the paragraph after it is no content, whatever its voice."""
    document = _document("Rustavi decided:\n\nWe will sail twice a day from March.")
    assert [statement.cue.text for statement in document.statements] == []


# -- a quotation after a statement that opens with a quotation -------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "“I admire the ambition” of the timetable, Rustavi said. “It is more detailed than the old one.”",
            "“I admire the ambition” of the timetable It is more detailed than the old one",
        ),
        (
            "''We trust the crews'' on the night crossings, Rustavi said. ''They know the sea.''",
            "''We trust the crews'' on the night crossings They know the sea",
        ),
        (
            "The fares are fair, Rustavi said. The boats are old.",
            "The fares are fair",
        ),
    ],
)
def test_a_statement_that_opens_with_a_quotation_goes_on_in_the_next_one(body: str, content: str) -> None:
    """The quotation right after "“...” of the plan, X said." is X's too; an unquoted sentence is not."""
    statement = _by_cue(_document(body), "said")
    assert statement is not None
    assert statement.content.text == content


# -- "according to" a name and its short form in brackets ------------------------------------------


@pytest.mark.parametrize(
    ("body", "source"),
    [
        ("More than 3,000 people crossed on Sunday, according to Black Sea Lines (BSL).", "Black Sea Lines"),
        (
            "According to the Georgian Ports Agency (GPA), more than 3,000 people crossed on Sunday.",
            "the Georgian Ports Agency",
        ),
        (
            "According to the Black Sea Lines (BSL) operator, more than 3,000 people crossed on Sunday.",
            "the Black Sea Lines (BSL) operator",
        ),
    ],
)
def test_according_to_a_name_with_its_short_form_reports(body: str, source: str) -> None:
    """The short form in brackets after the name is no part of the source, and no reason to drop the report."""
    statement = _by_cue(_document(body), "according to") or _by_cue(_document(body), "According to")
    assert statement is not None
    assert statement.content.text.lower() == "more than 3,000 people crossed on sunday"
    assert statement.source is not None and statement.source.text == source


# -- an "according to" aside right after the clause's verb -----------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "The new timetable will, according to the operator, cut the crossing to two hours.",
            "The new timetable will cut the crossing to two hours",
        ),
        (
            "The oldest ferry was, according to port records, built in 1979.",
            "The oldest ferry was built in 1979",
        ),
        (
            "Prices rose, according to traders, and the shares of the operator fell.",
            "Prices rose",
        ),
    ],
)
def test_an_according_to_aside_after_the_verb_keeps_the_rest_of_the_clause(body: str, content: str) -> None:
    """After "will," or "was," the clause goes on past the aside; after a whole clause it does not."""
    statement = _by_cue(_document(body), "according to")
    assert statement is not None
    assert statement.content.text == content


# -- "in the words of X" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "source", "content"),
    [
        (
            "In the words of one ferry captain, the boats are held together by paint.",
            "one ferry captain",
            "the boats are held together by paint",
        ),
        (
            "The old ferries were a lifeline, in the words of the island's mayor.",
            "the island's mayor",
            "The old ferries were a lifeline",
        ),
    ],
)
def test_in_the_words_of_names_the_source_as_according_to_does(body: str, source: str, content: str) -> None:
    """Before its clause or closing it, "in the words of X" reports the clause as "according to X" does."""
    document = _document(body)
    statement = _by_cue(document, "in the words of") or _by_cue(document, "In the words of")
    assert statement is not None
    assert statement.source is not None and statement.source.text == source
    assert statement.content.text == content


def test_in_the_words_of_inside_a_clause_borrows_a_phrase_and_reports_nothing() -> None:
    """ "a fleet that, in the words of one captain, “is held together by paint”": the writer's clause."""
    document = _document("Rustavi inherits a fleet that, in the words of one captain, “is held together by paint.”")
    assert _by_cue(document, "in the words of") is None


# -- a setting after the verb, then a clause without "that" ----------------------------------------


@pytest.mark.parametrize(
    ("body", "content"),
    [
        ("Rustavi said after the meeting she would not raise the fares.", "she would not raise the fares"),
        ("The skippers said on Friday night they could not wait another winter.", "they could not wait another winter"),
        (
            "Rustavi told reporters in Batumi it would take years to replace the fleet.",
            "it would take years to replace the fleet",
        ),
        ("Rustavi said in the interview she gave on Friday that the fares would stay.", "the fares would stay"),
    ],
)
def test_a_clause_after_a_setting_starts_at_its_pronoun_subject(body: str, content: str) -> None:
    """ "said after the meeting she would ...": the pronoun and its modal open the report; "that" still wins."""
    statement = next(iter(_document(body).statements), None)
    assert statement is not None
    assert statement.content.text == content


# -- a long addressee before "that" ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("Rustavi told the mayors of the three islands that the fares would stay.", "told", "the fares would stay"),
        (
            "Rustavi told one of her young aides on a regular basis that the ferries were a lifeline.",
            "told",
            "the ferries were a lifeline",
        ),
        (
            "Rustavi warned the owners of the oldest boats that the inspections would be strict.",
            "warned",
            "the inspections would be strict",
        ),
    ],
)
def test_a_long_addressee_before_that_is_no_part_of_the_content(body: str, cue: str, content: str) -> None:
    """Up to ten words of addressee, then "that" and a subject: the report starts after "that"."""
    statement = _by_cue(_document(body), cue)
    assert statement is not None
    assert statement.content.text == content


# -- a contracted pronoun subject before a verb in -ing --------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "source", "content"),
    [
        ("She's claiming that the ferries are safe.", "claiming", "She", "the ferries are safe"),
        ("He’s arguing that the fares must rise.", "arguing", "He", "the fares must rise"),
    ],
)
def test_a_contracted_pronoun_before_a_verb_in_ing_is_its_subject(
    body: str, cue: str, source: str, content: str
) -> None:
    """ "She's claiming": "'s" is "is", not a possessive that makes the cue a noun ("the mayor's claim")."""
    statement = _by_cue(_document(body), cue)
    assert statement is not None
    assert statement.source is not None and statement.source.text == source
    assert statement.content.text == content


def test_a_possessive_before_a_noun_in_ing_is_still_no_cue() -> None:
    """ "The captain's warning that ... went unheard": a noun, as before; no statement has "warning" as a verb."""
    document = _document("The captain's warning that the boats were old went unheard.")
    assert all(
        statement.source is None or statement.source.text != "The captain's" for statement in document.statements
    )


# -- a group named with two topics joined by "and" ------------------------------------------------


@pytest.mark.parametrize(
    "subject",
    ["Experts on ferry safety and maritime law", "Analysts of Black Sea shipping and port finance"],
)
def test_two_topics_of_one_group_stay_in_its_source(subject: str) -> None:
    """ "Experts on X and Y said": the second topic is no source of its own; the group speaks."""
    statement = _by_cue(_document(f"{subject} said the latest accident could change the rules."), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == subject
    assert statement.content.text == "the latest accident could change the rules"


def test_a_second_group_after_and_is_still_its_own_source() -> None:
    """ "Officials in Batumi and local fishermen said": the plural people after "and" speak, as before."""
    statement = _by_cue(_document("Officials in Batumi and local fishermen said the port was closed."), "said")
    assert statement is not None
    assert statement.source is not None and statement.source.text == "local fishermen"


# -- "appeared to suggest", "seemed to say" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "cue", "content"),
    [
        ("Beridze appeared to suggest that the captains were careless.", "suggest", "the captains were careless"),
        ("Rustavi seemed to say that the fares would stay.", "say", "the fares would stay"),
        ("Rustavi has appeared to argue that the boats are safe.", "argue", "the boats are safe"),
    ],
)
def test_a_verb_of_saying_after_appeared_to_speaks_for_its_subject(body: str, cue: str, content: str) -> None:
    """ "X appeared to suggest that ...": the subject of "appeared" is the source."""
    statement = _by_cue(_document(body), cue)
    assert statement is not None
    assert statement.content.text == content
    assert statement.source is not None and statement.source.text in ("Beridze", "Rustavi")


def test_an_evidence_verb_after_expected_to_still_reports_nothing() -> None:
    """ "The audit is expected to show that ...": a forecast of a finding, no report, as before."""
    document = _document("The audit is expected to show that the fleet is old.")
    assert _by_cue(document, "show") is None
