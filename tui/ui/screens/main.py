"""The main screen: actors sidebar, filter bar, timeline and reader over the one store."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer

from tui.store import Query, Store
from tui.ui.widgets.actors import ActorFilterInput, ActorList, ActorsSidebar
from tui.ui.widgets.filter_bar import FilterBar
from tui.ui.widgets.loading import LoadingPanel
from tui.ui.widgets.reader import Reader
from tui.ui.widgets.timeline import Timeline
from tui.ui.widgets.title_bar import TitleBar

MIN_WIDTH = 80
MIN_HEIGHT = 24
WIDE_WIDTH = 140


class MainScreen(Screen[None]):
    """Timeline, reader and actors over the store; the keys that move through events live here."""

    BINDINGS = [
        Binding("j", "next_event", "Next event", show=False, id="main.next_event"),
        Binding("k", "previous_event", "Previous event", show=False, id="main.previous_event"),
        Binding("g", "first_event", "First event", show=False, id="main.first_event"),
        Binding("G", "last_event", "Last event", show=False, id="main.last_event"),
        Binding("right_square_bracket", "next_year", "Next year", show=False, id="main.next_year"),
        Binding("left_square_bracket", "previous_year", "Previous year", show=False, id="main.previous_year"),
        Binding("n", "next_in_article", "Next in article", show=False, id="main.next_in_article"),
        Binding("p", "previous_in_article", "Previous in article", show=False, id="main.previous_in_article"),
        Binding("slash", "focus_actor_filter", "Actors", id="main.focus_actor_filter"),
        Binding("escape", "clear_filters", "Clear filters", show=False, id="main.clear_filters"),
        Binding("s", "toggle_sidebar", "Sidebar", show=False, id="main.toggle_sidebar"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="main.focus_next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="main.focus_previous"),
    ]

    def __init__(self) -> None:
        super().__init__(id="main")
        self.store: Store | None = None
        self._sidebar_choice: bool | None = None  # None: automatic (hidden when small)

    def compose(self) -> ComposeResult:
        yield TitleBar(id="title")
        with Horizontal(id="body"):
            yield ActorsSidebar(id="sidebar")
            with Vertical(id="main-column"):
                yield FilterBar(id="filter-bar")
                yield LoadingPanel(id="loading")
                yield Timeline(id="timeline")
                yield Reader(id="reader")
        yield Footer()

    # -- parts ---------------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline:
        return self.query_one(Timeline)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def sidebar(self) -> ActorsSidebar:
        return self.query_one(ActorsSidebar)

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one(FilterBar)

    @property
    def loading_panel(self) -> LoadingPanel:
        return self.query_one(LoadingPanel)

    def on_mount(self) -> None:
        self.timeline.empty_message = "Loading…"
        self.reader.empty_message = ""
        self.timeline.focus()
        self._apply_size(self.size.width, self.size.height)
        start = getattr(self.app, "start", None)
        if start is not None:
            start()

    # -- the store -----------------------------------------------------------------------------

    def show_loading(self, done: int | None = None, total: int | None = None) -> None:
        self.add_class("-loading")
        if done is not None and total is not None:
            self.loading_panel.progress(done, total)
            self.query_one(TitleBar).show_status(f"reading {done}/{total} articles…")

    def show_load_error(self, message: str) -> None:
        self.add_class("-loading")
        self.loading_panel.message(message)
        self.query_one(TitleBar).show_status("could not load the articles")

    def set_store(self, store: Store) -> None:
        """Fill the panes from ``store`` and select the first event."""
        self.store = store
        self.remove_class("-loading")
        self.query_one(TitleBar).show_counts(len(store.documents), len(store.events))
        self.timeline.empty_message = "No events." if store.events else "No dated events in these articles."
        self.reader.empty_message = "No event selected."
        self.sidebar.set_store(store)
        self.reader.set_store(store)
        self.timeline.set_store(store)
        self._update_filter_bar()
        focused = self.focused
        if focused is None or not (isinstance(focused, ActorFilterInput) and focused.value):
            self.timeline.focus()

    # -- filtering -----------------------------------------------------------------------------

    def apply_filters(self) -> None:
        """Query the store with the selected actors (any of them) and show the result."""
        store = self.store
        if store is None:
            return
        selected = self.sidebar.actor_list.selected
        ids = store.query(Query(actors=selected, match_all=False))
        self.timeline.set_events(ids)
        self._update_filter_bar()

    def _update_filter_bar(self) -> None:
        store = self.store
        if store is None:
            return
        selected = self.sidebar.actor_list.selected
        names = [store.actors[a].name for a in sorted(selected, key=lambda a: store.actors[a].name.casefold())]
        self.filter_bar.show_filters(names, len(self.timeline.event_ids), len(store.events))

    def select_actor(self, actor_id: int) -> None:
        """Add ``actor_id`` to the filter (the command palette's "Filter by actor")."""
        actors = self.sidebar.actor_list
        if actor_id not in actors.selected:
            actors.toggle(actor_id)

    @on(ActorList.Toggled)
    def _actor_toggled(self, event: ActorList.Toggled) -> None:
        self.apply_filters()

    @on(Timeline.Selected)
    def _event_selected(self, event: Timeline.Selected) -> None:
        self.reader.show(event.event_id)

    def action_clear_filters(self) -> None:
        sidebar = self.sidebar
        had_filters = bool(sidebar.actor_list.selected) or bool(sidebar.input.value)
        sidebar.clear()
        if had_filters:
            self.apply_filters()
        if isinstance(self.focused, ActorFilterInput):
            self.timeline.focus()

    # -- moves ---------------------------------------------------------------------------------

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
        siblings = store.events_of_document(store.events[current].doc)
        visible = timeline.event_ids
        if step > 0:
            candidates = siblings[bisect_right(siblings, current) :]
        else:
            candidates = reversed(siblings[: bisect_left(siblings, current)])
        for event_id in candidates:
            if timeline.select_event(event_id):
                return
        self.notify("No more events in this article." if visible else "No events.", timeout=2)

    def action_next_in_article(self) -> None:
        self._same_article(1)

    def action_previous_in_article(self) -> None:
        self._same_article(-1)

    # -- focus and sizes -----------------------------------------------------------------------

    def action_focus_actor_filter(self) -> None:
        if not self.sidebar.display:
            self._sidebar_choice = True
            self._apply_size(self.size.width, self.size.height)
        self.sidebar.input.focus()

    def action_toggle_sidebar(self) -> None:
        self._sidebar_choice = not self.sidebar.display
        self._apply_size(self.size.width, self.size.height)

    def on_resize(self, event: Resize) -> None:
        self._apply_size(event.size.width, event.size.height)

    def _apply_size(self, width: int, height: int) -> None:
        small = width < MIN_WIDTH or height < MIN_HEIGHT
        self.set_class(small, "-small")
        self.set_class(width >= WIDE_WIDTH and height >= 40, "-wide")
        show = (not small) if self._sidebar_choice is None else self._sidebar_choice
        sidebar = self.sidebar
        sidebar.display = show
        if not show and self.focused is not None and sidebar in self.focused.ancestors_with_self:
            self.timeline.focus()
