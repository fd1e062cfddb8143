"""Stage: stances — who supports or opposes what.

Runs after sentences, mentions (with coreference) and statements. One regex
over the whole text finds the heads of stance cues ("support", "blamed",
"opposition", "ready"); only the sentences that hold one are cut into words.
For each cue the stage then reads the sentence around it, without a parser:

- the **holder** is the cue's subject, found by walking left over the verb
  group (auxiliaries, adverbs, negation, "refused to", "appeared to") to a
  mention; coordinated subjects each hold the stance, a coordinated or
  participial verb ("and criticized", ", expressing hope") shares the
  subject of the verb before it, and a passive ("a plan, welcomed by
  Russia") takes the agent after "by". A noun cue ("China's support for",
  "voiced its opposition to") takes its possessor or the subject of its
  light verb. First-person holders inside a quotation are its speaker. A
  subject that is no known entity becomes one when its head noun names an
  actor ("The opposition party"), see ``holder_nouns`` in the pack, or when
  it is a name no earlier stage read and the entity stage's ``name_kind``
  says it clearly is one ("Rubio took aim at ...", "lauded by Rubio"); a
  target that is such a name and nothing more links a new entity too, a
  person only with evidence of one ("Sen. Warren"; not "slammed Brexit").
  A new name stays pending until a stance uses it. A plural trade noun
  after a country's adjective ("Peruvian processors") is a group subject,
  and "he"/"she" in reported speech whose source is only an office ("The
  regional governor said she ...") is a new person for that source.
- the **target** is what the cue governs, to the right (or, for a passive,
  the noun phrase to the left), cut at the end of its clause: punctuation,
  subordinators, "and" before a new verb, and the cue's own closing word
  ("blame X for ...", "accuse X of ...").
- **negation** in the verb group flips the polarity (odd counts only, so
  "did not refuse to back" stays support) and sets ``negated``, except that a
  negated copular oppose cue ("is not against") gives no stance, and so does
  a strong act of opposition (condemn, denounce, reject, deny, accuse, blame,
  warn) that "did not" happen: "did not condemn the siege", "did not reject
  the plan outright" assert no support, while "has not opposed the dam",
  "has never opposed X", "doesn't criticize Trump", "declined to condemn"
  and "has not rejected" are read as (weak) support; hedges lower
  ``confidence``.
- no stance in a question, in a conditional clause, after a trap ("backed
  up"), for an agentless passive or a passive whose agent is no actor
  ("prices were supported by demand"), or for a noun cue without a holder
  ("support for the measure fell").
- a stance inside a statement's content links that statement, and so does a
  verb that shares the subject of a cue inside it ("said he backed X and
  urged Y").

Every stance records its rule id and, in the provenance note, how its holder
was found and what negated or hedged it, which ``--explain`` shows.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import pairwise
from typing import Any

import attrs

from stancekit.annotate._words import text_words
from stancekit.annotate.draft import Draft
from stancekit.annotate.entities import MEMBERSHIP_NOUNS, ensure_name, is_title, known_name, name_kind, person_evidence
from stancekit.annotate.stance_rules import (
    ANCHOR_GAP,
    BE_FORMS,
    SAME_PAST,
    Cue,
    PatternWord,
    StanceRules,
    compile_stance_rules,
    default_stance_rules,
    load_default_pack,
)
from stancekit.model import Entity, Mention, Stance, Target

__all__ = ["NEW_ACTOR_RULE", "NEW_NAME_RULE", "explain", "rules_for", "run"]

#: The rule id of entities (and their mentions) the stage makes for holders no gazetteer knows.
NEW_ACTOR_RULE = "stance.holder.new_actor"
#: The rule id of entities (and their mentions) the stage makes for names no earlier stage read:
#: the subject or agent of a cue ("Rubio took aim at ..."), or its target ("lauded Obama").
NEW_NAME_RULE = "stance.name"
#: The rule id of a stance an ellipsis repeats for another holder: "So did France.", ", as did France".
ECHO_RULE = "stance.echo"
#: "So did X" opening a sentence, ", as did X" inside one: X takes the side the clause before took. The
#: first is tried at sentence starts only, the second opens with a comma: a pass over the text costs little.
_ECHO_SO_WORDS = r"(So(?:[ \t]+too)?[ \t]+(?:did|does|do|has|have|had))[ \t]+(?=\w)"
_ECHO_SO = re.compile(r"[\"“‘']?" + _ECHO_SO_WORDS)
#: ``_ECHO_SO`` without its opening quotation mark, searched for over the whole text.
_ECHO_SO_CORE = re.compile(_ECHO_SO_WORDS)
_ECHO_AS = re.compile(r",[ \t]+(as[ \t]+(?:did|does|do|has|have|had))[ \t]+(?=\w)")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Words, with "n't" and clitics split off ("didn't" -> "did", "n't"; "China's" -> "China", "'s").
_TOKEN_BODY = (
    # A plain word first: no later alternative matches differently where it does (each needs a ".",
    # ",", apostrophe or hyphen after the word's letters), and it spares them most words.
    r"(?:\w+(?![\w.,'’\-‐])|"
    r"(?:[^\W\d_]\.){2,}"  # U.S., U.K.
    r"|\w+(?=n['’]t\b)|n['’]t\b|(?<=\w)['’](?:s|re|ve|d|ll|m)\b|\d+(?:[.,]\d+)+|\w+(?:[-‐]\w+)*|[^\w\s])"
)
# Every token starts with a character that is no space: the look-ahead rejects a space at once,
# where the engine would otherwise try each alternative there (a quarter off the tokenizer's time).
_TOKEN = re.compile(r"(?=\S)" + _TOKEN_BODY)
#: A token and the spaces before it. Every character that is no space starts a token (the last
#: alternative takes any mark), so tokens follow one another with only spaces between them, and
#: ``findall`` gives them all without a match object each.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN_BODY + ")")


def _tokens(text: str, start: int, end: int) -> tuple[list[int], list[int], list[str]]:
    """The starts, ends and text of the ``_TOKEN`` matches in ``text[start:end]``.

    The offsets add up the lengths of the spaces and tokens ``_SPACED_TOKEN`` finds (about a tenth
    faster than reading them off one match object per token).
    """
    # Spaces at the end hold no token; ``findall`` would try them from each one (quadratic in their number).
    while end > start and text[end - 1].isspace():
        end -= 1
    starts: list[int] = []
    ends: list[int] = []
    raw: list[str] = []
    position = start
    for spaces, token in _SPACED_TOKEN.findall(text, start, end):
        position += len(spaces)
        starts.append(position)
        position += len(token)
        ends.append(position)
        raw.append(token)
    return starts, ends, raw


#: "wo", "ca" and "sha" are what "won't", "can't" and "shan't" leave before "n't".
_AUX = _words(
    "has have had having will would shall should can could may might must do does did 've 'd 'll be "
    "is are was were been being am 's 're 'm wo ca sha"
)
_BE = frozenset(BE_FORMS)
_ADVERBS = _words(
    "also still already again once now previously long further then since earlier later recently both "
    "jointly together too even just first so thus therefore meanwhile now yet ever really very all "
    "repeatedly consistently strongly publicly openly only however meanwhile instead far often sometimes twice "
    "nonetheless nevertheless moreover furthermore likewise indeed"
)
# Lower-case words ending in -ly that are no adverbs.
_NOT_ADVERBS = _words(
    "family supply rally assembly ally reply apply only holy belly jelly bully fly rely comply imply "
    "multiply monopoly anomaly butterfly lily folly homily july italy ply sly"
)
_TIME_WORDS = _words(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week "
    "weekend month year morning afternoon evening night january february march april june july august "
    "september october november december decade weeks months years days day"
)
#: Months other than May, which is also a modal (``is_month`` tells them apart).
_MONTHS = _words(
    "january february march april june july august september october november december jan feb mar apr jun jul "
    "aug sept sep oct nov dec"
)
_TIME_LEADS = _words("on last this in earlier early late next at during the past")
#: Times a target may end with and no word before: "condemned the closure yesterday", "backed the plan Tuesday".
_DEICTIC_TIMES = _words("yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday")
#: Words before a time, besides ``_TIME_LEADS``, that a target's trailing time of the act starts with: "over the
#: weekend", "on the same day", "later that day".
_TRIM_LEADS = _words("over same that later")
#: Words after a span of time that count it from the act or now: "two days later", "weeks earlier", "hours ago".
_RELATIVE_TIMES = _words("later earlier ago")
#: Adverbs that end a clause, no part of a target before them: "welcomed it too", "backed the plan again".
_TRAILING_ADVERBS = _words("too again also either anyway instead")
_ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth last")
#: Words after "for the second time" that say when: "in a month", "this year", "in as many days".
_REPEAT_TAIL = _words("in a an this that the past last as many few one two three")
_DETERMINERS = _words("the a an this that these those its their his her our my your any all every each some no another")
_POSSESSIVES = _words("its their his her our my your")
_PRONOUNS = _words("he she it they we i you")
_FIRST_PERSON = _words("we i our my us me")
_PREPOSITIONS = _words(
    "of in on at by for with from about over under into onto between against among through during "
    "after before without within toward towards upon across behind beyond to up down off out amid "
    "despite via"
)
# No ".": inside a sentence a period ends an abbreviation ("Sept.", "U.S."), not the clause.
#: Acts of opposition whose negation is always (weak) support; a condemnation, rejection, accusation, ...
#: that "did not" happen gives no stance ("did not condemn the siege", "did not reject the plan outright").
_FLIPPING_OPPOSITION = frozenset({"oppose", "criticize"})
#: Targets that are only a pronoun: they stand for an antecedent and say nothing by themselves.
_PRONOUN_TARGETS = _words("it them this that these those him her")
#: Pronouns for a person that cannot stand for their own clause's subject ("she praised her" is someone else).
_PERSONAL_OBJECTS = _words("him her")
#: Pronouns for a body or a group as an object, which an object named just before may stand behind.
_BODY_OBJECTS = _words("it them")
#: People who speak for the body that owns them, besides the packs' actor nouns: "the company's chief executive".
_OWNER_VOICES = _words("executive officer director secretary spokesman spokeswoman spokesperson")
#: Targets that are the holder itself: "defended itself against the charges" takes no side on anything.
#: Groups that speak for the body that owns them: "its members", "their delegates" (not "its critics").
_SPOKESMEN = _words(
    "members officials leaders ministers diplomats delegates delegation delegations negotiators executives "
    "directors lawmakers legislators envoys representatives spokesmen spokeswomen spokespeople"
)
#: Groups of states or armed bodies that act for the country named in them: "EU member states", "Russian forces".
_STATES = _words("states countries nations governments forces troops police authorities military army navy")
#: Armed or rescue bodies whose "support" of people is help in the field: "Volunteers, supported by soldiers, ...".
_FIELD_HELPERS = _words(
    "soldiers troops police policemen officers forces army navy military marines paratroopers firefighters "
    "helicopters aircraft warplanes jets drones"
)
#: Prepositions that place a group: "researchers near Saskatoon", "farmers across the north".
_PLACE_PREPOSITIONS = _words("in near at from across around outside throughout of")
#: Quantifiers that may open the noun phrase after a preposition: "from several clubs".
_COUNT_WORDS = _words("several many some few dozens hundreds thousands two three four five six seven eight nine ten")
#: Words that open an -ing adjunct whose doer is its clause's subject: "endorsed X after accusing Y of ...".
_ADJUNCT_OPENERS = _words("after before while by when since upon")
#: The most words from the verb an adjunct follows to the adjunct's opener ("endorsed the party's candidate after").
_MAX_ADJUNCT_GAP = 8
#: Forms of verbs that take a receiver before what they give: "gave Assad support", "offered Kyiv backing".
_GIVING = _words(
    "give gives gave given giving offer offers offered offering lend lends lent lending send sends sent "
    "sending show shows showed shown showing promise promises promised promising pledge pledges pledged "
    "pledging grant grants granted granting deny denies denied denying owe owes owed owing"
)
#: Verbs whose object is given a noun cue ("offered the plan a tepid endorsement") and how far back they stand.
_GIVING_VERBS = _words(
    "give gives gave given giving offer offers offered offering lend lends lent lending extend extends extended "
    "extending pledge pledges pledged pledging promise promises promised promising grant grants granted granting"
)
_MAX_GIVEN_OBJECT = 6
#: What stands before a noun given: "a tepid endorsement", "its support", "no backing".
_GIVEN_DETERMINERS = _words("a an its their his her our my no")
#: Adjectives that make an attack one of words: "a verbal attack on", "a rhetorical attack on".
_WORDY_ATTACKS = _words("verbal rhetorical written scathing blistering stinging withering")
#: The light verb that takes "the" before its noun cue: "led the opposition to".
_LEADING = _words("lead leads led")
#: Pronouns that stand for an actor as an object: "pressed them to publish".
_OBJECT_PRONOUNS = _words("him her them us me")
_REFLEXIVES = _words("itself themselves himself herself ourselves myself yourself yourselves oneself")
_HARD_STOPS = frozenset(";:!?()[]{}—–,")
_QUOTES = frozenset("\"“”«»‘’'")
#: Words ``read_copula`` steps back over before an adjective cue: negators, articles, quotation marks.
_BEFORE_COPULA_CUE = frozenset(["not", "n't", "never", "a", "an", "the", *_QUOTES])
_ENDS = _HARD_STOPS | {"."}
_ADJUNCT_PREPOSITIONS = frozenset({"at", "during"})
_UNIVERSAL_QUANTIFIERS = _words("all every everyone everybody each")
_FEW_QUANTIFIERS = _words("few nobody none")
_DEFINITE = _words("the its their these those")
#: The most words of an unknown actor's noun phrase after "of the" ("27 member states").
_MAX_PARTITIVE_NOUN = 2
#: Words before "of the ..." that make a subject a part of the actor named after it ("two of the unions").
_PARTITIVES = _words(
    "some most many several few half one two three four five six seven eight nine ten eleven twelve dozens "
    "hundreds thousands minority"
)
#: Parts of a group of people that speak for it ("several of the owners", "many of the residents"): a crowd is
#: read through its members, so "several of the owners" holds what "several owners" would. A count or a share
#: that may be small ("two of", "one of", "half of", "a minority of") does not.
_GROUP_VOICES = _words("some most many several dozens hundreds thousands")
_CLAUSE_STOPS = _words(
    "because although though while whereas unless if since saying arguing adding citing noting "
    "calling describing insisting warning stressing amid despite which who whom whose where when "
    "whereby so yet but as according during"
)
_CONJUNCTIONS = frozenset({"and", "or", "but", "&"})
#: Words that take a time after them as their own object: "the plan for tomorrow", "the ban until Monday".
_BEFORE_OWN_TIME = _PREPOSITIONS | _CONJUNCTIONS | _words("until till since than")
#: Irregular past forms of common verbs of action that open a new verb phrase after "and":
#: "did not endorse the survey and left before the vote", "backed the plan and went on to ...".
_IRREGULAR_PAST = _words("left went came made took gave met ran won lost held kept sent spent got began")
#: Irregular past forms that are no noun or name in news text, so verbs for sure: "support for the plan
#: grew", "the unions' backing for the strike fell away".
_SURE_PAST = _words(
    "grew fell went came took gave ran kept sent spent got began brought bought thought fought sought taught"
    " caught told wrote spoke chose drew drove broke became knew threw stood understood paid sold meant built"
    " held made led lost won sank shrank swore struck withdrew overtook undertook forgot hid used overrode"
)
#: Irregular participles that are also nouns or present forms ("a tax cut", "a set of"), verbs only where a
#: participle must stand: ", set by the ministry,", ", cut by the board and welcomed by ...".
_IRREGULAR_PARTICIPLES = _words(
    "set put cut hit left met seen shown given taken made done known held led kept sent spent won drawn"
    " written chosen brought bought sought taught paid sold built struck grown thrown understood upheld"
)
#: Words that open a relative clause or an apposition after a name: ", who chairs ...,", ", a lawyer,".
_APPOSITION_OPENERS = frozenset({"who", "whose", "which", "a", "an", "the"})
#: Words for a part of a body before "of", in a passive's agent: "by most of the party".
_AGENT_PARTS = frozenset({"most", "many", "some", "all", "much", "half", "members", "part"})
#: The most adjectives between an owner and a role noun: "Trump's most loyal supporters".
_MAX_ROLE_MODIFIERS = 3
#: Verbs (by their start) whose object did what follows "to": "prompting Oxfam to criticise", "forced the unions
#: to back"; not "urged"/"asked", whose object only was asked to.
_IMPLICATIVE_CONTROL = tuple(sorted(_words("prompt led lead forc caus compel spur convinc persuad")))
#: Nouns of a part of a body that acts for it: "by the Dunedin branch of the Chamber of Commerce".
_BODY_PARTS = _words("branch branches chapter chapters wing arm office division section affiliate affiliates")
#: The most words before a body's part: "the Otago regional branch of ...".
_MAX_PART_MODIFIERS = 3
#: Words that join a name to the one before it in a list: "Germany and France", "Spain, Italy".
_LIST_JOINERS = frozenset({"and", "&", ","})
#: Asides between commas after a subject that say nothing of it: "Kasich, for his part, applauded ...".
_ASIDES = frozenset(
    tuple(aside.split())
    for aside in (
        "meanwhile",
        "however",
        "though",
        "too",
        "likewise",
        "similarly",
        "instead",
        "in turn",
        "in response",
        "in contrast",
        "by contrast",
        "for his part",
        "for her part",
        "for its part",
        "for their part",
        "for example",
        "for instance",
        "in particular",
        "in fact",
        "of course",
        "at least",
    )
)
#: Words that open an aside comparing the subject with someone else: "Forbes, like Coburn, criticized ...".
_COMPARING_ASIDES = _words("like unlike")
#: Words between "and" and "others" in a subject: "Ryan and many others criticized ...".
_SOME_OTHERS = _words("many several some numerous various")
#: Verbs (by their start) whose object, not their subject, does what follows "to": "urged Vienna to reject".
_OBJECT_CONTROL = tuple(
    sorted(
        _words(
            "urg ask call tell told encourag press persuad invit forc order allow want expect help led lead prompt "
            "push lobb appeal pressur requir advis instruct authori permit enabl caus compel remind warn challeng "
            "implor beg direct mandat commission elect appoint hir recruit train paid mobili rall inspir motivat "
            "convinc dar need send sent task empower"
        )
    )
)
_CONDITIONALS = frozenset({"if", "unless", "whether", "lest"})
#: Words that end a clause as no question does.
_NO_QUESTION_ENDS = frozenset({".", "!", ";"})
#: Marks that open a quotation: a question inside it ("... asked: “Why ...?”") is not the cue's.
_QUESTION_QUOTES = frozenset({"“", "«"})
#: Modals of possibility: the act after them is a guess, not a stance ("may back", "might not support");
#: so is "could" unless negated ("could not support" is a refusal).
_POSSIBILITY = frozenset({"may", "might"})
#: Words that make what follows a forecast: "predicted that a majority would back ...", "reports that the
#: party will vote against ...". A stance in the future under them is foreseen, not taken.
_FORECASTS = _words(
    "predict predicts predicted predicting prediction predictions forecast forecasts forecasted expect expects"
    " expected expecting expectation expectations anticipate anticipates anticipated projected reports"
    " speculation speculated rumours rumors bet bets betting"
)
_MAX_FORECAST_GAP = 10
#: Words that measure an attack after "for": "for the second time", "for hours".
_ATTACK_TIMES = _TIME_WORDS | _words("time times hour hours")
#: Verbs of forecasting that may follow their clause: "X will back it, Ruiz predicted".
_FORECAST_VERBS = _words(
    "predict predicts predicted forecast forecasts forecasted expect expects expected anticipate anticipates"
    " anticipated bet bets"
)
#: Words after which "'s" is "is" rather than a possessive.
_S_IS = _words("it he she that what who there here where")
_RELATIVES = frozenset({"who", "whom", "which", "that"})
#: Pronouns whose "'s" may be "has" before a participle: "She's backed", "who's opposed".
_HAS_CONTRACTED = _words("he she it who")
_CLOSING_QUOTES = frozenset("”»’")
_OPENING_QUOTES = frozenset('"“«‘')
#: Verbs that give a name to what "what" stands for: "what its minister called “the comfort of delay”".
_NAMING_VERBS = _words("called calls termed terms dubbed dubs described describes labelled labeled branded")
#: Verbs of seeing something as something: "what he views as", "what it described as".
_VIEWING_VERBS = _words(
    "views view viewed sees see saw regards regard regarded considers consider considered perceives perceive "
    "perceived describes describe described characterises characterised characterizes characterized"
)
_MAX_NAMER_DISTANCE = 12
_CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "—", '"', "“", "‘", "that", "and", "but", "while", "whereas", "as", "because", "although", "since"}
    | {"though", "after", "before", "when", "once", "until"}
)
#: The longest "of" phrase between a clause subject and its verb ("Roca of the centre-right opposition wrote").
_MAX_OF_PHRASE = 5
#: "spend" before an -ing cue, and the most words between them ("spent nearly an hour ... defending").
_SPENDING = _words("spend spends spent spending")
_MAX_SPENT_GAP = 12
#: Prepositions of a place or medium phrase between a report noun and its -ing cue ("ads in Ohio criticizing").
_REPORT_PLACES = _words("in on across")
_MAX_REPORT_PHRASE = 4
#: The most words from a report's verb to its noun: "posted a statement", "issued a brief written statement".
_MAX_REPORT_VERB_GAP = 4
_SKIPPED_LISTS = ("negating_verbs", "hedging_verbs", "control_verbs", "negators", "hedges", "copulas")
_ANCHOR_GAP = re.compile(ANCHOR_GAP)
#: A vote tally written as one word: "5-2", "52-48".
_TALLY = re.compile(r"\d{1,3}[-‐]\d{1,3}")
_NUMBER_WORDS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty"
)
#: Nouns of the medium a stance was taken in, besides the pack's ``report_nouns`` and the last words of its
#: "in a ..." ``media_phrases``: "criticized the deal in an op-ed", "... in a video posted on X".
_MEDIA_NOUNS = _words(
    "op-ed oped column article essay interview video podcast broadcast address remarks comments submission "
    "memo filing affidavit testimony newsletter briefing release"
)
#: Words allowed between "in a" and its medium noun: "in an open letter", "in a televised address".
_MAX_MEDIA_MODIFIERS = 2
_MAX_TARGET = 40
#: The most words from the comma that opens a participial aside to the "and" inside it.
_MAX_PARTICIPLE_ASIDE = 12
#: Words that open a time adjunct after an object: "welcomed the deal after months of talks".
_TIME_CONJUNCTIONS = _words("after before within")
#: Spans of time after "within" ("within minutes", "within 30 days", "within a week").
_TIME_SPANS = _words("minute minutes hour hours day days week weeks month months year years")
#: Words before a span of time after "within": "within a week", "within a few days".
_SOME_SPANS = _words("a an few several")
#: Words that measure a time adjunct before its "after"/"before": "soon after", "shortly before", "long after".
_TIME_MEASURES = _words("soon shortly just right long immediately only even moments")
#: Action verbs whose subject holds "in support of" / "in opposition to" after them ("unions marched in
#: support of the strikers"); after anything else the phrase has no holder ("evidence in support of").
#: Past forms, since "her 2002 vote in support of the war" is a noun; the base form only after an
#: auxiliary or "to" ("will testify in support of").
_ACTED = _words(
    "intervened marched spoke spoken testified rallied wrote written demonstrated protested campaigned "
    "lobbied voted argued signed filed mobilized mobilised"
)
_AUX_OR_TO = _AUX | {"to"}
_ACT = _words("intervene march speak testify rally write demonstrate protest campaign lobby vote argue sign file")
_MAX_NP = 8
#: Plurals ending like agent nouns ("exporters", "processors") that name things: "Brazilian numbers supported ...".
_THING_PLURALS = _words(
    "numbers orders papers waters borders matters letters chambers centers centres markers layers filters "
    "computers answers offers barriers meters quarters headquarters towers covers powers others factors "
    "sectors errors indicators mirrors vectors colors colours rumors rumours doors floors motors tractors "
    "corridors reactors favors favours honors honours"
)
#: The most words of a subject before its verb, for a clause after "and": "and the council's leader promised".
_MAX_SUBJECT = 6
_ACTOR_TYPES = frozenset({"person", "organization", "government", "country", "group"})
#: A verb of issuing a document and the document: "issued a statement", "published its annual report".
_ISSUED = re.compile(
    r"\b(?:issued|released|published|put out|sent out)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>statement|report|communiqu[eé]|declaration|letter)\b",
    re.IGNORECASE,
)
#: Adjectives after "'s" that make it "is": "Moscow's ready to talk".
_PREDICATE_ADJECTIVES = _words(
    "ready willing prepared committed able set due likely poised keen eager determined happy opposed "
    "critical supportive against in not"
)


def rules_for(draft: Draft) -> StanceRules:
    """The compiled stance rules for a draft: the stance sections of its rule packs.

    ``draft.rules`` is the pipeline's ``RuleSet`` (compiled once per rule set
    and cached in it), a list of packs (as tests build them), or ``None`` for
    the default pack alone.
    """
    rules = draft.rules
    if rules is None:
        return default_stance_rules()
    memo = getattr(rules, "memo", None)
    packs = getattr(rules, "packs", None)
    if callable(memo) and packs is not None:
        labels = getattr(rules, "labels", None)
        compiled: StanceRules = memo("stances.rules", lambda: compile_stance_rules(packs, labels))
        return compiled
    if isinstance(rules, Sequence) and not isinstance(rules, str):
        return compile_stance_rules([load_default_pack(), *rules], ["stances.json", *("rule pack" for _ in rules)])
    return default_stance_rules()


_MEDIA_NOUNS_OF: dict[int, tuple[StanceRules, frozenset[str]]] = {}


def _media_nouns(rules: StanceRules) -> frozenset[str]:
    """The medium nouns of a rule set ("letter", "op-ed", "speech"), built once per rule set."""
    cached = _MEDIA_NOUNS_OF.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    nouns = frozenset(
        _MEDIA_NOUNS
        | {phrase[0] for phrase in rules.words("report_nouns") if len(phrase) == 1}
        | {phrase[-1] for phrase in rules.media if phrase[0] == "in" and phrase[1] in ("a", "an")}
    )
    _MEDIA_NOUNS_OF[id(rules)] = (rules, nouns)
    return nouns


def _normal(word: str) -> str:
    return word.lower().replace("’", "'")


def _sentence_holding(
    sentences: Sequence[tuple[int, int]], starts: Sequence[int], offset: int
) -> tuple[int, int] | None:
    """The sentence holding ``offset``, as ``Draft.sentence_of`` finds it, found by bisecting ``starts`` (the
    sentences' starts): ints compare faster than the (start, end) pairs that one bisects."""
    index = bisect.bisect_right(starts, offset) - 1
    if index < 0 or offset >= sentences[index][1]:
        return None
    return sentences[index]


@functools.lru_cache(maxsize=4096)
def _anchor(written: str) -> tuple[str, str]:
    """A head as the text writes it -> its form as ``cues_by_form`` keys it, and that form's first word.

    Kept across documents: the heads are a lexicon's words, written the same way article after article.
    """
    anchor = _ANCHOR_GAP.sub(" ", _normal(written))
    return anchor, anchor.split(" ", 1)[0]


#: Words of a sentence that tell an attack is force, not words: harm, arrest, weapons, places of a brawl.
_VIOLENCE_WORDS = frozenset(
    "killing killed kill injuring injured injuries wounding wounded wounds stabbed stabbing stab shot shooting beat "  # noqa: SIM905
    "beaten punched punching assaulted assault charged arrested arrest police knife gun guns rifle bomb bombs "
    "grenade rockets rocket missile missiles drone drones troops soldiers gunmen militants bar pub nightclub "
    "hospital hospitalised hospitalized victim victims dead died death".split()
)


#: The entity types a third-person pronoun, subject or possessive, can stand for.
_PRONOUN_FITS: dict[str, tuple[str, ...]] = {
    "he": ("person",),
    "his": ("person",),
    "she": ("person",),
    "her": ("person",),
    "it": ("country", "organization", "government"),
    "its": ("country", "organization", "government"),
    "they": ("group", "organization", "government"),
    "their": ("group", "organization", "government"),
}
#: The gender a pronoun names, where it names one.
_PRONOUN_GENDER = {"he": "male", "his": "male", "she": "female", "her": "female"}


@attrs.define
class _Sentence:
    """One sentence cut into words, with the mention each word belongs to."""

    start: int
    end: int
    starts: list[int]
    ends: list[int]
    words: list[str]
    raw: list[str]
    mention_of: list[Mention | None]
    first_of: dict[str, int]
    #: Whether the sentence has a "?", and a word of ``_CONDITIONALS``: None until ``question_or_conditional``
    #: first asks (once per sentence, where each of its cues asked).
    question: bool | None = None
    conditional: bool | None = None

    def __len__(self) -> int:
        return len(self.words)

    def index_at(self, offset: int) -> int | None:
        index = bisect.bisect_left(self.starts, offset)
        if index < len(self.starts) and self.starts[index] == offset:
            return index
        return None

    def mention(self, index: int) -> Mention | None:
        if 0 <= index < len(self.words):
            return self.mention_of[index]
        return None

    def mention_first(self, mention: Mention) -> int:
        return self.first_of[mention.id]


def _is_plural_actor(holder_nouns: Mapping[str, str], word: str) -> bool:
    """Whether a word is the plural of an actor noun for people or bodies: "members", "MPs", "unions"."""
    return word.endswith("s") and holder_nouns.get(word) in ("group", "organization")


@attrs.define
class _Found:
    """What the stage found for one cue before it becomes stances."""

    holders: list[str]
    how: str
    group: tuple[int, int]
    target: tuple[int, int] | None = None
    cue_pieces: list[tuple[int, int]] = attrs.Factory(list)
    negations: int = 0
    hedges: list[str] = attrs.Factory(list)
    #: The word index of "which"/"that" before the subject ("the plan that Russia backed").
    relative: int | None = None
    #: Whether a noun cue is its clause's subject ("China's support for X has grown").
    subject_noun: bool = False
    #: The word index of the earlier cue whose holders a coordinated verb shares ("backed X and urged Y").
    shared_with: int | None = None


class _Stage:
    """The state of one run over one draft."""

    def __init__(self, draft: Draft, rules: StanceRules) -> None:
        self.draft = draft
        self.rules = rules
        self.text = draft.text
        # By start, the longest first: as one number (start * width - end), which sorts faster than a tuple.
        width = len(self.text) + 1
        self.mentions = sorted(draft.mentions, key=lambda mention: mention.span.start * width - mention.span.end)
        self.mention_starts = [mention.span.start for mention in self.mentions]
        self._mentions_by_entity: dict[str, list[Mention]] | None = None
        pieces = []
        for statement in draft.statements:
            for start, end in statement.content.pieces:
                pieces.append((start, end, statement))
        pieces.sort(key=lambda piece: piece[0])
        self.content_pieces = pieces
        self.content_starts = [piece[0] for piece in pieces]
        self.cue_starts = sorted(
            piece[0] for statement in draft.statements if statement.cue for piece in statement.cue.pieces
        )
        self.statement_by_cue = {
            piece[0]: statement for statement in draft.statements if statement.cue for piece in statement.cue.pieces
        }
        self.sentences: dict[int, _Sentence] = {}
        # Holders found per sentence, by cue word index, for coordinated verbs.
        self.holders_in: dict[int, list[tuple[int, list[str]]]] = {}
        self.new_entities: dict[str, str] = {}
        self._names: dict[str, str] | None = None
        self.seen: set[tuple[str, int, int]] = set()
        self.new_mentions: set[tuple[str, int]] = set()
        # Names no earlier stage read, kept pending until a stance uses them (``name_at``, ``settle``): a
        # placeholder id per new name -> its kind, name -> placeholder, placeholder -> the entity made for
        # it, and the pending mentions (with their kinds) by sentence start.
        self.pending_kinds: dict[str, str] = {}
        self.pending_ids: dict[tuple[str, str], str] = {}
        self.settled: dict[str, str] = {}
        self.waiting: dict[int, list[tuple[Mention, str]]] = {}
        self.pending_count = 0
        # The last passive's target (word indices) per sentence, for coordinated passives.
        self.passive_targets: dict[int, tuple[int, int]] = {}
        self.media_nouns = _media_nouns(rules)

    # -- words ---------------------------------------------------------------

    def sentence(self, bounds: tuple[int, int]) -> _Sentence:
        cached = self.sentences.get(bounds[0])
        if cached is not None:
            return cached
        start, end = bounds
        starts, ends, raw = _tokens(self.text, start, end)
        words = [word.lower() for word in raw]
        if "’" in self.text[start:end]:
            words = [word.replace("’", "'") for word in words]
        mention_of: list[Mention | None] = [None] * len(words)
        # The words in a mention, a few of the sentence's: only they are looked at again for ``first_of``.
        owned: set[int] = set()
        first_of: dict[str, int] = {}
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end)
        for mention in self.mentions[low:high]:
            index = bisect.bisect_left(starts, mention.span.start)
            while index < len(words) and ends[index] <= mention.span.end:
                current = mention_of[index]
                # A word in nested mentions belongs to the longest ("Chinese Foreign Ministry", not "Chinese").
                if current is None or current.span.end - current.span.start < mention.span.end - mention.span.start:
                    mention_of[index] = mention
                    owned.add(index)
                index += 1
        for index in sorted(owned):
            owner = mention_of[index]
            if owner is not None and (index == 0 or mention_of[index - 1] is not owner):
                first_of[owner.id] = index
        sentence = _Sentence(start, end, starts, ends, words, raw, mention_of, first_of)
        self.sentences[start] = sentence
        return sentence

    def phrase_ending(self, sentence: _Sentence, index: int, names: tuple[str, ...]) -> tuple[str, int]:
        """The longest phrase of the named lists that ends at word ``index``: (list name, length).

        Of lists with the same phrase, the one named first; ("", 0) when none ends there.
        """
        words = sentence.words
        for size, names_of in self.rules.phrases_ending(names, words[index]):
            if size <= index + 1:
                name = names_of.get(tuple(words[index - size + 1 : index + 1]))
                if name is not None:
                    return name, size
        return "", 0

    def is_adverb(self, sentence: _Sentence, index: int) -> bool:
        word = sentence.words[index]
        if word in _ADVERBS:
            return True
        raw = sentence.raw[index]
        return len(word) > 4 and word.endswith("ly") and raw.islower() and word not in _NOT_ADVERBS

    def is_filler(self, sentence: _Sentence, index: int) -> bool:
        return (sentence.words[index],) in self.rules.words("fillers") or self.is_adverb(sentence, index)

    def after_aside(self, sentence: _Sentence, comma: int) -> int:
        """The word after the comma that closes an aside opened at ``comma`` (or ``comma`` when none does)."""
        for index in range(comma + 1, min(comma + 10, len(sentence.words))):
            if sentence.words[index] == ",":
                return index + 1
            if sentence.words[index] in _HARD_STOPS:
                break
        return comma

    def looks_like_verb(self, sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` may be a verb: a form the packs name, a statement's cue, or a -ed/-s word."""
        if not 0 <= index < len(sentence.words):
            return False
        word = sentence.words[index]
        if (
            word in _AUX
            or word in self.rules.verb_forms
            or word in _SURE_PAST
            or self.is_statement_cue(sentence.starts[index])
        ):
            return True
        raw = sentence.raw[index]
        return raw.isalpha() and raw.islower() and (word.endswith("ed") or (word.endswith("s") and len(word) > 3))

    # -- the stage -----------------------------------------------------------

    def run(self) -> None:
        text = self.text
        by_form = self.rules.cues_by_form
        copula_near = self.rules.copula_near
        sentences = self.draft.sentences
        sentence_starts = [bounds[0] for bounds in sentences]
        for start, end in self.rules.head_spans(text, text_words(self.draft)):
            anchor, first = _anchor(text[start:end])
            candidates = [
                (anchor, cue)
                for cue in by_form.get(anchor, ())
                if (cue.follows is None or cue.follows.match(text, end))
                and (not cue.copula or copula_near.search(text, max(0, start - 60), start))
            ]
            if first != anchor:
                # "committed to" is a phrase cue, and "committed" a form of a verb cue too.
                first_end = start + len(first)
                candidates += [
                    (first, cue)
                    for cue in by_form.get(first, ())
                    if cue.follows is None or cue.follows.match(text, first_end)
                ]
            if not candidates:
                continue
            bounds = _sentence_holding(sentences, sentence_starts, start)
            if bounds is None:
                continue
            sentence = self.sentence(bounds)
            head = sentence.index_at(start)
            if head is None:
                continue
            size = 1
            while head + size < len(sentence.words) and sentence.ends[head + size - 1] < end:
                size += 1
            # A longer cue before a plain one at the same head ("slammed the door on X" before "slammed X"):
            # when it holds, the plain cue's object is only the longer cue's words.
            if len(candidates) > 1:
                candidates.sort(key=lambda candidate: candidate[1].pos == "verb" and not candidate[1].before_slot)
            held = False
            for form, cue in candidates:
                plain_verb = cue.pos == "verb" and not cue.before_slot
                if plain_verb and held:
                    continue
                if self.read_cue(sentence, head, size if form == anchor else 1, form, cue) and not plain_verb:
                    held = cue.pos == "verb"
        if self.draft.stances:
            self.echo_all()

    def echo_all(self) -> None:
        """Read every ellipsis (``echo``): "So did X" opening a sentence repeats the stances of the sentence
        before, ", as did X" those of its own sentence before the comma ("and so did prices" is neither)."""
        sentences = self.draft.sentences
        # Where "So did" itself stands, found in one search over the text ("So" is a literal the engine skips
        # to): only a sentence opening there, or one character before (a quotation mark), is tried.
        cores = {match.start() for match in _ECHO_SO_CORE.finditer(self.text)}
        for index in range(1, len(sentences)) if cores else ():
            start = sentences[index][0]
            if start not in cores and start + 1 not in cores:
                continue
            match = _ECHO_SO.match(self.text, start)
            if match is not None:
                self.echo(sentences[index], match, sentences[index - 1])
        for match in _ECHO_AS.finditer(self.text):
            bounds = self.draft.sentence_of(match.start())
            if bounds is not None:
                self.echo(bounds, match, (bounds[0], match.start()))

    def echo(self, bounds: tuple[int, int], match: re.Match[str], sources_in: tuple[int, int]) -> None:
        """The stances of an ellipsis: "Unite condemned the closure. So did the GMB union." (or ", as did
        the GMB union"): the actor after "did" holds what the stances with a cue in ``sources_in`` hold,
        toward the same targets.

        The actor must end the clause ("So did France, which ..."), so "So did prices" (no actor) and
        "So did the talks in Paris" repeat nothing.
        """
        low, high = sources_in
        start, end = match.span(1)
        sources = [stance for stance in self.draft.stances if stance.cue is not None and low <= stance.cue.start < high]
        sentence = self.sentence(bounds)
        first = sentence.index_at(match.end())
        agents = self.actors_at(sentence, first) if sources and first is not None else None
        if agents is None:
            return
        holders, after = agents
        if after < len(sentence.words) and sentence.words[after] not in (",", ".", ";", "too", "—", "-", ")"):
            return
        cue_span = self.draft.span(start, end)
        for source in sources:
            where = source.target.span.start if source.target.span is not None else -1
            for holder in holders:
                holder = self.settled.get(holder, holder)
                if holder in (source.holder, source.target.entity) or (holder, cue_span.start, where) in self.seen:
                    continue
                holder = self.settle(sentence, holder)
                self.seen.add((holder, cue_span.start, where))
                stance_id = self.draft.new_id("t")
                self.draft.explain(stance_id, ECHO_RULE, cue_span.text)
                self.draft.stances.append(
                    attrs.evolve(
                        source,
                        id=stance_id,
                        holder=holder,
                        cue=cue_span,
                        statement=None,
                        provenance=self.draft.provenance(ECHO_RULE, f"cue {cue_span.text!r}; repeats {source.id}"),
                    )
                )

    def read_cue(self, sentence: _Sentence, head: int, size: int, anchor: str, cue: Cue) -> bool:
        """Read one cue at word ``head``; whether it gave a stance."""
        if self.trapped(sentence, head, cue):
            return False
        after_head = head + size
        matched = self.match_words(sentence, after_head, cue.before_slot)
        if matched is None or self.question_or_conditional(sentence, head):
            return False
        slot_start, cue_words = matched
        if cue.object_control:
            # "pressed the board to act": the board is pressed to act, so it starts the target, and "to" with it.
            if not self.controls_object(sentence, after_head, cue_words[-1]):
                return False
            slot_start = after_head
            cue_words = cue_words[:-1]
        cue_pieces = [(sentence.starts[head], sentence.ends[head + size - 1])]
        cue_pieces += [(sentence.starts[index], sentence.ends[index]) for index in cue_words]
        found: _Found | None
        if cue.given:
            found = self.read_given(sentence, head)
        elif cue.pos == "noun":
            found = self.received(sentence, head, slot_start, cue_words) or self.read_noun(sentence, head)
        elif cue.owner_target:
            found = self.read_owned_role(sentence, head)
        elif cue.copula:
            found = self.read_copula(sentence, head)
        elif cue.pos == "phrase" and sentence.words[head] == "in":
            found = self.read_acting(sentence, head)
        elif sentence.mention(head) is not None and sentence.raw[head][:1].isupper():
            return False  # "Weak Demand hurt ...": a capitalised word of a name is no verb
        else:
            kind = cue.head_forms.get(anchor.split()[0], "base")
            found = self.read_verb(sentence, head, slot_start, kind, cue)
        if found is None or not found.holders:
            return False
        if self.hypothetical(sentence, head, found):
            return False
        if found.target is None:
            found.target = self.target_after(sentence, slot_start, cue, cue_pieces, found.subject_noun)
        closer_missing = found.target is None and bool(cue.after_slot) and not cue.after_slot[0].optional
        if found.target is None and found.relative is not None and not closer_missing:
            # (Not when the words the pattern needs after its object are missing: "the war that the UN has given
            # up counting" is no "give <target> credit", "authority to take action" no "take <target> to court".)
            found.target = self.relative_target(sentence, found.relative)
            if found.target is not None:
                found.how += ", object of a relative clause"
        if found.target is None:
            return False
        if cue.actor_object and not self.actor_target(sentence, *found.target):
            # "went after the vote" is a time, "go after the money" a pursuit: only "went after Clinton" is a stance.
            return False
        if cue.physical and not self.spoken_attack(sentence, head, found):
            return False
        if cue.refused_only and found.negations % 2 == 0 and not (cue.bodies_unrefused and self.bodies(found.holders)):
            return False
        found.cue_pieces = sorted(set(found.cue_pieces + cue_pieces))
        if not found.subject_noun:
            # "rejected the council's criticism of its tests and blamed the US": an owner inside an object is
            # no subject the next verb shares.
            self.remember(sentence, head, found.holders)
        before = len(self.draft.stances)
        self.emit(sentence, head, cue, found)
        return len(self.draft.stances) > before

    # -- cue shapes ----------------------------------------------------------

    def match_words(
        self, sentence: _Sentence, index: int, words: Sequence[PatternWord]
    ) -> tuple[int, list[int]] | None:
        """Match the words after the head, allowing a few fillers ("voiced strong support for")."""
        matched = []
        gap = False
        for word in words:
            if word.gap:
                gap = True
                continue
            position = index
            if gap:
                # "warn <any> against": one to four plain words, then the next word of the cue.
                gap = False
                for skip in range(index + 1, min(index + 5, len(sentence.words))):
                    if sentence.words[skip] in word.alternatives:
                        matched.append(skip)
                        index = skip + 1
                        break
                    if not sentence.raw[skip][0].isalnum() or sentence.words[skip] in _CLAUSE_STOPS:
                        return None
                else:
                    return None
                continue
            fillers = 0
            while True:
                if position < len(sentence.words) and sentence.words[position] in word.alternatives:
                    matched.append(position)
                    index = position + 1
                    break
                if fillers < 3 and position < len(sentence.words) and self.is_filler(sentence, position):
                    position += 1
                    fillers += 1
                    continue
                if (
                    position + 1 < len(sentence.words)
                    and sentence.words[position] in _TIME_LEADS
                    and sentence.words[position + 1] in _TIME_WORDS
                ):
                    # "called on Sunday for ...": a time phrase inside the cue.
                    position += 2
                    continue
                tally = _tally_size(sentence.words, position)
                if tally and fillers < 3:
                    # "voted 4-3 against ...": the count is no word of the cue.
                    position += tally
                    fillers += 1
                    continue
                if word.optional:
                    break
                return None
        return index, matched

    def controls_object(self, sentence: _Sentence, start: int, to: int) -> bool:
        """Whether the words from ``start`` to the "to" at word ``to`` name an actor who is to do what follows.

        "pressed the board to act", "pushed them to resign", "pressed Congress to vote": the object ends
        in an actor's mention, an object pronoun or an actor noun, and a verb follows "to". Not "pressed
        the button to start" (no actor), "pushed German exports to new highs" (the actor only modifies),
        nor "pushed the union to the brink" (no verb after "to").
        """
        following = to + 1
        if following >= len(sentence.words):
            return False
        raw = sentence.raw[following]
        after = sentence.words[following]
        if not (raw.isalpha() and raw.islower()) or after in _DETERMINERS or after in _TIME_WORDS:
            return False
        last = to - 1
        if sentence.words[last] in _OBJECT_PRONOUNS or self.rules.holder_nouns.get(sentence.words[last]) is not None:
            return True
        mention = sentence.mention(last)
        if mention is None and sentence.raw[last][:1].isupper():
            # "pressed Delmar to look for a buyer": a name no earlier stage read, when it is clearly one.
            first = last
            while first > start and sentence.raw[first - 1][:1].isupper() and sentence.mention(first - 1) is None:
                first -= 1
            mention = self.name_starting(sentence, first, target=True)
        return (
            mention is not None
            and sentence.mention_first(mention) >= start
            and self.entity_type(mention.entity) in _ACTOR_TYPES
        )

    def read_acting(self, sentence: _Sentence, head: int) -> _Found | None:
        """The subject of an action verb before "in support of" / "in opposition to" ("unions marched in ...")."""
        index = head - 1
        while index >= 0 and self.is_adverb(sentence, index):
            index -= 1
        word = sentence.words[index] if index >= 0 else ""
        if word not in _ACTED and not (word in _ACT and index > 0 and sentence.words[index - 1] in _AUX_OR_TO):
            return None
        found = self.subject(sentence, index)
        if found is not None:
            found.how += f", who {word}"
        return found

    def trapped(self, sentence: _Sentence, head: int, cue: Cue | None = None) -> bool:
        """Whether a trap starts at word ``head`` ("backed up"), one that ``cue``'s own words do not go on
        from ("slam the door" traps "slammed the door and left", not the cue "slam [the] door on")."""
        words = sentence.words
        following = words[head + 1] if head + 1 < len(words) else None
        for trap in self.rules.traps.get(words[head], ()):
            # Most traps fail at their word after the head ("fight back", "fight the war"), tested before a
            # tuple of the sentence's words is made for the whole trap (a head can have thirty traps).
            if len(trap) > 1 and trap[1] != following:
                continue
            if tuple(words[head : head + len(trap)]) == trap and not (
                cue is not None
                and len(cue.before_slot) >= len(trap)
                and all(
                    word in pattern.alternatives
                    for word, pattern in zip(trap[1:], cue.before_slot[: len(trap) - 1], strict=True)
                )
            ):
                return True
        return False

    @staticmethod
    def question_or_conditional(sentence: _Sentence, head: int) -> bool:
        """Whether the cue sits in a question or in a clause that is only supposed ("If Canada endorses ...").

        A question: the first of "?", ".", "!" and ";" after the cue is "?". Supposed: an
        "if" (not "as if")/"unless"/"whether" came before the cue since the last ";". Most sentences hold
        neither word, which one test over all their words tells.
        """
        words = sentence.words
        if sentence.question is None:
            sentence.question = "?" in words
            sentence.conditional = not _CONDITIONALS.isdisjoint(words)
        if sentence.question:
            # A question inside a quotation opened after the cue is the quotation's ("... and asked:
            # “Why pay twice?”"); one after a quotation is the sentence's ("backed the “deal”?").
            inside = 0  # quotations opened after the cue and open still
            straight_open = words[: head + 1].count('"') % 2 == 1
            straight_after = False  # the open straight quotation was opened after the cue
            for word in words[head + 1 :]:
                if word in _QUESTION_QUOTES:
                    inside += 1
                elif word in ("”", "»"):
                    inside = max(0, inside - 1)
                elif word == '"':
                    if straight_open and straight_after:
                        inside -= 1
                    elif not straight_open:
                        inside += 1
                    straight_after = not straight_open
                    straight_open = not straight_open
                elif inside == 0 and word == "?":
                    return True
                elif inside == 0 and word in _NO_QUESTION_ENDS:
                    break
        if sentence.conditional:
            for position in range(head - 1, -1, -1):
                word = words[position]
                if word in _CONDITIONALS and not (word == "if" and position > 0 and words[position - 1] == "as"):
                    # "as if" compares, it supposes nothing: "faulted them for acting as if the rules did not
                    # exist and pressed them to ..." is an act taken.
                    return True
                if word == ";":
                    break
        return False

    def hypothetical(self, sentence: _Sentence, head: int, found: _Found) -> bool:
        """Whether the act is only supposed, not taken.

        A "would"/"could" verb group bound to a condition after it ("would reject it unless ...");
        a possibility ("Farmers may welcome the rain", "could back the plan", "might not support
        it"), which the writer guesses at. "could not support" is a refusal and stays; "would
        oppose" alone is an intention, and stays. A "would"/"will" act under a forecast ("predicted
        that the senate would back ...") is foreseen, which the guidelines count as no stance.
        """
        if any(hedge in _POSSIBILITY or (hedge == "could" and found.negations % 2 == 0) for hedge in found.hedges):
            return True
        group = sentence.words[found.group[0] : head]
        modal = any(word in ("would", "could", "might") for word in group)
        if modal and any(word in _CONDITIONALS for word in sentence.words[head + 1 :]):
            return True
        # Only a "would"/"will" act can be foreseen: the forecast looks (which change nothing) wait for one.
        return ("would" in group or "will" in group) and (
            self.forecast_before(sentence, found.group[0]) or self.forecast_after(sentence, head)
        )

    def forecast_before(self, sentence: _Sentence, group: int) -> bool:
        """Whether a word of forecasting comes shortly before the verb group at word ``group``, in its clause.

        "predicted that a majority in parliament would back ...", "reports that the party will vote
        against ...": the act is foreseen. "said the party would vote against" is reported, and stays.
        """
        position = group - 1
        limit = max(-1, group - _MAX_FORECAST_GAP)
        while position > limit:
            mention = sentence.mention(position)
            if mention is not None:
                position = sentence.mention_first(mention) - 1  # "the Farmers' Party": its apostrophe is no quote
                continue
            word = sentence.words[position]
            if word in _FORECASTS:
                return True
            if word in _HARD_STOPS or (word in _QUOTES and word != "'"):
                return False
            position -= 1
        return False

    def forecast_after(self, sentence: _Sentence, head: int) -> bool:
        """Whether the sentence ends in a forecast of the act after the verb at word ``head``.

        "The senate will back the plan, Ruiz predicted.", "..., analysts expect.": the forecast put
        after its clause, as "Ruiz predicted that the senate would back the plan" puts it before.
        "..., as expected" names no forecaster, and "..., Ruiz said" is reported, and stays.
        """
        comma = next((i for i in range(len(sentence.words) - 1, head, -1) if sentence.words[i] == ","), None)
        if comma is None or sentence.words[comma + 1 : comma + 2] == ["as"]:
            return False
        for position in range(comma + 2, min(len(sentence.words), comma + 7)):
            word = sentence.words[position]
            if word in _FORECAST_VERBS:
                rest = sentence.words[position + 1 :]
                return all(not other[0].isalnum() or other in _TIME_WORDS or other in _TIME_LEADS for other in rest)
            if not word[0].isalnum() or self.looks_like_verb_word(word):
                return False
        return False

    def read_verb(self, sentence: _Sentence, head: int, after: int, kind: str, cue: Cue) -> _Found | None:
        before = head - 1
        while before >= 0 and self.is_adverb(sentence, before):
            before -= 1
        previous = sentence.words[before] if before >= 0 else ""
        if kind == "past" and cue.passive:
            position = after
            while position < len(sentence.words) and (
                self.is_adverb(sentence, position) or sentence.words[position : position + 2] == ["not", "only"]
            ):
                position += 1  # "criticised not only by Labour but also by ...": no negation
            if position < len(sentence.words) and sentence.words[position] == "by":
                agents = self.actors_at(sentence, position + 1)
                if agents:
                    holders, _ = agents
                    target = self.noun_phrase_before(sentence, head - 1)
                    if target is None:
                        target = self.antecedent(sentence, head - 1)
                    if target is None and head == 0:
                        target = self.subject_after(sentence, agents[1])
                    if target is None and previous in _CONJUNCTIONS:
                        # "welcomed by Cambodia but rejected by Laos": the same target as the passive before.
                        target = self.passive_targets.get(sentence.start)
                    if target is None and previous in _CONJUNCTIONS:
                        target = self.participles_subject(sentence, before)
                    if target is None and previous in _CONJUNCTIONS:
                        target = self.passive_subject_before(sentence, before)
                    if target is None:
                        return None
                    if self.field_help(sentence, target, position + 1, agents[1]):
                        return None
                    self.passive_targets[sentence.start] = target
                    negations, hedges = self.modality(sentence, target[1], head)
                    found = _Found(holders, "passive agent", (target[1], head), None)
                    found.target = (sentence.starts[target[0]], sentence.ends[target[1] - 1])
                    found.cue_pieces = [(sentence.starts[position], sentence.ends[position])]
                    found.negations, found.hedges = negations, hedges
                    return found
                return None
            if previous in _BE and not self.has_contracted(sentence, before, after):
                return None
        if kind == "past" and not cue.passive and previous in _BE and not self.has_contracted(sentence, before, after):
            # "The party was rounded on by critics": a passive of a cue that names no agent; its subject is
            # the target, not the holder.
            return None
        if kind == "ing" and previous in _ADJUNCT_OPENERS:
            return self.adjunct_subject(sentence, before)
        if kind == "ing" and previous in _PREPOSITIONS:
            return None
        if kind == "ing" and previous in _OPENING_QUOTES and before > 0 and sentence.words[before - 1] in _PREPOSITIONS:
            # 'accused Holm of "backing the plan"': the quotation opens inside the "of" phrase, as without it.
            return None
        report = self.report_noun_before(sentence, before) if kind == "ing" else None
        if report is None and kind in ("past", "s") and previous in ("that", "which"):
            # "published a rebuttal that faulted X": the relative clause is the report's, its author holds it.
            report = self.report_noun_before(sentence, before - 1)
        if report is not None:
            # "issued a statement welcoming the vote", "filed a lawsuit accusing X of ...", "ran ads in Ohio
            # criticizing X": the author of the statement, suit or ad holds the stance.
            author = self.clause_subject(sentence, report, author=True)
            if author is not None:
                author.how = "author of a report noun"
            return author
        if previous in _DETERMINERS and previous not in ("that",):
            return None
        if kind == "ing":
            spender = self.time_spender(sentence, head)
            if spender is not None:
                return spender
        if kind == "base" and self.title_before_name(sentence, head):
            return None
        mention = sentence.mention(head - 1)
        if (
            kind == "base"
            and mention is not None
            and sentence.mention_first(mention) > 0
            and sentence.words[sentence.mention_first(mention) - 1] in ("the", "a", "an", "this", "that")
        ):
            # "the Tulsa protest remained peaceful": a noun after a name, not a verb after a subject.
            return None
        if (
            kind == "base"
            and mention is not None
            and sentence.words[head] not in SAME_PAST
            and self.draft.entities[mention.entity].type in ("country", "other")
            and mention.span.text[:1].isupper()
            and not self.listed(sentence, mention)
        ):
            # "Alberta protest buffer law", "Canada protest rules": a place alone takes "protests", so the
            # bare form after it is a noun it modifies ("Germany and France back" stays a verb).
            return None
        subject = self.subject(sentence, head)
        if subject is None and kind == "ing" and previous == ",":
            subject = self.speaker_before(sentence, before, head)
        return subject

    def title_before_name(self, sentence: _Sentence, head: int) -> bool:
        """Whether the bare form at word ``head`` is a noun of title before a person who acts next.

        "Olympic champion Anna Berg criticised ...", "Labour champion Ana Ruiz backed ...": a person's
        name right after the word, then a verb, makes the word part of the person's title, not a verb
        with the name as object ("Democrats back Ana Ruiz for mayor" stays).
        """
        person = sentence.mention(head + 1) if head + 1 < len(sentence.words) else None
        if person is None or sentence.mention_first(person) != head + 1 or self.entity_type(person.entity) != "person":
            return False
        after = self.after_mention(sentence, head + 1)
        while after < len(sentence.words) and self.is_adverb(sentence, after):
            after += 1
        if after >= len(sentence.words) or sentence.words[after] in ("'s", "'"):
            return False  # "to accuse Clinton's campaign of ...": the name owns the object
        return self.looks_like_verb(sentence, after)

    def speaker_before(self, sentence: _Sentence, comma: int, head: int) -> _Found | None:
        """The speaker of the attribution that the comma before an -ing cue ends.

        "'...,' Lopez told Radio Norte, urging the council to ...": the urging is the speaker's, as
        after "Lopez said,"; the attribution is the stretch since the last comma or quotation mark, and
        the speaker must be named in it, not after a preposition ("the UN envoy for Libya told").
        """
        start = comma - 1
        while start >= 0 and sentence.words[start] not in (",", ";", ":") and sentence.words[start] not in _QUOTES:
            start -= 1
        low = bisect.bisect_left(
            self.cue_starts, sentence.starts[start + 1] if start + 1 < comma else sentence.starts[comma]
        )
        if low >= len(self.cue_starts) or self.cue_starts[low] >= sentence.starts[comma]:
            return None
        statement = self.statement_by_cue.get(self.cue_starts[low])
        if statement is None or statement.speaker is None:
            return None
        for position in range(start + 1, comma):
            mention = sentence.mention(position)
            if mention is None or mention.entity != statement.speaker:
                continue
            first = sentence.mention_first(mention)
            if first > 0 and sentence.words[first - 1] in _PREPOSITIONS:
                # "the UN envoy for Libya told ...": a name after a preposition is no sure speaker.
                return None
            return _Found([statement.speaker], "speaker of the attribution before the participle", (comma, head))
        return None

    def listed(self, sentence: _Sentence, mention: Mention) -> bool:
        """Whether ``mention`` follows another name in a list: "Germany and France", "Spain, Italy"."""
        first = sentence.mention_first(mention)
        return first > 0 and sentence.words[first - 1] in _LIST_JOINERS

    def report_noun_before(self, sentence: _Sentence, index: int) -> int | None:
        """The report noun ending at word ``index``, or before a short place or medium phrase that ends there.

        "a statement welcoming", "commercials in New York criticizing", "ads on television attacking", "a
        statement on Monday welcoming".
        """
        if index < 0:
            return None
        report_nouns = self.rules.words("report_nouns")
        if (sentence.words[index],) in report_nouns:
            return index
        for position in range(index, max(0, index - _MAX_REPORT_PHRASE) - 1, -1):
            word = sentence.words[position]
            if word in _TIME_WORDS:
                # "issued a statement this week faulting", "a statement on Monday welcoming": a time between.
                noun = position - 1
                while noun >= 0 and sentence.words[noun] in _TIME_LEADS:
                    noun -= 1
                if noun >= 0 and (sentence.words[noun],) in report_nouns:
                    return noun
            if word in _REPORT_PLACES:
                noun = position - 1
                if noun >= 0 and (sentence.words[noun],) in report_nouns:
                    return noun
                return None
            if (
                not word[:1].isalnum()
                or word in _CLAUSE_STOPS
                or word in _CONJUNCTIONS
                or self.looks_like_verb_word(word)
            ):
                return None
        return None

    def time_spender(self, sentence: _Sentence, head: int) -> _Found | None:
        """The subject of "spend" before an -ing cue: "X spent an hour on the floor on Wednesday defending Y"."""
        for position in range(head - 1, max(-1, head - _MAX_SPENT_GAP - 1), -1):
            word = sentence.words[position]
            if word in _SPENDING:
                found = self.subject(sentence, position) if position < head - 1 else None
                if found is not None:
                    found.how += ", who spent time on the act"
                return found
            if not word[:1].isalnum() or word in _CLAUSE_STOPS or word in _CONJUNCTIONS or word in _RELATIVES:
                return None
        return None

    def received(self, sentence: _Sentence, head: int, after: int, cue_words: list[int]) -> _Found | None:
        """A noun cue whose holder follows it: "the plan drew criticism from Hungary", "won the backing of Peru".

        The holder is the actor after "from" (or "of"); the target is the
        subject of the receiving verb ("drew", "won", "faced").
        """
        if not cue_words or sentence.words[cue_words[-1]] not in ("from", "of"):
            return None
        agents = self.actors_at(sentence, after)
        if agents is None:
            return None
        index = head - 1
        while index >= 0 and (self.is_filler(sentence, index) or sentence.words[index] in ("a", "an", "the")):
            index -= 1
        if index < 0 or (sentence.words[index],) not in self.rules.words("receiving_verbs"):
            return None
        phrase: tuple[int, int] | None
        if index > 0 and sentence.words[index - 1] == ",":
            # "Hungary blocked the package, drawing condemnation from ...": the receiver is the clause's subject.
            subject = self.clause_subject(sentence, index - 1)
            mention = sentence.mention(subject.group[0]) if subject is not None else None
            if mention is None:
                return None
            phrase = (sentence.mention_first(mention), subject.group[0] + 1) if subject is not None else None
        else:
            phrase = self.noun_phrase_before(sentence, index - 1)
        if phrase is None:
            return None
        found = _Found(agents[0], "actor after the noun, target the receiver", (phrase[1], head))
        found.target = (sentence.starts[phrase[0]], sentence.ends[phrase[1] - 1])
        found.cue_pieces = [(sentence.starts[index], sentence.ends[index])]
        found.negations, found.hedges = self.modality(sentence, phrase[1], index)
        return found

    def read_noun(self, sentence: _Sentence, head: int) -> _Found | None:
        index = head - 1
        while index >= 0 and self.is_filler(sentence, index) and sentence.words[index] not in _POSSESSIVES:
            index -= 1
        negated_by_no = False
        if index >= 0 and sentence.words[index] == "no":
            negated_by_no = True
            index -= 1
        if index < 0:
            return None
        word = sentence.words[index]
        found: _Found | None = None
        modifier = self.modifying_actor(sentence, index)  # "US support for", "Russian criticism of"
        if self.plural_possessive(sentence, index):
            word = "'s"  # "Republicans' criticism of", "the unions' support for": a possessive all the same
        if word == "'s":
            owner = sentence.mention(index - 1)
            if owner is not None:
                found = _Found([self.holder_of(owner)], "possessive", (index, head), subject_noun=True)
            else:
                actor = self.actor_before(sentence, index - 1)
                if actor is not None:
                    found = _Found([actor], "possessive, new actor", (index, head), subject_noun=True)
        elif word in _POSSESSIVES:
            owner = sentence.mention(index)
            light = index - 1
            while light >= 0 and self.is_adverb(sentence, light):
                light -= 1
            if self.light_verb_start(sentence, light) is not None:
                found = self.light_verb_subject(sentence, light)
            elif owner is not None and owner.span.end <= sentence.ends[index]:
                found = _Found([self.holder_of(owner)], "possessive pronoun", (index, head), subject_noun=True)
            elif word in ("our", "my"):
                speaker = self.speaker_around(sentence.starts[index])
                if speaker is not None:
                    found = _Found([speaker], "first person in a quotation", (index, head), subject_noun=True)
            elif word in ("its", "their", "his", "her"):
                found = self.clause_subject(sentence, index)
                if found is not None:
                    found.how = "possessive pronoun, clause subject"
                    found.subject_noun = True
                else:
                    # "The minister said his criticism of the plan stood": in reported words, the speaker's own.
                    pronoun = {"its": "it", "their": "they", "his": "he", "her": "she"}[word]
                    speaker = self.speaker_for_pronoun(sentence.starts[index], pronoun)
                    if speaker is not None:
                        found = _Found([speaker], "possessive pronoun as the speaker", (index, head), subject_noun=True)
                    else:
                        found = self.subject_after_opener(sentence, index, head)
        elif word == "whose" and index >= 2 and sentence.words[index - 1] == ",":
            # "Anna Berg, whose criticism of the plan was sharp, resigned": the name before the relative.
            owner = sentence.mention(self.group_before_place(sentence, index - 2))
            if owner is not None and self.entity_type(owner.entity) in _ACTOR_TYPES:
                found = _Found([self.holder_of(owner)], "relative possessive", (index, head), subject_noun=True)
        elif modifier is not None:
            found = _Found([modifier], "actor before the noun", (index, head), subject_noun=True)
        elif self.light_verb_start(sentence, index) is not None:
            found = self.light_verb_subject(sentence, index)
        elif word in ("a", "an") and self.light_verb_start(sentence, index - 1) is not None:
            # "launched a fresh attack on", "issued a sharp rebuke of": an article after the light verb.
            found = self.light_verb_subject(sentence, index - 1)
        elif word == "the" and index > 0 and sentence.words[index - 1] in _LEADING:
            # "led the criticism of", "has led the opposition to": one leads the act that others join.
            found = self.light_verb_subject(sentence, index - 1)
        if found is not None and negated_by_no:
            found.negations += 1
        return found

    def read_given(self, sentence: _Sentence, head: int) -> _Found | None:
        """The giver and the object of a verb of giving whose thing given is the noun at word ``head``.

        "offered the plan a tepid endorsement", "gave Kyiv its full support", "lent Berlin no support":
        a determiner and fillers before the noun, an object of one to six words before them, and a verb
        of giving before it. Not "gave its support" (no object) nor "gave the staff support" (no
        determiner: the noun may be a modifier, "support staff").
        """
        index = head - 1
        while index >= 0 and self.is_filler(sentence, index) and sentence.words[index] not in _POSSESSIVES:
            index -= 1
        if index < 1 or sentence.words[index] not in _GIVEN_DETERMINERS:
            return None
        negated = sentence.words[index] == "no"
        last = index - 1
        first = last
        while first >= 0 and last - first < _MAX_GIVEN_OBJECT and sentence.words[first] not in _GIVING_VERBS:
            word = sentence.words[first]
            if not sentence.raw[first][:1].isalnum() and word not in ("'s", "'"):
                return None
            if word in _CONJUNCTIONS or word in _CLAUSE_STOPS or word in _AUX or word in _RELATIVES:
                return None
            first -= 1
        if first < 0 or first == last or sentence.words[first] not in _GIVING_VERBS:
            return None
        verb = first
        if sentence.words[verb + 1] in _POSSESSIVES or sentence.words[verb + 1] in ("a", "an", "no"):
            return None  # "gave its backing ...": the thing given follows the verb, no object comes first
        found = self.subject(sentence, verb)
        if found is None:
            return None
        found.how += ", giver"
        found.target = (sentence.starts[verb + 1], sentence.ends[last])
        found.cue_pieces.append((sentence.starts[verb], sentence.ends[verb]))
        if negated:
            found.negations += 1
        return found

    def subject_after_opener(self, sentence: _Sentence, index: int, head: int) -> _Found | None:
        """The subject after an opening phrase that holds the possessive pronoun at word ``index``.

        "In her criticism of the plan, Anna Berg cited ...", "Despite his praise of Putin, Holm voted ...":
        the pronoun points ahead to the subject after the comma, when it fits the pronoun.
        """
        if index == 0 or sentence.words[0] not in _PREPOSITIONS | _ADJUNCT_OPENERS | {"despite", "amid"}:
            return None
        comma = next(
            (place for place in range(index + 1, len(sentence.words)) if sentence.words[place] in _HARD_STOPS), None
        )
        if comma is None or sentence.words[comma] != "," or comma + 2 >= len(sentence.words):
            return None
        first = self.after_title(sentence, comma + 1)
        subject = sentence.mention(first)
        if subject is None or sentence.mention_first(subject) != first:
            return None
        fits = _PRONOUN_FITS[sentence.words[index]]
        wanted = _PRONOUN_GENDER.get(sentence.words[index])
        if wanted is not None and self.draft.genders.get(subject.entity, wanted) != wanted:
            return None  # "After his criticism of the plan, Anna Berg resigned": someone else's
        if self.entity_type(subject.entity) not in fits or not self.looks_like_verb(
            sentence, self.after_mention(sentence, first)
        ):
            return None
        return _Found(
            [self.holder_of(subject)], "possessive pronoun, subject after the opener", (index, head), subject_noun=True
        )

    def read_copula(self, sentence: _Sentence, head: int) -> _Found | None:
        index = head - 1
        while index >= 0:
            word = sentence.words[index]
            if self.is_filler(sentence, index) or word in _BEFORE_COPULA_CUE or word == "among":
                index -= 1
            elif word == "of" and index > 0 and sentence.words[index - 1] == "one":
                index -= 2  # "is one of the fiercest critics of": one of many, a critic all the same
            else:
                article = index
                while article >= 0 and index - article < _MAX_ROLE_MODIFIERS and self.role_modifier(sentence, article):
                    article -= 1
                if article == index or article < 0 or sentence.words[article] not in ("a", "an", "the"):
                    break
                index = article  # "has emerged as a fierce critic of": adjectives of a noun after its article
        if index < 0:
            return None
        if sentence.words[index] == "," and sentence.words[index + 1] in ("a", "an", "one", "among"):
            # An appositive: "Kasich, a longtime critic of Trump, ...".
            owner = sentence.mention(index - 1)
            if owner is None:
                return None
            return _Found([self.holder_of(owner)], f"apposition to {owner.span.text!r}", (index, head))
        copulas = self.rules.words("copulas")
        if not (
            sentence.words[index] in _BE
            or (sentence.words[index],) in copulas
            # "has emerged as one of the fiercest critics of"
            or (index > 0 and sentence.words[index] == "as" and (sentence.words[index - 1], "as") in copulas)
        ):
            return None
        if (
            sentence.words[index] == "'s"
            and (index == 0 or sentence.words[index - 1] not in _S_IS)
            and not (index + 1 == head and sentence.words[head] in _PREDICATE_ADJECTIVES)
        ):
            # "Trump's first against ...": a possessive, not "is"; only "it's", "he's", ... are, and a name's
            # "'s" right before the adjective cue ("Moscow's opposed to", "The union's against").
            return None
        found = self.subject(sentence, index + 1)
        if found is not None:
            # Negation and hedges may also stand after the copula: "is not ready to".
            found.negations, found.hedges = self.modality(sentence, found.group[0], head)
            found.group = (found.group[0], head)
        return found

    def read_owned_role(self, sentence: _Sentence, head: int) -> _Found | None:
        """A role noun whose actor stands before it: "is one of Trump's staunchest supporters", "is a longtime
        Peta supporter", ", an outspoken Oxfam critic,". The copula's subject (or the name an apposition
        follows) holds the stance; the owner, or the name that modifies the noun, is its target."""
        if head + 1 < len(sentence.words) and sentence.words[head + 1] == "of":
            return None  # "a supporter of the plan": the "be supporter of" cue reads it
        index = head - 1
        while index >= 0 and head - index <= _MAX_ROLE_MODIFIERS and self.role_modifier(sentence, index):
            index -= 1
        if index < 1:
            return None
        if sentence.words[index] in ("'s", "’s") or self.plural_possessive(sentence, index):
            index -= 1
        # The name itself, not a longer mention over the noun ("Oxfam's strongest critics" is a group too).
        owner = self.mention_ending(sentence.start, sentence.ends[index])
        if owner is None or self.entity_type(owner.entity) not in _ACTOR_TYPES:
            return None
        first = sentence.index_at(owner.span.start)
        if first is None:
            return None
        while first > 0 and sentence.raw[first - 1][:1].isupper() and is_title(self.draft, sentence.raw[first - 1]):
            first -= 1  # "one of President Trump's staunchest supporters" (a longer mention may hold the title)
        found = self.read_copula(sentence, first)
        if found is None or self.holder_of(owner) in found.holders:
            return None
        found.target = (owner.span.start, owner.span.end)
        return found

    def role_modifier(self, sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` may be an adjective before a role noun: "staunchest", "long-time", "most"."""
        raw = sentence.raw[index]
        word = sentence.words[index]
        return (
            raw.replace("-", "").isalpha()
            and raw.islower()
            and word not in _DETERMINERS
            and word not in _PREPOSITIONS
            and word not in _CONJUNCTIONS
            and word not in _PRONOUNS
            and word not in _AUX
            and word not in _CLAUSE_STOPS
            and (word,) not in self.rules.words("copulas")
            and not self.looks_like_verb_word(word)
        )

    @staticmethod
    def plural_possessive(sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` is the apostrophe of a plural possessive ("the unions' support").

        The apostrophe is glued to a word in -s, and no single quotation is open before it (where it
        would close one: "‘fellow travellers’ support").
        """
        if index < 1 or sentence.words[index] not in ("'", "’"):
            return False
        owner = sentence.words[index - 1]
        if not owner.endswith("s") or sentence.ends[index - 1] != sentence.starts[index]:
            return False
        return "‘" not in sentence.words[:index]

    def modifying_actor(self, sentence: _Sentence, index: int) -> str | None:
        """The actor whose name, ending at word ``index``, modifies a noun cue: "US support for", "Russian
        criticism of", "Senate backing for".

        Not after a verb that gives something to someone: in "gave Assad support for ..." Assad is
        the one given support, not its giver.
        """
        mention = sentence.mention(index)
        if mention is None or sentence.mention(index + 1) is mention:
            return None
        if self.entity_type(mention.entity) not in ("country", "organization", "government"):
            return None
        first = sentence.mention_first(mention)
        if first > 0 and sentence.words[first - 1] in _GIVING:
            return None
        return self.holder_of(mention)

    def light_verb_subject(self, sentence: _Sentence, light: int) -> _Found | None:
        """The subject of the light verb ending at word ``light`` before a noun cue ("voiced support for",
        "stepped up criticism of"); "withdrew its support" negates."""
        start = self.light_verb_start(sentence, light)
        if start is None:
            return None
        found = self.subject(sentence, start)
        if found is not None:
            found.cue_pieces.append((sentence.starts[start], sentence.ends[light]))
            if (sentence.words[light],) in self.rules.words("negating_verbs"):
                found.negations += 1
        return found

    def light_verb_start(self, sentence: _Sentence, index: int) -> int | None:
        """Where the light verb that ends at word ``index`` starts ("voiced", "stepped up"), or None."""
        if index < 0:
            return None
        if self.is_light_verb(sentence, index):
            return index
        _, size = self.phrase_ending(sentence, index, ("light_verbs",))
        return index - size + 1 if size else None

    def is_light_verb(self, sentence: _Sentence, index: int) -> bool:
        if index < 0:
            return False
        key = (sentence.words[index],)
        return key in self.rules.words("light_verbs") or key in self.rules.words("negating_verbs")

    # -- holders -------------------------------------------------------------

    def subject(self, sentence: _Sentence, head: int) -> _Found | None:
        """Walk left from the verb group's head to its subject."""
        index = head - 1
        # Negation and hedges count only in the verb group, not inside an aside
        # the walk skips ("Argentina, which is not a party, supports ...").
        group_start: int | None = None
        aside: tuple[int, int] | None = None
        while index >= 0:
            if sentence.mention(index) is not None:
                break
            word = sentence.words[index]
            if word.isdigit() and len(word) <= 2 and index > 0 and self.is_month(sentence, index - 1):
                index -= 1  # "on March 3": the day after its month
                continue
            month = self.is_month(sentence, index)
            _, size = (None, 0) if month else self.phrase_ending(sentence, index, _SKIPPED_LISTS)
            if size:
                index -= size
                continue
            if not month and (word in _AUX or word in _QUOTES or self.is_adverb(sentence, index)):
                index -= 1
                continue
            if month or word in _TIME_WORDS or (word.isdigit() and len(word) == 4):
                index -= 1
                while index >= 0 and sentence.words[index] in _TIME_LEADS:
                    index -= 1
                continue
            if word == ")":
                depth = 0
                while index >= 0:
                    if sentence.words[index] == ")":
                        depth += 1
                    elif sentence.words[index] == "(":
                        depth -= 1
                        if depth == 0:
                            break
                    index -= 1
                if group_start is None:
                    group_start = index + 1
                index -= 1
                continue
            if word == ",":
                before_aside = self.parenthetical(sentence, index)
                if before_aside is not None:
                    if group_start is None:
                        group_start = index + 1
                    inner = sentence.words[before_aside + 2 : index]
                    if aside is None and tuple(inner) not in _ASIDES and inner[0] not in _COMPARING_ASIDES:
                        # ", however,", ", like Coburn,": no apposition that could name the subject instead.
                        aside = (before_aside + 2, index - 1)
                    index = before_aside
                    continue
                named = index - 1
                while named >= 0 and index - named <= 2 and sentence.words[named].isdigit():
                    named -= 1
                if named < index - 1 and sentence.mention(named) is not None:
                    index = named  # "..., Amalgamated Transit Union Local 714, opposes": the name before its number
            break
        group = (index + 1, head)
        negations, hedges = self.modality(sentence, index + 1 if group_start is None else group_start, head)
        if index < 0:
            return None
        index = self.head_before_of(sentence, self.head_before_from(sentence, self.group_before_place(sentence, index)))
        index = self.apposed_name(sentence, index)
        # An apposition names an unknown subject before a new name does: "Eurofer, the industry association,".
        found = self.subject_at(sentence, index, head, new_names=aside is None)
        if found is None and sentence.words[index] == "to":
            found = self.purpose_subject(sentence, index)
        if found is None and aside is not None and sentence.mention(index) is None:
            found = self.subject_in_aside(sentence, aside, head)
            if found is None:
                found = self.subject_at(sentence, index, head)
        if found is None:
            found = self.counted_part(sentence, index, head)
        if found is None or self.partial_subject(sentence, index, found.holders):
            return None
        found.group = group
        found.negations += negations
        found.hedges += hedges
        return found

    def apposed_name(self, sentence: _Sentence, index: int) -> int:
        """The last word of the name that a description ending at word ``index`` stands beside, else ``index``.

        "Solvara, the Dutch company, which makes Velorin, criticised ...": the walk past the relative clause
        ends at "the Dutch company", which only describes the name before it between commas; the name is the
        subject. A description is a mention after "the", "a" or "an" whose last word is lower case.
        """
        mention = sentence.mention(index)
        if mention is None or not sentence.raw[index].islower() or index + 1 >= len(sentence.words):
            return index
        first = sentence.mention_first(mention)
        if sentence.words[index + 1] != "," or first < 3 or sentence.words[first - 1] not in ("the", "a", "an"):
            return index
        if sentence.words[first - 2] != ",":
            return index
        name = sentence.mention(first - 3)
        if (
            name is None
            or name.entity == mention.entity
            or not sentence.raw[first - 3][:1].isupper()
            or self.entity_type(name.entity) not in _ACTOR_TYPES
        ):
            return index
        return first - 3

    def owner_of_place(self, sentence: _Sentence, mention: Mention) -> Mention:
        """The named actor a place follows by "of": "Lindqvist AgroChem of Germany" is the firm's.

        A country or place after "of" and a person's or organisation's name says where the actor is
        from; the actor is the subject. Otherwise ``mention``.
        """
        if self.entity_type(mention.entity) not in ("country", "other"):
            return mention
        first = sentence.mention_first(mention)
        if first < 2 or sentence.words[first - 1] != "of":
            return mention
        owner = sentence.mention(first - 2)
        if owner is None or self.entity_type(owner.entity) not in ("person", "organization"):
            return mention
        return owner

    def head_before_of(self, sentence: _Sentence, index: int) -> int:
        """The person of "Sofia Brandt of Kestrel Capital criticized ...": her, not the body she is with.

        Word ``index`` ends the subject; when it ends an "of" phrase of capitalised words right
        after a person's name, the name is the subject's head. Otherwise ``index``.
        """
        position = index
        while position > 0 and index - position < 5:
            word = sentence.words[position]
            if word == "of":
                owner = sentence.mention(position - 1)
                is_person = owner is not None and self.draft.entities[owner.entity].type == "person"
                return position - 1 if is_person else index
            if not (sentence.raw[position][:1].isupper() or word == "the"):
                return index
            position -= 1
        return index

    def person_before_apposition(self, sentence: _Sentence, first: int) -> Mention | None:
        """The person a description ending in a body's name stands beside: "Lars Holm, an economist at the
        University of Oslo, who ..." ("who" is Holm, not the university whose name, at word ``first``, is nearest).
        """
        position = first - 1
        while position >= 0 and first - position <= 8 and sentence.words[position] != ",":
            position -= 1
        if position < 1 or sentence.words[position] != "," or sentence.words[position + 1] not in ("a", "an", "the"):
            return None
        person = sentence.mention(position - 1)
        return person if person is not None and self.entity_type(person.entity) == "person" else None

    def group_before_place(self, sentence: _Sentence, index: int) -> int:
        """The head of "Nurses working in clinics across Wales", "historians at the universities of Lyon and
        Lille": the group the places are said of, not the places.

        Word ``index`` ends the subject; when it ends a name (or a list of names) placed by a
        preposition after a group noun, perhaps through a few common nouns and one participle
        ("studying salmon near"), the group noun is the subject's head. Spokesmen placed directly
        ("officials in Beijing", "ministers from Germany and France") speak for the place and keep
        it. Otherwise ``index``.
        """
        place = sentence.mention(index)
        if place is not None:
            if self.entity_type(place.entity) == "group":
                return index
            position = sentence.mention_first(place) - 1
        elif sentence.raw[index][:1].isupper():
            # A name no earlier stage read ("near Bergen"): the capitalised words before it are the name.
            position = index - 1
            while position >= 0 and index - position < 4 and sentence.raw[position][:1].isupper():
                position -= 1
        else:
            return index
        common = 0  # common nouns crossed since the last preposition
        nouns_between = False  # whether a common noun stands between the group and the names
        participle = False
        placed = False  # whether a place preposition was crossed
        while position >= 0 and index - position < 16:
            word = sentence.words[position]
            mention = sentence.mention(position)
            if mention is not None:
                if self.entity_type(mention.entity) == "group":
                    if common and sentence.words[position] not in _COUNT_WORDS:
                        return index  # "Analysts say not everyone in Quito": the group ends before other words
                    if not placed and position < index and self.placed_group(mention):
                        placed = True  # "Voters in Kent, Surrey and Essex": the group holds its first place
                    break  # (a group cut after its quantifier, "Delegates from several", goes on into "clubs")
                if common or participle:
                    return index  # "accused the farmers in Spain", a name inside the chain: not a place list
                position = sentence.mention_first(mention) - 1
                continue
            if word in _PLACE_PREPOSITIONS:
                placed = True
                nouns_between = nouns_between or common > 0
                common = 0
            elif word in (",", "and", "'s") or word in _DETERMINERS or word in _COUNT_WORDS:
                if word == "," and common:
                    return index  # a comma after common nouns ends the phrase
            elif placed and not common and self.is_group(sentence, position):
                break  # the group right before its preposition or participle, not "say not everyone in"
            elif sentence.raw[position][:1].isupper() and not common and not participle:
                pass  # a place no earlier stage named: "Lyon, Lille and Nantes"
            elif word.isalpha() and word.endswith("ing") and placed and not participle:
                participle = True  # "researchers tracking bees near": the participle and its object
                nouns_between = True
                common = 0
            elif word.isalpha() and word.islower() and common < 3 and not self.looks_like_verb_word(word):
                common += 1
            else:
                # "Farmers who have grown barley near Regina": a relative clause of the group holds the place.
                who = position if word == "who" else position - 1
                while who > 0 and sentence.words[who] in _AUX:
                    who -= 1
                if not placed or who < 1 or sentence.words[who] != "who" or not self.is_group(sentence, who - 1):
                    return index
                position = who - 1
                participle = True
                break
            position -= 1
        if position < 0 or index - position >= 16 or not placed:
            return index
        mention = sentence.mention(position)
        head = sentence.mention_first(mention) if mention is not None else position
        if mention is not None:
            # The group's own head word ends the mention's first part: "Ministers" of "Ministers from Germany".
            while head + 1 < len(sentence.words) and sentence.mention(head + 1) is mention:
                if sentence.words[head + 1] in _PLACE_PREPOSITIONS:
                    break
                head += 1
        if sentence.words[head] in _SPOKESMEN and not nouns_between and not participle:
            return index
        return position

    def placed_group(self, mention: Mention) -> bool:
        """Whether a group's mention ends in a place it is placed by: "Voters in Kent", "growers near Lyon"."""
        words = self.text[mention.span.start : mention.span.end].lower().split()
        return any(word in _PLACE_PREPOSITIONS for word in words[1:-1])

    def is_group(self, sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` ends a group: a group's mention or a plural actor noun ("researchers")."""
        mention = sentence.mention(index)
        if mention is not None:
            return self.entity_type(mention.entity) == "group"
        word = sentence.words[index]
        kind = self.rules.holder_nouns.get(word)
        # Bodies in the plural are a group of them too: "Unions in Lyon, Lille and Nantes", "lenders in Ohio".
        return kind == "group" or (kind == "organization" and word.endswith("s") and not word.endswith("ss"))

    def thing_from(self, sentence: _Sentence, preposition: int) -> bool:
        """Whether "from" at ``preposition`` follows a subject noun that names no actor ("demand from Asia",
        "strong buying from funds"): a lower-case noun no stage knows as an actor, opening the sentence."""
        if preposition < 1 or preposition > 3 or sentence.words[preposition] != "from":
            return False
        noun = sentence.words[preposition - 1]
        if (
            not noun.isalpha()
            or not sentence.raw[preposition - 1].islower()
            or sentence.mention(preposition - 1) is not None
            or self.rules.holder_nouns.get(noun) is not None
            or noun in _SPOKESMEN
            or noun in _STATES
            or noun.endswith(("ers", "ists", "ians", "ants", "ents"))
        ):
            return False
        # Only adjectives or a determiner before the noun: "Strong demand", "The weak demand".
        return all(
            word.isalpha() and not self.looks_like_verb_word(word) and sentence.mention(position) is None
            for position, word in enumerate(sentence.words[: preposition - 1])
        )

    def head_before_from(self, sentence: _Sentence, index: int) -> int:
        """The head of "Local councillors from all three main parties": the group before "from", not the parties.

        Word ``index`` ends the subject; when it ends a "from" phrase naming no known actor that
        follows a group noun, the group noun is the subject's head; when it ends a "from" phrase
        after a person's name ("Peter Hale from Ohio"), the name is. Otherwise ``index``.
        """
        place = sentence.mention(index)
        if place is not None or sentence.raw[index][:1].isupper():
            # "Peter Hale from Ohio", "Ana Ruiz from the Sierra Club": the person, not where she is from.
            before = sentence.mention_first(place) - 1 if place is not None else index - 1
            while place is None and before >= 0 and index - before < 5 and sentence.raw[before][:1].isupper():
                before -= 1
            if before >= 1 and sentence.words[before] == "the":
                before -= 1
            after_from = before >= 1 and sentence.words[before] == "from"
            person = sentence.mention(before - 1) if after_from else None
            if person is not None and self.entity_type(person.entity) in ("person", "organization", "group"):
                return before - 1
            if after_from and person is None and place is not None and sentence.raw[before - 1][:1].isupper():
                # "Republican Peter King from New York, ...": a name no stage read fully is still the subject,
                # never the place it comes from.
                return before - 1
            if self.thing_from(sentence, before):
                return before - 1  # "Strong demand from Asia supported prices": demand, no actor, is the subject
            if place is not None:
                return index
        position = index
        while position > 0 and index - position < 6:
            word = sentence.words[position]
            if sentence.mention(position) is not None or not sentence.raw[position][:1].isalnum():
                return index
            if word == "from":
                head = position - 1
                return head if self.rules.holder_nouns.get(sentence.words[head]) == "group" else index
            position -= 1
        return index

    @staticmethod
    def is_month(sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` names a month; "May" only after a time word or before a day ("in May", "May 3")."""
        word = sentence.words[index]
        if word in _MONTHS:
            return True
        if sentence.raw[index] != "May":
            return False
        return (index > 0 and sentence.words[index - 1] in _TIME_LEADS) or (
            index + 1 < len(sentence.words) and sentence.words[index + 1].isdigit()
        )

    def purpose_subject(self, sentence: _Sentence, to: int) -> _Found | None:
        """The doer of a purpose clause: "China summoned the envoy to protest ..." is China's protest.

        Not after a verb whose object does the deed ("urged Vienna to reject ...", "asked members to
        vote ..."), nor after a verb right before "to" (control verbs are read elsewhere).
        """
        position = to - 1
        while position >= 0 and to - position <= 8:
            word = sentence.words[position]
            if (
                word in _LIST_JOINERS
                and sentence.mention(position - 1) is not None
                and sentence.mention(position + 1) is not None
            ):
                position -= 1  # "prompting Oxfam and Greenpeace to ...": a list of objects
                continue
            if word in _HARD_STOPS or word in _CLAUSE_STOPS or word in _CONJUNCTIONS or word in _RELATIVES:
                return None
            if word not in _AUX and (self.looks_like_verb_word(word) or word.startswith(_IMPLICATIVE_CONTROL)):
                if word.startswith(_IMPLICATIVE_CONTROL) and position < to - 1:
                    return self.led_object(sentence, position, to)
                if (
                    position == to - 1
                    or word.startswith(_OBJECT_CONTROL)
                    or self.is_statement_cue(sentence.starts[position])
                ):
                    return None
                found = self.subject(sentence, position)
                if found is not None:
                    found.how = f"subject of {sentence.raw[position]!r}, whose purpose the clause states"
                return found
            position -= 1
        return None

    def led_object(self, sentence: _Sentence, verb: int, to: int) -> _Found | None:
        """The actor a verb at word ``verb`` led to do what follows "to": "prompting Oxfam to criticise the move",
        "forced the unions to back the deal". The object is one actor (or a list of them) between the verb and
        "to"; not when the verb is negated ("did not force Oxfam to ...")."""
        if verb > 0 and sentence.words[verb - 1] in ("not", "n't", "never"):
            return None
        mention = sentence.mention(to - 1)
        if mention is not None:
            first = sentence.mention_first(mention)
            holders = self.coordinated(sentence, mention)
            start = first
            while start > verb + 1 and (
                sentence.words[start - 1] in ("the", ",", "and", "&", "both") or sentence.mention(start - 1) is not None
            ):
                start -= 1  # "prompting Oxfam and Greenpeace to ...": the list's other items
            if start != verb + 1:
                return None
        else:
            phrase = self.actor_phrase(sentence, verb + 2 if sentence.words[verb + 1] == "the" else verb + 1)
            if phrase is None or phrase[1] != to:
                return None
            holders = [phrase[0]]
        return _Found(holders, f"object of {sentence.raw[verb]!r}, led to the deed", (verb, to))

    def adjunct_subject(self, sentence: _Sentence, opener: int) -> _Found | None:
        """The doer of an -ing adjunct opened by the word at ``opener``: the subject of the clause it is in.

        "The guild backed the mayor after accusing her rival of ...", "Germany angered Paris by criticizing the
        plan", "Before backing the plan, Germany asked for changes": the guild accuses, Germany criticizes
        and backs. The verb the adjunct follows is at most a few words before it, in the same clause.
        """
        if opener == 0:
            # Sentence-initial: the subject follows the adjunct's comma.
            for comma in range(1, min(len(sentence.words) - 1, _MAX_TARGET)):
                if sentence.words[comma] in _ENDS and sentence.words[comma] != ",":
                    return None
                if sentence.words[comma] == ",":
                    mention = sentence.mention(comma + 1)
                    if mention is None or not self.looks_like_verb(sentence, self.after_mention(sentence, comma + 1)):
                        return None
                    return _Found(
                        self.coordinated(sentence, mention), "subject of the clause after the adjunct", (0, 0)
                    )
            return None
        position = opener - 1
        if sentence.words[position] == ",":
            position -= 1  # "Germany backed the plan, while criticizing its cost"
        while position >= 0 and opener - position <= _MAX_ADJUNCT_GAP:
            word = sentence.words[position]
            if word in _HARD_STOPS or word in _CLAUSE_STOPS or word in _CONJUNCTIONS or word in _RELATIVES:
                return None
            if (
                sentence.mention(position) is None
                and word not in _AUX
                and self.looks_like_verb(sentence, position)
                and not (position > 0 and sentence.words[position - 1] in _DETERMINERS)  # "the plan" is a noun
                # "played upon Trump's vulnerabilities by ...": what an owner has is a noun
                and not (
                    position > 1 and sentence.words[position - 1] == "'s" and sentence.words[position - 2] not in _S_IS
                )
            ):
                found = self.subject(sentence, position)
                if found is not None:
                    found.how = f"subject of {sentence.raw[position]!r}, whose adjunct holds the cue"
                return found
            position -= 1
        return None

    def after_mention(self, sentence: _Sentence, index: int) -> int:
        """The word after the mention at word ``index``."""
        mention = sentence.mention(index)
        while index < len(sentence.words) and mention is not None and sentence.mention(index) is mention:
            index += 1
        return index

    def subject_in_aside(self, sentence: _Sentence, aside: tuple[int, int], head: int) -> _Found | None:
        """The subject named by an apposition when the words before it name no known actor.

        "The drivers' union, Amalgamated Transit Union Local 714, opposes ...": the name's mention;
        "Eurofer, the industry association, praised ...": the association, an actor noun.
        """
        first, last = aside
        if not 0 <= first <= last < len(sentence.words) or sentence.words[first] in ("who", "which", "whose", "where"):
            return None
        if sentence.words[first : first + 2] == ["one", "of"]:
            return None  # "Rheinkasse, one of the largest insurers,": a class the subject belongs to, not its name
        for position in range(first, last + 1):
            mention = sentence.mention(position)
            if mention is not None and sentence.raw[first][:1].isupper():
                return _Found([self.holder_of(mention)], "name in apposition to the subject", (position, head))
        named = self.described_person(sentence, first, last)
        if named is not None:
            return _Found([named.entity], "described name in apposition to the subject", (last, head))
        if any(word in _PREPOSITIONS for word in sentence.words[first:last]):
            return None  # "Cotton, a rising star in the party,": the party is no name of the subject
        actor = self.actor_before(sentence, last)
        return _Found([actor], "actor noun in apposition to the subject", (last, head)) if actor else None

    def described_person(self, sentence: _Sentence, first: int, last: int) -> Mention | None:
        """The person an apposition from word ``first`` to ``last`` names after "the" and a few describing words.

        "The party's biggest donor, the Leeds engineer Tom Baker, has backed ...": the aside is the
        subject's name, a person's, after what he is.
        """
        person = sentence.mention(last)
        if sentence.words[first] != "the" or person is None or self.entity_type(person.entity) != "person":
            return None
        start = sentence.mention_first(person)
        if not first + 1 < start <= first + 4:
            return None
        for position in range(first + 1, start):
            word = sentence.words[position]
            if not word[0].isalnum() or word in _PREPOSITIONS or word in _CONJUNCTIONS:
                return None
            if sentence.mention(position) is None and self.looks_like_verb_word(word):
                return None
        return person

    def counted_part(self, sentence: _Sentence, index: int, head: int) -> _Found | None:
        """The holder of "Of the 63 people who spoke, 41 urged ...": a count after a fronted "of the" phrase.

        The part is a group of its own, named by the count and the whole ("41 of the 63 people who
        spoke"), its mention the count; the whole must hold a group of people ("Of the 12 councillors").
        """
        word = sentence.words[index]
        if not (word.isdigit() or word in _NUMBER_WORDS) or index < 4 or sentence.words[index - 1] != ",":
            return None
        if sentence.words[:2] != ["of", "the"]:
            return None
        if not any(self.names_people(sentence, position) for position in range(2, index - 1)):
            return None
        begin, end = sentence.starts[index], sentence.ends[index]
        name = f"{sentence.raw[index]} {self.text[sentence.starts[0] : sentence.ends[index - 2]].lower()}"
        entity_id = self.names().get(_name_key(name))
        if entity_id is None:
            entity_id = self.draft.new_id("e")
            while entity_id in self.draft.entities:
                entity_id = self.draft.new_id("e")
            self.draft.add_entity(Entity(entity_id, name, "group"), rule=NEW_ACTOR_RULE, words=name)
            self.names()[_name_key(name)] = entity_id
        self.add_mention(entity_id, begin, end)
        return _Found([entity_id], "a count of the group named before it", (index, head))

    def names_people(self, sentence: _Sentence, position: int) -> bool:
        """Whether word ``position`` names a group of people: in a group's mention, a group's actor noun, or
        "people" itself (no actor noun: "people" alone says nothing of who, but "of the 63 people" does)."""
        mention = sentence.mention(position)
        if mention is not None:
            return self.entity_type(mention.entity) == "group"
        word = sentence.words[position]
        return word == "people" or self.rules.holder_nouns.get(word) == "group"

    def partial_subject(self, sentence: _Sentence, index: int, holders: Sequence[str]) -> bool:
        """Whether the subject ending at word ``index`` denies it holds for all of its actor (``holders``).

        "Not everyone in Santiago supports ...", "Not all Republicans back ...", "Few in Lima
        welcome ...": some of the actor does, some does not, so the actor holds no stance.
        """
        start = index
        while start > 0 and index - start < 8:
            word = sentence.words[start - 1]
            if (
                not word[:1].isalnum()
                or word in _CLAUSE_STOPS
                or word in _CONJUNCTIONS
                or self.looks_like_verb_word(word)
                or self.is_statement_cue(sentence.starts[start - 1])
            ):
                break
            start -= 1
        first = sentence.words[start]
        second = sentence.words[start + 1] if start + 1 <= index else ""
        if first == "not" and second in _UNIVERSAL_QUANTIFIERS:
            return True
        if first in _FEW_QUANTIFIERS or (first == "no" and second == "one"):
            return True
        part = self.partitive_part(sentence, start, index)
        if part is None:
            return False
        speaks_for_group = bool(holders) and all(self.entity_type(holder) == "group" for holder in holders)
        return not (part in _GROUP_VOICES and speaks_for_group)

    @staticmethod
    def partitive_part(sentence: _Sentence, start: int, index: int) -> str | None:
        """The word that makes the subject a part of its actor ("at least 24 of the 27 member states", "some of
        the unions"), or None.

        The part holds the stance, not the actor the mention names, so no stance is read, except for a
        group of people that the part speaks for (``_GROUP_VOICES``).
        """
        mention = sentence.mention(index)
        # "of the" inside the mention or the noun phrase ("at least 24 of the 27 member states") or right
        # before it ("two of the unions"), not before a clause that names it ("one of the reasons that China").
        first = sentence.mention_first(mention) if mention is not None else index - _MAX_PARTITIVE_NOUN
        nearest = max(start, 1, first - 2)
        for position in range(nearest, index - 1):
            if sentence.words[position] == "of" and sentence.words[position + 1] in _DEFINITE:
                # "of the": a part of a known whole; "hundreds of teachers" counts the whole.
                part = sentence.words[position - 1]
                if part in _PARTITIVES or part.isdigit():
                    return part
        return None

    def subject_at(self, sentence: _Sentence, index: int, head: int, *, new_names: bool = True) -> _Found | None:
        mention = sentence.mention(index)
        word = sentence.words[index]
        if mention is not None and word in ("he", "she") and self.entity_type(mention.entity) not in ("person", None):
            # Coreference gave "he" to a country or an organisation: read the pronoun as unresolved.
            mention = None
        if mention is not None:
            if word in _FIRST_PERSON:
                speaker = self.speaker_around(sentence.starts[index])
                if speaker is not None:
                    return _Found([speaker], "first person in a quotation", (index, head))
            speaker = self.reported_speaker(sentence, index, mention) if word in _PRONOUNS else None
            if speaker is not None:
                return _Found(
                    self.speaking_for(speaker), f"pronoun {sentence.raw[index]!r} as the speaker", (index, head)
                )
            first = sentence.mention_first(mention)
            possessor = self.possessor_before_modifier(sentence, first)
            if possessor is not None:
                return _Found([possessor], "possessor of the subject", (index, head))
            if index == 1 and sentence.words[0] == "the" and (word,) in self.rules.words("report_nouns"):
                issuer = self.issuer_before(sentence, index)
                if issuer is not None:
                    return _Found([issuer], f"issuer of the report noun {sentence.raw[index]!r}", (index, head))
            holders = self.coordinated(sentence, mention)
            # "Lopez and other officials criticized ...": the named actors and the group.
            holders = [*self.named_before_other(sentence, first - 1), *holders]
            how = f"subject {mention.span.text!r}" if len(holders) == 1 else "coordinated subjects"
            found = _Found(holders, how, (index, head))
            if first > 0 and sentence.words[first - 1] in _RELATIVES and sentence.mention(first - 1) is None:
                found.relative = first - 1
            return found
        if word == ",":
            before_report = self.report_aside_before(sentence, index)
            if before_report is not None:
                # "The ministry, the BBC reported, rejected ...": the medium or source reports; the subject
                # before the aside holds the stance.
                reported = self.subject_at(sentence, before_report, head, new_names=new_names)
                if reported is not None:
                    return reported
        if word == ",":
            members = self.members_named(sentence, index)
            if members is not None:
                return _Found(members, "members named in apposition to a plural noun", (index, head))
        if word in _CONJUNCTIONS or word in (",", "nor"):
            shared = self.clause_subject(sentence, index)
            inherited = self.inherited(sentence, index, after=shared.group[0] if shared is not None else -1)
            joined = (
                _Found(inherited[1], "shared subject of coordinated verbs", (index, head), shared_with=inherited[0])
                if inherited is not None
                else shared
            )
            if joined is not None and self.negated_conjunct(sentence, index, shared):
                # "did not sign or endorse", "neither backed nor opposed": the negation reaches this verb too.
                joined.negations += 1
            if inherited is not None:
                return joined
            if shared is not None:
                shared.how = "shared subject of the clause"
            return shared
        if word in ("who", "which"):
            before = index - 1
            if before >= 0 and sentence.words[before] == ",":
                before -= 1
            if before >= 0:
                # "growers in the hills near Lyon, who ...": the growers, not the place.
                before = self.group_before_place(sentence, before)
            owner = sentence.mention(before)
            if owner is not None and word == "who" and self.entity_type(owner.entity) != "person":
                owner = self.person_before_apposition(sentence, sentence.mention_first(owner)) or owner
            if owner is not None:
                return _Found(self.coordinated(sentence, owner), "relative clause", (index, head))
            actor = self.actor_before(sentence, before)
            return _Found([actor], "relative clause", (index, head)) if actor is not None else None
        if word in _FIRST_PERSON:
            speaker = self.speaker_around(sentence.starts[index])
            if speaker is not None:
                return _Found([speaker], "first person in a quotation", (index, head))
            return None
        if word in _PRONOUNS:
            speaker = self.speaker_for_pronoun(sentence.starts[index], word)
            if speaker is None:
                speaker = self.described_speaker(sentence.starts[index], word)
            if speaker is not None:
                return _Found(
                    self.speaking_for(speaker), f"pronoun {sentence.raw[index]!r} as the speaker", (index, head)
                )
            return None
        if word in _PREPOSITIONS or word in _DETERMINERS or not word[0].isalnum():
            return None
        if word == "others":
            # "House Speaker Paul Ryan and others criticized ...": the named actors hold it.
            before = index - 1
            if before >= 0 and sentence.words[before] in _SOME_OTHERS:
                before -= 1
            other = sentence.mention(before - 1) if before >= 1 and sentence.words[before] in ("and", "&") else None
            if other is None:
                return None
            return _Found(self.coordinated(sentence, other), "subject coordinated with 'others'", (index, head))
        if (word,) in self.rules.words("report_nouns"):
            author = self.report_author(sentence, index)
            if author is not None:
                return _Found([author], f"author of the report noun {sentence.raw[index]!r}", (index, head))
        if self.rules.holder_nouns.get(word) is None:
            # "Moore, Steinem and other speakers attacked ...": the named actors hold it, as with "and others".
            named = self.named_before_other(sentence, index - 1)
            if named:
                return _Found(named, "subject coordinated with 'other ...'", (index, head))
        actor = self.actor_before(sentence, index, trades=True)
        if actor is None:
            # "Rubio took aim at Trump": a name no earlier stage read is the subject when it is clearly a name,
            # and the verb agrees with one ("Alberta protest buffer law" is a noun phrase, no "Alberta protests").
            if (
                not new_names
                or not self.agrees_with_name(sentence, index, head)
                or self.name_ending(sentence, index) is None
            ):
                return None
            return self.subject_at(sentence, index, head)
        holders = [actor]
        start = index
        while start > 0 and sentence.mention(start - 1) is None and sentence.words[start - 1] not in _CONJUNCTIONS:
            if not sentence.raw[start - 1][0].isalnum() or index - start > 5:
                break
            start -= 1
        if start > 1 and sentence.words[start - 1] in ("and", "&"):
            # "Poland and the Baltic states": a known actor coordinated with the phrase.
            other = sentence.mention(start - 2)
            if other is not None:
                holders = [*self.coordinated(sentence, other), actor]
        return _Found(holders, f"subject {self.text[sentence.starts[start] : sentence.ends[index]]!r}", (index, head))

    def members_named(self, sentence: _Sentence, comma: int) -> list[str] | None:
        """The actors an apposition ending at ``comma`` names after a plural actor noun, each a holder.

        "Two Liberal members, Ann Cole and Tom Reid, voted against ...": Cole and Reid vote, and the
        members are no third holder. The apposition is a list of names joined by "and" (and commas); a
        name no earlier stage read is a person's ("Jo Marsh and Ben Lake"), as the plural noun of people
        before it says.
        """
        opening = comma - 1
        while opening > 0 and comma - opening <= 12:
            word = sentence.words[opening]
            if word == "," and _is_plural_actor(self.rules.holder_nouns, sentence.words[opening - 1]):
                break
            if word not in (",", "and") and not (sentence.raw[opening][:1].isupper() and word.isalpha()):
                return None
            opening -= 1
        else:
            return None
        noun_kind = self.rules.holder_nouns[sentence.words[opening - 1]]
        if opening + 3 >= comma or "and" not in sentence.words[opening + 1 : comma]:
            return None
        holders: list[str] = []
        first = opening + 1
        for position in range(opening + 1, comma + 1):
            if position < comma and sentence.words[position] not in ("and", ","):
                continue
            if position == first:
                return None
            mention = sentence.mention(position - 1)
            if mention is None and noun_kind == "group" and 2 <= position - first <= 3:
                mention = self.name_at(sentence, first, position - 1, kind="person")
            if mention is None or sentence.mention_first(mention) != first:
                return None
            holders.append(self.holder_of(mention))
            first = position + 1
        return holders

    def report_author(self, sentence: _Sentence, noun: int) -> str | None:
        """The actor named before a report noun that is a subject: the report's author.

        "A 2015 Amnesty International report accused ...", "a Kremlin statement welcomed ...", "the
        union's open letter condemned ...": the name right before the noun, or the owner before "'s" and
        up to two describing words.
        """
        before = noun - 1
        mention = sentence.mention(before) if before >= 0 else None
        if mention is None:
            position = before
            while position >= 0 and noun - position <= 3 and sentence.raw[position].isalpha():
                if sentence.raw[position].isupper() or self.looks_like_verb_word(sentence.words[position]):
                    return None
                position -= 1
            if position < 1 or sentence.words[position] != "'s":
                return None
            mention = sentence.mention(position - 1)
        if mention is None or self.entity_type(mention.entity) not in _ACTOR_TYPES:
            return None
        return self.holder_of(mention)

    def issuer_before(self, sentence: _Sentence, noun: int) -> str | None:
        """Who issued "the statement" or "the report" that opens a sentence: the subject of the sentence before,
        when it issued one ("The EU issued a statement on Friday. The statement welcomed ...").

        The actor is the last one named before the verb of issuing in that sentence: the gold credits the
        body that issues a document with what it says.
        """
        index = self.draft.sentence_index(sentence.start)
        if not index:
            return None  # the first sentence (or none): nothing was issued before it
        offset = self.draft.sentences[index - 1][0]
        previous = self.text[offset : sentence.start]
        issued = None
        for issued in _ISSUED.finditer(previous):
            if issued.group("noun").lower() == sentence.words[noun]:
                break
        else:
            return self.speaker_with_document(offset, sentence.start, sentence.words[noun])
        verb_start = offset + issued.start()
        low = bisect.bisect_left(self.mention_starts, offset)
        high = bisect.bisect_left(self.mention_starts, verb_start)
        for mention in reversed(self.mentions[low:high]):
            if mention.span.end <= verb_start and self.entity_type(mention.entity) in _ACTOR_TYPES:
                return self.holder_of(mention)
        return None

    def speaker_with_document(self, start: int, end: int, noun: str) -> str | None:
        """The speaker of the one statement between offsets ``start`` and ``end`` whose sentence names the
        document ("In a statement, the ministry said ... . The statement welcomed ..."); else None."""
        if not re.search(rf"\b{re.escape(noun)}\b", self.text[start:end], re.IGNORECASE):
            return None
        low = bisect.bisect_left(self.cue_starts, start)
        high = bisect.bisect_left(self.cue_starts, end)
        speakers = {self.statement_by_cue[cue].speaker for cue in self.cue_starts[low:high]}
        if len(speakers) != 1:
            return None
        (speaker,) = speakers
        return speaker if speaker is not None and self.entity_type(speaker) in _ACTOR_TYPES else None

    def entity_type(self, entity_id: str) -> str | None:
        entity_id = self.settled.get(entity_id, entity_id)
        if entity_id in self.pending_kinds:
            return self.pending_kinds[entity_id]
        entity = self.draft.entities.get(entity_id)
        return entity.type if entity is not None else None

    def bodies(self, holders: list[str]) -> bool:
        """Whether every holder is a body, an organisation or a government, and no person, group or country."""
        return all(self.entity_type(holder) in ("organization", "government") for holder in holders)

    def possessor_before_modifier(self, sentence: _Sentence, first: int) -> str | None:
        """For "Beijing's ambassador in Vientiane praised ...": the possessor (China), not the place.

        Applies when the subject's last mention sits in a prepositional phrase
        after an actor noun that a known actor possesses.
        """
        if first < 4 or sentence.words[first - 1] not in ("in", "at", "to"):
            return None
        noun = first - 2
        if self.rules.holder_nouns.get(sentence.words[noun]) is None:
            return None
        if sentence.words[noun - 1] != "'s":
            return None
        owner = sentence.mention(noun - 2)
        return self.holder_of(owner) if owner is not None else None

    def parenthetical(self, sentence: _Sentence, comma: int) -> int | None:
        """The word before a parenthetical that ends at ``comma`` (", the minister,"; ", Mao said,"), if it is one."""
        index = comma - 1
        while index >= 0 and sentence.words[index] not in (",", "(", ";"):
            index -= 1
        if index < 1 or sentence.words[index] != ",":
            return None
        inner = sentence.words[index + 1 : comma]
        if tuple(inner) in _ASIDES:
            return index - 1
        # A relative clause may run long ("Christie, who has campaigned ... since February, blasted ..."), and
        # so may an apposition that ends in one ("Swanson, a mental health expert who has conducted ...,").
        relative = next(
            (place for place, word in enumerate(inner) if word in ("who", "whose", "that", "which")), len(inner)
        )
        # ", director of the state's wildlife department and its former ...,": a role without an article.
        role = len(inner) > 2 and inner[1] in ("of", "for", "at") and is_title(self.draft, inner[0])
        long_ok = (
            inner[:1] in (["who"], ["which"], ["whose"]) or (inner[:1] in (["a"], ["an"]) and relative < 6) or role
        )
        if not inner or len(inner) > (30 if long_ok else 12):
            return None
        starts_like_aside = (
            inner[0] in ("who", "which", "whose", "where", "a", "an", "the")
            or inner[0] in _TIME_LEADS
            or role
            or inner[:2] == ["one", "of"]  # ", one of the country's largest unions,"
            or inner[0] in _COMPARING_ASIDES  # ", like Coburn,": someone else, compared
            or (len(inner) > 2 and inner[1] == "by" and inner[0].isalpha())  # ", hit by a strong currency,"
            # ", Japan's closest ally,": a possessive noun phrase names the subject again.
            or (
                len(inner) > 2
                and inner[1] == "'s"
                and sentence.mention(index + 1) is not None
                and not any(self.looks_like_verb_word(word) for word in inner[2:])
            )
        )
        low = bisect.bisect_left(self.cue_starts, sentence.starts[index])
        cue_inside = low < len(self.cue_starts) and self.cue_starts[low] < sentence.starts[comma]
        if not (starts_like_aside or cue_inside):
            return None
        if inner[0] in ("a", "an", "the") and any(self.looks_like_verb_word(word) for word in inner[1:relative]):
            return None
        return index - 1

    def has_contracted(self, sentence: _Sentence, before: int, after: int) -> bool:
        """Whether the "'s" at word ``before`` is "has" before a participle: "She's backed the plan".

        Only after a pronoun ("he", "she", "it", "who"), and not before "to" ("He's expected to"); a passive
        with "by" is read before this.
        """
        return (
            before > 0
            and sentence.words[before] == "'s"
            and sentence.words[before - 1].lower() in _HAS_CONTRACTED
            and sentence.words[after : after + 1] != ["to"]
        )

    def after_is(self, word: str) -> bool:
        """Whether a word after "'s" makes it "is"/"has" ("Moscow's ready", "'s agreed"), not a possessive."""
        return self.looks_like_verb_word(word) or word.endswith("ing") or word in _PREDICATE_ADJECTIVES

    def looks_like_verb_word(self, word: str) -> bool:
        """Whether a word is surely a verb (an auxiliary or a past form), so no part of a noun phrase."""
        return (
            word in _AUX
            or word in self.rules.past_forms
            or word in _SURE_PAST
            or (word.endswith("ed") and len(word) > 4)
        )

    def is_participle(self, word: str) -> bool:
        """Whether a word may be the past participle that opens an aside (", imposed by", ", set by")."""
        return self.looks_like_verb_word(word) or word.endswith("ed") or word in _IRREGULAR_PARTICIPLES

    def report_aside_before(self, sentence: _Sentence, comma: int) -> int | None:
        """The word before an aside ", X reported," or ", X said," that ends at ``comma``; else None.

        The aside is a few words that end in a verb of saying the statement stage read and open with a
        comma after a word of the subject.
        """
        verb = comma - 1
        if verb < 2 or not self.is_statement_cue(sentence.starts[verb]):
            return None
        opening = verb - 1
        while opening > 0 and verb - opening <= 5 and sentence.words[opening] != ",":
            if not sentence.words[opening][:1].isalnum() or sentence.words[opening] in _CONJUNCTIONS:
                return None
            opening -= 1
        if opening < 1 or sentence.words[opening] != "," or opening + 1 >= verb:
            return None
        if sentence.mention(opening - 1) is None and self.rules.holder_nouns.get(sentence.words[opening - 1]) is None:
            return None
        return opening - 1

    def is_statement_cue(self, offset: int) -> bool:
        index = bisect.bisect_left(self.cue_starts, offset)
        return index < len(self.cue_starts) and self.cue_starts[index] == offset

    def named_before_other(self, sentence: _Sentence, other: int) -> list[str]:
        """The actors named before "and (many) other" at word ``other`` ("Moore, Steinem and other ..."), or []."""
        if other < 2 or sentence.words[other] != "other":
            return []
        before = other - 1
        if sentence.words[before] in _SOME_OTHERS:
            before -= 1
        named = sentence.mention(before - 1) if before >= 1 and sentence.words[before] in ("and", "&") else None
        return self.coordinated(sentence, named, listed=True) if named is not None else []

    def coordinated(self, sentence: _Sentence, mention: Mention, *, listed: bool = False) -> list[str]:
        """The entities of a mention and the mentions coordinated before it ("Germany, France and Italy").

        ``listed`` says an "and" after the mention already made it the end of a list, so a comma
        alone before it joins another name ("Moore, Steinem and other speakers").
        """
        holders = self.spoken_for(mention) or [self.holder_of(mention)]
        index = self.before_role(sentence, self.before_title(sentence, sentence.mention_first(mention) - 1))
        while index >= 1:
            if sentence.words[index] not in (",", "and", "&"):
                break
            separator_end = index
            while index >= 1 and sentence.words[index] in (",", "and", "&"):
                index -= 1
            separators = sentence.words[index + 1 : separator_end + 1]
            if len(holders) == 1 and not listed and not {"and", "&"} & set(separators):
                break  # "According to diplomats, the United States ...": a comma alone joins no list
            if separators[0] == "," and sentence.mention(index) is None:
                # "Senator Ruiz, who chairs the committee, and Senator Okafor criticized ...": each name may
                # have an aside of its own.
                before_aside = self.parenthetical(sentence, index + 1)
                if before_aside is not None and sentence.words[before_aside + 2] in _APPOSITION_OPENERS:
                    index = before_aside
            other = sentence.mention(index)
            if other is None and "and" in separators:
                other = self.name_ending(sentence, index)  # "Rubio and Cruz took aim at ..."
            if other is None and ("and" in separators or (len(holders) > 1 and self.list_item_at(sentence, index))):
                # "FIM-CISL and UILM condemned ...", and "FIM-CISL, FIOM and UILM" once "and" made it a list
                # (not "Speaking on RAI, FIOM and UILM ...": a word ending a longer phrase is no item).
                other = self.acronym_at(sentence, index)
            if other is None and "and" in separators:
                # "The farmers' union and the Green Party opposed ...": an actor noun phrase joined to a name.
                actor = self.actor_before(sentence, index)
                if actor is not None and actor not in holders:
                    holders.insert(0, actor)
                break
            if other is None or self.holder_of(other) in holders:
                break
            if sentence.words[index] == "'s":
                break
            holders.insert(0, self.holder_of(other))
            index = self.before_role(sentence, self.before_title(sentence, sentence.mention_first(other) - 1))
        return holders

    def before_role(self, sentence: _Sentence, index: int) -> int:
        """The separator before one or two lower-case role words that end at word ``index``, else ``index``.

        "Filmmaker Michael Moore and singer Alicia Keys criticized ...", "Moore, feminist icon Gloria Steinem
        and ...", "The Greens and the independent senator Rhys Pollard ...", "Unite and the Labour MP Diane
        Okafor ...": a role no title list knows still leaves the name an item of the list.
        """
        position = index
        while position >= 1 and index - position < 2:
            word = sentence.words[position]
            raw = sentence.raw[position]
            following = sentence.raw[position + 1]
            # A party's adjective before a role or title: "Labour MP Diane Okafor", "Conservative councillor".
            party = raw.isalpha() and raw[:1].isupper() and (following.islower() or is_title(self.draft, following))
            if (
                not (raw.isalpha() and (raw.islower() or party))
                or sentence.mention(position) is not None
                or word in _DETERMINERS
                or word in _PREPOSITIONS
                or word in _CONJUNCTIONS
                or word in _PRONOUNS
                or word in _AUX
                or word in _CLAUSE_STOPS
                or word in self.rules.verb_forms
                or self.looks_like_verb_word(word)
                or self.is_statement_cue(sentence.starts[position])
            ):
                break
            position -= 1
        if position < index and position >= 1 and sentence.words[position] == "the":
            position -= 1  # "The Greens and the independent senator Rhys Pollard refused ..."
        if position == index or position < 1 or sentence.words[position] not in (",", "and", "&"):
            return index
        named = sentence.mention(index + 1)
        after = index + 1
        while (
            named is None
            and after + 1 < len(sentence.words)
            and after - index < 3
            and sentence.raw[after][:1].isupper()
        ):
            after += 1  # "the independent MP Sarah Cole": a title the entity stage left out of the name
            named = sentence.mention(after)
        if named is None or self.entity_type(named.entity) != "person":
            return index  # a role goes before a person's name
        if (
            sentence.mention(position - 1) is None
            and not sentence.raw[position - 1][:1].isupper()
            and not (sentence.words[position + 1] == "the" and sentence.words[position - 1] in self.rules.holder_nouns)
        ):
            # The list's item before the separator is a name too, or an actor noun before "the" ("The union and
            # the veteran campaigner Ali Khan ...").
            return index
        return position

    def before_title(self, sentence: _Sentence, index: int) -> int:
        """The word before a title or "the" that ends at word ``index`` and that the entity stage left out
        of the name after it ("Representative" of "Representative Jose Baylon", "the" of "the Green
        Party"); else ``index``."""
        if index >= 0 and sentence.words[index] == "the" and sentence.mention(index) is None:
            return index - 1
        first = index
        while (
            first >= 0
            and index - first < 3
            and sentence.mention(first) is None
            and sentence.raw[first][:1].isupper()
            and is_title(self.draft, self.text[sentence.starts[first] : sentence.ends[index]])
        ):
            first -= 1
        return first if first < index else index

    def negated_conjunct(self, sentence: _Sentence, conjunction: int, subject: _Found | None) -> bool:
        """Whether a verb after "or"/"nor" is under the negation of the verb before it."""
        word = sentence.words[conjunction]
        if word == "nor":
            return True
        if word != "or":
            return False
        start = subject.group[0] + 1 if subject is not None else 0
        return any(sentence.words[index] in ("not", "n't", "never") for index in range(start, conjunction))

    def inherited(self, sentence: _Sentence, index: int, after: int = -1) -> tuple[int, list[str]] | None:
        """The position and holders of the nearest earlier cue in the sentence, for "advocated X and criticized Y".

        Only a cue after word ``after`` counts: a clause subject nearer than
        the cue ("Peru backed X, but Bolivia refused Y and called for Z")
        starts a clause of its own.
        """
        for position, holders in reversed(self.holders_in.get(sentence.start, [])):
            if after < position < index:
                return position, holders
            if position <= after:
                break
        return None

    def clause_subject(self, sentence: _Sentence, index: int, *, author: bool = False) -> _Found | None:
        """The nearest earlier mention that starts a clause and is followed by a verb.

        ``author`` says word ``index`` is a report noun the mention made ("posted a statement"): a
        statement read from that verb does not hide its subject (see ``reports``).
        """
        position = index - 1
        while position >= 0:
            mention = sentence.mention(position)
            if mention is not None:
                first = sentence.mention_first(mention)
                after = position + 1
                organ = self.owned_organ(sentence, position)
                if organ is not None:
                    # "Its commission said ... and urged": the body's organ, named after its possessive, acts.
                    mention, after = organ
                others = self.others_after(sentence, after)
                if others is not None:
                    after = others  # "Google and other tech companies pushed back, criticizing ...": the named ones
                appositive = False
                comma = after if after < len(sentence.words) and sentence.words[after] == "," else None
                if comma is not None:
                    # "Her rival, state Treasurer Mark Ellison, has also courted ...": skip to the verb;
                    # "Its president, Omar Touray, urged ...": the mention is the aside, the verb follows.
                    closing = self.after_aside(sentence, after)
                    appositive = closing == after
                    after = after + 1 if appositive else closing
                if (
                    not appositive
                    and after + 1 < len(sentence.words)
                    and sentence.words[after] == "of"
                    and (sentence.words[after + 1] == "the" or sentence.raw[after + 1][:1].isupper())
                ):
                    # "Senator Valentina Roca of the centre-right opposition wrote ...": the verb follows
                    # the "of" phrase; it must look like a verb by more than a final "s" ("survey vessels").
                    following = after + 1
                    while (
                        following < len(sentence.words)
                        and following - after <= _MAX_OF_PHRASE
                        and sentence.words[following][:1].isalnum()
                        and not self.looks_like_verb(sentence, following)
                    ):
                        following += 1
                    if following - after <= _MAX_OF_PHRASE and following < len(sentence.words):
                        verb = sentence.words[following]
                        if verb in _AUX or verb.endswith("ed") or self.is_statement_cue(sentence.starts[following]):
                            after = following
                auxiliary = False
                while after < len(sentence.words) and (
                    sentence.words[after] in _AUX
                    or self.is_adverb(sentence, after)
                    or (sentence.words[after],) in self.rules.words("negators")
                ):
                    auxiliary = auxiliary or sentence.words[after] in _AUX
                    after += 1
                # The noun phrase may start before the mention: "The Pacific Islands Forum", "Minister Claire Dumont",
                # "Mr. Sanders" (the abbreviation's full stop a word of its own).
                while first > 0 and (
                    sentence.words[first - 1] in ("the", "a", "an")
                    or sentence.raw[first - 1][:1].isupper()
                    or (sentence.raw[first - 1] == "." and first > 1 and sentence.raw[first - 2][:1].isupper())
                ):
                    first -= 1
                opener = sentence.words[first - 1] if first > 0 else ""
                if appositive:
                    opens = self.ends_appositive(sentence, first)
                else:
                    opens = (
                        first == 0
                        or opener in _CLAUSE_OPENERS
                        # "Vostrikova said Moscow was ... and was ready": the reported clause's subject; but in
                        # "welcomed the EU's shift but warned ...", "'s" before a noun is no verb: an object's owner.
                        or (
                            self.is_statement_cue(sentence.starts[first - 1])
                            and not (
                                position + 2 < len(sentence.words)
                                and sentence.words[position + 1] == "'s"
                                and not self.after_is(sentence.words[position + 2])
                            )
                        )
                    )
                if opens and (auxiliary or self.looks_like_verb(sentence, after)):
                    if self.reports(sentence, mention, index, author=author):
                        return None
                    return _Found(
                        self.coordinated(sentence, self.owner_of_place(sentence, mention)),
                        "clause subject",
                        (position, index),
                    )
                if (
                    comma is not None
                    and not appositive
                    and comma + 1 < len(sentence.words)
                    and sentence.words[comma + 1] != "'s"
                    and self.looks_like_verb_word(sentence.words[comma + 1])
                    and self.ends_appositive(sentence, first)
                ):
                    # "The federation's president, Graham Whitcombe, hailed the deal with X, worth ...": the
                    # comma after the deal closes no aside; the verb right after the name is the predicate.
                    if self.reports(sentence, mention, index, author=author):
                        return None
                    return _Found(
                        self.coordinated(sentence, self.owner_of_place(sentence, mention)),
                        "clause subject",
                        (position, index),
                    )
                position = first - 1
                continue
            position -= 1
        return None

    def others_after(self, sentence: _Sentence, after: int) -> int | None:
        """The word after "and other <noun>" at word ``after`` when the noun is a plural actor noun, else None.

        "Google and other tech companies pushed back": the verb follows the group the name heads.
        """
        if after + 2 >= len(sentence) or sentence.words[after] != "and" or sentence.words[after + 1] != "other":
            return None
        for noun in range(after + 2, min(after + 5, len(sentence))):
            if _is_plural_actor(self.rules.holder_nouns, sentence.words[noun]):
                return noun + 1
            if not sentence.raw[noun].isalpha():
                return None
        return None

    def owned_organ(self, sentence: _Sentence, position: int) -> tuple[Mention, int] | None:
        """The owner and the word after its organ, when word ``position`` is a possessive pronoun before one.

        "Its commission", "their leadership", "its board": one or two words after "its"/"their" that end in
        a noun for a body (a government, an organisation) or the people who speak for one ("its members").
        """
        mention = sentence.mention(position)
        if mention is None or sentence.words[position] not in ("its", "their"):
            return None
        if position > 0 and (
            sentence.words[position - 1] not in _CLAUSE_OPENERS or sentence.words[position - 1] == "that"
        ):
            # "said its members respect the law but blamed ...": an organ in reported words is no subject the
            # reporter's next verb shares.
            return None
        for size in (1, 2):
            noun = position + size
            if noun >= len(sentence.words) or not sentence.raw[noun].isalpha() or not sentence.raw[noun].islower():
                return None
            word = sentence.words[noun]
            if self.rules.holder_nouns.get(word) in ("organization", "government") or word in _SPOKESMEN:
                return mention, noun + 1
        return None

    def reports(self, sentence: _Sentence, mention: Mention, index: int, *, author: bool = False) -> bool:
        """Whether ``mention`` is the source of a statement whose content holds word ``index``.

        "A person familiar with the matter said the board had approved X and was not prepared to
        reverse it": the clause after "said" is reported, so its verbs are not the reporter's acts;
        a stance there belongs to the reported clause's own subject, or to no one. With ``author``
        (word ``index`` is a report noun), a statement read from the report's own verb a few words
        before it ("posted a statement") is no reported clause.
        """
        statement = self.statement_around(sentence.starts[index])
        if statement is None or statement.cue is None:
            return False
        if author and statement.cue.start >= sentence.starts[max(0, index - _MAX_REPORT_VERB_GAP)]:
            return False
        return mention.span.end <= statement.cue.start < sentence.starts[index]

    def ends_appositive(self, sentence: _Sentence, first: int) -> bool:
        """Whether the name starting at word ``first`` ends an aside opened by a comma a few words before.

        "Her rival, state Treasurer Mark Ellison, has ...": yes; the possessive "'s" is no verb ("The
        federation's president, Graham Whitcombe, hailed ...").
        """
        start = max(0, first - 4)
        return any(sentence.words[back] == "," for back in range(start, first)) and not any(
            self.looks_like_verb_word(sentence.words[back])
            and not (back > 0 and sentence.words[back] == "'s" and sentence.words[back - 1] not in _S_IS)
            for back in range(start, first)
        )

    def field_help(self, sentence: _Sentence, target: tuple[int, int], start: int, end: int) -> bool:
        """Whether a passive's agent is armed or rescue help and its target people: "Volunteers, supported by
        soldiers," and "residents backed by police" are helped in the field, which takes no side; "a plan backed
        by the army" is still the army's support."""
        if end <= start or sentence.words[end - 1] not in _FIELD_HELPERS:
            return False
        head = sentence.words[target[1] - 1]
        mention = sentence.mention(target[1] - 1)
        if mention is not None:
            return self.entity_type(mention.entity) in ("group", "person")
        return self.rules.holder_nouns.get(head) in ("group", "person")

    def actors_at(self, sentence: _Sentence, index: int) -> tuple[list[str], int] | None:
        """The agents of a passive: mentions (coordinated) or an actor phrase, from word ``index``.

        An owner's "'s" goes on to what the owner has when that acts or speaks for it (``owned_agents``: "by the
        council's Labour leadership", "by the company's chief executive"); "by the bank's purchases" has none.
        """
        while index < len(sentence.words) and sentence.words[index] in ("the", "both"):
            index += 1
        index = self.after_title(sentence, index)  # "rejected by Judge Ana Ruiz": the entity stage left the title out
        index = self.past_body_part(sentence, index)
        if (
            index + 1 < len(sentence.words)
            and sentence.words[index] in _AGENT_PARTS
            and sentence.words[index + 1] == "of"
        ):
            index += 2  # "backed by most of the centre-right European People's Party": the party's members
            if index < len(sentence.words) and sentence.words[index] == "the":
                index += 1
        mention = sentence.mention(index)
        if mention is None:
            described = self.described_name(sentence, index)
            if described is not None:
                index, mention = described
        if (
            mention is None
            and index < len(sentence.words)
            and self.rules.holder_nouns.get(sentence.words[index]) is None
        ):
            # "was criticized by Rubio": a name no earlier stage read, when nothing after it makes it a modifier.
            mention = self.name_starting(sentence, index)
        if mention is None:
            phrase = self.actor_phrase(sentence, index)
            if phrase is None:
                owner_end = self.owner_end(sentence, index)
                # "by the city's Conservative group": an owner that is no actor, and the body it has.
                return self.actors_at(sentence, owner_end + 1) if owner_end is not None else None
            if phrase[1] + 1 < len(sentence.words) and sentence.words[phrase[1]] == "'s":
                return self.owned_agents(sentence, [phrase[0]], phrase[1])
            return self.listed_members(sentence, *self.coordinated_agents(sentence, [phrase[0]], phrase[1]))
        holders = [self.holder_of(mention)]
        position = index
        while position < len(sentence.words) and sentence.mention(position) is mention:
            position += 1
        if position + 1 < len(sentence.words) and sentence.words[position] == "'s":
            return self.owned_agents(sentence, holders, position)
        if (
            position < len(sentence.words)
            and sentence.raw[position][0].isalnum()
            and sentence.words[position] not in _PREPOSITIONS
            and sentence.words[position] not in _CONJUNCTIONS
            and sentence.words[position] not in _TIME_LEADS
            and sentence.words[position] not in _TIME_WORDS
            and sentence.words[position] not in _RELATIVES
            and sentence.words[position] != "as"  # "criticised by councillors as reckless": a label follows
            and not self.is_adverb(sentence, position)
            and not self.looks_like_verb_word(sentence.words[position])
        ):
            # The mention modifies a noun: "by Chinese buyers" is no act of China, "by Chinese officials" is.
            end = position
            while end + 1 < len(sentence.words) and end - position < 3 and sentence.raw[end + 1][0].isalnum():
                if sentence.words[end + 1] in _PREPOSITIONS or sentence.words[end + 1] in _CONJUNCTIONS:
                    break
                end += 1
            actor = self.actor_before(sentence, end)
            return self.listed_members(sentence, [actor], end + 1) if actor is not None else None
        return self.listed_members(sentence, *self.coordinated_agents(sentence, holders, position))

    @staticmethod
    def owner_end(sentence: _Sentence, index: int) -> int | None:
        """The "'s" that ends a few plain lower-case words from word ``index`` ("city's", "region's"), or None."""
        end = index
        while (
            end < len(sentence.words)
            and end - index < 3
            and sentence.raw[end].isalpha()
            and sentence.raw[end].islower()
        ):
            end += 1
        if end == index or end + 1 >= len(sentence.words) or sentence.words[end] != "'s":
            return None
        return end

    def owned_agents(self, sentence: _Sentence, owners: list[str], apostrophe: int) -> tuple[list[str], int] | None:
        """The agents from an owner's "'s" at word ``apostrophe``, and where they end; None when none acts.

        "by the council's Labour leadership and by the GMB": the body the owner has acts. A lone noun of a
        body ("by the party's leadership") or a person, spokesman or document of the owner ("by the company's
        chief executive, by Unite and by the GMB", "by the bank's latest report") is the owner's voice, and
        the agents coordinated after it count too. Anything else the owner has is no actor: "Prices were
        supported by the bank's purchases".
        """
        owned = self.actors_at(sentence, apostrophe + 1)
        lone_body = (
            owned is not None
            and owned[1] == apostrophe + 2
            and sentence.raw[apostrophe + 1].islower()
            and self.rules.holder_nouns.get(sentence.words[apostrophe + 1]) in ("organization", "government")
        )
        if owned is not None and not lone_body:
            return owned
        end = apostrophe + 1
        while (
            end < len(sentence.words)
            and end - apostrophe <= _MAX_NP
            and sentence.raw[end][0].isalnum()
            and sentence.words[end] not in _PREPOSITIONS
            and sentence.words[end] not in _CONJUNCTIONS
            and not self.looks_like_verb_word(sentence.words[end])
        ):
            end += 1
        if end == apostrophe + 1:
            return owners, apostrophe
        head = sentence.words[end - 1]
        if head not in self.rules.holder_nouns and head not in _OWNER_VOICES and head not in self.media_nouns:
            return None
        return self.listed_members(sentence, *self.coordinated_agents(sentence, list(owners), end))

    def listed_members(self, sentence: _Sentence, holders: list[str], position: int) -> tuple[list[str], int]:
        """``holders`` and the members named after them from word ``position``, and where the names end.

        "criticised by several MPs, among them the Conservative Ana Ruiz", "backed by the unions, including
        Unite and the GMB": each member named acts too. Only names count ("including on pay" adds nobody).
        """
        step = position + 1 if position < len(sentence.words) and sentence.words[position] == "," else position
        if step < len(sentence.words) and sentence.words[step] == "including":
            step += 1
        elif sentence.words[step : step + 2] in (["among", "them"], ["among", "whom"]):
            step += 2
        else:
            return holders, position
        members = self.actors_at(sentence, step)
        if members is None or not any(sentence.mention(index) is not None for index in range(step, members[1])):
            return holders, position
        return holders + [member for member in members[0] if member not in holders], members[1]

    def described_name(self, sentence: _Sentence, index: int) -> tuple[int, Mention] | None:
        """A name after up to three describing words from word ``index``, and where it starts.

        "by the government-owned daily Egemen Times", "by opposition leader Ana Quispe"; the first may be a
        name no stage read ("by Tidal owner Jay Z").
        """
        ahead = index
        if (
            ahead + 2 < len(sentence.words)
            and sentence.mention(ahead) is None
            and sentence.raw[ahead][:1].isupper()
            and sentence.raw[ahead].isalpha()
            and sentence.raw[ahead + 1].isalpha()
            and sentence.raw[ahead + 1].islower()
            and sentence.words[ahead + 1] not in _PREPOSITIONS
            and sentence.words[ahead + 1] not in _CONJUNCTIONS
        ):
            ahead += 1  # "by Tidal owner Jay Z", "by Halden chief executive Anna Berg": a body names the role
        while (
            ahead < len(sentence.words)
            and ahead - index < 3
            and sentence.mention(ahead) is None
            and sentence.raw[ahead][:1].islower()
            and sentence.words[ahead] not in _PREPOSITIONS
            and sentence.words[ahead] not in _CONJUNCTIONS
            and ("-" in sentence.words[ahead] or not self.looks_like_verb_word(sentence.words[ahead]))
        ):
            ahead += 1  # "government-owned" describes, it is no verb
        named = sentence.mention(ahead) if ahead > index else None
        if named is None or sentence.mention_first(named) != ahead:
            return None
        return ahead, named

    def clause_follows(self, sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` goes on as a clause of its own: a verb or an owner's "'s" after an agent.

        "welcomed by local residents and the council voted ...", "... and the company's shares rose".
        """
        if index >= len(sentence.words):
            return False
        word = sentence.words[index]
        if word == "'s":
            return True
        if word.endswith("ing"):
            return False  # "by teachers and parents seeking ...": a participle describes the agent
        following = sentence.words[index + 1] if index + 1 < len(sentence.words) else ""
        if word.endswith("ed") and following in _PREPOSITIONS and following != "to":
            return False  # "by residents and businesses affected by the closure"
        return self.looks_like_verb(sentence, index)

    def actor_phrase(self, sentence: _Sentence, index: int) -> tuple[str, int] | None:
        """An actor named by a noun phrase from word ``index`` ("the unions", "the RMT union"), and where it ends."""
        end = index
        while (
            end < len(sentence.words)
            and end - index < _MAX_NP
            and sentence.words[end][0].isalnum()
            and sentence.words[end] not in _PREPOSITIONS
            and sentence.words[end] not in _CONJUNCTIONS
            and sentence.words[end] != "as"  # "by several MPs as unaffordable": the label is no part of them
            and not self.looks_like_verb_word(sentence.words[end])
        ):
            end += 1
        if end == index:
            return None
        actor = self.actor_before(sentence, end - 1)
        return (actor, end) if actor is not None else None

    def coordinated_agents(self, sentence: _Sentence, holders: list[str], position: int) -> tuple[list[str], int]:
        """``holders`` and the agents coordinated after word ``position``: "by Germany, France and Italy",
        "by the unions and the Communist Party", "by the chamber and by the council", "by Labour but also by
        the Liberal Democrats", "by Labour, as well as by local residents"."""
        while position + 1 < len(sentence.words):
            joiner = _agent_joiner(sentence.words, position)
            if not joiner and sentence.words[position] not in (",", "and", "&"):
                break
            if not joiner:
                position = self.past_apposition(sentence, position)
            step = position + joiner
            while step < len(sentence.words) and sentence.words[step] in (",", "and", "&", "the", "by"):
                if sentence.words[step] == "by" and sentence.words[step - 1] not in ("and", ",", "also", "as"):
                    break  # "by Unison, by the GMB and by Unite", but "by the unions and the city by ..." ends
                step += 1
            step = self.after_title(sentence, step)  # "and Senator Ana Ruiz"
            step = self.past_body_part(sentence, step)  # "and by the Dunedin branch of the Chamber of Commerce"
            other = sentence.mention(step)
            if other is None and step > position:
                other = self.name_starting(sentence, step)  # "by Rubio and Cruz"
            if other is None and step > position and ("and" in sentence.words[position:step] or joiner):
                described = self.described_name(sentence, step)  # "and by opposition leader Ana Quispe"
                if described is not None:
                    step, other = described
                else:
                    phrase = self.actor_phrase(sentence, step)  # "by the residents' association and the RMT union"
                    if phrase is None or self.clause_follows(sentence, phrase[1]):
                        break
                    if phrase[0] not in holders:
                        holders.append(phrase[0])
                    position = phrase[1]
                    continue
            if other is None:
                break
            first = sentence.mention_first(other)
            if first != step and not (first < step and all(word == "the" for word in sentence.words[first:step])):
                break  # the mention may open with the "the" stepped over: "and the Social Democrats"
            end = step
            while end < len(sentence.words) and sentence.mention(end) is other:
                end += 1
            holder = self.holder_of(other)
            if (
                end < len(sentence.words)
                and sentence.raw[end].islower()
                and sentence.words[end] in self.rules.holder_nouns
            ):
                # "by Spain, the Dutch government and Italy": the name modifies an actor noun, which ends the item.
                actor = self.actor_before(sentence, end)
                if actor is not None:
                    holder = actor
                    end += 1
            if self.clause_follows(sentence, end):
                break  # "... by the unions and Germany agreed to ...": the next clause's subject
            if holder not in holders:
                holders.append(holder)
            position = end
        return holders, position

    def past_body_part(self, sentence: _Sentence, index: int) -> int:
        """The first word of the body a part of it at word ``index`` belongs to, else ``index``.

        "the Dunedin branch of the Chamber of Commerce", "the Welsh arm of the RSPB": the branch acts
        for the body, as a subject's does ("The Leeds branch of Unite backed ..." is Unite's).
        """
        part = index
        while (
            part < len(sentence.words)
            and part - index <= _MAX_PART_MODIFIERS
            and sentence.words[part] not in _BODY_PARTS
            and sentence.raw[part].isalpha()
            and sentence.words[part] not in _DETERMINERS
            and sentence.words[part] not in _PREPOSITIONS
            and sentence.words[part] not in _CONJUNCTIONS
            and not self.looks_like_verb_word(sentence.words[part])
        ):
            part += 1
        if part >= len(sentence.words) or sentence.words[part] not in _BODY_PARTS or part + 2 >= len(sentence.words):
            return index
        if sentence.words[part + 1] != "of":
            return index
        body = part + 3 if sentence.words[part + 2] == "the" else part + 2
        if body >= len(sentence.words):
            return index
        if sentence.mention(body) is not None or sentence.raw[body][:1].isupper():
            return body  # a name no earlier stage read ("of the RSPB") is left to the readers of names
        # "the local branch of the teachers' union": an actor noun phrase
        for head in range(body, min(body + _MAX_PART_MODIFIERS, len(sentence.words))):
            if self.rules.holder_nouns.get(sentence.words[head]) is not None:
                return body
            if not sentence.raw[head][:1].isalnum() and sentence.words[head] != "'s":
                break
        return index

    def past_apposition(self, sentence: _Sentence, comma: int) -> int:
        """The comma that closes an apposition opened at word ``comma`` when "and" follows it, else ``comma``.

        "by Greenpeace, an environmental group, and by Oxfam": the second agent comes after the apposition.
        The apposition opens with "a", "an" or "the" and names no actor ("by Spain, the Netherlands and
        Italy" is a list).
        """
        if (
            sentence.words[comma] != ","
            or comma + 1 >= len(sentence.words)
            or sentence.words[comma + 1] not in ("a", "an", "the")
        ):
            return comma
        for closing in range(comma + 2, min(len(sentence.words) - 1, comma + _MAX_NP + 2)):
            word = sentence.words[closing]
            mention = sentence.mention(closing)
            if mention is not None:
                after = self.after_mention(sentence, closing)
                following = sentence.raw[after] if after < len(sentence.words) else ""
                if (
                    sentence.words[comma + 1] == "the"
                    or not (following.isalpha() and following.islower())
                    or following in _CONJUNCTIONS
                ):
                    return comma  # "by Spain, the Dutch government and Italy": a list
                continue  # "by Reef Watch, a Chilean conservation group, and by ...": the name only modifies
            if word == ",":
                return closing if sentence.words[closing + 1] in ("and", "&") else comma
            if word in _HARD_STOPS or word in _CLAUSE_STOPS or word in _RELATIVES or word in _CONJUNCTIONS:
                return comma
        return comma

    def actor_before(self, sentence: _Sentence, index: int, *, trades: bool = False) -> str | None:
        """An entity for the noun phrase ending at word ``index`` when its head names an actor.

        Known actors are mentions already; this covers subjects such as "The
        opposition party" or "Dairy farmers" that no gazetteer lists. The new
        entity gets a mention so that readers can find where it was named. ``trades``, for the subject
        of a cue, also reads a trade after a country as an actor (``national_agents``): "Peruvian
        processors opposed ..." (but "demand is supported by Peruvian buyers" is a market, no stance).
        """
        if index < 0 or index >= len(sentence.words):
            return None
        head = sentence.words[index]
        if head in ("state", "government") and index >= 2 and sentence.words[index - 2 : index] == ["heads", "of"]:
            # "African Union heads of state", "EU heads of government": the leaders of the actor before them.
            index -= 2
            head = "heads"
        kind = "group" if head == "heads" else self.rules.holder_nouns.get(head)
        if kind is None and trades and self.national_agents(sentence, index):
            kind = "group"
        if kind is None:
            return None
        start = index
        while start - 1 >= 0 and index - start < 4:
            word = sentence.words[start - 1]
            raw = sentence.raw[start - 1]
            if sentence.mention(start - 1) is not None or not raw[0].isalnum():
                break
            if word in _DETERMINERS or word in _PREPOSITIONS or word in _AUX or word in _CONJUNCTIONS:
                break
            if self.looks_like_verb_word(word) or word in _PRONOUNS or word in _CLAUSE_STOPS:
                break  # "... over brake checks as regulator defends its rules": the clause starts after "as"
            start -= 1
        owner = sentence.mention(start - 1) if start > 0 else None
        if head == "heads" and (owner is None or sentence.words[start - 1] == "'s"):
            return None  # "Heads of state backed ...": whose, only the actor before them tells
        if kind == "government":
            # "his government", "Peru's cabinet": the possessor's country; without one, coreference's business.
            if owner is None and start > 1 and sentence.words[start - 1] == "'s":
                owner = sentence.mention(start - 2)
            if owner is not None:
                return self.government_of(owner.entity)
            after_the = start > 0 and sentence.words[start - 1] == "the"
            if not (after_the and start < index and sentence.raw[start][0].isupper()):
                if after_the:
                    # "the government" in an official's reported words is the official's own.
                    speaker = self.speaker_around(sentence.starts[index])
                    return self.government_of(speaker) if speaker is not None else None
                return None
            # "the Scottish government", "the Catalan administration": a government named by a proper
            # adjective that no gazetteer lists is an actor of its own.
        if head == "party" and start == index and start > 1 and sentence.words[start - 1] == "'s":
            # "Novak's party welcomed ...": the party the person belongs to, or the person who leads it.
            leader = sentence.mention(start - 2)
            if leader is not None and self.entity_type(leader.entity) == "person":
                person = self.draft.entities.get(leader.entity)
                return person.affiliation if person is not None and person.affiliation else leader.entity
        if owner is not None and sentence.words[start - 1] != "'s":
            if (
                kind == "group"
                and head not in _SPOKESMEN
                and head not in _STATES
                and self.entity_type(owner.entity) == "country"
            ):
                # "Philippine cane growers", "Swiss historians": people of the country, who act themselves;
                # only its spokesmen ("Chinese officials") speak for it. The group is named with its country.
                start = sentence.mention_first(owner)
            else:
                # "Chinese officials", "the EU member states": the modifier is the known actor.
                return self.holder_of(owner)
        if kind == "person":
            # "the minister": one person, whom only coreference can tell; but "the union chief" speaks for the
            # union, an actor noun before the person's.
            if start < index and self.rules.holder_nouns.get(sentence.words[index - 1]) == "organization":
                return self.actor_before(sentence, index - 1)
            return None
        begin, end = sentence.starts[start], sentence.ends[index]
        name = self.text[begin:end]
        key = _name_key(name)
        entity_id = self.names().get(key)
        if entity_id is None:
            entity_id = self.draft.new_id("e")
            while entity_id in self.draft.entities:
                entity_id = self.draft.new_id("e")
            entity_type: Any = kind if kind in ("organization", "group", "government", "person", "other") else "group"
            self.draft.add_entity(Entity(entity_id, name, entity_type), rule=NEW_ACTOR_RULE, words=name)
            self.names()[key] = entity_id
        self.add_mention(entity_id, begin, end)
        return entity_id

    def national_agents(self, sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` is a plural agent noun right after a country's adjective: "Peruvian processors".

        Nouns of people who do a trade ("processors", "exporters", "pharmacists") are too many to list in
        ``holder_nouns``; after a country ("Chilean traders", "French winemakers") the plural of one is a
        group of that country's people.
        """
        word = sentence.words[index]
        if len(word) < 6 or not word.isalpha() or not sentence.raw[index].islower():
            return False
        if not word.endswith(("ers", "ors", "ists", "ians")) or word in _THING_PLURALS or index == 0:
            return False
        owner = sentence.mention(index - 1)
        return owner is not None and sentence.raw[index - 1] != "'s" and self.entity_type(owner.entity) == "country"

    def names(self) -> dict[str, str]:
        """Normalised entity names and aliases -> entity id, built when a new actor first needs it."""
        if self._names is None:
            self._names = {}
            for entity in self.draft.entities.values():
                for name in [entity.name, *entity.aliases]:
                    self._names.setdefault(_name_key(name), entity.id)
        return self._names

    def government_of(self, entity_id: str) -> str:
        """The entity whose government an entity's "government" is: a person's country, else itself."""
        entity = self.draft.entities.get(entity_id)
        if entity is None or entity.type != "person":
            return entity_id
        if entity.affiliation in self.draft.entities:
            affiliation = self.draft.entities[entity.affiliation]
            if affiliation.type in ("country", "government"):
                return affiliation.id
        if entity.country:
            for other in self.draft.entities.values():
                if other.type == "country" and entity.country in (other.kb_id, other.country):
                    return other.id
        return entity_id

    def holder_of(self, mention: Mention) -> str:
        """The holder a mention stands for: a group named after a known actor ("EU ministers") is that actor."""
        entity = self.draft.entities.get(mention.entity)
        if entity is None or entity.type != "group":
            return mention.entity
        owner = self.owner_before(mention)
        if owner is not None:
            return owner
        low = bisect.bisect_left(self.mention_starts, mention.span.start)
        high = bisect.bisect_left(self.mention_starts, mention.span.end)
        for inner in self.mentions[low:high]:
            if inner is mention or inner.span.end > mention.span.end:
                continue
            if self.members_of(mention.span.start, inner.span.start) or self.members_after(inner, mention):
                # "Members of the Green Party", "Labour supporters": people of the body act themselves,
                # as the statement stage reads them as speakers.
                return mention.entity
            if self.placed_at(mention.span.start, inner.span.start):
                # "Parents at Lakeside School", "nurses from the city hospital": the people act themselves;
                # "officials at the ministry" speak for it.
                continue
            actor = self.draft.entities.get(inner.entity)
            if actor is not None and actor.type == "country" and self.people_of(mention):
                continue  # "French farmers", "Philippine cane growers": people of the country act themselves
            if actor is not None and actor.type in ("country", "organization", "government"):
                return actor.id
        return mention.entity

    def speaking_for(self, speaker: str) -> list[str]:
        """The holders for a speaker: the actors a group of spokesmen names ("spokesmen for Kenya and Uganda
        said they ..."), else the speaker."""
        entity = self.draft.entities.get(speaker)
        if entity is None or entity.type != "group":
            return [speaker]  # only a group names whom it speaks for; no look through the mentions
        if self._mentions_by_entity is None:
            # Built once, on the first group speaker: a scan of every mention per pronoun would be quadratic.
            self._mentions_by_entity = {}
            for mention in self.mentions:
                self._mentions_by_entity.setdefault(mention.entity, []).append(mention)
        for mention in self._mentions_by_entity.get(speaker, ()):
            actors = self.spoken_for(mention)
            if actors:
                return actors
        return [speaker]

    def spoken_for(self, mention: Mention) -> list[str]:
        """The actors a group of spokesmen speaks for when it names a list of them; else nothing.

        "Ministers of France and Italy", "spokesmen for Kenya, Uganda and Tanzania": each country holds
        the stance, as "ministers of France" gives France alone.
        """
        entity = self.draft.entities.get(mention.entity)
        if entity is None or entity.type != "group":
            return []
        words = self.text[mention.span.start : mention.span.end].lower().split()
        # "The foreign ministers of Kenya, Uganda and Tanzania": an article and a word or two of their office
        # before the spokesmen's noun.
        noun = next((index for index, word in enumerate(words[:4]) if word in _SPOKESMEN), None)
        if (
            noun is None
            or len(words) < noun + 4
            or words[noun + 1] not in ("of", "for", "from")
            or any(not word.isalpha() for word in words[:noun])
        ):
            return []
        low = bisect.bisect_left(self.mention_starts, mention.span.start)
        high = bisect.bisect_left(self.mention_starts, mention.span.end)
        actors: list[Mention] = []
        for inner in self.mentions[low:high]:
            if inner is mention or inner.span.end > mention.span.end:
                continue
            actor = self.draft.entities.get(inner.entity)
            if actor is None or actor.type not in ("country", "organization", "government"):
                continue
            if actors and inner.span.start < actors[-1].span.end:
                continue
            between = self.text[(actors[-1].span.end if actors else inner.span.start) : inner.span.start]
            if actors and between.replace(",", " ").split() not in (["and"], [], ["&"]):
                return []
            actors.append(inner)
        if len(actors) < 2 or self.text[actors[-1].span.end : mention.span.end].strip():
            return []
        return list(dict.fromkeys(actor_mention.entity for actor_mention in actors))

    def people_of(self, mention: Mention) -> bool:
        """Whether a group mention ends in a noun of people who act for themselves ("farmers", "historians").

        Spokesmen ("officials", "ministers") and states ("member states") speak for a country named in them.
        """
        words = self.text[mention.span.start : mention.span.end].lower().split()
        head = words[-1] if words else ""
        return self.rules.holder_nouns.get(head) == "group" and head not in _SPOKESMEN and head not in _STATES

    def members_of(self, start: int, inner: int) -> bool:
        """Whether the text from offset ``start`` to ``inner`` is a group of a body's people: "members of the",
        "Eleven members of the governing", "supporters of"."""
        words = self.text[start:inner].lower().split()
        if words and words[-1] in ("the", "its", "their"):
            words.pop()
        while len(words) > 2 and words[-1] != "of" and words[-1].isalpha() and words[-1].endswith(("ing", "ed")):
            words.pop()  # "of the governing", "of the banned": a modifier before the body's name
        if words and words[-1] in ("the", "its", "their"):
            words.pop()
        return len(words) > 1 and words[-1] == "of" and words[-2] in MEMBERSHIP_NOUNS

    def members_after(self, inner: Mention, mention: Mention) -> bool:
        """Whether a group's mention is a body's name and a noun of its people: "Green Party members"."""
        return self.text[inner.span.end : mention.span.end].strip().lower() in MEMBERSHIP_NOUNS

    def placed_at(self, start: int, inner: int) -> bool:
        """Whether the text from offset ``start`` to ``inner`` is a group that acts itself, placed by a preposition.

        "Parents at", "nurses from the", "protesters in": yes; "officials at", "defence ministers from"
        speak for the body, unless the body is only where something else of theirs is ("delegates from
        clubs in").
        """
        words = self.text[start:inner].lower().split()
        if words and words[-1] == "the":
            words.pop()
        if len(words) > 1 and words[-1] in ("at", "from") and words[-2] not in _SPOKESMEN:
            return True
        # "farmers from villages in northern Spain", "delegates from clubs in Norway": the place is where the
        # villages or clubs are; the people act themselves (or for the clubs), not for the country.
        first = next((position for position, word in enumerate(words) if word in _PLACE_PREPOSITIONS), None)
        if first is None or first == 0:
            return False
        if words[first - 1] not in _SPOKESMEN:
            return True  # "protesters in Paris", "farmers near the border": people placed, not a government
        rest = words[first + 1 :]
        return any(word in _PLACE_PREPOSITIONS for word in rest[1:]) and rest[0] not in _PLACE_PREPOSITIONS

    def owner_before(self, mention: Mention) -> str | None:
        """The body that "its"/"their" before a group of its spokesmen stands for: "X said its members backed".

        Coreference links the pronoun; the group speaks for the body as "Chinese officials" speak for China.
        """
        words = self.text[mention.span.start : mention.span.end].lower().split()
        if len(words) != 1 or words[0] not in _SPOKESMEN:
            return None
        # Only the few characters before the group: "their " is the longest pronoun read.
        offset = max(0, mention.span.start - 8)
        before = self.text[offset : mention.span.start].rstrip()
        word = before[before.rfind(" ") + 1 :]
        if word.lower() not in ("its", "their"):
            return None
        start = offset + len(before) - len(word)
        index = bisect.bisect_left(self.mention_starts, start)
        if index >= len(self.mentions) or self.mentions[index].span.start != start:
            return None
        actor = self.draft.entities.get(self.mentions[index].entity)
        if actor is None or actor.type not in ("country", "organization", "government"):
            return None
        return actor.id

    def add_mention(self, entity_id: str, start: int, end: int) -> None:
        if (entity_id, start) in self.new_mentions:
            return
        self.new_mentions.add((entity_id, start))
        self.draft.add_mention(entity_id, start, end, NEW_ACTOR_RULE)

    def speaker_around(self, offset: int) -> str | None:
        """The speaker of the statement whose content holds ``offset``: "we" and "our" in a quote."""
        statement = self.statement_around(offset)
        return statement.speaker if statement is not None else None

    def reported_speaker(self, sentence: _Sentence, index: int, mention: Mention) -> str | None:
        """The speaker for a pronoun that coreference linked to an actor this sentence never names.

        "The bloc declined to comment. Irish diplomats said they hoped ...": the reported subject is
        the speaker named in its own sentence, not an actor of an earlier one. Only when the speaker
        is named in the sentence before the pronoun and fits it.
        """
        speaker = self.speaker_for_pronoun(sentence.starts[index], sentence.words[index])
        if speaker is None or speaker == mention.entity:
            return None
        named = {other.entity for other in sentence.mention_of[:index] if other is not None}
        if mention.entity in named or speaker not in named:
            return None
        return speaker

    def speaker_for_pronoun(self, offset: int, pronoun: str) -> str | None:
        """For a pronoun coreference left alone inside reported speech: the speaker, when the pronoun fits.

        "Kirk said he would not support X": the reported subject is most often
        the speaker; "he"/"she" fit a person, "it" an organisation, country or
        government, "they" a group or organisation.
        """
        speaker = self.speaker_around(offset)
        entity = self.draft.entities.get(speaker) if speaker is not None else None
        if entity is None:
            return None
        wanted = _PRONOUN_GENDER.get(pronoun)
        if wanted is not None and self.draft.genders.get(entity.id, wanted) != wanted:
            return None  # a person of known gender never takes the other gender's pronoun
        return entity.id if entity.type in _PRONOUN_FITS.get(pronoun, ()) else None

    def described_speaker(self, offset: int, pronoun: str) -> str | None:
        """A person for the source of reported speech that names no one but an office: "The regional governor".

        "The regional governor said she backed ...": no stage made the described person an entity, so the
        statement has a source and no speaker; "he" or "she" inside its content is the source, a new person
        when the source is a determiner, lower-case modifiers and a person noun of ``holder_nouns``.
        """
        statement = self.statement_around(offset)
        if pronoun not in ("he", "she") or statement is None or statement.speaker is not None:
            return None
        source = statement.source
        if source is None or source.fragments or offset < source.end:
            return None
        words = source.text.split()
        if not 2 <= len(words) <= 5 or words[0].lower() not in ("the", "a", "an"):
            return None
        if not all(word.isalpha() and word.islower() for word in words[1:]):
            return None
        role = words[-1]
        if self.rules.holder_nouns.get(role) != "person":
            return None
        name = " ".join(words[1:])
        key = _name_key(name)
        entity_id = self.names().get(key)
        if entity_id is None:
            entity_id = self.draft.new_id("e")
            while entity_id in self.draft.entities:
                entity_id = self.draft.new_id("e")
            entity = Entity(entity_id, name, "person", aliases=(source.text,), role=role)
            self.draft.add_entity(entity, rule=NEW_ACTOR_RULE, words=source.text)
            self.names()[key] = entity_id
        self.add_mention(entity_id, source.start, source.end)
        return entity_id

    def statement_around(self, offset: int) -> Any:
        index = bisect.bisect_right(self.content_starts, offset)
        best = None
        for start, end, statement in reversed(self.content_pieces[max(0, index - 12) : index]):
            if start <= offset < end:
                size = statement.content.end - statement.content.start
                if best is None or size < best.content.end - best.content.start:
                    best = statement
        return best

    # -- negation and hedges -------------------------------------------------

    def modality(self, sentence: _Sentence, start: int, end: int) -> tuple[int, list[str]]:
        """Count negations and collect hedges in the words ``start:end`` (the verb group)."""
        negations = 0
        hedges: list[str] = []
        index = end - 1
        while index >= start:
            name, size = self.phrase_ending(sentence, index, ("negators", "negating_verbs", "hedges", "hedging_verbs"))
            if size and name == "hedges" and self.is_month(sentence, index):
                size = 0  # "in May": the month, not the modal
            if size:
                words = " ".join(sentence.words[index - size + 1 : index + 1])
                if name in ("negators", "negating_verbs"):
                    if not (words == "not" and index + 1 < len(sentence.words) and sentence.words[index + 1] == "only"):
                        negations += 1
                else:
                    hedges.append(words)
                index -= size
                continue
            index -= 1
        return negations, hedges

    @staticmethod
    def describe(found: _Found) -> str:
        parts = [f"holder by {found.how}"]
        if found.negations % 2:
            parts.append("negated")
        if found.hedges:
            parts.append("hedged by " + ", ".join(repr(hedge) for hedge in found.hedges))
        return "; ".join(parts)

    # -- targets -------------------------------------------------------------

    def target_after(
        self, sentence: _Sentence, index: int, cue: Cue, cue_pieces: list[tuple[int, int]], subject_noun: bool = False
    ) -> tuple[int, int] | None:
        """The span the cue governs to its right, cut at the end of its clause."""
        while index < len(sentence.words):
            word = sentence.words[index]
            following = sentence.words[index + 1] if index + 1 < len(sentence.words) else ""
            if word in _TIME_WORDS and following not in _PREPOSITIONS:
                index += 1
            elif (
                word in _TIME_LEADS
                and word != "the"
                and following in _TIME_WORDS
                and (index + 2 >= len(sentence.words) or sentence.words[index + 2] != "of")
            ):
                # "welcomed on Tuesday the ...", but not "the day of action".
                index += 2
            else:
                break
        # "rejected 4-3 the proposal", "an idea the council rejected 4-3": the tally is never the target.
        index += _tally_size(sentence.words, index)
        if index < len(sentence.words) and sentence.words[index] == "that" and cue.pos != "noun":
            index += 1
        kept_as = -1
        if index < len(sentence.words) and sentence.words[index] == "what":
            index, kept_as = self.after_what(sentence, index)
        opened_before = self.open_quotes(sentence, index)
        while index < len(sentence.words) and sentence.words[index] in _QUOTES:
            # support "responsible exploration ...": the quotation marks are not the target's.
            index += 1
        if index >= len(sentence.words):
            return None
        first = sentence.words[index]
        if first in _TIME_WORDS and index + 1 < len(sentence.words) and sentence.words[index + 1] in _PREPOSITIONS:
            # "called on Sunday for ...": the day is no one called on.
            return None
        if first in _HARD_STOPS or first in _CLAUSE_STOPS or first in _CONJUNCTIONS:
            # "something we support and will protect": the object went before.
            return None
        # The word that puts the target behind it ("on" of "blamed X on Y") is a word of the cue; only the
        # last one read is, since a later one takes the target over ("blamed the attack on the embassy on
        # militants": the first "on" is the attack's).
        behind: tuple[int, int] | None = None
        object_before = first in cue.target_behind and not self.time_after(sentence, index)
        if object_before:
            # "the attack, which Ankara blamed on militants": the object went before, the target follows,
            # and an "on" inside it is the target's own ("... blamed on militants on the border").
            behind = (sentence.starts[index], sentence.ends[index])
            cue_pieces.append(behind)
            index += 1
            if index >= len(sentence.words):
                return None
            first = sentence.words[index]
        if first in _PREPOSITIONS and not cue.before_slot and cue.pos == "verb":
            # "backed in 2019", "supported by demand": not an object.
            return None
        following = sentence.words[index + 1] if index + 1 < len(sentence.words) else "."
        if first in _AUX or (
            self.looks_like_verb_word(first)
            and (following in _ENDS or following in _DETERMINERS or following in _PREPOSITIONS)
        ):
            # "the plan that Russia backed failed": the object went before (a relative clause).
            return None
        closers: frozenset[str] = frozenset()
        if cue.after_slot:
            closers = cue.after_slot[0].alternatives
        # A word the pattern asks for after the slot ("took <target> to court") must close it: "took the
        # children to school" is no stance.
        closer_required = bool(cue.after_slot) and not cue.after_slot[0].optional
        closed = False
        end = index
        while end < len(sentence.words) and end - index < _MAX_TARGET:
            word = sentence.words[end]
            if end > index and word in closers:
                pieces = [(sentence.starts[end], sentence.ends[end])]
                more = self.closes_slot(sentence, end, cue.after_slot[1:])
                closed = more is not None
                if closer_required and not closed:
                    return None
                pieces.extend(
                    (sentence.starts[later], sentence.ends[later]) for later in range(end + 1, end + 1 + (more or 0))
                )
                cue_pieces.extend(pieces)
                break
            if (
                end > index
                and not object_before
                and word in cue.target_behind
                and end + 1 < len(sentence.words)
                and not self.time_after(sentence, end)
            ):
                # "blamed the attack on militants": the militants are blamed, the attack is what for.
                if behind is not None:
                    cue_pieces.remove(behind)
                behind = (sentence.starts[end], sentence.ends[end])
                cue_pieces.append(behind)
                index = end + 1
            if word in _HARD_STOPS and not (word == "," and self.list_comma(sentence, end)):
                break
            if word in _CLAUSE_STOPS and not self.keeps_as(sentence, end) and end != kept_as:
                break
            if word in _CONJUNCTIONS and end > index and self.starts_clause(sentence, end + 1):
                break
            if word in _CONJUNCTIONS and end > index and self.starts_verb_phrase(sentence, end + 1):
                break  # "blamed the ministry and asked for help": a second verb, not more of the target
            if opened_before and (word == '"' or word in _CLOSING_QUOTES) and sentence.raw[end] != "'":
                break
            if subject_noun and end > index and self.predicate_starts(sentence, end):
                break
            if (
                end > index
                and word in _ADJUNCT_PREPOSITIONS
                and not opened_before
                and end + 1 < len(sentence.words)
                and sentence.words[end + 1] in ("a", "an")
            ):
                break  # "did not back the proposal at a meeting of ...": where the act was, not its target
            if end > index and not opened_before and self.time_adjunct(sentence, index, end):
                # "slammed the plan within minutes of the broadcast": when the act was, not its target; and so
                # are the words that measure it ("soon after", "two days before").
                while end - 1 > index and (
                    sentence.words[end - 1] in _TIME_MEASURES
                    # "last week after talks collapsed": the span is a time of its own, which trim_time drops.
                    or (sentence.words[end - 1] in _TIME_SPANS and sentence.words[end - 2] not in _TIME_LEADS)
                    or sentence.words[end - 1] in _NUMBER_WORDS
                    or sentence.words[end - 1].isdigit()
                ):
                    end -= 1
                break
            if end > index and word == "in" and not opened_before and self.media_adjunct(sentence, end):
                break  # "criticized the deal in a letter to the board": the medium, not the target
            if end > index and (word[:1].isdigit() or word == "by") and _is_tally(sentence.words, end):
                break  # "rejected the plan 4-3"
            end += 1
        if closer_required and not closed:
            return None
        end = self.trim_time(sentence, index, self.trim_end(sentence, index, end))
        end = self.trim_end(sentence, index, self.trim_media(sentence, index, end))
        if end <= index:
            return None
        return sentence.starts[index], sentence.ends[end - 1]

    @staticmethod
    def closes_slot(sentence: _Sentence, index: int, rest: Sequence[PatternWord]) -> int | None:
        """How many of the pattern's later words follow the slot's closer at ``index``; None if one is missing.

        Only required words count: "held <target> responsible [for]" needs "responsible" alone.
        """
        position = index + 1
        for word in rest:
            if word.optional:
                break
            if position >= len(sentence.words) or sentence.words[position] not in word.alternatives:
                return None
            position += 1
        return position - index - 1

    @staticmethod
    def time_adjunct(sentence: _Sentence, start: int, index: int) -> bool:
        """Whether word ``index`` opens a time adjunct of the cue's verb, not more of a target begun at ``start``.

        "welcomed the deal after months of talks", "criticized the ruling before the vote", "slammed the plan
        within minutes of the broadcast", "within a week". Inside an infinitive the time is the act's asked
        for ("urged them to publish it before the vote"), and "within" before no span of time is a place
        ("within the European Union", "within 200 metres").
        """
        word = sentence.words[index]
        if word not in _TIME_CONJUNCTIONS or "to" in sentence.words[start:index]:
            return False
        if word != "within":
            return True
        following = index + 1
        while (
            following < len(sentence.words)
            and following - index <= 2
            and (
                sentence.words[following] in _NUMBER_WORDS
                or sentence.words[following].isdigit()
                or sentence.words[following] in _SOME_SPANS
            )
        ):
            following += 1  # "within 30 days", "within a few days"
        return following < len(sentence.words) and sentence.words[following] in _TIME_SPANS

    @staticmethod
    def time_after(sentence: _Sentence, index: int) -> bool:
        """Whether the word after word ``index`` opens a time ("on Tuesday", "on March 3", "on the 12th")."""
        following = sentence.words[index + 1] if index + 1 < len(sentence.words) else ""
        return following in _TIME_WORDS or following in _MONTHS or following.isdigit()

    def starts_verb_phrase(self, sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` is a past verb opening a verb phrase: "asked for", "said that", "called the".

        A word in -ed (or a common irregular past: "left", "went", "took") before a determiner, a
        preposition, "that", a colon or a quotation mark; not one before a noun ("the tired and
        underpaid nurses", "left wing").
        """
        if index + 1 >= len(sentence.words):
            return False
        word = sentence.words[index]
        irregular = word in _IRREGULAR_PAST
        if not irregular and (
            not (word.endswith("ed") or word in ("said", "told")) or not self.looks_like_verb_word(word)
        ):
            return False
        following = sentence.words[index + 1]
        return (
            following in _DETERMINERS
            or following in _PREPOSITIONS
            or following in ("that", "to", ":")
            or following in _QUOTES
        )

    def media_adjunct(self, sentence: _Sentence, index: int) -> bool:
        """Whether "in" at ``index`` names the act's medium: "in a letter", "in an open letter", "in his speech"."""
        if index + 2 >= len(sentence.words):
            return False
        article = sentence.words[index + 1]
        if article not in ("a", "an") and article not in _POSSESSIVES:
            return False
        last = min(index + 3 + _MAX_MEDIA_MODIFIERS, len(sentence.words))
        for position in range(index + 2, last):
            word = sentence.words[position]
            if word in self.media_nouns:
                return position + 1 >= len(sentence.words) or sentence.words[position + 1] != "of"
            if not word[:1].isalpha() or word in _PREPOSITIONS or word in _CONJUNCTIONS:
                return False
        return False

    @staticmethod
    def verbs_after_what(sentence: _Sentence, what: int, verbs: frozenset[str], skip: int = 1) -> Iterator[int]:
        """The words of ``verbs`` close after "what" (from ``skip`` words on), within its clause."""
        for index in range(what + skip, min(what + _MAX_NAMER_DISTANCE, len(sentence.words) - 1)):
            word = sentence.words[index]
            if word in _HARD_STOPS and word != ",":
                return
            if word in verbs:
                yield index

    def after_what(self, sentence: _Sentence, what: int) -> tuple[int, int]:
        """Where a target that opens with "what" starts, and the "as" that goes on with it (-1 for none).

        "criticized what its foreign minister, X, called “the comfort of delay”": the quotation a naming verb
        gives starts it; "blasted what he views as the Republicans' motives": "what" does, and the "as" of a
        verb of viewing is kept in it.
        """
        for verb in self.verbs_after_what(sentence, what, _NAMING_VERBS):
            following = verb + 2 if sentence.words[verb + 1] == "as" else verb + 1
            if following + 1 < len(sentence.words) and sentence.words[following] in _OPENING_QUOTES:
                what = following + 1
                break
        if sentence.words[what] != "what":
            return what, -1
        for verb in self.verbs_after_what(sentence, what, _VIEWING_VERBS, skip=2):
            if sentence.words[verb + 1] == "as":
                return what, verb + 1
        return what, -1

    def trim_media(self, sentence: _Sentence, start: int, end: int) -> int:
        """Drop a trailing "in a statement", "on Twitter" (the packs' ``media_phrases``) from a target."""
        for size in range(min(5, end - start - 1), 1, -1):
            if tuple(sentence.words[end - size : end]) in self.rules.media:
                if self.participle_before(sentence, start, end - size):
                    return end  # "the plan announced on Monday": the participle's own time, see trim_time
                return self.trim_time(sentence, start, end - size)
        return end

    @staticmethod
    def trim_end(sentence: _Sentence, start: int, end: int) -> int:
        """Drop what cannot end a target: a dangling conjunction or article, a period, an opening quote."""
        while end > start and (
            sentence.words[end - 1] in _CONJUNCTIONS
            or sentence.words[end - 1] in ("the", "a", "an", "that", "to", ".", ",", "“", "‘", "«")
            # "welcomed it too", "backed the return to talks again"; but "urged lawmakers to start again":
            # the act asked for
            or (
                end - start > 1
                and sentence.words[end - 1] in _TRAILING_ADVERBS
                and not any(_opens_infinitive(sentence, index) for index in range(start, end - 1))
            )
        ):
            end -= 1
        return end

    def list_comma(self, sentence: _Sentence, comma: int) -> bool:
        """Whether a comma separates the items of a list inside a noun phrase ("a fair, lasting, and just peace").

        It does when a few plain words, then another comma or "and"/"or", follow it.
        """
        after = comma + 1
        if after < len(sentence.words) and sentence.words[after] in ("and", "or"):
            # The last item of a list with a serial comma: "fair, lasting, and just".
            # After a comma, "and" before a subject and its verb opens a new clause ("criticised the levy, and
            # the minister said ..."); without one, the subject may be a target's own ("hoped the company and
            # NICE would reach ...").
            return (
                after + 1 < len(sentence.words)
                and sentence.words[after + 1] not in _PRONOUNS
                and not self.starts_clause(sentence, after + 1)
                and not self.subject_and_verb(sentence, after + 1)
            )
        for index in range(comma + 1, min(comma + 5, len(sentence.words))):
            word = sentence.words[index]
            if word in ("and", "or") or (word == "," and index > comma + 1):
                following = sentence.words[index + 1] if index + 1 < len(sentence.words) else ""
                return index > comma + 1 and following not in _PRONOUNS and not self.starts_clause(sentence, index + 1)
            raw = sentence.raw[index]
            if (
                not raw[0].isalnum()
                or sentence.mention(index) is not None
                or word in _CLAUSE_STOPS
                or word in _DETERMINERS
                or word in _PREPOSITIONS
                or self.looks_like_verb_word(word)
            ):
                return False
        return False

    def predicate_starts(self, sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` starts the predicate after a subject ("... has grown", "... hardened")."""
        word = sentence.words[index]
        following = sentence.words[index + 1] if index + 1 < len(sentence.words) else "."
        if (
            word in self.rules.verb_forms
            and word not in self.rules.past_forms
            and word not in _AUX
            and following in _AUX
        ):
            # "the rescue plan has ...": a noun that could be a verb heads the subject; but "had been" is
            # the predicate ("have to" makes "had" a form the packs name).
            return False
        previous = sentence.words[index - 1] if index > 0 else ""
        if word == "'s" and not self.after_is(following):
            return False  # "support for Syria's Bashar al-Assad": an owner's "'s", no "is"
        if word in _AUX:
            return True
        if sentence.raw[index][:1].isupper() and previous[:1].isalpha() and sentence.raw[index - 1][:1].isupper():
            return False  # "criticism of the Citizens United ruling": a word inside a name
        if word in self.rules.verb_forms:
            # "support for the plan": after "the" a word the packs also name as a verb is the noun.
            return word in self.rules.past_forms or previous not in _DETERMINERS
        if not self.looks_like_verb_word(word):
            return False
        if following in _ENDS or following in _DETERMINERS or following in _PREPOSITIONS:
            return True
        # "support for the pause surprised diplomats": a past form right after a noun, with an object,
        # is the predicate; after "the", "an", "newly", "'s" it is an adjective ("the proposed deal").
        return (
            previous.isalpha()
            and previous not in _DETERMINERS
            and previous not in _PREPOSITIONS
            and previous not in _CONJUNCTIONS
            and not previous.endswith("ly")
            and following not in _TIME_WORDS
            and following[:1].isalpha()
        )

    @staticmethod
    def keeps_as(sentence: _Sentence, index: int) -> bool:
        """ "as well as" and "such as" join noun phrases; other clause words end the target."""
        word = sentence.words[index]
        if word != "as":
            return False
        before = sentence.words[index - 1] if index > 0 else ""
        after = sentence.words[index + 1] if index + 1 < len(sentence.words) else ""
        return before in ("such", "well") or after == "well"

    @staticmethod
    def open_quotes(sentence: _Sentence, index: int) -> bool:
        """Whether a quotation opened before word ``index`` is still open there.

        Straight marks open and close alike, so an odd count of them is open; curly ones are
        open while more were opened than closed.
        """
        before = sentence.words[:index]
        if before.count('"') % 2 == 1:
            return True
        return before.count("“") + before.count("«") > before.count("”") + before.count("»")

    def starts_clause(self, sentence: _Sentence, index: int) -> bool:
        """Whether the words from ``index`` start a new clause ("and criticized ...", "and Germany backed ...")."""
        if index >= len(sentence.words):
            return False
        word = sentence.words[index]
        if sentence.mention(index) is None:
            if word in _AUX or word in self.rules.verb_forms or word in _PRONOUNS:
                return True
            if word in ("also", "then", "later", "still"):
                return True
            if self.is_adverb(sentence, index) and self.looks_like_verb(sentence, index + 1):
                return True
            raw = sentence.raw[index]
            return (
                raw.islower()
                and word.endswith("ed")
                and index + 1 < len(sentence.words)
                and (
                    sentence.words[index + 1] in _DETERMINERS
                    or sentence.mention(index + 1) is not None
                    or sentence.raw[index + 1][:1].isupper()
                )
            )
        mention = sentence.mention(index)
        position = index
        while position < len(sentence.words) and sentence.mention(position) is mention:
            position += 1
        while position < len(sentence.words) and self.is_adverb(sentence, position):
            position += 1
        if position >= len(sentence.words):
            return False
        following = sentence.words[position]
        return (
            following in _AUX
            or following in self.rules.verb_forms
            or (sentence.raw[position].islower() and following.endswith("ed"))
        )

    def subject_and_verb(self, sentence: _Sentence, index: int) -> bool:
        """Whether the words from ``index`` are a subject and its verb ("the minister said", "its leader called").

        "the council's leader promised", "Labour councillors voted", "ministers insisted": a few words of a noun
        phrase (determiners, names, plain words, "'s", "of"), then a word that starts a predicate; a past form
        right after "the" is an adjective ("and the proposed fees"), one before "by" a participle ("and the
        arrests reported by witnesses").
        """
        position = self.after_time(sentence, index)  # "and on Tuesday the minister said", "and last week ..."
        nouns = 0
        while position < len(sentence.words) and position - index <= _MAX_SUBJECT:
            word = sentence.words[position]
            if nouns and (
                self.predicate_starts(sentence, position) or self.is_statement_cue(sentence.starts[position])
            ):
                following = sentence.words[position + 1] if position + 1 < len(sentence.words) else "."
                return following != "by" and sentence.words[position - 1] != "'s"
            if sentence.mention(position) is not None:
                nouns += 1
            elif word in _DETERMINERS or word in ("'s", "of"):
                if nouns and word in _DETERMINERS and sentence.words[position - 1] != "of":
                    return False
            elif (
                sentence.raw[position].isalpha()
                and word not in _PREPOSITIONS
                and word not in _CONJUNCTIONS
                and word not in _CLAUSE_STOPS
                and word not in _PRONOUNS
                and word not in _TIME_WORDS
                and not self.is_adverb(sentence, position)
            ):
                nouns += 1
            else:
                return False
            position += 1
        return False

    def after_time(self, sentence: _Sentence, index: int) -> int:
        """The word after a time phrase that starts at ``index`` ("on Tuesday", "last week", "in March 2024"), or
        ``index`` when none does."""
        position = index
        while (
            position < len(sentence.words)
            and sentence.words[position] in _TIME_LEADS
            and sentence.words[position] != "the"
        ):
            position += 1
        timed = position
        while position < len(sentence.words) and (
            sentence.words[position] in _TIME_WORDS
            or self.is_month(sentence, position)
            or (sentence.words[position].isdigit() and len(sentence.words[position]) <= 4)
        ):
            position += 1
        if position == timed:
            return index
        return position + 1 if position < len(sentence.words) and sentence.words[position] == "," else position

    def trim_time(self, sentence: _Sentence, start: int, end: int) -> int:
        """Drop a trailing time of the act from a target: "on Tuesday", "last week", "in March 2024", "yesterday".

        "on 12 March", "on Tuesday night", "earlier this month", "for the second time this year" are when the act
        was, no part of what it is about. A time after a preposition of the target's own ("the talks planned for
        next week", "the attacks of the past week") stays.
        """
        end = self.repeat_start(sentence, start, end)
        if end - start >= 3 and sentence.words[end - 1] in _RELATIVE_TIMES and sentence.words[end - 2] in _TIME_SPANS:
            # "two days later", "weeks earlier", "a few hours ago"
            lead = end - 2
            while lead - 1 > start and (
                sentence.words[lead - 1] in _NUMBER_WORDS
                or sentence.words[lead - 1].isdigit()
                or sentence.words[lead - 1] in _SOME_SPANS
            ):
                lead -= 1
            end = lead
        # (Only a "to" opens one: most targets have none, found by one look at their words.)
        if "to" in sentence.words[start : end - 1] and any(
            _opens_infinitive(sentence, index) for index in range(start, end - 1)
        ):
            # "urged both sides to return to talks on Tuesday": inside an infinitive the time is the act's asked for;
            # "has urged the government to scrap the tax for years": how long the act went on is still no target's.
            duration = self.duration_start(sentence, start, end)
            return duration if duration is not None else end
        position = end
        deictic = False
        while position - 1 > start:
            word = sentence.words[position - 1]
            if word in _DEICTIC_TIMES:
                deictic = True
            elif not (
                word in _TIME_WORDS
                or self.is_month(sentence, position - 1)
                or _is_year(word)
                or (word[:1].isdigit() and len(word) <= 4 and word.rstrip("stndrh").isdigit())
            ):
                break
            position -= 1
        if position < end:
            lead = position
            while lead - 1 > start and (
                sentence.words[lead - 1] in _TIME_LEADS or sentence.words[lead - 1] in _TRIM_LEADS
            ):
                lead -= 1
            if self.participle_before(sentence, start, lead):
                # "opposed the plan announced on Monday": the time is when the plan was announced, the target's
                # own; cutting it would leave "the plan announced".
                return end
            if lead < position and (sentence.words[lead] == "over" or sentence.words[lead - 1] not in _PREPOSITIONS):
                return lead
            if (
                lead == position
                and deictic
                and not sentence.raw[position - 1][:1].isupper()
                and sentence.words[position - 1] not in _BEFORE_OWN_TIME
            ):
                # "backed the plan Tuesday", "condemned the closure yesterday"; but "the plan for tomorrow", "the
                # strike planned for Friday", "the ban until Monday": a time the target's own word takes stays.
                return position
        duration = self.duration_start(sentence, start, end)
        return duration if duration is not None else end

    def participle_before(self, sentence: _Sentence, start: int, cut: int) -> bool:
        """Whether a past participle after a noun ends the words before ``cut``, or its agent does: "the plan
        announced", "the deal reached", "the plan that was announced", "the plan unveiled by the government"; not
        "the plan" nor a lone "announced"."""
        for by in range(cut - 2, max(start, cut - _MAX_NP - 1), -1):
            # "the plan unveiled by the government on Monday": the time is still the unveiling's
            if sentence.words[by] == "by":
                cut = by
                break
            if not sentence.raw[by][:1].isalnum():
                break
        if cut - 2 < start:
            return False
        raw = sentence.raw[cut - 1]
        word = sentence.words[cut - 1]
        return (
            raw.isalpha()
            and raw.islower()
            and word not in _AUX
            and (self.looks_like_verb_word(word) or word in _IRREGULAR_PARTICIPLES)
        )

    @staticmethod
    def repeat_start(sentence: _Sentence, start: int, end: int) -> int:
        """Where a trailing "for the second time (in a month)" begins, or ``end``: how often, not what."""
        words = sentence.words
        for position in range(max(start + 1, end - 7), end - 3):
            if (
                words[position] == "for"
                and words[position + 1] in ("the", "a")
                and words[position + 2] in _ORDINALS
                and (words[position + 3] == "time" or words[position + 3] in _TIME_SPANS)
                and all(word in _REPEAT_TAIL or word in _TIME_WORDS for word in words[position + 4 : end])
            ):
                return position
        return end

    @staticmethod
    def duration_start(sentence: _Sentence, start: int, end: int) -> int | None:
        """Where a target's trailing duration of the act begins: "lobbied for protection for years".

        "for years", "for many decades", "for the past two months" say how long the act has gone on,
        no part of what it is for; "a freeze for two years" may be a two-year freeze, so a bare count
        stays.
        """
        words = sentence.words
        if end - start < 3 or not (words[end - 1] in _TIME_SPANS or words[end - 1] == "decades"):
            return None
        lead = end - 2
        if words[lead] == "many":
            lead -= 1
        elif words[lead] != "for":
            while lead > start and (
                words[lead] in _NUMBER_WORDS or words[lead].isdigit() or words[lead] in _SOME_SPANS
            ):
                lead -= 1
            if lead - 2 <= start or words[lead] not in ("past", "last") or words[lead - 1] != "the":
                return None
            lead -= 2  # "for the past two years": counted back from now
        return lead if lead > start and words[lead] == "for" else None

    def noun_phrase_before(self, sentence: _Sentence, index: int) -> tuple[int, int] | None:
        """The noun phrase ending before word ``index + 1`` (skipping a comma and *be*): the passive's target."""
        while index >= 0:
            if sentence.words[index] in (",", "not", "n't", "never") or sentence.words[index] in _AUX:
                index -= 1
                continue
            if self.is_adverb(sentence, index):
                index -= 1
                continue
            _, size = self.phrase_ending(sentence, index, _SKIPPED_LISTS)
            if not size:
                aside = self.participle_aside(sentence, index)
                if aside is None:
                    break
                # "A proposal, backed by France, has been opposed by ...": the proposal, not France.
                index = aside
                continue
            # "is likely to be welcomed by", "was expected to be backed by".
            index -= size
        if index < 0:
            return None
        end = index + 1
        start = end
        while start - 1 >= 0 and end - start < _MAX_NP:
            word = sentence.words[start - 1]
            raw = sentence.raw[start - 1]
            if word in _DETERMINERS:
                start -= 1
                if start - 1 >= 0 and sentence.words[start - 1] == "of":
                    continue  # "The government's handling of the dispute": the whole phrase
                if start >= 3 and sentence.words[start - 2] == "to" and self.purpose_to(sentence, start - 2):
                    start -= 2  # "Her plan to scrap the levy": the verb and "to" go with the plan
                    continue
                break
            if word == "'s":
                start -= 1
                continue
            if not raw[0].isalnum():
                break
            if word == "to" and self.purpose_to(sentence, start - 1):
                start -= 1  # "Her plan to scrap the levy, welcomed by ...": the plan, not only its infinitive
                continue
            if word in _PREPOSITIONS and word != "of":
                break
            if word == "of" and not (start - 2 >= 0 and sentence.raw[start - 2][0].isalnum()):
                break
            if sentence.mention(start - 1) is None and (
                word in _AUX
                or word in _PRONOUNS
                or word in _CONJUNCTIONS
                or word in _CLAUSE_STOPS
                or word in _RELATIVES
                or self.looks_like_verb_word(word)
                or (raw.islower() and word.endswith("ed"))
            ):
                break
            start -= 1
        if start == end or sentence.words[start] == "of":
            return None
        return start, end

    def purpose_to(self, sentence: _Sentence, to: int) -> bool:
        """Whether the "to" at word ``to`` opens the infinitive of a noun of intent: "a pledge to cut taxes"."""
        return to >= 1 and (sentence.words[to - 1],) in self.rules.words("purpose_nouns")

    def participle_aside(self, sentence: _Sentence, index: int) -> int | None:
        """The opening comma of a participial aside ending at word ``index`` (", backed by France,")."""
        if index + 1 >= len(sentence.words) or sentence.words[index + 1] != ",":
            return None
        for comma in range(index - 1, max(-1, index - 10), -1):
            if sentence.words[comma] != ",":
                continue
            if comma + 2 > index or sentence.words[comma + 2] != "by":
                return None
            participle = sentence.words[comma + 1]
            return comma if self.is_participle(participle) else None
        return None

    def participles_subject(self, sentence: _Sentence, conjunction: int) -> tuple[int, int] | None:
        """The noun phrase before an aside of participles joined by the word at ``conjunction``.

        "The ban, imposed by a tribunal in April and welcomed by the agency, runs ...": the ban is welcomed.
        The aside opens with a comma and a past participle, and holds no other comma or clause word.
        """
        for comma in range(conjunction - 1, max(-1, conjunction - _MAX_PARTICIPLE_ASIDE), -1):
            word = sentence.words[comma]
            if word == ",":
                participle = comma + 1
                if participle >= conjunction or not sentence.raw[participle].islower():
                    return None
                if not self.is_participle(sentence.words[participle]):
                    return None
                return self.noun_phrase_before(sentence, comma - 1)
            if word in _HARD_STOPS or word in _CLAUSE_STOPS or word in _RELATIVES or word in _CONJUNCTIONS:
                return None
        return None

    def passive_subject_before(self, sentence: _Sentence, conjunction: int) -> tuple[int, int] | None:
        """The subject of a passive joined to this one by the word at ``conjunction``.

        "The ban was imposed in April and welcomed by the agency": the ban is welcomed. The earlier
        passive ("was imposed") stands in the same clause, with no comma or clause word between.
        """
        last = conjunction - 1
        if last > 0 and sentence.words[last] == ",":
            last -= 1  # "was imposed in April, and welcomed by ..."
        for position in range(last, max(0, conjunction - _MAX_PARTICIPLE_ASIDE), -1):
            word = sentence.words[position]
            if word in _HARD_STOPS or word in _CLAUSE_STOPS or word in _RELATIVES or word in _CONJUNCTIONS:
                return None
            if not (sentence.raw[position].islower() and (self.looks_like_verb_word(word) or word.endswith("ed"))):
                continue
            be = position - 1
            while be >= 0 and self.is_adverb(sentence, be):
                be -= 1
            if be >= 1 and sentence.words[be] in _BE:
                return self.noun_phrase_before(sentence, be - 1)
        return None

    def subject_after(self, sentence: _Sentence, index: int) -> tuple[int, int] | None:
        """The subject after a fronted passive clause: "Backed by Russia, the rebels advanced"."""
        while index < len(sentence.words) and sentence.words[index] != ",":
            if sentence.words[index] in _HARD_STOPS:
                return None
            index += 1
        start = index + 1
        end = start
        while end < len(sentence.words) and end - start < _MAX_NP:
            word = sentence.words[end]
            if not sentence.raw[end][0].isalnum() and word != "'s":
                break
            if sentence.mention(end) is None and (
                self.looks_like_verb_word(word) or word in _PREPOSITIONS or word in _CONJUNCTIONS
            ):
                break
            end += 1
        return (start, end) if end > start else None

    def antecedent(self, sentence: _Sentence, index: int) -> tuple[int, int] | None:
        """The noun phrase a relative pronoun before a passive stands for: "The bill, which was backed",
        "his deputy, Ana Ruiz, who was accused by ..."."""
        while index >= 0 and (sentence.words[index] in _AUX or self.is_adverb(sentence, index)):
            index -= 1
        if index < 1 or sentence.words[index] not in _RELATIVES:
            return None
        return self.noun_phrase_before(sentence, index - 1)

    def relative_target(self, sentence: _Sentence, index: int) -> tuple[int, int] | None:
        """For "the plan, which Russia welcomed": the noun phrase before the relative word at ``index``."""
        phrase = self.noun_phrase_before(sentence, index - 1)
        if phrase is None:
            return None
        return sentence.starts[phrase[0]], sentence.ends[phrase[1] - 1]

    # -- output --------------------------------------------------------------

    def remember(self, sentence: _Sentence, head: int, holders: list[str]) -> None:
        self.holders_in.setdefault(sentence.start, []).append((head, holders))

    def emit(self, sentence: _Sentence, head: int, cue: Cue, found: _Found) -> None:
        assert found.target is not None
        negated = found.negations % 2 == 1
        if negated and cue.polarity == "oppose" and (cue.copula or self.missed_act(sentence, head, cue, found)):
            # "I am not against the mayor", "not opposed to", "did not condemn the siege", "did not reject
            # the plan outright": denying opposition asserts no support (cancel). Other negated
            # opposition is read as weak support: "has never opposed inspections", "has not opposed the
            # dam", "did not criticize the army", "declined to condemn", "has not rejected".
            return
        polarity = cue.polarity
        confidence = cue.confidence
        if negated:
            if polarity == "support":
                polarity = "oppose"
                confidence *= 0.8
            elif polarity == "oppose":
                polarity = "support"
                # Not opposing is weaker evidence of support than not supporting is of opposition.
                confidence *= 0.6
        if found.hedges:
            confidence *= 0.7
        start, end = found.target
        target_span = self.draft.span(start, end)
        target_entity = self.target_entity(sentence, start, end)
        target_text = target_span.text
        if target_text.split(" ", 1)[0].lower() in _REFLEXIVES:
            return
        if target_text.lower() in _BODY_OBJECTS and (
            target_entity is None
            or self.settled.get(target_entity, target_entity)
            in {self.settled.get(holder, holder) for holder in found.holders}
        ):
            # "Farmers targeted the ministry, accusing them of ...": the participle's subject is the farmers, so
            # "them" is not the farmers (whom coreference may have given it) but the object named before.
            named = self.participle_object(sentence, head, found.holders)
            if named is not None:
                start, end, target_entity = named
                target_span = self.draft.span(start, end)
                target_text = target_span.text
        if target_text.lower() in _PRONOUN_TARGETS:
            # "Germany will vote for it": the target is what coreference found, named; unresolved, no stance,
            # but for a person ("endorsed him"), whom the act is about even when no sentence names him.
            personal = target_text.lower() in _PERSONAL_OBJECTS
            if (
                personal
                and target_entity is not None
                and self.settled.get(target_entity, target_entity)
                in {self.settled.get(holder, holder) for holder in found.holders}
            ):
                # "Ruiz, who endorsed him last week, ...": "him" is never the endorser himself; coreference
                # took the wrong antecedent, so the stance keeps the pronoun and no entity.
                target_entity = None
            earlier = self.stance_of(target_entity, sentence) if not personal else None
            if earlier is not None:
                # "Unison backed the pay offer, but the GMB rejected it": coreference took the actor of the clause
                # before for "it", but what the GMB rejects is what Unison backed.
                target_text, target_entity = earlier.target.text, earlier.target.entity
            elif target_entity is not None:
                target_text = self.draft.entities[target_entity].name
            elif not personal:
                return
        elif target_entity is None:
            # "lauded Obama": a target that is a name no earlier stage read links a new entity.
            target_entity = self.target_name(sentence, start, end)
        cue_span = self.draft.join(_merge(found.cue_pieces))
        statement = self.statement_around(sentence.starts[head])
        if statement is None and found.shared_with is not None:
            # "said he supported the strike and urged the company to ...": a verb that shares the subject of a
            # cue inside reported speech is reported too, even where the statement's content stops before it.
            statement = self.statement_around(sentence.starts[found.shared_with])
        note = f"cue {cue_span.text!r}; {self.describe(found)}"
        for holder in found.holders:
            # Placeholders of pending names turn into entities (and their mentions) only here, when used.
            holder = self.settled.get(holder, holder)
            if target_entity is not None:
                target_entity = self.settled.get(target_entity, target_entity)
            if holder == target_entity:
                if not self.described_otherwise(target_text, holder):
                    continue
                # "The Bee Network faulted the agency": coreference gave the description to the holder, but
                # its head noun is none of the holder's name; an actor faulting itself is the rarer reading.
                target_entity = None
            if (holder, cue_span.start, start) in self.seen:
                continue
            holder = self.settle(sentence, holder)
            self.seen.add((holder, cue_span.start, start))
            if target_entity is not None:
                target_entity = self.settle(sentence, target_entity)
            stance_id = self.draft.new_id("t")
            self.draft.explain(stance_id, cue.id, cue_span.text)
            self.draft.stances.append(
                Stance(
                    id=stance_id,
                    holder=holder,
                    target=Target(target_text, target_span, target_entity),
                    polarity=polarity,  # type: ignore[arg-type]
                    type=cue.type,
                    cue=cue_span,
                    negated=negated,
                    statement=statement.id if statement is not None else None,
                    confidence=round(confidence, 2),
                    provenance=self.draft.provenance(cue.id, note),
                )
            )

    def participle_object(
        self, sentence: _Sentence, head: int, holders: list[str]
    ) -> tuple[int, int, str | None] | None:
        """The object before ", <participle>" at word ``head`` that an "it"/"them" after the participle stands for.

        "Farmers targeted the ministry, accusing them of ...", "picketed the Ministry of Agriculture, accusing it
        of ...": the start and end offsets of the object, a body or a government named or an actor noun, and
        its entity (None for an actor noun no mention covers). None when no such object ends the clause.
        """
        last = head - 2
        if last < 1 or sentence.words[head - 1] != "," or not sentence.words[head].endswith("ing"):
            return None
        mention = sentence.mention(last)
        if mention is not None:
            first = sentence.mention_first(mention)
            entity_type = self.entity_type(mention.entity)
            if entity_type in (None, "person") or entity_type not in _ACTOR_TYPES:
                return None
            if self.holder_of(mention) in holders:
                return None
        else:
            kind = self.rules.holder_nouns.get(sentence.words[last])
            if kind is None or kind == "person" or not sentence.raw[last].islower():
                return None
            first = last
            while first > 0 and last - first < 3 and sentence.words[first] not in _DETERMINERS:
                first -= 1
            if sentence.words[first] not in _DETERMINERS:
                return None
        if first < 1 or sentence.words[first - 1] in (",", "and") or not sentence.raw[first - 1].islower():
            return None  # "The ministry, accusing them": the subject, not an object
        entity = mention.entity if mention is not None else None
        return sentence.starts[first], sentence.ends[last], entity

    def stance_of(self, entity_id: str | None, sentence: _Sentence) -> Stance | None:
        """The stance a pronoun object stands in for: the last one, when coreference gave the pronoun its holder.

        "Unison backed the pay offer, but the GMB rejected it", "... The GMB rejected it": the last stance of this
        sentence or the one before, when its holder is ``entity_id``; with no entity for the pronoun ("and Smith
        welcomed it too"), the last stance of this sentence.
        """
        if not self.draft.stances or self.draft.stances[-1].cue is None:
            return None
        previous = self.draft.stances[-1]
        assert previous.cue is not None
        if entity_id is None:
            return previous if previous.cue.start >= sentence.start else None
        offset = sentence.start - 1
        while offset > 0 and self.text[offset].isspace():
            offset -= 1
        before = self.draft.sentence_of(offset) if offset > 0 else None
        since = before[0] if before is not None else sentence.start
        if previous.cue.start < since or previous.holder != self.settled.get(entity_id, entity_id):
            return None
        return previous

    def described_otherwise(self, target_text: str, holder: str) -> bool:
        """Whether a target "the agency" names something other than ``holder``, whose name has no "agency"."""
        words = target_text.lower().split()
        if len(words) != 2 or words[0] != "the" or not words[1].isalpha():
            return False
        entity = self.draft.entities.get(holder)
        return entity is not None and words[1] not in entity.name.lower().split()

    def spoken_attack(self, sentence: _Sentence, head: int, found: _Found) -> bool:
        """Whether a verb that also names a blow ("attacked") is words here, not force.

        Words show in a reason or a label after the target ("attacked Clinton for her record", "attacked
        the plan as reckless"), in a person as the attacker ("Luntz attacked Breitbart News"), or in an
        organisation attacking a person or a body by name ("the campaign attacked Rubio"). Troops, rebels
        and countries attack places and armies ("Rebels attacked the convoy", "Russia attacked Kyiv"),
        a weapon follows "with" ("attacked him with a knife"), and a victim is often not yet named
        ("attacked a guard").
        """
        if sentence.raw[head].isupper():
            return False  # "STREET ATTACKS SLOWED": a headline's noun as often as its verb
        if head > 0 and sentence.words[head - 1] in _WORDY_ATTACKS:
            return True  # "unleashed a verbal attack on": words by name
        start, end = found.target or (0, 0)
        after = bisect.bisect_left(sentence.starts, end)
        following = sentence.words[after] if after < len(sentence.words) else ""
        first = bisect.bisect_left(sentence.starts, start)
        target_words = sentence.words[first:after]
        if following == "with" or "with" in target_words:
            return False
        if following in ("for", "over", "as") or "as" in target_words:
            return True
        if found.how == "passive agent":
            # "The plan was attacked by the opposition as reckless", "Ruiz was attacked by critics for her
            # record": the label or reason follows the agent; "a plan to ..." attacked is words too.
            after_agent = sentence.words[head + 1 : head + 12]
            label = next((place for place, word in enumerate(after_agent) if word in ("as", "for", "over")), None)
            # "for the second time this month", "for hours" measure the attack, they give no reason.
            timed = label is not None and not _ATTACK_TIMES.isdisjoint(after_agent[label : label + 4])
            if label is not None and not timed and _VIOLENCE_WORDS.isdisjoint(sentence.words):
                return True
            if any((word,) in self.rules.words("purpose_nouns") for word in target_words):
                return True
        if target_words[:1] in (["a"], ["an"]):
            return False  # "attacked a guard", "attacked a police station": someone or somewhere not yet named
        if not _VIOLENCE_WORDS.isdisjoint(sentence.words):
            return False  # "attacked his neighbour outside a bar", "an attack on the town, killing 12": force
        kinds = {self.entity_type(holder) for holder in found.holders}
        if kinds == {"person"}:
            return True
        if kinds != {"organization"}:
            return False
        mention = self.target_mention(sentence, start)
        return mention is not None and self.entity_type(mention.entity) in ("person", "organization")

    def target_mention(self, sentence: _Sentence, start: int) -> Mention | None:
        """The mention that opens a target (after "the" and a title), or None."""
        first = bisect.bisect_left(sentence.starts, start)
        if first < len(sentence.words) and sentence.words[first] == "the":
            first += 1
        mention = sentence.mention(self.after_title(sentence, first))
        if mention is None and first < len(sentence.words):
            mention = self.name_starting(sentence, first, target=True)
        return mention

    @staticmethod
    def missed_act(sentence: _Sentence, head: int, cue: Cue, found: _Found) -> bool:
        """Whether a negated cue reports a strong act that did not happen: "did not condemn", "didn't reject".

        A condemnation, rejection, accusation, ... that did not take place on one occasion says
        nothing of support; a position held over time ("has not rejected", "has never opposed") or
        a refusal ("declined to condemn") does, and so do the milder acts ("did not criticize").
        """
        if cue.type in _FLIPPING_OPPOSITION:
            return False
        words = sentence.words[found.group[0] : head]
        return "never" not in words and any(
            word == "did" and following in ("not", "n't") for word, following in pairwise(words)
        )

    def actor_target(self, sentence: _Sentence, start: int, end: int) -> bool:
        """Whether a target names an actor (a person, organisation, government, country or group) first.

        The mention may be followed by a prepositional phrase ("went after Clinton on trade"), not by
        more of a noun phrase ("went after the Clinton Foundation's money").
        """
        first = bisect.bisect_left(sentence.starts, start)
        if first < len(sentence.words) and sentence.words[first] == "the":
            first += 1
        first = self.after_title(sentence, first)
        mention = sentence.mention(first)
        if mention is None and first < len(sentence.words):
            # "went after Clinton": a name no earlier stage read counts when a stance would link it.
            mention = self.name_starting(sentence, first, target=True)
        if mention is None or sentence.mention_first(mention) != first:
            return False
        if self.entity_type(mention.entity) not in _ACTOR_TYPES:
            return False
        after = first
        while after < len(sentence.words) and sentence.mention(after) is mention:
            after += 1
        return (
            after >= len(sentence.words)
            or sentence.starts[after] >= end
            or sentence.words[after] in _PREPOSITIONS
            or sentence.words[after] == ","
        )

    # -- names no earlier stage read -------------------------------------------

    def name_ending(self, sentence: _Sentence, last: int) -> Mention | None:
        """A mention for the unknown name that ends at word ``last``, when ``name_kind`` says it is one."""
        first = last
        while (
            first > 0
            and last - first < 5
            and sentence.mention(first - 1) is None
            and (sentence.raw[first - 1][:1].isupper() or self.glued(sentence, first - 1))
        ):
            first -= 1
        # "But Rubio", "Meanwhile Rubio": a leading word that is no name falls away.
        for start in range(first, last + 1):
            mention = self.name_at(sentence, start, last)
            if mention is not None:
                return mention
        return None

    @staticmethod
    def list_item_at(sentence: _Sentence, index: int) -> bool:
        """Whether word ``index`` is a whole item of a list: it opens the sentence or follows a comma."""
        return index == 0 or sentence.words[index - 1] == ","

    def acronym_at(self, sentence: _Sentence, index: int) -> Mention | None:
        """A mention for the unknown acronym at word ``index`` ("FIM-CISL", "GMB"), read as an organisation.

        Only a list asks: an acronym joined by "and" to a known actor is one of the bodies acting
        ("FIM-CISL and UILM condemned ..."), where ``name_kind`` turns down any word in capitals
        because a headline is written in them. A title ("MP") is no body, and nor is a word in a
        sentence that has no lower-case word after it (a headline).
        """
        raw = sentence.raw[index]
        letters = raw.replace("-", "")
        if not (2 <= len(letters) <= 10 and letters.isalpha() and letters.isupper()):
            return None
        if is_title(self.draft, raw) or not any(word.islower() for word in sentence.raw[index + 1 :]):
            return None
        return self.name_at(sentence, index, index, kind="organization")

    def agrees_with_name(self, sentence: _Sentence, index: int, head: int) -> bool:
        """Whether the verb group after word ``index`` up to the cue ``head`` may follow a singular name.

        An auxiliary, a past form or a verb in -s does ("Rubio has long backed", "Rubio backs", "Rubio
        refused to back"); a bare form after the name does not ("Alberta protest buffer law").
        """
        if index > 0 and sentence.words[index - 1] in ("and", "&"):
            return True  # "Rubio and Cruz back ...": the coordination is read from the last name
        for position in range(index + 1, head + 1):
            word = sentence.words[position]
            if word in _AUX or self.looks_like_verb_word(word) or (word.endswith("s") and word.isalpha()):
                return True
        return False

    def name_starting(self, sentence: _Sentence, first: int, *, target: bool = False) -> Mention | None:
        """A mention for the unknown name that starts at word ``first`` and ends where its noun phrase does.

        "by Rubio", "by Rubio on Tuesday", "by Rubio and Cruz"; not "by Rubio aides" (the aides act)
        nor "by Apple shares".
        """
        last = first
        while last < len(sentence.words) and last - first < 6 and sentence.mention(last) is None:
            if not (sentence.raw[last][:1].isupper() or self.glued(sentence, last)):
                break
            last += 1
        if last == first or (last < len(sentence.words) and self.continues_phrase(sentence, last)):
            return None
        return self.name_at(sentence, first, last - 1, target=target)

    def continues_phrase(self, sentence: _Sentence, position: int) -> bool:
        """Whether word ``position`` goes on with the noun phrase before it ("Chinese buyers", "Rubio aides")."""
        word = sentence.words[position]
        return (
            sentence.raw[position][0].isalnum()
            and word not in _PREPOSITIONS
            and word not in _CONJUNCTIONS
            and word not in _TIME_LEADS
            and word not in _TIME_WORDS
            and word not in _RELATIVES
            and word != "as"  # "by Rubio as reckless", "by Labour as well as": no more of the name's phrase
            and not self.is_adverb(sentence, position)
            and not self.looks_like_verb_word(word)
        )

    @staticmethod
    def glued(sentence: _Sentence, position: int) -> bool:
        """Whether word ``position`` is an apostrophe inside a name, no space on either side: "O'Rourke"."""
        return (
            sentence.raw[position] in ("'", "’")
            and 0 < position < len(sentence.words) - 1
            and sentence.ends[position - 1] == sentence.starts[position]
            and sentence.ends[position] == sentence.starts[position + 1]
            and sentence.raw[position + 1][:1].isupper()
        )

    def name_at(
        self, sentence: _Sentence, first: int, last: int, *, target: bool = False, kind: str | None = None
    ) -> Mention | None:
        """A pending mention of words ``first``..``last``, when they are clearly a name.

        The mention, and the entity of a name the draft does not know yet, stay out of the draft
        until a stance uses them (``settle``): a cue read and then dropped ("Rubio went after the
        vote") leaves nothing behind. The mention's entity is the known entity, or a placeholder id
        (one per name) that ``entity_type`` reads. A target is a person's name only with evidence of
        one (``person_evidence``): "slammed Brexit", "criticized Ofwat" name no person. ``kind``, when
        given, is what the caller already knows the words name.
        """
        if any(sentence.mention(position) is not None for position in range(first, last + 1)):
            return None
        start, end = sentence.starts[first], sentence.ends[last]
        if kind is None:
            kind = name_kind(self.draft, start, end)
        if kind is None or (target and kind == "person" and not person_evidence(self.draft, start, end)):
            return None
        entity_id = known_name(self.draft, start, end, kind)
        if entity_id is None:
            key = (kind, " ".join(self.text[start:end].split()))
            entity_id = self.pending_ids.get(key)
            if entity_id is None:
                entity_id = self.pending_ids[key] = f"?e{len(self.pending_ids) + 1}"
                self.pending_kinds[entity_id] = kind
        self.pending_count += 1
        mention = Mention(f"?m{self.pending_count}", entity_id, self.draft.span(start, end))
        self.waiting.setdefault(sentence.start, []).append((mention, kind))
        for position in range(first, last + 1):
            sentence.mention_of[position] = mention
        sentence.first_of[mention.id] = first
        return mention

    def settle(self, sentence: _Sentence, entity_id: str) -> str:
        """The entity a stance of this sentence uses, with its pending mentions here made (rule stance.name)."""
        pending = self.waiting.get(sentence.start)
        if pending:
            wanted = {entity_id, self.settled.get(entity_id, entity_id)}
            keep = []
            for mention, kind in pending:
                if mention.entity not in wanted and self.settled.get(mention.entity) not in wanted:
                    keep.append((mention, kind))
                    continue
                start, end = mention.span.start, mention.span.end
                made = ensure_name(self.draft, start, end, kind, rule=NEW_NAME_RULE)
                if mention.entity in self.pending_kinds:
                    self.settled.setdefault(mention.entity, made)
                if (made, start) not in self.new_mentions:
                    self.new_mentions.add((made, start))
                    self.draft.add_mention(made, start, end, NEW_NAME_RULE)
            self.waiting[sentence.start] = keep
        return self.settled.get(entity_id, entity_id)

    def target_name(self, sentence: _Sentence, start: int, end: int) -> str | None:
        """The (pending) entity of a target that is a name and nothing more: "lauded Obama", "took aim at Rubio"."""
        first = bisect.bisect_left(sentence.starts, start)
        last = bisect.bisect_left(sentence.ends, end)
        if not (first <= last < len(sentence.words) and sentence.starts[first] == start and sentence.ends[last] == end):
            return None
        if last - first > 5 or not all(
            sentence.raw[position][:1].isupper() or self.glued(sentence, position)
            for position in range(first, last + 1)
        ):
            return None
        mention = self.name_at(sentence, first, last, target=True)
        return mention.entity if mention is not None else None

    def after_title(self, sentence: _Sentence, first: int) -> int:
        """The word after a title that opens a person's mention at word ``first`` ("Senator Warren",
        "Sen. Warren", "Prime Minister Kishida"), when the entity stage left the title out; else ``first``."""
        if first >= len(sentence.words) or sentence.mention(first) is not None or not sentence.raw[first][:1].isalpha():
            return first
        for last in range(first, min(first + 3, len(sentence.words) - 1)):
            mention = sentence.mention(last + 1)
            if mention is not None:
                if (
                    sentence.mention_first(mention) == last + 1
                    and self.entity_type(mention.entity) == "person"
                    and is_title(self.draft, self.text[sentence.starts[first] : sentence.ends[last]])
                ):
                    return last + 1
                break
        return first

    def target_entity(self, sentence: _Sentence, start: int, end: int) -> str | None:
        """The entity a target names when it is (the) one mention: "accused Tokyo" -> Japan.

        A target inside a longer mention is the mention nested there: "Oxfam" of "Oxfam's strongest
        critics" and of "the strongest critics of Oxfam".
        """
        first = bisect.bisect_left(sentence.starts, start)
        if first < len(sentence.words) and sentence.words[first] == "the":
            first += 1
        first = self.after_title(sentence, first)
        mention = sentence.mention(first)
        if mention is None:
            return None
        if mention.span.start <= sentence.starts[first] and mention.span.end >= end:
            if mention.span.end > end or mention.span.start < start:
                inner = self.mention_ending(sentence.starts[first], end)
                if inner is not None:
                    return inner.entity
            return mention.entity
        return None

    def mention_ending(self, start: int, end: int) -> Mention | None:
        """The longest mention that ends at offset ``end`` and starts at ``start`` or after; else None."""
        low = bisect.bisect_left(self.mention_starts, start)
        high = bisect.bisect_left(self.mention_starts, end)
        for mention in self.mentions[low:high]:
            if mention.span.end == end:
                return mention  # sorted by start, so the first is the longest
        return None


def _agent_joiner(words: Sequence[str], position: int) -> int:
    """How many words of "but also" or "as well as" (a comma before it too) start at ``position`` (0 for none).

    "by X but also by Y", "by X, as well as by Y".
    """
    comma = 1 if position < len(words) and words[position] == "," else 0
    if words[position + comma : position + comma + 2] == ["but", "also"]:
        return comma + 2
    if words[position + comma : position + comma + 3] == ["as", "well", "as"]:
        return comma + 3
    return 0


def _merge(pieces: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _name_key(name: str) -> str:
    name = name.strip().lower().replace("’", "'")
    if name.startswith("the "):
        name = name[4:]
    return " ".join(name.split())


def _tally_size(words: Sequence[str], index: int) -> int:
    """How many words from ``index`` give a vote's tally: "4-3", "5 to 2", "by 60 votes to 40", "by a 5-2 vote"."""

    def count(position: int) -> bool:
        return position < len(words) and (words[position].isdigit() or words[position] in _NUMBER_WORDS)

    if index >= len(words):
        return 0
    shape = words[index : index + 5]
    if _TALLY.fullmatch(shape[0]):
        return 1
    if count(index) and shape[1:2] == ["to"] and count(index + 2):
        return 3
    if count(index) and shape[1:3] == ["votes", "to"] and count(index + 3):
        return 4
    if shape[0] == "by":
        rest = _tally_size(words, index + 1)
        if rest:
            return 1 + rest
        if shape[1:2] in (["a"], ["an"]) and len(shape) > 3 and _TALLY.fullmatch(shape[2]):
            return 4 if shape[3] in ("vote", "margin") else 0
        if shape[1:4] == ["a", "vote", "of"]:
            rest = _tally_size(words, index + 4)
            return 4 + rest if rest else 0
    return 0


def _opens_infinitive(sentence: _Sentence, index: int) -> bool:
    """Whether word ``index`` is the "to" of an infinitive: "to start", not "to talks", "to Beijing", "to the brink".

    A verb after "to" is a lower-case word in its base form, so no determiner, number, time or plural in -s.
    """
    if sentence.words[index] != "to" or index + 1 >= len(sentence.words):
        return False
    raw = sentence.raw[index + 1]
    word = sentence.words[index + 1]
    return (
        raw.isalpha()
        and raw.islower()
        and word not in _DETERMINERS
        and word not in _NUMBER_WORDS
        and word not in _TIME_WORDS
        and not (word.endswith("s") and not word.endswith(("ss", "us")))
    )


def _is_tally(words: Sequence[str], index: int) -> bool:
    return _tally_size(words, index) > 0


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def run(draft: Draft) -> None:
    """Add the stances of the draft's sentences to ``draft.stances`` (and actors it names to its entities)."""
    first = len(draft.stances)
    _Stage(draft, rules_for(draft)).run()
    _unlink_acts(draft, first)


def _unlink_acts(draft: Draft, first: int) -> None:
    """Unlink stances from statements that are themselves stance acts.

    A statement whose cue is a stance cue ("China advocated peaceful
    resolution and criticized ...", read as a statement of China) reports no
    speech that a later stance could be nested in; only speech ("said that
    China welcomes ...") holds a stance.
    """
    acts = {stance.cue.start for stance in draft.stances[first:] if stance.cue is not None}
    statements = {statement.id: statement for statement in draft.statements}
    for index in range(first, len(draft.stances)):
        stance = draft.stances[index]
        statement = statements.get(stance.statement or "")
        if statement is not None and statement.cue is not None and statement.cue.start in acts:
            draft.stances[index] = attrs.evolve(stance, statement=None)


def explain(stance: Stance, names: Mapping[str, str]) -> str:
    """One line saying what a stance is and how the stage found it, for ``--explain``.

    Args:
        stance: a stance the stage made (its provenance note says how).
        names: entity id -> name.
    """
    flags = []
    if stance.negated:
        flags.append("negated")
    if stance.statement:
        flags.append(f"in {stance.statement}")
    flags.append(f"confidence {stance.confidence:g}")
    note = stance.provenance.note if stance.provenance is not None and stance.provenance.note else ""
    holder = names.get(stance.holder, stance.holder)
    return f"{holder} {stance.polarity}s ({stance.type}) {stance.target.text!r} [{', '.join(flags)}] {note}".rstrip()
