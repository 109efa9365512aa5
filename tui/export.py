"""Rendering a (filtered) timeline for other tools: JSON, CSV, Markdown."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from tui.extract.model import Evidence
from tui.store import Store
from tui.util.safe import safe_display, safe_json

FORMATS = {".json": "json", ".csv": "csv", ".md": "markdown", ".markdown": "markdown"}


def event_record(store: Store, event_id: int) -> dict:
    """The JSON contract of one event (README lists the fields; scripts rely on them)."""
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
        "evidence": [_evidence_record(store, e) for e in event.evidence],
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
        "clause": [evidence.clause_start, evidence.clause_end] if evidence.clause_start >= 0 else None,
        "rule": evidence.rule,
    }


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
        r = event_record(store, i)
        # A spreadsheet or a `cat` shows these cells: no control character is written raw.
        writer.writerow(
            [r["id"], r["date"], r["precision"], r["start"], r["end"], str(r["uncertain"]).lower(), safe_display(r["text"]),
             safe_display("; ".join(r["actors"])), safe_display(r["doc"]), *r["span"], safe_display(r["headline"]), r["kind"],
             r["reported"] or "", safe_display("; ".join(r["sources"]))]
        )
    return buffer.getvalue()


def _markdown(store: Store, ids: Sequence[int]) -> str:
    lines = ["# Timeline", ""]
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
        lines.append(f"- **{event.when.display()}** [{event.kind}] {_escape(headline)}{suffix} _({_escape(sources)})_")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def _escape(text: str) -> str:
    """Article text is data: keep Markdown from reading it as markup, and controls visible."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in safe_display(text))
