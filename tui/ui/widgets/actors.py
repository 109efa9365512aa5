"""The actors sidebar: a filter input over a list of actors grouped by kind, toggled to filter."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.segment import Segment
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input

from tui.store import Store
from tui.ui.display.actor_groups import (
    KIND_COMPONENTS,
    KIND_ORDER,
    actor_segments,
    empty_segments,
    group_rows,
    heading_segments,
)
from tui.ui.widgets.kinds import KindList
from tui.ui.widgets.line_widget import CachedStyles, set_virtual_height

__all__ = ["KIND_ORDER", "ActorFilterInput", "ActorList", "ActorsSidebar"]


class ActorList(CachedStyles, ScrollView, can_focus=True):
    """Actors grouped by kind under headings, each with its count of visible events; only the
    actors some event names (``Store.actors_in_events``): one named in no event would filter the
    timeline to nothing (``newsline actors`` lists them all, with their mentions).

    The list shows the main screen's filter and never changes it: ``selected`` (the actors
    marked ●) and the counts are set by the screen. Space or a click asks to toggle the actor
    under the cursor (posts ``ActorList.ToggleRequested``); enter asks for its details (posts
    ``ActorList.DetailsRequested``). Within a kind the actors are sorted by count (the counts
    under the current filter, see ``set_counts``) or by name (``toggle_sort``).
    """

    BINDINGS = [
        Binding("down,j", "cursor_down", "Next actor", show=False, id="actors.down", tooltip="next actor"),
        Binding("up,k", "cursor_up", "Previous actor", show=False, id="actors.up", tooltip="previous actor"),
        Binding("home,g", "first", "First actor", show=False, id="actors.first", tooltip="first actor"),
        Binding("end,G", "last", "Last actor", show=False, id="actors.last", tooltip="last actor"),
        Binding("pagedown", "page_down", "Page down", show=False, id="actors.page_down", tooltip="page down"),
        Binding("pageup", "page_up", "Page up", show=False, id="actors.page_up", tooltip="page up"),
        Binding("space", "toggle", "Toggle",
                id="actors.toggle", tooltip="select or deselect an actor (the timeline follows)"),
        Binding("enter", "details", "Details",
                id="actors.details", tooltip="actor details: affiliations, roles, events, co-actors"),
        Binding("o", "toggle_sort", "Order", show=False,
                id="actors.sort", tooltip="sort each kind by count or by name"),
    ]

    COMPONENT_CLASSES = {
        "actor-list--heading",
        "actor-list--count",
        "actor-list--zero",
        "actor-list--selected",
        "actor-list--cursor",
        "actor-list--empty",
        *KIND_COMPONENTS.values(),
    }

    DEFAULT_CSS = """
    ActorList {
        background: $surface;
        color: $foreground;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        & > .actor-list--heading { color: $secondary; text-style: bold; }
        & > .actor-list--count { color: $foreground 50%; }
        & > .actor-list--zero { color: $foreground 35%; }
        & > .actor-list--selected { text-style: bold; }
        & > .actor-list--empty { color: $foreground 55%; text-style: italic; }
        & > .actor-list--person { color: $actor-person; }
        & > .actor-list--organisation { color: $actor-organisation; }
        & > .actor-list--country { color: $actor-country; }
        & > .actor-list--place { color: $actor-place; }
        & > .actor-list--media { color: $actor-media; }
        & > .actor-list--unknown { color: $actor-unknown; }
        & > .actor-list--cursor {
            background: $block-cursor-blurred-background;
        }
        &:focus > .actor-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
        }
    }
    """

    @dataclass
    class ToggleRequested(Message):
        """Space or a click on an actor: add it to the filter, or take it out."""

        actor_list: ActorList
        actor_id: int

        @property
        def control(self) -> ActorList:
            return self.actor_list

    @dataclass
    class DetailsRequested(Message):
        """Enter on an actor: show its details."""

        actor_list: ActorList
        actor_id: int

        @property
        def control(self) -> ActorList:
            return self.actor_list

    cursor: reactive[int] = reactive(-1, init=False)
    """Row of the cursor (always an actor row, or -1 when the list has no actor)."""

    selected: reactive[frozenset[int]] = reactive(frozenset(), init=False)
    """The actors marked as selected: the main screen's filter's, set by the screen alone."""

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._store: Store | None = None
        self._rows: list[tuple[str, int]] = []  # ("heading", kind index) or ("actor", actor id)
        self._counts: list[int] = []
        self._shown: list[int] = []  # the actors listed, whatever their order
        self._in_events: frozenset[int] = frozenset()  # the actors some event names: the only ones listed
        self._only_in_no_event = False  # the last actors asked for were all in no event
        self._names: list[str] = []  # folded names, per actor id (the name order)
        self.sort_by_name = False
        self.empty_message = "No actors."

    # -- data ----------------------------------------------------------------------------------

    @property
    def shown_actors(self) -> list[int]:
        """Ids of the actors listed, in display order."""
        return [value for kind, value in self._rows if kind == "actor"]

    @property
    def counts(self) -> list[int]:
        """Per actor id, the count shown (events naming it among the visible ones)."""
        return self._counts

    @property
    def cursor_actor(self) -> int | None:
        if 0 <= self.cursor < len(self._rows) and self._rows[self.cursor][0] == "actor":
            return self._rows[self.cursor][1]
        return None

    def set_store(self, store: Store) -> None:
        self._store = store
        self._in_events = store.actors_in_events()
        self._counts = store.actor_event_counts(range(len(store.events)))
        self._names = [a.name.casefold() for a in store.actors]
        self.show_actors(a.id for a in store.actors)

    def set_counts(self, counts: list[int]) -> None:
        """Show ``counts`` (per actor id: visible events naming it); re-sorts when sorted by count."""
        self._counts = counts
        if self.sort_by_name:
            self.refresh()
        else:
            self._layout(keep_scroll=True)

    def toggle_sort(self) -> None:
        """Sort each kind's actors by name, or back by count."""
        self.sort_by_name = not self.sort_by_name
        self._layout(keep_scroll=False)

    def show_actors(self, actor_ids: Iterable[int]) -> None:
        """List those of ``actor_ids`` some event names, grouped by kind, in the current order
        within a group."""
        if self._store is None:
            return
        asked = list(actor_ids)
        self._shown = [a for a in asked if a in self._in_events]
        self._only_in_no_event = bool(asked) and not self._shown
        self._layout(keep_scroll=False)

    def _layout(self, keep_scroll: bool) -> None:
        store = self._store
        if store is None:
            return
        current = self.cursor_actor
        screen_row = self.cursor - round(self.scroll_y)
        rows = group_rows(store.actors, self._shown, self._counts, self._names, self.sort_by_name)
        self._rows = rows
        set_virtual_height(self, len(rows))
        row = next((i for i, (k, v) in enumerate(rows) if k == "actor" and v == current), None)
        if row is None:
            row = next((i for i, (k, _) in enumerate(rows) if k == "actor"), -1)
        self.set_reactive(ActorList.cursor, row)
        if keep_scroll and row >= 0 and round(self.scroll_y) > 0 and 0 <= screen_row < self.scrollable_content_region.height:
            # Scrolled down: the cursor's actor stays on the same screen line when the list is
            # re-sorted. (At the top, the list stays at the top, where the most counted are.)
            self.scroll_to(y=max(0, row - screen_row), animate=False, immediate=True)
        else:
            self.scroll_to(y=0, animate=False, immediate=True)
        self._scroll_to_cursor()
        self.refresh()

    # -- moves ---------------------------------------------------------------------------------

    def _move(self, start: int, step: int) -> None:
        row = start
        while 0 <= row < len(self._rows):
            if self._rows[row][0] == "actor":
                self.cursor = row
                return
            row += step

    def action_cursor_down(self) -> None:
        self._move(self.cursor + 1, 1)

    def action_cursor_up(self) -> None:
        if self.cursor <= self._first_actor_row():
            self.scroll_to(y=0, animate=False)
            return
        self._move(self.cursor - 1, -1)

    def action_first(self) -> None:
        self._move(0, 1)
        self.scroll_to(y=0, animate=False)

    def action_last(self) -> None:
        self._move(len(self._rows) - 1, -1)

    def action_page_down(self) -> None:
        self._move(min(len(self._rows) - 1, self.cursor + max(1, self.scrollable_content_region.height - 1)), 1)

    def action_page_up(self) -> None:
        self._move(max(0, self.cursor - max(1, self.scrollable_content_region.height - 1)), -1)

    def action_toggle(self) -> None:
        actor = self.cursor_actor
        if actor is not None:
            self.post_message(self.ToggleRequested(self, actor))

    def action_details(self) -> None:
        actor = self.cursor_actor
        if actor is not None:
            self.post_message(self.DetailsRequested(self, actor))

    def action_toggle_sort(self) -> None:
        self.toggle_sort()

    def _first_actor_row(self) -> int:
        return next((i for i, (k, _) in enumerate(self._rows) if k == "actor"), -1)

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height
        if height <= 0 or self.cursor < 0:
            return
        top = round(self.scroll_y)
        # Keep the group heading in view above the first actor of a group.
        above = self.cursor - 1 if self.cursor > 0 and self._rows[self.cursor - 1][0] == "heading" else self.cursor
        if above < top:
            self.scroll_to(y=above, animate=False)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False)

    # -- events --------------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self._rows))
        self._scroll_to_cursor()

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        row = offset.y + round(self.scroll_y)
        if 0 <= row < len(self._rows) and self._rows[row][0] == "actor":
            self.cursor = row
            self.post_message(self.ToggleRequested(self, self._rows[row][1]))

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.line_style()
        style = self.line_style
        row = round(self.scroll_y) + y
        if not self._rows:
            if y == 0 and self._store is not None:
                message = _IN_NO_EVENT if self._only_in_no_event else self.empty_message
                return Strip(empty_segments(message, width, style)).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        if row >= len(self._rows):
            return Strip.blank(width, base)
        kind, value = self._rows[row]
        store = self._store
        assert store is not None
        if kind == "heading":
            return Strip(heading_segments(value, width, row == 0, self.sort_by_name, style)).adjust_cell_length(width, base)
        segments = actor_segments(store.actors[value], self._counts[value], value in self.selected, width, style)
        strip = Strip(segments).adjust_cell_length(width, base)
        if row == self.cursor:
            strip = Strip(Segment.apply_style(strip, post_style=style("actor-list--cursor")), width)
        return strip


_IN_NO_EVENT = "In no event."  # what the list says when the actors searched for are named in no event


class ActorFilterInput(Input):
    """The text box above the actor list: typing narrows the list; down moves into it."""

    BINDINGS = [
        Binding("down", "into_list", "Into the list", show=False,
                id="actors.into_list", tooltip="from the filter into the list"),
        Binding("enter", "into_list", "Into the list", show=False,
                id="actors.submit", tooltip="from the filter into the list"),
    ]

    DEFAULT_CSS = """
    ActorFilterInput {
        border: none;
        height: 1;
        padding: 0 1;
        background: $panel;
        &:focus { border: none; background: $panel; background-tint: $foreground 6%; }
    }
    """

    @dataclass
    class IntoList(Message):
        """The user asked to move from the input into the list."""

    def action_into_list(self) -> None:
        parent = self.parent
        if isinstance(parent, ActorsSidebar):
            # Widget.focus() defers the change to the next loop turn, and a key typed right
            # after (space to toggle) would still land in the input: move focus now.
            self.screen.set_focus(parent.actor_list)
        else:
            self.post_message(self.IntoList())


class ActorsSidebar(Vertical):
    """The actors pane: ``ActorFilterInput`` on top (focus it with "/"), ``ActorList`` below.

    Typing narrows the list with the store's accent- and case-insensitive actor search.
    """

    DEFAULT_CSS = """
    ActorsSidebar {
        width: 24;
        height: 100%;
        background: $surface;
        border-right: tall $panel;
        & > KindList { max-height: 40%; }
        & > ActorList { height: 1fr; }
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._store: Store | None = None

    def compose(self) -> ComposeResult:
        yield KindList(id="kind-list")
        yield ActorFilterInput(placeholder="/ filter actors", id="actor-filter")
        yield ActorList(id="actor-list")

    @property
    def input(self) -> ActorFilterInput:
        return self.query_one(ActorFilterInput)

    @property
    def actor_list(self) -> ActorList:
        return self.query_one(ActorList)

    @property
    def kind_list(self) -> KindList:
        return self.query_one(KindList)

    def set_store(self, store: Store) -> None:
        self._store = store
        self.actor_list.set_store(store)
        counts = store.kind_counts(range(len(store.events)))
        self.kind_list.set_kinds([kind for kind, n in counts.items() if n], counts)
        if self.input.value:
            self._narrow(self.input.value)

    def _narrow(self, text: str) -> None:
        if self._store is not None:
            self.actor_list.show_actors(a.id for a in self._store.search_actors(text))

    @on(Input.Changed, "#actor-filter")
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._narrow(event.value)

    @on(ActorFilterInput.IntoList)
    def _into_list(self, event: ActorFilterInput.IntoList) -> None:
        event.stop()
        self.actor_list.focus()

    def clear_search(self) -> None:
        """Clear the search text (the list shows every actor again)."""
        if self.input.value:
            self.input.value = ""  # Changed narrows back to every actor
