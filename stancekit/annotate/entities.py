"""Stage 3: entities and their mentions.

Rules, each a rule id in provenance and ``--explain``:

- ``entity.gazetteer``: a name, alias or demonym of a pack entity (countries
  with capitals and seats of government, organisations, groups), case
  sensitive, longest match first: one radix-tree regex over the whole text.
- ``entity.title``: a person named after a title or role, with what stands
  before the title as affiliation and country: "Chinese Foreign Ministry
  spokeswoman Mao Ning" is a person with role spokeswoman, affiliated with
  the Chinese Foreign Ministry (a government body of China).
- ``entity.organization`` / ``entity.government``: a capitalised name with an
  organisation head word (Association, Exchange, Ministry, ...); with a
  country before it and a government head it is a government body.
- ``entity.name``: a run of two to four capitalised name words, a person.
- ``entity.apposition``: "Wang Lei, a spokesman for the ministry," gives Wang
  Lei a role and an affiliation; "Brennwater, the water regulator," makes an
  organisation of the name and notes its kind for "the regulator".
- ``entity.descriptor``: "the metalworkers' union UILM": an acronym after
  the noun of a body's kind is an organisation of that kind ("the union").
- ``entity.possessive``: "Ghana's trade ministry", "Uruguay's president",
  "Marina Coelho's spokesman": an organisation or a person belonging to the
  possessor.
- ``entity.unnamed_role``: "a State Department spokesman", a person known by
  role only.
- ``entity.group``: unnamed sources ("officials familiar with the talks",
  "diplomats") as group entities.

Everything is found by a handful of regex passes over the text; Python runs
per match, never per word or per mention pair.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

from stancekit.annotate._lex import (
    NUMBER_WORDS,
    UPPER,
    after_the,
    find_word_spans,
    inflect,
    last_space,
    trie_pattern,
    words_prefix_regex,
)
from stancekit.annotate._words import text_words
from stancekit.annotate.draft import Draft
from stancekit.model import Entity, Mention

__all__ = ["EntityRules", "ensure_group", "ensure_name", "ensure_org", "ensure_person", "name_kind", "norm", "run"]

_TOKEN = rf"[{UPPER}][\w\-’'.]*"
#: A dotted abbreviation ("U.N.", "U.S.", "E.U.") or a capitalised word without periods.
_DOTTED = rf"[{UPPER}]\.(?:[{UPPER}]\.)+"
_NAME_WORD = rf"(?:{_DOTTED}|[{UPPER}][\w\-’']*)"
#: Small words inside a name; "&" joins the names of a firm's founders ("Procter & Gamble", "Marks & Spencer").
_CONNECTOR = r"(?:of|for|and|&|the|de|du|del|della|da|di|do|dos|van|von|der|den|bin|ibn|al|el|la|le|y)"
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIAL = re.compile(rf"[{UPPER}]\.")
_COMMA_SPACE = re.compile(r",?[ \t]+")


@functools.lru_cache(maxsize=8192)
def norm(name: str) -> str:
    """A key for an entity name: lower case, no leading 'the', one space (the same names recur: cached)."""
    name = " ".join(name.split()).lower().replace("’", "'")
    return name.removeprefix("the ").removeprefix("a ").removeprefix("an ").removesuffix("'s")


class EntityRules:
    """The entity lexicons of a rule set, compiled once."""

    def __init__(self, rules: Any) -> None:
        records = rules.entities()
        self.records = {record["key"]: record for record in records}
        self.surface: dict[str, tuple[str, str]] = {}
        for record in records:
            for kind, names in (
                ("name", [record["name"]]),
                ("alias", record.get("aliases") or ()),
                ("demonym", record.get("demonyms") or ()),
            ):
                for name in names:
                    if name and (name not in self.surface or kind == "name"):
                        self.surface[name] = (record["key"], kind)
                    if name.startswith("the ") and name[4:5].isupper():
                        self.surface.setdefault(name[4:], (record["key"], kind))
        self.gazetteer = words_prefix_regex(self.surface)
        titles = rules.section("titles")
        self.titles: dict[str, tuple[str | None, str | None]] = {}
        for title in titles:
            self.titles[title["text"]] = (title.get("role", title["text"].lower()), title.get("gender"))
        self.modifiers = frozenset(rules.section("title_modifiers"))
        #: Lower-case words between an article and a body's name before a member's role: "a **senior** Western
        #: diplomat", "a **veteran** EU negotiator".
        self.role_modifiers = frozenset(
            word for word in [*self.modifiers, *rules.section("holder_modifiers")] if word[:1].islower()
        )
        self.abbreviations = frozenset(rules.section("abbreviations")) | frozenset(rules.section("final_abbreviations"))
        self.org_heads = frozenset(rules.section("organization_heads"))
        self.gov_heads = frozenset(rules.section("government_heads"))
        self.org_nouns = frozenset(rules.section("organization_nouns"))
        #: "the daily Kommersant", "the ride-hailing firm Bolt": a name after one of these is an organisation's.
        self.org_descriptors = frozenset(rules.section("organization_descriptors"))
        #: The last two characters of each descriptor, which the two before a name must be ("after_descriptor");
        #: None when a descriptor is shorter (no test then).
        self.descriptor_ends = (
            frozenset(word[-2:] for word in self.org_descriptors)
            if all(len(word) >= 2 for word in self.org_descriptors)
            else None
        )
        #: The forms of the packs' cues of speech ("said", "reported"): a name before one speaks.
        speech = [cue for cue in rules.section("cues") if cue.get("kind", "speech") == "speech"]
        self.speech_forms = frozenset(
            [form for cue in speech for form in cue.get("forms", ())]
            + [form for cue in speech for verb in cue.get("verbs", ()) for form in inflect(verb)]
        )
        self.not_names = frozenset(rules.section("not_names")) | frozenset(rules.section("sentence_starters"))
        self.particles = frozenset(rules.section("person_particles"))
        # A given name listed under both genders (by one pack or by two) tells nothing.
        given: dict[str, set[str]] = {}
        for entry in rules.section("given_names"):
            for given_name in entry["names"]:
                given.setdefault(given_name, set()).add(entry["gender"])
        #: Every given name of the packs, whatever gender it tells: "Hillary Clinton aide" is a person's aide.
        self.given_names = frozenset(given)
        #: "Daniel" -> "male", "Lucia" -> "female": what a person's first name says to the pronouns.
        self.given_genders = {given_name: min(kinds) for given_name, kinds in given.items() if len(kinds) == 1}
        # Words that start a sentence or a phrase but never an organisation's name ("The", "For", "When").
        self.leading = frozenset(rules.section("sentence_starters")) | frozenset(
            word for word in self.not_names if word.lower() in _FUNCTION_WORDS or word.endswith(".")
        )
        # Documents and numbers ("polls", "data") may be sources, but they are no group of people.
        #: Documents and numbers a statement may come from: "poll", "survey", "report", "study".
        self.evidence_nouns = frozenset(rules.section("evidence_nouns"))
        not_groups = self.evidence_nouns | _NOT_GROUP_PEOPLE
        self.group_nouns = frozenset(
            word for word in rules.section("unnamed_sources") if word.endswith("s") and word not in not_groups
        )
        #: Every noun that names an organisation ("company", "regulator"), and those with the groups' ("residents").
        self.org_words = self.org_nouns | self.org_descriptors
        self.org_or_group_words = self.org_words | self.group_nouns
        name = rf"{_TOKEN}(?:[ \t]+(?:(?:{trie_pattern(self.particles)})[ \t]+)?{_TOKEN}){{0,3}}"
        #: The first words of the titles: where a title may start inside a capitalised run.
        self.title_starts = frozenset(title.split()[0] for title in self.titles)
        #: The titles' words up to a first space or tab, as a title is matched in the text (``_role_and_name_after``).
        self.title_first_words = frozenset(re.split(r"[ \t]", title, maxsplit=1)[0] for title in self.titles)
        self.title_name = re.compile(
            rf"(?P<title>{trie_pattern(self.titles)})(?:[ \t]+(?P<title2>{trie_pattern(self.titles)}))?"
            rf"[ \t]+(?P<name>{name})"
        )
        # Runs of two or more capitalised words; a lone capitalised word is read by coreference.
        # The look-behind keeps the engine from trying every letter of a long capitalised word
        # ("AAAA...", "A'A'A'..."): each try would scan to the word's end, quadratic in its length.
        # The look-behind sits after the first letter, so that the pattern starts with a character set
        # and the engine skips straight to capital letters. After a space the next capitalised word is
        # tried before the connectors ("of", "de", ...): no connector is capitalised, so the order finds
        # the same runs, and a run going on with a capitalised word no longer tries every connector first.
        self.capseq = re.compile(
            rf"[{UPPER}](?<![\w’'].)[\w\-’'.&]*"
            rf"(?:[ \t]+(?:{_TOKEN}|(?:(?:of|for)[ \t]+the|{_CONNECTOR})[ \t]+{_TOKEN}))+"
        )
        person_roles = [title for title, (role, _) in self.titles.items() if role and title[:1].islower()]
        self.role_words = frozenset(person_roles)
        possessed = set(self.org_nouns) | set(person_roles)
        after_apostrophe = (
            r"s?[ \t]+(?P<mods>(?:[a-z][\w\-]*[ \t]+){0,2}?)(?P<noun>" + trie_pattern(possessed) + r")(?![\w])"
        )
        # One regex per apostrophe: the engine finds a pattern's one first character by a fast search,
        # while a set of two it tries at every character of the text. A match holds no apostrophe past
        # its first character (nouns with one keep a single regex), so the two regexes' matches, in
        # text order, are those one regex would find.
        openings = ["['’]"] if any("'" in noun or "’" in noun for noun in possessed) else ["'", "’"]
        self.possessives = [re.compile(opening + after_apostrophe) for opening in openings]
        self.apposition = re.compile(
            r",[ \t]+(?:(?:a|an|the|its|his|her|their)[ \t]+)?(?P<mods>(?:[\w\-’'.]+[ \t]+){0,3}?)(?P<role>"
            + trie_pattern(self.titles)
            + rf")(?:[ \t]+(?:for|of|at|with|to)[ \t]+(?P<org>(?:{_DOTTED}|[^,.;()]){{1,80}}))?(?=[,.;)])"
        )
        # "the RMT union", "the 3F union", "the Biden campaign": a name, then a noun saying what body it is,
        # maybe with up to two words in lower case between ("the Veneto regional government").
        # The pattern starts with the literal "he", which the engine finds fast; ``after_the`` checks the
        # "T" or "t" before it and the word start (a look-behind first would be tried at every position).
        named_body = (
            r"he[ \t]+(?P<name>["
            + UPPER
            + r"0-9][\w&\-]*)[ \t]+(?P<mods>(?:[a-z][\w\-]*[ \t]+){0,2}?)(?P<noun>%s)(?![\w\-’'])"
        )
        self.named_body = re.compile(named_body % trie_pattern(self.org_words))
        #: The same with the organisation nouns alone, for a name that is no place ("the AP news agency").
        self.named_body_own = re.compile(named_body % trie_pattern(self.org_nouns))
        #: The nouns after a demonym or "<place>-based" that make a body of its own, not the country: "the Dutch
        #: company", "the Austrian federation", "the Berlin-based institute". A government's nouns ("the Chinese
        #: government", "the Chinese foreign ministry") and the state's forces stay the country's.
        self.described_body_nouns = self.org_words - self.gov_heads - _STATE_NOUNS
        #: The noun of a body after a name of several words: "the Binh Dinh provincial fishing association".
        self.body_after_name = re.compile(
            r"[ \t]+(?P<mods>(?:[a-z][\w\-]*[ \t]+){0,2}?)(?P<noun>" + trie_pattern(self.org_nouns) + r")(?![\w\-’'])"
        )
        #: "a State Department spokesman", "a Kremlin source": a person known by a role in a named body.
        self.unnamed_role_words = frozenset(rules.section("member_roles"))
        #: Roles of people who work for a body, named or not: "a paramedic", "a nurse", "a spokesman".
        self.worker_roles = self.unnamed_role_words | frozenset(rules.section("unnamed_roles"))
        self.unnamed_role = re.compile(
            r"(?P<role>" + trie_pattern(self.unnamed_role_words) + r")(?![\w])(?![ \t]+[" + UPPER + r"])"
        )
        self.group_words = frozenset(self.group_nouns | {noun[:1].upper() + noun[1:] for noun in self.group_nouns})
        # "Kovalis, one of Norway's biggest insurers,", "Brennwater, the water regulator,": a body and the
        # noun of its kind in apposition. Up to five words before the noun, none of them a word that opens a
        # phrase of its own ("the head of the bank", "a lawyer for the firm" describe a person).
        #: The nouns that say what kind of body one is: "insurer", "regulator", "alliance".
        self.body_kinds = body_kinds = self.org_descriptors | frozenset(rules.section("collective_heads"))
        self.body_apposition = re.compile(
            r",[ \t]+(?:(?:a|an|the)[ \t]+|one[ \t]+of[ \t]+(?:the[ \t]+)?)"
            r"(?P<words>(?:(?!(?:of|at|for|to|with|from|by|and|or|in|on|who|which|whose)[ \t])[\w\-’'.]+[ \t]+){0,5}?)"
            r"(?P<noun>" + trie_pattern(body_kinds) + r")(?:s|es)?"
            r"(?=[ \t]*[,.;:)—–]|[ \t]+(?:in|for|that|which|based|with|owned|founded|run)[ \t])"
        )
        # One scan finds where titles, unnamed roles and group nouns start; each pass then matches there.
        # Plural heads of actors the stance pack lists ("states", "countries", "unions"), for subjects
        # that open a sentence: "Small island states pushed for ...", "Several unions opposed ...".
        subject_heads = {
            noun
            for pack in getattr(rules, "packs", ())
            if isinstance(pack, dict) and isinstance(pack.get("stance_cues"), dict)
            for kind, nouns in (pack["stance_cues"].get("holder_nouns") or {}).items()
            if kind in ("group", "organization")
            for noun in nouns
            if noun.islower() and noun.endswith("s") and not noun.endswith(("ss", "us")) and noun not in not_groups
        } - self.group_nouns
        self.subject = re.compile(
            rf"[\"“‘']?(?P<words>[{UPPER}][a-z][\w\-]*(?:[ \t]+[a-z][\w\-]*){{0,3}}?)[ \t]+"
            rf"(?P<head>{trie_pattern(subject_heads)})(?![\w\-])"
        )
        # Lower-case heads of bodies named by their members ("the least developed countries group").
        self.body_nouns = frozenset(rules.section("collective_heads"))
        #: "Mainland China", "Soviet Russia", "Say China ...": words before a country's name that make no body of it.
        self.country_modifiers = frozenset(rules.section("country_modifiers")) | _COUNTRY_OPENERS
        self.subject_heads = frozenset(subject_heads)
        #: Roles one person holds, in lower case, that "the" and a place or body before make a person known by
        #: the role alone: "the Texas governor", "the French president" (the packs' definite descriptions of
        #: people, "the governor"; not the roles of many, "a Kremlin spokesman", read above).
        person_descriptions = [item["text"] for item in rules.section("role_nouns") if item["types"] == ["person"]]
        self.office_words = frozenset(
            phrase.removeprefix("the ") for phrase in person_descriptions if phrase.startswith("the ")
        ).difference(self.unnamed_role_words)
        self.scan = words_prefix_regex(
            set(self.titles)
            | self.group_words
            | self.unnamed_role_words
            | self.body_nouns
            | self.subject_heads
            | self.office_words
            | self.body_kinds
        )
        self.hit_kinds: dict[str, int] = {}
        for scanned, bit in (
            (self.unnamed_role_words, _ROLE_HIT),
            (self.group_words, _GROUP_HIT),
            (self.body_nouns, _BODY_HIT),
            (self.subject_heads, _SUBJECT_HIT),
            (self.office_words, _OFFICE_HIT),
            (frozenset(kind for kind in self.body_kinds if kind.islower()), _DESCRIPTOR_HIT),
        ):
            for word in scanned:
                self.hit_kinds[word] = self.hit_kinds.get(word, 0) | bit
        self.groups = re.compile(
            r"(?P<head>"
            + trie_pattern(self.group_words)
            + r")(?![\w])(?P<post>(?:[ \t]+(?:"
            + trie_pattern(rules.section("source_modifiers"))
            + r")[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
            # A capitalised name goes on to its last word: "officials in Western Europe", "of the West Bank",
            # over dotted abbreviations, "of" and "&": "officials at the U.N. Security Council", "at the Bank of
            # Japan", "staff at Procter & Gamble".
            + rf"(?:{_NAME_WORD}(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|&[ \t]+)?{_NAME_WORD})*|[\w\-’']+))?)"
            # "delegates from clubs in western Norway": the place of the people after them, kept by ``_group``
            # only after a plural in lower case.
            + r"(?P<tail>[ \t]+(?:in|at|near|from|across)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?"
            + rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD})*)?"
        )


_ARTICLES = frozenset(["a", "an", "the", "A", "An", "The"])
#: A word of the one scan of titles and nouns: its (start, end, words).
_Hit = tuple[int, int, str]
#: What a word of the one scan of titles and nouns starts (titles are told by ``EntityRules.titles``).
_ROLE_HIT, _GROUP_HIT, _BODY_HIT, _SUBJECT_HIT, _OFFICE_HIT, _DESCRIPTOR_HIT = 1, 2, 4, 8, 16, 32

_FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "but",
        "and",
        "or",
        "so",
        "yet",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "as",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "by",
        "of",
        "to",
        "into",
        "over",
        "under",
        "about",
        "against",
        "between",
        "during",
        "without",
        "within",
        "although",
        "though",
        "because",
        "despite",
        "however",
        "meanwhile",
        "still",
        "also",
        "then",
        "now",
        "last",
        "next",
        "asked",
        "according",
        "speaking",
        "some",
        "many",
        "most",
        "several",
        "other",
        "others",
        "all",
        "both",
        "each",
        "every",
        "no",
        "not",
        "what",
        "who",
        "why",
        "how",
        "where",
        "which",
        "whether",
        "will",
        "would",
        "can",
        "could",
        "should",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "yesterday",
        "tomorrow",
        "please",
        "yes",
        "oh",
        "well",
        "even",
        "just",
        "only",
        "such",
        "like",
        "unlike",
        "among",
        "amid",
        "until",
        "through",
        "throughout",
        "across",
        "along",
        "around",
        "behind",
        "beyond",
        "near",
        "off",
        "out",
        "up",
        "down",
        "once",
        "again",
        "already",
        "never",
        "always",
        "often",
        "perhaps",
        "maybe",
        "indeed",
        "instead",
        "thus",
        "therefore",
        "overall",
        "earlier",
        "later",
        "soon",
        "finally",
        "first",
        "second",
        "third",
        *NUMBER_WORDS,
        "read",
        "watch",
        "click",
        "see",
        "photo",
        "video",
        "image",
    ]
)

#: "people familiar with the matter": anyone at all, no group; nor are the ``evidence_nouns`` of the packs.
_NOT_GROUP_PEOPLE = frozenset(["people"])
#: Verbs that take a group and a bare infinitive after "to": "a plan to let workers retire".
_CAUSATIVES = frozenset({"let", "help", "allow", "make", "force", "get", "keep", "hire", "pay", "train", "retrain"})


def _verb_after(before: str, word: str) -> bool:
    """Whether ``word`` after ``before`` is a verb: "which represents", "to let"; not "to dairy", "that local"."""
    if before in ("who", "which", "that"):
        return word.endswith("s") and not word.endswith("ss")  # a finite verb: "which represents"
    return before == "to" and word in _CAUSATIVES


_GROUP_LEFT_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "several",
        "many",
        "most",
        "other",
        *NUMBER_WORDS[1:],
        "dozens",
        "hundreds",
        "thousands",
        "of",
        "her",
        "his",
        "their",
        "its",
        "our",
        "and",
        "or",
        "but",
        "said",
        "say",
        "says",
        "told",
        "that",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "who",
        "which",
        "whom",
        "these",
        "those",
        "this",
        "all",
        "both",
        # Conjunctions and prepositions the function words above leave out: "whereas East Asian diplomats".
        "whereas",
        "whilst",
        "unless",
        "nor",
        "than",
        "including",
        "except",
        "via",
        "per",
        "toward",
        "towards",
        "upon",
        "onto",
        "inside",
        "outside",
    ]
)


def rules_for(draft: Draft) -> EntityRules:
    return draft.rules.memo("entities", lambda: EntityRules(draft.rules))


# -- entity registry -------------------------------------------------------------


def _gazetteer_entity(draft: Draft, rules: EntityRules, key: str, words: str) -> str:
    known = draft.entity_keys.get(key)
    if known is not None:
        return known
    record = rules.records[key]
    entity = Entity(
        id=draft.new_id("e"),
        name=record["name"],
        type=record["type"],
        country=record.get("country"),
        kb_id=record.get("kb_id", key),
        role=record.get("role"),
    )
    draft.add_entity(entity, rule="entity.gazetteer", words=words)
    draft.entity_keys[key] = entity.id
    if record.get("gender"):
        draft.genders[entity.id] = record["gender"]
    affiliation = record.get("affiliation")
    if affiliation in rules.records and affiliation != key:
        draft.replace_entity(attrs.evolve(entity, affiliation=_gazetteer_entity(draft, rules, affiliation, words)))
    return entity.id


def ensure_person(
    draft: Draft,
    name: str,
    *,
    rule: str,
    role: str | None = None,
    gender: str | None = None,
    affiliation: str | None = None,
    country: str | None = None,
    named: bool = True,
) -> str:
    """The person entity called ``name``, created or completed; a lone surname joins the full name.

    ``named=False`` for a person known by an office alone ("Secretary of State"): its words refer to
    no one when they stand alone.
    """
    key = "person:" + norm(name)
    entity_id = draft.entity_keys.get(key)
    if entity_id is None:
        stripped = name.strip()
        if " " not in stripped:
            entity_id = draft.scratch.setdefault("name_tokens", {}).get(stripped)
    # An acronym is in capitals (``_ACRONYM``): other names skip the look-up of the rules.
    acronym = entity_id is None and name.isupper() and draft.rules is not None
    if acronym and _acronym_body(draft, rules_for(draft), name):
        return ensure_org(draft, name, rule=rule)  # "UILM said", "FIOM-CGIL called a strike": a body
    if entity_id is None:
        entity_id = draft.new_id("e")
        draft.add_entity(Entity(entity_id, name, "person", (), country, None, role, affiliation), rule=rule, words=name)
        # A person known by a role ("senior Kenyan diplomat", "Marina Lopes's spokesman") has no name of
        # their own: its capitalised words belong to a body or to someone else, and refer to neither person.
        if named and name.split()[-1][:1].isupper():
            _note_name_words(draft, name, entity_id)
    else:
        entity = draft.entities[entity_id]
        if entity.type != "person" and rule != "entity.name":
            return entity_id
        changes: dict[str, Any] = {}
        if role and not entity.role:
            changes["role"] = role
        if affiliation and not entity.affiliation and affiliation != entity_id:
            changes["affiliation"] = affiliation
        if country and not entity.country:
            changes["country"] = country
        if changes:
            draft.replace_entity(attrs.evolve(entity, **changes))
    draft.entity_keys.setdefault(key, entity_id)
    if gender and entity_id not in draft.genders:
        draft.genders[entity_id] = gender
    return entity_id


#: Three or more capitals ("UILM", "NRK"), or capitals joined by hyphens ("FIOM-CGIL", "FIM-CISL").
_ACRONYM = re.compile(rf"[{UPPER}]{{3,}}(?:-[{UPPER}]{{2,}})*|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})+")


def _acronym_body(draft: Draft, rules: EntityRules, name: str) -> bool:
    """Whether ``name`` is an acronym, which names a body (a union, a broadcaster, a party), not a person.

    Not a title written in capitals ("CEO", "MEP"), a gazetteer name (the gazetteer's entity is read
    there: "NATO"), nor a word the text knows as a person's name.
    """
    return (
        name.isupper()  # what the regex asks first, as a string test (few names are in capitals)
        and _ACRONYM.fullmatch(name) is not None
        and name not in rules.titles
        and name not in rules.surface
        and name not in draft.scratch.get("name_tokens", {})
    )


def _note_name_words(draft: Draft, name: str, entity_id: str) -> None:
    """Let coreference find the person by the first or last word of their name alone ("Putin", "Mao")."""
    scratch = draft.scratch
    tokens = scratch.get("name_tokens")
    if tokens is None:
        tokens = scratch["name_tokens"] = {}
    parts = [part for part in name.replace(".", ". ").split() if len(part) > 2 and part[:1].isupper()]
    if parts:
        tokens[parts[0]] = entity_id
        tokens[parts[-1]] = entity_id
    if len(parts) >= 2:
        # Everyone named with a first name and this surname: coreference picks the most recent.
        people = scratch.get("surname_people")
        if people is None:
            people = scratch["surname_people"] = {}
        same = people.get(parts[-1])
        if same is None:
            people[parts[-1]] = [entity_id]
        else:
            same.append(entity_id)
    last = name.split()[-1]
    if "-" in last:
        tokens.setdefault(last.split("-")[0], entity_id)


def ensure_org(
    draft: Draft,
    name: str,
    *,
    rule: str,
    kind: str = "organization",
    country: str | None = None,
    affiliation: str | None = None,
    key_name: str | None = None,
) -> str:
    """The organisation (or government body) called ``name``; the same name without its country joins it."""
    key = "org:" + norm(key_name or name)
    entity_id = draft.entity_keys.get(key)
    if entity_id is not None and key_name and country:
        known_country = draft.entities[entity_id].country
        if known_country and known_country != country:
            # "the Indian Commerce Ministry ... the Chinese Commerce Ministry": two countries' bodies, not one.
            key = "org:" + norm(name)
            entity_id = draft.entity_keys.get(key)
    if entity_id is not None:
        entity = draft.entities[entity_id]
        changes: dict[str, Any] = {}
        if country and not entity.country:
            changes["country"] = country
        if affiliation and not entity.affiliation and affiliation != entity_id:
            changes["affiliation"] = affiliation
        if kind == "government" and entity.type == "organization":
            changes["type"] = kind
        if len(name) > len(entity.name) and norm(name).endswith(norm(entity.name)):
            changes["name"] = name
        if changes:
            draft.replace_entity(attrs.evolve(entity, **changes))
        return entity_id
    entity = Entity(
        id=draft.new_id("e"),
        name=name,
        type=kind,  # type: ignore[arg-type]
        country=country,
        affiliation=affiliation,
    )
    draft.add_entity(entity, rule=rule, words=name)
    draft.entity_keys[key] = entity.id
    return entity.id


def ensure_group(draft: Draft, name: str, *, rule: str = "entity.group") -> str:
    """The group entity of an unnamed source, by its normalised name."""
    key = "group:" + norm(name)
    entity_id = draft.entity_keys.get(key)
    partitive = _PARTITIVE.fullmatch(" ".join(name.split())) if entity_id is None else None
    if partitive is not None:
        # "one of the people", "two of the protesters": some of a group, named as the whole group is.
        people = partitive.group("people")
        entity_id = _group_with_head(draft, people.split()[-1].lower()) or ensure_group(draft, people, rule=rule)
        draft.entity_keys[key] = entity_id
    if entity_id is None:
        display = " ".join(name.split())
        for prefix in ("the ", "The ", "a ", "A ", "an ", "An "):
            display = display.removeprefix(prefix)
        first, _, rest = display.partition(" ")
        if first.lower() in rules_for(draft).group_nouns:
            display = " ".join(part for part in (first.lower(), rest) if part)  # "Diplomats said" at a sentence start
        entity = Entity(id=draft.new_id("e"), name=display or norm(name), type="group")
        draft.add_entity(entity, rule=rule, words=name)
        entity_id = entity.id
        draft.entity_keys[key] = entity_id
        draft.scratch.setdefault("group_heads", {})[norm(name).split()[-1]] = entity_id
    return entity_id


#: Some of a group: "one of the people", "two of the fishermen", "several of those protesters".
_PARTITIVE = re.compile(
    r"(?:one|two|three|four|five|some|several|many|most|each|both|all|none)[ \t]+of[ \t]+"
    r"(?:(?:the|these|those)[ \t]+)?(?P<people>[\w\-’' ]*(?:[a-z]s|people|men|children))",
    re.IGNORECASE,
)


def _group_with_head(draft: Draft, head: str) -> str | None:
    """The latest group entity with ``head`` among the words of its name ("people familiar with the matter")."""
    for entity in reversed(draft.entities.values()):
        if entity.type == "group" and head in entity.name.lower().split():
            return entity.id
    return None


def name_kind(draft: Draft, start: int, end: int) -> str | None:
    """What the capitalised phrase at ``text[start:end]``, which no pass read, names when it is clearly a name.

    A later stage asks this of a phrase whose place in the sentence says it is an actor (the
    subject or agent of a stance cue) and makes it an entity (``ensure_name``). "person" for one
    or two name words ("Rubio", "Ocasio-Cortez"), "organization" or "government" for up to four
    words with an organisation head ("Heritage Foundation"); None for anything else: a word of
    the packs' ``not_names``, ``titles``, ``sentence_starters``, gazetteer or demonyms, a
    function word or an indefinite pronoun ("Everyone"), a day or a month, a word in capitals,
    a line in title case (a headline), and a word capitalised only because the sentence starts
    there, unless it has a name's form (see ``_name_at_sentence_start``). An acronym ("UILM",
    "FIOM-CGIL") is an organisation's name (see ``_acronym_body``), and so is a word in capitals
    after a noun of ``organization_descriptors`` ("the pension fund VKP").
    """
    if draft.rules is None:
        return None
    rules = rules_for(draft)
    text = draft.text
    words = text[start:end].split()
    if len(words) == 1 and _acronym_body(draft, rules, words[0]) and not _title_case_line(text, start):
        return "organization"  # "UILM condemned the closure"
    if (
        len(words) == 1
        and 2 <= len(words[0]) <= 6
        and words[0].isupper()
        and words[0].isalpha()
        and words[0] not in rules.surface
        and after_descriptor(text, start, rules)
    ):
        return "organization"  # "the pension fund VKP", "the union RMT": a body's initials after its noun
    if not 1 <= len(words) <= 4 or not all(_is_name_word(word) for word in words):
        return None
    first = words[0]
    if first in rules.leading or first.lower() in _FUNCTION_WORDS or first.lower() in _INDEFINITE:
        return None
    if len(words) == 1 and "org:" + norm(first) in draft.entity_keys and first not in rules.not_names:
        return "organization"  # "Brennwater" once read as a body, "Brightline" after "Brightline Brands"
    if words[-1] in rules.org_heads:
        kind = (
            "government" if words[-1] in rules.gov_heads and not _body_named_congress(words, rules) else "organization"
        )
        if len(words) < 2 or not all(_name_like(_letters(word), rules) for word in words[:-1]):
            return None  # "Ministry" alone, "The Ministry", "New Party": no name before the head
    elif len(words) <= 2 and all(
        _name_like(_letters(word), rules)
        and word not in rules.surface
        and word.lower() not in rules.group_nouns
        and word not in _WEEKDAYS | _MONTHS
        for word in words
    ):
        kind = "person"
        if _plural_looking(words[-1], rules) and words[-1] not in draft.scratch.get("name_tokens", {}):
            return None  # "Muslims", "Islamists": a people, not a person ("Sanders" once "Bernie Sanders" is known)
    else:
        return None
    if _title_case_line(text, start):
        return None
    if _common_at_sentence_start(draft, start, first, rules) and not (
        len(words) == 1 and _name_at_sentence_start(draft, first, rules)
    ):
        return None
    if kind == "person" and (
        after_descriptor(text, start, rules)
        or body_evidence(draft, " ".join(words))
        or (any(map(camel_case_firm, words)) and not person_evidence(draft, start, end))
    ):
        return "organization"  # "the charity Oxfam", "Vantor backed ... Vantor's shareholders", "BlackRock said"
    if kind == "person" and len(words) == 1 and named_place(draft, first):
        return "government"  # "a depot in Lille ... Lille backed the plan": the place, as its government
    if kind == "person" and len(words) == 1 and named_party(draft, first):
        return "organization"  # "A Labour MP ... Labour opposed the bill": the party
    return kind


#: The words of a legislature's name before "Congress": "the National People's Congress", "the US Congress".
_LEGISLATURE_WORDS = frozenset(
    ["National", "General", "Federal", "Constituent", "Continental", "People", "Peoples"]  # "People's", stripped
)


#: The countries whose legislature (or its lower house) is called Congress, as news writes it: "the Colombian
#: Congress", "the Spanish Congress"; a demonym of another country before "Congress" names a party.
_CONGRESS_COUNTRIES = frozenset(
    "USA PER COL CHL ARG BRA MEX GTM HND PRY PHL DOM SLV NIC ESP BOL FSM MHL PLW GUM".split()  # noqa: SIM905
)


#: Last words of a party's or a movement's name, which a legislature's word before leaves a party's.
_PARTY_HEADS = frozenset(["Party", "Movement", "Front", "League"])


def _body_named_congress(words: Sequence[str], rules: EntityRules) -> bool:
    """Whether a name that ends in "Congress" names a party, a union or another body, not a legislature.

    "the All Progressives Congress", "the Trades Union Congress", "the Indian National Congress" (a demonym
    and "National"), "the Nepali Congress" (the demonym of a country with no Congress): a body; "Congress", "the
    US Congress", "the Colombian Congress", "the National People's Congress": a legislature, a word of a place
    and of the state's words before it at most.
    """
    if len(words) < 2 or words[-1] != "Congress":
        return False
    before = [_POSSESSIVE.sub("", word) for word in words[:-1] if word not in _ARTICLES]  # "Peru's Congress"
    place = rules.surface.get(before[0]) if before else None
    rest = before[1:] if place is not None else before
    if any(word not in _LEGISLATURE_WORDS for word in rest):
        return True
    if place is not None and place[1] == "demonym" and not rest and place[0] not in _CONGRESS_COUNTRIES:
        return True  # "the Nepali Congress", "the Indian Congress": no legislature of the country is one
    return place is not None and place[1] == "demonym" and "National" in rest and len(rest) == 1


def after_descriptor(text: str, start: int, rules: EntityRules) -> bool:
    """Whether the words right before ``start`` are a noun of the packs' ``organization_descriptors``.

    "the daily Kommersant", "the ride-hailing firm Bolt", "the think tank Bruegel": the name that
    follows names an organisation. Not after a possessive ("the firm's Anna Berg") or a capital
    ("the Firm"). After a comma, the descriptor with its determiner must come right before the comma
    and the name must close with one, not opening with a given name: "the operator, Nordkaj
    Terminals, said" (see ``_after_described_comma``).
    """
    if start < 2 or text[start - 1] not in " \t":
        return False
    if text[start - 2] == ",":
        first = text[start : start + 40].split(maxsplit=1)[:1]
        return (
            _after_described_comma(text, start - 2, rules)
            and _CLOSED_NAME.match(text, start) is not None
            and not (first and first[0] in rules.given_names)
        )
    if rules.descriptor_ends is not None and text[max(0, start - 3) : start - 1] not in rules.descriptor_ends:
        return False  # the word before ends like no descriptor (most names: "said Ana Ruiz", "and Ana Ruiz")
    low = max(0, start - 40)
    space = last_space(text, low, start - 1)
    if space < 0 and low > 0:
        return False  # a word longer than any descriptor: look no further back
    word = text[space + 1 : start - 1]
    if word in rules.org_descriptors:
        return True
    if space > low:
        two = last_space(text, low, space)  # "think tank", "news agency"
        return (two >= 0 or low == 0) and text[two + 1 : start - 1] in rules.org_descriptors
    return False


#: A name whose apposition closes with a comma: "Nordkaj Terminals," of "the operator, Nordkaj Terminals, said".
_CLOSED_NAME = re.compile(rf"(?:[{UPPER}][\w&.’'\-]*[ \t]+){{0,4}}[{UPPER}][\w&.’'\-]*,")
#: Words that open a description of a body set off by commas before its name: "the operator, Nordkaj Terminals,".
_DESCRIPTION_OPENERS = frozenset(["the", "a", "an", "its", "their", "The", "A", "An", "Its", "Their"])
#: How many words may describe the noun between the determiner and it: "the country's **water** regulator".
_DESCRIPTION_MODIFIERS = 3


def _after_described_comma(text: str, comma: int, rules: EntityRules) -> bool:
    """Whether the words before ``comma`` are a determiner, up to three modifiers and a noun of a body's kind.

    "accused the operator, Nordkaj Terminals, of ...", "The water regulator, Ofwat, said", "its parent company,
    Vantor,", "Britain's biggest lender, Halden," but not "its parent, ..." (no descriptor) nor "talks with
    the ministry of the regulator, ..." (a function word among the modifiers). The caller also wants the name
    closed by a comma and not opened by a given name, so that the object of a fronted phrase is not taken for
    a description: "After a meeting with the union, Tomas Ekholm resigned".
    """
    words = text[max(0, comma - 80) : comma].split()
    for size in (2, 1):  # "the think tank", "the firm"
        if len(words) > size and " ".join(words[-size:]) in rules.org_descriptors:
            break
    else:
        return False
    for position in range(len(words) - size - 1, max(-1, len(words) - size - 2 - _DESCRIPTION_MODIFIERS), -1):
        word = words[position]
        if word in _DESCRIPTION_OPENERS or (position < len(words) - size - 1 and word.endswith(("'s", "’s"))):
            return True  # "the water regulator", "Britain's water regulator"
        if not word.replace("-", "").isalpha() or word.lower() in _FUNCTION_WORDS or word in rules.speech_forms:
            return False
    return False


def _object_gap(text: str, end: int, rules: EntityRules) -> bool:
    """Whether the name ending at ``end`` is the subject of a relative clause whose object is missing.

    "X, the platform Elon Musk bought in 2022,", "the company Steve Jobs co-founded.": a verb, then
    a comma, a full stop or a preposition; the name is a person's. A speech verb ("the daily
    Kommersant reported ...") or a verb with its object ("the weekly Dala Voice took a line") is not.
    """
    match = _VERB_AFTER.match(text, end)
    if match is None or match.group("verb") in rules.speech_forms:
        return False
    following = match.group("next")
    return not following or following[0] in ",.;:)" or following.lower() in _GAP_WORDS


#: ", the platform " right before a name: a noun of a body in apposition, which a relative clause may follow.
_APPOSED = re.compile(r",[ \t]+the[ \t]+[\w\- ]{1,35}[ \t]$")
#: A lower-case word after a name, and what follows it: a comma, a full stop, or the next word.
_VERB_AFTER = re.compile(r"[ \t]+(?P<verb>[a-z][\w\-]*)[ \t]*(?P<next>[,.;:)]|[\w\-]+)?")
#: Words that open an adjunct right after a verb whose object is missing: "bought in 2022", "leads now".
_GAP_WORDS = frozenset("in on at last this since before after when with for during now again".split())  # noqa: SIM905


def _letters(word: str) -> str:
    return word.replace("-", "").replace("’", "").replace("'", "")


def _is_name_word(word: str) -> bool:
    """A capital, then letters with some in lower case, an inner hyphen or apostrophe: "Ocasio-Cortez", "McCain"."""
    letters = _letters(word)
    return (
        word[:1].isupper()
        and word[-1:].isalpha()
        and letters.isalpha()
        and any(char.islower() for char in letters)
        and not word.isupper()
    )


#: A capital inside a word after four letters or more, then a letter in lower case: "AgroScience", "BlackRock".
_INNER_CAPITAL = re.compile(rf"[{UPPER}][^\W\d_]*?[a-z]{{3}}[{UPPER}][a-z]")
#: Short parts that open the names of firms written in one word: "BioNTech", "PayPal", "YouTube", "FedEx".
_FIRM_WORD_PARTS = ("Bio", "Med", "Net", "Web", "Pay", "You", "Fed", "Eco", "Air")


def camel_case_firm(word: str) -> bool:
    """Whether ``word`` is written as firms write their names, a capital inside it: "AgroScience", "PayPal".

    The part before the inner capital has four letters or more, or is one of a few parts firms' names
    open with ("BioNTech"); people's names with an inner capital open with a short particle ("McCain",
    "MacArthur", "DeSantis", "LaGuardia", "DiCaprio"), or with "Fitz" ("FitzGerald").
    """
    if not word.isalpha():
        return False
    found = _INNER_CAPITAL.match(word)
    if found is not None:
        return not word.startswith("Fitz")
    return word.startswith(_FIRM_WORD_PARTS) and word[3:4].isupper() and word[4:5].islower()


#: The endings of plurals without an "s": "Gunmen", "Policewomen", "Schoolchildren", "Townspeople".
_PLURAL_ENDINGS_WITHOUT_S = ("men", "children", "people")


def _plural_looking(word: str, rules: EntityRules) -> bool:
    """Whether a word has a plural's form: "Voters", "Gunmen"; not "Congress", "Status", "Carmen" (a given name)."""
    if word.endswith("s"):
        return not word.endswith(("ss", "us", "is"))
    return word.endswith(_PLURAL_ENDINGS_WITHOUT_S) and word not in rules.given_genders and word not in rules.surface


def _name_at_sentence_start(draft: Draft, word: str, rules: EntityRules) -> bool:
    """Whether a lone word opening a sentence, capitalised nowhere else, has a surname's form.

    "Trump lauded Obama.": a word the text never writes in lower case, that no pack lists, that is
    not a plural ("Voters", "Fans"; "Sanders" needs the text to capitalise it inside a sentence
    too), and that ends like no common noun, verb or adverb ("Management", "Polling", "Evidence").
    A name the text has already met as a person's is one.
    """
    if word in draft.scratch.get("name_tokens", {}):
        return True
    lower = word.lower()
    if lower in rules.role_words or lower in rules.group_nouns or lower in rules.titles:
        return False
    if lower.endswith(_COMMON_ENDINGS) or _plural_looking(word, rules):
        return False
    return not _written_in_lower_case(draft, lower)


#: Words whose lower-case forms are looked up by a search of the text each; past this many, the text's
#: words are collected once instead (a long text asks about many sentence starts).
_SEARCHES_BEFORE_INDEX = 8
#: A word as ``_written_in_lower_case`` reads it: letters, digits, apostrophes and hyphens.
_WORD_RUN = re.compile(r"[\w’'-]+")


def _looked_up(
    draft: Draft,
    name: str,
    word: str,
    search: Callable[[str, str], bool],
    collect: Callable[[str], frozenset[str]],
    collectable: Callable[[str], object] = bool,
) -> bool:
    """``search(text, word)``, remembered per text under ``name``; past ``_SEARCHES_BEFORE_INDEX`` words
    (and for a word ``collectable`` accepts), ``word in collect(text)`` answers, collected once per text."""
    answers: dict[str, bool] = draft.scratch.setdefault(name, {})
    found = answers.get(word)
    if found is None:
        index: frozenset[str] | None = draft.scratch.get(name + " index")
        if index is None and len(answers) >= _SEARCHES_BEFORE_INDEX:
            index = draft.scratch[name + " index"] = collect(draft.text)
        found = answers[word] = word in index if index is not None and collectable(word) else search(draft.text, word)
    return found


def _written_in_lower_case(draft: Draft, lower: str) -> bool:
    """Whether the text writes ``lower`` as a whole word (not inside a longer run of word characters)."""
    return _looked_up(draft, "lower_case_words", lower, _whole_word_in, _word_runs, _WORD_RUN.fullmatch)


def _whole_word_in(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text) is not None


def _word_runs(text: str) -> frozenset[str]:
    return frozenset(_WORD_RUN.findall(text))


def ensure_name(draft: Draft, start: int, end: int, kind: str, *, rule: str) -> str:
    """The entity of a name ``name_kind`` read as ``kind`` at ``text[start:end]``: a known one, or a new one.

    A name already known as an organisation stays one ("Heritage" after "the Heritage Foundation" is
    coreference's business, but "Heritage Foundation" again is the same body).
    """
    name = " ".join(draft.text[start:end].split())
    if kind == "person":
        return draft.entity_keys.get("org:" + norm(name)) or ensure_person(draft, name, rule=rule)
    return ensure_org(draft, name, rule=rule, kind=kind)


def known_name(draft: Draft, start: int, end: int, kind: str) -> str | None:
    """The entity ``ensure_name`` would find for ``text[start:end]`` read as ``kind``, changing nothing; None for new.

    A later stage keeps a name pending with it and calls ``ensure_name`` only once it uses the name.
    """
    name = " ".join(draft.text[start:end].split())
    if kind != "person":
        return draft.entity_keys.get("org:" + norm(name))
    found = draft.entity_keys.get("org:" + norm(name)) or draft.entity_keys.get("person:" + norm(name))
    if found is None and " " not in name:
        found = draft.scratch.get("name_tokens", {}).get(name)
    return found


def person_evidence(draft: Draft, start: int, end: int) -> bool:
    """Whether the text shows that the name at ``text[start:end]`` is a person's, not only that it is a name.

    A word of it names a person the text knows ("Clinton" once "Hillary Clinton" is met), or a
    title stands right before it ("Senator Warren", "Mr. Smith"). A capitalised word alone may be
    a policy, a programme or a body ("Brexit", "Medicare", "Ofwat"): no person.
    """
    tokens: dict[str, str] = draft.scratch.get("name_tokens", {})
    for word in draft.text[start:end].split():
        entity_id = tokens.get(word)
        if entity_id is not None and entity_id in draft.entities and draft.entities[entity_id].type == "person":
            return True
    before = draft.text[max(0, start - 40) : start]
    words = before.split()
    return bool(words) and before[-1:].isspace() and is_title(draft, words[-1])


#: A run of capitalised words: a name a body's evidence is about.
_EVIDENCE_NAME = rf"[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,3}}"
#: What only a body has: "Vantor's chief executive", "Kestrel Data's shareholders".
_BODY_ORGANS = (
    r"(?:chief[ \t]+executive|chief[ \t]+financial[ \t]+officer|CEO|chairman|chairwoman|board[ \t]+of[ \t]+directors|"
    r"shareholders|subsidiary|subsidiaries|headquarters|share[ \t]+price|stock[ \t]+price|market[ \t]+value|"
    r"annual[ \t]+report)"
)
#: A market's verbs after a company's shares: "Vantor shares fell".
_MARKET_VERBS = (
    r"(?:fell|rose|jumped|slid|dropped|closed|gained|lost|tumbled|climbed|surged|plunged|sank|edged|slumped|soared|"
    r"were|are|have|had|traded)"
)
#: The words a body's evidence turns on: its organs, its shares, a stake in it (the scan starts at them).
_BODY_WORD = re.compile(rf"(?<![\w’'\-])(?:{_BODY_ORGANS}|[Ss]hares|[Ss]tock|[Ss]takes?)(?![\w’'\-])")
#: What each of ``_BODY_WORD``'s words starts with (the shares and stakes also capitalised, opening a sentence:
#: "Shares in Harwick rose").
_BODY_WORD_KEYS = (
    "chief",
    "CEO",
    "chair",
    "board",
    "share",
    "subsidiar",
    "headquarters",
    "stock",
    "market",
    "annual",
    "stake",
    "Share",
    "Stock",
    "Stake",
)
#: The first words of ``_BODY_WORD``'s phrases in lower case: every match opens with one, a whole word.
_BODY_FIRST_WORDS = frozenset(
    {
        "chief",
        "ceo",
        "chairman",
        "chairwoman",
        "board",
        "shareholders",
        "subsidiary",
        "subsidiaries",
        "headquarters",
        "share",
        "shares",
        "stock",
        "market",
        "annual",
        "stake",
        "stakes",
    }
)
#: "its" as ``_ITS_ORGAN``'s first word.
_ITS = frozenset(["its"])
#: A name and its possessive right before an organ: "Merlix's " before "chief executive".
_POSSESSOR_BEFORE = re.compile(rf"(?<![\w’'\-])({_EVIDENCE_NAME})['’]s[ \t]+$")
#: A name, perhaps possessive, right before "shares": "Quorvo " in "Quorvo shares slid".
_OWNER_BEFORE = re.compile(rf"(?<![\w’'\-])({_EVIDENCE_NAME})(?:['’]s)?[ \t]+$")
#: A name and ", whose " right before an organ or its shares: "Brennix, whose ".
_WHOSE_BEFORE = re.compile(rf"(?<![\w’'\-])({_EVIDENCE_NAME}),[ \t]+whose[ \t]+$")
#: A market's verb after the shares: " slid".
_MARKET_AFTER = re.compile(rf"[ \t]+{_MARKET_VERBS}(?![\w’'\-])")
#: The name a stake is in: " in Halvard".
_OWNED_AFTER = re.compile(rf"[ \t]+(?:in|of)[ \t]+({_EVIDENCE_NAME})(?![\w’'\-])")
#: How far before an organ its owner's name may start, in characters.
_OWNER_REACH = 60


def _found_at(text: str, key: str) -> Iterator[int]:
    """Where ``key`` stands in ``text``, by plain search."""
    position = text.find(key)
    while position >= 0:
        yield position
        position = text.find(key, position + 1)


def _word_starts(draft: Draft, words: frozenset[str], keys: tuple[str, ...]) -> list[int]:
    """Where a pattern may match that opens with a whole word, one of ``words`` (lower case, ASCII), in text order.

    Those words looked up in the text's words (``text_words``, read once for every stage); for a text whose
    length lower case changes, where its words cannot tell, every place of ``keys`` (what the words start with,
    in the cases the pattern takes), by plain search.
    """
    text_words_ = text_words(draft)
    if text_words_.lowered is None:
        return sorted({position for key in keys for position in _found_at(draft.text, key)})
    return text_words_.starts_of(words)


def _names_with_body_evidence(draft: Draft) -> frozenset[str]:
    """The names (and their last words) the text gives a body's organs or shares: see ``body_evidence``."""
    text = draft.text
    found: set[str] = set()
    # Where the words can start, looked up (far quicker than a scan of the pattern over the text).
    for start in _word_starts(draft, _BODY_FIRST_WORDS, _BODY_WORD_KEYS):
        hit = _BODY_WORD.match(text, start)
        if hit is None:
            continue
        word = hit.group()
        word = word if word == "CEO" else word.lower()
        window = text[max(0, hit.start() - _OWNER_REACH) : hit.start()]
        names = [_WHOSE_BEFORE.search(window)]
        if word in ("shares", "stock"):
            if _MARKET_AFTER.match(text, hit.end()):
                names.append(_OWNER_BEFORE.search(window))
            names.append(_OWNED_AFTER.match(text, hit.end()))
        elif word.startswith("stake"):
            names.append(_OWNED_AFTER.match(text, hit.end()))
        else:
            names.append(_POSSESSOR_BEFORE.search(window))
        for name in names:
            if name is not None:
                run = name.group(1).split()
                found.update(" ".join(run[index:]) for index in range(len(run)))
    return frozenset(found)


#: "its" before what only a body has, which the name before it owns: "Vantor criticised the fine. Its lawyers ...".
_ITS_ORGAN = re.compile(
    rf"(?<![\w’'\-])[Ii]ts[ \t]+(?:{_BODY_ORGANS}|shares|lawyers|spokesman|spokeswoman|spokesperson|founder|owners)"
    r"(?![\w’'\-])"
)
_CAPITALISED_RUN = re.compile(_EVIDENCE_NAME)


def body_evidence(draft: Draft, name: str) -> bool:
    """Whether the text shows that ``name``, which no pass read as a body, is one: cheap evidence of a firm.

    Its organs ("Vantor's chief executive", "Kestrel Data's shareholders", "Vantor, whose shares ..."), its
    shares ("Vantor shares fell", "a stake in Vantor"), or "its" before them with the name the last one
    written before it, in its sentence or, for a sentence that "Its" opens, the one before, and no body and
    no body's noun in between ("Vantor criticised the fine. Its lawyers said ..."). A plural verb is no
    evidence (British English gives one to a firm, and a list of people takes one too). A name whose first
    word is a given name, or that names a person the text knows, has none.
    """
    words = name.split()
    if draft.rules is None or not words:
        return False
    rules = rules_for(draft)
    if words[0] in rules.given_names or any(word in draft.scratch.get("name_tokens", {}) for word in words):
        return False
    named: frozenset[str] | None = draft.scratch.get("body_evidence")
    if named is None:
        named = draft.scratch["body_evidence"] = _names_with_body_evidence(draft)
        draft.scratch["its_organs"] = _its_organs(draft)
        draft.scratch["its_owners"] = {}
    wanted = " ".join(words)
    if wanted in named:
        return True
    # Only an "its" with the name's last word written in the stretch before it can stand for the name; each such
    # "its" is read again only when the mentions or their entities changed since it was last read (the count of
    # mentions alone missed a removal and an addition, and a body retyped). (Reading every "its" whenever the
    # mentions had changed, for every name asked about, made the entity stage of a long text quadratic.)
    organs: list[tuple[int, int]] = draft.scratch["its_organs"]
    if not organs:
        return False
    owners: dict[int, tuple[tuple[int, int, int], str | None]] = draft.scratch["its_owners"]
    state = draft.mention_state()
    for start, position in _organs_after(draft.text, organs, words[-1]):
        owner = owners.get(position)
        if owner is None or owner[0] != state:
            owner = owners[position] = (state, _owns_its(draft, rules, start, position))
        if owner[1] == wanted:
            return True
    return False


def _its_organs(draft: Draft) -> list[tuple[int, int]]:
    """The (start, position) of each "its" before an organ, in text order: where the stretch it looks back over
    starts, and where it stands."""
    found = []
    for position in _word_starts(draft, _ITS, ("its", "Its")):
        if _ITS_ORGAN.match(draft.text, position) is not None:
            start = _its_window(draft, position)
            if start is not None:
                found.append((start, position))
    return found


def _organs_after(text: str, organs: list[tuple[int, int]], word: str) -> dict[tuple[int, int], None]:
    """The ``organs`` (``_its_organs``) whose stretch holds ``word``: each place of the word, then the "its" after
    it whose stretch starts at or before it (the stretches start in text order, as the "its" do)."""
    found: dict[tuple[int, int], None] = {}
    for place in _found_at(text, word):
        index = bisect.bisect_left(organs, place + len(word), key=operator.itemgetter(1))
        while index < len(organs) and organs[index][0] <= place:
            found[organs[index]] = None
            index += 1
    return found


def _its_window(draft: Draft, position: int) -> int | None:
    """Where the stretch that "its" at ``position`` looks back over for its name starts: its sentence's start, or
    the start of the sentence before when "Its" opens its own; None outside any sentence. The sentences are read
    before the entities, so the answer never changes."""
    sentence = draft.sentence_of(position)
    if sentence is None:
        return None
    start = sentence[0]
    if not draft.text[start:position].strip():
        end = start
        while end and draft.text[end - 1].isspace():
            end -= 1
        before = draft.sentence_of(end - 1) if end else None
        if before is None:
            return None
        start = before[0]
    return start


def _owns_its(draft: Draft, rules: EntityRules, start: int, position: int) -> str | None:
    """The name that "its" at ``position`` stands for: the last written from ``start`` (``_its_window``) up to it,
    when nothing else may be."""
    window = draft.text[start:position]
    if any(
        draft.entities[mention.entity].type not in ("person", "group") for mention in draft.mentions_in(start, position)
    ):
        return None  # "Okafor praised the EU. Its chief executive ...": a body the text names
    if any(word.strip(".,;:").lower() in rules.org_words for word in window.split()):
        return None  # "Okafor praised the company. Its chief executive ...": a body's noun
    runs = [
        run.group()
        for run in _CAPITALISED_RUN.finditer(window)
        if not all(word in rules.leading or word in rules.not_names for word in run.group().split())
    ]
    if not runs:
        return None
    run = runs[-1].split()
    while run and (run[0] in rules.leading or run[0] in rules.not_names):
        run.pop(0)
    return " ".join(run) or None


def is_title(draft: Draft, words: str) -> bool:
    """Whether ``words`` is a title of the packs, written as they list it: "Senator", "Sen.", "Prime Minister"."""
    return draft.rules is not None and " ".join(words.split()) in rules_for(draft).titles


# -- the passes ----------------------------------------------------------------


def _country_of(draft: Draft, entity_id: str | None) -> str | None:
    if entity_id is None:
        return None
    entity = draft.entities[entity_id]
    return entity.country


def _strip_period(token_text: str, rules: EntityRules) -> str:
    if token_text.endswith(".") and token_text not in rules.abbreviations and not _INITIAL.fullmatch(token_text):
        return token_text[:-1]
    return token_text


def run(draft: Draft) -> None:
    if draft.rules is None:
        return
    rules = rules_for(draft)
    text = draft.text
    claimed: list[tuple[int, int]] = []  # stretches the title pass has read
    gaz_hits: list[tuple[int, int, str, str]] = []
    surface = rules.surface
    for start, end, matched in find_word_spans(rules.gazetteer, text):
        # A compass word before the match or at its end is needed for a longer name (suffix tests first).
        if (matched.endswith(_COMPASS_ENDS) or text.endswith(_COMPASS_NOUN_ENDS, 0, start - 1)) and _in_compass_name(
            text, start, end, rules
        ):
            continue
        if matched in _COMPASS_SURNAMES and _compass_surname(text, start, end, rules):
            continue
        # ``_after_new``'s first test here: most names follow no "New".
        if start >= 4 and text.startswith("New", start - 4) and _after_new(text, start, matched, surface):
            continue
        if text.startswith("-", end) and surface[matched][1] == "demonym" and _hyphenated_name(text, end, surface):
            continue  # "Swiss-Ski", "Danish-Aid": a name the demonym opens, not the country
        gaz_hits.append((start, end, *surface[matched]))
    gaz_by_end = {end: (start, key, kind) for start, end, key, kind in gaz_hits}
    gaz_by_start = {start: (end, key, kind) for start, end, key, kind in gaz_hits}
    state = _Found(gaz_by_start, gaz_by_end)
    drop_gaz = state.drop_gaz
    person_mentions = state.person_mentions
    singles = state.singles

    # -- organisations by head word (capitalised runs) ---------------------------
    # The regex starts with a character set (fast scanning) and checks for a word start itself.
    for match in rules.capseq.finditer(text):
        for group in _run_groups(text, rules, match):
            _classify_run(draft, rules, group, state)

    # -- bodies named by a word and a noun of their kind ("the RMT union") ----------
    # What the name passes read already, looked up by bisection: a scan per match would be quadratic.
    spans = sorted([*state.org_spans, *((start, end) for start, end, _, _ in state.person_mentions)])
    span_starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))

    def covered(position: int) -> bool:
        index = bisect.bisect_right(span_starts, position) - 1
        return index >= 0 and reach[index] > position

    for match in after_the(text, rules.named_body):
        _named_body(draft, rules, match, state, covered)

    # -- people after titles -----------------------------------------------------
    hits = find_word_spans(rules.scan, text, text_words(draft))
    position = 0
    overlaps = _Overlaps(person_mentions)
    titles = rules.titles
    for hit_start, _, hit_word in hits:
        if hit_start < position or hit_word not in titles:
            continue
        found = rules.title_name.match(text, hit_start)
        if found is None:
            continue
        match = found
        name_start, name_end = match.span("name")
        name_text = _clean_name(text[name_start:name_end], rules)
        # Go on after the name itself, not after what the regex read past a sentence end.
        position = name_start + max(len(name_text), 1)
        if not name_text:
            continue
        name_end = name_start + len(name_text)
        first, *rest = name_text.split()
        if not rest and first.endswith("s") and first[:-1] in rules.titles:
            continue  # "Democrat MPs", "Republican Senators": the plural of a title, no one's name
        if not rest and first in rules.titles and rules.titles[match.group("title")][0]:
            # "a Conservative MP": a party's word the packs list as a title, then a title; no one's name ("Mr.
            # King", after a title of address, is)
            continue
        if (
            (first in rules.not_names or first in rules.surface or first in rules.org_heads)
            and not is_pronoun_surname(first, rest, rules)
            and not (
                first in _COMPASS_SURNAMES and _compass_surname(text, name_start, name_start + len(first), rules)
            )  # "Mr. West"
        ):
            continue
        if not rules.org_heads.isdisjoint(rest):
            continue
        if first in rules.given_genders and name_start in gaz_by_start:
            drop_gaz.add(name_start)  # "Rep. Virginia Foxx": the first name, not the state
        title = match.group("title")
        title2 = match.group("title2")
        role, gender = rules.titles[title2] if title2 and rules.titles[title2][0] else rules.titles[title]
        if title2 and rules.titles[title2][1]:
            gender = rules.titles[title2][1]
        if title2 and not rules.titles[title2][0] and rules.titles[title][0]:
            role, gender = rules.titles[title][0], rules.titles[title2][1] or rules.titles[title][1]
        # Modifiers and an affiliation before the title: "Chinese Foreign Ministry spokeswoman".
        title_start = match.start("title")
        affiliation, country, role_prefix = _before_title(draft, rules, title_start, state)
        if role and role_prefix and role_prefix.lower() not in role:
            role = f"{role_prefix} {role}".strip()
        role = role.lower() if role else role
        entity_id = ensure_person(
            draft, name_text, rule="entity.title", role=role, gender=gender, affiliation=affiliation, country=country
        )
        overlaps.drop(name_start, name_end)  # a person found by the name pass inside this title's name
        person_mentions.append((name_start, name_end, entity_id, "entity.title"))
        overlaps.add(name_start, name_end)
        claimed.append((title_start, name_end))
    overlaps.apply()

    # -- appositions: "Wang Lei, a spokesman for the ministry," ------------------
    bodies = _Bodies()
    for start, end, entity_id, _rule in list(person_mentions):
        # The pattern opens with a comma: most names have none after them and are passed over untried.
        appos = rules.apposition.match(text, end) if text.startswith(",", end) else None
        if appos is None:
            continue
        role_title = appos.group("role")
        role, gender = rules.titles.get(role_title, (role_title.lower(), None))
        mods = appos.group("mods").split()
        affiliation = None
        for word in mods:
            stripped = _POSSESSIVE.sub("", word)
            if stripped in rules.surface:
                affiliation = _gazetteer_entity(draft, rules, rules.surface[stripped][0], stripped)
        if appos.group("org"):
            org_text = appos.group("org").strip()
            org_id = _lookup_org_phrase(draft, rules, org_text, bodies)
            affiliation = org_id or affiliation
        entity = draft.entities[entity_id]
        if entity.type != "person":
            continue
        changes: dict[str, Any] = {}
        if role and not entity.role:
            changes["role"] = role.lower()
        if affiliation and not entity.affiliation and affiliation != entity_id:
            changes["affiliation"] = affiliation
            if not entity.country:
                changes["country"] = _country_of(draft, affiliation)
        if changes:
            draft.replace_entity(attrs.evolve(entity, **changes))
            draft.explain(entity_id, "entity.apposition", text[start : appos.end()])
        if gender and entity_id not in draft.genders:
            draft.genders[entity_id] = gender

    _cities_named(draft, rules, state)
    for match in _before_of(text, _BRANCH_OF, _BRANCH_NOUNS):
        # "the Auckland branch of the Property Council", "the Texas chapter of the Sierra Club": the place says which
        # branch of the body speaks; it is no actor of its own (nor the country a capital stands for).
        place = _BRANCH_PLACE.search(text, max(0, match.start() - 40), match.start())
        if place is not None and (
            text.startswith(("the ", "The "), match.end()) or text[match.end() : match.end() + 1].isupper()
        ):
            drop_gaz.add(place.start("place"))

    # -- mentions of people and gazetteer entities --------------------------------
    for start, end, entity_id, rule in person_mentions:
        draft.add_mention(entity_id, start, end, rule)
    name_tokens = draft.scratch.get("name_tokens", {})
    for start, end, key, _kind in gaz_hits:
        if start in drop_gaz:
            continue
        if (
            text[start:end] in _COMPASS_SURNAMES
            and _is_surname(draft, name_tokens, text[start:end])
            and not _title_case_line(text, start)
        ):
            continue  # "Cornel West ... West said": the person's name, left to coreference
        entity_id = _gazetteer_entity(draft, rules, key, text[start:end])
        draft.add_mention(entity_id, start, end, "entity.gazetteer")

    # -- possessives: "Ghana's trade ministry", "Uruguay's president" -------------
    possessives = sorted((match for regex in rules.possessives for match in regex.finditer(text)), key=re.Match.start)
    for match in possessives:
        owner = draft.mention_ending_at(match.start())
        if owner is None and state.companies:
            # "Tessaro Holdings ... Tessaro's board": a lone word naming a company found already.
            owner = _company_possessor(draft, rules, state, match.start())
        if owner is None:
            owner = _place_possessor(draft, match.start())
        if owner is None:
            continue
        owner_entity = draft.entities[owner.entity]
        noun = match.group("noun")
        phrase_start, phrase_end = owner.span.start, match.end()
        phrase = text[phrase_start:phrase_end]
        if noun in rules.org_nouns:
            kind = (
                "government"
                if noun in rules.gov_heads and owner_entity.type in ("country", "government")
                else ("organization")
            )
            entity_id = ensure_org(
                draft,
                phrase,
                rule="entity.possessive",
                kind=kind,
                country=owner_entity.country,
                affiliation=owner.entity,
            )
        else:
            role, gender = rules.titles.get(noun, (noun, None))
            named = _named_after_role(draft, text, phrase_end)
            if named is None and (field := _ROLE_FIELD.match(text, phrase_end)) is not None:
                # "Velmora's head of European markets, Felix Amrein": the field of the role, then the name.
                named = _named_after_role(draft, text, field.end())
            if named is not None:
                # "Peru's envoy Rosa Quispe", "Peru's envoy, Rosa Quispe,": the role and owner are hers.
                named_changes: dict[str, Any] = {}
                if not named.role and role:
                    named_changes["role"] = role.lower()
                if not named.affiliation and owner.entity != named.id:
                    named_changes["affiliation"] = owner.entity
                    if not named.country:
                        named_changes["country"] = owner_entity.country
                if named_changes:
                    draft.replace_entity(attrs.evolve(named, **named_changes))
                if gender and named.id not in draft.genders:
                    draft.genders[named.id] = gender
                entity_id = named.id
            else:
                entity_id = ensure_person(
                    draft,
                    phrase,
                    rule="entity.possessive",
                    role=role,
                    gender=gender,
                    affiliation=owner.entity,
                    country=owner_entity.country,
                )
        draft.add_mention(entity_id, phrase_start, phrase_end, "entity.possessive")

    # -- people known by role: "a State Department spokesman" ---------------------
    # The later passes each take their own words of the one scan, sorted out here in passing.
    other_hits: list[tuple[int, _Hit]] = []
    hit_kinds = rules.hit_kinds
    office_holders: dict[tuple[str, str], str] | None = None
    for hit in hits:
        hit_kind = hit_kinds.get(hit[2])
        if hit_kind is None and " " in hit[2] and hit[2].islower() and hit[2] in titles:
            hit_kind = _OFFICE_HIT  # "the EU chief negotiator", "the French foreign minister": a role of words
        if hit_kind is None:
            continue
        if hit_kind & _DESCRIPTOR_HIT:
            _descriptor_name(draft, rules, hit)
            hit_kind &= ~_DESCRIPTOR_HIT
            if not hit_kind:
                continue
        if hit_kind & _OFFICE_HIT:
            if office_holders is None:
                office_holders = _office_holders(draft)
            _office_after_place(draft, rules, hit, office_holders)
            if hit_kind == _OFFICE_HIT:
                continue
        if hit_kind != _ROLE_HIT:
            other_hits.append((hit_kind, hit))
            if not hit_kind & _ROLE_HIT:
                continue
        role_match = rules.unnamed_role.match(text, hit[0])
        if role_match is None:
            continue
        match = role_match
        # Look back for "a"/"an"/"the" and one to four capitalised words: "a State Department spokesman", with
        # at most two lower-case modifiers after the article: "a senior Western diplomat", "a former EU official".
        before = text[max(0, match.start() - 80) : match.start()]
        words = before.split()
        if not before.endswith((" ", "\t")) or len(words) < 2:
            continue
        position = len(words)
        while position and len(words) - position < 4 and words[position - 1][:1].isupper():
            if words[position - 1] in _ARTICLES:
                break
            position -= 1
        org_count = len(words) - position
        while position and len(words) - position < org_count + 2 and words[position - 1] in rules.role_modifiers:
            position -= 1
        if not org_count or not position or words[position - 1] not in _ARTICLES:
            continue
        article = words[position - 1]
        modifiers = words[position : len(words) - org_count]
        org_end = match.start() - (len(before) - len(before.rstrip()))
        org_start = text.rfind(words[-org_count], 0, org_end)
        description_start = text.rfind(modifiers[0], 0, org_start) if modifiers else org_start
        phrase_start = text.rfind(article, 0, description_start)
        inner = draft.mentions_in(org_start, org_end)
        if not inner:
            continue
        role = match.group("role")
        owner_entity = draft.entities[inner[-1].entity]
        comma = len(text[:phrase_start].rstrip(" \t")) - 1
        apposed = draft.mention_ending_at(comma) if comma >= 0 and text[comma] == "," else None
        if apposed is not None and draft.entities[apposed.entity].type == "person":
            # "Ana Ruiz, a senior Western diplomat,": the description of the person named before, no one new.
            person = draft.entities[apposed.entity]
            if not person.role or not person.affiliation:
                draft.replace_entity(
                    attrs.evolve(person, role=person.role or role, affiliation=person.affiliation or owner_entity.id)
                )
            continue
        name = f"{text[description_start:org_end].strip()} {role}"
        entity_id = ensure_person(
            draft,
            name,
            rule="entity.unnamed_role",
            role=role,
            gender=rules.titles.get(role, (None, None))[1],
            affiliation=owner_entity.id,
            country=owner_entity.country,
        )
        draft.add_mention(entity_id, phrase_start, match.end(), "entity.unnamed_role")

    # -- bodies named in lower case ("the least developed countries group") and plural
    # -- subjects that open a sentence ("Small island states pushed for ...") ---------
    sentences = draft.sentences
    group_hits = []
    for hit_kind, hit in other_hits:
        if hit_kind & _GROUP_HIT:
            group_hits.append(hit)
        elif hit_kind & _BODY_HIT:
            _lower_case_body(draft, rules, hit, state)
        elif hit_kind & _SUBJECT_HIT:
            index = bisect.bisect_right(sentences, (hit[0], len(text))) - 1
            if index < 0 or hit[0] - sentences[index][0] > 60:
                continue  # only a sentence's first words are its subject
            subject = rules.subject.match(text, sentences[index][0])
            if subject is not None and subject.end("head") == hit[1]:
                _sentence_subject(draft, rules, subject)

    # -- unnamed sources as groups -----------------------------------------------
    for start, hit_end, word in group_hits:
        possessive = text[hit_end : hit_end + 1] in ("'", "’")
        if start and text[start - 1] == "-":
            continue  # "co-pilots", "ex-soldiers": the end of a longer word, which the statement stage reads whole
        if possessive or (word[:1].isupper() and start > 1 and text[start - 2].isalpha() and text[start - 1] == " "):
            # Only after a word or before an apostrophe can it be part of a longer name.
            covering = draft.mention_at(start)
            if covering is not None and (
                draft.explanations[covering.id][0] == "entity.gazetteer"
                or (word in rules.org_heads and covering.span.start < start)
                or (
                    covering.span.start < start
                    and covering.span.end >= hit_end
                    and draft.entities[covering.entity].type in _BODY_TYPES
                )  # "the Alliance of Liberals and Democrats for Europe", "the Guild of Pilots": a body's word
                or (possessive and covering.span.end > hit_end + 1)
            ):
                continue  # "United States", "Emirates Airlines", "The Workers' Cooperative": part of a name
        if possessive and word.islower() and _people_body(draft, rules, start, hit_end):
            continue  # "the local teachers' union": the union, not the teachers
        group_match = rules.groups.match(text, start)
        if group_match is not None:
            _group(draft, rules, group_match)

    _lower_case_offices(draft, rules, state)
    _described_bodies(draft, rules)
    _companies_by_first_word(draft, rules, state)
    _genders_from_given_names(draft, rules)
    draft.scratch["singles"] = singles


#: The nouns of a body's branch before "of": "the Auckland branch of".
_BRANCH_NOUNS = ("branch", "chapter", "office", "division", "wing", "section", "affiliate", "local")
#: "the Auckland branch of": a place naming a body's branch, then the body.
_BRANCH_OF = re.compile(rf"(?:{'|'.join(_BRANCH_NOUNS)})[ \t]+of[ \t]+")
#: "the Auckland " right before "branch of": the place that names the branch.
_BRANCH_PLACE = re.compile(rf"(?<![\w’'\-])[Tt]he[ \t]+(?P<place>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*)?)[ \t]+$")
#: "the city of Kyiv", "The town of Dunmore": a place's local government named by its kind and its name.
_CITY_NOUNS = ("city", "town", "village", "municipality", "borough")
_CITY_OF = re.compile(
    rf"(?:{'|'.join(_CITY_NOUNS)})[ \t]+of[ \t]+"
    rf"(?P<name>[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,2}})(?![\w’'\-])"
)
#: "of" before a space or a tab: where a noun's "of" ends ("branch of", "city of"), a literal the engine finds fast.
_OF = re.compile(r"of[ \t]")


def _before_of(text: str, regex: re.Pattern[str], nouns: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """The matches of ``regex.finditer(text)``, for a regex that opens with one of ``nouns``, spaces or tabs, "of".

    Such a regex, opening with an alternation of common letters, is tried after every one of them in the
    text; here only where one of ``nouns`` ends before spaces and an "of" (a literal, found by fast search),
    left to right and on after each match as ``finditer`` goes. No noun may end with another (at most one ends
    before an "of", where the regex can start).
    """
    position = 0
    for found in _OF.finditer(text):
        gap = found.start()
        while gap and text[gap - 1] in " \t":
            gap -= 1
        if gap == found.start() or not text.endswith(nouns, 0, gap):
            continue  # "proof", "the rest of": no space, or none of the nouns, before the "of"
        for noun in nouns:
            start = gap - len(noun)
            if start >= position and text.startswith(noun, start):
                match = regex.match(text, start)
                if match is not None:
                    yield match
                    position = match.end()
                    break


#: "the " or "The " right before a word: "the " of "the city of Kyiv".
_THE_BEFORE = re.compile(r"(?<![\w’'\-])[Tt]he[ \t]+$")
#: Words before "the city of X" that make it a place, not an actor: "fighting in the city of Kharkiv".
_PLACE_PREPOSITIONS = frozenset(
    "in near at from to into outside around across of for on through toward towards within".split()  # noqa: SIM905
)


def _cities_named(draft: Draft, rules: EntityRules, state: _Found) -> None:
    """A city, town or village named as such where it acts ("The city of Kyiv said ...", "the town of Dunmore
    sued"): its local government, an entity of its own named by the place, with the country the gazetteer gives
    the name; not the country a capital's name stands for elsewhere ("Kyiv" for Ukraine). After a preposition
    ("in the city of Kharkiv") or with words that describe the place ("the border village of Quionga", "the
    besieged town of Um Sayala") the words are a place and are left to the gazetteer."""
    text = draft.text
    for match in _before_of(text, _CITY_OF, _CITY_NOUNS):
        the = _THE_BEFORE.search(text, max(0, match.start() - 6), match.start())
        if the is None:
            continue  # "the border village of Quionga": a description of the place
        before = text[max(0, the.start() - 20) : the.start()].split()[-1:]
        if before and before[0].lower() in _PLACE_PREPOSITIONS:
            continue
        name_start, name_end = match.span("name")
        name = match.group("name")
        if name in rules.not_names or state.org_starting_at(name_start) is not None:
            continue
        if any(start < name_end and name_start < end for start, end, _, _ in state.person_mentions):
            continue
        gazetteer = state.gaz_by_start.get(name_start)
        country = None
        if gazetteer is not None:
            if gazetteer[0] != name_end:
                continue  # "the city of New York State ...": a longer name than the gazetteer's
            country = rules.records[gazetteer[1]].get("country")
            state.drop_gaz.add(name_start)
        entity_id = ensure_org(draft, name, rule="entity.place", kind="government", country=country)
        state.add_org(draft, entity_id, the.start(), name_end, "entity.place")


#: The heads of a state's or a public body's offices named in lower case: "the data protection authority".
_OFFICE_HEADS = (
    "authority|office|ministry|agency|commission|bureau|department|directorate|inspectorate|tribunal|ombudsman"
)
#: The heads one by one ("office" and "ministry"/"department" among them): a text with none has no such office.
_OFFICE_HEAD_WORDS = tuple(_OFFICE_HEADS.split("|"))
#: "The" and up to four lower-case words before an office's head, or before "'s office" with a role before it
#: ("the federal public defender's office"), or "the ministry of" and a list in lower case ("the ministry of
#: development, industry and trade"); the words of each are checked by ``_lower_case_offices``.
_LOWER_OFFICE = re.compile(
    # The look-behind after the "T" lets the regex engine skip to each "T"/"t" (before it, it tried every place).
    r"[Tt](?<![\w’'\-][Tt])he[ \t]+(?P<name>"
    r"(?P<mods>(?:[a-z][a-z\-]*[ \t]+){0,3}[a-z][a-z\-]*)(?:['’]s[ \t]+(?P<owned>office)|[ \t]+(?P<head>"
    + _OFFICE_HEADS
    + r")(?![\w’'\-]))"
    r"|(?P<body>ministry|department)[ \t]+of[ \t]+"
    r"(?P<list>[a-z]+(?:(?:,[ \t]+|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)[a-z]+){0,4}))"
)
#: A place after a body's noun: " in Kyiv", " at the Hague".
_PLACED_NAME = re.compile(rf"[ \t]+(?:in|at)[ \t]+(?:the[ \t]+)?[{UPPER}]")
#: Holders of an office, besides the packs' titles, whose "'s office" is a body: "the public defender's office".
_OFFICE_HOLDERS = frozenset("defender auditor coroner controller general registrar treasurer".split())  # noqa: SIM905
#: Words that make a description no office's name: "the same office", "the new authority".
_NOT_OFFICE_WORDS = frozenset(
    "same other new old former previous current relevant respective appropriate whole entire main only "  # noqa: SIM905
    "own first last next local top box head front back home".split()
)


#: What the name of a lower-case office holds between its "T" or "t" and its head: lower-case letters, hyphens,
#: spaces, tabs and the apostrophe of "'s office".
_OFFICE_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz-’' \t")


def _search_lower_office(text: str, position: int, heads: list[int]) -> re.Match[str] | None:
    """``_LOWER_OFFICE.search(text, position)``, tried only where a match can start: before one of ``heads``.

    ``heads`` are the places of the heads in the text (``_OFFICE_HEAD_WORDS``, anywhere), in order. Every
    match reads only ``_OFFICE_NAME_CHARS`` from the character after its "T" or "t" to its head, and so to the
    first head after its start: for each head in turn, its "T"s and "t"s are tried from the start of that
    stretch before it (no further back than the head before, whose stretch took in what lay before it), in
    order; the first match is the search's. The search itself tried the pattern at every "T" and "t" of the text.
    """
    floor = position
    for head in heads[bisect.bisect_left(heads, position) :]:
        low = head
        while low > floor and text[low - 1] in _OFFICE_NAME_CHARS:
            low -= 1
        for start in range(max(low - 1, floor), head):
            if text[start] in "Tt" and (match := _LOWER_OFFICE.match(text, start)) is not None:
                return match
        floor = head
    return None


def _lower_case_offices(draft: Draft, rules: EntityRules, state: _Found) -> None:
    """Offices of a state or a public body named in lower case, each an organisation.

    "the data protection authority", "the national statistics office" (up to four words that describe the
    office before its head, content words all, with no body's noun or title after the head: "the tax office
    building", "the authority chief"), "the housing minister's office", "the federal public defender's office" (a
    title before "'s office"), "the ministry of development, industry and trade" (its list to the last "and").
    Words a pass read already are left as they are.
    """
    text = draft.text
    heads = sorted(place for head in _OFFICE_HEAD_WORDS for place in _found_at(text, head))
    if not heads:
        return  # every match ends in a head: most texts name no office so, and are not scanned "the" by "the"
    position = 0
    while (match := _search_lower_office(text, position, heads)) is not None:
        # A match turned down leaves its words to the next "the" in it ("the board said the ministry of ...").
        position = match.start("name")
        start, end = match.span("name")
        if match.group("body") is not None:
            listed = match.group("list").replace(",", " ").split()
            if any(
                word in _FUNCTION_WORDS or word in rules.speech_forms or word.endswith("ing")
                for word in listed
                if word != "and"
            ):
                continue  # "the ministry of the interior", "accused the ministry of moving too slowly"
            if listed[-1] == "and":
                continue
        else:
            modifiers = match.group("mods").split()
            if any(
                word in _FUNCTION_WORDS
                or word in _GROUP_LEFT_STOP
                or word in _NOT_OFFICE_WORDS
                or word in rules.speech_forms
                or word.endswith(("ly", "ed"))  # "the unreleased department video"
                for word in modifiers
            ):
                continue
            if match.group("owned") is not None:
                holder = modifiers[-1]
                if not (holder in rules.titles or holder.capitalize() in rules.titles or holder in _OFFICE_HOLDERS):
                    continue  # "the family's office": no office holder's
            else:
                following = _BODY_NEXT.match(text, end)
                if following is not None:
                    word = following.group(1)
                    if (
                        word in ("of", "for")
                        or (word.endswith("ing") and word not in rules.speech_forms)  # "the tax office building"
                        or word in rules.titles
                        or word in rules.group_words
                        or word in rules.org_words
                    ):
                        continue  # "the tax office chief", "the authority of the state"
        if text.startswith(("'s", "’s"), end) and match.group("owned") is None:
            continue  # "the tax office's chief": another pass reads the owner and what it owns
        if match.group("head") is not None and _PLACED_NAME.match(text, end):
            continue  # "The health ministry in Kyiv said": the statement stage reads it with the place's country
        if draft.mentions_in(start, end):
            continue
        name = " ".join(text[start:end].split())
        words = name.replace(",", " ").split()
        if match.group("head") is not None and " ".join(words[-2:]) in rules.org_descriptors:
            continue  # "the state news agency": a description of a body, which the descriptor passes read
        entity_id = _body_named_before(draft, start, words) or ensure_org(draft, name, rule="entity.organization")
        # The mention holds the article, as a speaker's description does ("The port authority has rejected ...").
        state.org_spans[(match.start(), end)] = entity_id
        draft.add_mention(entity_id, match.start(), end, "entity.organization")
        if match.group("body") is not None and "," in match.group("list"):
            # A source read back from its cue stops at a comma: the statement stage reads this name whole.
            draft.scratch.setdefault("listed_bodies", {})[end] = match.start()
        position = end


#: How far before "the data protection authority" the body whose name holds its words may be named, in characters.
_NAMED_BEFORE_REACH = 3000


def _body_named_before(draft: Draft, start: int, words: list[str]) -> str | None:
    """The body named before ``start`` whose name holds all ``words`` (in any case): "the Dutch Data Protection
    Authority ... the data protection authority", "the Ministry of Health ... the health ministry"; the one
    named last, or None."""
    wanted = {word.lower() for word in words if word not in ("and", "of")}
    for mention in reversed(draft.mentions_in(max(0, start - _NAMED_BEFORE_REACH), start)):
        entity = draft.entities[mention.entity]
        if entity.type in ("organization", "government") and wanted <= set(norm(entity.name).replace(",", " ").split()):
            return entity.id
    return None


#: A body's noun after the apostrophe of a plural of people: "' union" of "the teachers' union", "’ association".
_BODY_AFTER_APOSTROPHE = re.compile(r"['’][ \t]+(?P<noun>[a-z]+(?:[ \t]+union)?)(?![\w\-’'])")
#: What after "the teachers' union" names it: "the teachers' union NUT", "the teachers' union, the NEU,".
_BODY_NAMED_AFTER = re.compile(rf"(?:,[ \t]+(?:the[ \t]+)?)?[ \t]*[{UPPER}]")


#: A comma, an article and up to two capitalised words before a body's description: ", the Dutch ".
_APPOSED_BEFORE = re.compile(rf",[ \t]+(?:the|a|an)[ \t]+(?P<words>(?:[{UPPER}][\w\-]*[ \t]+){{0,2}})$")


def _body_before_comma(draft: Draft, comma: int) -> str | None:
    """The body named right before ``comma``: one a pass read, or a name no pass read that ``name_kind`` takes
    for one (made a body here, as ``_described_bodies`` would), or None for a person or no name."""
    mention = draft.mention_ending_at(comma)
    if mention is not None:
        return mention.entity if draft.entities[mention.entity].type in _BODY_TYPES else None
    name = _NAME_BEFORE_COMMA.search(draft.text, max(0, comma - 60), comma)
    if name is None or draft.mention_at(name.start()) is not None or name_kind(draft, name.start(), comma) is None:
        return None
    entity_id = ensure_org(draft, " ".join(name.group().split()), rule="entity.apposition")
    draft.add_mention(entity_id, name.start(), comma, "entity.apposition")
    return entity_id


def _people_body(draft: Draft, rules: EntityRules, start: int, end: int) -> bool:
    """Read "the local teachers' union", "the nurses' association": a body named by its people, as one body.

    A plural of people in lower case (``start``, ``end``), an apostrophe and a noun of the packs'
    ``organization_nouns`` no government's ("union", "association", "federation", "group"), with up to
    two words in lower case before that describe it ("the local", "the national farmers'"). When a name
    follows, it names the body ("the teachers' union NUT", "the teachers' union, the NEU,"), which the name
    passes read. Returns whether the words were read, as a body or as the description of one.
    """
    text = draft.text
    found = _BODY_AFTER_APOSTROPHE.match(text, end)
    if found is None:
        return False
    noun = found.group("noun")
    if noun not in rules.org_nouns or noun in rules.gov_heads:
        return False
    named = _BODY_NAMED_AFTER.match(text, found.end())
    if named is not None and text[named.end() - 1 : named.end() + 9].split()[0].rstrip(".,;:") not in _DATE_WORDS:
        # "the teachers' union NUT", "the supporters' group Dutch Army": the name passes read the body by its
        # name; the people are none of the text's actors. A date is no name ("the teachers' union Tuesday").
        return True
    words = text[max(0, start - 40) : start].split()
    first = start
    for word in reversed(words[-2:]):
        if (
            not word.isalpha()
            or not word.islower()
            or word in _GROUP_LEFT_STOP
            or word in _FUNCTION_WORDS
            or word in rules.speech_forms
            or word.endswith(("ed", "ly", "ing"))
        ):
            break
        first = text.rfind(word, 0, first)
    apposed = _APPOSED_BEFORE.search(text, max(0, first - 40), first)
    body = _body_before_comma(draft, apposed.start()) if apposed is not None else None
    if apposed is not None and body is not None:
        # "the Consumentenbond, the Dutch consumers' association, which said": a description of the body before.
        entity_id = body
        first = apposed.start("words")
    else:
        entity_id = ensure_org(draft, " ".join(text[first : found.end()].split()), rule="entity.organization")
    draft.add_mention(entity_id, first, found.end(), "entity.organization")
    draft.scratch.setdefault("body_kinds", {}).setdefault(entity_id, set()).add(noun.split()[-1])
    return True


#: A lone name after a noun of a body's kind: " Streetwatch" in "the campaign group Streetwatch said".
_LONE_NAME_AFTER = re.compile(rf"[ \t]+({_NAME_WORD})(?![\w’'\-])(?![ \t]+(?:{_CONNECTOR}[ \t]+)?[{UPPER}])")


def _descriptor_name(draft: Draft, rules: EntityRules, hit: _Hit) -> None:
    """A body named by one word after the noun of its kind: "the campaign group Streetwatch", "the charity Oxfam".

    The name is keyed as an organisation's, so that "Streetwatch said" later is the body, not a person, and the
    noun is noted for coreference ("the group"). A name a pass read already, a gazetteer name, a word of the
    packs' lists, a person's name word the text knows, and the subject of a clause that lacks its object ("the
    company Jobs founded") are left alone. Runs of several capitalised words are the name pass's.
    """
    text = draft.text
    found = _LONE_NAME_AFTER.match(text, hit[1])
    if found is None:
        return
    start, end = found.span(1)
    word = _POSSESSIVE.sub("", found.group(1))
    end = start + len(word)
    if (
        len(word) < 2
        or word in rules.not_names
        or word in rules.surface
        or word in rules.titles
        or word in draft.scratch.get("name_tokens", {})
        or _object_gap(text, end, rules)
        or draft.mention_at(start) is not None
    ):
        return
    entity_id = ensure_org(draft, word, rule="entity.descriptor")
    draft.add_mention(entity_id, start, end, "entity.descriptor")
    draft.scratch.setdefault("body_kinds", {}).setdefault(entity_id, set()).add(hit[2])


#: One to four capitalised words right before a comma: the name an apposition describes.
_NAME_BEFORE_COMMA = re.compile(rf"(?<![\w’'\-])(?:{_NAME_WORD}[ \t]+){{0,3}}{_NAME_WORD}$")


def _described_bodies(draft: Draft, rules: EntityRules) -> None:
    """Bodies described by the noun of their kind in an apposition, which "the insurer" then refers to.

    "Kovalis, one of Norway's biggest insurers,", "Brennwater, the water regulator,": the
    name before the comma is an organisation (made one when no pass read it, if ``name_kind``
    takes it for a name), and the noun is noted in ``draft.scratch["body_kinds"]`` so that
    coreference takes "the insurer", "the regulator" to it before any other body. A person
    named before the comma is left alone ("Ana Ruiz, a bank manager," is no bank).
    """
    text = draft.text
    kinds: dict[str, set[str]] = draft.scratch.setdefault("body_kinds", {})
    for match in rules.body_apposition.finditer(text):
        comma = match.start()
        mention = draft.mention_ending_at(comma)
        if mention is not None:
            entity = draft.entities[mention.entity]
            if entity.type not in _BODY_TYPES:
                if not _guessed_person(draft, rules, entity):
                    continue
                # "its owner, Pellow Robotics, a Leeds startup,": two name words the name pass took for a
                # person's, which the apposition shows to be a body's.
                entity = attrs.evolve(entity, type="organization")
                draft.replace_entity(entity)
                draft.entity_keys.setdefault("org:" + norm(entity.name), entity.id)
            entity_id = entity.id
        else:
            name = _NAME_BEFORE_COMMA.search(text, max(0, comma - 60), comma)
            if name is None or draft.mention_at(name.start()) is not None:
                continue
            if name_kind(draft, name.start(), comma) is None:
                continue
            entity_id = ensure_org(draft, " ".join(name.group().split()), rule="entity.apposition")
            draft.add_mention(entity_id, name.start(), comma, "entity.apposition")
        kinds.setdefault(entity_id, set()).add(match.group("noun"))
    # "the metalworkers' union UILM", "the broadcaster NRK": the noun of its kind before a body's acronym, which
    # then names a body "the union" can be even when nothing it did made it an entity before coreference.
    for match in _ACRONYM_WORD.finditer(text):
        start, end = match.span()
        noun = _kind_before(text, start, rules)
        if noun is None or not _acronym_body(draft, rules, match.group()):
            continue
        mention = draft.mention_at(start)
        if mention is not None:
            if draft.entities[mention.entity].type not in _BODY_TYPES:
                continue
            entity_id = mention.entity
        else:
            entity_id = ensure_org(draft, match.group(), rule="entity.descriptor")
            draft.add_mention(entity_id, start, end, "entity.descriptor")
        kinds.setdefault(entity_id, set()).add(noun)


#: "the" and one to three capitalised words right before a role: "the Texas ", "The French ", "the Acme ".
_PLACE_BEFORE_OFFICE = re.compile(
    rf"(?<![\w’'\-])[Tt]he[ \t]+(?P<owner>[{UPPER}][\w\-.]*(?:[ \t]+[{UPPER}][\w\-.]*){{0,2}})[ \t]+"
    r"(?P<mods>(?:[a-z][\w\-]*[ \t]+){0,2})$"
)
#: "for", "of" or "to" after a role: the role's field or body follows ("the UN envoy for Chad").
_ROLE_GOES_ON = re.compile(r"[ \t]+(?:for|of|to)[ \t]")
#: What may follow a role known alone: no name ("the French president Emmanuel Macron" is the title pass's).
_NAME_AFTER_OFFICE = re.compile(rf"[ \t]+[{UPPER}]")


def _office_holders(draft: Draft) -> dict[tuple[str, str], str]:
    """The people known so far with a role and a body or country: (role, body id) -> person, the first one."""
    holders: dict[tuple[str, str], str] = {}
    for entity in draft.entities.values():
        if entity.type == "person" and entity.role and entity.affiliation:
            holders.setdefault((entity.role, entity.affiliation), entity.id)
    return holders


def _office_after_place(draft: Draft, rules: EntityRules, hit: _Hit, holders: dict[tuple[str, str], str]) -> None:
    """The person holding a role at the place or body named between "the" and the role, not the place.

    "The Texas governor said", "the French president", "the EU chief negotiator".

    The capitalised words are one mention of a country, place or body; the person is the one named before with
    that role there ("French President Emmanuel Macron"), else a person known by the role alone, called by the
    words ("French president"), whose mention spans the phrase.
    """
    text = draft.text
    start, end, role_word = hit
    if text[end : end + 1].isalnum() or _NAME_AFTER_OFFICE.match(text, end):
        return
    following = _LOWER_NEXT.match(text, end)
    while following is not None and following.group(1) in rules.titles:
        # "the EU chief negotiator", "the EU chief spokesman": the role goes on ("the EU chief" is no one).
        end = following.end()
        following = _LOWER_NEXT.match(text, end)
    if _NAME_AFTER_OFFICE.match(text, end) or _ROLE_GOES_ON.match(text, end):
        return  # "the French president Emmanuel Macron", "the UN envoy for Chad": read by other passes
    lead = _PLACE_BEFORE_OFFICE.search(text, max(0, start - 60), start)
    if lead is None:
        return
    mods = lead.group("mods").split()
    role_start = start
    if mods:
        # "the French foreign minister": words of the title ("foreign minister"); "the Ohio former senator"
        # reads its modifiers as the unnamed role pass does ("senior", "former").
        title = " ".join([*mods, role_word])
        if title in rules.titles or title.title() in rules.titles:
            role_start = lead.start("mods")
        elif not all(word in rules.role_modifiers for word in mods):
            return
    owner = draft.mention_at(lead.start("owner"))
    if owner is None or owner.span.start != lead.start("owner") or owner.span.end != lead.end("owner"):
        return
    owner_entity = draft.entities[owner.entity]
    if owner_entity.type not in ("country", "other", *_BODY_TYPES):
        return
    if draft.mention_at(lead.start()) is not owner and draft.mentions_in(lead.start(), end) != [owner]:
        return  # a mention of its own over the phrase ("the Kremlin spokesman" read above)
    role = " ".join(text[role_start:end].split()).lower()
    named = _named_after_role(draft, text, end)
    if named is not None:
        # "The Texas governor, Greg Abbott, said": the person named after the role holds it.
        if not named.role or not named.affiliation:
            draft.replace_entity(
                attrs.evolve(named, role=named.role or role, affiliation=named.affiliation or owner_entity.id)
            )
        draft.add_mention(named.id, lead.start(), end, "entity.unnamed_role")
        return
    person_id = holders.get((role, owner_entity.id))
    if person_id is None:
        words = " ".join(text[lead.start("owner") : end].split())
        person_id = ensure_person(
            draft,
            f"{words[:1].upper()}{words[1:]}",
            rule="entity.unnamed_role",
            role=role,
            gender=rules.titles.get(role, (None, None))[1],
            affiliation=owner_entity.id,
            country=owner_entity.country,
            named=False,
        )
        holders[(role, owner_entity.id)] = person_id
    draft.add_mention(person_id, lead.start(), end, "entity.unnamed_role")


def _guessed_person(draft: Draft, rules: EntityRules, entity: Entity) -> bool:
    """Whether a person was only guessed from the look of the name: by the name pass, with no given name, title,
    role or gender ("Pellow Robotics" may be a firm; "Ana Ruiz" and "Senator Ruiz" are people)."""
    return (
        entity.type == "person"
        and entity.role is None
        and entity.affiliation is None
        and entity.id not in draft.genders
        and draft.explanations.get(entity.id, ("", ""))[0] == "entity.name"
        and entity.name.split()[0] not in rules.given_names
    )


#: A word in capitals, whole: a candidate acronym ("UILM", "FIOM-CGIL"). The look-behind sits after the first
#: letter, so that the engine skips straight to capital letters.
_ACRONYM_WORD = re.compile(rf"[{UPPER}](?<![\w’'\-].)[{UPPER}]+(?:-[{UPPER}]{{2,}})*(?![\w’'\-])")


def _kind_before(text: str, start: int, rules: EntityRules) -> str | None:
    """The noun of a body's kind right before ``start`` ("the union UILM", "the think tank IFRI"), or None."""
    if start < 2 or text[start - 1] not in " \t":
        return None
    low = max(0, start - 40)
    space = last_space(text, low, start - 1)
    word = text[space + 1 : start - 1]
    if word in rules.body_kinds:
        return word
    if space > low:
        two = last_space(text, low, space)
        words = text[two + 1 : start - 1]
        if " " in words and words in rules.body_kinds:
            return words
    return None


def _companies_by_first_word(draft: Draft, rules: EntityRules, state: _Found) -> None:
    """Key each company named by one word and heads by that word too: "Brightline" after "Brightline Brands".

    A later stage that looks a lone name up ("Brightline said", "criticized Brightline") then finds the
    company, not a new person. Not a person's name word, a gazetteer name, a government body
    ("Harwick Police Department"), nor a word the text also writes as a place ("in Harwick" besides
    "Harwick Times").
    """
    name_tokens = draft.scratch.get("name_tokens", {})
    for word, entity_id in state.companies.items():
        if (
            entity_id is None
            or word in name_tokens
            or word in rules.surface
            or word in rules.not_names
            or draft.entities[entity_id].type != "organization"
            or _looked_up(draft, "place_words", word, _written_as_place, _words_after_place_prepositions)
        ):
            continue
        draft.entity_keys.setdefault("org:" + norm(word), entity_id)


#: Prepositions before a place: "in Harwick", "from Harwick". Not "of" nor "to", which take a company as
#: often as a place: "shares of Talvik", "sold to Talvik".
_PLACE_PREPOSITIONS = frozenset(["in", "at", "from", "near", "around"])


_AFTER_PLACE_PREPOSITION = re.compile(r"(?<![\w’'-])(?:in|at|from|near|around)[ \t]+([\w’'-]+)")


def _words_after_place_prepositions(text: str) -> frozenset[str]:
    """Every word ``_written_as_place`` would find in ``text``, collected in one pass (for a long text)."""
    return frozenset(_AFTER_PLACE_PREPOSITION.findall(text))


def _written_after(text: str, word: str, prepositions: frozenset[str]) -> bool:
    """Whether ``word`` stands alone after one of ``prepositions`` somewhere in ``text``: "in Harwick".

    A string search per occurrence of the word (a company's first word is rare): no pattern over
    the whole text per word.
    """
    position = text.find(word)
    while position >= 0:
        after = position + len(word)
        if (
            position >= 2
            and text[position - 1] in " \t"
            and not (after < len(text) and (text[after].isalnum() or text[after] in "’'-"))
        ):
            before = text[max(0, position - 8) : position].split()
            if before and before[-1] in prepositions:
                return True
        position = text.find(word, after)
    return False


def _written_as_place(text: str, word: str) -> bool:
    """Whether ``word`` stands alone after a preposition of place somewhere in ``text``: "in Harwick"."""
    return _written_after(text, word, _PLACE_PREPOSITIONS)


#: Prepositions that put only a place after them when a lone name follows: "a depot in Lille", "talks near
#: Tromsø". Not "from" ("a letter from Brennan") nor "at" ("a job at Tessaro"), which take people and firms.
_PLACE_ONLY_PREPOSITIONS = frozenset(["in", "near", "around", "outside"])
_AFTER_PLACE_ONLY = re.compile(r"(?<![\w’'-])(?:in|near|around|outside)[ \t]+([\w’'-]+)(?![\w’'-])")


def _words_after_place_only(text: str) -> frozenset[str]:
    """Every word ``_written_only_as_place`` would find in ``text``, collected in one pass (for a long text)."""
    return frozenset(_AFTER_PLACE_ONLY.findall(text))


def _written_only_as_place(text: str, word: str) -> bool:
    """Whether ``word`` stands alone after "in", "near", "around" or "outside" somewhere in ``text``: "in Lille"."""
    return _written_after(text, word, _PLACE_ONLY_PREPOSITIONS)


def named_place(draft: Draft, word: str) -> bool:
    """Whether a lone capitalised ``word`` names a place the text writes as one, not a person.

    "a depot in Lille. Lille said ...", "talks in Tromsø ... Tromsø's council": a word the text puts
    after "in", "near", "around" or "outside", that names no person it knows ("Okafor" once "Jane
    Okafor" is met), no gazetteer entry (read there) and no word of the packs' lists. The place
    speaks as its local government.
    """
    if draft.rules is None or not word[:1].isupper() or not word.isalpha():
        return False
    rules = rules_for(draft)
    if word in rules.surface or word in rules.not_names or word in rules.titles or word.isupper():
        return False
    if word in draft.scratch.get("name_tokens", {}):
        return False
    return _looked_up(draft, "place_only_words", word, _written_only_as_place, _words_after_place_only) and not (
        body_evidence(draft, word)  # "shares in Brennix": a firm the text puts after "in"
    )


#: Nouns that end a place's name as a unit of local government: "Kessel County", "Bong County", "Orel Oblast".
AREA_NOUNS = frozenset(
    "County Province District Region Prefecture Municipality Borough Township Parish Oblast Governorate Canton "  # noqa: SIM905
    "Territory Shire".split()
)


def area_name(draft: Draft, words: Sequence[str], *, owned: bool = False) -> bool:
    """Whether ``words`` name a place by its unit of local government: "Kessel County", "Upper Volta Province".

    One to three name words, then one of ``AREA_NOUNS``; no name word is a word of the packs' lists (but a
    first "New", "Upper", "North" ...), a title, a body's head ("School District") or a word of a person's name
    the text gave. A given name first is a person's ("Tom Parish said"), except as the owner of an office
    (``owned``: "the sheriff of Marion County"). Such a place speaks, and has officers, as its local government.
    """
    if draft.rules is None or not 2 <= len(words) <= 4 or words[-1] not in AREA_NOUNS:
        return False
    rules = rules_for(draft)
    if not owned and words[0] in rules.given_names:
        return False
    name_tokens = draft.scratch.get("name_tokens", {})
    opener = 1 if len(words) > 2 and words[0] in _PLACE_OPENERS else 0
    return all(
        word[:1].isupper()
        and word.replace("-", "").isalpha()
        and not word.isupper()
        and word not in rules.not_names
        and word not in rules.titles
        and word not in rules.org_heads
        and word not in name_tokens
        for word in words[opener:-1]
    )


#: Words the packs list as no names that open places' names: "New Kessel County", "Upper Nile Province".
_PLACE_OPENERS = frozenset(
    "North South East West Northern Southern Eastern Western Central New Old Great Greater Upper Lower Saint St. "  # noqa: SIM905
    "Fort Mount Cape".split()
)


#: Roles held in a party or a body, which a party's name opens: "Labour MP", "Green councillors", "Tory leader".
#: Not roles a person's name opens ("a Clinton aide", "Trump supporters").
PARTY_ROLES = frozenset(
    "MP MPs MEP MEPs MSP MSPs MLA MLAs TD TDs councillor councillors councilor councilors lawmaker lawmakers "  # noqa: SIM905
    "legislator legislators senator senators peer peers leader".split()
)
_NAME_THEN_ROLE = re.compile(
    rf"([{UPPER}][\w’'\-]*)[ \t]+({'|'.join(sorted(PARTY_ROLES, key=len, reverse=True))})(?![\w’'\-])"
)


def _written_before_member_role(text: str, word: str) -> bool:
    """Whether ``word`` stands right before a role held in a party somewhere in ``text``: "Labour MP"."""
    position = text.find(word)
    while position >= 0:
        after = position + len(word)
        if not (position and (text[position - 1].isalnum() or text[position - 1] in "’'-")):
            found = _NAME_THEN_ROLE.match(text, position)
            if found is not None and found.group(1) == word:
                return True
        position = text.find(word, after)
    return False


def _words_before_member_roles(text: str) -> frozenset[str]:
    return frozenset(found.group(1) for found in _NAME_THEN_ROLE.finditer(text))


def named_party(draft: Draft, word: str) -> bool:
    """Whether a lone capitalised ``word`` names a party or a body whose members the text names by it.

    "A Labour MP said ... Labour said", "Green councillors ... the Greens": a word written right before
    a role held in a party ("MP", "councillor", "leader") is the party's name, not a person's; unless
    the text knows it as a person's name word, or it is a given name ("Hillary Clinton aide").
    """
    if draft.rules is None or not word[:1].isupper() or not word.isalpha():
        return False
    rules = rules_for(draft)
    if word in rules.not_names or word in rules.titles or word in rules.given_names or word in rules.surface:
        return False
    if word in draft.scratch.get("name_tokens", {}):
        return False
    return _looked_up(draft, "party_words", word, _written_before_member_role, _words_before_member_roles)


def _genders_from_given_names(draft: Draft, rules: EntityRules) -> None:
    """Give each person named by a given name and more the gender the name tells, unless one is known.

    "Daniel Brekke" is no antecedent of "she", nor "Clara Mendel" of "he". A title or a
    gendered role ("Mrs.", "spokeswoman") read before says more and is kept; a lone name
    ("Daniel", "Mendel") or a role ("Swedish official") tells nothing.
    """
    if not rules.given_genders:
        return
    genders = draft.genders
    for entity_id, entity in draft.entities.items():
        if entity.type != "person" or entity_id in genders:
            continue
        words = entity.name.split()
        gender = rules.given_genders.get(words[0]) if len(words) > 1 else None
        if gender is not None and words[-1][:1].isupper():
            genders[entity_id] = gender


def _sentence_subject(draft: Draft, rules: EntityRules, match: re.Match[str]) -> None:
    """A group for a plural actor that opens a sentence: "Small island states", "Several unions".

    The words before the head are its modifiers, all lower case but the first; a determiner or a
    number first is left out of the name ("Several unions" is the group "unions"), and a common
    word capitalised by the sentence start is written in lower case ("small island states").
    Nothing is made when a function word stands between ("Many of the countries"), or when a
    mention lies inside already ("Chinese officials", "EU member states").
    """
    text = draft.text
    words_start = match.start("words")
    head_end = match.end("head")
    if draft.mentions_in(words_start, head_end):
        return
    words = match.group("words").split()
    first, modifiers = words[0], words[1:]
    if any(word in _FUNCTION_WORDS or word in _GROUP_LEFT_STOP or word.endswith("ly") for word in modifiers):
        return
    nouns = [index for index, word in enumerate(words) if _actor_noun(rules, word.lower())]
    if nouns and any(word.endswith(("ed", "s")) for word in words[nouns[0] + 1 :]):
        return  # "The minister praised unions", "The company warned workers": a subject, its verb and an object
    if text[head_end : head_end + 1] in ("'", "’"):
        return  # "The drivers' union": the union, not the drivers
    following = _BODY_NEXT.match(text, head_end)
    if following is not None and following.group(1) in rules.org_nouns:
        return  # "The least developed countries group": the group, read as a body
    if first.lower() in _FUNCTION_WORDS or first.lower() in _GROUP_LEFT_STOP:
        if first.lower() not in _SUBJECT_LEADS:
            return  # "When countries ...", "His biggest donors", "It kept families": no group of its own
        words = modifiers
        if first.lower() in ("and", "but", "or"):
            words_start = text.index(words[0] if words else match.group("head"), words_start + len(first))
    elif first in rules.leading or first in rules.titles:
        return
    elif _common_at_sentence_start(draft, words_start, first, rules):
        words = [first.lower(), *modifiers]
    entity_id = ensure_group(draft, " ".join([*words, match.group("head")]))
    draft.add_mention(entity_id, words_start, head_end, "entity.group")


def _actor_noun(rules: EntityRules, word: str) -> bool:
    """Whether a lower-case word names a person's role, a group or a body: "minister", "company", "union"."""
    return (
        word in rules.role_words
        or word in rules.group_nouns
        or word in rules.org_nouns
        or word in rules.org_descriptors
    )


#: Words that may open a sentence before a plural actor and are no part of its name: "Several unions".
_SUBJECT_LEADS = frozenset(
    [
        *("the", "some", "several", "many", "most", "other", "both", "all", "these", "those", "and", "but", "or"),
        *("dozens", "hundreds", "thousands", *NUMBER_WORDS[1:]),
    ]
)


def _company_possessor(draft: Draft, rules: EntityRules, state: _Found, end: int) -> Mention | None:
    """A mention of the company whose first word stands alone before "'s" at ``end``, if any.

    "Tessaro Holdings cut jobs. Tessaro's board rejected the terms": "Tessaro" is the company, the
    first word of an organisation's name whose other words are all organisation heads. A person's
    surname is left to coreference ("Trump's" with a Trump Foundation in the text is Donald
    Trump); so is a word after a determiner or a capitalised word ("the Charter's", "West
    Virginia's").
    """
    text = draft.text
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
        start -= 1
    word = text[start:end]
    entity_id = state.companies.get(word)
    if (
        entity_id is None
        or word in draft.scratch.get("name_tokens", {})
        or word in rules.not_names
        or word in rules.surface
        or not _possessor_at(draft, start, end + 2)
    ):
        return None
    return draft.add_mention(entity_id, start, end, "entity.possessive")


def _place_possessor(draft: Draft, end: int) -> Mention | None:
    """A mention of the place whose lone name stands before "'s" at ``end``, if the text writes it as a place.

    "talks in Tromsø ... Tromsø's council said": the place, as its government, owns the council (see
    ``named_place``); a word joined to a name before it ("West Dalvik's") is left alone.
    """
    text = draft.text
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start == end or (start and (text[start - 1].isalnum() or text[start - 1] in "-’'._")):
        return None
    previous = text[max(0, start - 20) : start].split()[-1:]
    if previous and previous[0][:1].isupper() and not previous[0].endswith((".", "!", "?", '"', "”")):
        return None
    word = text[start:end]
    if not named_place(draft, word) or draft.mention_at(start) is not None:
        return None
    entity_id = ensure_org(draft, word, rule="entity.place", kind="government")
    return draft.add_mention(entity_id, start, end, "entity.place")


def _possessor_at(draft: Draft, start: int, end: int) -> bool:
    """Whether the word before "'s" at ``start``-``end`` stands alone: no word joined to it, no
    determiner or capitalised word before it, no mention on it yet."""
    text = draft.text
    if start and (text[start - 1].isalnum() or text[start - 1] in "-’'._"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] == "_"):
        return False
    previous = text[max(0, start - 20) : start].split()[-1:]
    if previous and (previous[0][:1].isupper() or previous[0].lower() in _FUNCTION_WORDS):
        return False
    return draft.mention_at(start) is None


#: A definite article and two to four lower-case modifiers, right before a body noun.
_BODY_LEAD = re.compile(r"(?<![\w’'\-])(?:[Tt]he)[ \t]+((?:[a-z][\w\-]*[ \t]+){2,4})$")
#: A name or quotation right after a description: "the rights group Stonewall", 'the collective "Anonymous"'.
_NAME_NEXT = re.compile(rf"[ \t]+(?:[{UPPER}\[\"“']|\(?[{UPPER}])")
#: What may follow a body noun for it to end the name: no "of" ("the largest group of"), no noun.
_BODY_NEXT = re.compile(r"[ \t]+([a-z][\w\-]*)")


def _lower_case_body(draft: Draft, rules: EntityRules, hit: _Hit, state: _Found) -> None:
    """An organisation named in lower case with its modifiers back to "the".

    "The least developed countries group welcomed ...", "the regional trade bloc said ...": the
    modifiers are part of the name, not cut at a participle. Two modifiers at least (one is the
    stance stage's "the opposition bloc"), all of them content words, and no noun or "of" after
    the head ("the farmers group leader", "the largest group of").
    """
    text = draft.text
    head_start, head_end, _ = hit
    lead = _BODY_LEAD.search(text, max(0, head_start - 60), head_start)
    if lead is None:
        return
    modifiers = lead.group(1).split()
    if any(
        word in _FUNCTION_WORDS or word in _GROUP_LEFT_STOP or word in rules.body_nouns or word in rules.titles
        for word in modifiers
    ):
        return
    following = _BODY_NEXT.match(text, head_end)
    if following is not None:
        word = following.group(1)
        if word in ("of", "for") or word in rules.titles or word in rules.group_words or word in rules.body_nouns:
            return
    start = lead.start(1)
    before = text[max(0, lead.start() - 2) : lead.start()]
    if before.endswith(",") or before.endswith(", ") or _NAME_NEXT.match(text, head_end):
        return  # a description beside a name: "NATO, the military alliance", "the rights group Stonewall"
    if draft.mentions_in(start, head_end):
        return  # a gazetteer name in lower case ("the least developed countries group") is that body
    entity_id = ensure_org(draft, text[start:head_end], rule="entity.organization")
    state.org_spans[(start, head_end)] = entity_id
    draft.add_mention(entity_id, start, head_end, "entity.organization")


def _group(draft: Draft, rules: EntityRules, match: re.Match[str]) -> None:
    text = draft.text
    head_start, head_end = match.span("head")
    if text[head_start:head_end].lower() in _ACTING_FOR and _FOR_WHOM.match(text, head_end):
        # "Lawyers for Ana Ruiz said", "lawyers for the family": people known by whom they act for; the
        # speaker's phrase names them whole, not a bare "lawyers".
        return
    before = text[max(0, head_start - 60) : head_start]
    pre_words = before.split()[-3:] if before.endswith((" ", "\t")) else []
    kept: list[str] = []
    name_tokens = draft.scratch.get("name_tokens", ())
    for position in range(len(pre_words) - 1, -1, -1):
        word = pre_words[position]
        if position and word[:1].islower() and _verb_after(pre_words[position - 1].lower(), word):
            break  # "which represents warehouse workers", "to let workers retire": a verb, not the group's
        if position and word[:1].islower() and pre_words[position - 1] in name_tokens:
            break  # "Governor Ana Ruiz met farmers": a verb after a person's name
        lower = word.lower()
        if kept and (word in rules.role_words or lower in rules.group_nouns):
            # "The minister met nurses", "the lawyers met prosecutors": the word after a person's role or a
            # group of people is a verb, not a modifier.
            kept = []
            break
        if (
            lower in _GROUP_LEFT_STOP
            or word in rules.leading
            or (word[:1].islower() and word in _FUNCTION_WORDS)
            or not _GROUP_WORD.fullmatch(word)
            or (word[:1].islower() and word.endswith(("ed", "ly", "ing")) and word != "senior")
            or (word.endswith(".") and word.count(".") == 1)
        ):
            break
        kept.insert(0, word)
    post = match.group("post").strip()
    end = match.end("post") if post else head_end
    if post.endswith("ing") and _OF_GERUND.fullmatch(post) and _CHARGED.search(before):
        # "accused the rebels of attacking aid convoys": "of" opens the deed the people are charged with, not
        # the group's name; "leaders of fishing communities", "opponents of fracking said" keep their "of".
        post = ""
        end = head_end
    tail = match.group("tail")
    if tail and _PLURAL_AFTER_PLACE_MODIFIER.fullmatch(post):
        # "delegates from clubs in western Norway", "workers at plants near Lyon": the people are those of the
        # whole phrase; the place after the clubs is no new subject.
        post = f"{post}{tail}"
        end = match.end("tail")
    if post and text[end - 1 : end].isalpha():
        body = draft.mention_at(end - 1)
        if (
            body is not None
            and body.span.start >= head_end
            and body.span.end > end
            and draft.entities[body.entity].type in _BODY_TYPES
            and "\n" not in text[end : body.span.end]
        ):
            # "leaders of the Union for Peace and Prosperity": the body's whole name, past its "and" and "for"
            post = f"{post}{text[end : body.span.end]}"
            end = body.span.end
    if post and _MODIFIER_LAST.search(post):
        # "members of the governing coalition", "members of the ruling Progress Alliance": the article's
        # modifier goes on to its noun, or the group is no group of that phrase ("critics of the ruling said").
        noun_end = _noun_after_modifier(draft, rules, end)
        if noun_end is not None:
            post = f"{post}{text[end:noun_end]}"
            end = noun_end
    while post.count(" ") > 1 and post.rpartition(" ")[2] in _DATE_WORDS:
        post = post.rpartition(" ")[0].rstrip()  # "officials in Kyiv Monday": a date ends the name
        end = text.rindex(post, 0, end) + len(post)
    start = text.rfind(kept[0], max(0, head_start - 60), head_start) if kept else head_start
    covering = draft.mention_at(start) if kept and kept[0][:1].isupper() else None
    if (
        covering is not None
        and covering.span.start < start
        and draft.entities[covering.entity].type in _BODY_TYPES
        and "\n" not in text[covering.span.start : start]
    ):
        # "Freedom and Justice Party leaders", "Bank of England staff": the body's whole name, not its last
        # words (the words read back stop at "and" and "of").
        start = covering.span.start
        kept = text[start:head_start].split()
    if (
        kept
        and kept[0][:1].isupper()
        and all(word.islower() for word in kept[1:])
        and text[head_start:head_end].islower()
        and _common_at_sentence_start(draft, start, kept[0], rules)
    ):
        kept[0] = kept[0].lower()  # "Small island states pushed": an adjective, capitalised by the sentence
    name = " ".join([*kept, text[head_start:head_end], *([post] if post else [])])
    # Include a determiner or number just before, so the mention reads "two officials ...".
    mention_start = _group_lead(text, start)
    entity_id = ensure_group(draft, name)
    draft.add_mention(entity_id, mention_start, end, "entity.group")
    if text[head_start:head_end].lower() in MEMBERSHIP_NOUNS:
        # "members of the Green Party", "Green Party members": people of the body, who act themselves,
        # affiliated with it.
        if post.startswith("of "):
            body = next((inner for inner in draft.mentions_in(head_end, end) if inner.span.end == end), None)
        else:
            body = next((inner for inner in draft.mentions_in(start, head_start) if inner.span.start == start), None)
            if body is not None and text[body.span.end : head_start].strip():
                body = None
        group = draft.entities[entity_id]
        if body is not None and draft.entities[body.entity].type in _BODY_TYPES and group.affiliation is None:
            draft.replace_entity(attrs.evolve(group, affiliation=body.entity))


#: A group's "of" and a verb's "-ing" form: "of attacking", "of blocking".
_OF_GERUND = re.compile(r"of[ \t]+[a-z]+ing")
#: A verb that charges people with a deed, then at most two words before them: "accused the ", "accused ",
#: "charged two of the ", "suspected some ".
#: "clear" only as the verb: "clearly ignored the residents of ageing blocks" charges no one.
_CHARGED = re.compile(
    r"(?<![\w\-’'])(?:(?:accus|charg|suspect|convict|acquit)[a-z]*|clear(?:s|ed|ing)?)[ \t]+(?:[a-z]+[ \t]+){0,2}\Z"
)

#: People of a body who act for themselves, not for it: "members of the Green Party", "supporters of Labour".
MEMBERSHIP_NOUNS = frozenset(
    "members supporters activists backers voters employees staff workers rebels dissidents critics "  # noqa: SIM905
    "opponents fans".split()
)
#: A group's "of the ..." that ends in a participle used as a modifier: "of the governing", "of the banned".
_MODIFIER_LAST = re.compile(r"(?<![\w\-’'])(?:the|a|an)[ \t]+[a-z][a-z\-]*(?:ing|ed)$")
#: The word after a group's phrase: a name's or a noun's first word.
_NEXT_WORD = re.compile(r"[ \t]+([\w\-’']+)")
#: Words that are verbs or function words after a noun phrase, never a noun a modifier goes on to.
_NOT_NOUNS = frozenset(
    "is are was were be been has have had will would could should may might must can did does do not "  # noqa: SIM905
    "who which that and or but to of in on at for from by with also then now still "
    "said told wrote spoke took gave made held met left won lost sent kept came went ran put set cut sought "
    "thought felt brought".split()
)


def _noun_after_modifier(draft: Draft, rules: EntityRules, end: int) -> int | None:
    """Where the noun a group's last modifier goes on to ends: "coalition" after "members of the governing".

    A body's name that starts there ("the governing Progress Alliance") runs to its end; a word in lower case
    is a noun when it is a body's or a group's noun ("coalition", "party"), or when it is no verb's form, no
    function word and no plural that could be a verb ("elite", not "said", "has" or "backs"). Else None.
    """
    text = draft.text
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return None
    word = following.group(1)
    if word[:1].isupper():
        body = draft.mention_at(following.start(1))
        if (
            body is not None
            and body.span.start == following.start(1)
            and draft.entities[body.entity].type in _BODY_TYPES
        ):
            return body.span.end
        return None
    if not word.isalpha() or not word.islower():
        return None
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    nouns = rules.org_or_group_words
    if word in nouns or singular in nouns:
        return following.end(1)
    if len(word) < 3 or word in _NOT_NOUNS or word in rules.speech_forms or word.endswith(("ed", "s")):
        return None
    return following.end(1)


def _common_at_sentence_start(draft: Draft, start: int, word: str, rules: EntityRules) -> bool:
    """Whether ``word`` at ``start`` is a common word capitalised only because a sentence starts there.

    "Small island states", "Poor countries", "Local residents" open a sentence. A word keeps its
    capital inside a sentence ("Pacific island states"), as a demonym or a word of ``not_names``
    ("Palestinian officials", "Republican lawmakers", "Gulf states"), with a demonym's ending
    ("Andean ministers"), and when the text capitalises it inside a sentence too ("Sahel states"
    after "across the Sahel").
    """
    rest = word[1:].replace("-", "")
    if not word[:1].isupper() or not rest.isalpha() or not rest.islower():
        return False
    if word in rules.surface or word in rules.not_names or word in rules.titles or word in rules.org_heads:
        return False
    if word.endswith(_DEMONYM_ENDINGS):
        return False
    text = draft.text
    before = text[max(0, start - 3) : start].rstrip(" \t\"“‘'")
    if before and not before.endswith(("\n", ".", "!", "?", ":", "—")):
        return False
    # Capitalised inside a sentence anywhere in the text ("across the Sahel"): a name. The text is
    # searched once per word (a long text asks about many sentence starts).
    return not _looked_up(draft, "capitalised_inside", word, _capitalised_inside, _capitalised_words_inside)


#: A run of letters and hyphens after a lower-case letter or a comma and one space: where
#: ``_capitalised_inside`` finds its words. (The space first and the look-behind after it let the regex engine
#: skip to each space; letters are taken a run at a time.)
_INSIDE_RUN = re.compile(r" (?<=[a-z,;] )((?:[^\W\d_]+|-)+)")


def _capitalised_words_inside(text: str) -> frozenset[str]:
    """Every word ``_capitalised_inside`` would find in ``text``, collected in one pass.

    The words it is asked about are letters and hyphens; one found stands after a lower-case letter
    or a comma and a space, and no letter or digit follows it: a run of letters and hyphens up to a
    hyphen inside it, or the whole run when no letter or digit follows.
    """
    words: set[str] = set()
    length = len(text)
    for match in _INSIDE_RUN.finditer(text):
        run = match.group(1)
        position = run.find("-")
        while position >= 0:
            words.add(run[:position])
            position = run.find("-", position + 1)
        end = match.end(1)
        if end >= length or not text[end].isalnum():
            words.add(run)
    return frozenset(words)


def _capitalised_inside(text: str, word: str) -> bool:
    """Whether ``word`` stands after a lower-case word or a comma somewhere in ``text``, as a whole word."""
    position = text.find(" " + word)
    while position > 0:
        after = position + 1 + len(word)
        if text[position - 1] in _LOWER_OR_COMMA and not (after < len(text) and text[after].isalnum()):
            return True
        position = text.find(" " + word, after)
    return False


_LOWER_OR_COMMA = frozenset("abcdefghijklmnopqrstuvwxyz,;")
_GROUP_WORD = re.compile(r"[\w\-’'.]+")
_GROUP_LEAD = re.compile(
    r"(?<![\w’'])(?:(?:the|a|an|some|several|many|two|three|four|five|[Tt]wo|[Tt]he|[Ss]ome|[Ss]everal)"
    r"(?:[ \t]+of[ \t]+(?:her|his|their|its|the))?[ \t]+)$"
)
#: The words ``_GROUP_LEAD`` can end with, before its spaces: what the text before a group must end with.
_GROUP_LEAD_WORDS = tuple(
    "the a an some several many two three four five Two The Some Several her his their its".split()  # noqa: SIM905
)


def _group_lead(text: str, start: int) -> int:
    """Where a group's mention starts: at the determiner or number right before ``start`` ("two officials"), if any.

    The regex is tried at each of the 30 characters before ``start``; it is only tried when they end with
    one of its words, as few do.
    """
    window = max(0, start - 30)
    if not text[window:start].rstrip().endswith(_GROUP_LEAD_WORDS):
        return start
    lead = _GROUP_LEAD.search(text, window, start)
    return lead.start() if lead else start


#: Compass and region words that make a longer proper name of the capitalised word after them:
#: "West African", "North American", "Western Sahara", "Latin American", "Middle Eastern".
#: A closed class of English, like the weekdays and months below.
_COMPASS = frozenset(
    [
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Northeast",
        "Northwest",
        "Southeast",
        "Southwest",
        "Northeastern",
        "Northwestern",
        "Southeastern",
        "Southwestern",
        "Central",
        "Middle",
        "Latin",
        "Far",
        "Near",
        "Sub-Saharan",
    ]
)
#: The compass words that name another place with the demonym after them ("North American", "South
#: China Sea", "West German"); an adjective form describes part of the same country ("Eastern
#: Ukrainian", "Far Eastern Russian officials") and leaves the demonym its country.
_COMPASS_NOUNS = frozenset(word for word in _COMPASS if not word.endswith("ern"))
_COMPASS_NOUN_ENDS = tuple(_COMPASS_NOUNS)
_COMPASS_ENDS = tuple(_COMPASS)
#: How demonyms and proper adjectives end: "African", "Asian", "Timorese", "Irish", "Nordic", "Eastern", "Iraqi".
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "ern", "i")
_NEXT_CAPITALISED = re.compile(rf"[ \t]+([{UPPER}][\w\-’']*)")
_LOWER_WORD = re.compile(r"(?:^|[ \t])([a-z][\w\-’']*)", re.MULTILINE)
#: Small words a title-case headline leaves in lower case ("Talks to Resume on Monday").
_TITLE_CASE_SMALL = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by", "as", "vs"]
)


def _in_compass_name(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """Whether a gazetteer match is only part of a longer proper name with a compass word.

    "West" in "West African mediators", "West Bank", "Western Sahara" is no mention of the West, and
    "American" in "North American leaders", "China" in "South China Sea" is no mention of the United
    States or China (names the gazetteer knows, "South Africa", "North Korean", are matched whole
    before this); after "Eastern" or "Southern" a demonym keeps its country ("Eastern Ukrainian").
    In a title-case headline ("West Slams Coup Leaders") every word is capitalised, so there only a
    demonym-like word after the compass word ("West African") counts.
    """
    before = start - 1
    if before > 0 and text[before] in " \t-" and text.endswith(_COMPASS_NOUN_ENDS, 0, before):
        # The whole word before is a compass noun (a suffix test first: most words end otherwise).
        for noun in _COMPASS_NOUNS:
            word_start = before - len(noun)
            if text.endswith(noun, 0, before) and (word_start == 0 or text[word_start - 1].isspace()):
                return True
    last = text.rfind(" ", start, end) + 1 or start
    if text[last:end] not in _COMPASS:
        return False
    following = _NEXT_CAPITALISED.match(text, end)
    if following is None:
        return False
    word = following.group(1)
    if word.endswith(_DEMONYM_ENDINGS) or rules.surface.get(word, ("", ""))[1] == "demonym":
        return True
    return not _title_case_line(text, end)


def _after_new(text: str, start: int, matched: str, surface: dict[str, tuple[str, str]]) -> bool:
    """Whether a gazetteer name is only the end of a place named "New ...": "New Mexico", "New Guinea",
    "New Britain" are no mentions of Mexico, Guinea or Britain. Names the gazetteer knows ("New Zealand",
    "Papua New Guinea", "New Delhi") are matched whole before this; a demonym keeps its country ("New
    Israeli settlements").
    """
    return (
        start >= 4
        and text.startswith("New", start - 4)
        and text[start - 1] in " \t"
        and (start == 4 or not (text[start - 5].isalnum() or text[start - 5] in "-’'"))
        and surface[matched][1] != "demonym"
    )


#: Compass words that are also family names: "Kanye West", "Oliver North", "Mr. East".
_COMPASS_SURNAMES = frozenset(["North", "South", "East", "West"])
#: Words before a name that make a place or a common noun phrase of it ("the Wild West", "in Key West").
_PLACE_LEADS = frozenset(["the", "a", "an", "this", "that", "The", "A", "An", "This", "That", "in", "In", "near"])


def _is_surname(draft: Draft, name_tokens: dict[str, str], word: str) -> bool:
    """Whether ``word`` is the last name of a person found so far."""
    entity_id = name_tokens.get(word)
    return entity_id is not None and draft.entities[entity_id].name.split()[-1] == word


def _compass_surname(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """Whether the compass word at ``start``-``end`` is a family name: "Kanye West", "Cornel West", "Mr. West".

    It is when a title stands right before it, or a capitalised given name that no determiner or
    "in" precedes ("the Wild West", "in Key West" are places) on a line that is no title-case
    headline ("Russia Warns West Over Sanctions"). A capitalised word after it makes a place of it
    ("West Virginia", "South Carolina", "West Ham"), and so does a tab before it (a table's columns).
    """
    if start < 2 or text[start - 1] != " " or text[start - 2] in " \t":
        return False
    following = _NEXT_CAPITALISED.match(text, end)
    if following is not None and following.group(1) not in _DATE_WORDS:
        return False
    previous_start = last_space(text, 0, start - 1) + 1
    previous = text[previous_start : start - 1]
    if previous[:1].isupper() and previous in rules.titles:
        return True
    if previous in _COMPASS or not _name_like(previous, rules):
        return False
    before = text[max(0, previous_start - 8) : previous_start].split()
    if before and before[-1] in _PLACE_LEADS:
        return False
    return not _title_case_line(text, start)


def _title_case_line(text: str, position: int) -> bool:
    """Whether the line around ``position`` has no lower-case word but small ones: a headline."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    # Word by word up to the first one that tells: a long paragraph costs no more than a headline.
    words = _LOWER_WORD.finditer(text, line_start, line_end if line_end >= 0 else len(text))
    return all(word.group(1) in _TITLE_CASE_SMALL for word in words)


class _Overlaps:
    """Drops the items of a list of (start, end, ...) that overlap a stretch, in time linear in what is dropped.

    Rebuilding the list for every stretch would cost its length each time: a long text has many
    titles and many names. The items to drop are marked and taken out in one pass (``apply``),
    keeping the others in their order.
    """

    def __init__(self, items: list[Any]) -> None:
        self.items = items
        self.by_start = sorted((item[0], item[1], index) for index, item in enumerate(items))
        self.longest = max((end - start for start, end, _ in self.by_start), default=0)
        self.dropped: set[int] = set()

    def add(self, start: int, end: int) -> None:
        """Index the item just appended to the list."""
        bisect.insort(self.by_start, (start, end, len(self.items) - 1))
        self.longest = max(self.longest, end - start)

    def drop(self, start: int, end: int) -> None:
        """Mark every item overlapping ``[start, end)``: an item starting before ``end`` and ending after ``start``."""
        index = bisect.bisect_left(self.by_start, (end,)) - 1
        while index >= 0 and self.by_start[index][0] + self.longest > start:
            _item_start, item_end, position = self.by_start[index]
            if item_end > start:
                self.dropped.add(position)
            index -= 1

    def apply(self) -> None:
        if self.dropped:
            self.items[:] = [item for index, item in enumerate(self.items) if index not in self.dropped]


def _starts_between(starts: list[int], start: int, end: int) -> list[int]:
    """The positions of the sorted ``starts`` in ``[start, end)``."""
    return starts[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]


def _title_as_surname(word: str, before: list[str], after: list[str], rules: EntityRules) -> bool:
    """Whether a one-word title after a given name is the person's surname: "Senator Peter King", "Mayor Sarah
    Judge", "Dr Martin Bishop" (the name's last word: no capitalised word after it, "Anna Pope Francis")."""
    return (
        len(before) == 1
        and before[0] in rules.given_names
        and word in rules.titles
        and word not in rules.not_names
        and word[:1].isupper()
        and not (after and after[0][:1].isupper())
    )


def _clean_name(name_text: str, rules: EntityRules) -> str:
    """The name at the start of ``name_text``: up to a function word, a sentence end or a possessive."""
    words = name_text.split()
    out: list[str] = []
    for index, word in enumerate(words):
        cleaned = _strip_period(word, rules) if word.endswith(".") else word
        cleaned = _POSSESSIVE.sub("", cleaned) if cleaned.endswith(("'s", "’s")) else cleaned
        if (
            index > 0
            and (cleaned in rules.not_names or cleaned in rules.titles)
            and not (cleaned in _COMPASS_SURNAMES and _name_like(out[-1], rules))  # "Sen. Cornel West"
            and not _title_as_surname(cleaned, out, words[index + 1 : index + 2], rules)
        ):
            break
        out.append(cleaned)
        if cleaned != word:
            break
    while out and out[-1] in rules.particles:
        out.pop()
    if not out:
        return ""
    # Keep the original spacing: the name is a prefix of the matched text.
    end = 0
    for word in out:
        end = name_text.index(word, end) + len(word)
    return name_text[:end]


def _before_title(
    draft: Draft, rules: EntityRules, title_start: int, state: _Found
) -> tuple[str | None, str | None, str]:
    """What stands before a title: (affiliation entity id, country, role modifier words)."""
    text = draft.text
    gaz_by_end = state.gaz_by_end
    position = title_start
    role_words: list[str] = []
    affiliation: str | None = None
    country: str | None = None
    for _ in range(4):
        end = position
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end == position and position != title_start:
            break
        org_span = state.org_by_end.get(end)
        if org_span is not None:
            affiliation = state.org_spans[org_span]
            country = draft.entities[affiliation].country
            break
        if end in gaz_by_end:
            start, key, _kind = gaz_by_end[end]
            affiliation = _gazetteer_entity(draft, rules, key, text[start:end])
            country = draft.entities[affiliation].country
            break
        word_start = last_space(text, 0, end) + 1
        word = text[word_start:end]
        if word in rules.modifiers:
            role_words.insert(0, word)
            position = word_start
            continue
        if _acronym_body(draft, rules, word):
            # "FIOM regional secretary Paola Zanin": the union she works for.
            affiliation = ensure_org(draft, word, rule="entity.organization")
            state.add_org(draft, affiliation, word_start, end, "entity.organization")
        break
    return affiliation, country, " ".join(role_words)


#: What a role is of or for, up to the comma before a name: " of European markets", " for Asia".
_ROLE_FIELD = re.compile(r"[ \t]+(?:of|for)[ \t]+[^,.;:()\"“”]{1,60}?(?=,[ \t])")


def _named_after_role(draft: Draft, text: str, position: int) -> Entity | None:
    """The person named right after a role ("envoy Rosa Quispe", "envoy, Rosa Quispe,"), if any."""
    match = _COMMA_SPACE.match(text, position)
    if match is None:
        return None
    mention = draft.mention_at(match.end())
    if mention is None or mention.span.start != match.end():
        return None
    entity = draft.entities.get(mention.entity)
    return entity if entity is not None and entity.type == "person" else None


_BODY_TYPES = ("organization", "government")


class _Bodies:
    """The organisations and government bodies of a document in the order they were found, kept up to date.

    Read by the apposition pass, which adds entities (and bodies) as it goes, so each call would otherwise read
    every entity again: quadratic in a text with a new person in every sentence. Only the entities added since
    the last call are read. The pass turns no entity into a body and renames a body only to a name with the same
    key (``ensure_org`` finds it by that key), so what was read stays true; names are read afresh at each use.
    """

    __slots__ = ("by_name", "ids", "seen")

    def __init__(self) -> None:
        #: A body's normalised name -> its id; the last one found wins.
        self.by_name: dict[str, str] = {}
        self.ids: list[str] = []
        self.seen = 0

    def update(self, draft: Draft) -> None:
        """Read the entities added since the last update (a dict keeps its order; a replaced entity keeps its place)."""
        count = len(draft.entities)
        if count == self.seen:
            return
        added = list(itertools.islice(reversed(draft.entities.values()), count - self.seen))
        for entity in reversed(added):
            if entity.type in _BODY_TYPES:
                self.by_name[norm(entity.name)] = entity.id
                self.ids.append(entity.id)
        self.seen = count


def _lookup_org_phrase(draft: Draft, rules: EntityRules, phrase: str, bodies: _Bodies) -> str | None:
    """An entity for "the ministry", "Lydgate Capital", "the Association of ..." after a role."""
    cleaned = phrase.strip()
    bodies.update(draft)
    for word_count in range(len(cleaned.split()), 0, -1):
        candidate = " ".join(cleaned.split()[:word_count])
        key = "org:" + norm(candidate)
        if key in draft.entity_keys:
            return draft.entity_keys[key]
        # Bodies keyed by a shorter name ("U.S. Embassy" as "embassy", with its country) by what they are called.
        if norm(candidate) in bodies.by_name:
            return bodies.by_name[norm(candidate)]
        if word_count > 1 and "person:" + norm(candidate) in draft.entity_keys:
            return draft.entity_keys["person:" + norm(candidate)]  # "an aide to Hillary Clinton": a known person
        bare = candidate.removeprefix("the ")  # "the U.N.", "the European Union": the gazetteer's name
        if bare in rules.surface:
            return _gazetteer_entity(draft, rules, rules.surface[bare][0], bare)
    words = cleaned.split()
    if words and words[0].lower() == "the" and len(words) == 2:
        # "the ministry": the last body found whose name holds the word.
        head = words[1].lower()
        for entity_id in reversed(bodies.ids):
            if head in draft.entities[entity_id].name.lower():
                return entity_id
    if (
        words
        and all(word[:1].isupper() or word in ("of", "for", "and") for word in words)
        and words[-1] in (rules.org_heads) | {word for word in words if word[:1].isupper()}
    ):
        return ensure_org(draft, cleaned, rule="entity.apposition")
    return None


class _Found:
    """What the capitalised-run pass of one document reads and writes."""

    __slots__ = (
        "companies",
        "drop_gaz",
        "gaz_by_end",
        "gaz_by_start",
        "gaz_starts",
        "org_by_end",
        "org_ends",
        "org_first_by_start",
        "org_spans",
        "org_spans_read",
        "person_mentions",
        "singles",
    )

    def __init__(
        self, gaz_by_start: dict[int, tuple[int, str, str]], gaz_by_end: dict[int, tuple[int, str, str]]
    ) -> None:
        self.gaz_by_start = gaz_by_start
        self.gaz_by_end = gaz_by_end
        #: The gazetteer matches' starts, in order (the matches come left to right).
        self.gaz_starts = list(gaz_by_start)
        self.drop_gaz: set[int] = set()
        #: (start, end) -> entity id, for organisations found by name; the first such span by its end.
        self.org_spans: dict[tuple[int, int], str] = {}
        self.org_by_end: dict[int, tuple[int, int]] = {}
        #: The first span of ``org_spans`` (in the order found) at each start, for the first ``org_spans_read`` spans.
        self.org_first_by_start: dict[int, tuple[int, int]] = {}
        self.org_spans_read = 0
        #: The organisations found by name, by the end of their span: built when a description needs them.
        self.org_ends: list[tuple[int, str]] | None = None
        self.person_mentions: list[tuple[int, int, str, str]] = []
        self.singles: list[tuple[int, int]] = []
        #: The first word of a company named by one word and heads ("Tessaro Holdings"); None when two share it.
        self.companies: dict[str, str | None] = {}

    def add_org(self, draft: Draft, entity_id: str, start: int, end: int, rule: str) -> None:
        """Record an organisation read by its name at ``text[start:end]``, and mention it there."""
        self.org_spans[(start, end)] = entity_id
        self.org_by_end.setdefault(end, (start, end))
        draft.add_mention(entity_id, start, end, rule)

    def org_starting_at(self, start: int) -> str | None:
        """The entity of the first span of ``org_spans`` (in the order found) that starts at ``start``, or None.

        Spans are only ever added (several passes write ``org_spans``): the spans added since the last
        call are indexed by their start, from the dict's end, so that a long text costs no scan of
        every span per call.
        """
        spans = self.org_spans
        added = len(spans) - self.org_spans_read
        if added:
            for span in reversed(list(itertools.islice(reversed(spans), added))):
                self.org_first_by_start.setdefault(span[0], span)
            self.org_spans_read = len(spans)
        first = self.org_first_by_start.get(start)
        return None if first is None else spans[first]


def _run_groups(text: str, rules: EntityRules, match: re.Match[str]) -> list[list[tuple[int, int, str]]]:
    """The words of a capitalised run with their positions, in groups that can each be a name.

    Groups end at "and" (two names) unless an organisation head comes before it ("University of
    X and Y"), at a weekday or a date, and after a sentence end. The run has at least two words,
    separated by spaces and tabs only.
    """
    raw = match.group()
    groups: list[list[tuple[int, int, str]]] = []
    group: list[tuple[int, int, str]] = []
    org_heads = rules.org_heads
    # What an "and" asks of the group before it, kept while that group grows (``read``: its words read so far):
    # a run of many names joined by "and" ("NATO and OPEC and ...") reads each word once, not the group at each "and".
    read_group = group
    read = 0
    has_head = False
    named: list[str] = []  # the group's first two words that are no leading word ("The", "When")
    word_end = start = match.start()
    one_space = "\t" not in raw and "  " not in raw  # each word starts one after the last one's end
    run_words = raw.split(" ") if one_space else raw.split()
    if one_space and "." not in raw and "day" not in raw and "and" not in run_words and _MONTHS.isdisjoint(run_words):
        # Most runs: no "and", weekday, month or sentence end, so the whole run is one group.
        word_start = start
        for word in run_words:
            word_end = word_start + len(word)
            group.append((word_start, word_end, word))
            word_start = word_end + 1
        return [group]
    for position, word in enumerate(run_words):
        word_start = (word_end + 1 if word_end > start else start) if one_space else text.index(word, word_end)
        word_end = word_start + len(word)
        if word == "and":
            if read_group is not group:  # a new group since the last "and"
                read_group = group
                read = 0
                has_head = False
                named = []
            for _, _, earlier in group[read:]:
                has_head = has_head or earlier in org_heads
                if len(named) < 2 and earlier not in rules.leading:
                    named.append(earlier)
            read = len(group)
            try:
                next_and = run_words.index("and", position + 1)
            except ValueError:
                next_and = len(run_words)
            if _joins_one_name(named, run_words[position + 1 : next_and], rules):
                group.append((word_start, word_end, word))  # "the Seed and Soil Network": one body
                continue
            if not has_head or _ends_named_body(group, org_heads):
                if group:
                    groups.append(group)
                group = []
                continue
        if (
            "day" in word
            and word.rstrip(".,;:").removesuffix("'s").removesuffix("’s") in _WEEKDAYS
            and not (word in _WEEKDAYS and run_words[position + 1 : position + 2] in _DAY_PART_NEXT)
        ):
            if group:  # "Boris Johnson Tuesday said": a weekday is never part of a name
                groups.append(group)
            group = []
            continue
        if word in _MONTHS and _DAY_NUMBER.match(text, word_end):
            if group:  # "Paul Jones May 3 said": a date ends the name
                groups.append(group)
            group = []
            continue
        if (
            group
            and group[-1][2].endswith(".")
            and group[-1][2] in rules.abbreviations
            and (word in rules.leading or word in rules.group_words)
            and not _INITIAL.fullmatch(group[-1][2])
        ):
            groups.append(group)  # "Acme Corp. The company said": an abbreviation ends a sentence before "The"
            group = []
        group.append((word_start, word_end, word))
        if word[-1] == "." and _strip_period(word, rules) != word:
            groups.append(group)  # a sentence ends here
            group = []
    if group:
        groups.append(group)
    return groups


def _ends_named_body(group: list[tuple[int, int, str]], org_heads: frozenset[str]) -> bool:
    """Whether a name and a head end the group: "Apple Inc" before "and Alphabet Inc", a name of its own.

    "Securities" alone before "and Exchange Commission" is no name of its own.
    """
    return len(group) >= 2 and group[-1][2] in org_heads and group[-2][2] not in org_heads and group[-2][2] != "of"


def _heads_in_place(
    tokens: list[tuple[int, int, str]], words: list[str], covering: tuple[int, str, str] | None, rules: EntityRules
) -> bool:
    """Whether every organisation head of a run lies in the gazetteer name ending it: "Residents of the West Bank"."""
    if covering is None:
        return False
    place_start = covering[0]
    return all(token[0] >= place_start for token, word in zip(tokens, words, strict=True) if word in rules.org_heads)


def _joins_one_name(named: list[str], after: list[str], rules: EntityRules) -> bool:
    """Whether "and" joins one word to an organisation's name after it: "Seed and Soil Network".

    One word no gazetteer knows before "and" (``named``: the first two words before it that are
    no leading word such as "The"), and an organisation head in the words ``after`` it, up to
    the next "and" ("Germany and France", "Smith and the Acme Group" stay two).
    """
    if len(named) != 1 or named[0] in rules.surface or not named[0][:1].isupper():
        return False
    for word in after:
        if not word[:1].isupper():
            return False
        if word in rules.org_heads:
            return True
    return False


#: The word of a (start, end, word) token.
_WORD = operator.itemgetter(2)


def _classify_run(
    draft: Draft, rules: EntityRules, tokens: list[tuple[int, int, str]], state: _Found, *, split_of: bool = True
) -> None:
    gaz_by_start = state.gaz_by_start
    person_mentions = state.person_mentions
    singles = state.singles
    drop_gaz = state.drop_gaz
    text = draft.text
    if tokens and tokens[0][2] in _PRONOUN_SURNAMES and _pronoun_surname(draft, rules, tokens, person_mentions):
        return
    if len(tokens) > 2 and tokens[1][2] == "for" and tokens[0][2].lower() in _ACTING_FOR:
        # "Lawyers for the Harbour Trust said": people acting for a body, named alone (as after "A lawyer for").
        tokens = tokens[2:]
    # "a memoir, The Furniture Speaks, in which": a title set off by commas after "The" names no person.
    titled = (
        bool(tokens)
        and tokens[0][2] == "The"
        and draft.text.startswith(",", tokens[-1][1])
        and draft.text[max(0, tokens[0][0] - 4) : tokens[0][0]].rstrip().endswith(",")
    )
    day = 1 if len(tokens) > 2 and tokens[0][2] in _ARTICLES else 0
    if len(tokens) > day + 2 and tokens[day][2] in _WEEKDAYS and tokens[day + 1][2] in _DAY_PARTS:
        # "Saturday Night Live", "Monday Night Football": a show, an event or a club named by a day's part, which
        # speaks and takes sides as a body does; no person named by the words after the weekday.
        start = tokens[day][0]
        end = tokens[-1][0] + len(_POSSESSIVE.sub("", _strip_period(tokens[-1][2], rules)))
        entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
        state.add_org(draft, entity_id, start, end, "entity.organization")
        return
    # Leading function words ("The", "For", "When") and trailing connectors are not part of a name. Counted
    # first and cut once: a long run of them ("The The The ...") is no copy of the rest per word.
    leading = rules.leading
    first = 0
    while (
        first < len(tokens)
        and (tokens[first][2] in leading or tokens[first][2][:1].islower())
        and not (
            tokens[first][2] in rules.org_heads and len(tokens) > first + 1 and tokens[first + 1][2] in ("of", "for")
        )
        and not (tokens[first][2] == "All" and _all_opens_name(text, tokens[first + 1 :], rules))
    ):
        first += 1
    stop = len(tokens)
    while stop > first and tokens[stop - 1][2][:1].islower():
        stop -= 1
    if first or stop < len(tokens):
        tokens = tokens[first:stop]
    if len(tokens) > 2 and tokens[1][2] == "of":
        tokens = _after_common_plural(draft, rules, tokens, state)
    if not tokens:
        return
    words = list(map(_WORD, tokens))
    # The possessor's "'s" stands before the last two words (tested here first: few runs have one).
    owner_end = (
        _owner_before_name(words, rules) if len(words) > 2 and words[-3].endswith(("'s", "’s", "s'", "s’")) else None
    )
    if (
        owner_end is not None
        and owner_end >= 2
        and words[0] in rules.given_genders
        and words[owner_end] not in rules.given_genders
    ):
        # "Marta Kovalova's Green Path", "Klaus Berg's Free Voters": a person's full name owns what follows (a
        # party, a firm), which is no person; the possessor is the person.
        _classify_run(draft, rules, tokens[:owner_end], state, split_of=split_of)
        return
    if owner_end is not None and not _title_case_line(text, tokens[0][0]):
        # "Radio Sur's Lidia Campos", "City News' Ana Ruiz": the person is the name after the possessor. The
        # mention keeps the possessor, as "Ghana's trade ministry" does ("X and Labour's Ruth Adjei": both).
        _classify_run(draft, rules, tokens[owner_end:], state, split_of=split_of)
        person = person_mentions[-1] if person_mentions else None
        if person is not None and person[0] == tokens[owner_end][0]:
            person_mentions[-1] = (tokens[0][0], *person[1:])
            _affiliate_with_owner(draft, rules, tokens[owner_end - 1], person[2])
        return
    last = words[-1]
    if last.endswith("."):
        last = _strip_period(last, rules)
    if last.endswith(("'s", "’s", "s'", "s’")):
        last = _POSSESSIVE.sub("", last)  # "Tessaro Holdings' filing", "Acme's board"
    start, end = tokens[0][0], tokens[-1][0] + len(last)
    words[-1] = last
    if len(words) == 1:
        if words[0] not in rules.not_names and words[0] not in rules.surface and len(words[0]) > 1:
            singles.append((start, end))
        return
    exact = gaz_by_start.get(start)
    if exact is not None and exact[0] == end:
        return  # "European Commission", "United States": the gazetteer's entity, mentioned by the gazetteer pass
    covering = state.gaz_by_end.get(end)
    if covering is not None and covering[0] < start:
        return  # "In the United States": the run is the end of a gazetteer name ("the United States")
    if split_of and ("of" in words or "for" in words) and _person_of_body(draft, rules, tokens, words, state):
        return
    if len(words) > 2 and words[1] in ("of", "for") and (words[0] in rules.titles or words[0].lower() in rules.titles):
        # "Director of Policy", "Head of Research Anna Berg", "Secretary of the Treasury Janet Yellen": a title
        # with its body, and the person named after it, if two name words end the run.
        person_words = tokens[-2:]
        if len(words) >= 5 and all(
            _is_name_word(word)
            and word not in rules.org_heads
            and word not in rules.surface
            and word not in rules.titles
            for _, _, word in person_words
        ):
            _classify_run(draft, rules, person_words, state, split_of=False)
            person = state.person_mentions[-1] if state.person_mentions else None
            if person is not None and person[0] == person_words[0][0]:
                entity = draft.entities[person[2]]
                if entity.role is None:
                    role = " ".join(text[tokens[0][0] : person_words[0][0]].split()).lower()
                    draft.replace_entity(attrs.evolve(entity, role=role))
        elif text[max(0, start - 4) : start] in ("the ", "The ") and not text.startswith(",", end):
            # "the Secretary of State said", "the Archbishop of Canterbury": one person known by the office
            # alone (before a comma the name follows: "The Governor of the Bank, Ana Ruiz, said").
            office = " ".join(text[start:end].split())
            entity_id = ensure_person(draft, office, rule="entity.title", role=office.lower(), named=False)
            person_mentions.append((start, end, entity_id, "entity.title"))
        return
    if not rules.org_heads.isdisjoint(words) and not _heads_in_place(tokens, words, covering, rules):
        heads = [index for index, word in enumerate(words) if word in rules.org_heads]
        if len(words) == 2 and heads == [0] and words[1] in rules.group_words:
            # "Senate Republicans", "Parliament Democrats": members of a party in a chamber, a group (read by the
            # group pass, as "House Democrats"), not the chamber, which is the state's.
            return
        person_at = _title_and_name_at(text, rules, tokens)
        if person_at is not None:
            # "Green Party MP Hana Kowalczyk", "Bank of England Governor Ana Ruiz": the body ends before the
            # title, and the title pass reads the person, with the body as her affiliation. Before a title
            # with no head in front ("Chief Cabinet Secretary Ana Ruiz") there is no body at all.
            body_end = person_at
            while body_end and words[body_end - 1] in rules.modifiers:
                body_end -= 1
            place_end = gaz_by_start[start][0] if start in gaz_by_start else None
            if body_end < person_at and (not body_end or place_end == tokens[body_end - 1][1]):
                return  # "EU Energy Commissioner", "Deputy Water Minister": the portfolio of the title, no body
            if heads[0] < person_at:
                _classify_run(draft, rules, tokens[:person_at], state, split_of=split_of)
            return
        # An organisation: from the first word to the end (a head, or "Head of X").
        # A country or demonym first gives it a country; with a government head it is a government body.
        country = None
        affiliation = None
        name_start = start
        key_name = None
        if start in gaz_by_start:
            gaz_end, key, kind = gaz_by_start[start]
            if gaz_end < end:
                record = rules.records[key]
                if kind in ("name", "demonym") or (
                    gaz_end - start <= 5 and text[start:gaz_end].replace(".", "").isupper()
                ):
                    country = record.get("country")
                    affiliation = _gazetteer_entity(draft, rules, key, text[start:gaz_end])
                    key_name = text[gaz_end:end].strip()
                else:
                    drop_gaz.add(start)
        # A capital city first (Washington Post, London Metal Exchange) is part of the name.
        for gaz_start in _starts_between(state.gaz_starts, start + 1, end):
            if gaz_by_start[gaz_start][2] != "demonym":
                drop_gaz.add(gaz_start)
        head_words = {words[index] for index in heads}
        is_gov = (
            bool(head_words & rules.gov_heads)
            and (
                country is not None or words[0] in rules.gov_heads or (len(words) <= 3 and words[-1] in rules.gov_heads)
            )
            and not _body_named_congress(words, rules)
            and words[-1] not in _PARTY_HEADS  # "the Congress Party", "the Parliament Watch League": a party, a body
        )
        kind = "government" if is_gov else "organization"
        name = text[name_start:end]
        if key_name and len(key_name.split()) < 2 and not is_gov:
            key_name = None
        entity_id = ensure_org(
            draft, name, rule=f"entity.{kind}", kind=kind, country=country, affiliation=affiliation, key_name=key_name
        )
        state.add_org(draft, entity_id, start, end, f"entity.{kind}")
        if len(words) > 1 and len(heads) == len(words) - 1 and heads[0] == 1:
            # "Tessaro Holdings": a name word and heads only; "Tessaro's board" may be this company.
            _note_short_form(state, words, entity_id)
        return
    if "&" in words:
        cut = words.index("&")
        if _people_joined(tokens, rules):
            # "Tom Ruiz & Ana Lee": two people, each named by a given name and a surname, not a firm.
            _classify_run(draft, rules, tokens[:cut], state, split_of=split_of)
            _classify_run(draft, rules, tokens[cut + 1 :], state, split_of=split_of)
            return
        if 1 <= cut <= 3 and len(words) >= 2 * cut + 1 and words.count("&") == 1 and _title_case_line(text, start):
            # "Sunak & Starmer Trade Blows", "Marks & Spencer Profits Jump": in a headline the words after a pair
            # joined by "&" are the headline's (as many name words on the right as on the left); a pair no firm's
            # name (see ``_headline_pair``) is two names, each classified alone, as "and" would join them.
            if len(words) > 2 * cut + 1:
                _classify_run(draft, rules, tokens[: 2 * cut + 1], state, split_of=split_of)
                return
            if _headline_pair(draft, rules, tokens, state):
                _classify_run(draft, rules, tokens[:cut], state, split_of=split_of)
                _classify_run(draft, rules, tokens[cut + 1 :], state, split_of=split_of)
                return
        # "Procter & Gamble", "Marks & Spencer": names joined by "&" are a firm's, never one person's; a place
        # inside ("Jordan & Sons") is part of it.
        drop_gaz.update(_starts_between(state.gaz_starts, start, end))
        entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
        state.add_org(draft, entity_id, start, end, "entity.organization")
        return
    if len(words) > 2 and words[1] == "for" and _plural_for_cause(draft, rules, tokens, words):
        # "Physicians for Human Rights", "Fishers for Open Seas": people for a cause, a campaign's name.
        entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
        state.add_org(draft, entity_id, start, end, "entity.organization")
        return
    if covering is not None and _name_ending_in_country(draft, rules, tokens, words, covering, state):
        return
    if (
        len(words) <= 6
        and words[-1][:1].isupper()
        and ("of" in words or "for" in words or "the" in words)
        and after_descriptor(text, start, rules)
    ):
        # "the residents' group Friends of the Feeder": a body's name with its small words, after its noun.
        entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
        state.add_org(draft, entity_id, start, end, "entity.organization")
        return
    place = gaz_by_start.get(start)
    if (
        place is not None
        and " " in text[start : place[0]]
        and place[0] < end
        and not _NAME_GOES_ON.match(text, end)
        and _place_led_name(draft, rules, tokens, state)
    ):
        # "New Zealand Rugby said", "South Africa Post": a place's name of several words opening a body's, which
        # is no mention of the place (one word opening a firm's name is read below, with the people's names).
        drop_gaz.add(start)
        entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
        state.add_org(draft, entity_id, start, end, "entity.organization")
        return
    if _PLURAL_ACRONYM.fullmatch(words[-1]) and not _title_case_line(text, start):
        # "Labour MPs", "Green MEPs", "All Labour MPs": holders of a party's seats, or bodies of a kind, a group
        # ("All" counts them and is no word of the name); never a person.
        entity_id = ensure_group(draft, text[start:end])
        draft.add_mention(entity_id, start, end, "entity.group")
        return
    # A person: two to four name words, none of them a gazetteer name or a function word.
    name_months = set() if _MONTHS.isdisjoint(words) else _months_in_name(text, rules, tokens, words)
    surnames = (
        set()
        if _COMPASS_SURNAMES.isdisjoint(words)
        else {
            index
            for index in range(1, len(words))
            if words[index] in _COMPASS_SURNAMES
            and _compass_surname(text, tokens[index][0], tokens[index][0] + len(words[index]), rules)
        }
    )
    if words[0] in rules.given_genders and words[0] not in rules.surface:
        # "Margaret Hamburg", "Tom Jordan": after a given name, a place's one-word name is a surname.
        for index in range(1, len(words)):
            if words[index] in rules.surface:
                surnames.add(index)
    elif words[0] in rules.given_genders and _given_name_of_place(words, rules):
        surnames.add(0)  # "Virginia Foxx", "Montana Ruiz": a given name that is also a place's, then a surname
    if (
        len(words) == 2
        and words[1] in _PLACE_NOUN_SURNAMES
        and words[0] in rules.given_genders
        and _person_acts_after(text, start, end, rules)
    ):
        surnames.add(1)  # "Lena Park met the minister": a surname that is also a place's noun ("Victoria Park")
    # "Kessel County", "Orel Oblast": a place by its unit of government, no person; "A Gallup Poll", "the Harwell
    # Study", "the Mueller Report": a document named by its maker or its subject, no person either.
    person_like = (
        not titled
        and 2 <= len(words) <= 4
        and not (words[-1] in AREA_NOUNS and area_name(draft, words))
        and words[-1].lower() not in rules.evidence_nouns
    )
    if person_like:
        for index, word in enumerate(words):
            if not (word[:1].isupper() or word in rules.particles) or (
                word in rules.not_names and index not in name_months and index not in surnames
            ):
                person_like = False
                break
    if person_like:
        if words[0] in _COMPASS or (
            not (rules.surface.keys().isdisjoint(words) and rules.titles.keys().isdisjoint(words))
            if not surnames
            else any(
                (word in rules.surface and index not in surnames) or word in rules.titles
                for index, word in enumerate(words)
            )
        ):
            if _place_led_name(draft, rules, tokens, state):
                # "Texas Instruments said", "China Mobile said": a place's name opening a firm's; the place
                # is no mention of its own.
                drop_gaz.add(start)
                if len(words) == 2 and _called_alone_once(draft, words[1], words[0], rules):
                    # "Israel Katz said ... Katz added": a person whose given name is a place's, called by the
                    # surname alone as news calls people (a firm is not called "Instruments").
                    entity_id = ensure_person(draft, text[start:end], rule="entity.name")
                    person_mentions.append((start, end, entity_id, "entity.name"))
                    return
                entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
                state.add_org(draft, entity_id, start, end, "entity.organization")
            return  # "Southeast Asian", "North Carolina": a place or a people, not a person
        if not rules.title_starts.isdisjoint(words[:-1]) and any(
            token[2] in rules.title_starts and rules.title_name.match(text, token[0]) for token in tokens[:-1]
        ):
            return  # "Chief Executive Ravi Mendonca": a title of two words and a name, which the title pass reads
        joined = "".join(words)
        if not joined.isalpha() and any(map(str.isdigit, joined)):
            return
        gaz_starts = _starts_between(state.gaz_starts, start, end)
        if gaz_starts and any(" " in text[gaz_start : gaz_by_start[gaz_start][0]] for gaz_start in gaz_starts):
            return  # "United Kingdom officials", "South Africa": a country's name, not a person's
        if any(map(str.isupper, words)):
            if all(word.isupper() and len(word) > 1 for word in words):
                return
            if any(word.isupper() and len(word) > 3 and word.isalpha() for word in words):
                return  # "THE SAVINGS GAP Pensions": a heading in capitals runs into the text's first word
        if len(words) > 2 and words[-1].lower() in rules.speech_forms and _title_case_line(text, start):
            # "Ana Ruiz Says Talks Failed": a headline's verb after the name; the name alone is the person.
            _classify_run(draft, rules, tokens[:-1], state, split_of=split_of)
            return
        drop_gaz.update(gaz_starts)
        if after_descriptor(text, start, rules) and not (
            _APPOSED.search(text, max(0, start - 45), start) and _object_gap(text, end, rules)
        ):
            # "the pro-government daily Yangi Kun": an organisation named like a person.
            entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
            state.add_org(draft, entity_id, start, end, "entity.organization")
            _note_short_form(state, words, entity_id)
            return
        name = text[start:end]
        known = draft.entity_keys.get("org:" + norm(name))
        if known is not None:
            state.add_org(draft, known, start, end, "entity.organization")  # "Median Insight" after "the ... agency"
            return
        body = rules.body_after_name.match(text, end) if text.endswith(("the ", "The "), 0, start) else None
        if body is not None and _body_modifiers(text, body, rules) and not _known_person_words(draft, rules, words):
            # "the Binh Dinh provincial fishing association": the name and the noun of its body are one body.
            kind = "government" if body.group("noun") in rules.gov_heads else "organization"
            entity_id = ensure_org(draft, text[start : body.end()], rule=f"entity.{kind}", kind=kind)
            state.add_org(draft, entity_id, start, body.end(), f"entity.{kind}")
            draft.entity_keys.setdefault("org:" + norm(text[start:end]), entity_id)  # "Quang Loc" alone later
            return
        if _role_and_name_after(text, end, rules) and not _known_person_words(draft, rules, words):
            # "Kepler Cheuvreux analyst Markus Ehn": the words before a role and a name are the person's employer.
            entity_id = ensure_org(draft, text[start:end], rule="entity.organization")
            state.add_org(draft, entity_id, start, end, "entity.organization")
            return
        if (
            "the" in text[max(0, start - 16) : start]
            and _PLACE_BEFORE.search(text, max(0, start - 16), start)
            and not _known_person_words(draft, rules, words)
        ):
            return  # "growers in the Serra Gaúcha", "near the Rio Tinto": a place the gazetteer lacks, no person
        if _unknown_place(text, rules, start, end, state) and not _known_person_words(draft, rules, words):
            return  # "near Des Moines, Iowa", "the city of Baton Rouge", "speaking in Le Havre": a place, no person
        plural_people = (
            len(words) >= 2
            and (words[-1] in rules.group_words or _compound_people(words[-1], rules))
            and words[-1][:1].isupper()
            and words[0] not in rules.given_names
            and words[0] not in rules.surface
            and not words[0].endswith(("'s", "’s"))
            and not _title_case_line(text, start)
        )  # "Federated Farmers", "United Steelworkers": a body named by the people it is of, no one's name
        if (
            body_evidence(draft, name)
            or plural_people
            or (
                (any(map(camel_case_firm, words)) or _employer_of_role(text, start, rules))
                and not _known_person_words(draft, rules, words)
            )
        ):
            # "Kestrel Data said ... Kestrel Data's shareholders": a firm's name the text shows is one;
            # "Halvorn AgroScience": a firm's name by its look; "a paramedic with St John Ambulance": a role's
            # employer.
            entity_id = ensure_org(draft, name, rule="entity.organization")
            state.add_org(draft, entity_id, start, end, "entity.organization")
            _note_short_form(state, words, entity_id)
            return
        entity_id = ensure_person(draft, name, rule="entity.name")
        person_mentions.append((start, end, entity_id, "entity.name"))


def _compound_people(word: str, rules: EntityRules) -> bool:
    """Whether ``word`` is a plural of people written as one word with what they work on: "Steelworkers",
    "Autoworkers", "Mineworkers" ("workers" after three letters or more; not "Sellers", a surname)."""
    if not word.endswith("s") or len(word) < 9:
        return False
    lower = word.lower()
    return any(lower[cut:] in rules.group_nouns for cut in range(3, len(lower) - 4))


#: A role in lower case, then "with" or "at" (and "the"), up to a name: "paramedic with ", "nurse at the ".
_ROLE_WITH = re.compile(r"([a-z]+)[ \t]+(?:with|at)[ \t]+(?:the[ \t]+)?\Z")


def _employer_of_role(text: str, start: int, rules: EntityRules) -> bool:
    """Whether the name at ``start`` follows a worker's role and "with" or "at": "a paramedic with St John
    Ambulance", "a nurse at Ridgeway Care": the body the person works for, not a person ("a lawyer for Ana
    Ruiz", "met with Ana Ruiz" name people)."""
    found = _ROLE_WITH.search(text, max(0, start - 30), start)
    return found is not None and found.group(1) in rules.worker_roles


#: Place nouns the packs list as no names that are also surnames: "Lena Park", "Tom Hall", "Ana Lake".
_PLACE_NOUN_SURNAMES = frozenset(["Park", "Hall", "Lake", "Street", "Bridge", "Bay", "Tower"])
#: Verbs whose subject is a person (besides the verbs of speech): "Lena Park met the minister".
_PERSON_VERBS = frozenset(
    "met meets visited visits resigned thanked greeted hugged married phoned hired fired sued appointed "  # noqa: SIM905
    "nominated interviewed defeated beat endorsed joined founded".split()
)
#: The word before a name that makes it a place: "in Victoria Park", "the Albert Hall".
_PLACE_LEAD_WORDS = frozenset(["in", "at", "near", "the", "from", "to", "outside", "into", "across", "around", "The"])


def _person_acts_after(text: str, start: int, end: int, rules: EntityRules) -> bool:
    """Whether the name from ``start`` to ``end`` is the subject of a person's verb ("met", "said") and stands
    after no word that makes it a place: "Lena Park met the minister", not "in Victoria Park", "Albert Hall was
    full"."""
    following = _LOWER_NEXT.match(text, end)
    if following is None or (following.group(1) not in _PERSON_VERBS and following.group(1) not in rules.speech_forms):
        return False
    return text[max(0, start - 12) : start].rpartition(" ")[0].rpartition(" ")[2] not in _PLACE_LEAD_WORDS


def _note_short_form(state: _Found, words: list[str], entity_id: str) -> None:
    """Note the first word of a company's name as its short form: "Tessaro" of "Tessaro Holdings".

    ``_companies_by_first_word`` keys the company by it, unless two companies share it.
    """
    known = state.companies.setdefault(words[0], entity_id)
    if known != entity_id:
        state.companies[words[0]] = None


#: A plural of an acronym: "MPs", "MEPs", "NGOs".
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _all_opens_name(text: str, rest: list[tuple[int, int, str]], rules: EntityRules) -> bool:
    """Whether "All" opens a body's name with the run's ``rest``: "All India Consumer Forum", "All Nippon Airways".

    The rest is two or more capitalised words that end in a body's head, with no lower-case word between, and
    no noun of its people after it: the name goes on after "All". "All Labour MPs" and "All Blacks" end in no
    head, and "All Green Party members" goes on to its members; "All" counts them.
    """
    if len(rest) < 2 or not all(token[2][:1].isupper() for token in rest) or rest[-1][2] not in rules.org_heads:
        return False
    following = _NEXT_WORD.match(text, rest[-1][1])
    if following is None:
        return True
    word = following.group(1).lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    # "All Green Party members", "All Farmers Union officials": "All" counts the people of the body.
    return word not in rules.group_words and singular not in rules.role_words and singular not in rules.titles


#: The text up to the next space or tab.
_UP_TO_SPACE = re.compile(r"[^ \t]*")
#: A lower-case word and the spaces after it: a modifier before a role ("senior", "regional").
_LOWER_WORD_AND_SPACE = re.compile(r"([a-z][\w\-]*)[ \t]+")
_SPACES = re.compile(r"[ \t]+")


def _role_and_name_after(text: str, end: int, rules: EntityRules) -> bool:
    """Whether a role in lower case and a person's name follow ``end``: " analyst Markus Ehn".

    Up to two words of the packs' ``title_modifiers`` may stand before the role: " senior analyst Ana Ruiz".
    """
    spaces = _SPACES.match(text, end)
    if spaces is None:
        return False
    position = spaces.end()
    if not text[position : position + 1].islower():
        return False  # neither a modifier nor a role in lower case follows
    word = _UP_TO_SPACE.match(text, position)
    assert word is not None  # the pattern matches the empty string
    if word.group() not in rules.modifiers and word.group() not in rules.title_first_words:
        return False  # " said", " and": the word after the name opens neither a modifier nor a title
    for _ in range(2):
        modifier = _LOWER_WORD_AND_SPACE.match(text, position)
        if modifier is None or modifier.group(1) not in rules.modifiers:
            break
        position = modifier.end()
    if not text[position : position + 1].islower():
        return False  # the title starts here, and must be in lower case
    found = rules.title_name.match(text, position)
    return found is not None and found.group("title")[:1].islower() and found.group("name")[:1].isupper()


def _known_person_words(draft: Draft, rules: EntityRules, words: list[str]) -> bool:
    """Whether ``words`` name a person: a given name first ("Hillary Clinton aide ..."), or a name the text knows."""
    return (
        words[0] in rules.given_names
        or "person:" + norm(" ".join(words)) in draft.entity_keys
        or any(word in draft.scratch.get("name_tokens", {}) for word in words)
    )


def _plural_for_cause(draft: Draft, rules: EntityRules, tokens: list[tuple[int, int, str]], words: list[str]) -> bool:
    """Whether a run names a campaign by its members and its cause: "Physicians for Human Rights".

    A plural noun of people ("Physicians", "Athletes", "Moms"; not "Plans", "Fears"), "for", then
    capitalised words: two or more, or one abstract noun ("Americans for Prosperity"), not all of
    them gazetteer names ("Voters for Ukraine" is no body) nor dates. A headline in title case is
    left alone.
    """
    if len(words) < 3 or words[1] != "for" or not _plural_looking(words[0], rules) or words[0] in rules.surface:
        return False
    first = words[0].lower()
    if first not in rules.group_nouns and not first.endswith(_PEOPLE_PLURAL_ENDINGS):
        return False
    cause = [word for word in words[2:] if word[:1].isupper()]
    if not cause or not all(word[:1].isupper() or word in ("of", "and", "the", "&") for word in words[2:]):
        return False
    if all(word in rules.surface or word in _DATE_WORDS for word in cause):
        return False
    if len(cause) == 1 and not cause[0].endswith(_ABSTRACT_ENDINGS):
        return False  # "Orders for Boeing": a name alone is no cause
    if first in _ACTING_FOR:
        return False  # "Attorneys for Harvey Weinstein", "Spokesmen for the Mayor": they act for someone
    titled = len(words) > 3 and (words[2] in rules.titles or words[2].rstrip(".") in rules.titles)
    if words[2] in rules.given_genders or titled:
        return False  # "Lawyers for Tom Ruiz", "Lawyers for Mr. Ruiz": people acting for a person, no campaign
    if _known_person_words(draft, rules, words[2:]):
        return False  # "Lawyers for Ruiz" once the text named him
    return not _title_case_line(draft.text, tokens[0][0])


#: How plurals of nouns for people end: "farmers", "scientists", "physicians", "doctors", "parents",
#: "tenants", "athletes", "advocates", "moms", "midwives", "gunmen".
_PEOPLE_PLURAL_ENDINGS = ("ers", "ists", "ians", "ors", "ents", "ants", "etes", "ates", "oms", "men", "ves", "ens")
#: How abstract nouns end, a cause's word: "Prosperity", "Liberty", "Justice", "Reform", "Peace".
_ABSTRACT_ENDINGS = ("ity", "ty", "ice", "ment", "ion", "ness", "dom", "ace", "orm", "ance", "ence", "cy")


def _after_common_plural(
    draft: Draft, rules: EntityRules, tokens: list[tuple[int, int, str]], state: _Found
) -> list[tuple[int, int, str]]:
    """A run without the plural that opens its sentence and "of": "Shares of **Acme Holdings** fell".

    The plural is a common word the sentence capitalised ("Shares", "Workers", "Members"), and the
    words after "of" name a body of their own (a head, "&", or a whole gazetteer name). "Daughters of
    the American Revolution" keeps its words: what follows "of" is no body.
    """
    first = tokens[0]
    if not _plural_looking(first[2], rules) or not _common_at_sentence_start(draft, first[0], first[2], rules):
        return tokens
    rest = tokens[3:] if tokens[2][2] == "the" else tokens[2:]
    if not rest:
        return tokens
    rest_words = {token[2] for token in rest}
    place = state.gaz_by_start.get(rest[0][0])
    if place is not None and place[0] == rest[-1][1]:
        return rest  # "Residents of Gaza": a gazetteer name, whole
    if rules.org_heads.isdisjoint(rest_words) and "&" not in rest_words:
        return tokens
    return rest


def _owner_before_name(words: list[str], rules: EntityRules) -> int | None:
    """Where a person's name starts after a possessor in a run: "Radio Sur's **Lidia Campos**".

    The possessor is a word ending in "'s" (or a plural's "'") before the run's last two words, a
    first name and a surname that name no place, title, body or plural ("the Court's Citizens
    United"): the index of the first of them.
    """
    index = len(words) - 2
    if index < 1 or not words[index - 1].endswith(("'s", "’s", "s'", "s’")):
        return None
    first, last = words[index], _POSSESSIVE.sub("", _strip_period(words[index + 1], rules))
    for word in (first, last):
        if (
            not _is_name_word(word)
            or word in rules.not_names
            or word in rules.surface
            or word in rules.titles
            or word in rules.org_heads
        ):
            return None
    if _plural_looking(first, rules) or (_plural_looking(last, rules) and first not in rules.given_genders):
        return None  # "POLITICO's Battleground States", "Clinton's Health Issues": no person
    return index


def _affiliate_with_owner(draft: Draft, rules: EntityRules, owner: tuple[int, int, str], person_id: str) -> None:
    """Give the person the possessor before their name as affiliation, if it is a gazetteer name:
    "Kenya's Wafula Onyango" is of Kenya, "the EU's Ana Ruiz" of the EU."""
    owner_text = _POSSESSIVE.sub("", owner[2])
    found = rules.surface.get(owner_text)
    entity = draft.entities[person_id]
    if found is None or entity.affiliation is not None:
        return
    owner_id = _gazetteer_entity(draft, rules, found[0], owner_text)
    if owner_id != person_id:
        country = entity.country or draft.entities[owner_id].country
        draft.replace_entity(attrs.evolve(entity, affiliation=owner_id, country=country))


def _title_and_name_at(text: str, rules: EntityRules, tokens: list[tuple[int, int, str]]) -> int | None:
    """The index of the first token where a title and a name start, the name holding no organisation head.

    "Green Party **MP Hana Kowalczyk**", "**Chief Cabinet Secretary Ana Ruiz**"; in "General Motors"
    the name would be a head: no person.
    """
    run_end = tokens[-1][1]
    for index in range(len(tokens) - 1):
        if tokens[index][2] not in rules.title_starts:
            continue
        found = rules.title_name.match(text, tokens[index][0])
        if (
            found is not None
            and found.end() <= run_end  # not past a sentence end ("the Republican Party. He ...")
            and rules.org_heads.isdisjoint(
                _POSSESSIVE.sub("", _strip_period(word, rules)) for word in found.group("name").split()
            )
        ):
            return index
    return None


#: A decade: "the 1990s government".
_DECADE = re.compile(r"\d+['’]?s")


#: A word in lower case after a noun.
_LOWER_NEXT = re.compile(r"[ \t]+([a-z][\w\-]*)")


#: A preposition of place and "the" before a river's bank: "along the", "on the", "from the".
_BANK_PLACE_BEFORE = re.compile(
    r"(?<![\w’'\-])(along|across|onto|on|from|to|off|near|at|toward|towards|up|down|reached|crossed)[ \t]+the[ \t]+$"
)
#: What names the river after a bank: "of the river", "of the Oder", "of Lake Kivu".
_BANK_OF_RIVER = re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?:river|lake|stream|[{UPPER}])")
#: A river in so many words: "the river", "the River Oder", "the riverbank", "rivers".
_RIVER_WORD = re.compile(r"(?<![\w’'\-])(?:[Rr]ivers?|[Rr]iver[ \t]?banks?|riverside)(?![\w’'\-])")
#: How far from a bank a river is looked for, in characters: the paragraph around it, about.
_RIVER_REACH = 600
#: Prepositions that take a bank only as a place: no one is "along" or "across" a lender.
_ALONG = frozenset(["along", "across", "onto", "up", "down", "toward", "towards", "crossed"])


def _river_bank(text: str, start: int, end: int) -> bool:
    """Whether the bank described at ``text[start:end]`` ("Paraguayan bank") is a river's side, not a lender.

    After "along", "across", "onto" and the like it always is; after "on", "from", "at" and the like ("a loan
    from the Paraguayan bank") only when the river is named after it ("on the Polish bank of the Oder") or the
    text speaks of a river near it ("The river rose. Refugees waited on the Polish bank.").
    """
    before = _BANK_PLACE_BEFORE.search(text, max(0, start - 16), start)
    if before is None:
        return False
    return (
        before.group(1) in _ALONG
        or _BANK_OF_RIVER.match(text, end) is not None
        or _RIVER_WORD.search(text, max(0, start - _RIVER_REACH), end + _RIVER_REACH) is not None
    )


def _body_modifiers(text: str, match: re.Match[str], rules: EntityRules) -> bool:
    """Whether the words between a name and the noun of its body describe the body: "regional", "trade".

    No function word ("the RMT and the union"), no word of speech, no past form; and after the noun
    a verb, a function word or no word in lower case: else the noun modifies a noun of its own ("the
    Treasury sold government bonds", "the rebels shot police officers").
    """
    following = _LOWER_NEXT.match(text, match.end("noun"))
    if following is not None:
        word = following.group(1)
        if not (word in rules.speech_forms or word in _FUNCTION_WORDS or word.endswith("ed")):
            return False
    return not any(
        word in _FUNCTION_WORDS or word in _GROUP_LEFT_STOP or word in rules.speech_forms or word.endswith("ed")
        for word in match.group("mods").split()
    )


def _named_body(
    draft: Draft, rules: EntityRules, match: re.Match[str], state: _Found, covered: Callable[[int], bool]
) -> None:
    """An organisation for "the RMT union", "the 3F union": a word no pass read as a name, and its noun.

    The word must be no gazetteer name or demonym ("the EU bloc", "the Chinese government"), no
    function word, title, day or month, and no part of a name found already.
    """
    name_start = match.start("name")
    name = match.group("name")
    place = state.gaz_by_start.get(name_start)
    if place is not None and match.group("noun") in rules.described_body_nouns:
        _described_body(draft, rules, match, state, place, covered)
        return
    if match.group("noun") not in rules.org_nouns:
        # "the BBC website": a descriptor makes a body only after a demonym or a place; "the AP news agency":
        # an organisation noun may end the descriptor.
        own = rules.named_body_own.match(draft.text, match.start())
        if own is None:
            return
        match = own
    if (
        name_start in state.gaz_by_start
        or name in rules.surface
        or name in rules.not_names
        or name in rules.titles
        or name.rstrip(".") in _DATE_WORDS
        or not any(char.isalpha() for char in name)
        or _DECADE.fullmatch(name) is not None
        or covered(name_start)
    ):
        return  # a place, a common word, a year, a decade or a count, or a name already read
    if match.group("mods") and (
        not _body_modifiers(draft.text, match, rules) or draft.text.endswith(", ", 0, match.start() - 1)
    ):
        return  # ", the Chicago-based snack group,": a description of the name before the comma
    end = match.end("noun")
    kind = "government" if match.group("noun") in rules.gov_heads else "organization"
    entity_id = ensure_org(draft, draft.text[name_start:end], rule=f"entity.{kind}", kind=kind)
    state.org_spans[(name_start, end)] = entity_id
    draft.add_mention(entity_id, name_start, end, f"entity.{kind}")
    # "RMT said" after "the RMT union": the body by its name alone (a later stage looks it up by this key).
    draft.entity_keys.setdefault("org:" + norm(name), entity_id)


#: A name of one to four capitalised words.
_NAME_RUN = re.compile(rf"[{UPPER}][\w\-]*(?:[ \t]+[{UPPER}][\w\-]*){{0,3}}")
_HYPHENATED = re.compile(rf"-([{UPPER}][\w]*)")


def _hyphenated_name(text: str, end: int, surface: dict[str, tuple[str, str]]) -> bool:
    """Whether the demonym ending at ``end`` opens a hyphenated name ("Swiss-Ski"), not a pair of places."""
    after = _HYPHENATED.match(text, end)
    return after is not None and after.group(1) not in surface


#: Nouns of the state's own bodies: after a demonym they stand for the country ("the Russian military said").
_STATE_NOUNS = frozenset(
    ("army", "military", "police", "presidency", "secretariat", "office", "leadership", "management", "authority")
)
#: What may follow "the Dutch company" and leave it the body: no name ("the Dutch company Solvara") after it.
_NAME_NEXT = re.compile(rf"[ \t]+[{UPPER}0-9]")
#: How far before "the Berlin-based institute" the body it stands for may be named, in characters.
_DESCRIBED_REACH = 3000


def _described_body(
    draft: Draft,
    rules: EntityRules,
    match: re.Match[str],
    state: _Found,
    place: tuple[int, str, str],
    covered: Callable[[int], bool],
) -> None:
    """A body described by its country or city and its kind: "the Austrian federation", "the Berlin-based institute".

    Not the country: "the Dutch company said" is the company's word. The body is the one named before
    whose name holds the noun and that is of that country or of none ("Germany's Federal Institute for
    Risk Assessment ... the Berlin-based institute"), else a body of its own named by the description
    ("Austrian federation"), of the country. A name right after ("the Dutch company Solvara") is the
    body, as the name passes read it or, when none did, as read here; a possessive ("the Dutch
    company's shares") or a word after the noun that is no verb leaves the words to other passes, as
    for "the RMT union".
    """
    text = draft.text
    name_start, name_end = match.span("name")
    place_end, key, kind = place
    if kind == "demonym":
        if place_end != name_end:
            return
    elif place_end != name_end - len("-based") or not text.endswith("-based", 0, name_end):
        return
    end = match.end("noun")
    if text.startswith(("'s", "’s"), end):
        return
    if match.group("noun").lower() == "bank" and _river_bank(text, name_start, end):
        return  # "along the Paraguayan bank", "on the Polish bank of the Oder": a river's side, no lender
    named = _NAME_NEXT.match(text, end)
    if named is not None:
        # "the Dutch company Solvara said": the name after the noun is the company's (a name pass may have read
        # it already, as "Solvara Ingredients"), and the demonym only says where it is from.
        if match.group("noun") in rules.org_descriptors:
            state.drop_gaz.add(name_start)
            if not covered(named.end() - 1):
                name = _NAME_RUN.match(text, named.end() - 1)
                if name is not None and name.group() not in rules.not_names and name.group() not in rules.surface:
                    country = rules.records[key].get("country")
                    entity_id = ensure_org(draft, name.group(), rule="entity.organization", country=country)
                    state.add_org(draft, entity_id, *name.span(), "entity.organization")
        return
    if not _body_modifiers(text, match, rules):
        return
    state.drop_gaz.add(name_start)
    apposed = _apposed_body(draft, state, match.start() - 1, end)
    if apposed is not None:
        # "Kestrel Biologics, the Indian manufacturer,", "the Swedish port operator, Nordkaj Terminals,": the
        # description of the body named beside it between commas, no body of its own.
        draft.add_mention(apposed, name_start, end, "entity.apposition")
        return
    record = rules.records[key]
    country = record.get("country")
    noun = match.group("noun").lower()
    # "the National Bank of Poland ... the Polish bank": a body that names the country is of it.
    place_words = {word.lower() for word in (record.get("name", ""), *(record.get("demonyms") or ()))}
    if state.org_ends is None:
        state.org_ends = sorted((span_end, entity_id) for (_, span_end), entity_id in state.org_spans.items())
    ends = state.org_ends
    index = bisect.bisect_right(ends, (name_start, "~"))
    while index > 0 and name_start - ends[index - 1][0] < _DESCRIBED_REACH:
        index -= 1
        entity_id = ends[index][1]
        entity = draft.entities[entity_id]
        words = entity.name.lower().split()
        if noun in words and entity.country in (None, country):
            if kind == "demonym" and entity.country is None and not any(word in words for word in place_words):
                continue  # "the International Ski Federation ... the Austrian federation": another body
            draft.add_mention(entity_id, name_start, end, "entity.organization")
            return
    if kind == "demonym" and noun in BUSINESS_NOUNS:
        firm = _last_firm(draft, name_start, country)
        if firm is not None:
            # "Regulators fined Kestrel Biologics. The Indian manufacturer said ...": a firm of the country (or of
            # none the text gave) just named, described by its trade, is no new body.
            draft.add_mention(firm, name_start, end, "entity.organization")
            return
    entity_id = ensure_org(draft, " ".join(text[name_start:end].split()), rule="entity.organization", country=country)
    state.add_org(draft, entity_id, name_start, end, "entity.organization")


#: Nouns that name a business: "the Indian manufacturer", "the German carmaker" stand for a firm named before,
#: and coreference keeps "the company", "the lender" from a union or a regulator (``coref``).
BUSINESS_NOUNS = frozenset(
    "company firm corporation manufacturer maker carmaker automaker steelmaker chipmaker drugmaker lender insurer "  # noqa: SIM905
    "retailer airline carrier supplier exporter importer processor distributor startup start-up conglomerate "
    "brewer miner".split()
)
#: Last words of a body's name that say it is no business ("the Transport Workers Union", "the Trade Ministry").
_NO_BUSINESS_HEADS = frozenset(
    "union party council committee commission court ministry department federation association agency authority "  # noqa: SIM905
    "government parliament assembly congress university institute foundation coalition alliance league".split()
)
#: How far before "the Indian manufacturer" the firm it stands for may be named, in characters.
_FIRM_REACH = 600


def _last_firm(draft: Draft, start: int, country: str | None) -> str | None:
    """The firm a trade's description at ``start`` stands for: the organisation mentioned last before it, within
    ``_FIRM_REACH``, when that is a business (its name ends in no body's noun that says otherwise) of ``country``
    or of none; None when the one mentioned last is no such firm (a union, a ministry: the description is
    another). People, places and governments mentioned in between are passed over."""
    for mention in reversed(draft.mentions_in(max(0, start - _FIRM_REACH), start)):
        entity = draft.entities[mention.entity]
        if entity.type != "organization":
            continue
        words = entity.name.split()
        if entity.country not in (None, country) or not words[-1][:1].isupper():
            return None
        return None if words[-1].lower() in _NO_BUSINESS_HEADS else entity.id
    return None


def _apposed_body(draft: Draft, state: _Found, start: int, end: int) -> str | None:
    """The body named right beside the description at ``text[start:end]``, across a comma, or None.

    "Kestrel Biologics, the Indian manufacturer,": the name before the comma; "the Swedish port operator,
    Nordkaj Terminals,": the name after it, read by the name passes as a body.
    """
    text = draft.text
    before = text[max(0, start - 2) : start]
    if before in (", ", ",\t"):
        mention = draft.mention_ending_at(start - 2)
        if mention is not None and draft.entities[mention.entity].type in _BODY_TYPES:
            return mention.entity
    if text.startswith((", ", ",\t"), end):
        return state.org_starting_at(end + 2)
    return None


def _person_of_body(
    draft: Draft, rules: EntityRules, tokens: list[tuple[int, int, str]], words: list[str], state: _Found
) -> bool:
    """Read "Sofia Brandt of Kestrel Capital" as a person and the body she is with, not as one organisation.

    Two or three name words, then "of" (or "for": "Sofia Brandt for the World Bank") and an
    organisation (a name with a head) or a gazetteer name: the person is read from the words
    before, the body from the words after, and the person's affiliation is the body (a country is
    her country); after "of" anything else ("of Acme", "of California") the person alone. "Bank of
    England", "Friends of the Earth" (one word before "of"), "Minister of State" (a title) stay as
    they were.
    """
    of = min(words.index(word) for word in ("of", "for") if word in words)
    first = 0
    while first < of and (words[first] in rules.titles or words[first].lower() in rules.titles):
        first += 1  # "Analyst Sofia Brandt of ...": the name is the words after the title
    before, after = words[first:of], words[of + 1 :]
    if not 2 <= len(before) <= 3 or not after:
        return False
    for word in before:
        if (
            not _is_name_word(word)
            or word in rules.org_heads
            or word in rules.titles
            or word in rules.not_names
            or word in rules.surface
        ):
            return False
    after_tokens = tokens[of + 1 :]
    if after_tokens[0][2] == "the" and len(after_tokens) > 1:
        after_tokens = after_tokens[1:]  # "Sofia Brandt of the World Bank"
    after_start = after_tokens[0][0]
    if rules.org_heads.isdisjoint(after) and "&" not in after and after_start not in state.gaz_by_start:
        # "John Smith of Acme", "Gavin Newsom of California": the person, and no body the text names as one.
        _classify_run(draft, rules, tokens[first:of], state, split_of=False)
        return True
    # Each half once, without another split at a later "of" (a run of many would recurse as deep).
    _classify_run(draft, rules, tokens[first:of], state, split_of=False)
    _classify_run(draft, rules, after_tokens, state, split_of=False)
    person = state.person_mentions[-1] if state.person_mentions else None
    if person is None or person[0] != tokens[first][0]:
        return True
    entity = draft.entities[person[2]]
    changes: dict[str, Any] = {}
    if first and entity.role is None:
        role, _ = rules.titles.get(words[first - 1]) or rules.titles.get(words[first - 1].lower(), (None, None))
        if role:
            changes["role"] = role  # "Analyst Sofia Brandt of ...": her role
    body = state.org_starting_at(after_start)
    gazetteer = state.gaz_by_start.get(after_start)
    if body is None and gazetteer is not None:
        gaz_end, key, _ = gazetteer
        record = rules.records[key]
        if record["type"] == "country":
            changes["country"] = record.get("country")  # "Ana Ruiz of Mexico": where she is from
        else:
            body = _gazetteer_entity(draft, rules, key, draft.text[after_start:gaz_end])
    if body is not None and entity.affiliation is None and body != entity.id:
        changes["affiliation"] = body
    changes = {name: value for name, value in changes.items() if not getattr(entity, name)}
    if changes:
        draft.replace_entity(attrs.evolve(entity, **changes))
    return True


def _name_ending_in_country(
    draft: Draft,
    rules: EntityRules,
    tokens: list[tuple[int, int, str]],
    words: list[str],
    covering: tuple[int, str, str],
    state: _Found,
) -> bool:
    """An organisation named by common words and a country after them: "Cricket Australia", "Universities UK".

    National bodies are often named so ("Tennis Australia", "Save the Children UK"). The country is
    its gazetteer name or an all-capital alias (not a capital city, not a demonym), right after a
    capitalised word. That word and the others before it are no names the lexicons know: no
    gazetteer name ("Sydney Australia" is no body, neither is "Papua New Guinea", matched whole),
    no compass or place word ("Western Australia", "Greater China", "the Republic of Ireland"), no
    title ("Foreign Minister of Australia"), no era or regime ("Nazi Germany", "Soviet Russia"),
    no acronym or media name ("told AFP US troops"), no known person's name, no possessive. A
    title-case headline ("Floods Hit Australia") is left alone, and so is a word in -ing opening a
    sentence ("Following Australia's lead").
    """
    text = draft.text
    gaz_start, key, kind = covering
    record = rules.records[key]
    if record.get("type") != "country" or kind == "demonym":
        return False
    surface = text[gaz_start : tokens[-1][0] + len(words[-1])]
    if kind != "name" and not (surface.replace(".", "").isupper() and len(surface) <= 5):
        return False
    if "\t" in text[tokens[0][0] : gaz_start] or "  " in text[tokens[0][0] : gaz_start]:
        return False  # columns of a table, not one name
    before = [(token, word) for token, word in zip(tokens, words, strict=True) if token[0] < gaz_start]
    if not before or len(before) > 5 or not before[-1][1][:1].isupper():
        return False
    name_tokens = draft.scratch.get("name_tokens", {})
    for _token, word in before:
        if word[:1].islower():
            if word not in ("the", "and", "for", "of"):
                return False
            continue
        if (
            not word.replace("-", "").isalpha()
            or word.isupper()
            or word in rules.surface
            or word in rules.not_names
            or word in rules.titles
            or word in rules.modifiers
            or word in rules.particles
            or word in _COMPASS
            or word in _DATE_WORDS
            or word in rules.country_modifiers
            or word in name_tokens
            or word in rules.given_genders  # "Tom Jordan": a first name, and a surname that is a country's
            or word.endswith(_DEMONYM_ENDINGS)
            or word.endswith(("ly", "'s", "’s"))
        ):
            return False
    start = tokens[0][0]
    first = words[0]
    lead = text[max(0, start - 3) : start].rstrip(" \t\"“‘'")
    if first.endswith("ing") and (not lead or lead.endswith(("\n", ".", "!", "?", ":", ";", ","))):
        return False
    previous = text[max(0, start - 12) : start].split()[-1:]
    if previous and previous[0] in ("told", "tells", "tell", "telling"):
        return False  # "told Bloomberg Australia would ...": the one told, then the subject
    if _title_case_line(text, start):
        return False
    end = gaz_start + len(surface)
    state.drop_gaz.add(gaz_start)
    entity_id = ensure_org(draft, text[start:end], rule="entity.organization", country=record.get("country"))
    state.add_org(draft, entity_id, start, end, "entity.organization")
    return True


#: Words before a country's name that open a sentence or a headline, not a body's name: a verb ("Say China
#: ...", "Let Ukraine decide"), a greeting or sports word ("Thanks Australia", "Beat England"), "Top" before a
#: noun ("Top China diplomat"). The parts, eras and regimes of a country are the packs' ``country_modifiers``.
_COUNTRY_OPENERS = frozenset(
    [
        *("Go", "Sorry", "Thanks", "Beat", "Versus", "Dear", "Top"),
        *("Say", "Suppose", "Imagine", "Let", "Take", "Consider", "Make", "Keep"),
    ]
)


def _months_in_name(text: str, rules: EntityRules, tokens: list[tuple[int, int, str]], words: list[str]) -> set[int]:
    """The indices of month words that are surnames: "Theresa May", "Jonah March", but not "May 3".

    A month word right after a name-like word is part of the name unless a day number follows it.
    """
    found: set[int] = set()
    if _MONTHS.isdisjoint(words):
        return found
    for index in range(1, len(words)):
        if words[index] not in _MONTHS or not _name_like(words[index - 1], rules):
            continue
        if _DAY_NUMBER.match(text, tokens[index][0] + len(words[index])):
            continue
        found.add(index)
    return found


_MONTHS = frozenset(
    "January February March April May June July August September October November December".split()  # noqa: SIM905
)
_DAY_NUMBER = re.compile(r"[ \t]*\d")
_DATE_WORDS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]) | _MONTHS
_WEEKDAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
#: The parts of a day that make a weekday the first word of a title: "Saturday Night Live", "Monday Night Football".
_DAY_PARTS = frozenset(["Night", "Morning", "Evening", "Afternoon"])
#: ``_DAY_PARTS`` as the one-word lists ``_run_groups`` slices after a weekday.
_DAY_PART_NEXT = tuple([part] for part in _DAY_PARTS)
#: Indefinite pronouns and quantifiers that open a sentence like a subject ("Everyone praised ...").
_INDEFINITE = frozenset(
    [
        *("everyone", "everybody", "everything", "someone", "somebody", "something", "anyone", "anybody"),
        *("anything", "nobody", "none", "nothing", "neither", "either", "few", "both", "all", "each"),
    ]
)
#: Endings of common nouns, verbs and adverbs, never of a surname opening a sentence ("Management", "Polling").
_COMMON_ENDINGS = tuple("ing ed ly tion sion ment ness ity ance ence ism ship ogy ery ics ure tory".split())  # noqa: SIM905
#: Pronouns that are also surnames (He, She are Chinese family names): "He Jun, a spokesman for ...".
_PRONOUN_SURNAMES = frozenset(["He", "She", "It", "They"])


def _name_like(word: str, rules: EntityRules) -> bool:
    return (
        word[:1].isupper()
        and any(char.islower() for char in word)
        and word.isalpha()
        and word not in rules.not_names
        and word not in rules.surface
        and word not in rules.titles
        and word not in rules.org_heads
    )


def _pronoun_surname(
    draft: Draft,
    rules: EntityRules,
    tokens: list[tuple[int, int, str]],
    person_mentions: list[tuple[int, int, str, str]],
) -> bool:
    """A run like "He Jun" is a person when an apposition with a role follows or the name is known already.

    A pronoun followed by capitalised words is otherwise left to the pronoun rules (a headline's
    "He Says Talks Failed" is no name): this reads it as a name only with evidence.
    """
    if not 2 <= len(tokens) <= 3 or not all(_name_like(token[2], rules) for token in tokens[1:]):
        return False
    start, end = tokens[0][0], tokens[-1][1]
    name = draft.text[start:end]
    known = draft.entity_keys.get("person:" + norm(name))
    if known is None:
        appos = rules.apposition.match(draft.text, end)
        if appos is None or not rules.titles.get(appos.group("role"), (None, None))[0]:
            return False
    entity_id = ensure_person(draft, name, rule="entity.name")
    person_mentions.append((start, end, entity_id, "entity.name"))
    return True


def _people_joined(tokens: list[tuple[int, int, str]], rules: EntityRules) -> bool:
    """Whether a run is two people joined by one "&": a given name and a surname on each side ("Tom Ruiz & Ana Lee").

    A firm named by surnames ("Ernst & Young", "Marks & Spencer") has one word on a side, or no given name first.
    """
    words = [token[2] for token in tokens]
    if words.count("&") != 1:
        return False
    cut = words.index("&")
    sides = (words[:cut], words[cut + 1 :])
    return all(2 <= len(side) <= 3 and side[0] in rules.given_genders for side in sides)


#: Capitalised words after a place's name that make a longer place of it: "Gaza Strip", "Hudson Bay".
_PLACE_NOUNS = frozenset(
    [
        "Strip",
        "Bay",
        "River",
        "Island",
        "Islands",
        "Sea",
        "Ocean",
        "Lake",
        "Gulf",
        "Coast",
        "Peninsula",
        "Province",
        "Region",
        "Desert",
        "Basin",
        "Delta",
        "Canal",
        "Heights",
        "Mountains",
        "Plains",
        "Park",
        "Border",
        "Area",
        "Metro",
        "Capital",
        "Territory",
    ]
)


def _called_alone_once(draft: Draft, word: str, first: str, rules: EntityRules) -> bool:
    """``_called_alone``, read once per document for a name ("China Mobile" in every sentence reads it once)."""
    known: dict[tuple[str, str], bool] = draft.scratch.setdefault("called_alone", {})
    if (word, first) not in known:
        known[(word, first)] = _called_alone(draft.text, word, first, rules)
    return known[(word, first)]


def _called_alone(text: str, word: str, first: str, rules: EntityRules) -> bool:
    """Whether ``word`` speaks alone somewhere in ``text``, not right after ``first``: "Katz said", "Mr. Katz".

    A verb of speech after it or a title before it, as news writes a person's surname.
    """
    position = text.find(word)
    while position >= 0:
        after = position + len(word)
        if position and (text[position - 1].isalnum() or text[position - 1] in "’'-"):
            position = text.find(word, after)
            continue
        before = text[max(0, position - 12) : position].split()
        following = _LOWER_NEXT.match(text, after)
        if before[-1:] != [first] and (
            (following is not None and following.group(1) in rules.speech_forms)
            or (before and before[-1] in rules.titles)
        ):
            return True
        position = text.find(word, after)
    return False


#: A name that goes on after a small word ("United States Citizenship and Immigration Services").
_NAME_GOES_ON = re.compile(rf"[ \t]+(?:and|&|of|for)[ \t]+[{UPPER}]")


def _place_led_name(draft: Draft, rules: EntityRules, tokens: list[tuple[int, int, str]], state: _Found) -> bool:
    """Whether a run is a firm's name that opens with a place's: "Texas Instruments", "China Mobile", "U.S. Steel".

    The place (a name, or a people's word with exactly one word after it: "American Express") is one whole
    word at the start, or a name of several words with one word after it ("New Zealand Rugby"), and the one or two
    words after it are no place, people (or its plural), title, title
    modifier, date, compass word, given name, place noun ("Gaza Strip") or known person's name. A headline's
    run ("China Hits Back") is left alone: in title case every word is capitalised.
    """
    text = draft.text
    start = tokens[0][0]
    hit = state.gaz_by_start.get(start)
    if hit is None or hit[2] not in ("name", "alias", "demonym"):
        return False
    # The place's words: one ("China Mobile") or, for a name, more ("New Zealand Rugby", "South Africa Post").
    place_words = next((index + 1 for index, token in enumerate(tokens) if token[1] == hit[0]), 0)
    if place_words == 0 or (place_words > 1 and hit[2] != "name"):
        return False
    rest = [token[2] for token in tokens[place_words:]]
    if not 1 <= len(rest) <= (1 if hit[2] == "demonym" or place_words > 1 else 2):
        return False
    if tokens[0][2] in rules.given_names or _title_case_line(text, start):
        return False
    return all(
        word[:1].isupper()
        and word.isalpha()
        and word not in rules.surface
        and word.removesuffix("s") not in rules.surface  # "Israel Palestinians": a people, no firm's word
        and word not in rules.titles
        and word not in rules.modifiers
        and word not in rules.not_names
        and word not in rules.given_names
        and word not in _DATE_WORDS
        and word not in _COMPASS
        and word not in _PLACE_NOUNS
        and word not in _PLACE_CONTINUATIONS
        and draft.entity_keys.get("person:" + norm(word)) is None
        for word in rest
    )


def _headline_pair(draft: Draft, rules: EntityRules, tokens: list[tuple[int, int, str]], state: _Found) -> bool:
    """Whether the "&" of a headline's run joins two names, not a firm's: "Trump & Biden", not "Marks & Spencer".

    ``tokens`` is the pair alone, as many words on each side. A firm's name is one the text writes again
    ("Marks & Spencer" in its first paragraph), one the gazetteer knows ("Bosnia & Herzegovina") or one with
    the same name on both sides ("Johnson & Johnson": two people joined have two names). A body word after it
    made it an organisation before this.
    """
    text = draft.text
    words = [token[2] for token in tokens]
    cut = words.index("&")
    if words[:cut] == words[cut + 1 :]:
        return False
    start, end = tokens[0][0], tokens[-1][1]
    joined = " ".join(text[start:end].split())
    if state.gaz_by_start.get(start, (0,))[0] > tokens[cut - 1][1] or joined in rules.surface:
        return False
    return text.find(text[start:end], end) < 0 and "org:" + norm(joined) not in draft.entity_keys


#: A group's modifier of place and a plural in lower case: "from clubs", "at plants", "of farms" (after which a
#: place belongs to the group's phrase), not "familiar with the talks".
_PLURAL_AFTER_PLACE_MODIFIER = re.compile(r"(?:in|from|at|of)[ \t]+(?:the[ \t]+)?[a-z][a-z\-]*[a-z]s")
#: "for" and whom after a plural of people who act for another: "Lawyers for Ana Ruiz", "for the family" (not
#: "for two hours").
_FOR_WHOM = re.compile(rf"[ \t]+for[ \t]+(?:(?:the|his|her|their|its)[ \t]+[\w\-]|[{UPPER}])")
#: Plurals of people who act for another, so never a campaign's name with "for": "Lawyers for Ana Ruiz".
_ACTING_FOR = frozenset(
    [
        "lawyers",
        "attorneys",
        "counsel",
        "spokesmen",
        "spokeswomen",
        "spokespeople",
        "spokespersons",
        "representatives",
        "aides",
        "advisers",
        "advisors",
        "agents",
        "prosecutors",
    ]
)
#: What names a town before it: "the city of ", "the port of ", and a verb of being or staying somewhere and "in":
#: "speaking in ", "based in ", "a rally in ".
_TOWN_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:(?:city|town|village|port|suburb|suburbs|outskirts|capital|municipality|borough|county|province)"
    r"[ \t]+of|(?:speaking|based|born|located|headquartered|stationed|living|lives|live|lived|rally|rallies|visit"
    r"|visiting|visited|arrived|landed)[ \t]+(?:in|at|to|near)|near|outside)[ \t]+$"
)
#: A comma and a name after a town's: ", Iowa", ", France".
_REGION_AFTER = re.compile(r",[ \t]+")


def _unknown_place(text: str, rules: EntityRules, start: int, end: int, state: _Found) -> bool:
    """Whether a run the gazetteer lacks is a town's name by what stands around it, not a person's.

    A region or country the gazetteer knows follows after a comma and is no owner ("near Des Moines, Iowa,";
    not "Ana Ruiz, Iowa's ..."), or a town's noun and "of", a verb of staying and "in" ("speaking in Baton
    Rouge"), "near" or "outside" precede it.
    """
    region = _REGION_AFTER.match(text, end)
    if region is not None:
        hit = state.gaz_by_start.get(region.end())
        if (
            hit is not None
            and hit[2] in ("name", "alias")
            and rules.records[hit[1]].get("type") in ("country", "other")
            and not _POSSESSIVE.match(text, hit[0])
            and not text.startswith(("'", "’"), hit[0])
        ):
            return True
    if _TOWN_BEFORE.search(text, max(0, start - 30), start) is not None:
        return True
    words = text[start:end].split()
    return (
        len(words) == 2
        and words[0] in _PLACE_ARTICLES
        and _IN_BEFORE.search(text, max(0, start - 4), start) is not None
        and not text.startswith(("'s", "’s", "'", "’"), end)
    )


#: Articles that open towns' names ("Le Havre", "La Rochelle", "Los Alamos", "El Paso", "Den Haag"); after a
#: plain "in" such a name is a place, where a surname with a particle ("Le Pen") seldom stands alone.
_PLACE_ARTICLES = frozenset(["Le", "La", "Les", "Los", "Las", "El", "Den"])
#: "in " right before a name.
_IN_BEFORE = re.compile(r"(?<![\w’'\-])in[ \t]+$")


#: A preposition of place and "the" right before a name: "in the Serra Gaúcha" names a place, not a person.
_PLACE_BEFORE = re.compile(r"(?<![\w’'\-])(?:in|near|across|throughout|around)[ \t]+the[ \t]+$")
#: Words after a place's name that make a place or a body of it, not a person: "Virginia Tech", "Montana State".
_PLACE_CONTINUATIONS = frozenset(
    ["Tech", "State", "Beach", "City", "County", "Street", "Avenue", "Road", "Square", "Valley", "Hills", "Highway"]
)


def _given_name_of_place(words: list[str], rules: EntityRules) -> bool:
    """Whether a run opens with a place's one-word name that is also a given name and goes on with a surname.

    "Virginia Foxx", "Montana Ruiz": one or two name words after it, none of them a place, a people, a
    title, an organisation's head or a word that makes a place ("Virginia Tech", "Indiana State").
    """
    return 2 <= len(words) <= 3 and all(
        word[:1].isupper()
        and word not in rules.surface
        and word not in rules.org_heads
        and word not in rules.titles
        and word not in _PLACE_CONTINUATIONS
        for word in words[1:]
    )


def is_pronoun_surname(first: str, rest: list[str], rules: EntityRules) -> bool:
    """After a title, "He Yadong" or "Virginia Foxx" is a name: a pronoun-like word or a given name that is
    also a place's ("Virginia", "Florence"), followed by name words."""
    if first not in _PRONOUN_SURNAMES and first not in rules.given_genders:
        return False
    return 1 <= len(rest) <= 2 and all(_name_like(word, rules) for word in rest)
