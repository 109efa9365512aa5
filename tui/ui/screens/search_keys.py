"""The main screen's prompt keys: search the events, go to a date, filter by dates.

A mixin of ``MainScreen`` (which owns the filter, the timeline and the prompt): the search is
part of the filter (``Query.text``, live as it is typed, and highlighted in the timeline and the
reader); a date range is too (``Query.date_from`` / ``date_to``); going to a date only moves the
selection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.binding import Binding

from tui.extract.date_query import parse_date, parse_date_range
from tui.ui.widgets.prompt import Prompt

if TYPE_CHECKING:
    from tui.store import Query, Store
    from tui.ui.widgets.reader import Reader
    from tui.ui.widgets.timeline import Timeline

SEARCH_KEYS = [
    Binding("ctrl+f", "search", "Search", id="main.search", tooltip="search the events' words and \"phrases\" as you type"),
    Binding("colon", "go_to_date", "Go to date", show=False, id="main.go_to_date",
            tooltip="go to a date: 2021-06, juin 2021, March 2025, 2014"),
    Binding("d", "date_range", "Dates", show=False, id="main.date_range",
            tooltip="filter by dates: 2021-06..2021-09, juin à septembre 2021, 2014.."),
    Binding("f3", "next_match", "Next match", show=False, id="main.next_match",
            tooltip="next match of the search in the reader, then in the next event"),
    Binding("shift+f3", "previous_match", "Previous match", show=False, id="main.previous_match",
            tooltip="previous match of the search in the reader, then in the event before"),
]


class SearchKeys:
    """A mixin of the main screen (listed before ``Screen``): the prompt's keys and what each
    of its modes does with what is typed."""

    if TYPE_CHECKING:  # provided by the screen
        filter: Query
        store: Store | None
        timeline: Timeline
        reader: Reader
        prompt: Prompt

        def notify(self, message: str, *, timeout: float = ..., markup: bool = ...) -> None: ...

        def run_worker(self, work: object, *, thread: bool = ..., group: str = ..., exclusive: bool = ...) -> object: ...

    def action_search(self) -> None:
        """Open the search with the current search text; the word index starts building while
        the first word is typed."""
        self.prompt.open("search", self.filter.text)
        if self.store is not None:
            self.run_worker(self.store.prepare_search, thread=True, group="search-index", exclusive=True)

    def action_go_to_date(self) -> None:
        self.prompt.open("date")

    def action_date_range(self) -> None:
        self.prompt.open("range", self._range_text())

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    def _step_match(self, step: int) -> None:
        """The next match in the article, else the next (or previous) event: the timeline holds
        only the events that match."""
        if not self.filter.text:
            self.notify("No search: ctrl+f searches the events.", timeout=3, markup=False)
            return
        if self.reader.scroll_to_match(step):
            return
        before = self.timeline.cursor
        self.timeline.select_row(before + step)
        if self.timeline.cursor == before:
            self.notify("No more matches that way.", timeout=3, markup=False)

    def _range_text(self) -> str:
        first, last = self.filter.date_from, self.filter.date_to
        if first is None and last is None:
            return ""
        return f"{first.isoformat() if first else ''}..{last.isoformat() if last else ''}"

    # Handlers by name (on_prompt_...), not @on: a mixin's decorated handlers are not collected.
    def on_prompt_changed(self, event: Prompt.Changed) -> None:
        if event.mode == "search":
            self._search_for(event.value)

    def on_prompt_submitted(self, event: Prompt.Submitted) -> None:
        if event.mode == "search":
            self._search_for(event.value)
            self.prompt.close()
        elif event.mode == "date":
            self._go_to(event.value)
        else:
            self._filter_dates(event.value)

    def on_prompt_closed(self, event: Prompt.Closed) -> None:
        if event.mode == "search" and event.cancelled:
            self._search_for("")  # escape leaves the search, as in a browser's find bar
        self.timeline.focus()

    def _search_for(self, text: str) -> None:
        """Filter by ``text`` (the screen highlights it in the timeline and the reader)."""
        self.filter = replace(self.filter, text=text.strip())

    def _go_to(self, text: str) -> None:
        when = parse_date(text, dt.date.today())
        if when is None:
            self.prompt.show_error(f"not a date I can read: {text.strip()!r}" if text.strip() else "type a date")
            return
        self.prompt.close()
        if not self.timeline.jump_to_date(when.first):
            self.notify(f"No event from {when.label} on under this filter: the last one is selected.", markup=False)

    def _filter_dates(self, text: str) -> None:
        if not text.strip():
            self.filter = replace(self.filter, date_from=None, date_to=None)
            self.prompt.close()
            return
        dates = parse_date_range(text, dt.date.today())
        if dates is None:
            self.prompt.show_error(f"not dates I can read: {text.strip()!r}")
            return
        self.filter = replace(self.filter, date_from=dates.first, date_to=dates.last)
        self.prompt.close()
