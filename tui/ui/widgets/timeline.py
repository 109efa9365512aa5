"""The timeline: every (visible) event in date order, one line each, drawn with the line API."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.corpus.document import main_language
from tui.store import Store
from tui.ui.display.timeline_rows import RowEvent, date_width, empty_segments, row_segments, starts_year
from tui.ui.widgets.line_widget import CachedStyles, set_virtual_height
from tui.util.search import Search

_ROW_CACHE_LIMIT = 512


class Timeline(CachedStyles, ScrollView, can_focus=True):
    """The events of the store in date order (or the filtered subset), one row each.

    Rows show the date at its precision (fixed-width column), the sentence cut to one line and
    the actor names, dimmed. Only the visible rows are drawn, so 100k events scroll instantly.
    Posts ``Timeline.Selected`` when the selected event changes.
    """

    BINDINGS = [
        Binding("down", "cursor_down", "Next event", show=False, id="timeline.down", tooltip="next event"),
        Binding("up", "cursor_up", "Previous event", show=False, id="timeline.up", tooltip="previous event"),
        Binding("home", "first", "First event", show=False, id="timeline.first", tooltip="first event"),
        Binding("end", "last", "Last event", show=False, id="timeline.last", tooltip="last event"),
        Binding("pagedown", "page_down", "Page down", show=False, id="timeline.page_down", tooltip="page down"),
        Binding("pageup", "page_up", "Page up", show=False, id="timeline.page_up", tooltip="page up"),
    ]

    COMPONENT_CLASSES = {
        "timeline--date",
        "timeline--year",
        "timeline--uncertain",
        "timeline--actors",
        "timeline--kind",
        "timeline--sources",
        "timeline--cursor",
        "timeline--empty",
        "timeline--match",
        "timeline--star",
    }

    DEFAULT_CSS = """
    Timeline {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        & > .timeline--date { color: $primary; }
        & > .timeline--year { color: $accent; text-style: bold; }
        & > .timeline--uncertain { color: $foreground 55%; text-style: italic; }
        & > .timeline--actors { color: $foreground 55%; }
        & > .timeline--kind { color: $secondary; }
        & > .timeline--sources { color: $accent; }
        & > .timeline--empty { color: $foreground 60%; text-style: italic; }
        & > .timeline--match { color: $warning; text-style: bold underline; }
        & > .timeline--star { color: $warning; text-style: bold; }
        & > .timeline--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
        }
        &:focus > .timeline--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: $block-cursor-text-style;
        }
    }
    """

    @dataclass
    class Selected(Message):
        """The selected event changed (``event_id`` is None when no event is shown)."""

        timeline: Timeline
        event_id: int | None

        @property
        def control(self) -> "Timeline":
            return self.timeline

    cursor: reactive[int] = reactive(0, always_update=False, init=False)
    """Index of the selected row among the visible events."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._store: Store | None = None
        self._ids: Sequence[int] = ()
        self._date_width = 10
        self._rows: dict[tuple, Strip] = {}
        self._actor_names: dict[tuple[int, ...], str] = {}
        self._search: Search | None = None
        self._marks: Mapping[int, tuple[bool, bool]] = {}  # event id → (starred, has a note)
        self.empty_message = "No events."

    # -- data ----------------------------------------------------------------------------------

    @property
    def store(self) -> Store | None:
        return self._store

    @property
    def event_ids(self) -> Sequence[int]:
        """The ids of the visible events, in date order."""
        return self._ids

    @property
    def selected_event(self) -> int | None:
        """Id of the selected event, or None when there is none."""
        if not self._ids:
            return None
        return self._ids[min(self.cursor, len(self._ids) - 1)]

    def set_store(self, store: Store, event_ids: Sequence[int] | None = None) -> None:
        """Show ``store``'s events (all of them unless ``event_ids`` is given); select the first."""
        self._store = store
        self._lang = main_language(store.documents)
        self._date_width = date_width(when.display(self._lang) for when in store.events.whens)
        self._actor_names.clear()
        self._ids = range(len(store.events)) if event_ids is None else event_ids
        self._rows.clear()
        self._update_virtual_size()
        self.set_reactive(Timeline.cursor, 0)
        self.scroll_to(y=0, animate=False)
        self.refresh()
        self._post_selected()

    def set_events(self, event_ids: Sequence[int]) -> None:
        """Replace the visible events, keeping the selection on the same event when it survives,
        else on the visible event nearest to it by date."""
        previous = self.selected_event
        self._ids = event_ids
        self._rows.clear()
        self._update_virtual_size()
        row = 0
        if previous is not None and event_ids:
            row = bisect_left(event_ids, previous)  # ids are in date order
            if row >= len(event_ids):
                row = len(event_ids) - 1
            elif event_ids[row] != previous and row > 0 and self._store is not None:
                # Between two visible events: take the one nearer in time.
                store = self._store
                day = store.events.when(previous).first.toordinal()
                before = store.events.when(event_ids[row - 1]).first.toordinal()
                after = store.events.when(event_ids[row]).first.toordinal()
                if day - before <= after - day:
                    row -= 1
        self.set_reactive(Timeline.cursor, row)
        self._scroll_to_cursor(center=True)
        self.refresh()
        if self.selected_event != previous:
            self._post_selected()

    def select_event(self, event_id: int) -> bool:
        """Select the visible event ``event_id``; False if it is not visible."""
        row = bisect_left(self._ids, event_id)
        if row < len(self._ids) and self._ids[row] == event_id:
            self.cursor = row
            return True
        return False

    def select_row(self, row: int) -> None:
        if self._ids:
            self.cursor = max(0, min(row, len(self._ids) - 1))

    # -- moves ---------------------------------------------------------------------------------

    def action_cursor_down(self) -> None:
        self.select_row(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.select_row(self.cursor - 1)

    def action_first(self) -> None:
        self.select_row(0)

    def action_last(self) -> None:
        self.select_row(len(self._ids) - 1)

    def action_page_down(self) -> None:
        self.select_row(self.cursor + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self.select_row(self.cursor - max(1, self.scrollable_content_region.height - 1))

    def jump_year(self, direction: int) -> bool:
        """Select the first visible event of the next (1) or previous (-1) year."""
        store, current = self._store, self.selected_event
        if store is None or current is None:
            return False
        year = store.events.when(current).first.year
        if direction > 0:
            target = store.first_event_from(dt.date(year + 1, 1, 1)) if year < 9999 else len(store.events)
            row = bisect_left(self._ids, target)
            if row >= len(self._ids):
                return False
            self.select_row(row)
            return True
        # Previous year: the first visible event of the year of the event before this year's first.
        start = store.first_event_from(dt.date(year, 1, 1))
        row = bisect_left(self._ids, start)
        if row == 0:
            if self.cursor != 0:
                self.select_row(0)
                return True
            return False
        previous_year = store.events.when(self._ids[row - 1]).first.year
        target = store.first_event_from(dt.date(previous_year, 1, 1))
        self.select_row(bisect_left(self._ids, target))
        return True

    def jump_to_date(self, day: dt.date) -> bool:
        """Select the first shown event dated ``day`` or later; False (the last event selected)
        when every shown event is earlier."""
        store = self._store
        if store is None or not self._ids:
            return False
        row = bisect_left(self._ids, store.first_event_from(day))
        self.select_row(min(row, len(self._ids) - 1))
        return row < len(self._ids)

    def watch_cursor(self, old: int, new: int) -> None:
        self._refresh_row(old)
        self._refresh_row(new)
        self._scroll_to_cursor()
        self._post_selected()

    def _post_selected(self) -> None:
        self.post_message(self.Selected(self, self.selected_event))

    def _scroll_to_cursor(self, center: bool = False) -> None:
        height = self.scrollable_content_region.height
        if height <= 0 or not self._ids:
            return
        row, top = self.cursor, round(self.scroll_y)
        if center:
            if not top <= row < top + height:
                self.scroll_to(y=max(0, row - height // 2), animate=False)
        elif row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + height:
            self.scroll_to(y=row - height + 1, animate=False)

    def _update_virtual_size(self) -> None:
        set_virtual_height(self, len(self._ids))

    def _refresh_row(self, row: int) -> None:
        self.refresh_line(row)

    # -- events --------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self._rows.clear()
        self._update_virtual_size()
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        self._rows.clear()
        super().notify_style_update()

    def on_focus(self) -> None:
        self._rows.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._rows.clear()
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = offset.y + round(self.scroll_y)
        if 0 <= row < len(self._ids):
            self.cursor = row

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = round(self.scroll_y) + y
        base = self.line_style()
        if not self._ids or self._store is None:
            if y == 0:
                return Strip(empty_segments(self.empty_message, width, self.line_style)).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if row >= len(self._ids):
            return Strip.blank(width, base)
        event_id = self._ids[row]
        selected = row == self.cursor
        key = (event_id, width, selected, self._year_start(row))
        strip = self._rows.get(key)
        if strip is None:
            if len(self._rows) > _ROW_CACHE_LIMIT:
                self._rows.clear()
            strip = self._rows[key] = self._render_row(event_id, width, selected, key[3])
        return strip

    def show_search(self, search: Search | None) -> None:
        """Highlight ``search``'s words in the headlines (None: no highlight)."""
        if search != self._search:
            self._search = search
            self._rows.clear()
            self.refresh()

    def show_marks(self, marks: Mapping[int, tuple[bool, bool]]) -> None:
        """Mark the rows of the user's bookmarks: event id → (starred, has a note)."""
        if marks != self._marks:
            self._marks = marks
            self._rows.clear()
            self.refresh()

    def _year_start(self, row: int) -> bool:
        return starts_year(self._store.events, self._ids, row)  # type: ignore[union-attr]

    def _names(self, actors: tuple[int, ...]) -> str:
        names = self._actor_names.get(actors)
        if names is None:
            store = self._store
            assert store is not None
            names = self._actor_names[actors] = ", ".join(store.actors[a].name for a in actors)
        return names

    def _render_row(self, event_id: int, width: int, selected: bool, year_start: bool) -> Strip:
        store = self._store
        assert store is not None
        event = store.events[event_id]
        base = self.line_style()
        shown = RowEvent(
            event.when, event.kind, event.headline or event.text, self._names(event.actors), len(event.sources),
            event.dated_by_article, self._lang, self._search, *self._marks.get(event_id, (False, False)),
        )
        segments = row_segments(shown, width, self._date_width, year_start, self.line_style)
        strip = Strip(segments).adjust_cell_length(width, base)
        if selected:
            strip = Strip(Segment.apply_style(strip, post_style=self.line_style("timeline--cursor")), width)
        return strip.simplify()
