"""Stores built by hand (no extraction), for UI tests that need a given shape or a large size."""

from __future__ import annotations

import datetime as dt
import random

from tui.corpus.document import DocDate, Document, Paragraph, ParagraphKind
from tui.extract.model import Actor, ActorKind, Event, Precision, ResolvedMention, Role, When
from tui.store import Store

NAMES = [
    ("Sergueï Narychkine", ActorKind.PERSON),
    ("John Ratcliffe", ActorKind.PERSON),
    ("CIA", ActorKind.ORGANISATION),
    ("Russie", ActorKind.COUNTRY),
    ("Moscou", ActorKind.PLACE),
    ("TASS", ActorKind.MEDIA),
    ("Quelqu'un", ActorKind.UNKNOWN),
]


def make_store(n_docs: int = 6, sentences: int = 4, *, seed: int = 7, markup: bool = False) -> Store:
    """``n_docs`` articles of ``sentences`` dated sentences each, spread over 2000–2025."""
    rng = random.Random(seed)
    actors = [Actor(i, name, kind, (), 0) for i, (name, kind) in enumerate(NAMES)]
    documents, events, mentions = [], [], []
    for d in range(n_docs):
        doc_events = []
        doc_mentions = []
        text = ""
        paragraphs = []

        def add(chunk: str, kind: ParagraphKind) -> tuple[int, int]:
            nonlocal text
            if text:
                text += "\n\n"
            start = len(text)
            text += chunk
            paragraphs.append(Paragraph(start, len(text), kind))
            return start, len(text)

        add(f"Le titre de l'article {d}", ParagraphKind.TITLE)
        add("MOSCOU", ParagraphKind.DATELINE)
        for s in range(sentences):
            year = rng.randint(2000, 2025)
            month = rng.randint(1, 12)
            day = rng.randint(1, 28)
            date_text = f"le {day} {month:02d} {year}"
            who = rng.sample(range(len(actors)), 2)
            names = [actors[a].name for a in who]
            extra = " [bold red]x[/] \x1b[31m" if markup and s == 0 else ""
            sentence = f"{names[0]} a rencontré {names[1]} {date_text} pour parler{extra}."
            filler = " Une phrase sans date suit, assez longue pour passer à la ligne dans le lecteur quand il est étroit."
            start, end = add(sentence + filler, ParagraphKind.BODY)
            sentence_end = start + len(sentence)
            timex_start = start + sentence.index(date_text)
            for a in who:
                at = start + sentence.index(actors[a].name)
                doc_mentions.append(ResolvedMention(at, at + len(actors[a].name), a))
            when = When(dt.date(year, month, day), dt.date(year, month, day), Precision.DAY, f"{year}-{month:02d}-{day:02d}", uncertain=(s == 3))
            doc_events.append(Event(0, d, start, sentence_end, timex_start, timex_start + len(date_text), when, tuple(sorted(who)), sentence))
            if s == 1:
                add("Un intertitre", ParagraphKind.CROSSHEAD)
                add("• À lire aussi: autre chose", ParagraphKind.TEASER)
        add("( AFP / SAUL LOEB )", ParagraphKind.CREDIT)
        documents.append(
            Document(d, f"articles/{d:03d}.txt", text, DocDate(2025, 3, None), "fr", f"Le titre de l'article {d}", tuple(paragraphs))
        )
        events.extend(doc_events)
        mentions.append(tuple(sorted(doc_mentions, key=lambda m: m.start)))
    counts = [0] * len(actors)
    for doc_mentions in mentions:
        for m in doc_mentions:
            counts[m.actor] += 1
    # Narychkine and Moscou belong to Russie; Ratcliffe is "directeur de la CIA" (dated by the article).
    affiliations = {0: (3,), 4: (3,), 1: (2,)}
    roles = {1: (Role("directeur", "de la", 2, "2025-03", 0),)} if n_docs else {}
    actors = [
        Actor(a.id, a.name, a.kind, a.aliases, counts[a.id], affiliations=affiliations.get(a.id, ()), roles=roles.get(a.id, ()))
        for a in actors
    ]
    return Store.build(documents, events, actors, mentions)


LONG_SENTENCE = "Sergueï Narychkine a rencontré le directeur de la CIA à Moscou le 3 mars 2025, selon TASS. "


def make_long_paragraph_store(size: int, events: int = 3) -> Store:
    """One article of one paragraph ``size`` characters long (the same sentence over and over,
    naming its actors), with ``events`` dated sentences spread from its start to its end."""
    copies = max(events, size // len(LONG_SENTENCE))
    text = LONG_SENTENCE * copies
    actors = [Actor(i, name, kind, (), 0) for i, (name, kind) in enumerate(NAMES)]
    mentions = []
    for n in range(copies):
        at = n * len(LONG_SENTENCE)
        for actor in (0, 2, 4, 5):
            start = at + LONG_SENTENCE.index(NAMES[actor][0])
            mentions.append(ResolvedMention(start, start + len(NAMES[actor][0]), actor))
    day = dt.date(2025, 3, 3)
    when = When(day, day, Precision.DAY, day.isoformat())
    timex = LONG_SENTENCE.index("le 3 mars 2025")
    chosen = [round(k * (copies - 1) / max(1, events - 1)) for k in range(events)]
    dated = [
        Event(0, 0, n * len(LONG_SENTENCE), n * len(LONG_SENTENCE) + len(LONG_SENTENCE) - 1,
              n * len(LONG_SENTENCE) + timex, n * len(LONG_SENTENCE) + timex + 14, when, (0, 2, 4, 5), LONG_SENTENCE.strip())
        for n in chosen
    ]
    document = Document(0, "articles/long.txt", text, DocDate(2025, 3, 3), "fr", "Un long paragraphe", (Paragraph(0, len(text), ParagraphKind.BODY),))
    return Store.build([document], dated, actors, [tuple(mentions)])
