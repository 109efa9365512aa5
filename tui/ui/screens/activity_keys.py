"""The main screen's activity keys: jump to the previous or next busy period of the activity
strip, show or hide the strip, and a click on one of its bars.

A mixin of ``MainScreen`` (which owns the timeline and the strip): the strip knows the periods
and which are busy (tui/ui/display/activity.py); the timeline's selection moves to the period's
first shown event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.ui.widgets.activity import ActivityStrip

if TYPE_CHECKING:
    from tui.ui.widgets.timeline import Timeline


class ActivityKeys:
    """A mixin of the main screen (listed before ``Screen``): the activity strip's keys."""

    _activity_choice: bool | None = None  # None: automatic (hidden when the screen is small)

    if TYPE_CHECKING:  # provided by the screen
        timeline: Timeline

        def query_one(self, selector: type[ActivityStrip]) -> ActivityStrip: ...

        def notify(self, message: str, *, timeout: float = ..., markup: bool = ...) -> None: ...

    @property
    def activity(self) -> ActivityStrip:
        return self.query_one(ActivityStrip)

    def action_next_busy(self) -> None:
        self._jump_busy(1)

    def action_previous_busy(self) -> None:
        self._jump_busy(-1)

    def _jump_busy(self, direction: int) -> None:
        row = self.activity.busy_row(direction)
        if row is None:
            where = "after" if direction > 0 else "before"
            self.notify(f"No busy period {where} this one (busy: a peak above the median).", timeout=2, markup=False)
            return
        self.timeline.select_row(row)

    def action_toggle_activity(self) -> None:
        self._activity_choice = not self.activity.display
        self.activity.display = self._activity_choice

    def _apply_activity_size(self, small: bool) -> None:
        """Hide the strip on a small screen unless the user showed it (A)."""
        self.activity.display = (not small) if self._activity_choice is None else self._activity_choice

    # Handlers by name, not @on: a mixin's decorated handlers are not collected.
    def on_activity_strip_jump(self, event: ActivityStrip.Jump) -> None:
        self.timeline.select_row(event.row)
