"""The reader's layout of a one-paragraph article of 1, 5 and 20 MB: time to the first screen
and peak memory.

    python tests/bench/bench_reader_layout.py [--sizes 1 5 20] [--width 98] [--rows 48]

Two texts per size, both one paragraph: real sentences (the seed articles' paragraphs, joined
and repeated) and one sentence (the same words with every full stop turned into a comma, so
the highlighted sentence is the whole paragraph). The actors of the seeds are marked wherever
their names occur. Timed, as the reader does it on showing an event: the article's blocks
(``build_article``), the wrap at the width (``ReaderLayout``), the event sentence's rows, and
the first screen's rows cut and styled (``--rows`` rows from the sentence's first). The peak
memory is traced in a second run (tracing slows allocation down), beyond the article's text.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rich.style import Style  # noqa: E402

from tui.corpus.document import DocDate, Document, Paragraph, ParagraphKind  # noqa: E402
from tui.extract.model import ResolvedMention  # noqa: E402
from tui.loading import open_store  # noqa: E402
from tui.ui.display.reader_layout import Marks, ReaderLayout, build_article  # noqa: E402

MB = 1_000_000


def seed_text_and_actors() -> tuple[str, list[tuple[str, object]]]:
    """The seed articles' paragraphs as one text, and the seeds' actors (name, kind)."""
    store = open_store(None, cache=False)
    paragraphs = [
        doc.text[p.start : p.end].replace("\n", " ")
        for doc in store.documents
        for p in doc.paragraphs
        if p.kind is ParagraphKind.BODY
    ]
    return " ".join(paragraphs) + " ", [(a.name, a.kind) for a in store.actors]


def article(text: str, actors: list[tuple[str, object]]) -> tuple[Document, list[ResolvedMention], list]:
    """A one-paragraph document of ``text`` and the mentions of the actors' names in it."""
    document = Document(0, "bench/one-paragraph.txt", text, DocDate(2025, 3, 11), "fr", "", (Paragraph(0, len(text), ParagraphKind.BODY),))
    names = sorted((name for name, _ in actors if len(name) > 2), key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(name) for name in names))
    ids = {name: n for n, (name, _) in enumerate(actors)}
    mentions = [ResolvedMention(m.start(), m.end(), ids[m.group()]) for m in pattern.finditer(text)]
    return document, mentions, [kind for _, kind in actors]


def first_screen(document: Document, mentions, kinds, sentence: tuple[int, int], width: int, rows: int) -> ReaderLayout:
    """What the reader does on showing an event of ``document``: lay it out, draw a screen."""
    built = build_article(document, mentions, kinds.__getitem__)
    layout = ReaderLayout(built, width)
    first, _ = layout.rows(*sentence) or (0, 0)
    marks = Marks(sentence, (sentence[0], sentence[0] + 4), None, Style(bgcolor="blue"), Style(bold=True), Style(reverse=True))
    for row in range(first, min(first + rows, layout.line_count)):
        layout.styled_line(row, lambda component: Style(color="red"), marks)
    return layout


def measure(label: str, text: str, actors, width: int, rows: int) -> None:
    document, mentions, kinds = article(text, actors)
    middle = text.index(". ", len(text) // 2) + 2 if ". " in text[len(text) // 2 :] else 0
    end = text.find(". ", middle)
    sentence = (middle, end + 1 if end >= 0 else len(text))
    start = time.perf_counter()
    layout = first_screen(document, mentions, kinds, sentence, width, rows)
    elapsed = time.perf_counter() - start
    del layout
    tracemalloc.start()
    layout = first_screen(document, mentions, kinds, sentence, width, rows)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    size = len(text.encode()) / MB
    print(
        f"{label:<16} {size:6.1f} MB {len(mentions):>9,} mentions {layout.line_count:>9,} rows"
        f"  first screen {elapsed:6.2f} s  peak {peak / 2**20:7.1f} MiB ({peak / 2**20 / size:5.1f} MiB per MB)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20], help="article sizes in MB")
    parser.add_argument("--width", type=int, default=98, help="the text width (98: a 160-column screen)")
    parser.add_argument("--rows", type=int, default=48, help="the rows of a screen")
    args = parser.parse_args()
    seed, actors = seed_text_and_actors()
    one_sentence = re.sub(r"[.!?](?=\s)", ",", seed)
    for size in args.sizes:
        target = int(size * MB)
        for label, unit in (("real sentences", seed), ("one sentence", one_sentence)):
            text = (unit * (target // len(unit.encode()) + 1))[: target]
            measure(label, text, actors, args.width, args.rows)


if __name__ == "__main__":
    main()
