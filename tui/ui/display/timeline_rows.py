"""The timeline's rows: an event's date, kind, headline and actors laid out in columns.

A row is ``" " date  mark headline ×N  actors``: the date in a fixed-width column at its
precision (bold at the first event of a year, dimmed and italic when uncertain or known only
from its article), the kind's one-cell mark, the headline cut to one line with "×N" when N
articles tell the event, and the actor names dimmed in a column of their own when the timeline
is wide enough. A starred event has "★" in the first cell, and an event with a note "✎" after its
headline (the user's bookmarks; other rows are unchanged).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style

from tui.extract.model import When
from tui.ui.display.cells import fit
from tui.ui.display.event_kinds import kind_mark
from tui.util.search import Search, match_spans

MIN_WIDTH_FOR_ACTORS = 60  # cells left after the date column
MIN_DATE_WIDTH = 4
MAX_DATE_WIDTH = 16  # "2012-11-11 07:45": a day with its clock time, whole
DEFAULT_DATE_WIDTH = 10  # with no event at all

StyleOf = Callable[[str], Style]  # a component class's style; "" for the widget's own


class Dated(Protocol):
    def when(self, i: int) -> When: ...


def date_width(labels: Iterable[str]) -> int:
    """The width of the date column for dates displayed as ``labels``."""
    widest = min(MAX_DATE_WIDTH, max((cell_len(label) for label in labels), default=DEFAULT_DATE_WIDTH))
    return max(widest, MIN_DATE_WIDTH)


@dataclass(frozen=True, slots=True)
class Columns:
    """The widths of a row's sentence and actors columns (0: no actors column)."""

    text: int
    actors: int


def columns(width: int, date_w: int) -> Columns:
    """The columns of a row ``width`` cells wide with a date column ``date_w`` cells wide."""
    remaining = max(0, width - date_w - 3)
    # In a narrow timeline the sentence gets the room: the reader shows the actors anyway.
    actors_w = max(14, min(36, remaining // 3)) if remaining >= MIN_WIDTH_FOR_ACTORS else 0
    return Columns(max(0, remaining - (actors_w + 2 if actors_w else 0)), actors_w)


def starts_year(events: Dated, ids: Sequence[int], row: int) -> bool:
    """Whether row ``row`` (of the events ``ids``) is the first of its year on the timeline."""
    if row == 0:
        return True
    return events.when(ids[row]).first.year != events.when(ids[row - 1]).first.year


def date_style(when: When, year_start: bool, style: StyleOf, loose: bool = False) -> Style:
    """How a row's date looks: the year's first date stands out; an uncertain one, or one the
    article's date stands in for (``loose``), is dimmed."""
    look = style("timeline--year" if year_start else "timeline--date")
    return look + style("timeline--uncertain") if when.uncertain or loose else look


@dataclass(frozen=True, slots=True)
class RowEvent:
    """What a row shows of an event."""

    when: When
    kind: str
    headline: str
    names: str  # its actors' names, joined
    sources: int = 1  # articles telling it
    dated_by_article: bool = False
    lang: str = "en"  # the corpus's language: how decades, centuries and parts of days read
    search: Search | None = None  # the words to highlight in the headline
    starred: bool = False  # the user starred it
    noted: bool = False  # the user wrote a note on it


STAR_MARK = "★"
NOTE_MARK = " ✎"


def row_segments(event: RowEvent, width: int, date_w: int, year_start: bool, style: StyleOf) -> list[Segment]:
    """An event's row, before it is padded to ``width`` and the cursor is laid over it."""
    base = style("")
    label = fit(event.when.display(event.lang), date_w)
    widths = columns(width, date_w)
    lead = Segment(STAR_MARK, base + style("timeline--star")) if event.starred else Segment(" ", base)
    segments = [lead, Segment(label, base + date_style(event.when, year_start, style, event.dated_by_article))]
    pad = date_w - cell_len(label)
    if pad > 0:
        segments.append(Segment(" " * pad, base))
    segments.append(Segment("  ", base))
    mark = kind_mark(event.kind) + " "
    count = f" ×{event.sources}" if event.sources > 1 else ""
    noted = NOTE_MARK if event.noted else ""
    text = fit(event.headline, max(0, widths.text - cell_len(mark) - cell_len(count) - cell_len(noted)))
    segments.append(Segment(mark, base + style("timeline--kind")))
    spans = match_spans(text, event.search) if event.search else []
    segments += marked_segments(text, spans, base, base + style("timeline--match")) if spans else [Segment(text, base)]
    if count:
        segments.append(Segment(count, base + style("timeline--sources")))
    if noted:
        segments.append(Segment(noted, base + style("timeline--star")))
    if widths.actors and event.names:
        gap = widths.text - cell_len(mark) - cell_len(text) - cell_len(count) - cell_len(noted) + 2
        segments.append(Segment(" " * gap, base))
        segments.append(Segment(fit(event.names, widths.actors), base + style("timeline--actors")))
    return segments


def marked_segments(text: str, spans: list[tuple[int, int]], base: Style, marked: Style) -> list[Segment]:
    """``text`` as segments, the ``spans`` (sorted, not overlapping) in the ``marked`` style."""
    segments, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        if start > at:
            segments.append(Segment(text[at:start], base))
        segments.append(Segment(text[start:end], marked))
        at = end
    if at < len(text) or not segments:
        segments.append(Segment(text[at:], base))
    return segments


def empty_segments(message: str, width: int, style: StyleOf) -> list[Segment]:
    """The first row of an empty timeline."""
    return [Segment(fit(" " + message, width), style("") + style("timeline--empty"))]
