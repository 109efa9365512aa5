"""The kinds of event in the sidebar: one row per kind the corpus has, with its count of
visible events; space or a click asks to filter the timeline by that kind (or to stop)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from tui.ui.display.event_kinds import kind_segments
from tui.ui.widgets.line_widget import CachedStyles


class KindList(CachedStyles, Widget, can_focus=True):
    """Event kinds under a "Kinds" heading, each with its mark, name and count.

    Like the actor list it shows the main screen's filter and never changes it: ``selected``
    and the counts are set by the screen; space or a click posts ``KindList.ToggleRequested``.
    """

    BINDINGS = [
        Binding("down,j", "cursor_down", "Next kind", show=False, id="kinds.down", tooltip="next kind"),
        Binding("up,k", "cursor_up", "Previous kind", show=False, id="kinds.up", tooltip="previous kind"),
        Binding("space,enter", "toggle", "Toggle kind", show=False,
                id="kinds.toggle", tooltip="select or deselect a kind (the timeline follows)"),
    ]

    COMPONENT_CLASSES = {"kind-list--heading", "kind-list--mark", "kind-list--count", "kind-list--zero", "kind-list--selected", "kind-list--cursor"}

    DEFAULT_CSS = """
    KindList {
        height: auto;
        background: $surface;
        color: $foreground;
        & > .kind-list--heading { color: $secondary; text-style: bold; }
        & > .kind-list--mark { color: $secondary; }
        & > .kind-list--count { color: $foreground 50%; }
        & > .kind-list--zero { color: $foreground 35%; }
        & > .kind-list--selected { text-style: bold; }
        & > .kind-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .kind-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    }
    """

    @dataclass
    class ToggleRequested(Message):
        """Space or a click on a kind: filter the timeline by it too, or stop."""

        kind_list: KindList
        kind: str

        @property
        def control(self) -> KindList:
            return self.kind_list

    cursor: reactive[int] = reactive(0, init=False)
    """Index of the kind under the cursor."""

    selected: reactive[frozenset[str]] = reactive(frozenset(), init=False)
    """The kinds in the main screen's filter, set by the screen alone."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._kinds: tuple[str, ...] = ()
        self._counts: Mapping[str, int] = {}

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds listed, in the taxonomy's order."""
        return self._kinds

    def set_kinds(self, present: Sequence[str], counts: Mapping[str, int]) -> None:
        """List the kinds ``present`` in the corpus (in the taxonomy's order, as the store's
        ``kind_counts`` gives them), with ``counts`` of visible events."""
        self._kinds = tuple(present)
        self._counts = counts
        self.set_reactive(KindList.cursor, min(self.cursor, max(0, len(self._kinds) - 1)))
        self.refresh(layout=True)

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self._counts = counts
        self.refresh()

    def get_content_height(self, container, viewport, width: int) -> int:  # noqa: ANN001
        return len(self._kinds) + 1 if self._kinds else 0

    def action_cursor_down(self) -> None:
        if self.cursor + 1 < len(self._kinds):
            self.cursor += 1

    def action_cursor_up(self) -> None:
        if self.cursor > 0:
            self.cursor -= 1

    def action_toggle(self) -> None:
        if self._kinds:
            self.post_message(self.ToggleRequested(self, self._kinds[self.cursor]))

    def watch_cursor(self) -> None:
        self.refresh()

    def watch_selected(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and 1 <= offset.y <= len(self._kinds):
            self.cursor = offset.y - 1
            self.post_message(self.ToggleRequested(self, self._kinds[self.cursor]))

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.line_style()
        if y == 0:
            return Strip([Segment(" Kinds"[:width], base + self.line_style("kind-list--heading"))]).adjust_cell_length(width, base)
        if not 1 <= y <= len(self._kinds):
            return Strip.blank(width, base)
        kind = self._kinds[y - 1]
        segments = kind_segments(kind, self._counts.get(kind, 0), kind in self.selected, width, self.line_style)
        strip = Strip(segments).adjust_cell_length(width, base)
        if y - 1 == self.cursor and self.has_focus:
            strip = Strip(Segment.apply_style(strip, post_style=self.line_style("kind-list--cursor")), width)
        return strip
