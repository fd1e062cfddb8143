"""The annotator against hostile text: each attack's time against news text of the same length.

The target (issue 10): no attack takes more than about 10x the time of news
text of the same length, so no quadratic loop and no catastrophic regex
backtracking. The attacks are the issue's (200,000 quotation marks, "said said
said ...", endless capitalised titles, one 1 MB word) and the shapes that broke
a stage once (runs of full stops, long capitalised words, a new name in every
sentence, news as one paragraph, with tabs or no-break spaces). Times are CPU
seconds of this process, best of ``--repeat`` runs, so other work on a busy
machine does not count. A figure to read, not a test: the bounded check is
``tests/test_reliability_adversarial.py``.

Usage:
    python benchmarks/adversarial.py                  # 200,000 characters, 1 MB words
    python benchmarks/adversarial.py --size 50000 --word 200000 --repeat 1
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "data" / "articles"
TARGET = 10.0


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def attacks(size: int, word: int) -> dict[str, str]:
    """The hostile texts by name."""
    return {
        f"{size:,} quotation marks": '"' * size,
        f"{size:,} curly quotation marks": "“" * size,
        '"said said said ..."': repeated("said ", size),
        "endless capitalised titles": repeated("President Minister General Secretary Ambassador Director ", size),
        "titles run together": repeated("President", size),
        f"one {word:,}-character word": "a" * word,
        f"one {word:,}-character capitalised word": "A" * word,
        f"{size:,} full stops": "." * size,
        "open quotations and cues": repeated('"We," he said, "', size),
        "one letter a line": repeated("a\n", size),
        "a new name in every sentence": new_names(size),
        "a new spokeswoman in every sentence": new_names(size, "Ana {name}, a spokeswoman for the ministry, said so. "),
        '"NATO and OPEC and" repeated': repeated("NATO and OPEC and ", size),
        "news in one paragraph": " ".join(news(size).split()),
        "news with tabs for spaces": news(size).replace(" ", "\t"),
        "news with no-break spaces": news(size).replace(" ", "\u00a0"),
        "Latin names in text without spaces": repeated(_UNSPACED + " Donald Trump 说", size),
        '"Ab Cd of" repeated': repeated("Ab Cd of ", size),
        '"The RMT union said so." repeated': repeated("The RMT union said so. ", size),
    }


#: A run of letters with no space (Chinese here), as before each Latin name of a text in such a script.
_UNSPACED = "唐纳德特朗普表示他将在下周访问北京并与中国领导人会谈讨论贸易问题和关税政策的未来走向"


_SYLLABLES = ("ba", "ko", "ri", "tu", "ne", "la", "so", "mi", "da", "ve")


def new_names(size: int, sentence: str = "{name} took aim at Trump. ") -> str:
    """ "Korila took aim at Trump. Korine took aim at Trump. ...": a name no lexicon knows, a new one each time."""
    sentences = []
    length = 0
    number = 1000
    while length < size:
        name = "".join(_SYLLABLES[int(digit)] for digit in str(number)).capitalize()
        filled = sentence.format(name=name)
        sentences.append(filled)
        length += len(filled)
        number += 1
    return "".join(sentences)[:size]


def news(size: int) -> str:
    articles = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt")))
    return repeated(articles, size)


def cpu_seconds(function: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        function()
        best = min(best, time.process_time() - started)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=200_000, help="characters of each attack (default 200,000)")
    parser.add_argument("--word", type=int, default=1_000_000, help="characters of the one-word attacks (1 MB)")
    parser.add_argument("--repeat", type=int, default=2, help="runs to take the best of (default 2)")
    args = parser.parse_args(argv)

    import stancekit

    stancekit.annotate("Warm-up: the rule packs compile once. She said so.")
    baselines: dict[int, float] = {}
    print(f"{'attack':44} {'chars':>10} {'seconds':>9} {'news':>9} {'ratio':>7}  target <= {TARGET:g}x")
    worst = 0.0
    for name, text in attacks(args.size, args.word).items():
        length = len(text)
        if length not in baselines:
            sample = news(length)
            baselines[length] = cpu_seconds(lambda sample=sample: stancekit.annotate(sample), args.repeat)
        seconds = cpu_seconds(lambda text=text: stancekit.annotate(text), args.repeat)
        ratio = seconds / baselines[length]
        worst = max(worst, ratio)
        verdict = "meets target" if ratio <= TARGET else "ABOVE TARGET"
        print(f"{name:44} {length:>10,} {seconds:>9.3f} {baselines[length]:>9.3f} {ratio:>6.2f}x  {verdict}")
    print(f"worst ratio {worst:.2f}x of news text of the same length")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
