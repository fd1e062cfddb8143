"""A seeded generator of news-style articles, and of annotated documents of reference size.

The sentences are assembled from the fragments below (written for this
project): datelined wire copy with direct and indirect quotations, cues before
and after the speaker, "according to" attributions, unnamed sources, stances
and plain narrative sentences with no statement at all. The same seed gives
the same corpus on every machine, so the benchmark figures are comparable.

``annotated_document(seed)`` builds a ``Document`` of about the size the
annotator produces for a wire article (about 3,000 characters, 40 mentions,
8 statements, 8 stances), recording the offsets while it writes the text, so
it needs no annotator; it is what the validation benchmark checks.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stancekit.model import Document, Entity, Mention, Span, Stance, Statement, Target

__all__ = ["annotated_document", "article", "write_corpus"]

COUNTRIES = [
    ("China", "CHN", "Beijing", "Chinese"),
    ("Russia", "RUS", "Moscow", "Russian"),
    ("Ukraine", "UKR", "Kyiv", "Ukrainian"),
    ("United States", "USA", "Washington", "U.S."),
    ("France", "FRA", "Paris", "French"),
    ("Germany", "DEU", "Berlin", "German"),
    ("Brazil", "BRA", "Brasilia", "Brazilian"),
    ("India", "IND", "New Delhi", "Indian"),
    ("Japan", "JPN", "Tokyo", "Japanese"),
    ("Kenya", "KEN", "Nairobi", "Kenyan"),
    ("Turkey", "TUR", "Ankara", "Turkish"),
    ("Indonesia", "IDN", "Jakarta", "Indonesian"),
]
ORGANISATIONS = ["NATO", "the United Nations", "the European Union", "the World Health Organization", "OPEC", "ASEAN"]
FIRST = ["Li", "Anna", "Pedro", "Amara", "Kenji", "Sofia", "Omar", "Ingrid", "Tomas", "Leila", "Daniel", "Mei"]
LAST = ["Wang", "Petrova", "Silva", "Okafor", "Tanaka", "Marchetti", "Haddad", "Larsen", "Novak", "Rahimi", "Brooks"]
ROLES = [
    ("Foreign Minister", "he"),
    ("Foreign Ministry spokeswoman", "she"),
    ("Trade Minister", "she"),
    ("President", "he"),
    ("Prime Minister", "she"),
    ("Defence Minister", "he"),
    ("ambassador to the United Nations", "she"),
]
TOPICS = [
    "the ceasefire proposal",
    "the new tariffs on steel",
    "the fisheries agreement",
    "the sanctions package",
    "the expansion of the military alliance",
    "the grain export corridor",
    "the climate finance pledge",
    "the border crossing deal",
    "the nuclear inspection regime",
    "the debt relief plan",
]
QUOTES = [
    "We will not accept any arrangement that ignores the interests of our people",
    "This is a constructive step, and we hope every side will build on it",
    "The door to dialogue remains open, but time is running out",
    "Our position has not changed and it will not change under pressure",
    "We are ready to work with all partners who act in good faith",
    "Such measures only deepen mistrust and make a settlement harder to reach",
    "The agreement protects jobs on both sides of the border",
    "Nobody benefits from a trade war, least of all ordinary families",
    "We call on all parties to exercise restraint and return to the table",
    "These accusations are groundless and we firmly reject them",
]
CLAUSES = [
    "the talks had made more progress than expected",
    "the government would review the measure before the end of the month",
    "the delegation had been given no advance notice of the decision",
    "further sanctions could not be ruled out",
    "the deal would be signed once the parliaments had ratified it",
    "the two sides remained far apart on the question of verification",
    "the funding would be released in three instalments",
    "the country had no plans to withdraw its ambassador",
]
CUES = ["said", "told reporters", "said on Tuesday", "added", "stressed", "warned", "noted", "said in a statement"]
INDIRECT_CUES = ["said", "told reporters", "announced", "confirmed", "insisted", "argued", "noted"]
STANCE_VERBS = [
    ("welcomed", "support", "welcome"),
    ("criticized", "oppose", "criticize"),
    ("condemned", "oppose", "condemn"),
    ("praised", "support", "praise"),
    ("rejected", "oppose", "reject"),
    ("backed", "support", "support"),
    ("urged restraint over", "neutral", "urge"),
    ("blamed", "oppose", "blame"),
]
VERDICT_LEADS = ["calling it", "describing it as"]
VERDICTS = ["a test of trust", "overdue", "a mistake", "premature"]
MEETING_VERBS = ["are expected to discuss", "will meet again over", "disagree on"]
NARRATIVE = [
    "Negotiators met for a third day in a hotel on the outskirts of the capital.",
    "Markets in the region edged lower as traders waited for details.",
    "The meeting had been postponed twice since the spring.",
    "Officials did not release a timetable for the next round.",
    "Shipping companies have rerouted vessels since the dispute began in March.",
    "The announcement came hours before a scheduled vote in parliament.",
    "About 40 per cent of the country's exports pass through the port.",
    "Protesters gathered outside the ministry for a second evening.",
]


class _Writer:
    """Appends text and records code-point offsets of what it appends."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _cast(rng: random.Random) -> list[dict[str, Any]]:
    people = []
    for country, code, capital, demonym in rng.sample(COUNTRIES, 5):
        role, pronoun = rng.choice(ROLES)
        first, last = rng.choice(FIRST), rng.choice(LAST)
        people.append(
            {
                "name": f"{first} {last}",
                "surname": last,
                "role": role,
                "pronoun": pronoun,
                "country": country,
                "code": code,
                "capital": capital,
                "demonym": demonym,
            }
        )
    return people


def _build(seed: int, target_chars: int) -> tuple[str, dict[str, Any]]:
    """The text of one article and the annotations recorded while writing it."""
    rng = random.Random(seed)
    people = _cast(rng)
    out = _Writer()
    notes: dict[str, Any] = {"sentences": [], "mentions": [], "statements": [], "stances": [], "people": people}

    def mention(person: int, surface: str) -> None:
        notes["mentions"].append((person, out.add(surface)))

    dateline_person = people[0]
    out.add(
        f"{dateline_person['capital'].upper()}, {rng.choice(['May', 'June', 'Sept.', 'Oct.'])} {rng.randint(1, 28)} — "
    )
    first_paragraph = True
    while out.length < target_chars:
        if not first_paragraph:
            out.add("\n\n")
        first_paragraph = False
        for sentence_number in range(rng.randint(2, 4)):
            if out.length >= target_chars:
                break
            if sentence_number:
                out.add(" ")
            start = out.length
            kind = rng.random()
            index = rng.randrange(len(people))
            person = people[index]
            topic = rng.choice(TOPICS)
            if kind < 0.14:  # “Quote,” Role Name said.
                out.add("“")
                content = out.add(rng.choice(QUOTES))
                out.add(",” ")
                source_start = out.length
                out.add(f"{person['demonym']} {person['role']} ")
                mention(index, person["name"])
                source = (source_start, out.length)
                out.add(" ")
                cue = out.add(rng.choice(CUES))
                out.add(".")
                notes["statements"].append((index, content, source, cue, "direct"))
            elif kind < 0.24:  # Surname said that clause.
                mention(index, person["surname"] if rng.random() < 0.5 else person["name"])
                source = notes["mentions"][-1][1]
                out.add(" ")
                cue = out.add(rng.choice(INDIRECT_CUES))
                out.add(" that ")
                content = out.add(rng.choice(CLAUSES))
                out.add(".")
                notes["statements"].append((index, content, source, cue, "indirect"))
            elif kind < 0.29:  # According to the capital, clause.
                out.add("According to ")
                mention(index, person["capital"])
                source = notes["mentions"][-1][1]
                out.add(", ")
                content = out.add(rng.choice(CLAUSES))
                out.add(".")
                notes["statements"].append((index, content, source, None, "indirect"))
            elif kind < 0.52:  # Country verb topic.
                verb, polarity, act = rng.choice(STANCE_VERBS)
                mention(index, person["country"] if rng.random() < 0.6 else person["pronoun"].capitalize())
                out.add(" ")
                cue = out.add(verb)
                out.add(" ")
                target = out.add(topic)
                out.add(f", {rng.choice(VERDICT_LEADS)} {rng.choice(VERDICTS)}.")
                notes["stances"].append((index, target, polarity, act, cue))
            else:
                out.add(rng.choice(NARRATIVE))
                if rng.random() < 0.8:
                    out.add(rng.choice([" Diplomats from ", " Delegations from ", " Envoys of "]))
                    mention(index, person["country"])
                    out.add(" and ")
                    other = (index + rng.randrange(1, len(people))) % len(people)
                    mention(other, people[other]["country"])
                    out.add(f" {rng.choice(MEETING_VERBS)} {rng.choice(TOPICS)}.")
            notes["sentences"].append((start, out.length))
    return out.text.rstrip(), notes


def article(seed: int, *, target_chars: int = 3000) -> str:
    """The text of one news-style article of about ``target_chars`` characters."""
    return _build(seed, target_chars)[0]


def annotated_document(seed: int, *, target_chars: int = 3000) -> Document:
    """A valid Document of reference size: the article with its entities, mentions, statements and stances."""
    text, notes = _build(seed, target_chars)
    people = notes["people"]
    entities = [
        Entity(
            id=f"e{index}",
            name=person["name"],
            type="person",
            aliases=(person["surname"], person["pronoun"]),
            country=person["code"],
            kb_id=None,
            role=person["role"],
            affiliation=f"e{index + len(people)}",
        )
        for index, person in enumerate(people)
    ] + [
        Entity(
            id=f"e{index + len(people)}",
            name=person["country"],
            type="country",
            aliases=(person["capital"],),
            country=person["code"],
            kb_id=person["code"],
        )
        for index, person in enumerate(people)
    ]
    mentions = [
        Mention(f"m{number}", f"e{person}", Span.of(text, start, end))
        for number, (person, (start, end)) in enumerate(notes["mentions"])
        if end <= len(text)
    ]
    statements = [
        Statement(
            id=f"s{number}",
            content=Span.of(text, *content),
            speaker=f"e{person}",
            source=Span.of(text, *source),
            cue=None if cue is None else Span.of(text, *cue),
            mode=mode,
        )
        for number, (person, content, source, cue, mode) in enumerate(notes["statements"])
    ]
    stances = [
        Stance(
            id=f"st{number}",
            holder=f"e{person}",
            target=Target(text[target[0] : target[1]], Span.of(text, *target)),
            polarity=polarity,
            type=act,
            cue=Span.of(text, *cue),
        )
        for number, (person, target, polarity, act, cue) in enumerate(notes["stances"])
    ]
    return Document(
        id=f"news-{seed}",
        text=text,
        meta={"title": f"Article {seed}", "source": "newsgen", "lang": "en"},
        sentences=[Span.of(text, start, min(end, len(text))) for start, end in notes["sentences"]],
        entities=entities,
        mentions=mentions,
        statements=statements,
        stances=stances,
    )


def records(count: int, *, seed: int = 0, target_chars: int = 3000) -> Iterator[dict[str, Any]]:
    """``count`` corpus records ``{"id", "text", "source"}``; article ``n`` is seeded with ``seed + n``."""
    for number in range(count):
        yield {
            "id": f"news-{seed + number}",
            "text": article(seed + number, target_chars=target_chars),
            "source": "newsgen",
        }


def write_corpus(path: str | Path, count: int, *, seed: int = 0, target_chars: int = 3000) -> int:
    """Write ``count`` articles as JSON Lines; return the number of bytes of text written."""
    size = 0
    with open(path, "w", encoding="utf-8") as handle:
        for record in records(count, seed=seed, target_chars=target_chars):
            size += len(record["text"].encode("utf-8"))
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return size
