"""How event kinds and an event's tellings are shown: a one-cell mark per kind for the
timeline's rows, the kinds' names for the sidebar, and the reader's note on which telling it
shows ("2 of 5 tellings")."""

from __future__ import annotations

from tui.extract.model import Event

# One cell each (text presentation, not emoji, in every terminal Rich measures as one cell).
KIND_MARKS = {
    "statement": "»",
    "meeting": "♦",
    "call": "✆",
    "agreement": "✓",
    "demand": "!",
    "protest": "⚑",
    "sanction": "⊘",
    "attack": "⚔",
    "election": "✗",
    "appointment": "✦",
    "legal": "⚖",
    "economy": "$",
    "disaster": "⚠",
    "death": "✝",
    "other": "·",
}

KIND_NAMES = {
    "statement": "statements",
    "meeting": "meetings and talks",
    "call": "calls",
    "agreement": "agreements",
    "demand": "demands and threats",
    "protest": "protests",
    "sanction": "sanctions",
    "attack": "attacks and fighting",
    "election": "elections",
    "appointment": "appointments, resignations",
    "legal": "arrests, trials, verdicts",
    "economy": "deals and economy",
    "disaster": "disasters",
    "death": "deaths",
    "other": "other",
}


def kind_mark(kind: str) -> str:
    return KIND_MARKS.get(kind, KIND_MARKS["other"])


def telling_note(event: Event, shown: int, tellings: int) -> str:
    """The reader's bottom border: the event's kind, how its date is known, which telling."""
    parts = [f"{kind_mark(event.kind)} {event.kind}"]
    if event.dated_by_article:
        parts.append("dated by its article")
    elif event.reported is not None and event.reported == event.when:
        parts.append(f"reported on {event.reported.display()}")
    elif event.reported is not None:
        parts.append(f"reported {event.reported.display()}")
    if tellings > 1:
        sources = len(event.sources)
        articles = f" in {sources} articles" if sources > 1 else ""
        parts.append(f"telling {shown} of {tellings}{articles} · v next")
    return " · ".join(parts)
