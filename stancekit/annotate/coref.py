"""Stage 4: coreference. Every resolved reference becomes a mention of its entity.

- ``coref.surname``: a lone name word that is the first or last word of a
  person named earlier ("Mao" -> Mao Ning, "Putin" -> Vladimir Putin); an
  unknown lone capitalised word is left alone here (the statement stage
  makes a person of it when it speaks).
- ``coref.role_noun``: a definite description ("the ministry", "the
  spokesman", "the bloc", "the agency") -> the nearest earlier entity that
  fits: its type, a head word in its name, a role, or a role noun the pack
  gives the entity. A body the text described with the same noun
  ("Brennwater, the water regulator," for "the regulator") comes first, and
  a body described as another kind is no "the company". A person's role
  noun may have a body's name before it ("the House speaker"); with "of",
  "at" or "for" after it ("the president of Peru") it is a person of that
  body or country only. "The 54-year-old" is the person the text gave that
  age ("Tom Ruiz, 54,", "54-year-old Tom Ruiz"), or, when no one has that
  age, the named person just written about (a sentence subject first).
  "The watchdog", "the regulator" is never a body the text says was
  fined or sanctioned; with no other, it is the unknown name that did so
  ("Ofwat fined Thames Water. The watchdog said": Ofwat, made a body here,
  ``coref.sanctioner``), and no "the company" after. Nor is it the body an
  unknown name just told what to do ("Ofwat ordered Thames Water to cut
  bills. The regulator said": Ofwat, made a body the same way).
- ``coref.pronoun``: he/she/it/they (and his, her, its, their, him, them)
  outside quotations -> the nearest compatible earlier entity, preferring
  the subject of a recent sentence, or of a clause of the pronoun's own
  sentence (", while Norway declined ..., saying it"). He and she need a
  person of unknown or matching gender; it an organisation, country or government; they a
  group, organisation, country or government. "It" before "is", "was",
  "seems" ... is not resolved (it is raining).
- ``coref.unknown_subject``: "Unite said its members ...": a sentence's subject
  no mention covers, a verb of speech, then "its": the subject is a body, made
  here, and "its" is it.

One pass left to right over the mentions and the candidate words, looking
back at most a bounded number of entities: linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from operator import itemgetter
from typing import Any

from stancekit.annotate._lex import UPPER, MarkScan, after_the, find_words, trie_pattern, words_prefix_regex
from stancekit.annotate._words import text_words
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import BUSINESS_NOUNS, ensure_org, norm
from stancekit.annotate.entities import rules_for as entity_rules_for

__all__ = ["WRITTEN_MEDIUM", "CorefRules", "called_by_role_noun", "is_named", "run"]

_PRONOUN_CLASS = {
    "he": "male",
    "him": "male",
    "his": "male",
    "she": "female",
    "her": "female",
    "it": "thing",
    "its": "thing",
    "they": "plural",
    "them": "plural",
    "their": "plural",
}
#: The pronouns as whole words, in lower case or capitalised ("Him" and "Them" are not looked for). One scan
#: tries them after the characters that can stand before a word (``MarkScan``): a regex would test every h, s, i
#: and t for a word start, which costs more.
_PRONOUN_WORDS = (*_PRONOUN_CLASS, *(word.capitalize() for word in _PRONOUN_CLASS if word not in ("him", "them")))
#: A subject pronoun may end in a contracted "is", "has", "are" or "have": "She's said", "He’s argued", "They're".
_PRONOUNS = MarkScan(
    trie_pattern(_PRONOUN_WORDS),
    r"(?!\w|[’'](?!(?:s|re|ve)(?![\w’'])))",
    (word[0] for word in _PRONOUN_WORDS),
    phrases=_PRONOUN_WORDS,
)
#: "It's" that is the subject of a verb, "has" or "is" before a participle ("It's warned that", "It's saying");
#: any other "It's" ("It's clear that", "It's a shame") is no thing's.
_IT_CONTRACTED = re.compile(r"['’]s[ \t]+(?:[a-z]+(?:ed|ing)|said|told|written|made|taken|given|spoken)\b")
_EXPLETIVE = re.compile(
    r"[ \t]+(?:is|was|'s|’s|would|will|seems|seemed|appears|appeared|remains|remained|has[ \t]+been|had[ \t]+been|"
    r"may|might|could|can|does|did|takes|took|makes|made)\b"
)
#: A capitalised word at a word start (not after a letter, digit, "_", "-" or an apostrophe: "al-Assad", "O'Neill").
#: The look-behind sits after the first letter, so that the engine skips straight to capital letters.
_CAPITALISED = re.compile(rf"[{UPPER}](?<![\w’'\-].)[\w\-]*")
#: A dateline or a live blog's time before a sentence's subject: "OTTAWA — ", "15:30 — ", "LONDON, May 3 - ".
_DATELINE = re.compile(r"[^—–\n]{1,40}?[ \t](?:[—–]|-{1,2})[ \t]+")
#: A short opening phrase before a sentence's subject, without a comma: "In retirement ", "On Tuesday ".
_SHORT_OPENING = re.compile(r"(?:In|On|At|By|After|Before|During|Since|Until|Last|Later|Earlier)[ \t]+[\w'’-]+[ \t]+")
#: A name right after a role noun, which the noun then describes (not a weekday or a month: "the ministry Monday").
_NAME_AFTER = re.compile(
    r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    rf"August|September|October|November|December)\b)[{UPPER}]"
)
#: What ties a person's role noun to its body or country: "the president **of** Brazil", "the analyst **at** Acme".
_OWNER_AFTER = re.compile(r"[ \t]+(?:of|at|for)[ \t]+(?:the[ \t]+)?")
#: A person called by age alone: "the 54-year-old". The pattern starts with the literal "he", which the engine
#: finds fast; ``after_the`` checks the "T" or "t" before it and the word start (a look-behind first would be
#: tried at every position of the text).
_BY_AGE = re.compile(
    r"he[ \t]+(?P<age>\d{1,3})-year-old(?![\w’'-])"
    # What follows is no noun of its own ("the 30-year-old suspect" is someone else): a mark, a verb or "who".
    r"(?=[ \t]*(?:[,.;:!?)\"”’]|$|(?:said|says|told|tells|wrote|spoke|went|took|did|had|has|have|is|was|will|would"
    r"|could|can|may|might|must|who|whose|also|then|now|later|still|[a-z]+ed)\b))"
)
#: A person's age right after the name ("Tom Ruiz, 54, ...") or right before it ("54-year-old Tom Ruiz").
_AGE_AFTER_NAME = re.compile(r",[ \t]+(?P<age>\d{1,3})(?=[ \t]*[,;.)])")
_AGE_BEFORE_NAME = re.compile(r"(?<![\w’'-])(?P<age>\d{1,3})-year-old[ \t]+$")
#: What follows a possessor: "the Left Bloc's leader".
_POSSESSIVE_ENDS = ("'s", "’s", "' ", "’ ")
#: Pronouns that are always possessors.
_POSSESSIVE_PRONOUNS = frozenset({"his", "its", "their"})
#: Words after "her" that make it an object, not a possessor: "calls her the most ...", "told her to".
_AFTER_OBJECT_HER = frozenset("the a an as to for that in on at with of and but about from into by".split())  # noqa: SIM905
#: The plain forms of ``_DEED_VERBS`` that take regular endings.
_DEED_VERB_STEMS = "accuse praise blame criticise criticize commend laud applaud fault attack condemn rebuke hail"
#: Verbs (every form) whose object is an actor when a deed follows with "of" or "for": "accused it of", "praised
#: them for", ", accusing them of".
_DEED_VERBS = frozenset(
    form
    for verb in _DEED_VERB_STEMS.split()
    for form in (
        verb,
        verb + "s",
        verb + "d" if verb.endswith("e") else verb + "ed",
        verb[:-1] + "ing" if verb.endswith("e") else verb + "ing",  # ", accusing them of": a participle's object
    )
) | frozenset("slammed slams slamming thanked thanks thanking congratulated congratulates congratulating".split())  # noqa: SIM905
#: A participle after a comma right before a pronoun: ", accusing them". Its subject is the clause's subject, which
#: the pronoun, its object, is not ("Farmers targeted the ministry, accusing them of ...": not the farmers); what it
#: is, is named before it in its sentence.
_PARTICIPLE_BEFORE = re.compile(r",\s+[a-z]+ing\s+$")
#: Words that open a new clause between a subject and a later pronoun: "X said that she ...".
_CLAUSE_WORDS = frozenset(
    "that who whom which whose and but or because when after before while if as since although though said says".split()  # noqa: SIM905
)
#: What opens a clause with a subject of its own inside a sentence: ", while", ", whereas", ", but", "; ".
_CLAUSE_OPENER_WORDS = ("while", "whereas", "but", "although", "though", "yet")
_CLAUSE_OPENER = re.compile(rf"(?:[,;][ \t]+(?:{'|'.join(_CLAUSE_OPENER_WORDS)})|;)[ \t]+$")
#: The endings a text before a clause opener's subject has: the suffix test before the regex.
_CLAUSE_OPENER_ENDS = tuple(f"{word} " for word in (*_CLAUSE_OPENER_WORDS, ";"))
#: The longest lead before a sentence's first mention that a dateline, an opening phrase or a title explains.
_LEAD_REACH = 80
#: How far back from an object pronoun a subject of its own clause can end (a name, an aside, a few words).
_CLAUSE_REACH = 120
_LOOK_BACK = 40
#: How many sentences back "the 61-year-old" may find its person when all between are that person's quoted words.
_QUOTED_REACH = 6
#: A sentence opening with capitalised words no mention covers, then one verb, before a pronoun: "BetHarbour said
#: it ...", "Acme Corp said that its ...". The pronoun is most likely that unknown subject, not an earlier entity.
#: An opening phrase may come first ("After the briefing, X said ..."), an apposition after the name ("Ofwat, the
#: industry regulator, said ..."), and a phrase of time or medium after the verb ("said in a statement that it ...",
#: "said on Monday it ...").
_UNKNOWN_SUBJECT_LEAD = re.compile(
    rf"\W*(?:[{UPPER}][^,;:\n“”\"]{{0,50}},[ \t]+)?(?P<name>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*)*)"
    r"(?:,[ \t]+(?:the|an?)[ \t]+[^,;:\n“”\"]{1,60},)?[ \t]+[a-z]+"
    r"(?:[ \t]+(?:in|on|at|during|through|via|late|early|last|this|earlier)(?:[ \t]+[\w’'\-]+){1,4}?)?"
    r"[ \t]+(?:that[ \t]+)?"
)
#: A body's written word between a cue and its report: "in a statement", "in a press release", "in written evidence".
#: "in a statement", "in written evidence", "in a filing": a medium only a body (or a person) writes in.
WRITTEN_MEDIUM = r"in[ \t]+(?:an?[ \t]+)?(?:[\w\-]+[ \t]+){0,2}?(?:statement|release|evidence|filing)\b"
_WRITTEN_WORD = re.compile(r"[ \t]" + WRITTEN_MEDIUM)
#: Capitalised words that open a sentence without being its subject's name.
_LEAD_WORD = re.compile(
    r"(?:The|An?|This|That|These|Those|Its?|He|She|They|We|I|In|On|At|After|Before|But|And|When|If|As|While|Since"
    r"|Although|Though|Because|So|Then|Now|Still|Yet|However|Meanwhile)(?![\w\-])"
)
_WINDOW = 1500
#: A role only a body's people hold, after "its": "its chairman", "its chief executive"; a country has none.
_BODY_ROLE_AFTER = re.compile(
    r"[ \t]+(?:chairman|chairwoman|chairperson|chief[ \t]+executive|managing[ \t]+director|board|founder|shareholders)"
    r"(?![\w’'\-])"
)
#: Nouns for a body that oversees others: "the watchdog" is never the firm it fined.
_OVERSEERS = frozenset(["regulator", "watchdog", "inspectorate", "ombudsman", "supervisor", "overseer"])
#: Verbs of a body punishing another: the object ("fined Thames Water") is the overseen, not the overseer.
_SANCTION_VERBS = ("fined", "penalised", "penalized", "sanctioned", "censured", "reprimanded", "punished")
_SANCTIONS = rf"(?:{'|'.join(_SANCTION_VERBS)})"
_SANCTIONED_BEFORE = re.compile(rf"(?<![\w\-]){_SANCTIONS}[ \t]+$")
_SANCTIONED_AFTER = re.compile(
    rf"[ \t]+(?:is|was|were|are|has[ \t]+been|have[ \t]+been|had[ \t]+been)[ \t]+{_SANCTIONS}(?![\w\-])"
)
#: A sentence's subject of one to three capitalised words that punished a body: "Ofwat fined ...".
_SANCTIONER = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n)|(?<=[—–][ \t]))(?P<name>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}})"
    rf"[ \t]+(?:(?:on|last|this)[ \t]+\w+[ \t]+)?{_SANCTIONS}(?![\w\-])",
    re.MULTILINE,
)
#: How far back "the watchdog" looks for the sentence of an unknown body that punished another.
_SANCTION_REACH = 600
#: A sentence's subject of one to three capitalised words that told a body what to do, up to that body's mention:
#: "Ofwat ordered ", "The FCA on Monday instructed the ". Read only back from a body "the regulator" would be.
_COMMANDER = re.compile(
    rf"[^\w“”\"]*(?P<name>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}})[ \t]+(?:(?:on|last|this)[ \t]+\w+[ \t]+)?"
    r"(?:ordered|instructed|directed|required|told|forced|compelled|banned|barred|warned|urged|summoned)"
    r"[ \t]+(?:the[ \t]+)?"
)


_CLOSING_MARKS = frozenset('"”»›')
#: Between a closing quotation mark and its speaker: spaces, a comma, and at most one lower-case word (a cue).
_SPACES_AND_COMMA = re.compile(r"[ \t]*,?[ \t]*")
_LOWER_WORD = re.compile(r"[a-z]+[ \t]+")
#: A lower-case word right after a country's demonym, which then describes it: "Italian output", "the Spanish mill".
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


class CorefRules:
    """Role nouns of a rule set, compiled once."""

    def __init__(self, rules: Any) -> None:
        self.role_nouns: dict[str, list[dict[str, Any]]] = {}
        for item in rules.section("role_nouns"):
            self.role_nouns.setdefault(item["text"].lower(), []).append(item)
        self.entity_role_nouns: dict[str, set[str]] = {}  # phrase -> gazetteer keys
        for record in rules.entities():
            for phrase in record.get("role_nouns") or ():
                self.entity_role_nouns.setdefault(phrase.lower(), set()).add(record["key"])
        #: Role nouns only a person holds ("the president"): after them, "of X" names whose role it is.
        self.person_role_nouns = frozenset(
            phrase for phrase, items in self.role_nouns.items() if all(item["types"] == ["person"] for item in items)
        )
        phrases = set(self.role_nouns) | set(self.entity_role_nouns)
        variants = set()
        for phrase in phrases:
            variants.add(phrase)
            variants.add(phrase[:1].upper() + phrase[1:])
        self.regex = words_prefix_regex(variants)
        # "the Democratic governor", "the veteran senator": a person's role noun with a word that describes
        # the holder (a party, a standing) but names no other office reads as the role noun itself. One
        # pattern of two tries, not every modifier with every role: a pack may list thousands of modifiers.
        # It starts with the literal "he" (the engine finds it fast); ``after_the`` checks the "T" or "t".
        modifiers = [modifier for modifier in rules.section("holder_modifiers") if modifier]
        person_roles = [
            phrase[4:]
            for phrase, items in self.role_nouns.items()
            if phrase.startswith("the ") and all(item["types"] == ["person"] for item in items)
        ]
        # A body's name in one or two capitalised words works as such a word too: "the House speaker", "the
        # Senate majority leader"; a name some entity has (a country, a known body) is left alone, since it may
        # make another person ("the Chinese president" after the US one).
        self.modified: re.Pattern[str] | None = None
        if person_roles:
            self.modified = re.compile(
                r"he[ \t]+(?:"
                + (trie_pattern(modifiers) + "|" if modifiers else "")
                + rf"(?P<body>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*)?))[ \t]+(?P<role>"
                + trie_pattern(person_roles)
                + r")(?![\w’'-])"
            )


def is_named(name: str) -> bool:
    """Whether a person's name is a name ("Anna Berg", "Ursula von der Leyen"), not a role ("Swedish official")."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper()


def _rules(draft: Draft) -> CorefRules:
    return draft.rules.memo("coref", lambda: CorefRules(draft.rules))


#: The entity types ``it`` (a thing) and ``they`` (plural) may refer to; he and she need a person.
_PRONOUN_TYPES: dict[str, tuple[str, ...]] = {
    "thing": ("organization", "country", "government", "other"),
    "plural": ("group", "organization", "government", "country"),
}


class _Answers(dict[str, bool]):
    """Entity id -> a yes or no of ``question``, asked once for each entity (on the first look-up)."""

    def __init__(self, question: Callable[[str], bool]) -> None:
        super().__init__()
        self.question = question

    def __missing__(self, entity_id: str) -> bool:
        answer = self[entity_id] = self.question(entity_id)
        return answer


#: Role nouns for a town's government; a place the entities stage made its government ("The city of Kyiv",
#: "Tromsø's council") is one, as a body named as the town's council or hall is (see the pack's role nouns).
_TOWN_NOUNS = frozenset(["the city", "the town"])


def _fits_role_noun(draft: Draft, key_of: dict[str, str], entity_id: str, phrase: str, coref: CorefRules) -> bool:
    entity = draft.entities[entity_id]
    if phrase in _TOWN_NOUNS and draft.explanations.get(entity_id, ("",))[0] == "entity.place":
        return True
    keys = coref.entity_role_nouns.get(phrase)
    if keys and key_of.get(entity_id) in keys:
        return True
    for item in coref.role_nouns.get(phrase, ()):
        if entity.type not in item["types"]:
            continue
        head = item.get("head")
        if head and head.lower() not in entity.name.lower():
            continue
        role = item.get("role")
        if role and role.lower() not in (entity.role or "").lower():
            continue
        return True
    return False


def called_by_role_noun(draft: Draft, entity_id: str, phrase: str) -> bool:
    """Whether the packs call a known body by ``phrase`` ("the union" for Unite, by its gazetteer record)."""
    keys = _rules(draft).entity_role_nouns.get(phrase, ())
    return any(draft.entity_keys.get(key) == entity_id for key in keys)


def _kind_fits(kinds: set[str] | None, noun: str, body_kinds: frozenset[str]) -> bool:
    """Whether a body described with the nouns ``kinds`` (None: never described) may be "the ``noun``".

    A body the text called an insurer is not "the company" nor "the regulator": a noun of another
    kind of body names another body. Nouns of no kind of body ("the spokesman") are not judged here.
    """
    if not kinds or noun in kinds or noun not in body_kinds:
        return True
    # "the short-video app Vibely ... the company": a business known by its product is a company and a firm.
    return noun in _ANY_BUSINESS and not kinds.isdisjoint(_BUSINESS_KINDS)


#: Nouns for any business, and the kinds of business that make or sell things, which a text may call "the company"
#: ("the app Vibely", "a maker of chatbots"); an insurer, a lender, a regulator the text named stays out of it.
#: Not ``entities.BUSINESS_NOUNS``: these are what a body was described as, products ("the app") among them.
_ANY_BUSINESS = frozenset(["company", "firm", "corporation"])
_BUSINESS_KINDS = frozenset(
    "app platform website marketplace network chain brand startup start-up service maker manufacturer carmaker "  # noqa: SIM905
    "automaker chipmaker drugmaker steelmaker producer developer supplier distributor retailer exporter importer "
    "conglomerate airline carrier".split()
)
#: The last words of names that say a body is no business ("Transport Workers Union"): it is no "the company".
_NOT_BUSINESS_HEADS = frozenset(
    "union party council committee commission court ministry federation association authority office agency "  # noqa: SIM905
    "regulator watchdog bureau department directorate inspectorate tribunal ombudsman government".split()
)


def _named_no_business(name: str, noun: str) -> bool:
    """Whether "the ``noun``" names a business while the name's last word says the body is none.

    "The Transport Workers Union met Acme Corp. ... The company said": the union is not "the company".
    """
    return noun in BUSINESS_NOUNS and name.rsplit(maxsplit=1)[-1].lower() in _NOT_BUSINESS_HEADS


def _is_object(text: str, pronoun: str, start: int, end: int) -> bool:
    """Whether a pronoun is the object of a verb: "him", and "her" not followed by its noun.

    "it" and "them" stand for things as often as for actors ("Poland rejected them"), so they count only
    after a verb that takes an actor and its deed ("Poland accused it of ...", "praised them for ...").
    """
    if pronoun == "him":
        return True
    following = text[end : end + 12].split(maxsplit=1)
    if pronoun in ("it", "them"):
        verb = text[max(0, start - 20) : start].split()[-1:]
        return (
            bool(verb) and verb[0].lower() in _DEED_VERBS and bool(following) and following[0].lower() in ("of", "for")
        )
    if pronoun != "her":
        return False
    return not following or not following[0][:1].isalnum() or following[0].lower() in _AFTER_OBJECT_HER


#: Prepositions whose object, inside a fronted phrase, is no antecedent of the subject pronoun after it.
_FRONTED_PREPOSITIONS = frozenset("to in at on with for from by about against into of".split())  # noqa: SIM905
#: Words between a preposition and its object: "to the department", "with its partners".
_PREPOSITION_DETERMINERS = frozenset("the a an its his her their this that these those".split())  # noqa: SIM905


def _after_preposition(text: str, start: int) -> bool:
    """Whether the mention at ``start`` is the object of a preposition: "to the department", "in Paris"."""
    words = text[max(0, start - 30) : start].split()
    if words and words[-1].lower() in _PREPOSITION_DETERMINERS:
        words.pop()
    return bool(words) and words[-1].lower() in _FRONTED_PREPOSITIONS


def _same_clause(text: str, mention_end: int, pronoun_start: int) -> bool:
    """Whether the mention ending at ``mention_end`` is the subject of the pronoun's clause (its object).

    A few words between them, none opening a new clause nor ending one ("Banda calls her", "Joseph
    Banda, the supervisor, praised her"); an aside between commas right after the mention is skipped.
    """
    if text.startswith(_POSSESSIVE_ENDS, mention_end):
        return False  # "Moreno's lawyer defended him": the owner is no subject
    between = text[mention_end:pronoun_start]
    if between.startswith(","):
        close = between.find(",", 1)
        if close >= 0:
            between = between[close + 1 :]  # an aside after the mention
        elif between[1:].split(maxsplit=1)[:1] and between[1:].split()[0].endswith("ing"):
            return False  # "... arrested Ana Lopes, charging her": a participle's clause of its own
        else:
            between = between[1:]  # "Her supervisor, Daniel Mwale, calls her": the comma closed the mention
    if any(mark in between for mark in '.;:!?"“”'):
        return False
    words = between.split()
    return len(words) <= 3 and not any(word.lower().strip(",") in _CLAUSE_WORDS for word in words)


def run(draft: Draft) -> None:
    if draft.rules is None:
        return
    coref = _rules(draft)
    names = entity_rules_for(draft)
    #: Words of a title before a name ("Foreign Minister"): a sentence opening with them opens with its subject.
    title_words = draft.rules.memo("coref.title_words", lambda: frozenset(names.titles) | names.modifiers)
    text = draft.text
    key_of = {entity_id: key for key, entity_id in draft.entity_keys.items()}
    tokens: dict[str, str] = draft.scratch.get("name_tokens", {})

    # Events in text order: known mentions, lone names, role nouns, pronouns.
    events: list[tuple[int, int, int, Any]] = []
    for mention in draft.mentions:
        events.append((mention.span.start, 0, mention.span.end, mention.entity))
    if tokens:
        # Lone name words of the people found so far: every capitalised word, looked up.
        for match in _CAPITALISED.finditer(text):
            word = match.group()
            if word in tokens:
                events.append((match.start(), 1, match.end(), word))
    covered = {(mention.span.start) for mention in draft.mentions}
    for match in find_words(coref.regex, text):
        if match.start() not in covered and match.start() + 4 not in covered:
            events.append((match.start(), 2, match.end(), match.group().lower()))
    if coref.modified is not None:
        for match in after_the(text, coref.modified):
            start = match.start() - 1  # the "T" or "t" of "the"
            if start in covered or start + 4 in covered:
                continue
            body_start = match.start("body")
            if body_start >= 0 and any(position in covered for position in range(body_start, match.end("body"))):
                continue  # "the House Intelligence Committee chairman": a body found by name, and maybe its own
            events.append((start, 2, match.end(), "the " + match.group("role").lower()))
    if "-year-old" in text:
        for match in after_the(text, _BY_AGE):
            start = match.start() - 1  # the "T" or "t" of "the"
            if start not in covered:
                events.append((start, 2, match.end(), "age " + match.group("age")))
    # No pronoun can start inside another (each starts a word): the candidates are all the matches.
    for start, end, _ in _PRONOUNS.candidates(text, text_words(draft)):
        if start and text[start - 1] in "’'":
            continue  # no word start for a pronoun, though the scan tries after any character that is no letter
        events.append((start, 3, end, text[start:end].lower()))
    events.sort(key=itemgetter(0, 1))

    surname_people: dict[str, list[str]] = draft.scratch.get("surname_people", {})
    # The noun of its kind a body was described with ("an insurer") -> the bodies so described.
    described_as: dict[str, set[str]] = {}
    described_kinds: dict[str, set[str]] = draft.scratch.get("body_kinds", {})
    for body_id, nouns in described_kinds.items():
        for noun in nouns:
            described_as.setdefault(noun, set()).add(body_id)
    last_seen: dict[str, int] = {}  # entity id -> start of its latest mention so far
    #: A person's age as the text gives it, "age 54" -> the person given it last ("Tom Ruiz, 54,").
    aged: dict[str, str] = {}

    history: list[tuple[int, str, bool, int]] = []  # (start, entity id, is a sentence subject, end)
    #: Where a demonym before a noun starts ("Italian output fell"): an adjective, no antecedent of a pronoun.
    adjectives: set[int] = set()
    #: Where the subjects of clauses inside a sentence start: each outranks other mentions for a pronoun later in
    #: the same sentence only (a sentence's own subject outranks them for the sentences after).
    clause_subjects: set[int] = set()
    sentence_starts = draft.sentences
    sentence_index = 0

    subject_sentence = -1  # the sentence whose subject has been seen
    # Where a closing quotation mark ends, and the speaker named right after one, by sentence.
    closing_ends = {
        end + 1 for quote in draft.quotes for _, end in quote.pieces if text[end : end + 1] in _CLOSING_MARKS
    }
    speaker_of_sentence: dict[int, str] = {}
    # Where the speaker of an attribution may start, with the closing mark before it: right after the
    # mark's spaces and comma, or after one lower-case word more (a cue: "said").
    speaker_marks: dict[int, int] = {}
    for quote_end in closing_ends:
        gap_end = _SPACES_AND_COMMA.match(text, quote_end).end()  # type: ignore[union-attr]
        speaker_marks[gap_end] = quote_end - 1
        cue_word = _LOWER_WORD.match(text, gap_end)
        if cue_word is not None:
            speaker_marks[cue_word.end()] = quote_end - 1

    sentence_count = len(sentence_starts)
    sentence_begins = [begin for begin, _ in sentence_starts] or [0]

    def advance(start: int) -> None:
        nonlocal sentence_index
        while sentence_index + 1 < sentence_count and sentence_starts[sentence_index + 1][0] <= start:
            sentence_index += 1

    def possessor_at(end: int) -> bool:
        """Whether the mention ending at ``end`` owns what follows: "the Left Bloc's leader"."""
        return text.startswith(_POSSESSIVE_ENDS, end)

    def is_subject(start: int, possessor: bool = False) -> bool:
        """The first mention of a sentence, at its start or after an opening phrase ("After the call, X").

        A possessor ("The Left Bloc's leader, Marta Quintela, ...", "Her supervisor, Joseph Banda, ...")
        is no subject and leaves the place to the mention after it.
        """
        nonlocal sentence_index, subject_sentence
        while sentence_index + 1 < sentence_count and sentence_starts[sentence_index + 1][0] <= start:
            sentence_index += 1  # advance(start), inline: this runs for every mention
        if not sentence_starts or possessor:
            return False
        if subject_sentence == sentence_index:
            # A suffix test first: most mentions follow no clause opener at all.
            if text.endswith(_CLAUSE_OPENER_ENDS, max(0, start - 14), start) and _CLAUSE_OPENER.search(
                text, max(0, start - 14), start
            ):
                clause_subjects.add(start)  # "X welcomed the plan, while Norway declined, saying it ..."
            return False
        subject_sentence = sentence_index
        sentence_start = sentence_starts[sentence_index][0]
        if start - sentence_start <= 4:
            return True
        lead = text[sentence_start:start]
        if lead.rstrip().endswith((",", "that")):
            return True
        if len(lead) > _LEAD_REACH:
            return False  # no dateline, opening phrase or title runs this long
        dateline = _DATELINE.match(lead)
        if dateline is not None:
            lead = lead[dateline.end() :]  # "15:30 — The Confederation ...": the subject follows the dash
        # After a short opening phrase of time or place: "In retirement she ...", "On Tuesday he ...";
        # after a title, which the mention leaves out: "Foreign Minister Daniel Arsenault said".
        return (
            len(lead) <= 4
            or lead.rstrip().endswith((",", "that"))
            or _SHORT_OPENING.fullmatch(lead) is not None
            or all(word in title_words for word in lead.split())
        )

    def note_speaker(start: int, entity_id: str) -> None:
        """Remember the speaker of an attribution after a quotation ("“...,” X said", "“...,” said X").

        The closing mark stands in the same sentence, at most 40 characters before the speaker.
        """
        mark = speaker_marks.get(start)
        if mark is None or not sentence_starts:
            return
        advance(start)
        if sentence_index not in speaker_of_sentence and mark >= max(sentence_starts[sentence_index][0], start - 40):
            speaker_of_sentence[sentence_index] = entity_id

    def previous_speaker(start: int) -> str | None:
        """For a pronoun that opens its sentence: the attribution speaker of the sentence before.

        '“...,” Quintero said, “...”' then 'She told colleagues ...': the speaker is the one the
        next sentence goes on about, whoever was the subject of a sentence before the quotation.
        """
        if not speaker_of_sentence:
            return None
        advance(start)
        lead = text[sentence_starts[sentence_index][0] : start]
        if len(lead) > 4 and not lead.rstrip().endswith(","):
            return None
        return speaker_of_sentence.get(sentence_index - 1)

    def unknown_subject(start: int) -> bool:
        """Whether the pronoun's sentence opens with a subject no entity covers: "BetHarbour said it ..."."""
        if not sentence_starts:
            return False
        advance(start)
        sentence_start = sentence_starts[sentence_index][0]
        lead = _UNKNOWN_SUBJECT_LEAD.fullmatch(text, sentence_start, start)
        if lead is None or _LEAD_WORD.match(lead.group("name")) is not None:
            return False
        if history and history[-1][0] >= sentence_start:
            # A mention of this sentence came first: unknown still when it is the subject's name, read as a
            # person's by the name pass alone, and a body's written word stands before "it" ("JA Zenchu said
            # in a statement that it ..."): the statement stage makes a body of it.
            mention_start, entity_id, _, _ = history[-1]
            return (
                mention_start == lead.start("name")
                and guessed_person(entity_id)
                and _WRITTEN_WORD.search(text, lead.end("name"), start) is not None
            )
        return True

    def unknown_owner(start: int) -> str | None:
        """The body "its" stands for after a sentence's unknown subject and a cue: "Unite said its members ...".

        Only "its" tells that the subject is a body ("X said it" may be a person the text names so); the
        body is made here, with a mention, so that what follows "its" ("its members") is known to be its.
        Called after ``unknown_subject`` found the lead. The subject is one to three capitalised words no
        mention covers, none of them a word that opens a sentence or a given name, and a verb of speech comes
        after it.
        """
        sentence_start = sentence_starts[sentence_index][0]
        if history and history[-1][0] >= sentence_start:
            return None
        lead = _UNKNOWN_SUBJECT_LEAD.fullmatch(text, sentence_start, start)
        if lead is None:
            return None
        words = lead.group("name").split()
        verb = text[lead.end("name") :].split(maxsplit=1)[0]
        if len(words) > 3 or verb not in names.speech_forms or not names.not_names.isdisjoint(words):
            return None
        if words[0] in names.given_names:
            return None  # "Ana said its price ...": a person, whatever "its" is
        entity_id = ensure_org(draft, " ".join(words), rule="coref.unknown_subject")
        draft.add_mention(entity_id, lead.start("name"), lead.end("name"), "coref.unknown_subject")
        entity_type[entity_id] = draft.entities[entity_id].type
        role_fits.clear()  # a body made or renamed: what was read of the entities is read again
        return entity_id

    #: Bodies a mention of which another body punished ("fined Thames Water", "Thames Water was fined"):
    #: none of them oversees. The bodies called an overseer so far ("the watchdog"), no "company" after.
    sanctioned = (
        {
            mention.entity
            for mention in draft.mentions
            if _SANCTIONED_BEFORE.search(text, max(0, mention.span.start - 16), mention.span.start)
            or _SANCTIONED_AFTER.match(text, mention.span.end)
        }
        if any(verb in text for verb in _SANCTION_VERBS)  # both regexes need one; most texts have none
        else set()
    )
    overseers: set[str] = set()

    def sanctioner(start: int) -> str | None:
        """The body that punished another just before ``start``, whose name no mention covers: "Ofwat fined".

        The name is made a body here, with a mention, as "the watchdog" after it is.
        """
        matches = list(_SANCTIONER.finditer(text, max(0, start - _SANCTION_REACH), start))
        if not matches:
            return None
        return unknown_body(matches[-1], "coref.sanctioner")

    def commander(entity_id: str) -> str | None:
        """The body that told ``entity_id`` what to do where it was last named, when no name covered it.

        "Ofwat ordered Thames Water to cut bills. The regulator said": the firm ordered is the overseen, and
        the sentence's subject, one to three capitalised words before the verb, the overseer.
        """
        at = last_seen.get(entity_id, -1)
        found = _COMMANDER.fullmatch(text, sentence_start_of(at), at) if at > 0 else None
        return unknown_body(found, "coref.sanctioner") if found is not None else None

    def unknown_body(found: re.Match[str], rule: str) -> str | None:
        """The body named by ``found``'s "name" group, made here with a mention; None for no body's name."""
        words = found.group("name").split()
        if (
            _LEAD_WORD.fullmatch(words[0])
            or not names.not_names.isdisjoint(words)
            or words[0] in names.given_names
            or draft.mentions_in(found.start("name"), found.end("name"))
        ):
            return None
        entity_id = ensure_org(draft, " ".join(words), rule=rule)
        draft.add_mention(entity_id, found.start("name"), found.end("name"), rule)
        entity_type[entity_id] = draft.entities[entity_id].type
        role_fits.clear()
        return entity_id

    def guessed_person(entity_id: str) -> bool:
        entity = draft.entities[entity_id]
        return (
            entity.type == "person"
            and not entity.role
            and entity_id not in draft.genders
            and draft.explanations.get(entity_id, ("", ""))[0] == "entity.name"
        )

    # Entity types do not change during coreference (it adds mentions only); genders may.
    entity_type = {entity_id: entity.type for entity_id, entity in draft.entities.items()}
    named_people = {
        entity_id for entity_id, entity in draft.entities.items() if entity.type == "person" and is_named(entity.name)
    }
    #: Where a group's mention starts -> where it ends: a name it opens with ("EU officials") only says whose.
    group_ends = {
        mention.span.start: mention.span.end for mention in draft.mentions if entity_type[mention.entity] == "group"
    }
    genders = draft.genders

    def fits(entity_id: str, wanted: str) -> bool:
        """Whether a pronoun of class ``wanted`` may refer to the entity (type and known gender)."""
        if wanted in ("male", "female"):
            return entity_type[entity_id] == "person" and genders.get(entity_id, wanted) == wanted
        return entity_type[entity_id] in _PRONOUN_TYPES.get(wanted, ())

    def sentence_start_of(offset: int) -> int:
        return sentence_begins[max(0, bisect.bisect_right(sentence_begins, offset) - 1)]

    def resolve_pronoun(start: int, wanted: str, is_object: bool = False) -> str | None:
        """The nearest entity a pronoun of class ``wanted`` fits (a sentence subject first), checked inline.

        He and she take a named person before an unnamed one ("a Swedish official"): the unnamed
        person only when no named one fits. The sentence of the nearest fitting entity decides: a
        subject further back does not outrank it ("The speaker, Rui Matos, announced ... . The
        party's leader, Marta Quintela, ... . She ..."), except that for "it" and "they" a body named
        after a preposition there ("a complaint by the Guild") leaves the subject of the sentence
        before in the running. An object pronoun is never the subject of its own clause ("Banda
        calls her": not Banda).
        """
        nearest: str | None = None
        nearest_sentence_start = -1
        own_sentence_start = sentence_start_of(start)
        # A subject pronoun after a fronted phrase: "In a letter to the department, it said ...".
        after_fronted = not is_object and text[max(own_sentence_start, start - 4) : start].rstrip().endswith(",")
        participle = (
            is_object
            and wanted in ("thing", "plural")
            and _PARTICIPLE_BEFORE.search(text, max(own_sentence_start, start - 24), start)
        )
        unnamed: str | None = None
        person = wanted in ("male", "female")
        types = _PRONOUN_TYPES.get(wanted, ())
        for mention_start, entity_id, subject, mention_end in reversed(history[-_LOOK_BACK:]):
            if start - mention_start > _WINDOW:
                break
            if mention_start in adjectives and entity_type[entity_id] != "group":
                continue  # "Italian output fell 31%, it said": "it" is no country named by its adjective
            if nearest is not None and mention_start < nearest_sentence_start:
                break
            if mention_start >= own_sentence_start:
                if is_object and start - mention_end <= _CLAUSE_REACH and _same_clause(text, mention_end, start):
                    continue
                if after_fronted and _after_preposition(text, mention_start):
                    continue  # "In a letter to the department, it said": the department does not speak
                if participle and subject:
                    continue  # ", accusing them of": the participle's subject is the sentence's, not "them"
            elif participle:
                break  # and its object is named in its own sentence, before it, or coreference cannot tell
            if person:
                if entity_type[entity_id] != "person" or genders.get(entity_id, wanted) != wanted:
                    continue
                if entity_id not in named_people:
                    unnamed = unnamed or entity_id
                    continue
            elif entity_type[entity_id] not in types:
                continue
            if subject or (mention_start in clause_subjects and mention_start >= own_sentence_start):
                return entity_id
            if nearest is None:
                nearest = entity_id
                nearest_sentence_start = sentence_start_of(mention_start)
                if not person and mention_start < own_sentence_start and _after_preposition(text, mention_start):
                    # "X was fined. The fine followed a complaint by the Guild. In a statement, it ...": a body
                    # named after a preposition in a sentence whose subject is no one leaves the subject of the
                    # sentence before it in the running.
                    nearest_sentence_start = sentence_start_of(max(0, nearest_sentence_start - 1))
        return nearest or unnamed

    def age_unknown_referent(start: int, given_age: set[str]) -> str | None:
        """The person "the 61-year-old" at ``start`` is when the text gave no one that age.

        The named person a pronoun would be (a sentence subject first), given no other age and named
        at most two sentences before, or further back with only quoted sentences between: that
        person's own words ('"...," Holm said. "..." The 61-year-old ...'). Sentences on other
        matters between leave the age to no one.
        """
        entity_id = resolve(start, lambda candidate: candidate in named_people and candidate not in given_age)
        if entity_id is None:
            return None
        here = bisect.bisect_right(sentence_begins, start) - 1
        there = bisect.bisect_right(sentence_begins, last_seen.get(entity_id, -1)) - 1
        if here - there <= 2:
            return entity_id
        if here - there > _QUOTED_REACH:
            return None
        for index in range(there + 1, here):
            begin = sentence_begins[index]
            if draft.quote_at(begin) is None and draft.quote_at(begin + 1) is None:
                return None
        return entity_id

    #: Role phrase ("the company") -> whether it may stand for each entity asked about. The search walks back
    #: over the same few entities for every role noun, and the answer depends on the entity and the phrase alone.
    role_fits: dict[str, _Answers] = {}

    def fits_role(phrase: str) -> Callable[[str], bool]:
        """Whether "the <noun>" (``phrase``) may stand for an entity: of a fitting kind and type, read once each."""
        answers = role_fits.get(phrase)
        if answers is None:
            noun = phrase.removeprefix("the ")
            answers = role_fits[phrase] = _Answers(
                lambda candidate: (
                    _kind_fits(described_kinds.get(candidate), noun, names.body_kinds)
                    and not _named_no_business(draft.entities[candidate].name, noun)
                    and not (candidate in overseers and noun in BUSINESS_NOUNS)
                    and not (candidate in sanctioned and noun in _OVERSEERS)
                    and _fits_role_noun(draft, key_of, candidate, phrase, coref)
                )
            )
        return answers.__getitem__

    def resolve(start: int, accept: Any) -> str | None:
        nearest: str | None = None
        for mention_start, entity_id, subject, _ in reversed(history[-_LOOK_BACK:]):
            if start - mention_start > _WINDOW:
                break
            if not accept(entity_id):
                continue
            if subject:
                return entity_id
            if nearest is None:
                nearest = entity_id
        return nearest

    #: The entity of the mention starting at an offset (the first found there): the owner in "the president of X".
    entity_at: dict[int, str] = {}
    for mention in draft.mentions:
        entity_at.setdefault(mention.span.start, mention.entity)

    def holds_role_at(candidate: str, owner: str) -> bool:
        """Whether the person ``candidate`` is affiliated with ``owner``, or from the country it is."""
        person = draft.entities[candidate]
        body = draft.entities[owner]
        if person.affiliation is not None:
            affiliated = draft.entities.get(person.affiliation)
            if person.affiliation == owner or (
                affiliated is not None and norm(affiliated.name).rstrip(".") == norm(body.name).rstrip(".")
            ):
                return True
        return body.type == "country" and body.country is not None and person.country == body.country

    with draft.many_mentions():  # no mention look-ups below: the index takes the new ones in at the end
        last_end = -1
        group_subject_at = -1  # where the subject that opens a group's mention ("EU officials") starts
        for start, kind, end, value in events:
            if kind == 0:
                if entity_type[value] == "person" and (
                    text.startswith(",", end) or text.endswith("-year-old ", 0, start)
                ):
                    age = _AGE_AFTER_NAME.match(text, end) or _AGE_BEFORE_NAME.search(text, max(0, start - 20), start)
                    if age is not None:
                        aged["age " + age.group("age")] = value
                if names.surface.get(text[start:end], ("", ""))[1] == "demonym" and _NOUN_AFTER.match(text, end):
                    adjectives.add(start)
                subject = is_subject(start, possessor_at(end))
                if group_ends.get(start, -1) >= end:
                    # "EU officials fined Vantor. It said": the officials and the EU that opens them share the
                    # subject (whichever came first took it), but the EU only says whose they are: no "it".
                    subject = subject or start == group_subject_at
                    if subject:
                        group_subject_at = start
                    if group_ends[start] > end:
                        adjectives.add(start)
                history.append((start, value, subject, end))
                if start in speaker_marks:
                    note_speaker(start, value)
                last_seen[value] = start
                if end > last_end:
                    last_end = end
                continue
            if start < last_end:
                continue  # inside a mention already found (a title, a name)
            if kind == 1:
                people = surname_people.get(value)
                entity_id: str | None
                if people and len(people) > 1:
                    # "Cruz" with Ted Cruz and Rafael Cruz in the text: the one mentioned last.
                    entity_id = max(reversed(people), key=lambda person: last_seen.get(person, -1))
                else:
                    entity_id = tokens.get(value)
                if entity_id is not None:
                    draft.add_mention(entity_id, start, end, "coref.surname")
                    history.append((start, entity_id, is_subject(start, possessor_at(end)), end))
                    if start in speaker_marks:
                        note_speaker(start, entity_id)
                    last_seen[entity_id] = start
                continue
            if draft.quote_at(start) is not None:
                continue  # inside a quotation, pronouns belong to the speaker's world
            if kind == 2:
                if _NAME_AFTER.match(text, end):
                    continue  # "the broadcaster DR", "the daily Kommersant": the noun describes the name after it
                if value.startswith("age "):
                    # "The 54-year-old said ...": the person the text gave that age. With no one given it, the
                    # person written about just before, given no other age (see ``age_unknown_referent``).
                    entity_id = aged.get(value) or age_unknown_referent(start, set(aged.values()))
                    if entity_id is not None:
                        draft.add_mention(entity_id, start, end, "coref.role_noun")
                        history.append((start, entity_id, is_subject(start, possessor_at(end)), end))
                        last_seen[entity_id] = start
                    continue
                phrase = value
                noun = phrase.removeprefix("the ")
                owner_lead = _OWNER_AFTER.match(text, end) if phrase in coref.person_role_nouns else None
                if owner_lead is not None:
                    # "the president of Brazil", "the chief executive of Acme": the person whose role is at that
                    # body or country, not the nearest president; with no entity there, no one known.
                    owner = entity_at.get(owner_lead.end())
                    if owner is None:
                        continue
                    entity_id = resolve(
                        start,
                        lambda candidate, phrase=phrase, owner=owner: (
                            _fits_role_noun(draft, key_of, candidate, phrase, coref) and holds_role_at(candidate, owner)
                        ),
                    )
                    if entity_id is not None:
                        draft.add_mention(entity_id, start, end, "coref.role_noun")
                        history.append((start, entity_id, is_subject(start, possessor_at(end)), end))
                        last_seen[entity_id] = start
                    continue
                described = described_as.get(noun)
                # A body the text described with this very noun comes first ("Kovalis, a health insurer, ...
                # the insurer"); else the nearest body of a fitting type, but not one the text described as
                # another kind of body ("the company" is not the regulator described as one).
                entity_id = (described and resolve(start, described.__contains__)) or resolve(start, fits_role(phrase))
                if entity_id is None and noun in _OVERSEERS:
                    # "Ofwat fined Thames Water. The watchdog said": not the body fined (see ``fits_role``) but
                    # the one that fined it, made here when no pass knew its name.
                    entity_id = sanctioner(start)
                if entity_id is not None and noun in _OVERSEERS and entity_id not in overseers:
                    # "Ofwat ordered Thames Water to ...": not the body ordered but the one that ordered it.
                    entity_id = commander(entity_id) or entity_id
                    overseers.add(entity_id)  # "the watchdog" is no "the company" after it
                    role_fits.clear()
                if entity_id is not None:
                    draft.add_mention(entity_id, start, end, "coref.role_noun")
                    history.append((start, entity_id, is_subject(start, possessor_at(end)), end))
                    last_seen[entity_id] = start
                continue
            wanted = _PRONOUN_CLASS[value]
            if wanted == "thing" and value == "it" and _EXPLETIVE.match(text, end):
                continue
            if text[end : end + 1] in ("'", "’") and (
                value in _POSSESSIVE_PRONOUNS
                or value in ("him", "her")
                or (value == "it" and not _IT_CONTRACTED.match(text, end))
            ):
                continue  # "It's clear that ...": no subject; "his's" is no word
            if wanted in ("thing", "plural") and unknown_subject(start):
                owner = unknown_owner(start) if value == "its" else None
                if owner is not None:
                    draft.add_mention(owner, start, end, "coref.pronoun")
                    history.append((start, owner, False, end))
                    last_seen[owner] = start
                continue
            speaker = previous_speaker(start)
            if speaker is not None and fits(speaker, wanted):
                entity_id = speaker
            else:
                entity_id = resolve_pronoun(start, wanted, _is_object(text, value, start, end))
            if entity_id is None:
                continue
            if value == "its" and entity_type[entity_id] == "country" and _BODY_ROLE_AFTER.match(text, end):
                # "Norvik Mining raised its target. Kazakhstan supplies uranium. Its chairman said": a chairman
                # is a body's, not a country's: the body named in the sentence before the country's.
                body = resolve(start, lambda candidate: entity_type[candidate] == "organization")
                country_sentence = sentence_start_of(last_seen.get(entity_id, start))
                if body is not None and last_seen[body] >= sentence_start_of(max(0, country_sentence - 1)):
                    entity_id = body
            if wanted in ("male", "female"):
                draft.genders.setdefault(entity_id, wanted)
            draft.add_mention(entity_id, start, end, "coref.pronoun")
            history.append((start, entity_id, is_subject(start, value in _POSSESSIVE_PRONOUNS or value == "her"), end))
            if start in speaker_marks:
                note_speaker(start, entity_id)
            last_seen[entity_id] = start
