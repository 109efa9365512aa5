"""How event kinds and an event's tellings are shown: a one-cell mark per kind for the
timeline's rows, the kinds' names for the sidebar, and the reader's note on which telling it
shows ("2 of 5 tellings")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style

from tui.extract.model import Event
from tui.ui.display.actor_groups import SELECTED_MARK, UNSELECTED_MARK
from tui.ui.display.cells import fit

StyleOf = Callable[[str], Style]  # a component class's style; "" for the widget's own

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

def kind_mark(kind: str) -> str:
    return KIND_MARKS.get(kind, KIND_MARKS["other"])


def telling_note(event: Event, shown: int, tellings: int, lang: str = "en") -> str:
    """The reader's bottom border: the event's kind, how its date is known, which telling."""
    parts = [f"{kind_mark(event.kind)} {event.kind}"]
    if event.dated_by_article:
        parts.append("dated by its article")
    elif event.reported is not None and event.reported == event.when:
        parts.append(f"reported on {event.reported.display(lang)}")
    elif event.reported is not None:
        parts.append(f"reported {event.reported.display(lang)}")
    if tellings > 1:
        sources = len(event.sources)
        articles = f" in {sources} articles" if sources > 1 else ""
        parts.append(f"telling {shown} of {tellings}{articles} · v next")
    return " · ".join(parts)


def kind_segments(kind: str, count: int, selected: bool, width: int, style: StyleOf) -> list[Segment]:
    """A kind's row in the sidebar: selected or not, its mark, its name, its count."""
    base = style("")
    mark = SELECTED_MARK if selected else UNSELECTED_MARK
    shown_count = str(count)
    name_style = base + style("kind-list--selected") if selected else base
    name_w = max(1, width - 6 - cell_len(shown_count) - 1)
    name = fit(kind, name_w)
    gap = max(1, width - 5 - cell_len(name) - cell_len(shown_count) - 1)
    return [
        Segment(f" {mark} ", name_style if selected else base + style("kind-list--count")),
        Segment(kind_mark(kind) + " ", base + style("kind-list--mark")),
        Segment(name, name_style),
        Segment(" " * gap, base),
        Segment(shown_count, base + style("kind-list--count" if count else "kind-list--zero")),
    ]
