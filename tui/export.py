"""Rendering a (filtered) timeline for other tools: JSON, CSV, Markdown."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

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
        "doc": store.documents[event.doc].path,
        "span": [event.start, event.end],
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
    writer.writerow(["id", "date", "precision", "start", "end", "uncertain", "text", "actors", "doc", "span_start", "span_end"])
    for i in ids:
        r = event_record(store, i)
        # A spreadsheet or a `cat` shows these cells: no control character is written raw.
        writer.writerow(
            [r["id"], r["date"], r["precision"], r["start"], r["end"], str(r["uncertain"]).lower(), safe_display(r["text"]),
             safe_display("; ".join(r["actors"])), safe_display(r["doc"]), *r["span"]]
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
        doc = store.documents[event.doc].path
        lines.append(f"- **{event.when.display()}** {_escape(event.text)}{suffix} _({_escape(doc)})_")
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def _escape(text: str) -> str:
    """Article text is data: keep Markdown from reading it as markup, and controls visible."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in safe_display(text))
