"""The keys that move through events and act in the reader from any pane of the main screen:
forwarded to the timeline and the reader (the screen's own methods keep to the filter and
the store)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from tui.store import Store
    from tui.ui.widgets.reader import Reader
    from tui.ui.widgets.timeline import Timeline


class EventKeys:
    """A mixin of the main screen (listed before ``Screen``): its actions for moving through
    events (j/k, g/G, [/], n/p) and for the reader (w/b, f, v/V)."""

    if TYPE_CHECKING:  # provided by the screen
        store: Store | None
        timeline: Timeline
        reader: Reader
        app: App

        def notify(self, message: str, *, timeout: float = ..., markup: bool = ...) -> None: ...

    def action_next_event(self) -> None:
        self.timeline.action_cursor_down()

    def action_previous_event(self) -> None:
        self.timeline.action_cursor_up()

    def action_first_event(self) -> None:
        self.timeline.action_first()

    def action_last_event(self) -> None:
        self.timeline.action_last()

    def action_next_year(self) -> None:
        if not self.timeline.jump_year(1):
            self.app.bell()

    def action_previous_year(self) -> None:
        if not self.timeline.jump_year(-1):
            self.app.bell()

    def _same_article(self, step: int) -> None:
        """Select the next/previous visible event of the selected event's article (stop at ends)."""
        store, timeline = self.store, self.timeline
        current = timeline.selected_event
        if store is None or current is None:
            return
        siblings = store.events_of_document(store.events.doc[current])
        visible = timeline.event_ids
        if step > 0:
            candidates = siblings[bisect_right(siblings, current) :]
        else:
            candidates = reversed(siblings[: bisect_left(siblings, current)])
        for event_id in candidates:
            if timeline.select_event(event_id):
                return
        self.notify("No more events in this article." if visible else "No events.", timeout=2, markup=False)

    def action_next_in_article(self) -> None:
        self._same_article(1)

    def action_previous_in_article(self) -> None:
        self._same_article(-1)

    def action_next_mention(self) -> None:
        self.reader.action_next_mention()

    def action_previous_mention(self) -> None:
        self.reader.action_previous_mention()

    def action_pivot(self) -> None:
        self.reader.action_pivot()

    def action_next_telling(self) -> None:
        self.reader.action_next_telling()

    def action_previous_telling(self) -> None:
        self.reader.action_previous_telling()
