"""The activity strip above the timeline: the shown events per month or per year as bars, the
selected event's period marked, the span and the peak written beside them.

A line-API widget, not Textual's ``Sparkline``: the Sparkline resamples its data to its width
(a bar would not be a period, so neither a click nor the mark could name one), draws one line
without labels, and renders every cell again for any change. Here the counts come from the
store's date order (tui/ui/display/activity.py: binary searches, no walk over the events), the
bars are drawn once per filter and size, and moving the selection only splits the cached bar
strings at the mark: no count, no layout, a repaint of the strip's one or two lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from tui.store import Store
from tui.ui.display.activity import Activity, bar_lines, bar_width, choose_months, count_events, levels
from tui.ui.widgets.line_widget import CachedStyles

__all__ = ["ACTIVITY_KEYS", "ActivityStrip"]

ACTIVITY_KEYS = [
    Binding("right_curly_bracket", "next_busy", "Next busy period", show=False, id="main.next_busy",
            tooltip="first event of the next busy period of the activity strip (a peak above the median)"),
    Binding("left_curly_bracket", "previous_busy", "Previous busy period", show=False, id="main.previous_busy",
            tooltip="first event of the previous busy period of the activity strip"),
    Binding("A", "toggle_activity", "Activity", show=False, id="main.toggle_activity",
            tooltip="show or hide the activity strip (events per month or year)"),
]
"""The strip's keys, bound on the main screen (the strip never has the focus)."""

_PEAK_ROOM = 24  # "  peak 2020–2024: 12345"
_PEAK_MIN_WIDTH = 44  # narrower: the bars keep the room
_DEFAULT_WIDTH = 80  # the periods the jump keys use while the strip is hidden
_MAX_CELL = 5  # a period's bar and its gap, at most


@dataclass(frozen=True)
class _Layout:
    """The strip drawn at one size: ``bars`` (one string per line) start at column ``x``, each
    period ``cell`` cells wide."""

    activity: Activity
    x: int
    cell: int
    bars: list[str]
    label_width: int


class ActivityStrip(CachedStyles, Widget):
    """Events per period of the timeline's shown events, with the selected event's period marked.

    One line, or two (16 heights instead of 8) when the screen is large. Periods are months
    when the shown events' months fit in the width, else years, else groups of years. A click
    on a bar posts ``ActivityStrip.Jump`` with the row of the period's first event; the main
    screen selects it. The keys that jump between busy periods are ``ACTIVITY_KEYS``.
    """

    COMPONENT_CLASSES = {"activity--bar", "activity--mark", "activity--label", "activity--peak"}

    DEFAULT_CSS = """
    ActivityStrip {
        height: 1;
        padding-left: 1;
        background: $surface;
        color: $foreground;
        & > .activity--bar { color: $primary 80%; }
        & > .activity--mark { color: $warning; text-style: bold; }
        & > .activity--label { color: $foreground 55%; }
        & > .activity--peak { color: $foreground 70%; }
    }
    """

    @dataclass
    class Jump(Message):
        """Select row ``row`` of the timeline's shown events (a bar was clicked)."""

        strip: ActivityStrip
        row: int

        @property
        def control(self) -> "ActivityStrip":
            return self.strip

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._store: Store | None = None
        self._ids: Sequence[int] = ()
        self._counted: dict[int, Activity | None] = {}  # by period length, for the shown ids
        self._layout: _Layout | None = None
        self._layout_size: tuple[int, int] = (0, 0)
        self._marked: int | None = None  # the selected event
        self._mark_index = -1

    # -- data ----------------------------------------------------------------------------------

    def show(self, store: Store, ids: Sequence[int]) -> None:
        """Count ``ids`` (the timeline's shown events, in date order) and draw them again."""
        if store is self._store and ids is self._ids:
            return
        self._store, self._ids = store, ids
        self._counted.clear()
        self._layout = None
        self._mark_index = -1
        self.refresh()

    def mark(self, event_id: int | None) -> None:
        """Mark the period of ``event_id`` (the selected event); repaints only if it changes."""
        self._marked = event_id
        layout = self._layout
        index = self._index_of(layout.activity, event_id) if layout is not None else -1
        if layout is None or index != self._mark_index:
            self.refresh()

    def activity(self) -> Activity | None:
        """The counts as the strip shows them (at its width, or 80 columns while hidden)."""
        width, height = self.size
        layout = self._ensure_layout(width or _DEFAULT_WIDTH, height or 1)
        return layout.activity if layout is not None else None

    @property
    def marked_period(self) -> int | None:
        """The index of the selected event's period in ``activity()``, or None."""
        activity = self.activity()
        index = self._index_of(activity, self._marked) if activity is not None else -1
        return index if index >= 0 else None

    def busy_row(self, direction: int) -> int | None:
        """The row of the first event of the next (1) or previous (-1) busy period from the
        selected event's period; None when there is none that way."""
        activity = self.activity()
        if activity is None:
            return None
        target = activity.next_busy(self._index_of(activity, self._marked), direction)
        return None if target is None else activity.starts[target]

    def _index_of(self, activity: Activity, event_id: int | None) -> int:
        if event_id is None or self._store is None:
            return -1
        return activity.index_of(self._store.events.when(event_id).first)

    def _counts(self, months: int) -> Activity | None:
        if months not in self._counted:
            store = self._store
            assert store is not None
            when = store.events.when
            self._counted[months] = count_events(self._ids, store.first_event_from, lambda i: when(i).first, months)
        return self._counted[months]

    # -- layout --------------------------------------------------------------------------------

    def _ensure_layout(self, width: int, height: int) -> _Layout | None:
        if self._layout is not None and self._layout_size == (width, height):
            return self._layout
        self._layout, self._layout_size = self._lay_out(width, height), (width, height)
        return self._layout

    def _lay_out(self, width: int, height: int) -> _Layout | None:
        store, ids = self._store, self._ids
        if store is None or not ids:
            return None
        first, last = store.events.when(ids[0]).first, store.events.when(ids[-1]).first
        peak_room = _PEAK_ROOM if width >= _PEAK_MIN_WIDTH else 0
        label_width = 7  # 2021-06
        columns = width - 2 * (label_width + 1) - peak_room
        months = choose_months(first, last, columns)
        if months != 1:
            label_width = 4  # 2021
            columns = width - 2 * (label_width + 1) - peak_room
            months = max(12, choose_months(first, last, columns))
        activity = self._counts(months)
        assert activity is not None
        cell = max(1, min(_MAX_CELL, columns // len(activity)))
        bars = bar_lines(levels(activity.counts, 8 * height), height, cell)
        return _Layout(activity, label_width + 1, cell, bars, label_width)

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.line_style()
        layout = self._ensure_layout(width, self.size.height)
        if layout is None:
            return Strip.blank(width, base)
        activity = layout.activity
        self._mark_index = mark = self._index_of(activity, self._marked)
        bottom = y == self.size.height - 1
        label, bar = self.line_style("activity--label"), self.line_style("activity--bar")
        left = activity.first_year() if bottom else ""
        segments = [Segment(left.rjust(layout.label_width) + " ", label)]
        bars = layout.bars[y]
        if 0 <= mark < len(activity):
            start = mark * layout.cell
            end = start + bar_width(layout.cell)
            segments += [Segment(bars[:start], bar), Segment(bars[start:end], self.line_style("activity--mark")),
                         Segment(bars[end:], bar)]
        else:
            segments.append(Segment(bars, bar))
        last = activity.last_year() if bottom and len(activity) > 1 else ""  # (one period: its label once)
        segments.append(Segment(" " + last, label))
        segments += self._side_text(activity, mark, y, width)
        return Strip(segments).adjust_cell_length(width, base).simplify()

    def _side_text(self, activity: Activity, mark: int, y: int, width: int) -> list[Segment]:
        """The peak (on the top line), and on a second line the selected period's count."""
        if width < _PEAK_MIN_WIDTH:
            return []
        if y == 0:
            peak = activity.peak
            return [Segment(f"  peak {activity.label(peak)}: {activity.counts[peak]}", self.line_style("activity--peak"))]
        if y == 1 and len(activity) > 1 and 0 <= mark < len(activity):
            return [Segment("  ▲ ", self.line_style("activity--mark")),
                    Segment(f"{activity.label(mark)}: {activity.counts[mark]}", self.line_style("activity--peak"))]
        return []

    # -- events --------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        layout = self._layout
        offset = event.get_content_offset(self)
        if layout is None or offset is None:
            return
        index = (offset.x - layout.x) // layout.cell
        if offset.x >= layout.x and index < len(layout.activity):
            row = min(layout.activity.starts[index], layout.activity.total - 1)  # an empty period: the next event
            self.post_message(self.Jump(self, row))
