"""Stage 5: statements, who said what.

A statement is found from its cue: a verb of the pack's ``cues`` (said,
told, stressed, believes, shows, ...; every form the pack lists or
inflects) or a source phrase ("according to"). The provenance rule is the
cue's id (``statement.cue.say``, ``statement.according_to``, ...); the note
names the pattern that read the sentence:

- ``source-cue-content``: "Mao Ning stated on Tuesday that China welcomes
  ..." (the source before the cue; content after it, without "that"; an
  addressee after "told" and phrases such as "in a statement" skipped);
- ``content-source-cue``: "Prices rose, traders said." and
  "“We are ready,” she said." (the content before; a clause after the cue,
  "If X, analysts said, Y", or a second quote, "“X,” she said, “Y.”", is
  joined to it);
- ``content-cue-source``: "“...,” said Foreign Minister Park Ji-hoon, who
  ..." (inverted);
- ``participle``: "..., warning that ..." (the sentence's subject speaks);
- ``coordinated``: "... and insisted the proposal ..." (the previous
  speaker goes on; the previous content stops at "and");
- ``according-to``: "According to X, C." and "C, according to X.";
- ``continuation``: a quotation that follows a quoted statement in the same
  paragraph, with no cue of its own, extends that statement's content.

The mode is ``direct`` when the content lies inside quotation marks,
``mixed`` when only part of it does, ``indirect`` otherwise. The speaker is
the entity of the source's head mention (the person in "Chinese Foreign
Ministry spokeswoman Mao Ning"); an unnamed source becomes a group, a lone
capitalised name a person. Cues inside quotations and inside the content of
another statement (nested reports) are skipped, so each word belongs to at
most one statement, as in PolNeAR.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from typing import Any

import attrs

from stancekit.annotate._lex import (
    NUMBER_WORDS,
    UPPER,
    find_words,
    inflect,
    trie_pattern,
    word_start_scan,
    words_prefix_regex,
)
from stancekit.annotate._words import TextWords, text_words
from stancekit.annotate.coref import WRITTEN_MEDIUM, called_by_role_noun, is_named
from stancekit.annotate.draft import Draft, Quote
from stancekit.annotate.entities import (
    PARTY_ROLES,
    _common_at_sentence_start,
    after_descriptor,
    area_name,
    body_evidence,
    camel_case_firm,
    ensure_group,
    ensure_org,
    ensure_person,
    name_kind,
    named_party,
    named_place,
    norm,
    person_evidence,
    rules_for,
)
from stancekit.model import Mention, Provenance, Span, Statement

__all__ = ["StatementRules", "run"]

_BE = frozenset(["is", "was", "were", "are", "be", "been", "being", "am", "'s", "’s"])
#: A passive report inside a would-be source ("Chile was said by diplomats to"): a clause, not a noun phrase.
#: Cue forms that are past participles only, never a finite verb alone: "has written", not "wanted written".
_PARTICIPLES_ONLY = frozenset(["written", "shown", "known", "spoken", "seen", "given", "drawn", "proven"])
_PASSIVE_REPORT = re.compile(r"\b(?:is|was|were|are|been|be)\s+(?:said|reported|quoted|understood|believed)\s+by\b")
_DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "no",
        "any",
        "each",
        "every",
        "another",
        "such",
    ]
)
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "also",
        "later",
        "previously",
        "repeatedly",
        "again",
        "once",
        "then",
        "just",
        "since",
        "recently",
        "publicly",
        "privately",
        "reportedly",
        "often",
        "still",
        "already",
        "further",
        "has",
        "also",
        "had",
        "also",
        "earlier",
        "first",
        "last",
        "both",
        "all",
        "himself",
        "herself",
        "themselves",
        "itself",
        "may",
        "might",
        "could",
        "should",
        "can",
        "must",
        "did",
        "does",
        "do",
        "shall",
        "never",
        "not",
        "n't",
    ]
)
_BOUNDARY_WORDS = frozenset(
    [
        "that",
        "and",
        "but",
        "while",
        "when",
        "as",
        "because",
        "although",
        "though",
        "if",
        "since",
        "where",
        "after",
        "before",
        "so",
        "who",
        "which",
        "whom",
        "whose",
        "whereas",
        "even",
        "yet",
        "or",
        "nor",
    ]
)
_PRONOUN_SUBJECTS = frozenset(["he", "she", "it", "they", "we", "i", "you", "there", "this", "these", "those"])
_CLAUSE_STARTERS = (
    _DETERMINERS
    | _PRONOUN_SUBJECTS
    | frozenset(
        [
            "some",
            "many",
            "most",
            "several",
            "all",
            "both",
            "none",
            "nobody",
            "everyone",
            "everybody",
            "someone",
            "anyone",
            "nothing",
            "everything",
            "what",
            "how",
            "why",
            "whether",
            "if",
            "when",
            "where",
            *NUMBER_WORDS,
            "more",
            "less",
            "few",
        ]
    )
)
_NOT_CLAUSE = frozenset(
    [
        "to",
        "for",
        "of",
        "about",
        "on",
        "with",
        "in",
        "at",
        "by",
        "from",
        "into",
        "over",
        "against",
        "under",
        "as",
        "than",
        "like",
        "so",
        "goodbye",
        "hello",
        "yes",
        "no",
        "thanks",
        "sorry",
        "up",
        "down",
        "out",
        "off",
    ]
)
_QUOTE_CLOSERS = "”»\"’'›"
_QUOTE_OPENERS = "“«\"‘'„‹"
_WORD = re.compile(r"[\w’'.\-]+|[^\w\s]")
_SPACE = re.compile(r"[ \t\n\r]*")
#: Where a clause content stops: ", according to ...", ", as ...", ", and she called ...".
#: Also ", after the company was fined ...": the narrator's clause of time, with a subject and a verb of its own.
_TRAILING_ATTRIBUTION = re.compile(
    r"[,;][ \t]*[”\"’»]?[ \t]*(?:according[ \t]+to\b|as\b|(?:and|but)[ \t]+(?:he|she|they|it|we)[ \t]+\w"
    r"|after[ \t]+(?:(?:the|a|an|its|his|her|their|this|that)(?:[ \t]+[\w\-’']+){1,3}?|he|she|it|they|we)"
    r"[ \t]+(?:was|were|had|has|is|are)[ \t]+\w)"
)
#: The rest of an "as" aside set off by commas, up to the first word after it: " some unions want, would".
_AS_ASIDE = re.compile(r"(?:[ \t]+[\w\-’']+){1,7}?,[ \t]+(?P<verb>[a-z]+)\b")
#: Where the object of an act ends: a comma, colon, semicolon or parenthesis, but not a comma or colon inside a
#: number ("a 5,000-strong force", "at 10:30"); a dash; "while"; "and"/"but" before a new verb phrase. A relative
#: clause without a comma belongs to the object ("praised the nurses who stayed on"), as PolNeAR reads it.
#: Each branch starts with the character it stops at (the comma's test of the digit before it comes after the comma),
#: so a search skips to those characters rather than trying a look-behind at every position.
_ACT_END = re.compile(
    r"[,:](?:(?<!\d[,:])|(?!\d))|[;(]|\s(?:[—–-]{1,2}\s|while\s|(?:and|but)\s(?=(?:[a-z]+ed|said|says|told|tells)\b))"
)
#: Where and when an act was done, after its object: "in a statement", "during a rally", "on Monday", "last week".
_ACT_SETTING = re.compile(
    r"[ \t]+(?:(?:in|at|during)[ \t]+(?:a|an|his|her|its|their|the|last|this)?[ \t]*"
    r"(?:[\w\-]+[ \t]+)?(?:statement|interview|speech|tweets?|post|letter|ruling|article|op-ed|column|video|"
    r"news[ \t]+conference|press[ \t]+conference|briefing|rally|hearing|meeting|debate|forum|appearance|remarks)\b"
    r"|(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:last|this)[ \t]+(?:week|month|year)\b)"
)
#: A time adjunct after an act's object: " after months of talks", " before the vote".
_TIME_ADJUNCT = re.compile(r"[ \t]+(?:after|before)[ \t]+")
#: Words before such an adjunct that make its time part of the object: a relative clause's ("the nurses who stayed
#: on after the storm") or an infinitive's ("the plan to hold elections before the end of the year"), as the stance
#: stage's ``time_adjunct`` reads a "to" before it.
_TIME_KEEPERS = re.compile(r"[ \t](?:who|which|that|whose|to)[ \t]")
#: Words after an act's setting that carry its object on: "asked officials last year for a review".
_GOES_ON = frozenset(["for", "to", "that", "of", "about", "against", "on"])
_PREPOSITIONS = frozenset(
    "in at on during via after before to from by with through over under while inside outside".split()  # noqa: SIM905
)
#: Words right after an act verb that show it has no object: "a buyback announced in October", "backed out".
_NO_OBJECT = (_PREPOSITIONS - {"to", "on"}) | frozenset(["into", "out", "up", "down", "back", "last"])
#: What follows an act form that is a noun or has no object: a participle and "by" ("promises made by firms"),
#: or a vote's count ("an idea the council rejected 4-3").
_NOUN_THEN_PASSIVE = re.compile(r"(?:[a-z]+ed|made|held|given|taken|issued|set|put)[ \t]+by\b|\d+[-–]\d+\b")
#: The first and second persons, the voice of speech set off without quotation marks.
_SPOKEN_VOICE = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|[Mm]y|[Oo]ur|us|me|[Yy]ou|[Yy]our)\b"
)
#: A setting of up to five words after a verb of saying ("after the convention", "on Friday night"), then a
#: clause with a pronoun subject and a modal: "said after the vote she would resign".
_SETTING_THEN_CLAUSE = re.compile(
    r"(?:in|at|on|during|after|before)(?:[ \t]+[\w\-’']+){1,5}?[ \t]+(?P<clause>(?:he|she|they|we|I|it)[ \t]+"
    r"(?:would|will|could|should|might|must|can|wo(?:n't|n’t)|wouldn['’]t|couldn['’]t|can['’]t)\b)"
)
#: Words before a participle that opens a sentence, whose subject follows the comma: "By saying ..., the court",
#: "Despite admitting ..., Berg"; not "Without saying ...", which says nothing.
_OPENING_PREPOSITIONS = frozenset(["by", "after", "despite", "while", "before", "since", "besides"])
#: Verbs that pass their subject on to a verb of saying after "to": "appeared to suggest", "seemed to say".
_SEEM_VERBS = frozenset(["appear", "appears", "appeared", "seem", "seems", "seemed"])
#: Finite verbs of trying and going on that pass their subject on to a verb of saying after "to", which then says
#: it: "tried to argue that ...", "sought on Monday to reassure investors that ...", "continued to insist that ...";
#: not a participle ("queries seeking to confirm ...": the queries' subject is no speaker).
_TRY_VERBS = frozenset(
    "try tries tried seek seeks sought attempt attempts attempted continue continues continued rushed hastened "  # noqa: SIM905
    "moved".split()
)
#: Pronouns whose "'s" is "is" or "has", never a possessive: "He's claiming that ...".
_CONTRACTED_SUBJECTS = frozenset(["he", "she", "it", "that", "who", "there", "what"])
#: Pronouns whose "'s", "'re" or "'ve" is an auxiliary before a cue's participle: "She's said", "They've argued".
_CONTRACTED_PERFECT = frozenset(["he's", "she's", "it's", "who's", "they've", "we've", "they're", "we're"])
#: Words after a participle that make "'s" or "'re" before it "is"/"are", a passive: "He's said to be", "it's
#: said that" (no one's statement), "She's told by".
_PASSIVE_AFTER_CONTRACTION = frozenset(["to", "by"])


def _contracted_subject(text: str, previous: str, form: str, cue_end: int) -> int:
    """The length of the auxiliary a contracted subject before a cue ends with ("'s" of "She's said"), else 0.

    "'s" is "is" or "has": before an "-ing" form or a participle (unless a passive: "He's said to be ...",
    "It's said that ..."); "'re" is "are", only before an "-ing" form; "'ve" is "have".
    """
    if "'" not in previous and "’" not in previous:
        return 0  # every contraction below has its apostrophe: the one test most cues need
    lower = previous.lower().replace("’", "'")
    if lower[-2:] == "'s" and lower[:-2] in _CONTRACTED_SUBJECTS and form.endswith("ing"):
        return 2
    if lower not in _CONTRACTED_PERFECT:
        return 0
    aux = 3 if lower.endswith(("'re", "'ve")) else 2
    if form.endswith("ing"):
        return aux if not lower.endswith("'ve") else 0
    if lower.endswith("'re"):
        return 0  # "They're said to be ...": a passive
    after = text[cue_end : cue_end + 12].split()
    following = after[0].lower() if after else ""
    if following in _PASSIVE_AFTER_CONTRACTION or (lower == "it's" and following.startswith("that")):
        return 0
    return aux


#: "that" as a pronoun subject, its verb right after it: "said that was not her view", "says that would hurt".
_THAT_SUBJECT = re.compile(
    r"that[ \t]+(?:is|was|would|will|could|should|might|may|has|had|isn't|wasn't|wouldn't|won't|couldn't|"
    r"shouldn't|hasn't|hadn't)\b"
)
#: "that" as a determiner: one word, then the sentence's end ("disputed that account."); "that prices fell" is a
#: clause.
_THAT_NOUN = re.compile(r"that[ \t]+[\w\-’']+[ \t]*[.!?;]?[”\"’]?[ \t]*$")
#: A subject that denies the act after it: "none of them", "nobody", "no one", "neither of the two".
_NEGATIVE_SUBJECT = re.compile(r"\b(?:[Nn]one[ \t]+of|[Nn]obody|[Nn]o[ \t]+one|[Nn]either[ \t]+of)\b[\w ’'\t\-]*$")


def _negative_subject(text: str, start: int, end: int) -> bool:
    """Whether ``_NEGATIVE_SUBJECT`` matches in ``text[start:end]``; most stretches hold none of its words."""
    if text.find("one", start, end) < 0 and text.find("obody", start, end) < 0 and text.find("either", start, end) < 0:
        return False
    return _NEGATIVE_SUBJECT.search(text, start, end) is not None


#: "X, which ...": an organisation speaks.
_WHICH_AFTER = re.compile(r",\s*which\b")
#: "Asked about the cut, X said, “...”": a phrase that sets the scene of an answer, never what was said.
_QUESTION_LEAD = re.compile(r"(?:Asked|Pressed|Questioned|Challenged|Responding|Replying)\b[^,]*,$")
#: "said that ...", "and announced that ...".
_THAT_AFTER = re.compile(r"\s+that\s")
_AT_LEAST = re.compile(r"at[ \t]+(?:least|most)\b")
_THAN_AFTER = re.compile(r"\s+than\b")
#: A condition or a question before an act: "if X backs the plan".
_CONDITION = re.compile(r"\b(?:whether|if|unless)\b")


def _condition_before(stretch: str) -> bool:
    """Whether ``_CONDITION`` finds a word in ``stretch``; a test for its words first, which most stretches lack."""
    return ("if" in stretch or "whether" in stretch or "unless" in stretch) and _CONDITION.search(stretch) is not None


_DEFERRED_THAT = re.compile(r"[^“”\"«»;:.!?]{0,100}?[ \t,]that\b")
#: "that year", "that day": "that" pointing at a time, not opening a clause.
_THAT_TIMES = frozenset(["year", "day", "week", "weekend", "month", "morning", "afternoon", "evening", "night", "time"])
#: ", however, that ", ", in a statement, that ": up to four lower-case words set off by commas before "that";
#: or an "as did X" aside: ", as did the campaign itself, that ".
_ASIDE_THEN_THAT = re.compile(
    r",[ \t]+(?:(?:[a-z]+[ \t]+){0,3}[a-z]+|as[ \t]+(?:did|do|does|has|have|had)[ \t]+[^,;:\n“”\"]{1,60})"
    r",[ \t]+that[ \t]"
)
#: A participle after a comma, then "that": ", adding that", ", noting that".
_PARTICIPLE_THEN_THAT = re.compile(r",[ \t]+[a-z]{3,}ing[ \t]+that$")
#: A phrase ending in a noun right before "that": "in a move that", "in a statement that".
_NOUN_THEN_RELATIVE = re.compile(r"(?:[\w\-’']+[ \t]+){1,5}?[a-z][\w\-]*[ \t]+that")


def _relative_that(text: str, start: int, end: int) -> bool:
    """Whether the "that" ending at ``end`` opens a relative clause of a phrase set off by a comma.

    "said on Monday, in a move that threatens ...": the phrase after the comma ends in a noun, and "that"
    belongs to it; "said on Monday, in an interview, that ..." and "said in an interview that ..." report.
    """
    stretch = text[start:end]
    comma = stretch.rfind(",")
    if comma >= 0:
        stretch = stretch[comma + 1 :]
    elif not text[max(0, start - 3) : start].rstrip().endswith(","):
        return False
    return _NOUN_THEN_RELATIVE.fullmatch(stretch.strip()) is not None


#: ", where he ...", ", when she ...": a clause of its own between a cue's setting and a later "that".
_RELATIVE_ASIDE = re.compile(r",[ \t]+(?:where|when|while|after|before)[ \t]")
_FINITE = re.compile(
    r"\b(?:would|will|was|were|is|are|has|have|had|can|could|should|must|may|might|did|does|do|wo|won't|isn't|"
    r"wasn't|aren't|weren't|hasn't|haven't|didn't|doesn't|don't|can't|couldn't|shouldn't)\b"
)


#: A clause without "that" after a thought verb: up to seven words with no punctuation, relative or clause word,
#: then a finite auxiliary ("his efforts to slow warming will be ...").
_BARE_CLAUSE = re.compile(
    r"(?:(?!(?:who|which|that|whom|whose|when|where|if|whether|because|and|or|but)\b)[\w’'\-]+[ \t]+){1,7}?"
    + _FINITE.pattern
)

#: Words that open a clause of their own, or join one: no word of a clause's subject before its verb.
_CLAUSE_WORDS = (
    "who|which|that|whom|whose|when|where|if|whether|because|and|or|but|than|as|after|while|before|since|until|so|"
    "once|unless"
)
#: Words that open a second subject: after them the noun before was an object or the head of a clause of its own
#: ("warned residents the water was unsafe", "confirmed reports it had received").
_SECOND_SUBJECT = "he|she|it|they|we|I|you|the|a|an|this|these|those"

#: A clause without "that" whose subject is a plural noun without a determiner, then a finite auxiliary within a
#: few words: "costs are rising", "rates have fallen", "ties with the north were strained" (after a speech cue);
#: not "reported losses as prices were falling", "warned residents the water was unsafe".
_PLURAL_SUBJECT_CLAUSE = re.compile(
    r"[a-z][a-z\-]*[a-rt-z]s[ \t]+"
    rf"(?!(?:{_SECOND_SUBJECT})\b)"
    rf"(?:(?!(?:{_CLAUSE_WORDS}|he|she|it|they|we|I|you)\b)[\w’'\-]+[ \t]+){{0,4}}?" + _FINITE.pattern
)

#: The same for a subject without a determiner, of at most four words with no preposition: "electric utilities
#: would", "inflation will"; not "knows the city well", "expects them to become", "knew people he could trust".
_SHORT_BARE_CLAUSE = re.compile(
    rf"(?!(?:{_CLAUSE_WORDS}|of|in|on|at|for|with|to|from|by|about)\b)[\w’'\-]+[ \t]+"
    rf"(?:(?!(?:{_CLAUSE_WORDS}|{_SECOND_SUBJECT}|of|in|on|at|for|with|to|from|by|about)\b)[\w’'\-]+[ \t]+){{0,3}}?"
    + _FINITE.pattern
)

#: The same in a title-case headline: "Is", "Will" as well.
_TITLE_FINITE = re.compile(_FINITE.pattern, re.IGNORECASE)


#: Cue properties a pack may leave out, all false by default except for the cues of the ids named here: the
#: default pack's, which packs written before the properties existed also used.
#: ``noun``: the forms are nouns that report a clause after their holder ("the ministry's claim that ...").
#: ``bare_clause``: the content may follow the verb directly, whatever its first word ("said the talks had failed").
#: ``stance_only``: an act that is a stance, never a statement ("accused the firm of lying"); it still names its
#: source for the stance stage, and after a report in the same sentence it ends that report.
_CUE_PROPERTY_IDS = {
    "noun": frozenset(["statement.cue.noun"]),
    "bare_clause": frozenset(["statement.cue.say", "statement.cue.tell", "statement.cue.write"]),
    "stance_only": frozenset(["statement.cue.accuse"]),
}


def _cue_property(cue: dict[str, Any], name: str) -> bool:
    """A cue entry's boolean property ``name``: its own value, else the default of its id."""
    if name in cue:
        return bool(cue[name])
    return cue["id"] in _CUE_PROPERTY_IDS[name]


class StatementRules:
    """Cue lexicons of a rule set, compiled once."""

    def __init__(self, rules: Any) -> None:
        self.cues: dict[str, tuple[str, str, bool]] = {}
        #: Nouns that report a clause after their holder ("the ministry's claim that ..."): form -> rule id.
        self.nouns: dict[str, str] = {}
        # A form two cues list belongs to the later one, with that cue's properties.
        verb_cues: dict[str, dict[str, Any]] = {}
        for cue in rules.section("cues"):
            forms: set[str] = set(cue.get("forms") or ())
            for verb in cue.get("verbs") or ():
                forms |= inflect(verb)
            for form in forms:
                if _cue_property(cue, "noun"):
                    self.nouns[form] = cue["id"]
                else:
                    verb_cues[form] = cue
                    self.cues[form] = (cue["id"], cue.get("kind", "speech"), bool(cue.get("object")))
        scanned = set(self.cues) | set(self.nouns)
        self.cue_regex = words_prefix_regex(scanned, after=r"(?![\w\-])")
        # What _find_cues scans with where it can (the same matches as ``cue_regex``, found faster).
        self.cue_scan = word_start_scan(scanned, after=r"(?![\w\-])")
        #: "said the talks had failed": forms whose clause may follow them directly, whatever its first word.
        self.say_like = frozenset(form for form, cue in verb_cues.items() if _cue_property(cue, "bare_clause"))
        #: "accused the firm of lying": acts that are stances, never statements.
        self.stance_only = frozenset(form for form, cue in verb_cues.items() if _cue_property(cue, "stance_only"))
        #: "shouted: “...”", "continued that ...": forms that report only a quotation or a clause after "that" or ":".
        self.marked_only = frozenset(form for form, cue in verb_cues.items() if cue.get("marked_only"))
        #: "The plan will fail, he acknowledged.": acts that report the clause before them as "said" does.
        self.parenthetical = frozenset(form for form, cue in verb_cues.items() if cue.get("parenthetical"))
        #: "“Who knows?” Graham asked.": acts that report the quotation right before their source.
        self.quoting = frozenset(form for form, cue in verb_cues.items() if cue.get("quoting"))
        self.source_phrases = {item["text"]: item["id"] for item in rules.section("source_phrases")}
        self.source_regex = words_prefix_regex(self.source_phrases)
        self.addressees = re.compile(
            r"(?:"
            + trie_pattern(rules.section("addressees"))
            + r")(?![\w])"
            + rf"(?:[ \t]+(?:in|at|from|on)[ \t]+[{UPPER}][\w\-’'.]*(?:[ \t]+[{UPPER}][\w\-’'.]*)*)?"
        )
        self.media = re.compile(r"(?:[ \t]*,?[ \t]*(?:" + trie_pattern(rules.section("media_phrases")) + r")(?![\w]))+")
        self.unnamed = frozenset(rules.section("unnamed_sources"))
        #: "a spokesman", "one witness": a lone person the text does not name, who speaks for an unnamed group.
        self.unnamed_roles = frozenset(rules.section("unnamed_roles"))
        #: "a nurse", "a teacher": unnamed people who speak for themselves where they work, not for the body, as
        #: "a spokesman" or "an official" (the pack's ``member_roles``) do for theirs.
        self.own_roles = self.unnamed_roles.difference(rules.section("member_roles"))
        #: Labels that name no speaker ("Q:", "Update:", "Editor's note:"): no one's statement; a "Q:" paragraph's
        #: cues are read as usual, and it ends the answer before it. Matched in lower case.
        self.not_speaker_labels = frozenset(word.lower() for word in rules.section("not_speaker_labels"))
        #: "a poll", "the report", "data": documents and numbers, which speak for their authors, not people.
        self.evidence = frozenset(rules.section("evidence_nouns"))
        #: "familiar with", "close to": what ties an unnamed source to the matter (the pack's phrases of two words or
        #: more; "in", "at" name a place or a body, read elsewhere).
        ties = [
            re.escape(phrase).replace(r"\ ", r"[ \t]+")
            for phrase in sorted(rules.section("source_modifiers"), key=len, reverse=True)
            if " " in phrase
        ]
        self.source_ties = re.compile(r"[ \t]+(?:" + "|".join(ties) + r")[ \t]") if ties else None
        #: "ministry", "office", "department": nouns that head a body's description ("the water department").
        self.organization_nouns = frozenset(rules.section("organization_nouns"))
        #: ``_group_head``'s answers, by head: heads recur, as their sources do. Kept here, with the rules they
        #: are read from, rather than in a module-level cache that would hold every rule set it ever saw.
        self.group_heads: dict[tuple[str, ...], tuple[tuple[str, ...], bool]] = {}


def _find_cues(rules: StatementRules, text: str, words: TextWords | None = None) -> list[tuple[int, int]]:
    """Where the cues are: the (start, end) of each match ``find_words(rules.cue_regex, text, "_-")`` gives.

    That regex tests its look-behind for a word start at every position of the text, which costs
    more than the cue matching itself; ``rules.cue_scan`` (a ``MarkScan``) finds the same matches
    by one scan after non-word characters.
    """
    if rules.cue_scan is None or not isinstance(rules.cue_regex, re.Pattern):
        return [match.span() for match in find_words(rules.cue_regex, text, "_-")]
    # As find_words: a match after a hyphen ("well-said") is no cue, yet the text it covers is read.
    spans = rules.cue_scan.spans(text, rules.cue_regex, words)
    return [(start, end) for start, end in spans if not (start and text[start - 1] == "-")]


def _find_sources(rules: StatementRules, text: str) -> list[tuple[int, int]]:
    """Where the source phrases are: the (start, end) of each match ``find_words(rules.source_regex, text)`` gives.

    A match can start only where one of the phrases occurs. For a few phrases ("according to",
    "citing") ``str.find`` finds those places faster than the regex's scan for their first letters;
    trying the regex there, left to right and on after each match, gives the matches ``finditer`` gives.
    """
    phrases = [phrase for phrase in rules.source_phrases if phrase]
    if not isinstance(rules.source_regex, re.Pattern) or len(phrases) > _FEW_PHRASES:
        return [match.span() for match in find_words(rules.source_regex, text)]
    # Phrases that differ only in their first letter ("according to", "According to") are looked for once, by
    # the rest of the phrase, each place then kept if the letter before it is one of theirs.
    by_rest: dict[str, str] = {}
    for phrase in phrases:
        by_rest[phrase[1:]] = by_rest.get(phrase[1:], "") + phrase[0]
    starts = set()
    for rest, firsts in by_rest.items():
        if not rest:
            for first in firsts:  # a phrase of one character: looked for as it is
                position = text.find(first)
                while position >= 0:
                    starts.add(position)
                    position = text.find(first, position + 1)
            continue
        position = text.find(rest, 1)
        while position >= 0:
            if text[position - 1] in firsts:
                starts.add(position - 1)
            position = text.find(rest, position + 1)
    spans = []
    end = 0
    for start in sorted(starts):
        match = rules.source_regex.match(text, start) if start >= end else None
        if match is not None:
            end = match.end()
            if not (start and (text[start - 1].isalnum() or text[start - 1] == "_")):  # as find_words
                spans.append((start, end))
    return spans


#: Up to this many source phrases, _find_sources looks for each with ``str.find``.
_FEW_PHRASES = 8


def _rules(draft: Draft) -> StatementRules:
    return draft.rules.memo("statements", lambda: StatementRules(draft.rules))


@attrs.define
class _Found:
    """A statement under construction."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    pieces: list[tuple[int, int]]
    speaker: str | None
    rule: str
    pattern: str
    sentence: int
    mode: str | None = None  # when the pattern decides it: a transcript's answers are verbatim


# -- small text helpers ------------------------------------------------------------------


def _first_and_last_starts(draft: Draft) -> dict[str, tuple[int, int]]:
    """Each entity's first and last mention start: whether it has a mention outside a stretch, in one look-up."""
    bounds: dict[str, tuple[int, int]] = {}
    for mention in draft.mentions:
        start = mention.span.start
        known = bounds.get(mention.entity)
        bounds[mention.entity] = (start, start) if known is None else (min(known[0], start), max(known[1], start))
    return bounds


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position] in " \t\r\n":
        position += 1
    return position


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, trailing punctuation and stray marks from a content stretch."""
    # Any whitespace, not only " \t\r\n": a form feed or no-break space is no content either.
    while start < end and (text[start] in ",;:—–-" or text[start].isspace()):
        start += 1
    # A dateline opens with two capitals (or a capital and a mark): a second letter in lower case rules it out.
    dateline = (
        _DATELINE.match(text, start, end)
        if start + 1 < end and text[start].isupper() and not text[start + 1].islower()
        else None
    )
    if dateline is not None:
        start = dateline.end()  # "NEW DELHI - India is ...": the dateline is no part of what was said
    stamp = _TIME_STAMP.match(text, start, end) if start < end and text[start].isdigit() else None
    if stamp is not None:
        start = stamp.end()  # "16:40 — Ferries run again ...": a live blog's time stamp opens the entry, not the report
    while end > start and (text[end - 1] in ",;:.—–-" or text[end - 1].isspace()):
        end -= 1
    return start, end


#: A live blog's time stamp and its dash: "16:40 — ", "9.15am - ".
_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \t]?(?:am|pm|a\.m\.|p\.m\.|GMT|BST|CET|ET|UTC))?[ \t]+[-—–]{1,2}[ \t]+")
#: "NEW DELHI - ", "LONDON/PARIS — ": a dateline, one city or two joined by a slash.
_DATELINE = re.compile(
    rf"[{UPPER}][{UPPER}.’'\-/]+(?:[ \t]+[{UPPER}][{UPPER}.’'\-/]+)*(?:,[ \t]+[\w .]+?)?(?:[ \t]+\([^)\n]{{1,40}}\))?"
    r"[ \t]+[-—–]{1,2}[ \t]+"
)


def _instead_or_without(text: str, lower_previous: str, previous_start: int, sentence_start: int) -> bool:
    """Whether a gerund follows "without" or "instead of": an act not done reports nothing.

    Other prepositions keep their gerund, which reports ("criticized for refusing to ...", "decided
    against recommending charges").
    """
    if lower_previous == "without":
        return True
    if lower_previous != "of":
        return False
    before, _ = _previous_word(text, previous_start, sentence_start)
    return before.lower() == "instead"


#: Verbs whose object's participle tells the state they leave it in: "left critics fuming", "kept rivals guessing".
_LEAVING_VERBS = frozenset("leave leaves left leaving keep keeps kept keeping send sends sent sending".split())  # noqa: SIM905


def _left_doing(text: str, previous: str, previous_start: int, limit: int) -> bool:
    """Whether a participle follows the object of "leave", "keep" or "send": "leaving opponents vowing to fight on".

    The object is one to four lower-case words (a determiner, modifiers, a noun) right after the verb;
    the caller checks that its noun names people ("left the meeting saying ..." is the subject's report).
    """
    word, start = previous, previous_start
    for _ in range(4):
        if not word[:1].islower() or not word.isalpha() or word in _PRONOUN_SUBJECTS or word in _BOUNDARY_WORDS:
            return False
        word, start = _previous_word(text, start, limit)
        if word.lower() in _LEAVING_VERBS:
            return True
    return False


def _after_a_name(text: str, previous: str, previous_start: int, limit: int) -> bool:
    """Whether ``previous`` ends a run of up to four capitalised words after "a" or "an": "a Tomas Kral"."""
    word, start = previous, previous_start
    for _ in range(4):
        if not word[:1].isupper():
            return False
        word, start = _previous_word(text, start, limit)
        if word in ("a", "an", "A", "An"):
            return True
    return False


def _previous_word(text: str, start: int, limit: int) -> tuple[str, int]:
    """The word before ``start`` (after ``limit``) and where it starts."""
    position = start
    while position > limit and text[position - 1] in " \t":
        position -= 1
    space = text.rfind(" ", limit, position)
    word_start = space + 1 if space >= 0 else limit
    word = text[word_start:position]
    if word.isalnum():
        return word, word_start  # ``_word_start``'s usual case, inline
    word_start = _word_start(text, position, limit)
    return text[word_start:position], word_start


def _word_start(text: str, end: int, limit: int) -> int:
    """Where the word ending at ``end`` starts: letters, digits and ``’'-.&`` back to ``limit`` at most."""
    space = text.rfind(" ", limit, end)
    start = space + 1 if space >= 0 else limit
    if text[start:end].isalnum():
        return start  # the usual case, a plain word after a space, found without a loop in Python
    position = end
    while position > limit and (text[position - 1].isalnum() or text[position - 1] in "’'-.&"):
        position -= 1
    return position


def _next_word(text: str, start: int, limit: int) -> tuple[str, int]:
    """The word after ``start`` (before ``limit``), or the one character there that is none, and where it starts."""
    position = _skip_space(text, start, limit)
    word_start = position
    space = text.find(" ", position, limit)
    word = text[position : space if space >= 0 else limit]
    if word.isalnum():
        return word, word_start  # the usual case, a plain word before a space, found without a loop in Python
    while position < limit and (text[position].isalnum() or text[position] in "’'-"):
        position += 1
    if position == word_start and position < limit:
        position += 1
    return text[word_start:position], word_start


def _quote_ending_before(draft: Draft, position: int, limit: int) -> Quote | None:
    """A quote whose closing mark stands just before ``position`` (allowing ``,`` inside or out)."""
    text = draft.text
    end = position
    while end > limit and text[end - 1] in " \t,":
        end -= 1
    if end <= limit or text[end - 1] not in _QUOTE_CLOSERS:
        return None
    width = 2 if text[max(0, end - 2) : end] == "''" else 1
    quote = draft.quote_at(end - width - 1) if end > width else None
    if quote is not None and quote.end == end:
        return quote
    return None


def _title(text: str, quote: Quote) -> bool:
    """Whether a quotation is a short title ("Face the Nation", "Fox News Sunday"): up to five words, capitalised
    but for small function words, with no sentence mark."""
    words = text[quote.start : quote.end].strip(_QUOTE_OPENERS + _QUOTE_CLOSERS + " ,").split()
    return (
        0 < len(words) <= 5
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in ("the", "of", "and", "a", "in", "on", "for", "to") for word in words)
        and not any(mark in text[quote.start : quote.end] for mark in ".?!")
    )


def _question_before(draft: Draft, sentence_start: int) -> Quote | None:
    """A quotation ending in "?" or "!" right before a sentence, in the same paragraph: "“Why now?” Reyes said."

    The sentence splitter ends a sentence after such a quotation; the short sentence of the speaker
    and the cue that follows reports it.
    """
    text = draft.text
    end = sentence_start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end == 0 or text[end - 1] not in _QUOTE_CLOSERS:
        return None
    quote = _quote_ending_before(draft, end, 0)
    if quote is None or quote.end != end:
        return None
    width = 2 if text[max(0, end - 2) : end] == "''" else 1
    return quote if text[end - width - 1] in "?!" else None


def _quote_starting_at(draft: Draft, position: int, limit: int) -> Quote | None:
    text = draft.text
    position = _skip_space(text, position, limit)
    if position < limit and text[position] in _QUOTE_OPENERS:
        quote = draft.quote_at(position + (2 if text.startswith("''", position) else 1))
        if quote is not None and quote.start == position:
            return quote
    return None


def _quote_pieces(draft: Draft, quote: Quote) -> list[tuple[int, int]]:
    pieces = []
    for start, end in quote.pieces:
        start, end = _trim(draft.text, start, end)
        if end > start:
            pieces.append((start, end))
    return pieces


def _with_lead_in(draft: Draft, earlier: list[_Found], sentence_start: int, quote: Quote) -> list[tuple[int, int]]:
    """A quotation's pieces, and the words of its clause before it when the quotation ends that clause.

    "Fares rose twice and “will rise again,” said X": X said the whole clause, part of it
    in X's words. A lead-in closed by a comma or a colon ("Asked about the levy, “...”") is no part of it.
    """
    pieces = _quote_pieces(draft, quote)
    if not pieces or quote.start <= sentence_start:
        return pieces
    text = draft.text
    start, end = _trim(text, _clause_start(draft, earlier, sentence_start, quote.start), quote.start)
    if end <= start or text[end - 1] in _QUOTE_CLOSERS or text[quote.start : quote.start + 1] not in _QUOTE_OPENERS:
        return pieces
    if text[end : quote.start].strip():
        return pieces  # the lead-in ends with a comma or a colon: a phrase before the quotation, not its clause
    return [(start, end), *pieces]


# -- the source noun phrase ------------------------------------------------------------


#: Marks that end a source read backwards from its cue.
_SOURCE_STOPS = frozenset(',;:()[]—–“”«»"')
#: The characters ``_source_before`` reads as marks, not as a word's last letter: the stops, and the hyphen and
#: apostrophe that double as dashes and quotation marks ("--", "''").
_SOURCE_MARKS = _SOURCE_STOPS | frozenset("-'")


def _source_before(draft: Draft, clause_start: int, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at ``end``: words back to a clause boundary, at most ten."""
    text = draft.text
    position = end
    while position > clause_start and text[position - 1] in " \t":
        position -= 1
    np_end = position
    listed = draft.scratch.get("listed_bodies", {}).get(np_end, -1)
    if listed >= clause_start:
        return listed, np_end  # "the ministry of development, industry and trade said": the body's name, commas and all
    words = 0
    most = 10
    start = position
    while position > clause_start and words < most:
        char = text[position - 1]
        # A word ends most stretches read here: the marks read below (a parenthesis, a comma, a dash, a stop) are
        # tested for only after one look at the character.
        if char in _SOURCE_MARKS:
            if char == ")" and words == 0:
                # "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the source.
                opening = text.rfind("(", clause_start, position)
                if opening > clause_start and position - opening < 40:
                    position = opening
                    while position > clause_start and text[position - 1] in " \t":
                        position -= 1
                    continue
            if char == "," and words == 1 and _ABBREVIATION_TAIL.fullmatch(text[start:np_end]):
                position -= 1  # "Officials in Washington, D.C. said": the abbreviation ends the place, not the source
                continue
            if char == "," and words > 0 and _region_after_place(draft, position - 1, np_end):
                position -= 1  # "Officials in Lyon, France said": the region belongs to the place, in the source
                continue
            if words == 0 and (char in "—–" or text[position - 2 : position] in (" -", "--")):
                # "Kall -- co-editor of a book on the debates -- said": an aside set off by dashes right before the cue;
                # the source is before it.
                dash = text[position - 2 : position] if text[position - 2 : position] == "--" else char
                if dash in "—–":
                    opening = text.rfind(dash, clause_start, position - 1)
                else:
                    opening = text.rfind(" " + dash + " ", clause_start, position - len(dash) - 1)
                if opening > clause_start and position - opening < 200:
                    position = opening
                    while position > clause_start and text[position - 1] in " \t":
                        position -= 1
                    np_end = start = position
                    continue
            if char in _SOURCE_STOPS or (char == "'" and text[position - 2 : position] == "''"):
                break
        # The word ending here (as ``_word_start`` finds it; a plain word after a space found inline).
        space = text.rfind(" ", clause_start, position)
        word_start = space + 1 if space >= 0 else clause_start
        word = text[word_start:position]
        if not word.isalnum():
            word_start = _word_start(text, position, clause_start)
            if word_start == position:
                break
            word = text[word_start:position]
            if word in ("-", "--"):
                break  # "LONDON, May 3 (Reuters) - The minister said": a spaced hyphen is a dash, as "—" is
        if word == "and":
            listed = _NAMES_LISTED.search(text, max(clause_start, word_start - 80), word_start)
            if listed is not None and _joins_places(text, clause_start, word_start, text[start:np_end], listed=True):
                # "Economists at the universities of Leeds, York and Hull": the list's commas are inside the source.
                start = position = listed.start("names")
                words += 1 + listed.group("names").count(",")
                while position > clause_start and text[position - 1] in " \t":
                    position -= 1
                continue
            paired = _PAIR_OWNED.search(text, max(clause_start, word_start - 60), word_start)
            if (
                paired is not None
                and _plural_people(paired.group("people"))
                and _joins_places(text, clause_start, word_start, text[start:np_end], listed=True)
                and not _person_at(draft, start)
            ):
                # "The foreign ministers of Kenya and Uganda": two names after "of", one source, as a list of three is.
                start = position = paired.start("names")
                words += 1
                while position > clause_start and text[position - 1] in " \t":
                    position -= 1
                continue
            if _joins_places(text, clause_start, word_start, text[start:np_end]):
                pass  # "Palestinians in Gaza and the West Bank": two places, one source
            elif (
                text[start : start + 1].islower()
                and not _plural_people(text[start:np_end].split()[-1])
                and _TOPIC_BEFORE_AND.search(text, max(clause_start, word_start - 60), word_start) is not None
            ):
                # "Experts on ferry safety and maritime law": two topics of one group, one source; but "Officials in
                # Batumi and local fishermen" are two groups.
                pass
            elif _inside_name(draft, word_start) or (
                text[start : start + 1].isupper()
                and _BODY_NAME_BEFORE_AND.search(text, max(clause_start, word_start - 60), word_start) is not None
                and not _person_at(draft, start)
            ):
                # "The Group of 77 and China", "Trinidad and Tobago", "the Centre for Maritime and Naval Studies": one
                # name, one source; a long name leaves room for the person before it ("X of the Centre for ...").
                most = 14
            else:
                break  # "and" is a boundary word
        elif word == "who" and most == 10 and _relative_in_subject(draft, text, clause_start, word_start, start):
            most = 14  # "Researchers who have tracked bees near Regina welcomed ...": the clause is the subject's
        elif word.lower() in _BOUNDARY_WORDS and not (
            word in _MONTHS and _month_after_opener(text, word_start, clause_start)
        ):
            break  # "in May" is a month, not the modal "may"
        if word.endswith(".") and words > 0 and len(word) > 4 and word[:-1].isalpha() and word[:-1].islower():
            break
        start = word_start
        position = word_start
        while position > clause_start and text[position - 1] in " \t":
            position -= 1
        words += 1
    if start >= np_end:
        return None
    opener = _OPENING_ADVERB.match(text, start, np_end)
    if opener is not None:
        start = (
            opener.end()
        )  # "Then the minister said", "Later the union told ...": the adverb is no part of the source
    return start, _drop_time(text, start, np_end)


#: A sentence adverb of time or sequence that opens a clause without a comma, before its subject: "Then the
#: minister said ...". Only before a lower-case determiner or pronoun ("Later the union", "Then she"), so that a
#: name ("Earl Grey") or a title stays whole.
_OPENING_ADVERB = re.compile(
    r"(?:Then|Later|Now|Earlier|Meanwhile|Finally|Afterwards|Afterward|Again|Eventually|Initially|Separately|"
    r"Subsequently|Previously|Recently)[ \t]+(?=(?:the|a|an|his|her|its|their|our|one|some|several|many|two|three|"
    r"he|she|they|we|it|someone|somebody|everyone)\b)"
)


#: Capitalised names listed with commas after "of" or "at", up to the "and" before the last: "of Leeds, York ".
#: People "from" or "in" places listed ("ministers from Mali, Niger and Chad") speak for each place, as before.
_NAMES_LISTED = re.compile(
    rf"\b(?:of|at)[ \t]+(?:the[ \t]+)?(?P<names>[{UPPER}][\w\-]*(?:,[ \t]+[{UPPER}][\w\-]*)+),?[ \t]+$"
)


#: People of one name, up to the "and" that adds a second: "foreign ministers of Kenya ", "the leaders of Costa Rica ".
_PAIR_OWNED = re.compile(
    rf"\b(?P<people>[a-z]+)[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?"
    rf"(?P<names>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}})[ \t]+$"
)


def _plural_people(word: str) -> bool:
    """Whether a lower-case head word looks like a plural of people: "fishermen", "residents" (not "economics")."""
    return word.endswith(("men", "women", "people", "folk")) or (word.endswith("s") and not word.endswith("ics"))


#: People and the topic they know, up to an "and" that adds a second topic: "Experts on ferry safety ",
#: "professors of law ".
_TOPIC_BEFORE_AND = re.compile(r"\b[A-Za-z][a-z]+s[ \t]+(?:on|of|in)[ \t]+(?:[\w\-]+[ \t]+){1,3}$")
#: The start of a body's name up to an "and" inside it: "Centre for Maritime ", "Ministry of Health ".
_BODY_NAME_BEFORE_AND = re.compile(rf"[{UPPER}][\w\-]*[ \t]+(?:for|of|on)[ \t]+(?:[{UPPER}][\w\-]*[ \t]+){{1,3}}$")
#: The verb that opens a relative clause inside a subject: "who have tracked", "who studied".
_RELATIVE_VERBS = frozenset(["has", "have", "had", "is", "are", "was", "were"])


def _relative_in_subject(draft: Draft, text: str, clause_start: int, who_start: int, after: int) -> bool:
    """Whether "who" at ``who_start`` opens a relative clause inside the source: "Nurses who have worked at X".

    The people before "who" are unnamed ("nurses", "researchers", "a resident"), and the clause after it, up to
    the cue, opens with a verb in the perfect, a form of "be", a past tense ("spoke") or a present ("lives").
    """
    previous, previous_start = _previous_word(text, who_start, clause_start)
    first, _ = _next_word(text, after, len(text))
    rules = _rules(draft)
    cue = rules.cues.get(first)
    verb = (
        first in _RELATIVE_VERBS
        or first in _RELATIVE_MODALS
        or (first.islower() and first.endswith("ed"))
        or (
            # "Residents who said ...": the relative clause is a report of its own; "who saw the crash" is none.
            (cue is None or cue[1] != "speech")
            and (
                first in _IRREGULAR_PAST  # "residents who spoke at the meeting"
                or (first.islower() and len(first) > 3 and first.endswith("s") and not first.endswith("ss"))
            )
        )
    )
    if _unnamed_plural(rules, previous):
        # "Growers who sell at the market": a plural's verb in the present has no ending.
        return verb or (first.isalpha() and first.islower() and first not in rules.cues and first not in _NOT_VERBS)
    return verb and _one_unnamed_opening(text, clause_start, previous, previous_start)


#: Modals and "do" that open a relative clause's verb: "who will", "who did not".
_RELATIVE_MODALS = frozenset("will would can could may might must should did does do".split())  # noqa: SIM905
#: Words after "who" that are no verb of a plural subject: "Residents who, ...", "people who the police".
_NOT_VERBS = _BOUNDARY_WORDS | _PRONOUN_SUBJECTS | _DETERMINERS | _PREPOSITIONS | frozenset(["not", "never"])
#: Articles and a count that open one unnamed person: "A farmer who", "One teacher who", "The driver who".
_ONE_OPENERS = frozenset(["a", "an", "one", "the", "another"])
#: Nouns that never stand for a person before "who".
_NOT_PERSON_NOUNS = frozenset(["one", "time", "day", "year", "way", "place", "thing", "reason"])


def _one_unnamed_opening(text: str, clause_start: int, previous: str, previous_start: int) -> bool:
    """Whether ``previous`` ends one unnamed person that opens the clause: "A farmer", "the night nurse".

    An article or "one" opens the clause, then up to three words in lower case, the last the noun "who"
    describes; a name ("a Tarnow farmer") or a comma leaves it to the rules for those.
    """
    if not (previous.isalpha() and previous.islower()) or previous in _NOT_PERSON_NOUNS:
        return False
    position = previous_start
    for _ in range(3):
        word, word_start = _previous_word(text, position, clause_start)
        if not word:
            return False
        if word.lower() in _ONE_OPENERS:
            before = text[clause_start:word_start].rstrip(" \t")
            return not before or before[-1] in _SOURCE_STOPS
        if not (word.isalpha() and word.islower()) or word in _BOUNDARY_WORDS or word in _PREPOSITIONS:
            return False
        position = word_start
    return False


def _person_at(draft: Draft, position: int) -> bool:
    """Whether a person's mention starts at ``position``: "and Anna Berg" joins a second source."""
    mention = draft.mention_at(position)
    return mention is not None and mention.span.start == position and draft.entities[mention.entity].type == "person"


#: A place after a preposition, right before a comma: "near Regina", "in Lyon", "near Des Moines".
_PLACE_BEFORE_COMMA = re.compile(rf"\b(?:in|near|outside|from)[ \t]+[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}}$")
#: A region's name, one or two capitalised words: " Saskatchewan", " New South Wales" (three).
_REGION = re.compile(rf"[ \t]*[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}}[ \t]*")


def _region_after_place(draft: Draft, comma: int, end: int) -> bool:
    """Whether the comma at ``comma`` joins a place and its region, which runs to ``end``: "near Regina, Saskatchewan".

    A person named there ("the mayor in Lyon, Anne Roux,") is an apposition, not a region.
    """
    text = draft.text
    if _REGION.fullmatch(text, comma + 1, end) is None:
        return False
    if _PLACE_BEFORE_COMMA.search(text, max(0, comma - 40), comma) is None:
        return False
    return not _person_at(draft, _skip_space(text, comma + 1, end))


def _inside_name(draft: Draft, position: int) -> bool:
    """Whether a mention found before this stage runs across ``position`` (a name with "and" inside)."""
    mention = draft.mention_at(position)
    return mention is not None and mention.span.start < position


#: A US place or party abbreviation after a comma: "Washington, D.C.", "Sen. Cornel West, D-N.Y.".
_ABBREVIATION_TAIL = re.compile(r"(?:[A-Z]\.){2,}|(?:D|R|I|Dem|Rep|Ind)\.?-[A-Z][A-Za-z]{0,3}\.?(?:[A-Z]\.)?")
#: A capitalised title with its place or body, an apposition to a name: "Democrat of California", "Chairman of
#: the Senate Finance Committee", "Professor at Yale".
_TITLE_OF = re.compile(rf"[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}}[ \t]+(?:of|at|for|from)[ \t]+\S")
_PLACE_PREPOSITIONS = frozenset(["in", "across", "throughout"])


def _joins_places(text: str, clause_start: int, and_start: int, after: str, listed: bool = False) -> bool:
    """Whether "and" joins two place names after a preposition: "in Gaza and the West Bank".

    With ``listed``, the names before "and" are a list already matched: only the name after it is checked.
    """
    if not (after[:1].isupper() or after.startswith("the ")):
        return False
    after_words = after.split()
    if after_words[:1] == ["the"]:
        after_words = after_words[1:]
    if not 1 <= len(after_words) <= 3 or not all(word[:1].isupper() for word in after_words):
        return False
    if listed:
        return True
    before = text[max(clause_start, and_start - 60) : and_start].split()[-4:]
    for index in range(len(before) - 1, -1, -1):
        if before[index] in _PLACE_PREPOSITIONS:
            place = [word for word in before[index + 1 :] if word != "the"]
            return 1 <= len(place) <= 3 and all(word[:1].isupper() and word.isalpha() for word in place)
    return False


_MONTHS = frozenset(
    "January February March April May June July August September October November December "  # noqa: SIM905
    "Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sept. Sep. Oct. Nov. Dec.".split()
)
_DAY_WORDS = frozenset(["today", "yesterday", "tonight", "tomorrow"])
_PARTS_OF_TIME = frozenset(["morning", "afternoon", "evening", "night", "week", "weekend", "month", "year"])
_TIME_OPENERS = frozenset(["on", "in", "late", "early", "last", "this", "earlier", "later", "next"])


def _before_time(text: str, word: str, word_start: int, limit: int) -> tuple[str, int]:
    """The word before a time that ends at ``word`` ("tried on Tuesday", "sought last week"), else the word itself."""
    lower = word.lower()
    if not (_is_weekday(word) or lower in _DAY_WORDS or lower in _PARTS_OF_TIME):
        return word, word_start
    previous, previous_start = _previous_word(text, word_start, limit)
    while previous.lower() in _TIME_OPENERS:
        previous, previous_start = _previous_word(text, previous_start, limit)
    return previous, previous_start


def _is_weekday(word: str) -> bool:
    return word.rstrip(".,").removesuffix("'s").removesuffix("’s") in _WEEKDAYS


def _month_after_opener(text: str, word_start: int, limit: int) -> bool:
    previous, _ = _previous_word(text, word_start, limit)
    return previous.lower() in _TIME_OPENERS


def _drop_time(text: str, start: int, end: int) -> int:
    """The end of a source without a time phrase at its end: "The European Union on Thursday" -> "... Union".

    A weekday, "yesterday", "last week", "in March", "on March 3" are when, not who. A month counts only
    after a preposition ("Theresa May" keeps its name); at least one word of the source stays.
    """
    kept = _kept_before_time(text[start:end])
    return end if kept is None else start + kept


@functools.lru_cache(maxsize=4096)
def _kept_before_time(stretch: str) -> int | None:
    """For ``_drop_time``: the length of ``stretch`` up to the end of its last word before a time phrase, or None
    when nothing is dropped. Sources recur ("officials", "the ministry on Monday"): the answer is cached."""
    words = stretch.split()
    if len(words) < 2:
        return None  # one word stays whatever it is
    keep = len(words)
    dropped = False
    while keep > 1:
        word = words[keep - 1]
        previous = words[keep - 2]
        lower = word.lower()
        opener = previous.lower() in _TIME_OPENERS
        if (
            _is_weekday(word)
            or lower in _DAY_WORDS
            or (lower in _PARTS_OF_TIME and (opener or _is_weekday(previous) or previous.lower() in _DAY_WORDS))
            or (word.rstrip(",") in _MONTHS and opener)
        ):
            dropped = True
        elif (word.isdigit() and len(word) <= 4) and previous.rstrip(",") in _MONTHS:
            pass  # "on March 3", "in May 2024": the month decides
        elif not (dropped and lower in _TIME_OPENERS):
            break
        keep -= 1
    if not dropped or keep == len(words):
        return None
    return len(stretch.rsplit(None, len(words) - keep)[0])  # the end of the last word kept


def _source_after(text: str, start: int, limit: int) -> tuple[int, int] | None:
    """The inverted source after a cue: up to a comma, a clause word or the sentence end."""
    position = _skip_space(text, start, limit)
    np_start = position
    words = 0
    end = position
    while position < limit and words < 12:
        if text[position] in ',;:.!?()—–“”«»"':
            if text[position] == "." and position + 1 < limit and not text[position + 1].isspace():
                position += 1
                continue
            # "Dr." and initials keep going
            word_before, _ = _previous_word(text, position + 1, np_start)
            stem = word_before.rstrip(".")  # "Dr", "Rep", "Gov": the word may come with its stop
            if text[position] == "." and (len(stem) <= 4 and stem[:1].isupper()) and position + 1 < limit:
                position += 1
                end = position
                continue
            break
        word, word_start = _next_word(text, position, limit)
        if not word:
            break
        if word.lower() in _BOUNDARY_WORDS or word in ("adding", "saying", "noting", "on", "in", "at", "during"):
            paired = _PAIR_OWNED.search(text, max(np_start, word_start - 60), word_start) if word == "and" else None
            if paired is None or not _plural_people(paired.group("people")):
                break
            following, _ = _next_word(text, word_start + 3, limit)
            if not following[:1].isupper():
                break  # "said the ministers of Kenya and Uganda": the second name, one source; not "and then"
        position = word_start + len(word)
        end = position
        words += 1
    # A lone no-break space or form feed is read as a word: it is no part of a source.
    while np_start < end and text[np_start].isspace():
        np_start += 1
    while end > np_start and text[end - 1].isspace():
        end -= 1
    if end <= np_start:
        return None
    return np_start, end


# -- the speaker ---------------------------------------------------------------------


#: ", a retired judge" right before a relative word: a description set off by a comma, in lower case.
_DESCRIPTION_BEFORE = re.compile(
    r",[ \t]+(?:(?:now|then|also|formerly|still)[ \t]+)?(?:a|an|the)[ \t]+(?:[\w\-’']+[ \t]+){0,3}?[\w\-’']+$"
)


#: What opens a description set off by a comma after a name: ", an economist at ...".
_DESCRIPTION_OPENER = re.compile(r"[ \t]+(?:a|an|the)[ \t]")


def _person_described_at(draft: Draft, start: int) -> str | None:
    """The person a description holding a body's name (which starts at ``start``) follows.

    "Lars Holm, an economist at the University of Oslo, who ...": the description opens after the comma
    that ends Holm's name, up to 60 characters before the body's name.
    """
    text = draft.text
    comma = text.rfind(",", max(0, start - 60), start)
    if comma < 0 or _DESCRIPTION_OPENER.match(text, comma + 1) is None:
        return None
    named = draft.mention_ending_at(comma)
    return named.entity if named is not None and draft.entities[named.entity].type == "person" else None


#: "an engineer" right before "who": a determiner or a count, up to two modifiers and a noun, all in lower case.
_UNNAMED_ANTECEDENT = re.compile(
    r"\b(?:a|an|one|two|three|several|some|many)[ \t]+(?P<noun>(?:[a-z\-]+[ \t]+){0,2}[a-z\-]+)[ \t]*$"
)


#: A share of a relative clause's antecedent: "many of whom", "some of which".
_SHARE_OF_RELATIVE = re.compile(r"(?:[a-z]+)[ \t]+of[ \t]+(?:whom|which)")
#: The people a share is taken from, one plural word in lower case, with what they are of: "(family) members of
#: the victims", "residents in the valley".
_PLURAL_BEFORE_SHARE = re.compile(
    r"\b(?P<noun>[a-z\-]+[a-rt-z]s)(?:[ \t]+(?:of|in|from|at|on|near|across|around)[ \t]+[^,;:.!?“”\"]{1,40})?$"
)


#: Words that open the noun phrase a relative "who" describes: "the mayor", "many residents".
_ANTECEDENT_OPENERS = frozenset(["the", "a", "an", "many", "some", "several", "two", "three", "four", "most"])
#: A plural noun in lower case: "listeners", "residents" (not "business", "news").
_PLURAL_WORD = re.compile(
    r"(?!(?:this|thus|news|does|goes|plus|always|perhaps|across|towards|besides|afterwards|whereas|unless"
    r"|sometimes|overseas|nevertheless|[a-z\-]*ous)$)[a-z\-]{2,}[a-rt-z]s"
)
#: A word standing alone, in lower case after its first letter: "listeners", "to", "Voters".
_LOWER_WORD = re.compile(r"(?<![\w’'\-])[A-Za-z][a-z\-]*(?![\w’'\-])")
#: Prepositions that place people before a relative "who": "listeners to his show who", "voters in Ohio who".
_PLACING = frozenset(["to", "from", "in", "at", "of", "on", "near", "across", "around", "outside", "inside"])
#: How many words back from "who" its antecedent may start.
_ANTECEDENT_WORDS = 4


def _antecedent_phrase(draft: Draft, rules: StatementRules, end: int) -> tuple[int, int] | None:
    """The noun phrase no mention covers that ends at ``end``, before a relative "who": its start and end.

    The words back from ``end`` to the nearest article or count ("the mayor", "several residents"), over an
    "of" phrase ("the head of the union"); with none, the words opening the sentence ("Listeners"), or one
    plural noun of unnamed people ("letters from listeners"). None when a mark or more words come first.
    """
    text = draft.text
    sentence = draft.sentence_of(max(0, end - 1))
    limit = sentence[0] if sentence is not None else 0
    words: list[tuple[int, str]] = []
    position = end
    while len(words) <= _ANTECEDENT_WORDS + 2:
        start = text.rfind(" ", limit, position)
        word_start = start + 1 if start >= 0 else limit
        word = text[word_start:position]
        if not word or not (word.replace("-", "").replace("'", "").replace("’", "").isalnum()):
            break
        words.append((word_start, word.lower()))
        if word_start == limit:
            break
        position = start
        while position > limit and text[position - 1] in " \t":
            position -= 1
        if position == limit or text[position - 1] in ',;:—–("“”':
            break
    opener = next((index for index, (_, word) in enumerate(words) if word in _ANTECEDENT_OPENERS), None)
    while opener is not None and opener + 1 < len(words) and words[opener + 1][1] == "of":
        # "the head of the union": the phrase runs back over "of" to its own article.
        opener = next(
            (index for index in range(opener + 2, len(words)) if words[index][1] in _ANTECEDENT_OPENERS), None
        )
    if opener is not None and opener <= _ANTECEDENT_WORDS:
        return (words[opener][0], end)
    if words and len(words) <= 3 and words[-1][0] == limit:
        return (limit, end)  # "Listeners who said ...", "Local residents who said ...": the sentence's subject
    if words and (_unnamed_plural(rules, text[words[0][0] : end]) or _PLURAL_WORD.fullmatch(words[0][1])):
        return (words[0][0], end)  # "letters from listeners who said": people, as "who" says
    return _placed_people(draft, rules, end)


def _placed_people(draft: Draft, rules: StatementRules, end: int) -> tuple[int, int] | None:
    """The plural noun of people nearest before ``end`` in its clause with a preposition placing them after it.

    "listeners to his radio show who said", "voters in the north of Ohio who said": the people, not the show
    or the place, are whom "who" stands for. None without such a noun.
    """
    text = draft.text
    sentence = draft.sentence_of(max(0, end - 1))
    limit = sentence[0] if sentence is not None else 0
    clause = max(limit, end - 100, *(text.rfind(mark, limit, end) + 1 for mark in ",;:()"))
    found = list(_LOWER_WORD.finditer(text, clause, end))
    for first, second in zip(reversed(found[:-1]), reversed(found[1:]), strict=True):
        # A capital only where the sentence opens: "Voters in Ohio who ..."; elsewhere it is a name's.
        word = first.group().lower() if first.start() == limit else first.group()
        if second.group() in _PLACING and (_unnamed_plural(rules, word) or _PLURAL_WORD.fullmatch(word)):
            return first.span()
    return None


#: What may follow a person who opens a source, naming their body or place, not the speaker.
_PERSON_THEN = ("of ", "at ", "from ", "with ", "for ", "in ", "near ")


def _speaker(draft: Draft, rules: StatementRules, source: tuple[int, int], cue_end: int | None = None) -> str | None:
    """The entity that speaks at ``source``; ``cue_end``, when the cue follows the source, ends the cue."""
    start, end = source
    if end - start == 2 and draft.text[start:end] in ("It", "it"):
        document = _document_for_it(draft, rules, start, end)
        if document is not None:
            return document
    opening = _OPENING_WORD.match(draft.text, start, end)
    if opening is not None and opening.group(1).lower() in _OPENING_ADVERBS:
        start = opening.end()  # "Also Oxfam said", "Both Labour and ...": the adverb is no word of the name
    owned = _owned_speaker(draft, rules, (start, end))
    if owned is not None:
        return owned
    head = _head_words(draft.text[start:end])
    if head and head[-1].lower() in rules.evidence and not _named_body_ending(draft, start, end, head[-1]):
        return _evidence_speaker(draft, source, head)
    if head and head[-1][-1:] == "s" and head[-1][:1].isupper():
        group = _people_head(draft, head, start)
        if group is not None:
            return group
    unnamed_tie = _unnamed_with_tie(draft, rules, source)
    if unnamed_tie is not None:
        return unnamed_tie
    town = _town_of(draft, start, end)
    if town is not None:
        return town
    antecedent_end = _relative_antecedent(draft, start, end)
    if antecedent_end is not None:
        # "A farmer who grows wheat near Ames says": the farmer speaks, as "A farmer says"; not the place.
        subject = (start, antecedent_end)
        return _speaker(draft, rules, subject, cue_end) or _one_unnamed(draft, subject)
    mentions = draft.mentions_in(start, end)
    if start < end and draft.text[start] in "TtAaO" and not any(_is_person(draft, mention) for mention in mentions):
        role_holder = _role_with_owner(draft, start, end)
        if role_holder is not None:
            return role_holder
    group_head, plural_head = _group_head(rules, head)
    if (
        not plural_head
        and _described_kind(draft, start, group_head)
        and draft.mention_at(start) is None
        and _PLACED_AFTER.match(draft.text, start + len(" ".join(group_head)), end)
    ):
        if len(group_head) == 1:
            person = _person_called(draft, group_head[0])
            if person is not None:
                # "Mark Rogers ... Rogers in London said": the person named before, not people of a kind.
                draft.add_mention(person, start, start + len(group_head[0]), "statement.source.name")
                return person
        # "Exporters in Chile", "Industry representatives in Lima": people of a kind no pack lists, placed;
        # not "Midwives for X".
        plural_head = True
    if (
        mentions
        and plural_head
        and not draft.mentions_in(start, start + len(" ".join(group_head)) + 1)
        and not _role_of_body(draft, group_head, mentions)
    ):
        # "officials in Beijing", "nurses working at clinics in Ohio": the group_head, a group, not the place.
        words = draft.text[start:end].split()
        if group_head[-1].lower() in _MEMBERS_OF and words[len(group_head) : len(group_head) + 1] == ["of"]:
            # "Members of the governing coalition", "some members of the union": whose members the group says.
            while len(words) > 1 and (words[0].lower() in _DETERMINERS or words[0] in _SOME):
                words.pop(0)
            name = " ".join([words[0].lower(), *words[1:]])
        else:
            kept = [word for word in group_head if word.lower() not in _DETERMINERS]
            if kept and kept[0] == words[0] and _common_at_sentence_start(draft, start, kept[0], rules_for(draft)):
                kept[0] = kept[0].lower()  # "Exporters in Chile said": the sentence's capital, no name's
            name = " ".join(kept)
        entity_id = ensure_group(draft, name)
        draft.add_mention(entity_id, start, end, "statement.source.group")
        return entity_id
    placed_body = _described_body_placed(draft, rules, source, mentions)
    if placed_body is not None:
        return placed_body
    placed_one = _placed_one(draft, source)
    if placed_one is not None:
        return placed_one
    if mentions:
        if len(mentions) == 1:
            best = first = mentions[0]
            nationals = _demonym_people(draft, best, start, end)
            if nationals is not None:
                return nationals
            if _named_body(draft, best, source, cue_end):
                return _organisation_source(draft, draft.entities[best.entity].name)
        else:
            best = max(mentions, key=lambda mention: (mention.span.end, mention.span.end - mention.span.start))
            first = min(mentions, key=lambda mention: mention.span.start)
        if (
            first is not best
            and draft.entities[first.entity].type == "person"
            and draft.text[first.span.end : end].lstrip(" \t,").startswith(_PERSON_THEN)
        ):
            # "Ines Carvalho of the Lisbon-based think tank Atlantico": the person, not the city after "of";
            # "Ana Ruiz for the port authority": the person speaking for the body; "Mark Rogers ... Rogers in
            # London": the person, placed, as "Exporters in Chile" are.
            return first.entity
        if (
            first is not best
            and first.span.start == start
            and draft.entities[first.entity].type == "group"
            and _modified_group(draft.text[first.span.end : end].lstrip(" \t"))
        ):
            # "Experts on Hungary said", "officials who were in Berlin": the group the source opens with.
            return first.entity
        if first is not best:
            body = _body_then_place(draft, rules, source, mentions)
            if body is not None:
                return body
        if draft.entities[best.entity].type != "person":
            # "Senate Minority Leader Dana Whitcomb of Oregon" read whole as a body: the person inside speaks.
            inside = [
                mention
                for mention in mentions
                if draft.entities[mention.entity].type == "person"
                and best.span.start <= mention.span.start
                and mention.span.end <= best.span.end
                and mention is not best
            ]
            if inside:
                return inside[-1].entity
        return best.entity
    text = draft.text
    phrase = text[start:end].strip()
    words = phrase.split()
    if not words:
        return None
    if phrase.lower() in ("who", "which", "that") or _SHARE_OF_RELATIVE.fullmatch(phrase.lower()):
        # A relative pronoun speaks for the mention just before it: "Chinedu Eze, who heads ...".
        position = start
        while position > 0 and text[position - 1] in " \t,":
            position -= 1
        antecedent = draft.mention_ending_at(position)
        if antecedent is not None and phrase.lower() == "who" and draft.entities[antecedent.entity].type != "person":
            described = _person_described_at(draft, antecedent.span.start)
            if described is not None:
                return described  # "Lars Holm, an economist at the University of Oslo, who ...": Holm, no university
        description = _DESCRIPTION_BEFORE.search(text, max(0, position - 80), position)
        if description is not None and (antecedent is None or antecedent.span.start >= description.start() + 1):
            # "Helen Marchetti, a Canadian diplomat who ...": the description is the person named before it.
            named = draft.mention_ending_at(description.start())
            if named is not None and draft.entities[named.entity].type == "person":
                return named.entity
        if antecedent is None and phrase.lower() not in ("who", "which", "that"):
            # "family members of the victims, many of whom say ...": a share of people the text does not name.
            plural = _PLURAL_BEFORE_SHARE.search(text, max(0, position - 80), position)
            if plural is not None:
                entity_id = ensure_group(draft, plural.group("noun"), rule="statement.source.group")
                draft.add_mention(entity_id, plural.start("noun"), plural.end("noun"), "statement.source.group")
                return entity_id
        if antecedent is None:
            unnamed = _UNNAMED_ANTECEDENT.search(text, max(0, position - 60), position)
            if unnamed is not None:
                # "an engineer who said ...", "farmers in the valley who said ...": people the text does not name.
                entity_id = ensure_group(draft, unnamed.group("noun"), rule="statement.source.group")
                draft.add_mention(entity_id, unnamed.start("noun"), unnamed.end("noun"), "statement.source.group")
                return entity_id
        if (
            antecedent is not None
            and phrase.lower() == "who"
            and position == start - 1
            and draft.entities[antecedent.entity].type in ("country", "government", "other")
        ):
            # "Voters in the north of Ohio who said ...": no place is a "who"; the people placed there speak.
            placed = _placed_people(draft, rules, position)
            if placed is not None:
                entity_id = ensure_group(draft, text[placed[0] : placed[1]], rule="statement.source.group")
                draft.add_mention(entity_id, placed[0], placed[1], "statement.source.group")
                return entity_id
        if antecedent is None and phrase.lower() == "who":
            # "The mayor, who said ...", "Listeners who said ...": the phrase the relative clause describes.
            noun_phrase = _antecedent_phrase(draft, rules, position)
            if noun_phrase is not None:
                described = _speaker(draft, rules, noun_phrase)
                if described is None and _PLURAL_WORD.fullmatch(text[noun_phrase[0] : noun_phrase[1]]):
                    # "letters from listeners who said ...": people the text does not name, a group.
                    described = ensure_group(
                        draft, text[noun_phrase[0] : noun_phrase[1]], rule="statement.source.group"
                    )
                    draft.add_mention(described, noun_phrase[0], noun_phrase[1], "statement.source.group")
                return described
        return antecedent.entity if antecedent is not None else None
    lowered = [word.lower().strip(".,") for word in words]
    if lowered == ["it"]:
        # "The report, published on Monday, runs to 200 pages. It said ...": the document the sentence before
        # opened with, when coreference found nothing for "it"; else a body that opened it ("TikTok removed
        # the videos. It said ...").
        return _document_before(draft, rules, start) or _body_before(draft, rules, start)
    if lowered[0] in _PRONOUN_SUBJECTS or lowered[-1] in rules.evidence:
        return None
    if lowered[0] == "the" and 1 < len(words) <= 4:
        office = _office_holder(draft, start, end, " ".join(words[1:]))
        if office is not None:
            return office
    if len(lowered) <= 3 and lowered[0] in ("a", "an", "one") and lowered[-1] in rules.unnamed_roles:
        # "..., a spokesman said": someone unnamed, not nobody (the body he speaks for is not in the phrase).
        entity_id = ensure_group(draft, lowered[-1], rule="statement.source.group")
        draft.add_mention(entity_id, start, end, "statement.source.group")
        return entity_id
    if len(lowered) <= 4 and lowered[0] in ("a", "an") and lowered[-1] in _MEMBERS_BODIES:
        # "..., a union said", "A trade association said": the one body of that kind the text named, else one
        # the text does not name, as "an official said" is someone.
        return _body_of_kind(draft, (start, end), lowered[1:])
    if (
        len(lowered) <= 4
        and lowered[0] in ("a", "an", "one")
        and words[-1] in rules_for(draft).titles
        and all(word.islower() for word in words[1:])
    ):
        # "One club chairman, who asked not to be named, said": a holder of an office the text does not name.
        entity_id = ensure_group(draft, " ".join(lowered[1:]), rule="statement.source.group")
        draft.add_mention(entity_id, start, end, "statement.source.group")
        return entity_id
    sentence = draft.sentence_of(start)
    opens = sentence is not None and not text[sentence[0] : start].strip()
    people = [
        index for index, word in enumerate(words) if _unnamed_plural(rules, word.strip(".,"), opens and index == 0)
    ]
    if people:
        head_index = people[-1]
        kept = [
            word
            for word in words[: head_index + 1]
            if word.lower() not in _DETERMINERS
            and not word.isdigit()
            and word.lower() not in ("two", "three", "four", "several", "some", "many")
        ]
        after = words[head_index + 1 :]
        if after[:1] in (["who"], ["whose"]):
            after = []  # "a resident who spoke to the committee": the clause says which resident, not who speaks
        entity_id = ensure_group(draft, " ".join(kept + after), rule="statement.source.group")
        draft.add_mention(entity_id, start, end, "statement.source.group")
        return entity_id
    if _counted_plural(words):
        # "Two deputy rectors said": people the text counts but does not name, a group.
        entity_id = ensure_group(draft, " ".join(words[1:]), rule="statement.source.group")
        draft.add_mention(entity_id, start, end, "statement.source.group")
        return entity_id
    relative = next((index for index, word in enumerate(lowered) if word in ("who", "whose")), 0)
    if relative >= 2 and _counted_plural(words[:relative]):
        # "According to three MPs who spoke on condition of anonymity": the counted people, the clause theirs.
        pieces = list(_WORD_RUN.finditer(text, start, end))
        entity_id = ensure_group(draft, " ".join(words[1:relative]), rule="statement.source.group")
        draft.add_mention(entity_id, pieces[0].start(), pieces[relative - 1].end(), "statement.source.group")
        return entity_id
    if all(_is_weekday(word) or word.rstrip(".,") in _MONTHS for word in words):
        return None  # "Saturday", "Monday and Tuesday": a day or a month is never a person
    if len(words) == 1 and words[0] in _NOT_SPEAKERS:
        return None  # "The", "It": a word of the sentence, no speaker
    if all(word[:1].isupper() for word in words) and len(words) <= 4:
        following = text[end : end + 9]
        if (
            _WHICH_AFTER.match(following)
            or (words[0] == "The" and len(words) > 1)
            or after_descriptor(text, start, rules_for(draft))
        ):
            # "The Times wrote", "the daily Kommersant reported": a newspaper, a band, a body, not a person.
            entity_id = ensure_org(draft, phrase, rule="statement.source.organization")
        elif _called_organisation(text, end, cue_end, len(words)):
            entity_id = _organisation_source(draft, phrase)
        else:
            known = draft.entity_keys.get("org:" + norm(phrase))
            if (
                known is None
                and _common_word_at_sentence_start(draft, start, end, words)
                and not _surname_form(draft, rules, words[0])
            ):
                # A common word the sentence capitalised, no person: "Fans said", "Producers say" name a
                # group; after "Management said" the statement stands without a speaker.
                if not _plural_word(words[0]):
                    draft.scratch.setdefault("common_word_sources", set()).add(source)
                    return None
                entity_id = ensure_group(draft, words[0], rule="statement.source.group")
                draft.add_mention(entity_id, start, end, "statement.source.group")
                return entity_id
            if known is None and len(words) == 1 and _ABBREVIATED_PLURAL.fullmatch(words[0]):
                # "MPs said", "MEPs warned", "NGOs said": holders of an office or bodies of a kind the text
                # does not name, a group.
                entity_id = ensure_group(draft, words[0], rule="statement.source.group")
                draft.add_mention(entity_id, start, end, "statement.source.group")
                return entity_id
            if known is None and ((len(words) == 1 and named_place(draft, words[0])) or area_name(draft, words)):
                # "a depot in Lille. Lille said", "Kessel County said": the place, speaking as its government.
                known = ensure_org(draft, phrase, rule="statement.source.place", kind="government")
            elif known is None and len(words) == 1 and named_party(draft, words[0]):
                # "A Labour MP said ... Labour said": the party whose members the text names by it.
                known = ensure_org(draft, phrase, rule="statement.source.organization")
            if known is None and (
                body_evidence(draft, phrase)
                or (any(map(camel_case_firm, words)) and not person_evidence(draft, start, end))
            ):
                # "Vantor criticised the fine. Its lawyers said ...", "BlackRock said": a firm's name, not a person's.
                known = ensure_org(draft, phrase, rule="statement.source.organization")
            entity_id = known or ensure_person(draft, phrase, rule="statement.source.name")
        draft.add_mention(entity_id, start, end, "statement.source.name")
        return entity_id
    at = next((index for index, word in enumerate(lowered) if word in ("in", "at", "near", "from")), 0)
    if (
        at
        and _kind_plural(words[at - 1])
        and all(word[:1].isupper() for word in words[at + 1 :])
        and _person_called(draft, words[at - 1]) is None
    ):
        # "Dockers in Le Havre said", a town no pass knows: the people of a kind speak, not the place's name.
        people_word = words[at - 1].lower() if at == 1 and opens else words[at - 1]
        pieces = list(_WORD_RUN.finditer(text, start, end))
        entity_id = ensure_group(draft, people_word, rule="statement.source.group")
        draft.add_mention(entity_id, pieces[at - 1].start(), pieces[at - 1].end(), "statement.source.group")
        return entity_id
    # "the third time AROS said": the capitalised words at the end name the speaker.
    trailing: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() or len(trailing) == 4:
            break
        trailing.insert(0, word)
    if trailing and all(_is_weekday(word) or word.rstrip(".,") in _MONTHS for word in trailing):
        trailing = []  # "The Times on Saturday": the day is when, not who
    if trailing and trailing[0] not in _NOT_SPEAKERS and len(trailing) < len(words):
        # The last words as written, whatever spaces or tabs stand between them.
        pieces = list(_WORD_RUN.finditer(text, start, end))[-len(trailing) :]
        if after_descriptor(text, pieces[0].start(), rules_for(draft)) or body_evidence(draft, " ".join(trailing)):
            # "the ride-hailing firm Bolt said", "... Bolt's shareholders": a body named by its name alone.
            entity_id = ensure_org(draft, " ".join(trailing), rule="statement.source.organization")
        else:
            entity_id = ensure_person(draft, " ".join(trailing), rule="statement.source.name")
        draft.add_mention(entity_id, pieces[0].start(), pieces[-1].end(), "statement.source.name")
        return entity_id
    if not trailing and lowered[0] == "the" and 2 <= len(words) <= 4:
        return _described_referent(draft, rules, source, [word.rstrip(".,") for word in words[1:]])
    return None


def _demonym_people(draft: Draft, mention: Mention, start: int, end: int) -> str | None:
    """The people a nationality's adjective describes: "Chilean shippers", "French dairy farmers"; not the country.

    The source is the adjective and one or two words in lower case, the last a plural of a kind of people
    (``_kind_plural``, a "-men" plural); the speaker is a group named by them all, as "Chilean officials" is.
    """
    if mention.span.start != start or rules_for(draft).surface.get(mention.span.text, ("", ""))[1] != "demonym":
        return None
    words = draft.text[mention.span.end : end].split()
    if not 1 <= len(words) <= 2 or not all(word.islower() for word in words):
        return None
    if not (_kind_plural(words[-1]) or _men_plural(words[-1])):
        return None
    entity_id = ensure_group(draft, " ".join([mention.span.text, *words]), rule="statement.source.group")
    # The mention is the people's noun: the adjective's own mention stays the country's alone, as the stance
    # stage reads a subject's words one mention each.
    draft.add_mention(entity_id, _skip_space(draft.text, mention.span.end, end), end, "statement.source.group")
    return entity_id


#: Possessive determiners that open a source: "their union said", "her lawyer said".
_POSSESSIVES = frozenset(["its", "their", "his", "her"])
#: Who speaks for an owner, not as one of their own: "his spokesman said", "her office said" is the owner.
_MOUTHPIECES = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "representative",
        "aide",
        "official",
        "diplomat",
        "negotiator",
        "office",
        "campaign",
        "management",
        "leadership",
    ]
)
#: Who speaks for a client in court, many of them: "its lawyers said" is the client, as "its lawyer said" is.
_COUNSEL = frozenset(["lawyers", "attorneys", "solicitors", "barristers"])


def _client(draft: Draft, rules: StatementRules, start: int, possessive: str) -> str | None:
    """The owner a possessive at ``start`` stands for, as a client its lawyers speak for: "Its lawyers said".

    The entity coreference found for the possessive; else, for an "its" nothing resolved, the body that
    opens the sentence before ("Vantor criticised the fine. Its lawyers said ..."), as "It said" reads it.
    """
    owner = draft.mention_at(start)
    if owner is not None and owner.span.start == start:
        return owner.entity
    here = draft.sentence_index(start)
    if possessive != "its":
        return None
    if here is None or here == 0:
        return None
    before_start, before_end = draft.sentences[here - 1]
    before_start = _skip_space(draft.text, before_start, before_end)
    opening = draft.mention_at(before_start)
    if opening is not None and opening.span.start == before_start:
        return opening.entity if draft.entities[opening.entity].type in ("organization", "government") else None
    return _body_before(draft, rules, start)


#: Words that put a body's body outside it: "its parent company", "its holding company" owns it.
_OWNING = frozenset(["parent", "holding"])


def _owned_speaker(draft: Draft, rules: StatementRules, source: tuple[int, int]) -> str | None:
    """The speaker a possessive description names: "their union", "his party", "her lawyer".

    The union of the workers, the party of a politician, the lawyer of a client speaks, not the owner the
    pronoun refers to: a body of its own (or the body of that kind the text named before, "the Transport
    Workers' Union ... their union"), a person holding that office. A body's own parts are the body
    speaking, read elsewhere ("Brazil ... its foreign ministry said", "its governor said"), but not the
    body that owns it ("its parent company"); so is whoever speaks for an owner ("his spokesman") and
    "their government", whose government the owner tells.
    """
    start, end = source
    words = draft.text[start:end].split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in _POSSESSIVES:
        return None
    rest = [word.rstrip(".,") for word in words[1:]]
    if not all(word.islower() for word in rest) or rest[-1] in _MOUTHPIECES:
        return None
    if rest[-1] in _COUNSEL:
        return _client(draft, rules, start, words[0].lower())
    owner = draft.mention_at(start)
    owner_type = draft.entities[owner.entity].type if owner is not None and owner.span.start == start else None
    body_owner = words[0].lower() == "its" or (words[0].lower() == "their" and owner_type == "organization")
    if body_owner and not _OWNING.intersection(rest):
        return None
    body = _described_referent(draft, rules, source, rest)
    if body is not None:
        return body
    if rest[-1] in _ANY_COUNTRYS and owner_type in ("group", "person") and owner is not None:
        # "Voters in Chile rejected the draft. Their government said": the people's country speaks, as
        # "Chile's government" does; not the people the pronoun refers to.
        country = _country_of_people(draft, owner.entity, start)
        if country is not None:
            draft.add_mention(country, start, end, "statement.source.description")
            return country
    return _office_holder(draft, start, end, " ".join(rest))


#: Bodies that speak for their members, which "a union said" may stand for when the text named one before.
_MEMBERS_BODIES = frozenset(["union", "association", "federation", "confederation", "guild"])


def _body_of_kind(draft: Draft, source: tuple[int, int], words: list[str]) -> str | None:
    """The body "a union" or "a trade association" (``words`` after the article) stands for.

    The one body of that kind the text named before, its name holding every word ("the Dockers' Union",
    "the Retail Trade Association") or a known body the packs call so ("Unite": "the union"); with none or
    two, or a word that sets it apart ("a rival union"), a body the text does not name; a name's capital
    ("a Unite official") leaves it alone.
    """
    start, end = source
    if not all(_lower_modifier(word) for word in words):
        return None
    phrase = "the " + words[-1]
    wanted = set(words)
    found: str | None = None
    for mention in () if _OTHER_OF_KIND.intersection(words) else draft.mentions_before(start):
        entity = draft.entities[mention.entity]
        if entity.type != "organization" or entity.id == found:
            continue
        if not (
            (
                entity.kb_id is None
                and wanted <= set(entity.name.lower().split())
                and _name_head(entity.name) == words[-1]
            )
            or (len(words) == 1 and entity.country is not None and called_by_role_noun(draft, entity.id, phrase))
        ):
            continue  # "the European Union", a bloc of no one country, is no union of members
        if found is not None:
            found = None  # two bodies of that kind: which one, the text does not say
            break
        found = entity.id
    entity_id = found or ensure_org(draft, " ".join(words), rule="statement.source.organization")
    draft.add_mention(entity_id, start, end, "statement.source.organization")
    return entity_id


def _name_head(name: str) -> str:
    """The noun a body's name is a kind of, in lower case: its last word, or the word before its first "of"
    ("National Union of Journalists": "union"); "Union Pacific" and "Union Bank of India" are no union."""
    words = name.lower().split()
    return words[words.index("of", 1) - 1] if "of" in words[1:] else words[-1]


#: Words that make "a union" another than the one named: "a rival union", "another association".
_OTHER_OF_KIND = frozenset(["rival", "other", "second", "separate", "smaller", "larger", "different", "new"])


def _country_of_people(draft: Draft, people: str, start: int) -> str | None:
    """The country of people named before ``start``: one named inside their mention ("Voters in Chile"), or a
    person's own country ("the Chilean minister Ana Soto") when the text names that country."""
    code = draft.entities[people].country
    inside: list[Mention] = []
    for steps, mention in enumerate(draft.mentions_before(start)):
        if steps > _DESCRIPTION_REACH:
            break
        entity = draft.entities[mention.entity]
        if entity.type == "country" and (code is None or entity.country == code):
            if code is not None:
                return entity.id
            inside.append(mention)
        elif mention.entity == people and mention.span.start < start:
            for country in inside:
                if country.span.end <= mention.span.end:
                    return country.entity
            inside.clear()
    return None


#: What follows a body's name (or a nationality) before the place or body it is placed at: " Embassy in ",
#: " mission to the ", "'s delegation at the ".
_BODY_PLACED = re.compile(r"(?P<noun>(?:['’]s)?(?:[ \t]+[a-z][a-z\-]*){0,2})[ \t]+(?:in|to|at)[ \t]+(?:the[ \t]+)?")


def _body_then_place(
    draft: Draft, rules: StatementRules, source: tuple[int, int], mentions: list[Mention]
) -> str | None:
    """The body that opens a source placed at another name: "The US Embassy in Kyiv", "Russia's mission to the UN".

    The opening mention speaks when a body's noun follows it ("the French embassy in Paris": France, as "the
    French embassy" is) or it is a body itself ("the Kenyan mission to the AU"), not the place or body after
    "in", "to" or "at". A body named whole also takes the source as its mention, as the text describes it.
    """
    start, end = source
    opener = _skip_space(draft.text, start, end)
    if draft.text.startswith(("The ", "the "), opener):
        opener = _skip_space(draft.text, opener + 4, end)
    leading = [mention for mention in mentions if mention.span.start == opener]
    if not leading:
        return None
    first = max(leading, key=lambda mention: mention.span.end)
    placed = _BODY_PLACED.match(draft.text, first.span.end, end)
    if placed is None or not any(mention.span.start == placed.end() for mention in mentions):
        return None
    nouns = placed.group("noun").split()
    kind = draft.entities[first.entity].type
    if nouns:
        noun = nouns[-1].lstrip("'’s")
        if noun not in rules.organization_nouns:
            return None  # "Voters in Ohio", "Exports to China": no body's noun
        return first.entity if kind in _BODY_TYPES else None
    if kind not in ("organization", "government"):
        return None  # "Ukraine in 2022", "Smith at the UN": a country or a person is no body placed
    draft.add_mention(first.entity, start, end, "statement.source.organization")
    return first.entity


#: A body described in lower case, placed at a name: "The health ministry in ", "the port authority at ".
_DESCRIBED_BODY_PLACED = re.compile(
    r"[Tt]he[ \t]+(?P<words>(?:[a-z][a-z\-]*[ \t]+){0,3}[a-z][a-z\-]*)[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?"
)
#: The places a body is placed at: a country, a state's government, a town or region.
_PLACE_TYPES = frozenset(["country", "government", "other"])


def _described_body_placed(
    draft: Draft, rules: StatementRules, source: tuple[int, int], mentions: list[Mention]
) -> str | None:
    """The body a lower-case description names before a place: "The health ministry in Kyiv" (Ukraine's).

    The place says where the body is, and so whose it is (its country), not who speaks: the body named
    before with all the description's words ("the Ukrainian Health Ministry"), else a body of its own.
    """
    start, end = source
    described = _DESCRIBED_BODY_PLACED.match(draft.text, start, end)
    if described is None or not mentions or mentions[0].span.start != described.end():
        return None
    words = described.group("words").split()
    if (
        words[-1] not in rules.organization_nouns
        or words[-1] in _ANY_COUNTRYS  # "The government in Kyiv": the country's, as "Ukraine's government" is
        or any(word in _PASSING_MODIFIERS for word in words)
    ):
        return None
    place = draft.entities[mentions[0].entity]
    if place.type not in _PLACE_TYPES or any(draft.entities[m.entity].type == "person" for m in mentions):
        return None
    wanted = set(words)
    for steps, mention in enumerate(draft.mentions_before(start)):
        if steps > _DESCRIPTION_REACH:
            break
        entity = draft.entities[mention.entity]
        if (
            entity.type in ("organization", "government")
            and wanted <= set(entity.name.lower().split())
            and (place.country is None or entity.country in (None, place.country))
        ):
            draft.add_mention(entity.id, start, end, "statement.source.description")
            return entity.id
    kind = "government" if words[-1] in rules_for(draft).gov_heads else "organization"
    entity_id = ensure_org(
        draft,
        " ".join(words),
        rule="statement.source.organization",
        kind=kind,
        country=place.country,
        affiliation=place.id if place.type in ("country", "government") else None,
    )
    draft.add_mention(entity_id, start, end, "statement.source.organization")
    return entity_id


#: A town named by its unit of government: "The city of Des Moines", "the town of Kessel", "the state of Iowa".
_TOWN_OF = re.compile(
    r"(?:[Tt]he[ \t]+)?(?:city|town|village|county|municipality|borough|province|state|region)[ \t]+of[ \t]+"
    rf"(?P<name>[{UPPER}][\w.’'\-]*(?:[ \t]+[{UPPER}][\w.’'\-]*){{0,3}})"
)


def _town_of(draft: Draft, start: int, end: int) -> str | None:
    """The government of a town a source names by its unit: "The city of Des Moines said", not a person.

    The place speaks as its government, as "Kessel County said" does; a place the entities stage knew by
    this name ("the state of Iowa": Iowa) is itself, one it knew by another ("the city of Kyiv": Ukraine) is not.
    """
    found = _TOWN_OF.fullmatch(draft.text, start, end)
    if found is None:
        return None
    name = found.group("name")
    mention = draft.mention_at(found.start("name"))
    if mention is not None and (mention.span.start, mention.span.end) == found.span("name"):
        if draft.entities[mention.entity].name == name:
            return mention.entity
    elif mention is not None:
        return None  # "the city of Acme Corp": a name read otherwise
    entity_id = ensure_org(draft, name, rule="statement.source.place", kind="government")
    draft.add_mention(entity_id, start, end, "statement.source.place")
    return entity_id


#: A source's opening noun phrase in lower case and the relative "who" after it: "A farmer who", "One night nurse who".
_RELATIVE_OPENING = re.compile(r"(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)(?:[ \t]+[a-z][a-z\-]*){1,3}(?=[ \t]+who[ \t])")


def _relative_antecedent(draft: Draft, start: int, end: int) -> int | None:
    """Where the unnamed person a source's relative clause describes ends: "A farmer| who grows wheat".

    None unless the source opens with an article or "one", up to three words in lower case and "who", and no
    mention starts before the "who".
    """
    opening = _RELATIVE_OPENING.match(draft.text, start, end)
    if opening is None or opening.group().split()[-1] in _NOT_PERSON_NOUNS:
        return None
    if any(mention.span.start < opening.end() for mention in draft.mentions_in(start, end)):
        return None
    return opening.end()


def _one_unnamed(draft: Draft, source: tuple[int, int]) -> str | None:
    """One person the text does not name, as a group: "A man", "an elderly woman"; not "The driver"."""
    words = draft.text[source[0] : source[1]].split()
    if words[0].lower() not in ("a", "an", "one"):
        return None
    entity_id = ensure_group(draft, " ".join(words[1:]), rule="statement.source.group")
    draft.add_mention(entity_id, source[0], source[1], "statement.source.group")
    return entity_id


#: The words after an unnamed person's article, up to the noun: "A federal judge", "One night nurse".
_UP_TO_NOUN = r"(?:[ \t]+[a-z][a-z\-]*){0,2}[ \t]+(?P<noun>[a-z][a-z\-]*)"
_ONE_NOUN = r"(?:[Aa]n?|[Oo]ne)" + _UP_TO_NOUN
#: A place's name of up to four capitalised words: "Des Moines", "Lyon, France".
_PLACE_NAME = rf"[{UPPER}][\w.’'\-]*(?:,?[ \t]+[{UPPER}][\w.’'\-]*){{0,3}}"
#: One unnamed person placed by where they are: "A federal judge in Des Moines", "a farmer near Ames".
_ONE_PLACED = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]he)" + _UP_TO_NOUN + r"[ \t]+(?:in|from|near|outside)[ \t]+" + _PLACE_NAME
)


#: One unnamed person known by a role at a body or a place: "An emergency nurse at Lyell McEwin Hospital",
#: "a teacher at the Hillcrest school in Leeds"; the noun must be one of ``StatementRules.own_roles``.
_ONE_AT_WORK = re.compile(_ONE_NOUN + rf"[ \t]+(?:at|in|from|near|outside|with)[ \t]+(?:the[ \t]+)?[{UPPER}]")


#: One unnamed person at a workplace the text does not name, placed by a name: "A porter at a hotel on the Corso",
#: "a cook at a restaurant in Trastevere": the name says where the workplace is, and no one speaks for it.
_ONE_AT_A_PLACE = re.compile(
    _ONE_NOUN
    + r"[ \t]+(?:at|from|with|in)[ \t]+(?:an?|the)(?:[ \t]+[a-z][a-z\-’']*){1,3}"
    + r"[ \t]+(?:in|on|near|off|outside|at)[ \t]+(?:the[ \t]+)?"
    + _PLACE_NAME
)


def _placed_one(draft: Draft, source: tuple[int, int]) -> str | None:
    """The unnamed person a source names by a noun and a place: "A federal judge in Des Moines said".

    The names after "in", "from", "near" or "outside" say where the person is, whatever the entities
    stage took them for (a two-word town reads like a person's name); the speaker is the whole phrase,
    a group as "an official in Lagos" is, never the place. So is one known by a role at a body ("an
    emergency nurse at Lyell McEwin Hospital", "a teacher at the Hillcrest school"), who speaks for
    themselves, not for the body as "a spokesman at" the body does, and one at a workplace placed by a name
    ("a porter at a hotel on the Corso").
    """
    start, end = source
    if draft.text[start : start + 1] not in "AaOoTt":
        return None
    rules = _rules(draft)
    placed = _ONE_PLACED.fullmatch(draft.text, start, end)
    if placed is not None:
        if placed.group("noun") in rules.organization_nouns:
            return None  # "The foreign ministry in Moscow", "the embassy in London": a body, no one person
    else:
        at_work = _ONE_AT_WORK.match(draft.text, start, end)
        if at_work is None or at_work.group("noun") not in rules.own_roles:
            at_a_place = _ONE_AT_A_PLACE.fullmatch(draft.text, start, end)
            if at_a_place is None:
                return None
            noun = at_a_place.group("noun")
            if noun in rules.organization_nouns or (noun in rules.unnamed_roles and noun not in rules.own_roles):
                return None  # "A spokesman at the embassy in Rome": speaks for the body, as before
    entity_id = ensure_group(draft, draft.text[start:end].split(maxsplit=1)[1], rule="statement.source.group")
    draft.add_mention(entity_id, start, end, "statement.source.group")
    return entity_id


#: People named by the body they belong to, which "of" names after them: the head alone tells nothing.
_MEMBERS_OF = frozenset(["members", "leaders", "staff", "employees", "supporters", "colleagues", "activists"])
#: Quantifiers that open a group's source but not its name: "Some members of the union".
_SOME = frozenset(["Some", "some", "Many", "many", "Several", "several", "Most", "most"])


def _is_person(draft: Draft, mention: Mention) -> bool:
    return draft.entities[mention.entity].type == "person"


#: A role or a body, then whose or where it is: "The mayor of Leeds", "the union in Lyon", "A spokesman for the
#: council in Leeds": a determiner, up to two words in lower case before the head noun, a preposition, the owner.
_ROLE_THEN_OWNER = re.compile(
    r"(?P<det>[Tt]he|[Aa]n?)[ \t]+(?P<head>(?:[a-z][\w\-]*[ \t]+){0,2}?(?P<noun>[a-z][\w\-]*))"
    r"[ \t]+(?P<prep>of|in|at|for|from)[ \t]+(?P<owner>(?:the[ \t]+)?\S.*)"
)
#: An article, a body's name and a person's title: "A Labour MP", "a Green Party councillor", "One SNP MSP".
_NAMED_BODY_ROLE = re.compile(
    rf"(?:[Aa]n?|[Oo]ne)[ \t]+(?P<owner>[{UPPER}][\w\-’']*(?:[ \t]+[{UPPER}][\w\-’']*){{0,2}})[ \t]+(?P<role>[\w\-]+)"
)
#: Offices held in a town or a region: the capitalised word after them names a place, which has a government.
_CIVIC_ROLES = frozenset(["mayor", "governor", "premier", "councillor", "councilor", "sheriff", "council", "police"])


def _role_with_owner(draft: Draft, start: int, end: int) -> str | None:
    """The speaker a role or a body names with its owner or place: a person or a body, not the place.

    "The mayor of Leeds said": one person, known by the role, affiliated to Leeds (a government); "The union in
    Lyon backed": the union, placed in Lyon; "A Labour MP said": a person of Labour, not the party. A person the
    text named before with the same role and owner is that person. The owner must be a name; "the ministry of
    defence" and "the government of Peru" are read elsewhere.
    """
    text = draft.text
    entity_rules = rules_for(draft)
    named = _NAMED_BODY_ROLE.fullmatch(text, start, end)
    if named is not None:
        role_word = named.group("role")
        if role_word not in entity_rules.titles or role_word.endswith("s"):
            return None
        owner_start, owner_end = named.span("owner")
        # A lone word the text does not know is a party before a party's role ("A Labour MP"), and an acronym a
        # body ("a CAS spokesperson"), but another word may be a person's name ("a Clinton aide").
        owner = _owner_entity(
            draft,
            owner_start,
            owner_end,
            civic=False,
            before=role_word in PARTY_ROLES or named.group("owner").isupper(),
        )
        if owner is None:
            return None
        role = (entity_rules.titles[role_word][0] or role_word).lower()
        name = " ".join(text[owner_start : named.end()].split())
        return _role_person(draft, name, role, owner, start, end)
    match = _ROLE_THEN_OWNER.fullmatch(text, start, end)
    if match is None or not any(word[:1].isupper() for word in match.group("owner").split()):
        return None
    head, noun = " ".join(match.group("head").split()), match.group("noun")
    if noun.endswith("s") or noun in _ANY_COUNTRYS or noun in entity_rules.gov_heads:
        return None  # "officials in Lyon" are a group; "the government of Peru", "a delegation from Japan" Peru's
    if noun in entity_rules.unnamed_role_words and not (head != noun and head in entity_rules.titles):
        return None  # "An official in Beijing", "a spokesman for the firm": unnamed sources ("chief executive" is one)
    if match.group("prep") == "from":
        return None  # "a delegation from Japan": people from a place, read as before
    owner_start, owner_end = match.span("owner")
    if head in entity_rules.titles or noun in entity_rules.titles:
        role = entity_rules.titles[head if head in entity_rules.titles else noun][0] or noun
        nested = _role_with_owner(draft, owner_start, owner_end) if text[owner_start] in "Tt" else None
        if noun not in _CIVIC_ROLES:
            # "The chief executive of Acme Holdings", "the head of the union in Lyon": the body speaks, as its
            # officer does for it; a country for its president, the mentions after this say.
            return nested
        owner = nested or _owner_entity(draft, owner_start, owner_end, civic=True)
        if owner is None:
            return None
        name = " ".join(text[match.start("head") : end].split())
        return _role_person(draft, name, role.lower(), owner, start, end)
    if noun not in entity_rules.org_nouns and noun not in entity_rules.org_descriptors:
        return None
    described = draft.mentions_in(start, match.end("head"))
    if described and draft.entities[described[0].entity].type in ("organization", "government", "group"):
        # "The CGT union called a strike. The union in Lyon backed it": the union coreference found.
        draft.add_mention(described[0].entity, start, end, "statement.source.description")
        return described[0].entity
    owner = _owner_entity(draft, owner_start, owner_end, civic=noun in _CIVIC_ROLES or match.group("prep") != "of")
    if owner is None:
        return None
    name = " ".join(text[match.start("head") : end].split())
    entity_id = ensure_org(draft, name, rule="statement.source.organization", affiliation=owner)
    draft.add_mention(entity_id, start, end, "statement.source.organization")
    return entity_id


def _owner_entity(draft: Draft, start: int, end: int, *, civic: bool, before: bool = False) -> str | None:
    """The entity of the owner or place named at ``text[start:end]``: its mention, or one to three capitalised
    words made a body (a government when ``civic`` or when the text writes the word as a place). A lone word
    the text does not know is a body only before the role (``before``: "A Labour MP"), in a civic role ("the
    mayor of Leeds") or written as a place. An area named by its unit ("Kessel County", see ``area_name``) is
    its government, whatever the entities stage read there, and gets a mention of its own."""
    mentions = draft.mentions_in(start, end)
    words = draft.text[start:end].split()
    if words and words[0] in ("the", "The"):
        words = words[1:]
    if area_name(draft, words, owned=True) and not any(
        mention.span.end == end and draft.entities[mention.entity].type == "government" for mention in mentions
    ):
        # "the sheriff of Kessel County", "the governor of Orel Oblast": the area's government, not a person
        # named "Kessel County" nor the place "Washington" inside "Washington County".
        name = " ".join(words)
        entity_id = draft.entity_keys.get("org:" + norm(name)) or ensure_org(
            draft, name, rule="statement.source.owner", kind="government"
        )
        # From its first word to its last as written: "Kessel  County" may have more than one space inside.
        owner_start = draft.text.find(words[0], start, end)
        owner_end = draft.text.rfind(words[-1], start, end) + len(words[-1])
        draft.add_mention(entity_id, owner_start, owner_end, "statement.source.owner")
        return entity_id
    if mentions:
        return mentions[0].entity
    if not 1 <= len(words) <= 3 or not all(word[:1].isupper() and word.replace("-", "").isalpha() for word in words):
        return None
    entity_rules = rules_for(draft)
    if any(word in entity_rules.not_names for word in words):
        return None
    name = " ".join(words)
    known = draft.entity_keys.get("org:" + norm(name))
    if known is None and len(words) == 1:
        # "the European Commission ... a Commission spokesman": a word of a body's name the text gave before.
        known = next(
            (
                entity.id
                for entity in reversed(draft.entities.values())
                if entity.type in ("organization", "government") and name in entity.name.split()[-1:]
            ),
            None,
        )
    if known is None and name in draft.scratch.get("name_tokens", {}):
        return None  # "the spokesman for Okafor": a person's name, read elsewhere
    place = len(words) == 1 and named_place(draft, name)
    if known is None and len(words) == 1 and not (civic or place or before):
        return None  # "The spokesman for Okafor": a lone word may be a person's name as well as a body's
    kind = "government" if known is None and (civic or place) else None
    entity_id = known or ensure_org(draft, name, rule="statement.source.owner", kind=kind or "organization")
    owner_start = draft.text.find(words[0], start, end)
    draft.add_mention(entity_id, owner_start, owner_start + len(name), "statement.source.owner")
    return entity_id


def _role_person(draft: Draft, name: str, role: str, owner: str, start: int, end: int) -> str:
    """The person known by ``role`` at ``owner``: one named before with both, else one known by the role alone."""
    for steps, mention in enumerate(draft.mentions_before(start)):
        if steps > _DESCRIPTION_REACH:
            break
        entity = draft.entities[mention.entity]
        if entity.type == "person" and entity.role == role and entity.affiliation == owner:
            draft.add_mention(entity.id, start, end, "statement.source.description")
            return entity.id
    country = draft.entities[owner].country
    entity_id = ensure_person(
        draft, name, rule="statement.source.role", role=role, affiliation=owner, country=country, named=False
    )
    draft.add_mention(entity_id, start, end, "statement.source.role")
    return entity_id


#: What may follow the group a source opens with and still leave it the speaker: a place, a topic, a clause.
_GROUP_MODIFIERS = ("on ", "of ", "at ", "from ", "in ", "near ", "across ", "who ", "whose ")


def _modified_group(after: str) -> bool:
    """Whether the words after a group's mention modify it: "in Gaza", "who have tracked ...", "working at"."""
    if after.startswith(_GROUP_MODIFIERS):
        return True
    word = after.split(" ", 1)[0]
    return word.islower() and word.endswith("ing") and len(word) > 5 and word not in _ING_NOUNS


def _group_head(rules: StatementRules, head: tuple[str, ...]) -> tuple[tuple[str, ...], bool]:
    """``_before_modifier(rules, head)``, and whether its last word names unnamed people ("officials").

    Heads recur, as their sources do: the answer is kept in ``rules.group_heads`` (the rules are read only),
    at most ``_GROUP_HEADS_KEPT`` of them.
    """
    answer = rules.group_heads.get(head)
    if answer is None:
        group_head = _before_modifier(rules, head)
        answer = group_head, bool(group_head) and _unnamed_plural(rules, group_head[-1])
        if len(rules.group_heads) >= _GROUP_HEADS_KEPT:
            rules.group_heads.clear()
        rules.group_heads[head] = answer
    return answer


#: How many heads ``_group_head`` keeps the answer for (a long run starts again after that many).
_GROUP_HEADS_KEPT = 4096


def _before_modifier(rules: StatementRules, head: tuple[str, ...]) -> tuple[str, ...]:
    """A source's head words before a relative clause or a participle: "nurses" in "nurses working at clinics".

    A participle counts only after unnamed people, so that "the council's housing officers" keeps its words.
    """
    for index, word in enumerate(head[1:], start=1):
        lower = word.lower()
        if lower in ("who", "whose") or (
            word.islower()
            and lower.endswith("ing")
            and len(lower) > 5
            and lower not in _ING_NOUNS
            and _unnamed_plural(rules, head[index - 1])
        ):
            return head[:index]
    return head


def _office_holder(draft: Draft, start: int, end: int, title: str) -> str | None:
    """The person a title after "the" names: "The CEO said", "the Chief Executive said".

    A title is an office, held by one person: the person named before with that role, else a person known
    by the office alone, never a body called "The CEO". ``title`` must be one of the packs' titles.
    """
    titles = rules_for(draft).titles
    if title not in titles:
        return None
    role = titles[title][0] or title.lower()
    for steps, mention in enumerate(draft.mentions_before(start)):
        if steps > _DESCRIPTION_REACH:
            break
        entity = draft.entities[mention.entity]
        if entity.type == "person" and entity.role == role:
            draft.add_mention(mention.entity, start, end, "statement.source.description")
            return mention.entity
    entity_id = ensure_person(draft, title, rule="statement.source.role", role=role, named=False)
    draft.add_mention(entity_id, start, end, "statement.source.role")
    return entity_id


#: Bodies every country has: "the interim government" alone is no body of its own, but some country's.
_ANY_COUNTRYS = frozenset(["government", "administration", "cabinet", "parliament", "army", "military", "police"])
#: Words that tell when a body held office, not which body it is: "the new ministry", "the former office".
_PASSING_MODIFIERS = frozenset(
    ["new", "old", "former", "current", "previous", "outgoing", "incoming", "interim", "same", "other", "own"]
)
#: "61-year-old": an age the text calls a person by once it has named them.
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")
#: How many mentions back a description ("the 61-year-old", "the water department") looks for its referent.
_DESCRIPTION_REACH = 40


def _lower_modifier(word: str) -> bool:
    """Whether a word of a body's description is a common word in lower case: "regional", "data-protection",
    "state-owned"."""
    letters = word.replace("-", "")
    return letters.isalpha() and letters.islower()


def _described_referent(draft: Draft, rules: StatementRules, source: tuple[int, int], words: list[str]) -> str | None:
    """The speaker a definite description in lower case refers back to: "the 61-year-old", "the water department".

    An age stands for the person named last, in the same sentence or up to two before. A body's
    description (its last word one of the pack's organisation nouns) stands for the nearest body whose
    name holds all its words ("the water department": the Lanark County Water Department); a
    description no name holds is a body of its own ("the regional office"; "the union" of a text that
    names no union, as an unnamed source is a group), but "the government" or "the new ministry" alone
    is no one's: which country's or which of two, the text does not say.
    """
    start, end = source
    if len(words) == 1 and _AGE_NOUN.fullmatch(words[0]):
        here = draft.sentence_index(start)
        for steps, mention in enumerate(draft.mentions_before(start)):
            there = draft.sentence_index(mention.span.start)
            if steps > _DESCRIPTION_REACH or here is None or there is None or here - there > 2:
                return None
            entity = draft.entities[mention.entity]
            if entity.type == "person" and is_named(entity.name):
                draft.add_mention(mention.entity, start, end, "statement.source.description")
                return mention.entity
        return None
    descriptors = rules_for(draft).org_descriptors
    if not (
        words[-1] in rules.organization_nouns
        or words[-1] in descriptors
        or " ".join(words[-2:]) in descriptors  # "the think tank"
    ) or not all(_lower_modifier(word) for word in words):
        return None  # "the Flemish regional government": a name's word, read elsewhere
    wanted = set(words)
    for steps, mention in enumerate(draft.mentions_before(start)):
        if steps > _DESCRIPTION_REACH:
            break
        entity = draft.entities[mention.entity]
        if entity.type in ("organization", "government") and wanted <= set(entity.name.lower().split()):
            draft.add_mention(mention.entity, start, end, "statement.source.description")
            return mention.entity
    if words[-1] in _ANY_COUNTRYS or any(word in _PASSING_MODIFIERS for word in words):
        return None  # "The government", "the new ministry": whose, the text does not say
    entity_id = ensure_org(draft, " ".join(words), rule="statement.source.organization")
    draft.add_mention(entity_id, start, end, "statement.source.organization")
    return entity_id


#: Up to five words that open a sentence with a determiner: where a document the next sentence calls "it" stands.
_OPENING_PHRASE = re.compile(r"(?:The|This|That|A|An|Its|Their|His|Her)(?:[ \t]+[\w\-’']+){1,4}")


def _document_before(draft: Draft, rules: StatementRules, position: int) -> str | None:
    """The document that opens the sentence before ``position``'s, as its speaker: "The report ... . It said".

    The document is the first of the pack's evidence nouns among the opening words, after the determiner
    and before any comma; "The report, published on Monday, ..." and "A new audit of the port ..." qualify.
    """
    here = draft.sentence_index(position)
    if here is None or here == 0:
        return None
    sentence_start, sentence_end = draft.sentences[here - 1]
    start = _skip_space(draft.text, sentence_start, sentence_end)
    opening = _OPENING_PHRASE.match(draft.text, start, sentence_end)
    if opening is None:
        return None
    words = opening.group().split()
    for index, word in enumerate(words[1:], start=1):
        if word.rstrip(",").lower() in rules.evidence and word.rstrip(",")[:1].islower():
            end = draft.text.find(word, start) + len(word.rstrip(","))
            return _evidence_speaker(draft, (start, end), tuple(words[: index + 1]))
        if word.endswith(",") or word.lower() in _BOUNDARY_WORDS or word.lower() in _HEAD_END:
            return None
    return None


def _document_for_it(draft: Draft, rules: StatementRules, start: int, end: int) -> str | None:
    """The document "it" is after a sentence a document opens, where coreference found nothing or a place.

    "The report found that staff in South Australia were overworked. It said ...": a report finds and says,
    a place named in it or before it does not. A body coreference found ("The report criticised Acme. It
    said it would appeal") is left alone. The document is the one a statement of the sentence before made
    its speaker ("The review found ... . It said", "It found ... . It said"), else the one that opens it.
    """
    mentions = draft.mentions_in(start, end)
    if mentions and draft.entities[mentions[0].entity].type not in ("country", "other"):
        return None
    here = draft.sentence_index(start)
    if here is None or here == 0:
        return None
    before_start, before_end = draft.sentences[here - 1]
    before_start = _skip_space(draft.text, before_start, before_end)
    documents = draft.scratch.get("document_speakers", ())
    # The document a statement of the sentence before made its speaker ("The report found ...", "It found ...").
    document = next(
        (
            mention.entity
            for mention in draft.mentions_in(before_start, min(before_end, before_start + 40))
            if mention.span.start == before_start and mention.entity in documents
        ),
        None,
    ) or _document_before(draft, rules, start)
    if document is not None:
        draft.add_mention(document, start, end, "statement.source.description")
    return document


#: A name of one to three capitalised words that opens a sentence, then a verb in lower case: "TikTok removed".
_OPENING_NAME = re.compile(rf"(?P<name>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}})[ \t]+[a-z]+(?:ed)?\b")
#: A body's noun after an article that opens a sentence: "The platform removed", "The Dutch insurer said".
_OPENING_BODY = re.compile(r"(?:The|This)(?P<words>(?:[ \t]+[\w\-]+){1,3}?)[ \t]+(?=[a-z]+(?:ed|s)?\b)")


def _body_before(draft: Draft, rules: StatementRules, position: int) -> str | None:
    """The body that opens the sentence before ``position``'s, as the speaker of a sentence's "It said".

    A name no mention covers, whose words are no common word that opens sentences, given name, month or
    day ("TikTok removed the videos. It said ..."): a body, as "it" says, with a mention there. Or a
    body's description that a name before holds or that stands alone ("The platform removed the posts.
    It said ..."), read as "the union" is.
    """
    here = draft.sentence_index(position)
    if here is None or here == 0:
        return None
    sentence_start, sentence_end = draft.sentences[here - 1]
    start = _skip_space(draft.text, sentence_start, sentence_end)
    if draft.quote_at(start) is not None:
        return None
    plural_end = _plural_subject_end(draft, rules, start, sentence_end)
    if plural_end is not None:
        # "Regulators fined Kovalt on Monday. It said it would appeal.": "it" is no group; the body after the verb.
        return _object_body(draft, plural_end, sentence_end)
    if draft.mention_at(start) is not None:
        return None
    described = _OPENING_BODY.match(draft.text, start, sentence_end)
    if described is not None:
        words = described.group("words").split()
        end = start + len(described.group().rstrip())
        if words[-1] not in rules_for(draft).described_body_nouns:
            return None
        referent = _described_referent(draft, rules, (start, end), words)
        if referent is None and all(word.isalpha() and word.islower() for word in words):
            # "The platform removed the posts. It said ...": a body the text names by its noun alone.
            referent = ensure_org(draft, " ".join(words), rule="statement.source.organization")
            draft.add_mention(referent, start, end, "statement.source.organization")
        return referent
    opening = _OPENING_NAME.match(draft.text, start, sentence_end)
    if opening is None:
        return None
    words = opening.group("name").split()
    entity_rules = rules_for(draft)
    if any(
        word in entity_rules.not_names
        or word in _NOT_SPEAKERS
        or word in _MONTHS
        or _is_weekday(word)
        or word.lower() in rules.unnamed
        for word in words
    ) or (words[0] in entity_rules.given_names or _LEAD_WORD_TITLE.fullmatch(words[0])):
        return None
    if len(words) == 1 and _plural_word(words[0]):
        return None  # "Prices rose. It said ...": a common plural the sentence capitalised, no body
    name_end = opening.end("name")
    if draft.mentions_in(start, name_end):
        return None
    entity_id = ensure_org(draft, " ".join(words), rule="statement.source.organization")
    draft.add_mention(entity_id, start, name_end, "statement.source.organization")
    return entity_id


#: A verb after a sentence's subject, then a name: "fined Kovalt", "sued Brightline Foods", "warned Vantor".
_VERB_THEN_NAME = re.compile(
    rf"[ \t]+(?:have[ \t]+|had[ \t]+)?[a-z]+[ \t]+(?P<name>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,3}})"
    r"(?=[ \t]*(?:[.,;]|$|[ \t][a-z]))"
)


#: Acts of authorities on a body, after which a name no mention covers is that body: "Regulators fined Kovalt".
_ACTS_ON_BODIES = frozenset(
    "fined sued charged penalised penalized raided investigated sanctioned censured blacklisted banned "  # noqa: SIM905
    "suspended audited prosecuted indicted nationalised nationalized delisted".split()
)


def _plural_subject_end(draft: Draft, rules: StatementRules, start: int, end: int) -> int | None:
    """Where a plural subject that opens a sentence ends: "Regulators", "EU officials", a group's mention."""
    groups = [
        mention.span.end
        for mention in draft.mentions_in(start, end)
        if mention.span.start == start and draft.entities[mention.entity].type == "group"
    ]
    if groups:
        return max(groups)  # "EU officials", not "EU"
    if draft.mention_at(start) is not None:
        return None
    word, _ = _next_word(draft.text, start, end)
    lower = word.lower()
    if word[:1].isupper() and (
        lower in rules.unnamed
        or _unnamed_plural(rules, word, opens=True)
        or (_plural_word(word) and lower.endswith(_GROUP_PLURAL_ENDINGS))
    ):
        return start + len(word)
    return None


def _object_body(draft: Draft, subject_end: int, sentence_end: int) -> str | None:
    """The body named right after the verb that follows a plural subject: "Regulators fined **Kovalt**".

    A mention of a body, or a name no mention covers and that is no given name (a person is no "it").
    """
    found = _VERB_THEN_NAME.match(draft.text, subject_end, sentence_end)
    if found is None or found.group(0).split()[0] in _BE:
        return None
    name_start, name_end = found.span("name")
    mentions = draft.mentions_in(name_start, name_end)
    if mentions:
        entity = draft.entities[mentions[0].entity]
        return entity.id if entity.type in ("organization", "government") and len(mentions) == 1 else None
    verb = found.group(0).split()
    if verb[0] in ("have", "had"):
        del verb[0]
    if verb[0] not in _ACTS_ON_BODIES:
        return None  # "Residents praised Holt. It said ...": a surname no mention covers is no body's
    words = found.group("name").split()
    entity_rules = rules_for(draft)
    if words[0] in entity_rules.given_names or any(word in entity_rules.not_names for word in words):
        return None
    entity_id = ensure_org(draft, " ".join(words), rule="statement.source.organization")
    draft.add_mention(entity_id, name_start, name_end, "statement.source.organization")
    return entity_id


#: Capitalised words that open a sentence and no name: a title ("President", "Mr").
_LEAD_WORD_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr|President|Minister|Senator|Governor|Mayor)\.?")


def _unnamed_with_tie(draft: Draft, rules: StatementRules, source: tuple[int, int]) -> str | None:
    """One unnamed source and what ties them to the matter: "a person familiar with the insurer's thinking".

    The whole phrase names the source, a group of its own; the body inside it ("the company") does not speak.
    """
    text = draft.text
    start, end = source
    first_char = text[start : start + 1]
    if first_char not in ("a", "A", "o", "O") and not first_char.isspace():
        return None  # the test below of the first word, on its first letter: no "a", "an" or "one"
    words = text[start:end].split(maxsplit=2)
    if len(words) < 3 or words[0].lower() not in ("a", "an", "one") or words[1].lower() not in rules.unnamed:
        return None
    first = text.find(words[1], start, end)
    if rules.source_ties is None or rules.source_ties.match(text, first + len(words[1]), end) is None:
        return None
    entity_id = ensure_group(draft, text[first:end], rule="statement.source.group")
    draft.add_mention(entity_id, start, end, "statement.source.group")
    return entity_id


#: The plural of an abbreviation: "MPs", "NGOs", "CEOs".
_ABBREVIATED_PLURAL = re.compile(r"[A-Z]{2,}s")


def _counted_plural(words: list[str]) -> bool:
    """Whether a source is a count and a plural noun in lower case: "two deputy vice-rectors".

    Nouns of the pack's unnamed sources ("officials", "analysts") are read before this; here the head is any
    plural noun, so the count must open the phrase ("Two said" has no noun, "Some data show" no plural). "Many
    other critics" are others beside a subject named before: no group of their own.
    """
    if not 2 <= len(words) <= 4 or words[0].lower() not in _COUNTS:
        return False
    last = words[-1]
    if _ABBREVIATED_PLURAL.fullmatch(last):
        return len(words) == 2  # "three MPs", "two NGOs": a plural abbreviation right after the count
    return (
        all(
            _hyphenated_word(word) and word.islower() and word not in _DETERMINERS and word not in ("of", "other")
            for word in words[1:]
        )
        and last.endswith("s")
        and not last.endswith(("ss", "us", "is"))
        and last not in _NOT_PEOPLE
    )


#: Plurals after a count that name no people: "many others" stands for a subject already named, the rest are time.
_NOT_PEOPLE = frozenset("others times years months weeks days hours minutes".split())  # noqa: SIM905


#: Words that count the people of a source: "two officials", "several lawmakers" (not "hundreds of teachers",
#: which the entity stage reads as the whole group).
_COUNTS = frozenset([*NUMBER_WORDS, "several", "some", "many"])


def _common_word_at_sentence_start(draft: Draft, start: int, end: int, words: list[str]) -> bool:
    """Whether a one-word source opening a sentence is a common word, no name ("Management", "Fans").

    The entity stage's ``name_kind`` judges it: a word the text also capitalises inside a sentence,
    one the packs list, or one with a name's form ("Okafor said") stays a name.
    """
    if len(words) != 1:
        return False
    word_start = draft.text.find(words[0], start, end)
    if word_start < 0 or not _common_at_sentence_start(draft, word_start, words[0], rules_for(draft)):
        return False
    return name_kind(draft, word_start, word_start + len(words[0])) is None


#: The endings of plural nouns for people or bodies of a kind ("Exporters", "Analysts", "Residents", "Historians",
#: "Employees", "Locals", "Authorities", "Democrats"): what a capitalised plural opening a sentence ends in when it
#: names a group; a surname seldom does ("Reynolds", "Williams", "Hughes", "Jenkins").
_GROUP_PLURAL_ENDINGS = (
    "ers", "ors", "ists", "ants", "ents", "ians", "ans", "ics", "ees", "ives", "ites", "ates", "ats", "ots", "als",
    "ies", "ions", "eers", "ars", "ges", "sses", "ches", "shes",
)  # fmt: skip


#: A preposition that places people after their noun: " in ", " near ", " across ".
_PLACED_AFTER = re.compile(r"[ \t]+(?:in|at|near|across|from|around|outside)[ \t]")


def _described_kind(draft: Draft, start: int, head: tuple[str, ...]) -> bool:
    """Whether a source's head words at ``start`` are a plural of a kind of people, described or not.

    "Exporters", "industry representatives", "Seafood industry representatives": the last word a plural
    ``_kind_plural`` knows, up to two words before it in lower case (the first may carry a sentence's
    capital), no name's ("Acme representatives").
    """
    if len(head) == 1:
        return _kind_plural(head[0])
    if not 1 < len(head) <= 3 or not head[-1].islower() or not _kind_plural(head[-1]):
        return False
    first, *rest = head[:-1]
    if not (first.islower() or _common_at_sentence_start(draft, start, first, rules_for(draft))):
        return False
    return all(word.replace("-", "").isalpha() and word.islower() for word in [first.lower(), *rest])


def _person_called(draft: Draft, word: str) -> str | None:
    """The person the text has named ``word``, by the whole name or its last word ("Rogers"), if one."""
    for entity in draft.entities.values():
        if entity.type == "person" and (entity.name == word or entity.name.rpartition(" ")[2] == word):
            return entity.id
    return None


def _kind_plural(word: str) -> bool:
    """Whether a word is a plural of a kind of people or bodies by its ending: "exporters", "Historians".

    No pack lists every such noun; its ending shows it (see ``_GROUP_PLURAL_ENDINGS``).
    """
    return len(word) > 4 and word[1:].islower() and _plural_word(word) and word.lower().endswith(_GROUP_PLURAL_ENDINGS)


def _surname_form(draft: Draft, rules: StatementRules, word: str) -> bool:
    """Whether a capitalised word in "-s" opening a sentence has a surname's form rather than a plural noun's.

    "Reynolds said", "Williams told reporters", "Hughes warned": a given name of the packs, alone ("Moses") or
    with "-s" or "-es" ("William", "Hugh"), or an ending no plural of a kind of people or bodies has (see
    ``_GROUP_PLURAL_ENDINGS``). A word of the packs ("Officials", "Unions"), a short one ("Fans", "Cops") or a
    "-men" plural is a group.
    """
    if not word.endswith("s"):
        return False
    entity_rules = rules_for(draft)
    lower = word.lower()
    if lower in rules.unnamed or lower in entity_rules.org_or_group_words or lower[:-1] in entity_rules.org_words:
        return False
    given = entity_rules.given_names
    if word in given or word[:-1] in given or (word.endswith("es") and word[:-2] in given):
        return True
    return len(lower) > 4 and not lower.endswith(_GROUP_PLURAL_ENDINGS) and not _men_plural(word)


def _plural_word(word: str) -> bool:
    """Whether a word looks like a plural noun: "Fans", "Producers", "Policemen"; not "Congress", "Status"."""
    return (word.endswith("s") and not word.endswith(("ss", "us", "is"))) or _men_plural(word)


#: Words ending in "men" that are no plural of "-man": "specimen", "Yemen", "Carmen".
_NOT_MEN_PLURALS = frozenset(
    "specimen specimens abdomen regimen acumen stamen cyclamen hymen yemen carmen omen amen".split()  # noqa: SIM905
)


def _men_plural(word: str) -> bool:
    """Whether a word is a plural of "-man", "-woman" or "-person" without an "s": "Militiamen", "Townspeople".

    English news names unnamed people with such compounds ("gunmen", "policewomen", "tradespeople"); no pack
    can list them all, and a name seldom ends so ("Carmen", "Yemen" are left out).
    """
    lower = word.lower()
    if lower in _NOT_MEN_PLURALS:
        return False
    return (lower.endswith("men") and len(lower) >= 6) or (lower.endswith("people") and len(lower) > 6)


def _unnamed_plural(rules: StatementRules, word: str, opens: bool = False) -> bool:
    """Whether a word names unnamed people: the pack's nouns ("officials") or a "-men" plural in lower case.

    A capitalised "-men" word counts only where ``opens`` says the sentence capitalised it ("Militiamen said");
    elsewhere it is a name's ("Werder Bremen").
    """
    lower = word.lower()
    return lower in rules.unnamed or ((word.islower() or opens) and _men_plural(word))


def _role_of_body(draft: Draft, head: tuple[str, ...], mentions: list[Mention]) -> bool:
    """Whether a source is one holder of a role at a body: "The chief executive of Acme Holdings".

    One person, named by a singular role after an article, speaks for the body named after "of",
    "for" or "at", as "the chairman of the Federal Reserve" does; "executives at Acme" stay a group.
    """
    if len(head) < 2 or head[0].lower() not in ("the", "a", "an") or head[-1].endswith("s"):
        return False
    first = min(mentions, key=lambda mention: mention.span.start)
    between = draft.text[max(0, first.span.start - 12) : first.span.start].split()[-2:]
    if between[-1:] == ["the"]:
        between.pop()
    if not between or between[-1] not in ("of", "for", "at"):
        return False
    return draft.entities[first.entity].type in ("organization", "government", "country")


_WORD_RUN = re.compile(r"\S+")
#: "X, the online bookmaker, said": an apposition whose head is a body's noun.
_ORGANISATION_APPOSITION = re.compile(
    r",[ \t]+(?:the|an?)[ \t]+(?:(?!(?:of|for|at|in|on|with|from|to|and|who|which)\b)[\w’'\-]+[ \t]+){0,3}?"
    r"(?:company|firm|bookmaker|bank|group|agency|operator|retailer|lender|insurer|carrier|airline|broadcaster|"
    r"publisher|charity|manufacturer|maker|developer|conglomerate|corporation|startup|start-up|regulator|watchdog|"
    r"union|association|federation|organisation|organization|lobby|institute|foundation|alliance|coalition)[ \t]*,"
)
#: "X said it would appeal", "X said that its customers ...": the cue's subject is a thing, not a person.
#: "it is", "it was", "it would be" are left out: "Smith said it was necessary to ..." is about something else.
_IT_AFTER_CUE = re.compile(
    r"[ \t]+(?:that[ \t]+)?(?:its\b|it\b(?![’']s\b)(?![ \t]+(?:(?:is|was|isn[’']t|wasn[’']t|seems|seemed)\b|"
    r"(?:would|will|could|might|may|should|must)(?:[ \t]+not)?[ \t]+be\b)))"
)


#: A phrase of time or medium between a cue and what it reports: "said in a statement that", "said on Monday".
_CUE_PHRASE = re.compile(
    r"[ \t]*,?[ \t]+(?:in|on|at|during|through|via|late|early|last|this|earlier)(?:[ \t]+[\w’'\-]+){1,4}?"
    r"(?=,?[ \t]+(?:that[ \t]+)?it)"
)
#: Phrases that name a body's written word: "in a statement", "in a press release", "in written evidence".
_WRITTEN_PHRASE = re.compile(r"[ \t]*,?[ \t]+" + WRITTEN_MEDIUM)


def _called_organisation(text: str, end: int, cue_end: int | None, words: int) -> bool:
    """Whether a capitalised source ending at ``end`` is called a company, or "it" right after its cue.

    An apposition ("BetHarbour, the online bookmaker, said") tells at once; "it" or "its" right after
    the cue ("BetHarbour said it would appeal", "said on Monday that it ...") only for a one-word
    name, as a person is introduced with a given name ("Jane Okafor said it was ..." is about
    something else); a longer name when a body's written word stands between ("JA Zenchu said in
    a statement that it ...").
    """
    if _ORGANISATION_APPOSITION.match(text, end):
        return True
    if cue_end is None:
        return False
    phrase = _CUE_PHRASE.match(text, cue_end)
    after = phrase.end() if phrase is not None else cue_end
    if words > 1 and (phrase is None or _WRITTEN_PHRASE.match(text, cue_end) is None):
        return False
    if text[after : after + 1] == ",":
        after += 1  # "said on Monday, that it ..."
    return _IT_AFTER_CUE.match(text, after) is not None


def _named_body(draft: Draft, mention: Mention, source: tuple[int, int], cue_end: int | None) -> bool:
    """Whether a name read as a person's is a body's, called "it" after the cue: "JA Zenchu said in a statement
    that it ...". Only a name the name pass guessed (no title, no role, never "he" or "she") is read again."""
    text = draft.text
    # The cheap tests first: most sources are no name the name pass guessed.
    if cue_end is None or draft.explanations.get(mention.entity, ("", ""))[0] != "entity.name":
        return False
    if (mention.span.start, mention.span.end) != _trim(text, *source):
        return False
    entity = draft.entities[mention.entity]
    if entity.type != "person" or entity.role or mention.entity in draft.genders:
        return False
    return _called_organisation(text, mention.span.end, cue_end, len(entity.name.split()))


def _organisation_source(draft: Draft, name: str) -> str:
    """The organisation called ``name``: a person of that name this stage read earlier becomes it."""
    entity_id = draft.entity_keys.get("person:" + norm(name))
    if entity_id is not None and draft.entities[entity_id].type == "person" and not draft.entities[entity_id].role:
        draft.replace_entity(attrs.evolve(draft.entities[entity_id], type="organization"))
        del draft.entity_keys["person:" + norm(name)]
        draft.entity_keys["org:" + norm(name)] = entity_id
        return entity_id
    return ensure_org(draft, name, rule="statement.source.organization")


_TIME_WORDS = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Yesterday Tonight Last This Earlier Later "  # noqa: SIM905
    "on in at during after before".split()
)
_WEEKDAYS = frozenset(
    ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday"]
)
_TIME_LEADS = frozenset(["on", "late", "early", "last", "this"])
#: After "no": up to three words, then a verb ("no immediate decision had been made", "no one was hurt").
_NO_CLAUSE = re.compile(
    r"(?:[ \t]+[a-z][\w\-]*){1,3}?[ \t]+(?:had|has|have|was|were|is|are|would|will|could|can|should)[ \t]+[a-z]"
)
_NOT_CONTENT_WORDS = frozenset(
    ["so", "nothing", "goodbye", "hello", "yes", "no", "sorry", "thanks", "little", "much", "more"]
)
_NOT_SPEAKERS = frozenset(["I", "We", "You", "It", "They", "He", "She", "The", "This", "That"])
#: Quantities that answer ("said little", "said more about it") or open a clause ("says much work remains").
_QUANTITY_WORDS = frozenset(["much", "more", "little"])
#: After a quantity: perhaps one noun, then a finite verb: " work remains", " needs to be done", " has changed".
_QUANTITY_CLAUSE = re.compile(
    r"(?:[ \t]+(?!(?:of|about|than|to|for|on|in|at|with|from|by|and|or|but|than|so|too|now|yet)\b)[a-z][\w\-]*)?"
    r"[ \t]+(?:would|will|was|were|is|are|has|had|can|could|should|must|may|might|remains?|remained|needs?|needed"
    r"|seems?|seemed|exists?|existed|matters?|mattered|depends?|depended|happens?|happened|changed|stands?"
    r"|lies|lay|awaits?)\b"
)
#: Adverbs and determiners that open a sentence before its subject, never the first word of a name: "Also
#: Oxfam said", "Both Labour and the Greens", "Meanwhile Unite said".
_OPENING_ADVERBS = frozenset(
    "also both meanwhile still even only however indeed instead now then thus therefore moreover furthermore "  # noqa: SIM905
    "likewise similarly separately already perhaps nevertheless nonetheless elsewhere again later earlier".split()
)
#: A source's first word and the space after it, when a capitalised word follows.
_OPENING_WORD = re.compile(rf"([A-Za-z]+),?[ \t]+(?=[{UPPER}])")


_QUANTIFIERS = frozenset("one two three four five several some many most few both".split())  # noqa: SIM905
_HEAD_END = frozenset(
    "in at from of published released by with for on among across near inside outside".split()  # noqa: SIM905
)


def _people_head(draft: Draft, head: tuple[str, ...], start: int) -> str | None:
    """A people named by a plural no mention covers ("Palestinians in Gaza", "Yemenis"): a group.

    The head is one word, the plural of a demonym of the rule packs ("Palestinian", "Yemeni"), not
    a known name; the places after it are where the people are, not who speaks.
    """
    words = [word for word in head if word.lower() not in _DETERMINERS]
    if len(words) != 1:
        return None
    word = words[0]
    if not (word.endswith("s") and rules_for(draft).surface.get(word[:-1], ("", ""))[1] == "demonym"):
        return None
    head_start = draft.text.find(word, start)
    head_end = head_start + len(word)
    if draft.mentions_in(head_start, head_end) or word in draft.scratch.get("name_tokens", {}):
        return None
    entity_id = ensure_group(draft, word, rule="statement.source.group")
    draft.add_mention(entity_id, head_start, head_end, "statement.source.group")
    return entity_id


def _named_body_ending(draft: Draft, start: int, end: int, word: str) -> bool:
    """Whether a document noun, capitalised, ends a body's name of several words: "South Africa Post", "Nordic Review".

    The name is a mention of no person that opens before the word and ends with it; "a Facebook post", "the
    review" and a lone "The Post" stay documents.
    """
    if not word[:1].isupper():
        return False
    word_start = draft.text.find(word, start, end)
    if word_start < 0:
        return False
    word_end = word_start + len(word)
    return any(
        mention.span.start < word_start
        and mention.span.end == word_end
        and draft.entities[mention.entity].type not in ("person", "group")
        for mention in draft.mentions_in(start, word_end)
    )


def _evidence_speaker(draft: Draft, source: tuple[int, int], head: tuple[str, ...]) -> str | None:
    """The speaker of a source that is a document: its author named after "by" or "from", else the document itself.

    "a report by Human Rights Watch", "a letter from the ministry": the author speaks through the document;
    "a poll published in Moscow": the poll speaks, not Moscow, so the poll becomes a group of its own.
    """
    start, end = source
    by = _BY.search(draft.text, start, end)
    if by is None:
        # "a letter from the ministry": "from" right after the document, not "a survey of voters from Ohio".
        head_end = draft.text.find(head[-1], start, end) + len(head[-1])
        by = _FROM.match(draft.text, head_end, end)
    if by is not None:
        authors = draft.mentions_in(by.end(), end)
        first_author = min(authors, key=lambda mention: mention.span.start) if authors else None
        author = _AUTHOR_NAME.match(draft.text, by.end(), end)
        described = None
        if author is None:
            # "a poll by the consultancy Verian", "by the Lisbon research firm Datacor": the author's name after an
            # article and its description, which may name the author's home.
            described = _DESCRIBED_AUTHOR.match(draft.text, by.end(), end)
            author = _AUTHOR_NAME.match(draft.text, described.end(), end) if described is not None else None
        if (
            first_author is not None
            and (author is None or first_author.span.start <= author.start())
            and not (author is not None and described is not None and first_author.span.end <= described.end())
        ):
            return first_author.entity
        if author is not None and author.group() not in rules_for(draft).not_names:
            # "a survey by Norstat": a name the entities stage did not know is the author, a body.
            entity_id = _organisation_source(draft, author.group())
            draft.add_mention(entity_id, author.start(), author.end(), "statement.source.organization")
            return entity_id
    owner = _document_owner(draft, start, end, head)
    if owner is not None:
        return owner
    words = [word for word in head if word.lower() not in _DETERMINERS]
    head_end = draft.text.find(head[-1], start) + len(head[-1])
    if words and not words[0][:1].islower():
        first_start = draft.text.find(words[0], start, head_end)
        if _common_at_sentence_start(draft, first_start, words[0], rules_for(draft)):
            words[0] = words[0].lower()  # "Recent polls in Virginia show": capitalised by the sentence, no name
    if not 0 < len(words) <= 2 or not all(word[:1].islower() for word in words) or draft.mentions_in(start, head_end):
        return None  # "The Forum issued a statement": the Forum, read elsewhere; not a document of that name
    entity_id = ensure_group(draft, " ".join(words), rule="statement.source.group")
    draft.add_mention(entity_id, start, head_end, "statement.source.group")
    draft.scratch.setdefault("document_speakers", set()).add(entity_id)
    return entity_id


#: The capitalised words after a document's "by": its author ("a survey by Norstat", "a study by Kestrel Analytics").
_AUTHOR_NAME = re.compile(r"[A-Z][\w\-]+(?:[ \t]+[A-Z][\w\-]+){0,3}")
#: "the pollster ", "the consultancy ", "the Lisbon research firm ": an article, perhaps a place, and one or two
#: lower-case words before an author's name.
_DESCRIBED_AUTHOR = re.compile(
    rf"(?:the|a|an)[ \t]+(?:[{UPPER}][\w\-]*[ \t]+){{0,2}}(?:[a-z][\w\-]*[ \t]+){{1,2}}(?=[{UPPER}])"
)
#: "a report by X", "a statement from X": the word before a document's author.
_BY = re.compile(r"\bby\s")
_FROM = re.compile(r"[ \t]+from[ \t]")

#: "the company's annual report": an owner, "'s", up to three modifiers, the document (the phrase's last word).
_DOCUMENT_OWNER = re.compile(r"['’]s?[ \t]+(?:[\w\-]+[ \t]+){0,3}?[\w\-]+$")


def _document_owner(draft: Draft, start: int, end: int, head: tuple[str, ...]) -> str | None:
    """The entity whose document the source is: "the company's annual report", "Acme's filings".

    A body's report, website or filing speaks for the body. The owner is a mention ending right
    before the possessive, and the document is the head's last word; a document by a person's
    name speaks for the person as well ("Smith's report").
    """
    text = draft.text
    head_end = text.find(head[-1], start, end) + len(head[-1])
    apostrophe = max(text.rfind("'", start, head_end), text.rfind("’", start, head_end))
    if apostrophe <= start or not _DOCUMENT_OWNER.match(text, apostrophe, head_end):
        return None
    owner = draft.mention_ending_at(apostrophe)
    if owner is None or owner.span.start < start:
        return None
    return owner.entity


@functools.lru_cache(maxsize=4096)
def _head_words(phrase: str) -> tuple[str, ...]:
    """The words of a noun phrase before its first preposition or participle: "a poll" in "a poll published in X".

    Sources recur ("he", "officials", "Trump"): the answer is cached.
    """
    head = []
    for word in phrase.split():
        if word.lower() in _HEAD_END:
            break
        head.append(word)
    return tuple(head)


def _retype_by_relative(draft: Draft, entity_id: str | None, after: str) -> None:
    """ "X, which ..." is an organisation, not a person."""
    if entity_id is None or after[:1] != ",":
        return
    entity = draft.entities[entity_id]
    if entity.type == "person" and _WHICH_AFTER.match(after) and not entity.role:
        draft.replace_entity(attrs.evolve(entity, type="organization"))


def _subject(draft: Draft, sentence: tuple[int, int], before: int) -> tuple[tuple[int, int], str] | None:
    """The subject of a sentence: its first mention that starts near the sentence start, outside quotations."""
    for mention in draft.mentions_in(sentence[0], before):
        if draft.quote_at(mention.span.start) is not None:
            continue  # '"This is about the workers," X said, adding ...': a name the quotation speaks of
        lead = draft.text[sentence[0] : mention.span.start]
        if len(lead.split()) <= 6:
            return (mention.span.start, mention.span.end), mention.entity
        break
    return None


# -- content after a cue -----------------------------------------------------------------


#: A past form in -ed: the verb of a clause after a ``marked_only`` cue's "that" ("shouted that they had voted").
_PAST_WORD = re.compile(r"\b[a-z]{2,}ed\b")
#: Adverbs between a comma and a participle cue: ", even suggesting ...", ", also noting that ...".
_ASIDE_ADVERBS = frozenset(["even", "also", "again", "then", "later", "further", "once", "still"])
#: Whom a question is put to, before the question: "the chief executive whether", "Ana Ruiz if", "him about".
_ADDRESSEE_THEN_QUESTION = re.compile(
    r"(?:(?!(?:whether|if|why|how|what|when|where|who|which|that|to|for)\b)[\w\-’'.]+[ \t]+){1,5}?"
    r"(?=(?:whether|if|why|how|what|when|where|who|which)[ \t])"
    r"|(?:him|her|them|us|me|you)[ \t]+about[ \t]+"
)
#: An adverb of manner between a cue and what it reports: "bluntly:", "angrily that", "simply, “"; or one that
#: narrows or extends the report ("said only that ...", "said just that ...", "said further that ..."), no word of it.
_MANNER_THEN_MARK = re.compile(r"([a-z]{3,}ly|only|just|further|merely)(?=[ \t]*(?::|,?[ \t]*[“\"‘«]|[ \t]+that[ \t]))")
#: The words of ``_MANNER_THEN_MARK`` that end in no "-ly" or are too short for ``_is_adverb``.
_FOCUS_ADVERBS = frozenset(["only", "just", "further", "merely"])


#: What follows a quoted clause that is no part of it: a preposition or time ("in a post", "on Tuesday"), or
#: "and" or "but" and a verb in lower case ("and left the room"), which ``_past_or_present`` judges.
_SETTING_AFTER_QUOTE = re.compile(
    r"(?:in|at|on|during|after|before|to|from|by|with|over|under|while|when|as|of|about|last|this|earlier)\b"
    r"|(?:and|but)[ \t]+(?P<verb>[a-z]+)\b"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
#: An article or an owner's word, a noun, a verb with its ending and the next word: “the audit proves nothing”.
_DESCRIBED_VERB = re.compile(
    r"(?:the|a|an|this|that|our|his|her|their|its|my|your)[ \t]+[a-z\-]+[ \t]+[a-z]+(?:s|ed)[ \t]+(?P<next>[a-z]+)"
)
#: A name or a pronoun, then a verb in the present or past with its ending: “Trump exaggerates”, “they lied”.
_ENDED_VERB = re.compile(r"(?:[A-Z][\w’'\-]*|he|she|it|they|we|you)[ \t]+[a-z]+(?:s|ed)\b")


def _past_or_present(word: str) -> bool:
    """Whether a lower-case word after "and" looks like a verb: "left", "walked", "adds"."""
    return word in _IRREGULAR_PAST or word.endswith(("ed", "s"))


def _quoted_clause(text: str, quote: Quote) -> bool:
    """Whether a quotation holds a clause, not a term: “the plan is dead”, “Trump exaggerates”, “Never again!”."""
    if not quote.pieces or not quote.closed:
        return False
    inner = text[quote.inner_start : quote.inner_end].strip()
    if len(inner.split()) < 2:
        return False  # “unacceptable”: a word borrowed
    if inner[-1:] in "?!." or _FINITE.search(inner) is not None or _ENDED_VERB.match(inner) is not None:
        return True
    # “the audit proves nothing”: a noun after its article, a verb with its ending and more words, none of them
    # a preposition ("the rising costs of living" is a noun phrase).
    described = _DESCRIBED_VERB.match(inner)
    return described is not None and described.group("next") not in _PREPOSITIONS | {"of", "for", "and", "or"}


def _content_after(
    draft: Draft,
    rules: StatementRules,
    position: int,
    sentence: tuple[int, int],
    kind: str,
    takes_object: bool,
    form: str = "said",
) -> tuple[list[tuple[int, int]], str] | None:
    """Content that follows a cue: "that ...", ": “...”", a quotation, or a clause."""
    text = draft.text
    limit = sentence[1]
    position = _skip_space(text, position, limit)
    if takes_object:
        addressee = rules.addressees.match(text, position)
        if addressee is not None:
            position = _skip_space(text, addressee.end(), limit)
        else:
            # "told USA TODAY's weekly video series it is clear ...": a named addressee, then the clause.
            told = _TOLD_WHOM.match(text, position, limit)
            position = told.end(1) if told is not None else _addressee_end(draft, rules, position, limit)
    media = rules.media.match(text, position)
    if media is not None:
        position = _skip_space(text, media.end(), limit)
    if takes_object and media is not None:
        addressee = rules.addressees.match(text, position)
        if addressee is not None:
            position = _skip_space(text, addressee.end(), limit)
    if position >= limit:
        return None
    manner = _MANNER_THEN_MARK.match(text, position, limit)
    if manner is not None and (manner.group(1) in _FOCUS_ADVERBS or _is_adverb(manner.group(1))):
        # "said bluntly: “...”", "responded angrily that ...", "put it simply, “...”": the manner, then the report.
        position = manner.end(1)
        position = _skip_space(text, position, limit)
    char = text[position]
    if char == ",":
        aside = _ASIDE_THEN_THAT.match(text, position, limit)
        if aside is not None:
            # "conceded, however, that ...", "said, in a statement, that ...": an aside, then the clause.
            start, end = _trim(text, aside.end(), limit)
            return ([(start, end)], "that") if end > start else None
    if char in ",:" and position + 1 <= limit:
        quote = _quote_starting_at(draft, position + 1, limit)
        if quote is not None:
            return _quote_pieces(draft, quote), "quote"
        if char == ":":
            start, end = _trim(text, position + 1, limit)
            if end <= start and text.count("\n", position + 1, start + 1) >= 1:
                # "He said:" closing a paragraph: the quotation that opens the next one.
                quote = _quote_starting_at(draft, start, len(text))
                if quote is not None:
                    return _quote_pieces(draft, quote), "quote"
                following = _skip_space(text, start, len(text))
                paragraph = draft.paragraph_of(following) if kind == "speech" else None
                if paragraph is not None and following < paragraph[1] and text[following] in _QUOTE_OPENERS:
                    # A paragraph that opens with a quotation mark its quotation never closes right (“...“): the
                    # whole paragraph is the quotation.
                    start, end = _trim(text, following + 1, paragraph[1])
                    end = len(text[start:end].rstrip("”\"“'’ \t\u00a0")) + start
                    return ([(start, end)], "colon") if end > start else None
                if paragraph is None or not _SPOKEN_VOICE.search(text, following, paragraph[1]):
                    return None  # "She said:\n\nThe budget passed on Friday.": the writer's own paragraph
                # "The governor added:" and then his words as a paragraph of their own, set off without marks, in
                # the voice of someone speaking: "I", "we", "you".
                start, end = _trim(text, following, paragraph[1])
                return ([(start, end)], "colon") if end > start else None
            return ([(start, end)], "colon") if end > start else None
        if kind in ("act", "evidence"):
            return None  # "..., forcing a redesign": not the object of the cue
        position = _skip_space(text, position + 1, limit)
        if position >= limit:
            return None
        after_comma, _ = _next_word(text, position, limit)
        if (
            _PARTICIPLE_WORD.fullmatch(after_comma)
            and after_comma not in _NOT_PARTICIPLES
            and after_comma not in _ING_NOUNS
        ):
            return None  # "told the council on Monday, urging it to act": the source's participle, no content
    quote = _quote_starting_at(draft, position, limit) if text[position] in _QUOTE_OPENERS else None
    if quote is not None and quote.start == position:
        rest = _skip_space(text, quote.end, len(text))
        if rest >= limit or text[rest] in ".,;" or quote.end >= limit:
            return _quote_pieces(draft, quote), "quote"
        if (
            (form in rules.marked_only or form in rules.quoting)
            and quote.pieces
            and text[quote.inner_end - 1] in "?!."
            and text[rest].islower()
        ):
            # 'chanted "What curfew?" and kept marching', 'shouted "Stop!" at the guards': a whole utterance
            # quoted, and the sentence goes on after it.
            return _quote_pieces(draft, quote), "quote"
        setting = _SETTING_AFTER_QUOTE.match(text, rest, limit)
        if (
            kind != "act"
            and setting is not None
            and (not setting.group("verb") or _past_or_present(setting.group("verb")))
            and _quoted_clause(text, quote)
        ):
            # 'claimed “Trump exaggerates” in a post', 'said “the plan is dead” and left': a clause quoted whole,
            # then where, when or what else; not 'said “unacceptable” delays were ...', a term inside the clause.
            return _quote_pieces(draft, quote), "quote"
    word, word_start = _next_word(text, position, limit)
    lower = word.lower()
    if lower == "that":
        time_word, time_start = _next_word(text, word_start + 4, limit)
        if time_word.lower() in _THAT_TIMES:
            # "said that day that ...", "said that night the port ...": a time; the clause comes after it
            word, word_start = _next_word(text, time_start + len(time_word), limit)
            lower = word.lower()
    determiner = lower == "that" and _THAT_NOUN.match(text, word_start, limit) is not None
    if lower == "that" and kind == "speech" and _THAT_SUBJECT.match(text, word_start, limit):
        # "said that was not her view": "that" is the clause's subject, no conjunction; the clause starts with it.
        start, end = _trim(text, word_start, limit)
        return ([(start, end)], "clause") if end > start else None
    if (
        lower == "that"
        and not determiner
        and form in rules.marked_only
        and not _FINITE.search(text, word_start + 4, limit)
        and not _PAST_WORD.search(text, word_start + 4, limit)
    ):
        return None  # "read that book in a week", "continued that work": a determiner, no clause with a verb
    if lower == "that" and not determiner:
        start, end = _trim(text, word_start + 4, limit)
        return ([(start, end)], "that") if end > start else None
    if lower == "that" and kind != "act":
        return None  # "disputed that account": a determiner, and no clause
    if kind == "act" or (kind == "evidence" and lower not in _NOT_CLAUSE):
        # An act on something: "criticized the plan", "called for a ban", "wants to leave";
        # and what evidence shows: "polls show Clinton ahead".
        start = word_start
        if lower == "for" and form.lower() in _ASK_FORMS:
            return None  # "asked for a meeting", "are asking for more time": a request for a thing, no report
        if lower in ("for", "on", "of", "to", "about", "against"):
            start = _skip_space(text, word_start + len(word), limit)
            if lower == "to" and kind == "act" and _refused_to_speak(text, form, start, limit):
                return None  # "refused to comment on the case", "refused to say which ...": nothing was said
        elif kind == "act" and lower in _NO_OBJECT:
            return None  # "a buyback announced in October", "called in to a show", "backed out": no object
        elif kind == "act" and word[:1].isalpha() and (lower in _BE or _FINITE.fullmatch(lower) or lower == "such"):
            return None  # "Their support was solid", "advocates such as X": the cue is a noun, its verb follows
        elif kind == "act" and _NOUN_THEN_PASSIVE.match(text, word_start, limit):
            return None  # "Similar promises made by companies ...", "an idea the council rejected 4-3"
        stop = _ACT_END.search(text, start, limit)
        while stop is not None and draft.quote_at(stop.start()) is not None:
            stop = _ACT_END.search(text, stop.end(), limit)  # 'called him “utterly amoral,” a “bully”': quoted
        end = stop.start() if stop else limit
        if kind == "act":
            setting = _ACT_SETTING.search(text, start, end)
            # "in a statement late on Thursday", "in a statement on Tuesday": the time after the setting does not
            # carry the object on (read from the setting's first word, so that a time phrase may go whole).
            after_setting = text[setting.end() : _drop_time(text, setting.start(), end)].split() if setting else []
            before_setting = text[start : setting.start()].split() if setting is not None else []
            if (
                setting is not None
                and setting.start() > start
                and len(after_setting) <= 4
                and not _GOES_ON & set(after_setting)
                # "claims made in the interview", "the remarks he delivered at the rally": the object's own
                and not (before_setting and before_setting[-1].endswith(("ed", "en", "made", "held", "said")))
            ):
                # "attacked the mayor in late-night tweets": where, not whom; but "asked officials last year
                # for a review" goes on after the time.
                end = setting.start()
            if lower in _DETERMINERS:
                # "welcomed the ruling after a two-year battle": when, as the stance's target reads it; not the
                # object, a noun phrase that ends before it.
                adjunct = _TIME_ADJUNCT.search(text, start, end)
                if adjunct is not None and not _TIME_KEEPERS.search(text, start, adjunct.start()):
                    # but "praised the nurses who stayed on after ...", "the plan to vote before ...": the clause's time
                    end = adjunct.start()
        start, end = _trim(text, start, end)
        if end - start < 3 or (not text[start].isalnum() and text[start] not in _QUOTE_OPENERS):
            return None
        if " " not in text[start:end].strip() and kind == "act" and lower == "to":
            return None  # "declined to comment": no object worth reporting
        if kind == "act" and start == word_start and _no_message(draft, form, start, end):
            return None
        if kind == "act" and form in rules.quoting:
            asked = _ADDRESSEE_THEN_QUESTION.match(text, start, end)
            if asked is not None:
                # "asked the chief executive whether ...", "asked him about his returns": whom, then the question.
                start = asked.end()
        return [(start, end)], "act"
    if lower == "at" and kind == "speech" and _AT_LEAST.match(text, word_start, limit):
        return [(word_start, limit)], "clause"  # "said at least 12 people died": a clause, not a place
    if lower in _PREPOSITIONS or (lower in ("of", "about") and kind == "speech"):
        # "said during a rally in Michigan that ...", "says on its website that ...", "says of Clinton, “...”".
        deferred = _DEFERRED_THAT.match(text, word_start, limit) if lower in _PREPOSITIONS else None
        if deferred is not None and _RELATIVE_ASIDE.search(text, word_start, deferred.end()):
            # "said at a rally on Friday, where she also warned that ...": the "that" is the other verb's.
            deferred = None
        if deferred is not None and _next_word(text, deferred.end(), limit)[0].lower() in _THAT_TIMES:
            deferred = None  # "spoke at rallies that year": "that" points at a time, no clause follows
        if deferred is not None and _PARTICIPLE_THEN_THAT.search(text, word_start, deferred.end()):
            deferred = None  # "said in a statement, adding that ...": the "that" is the participle's report
        if deferred is not None and _relative_that(text, word_start, deferred.end()):
            deferred = None  # "said on Monday, in a move that threatens ...": "that" opens the noun's relative clause
        if deferred is not None:
            start, end = _trim(text, deferred.end(), limit)
            return ([(start, end)], "that") if end > start else None
        if kind == "speech" and form in rules.say_like:
            setting = _SETTING_THEN_CLAUSE.match(text, word_start, limit)
            if setting is not None:
                # "said after the convention he would not accept ...": a short setting, then a clause whose pronoun
                # subject and modal show where it starts.
                start, end = _trim(text, setting.start("clause"), limit)
                return ([(start, end)], "clause") if end > start else None
        comma = text.find(",", word_start, min(limit, word_start + 60))
        if comma >= 0 and kind == "speech":
            opening = _quote_starting_at(draft, comma + 1, limit)
            if opening is not None:
                return _quote_pieces(draft, opening), "quote"  # "says of Clinton, “...”"
        return None
    if kind == "thought" and lower not in _PRONOUN_SUBJECTS and lower not in _NOT_CLAUSE:
        # "believes his efforts to slow warming will be ...": a clause without "that", only with a finite
        # auxiliary a few words on and no relative word or punctuation before it; not "knows the city well".
        if (lower in _CLAUSE_STARTERS or word[:1].isupper() or word[:1].isdigit()) and _BARE_CLAUSE.match(
            text, word_start, limit
        ):
            return [(word_start, limit)], "clause"
        if (
            word[:1].islower()
            and lower not in _PREPOSITIONS
            # "The 30-year-old suspect said he ...": a verb after the cue shows the cue is a noun, the subject
            and lower not in rules.cues
            and lower not in _IRREGULAR_PAST
            and not lower.endswith("ed")
            and _SHORT_BARE_CLAUSE.match(text, word_start, limit)
        ):
            return [(word_start, limit)], "clause"  # "hoped electric utilities would ...", "fears inflation will ..."
        return None
    if kind != "speech" and lower not in _PRONOUN_SUBJECTS:
        return None
    if (
        word[:1].islower()
        and lower.endswith("ing")
        and len(lower) > 5
        and lower not in _ING_NOUNS
        and lower not in _NOT_PARTICIPLES
        and form not in rules.marked_only
        and not text[max(0, word_start - 3) : word_start].rstrip().endswith(",")  # ", saying ...": a participle
    ):
        return [(word_start, limit)], "clause"  # a gerund: "recalled seeing a glow", "denied taking the money"
    # "said no decision had been made": "no" opens a clause (a noun, then a verb) rather than answering.
    no_clause = lower == "no" and _NO_CLAUSE.match(text, word_start + 2, limit) is not None
    if not word or (lower in _NOT_CLAUSE and not no_clause):
        return None
    first = word[:1]
    if takes_object and form in rules.say_like and _objects_only(text, word_start, limit):
        return None  # "told state radio", "told the jury a different story": whom and what, but no report
    if form in rules.say_like and (first.isalnum() or first in _QUOTE_OPENERS or first == "$"):
        more_than = lower == "more" and _THAN_AFTER.match(text[word_start + 4 : word_start + 10])
        quantity = lower in _QUANTITY_WORDS and _QUANTITY_CLAUSE.match(text, word_start + len(word), limit)
        if not more_than and not no_clause and not quantity and lower in _NOT_CONTENT_WORDS:
            return None  # "said more about it", "said nothing"; but "said more than 100 people died"
        return [(word_start, limit)], "clause"
    if first.islower() and _PLURAL_SUBJECT_CLAUSE.match(text, word_start, limit):
        return [(word_start, limit)], "clause"  # "noted costs are rising", "argued voters were tired of ..."
    if lower in _CLAUSE_STARTERS or first.isupper() or first.isdigit() or first in _QUOTE_OPENERS or first == "$":
        finite = _TITLE_FINITE if form[:1].isupper() else _FINITE  # a headline's "Says Russia Is Ready"
        if lower not in _PRONOUN_SUBJECTS and not finite.search(text, word_start, min(limit, word_start + 80)):
            return None  # "reaffirmed its commitment to ...": an object, not a clause
        return [(word_start, limit)], "clause"
    return None


#: The forms of "ask", which asks a question ("asked whether ...") or for a thing ("asked for a meeting").
_ASK_FORMS = frozenset(["ask", "asks", "asked", "asking"])
#: The forms of "call", which names ("called the plan a disaster"), asks ("called for talks") or convenes.
_CALL_FORMS = frozenset(["call", "calls", "called", "calling"])
#: Someone given a sum, then the sum: "offered Nordvik 12 million euros", "promised the town $5m"; not a sum's
#: own modifier ("pledged the full $400 million").
_RECIPIENT_THEN_SUM = re.compile(
    rf"(?:[{UPPER}][\w\-’']*(?:[ \t]+[{UPPER}][\w\-’']*){{0,3}}|(?:the|its|his|her|their|our)[ \t]+"
    r"(?!(?:full|entire|whole|remaining|additional|extra|total|same|first|last|further|annual|combined|initial|"
    r"promised|agreed|estimated|requested)\b)[a-z][\w\-]*)"
    r"[ \t]+(?:[$€£¥][ \t]?\d|\d[\d,.]*[ \t]*(?:million|billion|trillion|bn|m\b|euros?\b|dollars?\b|pounds?\b))"
)


def _no_message(draft: Draft, form: str, start: int, end: int) -> bool:
    """Whether an act's noun-phrase object is a thing done or given rather than anything said.

    "called a strike for Friday" (with "a", no quotation: "call" convenes, it does not name), and
    "offered the company 12 million euros" (a recipient, then a sum: a payment, not a message).
    """
    text = draft.text
    first, _ = _next_word(text, start, end)
    if (
        form.lower() in _CALL_FORMS
        and first.lower() in ("a", "an")
        and not any(mark in text[start:end] for mark in '“«"‘„‹')  # an apostrophe opens no quotation
    ):
        return True
    return _RECIPIENT_THEN_SUM.match(text, start, end) is not None


def _cut_content(
    draft: Draft, pieces: list[tuple[int, int]], rules: StatementRules, main_clause: bool = False
) -> list[tuple[int, int]]:
    """End a clause content before a trailing attribution (", according to ...", ", she said"), a semicolon
    outside quotation marks, or a participle phrase after a comma that ends the clause, the writer's gloss
    ("..., quietly pinning his future on the outcome").

    With ``main_clause`` (a clause inside a noun phrase: "X's claim that ..."), also before what returns to
    the sentence's own clause: ", and" or ", but" with a new clause ("..., and the shares fell").
    """
    text = draft.text
    out = []
    for start, end in pieces:
        # The regex starts with a comma or a semicolon: a stretch with neither needs no search.
        first_comma = text.find(",", start, end)
        match = (
            _TRAILING_ATTRIBUTION.search(text, start, end)
            if first_comma >= 0 or text.find(";", start, end) >= 0
            else None
        )
        while match is not None and text[match.end() - 2 : match.end()] == "as":
            aside = _AS_ASIDE.match(text, match.end(), end)
            if aside is None or not _FINITE.fullmatch(aside.group("verb")):
                break
            # "a 90-day cap, as some unions want, would ...": an aside inside the clause, which goes on after it.
            match = _TRAILING_ATTRIBUTION.search(text, aside.start("verb"), end)
        if match and not draft.quote_at(match.end() - 1):
            end = match.start()
            closer = _skip_space(text, end + 1, match.end())
            if text[end] == "," and text[closer] in '”"’»' and draft.quote_at(end) is not None:
                end = closer + 1  # 'had been "largely orderly," according to ...': the quotation stays closed
        commas = _CLAUSE_COMMA.finditer(text, start, end) if 0 <= first_comma < end else ()
        for comma in commas:
            if draft.quote_at(comma.start()) is not None:
                continue
            if (
                (main_clause and _returns_to_main_clause(text, comma.end(), end))
                or _gloss_after(text, comma.end(), end)
                or _new_report_after(text, rules, comma.end(), end)
            ):
                end = comma.start()
                break
        semicolon = text.find(";", start, end)
        while semicolon >= 0 and draft.quote_at(semicolon) is not None:
            semicolon = text.find(";", semicolon + 1, end)
        if semicolon >= 0:
            end = semicolon  # "said the timing was not intentional; they only learned ...": a second sentence
        start, end = _trim(text, start, end)
        if end > start:
            out.append((start, end))
    return out


#: Lower-case words in -ing after a comma that open no participle phrase.
_NOT_PARTICIPLES = _PREPOSITIONS | _CLAUSE_STARTERS | frozenset(["including", "according", "regarding", "concerning"])


#: ", quietly pinning his future on the vote", ", sending shares lower": a participle phrase after a comma, perhaps
#: after an adverb in -ly; the writer's gloss on the report, not part of it.
_PARTICIPLE_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+ly[ \t]+)?(?!(?:including|according|regarding|concerning|during|notwithstanding)\b)[a-z]{3,}ing\b"
)


#: After a quotation's closing comma and mark, a description of the speaker named next: ' her lead counsel,',
#: ' Acme's chief executive,'.
_ROLE_BEFORE_NAME = re.compile(
    r"(?<=[,”\"'’])[ \t]+(?:her|his|its|their|the|a|an|(?:[A-Z][\w\-]*[ \t]+){0,3}[A-Z][\w\-]*(?:['’]s|s['’]))"
    r"[ \t]+(?:[\w’'\-]+[ \t]+){0,4}?[a-z][\w\-]*,$"
)

#: Nouns in -ing: ", something bold" is no participle phrase.
_ING_NOUNS = frozenset(
    "something nothing anything everything thing things building buildings morning evening spring king ring string "  # noqa: SIM905
    "ceiling wing darling sibling offspring pudding wedding meeting".split()
)


def _gloss_after(text: str, position: int, limit: int) -> bool:
    """Whether a participle phrase after the comma at ``position`` ends the clause: the writer's gloss.

    ", sending shares lower." is one; "the strike, involving 3,000 workers, would go on" is an aside
    the clause goes on after, and ", something bold" a noun.
    """
    participle = _PARTICIPLE_AFTER.match(text, position, limit)
    if participle is None or participle.group().split()[-1] in _ING_NOUNS:
        return False
    return _CLAUSE_COMMA.search(text, participle.end(), limit) is None


#: Words between a new subject and its cue: ", and the union has also accused".
_BEFORE_NEW_CUE = frozenset(["has", "have", "had", "also", "later", "then", "swiftly", "quickly", "publicly"])
#: Act cues that are plain verbs as often as acts of a stance: ", and the Americans wanted it too" may go on
#: with what the speaker said; ", and the union accused ..." does not.
_PLAIN_VERBS = (
    "want plan offer call address mention discuss express press detail cite request threaten echo invoke"
    " reference recount compare liken paint pitch highlight tout question ask demand predict"
)
_PLAIN_ACTS = frozenset(
    f"{stem}{ending}" for stem in _PLAIN_VERBS.split() for ending in ("s", "ed", "d", "ned", "es")
) | frozenset(["sought", "seeks", "planned", "described", "describes", "proposed", "proposes", "challenged"])
#: Words that open a new subject after ", and": an article or owner, a count.
_NEW_SUBJECT_OPENERS = frozenset(["the", "its", "his", "her", "their", "several", "some", "many", "most", "other"])


def _new_report_after(text: str, rules: StatementRules, position: int, limit: int) -> bool:
    """Whether ", and <subject> <cue>" after the comma at ``position`` opens another report, no part of the content.

    "said the cuts were unfair, and the union accused ministers of ...", ", but analysts said ...": a new
    subject (a name, a noun after an article, a pronoun, a plural) with its own verb of saying or of an act.
    ", and that ..." (a second clause of the same report), ", and accused ..." (the same speaker's next act)
    and ", and the union would strike" (no cue) go on.
    """
    if not text.startswith((" and ", " but "), position):
        return False
    words = text[position + 5 : min(limit, position + 90)].split()[:8]
    if len(words) < 2:
        return False
    first = words[0]
    lower_first = first.lower()
    if not (
        lower_first in _NEW_SUBJECT_OPENERS
        or lower_first in _PRONOUN_SUBJECTS
        or first[:1].isupper()
        or _PLURAL_WORD.fullmatch(first) is not None
    ) or lower_first in ("that", "this", "then", "there"):
        return False
    for index in range(1, min(len(words), 6)):
        word = words[index]
        if not word.isalpha():
            return False  # a mark first: an aside, no plain subject
        if word.lower() in _BEFORE_NEW_CUE:
            continue
        cue = rules.cues.get(word)
        if (
            cue is not None
            and (cue[1] == "speech" or (cue[1] == "act" and word not in _PLAIN_ACTS))
            and not word.endswith("ing")
        ):
            previous = words[index - 1].lower()
            return not (previous in _DETERMINERS or previous.endswith(("'s", "’s")) or previous in _PREPOSITIONS)
        if word[:1].islower() and (_FINITE.fullmatch(word) or word in _IRREGULAR_PAST or word.endswith("ed")):
            return False  # "and the union would strike": a verb of its own, no report
    return False


def _returns_to_main_clause(text: str, position: int, limit: int) -> bool:
    """Whether the words after a comma at ``position`` leave a noun's clause for the sentence's own.

    ", and the shares fell", ", but analysts doubt it" (a conjunction, then a clause with a subject and a
    finite verb), and ", calling it absurd" (a participle: the sentence's subject does it) do; ", and fell
    again" (a second verb of the same clause), ", and that ..." (a second clause of the same claim) do not.
    """
    tokens = [(match.group(), match.start()) for match in _CLAUSE_WORD.finditer(text, position, limit)][:12]
    if not tokens:
        return False
    first = tokens[0][0]
    if first in ("and", "but"):
        return len(tokens) > 1 and tokens[1][0].lower() != "that" and _clause_verb(tokens[1:]) is not None
    return first[:1].islower() and first.endswith("ing") and len(first) > 4 and first not in _NOT_PARTICIPLES


# -- the stage ---------------------------------------------------------------------------


def run(draft: Draft) -> None:
    if draft.rules is None:
        return
    rules = _rules(draft)
    text = draft.text
    found: list[_Found] = []
    by_sentence: dict[int, list[_Found]] = {}

    # Transcript paragraphs ("PENCE: Well, look, ..."): read first, and no cue inside them reports anew.
    labelled = _transcript(draft, rules)
    covered_starts = [start for start, _ in labelled.covered]
    for answer in labelled.items:
        for index in range(answer.sentence, labelled.last_sentence[id(answer)] + 1):
            by_sentence.setdefault(index, []).append(answer)

    # Acts ("criticized the plan") come second, and only in sentences no report has claimed.
    nouns: list[tuple[int, int]] = []
    acts: list[tuple[int, int, str]] = []
    reports: list[tuple[int, int, str]] = [(start, end, "source") for start, end in _find_sources(rules, text)]
    for start, end in _find_cues(rules, text, text_words(draft)):
        form = text[start:end]  # one form can be a noun cue and a verb cue: "claim"
        if form in rules.nouns:
            nouns.append((start, end))
        cue = rules.cues.get(form)
        if cue is not None:
            (acts if cue[1] == "act" else reports).append((start, end, "cue"))
    acts.sort()
    reports.sort()
    sentences = draft.sentences
    sentence_starts = [start for start, _ in sentences]
    for pass_number, batch in enumerate((reports, acts)):
        for cue_start, cue_end, hit in batch:
            index = bisect.bisect_right(sentence_starts, cue_start) - 1  # as draft.sentence_index
            if index < 0 or cue_start >= sentences[index][1] or draft.quote_at(cue_start) is not None:
                continue
            if covered_starts:
                inside = bisect.bisect_right(covered_starts, cue_start) - 1
                if inside >= 0 and cue_start < labelled.covered[inside][1]:
                    continue
            # The sentence's statements first: most cues have none before them, and need no look for "though".
            if by_sentence.get(index) and text.find("though", max(0, cue_start - 40), cue_start) >= 0:
                _end_before_concession(draft, rules, by_sentence[index], cue_start, cue_end)
            if pass_number == 1:
                claimed = [
                    other
                    for other in by_sentence.get(index, ())
                    if other.cue[0] <= cue_start < other.cue[1]
                    or any(start <= cue_start < end for start, end in other.pieces)
                    or (other.source is not None and other.source[0] <= cue_start < other.source[1])
                ]
                if claimed:
                    conceded = text[cue_start:cue_end] in rules.parenthetical and _CONCESSION_BEFORE.search(
                        text, max(0, cue_start - 24), cue_start
                    )
                    if conceded:
                        # "X said A, though she acknowledged B": the speaker's concession, a report of its own.
                        claimed = []
                    elif not _coordinated_act(text, cue_start, text[cue_start:cue_end] in rules.parenthetical):
                        subject = (
                            _NAMED_SUBJECT_AFTER_LINK.search(text, max(0, cue_start - 80), cue_start)
                            if text[cue_start:cue_end] in rules.stance_only
                            else None
                        )
                        if subject is not None:
                            # "Republicans said A and Democrats accused the GOP of B": a new subject's accusation
                            # ends A (a plain verb stays: "said the deal was good, and the Americans wanted it").
                            for other in claimed:
                                if other.cue[1] <= subject.start() and any(
                                    start < subject.start() < end
                                    # a clause before the link, with its verb: not "said Smith and Jones accused"
                                    and (
                                        _FINITE.search(text, start, subject.start())
                                        or _PAST_WORD.search(text, start, subject.start())
                                    )
                                    for start, end in other.pieces
                                ):
                                    _truncate(draft, other, subject.start())
                        continue
                    # "X said Y and accused Z of ...": the act is X's, no part of what X said.
                    for other in claimed:
                        if other.cue[1] <= cue_start and any(start < cue_start for start, _ in other.pieces):
                            _truncate(draft, other, cue_start)
                    if not _THAT_AFTER.match(text[cue_end : cue_end + 7]) and not all(
                        _is_act(rules, text, other) for other in claimed
                    ):
                        # "... and announced that ..." is a clause reported, read below as a statement; so is
                        # "X criticized Y and called for Z", an act after an act. After a report, no act.
                        continue
            sentence = sentences[index]
            earlier = by_sentence.get(index, [])
            if hit == "source":
                item = _according(draft, rules, cue_start, cue_end, sentence, index, earlier)
            else:
                item = _from_cue(draft, rules, cue_start, cue_end, sentence, index, earlier, found)
            if pass_number == 1 and text[cue_start:cue_end] in rules.stance_only:
                # "Ryan accused Democrats of ...": a stance, no statement; reading the cue's source has named
                # the accuser for the stance stage. After a report it only ends that report.
                continue
            if item is None or not item.pieces:
                continue
            if item.speaker is None and not _plausible_source(text, item.source, rules, draft):
                continue
            if (
                item.source is not None
                and text.find("by", item.source[0], item.source[1]) >= 0  # what the regex needs, found faster
                and _PASSIVE_REPORT.search(text, item.source[0], item.source[1])
            ):
                continue  # "Chile was said by diplomats to be pressing ...": a clause, no speaker of "pressing"
            if (
                item.source is not None
                and item.source[1] - sentence[0] < 120
                and (text[sentence[0]] in "nN" or text[sentence[0]].isspace())  # what _partial_source needs first
                and _partial_source(text[sentence[0] : item.source[1]].lstrip())
            ):
                continue  # "Not everyone in Yerevan backs ...", "Not every economist agrees ...": nobody in particular
            if pass_number == 1:
                reports_inside = [
                    other
                    for other in by_sentence.get(index, ())
                    if other.cue[0] > cue_end and any(start < other.cue[0] < end for start, end in item.pieces)
                ]
                if reports_inside and _reports_that_clause(text, cue_end, item.pieces):
                    # "conceded that the union's own ledgers showed a shortfall": the report inside the clause,
                    # its source within the clause too, is part of what was acknowledged, not a statement.
                    nested = [
                        other
                        for other in reports_inside
                        if other.source is not None
                        and any(start <= other.source[0] < end for start, end in item.pieces)
                    ]
                    if nested:
                        found[:] = [other for other in found if other not in nested]
                        by_sentence[index] = [other for other in by_sentence[index] if other not in nested]
                        reports_inside = [other for other in reports_inside if other not in nested]
                # "accused X of Y and said Z": the act's content ends before the report's cue.
                later = [other.cue[0] for other in reports_inside]
                if later:
                    _truncate(draft, item, min(later))
                    if not item.pieces:
                        continue
            found.append(item)
            by_sentence.setdefault(index, []).append(item)
        if pass_number == 0:
            by_sentence = {index: items for index, items in by_sentence.items()}

    found += labelled.items
    _labelled(draft, rules, found, by_sentence)
    if nouns:
        _noun_cues(draft, rules, nouns, found)
    if ":" in text:
        _colon_messages(draft, rules, found)
    if " that " in text:
        _copular_reports(draft, rules, found)
    # A later cue can cut an earlier statement's content to nothing ("X shows Y, Z said"): drop it.
    found[:] = [item for item in found if item.pieces]
    _last_speaker(draft, found)
    _document_authors(draft, found)
    _continuations(draft, found)
    emitted: set[tuple[str | None, tuple[tuple[int, int], ...]]] = set()
    # One provenance per rule and pattern, shared by the statements that have them (it is frozen).
    provenances: dict[tuple[str, str], Provenance] = {}
    for item in found:
        key = (item.speaker, tuple(sorted(item.pieces)))
        if key in emitted:
            continue  # "responded by saying that ...": one report, read from two cues
        emitted.add(key)
        _emit(draft, item, provenances)


def _reports_that_clause(text: str, cue_end: int, pieces: list[tuple[int, int]]) -> bool:
    """Whether an act's content is a clause after "that": "acknowledged that ...", "conceded, however, that ..."."""
    if not pieces:
        return False
    between = text[cue_end : pieces[0][0]].rstrip()
    return between.endswith(" that") or between == "that"


#: A holder's possessive determiner before a noun cue: "his claim that ...".
_POSSESSIVES = frozenset(["his", "her", "their", "its", "our", "my"])
#: "it's", "that's": a contraction, no owner.
_NOT_OWNERS = frozenset(["it", "that", "there", "here", "what", "who", "he", "she", "let", "where", "how"])
#: The agent after a noun cue: "the claim by the ministry that", "the insistence of the union that".
_NOUN_AGENT = re.compile(r"[ \t]+(?:by|of)[ \t]+((?:[\w.’'\-]+[ \t]+){0,5}?[\w.’'\-]+)[ \t]+that[ \t]")
_THAT_CLAUSE = re.compile(r"[ \t]+that[ \t]")
#: The words of a clause: words and single marks.
_CLAUSE_WORD = re.compile(r"[\w’'\-]+|[^\w\s]")
#: Past forms without -ed that a clause's verb often has.
_IRREGULAR_PAST = (
    frozenset("said made found took gave knew thought saw went came told left lost won paid".split())  # noqa: SIM905
    | frozenset("sent kept held led ran got began became meant brought bought put set cut hit let".split())  # noqa: SIM905
    | frozenset("fell rose grew drew wrote spoke broke chose stole sold spent built felt heard".split())  # noqa: SIM905
    | frozenset("understood stood".split())  # noqa: SIM905
)
#: Modifiers between an owner and a noun cue that is also a verb form: "his own claim", "her latest warning".
_NOUN_MODIFIERS = frozenset(["own", "new", "latest", "earlier", "first", "last", "early", "late", "main", "stark"])
_ADJECTIVE_ENDS = ("ed", "al", "ous", "ive", "ic", "est", "ful", "less", "ent", "ant")
#: Words that open a phrase before a sentence's own clause: "Contrary to his claim that X, ...".
_INTRODUCERS = (
    frozenset("contrary despite asked unlike after following given amid against in on with".split())  # noqa: SIM905
    | frozenset("without beyond by for from of since until upon".split())  # noqa: SIM905
)
#: Verbs whose object a claim often is, in a relative clause: "the claim that he made", "... she repeated".
_GAP_VERBS = (
    frozenset("made make makes repeated repeats repeat offered offers gave gives issued issues".split())  # noqa: SIM905
    | frozenset("echoed echoes rejected rejects dismissed dismisses denied denies cited cites".split())  # noqa: SIM905
    | frozenset("used uses raised raises pushed pushes advanced voiced voices reiterated heard".split())  # noqa: SIM905
    | frozenset("read posted tweeted published spread shared disputed disputes accepted accepts".split())  # noqa: SIM905
    | frozenset("believed believes supported backed endorsed debunked delivered sent wrote put".split())  # noqa: SIM905
    | frozenset("leveled levelled renewed floated aired broke kept keeps".split())  # noqa: SIM905
)
#: After a relative clause's verb with its object missing: "the claim that he made in May", "... he repeated, ...".
_GAP_FOLLOWERS = (
    frozenset("in on at during last this yesterday earlier to about before after again".split())  # noqa: SIM905
    | frozenset("repeatedly often over since publicly privately".split())  # noqa: SIM905
)


def _noun_cues(draft: Draft, rules: StatementRules, nouns: list[tuple[int, int]], found: list[_Found]) -> None:
    """Statements of noun cues: "Donald Trump's claim that ...", "his warning that ...", "the claim by X that ...".

    Only a noun with a holder (an owner before it, or "by"/"of" and an agent after it) and a
    that-clause with a subject and a finite verb after it reports; "the claim that he made" (a
    relative clause) and a noun without a holder ("the claim that ...") do not. The statements are
    read last, so that they change no statement read from a verb.
    """
    cues = {item.cue for item in found}
    sentence_starts = [start for start, _ in draft.sentences]
    read: list[_Found] = []
    subject: tuple[int, int] | None = None  # the sentence and cue end of the last noun phrase read as a subject
    for cue_start, cue_end in nouns:
        index = bisect.bisect_right(sentence_starts, cue_start) - 1
        if index < 0 or (cue_start, cue_end) in cues or draft.quote_at(cue_start) is not None:
            continue
        sentence = draft.sentences[index]
        if cue_start >= sentence[1]:
            continue
        after_subject = subject[1] if subject is not None and subject[0] == index else None
        answer = _from_noun(draft, rules, cue_start, cue_end, sentence, index, after_subject)
        if answer is not None:
            item, is_subject = answer
            read.append(item)
            subject = (index, cue_end) if is_subject else None
    if not read:
        return
    # Each content ends where the next statement of its sentence (a noun's or a verb's) starts: at its source
    # when that stands after the noun ("X's claim that A, and Y's claim that B", "..., Z said"), else at its
    # cue or the article before it ("... and the claim by the board that B").
    starts: dict[int, list[tuple[int, _Found]]] = {}
    for other in (*found, *read):
        places = starts.setdefault(other.sentence, [])
        places.append((other.cue[0], other))
        if other.source is not None:
            places.append((other.source[0], other))
        if other.pattern == "noun":
            word, word_start = _previous_word(draft.text, other.cue[0], draft.sentences[other.sentence][0])
            if word.lower() in ("the", "a", "an"):
                places.append((word_start, other))
    for item in read:
        end = item.pieces[-1][1]
        ends = [at for at, other in starts.get(item.sentence, ()) if other is not item and item.cue[1] < at < end]
        if ends:
            cut = min(ends)
            word, word_start = _previous_word(draft.text, cut, item.pieces[0][0])
            if word.lower() in _BOUNDARY_WORDS:
                cut = word_start  # "..., which she plans ...": the relative or linking word goes with the next
            _truncate(draft, item, cut)
        if item.pieces:
            found.append(item)


#: A message given and then quoted after a colon: "made the following comment:", "had a blunt message for the
#: board:", "issued a short statement:", "gave his answer:". The noun names something said or written.
_MESSAGE_COLON = re.compile(
    r"\b(?P<verb>made|makes|issued|issues|gave|gives|had|has|offered|offers|delivered|delivers|posted|posts|sent|"
    r"sends|shared|shares|released|releases)[ \t]+(?:(?:a|an|the|this|his|her|its|their|one)[ \t]+)"
    r"(?:[a-z][\w\-]*[ \t]+){0,3}?(?P<noun>comment|comments|statement|remark|remarks|message|answer|response|"
    r"reply|warning|verdict|explanation|reaction|retort|prediction|plea|appeal|assessment|advice|caveat|reminder)"
    r"(?:[ \t]+(?:for|to)[ \t]+[^:;\n.“”\"]{1,50})?[ \t]*:"
)


def _message_colons(text: str) -> Iterator[re.Match[str]]:
    """The matches ``_MESSAGE_COLON.finditer(text)`` gives, found only in the lines that hold a colon.

    No match crosses a line break (nothing in the pattern takes one) and each ends at a colon, so the
    lines without one (nine in ten of a news text's) need no scan: 8.4 -> 1.0 ms on the 84 PolNeAR
    texts. The word boundary the pattern opens with still sees the character before a line's start.
    """
    colon = text.find(":")
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        line_end = text.find("\n", colon)
        if line_end < 0:
            line_end = len(text)
        yield from _MESSAGE_COLON.finditer(text, line_start, line_end)
        colon = text.find(":", line_end)


#: "is that" after a noun: where a holder's argument or position may be stated ("Her argument is that ...").
_COPULA_THAT = re.compile(r"[ \t](?:is|was|has[ \t]+been|had[ \t]+been|remains|remained)[ \t]+that[ \t]+")
#: "that" and a space after it: where each match of ``_COPULA_THAT`` ends (a literal first, which the engine skips to).
_THAT_THEN_SPACE = re.compile(r"that[ \t]")
#: The copulas of one word before "that"; "has been" and "had been" are read apart.
_ONE_WORD_COPULAS = ("is", "was", "remains", "remained")


def _copulas_then_that(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each match ``_COPULA_THAT.finditer(text)`` gives, found from each "that " back.

    ``_COPULA_THAT`` opens with a space, where the engine tries it, at every space of the text; "that "
    is rarer, and the copula is read back from it (3.4 -> 1.3 ms on the 84 PolNeAR dev texts). Each
    start allows one match at most (no two copulas open alike), and a match that would overlap the one
    before is left out, as ``finditer`` leaves it.
    """
    last_end = 0
    for found in _THAT_THEN_SPACE.finditer(text):
        that = found.start()
        verb_end = that
        while verb_end > 0 and text[verb_end - 1] in " \t":
            verb_end -= 1
        if verb_end == that:
            continue  # no space before "that"
        start = -1
        for verb in _ONE_WORD_COPULAS:
            if text.endswith(verb, 0, verb_end):
                if verb_end > len(verb) and text[verb_end - len(verb) - 1] in " \t":
                    start = verb_end - len(verb) - 1
                break
        else:
            if text.endswith("been", 0, verb_end):
                aux_end = verb_end - 4
                while aux_end > 0 and text[aux_end - 1] in " \t":
                    aux_end -= 1
                if (
                    aux_end < verb_end - 4
                    and text.endswith(("has", "had"), 0, aux_end)
                    and aux_end > 3
                    and text[aux_end - 4] in " \t"
                ):
                    start = aux_end - 4
        if start < last_end:
            continue  # none, or overlapping the match before
        end = that + 4
        while end < len(text) and text[end] in " \t":
            end += 1
        yield start, end
        last_end = end


#: A noun naming what someone argues or holds, owned by its holder, right before "is that": "The ministry's
#: position", "his main argument", "their message". Only nouns of a stated case, not of feelings ("her fear").
_COPULAR_HOLDER = re.compile(
    r"(?:(?P<pronoun>(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur))|(?P<owned>[’']s))[ \t]+"
    r"(?:(?:own|main|central|basic|chief|core|key|whole|simple|only|first|latest|official|public|stated)[ \t]+)?"
    r"(?P<noun>argument|position|view|message|point|contention|claim|answer|response|reply|explanation|"
    r"defen[cs]e|excuse|complaint|warning|advice|promise|pitch|case|line|stance|assessment|conclusion|verdict)$"
)


def _copular_reports(draft: Draft, rules: StatementRules, found: list[_Found]) -> None:
    """Statements of a holder's case stated with "is that": "The ministry's position is that the levy is legal."

    The source is the owner of the noun ("the ministry", "his" when coreference found whose); the content, the
    clause after "that" to the end of the sentence. A noun inside another statement is left to it.
    """
    text = draft.text
    sentence_starts = [start for start, _ in draft.sentences]
    by_sentence: dict[int, list[_Found]] | None = None  # the statements found, by sentence: built at the first match
    for copula_start, copula_end in _copulas_then_that(text):
        index = bisect.bisect_right(sentence_starts, copula_start) - 1
        if index < 0 or copula_start >= draft.sentences[index][1]:
            continue
        sentence_start, sentence_end = draft.sentences[index]
        holder = _COPULAR_HOLDER.search(text, max(sentence_start, copula_start - 60), copula_start)
        if holder is None or draft.quote_at(holder.start()) is not None:
            continue
        cue_start, cue_end = holder.span("noun")
        if by_sentence is None:
            by_sentence = {}
            for item in found:
                by_sentence.setdefault(item.sentence, []).append(item)
        if any(
            start <= cue_start < end or cue_start <= start < sentence_end
            for item in by_sentence.get(index, ())
            for start, end in item.pieces
        ):
            continue  # "She said the ministry's position is that ...": the report is hers
        source: tuple[int, int] | None
        if holder.group("pronoun"):
            source = holder.span("pronoun")
            if not draft.mentions_in(*source):
                continue
        else:
            source = _owner(draft, sentence_start, holder.start("owned"))
        if source is None:
            continue
        start, end = _trim(text, copula_end, sentence_end)
        pieces = _cut_content(draft, [(start, end)], rules, main_clause=True) if end > start else []
        if not pieces or not (
            _FINITE.search(text, pieces[0][0], pieces[-1][1]) or _PAST_WORD.search(text, pieces[0][0], pieces[-1][1])
        ):
            continue  # "His position is that of a mediator": no clause
        speaker = _speaker(draft, rules, source)
        if speaker is None and not _plausible_source(text, source, rules, draft):
            continue
        item = _Found((cue_start, cue_end), source, pieces, speaker, "statement.cue.noun", "noun", index)
        found.append(item)
        by_sentence.setdefault(index, []).append(item)


def _colon_messages(draft: Draft, rules: StatementRules, found: list[_Found]) -> None:
    """Statements of a message given, then set off after a colon: "Sanders made the following comment: “...”".

    The source is the subject before the verb; the content, what the colon introduces (a quotation, the
    paragraph after it in a speaking voice, or the rest of the sentence). A sentence whose colon some other
    cue already reports is left to it.
    """
    text = draft.text
    sentence_starts = [start for start, _ in draft.sentences]
    for match in _message_colons(text):
        cue_start, cue_end = match.start(), match.end("noun")
        if draft.quote_at(cue_start) is not None:
            continue
        index = bisect.bisect_right(sentence_starts, cue_start) - 1
        if index < 0 or cue_start >= draft.sentences[index][1]:
            continue
        sentence = draft.sentences[index]
        colon = match.end() - 1
        if any(item.sentence == index and item.cue[0] < colon for item in found):
            continue  # "X said she had a message for them: ...": the sentence's report is read already
        aux_start = cue_start
        word, word_start = _previous_word(text, aux_start, sentence[0])
        while word and (word.lower() in _AUX or _is_adverb(word)):
            aux_start = word_start
            word, word_start = _previous_word(text, aux_start, sentence[0])
        if not word or word.lower() in _BOUNDARY_WORDS or word.lower() in _PREPOSITIONS or word.endswith(","):
            continue
        source = _source_before(draft, sentence[0], aux_start)
        if source is None:
            continue
        content = _content_after(draft, rules, colon, sentence, "speech", False)
        if content is None or content[1] not in ("quote", "colon"):
            continue
        pieces = content[0]
        if not pieces:
            continue
        speaker = _speaker(draft, rules, source, cue_end)
        if speaker is None and not _plausible_source(text, source, rules, draft):
            continue
        found.append(
            _Found((cue_start, cue_end), source, pieces, speaker, "statement.cue.message", "message-colon", index)
        )


def _from_noun(
    draft: Draft,
    rules: StatementRules,
    cue_start: int,
    cue_end: int,
    sentence: tuple[int, int],
    index: int,
    after_subject: int | None = None,
) -> tuple[_Found, bool] | None:
    """A statement of the noun cue at ``cue_start``, when it has a holder and a that-clause (see _noun_cues),
    and whether its noun phrase is the sentence's subject.

    ``after_subject`` is where the cue of a noun phrase read as the sentence's subject ends, earlier in the
    sentence: a phrase joined to it by a comma or "and" is (part of) the subject too ("X's claim that A
    and Y's claim that B were false").
    """
    text = draft.text
    sentence_start, sentence_end = sentence
    word, word_start = _previous_word(text, cue_start, sentence_start)
    lower = word.lower()
    if (
        word[:1].islower()
        and word.isalpha()
        and lower not in _DETERMINERS
        and lower not in _POSSESSIVES
        and lower not in _BOUNDARY_WORDS
        and lower not in _PREPOSITIONS
        and (text[cue_start:cue_end] not in rules.cues or lower in _NOUN_MODIFIERS or lower.endswith(_ADJECTIVE_ENDS))
    ):
        # "his repeated claim", "X's own claim"; but "Trump's supporters claim that" is a verb's subject.
        word, word_start = _previous_word(text, word_start, sentence_start)
        lower = word.lower()
    source: tuple[int, int] | None = None
    clause_at = cue_end
    if lower.endswith(("'s", "’s")) and lower[:-2] not in _NOT_OWNERS and len(word) > 2:
        source = _owner(draft, sentence_start, word_start + len(word) - 2)  # "Donald Trump’s claim"
    elif lower in _POSSESSIVES:
        source = (word_start, word_start + len(word))  # "his claim": when coreference found whose
        if not draft.mentions_in(*source):
            return None
    elif lower in ("the", "a", "an"):
        agent = _NOUN_AGENT.match(text, cue_end, sentence_end)
        if agent is not None:
            source = agent.span(1)  # "the claim by the ministry that"
            clause_at = agent.end()
    if source is None:
        return None
    if clause_at == cue_end:
        that = _THAT_CLAUSE.match(text, cue_end, sentence_end)
        if that is None:
            return None
        clause_at = that.end()
    start = _skip_space(text, clause_at, sentence_end)
    opening = min(source[0], cue_start)
    subject = _opens_clause(text, sentence_start, opening) or (
        after_subject is not None and text[after_subject:opening].rstrip().endswith((",", ";", " and", " or"))
    )
    end = _noun_clause(text, start, sentence_end, subject)
    if end is None:
        return None
    opener = text[sentence_start:cue_start].split(maxsplit=1)
    if opener and opener[0].lower() in _INTRODUCERS and "," not in text[sentence_start:cue_start]:
        # "Contrary to his claim that X, Y ...", "Asked about her warning that X, she said ...": the
        # phrase ends at its comma, and the sentence's own clause follows.
        comma = text.find(",", start, end)
        if comma >= 0:
            end = comma
    pieces = _cut_content(draft, [(start, end)], rules, main_clause=True)
    if not pieces:
        return None
    speaker = _speaker(draft, rules, source)
    if speaker is None and not _plausible_source(text, source, rules, draft):
        return None
    rule = rules.nouns[text[cue_start:cue_end]]
    return _Found((cue_start, cue_end), source, pieces, speaker, rule, "noun", index), subject


def _owner(draft: Draft, sentence_start: int, end: int) -> tuple[int, int] | None:
    """The owner before a possessive: a mention ending there, else a determiner's or capitalised words' phrase."""
    mention = draft.mention_ending_at(end)
    if mention is not None:
        return mention.span.start, mention.span.end
    phrase = _source_before(draft, sentence_start, end)
    if phrase is None:
        return None
    words = list(_WORD_RUN.finditer(draft.text, phrase[0], phrase[1]))[-4:]
    for word in reversed(words):
        if word.group().lower() in ("the", "a", "an"):
            return word.start(), phrase[1]  # "the company's claim"
    start = phrase[1]
    for word in reversed(words):
        if not word.group()[:1].isupper():
            break
        start = word.start()  # "Acme Mining's claim"
    return (start, phrase[1]) if start < phrase[1] else None


def _opens_clause(text: str, sentence_start: int, position: int) -> bool:
    """Whether only a few capitalised words, with no verb, stand before ``position`` in its sentence.

    "But Reyes's claim ...", "Yet his warning ..." open the sentence's subject; "Analysts dismissed the
    minister's claim ..." has a verb (a lower-case word) before it.
    """
    words = text[sentence_start:position].split()
    return (
        len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and not _FINITE.search(text, sentence_start, position)
    )


def _subject_before(tokens: list[tuple[str, int]], position: int) -> bool:
    """Whether the token before ``position`` ends a subject: a pronoun, a name, or a determiner's noun."""
    if position < 1:
        return False
    previous = tokens[position - 1][0]
    if previous[:1].isupper() or previous.lower() in _PRONOUN_SUBJECTS:
        return True  # "he lied", "Reyes lied"
    return (
        position >= 2
        and previous[:1].islower()
        and previous.isalpha()
        and tokens[position - 2][0].lower() in _DETERMINERS
    )  # "the man lied"


def _past_form(tokens: list[tuple[str, int]], position: int) -> bool:
    """Whether the lower-case word at ``position`` is a past form: "said", "collapsed"; a short one in -ed
    ("lied", "died", "used", "eyed", but not "need", "feed") only after a subject ("he lied", "the man died")."""
    token = tokens[position][0]
    if not token[:1].islower():
        return False
    lower = token.lower()
    if lower in _IRREGULAR_PAST:
        return True
    if not lower.endswith("ed") or len(lower) < 4:
        return False
    return len(lower) > 4 or (lower[-3] != "e" and _subject_before(tokens, position))


def _clause_verb(tokens: list[tuple[str, int]]) -> int | None:
    """Where the finite verb of a clause starting at ``tokens[0]`` stands, within ten words and before any
    mark; None when the clause opens with a verb ("was made", "followed") or has none."""
    if not tokens:
        return None
    first = tokens[0][0]
    if first.lower() in _AUX or first.lower() in _BE or _FINITE.fullmatch(first.lower()):
        return None  # "the claim that was made": a relative clause
    if first[:1].islower() and (first.endswith("ed") or first.lower() in _IRREGULAR_PAST):
        return None  # "the warning that followed"
    for position in range(1, min(len(tokens), 10)):
        token, _ = tokens[position]
        lower = token.lower()
        if not token[:1].isalnum():
            break
        if (
            _FINITE.fullmatch(lower)
            or _past_form(tokens, position)
            or (
                lower.endswith("s")
                and token[:1].islower()
                and not lower.endswith("ss")
                and (tokens[position - 1][0][:1].isupper() or tokens[position - 1][0].lower() in _PRONOUN_SUBJECTS)
            )
        ):
            return position
    return None


def _noun_clause(text: str, start: int, limit: int, subject: bool) -> int | None:
    """Where the that-clause after a noun cue ends, or None when it is no clause with a subject and a verb.

    With the noun phrase the sentence's subject ("X's claim that Y is false"), the clause ends before
    the sentence's own verb.
    """
    tokens = [(match.group(), match.start()) for match in _CLAUSE_WORD.finditer(text, start, limit)]
    verb = _clause_verb(tokens)
    if verb is None:
        return None
    after = tokens[verb + 1][0].lower() if verb + 1 < len(tokens) else ""
    if tokens[verb][0].lower() in _GAP_VERBS and (
        not after[:1].isalnum() or _FINITE.fullmatch(after) or after in _GAP_FOLLOWERS
    ):
        return None  # "the claim that he made, ...", "the claim that he repeated in May": the object is missing
    end = limit
    if subject:
        inner = False  # after "that", "when", ...: the next verb is that clause's ("..., and that wages fell, was")
        for position in range(verb + 1, len(tokens)):
            token, token_start = tokens[position]
            if token in ";:" or token in _QUOTE_OPENERS + _QUOTE_CLOSERS:
                continue
            lower = token.lower()
            if lower in _BOUNDARY_WORDS and lower not in ("and", "but", "or", "nor", "yet", "so", "even"):
                inner = True
                continue
            past = _past_form(tokens, position)
            if (_FINITE.fullmatch(lower) or past) and inner:
                inner = False
                continue
            if _FINITE.fullmatch(lower) or past:
                before_word, _ = _previous_word(text, token_start, start)
                before_lower = before_word.lower()
                if before_lower not in _BOUNDARY_WORDS | _PRONOUN_SUBJECTS | {"not", "also", "never"} and not (
                    past and (before_lower in _AUX or before_lower in _BE or not before_word[:1].isalnum())
                ):
                    end = token_start  # "X's claim that Y is true is false": the sentence's verb
                    break
    return end


_DASH_SOURCE = re.compile(rf"[ \t]*[―—–][ \t]*([{UPPER}][\w.’'\-]*(?:[ \t]+[{UPPER}][\w.’'\-]*){{0,4}})")
_COLON_SOURCE = re.compile(rf"([{UPPER}][\w.’'\-]*(?:[ \t]+[{UPPER}][\w.’'\-]*){{0,4}})[ \t]*:[ \t]+(?=\S)")


def _labelled(draft: Draft, rules: StatementRules, found: list[_Found], by_sentence: dict[int, list[_Found]]) -> None:
    """Attribution by punctuation: “...” ― Name, and "Name: what they said" at a sentence start."""
    text = draft.text
    for quote in draft.quotes:
        if quote.depth != 0 or not quote.closed:
            continue
        match = _DASH_SOURCE.match(text, quote.end)
        if match is None:
            continue
        index = draft.sentence_index(quote.end - 1)
        if index is None or index in by_sentence:
            continue
        name = (match.start(1), match.start(1) + len(match.group(1).rstrip(".")))
        speaker = _speaker(draft, rules, name)
        if speaker is None:
            continue
        dash = match.start(1) - 1
        while text[dash] in " \t":
            dash -= 1
        item = _Found((dash, dash + 1), name, _quote_pieces(draft, quote), speaker, "statement.dash", "dash", index)
        found.append(item)
        by_sentence.setdefault(index, []).append(item)
    for index in _colon_sentences(text, draft.sentences):
        start, end = draft.sentences[index]
        if index in by_sentence:
            continue
        match = _COLON_SOURCE.match(text, start, end)
        if match is None:
            continue
        words = match.group(1).split()
        if (
            match.group(1).isupper()
            or words[0].lower().strip(".’'") in rules.not_speaker_labels
            or words[-1].lower() in rules.not_speaker_labels
        ):
            continue
        colon = text.index(":", match.end(1))
        name = match.span(1)
        opening_mention = draft.mention_at(name[0]) if len(words) > 1 else None
        if len(words) > 1 and (opening_mention is None or opening_mention.span.start != name[0]):
            # "The Latest: ...", "Trouble Over Tolls: ...": a headline's label, no name the text knows; a single
            # word ("Poll: ...", "Reuters: ...") still names the source.
            continue
        speaker = _speaker(draft, rules, name)
        if speaker is None:
            continue
        opening = _quote_starting_at(draft, match.end(), len(text))
        if opening is not None:
            pieces = _quote_pieces(draft, opening)
        else:
            content_start, content_end = _trim(text, match.end(), end)
            pieces = [(content_start, content_end)] if content_end > content_start else []
        if not pieces:
            continue
        item = _Found((colon, colon + 1), name, pieces, speaker, "statement.colon", "colon", index)
        found.append(item)
        by_sentence.setdefault(index, []).append(item)


def _colon_sentences(text: str, sentences: list[tuple[int, int]]) -> list[int]:
    """The indexes of the sentences with a colon, in order: found from the colons (few) rather than by a look
    into every sentence (many). Sentences are sorted and do not overlap: a colon lies in the last one starting
    at or before it, or in none."""
    indexes: list[int] = []
    colon = text.find(":")
    while colon >= 0:
        index = bisect.bisect_right(sentences, (colon, len(text) + 1)) - 1
        if index >= 0 and colon < sentences[index][1] and (not indexes or indexes[-1] != index):
            indexes.append(index)
        colon = text.find(":", colon + 1)
    return indexes


#: A paragraph that opens with a speaker's label: "Achurra: ...", "“WALLACE: ...", "Sen. Tim Kaine: ...".
_SPEAKER_LABEL = re.compile(
    rf"[“\"«]?[ \t]*([{UPPER}][\w.’'\-]*(?:[ \t]+[{UPPER}][\w.’'\-]*){{0,3}})[ \t]*:[ \t]+(?=\S)"
)
#: At most this many unlabelled paragraphs continue an answer, and only up to the next label.
_MAX_CONTINUED = 6


@attrs.define
class _Transcript:
    """The statements of a transcript's labelled paragraphs and the stretches they cover."""

    items: list[_Found] = attrs.Factory(list)
    covered: list[tuple[int, int]] = attrs.Factory(list)
    last_sentence: dict[int, int] = attrs.Factory(dict)


def _transcript(draft: Draft, rules: StatementRules) -> _Transcript:
    """Paragraphs that open with a speaker's label, and the unlabelled ones that go on with an answer.

    The label is a person the entities stage found and the text names elsewhere ("Achurra:" for
    Tomas Achurra) or a name in capitals ("PENCE:", "CHRIS WALLACE:") in a document where one such
    label opens several paragraphs (a roundup's "BRAZIL:", "NORWAY:" open one each). The
    content is the whole paragraph after the label, in direct speech. Labels of no one ("Q:",
    "Update:", "Breaking:", "Editor's note:") make no statement. Unlabelled paragraphs between an
    answer and the next label (not a stage note such as "(CROSSTALK)") continue the answer.
    """
    result = _Transcript()
    text = draft.text
    paragraphs = draft.paragraphs
    labels: dict[int, tuple[re.Match[str], bool]] = {}  # paragraph index -> (match, names someone)
    capitals: dict[str, int] = {}  # label in capitals -> how many paragraphs it opens
    for index in _colon_paragraphs(text, paragraphs):
        start, end = paragraphs[index]
        match = _SPEAKER_LABEL.match(text, start, end)
        if match is None or match.end(1) > text.find(":", start, end):
            continue
        words = match.group(1).split()
        if (
            words[0].lower().strip(".’'") in rules.not_speaker_labels
            or words[-1].lower().strip(".’'") in rules.not_speaker_labels
        ):
            labels[index] = (match, False)
            continue
        if match.group(1).isupper():
            capitals[match.group(1)] = capitals.get(match.group(1), 0) + 1
        labels[index] = (match, True)
    if not labels:
        return result
    tokens: dict[str, str] = draft.scratch.get("name_tokens", {})
    transcript = bool(capitals) and max(capitals.values()) >= 2
    upper_tokens = {token.upper(): entity_id for token, entity_id in tokens.items()} if transcript else {}
    places = (
        {
            name
            for entity in draft.entities.values()
            if entity.type != "person"
            for name in (entity.name, *entity.aliases)
        }
        if transcript
        else set()
    )
    sentence_starts: list[int] = []
    first_last: dict[str, tuple[int, int]] | None = None  # entity -> first and last start of its mentions
    for index, (match, names) in labels.items():
        if not names:
            continue
        label = match.group(1)
        span = match.span(1)
        speaker: str | None = None
        if label.isupper():
            # A roundup's rubrics ("BRAZIL: Brasília hailed ...", "INDUSTRY: ...") open one paragraph each;
            # a transcript's speakers take turns. A place or body the text names is no speaker either.
            if not transcript or label.title() in places or sum(char.isalpha() for char in label) < 2:
                continue
            speaker = upper_tokens.get(label.split()[-1])
            if speaker is None:
                speaker = ensure_person(draft, label.title(), rule="statement.source.name")
        else:
            people = [
                mention
                for mention in draft.mentions_in(*span)
                if draft.entities[mention.entity].type == "person" and mention.span.end == span[1]
            ]
            speaker = people[-1].entity if people else tokens.get(label)
            if speaker is not None:
                if first_last is None:
                    first_last = _first_and_last_starts(draft)
                first, last_start = first_last.get(speaker, (span[0], span[0]))
                if draft.entities[speaker].type != "person" or not (first < span[0] or last_start >= span[1]):
                    speaker = None  # a person the text names elsewhere, not a headline read as a name
        if speaker is None:
            continue
        if not draft.mentions_in(*span):
            draft.add_mention(speaker, span[0], span[1], "statement.source.name")
            if first_last is not None:
                first, last_start = first_last.get(speaker, (span[0], span[0]))
                first_last[speaker] = (min(first, span[0]), max(last_start, span[0]))
        # The answer goes on in unlabelled paragraphs up to the next label, if one follows soon.
        last = index
        following = index + 1
        while following < len(paragraphs) and following not in labels and following - index <= _MAX_CONTINUED:
            following += 1
        quoted = match.group()[:1] in _QUOTE_OPENERS
        if following in labels and labels[following][0].group(1).isupper() == label.isupper():
            # Only inside one transcript: the next label is written alike, and when each turn opens
            # a quotation ("“WALLACE: ..."), each paragraph of the answer does too.
            for continued in range(index + 1, following):
                start = _skip_space(text, paragraphs[continued][0], paragraphs[continued][1])
                if text[start : start + 2].lstrip('“"«')[:1] in ("(", "[") or (
                    quoted and text[start : start + 1] not in _QUOTE_OPENERS
                ):
                    break  # "(CROSSTALK)": a stage note ends the answer
                last = continued
        pieces = []
        for paragraph in range(index, last + 1):
            start = match.end() if paragraph == index else paragraphs[paragraph][0]
            piece = _trim(text, start, paragraphs[paragraph][1])
            if paragraph > index or match.group().startswith(tuple(_QUOTE_OPENERS)):
                # A transcript inside one long quotation: each paragraph opens with a mark, the last may close.
                piece = _trim(text, piece[0] + (text[piece[0]] in _QUOTE_OPENERS), piece[1])
                piece = _trim(text, piece[0], piece[1] - (text[piece[1] - 1] in _QUOTE_CLOSERS))
            if piece[1] > piece[0]:
                pieces.append(piece)
        if not pieces:
            continue
        colon = text.index(":", span[1])
        sentence_starts = sentence_starts or [start for start, _ in draft.sentences]
        first_sentence = max(0, bisect.bisect_right(sentence_starts, span[0]) - 1)
        last_sentence = max(first_sentence, bisect.bisect_right(sentence_starts, pieces[-1][1] - 1) - 1)
        item = _Found((colon, colon + 1), span, pieces, speaker, "statement.colon", "speaker-label", first_sentence)
        item.mode = "direct"
        result.items.append(item)
        result.last_sentence[id(item)] = last_sentence
        result.covered.append((span[0], paragraphs[last][1]))
    return result


def _colon_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """The paragraphs with a colon among their first 48 characters (colons are few, paragraphs many)."""
    indexes: list[int] = []
    colon = text.find(":")
    while colon >= 0:
        index = bisect.bisect_right(paragraphs, (colon, len(text) + 1)) - 1
        if index >= 0 and colon - paragraphs[index][0] <= 48 and (not indexes or indexes[-1] != index):
            indexes.append(index)
        colon = text.find(":", colon + 1)
    return indexes


#: A share of those asked: "63 percent", "Twelve percent of voters", "40%".
_SHARE = re.compile(
    r"(?i:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)(?:[ \t]+percent|[ \t]*%)(?:[ \t]+of[ \t]+[\w’'\-]+(?:[ \t]+[\w’'\-]+){0,3})?"
)


def _plausible_source(
    text: str, source: tuple[int, int] | None, rules: StatementRules, draft: Draft | None = None
) -> bool:
    """A source without a known speaker that still names one: "the campaign", "a poll", "the report".

    So does a common word that opens a sentence, read as no name by ``_speaker`` ("Management said").
    """
    if source is None:
        return False
    if draft is not None and source in draft.scratch.get("common_word_sources", ()):
        return True
    if draft is not None:
        antecedent_end = _relative_antecedent(draft, *source)
        if antecedent_end is not None:
            source = (source[0], antecedent_end)  # "The driver who caused the crash": as "The driver"
    words = text[source[0] : source[1]].split()
    if not words:
        return False
    last = words[-1].lower().strip(".,")
    if _SHARE.fullmatch(text[source[0] : source[1]]):
        return True  # "63 percent said ...", "Twelve percent of voters indicated that ...": a share of those asked
    head = _head_words(text[source[0] : source[1]])
    if (
        last in rules.evidence
        or (head and head[-1].lower() in rules.evidence)
        or (len(words) == 1 and last in ("i", "we", "you", "he", "she", "they"))
    ):
        return True
    if (
        2 <= len(words) <= 4
        and _hyphenated_word(last)
        and last.endswith("s")
        and not last.endswith("ss")
        and all(_hyphenated_word(word) and word.islower() for word in words[1:])
    ):
        return True  # "independent analyses", "many economists": a plural group the text does not name
    return (
        (
            words[0].lower() in _DETERMINERS
            or words[0].lower() in _QUANTIFIERS
            or (  # "Ohio's governor"; not "It's worth", "There's no way"
                words[0].endswith(("'s", "’s"))
                and words[0][:1].isupper()
                and words[0][:-2].lower() not in _NOT_OWNERS
                and len(words) >= 2
            )
        )
        # "A nurse at a clinic in the north": a longer phrase where someone is placed at or from somewhere
        and (len(words) <= 6 or (len(words) <= 10 and len(head) <= 4 and words[len(head)] in ("at", "from")))
        and _hyphenated_word(last)
        and not last.endswith(("ing", "ly"))
        and last not in _AUX
        and last not in _BOUNDARY_WORDS
        and last not in _PRONOUN_SUBJECTS
    )


def _hyphenated_word(word: str) -> bool:
    """Letters, perhaps joined by hyphens: "economists", "vice-rectors", "co-founders"."""
    return all(part.isalpha() for part in word.split("-"))


_WITHHOLDING = re.compile(
    r"(?i:(?:\bnot|\bnever|n[’']t|\b(?:declined|declining|refused|refusing)[ \t]+to)[ \t]+(?:[a-z]+ly[ \t]+)?)$"
)
#: How the word before a cue ends, in lower case, when ``_WITHHOLDING`` can match before it (its ``$`` may stand
#: before a line break, tested apart): the one test most cues need, for a search of the regex.
_WITHHOLDING_ENDS = ("not", "never", "n't", "n’t", "to", "ly")
_QUESTION_WORDS = frozenset(["whether", "if", "what", "how", "when", "why", "where", "which", "who", "whom"])


def _withheld(text: str, cue_start: int, cue_end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether a verb of saying is denied and governs an open question: "did not say whether she would run",
    "declined to say how much it paid", "has not said what he will do".

    The speaker reported nothing, so there is no content. "did not say that the plan had failed" stays a
    statement: the clause is there, and corpora annotate denied reports as attributions.
    """
    if not _WITHHOLDING.search(text, max(sentence_start, cue_start - 30), cue_start):
        return False
    following, _ = _next_word(text, cue_end, sentence_end)
    return following.lower() in _QUESTION_WORDS


#: Bodies that hear evidence, and the forms of "hear": "The inquiry heard that ..." reports what witnesses said.
_HEARING_BODIES = frozenset(
    "court courts committee inquiry inquest tribunal hearing jury panel trial commission review".split()  # noqa: SIM905
)
_HEAR_FORMS = frozenset(["hear", "hears", "heard"])
_REFUSALS = frozenset(["refuse", "refuses", "refused", "refusing", "decline", "declines", "declined", "declining"])
_VERBS_OF_TELLING = frozenset(
    "say comment discuss elaborate speculate disclose reveal confirm specify explain answer identify name".split()  # noqa: SIM905
)


def _refused_to_speak(text: str, form: str, start: int, limit: int) -> bool:
    """Whether a refusal's object is to speak ("refused to comment", "declined to name the buyer"): the act
    is silence, and no statement reports it. "refused to endorse the plan" is an act all the same."""
    return form.lower() in _REFUSALS and _next_word(text, start, limit)[0].lower() in _VERBS_OF_TELLING


def _inside_content(items: list[_Found], position: int) -> _Found | None:
    for item in items:
        if any(start <= position < end for start, end in item.pieces):
            return item
    return None


def _from_cue(
    draft: Draft,
    rules: StatementRules,
    cue_start: int,
    cue_end: int,
    sentence: tuple[int, int],
    index: int,
    earlier: list[_Found],
    found: list[_Found],
) -> _Found | None:
    text = draft.text
    form = text[cue_start:cue_end]
    rule, kind, takes_object = rules.cues[form]
    sentence_start, sentence_end = sentence
    previous, previous_start = _previous_word(text, cue_start, sentence_start)
    lower_previous = previous.lower()
    ing = form.endswith("ing")  # a participle or a gerund, tested below again and again
    contracted = _contracted_subject(text, previous, form, cue_end)
    if (lower_previous in _DETERMINERS and lower_previous not in ("that", "this")) or (
        lower_previous.endswith(("'s", "’s", "'re", "’re")) and not contracted
    ):
        # a noun: "the report", "his claim", "the editor's note"; but "He's claiming that ...", "She's said" are verbs
        return None
    if lower_previous in _BE and not ing:
        return None  # passive: "was told", "is expected"
    if lower_previous in _HEARING_BODIES and form in _HEAR_FORMS:
        return None  # "The court heard that ...", "the inquiry heard": evidence given to it, which it does not state
    if (
        kind == "speech"
        and (lower_previous.endswith(_WITHHOLDING_ENDS) or text[cue_start - 1] == "\n")
        and _withheld(text, cue_start, cue_end, sentence_start, sentence_end)
    ):
        return None  # "would not say whether ...", "declined to say how ...": nothing was reported
    if form in _PARTICIPLES_ONLY and lower_previous not in _AUX and not _is_adverb(previous):
        return None  # "wanted written assurances", "a figure known for ...": no finite verb without "has"
    if ing and lower_previous == "as" and kind == "speech":
        return _quoted_as(draft, rules, (cue_start, cue_end), sentence, index)
    if ing and _instead_or_without(text, lower_previous, previous_start, sentence_start):
        return None  # "instead of dismissing them", "without saying why": what was not done
    if (
        ing
        and (lower_previous in rules.unnamed or lower_previous in rules.unnamed_roles)
        and _left_doing(text, previous, previous_start, sentence_start)
    ):
        return None  # "leaving opponents vowing to fight on": the state the narrator leaves them in
    if lower_previous in _NOUN_MODIFIERS and (kind != "speech" or form in _NOUN_LIKE):
        determiner, _ = _previous_word(text, previous_start, sentence_start)
        if determiner.lower() in _DETERMINERS or determiner.endswith(("'s", "’s")):
            return None  # "The first question came ...", "his latest warning": a noun
    if (
        form in _NOUN_LIKE
        and not (lower_previous in _BE and ing)  # "is warning that ...": a progressive
        and previous[:1].islower()
        and lower_previous not in _AUX
        and lower_previous not in _PRONOUN_SUBJECTS
        and lower_previous not in rules.unnamed
        and lower_previous not in rules.evidence
        and not _is_adverb(previous)
    ):
        return None  # "battleground states", "his remarks": a noun
    if (
        form in rules.marked_only
        and form in _NOUN_LIKE
        and _after_a_name(text, previous, previous_start, sentence_start)
    ):
        return None  # "a Tomas Kral tweet": a noun after a name; "a Times report" quotes its report as "said" does
    if form.endswith(("ed", "en")) and (lower_previous in _DETERMINERS or lower_previous in ("in", "with", "by")):
        return None  # "In written testimony", "a revised statement": a participle as an adjective, no cue
    if (
        lower_previous in ("to",)
        and kind != "speech"
        and not (
            kind == "evidence"
            and _THAT_AFTER.match(text, cue_end) is not None
            and _previous_word(text, previous_start, sentence_start)[0].lower() in _SEEM_VERBS
        )
    ):
        return None  # "plans to back ...", "expected to show ..."; but "he appeared to suggest that ..." reports
    if kind == "act" and form in rules.parenthetical and _postposed(text, cue_start, cue_end, sentence):
        kind = "speech"  # "The plan will fail, he acknowledged.": a report of the clause before, as "he said"
    if kind == "act" and form in rules.quoting and _quoted_before(draft, rules, cue_start, cue_end, sentence):
        kind = "speech"  # "“Who knows?” Graham asked.", "“Why now?” she demanded": the quotation is asked
    containing = _inside_content(earlier, cue_start)
    if (
        kind == "act"
        and (
            text[sentence_start:sentence_end].rstrip().endswith("?")
            # Lower-casing the first eight characters is enough for a start of at most eight.
            or text[sentence_start:cue_start].lstrip()[:8].lower().startswith(("if ", "unless ", "whether "))
            or _condition_before(text[max(sentence_start, cue_start - 40) : cue_start])
        )
    ):
        return None  # a question or a condition reports no act
    if kind == "act" and (lower_previous in ("not", "n't", "never") or previous.endswith("n't")):
        return None  # "did not endorse the moratorium" reports no act
    if kind == "act" and _negative_subject(text, max(sentence_start, cue_start - 40), cue_start):
        return None  # "none of them announced a contribution", "nobody backed the plan": no act either
    if (
        kind == "act"
        and ing
        and lower_previous in ("of", "with")
        and _CHARGED_BEFORE.search(text, max(sentence_start, previous_start - 60), previous_start)
    ):
        return None  # "accused the rebels of attacking aid convoys": a deed charged, not words reported
    if kind == "act":
        # An act reads only "X criticized Y": not "a plan, welcomed by X", not after a comma.
        next_word, _ = _next_word(text, cue_end, sentence_end)
        # "... and announced that ...", "... and has called for ...": a verb joined to one before, read below.
        joined = lower_previous in ("and", "but")
        stretch = text[sentence_start:cue_start].rstrip()
        if (lower_previous in _ASIDE_ADVERBS or _is_adverb(previous)) and text[
            sentence_start:previous_start
        ].rstrip().endswith(","):
            stretch = text[sentence_start:previous_start].rstrip()  # ", again discussing ...": after a comma too
        if (
            next_word.lower() == "by"
            or (lower_previous in _BOUNDARY_WORDS and not joined)
            or stretch.endswith(("”", '"'))
            or (
                stretch.endswith(",")
                and not _subject_in_apposition(draft, sentence_start, sentence_start + len(stretch) - 1)
            )
        ):
            return None  # after a comma, only a subject with its name in apposition: "Its chair, Ana Ruiz, wrote"
        if (
            not form.endswith(("ed", "ing"))
            and previous[:1].islower()
            and lower_previous not in _AUX
            and lower_previous not in _PRONOUN_SUBJECTS
            and not lower_previous.endswith("ly")
        ):
            return None  # "a peace plan", "public support": a noun
        content = _content_after(draft, rules, cue_end, sentence, kind, takes_object, form)
        if content is None or (stretch.endswith(",") and content[1] not in ("that", "quote")):
            return None  # after an apposition, an act reports only a clause or a quotation ("posted that")
        if form.endswith("ing") and _term_after_preposition(text, previous, previous_start, sentence_start, cue_end):
            return None  # "fined for promoting “quack” cures": a term in quotation marks, no one's words
    else:
        content = None  # read below, where the pattern needs it (an act's is read already)

    # Where the text just before the cue stops: a comma (inverted or participle) or a word.
    before = cue_start
    while before > sentence_start and text[before - 1] in " \t":
        before -= 1
    char_before = text[before - 1] if before > sentence_start else ""
    closer_width = 2 if text[max(sentence_start, before - 2) : before] == "''" else 1
    mark = before - closer_width - 1
    if mark > sentence_start and text[mark] in "'’" and text[mark - 1] in ",?!":
        mark -= 1  # "“People say, ‘It is over,’” said X": a quotation inside the quotation closes too
    after_closer = char_before in _QUOTE_CLOSERS and mark >= sentence_start and text[mark] in ",?!"

    # -- participle: ", warning that ...", ", saying ...", ", going on to say ..." ---------
    if (
        form.split(" ", 1)[0].endswith("ing")
        and char_before != ","
        and (lower_previous in _ASIDE_ADVERBS or _is_adverb(previous))
        and text[sentence_start:previous_start].rstrip().endswith(",")
    ):
        # ", even suggesting he was ...", ", also noting that ...": an adverb between the comma and the participle.
        before = len(text[:previous_start].rstrip())
        char_before = ","
    opens_sentence = not text[sentence_start : previous_start if previous else cue_start].strip()
    if (
        form.split(" ", 1)[0].endswith("ing")
        and (
            char_before == ","
            or lower_previous in ("and", "by", "while", "after")
            # "Before saying ...", "Insisting that ..., the mayor": a participle that opens the sentence
            or (opens_sentence and (lower_previous in _OPENING_PREPOSITIONS or (not previous and form[:1].isupper())))
            # 'X said: “...,” adding that ...': the comma before the closing mark sets the participle off
            or (after_closer and text[mark] == "," and kind == "speech")
        )
    ):
        if containing is not None and containing.cue[1] > cue_start:
            return None
        if kind != "act":
            content = _content_after(draft, rules, cue_end, sentence, kind, takes_object, form)
        if content is None or content[1] not in ("that", "quote", "clause", "act"):
            return None
        if form in rules.marked_only and content[1] not in ("that", "quote"):
            return None  # ", continuing its campaign": no report
        subject: tuple[tuple[int, int], str | None] | None
        if containing is not None and containing.source is not None and containing.source[1] <= cue_start:
            # "..., President X said on Friday, suggesting ...": the participle is the reporting clause's.
            subject = (containing.source, containing.speaker)
        else:
            subject = _subject(draft, sentence, cue_start)
            if opens_sentence and (lower_previous in _OPENING_PREPOSITIONS or (not previous and form[:1].isupper())):
                # "By saying the law was void, the court surprised everyone", "Despite admitting ..., Berg said",
                # "Insisting that ..., the mayor called ...": the subject after the comma.
                first_word = _next_word(text, content[0][0][0], sentence[1])[0].lower()
                if not previous and content[1] != "that" and first_word not in _CLAUSE_STARTERS:
                    return None  # "Warning signs were ignored, ...": a noun's modifier, no participle
                return _opening_by(draft, rules, (cue_start, cue_end), content, sentence, rule, index)
            charged = _CHARGED_WITH_ACT.search(text, sentence_start, previous_start) if lower_previous == "by" else None
            if charged is not None:
                # "Critics accused Holt of misleading voters by claiming ...": the claim is Holt's act, which the
                # critics charge him with, not their own report.
                accused = charged.span("object")
                if text[accused[0] : accused[1]].lower() in _OBJECT_PRONOUNS:
                    return None  # "accused him of ... by claiming": whose, coreference would have to say
                subject = (accused, _speaker(draft, rules, accused))
            elif lower_previous == "by":
                # "Holt angered voters by calling ...": the voters are the object; the words before the verb speak.
                before_verb = _words_before_verb(
                    draft, rules, sentence_start, subject[0][0] if subject is not None else previous_start
                )
                if before_verb is not None:
                    subject = (before_verb, _speaker(draft, rules, before_verb))
        if subject is None and earlier and earlier[-1].source is not None:
            subject = (earlier[-1].source, earlier[-1].speaker)
        if subject is None:
            # "The GOP nominee complained about ..., suggesting ...": the words before the sentence's first verb.
            words_before = _opening_subject(draft, rules, sentence_start, cue_start)
            if words_before is not None and _next_word(text, words_before[0], cue_start)[0].lower() in _PREPOSITIONS:
                words_before = None  # "In a widely read column, ...": a setting, no subject
            while words_before is not None:
                last, last_start = _previous_word(text, words_before[1], words_before[0])
                if (
                    not (last.lower() in _AUX or last.lower() in _BE or _is_adverb(last))
                    or last_start <= words_before[0]
                ):
                    break
                end = len(text[:last_start].rstrip())  # "Shipowners have resisted": the auxiliary is no source
                words_before = (words_before[0], end) if end > words_before[0] else None
            if words_before is not None:
                subject = (words_before, _speaker(draft, rules, words_before))
        if subject is None:
            # The capitalised words that open the sentence: "Trump, ..., adding that ...".
            opening = _LEADING_NAME.match(text, sentence_start, cue_start)
            if opening is None:
                return None
            name = opening.span(1)
            subject = (name, _speaker(draft, rules, name))
        if containing is not None:
            _truncate(draft, containing, before)
            if not containing.pieces and containing.source is not None and containing.source[0] > sentence_start:
                # "A shows B, X said on Friday, suggesting C": X's report is what comes before X.
                start, end = _trim(text, sentence_start, containing.source[0])
                if end > start:
                    containing.pieces = [(start, end)]
        pieces = _cut_content(draft, content[0], rules)
        source_span, speaker_id = subject
        return _Found((cue_start, cue_end), source_span, pieces, speaker_id, rule, "participle", index)

    # -- inverted: "“...,” said Foreign Minister X, who ..." -------------------------------
    inverted_source = (
        _source_after(text, cue_end, sentence_end)
        if (char_before == "," and form not in _NOUN_LIKE) or after_closer
        else None
    )
    if inverted_source is not None:
        words = text[inverted_source[0] : inverted_source[1]].split()
        if words[0] in _TIME_WORDS or words[0] in ("of", "about"):
            # "..., Flynn, a surrogate, said Thursday morning", "..., X said of the plan": not inverted
            inverted_source = None
    if inverted_source is not None and not after_closer:
        words = text[inverted_source[0] : inverted_source[1]].split()
        if (
            words[0].lower() in _PRONOUN_SUBJECTS
            or words[0].lower() in _PREPOSITIONS  # "..., X, her lawyer, said outside the court": a place
            or words[0].lower() in ("me", "him", "her", "us", "them", "reporters", "journalists")
            or (takes_object and rules.addressees.match(text, inverted_source[0]) is not None)
            or any(word in rules.cues for word in words[1:])
            or "(" in text[inverted_source[0] : inverted_source[1]]
            # '..., said its members "accept the ruling" and ...': a quotation opens in the report, no source
            or _OPENING_MARK.search(text, inverted_source[0], inverted_source[1]) is not None
            or _FINITE.search(text, inverted_source[0], inverted_source[1])
            or len(words) > 8
            or _THAT_AFTER.match(text, inverted_source[1])
        ):
            # "Trump, speaking in Virginia, said he would ...", "X, a surgeon, told the council that ...":
            # not inverted
            inverted_source = None
    if inverted_source is not None and not after_closer and _subject_in_apposition(draft, sentence_start, before - 1):
        inverted_source = None  # "Britain's ambassador, Margaret Ellery, said the vote ...": a subject
    if (
        inverted_source is not None
        and not after_closer
        and _quote_then_described_name(draft, sentence_start, before - 1)
    ):
        inverted_source = None  # '"...," Tom Baker, the union's secretary, told the committee': Baker is the subject
    if inverted_source is not None and not after_closer and _participle_aside(text, sentence_start, before - 1):
        inverted_source = None  # "An official, speaking on condition of anonymity, said the bank ...": a subject
    source: tuple[int, int] | None = None
    if inverted_source is not None:
        source = inverted_source
        quote = _quote_ending_before(draft, cue_start, sentence_start - 1)
        if quote is not None and quote.start < sentence_end:
            pieces = _with_lead_in(draft, earlier, sentence_start, quote)
        elif form in rules.marked_only:
            return None  # "..., posted one-sided news and ...": no quotation before it, no report
        else:
            start, end = _trim(text, _clause_start(draft, earlier, sentence_start, before), before)
            pieces = [(start, end)] if end > start else []
        if not pieces:
            return None
        apposed_body = _apposed_name(draft, source, sentence_end)
        speaker: str | None
        if apposed_body is not None:
            # "said the regulator, Ofwat.": the body the description names speaks, not a body called "regulator".
            speaker, source = apposed_body[0], (source[0], apposed_body[1])
        else:
            speaker = _speaker(draft, rules, source)
        person = _apposed_person(draft, source, sentence_end) if speaker is None else None
        if person is not None:
            # "said the company's head of sales, Teodor Varga": the role unnamed, the person after it speaks.
            speaker = person.entity
            source = (source[0], person.span.end)
        if text.startswith(",", source[1]):  # ", which ...": most sources have no comma after them
            _retype_by_relative(draft, speaker, text[source[1] : source[1] + 10])
        second = _quote_starting_at(draft, _skip_comma(text, source[1], sentence_end), len(text))
        if second is None and quote is not None:
            # '"...," said Jane Roe, a resident who spoke to the committee, "and ..."': past her description.
            apposed = _DESCRIPTION_THEN_QUOTE.match(text, source[1], sentence_end)
            if apposed is not None:
                second = _quote_starting_at(draft, apposed.end(), len(text))
        if second is not None and quote is not None:
            pieces += _quote_pieces(draft, second)
        return _Found((cue_start, cue_end), source, pieces, speaker, rule, "content-cue-source", index)

    # -- the source before the cue ---------------------------------------------------
    aux_start = cue_start
    word, word_start = previous, previous_start
    if contracted:
        aux_start = word_start + len(word) - contracted  # "She's claiming": "'s" is the auxiliary, "She" the source
        word = word[:-contracted]
    while True:
        if word in _MONTHS and _month_after_opener(text, word_start, sentence_start):
            break  # "The ministry in May said": a month, not the modal
        if word and (word.lower() in _AUX or word.lower() in _BE or _is_adverb(word)):
            aux_start = word_start
            word, word_start = _previous_word(text, aux_start, sentence_start)
            continue
        if word.lower() == "to" and (
            kind == "speech" or (kind == "evidence" and _THAT_AFTER.match(text, cue_end) is not None)
        ):
            verb, verb_start = _previous_word(text, word_start, sentence_start)
            if verb.lower() in _SEEM_VERBS:
                # "he appeared to suggest that ...", "Rustavi seemed to say ...": the subject of "appeared" speaks.
                aux_start = verb_start
                word, word_start = _previous_word(text, aux_start, sentence_start)
                continue
            verb, verb_start = _before_time(text, verb, verb_start, sentence_start)
            if kind == "speech" and verb.lower() in _TRY_VERBS:
                # "Berg tried on Monday to argue that ...": the subject of "tried" speaks, not "Berg tried to".
                aux_start = verb_start
                word, word_start = _previous_word(text, aux_start, sentence_start)
                continue
        break
    clause_start = _clause_start(draft, earlier, sentence_start, aux_start)
    pattern = "source-cue-content"
    description: tuple[int, int] | None = None  # an unnamed body's description in apposition to the source
    coordinated = False
    relative: tuple[int, int] | None = None
    # Both regexes need a relative word ("who", "which", "whom"): most stretches have none, found by one look.
    reach = max(clause_start, aux_start - 60)
    relative_word = text.find("wh", reach, aux_start) >= 0
    spent = _SPENT_TIME.search(text, reach, aux_start) if relative_word and ing else None
    if spent is None and relative_word and kind in ("speech", "act"):
        # "X, who in 2010 said ...", "families, many of whom say ...": a relative word behind a time or a share.
        spent = _RELATIVE_THEN_TIME.search(text, reach, aux_start)
        if spent is not None and spent.group(2) is None and " of " not in spent.group(1):
            spent = None  # a plain "who said" is read below
    if spent is not None:
        # "X, who spent four decades arguing that ...": the relative word is the source, not the time.
        relative = spent.span(1)
        source = None
    else:
        source = _source_before(draft, clause_start, aux_start)
        if source is not None:
            source = _first_conjunct(draft, rules, clause_start, source, cue_end)
    if source is None and relative is None:
        # ``word`` is still the word before ``aux_start``.
        if word.lower() in ("and", "but") and (
            kind == "speech"
            or (kind in ("act", "evidence") and _THAT_AFTER.match(text[cue_end : cue_end + 7]))
            or (
                kind == "act"
                and word.lower() == "and"  # "welcomed X but criticized Y": a contrast, often a stance of its own
                and form not in rules.quoting  # "and asked in a headline: “...”" reads its quotation elsewhere
                and earlier
                and earlier[-1].rule == rule
                and earlier[-1].cue[1] < word_start
            )
        ):
            # "... and announced that ...", "... and suggested that ...": an act or evidence verb reporting a clause
            # after "and" speaks as a speech verb does;
            # "X criticized Y and called for Z": an act joined to the act before it is the same actor's.
            coordinated = True
        elif word.lower() in ("who", "which", "that") and kind in ("speech", "act"):
            relative = (word_start, word_start + len(word))  # "cities that support the rules"
    if source is None and not coordinated:
        # "Uzbekistan, the largest downstream user, stated": skip back over the apposition.
        stretch_end = aux_start
        while stretch_end > sentence_start and text[stretch_end - 1] in " \t":
            stretch_end -= 1
        if stretch_end > sentence_start and text[stretch_end - 1] == ",":
            comma = text.rfind(",", sentence_start, stretch_end - 1)
            while comma > sentence_start and (
                (text[comma - 1].isdigit() and text[comma + 1 : comma + 2].isdigit())
                or _region_after_place(draft, comma, stretch_end - 1)
            ):
                # "X, which has gathered 7,000 signatures, said": a comma inside a number opens no apposition;
                # nor does one between a place and its region ("X, who farms near Regina, Saskatchewan, said").
                comma = text.rfind(",", sentence_start, comma)
            region_comma = text.rfind(",", sentence_start, stretch_end - 1)
            if (
                comma < 0
                and region_comma > sentence_start
                and _region_after_place(draft, region_comma, stretch_end - 1)
            ):
                # "Officials in Lyon, France, said": no apposition but the region; the source runs back over it.
                source = _source_before(
                    draft, _clause_start(draft, earlier, sentence_start, stretch_end - 1), stretch_end - 1
                )
            if comma > sentence_start and stretch_end - comma < 160:
                apposition = text[comma + 1 : stretch_end - 1].strip()
                original_first = apposition.split()[0] if apposition.split() else ""
                first_word = original_first.lower()
                named = apposition.split()[1:5]
                described = _described_person(draft, comma + 1, stretch_end - 1)
                if described is None:
                    described = _described_body(draft, comma + 1, stretch_end - 1)
                if described is not None:
                    # "Its spokeswoman, the retired sprinter Lena Okafor, wrote": the person named at the end speaks;
                    # "The sweetener's maker, the Dutch company Solvara Foods, said": so does the body.
                    source = described
                elif (
                    first_word == "the"
                    and named
                    and all(word[:1].isupper() for word in named)
                    and draft.mention_ending_at(comma) is None
                ):
                    # "The company's largest shareholder, the Bergström Foundation, said": the name speaks.
                    apposition_start = text.index(apposition, comma + 1)
                    name_start = text.index(named[0], apposition_start + len(original_first))
                    source = (name_start, apposition_start + len(apposition))
                elif (
                    first_word in ("a", "an", "the", "who", "which", "whose", "its", "his", "her", "their")
                    or (first_word and (original_first[0].islower() or apposition.isdigit()))
                    or _described_by_owner(apposition)
                ):
                    source = _source_before(draft, _clause_start(draft, earlier, sentence_start, comma), comma)
                    if source is not None:
                        source = _name_before_apposition(draft, earlier, sentence_start, source)
                        description = _body_description(draft, comma + 1, stretch_end - 1)
                elif _ABBREVIATION_TAIL.fullmatch(apposition) or _TITLE_OF.match(apposition):
                    # "Sen. Cornel West, D-N.Y., said", "Dianne Feinstein, Democrat of California, said":
                    # the party, state or title belongs to the name before them.
                    source = _source_before(draft, _clause_start(draft, earlier, sentence_start, comma), comma)
                elif apposition and (
                    all(word[:1].isupper() for word in apposition.split()[:4])
                    or _whole_person(draft, comma + 1, stretch_end - 1)  # "Sanne van Dijk": a particle inside
                ):
                    # "one of the family's attorneys, Justin Bamberg, said": the name in the apposition.
                    name_start = text.index(apposition, comma + 1)
                    source = (name_start, name_start + len(apposition))
    # A cue inside another statement's content: only a coordinated speech verb
    # ("... and insisted ...") or a new clause with its own subject (", while X told") starts a new one.
    if source is None and relative is not None:
        source = relative
        pattern = "relative"
    if containing is not None and not (
        coordinated or (source is not None and _new_clause(text, containing, source, kind))
    ):
        return None
    if coordinated:
        previous_item = earlier[-1] if earlier else None
        if previous_item is not None:
            source, speaker = previous_item.source, previous_item.speaker
        else:
            subject = _subject(draft, sentence, cue_start)
            before_verb = _opening_subject(draft, rules, sentence[0], word_start) if subject is not None else None
            if subject is not None and before_verb is not None and before_verb[1] <= subject[0][0]:
                # "The ministry acknowledged the Harbour Board's concerns but said ...": the first name stands
                # after the first verb, in its object; the words before the verb are the subject.
                subject = None
            if subject is None:
                # "The trade union warned against cuts and said ...": no name the entities stage knew; the
                # words before the sentence's first verb are the subject.
                words_before = _opening_subject(draft, rules, sentence[0], word_start)
                if words_before is None:
                    return None
                source, speaker = words_before, _speaker(draft, rules, words_before)
            else:
                source, speaker = subject
        pattern = "coordinated"
    elif source is None:
        return None
    else:
        speaker = None

    # Content: after the cue ("said that ..."), or before the source ("..., traders said").
    if kind != "act":
        content = _content_after(draft, rules, cue_end, sentence, kind, takes_object, form)
        if content is None and kind == "speech" and source is not None and not coordinated:
            content = _after_as_opener(draft, rules, source, cue_end, sentence)
    source_start = source[0] if source is not None else cue_start
    stretch_before = text[sentence_start:source_start].rstrip()
    pieces = []
    before_end = sentence_start + len(stretch_before)
    quote_before = _quote_ending_before(draft, before_end, sentence_start - 1) if not coordinated else None
    if quote_before is None and not coordinated and stretch_before.endswith(","):
        # '"...," her lead counsel, Ana Ruiz, said': the role before the name belongs to the source.
        role = _ROLE_BEFORE_NAME.search(stretch_before)
        if role is not None:
            quote_before = _quote_ending_before(draft, sentence_start + role.start(), sentence_start - 1)
            if quote_before is not None:
                stretch_before = stretch_before[: role.start()]
    if quote_before is None and not coordinated and not stretch_before and content is None:
        quote_before = _question_before(draft, sentence_start)  # "“Why now?” Reyes said.": one statement
    if (
        quote_before is not None
        and content is not None
        and content[1] in ("clause", "that")
        and _title(text, quote_before)
    ):
        quote_before = None  # 'In an interview on "Face the Nation," Ryan said the ...': a programme's name
    if (
        quote_before is not None
        and content is not None
        and content[1] == "that"
        and _setting_before_that(rules, text, cue_end, sentence[1], takes_object)
    ):
        # '"...," she said at a news conference announcing that ...', '"...," X told reporters after the meeting
        # that was held ...': the quotation is what was said; the late "that" belongs to the setting's noun.
        content = None
    after_start = _skip_space(text, cue_end, sentence[1])
    parenthetical = after_start < sentence[1] and text[after_start] == ","
    dated = False
    if not parenthetical and stretch_before.endswith(","):
        # "..., officials said on Thursday, the deadliest ...": a day and a comma close the cue.
        comma = text.find(",", after_start, sentence[1])
        lead = text[after_start:comma].split() if comma > after_start else []
        dated = (
            0 < len(lead) <= 3
            and all(word in _WEEKDAYS or word.lower() in _TIME_LEADS for word in lead)
            and any(word in _WEEKDAYS for word in lead)
        )
        parenthetical = dated
    if (
        not coordinated
        and (quote_before is not None or stretch_before.endswith((",", ", as")))
        # ", and when pressed on it, the minister replied, “...”": a setting before the subject, not content
        and (
            quote_before is not None
            or content is None
            or content[1] not in _MARKED
            or not _LINKED_SETTING.search(stretch_before[-120:])
        )
        and (quote_before is not None or not _QUESTION_LEAD.match(stretch_before))
        and (quote_before is not None or not _named_in_apposition(draft, sentence_start, source, cue_start))
        and (quote_before is not None or _cue_ends_clause(draft, rules, cue_end, sentence[1], takes_object))
        and (
            quote_before is not None
            or parenthetical
            or content is None
            or (takes_object and _only_addressee(text, cue_end, sentence[1]))
        )
        and (content is None or content[1] not in ("that", "colon"))
    ):
        if quote_before is not None:
            pieces = _with_lead_in(draft, earlier, sentence_start, quote_before)
        else:
            if stretch_before.endswith(", as"):
                before_end -= 4
            start, end = _trim(text, _clause_start(draft, earlier, sentence_start, before_end), before_end)
            end = _description_before_source(draft, start, end, source)
            if end > start:
                pieces = [(start, end)]
        if pieces:
            pattern = "content-source-cue"
            # "If X, analysts said, Y" and "“X,” she said, “Y.”": what follows belongs too.
            opener = text[pieces[0][0] : pieces[0][1]].split(maxsplit=1)[0].lower()
            if not dated or opener in ("if", "when", "unless", "although", "though", "while", "because", "once"):
                # After "..., X said on Thursday," only a clause that an opening "If ..." awaits is content.
                pieces += _after_parenthetical(draft, rules, cue_end, sentence, quote_before is not None)
    if form in rules.marked_only and not (
        (pieces and quote_before is not None)
        or (not pieces and content is not None and content[1] in _MARKED)
        # "The capital, she went on, “will not bargain.”": a quotation after the parenthetical cue
        or (len(pieces) > 1 and max(pieces)[0] > cue_end and draft.quote_at(max(pieces)[0] + 1) is not None)
    ):
        return None  # "Those discussions are continuing, he said": "continue" reports only a quotation or "that"
    if not pieces and content is not None and source is not None and _gap_after_relative(text, source, content[0]):
        return None  # "reports that it said deserved investigation": the relative's gap, no clause of its own
    if not pieces and content is not None:
        # A paragraph after "X added:" is set off whole, as a quotation is: nothing in it is cut.
        block = content[1] == "colon" and content[0][0][0] >= sentence[1]
        pieces = content[0] if content[1] in ("quote",) or block else _cut_content(draft, content[0], rules)
        if pattern == "source-cue-content" and source is not None and content[1] in ("that", "clause"):
            pieces = _opening_clause_end(draft, rules, sentence_start, source[0], pieces)
        if pattern == "relative" and source is not None and content[1] in ("that", "clause"):
            pieces = _relative_clause_end(text, sentence_start, source, pieces)
            pieces = _restrictive_clause_end(text, sentence_start, source, pieces)
    if not pieces:
        return None
    if containing is not None:
        cut = source[0] if source is not None and not coordinated else aux_start
        if source is not None and not coordinated:
            cut = _opening_of_clause(text, containing, source) or cut
        _truncate(draft, containing, cut)
    if speaker is None and source is not None:
        speaker = _speaker(draft, rules, source, cue_end if source[1] <= cue_start else None)
        if text.startswith(",", source[1]):  # ", which ...": most sources have no comma after them
            _retype_by_relative(draft, speaker, text[source[1] : source[1] + 10])
        if speaker is None and description is not None:
            speaker = _described_unnamed_body(draft, source, description)
    return _Found((cue_start, cue_end), source, pieces, speaker, rule, pattern, index)


#: A verb that charges, blames or credits someone with an act, then its object and the act in "-ing", up to a "by"
#: that ends the stretch: "accused Holt of misleading voters ", "credited the mayor with saving jobs ".
_CHARGED_WITH_ACT = re.compile(
    r"\b(?:accus|charg|criticis|criticiz|fault|blam|condemn|prais|credit|thank)[a-z]*[ \t]+"
    r"(?P<object>(?:[\w\-’'.]+[ \t]+){0,3}?[\w\-’'.]+)[ \t]+(?:of|for|with)[ \t]+[a-z]+ing\b[^,;:“”\"]*?[ \t]+\Z"
)
#: A verb that charges someone with a deed, then its object, up to the "of" or "with" before the deed:
#: "accused the rebels ", "charged two men ".
_CHARGED_BEFORE = re.compile(
    r"\b(?:accus|charg|suspect|convict)[a-z]*[ \t]+(?:[\w\-’'.]+[ \t]+){0,3}?[\w\-’'.]+[ \t]+\Z"
)
#: Pronouns that are the object of a verb: "accused him of ...".
_OBJECT_PRONOUNS = frozenset(["him", "her", "them", "it", "us", "me", "you"])
#: What opens a sentence before its "as X put it," aside: "As", "But as", "And as", "Yet as".
_AS_OPENER = re.compile(r"(?:(?:But|And|Yet|So)[ \t]+)?[Aa]s\Z")


def _after_as_opener(
    draft: Draft, rules: StatementRules, source: tuple[int, int], cue_end: int, sentence: tuple[int, int]
) -> tuple[list[tuple[int, int]], str] | None:
    """The main clause after a sentence-opening "As X put it, ...", "As X noted in her report, ...".

    The aside reports the clause after its comma, as "according to X, ..." does. Only a short setting (a
    medium, an addressee, a time) may stand between the cue and the comma; a "that", a cue or a quotation
    there means the aside has content of its own.
    """
    text = draft.text
    sentence_start, limit = sentence
    if not _AS_OPENER.match(text[sentence_start : source[0]].strip()):
        return None
    comma = text.find(",", cue_end, min(limit, cue_end + 80))
    if comma < 0 or draft.quote_at(comma) is not None:
        return None
    between = _WORD.findall(text[cue_end:comma])
    if len(between) > 14 or any(
        word.lower() == "that"
        # a cue after a determiner is a noun: "in her report", "in a statement"
        or (word in rules.cues and not (position and between[position - 1].lower() in _DETERMINERS))
        for position, word in enumerate(between)
    ):
        return None
    quote = _quote_starting_at(draft, comma + 1, limit)
    if quote is not None:
        return _quote_pieces(draft, quote), "quote"
    start, end = _trim(text, comma + 1, limit)
    if len(text[start:end].split()) < 3:
        return None
    return [(start, end)], "clause"


#: Words that open a sentence with a clause of their own, which a comma then closes before the main clause.
_SUBORDINATORS = frozenset(
    "when after although though while because since before once until unless whereas if".split()  # noqa: SIM905
)
#: After a comma, the main clause: a subject (a determiner and a word, a pronoun, a capitalised word or a plural
#: noun), up to five more words, then a word that may be its verb (checked by the caller).
_MAIN_SUBJECT = re.compile(
    rf"[ \t]+(?:(?:the|a|an|his|her|their|its|this|these|those|some|many)[ \t]+[\w’'\-]+|he|she|they|we|I|it|"
    rf"[{UPPER}][\w’'\-.]*|(?P<bare>[a-z][a-z\-]*[a-rt-z]s))"
    r"(?P<rest>(?:[ \t]+[\w’'\-.]+){0,5}?)[ \t]+(?P<verb>[a-z][\w’'\-]*)\b"
)


def _opening_clause_end(
    draft: Draft, rules: StatementRules, sentence_start: int, source_start: int, pieces: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """End a report made inside a sentence's opening clause at the comma before the main clause.

    "When the mayor noted that taxes had risen, Berg said the rise was small": the mayor's content is "taxes had
    risen", not the rest of the sentence, and Berg's report is read on its own. Only after "When", "After",
    "Although" and the like standing before the source, and only at a comma that a subject and a verb follow
    ("taxes, fees and tolls had risen" is one clause).
    """
    text = draft.text
    opener = text[sentence_start:source_start].split(maxsplit=1)
    if not pieces or not opener or opener[0].lower() not in _SUBORDINATORS:
        return pieces
    start, end = pieces[0]
    comma = text.find(",", start, end)
    while comma >= 0:
        after = _MAIN_SUBJECT.match(text, comma + 1, end) if draft.quote_at(comma) is None else None
        if after is not None and after.group("bare") and re.search(r"\b(?:and|or)\b", after.group("rest")):
            after = None  # "that taxes, fees and tolls had risen": the list goes on, no new subject
        if after is not None:
            verb = after.group("verb")
            if (
                verb in rules.cues
                or _FINITE.fullmatch(verb)
                or verb in _IRREGULAR_PAST
                or (verb.endswith("ed") and len(verb) > 3)
            ):
                trimmed = _trim(text, start, comma)
                return [trimmed] if trimmed[1] > trimmed[0] else []
        comma = text.find(",", comma + 1, end)
    return pieces


def _gap_after_relative(text: str, source: tuple[int, int], content: list[tuple[int, int]]) -> bool:
    """Whether a report inside a relative clause lacks its subject: "reports that it said deserved investigation".

    The noun before "that" or "which" is the reported clause's subject, outside it; what follows the cue opens
    with its verb ("deserved", "were", "belonged").
    """
    before, _ = _previous_word(text, source[0], max(0, source[0] - 12))
    if before not in ("that", "which") or not content:
        return False
    first, _ = _next_word(text, content[0][0], content[0][1])
    return bool(_FINITE.fullmatch(first)) or first in _IRREGULAR_PAST or (first.islower() and first.endswith("ed"))


#: One or two descriptions set off by commas after an inverted source, up to a quotation that goes on: ", 52, who
#: keeps cages near Kratie, “", ", a resident who spoke to the committee, “".
_DESCRIPTION_THEN_QUOTE = re.compile(
    r"(?:,[ \t]+(?:a|an|the|his|her|its|their|who|whose|\d{1,3}\b)[^,“”\"«»;:.!?]*){1,2},[ \t]*(?=[“\"«])"
)
#: Prepositions whose "-ing" complement names an act as a reason or a topic ("fined for promoting"); not "by",
#: "after" or "while", whose "-ing" form is the subject's own act ("by calling the plan ...").
_GOVERNING_PREPOSITIONS = frozenset("for of about on in at with without against from over into toward towards".split())  # noqa: SIM905
#: A term set in quotation marks inside a noun phrase: "“quack” medical cures", "‘miracle’ pills".
_QUOTED_TERM = re.compile(r"[ \t]*[“‘\"'][\w\-’' ]{1,30}[”’\"'][ \t]+[a-z]")


def _term_after_preposition(text: str, previous: str, previous_start: int, sentence_start: int, cue_end: int) -> bool:
    """Whether an act's "-ing" form names the act a preposition governs, and its object a term in quotation marks.

    "called a charlatan for promoting “quack” medical cures", "investigated for fraudulently selling ‘miracle’
    pills": the act is what someone is blamed or known for, the marks set off a term, not a quotation; "after
    claiming “...”" or "by calling the plan “...”" report words, and are read as before.
    """
    if previous.endswith("ly"):
        previous, previous_start = _previous_word(text, previous_start, sentence_start)
    if previous.lower() not in _GOVERNING_PREPOSITIONS:
        return False
    return _QUOTED_TERM.match(text, cue_end) is not None


def _setting_before_that(rules: StatementRules, text: str, cue_end: int, limit: int, takes_object: bool) -> bool:
    """Whether a setting opened by a preposition ("at a rally", "after the meeting") follows the cue.

    The addressee of a tell-type cue comes first: "told reporters after the meeting".
    """
    position = _skip_space(text, cue_end, limit)
    if takes_object:
        addressee = rules.addressees.match(text, position)
        if addressee is not None:
            position = _skip_space(text, addressee.end(), limit)
    word, _ = _next_word(text, position, limit)
    return word.lower() in _PREPOSITIONS


#: The names a coordinated subject lists before its last one: "The CGT and ", "Germany, France and ".
_CONJUNCTS_BEFORE = re.compile(
    rf"[ \t]*((?:[Tt]he[ \t]+)?[{UPPER}][\w.’'\-&]*(?:[ \t]+[{UPPER}][\w.’'\-&]*){{0,3}})"
    rf"(?:,[ \t]+(?:the[ \t]+)?[{UPPER}][\w.’'\-&]*(?:[ \t]+[{UPPER}][\w.’'\-&]*){{0,3}})*,?[ \t]+and[ \t]+$"
)


def _first_conjunct(
    draft: Draft, rules: StatementRules, clause_start: int, source: tuple[int, int], cue_end: int
) -> tuple[int, int]:
    """The first name of a coordinated subject that opens its clause: "The CGT" in "The CGT and Unite said".

    A statement has one speaker: the first of the names joined by "and" speaks, and the others are read as
    speakers too, so that each has its entity and mention (the stance stage gives each its stance). Only
    capitalised names qualify, not a clause ("Prices fell and analysts said") nor a place or a time ("In
    Paris and ...", "On Monday and ..."); the source before the cue stopped at "and", and is returned as it
    was when nothing before it is such a list.
    """
    text = draft.text
    if text[source[0] : source[0] + 1].islower() and text[source[0] : source[0] + 4] != "the ":
        return source  # "The union and its members said": no name after "and"
    before = source[0]  # the end of the stretch before the source without its spaces: "and" must end it
    while before > clause_start and text[before - 1] in " \t":
        before -= 1
    if before - clause_start < 3 or text[before - 3 : before] != "and":
        return source  # the end the regex below needs, tested first: most sources follow no "and"
    listed = _CONJUNCTS_BEFORE.fullmatch(text, clause_start, source[0])
    if listed is None:
        return source
    first = listed.span(1)
    first_word = text[first[0] : first[1]].split()[0]
    words = text[first[0] : first[1]].split()
    if (
        first_word.lower() in _PREPOSITIONS
        or first_word in _TIME_WORDS
        or any(_is_weekday(word) or word.rstrip(".,") in _MONTHS for word in words)
        or text[first[0] : first[1]] in _NOT_SPEAKERS
        or text[first[0] : first[1]] in rules_for(draft).titles
    ):
        return source  # "CEO and Jane Holt condemned": a title, and the name after it
    # Every name speaks: each gets its entity and mention here, the first again (found now) by the caller.
    speakers = [_speaker(draft, rules, source, cue_end), _speaker(draft, rules, first, cue_end)]
    if any(speaker is not None and draft.entities[speaker].type in _BODY_TYPES for speaker in speakers):
        for speaker in speakers:
            if speaker is None:
                continue
            entity = draft.entities[speaker]
            if (
                entity.type == "person"
                and not entity.role
                and len(entity.name.split()) == 1
                and draft.explanations.get(speaker, ("", ""))[0] == "statement.source.name"
            ):
                # "Greenpeace and the WWF said": one word joined to a body is a body's name, no person's.
                _organisation_source(draft, entity.name)
    return first


#: Entity types of bodies, which a one-word name coordinated with them shares.
_BODY_TYPES = frozenset(["organization", "government", "country"])

#: "quoted X as saying", "was quoted by Y as saying": the verb before the source and the "as" after it.
_QUOTED_AS = re.compile(r"\bquot(?:ed|es|e|ing)[ \t]+((?:[^\s,;:()]+[ \t]+){1,8}?)as[ \t]*$")

#: "was quoted as saying", "has been quoted as saying": a passive whose subject is the speaker.
_PASSIVE_QUOTED = re.compile(
    r"[ \t]+(?:(?:has|have|had|will|would|may|might)[ \t]+)?(?:is|was|were|are|been|be)[ \t]+quoted[ \t]+as[ \t]*$"
)


def _quoted_as(
    draft: Draft, rules: StatementRules, cue: tuple[int, int], sentence: tuple[int, int], index: int
) -> _Found | None:
    """ "The agency quoted Deputy Minister X as saying ...": X speaks, not the agency that quotes X.

    Only "quoted ... as saying" (or "telling", "stating") reports a statement; any other "as saying" is none.
    """
    text = draft.text
    quoted = _QUOTED_AS.search(text, max(sentence[0], cue[0] - 120), cue[0])
    passive = _PASSIVE_QUOTED.search(text, max(sentence[0], cue[0] - 40), cue[0]) if quoted is None else None
    if passive is not None:
        # "She was quoted as saying ...": the subject before the passive speaks.
        found = _source_before(draft, sentence[0], passive.start())
        if found is None:
            return None
        source = found
    elif quoted is None:
        return None
    else:
        source = _trim(text, *quoted.span(1))
    if source[1] <= source[0] or text[source[0] : source[1]].lower() in ("him", "her", "them", "it", "me", "us"):
        return None  # "quoted him as saying": the pronoun's antecedent is read by coreference, not here
    form = text[cue[0] : cue[1]]
    rule, kind, takes_object = rules.cues[form]
    content = _content_after(draft, rules, cue[1], sentence, kind, takes_object, form)
    if content is None or content[1] not in ("that", "quote", "clause"):
        return None
    pieces = content[0] if content[1] == "quote" else _cut_content(draft, content[0], rules)
    if not pieces:
        return None
    speaker = _speaker(draft, rules, source, cue[1])
    return _Found(cue, source, pieces, speaker, rule, "quoted-as", index)


#: "who spent four decades arguing", "which had spent years insisting": the relative word before a stretch of time.
#: A relative word, or a share of its antecedent ("many of whom"), then a time, up to the cue: "who in 2010 ",
#: "who on Tuesday ", "who last week ", "most of whom ".
_RELATIVE_THEN_TIME = re.compile(
    r"(?<![\w’'])((?:(?:many|some|most|all|several|few|both|each|none|one|two|three|half)[ \t]+of[ \t]+(?:whom|which))"
    r"|who|which)[ \t]+"
    r"((?:in|on)[ \t]+(?:\d{4}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[ \t]+\d{1,4})?)"
    r"|(?:last|this|earlier[ \t]+this)[ \t]+(?:week|month|year|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)|yesterday|today|earlier|later|once)?[ \t]*$"
)
_SPENT_TIME = re.compile(r"\b(who|which)[ \t]+(?:had[ \t]+|has[ \t]+)?spent[ \t]+(?:[\w\-]+[ \t]+){1,3}$")
#: A comma inside a number ("5,000") is no clause boundary.
#: The comma first, then the digit before it, so that a search skips to the commas.
_CLAUSE_COMMA = re.compile(r",(?:(?<!\d,)|(?!\d))")
#: Words after a comma that go on with the clause before rather than return to the main clause.
_CLAUSE_GOES_ON = frozenset(
    "which who whom whose where when while and but or as because although though if unless since including".split()  # noqa: SIM905
)


def _relative_clause_end(
    text: str, sentence_start: int, relative: tuple[int, int], pieces: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Cut the content of a cue in a relative clause set off by commas at the comma that closes the clause.

    "X, who argued that small states should be heard, died on Saturday": the content ends before ", died";
    the main clause resumes with a lower-case word (its verb) after the comma. A restrictive clause ("those
    who argued that ...") has no opening comma and is left alone.
    """
    if "," not in text[max(sentence_start, relative[0] - 120) : relative[0]] or len(pieces) != 1:
        return pieces
    start, end = pieces[0]
    comma = _CLAUSE_COMMA.search(text, start, end)
    if comma is None:
        return pieces
    following = _WORD.match(text, _skip_space(text, comma.end(), end))
    if following is None or not following.group()[:1].islower() or following.group() in _CLAUSE_GOES_ON:
        return pieces
    start, cut = _trim(text, start, comma.start())
    return [(start, cut)] if cut > start else pieces


#: Words after which a past form is no new clause's verb: auxiliaries, "to", linking and subject words.
_NOT_BEFORE_MAIN_VERB = _BE | frozenset(
    "has have had having will would can could should may might must do does did not never also and or but".split()  # noqa: SIM905
    + "nor to who which that i you he she it we they there what".split()  # noqa: SIM905
)
#: Forms of "be" that can be the sentence's own verb after the reported clause: "... was fixed were angry".
_BE_PAST_PRESENT = frozenset(["was", "were", "is", "are"])
#: Finite verbs in the present tense that open a clause: "The council says ...", "who says the plan is ...".
_CLAUSE_VERB_FORMS = frozenset("is was are were has had have will would can could may might must".split())  # noqa: SIM905


def _restrictive_clause_end(
    text: str, sentence_start: int, relative: tuple[int, int], pieces: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Cut the content of a cue in a restrictive relative clause inside the sentence's subject before the main verb.

    "Listeners who said the show was biased wrote to the station": "who said ..." describes the subject, so
    the sentence's own verb comes after the reported clause; it is a past form right after the clause is
    complete (its verb already read: "was", "ignored"), after no auxiliary or linking word ("biased wrote",
    "consulted packed", "them protested").
    """
    if len(pieces) != 1 or "," in text[sentence_start : relative[0]] or len(text[sentence_start : relative[0]]) > 40:
        return pieces
    start, end = pieces[0]
    words = list(_CLAUSE_WORD.finditer(text, start, end))
    seen_verb = False
    for index, match in enumerate(words):
        word = match.group().lower()
        if not word[0].isalnum():
            return pieces  # a mark inside: the clause may have its own structure; leave it
        past = (word.endswith("ed") and len(word) > 4) or word in _IRREGULAR_PAST
        main = past or word in _BE_PAST_PRESENT
        if main and seen_verb and index > 1 and words[index - 1].group().lower() not in _NOT_BEFORE_MAIN_VERB:
            cut_start, cut = _trim(text, start, match.start())
            return [(cut_start, cut)] if cut > cut_start else pieces
        if past or word in _CLAUSE_VERB_FORMS:
            seen_verb = True
    return pieces


#: What a ``marked_only`` cue reports: a quotation, or a clause after "that" or a colon.
_MARKED = ("quote", "colon", "that")
_POSTPOSED_SOURCE = re.compile(r"[,”\"][ \t]*(?:[\w.’'\-]+[ \t]+){0,5}$")


#: A day right after a cue: " on Tuesday", " late on Friday", " yesterday".
_WHEN_AFTER_CUE = re.compile(
    r"[ \t]+(?:(?:late|early)[ \t]+)?(?:on[ \t]+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b"
)


def _postposed(text: str, cue_start: int, cue_end: int, sentence: tuple[int, int]) -> bool:
    """Whether the cue closes a parenthetical ", he acknowledged." or ", X predicted, ...": a clause, a comma and
    a few words before it, the sentence's end or a comma after it."""
    after = _skip_space(text, cue_end, sentence[1])
    when = _WHEN_AFTER_CUE.match(text, cue_end, sentence[1])
    if when is not None:
        after = _skip_space(text, when.end(), sentence[1])  # ", its ministry announced on Tuesday, in a move ..."
    if after < sentence[1] and text[after] not in ".,!?;":
        return False
    match = _POSTPOSED_SOURCE.search(text, max(sentence[0], cue_start - 80), cue_start)
    if match is None:
        return False
    if after < sentence[1] and text[after] == ",":
        verb, _ = _next_word(text, after + 1, sentence[1])
        if verb.islower() and _FINITE.fullmatch(verb) and text[sentence[0] : match.start()].strip():
            return True  # "The repairs, she predicted, would take a month": the clause's verb comes after the cue
    # Some words of a clause before the comma, not only "In 2012,".
    return len(text[sentence[0] : match.start()].split()) >= 3


_QUOTE_THEN_SOURCE = re.compile(r"[,?!](?:''|[”\"’])[ \t]*(?:[\w.’'\-]+[ \t]+){1,6}$")


def _quoted_before(
    draft: Draft, rules: StatementRules, cue_start: int, cue_end: int, sentence: tuple[int, int]
) -> bool:
    """Whether a quotation closing on ",", "?" or "!" and a short source stand before the cue, in its sentence
    or, closing on "?" or "!", right before a sentence of only the source and the cue; the sentence ends after it,
    perhaps after a medium or a time ("posted on X", "tweeted on Monday").

    The source may be a name and its description set off by commas: '"...," its director, Tor Lund, posted'.
    """
    text = draft.text
    after = _skip_space(text, cue_end, sentence[1])
    media = rules.media.match(text, cue_end, sentence[1])
    if media is not None:
        after = _skip_space(text, media.end(), sentence[1])
    if after < sentence[1] and text[after] not in ".,!?;":
        return False
    if _QUOTE_THEN_SOURCE.search(text, max(sentence[0], cue_start - 80), cue_start):
        return True
    comma = cue_start
    while comma > sentence[0] and text[comma - 1] in " \t":
        comma -= 1
    if comma > sentence[0] and text[comma - 1] == ",":
        comma -= 1
        if _quote_then_described_name(draft, sentence[0], comma):
            return True  # '"...," Tor Lund, its director, posted on X.'
        mention = draft.mention_ending_at(comma)
        if mention is not None and draft.entities[mention.entity].type == "person":
            role = _ROLE_BEFORE_NAME.search(text[sentence[0] : mention.span.start].rstrip())
            if role is not None and _quote_ending_before(draft, sentence[0] + role.start(), sentence[0] - 1):
                return True  # '"...," its secretary general, Tor Lund, posted on X.'
    return len(text[sentence[0] : cue_start].split()) <= 6 and _question_before(draft, sentence[0]) is not None


#: Cue forms that are more often nouns: after a lower-case word that is no subject they are not cues.
_NOUN_LIKE = frozenset(
    "states remarks remark comment comments report reports claim claims note notes answer answers estimate "  # noqa: SIM905
    "estimates promise promises pledge pledges charge charges demand demands request requests offer offers post "
    "posts tweet tweets release releases question questions challenge challenges highlight highlights address "
    "reference references echo echoes support supports back call calls plan plans concern concerns reply replies "
    "response warning warnings forecast forecasts project projects hope hopes fear fears doubt doubts "
    "guess view views agreement state statement".split()
)
_LEADING_NAME = re.compile(rf"([{UPPER}][\w.’'\-]*(?:[ \t]+[{UPPER}][\w.’'\-]*){{0,3}})(?=[ \t,])")
_TOLD_WHOM = re.compile(
    rf"(?:the[ \t]+|a[ \t]+|an[ \t]+)?[{UPPER}][\w.’'\-]*(?:[ \t]+[\w.’'\-]+){{0,7}}?[ \t]+"
    r"((?=(?:that|he|she|it|they|we|i|there|the)\b))"
)
#: Any short addressee before "that", a quotation or a pronoun subject: "told colleagues that ...".
_ADDRESSEE = re.compile(
    r"((?:[\w’'\-]+[ \t]+){0,4}?[\w’'\-]+)(?:[ \t]+(?=(?:that|he|she|they|we|I)[ \t])|[ \t]*[,:]?[ \t]*(?=[“\"«]))"
)
#: A longer addressee before "that", and "that" opening a clause with a subject: "told the mayors of the three
#: islands that the fares ...", not "told the story of the ferry that sank ...".
_LONG_ADDRESSEE = re.compile(
    r"((?:[\w’'\-]+[ \t]+){5,9}?[\w’'\-]+)[ \t]+(?=that[ \t]+(?:the|a|an|his|her|its|their|our|this|these|no|"
    rf"he|she|they|it|we|I|there|[{UPPER}0-9])\b)"
)
_NOT_ADDRESSEE = _BOUNDARY_WORDS - {"that"} | _PRONOUN_SUBJECTS | _AUX | _BE | frozenset(["to", "not"])


def _addressee_end(draft: Draft, rules: StatementRules, position: int, limit: int) -> int:
    """Where the content starts after an addressee of a tell-type cue that the pack does not list.

    "told colleagues that ...", "tells the party faithful: “...”", "told a closed meeting she ...":
    one to five words with no clause word, verb or punctuation among them, then "that", a quotation
    or a pronoun subject; or up to ten such words, then "that". Anything else leaves ``position`` as it is.
    """
    text = draft.text
    # "told the mayors of the three islands that ...": a longer addressee, up to ten words, only before "that".
    match = _ADDRESSEE.match(text, position, limit) or _LONG_ADDRESSEE.match(text, position, limit)
    if match is None:
        return position
    words = match.group(1).split()
    if any(word.lower() in _NOT_ADDRESSEE or word in rules.cues or _FINITE.fullmatch(word.lower()) for word in words):
        return position
    end = match.end()
    if not text.startswith("that", end) and any(word.lower() in _DETERMINERS for word in words[1:]):
        return position  # "told cops a woman he hired ...": a second noun phrase is the clause's subject
    if end < limit and text[end] in _QUOTE_OPENERS:
        quote = _quote_starting_at(draft, end, limit)
        rest = _skip_space(text, quote.end, len(text)) if quote is not None else 0
        if quote is None or not (rest >= limit or text[rest] in ".,;" or quote.end >= limit):
            return position  # "told MSNBC's “Morning Joe” that ...": the quotation names a show, it is no content
    return end


_LY_NOUNS = frozenset(
    [
        "family",
        "ally",
        "rally",
        "supply",
        "assembly",
        "reply",
        "italy",
        "july",
        "fly",
        "daily",
        "weekly",
        "monthly",
        "belly",
        "bully",
    ]
)


def _is_adverb(word: str) -> bool:
    """A lower-case word in -ly that is not one of the common nouns in -ly."""
    return word[:1].islower() and word.endswith("ly") and len(word) > 4 and word.lower() not in _LY_NOUNS


def _cue_ends_clause(draft: Draft, rules: StatementRules, cue_end: int, limit: int, takes_object: bool = False) -> bool:
    """After "..., X said" only a few words (a time, an addressee, a medium) before a comma or the end.

    After a tell-type cue (``takes_object``), a clause of time the narrator adds after the addressee
    ("..., she told jurors on Monday as the trial opened") does not count.
    """
    text = draft.text
    comma = text.find(",", cue_end, limit)
    stretch = text[cue_end : comma if comma >= 0 else limit].strip(' \t.!?”"’»')
    words = stretch.split()
    for position, word in enumerate(words):
        if takes_object and position and word in _NARRATOR_TIME:
            words = words[:position]
            break
    if len(words) > 7 or any(word.lower() in ("that", "how", "whether", "why", "what") for word in words):
        return False
    # A cue form opening an addressee, or after its determiner, is a noun or an adjective: "told state radio".
    return not any(
        word in rules.cues and not (takes_object and (not position or words[position - 1].lower() in _DETERMINERS))
        for position, word in enumerate(words)
    )


#: Words that open the narrator's clause of time after a cue: "told jurors on Monday as the trial opened".
_NARRATOR_TIME = frozenset(["as", "when", "after", "before", "while", "during", "until"])
#: Words that show a report after a tell-type cue: "told him that", "told them to leave", "told us how".
_REPORT_WORDS = _PRONOUN_SUBJECTS | frozenset(
    ["that", "to", "how", "why", "what", "whether", "if", "not", "no", "never"]
)


#: A lower-case participle in -ing: "urging", "adding".
_PARTICIPLE_WORD = re.compile(r"[a-z]{3,}ing")


def _objects_only(text: str, start: int, limit: int) -> bool:
    """Whether only noun phrases follow a tell-type cue, up to the narrator's clause of time or the sentence end.

    "told state radio", "told the jury a different story", "told jurors on Monday as the trial
    opened", "told the council on Monday, urging ...": whom, and perhaps what, but no clause. A
    clause has a finite or past verb, a pronoun subject, a quotation, a colon, or a word such as
    "that", "to", "how"; a plural in -s after a noun may be a verb ("told MPs the plan needs work")
    and counts as one.
    """
    tokens = [(match.group(), match.start()) for match in _CLAUSE_WORD.finditer(text, start, limit)]
    for position, (token, _) in enumerate(tokens):
        lower = token.lower()
        if lower in _NARRATOR_TIME:
            break
        following = tokens[position + 1][0] if position + 1 < len(tokens) else ""
        if token == "," and (
            following in ("and", "but", "while", "which", "who") or _PARTICIPLE_WORD.fullmatch(following)
        ):
            break  # "..., urging the council to act", "..., but he warned ...": the narrator's sentence goes on
        if token[:1] in _QUOTE_OPENERS or token == ":" or lower in _REPORT_WORDS or _FINITE.fullmatch(lower):
            return False
        if _past_form(tokens, position):
            return False
        previous = tokens[position - 1][0] if position else ""
        if (
            token[:1].islower()
            and lower.endswith("s")
            and not lower.endswith("ss")
            and previous[:1].isalpha()
            and previous.lower() not in _DETERMINERS
            and previous.lower() not in _PREPOSITIONS
            and previous.lower() not in ("of", "for")
            and not previous.endswith(("'s", "’s"))
        ):
            return False
    return True


def _only_addressee(text: str, cue_end: int, limit: int) -> bool:
    """Whether a tell-type cue ends its sentence with a named addressee and perhaps a time.

    "..., the senator told The Daily Ledger on Thursday.": the outlet is told, what was told came before.
    """
    start = _skip_space(text, cue_end, limit)
    end = limit
    while end > start and (text[end - 1] in ' \t.!?”"’»' or text[end - 1].isspace()):
        end -= 1
    if end <= start:
        return False
    words = text[start : _drop_time(text, start, end)].split()
    return 0 < len(words) <= 5 and words[0][:1].isupper() and all(word[:1].isupper() or word == "of" for word in words)


def _skip_comma(text: str, position: int, limit: int) -> int:
    position = _skip_space(text, position, limit)
    if position < limit and text[position] == ",":
        position += 1
    return position


def _clause_start(draft: Draft, earlier: list[_Found], sentence_start: int, position: int) -> int:
    """Where the clause containing ``position`` starts: after an earlier statement in the sentence."""
    start = sentence_start
    for item in earlier:
        ends = [end for _, end in item.pieces if end <= position]
        cue_end = item.cue[1] if item.cue[1] <= position else start
        start = max([start, cue_end, *ends])
    # A closing mark that opens the clause (after spaces) stays out of it: the first character past the spaces,
    # found without a copy of the clause.
    text = draft.text
    first = start
    while first < position and text[first].isspace():
        first += 1
    if first < position and text[first] in ("”", "»", '"'):
        start = first + 1
    return start


#: How many words may stand before the first verb of a sentence for them to be its subject.
_SUBJECT_WORDS = 6


def _opening_subject(draft: Draft, rules: StatementRules, sentence_start: int, limit: int) -> tuple[int, int] | None:
    """The words that open a sentence before its first verb: "The trade union" in "The trade union warned ...".

    The verb is the first lower-case word, after at least one word, that is a cue ("warned") or a past
    tense in -ed ("cut" is missed; "rejected" is not); at most six words, no comma, stand before it.
    """
    text = draft.text
    tokens = [(match.group(), match.start()) for match in _WORD_RUN.finditer(text, sentence_start, limit)]
    for index, (word, start) in enumerate(tokens[: _SUBJECT_WORDS + 1]):
        if word.endswith(",") or word[:1] in _QUOTE_OPENERS:
            return None
        if index and word.islower() and (word in rules.cues or word.endswith("ed")):
            return _source_before(draft, sentence_start, start)
    return None


def _opening_by(
    draft: Draft,
    rules: StatementRules,
    cue: tuple[int, int],
    content: tuple[list[tuple[int, int]], str],
    sentence: tuple[int, int],
    rule: str,
    index: int,
) -> _Found | None:
    """A sentence opened by "By" and a cue's participle: the report up to the comma, the main clause's subject's.

    "By saying the law was void, the court surprised everyone": the court said so. None without a comma in
    the report or a subject before the main clause's verb.
    """
    text = draft.text
    first, last = content[0][0][0], content[0][-1][1]
    comma = text.find(",", first, last)
    after = comma + 1
    if comma >= 0 and draft.quote_at(comma) is not None:
        # 'After saying it was “so swollen,” she left': a quotation closed right after the comma ends there too.
        after = comma + 1 + (2 if text.startswith("''", comma + 1) else 1)
        if text[comma + 1 : comma + 2] not in _QUOTE_CLOSERS or draft.quote_at(after) is not None:
            return None
    if comma < 0:
        return None
    subject_start = _skip_space(text, after, sentence[1])
    source = _words_before_verb(draft, rules, subject_start, sentence[1])
    if source is None:
        return None
    start, end = _trim(text, first, after if after > comma + 1 else comma)
    if end <= start:
        return None
    speaker = _speaker(draft, rules, source)
    return _Found(cue, source, [(start, end)], speaker, rule, "participle", index)


def _words_before_verb(draft: Draft, rules: StatementRules, sentence_start: int, limit: int) -> tuple[int, int] | None:
    """The subject before a sentence's verb, when that verb stands before ``limit``: "Holt" in "Holt angered voters".

    The verb is the first lower-case word after at least one word that is a cue, a past tense in -ed or a
    common irregular one ("hit", "left"); no comma or quotation mark comes first, and at most six words.
    """
    text = draft.text
    for index, match in enumerate(_WORD_RUN.finditer(text, sentence_start, limit)):
        word = match.group()
        if index > _SUBJECT_WORDS or word.endswith(",") or word[:1] in _QUOTE_OPENERS:
            return None
        if (
            index
            and word.islower()
            and (word in rules.cues or word.endswith("ed") or word in _IRREGULAR_PAST or word in _FINITE_WORDS)
        ):
            source = _source_before(draft, sentence_start, match.start())
            if source is not None:
                last = draft.text.rfind(" ", source[0], source[1]) + 1
                if last > source[0] and draft.text[last : source[1]].lower() in _PRONOUN_SUBJECTS:
                    source = (last, source[1])  # "On September 27 they published ...": the pronoun
            return source
        if index and word.islower() and word == "to":
            return None  # "ways to seek": an infinitive, no clause's verb
    return None


#: Finite forms that may be a clause's first verb: "Congress has three ways ...", "The court was ...".
_FINITE_WORDS = frozenset("has have had is are was were will would can could may might must should does did".split())  # noqa: SIM905


#: A comma with a closing quotation mark after it: the comma ends the clause outside the quotation too.
_COMMA_THEN_CLOSER = re.compile(r",[”\"’']")


def _new_clause(text: str, containing: _Found, source: tuple[int, int], kind: str) -> bool:
    """Is the source the subject of a new clause (", while X told", ", and she stressed")?

    A quotation may end at the comma: 'could not back it "as it stands," while X said ...'.
    """
    lead = text[max(containing.pieces[0][0], source[0] - 14) : source[0]].rstrip().lower()
    lead = _COMMA_THEN_CLOSER.sub(",", lead)
    if lead.endswith((", though", ", although", " even though")):
        # "X said A, though she noted B", "..., although he conceded B": a concession of the speaker's own.
        return kind in ("speech", "act")
    if kind != "speech":
        return False
    if _opening_of_clause(text, containing, source) is not None:
        return True  # ", and when pressed on it, the minister replied ...": a clause of time, then the new subject
    return lead.endswith((", and", ", but", ", while", ", whereas", "; and", ";", ", as", "and"))


#: A linking word and a clause of time or condition set off before a new subject: ", and when pressed on why, ".
_LINKED_SETTING = re.compile(
    r"[,;][ \t]+(?:and|but)[ \t]+(?:when|after|as|while|before|once|if|asked|pressed)\b[^.;:!?“”\"]{0,100},[ \t]*$"
)


def _opening_of_clause(text: str, containing: _Found, source: tuple[int, int]) -> int | None:
    """Where a new clause opens before ``source`` inside another statement's content: at ", and when ..., X".

    "She said A, and when pressed on why, the mother of three replied, “...”": the second report's clause opens
    at ", and when", which ends the first report's content.
    """
    low = max(containing.pieces[0][0], source[0] - 120)
    if text.find(" when", low, source[0]) < 0 and not any(
        text.find(word, low, source[0]) >= 0
        for word in (" after", " as ", " while", " before", " once", " if ", " asked", " pressed")
    ):
        return None
    match = _LINKED_SETTING.search(text, low, source[0])
    return match.start() if match is not None else None


#: A comma or a linking word (or both) at the end of a stretch cut off: "..., and", "... while".
_LINK_AT_END = re.compile(r"(?:[,;]?\s*(?:and|but|while|whereas|as|(?:even\s+|al)?though)?\s*)$")


def _truncate(draft: Draft, item: _Found, position: int) -> None:
    """Cut a statement's content before ``position`` (and a conjunction or comma there)."""
    text = draft.text
    stretch = text[item.pieces[0][0] : position]
    match = _LINK_AT_END.search(stretch)
    cut = item.pieces[0][0] + (match.start() if match else len(stretch))
    pieces = []
    for start, end in item.pieces:
        if start >= cut:
            continue
        start, end = _trim(text, start, min(end, cut))
        if end > start:
            pieces.append((start, end))
    item.pieces = pieces


def _after_parenthetical(
    draft: Draft, rules: StatementRules, cue_end: int, sentence: tuple[int, int], quoted: bool
) -> list[tuple[int, int]]:
    """What follows "..., X said," when it continues the content."""
    text = draft.text
    limit = sentence[1]
    position = _skip_space(text, cue_end, limit)
    media = rules.media.match(text, position)
    if media is not None:
        position = _skip_space(text, media.end(), limit)
    addressee = rules.addressees.match(text, position)
    if addressee is not None:
        position = _skip_space(text, addressee.end(), limit)
    # Words before the comma ("during a visit last week") still belong to the cue.
    comma = text.find(",", position, limit)
    if comma < 0:
        return []
    if quoted:
        # "“X,” Tester said, referring to the excuse, “Y.”", "“X,” he said, but “Y.”": the second quotation after
        # a short phrase with no cue of its own is the same statement's.
        while 0 <= comma < min(limit, position + 120):
            opening = _skip_space(text, comma + 1, limit)
            if text.startswith(("but ", "and "), opening):
                opening += 4
            second = _quote_starting_at(draft, opening, len(text))
            if second is not None:
                between = text[position:comma]
                if any(word in rules.cues for word in _WORD.findall(between)) or draft.quote_at(comma) is not None:
                    return []
                return _quote_pieces(draft, second)
            comma = text.find(",", comma + 1, limit)
        return []
    if comma - position > 40:
        return []
    word, word_start = _next_word(text, comma + 1, limit)
    if not word or word.lower() in ("but", "and", "while", "though", "although", "whereas", "yet"):
        return []
    if (
        _PARTICIPLE_WORD.fullmatch(word)
        and word not in _ING_NOUNS
        and word not in _NOT_PARTICIPLES
        and not _FINITE.search(text, word_start, limit)
    ):
        # "..., X said, adding ...", "..., X told the council, urging ...": the source's participle; but in
        # "..., X said, replacing her would be harder" the gerund is the next clause's subject.
        return []
    start, end = _trim(text, word_start, limit)
    return [(start, end)] if end > start else []


def _according(
    draft: Draft,
    rules: StatementRules,
    cue_start: int,
    cue_end: int,
    sentence: tuple[int, int],
    index: int,
    earlier: list[_Found],
) -> _Found | None:
    """ "According to X, C." and "C, according to X."; "C, citing X" the same way when X is a source.

    After "citing", a reason and no source ("resigned, citing health reasons") is the clause subject's
    statement, the reason its content (``_cited_reason``), and no statement when the clause has no subject.
    """
    text = draft.text
    sentence_start, sentence_end = sentence
    if earlier or draft.quote_at(cue_start) is not None:
        return None
    rule = rules.source_phrases[text[cue_start:cue_end]]
    source_start = _skip_space(text, cue_end, sentence_end)
    if rule == "statement.citing":
        reason = _cited_reason(draft, rules, (cue_start, cue_end), source_start, sentence)
        if reason is not None:
            # "citing a shortage of doctors": a reason, the clause subject's; no source named after "citing"
            source, speaker, pieces = reason
            return _Found((cue_start, cue_end), source, pieces, speaker, rule, "citing", index) if source else None
        if not text[sentence_start:cue_start].strip():
            return None  # "Citing Reuters, the agency said ...": where the report comes from, no report of its own
    comma = text.find(",", source_start, sentence_end)
    lead = text[sentence_start:cue_start].strip()
    if not lead or (lead.endswith(("but", "and")) and len(lead) < 5):
        # "According to X, C."
        if comma < 0:
            return None
        source = (source_start, comma)
        named = _named_apposition(draft, rules, source, sentence_end)
        if named is not None and text.startswith(",", named):
            # "According to its chairman, Yerlan Sadykov, sales would rise": the name is the source's, and so
            # is a relative clause after it ("..., who took over in May, ...").
            source = (source_start, named)
            comma = named
            relative = _RELATIVE_AFTER_NAME.match(text, comma + 1, sentence_end)
            if relative is not None:
                comma = relative.end() - 1
        opening = _quote_starting_at(draft, comma + 1, len(text))
        if opening is not None:
            pieces = _quote_pieces(draft, opening)  # "According to X, “...”" quotes on
        else:
            start, end = _trim(text, comma + 1, sentence_end)
            pieces = [(start, end)]
    else:
        if not lead.endswith((",", "—", "–")):
            return None
        end_of_source = sentence_end
        for stop in (",", ";", "—"):
            found = text.find(stop, source_start, end_of_source)
            if found >= 0:
                end_of_source = found
        source = _trim(text, source_start, end_of_source)
        named = _named_apposition(draft, rules, source, sentence_end)
        if named is not None and (
            _trim(text, named, sentence_end)[0] >= _trim(text, named, sentence_end)[1]
            or _RELATIVE_AFTER_NAME.match(text + ",", named + 1, sentence_end + 1)
        ):
            # "Sales would rise, according to its chairman, Yerlan Sadykov.": the name ends the source (a relative
            # clause after it, "..., who spoke in Lima.", is about the person).
            source = (source[0], named)
            end_of_source = named
        if rule == "statement.in_the_words_of" and _trim(text, end_of_source, sentence_end)[1] > end_of_source + 1:
            # "a party that, in the words of one MP, “has forgotten what it is for”": the writer borrows a phrase
            # inside a clause of their own; only the words before a closing "in the words of X." are reported.
            return None
        quote = _quote_ending_before(
            draft, sentence_start + len(text[sentence_start:cue_start].rstrip()), sentence_start - 1
        )
        if quote is not None:
            pieces = _quote_pieces(draft, quote)
        else:
            start, end = _trim(text, sentence_start, cue_start)
            pieces = [(start, end)]
            rest = _clause_goes_on(text, lead, end_of_source, sentence_end)
            if rest is not None:
                pieces.append(rest)  # "The ministry, according to X, is unlikely to ...": the aside cuts the clause
    parenthesis = text.find("(", source[0], source[1])
    if parenthesis > source[0] and text[source[0] : source[1]].endswith(")"):
        source = _trim(
            text, source[0], parenthesis
        )  # "according to Black Sea Lines (BSL)": the name, not its short form
    if source[1] <= source[0] or not pieces or pieces[0][1] <= pieces[0][0]:
        return None
    words = text[source[0] : source[1]].split()
    if len(words) > 16:
        return None
    speaker = _speaker(draft, rules, source)
    return _Found((cue_start, cue_end), source, pieces, speaker, rule, "according-to", index)


#: A relative clause set off after a name, up to its closing comma: "who took over in May, ".
_RELATIVE_AFTER_NAME = re.compile(r"[ \t]*who[ \t][^,;—“”\"]{1,120},")


def _named_apposition(draft: Draft, rules: StatementRules, source: tuple[int, int], limit: int) -> int | None:
    """Where a person's name ends that a comma sets after a source naming a role: "its chairman, Yerlan Sadykov".

    The source must end in a title or an unnamed role in lower case ("its chairman", "the firm's spokesman")
    with no person in it; "According to the ministry, Anna Berg ..." names no role, and Anna Berg is news.
    """
    text = draft.text
    start, end = source
    words = text[start:end].split()
    if not 2 <= len(words) <= 5 or not words[-1].islower():
        return None
    if words[-1] not in rules.unnamed_roles and words[-1] not in rules_for(draft).titles:
        return None
    if any(draft.entities[mention.entity].type == "person" for mention in draft.mentions_in(start, end)):
        return None
    if not text.startswith(",", end):
        return None
    name_start = _skip_space(text, end + 1, limit)
    mention = draft.mention_at(name_start)
    if mention is None or mention.span.start != name_start or mention.span.end > limit:
        return None
    if draft.entities[mention.entity].type != "person":
        return None
    return mention.span.end


def _cited_reason(
    draft: Draft, rules: StatementRules, cue: tuple[int, int], start: int, sentence: tuple[int, int]
) -> tuple[tuple[int, int] | None, str | None, list[tuple[int, int]]] | None:
    """ "The court blocked the sale, citing a threat to public health": what is cited when it is no source.

    "citing officials", "citing a report", "citing Reuters" name where a report comes from, read as "according
    to" (None here); "citing a shortage of doctors", "citing costs for small bottlers" name a reason, which the
    clause's subject gives: (its source and speaker, the reason as the content), with no source when the
    clause before the comma names no subject.
    """
    text = draft.text
    sentence_start, sentence_end = sentence
    end = sentence_end
    for stop in (",", ";", "—", "(", "“", '"'):
        found = text.find(stop, start, end)
        if found >= 0:
            end = found
    end = _trim(text, start, end)[1]
    words = text[start:end].split()
    head = _head_words(text[start:end])
    if not words or not words[0].islower() or not head:
        return None  # "citing Reuters": a name, a source
    if head[-1].lower() in rules.unnamed or head[-1].lower() in rules.evidence:
        return None  # "citing officials", "citing a report by the agency": where the report comes from
    if any(
        draft.entities[mention.entity].type != "group"
        for mention in draft.mentions_in(start, start + len(" ".join(head)) + 1)
    ):
        return None  # "citing the ministry", "citing Moscow's figures": a body or a person, a source
    lead = text[sentence_start : cue[0]].strip()
    if not lead and text.startswith(",", end):
        # "Citing rising costs, the ministry raised fares": the subject of the clause after the comma gives it.
        clause = (_skip_space(text, end + 1, sentence_end), sentence_end)
        opening = _words_before_verb(draft, rules, clause[0], clause[1])
        if opening is None:
            return None
        subject = _subject(draft, (opening[0], opening[1]), opening[1])
        if subject is not None and subject[0][0] == opening[0]:
            return subject[0], subject[1], [(start, end)]
        return opening, _speaker(draft, rules, opening), [(start, end)]
    if not lead.endswith(","):
        return None
    clause = (sentence_start, cue[0])  # "X did Y, citing Z"
    subject = _subject(draft, clause, clause[1])
    if subject is not None:
        return subject[0], subject[1], [(start, end)]
    opening = _opening_subject(draft, rules, clause[0], clause[1])
    if opening is None:
        return None, None, []
    return opening, _speaker(draft, rules, opening), [(start, end)]


#: The most words of a subject that "according to X" may follow inside its clause.
_ASIDE_SUBJECT_WORDS = 6


def _clause_goes_on(text: str, lead: str, comma: int, sentence_end: int) -> tuple[int, int] | None:
    """The rest of a clause that an "according to X" aside sits inside, or None when the aside ends it.

    In "The ministry, according to an aide, is unlikely to object" the words before the aside are a short
    subject with no comma of their own, and the words after its closing comma open with the clause's
    finite verb; "Prices rose, according to traders, and shares fell" goes on with a clause of its own.
    """
    if comma >= sentence_end or text[comma] != ",":
        return None
    subject = lead.rstrip(",—– \t")
    words = subject.split()
    if "," in subject or len(words) > _ASIDE_SUBJECT_WORDS + 1:
        return None
    word, word_start = _next_word(text, comma + 1, sentence_end)
    # "The crossing is, in the words of X, “a disgrace.”": the aside stands between the verb and the rest.
    after_verb = bool(words) and _FINITE.fullmatch(words[-1]) is not None
    if not after_verb and (len(words) > _ASIDE_SUBJECT_WORDS or not word.islower() or _FINITE.fullmatch(word) is None):
        return None
    start, end = _trim(text, word_start, sentence_end)
    return (start, end) if end > start else None


def _apposed_person(draft: Draft, source: tuple[int, int], limit: int) -> Mention | None:
    """The person named right after an inverted source and a comma, at the end of the sentence or its clause.

    "“...,” said the port's chief engineer, Teodor Varga." and "..., Teodor Varga, who ...": the name is the
    role's; a person mention further on ("said the engineer, and Varga left") is not.
    """
    text = draft.text
    comma = _skip_space(text, source[1], limit)
    if comma >= limit or text[comma] != ",":
        return None
    name_start = _skip_space(text, comma + 1, limit)
    mention = draft.mention_at(name_start)
    if mention is None or mention.span.start != name_start or draft.entities[mention.entity].type != "person":
        return None
    rest = text[mention.span.end : limit].lstrip(" \t")
    if rest[:1] not in ("", ".", ",", ";", "!", "?") and not rest.startswith(("who ", "(")):
        return None
    return mention


#: A name after a description and its comma: "Ofwat", "Vantor Holdings".
_APPOSED_NAME = re.compile(rf"([{UPPER}][\w’'\-]*(?:[ \t]+[{UPPER}][\w’'\-]*){{0,3}})")


def _apposed_name(draft: Draft, source: tuple[int, int], limit: int) -> tuple[str, int] | None:
    """The body a name after an inverted source's description and a comma is, and where the name ends.

    "..., said the regulator, Ofwat.", "..., said its parent company, Vantor Holdings": the description ("the
    regulator") describes the body named after it, which speaks. None when the source is no body's
    description (a person's role is ``_apposed_person``'s) or no name closes the sentence or its clause.
    """
    text = draft.text
    words = text[source[0] : source[1]].split()
    if len(words) < 2 or words[0].lower() not in ("the", "its", "their", "his", "her", "our"):
        return None
    if not all(word.islower() or word.endswith(("'s", "’s")) for word in words[1:]):
        return None
    descriptors = rules_for(draft).org_descriptors
    if words[-1] not in descriptors and " ".join(words[-2:]) not in descriptors:
        return None
    comma = _skip_space(text, source[1], limit)
    if comma >= limit or text[comma] != ",":
        return None
    name = _APPOSED_NAME.match(text, _skip_space(text, comma + 1, limit), limit)
    if name is None:
        return None
    rest = text[name.end(1) : limit].lstrip(" \t")
    if rest[:1] not in ("", ".", ",", ";", "!", "?") and not rest.startswith(("who ", "which ", "(")):
        return None
    name_start, name_end = name.span(1)
    mentions = draft.mentions_in(name_start, name_end)
    if mentions:
        entity = draft.entities[mentions[-1].entity]
        return (entity.id, name_end) if entity.type in ("organization", "government") else None
    entity_id = ensure_org(draft, name.group(1), rule="statement.source.organization")
    draft.add_mention(entity_id, name_start, name_end, "statement.source.organization")
    return entity_id, name_end


#: A relative clause that runs to the end of a stretch; a comma inside a number ("400,000") is no end of it.
#: So is a participle phrase: ", speaking on condition of anonymity".
#: Nor is a comma before a region after a place ("near Regina, Saskatchewan").
_RELATIVE_BEFORE_COMMA = re.compile(
    rf",\s+(?:who|which|whose|[a-z]{{3,}}ing)\s(?:[^,;“”\"]|(?<=\d),(?=\d)|(?<=[a-z]),(?=[ \t]+[{UPPER}][\w\-]+$))*$"
)


#: A description set off by a comma before a name: ", the regulator", ", its parent company", ", Britain's biggest
#: lender"; the noun last.
_DESCRIPTION_ENDING = re.compile(
    r",[ \t]+(?:(?:the|its|their|his|her|our)[ \t]+|[\w\-]+['’]s[ \t]+)"
    r"(?:[\w\-’']+[ \t]+){0,3}?(?P<noun>[a-z][\w\-]*)\Z"
)
#: A subject that describes the name after it: "The company, Vantor", "Its chief executive, Ana Ruiz".
_DESCRIBED_SUBJECT = re.compile(
    rf"(?:The|Its|Their|His|Her|Our)[ \t]+(?:[\w\-’']+[ \t]+){{0,3}}?(?P<noun>[a-z][\w\-]*),[ \t]+"
    rf"[{UPPER}][\w.’'\-]*(?:[ \t]+[{UPPER}][\w.’'\-]*){{0,3}}"
)


def _describes_a_name(draft: Draft, words: str) -> bool:
    """Whether the last word (or two) of ``words`` is a noun that describes a body or a person's role.

    "the regulator", "its parent company", "the think tank", "the firm's chief executive": a noun the packs
    list among the bodies' descriptors or the people's roles.
    """
    entity_rules = rules_for(draft)
    last = words.split()[-2:]
    return any(
        phrase in entity_rules.org_descriptors or phrase in entity_rules.role_words
        for phrase in (" ".join(last), last[-1])
    )


def _description_before_source(draft: Draft, start: int, end: int, source: tuple[int, int] | None) -> int:
    """The end of a content before a description of the name that speaks: "Bills will rise, the regulator, Ofwat,
    said" -> "Bills will rise"; ``end`` when none.

    The description ("the regulator", "its chief executive") is set off by commas between the report and the
    source, which is a capitalised name; it describes the source and is no word of what was said.
    """
    text = draft.text
    if source is None or not text[source[0] : source[0] + 1].isupper():
        return end
    description = _DESCRIPTION_ENDING.search(text, max(start, end - 80), end)
    if description is None or not _describes_a_name(draft, text[description.start() + 1 : end]):
        return end
    return _trim(text, start, description.start())[1]


def _subject_in_apposition(draft: Draft, sentence_start: int, comma: int) -> bool:
    """Whether the words before a cue's comma are a subject with a name in apposition, not a content.

    "Britain's ambassador, Margaret Ellery, said ...": a short stretch from the sentence start with
    no verb, ending in a person's name.
    """
    if comma - sentence_start > 300:
        return False  # a subject with its apposition is short; no scan of a long sentence per cue
    semicolon = draft.text.rfind(";", sentence_start, comma)
    if semicolon >= 0:
        # "Not all agree; one aide, speaking on condition of anonymity, conceded ...": the clause after it.
        sentence_start = _skip_space(draft.text, semicolon + 1, comma)
    relative = _RELATIVE_BEFORE_COMMA.search(draft.text[sentence_start:comma])
    if relative is not None:
        # "Mayor Keisha Dunmore, who proposed the increase in March, said ...", "Ana Ruiz, whose farm ...,
        # conceded ...": skip the relative clause.
        comma = sentence_start + relative.start()
    stretch = draft.text[sentence_start:comma]
    if _name_then_title(draft, sentence_start, stretch):
        return True
    last_comma = stretch.rfind(",")
    description = _DESCRIPTION_ENDING.search(stretch, 0, last_comma) if last_comma > 0 else None
    if (
        description is not None
        and stretch[: description.start()].strip()
        and _describes_a_name(draft, stretch[description.start() + 1 : last_comma])
    ):
        return False  # "Sales fell, the firm's finance chief, Tom Baker, said": a report, then its source described
    described = _DESCRIBED_SUBJECT.fullmatch(stretch)
    if described is not None and _describes_a_name(draft, stretch[: described.end("noun")]):
        return True  # "The company, Vantor, said profits fell": the noun describes the name, which speaks
    words = stretch.split()
    if relative is not None and 2 <= len(words) <= 4:
        rules = _rules(draft)
        first, last = words[0].lower(), words[-1].lower()
        if (first in ("a", "an", "one") and last in rules.unnamed_roles) or (
            first in _COUNTS and last in rules.unnamed
        ):
            # "An aide, who asked not to be named, said ...", "Three union officials, who ..., conceded
            # that ...": an unnamed person or a counted group is the subject
            return True
        if first in ("the", "its", "their", "his", "her") and all(_lower_modifier(word) for word in words[1:]):
            # "The watchdog, which began its inquiry last year, said the bank broke the rules": a definite
            # description and its relative clause are the subject, not a report before an inverted cue.
            return True
    mention = draft.mention_ending_at(comma)
    if mention is None or draft.entities[mention.entity].type != "person":
        return False
    if len(stretch.split()) > 8 or _FINITE.search(stretch) or any(mark in stretch for mark in '“”"«»'):
        return False
    return all(not word.endswith("ed") for word in stretch.split())


def _named_in_apposition(draft: Draft, sentence_start: int, source: tuple[int, int] | None, cue_start: int) -> bool:
    """Whether the source is a name in apposition to the words before it, set off by commas before the cue.

    "The firm's lawyer, Ana Ruiz, told the court a different story": the words before the name are the
    subject's role, no content reported before the source.
    """
    if source is None:
        return False
    comma = _skip_space(draft.text, source[1], cue_start)
    return comma < cue_start and draft.text[comma] == "," and _subject_in_apposition(draft, sentence_start, comma)


#: ", speaking on condition of anonymity,": a participle phrase set off by commas, in lower case.
_PARTICIPLE_ASIDE = re.compile(r",[ \t]+(?:[a-z]+ing|who)\b[^,]*$")


def _participle_aside(text: str, sentence_start: int, comma: int) -> bool:
    """Whether the stretch before ``comma`` is a participle phrase or "who" clause set off by commas after a noun.

    "An official, speaking on condition of anonymity, said the bank erred", "A nurse, who asked not to be
    named, said wards were full": the words before the aside are the subject, so the cue is not inverted
    and what follows it is the report.
    """
    stretch = text[max(sentence_start, comma - 120) : comma]
    match = _PARTICIPLE_ASIDE.search(stretch)
    return match is not None and bool(stretch[: match.start()].strip())


def _name_before_apposition(
    draft: Draft, earlier: list[_Found], sentence_start: int, source: tuple[int, int]
) -> tuple[int, int]:
    """The name before a second apposition: "Schiff, 56, who ...", "X, the top Democrat, who ...".

    ``source`` was read between two commas before the cue; when it is an age or a description
    ("56", "a teacher") and a person's or a body's name ends at the comma before it, that name speaks.
    """
    text = draft.text
    words = text[source[0] : source[1]].split()
    if not (words[0].isdigit() and len(words) == 1) and words[0].lower() not in ("a", "an", "the"):
        return source
    comma = source[0]
    while comma > sentence_start and text[comma - 1] in " \t":
        comma -= 1
    if comma <= sentence_start or text[comma - 1] != ",":
        return source
    comma -= 1
    mention = draft.mention_ending_at(comma)
    if mention is None or draft.entities[mention.entity].type not in ("person", "organization"):
        return source
    name = _source_before(draft, _clause_start(draft, earlier, sentence_start, comma), comma)
    return name if name is not None and name[0] <= mention.span.start else source


def _whole_person(draft: Draft, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are one person's name and nothing else."""
    mention = draft.mention_ending_at(end)
    return (
        mention is not None
        and draft.entities[mention.entity].type == "person"
        and not draft.text[start : mention.span.start].strip()
    )


def _described_person(draft: Draft, start: int, end: int) -> tuple[int, int] | None:
    """The person named at the end of an apposition that describes them first: "the retired sprinter Lena Okafor",
    "fire investigator Ian Roe".

    Between the article (if any) and the name stand only lower-case words, none a preposition nor an owner's:
    in "a cousin of Lena Okafor" or "the coach's wife, Ana" the name is someone else's.
    """
    mention = draft.mention_ending_at(end)
    if mention is None or draft.entities[mention.entity].type != "person":
        return None
    words = draft.text[start : mention.span.start].split()
    if words[:1] and words[0].lower() in ("the", "a", "an"):
        words = words[1:]  # "the retired sprinter Lena Okafor"; a role may come bare: "fire investigator Ian Roe"
    if not 1 <= len(words) <= 4:
        return None
    for word in words:
        if (
            not word.islower()
            or word in _PREPOSITIONS
            or word in ("of", "for", "and", "or")
            or word.endswith(("'s", "’s", "s'", ","))
        ):
            return None
    return mention.span.start, mention.span.end


#: The name at the end of a body's description: "Solvara Foods" in "the Dutch company Solvara Foods".
_NAME_AT_END = re.compile(rf"(?:[{UPPER}][\w.&’'\-]*[ \t]+){{0,3}}[{UPPER}][\w.&’'\-]*$")


def _described_body(draft: Draft, start: int, end: int) -> tuple[int, int] | None:
    """The body named at the end of an apposition that describes it first: "the Dutch company Solvara Foods",
    "a Norwegian fund, Nordhav Capital" without its comma ("the state-owned lender Banco Sur").

    After the article, at most four words, the last of them one of the packs' organisation descriptors
    ("company", "firm", "lender"); the capitalised words after it are the body's name, which speaks.
    """
    text = draft.text
    words = text[start:end].split()
    if len(words) < 3 or words[0] not in ("the", "a", "an"):
        return None
    name = _NAME_AT_END.search(text, start, end)
    if name is None or not after_descriptor(text, name.start(), rules_for(draft)):
        return None
    between = text[start : name.start()].split()[1:]
    if not 1 <= len(between) <= 4 or any(word.endswith(("'s", "’s", ",")) or word in _PREPOSITIONS for word in between):
        return None
    return name.start(), name.end()


#: An unnamed body's description: an article, up to three modifiers and a body's noun ("a Chilean firm",
#: "an American hedge fund", "a Texas investment firm").
_BODY_DESCRIPTION = re.compile(r"(?:a|an|the)(?P<modifiers>(?:[ \t]+[\w\-]+){0,3}?)[ \t]+(?P<noun>[a-z]+)")


def _body_description(draft: Draft, start: int, end: int) -> tuple[int, int] | None:
    """The span of an apposition that describes a body without naming it: "a Chilean firm", "the US fund".

    The modifiers are words in lower case or names of places and peoples ("Chilean", "Texas"), no person's;
    the noun is one of the packs' organisation descriptors or nouns.
    """
    position = _skip_space(draft.text, start, end)
    stop = end
    while stop > position and draft.text[stop - 1] in " \t":
        stop -= 1
    found = _BODY_DESCRIPTION.fullmatch(draft.text, position, stop)
    if found is None or found.group("noun") not in rules_for(draft).described_body_nouns:
        return None
    for mention in draft.mentions_in(position, stop):
        if draft.entities[mention.entity].type not in ("country", "other", "government"):
            return None  # "a firm of Jan Berg's", "the Acme Group": a name of its own, read elsewhere
    for word in re.finditer(r"\S+", found.group("modifiers")):
        if word.group()[:1].isupper() and draft.mention_at(found.start("modifiers") + word.start()) is None:
            return None  # "a Tarvo company": a name the entities stage did not know
    return position, stop


def _described_unnamed_body(draft: Draft, source: tuple[int, int], description: tuple[int, int]) -> str | None:
    """An unnamed body that a source names by its role and an apposition describes: "The mine's owner, a Chilean
    firm,". The body, named by the source's words after its article, has both phrases as mentions.
    """
    words = draft.text[source[0] : source[1]].split()
    if words[0].lower() in ("the", "its", "their") and len(words) > 1:
        words = words[1:]
    if not words[-1].isalpha() or not words[-1].islower():
        return None  # "Acme, a Chilean firm": a name, read elsewhere
    entity_id = ensure_org(draft, " ".join(words), rule="statement.source.organization")
    draft.add_mention(entity_id, source[0], source[1], "statement.source.organization")
    draft.add_mention(entity_id, description[0], description[1], "statement.source.organization")
    return entity_id


def _quote_then_described_name(draft: Draft, sentence_start: int, comma: int) -> bool:
    """Whether the words before a cue's comma are a quotation, a person's name and a description of that person.

    '"Staff were rushed," Tom Baker, the union's secretary, told the committee': the name is the cue's
    subject and what follows the cue is its addressee, not an inverted source.
    """
    if comma - sentence_start > 600:
        return False
    stretch = draft.text[max(sentence_start, comma - 120) : comma]
    apposition = _TITLE_APPOSITION.search(stretch)
    relative = _RELATIVE_APPOSITION.search(stretch) if apposition is None else None
    if relative is not None:
        # '"...," Jane Roe, who has lived on Mill Lane for 20 years, told the committee': the clause is hers.
        apposition_start = comma - len(stretch) + relative.start()
    elif apposition is not None:
        apposition_start = comma - len(stretch) + apposition.start()
    else:
        last_comma = stretch.rfind(",")
        if last_comma < 0 or not _described_by_owner(stretch[last_comma + 1 :]):
            return False
        apposition_start = comma - len(stretch) + last_comma
    if relative is None and _FINITE.search(draft.text, apposition_start, comma):
        return False
    mention = draft.mention_ending_at(apposition_start)
    if mention is None or draft.entities[mention.entity].type != "person":
        return False
    return _quote_ending_before(draft, mention.span.start, sentence_start - 1) is not None


def _described_by_owner(apposition: str) -> bool:
    """An apposition that opens with an owner and a lower-case noun: "Pyongyang's only ally", "Apple's chief aide".

    The owner may be a name of up to four words: "River Guard's director", "Acme Foods' head of sales".
    """
    words = apposition.split()
    for index, word in enumerate(words[:4]):
        if not word[:1].isupper():
            return False
        if word.endswith(("'s", "’s", "s'", "s’")):
            return index + 1 < len(words) and words[index + 1][:1].islower() and not _FINITE.search(apposition)
    return False


_TITLE_APPOSITION = re.compile(r",[ \t]+(?:a|an|the|his|her|its|their)[ \t]+[^,;:“”\"«»]+$")
#: A relative clause set off by commas after a name, up to the cue's comma: ", who has lived on Mill Lane for 20 years".
_RELATIVE_APPOSITION = re.compile(r",[ \t]+(?:who|whose)[ \t]+[^,;:“”\"«»]+$")


def _name_then_title(draft: Draft, sentence_start: int, stretch: str) -> bool:
    """Whether a stretch is a person's name that opens the sentence and a title in apposition.

    "He Jun, a spokesman for the ministry," before "said": the subject, not a content the cue closes.
    """
    apposition = _TITLE_APPOSITION.search(stretch)
    if apposition is None:
        return False
    start = len(stretch) - len(stretch.lstrip())
    mention = draft.mention_ending_at(sentence_start + apposition.start())
    if mention is None:
        return False
    opening = " ".join(stretch[start : mention.span.start - sentence_start].split())
    if mention.span.start > sentence_start + start + 1 and opening not in rules_for(draft).titles:
        return False  # the name opens the sentence, after its title only ("Dr. Ana Ruiz, a surgeon,")
    if draft.entities[mention.entity].type != "person":
        return False
    words = apposition.group().split()
    return len(words) <= 12 and not _FINITE.search(apposition.group())


_PARTIAL_SOURCE = re.compile(r"(?i:not\s+(?:all|every|everyone|everybody|each)\b|neither\b|nobody\b|no\s+one\b|none\b)")


def _partial_source(subject: str) -> bool:
    """Whether a sentence's subject, up to its source, denies it holds for all ("Not everyone in Lima") or for
    anyone ("Neither has said ...", "Nobody in the cabinet said ...").

    "Few analysts expect ..." stays: a few analysts are a source all the same.
    """
    return (
        subject[:1] in ("n", "N")  # every phrase of the regex starts with it
        and _PARTIAL_SOURCE.match(subject) is not None
        and len(subject.split()) <= 6
        and "," not in subject
    )


def _is_act(rules: StatementRules, text: str, item: _Found) -> bool:
    """Whether a statement was read from an act's cue ("criticized", "called for"), not from a report's."""
    cue = rules.cues.get(text[item.cue[0] : item.cue[1]])
    return cue is not None and cue[1] == "act"


#: A concession clause opened after a comma, up to its pronoun subject: ", though she ", ", although they ",
#: perhaps with an adverb after it: ", though it also ", ", although he again ".
_CONCESSION_BEFORE = re.compile(
    r",[”\"’]?[ \t]+(?:even[ \t]+|al)?though[ \t]+(?:he|she|they|it|we|I)[ \t]+"
    r"(?:(?:also|again|still|[a-z]+ly)[ \t]+)?$"
)


def _end_before_concession(
    draft: Draft, rules: StatementRules, earlier: list[_Found], cue_start: int, cue_end: int
) -> None:
    """End the report a concession with its own subject and cue follows: "X said A, though it noted B".

    The concession is the writer's or the speaker's next act ("although he again refused to ..."), whether or not
    its cue reports a clause; a concession with no cue ("though it is unclear when ...") stays in the report.
    """
    text = draft.text
    form = text[cue_start:cue_end]
    if form not in rules.parenthetical and rules.cues.get(form, ("", "", False))[1] not in ("speech", "act"):
        return
    conceded = _CONCESSION_BEFORE.search(text, max(0, cue_start - 40), cue_start)
    if conceded is None:
        return
    cut = conceded.start()
    if text[cut + 1] in _QUOTE_CLOSERS and draft.quote_at(cut) is not None:
        cut += 2  # 'had been “largely orderly,” though it noted ...': the quotation stays closed
    for other in earlier:
        if other.cue[1] <= conceded.start() and any(start < conceded.start() < end for start, end in other.pieces):
            _truncate(draft, other, cut)


_AND_AT_END = re.compile(r"(?:^|[\s,])and$")
_BUT_AT_END = re.compile(r"(?:^|[\s,])but$")


#: A linking word and a capitalised name right before an act: " and Democrats ", ", while the Kremlin ".
_NAMED_SUBJECT_AFTER_LINK = re.compile(
    rf"(?:,[ \t]*|[ \t])(?:and|but|while|whereas)[ \t]+(?:the[ \t]+)?[{UPPER}][\w’'\-.]*"
    rf"(?:[ \t]+[{UPPER}][\w’'\-.]*){{0,3}}[ \t]+(?:(?:also|then|later|quickly|promptly)[ \t]+)?$"
)


def _coordinated_act(text: str, cue_start: int, conceding: bool = False) -> bool:
    """Whether an act's cue follows "and" with no subject of its own ("... and accused X of ...").

    A ``conceding`` act (one that reports as "said" does: "conceded", "pledged") may follow "but" too ("said A but
    conceded that B"); another act after "but" is the clause's own ("said Tokyo was sympathetic but wanted ...").
    """
    before = text[max(0, cue_start - 8) : cue_start].rstrip().lower()
    return _AND_AT_END.search(before) is not None or (conceding and _BUT_AT_END.search(before) is not None)


_SPEAKER_PRONOUNS = {"he": "male", "she": "female"}


def _last_speaker(draft: Draft, found: list[_Found]) -> None:
    """ "He said" and "she said" speak for the paragraph's last speaker when that is a named person who fits.

    A person named in between who said nothing does not take the pronoun; a new paragraph, an
    unnamed or a group speaker, or a gender that does not fit leave coreference's choice.
    """
    text = draft.text
    last: tuple[tuple[int, int] | None, str] | None = None  # (paragraph, speaker)
    # An unnamed speaker known by a role of one gender ("..., a spokeswoman said."), with its sentence: "She added
    # ..." in the very next sentence is that speaker.
    role_speaker: tuple[int, str, str] | None = None  # (sentence, speaker, gender)
    titles = rules_for(draft).titles
    stale: list[Mention] = []  # the mentions the pronouns had, replaced: removed at the end, in one pass
    for item in sorted(found, key=lambda found_item: found_item.cue[0]):
        paragraph = draft.paragraph_of(item.cue[0])
        source = item.source
        wanted = (
            _SPEAKER_PRONOUNS.get(text[source[0] : source[1]].lower())
            if source is not None and source[1] - source[0] <= 3  # "he", "she"
            else None
        )
        if (
            wanted is not None
            and source is not None
            and last is not None
            and last[0] == paragraph
            and last[1] != item.speaker
            and draft.genders.get(last[1], wanted) == wanted
        ):
            item.speaker = last[1]
            draft.genders.setdefault(last[1], wanted)
            stale += [mention for mention in draft.mentions_in(source[0], source[1]) if mention.span.end == source[1]]
            draft.add_mention(last[1], source[0], source[1], "coref.pronoun")
        elif (
            wanted is not None
            and source is not None
            and role_speaker is not None
            and role_speaker[0] == item.sentence - 1
            and role_speaker[2] == wanted
            and role_speaker[1] != item.speaker
        ):
            item.speaker = role_speaker[1]
            stale += [mention for mention in draft.mentions_in(source[0], source[1]) if mention.span.end == source[1]]
            draft.add_mention(role_speaker[1], source[0], source[1], "coref.pronoun")
        role_speaker = None
        if item.speaker is not None:
            entity = draft.entities.get(item.speaker)
            named = entity is not None and entity.type == "person" and is_named(entity.name)
            last = (paragraph, item.speaker) if named else None
            if entity is not None and entity.type == "group" and entity.name in titles:
                gender = titles[entity.name][1]
                role_speaker = (item.sentence, item.speaker, gender) if gender else None
    draft.remove_mentions(stale)


#: Words that introduce a document as someone's: "in a letter", "in its blog post", "her written statement".
_INTRODUCERS_OF_DOCUMENTS = frozenset(["a", "an", "its", "his", "her", "their", "our"])
#: How many sentences back a document named by its noun alone ("the letter") may have been introduced.
_DOCUMENT_REACH = 2


def _introduces(text: str, sentence: tuple[int, int], noun: str) -> bool:
    """Whether a sentence introduces a document by its noun: "In a letter to the board", "in a blog post"."""
    position = text.find(noun, sentence[0], sentence[1])
    while position >= 0:
        end = position + len(noun)
        whole = (position == 0 or not text[position - 1].isalnum()) and (end >= len(text) or not text[end].isalnum())
        if whole:
            before = text[max(sentence[0], position - 40) : position].split()[-3:]
            for word in reversed(before):
                lower = word.lower()
                if lower in _INTRODUCERS_OF_DOCUMENTS:
                    return True
                if not word.islower() or lower in _DETERMINERS:
                    break  # "the letter", "Smith's letter": not introduced here
        position = text.find(noun, end, sentence[1])
    return False


def _document_authors(draft: Draft, found: list[_Found]) -> None:
    """A document named by its noun alone ("the letter said") speaks for whoever the text introduced it with.

    "In a letter to the board, the founder, Max Hart, wrote that ... “...,” the letter said.": the letter is
    Hart's. The statement in the same sentence or up to two before, whose sentence introduces the document
    ("a letter", "its blog post"), gives the speaker; without one the document itself speaks.
    """
    documents = draft.scratch.get("document_speakers")
    if not documents:
        return
    text = draft.text
    ordered = sorted(found, key=lambda found_item: found_item.cue[0])
    for position, item in enumerate(ordered):
        if item.speaker not in documents or item.source is None:
            continue
        words = text[item.source[0] : item.source[1]].split()
        if len(words) != 2 or words[0].lower() != "the":
            continue  # only "the letter": a document the text has named before
        noun = words[1].lower()
        for earlier in reversed(ordered[:position]):
            if earlier.sentence < item.sentence - _DOCUMENT_REACH:
                break
            if earlier.speaker is None or earlier.speaker in documents:
                continue
            if _introduces(text, draft.sentences[earlier.sentence], noun):
                item.speaker = earlier.speaker
                break


def _continuations(draft: Draft, found: list[_Found]) -> None:
    """A statement that ends in a quotation goes on in the quotations that follow it in its paragraph without a cue.

    "Fees are “far too high,” she said. “Nobody can pay them.”": the second quotation is hers too, whether the
    statement before it was all quoted or only ended in her words.
    """
    cue_sentences = {item.sentence for item in found}
    quote_at = draft.quote_at
    # Most statements have one piece: all quoted and ending quoted are then one look-up.
    quoted = [
        quote_at(item.pieces[0][0]) is not None if len(item.pieces) == 1 else _all_quoted(draft, item.pieces)
        for item in found
    ]
    # Where each statement's pieces start: a quotation another statement reports ("“...” ― Name" on each line)
    # is no continuation of the one before it.
    owners = {start: id(item) for item in found for start, _ in item.pieces}
    for position, item in enumerate(found):
        if not item.pieces or not (
            (quoted[position] if len(item.pieces) == 1 else _ends_quoted(draft, item.pieces))
            or _opens_quoted(draft, item.pieces)
        ):
            continue
        paragraph = draft.paragraph_of(item.cue[0])
        if paragraph is None:
            continue
        last_end = max(end for _, end in item.pieces)
        index = item.sentence + 1
        while index < len(draft.sentences):
            start, _end = draft.sentences[index]
            if start >= paragraph[1] or index in cue_sentences:
                break
            if start <= last_end:
                index += 1
                continue
            quote = draft.quote_at(start + (2 if draft.text.startswith("''", start) else 1))
            if quote is None or quote.start != start or quote.depth != 0:
                break
            pieces = [piece for piece in _quote_pieces(draft, quote) if piece[0] > last_end]
            if not pieces or any(owners.get(start, id(item)) != id(item) for start, _ in pieces):
                break
            item.pieces += pieces
            item.pattern += "+continuation"
            quoted[position] = _all_quoted(draft, item.pieces)
            last_end = quote.end
            index += 1
            while index < len(draft.sentences) and draft.sentences[index][0] < quote.end:
                index += 1
    # A quotation just before a quoted statement, alone in its sentence and with no cue, is its beginning.
    used = {start for item in found for start, _ in item.pieces}
    for position, item in enumerate(found):
        if not quoted[position]:
            continue
        paragraph = draft.paragraph_of(item.cue[0])
        first = min(start for start, _ in item.pieces)
        index = item.sentence - 1
        while paragraph is not None and index >= 0:
            start, end = draft.sentences[index]
            if start < paragraph[0] or index in cue_sentences or end > first:
                break
            quote = draft.quote_at(start + (2 if draft.text.startswith("''", start) else 1))
            if quote is None or quote.start != start or quote.depth != 0 or quote.end < end - 1:
                break
            pieces = _quote_pieces(draft, quote)
            if not pieces or any(piece[0] in used for piece in pieces):
                break
            item.pieces = pieces + item.pieces
            item.pattern += "+preceding"
            first = pieces[0][0]
            index -= 1


def _ends_quoted(draft: Draft, pieces: list[tuple[int, int]]) -> bool:
    """Whether the last piece starts inside a quotation: the statement ends in the speaker's words."""
    return draft.quote_at(max(pieces)[0]) is not None


def _opens_quoted(draft: Draft, pieces: list[tuple[int, int]]) -> bool:
    """Whether the first piece opens with a quotation mark: "“I admire the mechanics” of the plan, X said"."""
    start = min(pieces)[0]
    width = 2 if draft.text.startswith("''", start) else 1  # two apostrophes stand for one mark
    return draft.text[start] in _QUOTE_OPENERS and draft.quote_at(start + width) is not None


def _all_quoted(draft: Draft, pieces: list[tuple[int, int]]) -> bool:
    """Whether every piece starts inside a quotation."""
    quote_at = draft.quote_at
    return all(quote_at(start) is not None for start, _ in pieces)


_OPENING_MARK = re.compile('[“"«]')


def _mode(draft: Draft, pieces: list[tuple[int, int]]) -> str:
    if not draft.quotes:
        # No quotation in the text: nothing is quoted, and only an opening mark left unpaired makes it mixed.
        return "mixed" if any(_OPENING_MARK.search(draft.text, start, end) for start, end in pieces) else "indirect"
    quote_at = draft.quote_at
    quote_stretch = draft.quote_stretch
    inside = outside = False
    for start, end in pieces:
        # Each piece is read at its start, middle and last character.
        last = max(start, end - 1)
        quote, until = quote_stretch(start)
        if last < until:
            # All three in one stretch of the quotation map, with one answer: one look-up for the three.
            if quote is not None:
                inside = True
            else:
                outside = True
        else:
            for offset in (start, (start + end) // 2, last):
                if quote_at(offset) is not None:
                    inside = True
                else:
                    outside = True
        if inside and outside:
            return "mixed"  # part quoted, part not: the other pieces cannot change that
    if not outside:
        return "direct"
    if any(_OPENING_MARK.search(draft.text, start, end) for start, end in pieces):
        return "mixed"
    return "indirect"


def _emit(draft: Draft, item: _Found, provenances: dict[tuple[str, str], Provenance]) -> None:
    merged: list[tuple[int, int]]
    if len(item.pieces) == 1:
        merged = [item.pieces[0]] if item.pieces[0][1] > item.pieces[0][0] else []  # most statements: one piece
    else:
        pieces = sorted([piece for piece in item.pieces if piece[1] > piece[0]])
        merged = pieces[:1]
        for start, end in pieces[1:]:
            if start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
    if not merged:
        return
    statement_id = draft.new_id("s")
    provenance = provenances.get((item.rule, item.pattern))
    if provenance is None:
        provenance = provenances[item.rule, item.pattern] = draft.provenance(item.rule, f"pattern: {item.pattern}")
    # The spans made here rather than through ``draft.span`` and ``draft.join`` (the same spans, a call or two
    # fewer each): every statement makes three.
    text = draft.text
    cue = Span(item.cue[0], item.cue[1], text[item.cue[0] : item.cue[1]])
    source = (
        Span(item.source[0], item.source[1], text[item.source[0] : item.source[1]]) if item.source is not None else None
    )
    statement = Statement(  # positional: the fields in their order, a call with keywords costs more
        statement_id,
        Span(merged[0][0], merged[0][1], text[merged[0][0] : merged[0][1]])
        if len(merged) == 1
        else Span.join(text, merged),
        item.speaker,
        source,
        cue,
        item.mode or _mode(draft, merged),  # type: ignore[arg-type]
        provenance,
    )
    draft.statements.append(statement)
    words = f"{cue.text!r}" + (f" source {source.text!r}" if source is not None else "")
    draft.explain(statement_id, item.rule, words)
