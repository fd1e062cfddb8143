"""Stance cues as data: the ``stance_cues`` section of a rule pack, checked and compiled.

A cue is a small pattern over words, written in the pack (see
``docs/rules.md``)::

    {"id": "stance.blame.verb", "pattern": "blame <target> [for]", "pos": "verb",
     "polarity": "oppose", "type": "blame"}

The first word is the *head*. A verb's head is a lemma and matches all its
forms (``blame``, ``blames``, ``blamed``, ``blaming``); a noun's head matches
itself and its plural; ``be`` at the start of an adjective cue ("be ready
to") asks for a form of *be* (or *remain*, *stand*) before the head. After the
head come literal words (``for|to`` gives alternatives, ``[for]`` makes a
word optional) and at most one ``<target>`` slot, which marks where the target
sits when a word follows it ("accuse <target> of": the target is what lies
between). Without a slot the target follows the last word.

Compiling turns every pack's section into one :class:`StanceRules`: a single
regex over all head forms (a radix tree, so the cost is one pass over the
text whatever the size of the lexicon) and small word tables the stage looks
words up in. Nothing in a pack is executed, and no pattern a user writes
becomes a regex: every word is escaped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from importlib import resources
from typing import Any

import attrs

from stancekit.annotate._lex import MarkScan, trie_pattern
from stancekit.annotate._words import TextWords
from stancekit.errors import RulePackError
from stancekit.model import POLARITIES

__all__ = [
    "DEFAULT_PACK",
    "Cue",
    "PatternWord",
    "StanceRules",
    "compile_stance_rules",
    "default_stance_rules",
    "load_default_pack",
    "verb_forms",
]

#: The packaged rule pack that holds the default English stance cues.
DEFAULT_PACK = "stances.json"

POS = ("verb", "noun", "adjective", "phrase")

#: Word lists of the section, each a list of phrases (merged across packs).
PHRASE_LISTS = (
    "negators",
    "negating_verbs",
    "hedges",
    "hedging_verbs",
    "control_verbs",
    "light_verbs",
    "fillers",
    "copulas",
    "report_nouns",
    "receiving_verbs",
    "report_verbs",
    "purpose_nouns",
)

#: Lists whose phrases start with a verb lemma that is inflected.
VERB_LISTS = (
    "negating_verbs",
    "hedging_verbs",
    "control_verbs",
    "light_verbs",
    "copulas",
    "receiving_verbs",
    "report_verbs",
)

BE_FORMS = ("be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m")

# Irregular past forms of the verbs English stance cues and their helpers use.
_IRREGULAR = {
    "be": ("is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m"),
    "have": ("has", "had", "having"),
    "do": ("does", "did", "done", "doing"),
    "give": ("gives", "gave", "given", "giving"),
    "stand": ("stands", "stood", "standing"),
    "throw": ("throws", "threw", "thrown", "throwing"),
    "take": ("takes", "took", "taken", "taking"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "hit": ("hits", "hit", "hitting"),
    "lend": ("lends", "lent", "lending"),
    "make": ("makes", "made", "making"),
    "hold": ("holds", "held", "holding"),
    "set": ("sets", "set", "setting"),
    "put": ("puts", "put", "putting"),
    "come": ("comes", "came", "coming"),
    "become": ("becomes", "became", "becoming"),
    "go": ("goes", "went", "gone", "going"),
    "say": ("says", "said", "saying"),
    "seek": ("seeks", "sought", "seeking"),
    "fight": ("fights", "fought", "fighting"),
    "win": ("wins", "won", "winning"),
    "get": ("gets", "got", "gotten", "getting"),
    "meet": ("meets", "met", "meeting"),
    "stick": ("sticks", "stuck", "sticking"),
    "withhold": ("withholds", "withheld", "withholding"),
    "uphold": ("upholds", "upheld", "upholding"),
    "lead": ("leads", "led", "leading"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "keep": ("keeps", "kept", "keeping"),
    "bring": ("brings", "brought", "bringing"),
    "draw": ("draws", "drew", "drawn", "drawing"),
    "rebuff": ("rebuffs", "rebuffed", "rebuffing"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "break": ("breaks", "broke", "broken", "breaking"),
    "show": ("shows", "showed", "shown", "showing"),
    "veto": ("vetoes", "vetoed", "vetoing"),
    "commit": ("commits", "committed", "committing"),
    "regret": ("regrets", "regretted", "regretting"),
    "rebut": ("rebuts", "rebutted", "rebutting"),
    "forbid": ("forbids", "forbade", "forbidden", "forbidding"),
    "tear": ("tears", "tore", "torn", "tearing"),
    "lay": ("lays", "laid", "laying"),
    "pay": ("pays", "paid", "paying"),
    "sing": ("sings", "sang", "sung", "singing"),
    "run": ("runs", "ran", "running"),
    "send": ("sends", "sent", "sending"),
    "write": ("writes", "wrote", "written", "writing"),
    "override": ("overrides", "overrode", "overridden", "overriding"),
    "strike": ("strikes", "struck", "stricken", "striking"),
    "shoot": ("shoots", "shot", "shooting"),
    "forsake": ("forsakes", "forsook", "forsaken", "forsaking"),
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "sell": ("sells", "sold", "selling"),
    "buy": ("buys", "bought", "buying"),
    "tell": ("tells", "told", "telling"),
    "fall": ("falls", "fell", "fallen", "falling"),
}

#: Verbs whose past is their base form ("Norway hit back at ..."): a bare form of these may be a past tense.
SAME_PAST = frozenset(lemma for lemma, forms in _IRREGULAR.items() if lemma in forms)

#: What may stand between the words of a phrase anchor.
ANCHOR_GAP = '[\\s"“”‘’]+'

_VOWELS = "aeiou"
#: Words that end a verb cue's words and are also words of time ("go after"): the target must name an actor.
_TIME_PARTICLES = frozenset({"after"})
_WORD = re.compile(r"[^\s|\[\]<>]+")
_SLOT = "<target>"
_GAP = "<any>"
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")


def verb_forms(lemma: str) -> dict[str, str]:
    """The forms of an English verb, each with its kind: ``base``, ``s``, ``past`` or ``ing``.

    Regular morphology plus a table of irregular verbs; a superset is fine
    (a form nobody writes costs nothing). ``past`` covers the past participle,
    which is what a passive needs.
    """
    lemma = lemma.lower()
    forms = {lemma: "base"}
    if lemma in _IRREGULAR:
        for form in _IRREGULAR[lemma]:
            third_person = form in ("is", "has", "does", "'s") or form in (lemma + "s", lemma + "es")
            kind = "ing" if form.endswith("ing") else "s" if third_person else "past"
            if lemma == "be" and form in ("are", "am", "'re", "'m"):
                kind = "base"
            forms.setdefault(form, kind)
        if lemma == "hit":
            forms["hit"] = "base"
        return forms
    if not lemma.isalpha():
        return forms
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms[lemma + "es"] = "s"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms[lemma[:-1] + "ies"] = "s"
    else:
        forms[lemma + "s"] = "s"
    if lemma.endswith("ee"):
        forms[lemma + "d"] = "past"
        forms[lemma + "ing"] = "ing"
    elif lemma.endswith("ie"):
        forms[lemma + "d"] = "past"
        forms[lemma[:-2] + "ying"] = "ing"
    elif lemma.endswith("e"):
        forms[lemma + "d"] = "past"
        forms[lemma[:-1] + "ing"] = "ing"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms[lemma[:-1] + "ied"] = "past"
        forms[lemma + "ing"] = "ing"
    else:
        forms[lemma + "ed"] = "past"
        forms[lemma + "ing"] = "ing"
        # Consonant-vowel-consonant endings double in some verbs ("ban", "bar");
        # offering both spellings is cheaper than knowing where the stress falls.
        if len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy" and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS:
            forms[lemma + lemma[-1] + "ed"] = "past"
            forms[lemma + lemma[-1] + "ing"] = "ing"
    if lemma.endswith("ize"):
        for form, kind in list(forms.items()):
            forms.setdefault(form.replace("iz", "is"), kind)
    return forms


def _noun_forms(lemma: str) -> dict[str, str]:
    lemma = lemma.lower()
    forms = {lemma: "noun"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms[lemma + "es"] = "noun"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        forms[lemma[:-1] + "ies"] = "noun"
    else:
        forms[lemma + "s"] = "noun"
    return forms


@attrs.frozen
class PatternWord:
    """One word of a cue after the head: its alternatives, and whether it may be left out.

    A ``gap`` (``<any>`` in a pattern) stands for one to four words, such as
    the object in "warn <any> against".
    """

    alternatives: frozenset[str]
    optional: bool = False
    gap: bool = False


@attrs.frozen
class Cue:
    """A compiled stance cue.

    Attributes:
        id: the rule id, recorded as the stance's provenance.
        head_forms: the forms of the head and their kinds (``base``, ``s``,
            ``past``, ``ing``, ``noun``, ``word``).
        before_slot: words between the head and the ``<target>`` slot ("on"
            of "blame <any> on <target>" is not supported; "call on").
        after_slot: words that close the slot ("for" of "blame <target> for").
        copula: whether a form of *be* must come before the head.
        follows: a regex for the text after the head that the cue's first
            required word must match (a few fillers allowed), so that a
            sentence is read only when the cue can match there.
    """

    id: str
    pos: str
    polarity: str
    type: str
    head_forms: Mapping[str, str]
    before_slot: tuple[PatternWord, ...]
    after_slot: tuple[PatternWord, ...]
    has_slot: bool
    copula: bool
    confidence: float
    passive: bool
    pattern: str
    follows: re.Pattern[str] | None = None
    #: Whether the target must be one mention of an actor: a verb cue whose last word before the slot is
    #: also a word of time ("go after": "went after Clinton", not "went after the vote").
    actor_object: bool = False
    #: Whether the cue also names a blow or an armed act ("attack"): the stage reads it as words only
    #: when the sentence shows it is words (see ``spoken_attack`` in the stance stage).
    physical: bool = False
    #: Whether the cue is a stance only when negated or refused: "could not recommend the drug" rejects
    #: it, while "recommended the offer" is advice that news coders do not read as taking a side.
    refused_only: bool = False
    #: Whether a ``refused_only`` cue is a stance unrefused too when its holders are bodies (organisations,
    #: governments): "the inquiry recommended that the prison be closed" backs the closure, while the officers'
    #: "had recommended refusing the application" stays advice.
    bodies_unrefused: bool = False
    #: Words after the cue's object that put its target behind them: "blamed the attack on militants"
    #: blames the militants, and so does "the attack, which Ankara blamed on militants".
    target_behind: frozenset[str] = frozenset()
    #: Whether the words ``<any>`` skips are the object that does what follows the cue's last word ("press
    #: <any> to": "pressed the board to act"): they must name an actor, and the target starts with them.
    object_control: bool = False
    #: Whether the noun is read only as what a verb of giving gives its object, the target: "offered the plan a
    #: tepid endorsement", "gave Kyiv its support".
    given: bool = False
    #: Whether the copula cue's target is the actor named before the noun, not after it: "is one of Trump's
    #: staunchest supporters", "is a Peta supporter" (the cue holds no word after its head).
    owner_target: bool = False


def _phrase_tokens(phrase: str) -> tuple[str, ...]:
    return tuple(phrase.lower().replace("’", "'").split())


def _expand_verb_phrase(phrase: str) -> set[tuple[str, ...]]:
    words = _phrase_tokens(phrase)
    if not words:
        return set()
    return {(form, *words[1:]) for form in verb_forms(words[0])}


@attrs.frozen
class StanceRules:
    """Every pack's stance section, merged and compiled for the stance stage.

    Attributes:
        heads: a regex matching any head form as a whole word.
        heads_folded: the same without ``re.IGNORECASE``, for a lower-cased
            text (twice as fast), when every head form is written in ASCII
            letters; see ``find_heads``.
        cues_by_form: the cues each lower-case head form may start.
        traps: word sequences that cancel a cue starting with their first word.
        phrases: for each word list, its phrases as tuples of lower-case words
            (verb lists with every form of their first word).
        holder_nouns: head nouns of actors that the gazetteer may not know
            ("party", "union"), by entity type.
        verb_forms: every form of every verb the pack names (many are nouns
            too: "plans", "offers"), to spot a new clause after "and".
        past_forms: the past forms among them, which are verbs for sure
            (or participles), to end a noun phrase.
        media: phrases such as "in a statement" that end no target, from the
            packs' ``media_phrases`` (the statements stage's list).
        copula_near: matches the end of a text that has a form of *be* (or
            another copula) or an appositive's ", a" among its last words, so
            that an adjective cue ("against", "ready to") is read only where
            one can hold.
    """

    heads: re.Pattern[str]
    heads_folded: re.Pattern[str] | None
    head_scan: MarkScan | None
    cues_by_form: Mapping[str, tuple[Cue, ...]]
    traps: Mapping[str, tuple[tuple[str, ...], ...]]
    trap_ids: Mapping[tuple[str, ...], str]
    phrases: Mapping[str, frozenset[tuple[str, ...]]]
    holder_nouns: Mapping[str, str]
    verb_forms: frozenset[str]
    past_forms: frozenset[str]
    copula_near: re.Pattern[str]
    media: frozenset[tuple[str, ...]]
    by_last: Mapping[str, Mapping[str, tuple[tuple[str, ...], ...]]]
    #: ``phrases_ending``'s tables, one per tuple of list names.
    _endings_of: dict[tuple[str, ...], dict[str, tuple[tuple[int, Mapping[tuple[str, ...], str]], ...]]] = attrs.field(
        factory=dict, init=False, repr=False, eq=False
    )

    def find_heads(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``heads`` in ``text``, at the same offsets.

        Matching an ASCII pattern case-insensitively is matching it in the
        lower-cased text, except at the three letters whose lower case is no
        one ASCII letter but which ``re`` folds to one (İ, dotless ı, long ſ):
        a text with one of them is scanned as written. (``str.lower`` keeps
        every other character one character long, a word character or not
        alike; tests/test_stances.py checks this over all of Unicode.)
        """
        if self.heads_folded is None or _has_unfolded(text):
            return self.heads.finditer(text)
        return self.heads_folded.finditer(text.lower())

    def head_spans(self, text: str, words: TextWords | None = None) -> list[tuple[int, int]]:
        """The (start, end) of each match ``find_heads`` gives, found faster.

        ``heads_folded`` tests its look-behind (no word character, apostrophe or hyphen before)
        at every position of the text, which costs more than matching the heads; ``head_scan``
        (a ``MarkScan``) finds the same matches in one scan after the other characters, or, given
        the text's ``TextWords``, at the words that open a head.
        """
        if self.head_scan is None or self.heads_folded is None or _has_unfolded(text):
            return [match.span() for match in self.find_heads(text)]
        if words is not None and words.text is text and words.lowered is not None:
            return self.head_scan.spans(words.lowered, self.heads_folded, words)
        return self.head_scan.spans(text.lower(), self.heads_folded)

    def words(self, name: str) -> frozenset[tuple[str, ...]]:
        """The phrases of one word list (``negators``, ``hedges``, ...)."""
        return self.phrases.get(name, frozenset())

    def ending_with(self, name: str, word: str) -> tuple[tuple[str, ...], ...]:
        """The phrases of one word list whose last word is ``word``, longest first."""
        return self.by_last.get(name, {}).get(word, ())

    def phrases_ending(
        self, names: tuple[str, ...], word: str
    ) -> tuple[tuple[int, Mapping[tuple[str, ...], str]], ...]:
        """The phrases of the named word lists whose last word is ``word``, by length, longest first.

        For each length, its phrases and the first of ``names`` that lists each; at a given word
        at most one phrase of a length can match, so the stage asks one look-up per length, not
        one comparison per phrase (many phrases end in "to"). Built per tuple of names when first
        asked for.
        """
        table = self._endings_of.get(names)
        if table is None:
            by_length: dict[str, dict[int, dict[tuple[str, ...], str]]] = {}
            for name in names:
                for last, phrases in self.by_last.get(name, {}).items():
                    lengths = by_length.setdefault(last, {})
                    for phrase in phrases:
                        # A phrase of two lists counts as the first one's.
                        lengths.setdefault(len(phrase), {}).setdefault(phrase, name)
            table = {
                last: tuple(sorted(lengths.items(), key=lambda item: item[0], reverse=True))
                for last, lengths in by_length.items()
            }
            self._endings_of[names] = table
        return table.get(word, ())


#: What may not stand before a head besides a word character: an apostrophe or a hyphen.
_HEAD_BLOCKERS = "'’-"

#: The letters ``re.IGNORECASE`` matches to an ASCII letter that ``str.lower`` does not turn into it.
_UNFOLDED_LETTERS = "\u0130\u0131\u017f"
_UNFOLDED = re.compile(f"[{_UNFOLDED_LETTERS}]")


def _has_unfolded(text: str) -> bool:
    """Whether ``text`` holds one of the ``_UNFOLDED`` letters (a search for each is far faster than the regex's)."""
    return any(letter in text for letter in _UNFOLDED_LETTERS)


def _parse_pattern(pattern: str, path: str) -> tuple[str, list[PatternWord], list[PatternWord], bool]:
    """Split a cue pattern into head, words before the slot, words after it, and whether it has one."""
    items = pattern.split()
    if not items:
        raise RulePackError(f'{path}: the pattern is empty; expected words such as "blame <target> for"')
    head = items[0]
    if head.startswith(("[", "<")) or "|" in head:
        raise RulePackError(
            f"{path}: {pattern!r} starts with {head!r}; expected the head word first (no slot, option or alternative)"
        )
    before: list[PatternWord] = []
    after: list[PatternWord] = []
    slot = False
    for item in items[1:]:
        if item == _SLOT:
            if slot:
                raise RulePackError(f"{path}: {pattern!r} has two <target> slots; expected at most one")
            slot = True
            continue
        if item == _GAP:
            if slot or (before and before[-1].gap):
                raise RulePackError(f"{path}: {pattern!r} has <any> after <target> or twice in a row")
            before.append(PatternWord(frozenset(), gap=True))
            continue
        optional = item.startswith("[") and item.endswith("]")
        body = item[1:-1] if optional else item
        alternatives = frozenset(word.lower().replace("’", "'") for word in body.split("|") if word)
        if not alternatives or any(not _WORD.fullmatch(word) for word in alternatives):
            raise RulePackError(
                f"{path}: {item!r} in {pattern!r} is not a word, a|b alternative, [optional] word, <any> or <target>"
            )
        (after if slot else before).append(PatternWord(alternatives, optional))
    if before and before[-1].gap:
        raise RulePackError(f"{path}: {pattern!r} ends its words with <any>; expected a word after it")
    return head.lower(), before, after, slot


def _compile_cue(entry: Mapping[str, Any], path: str) -> Cue:
    pattern = entry["pattern"]
    pos = entry["pos"]
    head, before, after, slot = _parse_pattern(pattern, f"{path}.pattern")
    copula = False
    if head == "be" and pos in ("adjective", "phrase"):
        if not before:
            raise RulePackError(f"{path}.pattern: {pattern!r} has nothing after 'be'; expected e.g. \"be ready to\"")
        copula = True
        first = before.pop(0)
        if first.optional or len(first.alternatives) != 1:
            raise RulePackError(f"{path}.pattern: the word after 'be' in {pattern!r} must be one plain word")
        (head,) = first.alternatives
    forms: dict[str, str]
    if entry.get("forms"):
        if pos == "verb":
            base = verb_forms(head)
            forms = {
                form.lower(): base.get(form.lower(), "past" if form.endswith(("ed", "en")) else "base")
                for form in entry["forms"]
            }
        else:
            forms = {form.lower(): "noun" if pos == "noun" else "word" for form in entry["forms"]}
    elif pos == "verb":
        forms = verb_forms(head)
    elif pos == "noun":
        forms = _noun_forms(head)
    else:
        # A phrase is found by all its fixed leading words ("in favour of"), not
        # by a first word as common as "in".
        anchors = [head]
        while before and not before[0].optional and not before[0].gap:
            word = before.pop(0)
            anchors = [f"{anchor} {alternative}" for anchor in anchors for alternative in sorted(word.alternatives)]
        forms = {anchor: "word" for anchor in anchors}
    object_control = bool(entry.get("object_control", False))
    if object_control and (slot or len(before) != 2 or not before[0].gap):
        raise RulePackError(
            f"{path}.pattern: {pattern!r} has object_control; expected a head, <any> and one word: 'press <any> to'"
        )
    given = bool(entry.get("given", False))
    if given and (pos != "noun" or slot or before or after):
        raise RulePackError(f"{path}.pattern: {pattern!r} has given; expected one noun and pos noun: 'endorsement'")
    owner_target = bool(entry.get("owner_target", False))
    if owner_target and (not copula or len(pattern.split()) != 2):
        raise RulePackError(
            f"{path}.pattern: {pattern!r} has owner_target; expected 'be' and one noun only: 'be supporter'"
        )
    if entry.get("bodies_unrefused", False) and not entry.get("refused_only", False):
        raise RulePackError(
            f"{path}.bodies_unrefused: true on a cue that is not refused_only, which is a stance for every holder "
            'already; expected "refused_only": true beside it, or no bodies_unrefused'
        )
    follows = None
    # The first word the cue cannot do without, past a gap or optional words ("take [a] swipe at": "swipe").
    position = 0
    while position < len(before) and (before[position].gap or before[position].optional):
        position += 1
    required = before[position] if position < len(before) else None
    if required is not None:
        words = trie_pattern(required.alternatives)
        skipped = (7 if any(word.gap for word in before[:position]) else 3) + position
        follows = re.compile(
            rf"(?:{ANCHOR_GAP}[\w'’.-]+){{0,{skipped}}}?{ANCHOR_GAP}(?:{words})(?![\w-])", re.IGNORECASE
        )
    return Cue(
        follows=follows,
        id=entry["id"],
        pos=pos,
        polarity=entry["polarity"],
        type=entry["type"],
        head_forms=forms,
        before_slot=tuple(before),
        after_slot=tuple(after),
        has_slot=slot,
        copula=copula,
        confidence=float(entry.get("confidence", 1.0)),
        passive=bool(entry.get("passive", pos == "verb")),
        pattern=pattern,
        actor_object=pos == "verb" and bool(before) and before[-1].alternatives <= _TIME_PARTICLES,
        physical=bool(entry.get("physical", False)),
        refused_only=bool(entry.get("refused_only", False)),
        bodies_unrefused=bool(entry.get("bodies_unrefused", False)),
        target_behind=frozenset(word.lower() for word in entry.get("target_behind", ())),
        object_control=object_control,
        given=given,
        owner_target=owner_target,
    )


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise RulePackError(message)


def _check_section(section: Any, where: str) -> None:
    """Check a stance section's shape, naming the JSON path of the first problem.

    The pipeline also validates whole packs against ``rulepack.schema.json``;
    this check keeps the compiler safe when it is handed a pack directly.
    """
    from stancekit.schemas import _act_pattern

    _require(isinstance(section, Mapping), f'{where}: expected an object with "cues" and word lists')
    known = {"cues", "traps", "holder_nouns", *PHRASE_LISTS}
    for key in section:
        _require(key in known, f"{where}.{key}: unknown key; expected one of {', '.join(sorted(known))}")
    cues = section.get("cues", [])
    _require(isinstance(cues, list), f"{where}.cues: expected a list of cue objects")
    for index, entry in enumerate(cues):
        path = f"{where}.cues[{index}]"
        _require(isinstance(entry, Mapping), f"{path}: expected an object")
        for key in ("id", "pattern", "pos", "polarity", "type"):
            _require(isinstance(entry.get(key), str), f"{path}.{key}: missing or not a string")
        _require(
            bool(_ID.match(entry["id"])), f"{path}.id: {entry['id']!r}; expected a dotted id like stance.blame.verb"
        )
        _require(entry["pos"] in POS, f"{path}.pos: {entry['pos']!r}; expected one of {', '.join(POS)}")
        _require(
            entry["polarity"] in POLARITIES,
            f"{path}.polarity: {entry['polarity']!r}; expected one of {', '.join(POLARITIES)}",
        )
        _require(
            _act_pattern().fullmatch(entry["type"]) is not None,
            f"{path}.type: {entry['type']!r}; expected a lower_case act name",
        )
        confidence = entry.get("confidence", 1.0)
        _require(
            isinstance(confidence, (int, float)) and not isinstance(confidence, bool) and 0 <= confidence <= 1,
            f"{path}.confidence: {confidence!r}; expected a number from 0 to 1",
        )
        forms = entry.get("forms", [])
        _require(
            isinstance(forms, list) and all(isinstance(form, str) and form.strip() for form in forms),
            f"{path}.forms: expected a list of words",
        )
        behind = entry.get("target_behind", [])
        _require(
            isinstance(behind, list) and all(isinstance(word, str) and word.strip() for word in behind),
            f"{path}.target_behind: expected a list of words",
        )
    traps = section.get("traps", [])
    _require(isinstance(traps, list), f"{where}.traps: expected a list of trap objects")
    for index, trap in enumerate(traps):
        path = f"{where}.traps[{index}]"
        _require(
            isinstance(trap, Mapping) and isinstance(trap.get("id"), str) and isinstance(trap.get("pattern"), str),
            f'{path}: expected an object with an "id" and a "pattern"',
        )
        _require(len(_phrase_tokens(trap["pattern"])) >= 2, f"{path}.pattern: expected at least two words")
    for name in PHRASE_LISTS:
        values = section.get(name, [])
        _require(
            isinstance(values, list) and all(isinstance(value, str) and value.strip() for value in values),
            f"{where}.{name}: expected a list of words or phrases",
        )
    nouns = section.get("holder_nouns", {})
    _require(isinstance(nouns, Mapping), f"{where}.holder_nouns: expected an object of entity type -> nouns")
    for kind, values in nouns.items():
        _require(
            kind in ("organization", "group", "government", "person", "other"),
            f"{where}.holder_nouns.{kind}: unknown entity type",
        )
        _require(
            isinstance(values, list) and all(isinstance(value, str) for value in values),
            f"{where}.holder_nouns.{kind}: expected a list of nouns",
        )


def compile_stance_rules(packs: Sequence[Mapping[str, Any]], names: Sequence[str] | None = None) -> StanceRules:
    """Merge the ``stance_cues`` sections of ``packs``, in order, and compile them.

    Later packs add cues, traps and words to earlier ones; a cue whose id and
    pattern repeat an earlier cue replaces it, so a user's pack can change the
    act or polarity of a default cue.

    Args:
        packs: rule packs as loaded from JSON; packs without a section are skipped.
        names: where each pack came from, for error messages.

    Raises:
        RulePackError: a section that breaks its schema, naming the pack and
            the JSON path.
    """
    cues: dict[tuple[str, str], Cue] = {}
    trap_ids: dict[tuple[str, ...], str] = {}
    phrases: dict[str, set[tuple[str, ...]]] = {name: set() for name in PHRASE_LISTS}
    holder_nouns: dict[str, str] = {}
    for index, pack in enumerate(packs):
        section = pack.get("stance_cues") if isinstance(pack, Mapping) else None
        if section is None:
            continue
        label = names[index] if names and index < len(names) else f"rule pack {index}"
        where = f"{label}: $.stance_cues"
        _check_section(section, where)
        for number, entry in enumerate(section.get("cues", [])):
            cue = _compile_cue(entry, f"{where}.cues[{number}]")
            cues[(cue.id, cue.pattern)] = cue
        for trap in section.get("traps", []):
            trap_ids[_phrase_tokens(trap["pattern"])] = trap["id"]
        for name in PHRASE_LISTS:
            for phrase in section.get(name, []):
                if name in VERB_LISTS:
                    phrases[name] |= _expand_verb_phrase(phrase)
                else:
                    phrases[name].add(_phrase_tokens(phrase))
        for kind, nouns in section.get("holder_nouns", {}).items():
            for noun in nouns:
                holder_nouns[noun.lower()] = kind
    by_form: dict[str, list[Cue]] = {}
    for cue in cues.values():
        for form in cue.head_forms:
            by_form.setdefault(form, []).append(cue)
    traps: dict[str, list[tuple[str, ...]]] = {}
    for words in trap_ids:
        for form in verb_forms(words[0]):
            traps.setdefault(form, []).append((form, *words[1:]))
    # Trap patterns name a lemma ("back up"); the table keys each form so the
    # stage compares words as written. Ids follow their lemma's pattern.
    expanded_ids = {}
    for words, rule in trap_ids.items():
        for form in verb_forms(words[0]):
            key = (form, *words[1:])
            expanded_ids[key] = rule
    # The words of a phrase anchor may be split by line breaks or quotation marks ("fully “committed” to").
    alternatives = trie_pattern(by_form).replace("\\ ", ANCHOR_GAP)
    heads = re.compile(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w-])", re.IGNORECASE)
    heads_folded = None
    head_scan = None
    if all(char.isascii() for form in by_form for char in form if char.isalpha()):
        folded = trie_pattern({form.lower() for form in by_form}).replace("\\ ", ANCHOR_GAP)
        heads_folded = re.compile(r"(?<![\w" + _HEAD_BLOCKERS + r"])(?:" + folded + r")(?![\w-])")
        if by_form and all(form[-1:].isalnum() for form in by_form):
            # head_spans: the heads after a non-word character in one scan, without the look-behind.
            first_chars = (form[0].lower() for form in by_form)
            head_scan = MarkScan(
                folded,
                r"(?![\w-])",
                first_chars,
                not_before=_HEAD_BLOCKERS,
                phrases=[form.lower() for form in by_form],
            )
    all_verbs: set[str] = set()
    past: set[str] = set()
    for cue in cues.values():
        if cue.pos == "verb":
            all_verbs.update(cue.head_forms)
            past.update(form for form, kind in cue.head_forms.items() if kind == "past")
    for name in VERB_LISTS:
        for words in phrases[name]:
            all_verbs.add(words[0])
            if verb_forms(words[0]).get(words[0]) == "past" or words[0].endswith("ed"):
                past.add(words[0])
    media: set[tuple[str, ...]] = set()
    for pack in packs:
        phrases_of_pack = pack.get("media_phrases") if isinstance(pack, Mapping) else None
        if isinstance(phrases_of_pack, list):
            media.update(_phrase_tokens(phrase) for phrase in phrases_of_pack if isinstance(phrase, str))
    by_last: dict[str, dict[str, list[tuple[str, ...]]]] = {}
    for name, values in phrases.items():
        table = by_last.setdefault(name, {})
        for words in values:
            table.setdefault(words[-1], []).append(words)
    return StanceRules(
        by_last={
            name: {last: tuple(sorted(items, key=len, reverse=True)) for last, items in table.items()}
            for name, table in by_last.items()
        },
        heads=heads,
        heads_folded=heads_folded,
        head_scan=head_scan,
        cues_by_form={form: tuple(items) for form, items in by_form.items()},
        traps={form: tuple(items) for form, items in traps.items()},
        trap_ids=expanded_ids,
        phrases={name: frozenset(values) for name, values in phrases.items()},
        holder_nouns=holder_nouns,
        verb_forms=frozenset(all_verbs),
        past_forms=frozenset(past),
        media=frozenset(phrase for phrase in media if len(phrase) > 1),
        copula_near=re.compile(
            r"(?:(?<![\w'’])(?:" + trie_pattern({*BE_FORMS, *(words[0] for words in phrases["copulas"])}) + r")"
            # a contracted "is", "are" or "am" after its subject: "She's opposed to", "They’re against"
            r"|(?<=\w)['’](?:s|re|m)(?![\w'’])"
            # an apposition: ", a longtime critic of", ", one of the fiercest critics of", ", among the ..."
            r"|,\s*(?:an?|one\s+of|among)(?!\w))"
            r"(?:[^\w.;:!?]+[\w'’-]+){0,6}[^\w.;:!?]*$",
            re.IGNORECASE,
        ),
    )


def load_default_pack() -> dict[str, Any]:
    """The packaged default stance pack, parsed.

    Raises:
        RulePackError: when the packaged file is not valid JSON (a broken install).
    """
    resource = resources.files("stancekit.annotate").joinpath("data").joinpath(DEFAULT_PACK)
    try:
        data: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise RulePackError(f"{DEFAULT_PACK}: cannot read the packaged stance pack: {error}") from error
    return data


_DEFAULT: list[StanceRules] = []


def default_stance_rules() -> StanceRules:
    """The compiled default pack, built once per process."""
    if not _DEFAULT:
        _DEFAULT.append(compile_stance_rules([load_default_pack()], [DEFAULT_PACK]))
    return _DEFAULT[0]
