"""The actor details screen: who an actor is, when it appears, and who it appears with.

Opened with enter on an actor of the sidebar (or from the command palette). Dismissed with a
``DetailsChoice`` (filter by the actor, or go to an event) or None when simply closed.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from tui.extract.model import Actor
from tui.store import Store
from tui.ui.display.actor_details import co_actor_name_width, co_actor_row, event_row, info_table
from tui.util.text import one_line
from tui.ui.screens.panel import PanelScreen

CO_ACTORS = 10


@dataclass(frozen=True, slots=True)
class DetailsChoice:
    """What the user picked in the details screen: ``action`` is "filter" or "event"."""

    action: str
    actor_id: int
    event_id: int | None = None


class DetailRow(Static, can_focus=True):
    """A focusable line of the details screen: an event (enter goes to it) or a co-actor
    (enter shows its details)."""

    DEFAULT_CSS = """
    DetailRow {
        height: auto;
        padding: 0 1;
        &:hover { background: $boost; }
        &:focus {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
        }
    }
    """

    BINDINGS = [Binding("enter", "activate", "Open",
            id="details.open", tooltip="open the event or the co-actor's details")]

    class Activated(Message):
        def __init__(self, row: "DetailRow") -> None:
            super().__init__()
            self.row = row

    def __init__(
        self, content: Text | Table, plain: str, *, event_id: int | None = None, actor_id: int | None = None, id: str | None = None
    ) -> None:
        super().__init__(content, id=id)
        self.content_text = plain
        self.event_id = event_id
        self.actor_id = actor_id

    def action_activate(self) -> None:
        self.post_message(self.Activated(self))

    def on_click(self, event: events.Click) -> None:
        self.focus()
        self.action_activate()


class ActorDetailsScreen(PanelScreen["DetailsChoice | None"]):
    """Kind, aliases, affiliations, members, roles with dates, first and last event, co-actors."""

    BINDINGS = [
        Binding("escape,q", "close", "Close", id="details.close", tooltip="close"),
        Binding("f", "filter", "Filter by actor", id="details.filter", tooltip="filter the timeline by this actor"),
        Binding("g", "first_event", "First event", id="details.first_event", tooltip="go to its first event"),
        Binding("G", "last_event", "Last event", id="details.last_event", tooltip="go to its last event"),
        Binding("backspace", "back", "Back", show=False, id="details.back", tooltip="back to the actor before"),
        Binding("down,j", "next_row", "Next row", show=False, id="details.next_row", tooltip="next row"),
        Binding("up,k", "previous_row", "Previous row", show=False, id="details.previous_row", tooltip="previous row"),
    ]

    DEFAULT_CSS = """
    ActorDetailsScreen > VerticalScroll {
        .details-heading { color: $secondary; text-style: bold; margin-top: 1; }
        #details-info { padding: 0 1; }
    }
    """

    def __init__(self, store: Store, actor_id: int) -> None:
        super().__init__()
        self.store = store
        self.actor_id = actor_id
        self._history: list[tuple[int, int]] = []  # (actor id, focused row) to come back to
        self._plain: list[str] = []

    @property
    def actor(self) -> Actor:
        return self.store.actors[self.actor_id]

    @property
    def rows(self) -> list[DetailRow]:
        return list(self.query(DetailRow))

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll(id="details-scroll")
        scroll.can_focus = False
        yield scroll

    async def on_mount(self) -> None:
        await self._fill()

    # -- content -------------------------------------------------------------------------------

    def info_text(self) -> str:
        """The plain text of the details, one "label: value" or row per line (for tests)."""
        return "\n".join(self._plain)

    async def _fill(self, focus_row: int = 0) -> None:
        store, actor = self.store, self.actor
        scroll = self.query_one("#details-scroll", VerticalScroll)
        await scroll.remove_children()
        title = Text(one_line(actor.name), no_wrap=True, end="")
        scroll.border_title = title
        scroll.border_subtitle = "f filter · g/G first/last event · enter opens · esc closes"

        table, info = info_table(store, actor)
        self._plain = [actor.name, *info]
        widgets: list[Static] = [Static(table, id="details-info")]
        ids = store.events_of_actor(actor.id)
        widgets.append(Static(Text("Events", end=""), classes="details-heading"))
        if ids:
            first, last = ids[0], ids[-1]
            widgets.append(DetailRow(*event_row(store, "first", first), event_id=first, id="details-first"))
            if last != first:
                widgets.append(DetailRow(*event_row(store, "last", last), event_id=last, id="details-last"))
            self._plain += [w.content_text for w in widgets if isinstance(w, DetailRow)]
        else:
            widgets.append(Static(Text("  No dated event names this actor.", style="italic", end="")))
        co_actors = store.co_actors(actor.id, CO_ACTORS)
        if co_actors:
            widgets.append(Static(Text("Appears most with", end=""), classes="details-heading"))
            name_w = co_actor_name_width(store, co_actors)
            for other, shared in co_actors:
                widgets.append(DetailRow(*co_actor_row(store, other, shared, name_w), actor_id=other))
                self._plain.append("with: " + widgets[-1].content_text)  # type: ignore[attr-defined]
        await scroll.mount_all(widgets)
        scroll.scroll_home(animate=False)
        self.call_after_refresh(self._focus_row, focus_row)

    def _focus_row(self, index: int) -> None:
        rows = self.rows
        if not rows:
            return
        index = max(0, min(index, len(rows) - 1))
        rows[index].focus(scroll_visible=index > 0)
        if index == 0:  # the details start at the top, whatever the focus did
            self.call_after_refresh(self.query_one("#details-scroll").scroll_home, animate=False, immediate=True)

    # -- actions -------------------------------------------------------------------------------

    async def show_actor(self, actor_id: int) -> None:
        """Show ``actor_id`` instead (backspace comes back)."""
        if actor_id == self.actor_id:
            return
        focused = self.focused
        rows = self.rows
        self._history.append((self.actor_id, rows.index(focused) if focused in rows else 0))
        self.actor_id = actor_id
        await self._fill()

    async def action_back(self) -> None:
        if self._history:
            self.actor_id, row = self._history.pop()
            await self._fill(row)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_filter(self) -> None:
        self.dismiss(DetailsChoice("filter", self.actor_id))

    def _go_to(self, index: int) -> None:
        ids = self.store.events_of_actor(self.actor_id)
        if not ids:
            self.notify("No event names this actor.", timeout=2, markup=False)
            return
        self.dismiss(DetailsChoice("event", self.actor_id, ids[index]))

    def action_first_event(self) -> None:
        self._go_to(0)

    def action_last_event(self) -> None:
        self._go_to(-1)

    def _step(self, step: int) -> None:
        rows = self.rows
        if not rows:
            return
        focused = self.focused
        index = rows.index(focused) if focused in rows else -1
        target = index + step
        if target < 0:
            self.query_one("#details-scroll").scroll_home(animate=False)
            return
        if target < len(rows):
            rows[target].focus()
            if target == 0:
                self.query_one("#details-scroll").scroll_home(animate=False)

    def action_next_row(self) -> None:
        self._step(1)

    def action_previous_row(self) -> None:
        self._step(-1)

    @on(DetailRow.Activated)
    async def _activated(self, message: DetailRow.Activated) -> None:
        row = message.row
        if row.event_id is not None:
            self.dismiss(DetailsChoice("event", self.actor_id, row.event_id))
        elif row.actor_id is not None:
            await self.show_actor(row.actor_id)
