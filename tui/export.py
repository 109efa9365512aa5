"""Rendering a (filtered) timeline for other tools: JSON, CSV, Markdown."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

from tui.corpus.document import main_language
from tui.extract.lexicon import lexicon
from tui.extract.merge import FIRST, REFERS_BACK, SAME_ARTICLE, SAME_HAPPENING
from tui.extract.model import Event, Evidence
from tui.store import Store
from tui.util.safe import safe_display, safe_json
from tui.util.text import fold

FORMATS = {".json": "json", ".csv": "csv", ".md": "markdown", ".markdown": "markdown"}


def event_record(store: Store, event_id: int, *, evidence: bool = True) -> dict:
    """The JSON contract of one event (README lists the fields; scripts rely on them).
    ``evidence=False`` leaves out the sentences telling it (a CSV row has no room for them)."""
    event = store.events[event_id]
    when = event.when
    return {
        "id": event.id,
        "date": when.label,
        "precision": when.precision.value,
        "start": when.first.isoformat(),
        "end": when.last.isoformat(),
        "uncertain": when.uncertain,
        "text": event.text,
        "actors": [store.actors[a].name for a in event.actors],
        "participants": [store.actors[a].name for a in event.participant_ids],
        "places": [store.actors[a].name for a in event.place_ids],
        "doc": store.documents[event.doc].path,
        "span": [event.start, event.end],
        "headline": event.headline or event.text,
        "kind": event.kind,
        "reported": event.reported.label if event.reported else None,
        "dated_by_article": event.dated_by_article,
        **({"evidence": [_evidence_record(store, e) for e in event.evidence]} if evidence else {}),
        "sources": [store.documents[d].path for d in event.sources],
    }


def _evidence_record(store: Store, evidence: Evidence) -> dict:
    text = store.documents[evidence.doc].text
    dated = evidence.timex_start >= 0
    return {
        "doc": store.documents[evidence.doc].path,
        "span": [evidence.start, evidence.end],
        "text": " ".join(text[evidence.start : evidence.end].split()),
        "date_text": text[evidence.timex_start : evidence.timex_end] if dated else None,
        "date_span": [evidence.timex_start, evidence.timex_end] if dated else None,
        "clause": list(evidence.clause) if evidence.clause else None,
        "rule": evidence.rule,
    }


def explanation(store: Store, event_id: int) -> dict:
    """Event ``event_id``'s record with, for each piece of evidence, why it tells the event
    (``why``: the rule that joined it, in words)."""
    record = event_record(store, event_id)
    event = store.events[event_id]
    for row, evidence in zip(record["evidence"], event.evidence):
        row["why"] = why_joined(store, event, evidence)
    return record


def why_joined(store: Store, event: Event, evidence: Evidence) -> str:
    """The rule that joined ``evidence`` to ``event``, in words."""
    if evidence.rule == FIRST:
        if event.dated_by_article:
            return "first: dated by its article (no sentence gives a date)"
        if event.dated_by_report:
            return "first: dated by the day it was reported (no sentence gives its own date)"
        return "first: gives the event its date"
    if evidence.rule == REFERS_BACK:
        phrase = referring_phrase(store, evidence)
        said = f"'{phrase}'" if phrase else "it"
        return f"refers back: {said} continues the event told before"
    if evidence.rule == SAME_ARTICLE:
        return "same article: told again by the same article, with the same kind, a compatible date and a shared participant"
    if evidence.rule == SAME_HAPPENING:
        return "same happening: told by another article with the same kind, a compatible date and a shared participant"
    return evidence.rule


_WORD = re.compile(r"[^\W_]+")


def referring_phrase(store: Store, evidence: Evidence) -> str:
    """The words of ``evidence``'s clause that refer back to an event told before ("cette
    conversation"): a demonstrative and the event noun after it; "" when none is found."""
    document = store.documents[evidence.doc]
    lo, hi = evidence.clause or (evidence.start, evidence.end)
    words = list(_WORD.finditer(document.text, lo, hi))
    roles = lexicon(document.lang).roles([fold(w.group()) for w in words])
    fallback = ""
    for k in range(len(words) - 1):
        if "demonstratives" not in roles[k]:
            continue
        noun = roles[k + 1].get("noun")
        last = words[k + noun[1]] if noun else words[k + 1]
        phrase = " ".join(document.text[words[k].start() : last.end()].split())
        if noun:
            return phrase
        fallback = fallback or phrase
    return fallback


def render(store: Store, ids: Sequence[int], fmt: str) -> str:
    if fmt == "json":
        return safe_json([event_record(store, i) for i in ids]) + "\n"
    if fmt == "csv":
        return _csv(store, ids)
    if fmt == "markdown":
        return _markdown(store, ids)
    raise ValueError(f"unknown export format {fmt!r}")


def _csv(store: Store, ids: Sequence[int]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "date", "precision", "start", "end", "uncertain", "text", "actors", "doc", "span_start", "span_end",
                     "headline", "kind", "reported", "sources"])
    for i in ids:
        r = event_record(store, i, evidence=False)
        # A spreadsheet or a `cat` shows these cells: no control character is written raw.
        writer.writerow(
            [r["id"], r["date"], r["precision"], r["start"], r["end"], str(r["uncertain"]).lower(), _cell(r["text"]),
             _cell("; ".join(r["actors"])), _cell(r["doc"]), *r["span"], _cell(r["headline"]), r["kind"],
             r["reported"] or "", _cell("; ".join(r["sources"]))]
        )
    return buffer.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A CSV cell from data: controls made visible, and a text a spreadsheet would run as a
    formula ("=HYPERLINK(...)", "+1", "@SUM") quoted with a leading apostrophe (OWASP's advice)."""
    shown = safe_display(text)
    return "'" + shown if shown.startswith(FORMULA_STARTS) else shown


def _markdown(store: Store, ids: Sequence[int]) -> str:
    lines = ["# Timeline", ""]
    lang = main_language(store.documents)
    year = None
    for i in ids:
        event = store.events[i]
        if event.when.first.year != year:
            year = event.when.first.year
            lines += ["", f"## {year}", ""]
        actors = ", ".join(store.actors[a].name for a in event.actors)
        suffix = f" — {_escape(actors)}" if actors else ""
        sources = "; ".join(store.documents[d].path for d in event.sources)
        headline = event.headline or event.text
        lines.append(f"- **{event.when.display(lang)}** [{event.kind}] {_escape(headline)}{suffix} _({_escape(sources)})_")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def _escape(text: str) -> str:
    """Article text is data: keep Markdown from reading it as markup, and controls visible."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in safe_display(text))
