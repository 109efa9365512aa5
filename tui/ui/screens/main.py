"""The main screen: actors sidebar, filter bar, timeline and reader over the one store."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer

from tui.store import Query, Store
from tui.ui.screens.activity_keys import ActivityKeys
from tui.ui.screens.actor_details import ActorDetailsScreen, DetailsChoice
from tui.ui.screens.bookmark_keys import BOOKMARK_KEYS, BookmarkKeys
from tui.ui.screens.event_keys import EventKeys
from tui.ui.screens.search_keys import SEARCH_KEYS, SearchKeys
from tui.ui.screens.export import ExportScreen, default_export_path, export_filtered
from tui.ui.widgets.activity import ACTIVITY_KEYS, ActivityStrip
from tui.ui.widgets.actors import ActorFilterInput, ActorList, ActorsSidebar
from tui.ui.widgets.filter_bar import FilterBar
from tui.ui.widgets.kinds import KindList
from tui.ui.widgets.loading import LoadingPanel
from tui.ui.widgets.note_line import NoteLine
from tui.ui.widgets.prompt import Prompt
from tui.ui.widgets.reader import Reader
from tui.ui.widgets.timeline import Timeline
from tui.ui.widgets.title_bar import TitleBar
from tui.util.safe import safe_display
from tui.util.search import parse_search

MIN_WIDTH = 80
MIN_HEIGHT = 24
WIDE_WIDTH = 140


def events_part(query: Query) -> Query:
    """The part of ``query`` that decides which events pass: any or all of fewer than two actors
    is the same filter, and so are the members of no actor. Queries with the same part show the
    same events; only the filter bar's words differ."""
    if query.match_all and len(query.actors) < 2:
        query = replace(query, match_all=False)
    if query.include_members and not query.actors:
        query = replace(query, include_members=False)
    return query


@dataclass(frozen=True, slots=True)
class Chosen:
    """What the user chose, in terms that hold in another store of the same articles."""

    names: list[str]  # the selected actors' names
    place: tuple[str, tuple[int, int, int]] | None = None  # the selected event's article path and place
    day: dt.date | None = None  # its first day
    line: int = 0  # its line on screen (from the timeline's top)


def cleared(query: Query) -> Query:
    """``query`` with nothing left that hides an event: the modes (how actors match) stay."""
    return Query(match_all=query.match_all, include_members=query.include_members)


class MainScreen(EventKeys, SearchKeys, BookmarkKeys, ActivityKeys, Screen[None]):
    """Timeline, reader and actors over the store; the keys that move through events live here.

    The screen owns the timeline's filter, ``filter``: one ``Query`` that the panes show (the
    timeline's events, the actor list's marks and counts, the filter bar's words; see
    ``watch_filter``). The widgets never change it: they post what the user asked for
    (``ActorList.ToggleRequested``, ``FilterBar.ClearRequested``...) and the screen's handlers
    and actions replace it with a new ``Query``.
    """

    BINDINGS = [
        Binding("j", "next_event", "Next event", show=False, id="main.next_event", tooltip="next event"),
        Binding("k", "previous_event", "Previous event", show=False,
                id="main.previous_event", tooltip="previous event"),
        Binding("g", "first_event", "First event", show=False, id="main.first_event", tooltip="first event"),
        Binding("G", "last_event", "Last event", show=False, id="main.last_event", tooltip="last event"),
        Binding("right_square_bracket", "next_year", "Next year", show=False,
                id="main.next_year", tooltip="first event of the next year"),
        Binding("left_square_bracket", "previous_year", "Previous year", show=False,
                id="main.previous_year", tooltip="first event of the previous year"),
        Binding("n", "next_in_article", "Next in article", show=False,
                id="main.next_in_article", tooltip="next event of the same article"),
        Binding("p", "previous_in_article", "Previous in article", show=False,
                id="main.previous_in_article", tooltip="previous event of the same article"),
        Binding("slash", "focus_actor_filter", "Actors",
                id="main.focus_actor_filter", tooltip="filter the actor list (accents and case ignored)"),
        Binding("escape", "clear_filters", "Clear filters", show=False,
                id="main.clear_filters", tooltip="clear the filters: actors, kinds, search, dates, starred, and the actor search"),
        Binding("s", "toggle_sidebar", "Sidebar", show=False,
                id="main.toggle_sidebar", tooltip="show or hide the sidebar"),
        Binding("a", "toggle_match_all", "Any/all",
                id="main.toggle_match_all", tooltip="events naming any / all of the selected actors"),
        Binding("m", "toggle_members", "Members",
                id="main.toggle_members", tooltip="countries, organisations include their members (SVR: Russie)"),
        Binding("o", "toggle_actor_order", "Actor order", show=False,
                id="main.toggle_actor_order", tooltip="sort each kind by count (under the filter) or by name"),
        Binding("w", "next_mention", "Next mention", show=False,
                id="main.next_mention", tooltip="next actor mention in the reader"),
        Binding("b", "previous_mention", "Previous mention", show=False,
                id="main.previous_mention", tooltip="previous actor mention in the reader"),
        Binding("f", "pivot", "Filter by mention", show=False,
                id="main.pivot", tooltip="filter the timeline by the mention's actor too"),
        Binding("v", "next_telling", "Next telling", show=False,
                id="main.next_telling", tooltip="next sentence telling the event (other articles too)"),
        Binding("V", "previous_telling", "Previous telling", show=False,
                id="main.previous_telling", tooltip="previous sentence telling the event"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="main.focus_next", tooltip="next pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False,
                id="main.focus_previous", tooltip="previous pane"),
        *SEARCH_KEYS,
        *BOOKMARK_KEYS,
        *ACTIVITY_KEYS,
    ]

    filter: reactive[Query] = reactive(Query(), init=False)
    """The timeline's filter: the actors chosen and how they match, the kinds, the search, the
    date range and the starred events. Replaced on each change, never mutated; every pane shows
    it (``watch_filter``). (Not named ``query``: that is Textual's DOM query method.)"""

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
                yield Prompt(id="prompt")
                yield LoadingPanel(id="loading")
                yield ActivityStrip(id="activity")
                yield Timeline(id="timeline")
                yield NoteLine(id="note-line")
                yield Reader(id="reader")
        yield Footer(compact=True)

    # -- parts ---------------------------------------------------------------------------------

    @property
    def timeline(self) -> Timeline:
        return self.query_one(Timeline)

    @property
    def reader(self) -> Reader:
        return self.query_one(Reader)

    @property
    def note_line(self) -> NoteLine:
        return self.query_one(NoteLine)

    @property
    def prompt(self) -> Prompt:
        return self.query_one(Prompt)

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
        """Fill the panes from ``store`` and select the first event; when it replaces a store
        (shown while loading, or before the watched folder changed) what the user chose carries
        over: the whole filter (actors by name, kinds, text, dates, modes), the event selected
        and its line on screen (the scroll position)."""
        kept = self._what_the_user_chose() if self.store is not None else None
        self.store = store
        self.remove_class("-loading")
        self.query_one(TitleBar).show_counts(len(store.documents), len(store.events))
        self.timeline.empty_message = "No events." if store.events else "No dated events in these articles."
        self.reader.empty_message = "No event selected."
        self.sidebar.set_store(store)
        self.reader.set_store(store)
        self.timeline.set_store(store)
        focused = self.focused
        typing = (isinstance(focused, ActorFilterInput) and focused.value) or self.prompt.is_open  # (left typing)
        if focused is None or not typing:
            self.timeline.focus()
        chosen = kept if kept is not None else Chosen([])
        # The ids of another store name other actors: the filter carries over by name (or by
        # alias: new articles may name an actor otherwise); the rest of it names no ids.
        actors = frozenset(found.id for found in map(store.find_actor, chosen.names) if found is not None)
        query = replace(self.filter, actors=actors)
        query = self.show_bookmarks(store, query)  # the starred ids of this store too
        self.set_reactive(MainScreen.filter, query)
        self._show_filter(query, requery=events_part(query) != Query())  # (the timeline shows every event)
        if chosen.place is not None:
            self._select_again(store, chosen)

    def _what_the_user_chose(self) -> Chosen:
        """The selected actors' names, the selected event's place (article, sentence, date
        expression) and date, and its line on screen: what identifies them in another store of
        the same articles."""
        store = self.store
        assert store is not None
        names = [store.actors[a].name for a in self.filter.actors if 0 <= a < len(store.actors)]
        timeline = self.timeline
        event = timeline.selected_event
        if event is None:
            return Chosen(names)
        place = (store.documents[store.events.doc[event]].path, store.events.place(event))
        return Chosen(names, place, store.events.when(event).first, timeline.cursor - round(timeline.scroll_y))

    def _select_again(self, store: Store, chosen: Chosen) -> None:
        """Select the event chosen in the store replaced (else the first shown from its date),
        on the same line of the timeline."""
        assert chosen.place is not None and chosen.day is not None
        path, where = chosen.place
        doc = next((d.id for d in store.documents if d.path == path), None)
        found = False
        if doc is not None:
            for event_id in store.events_of_document(doc):
                if store.events.place(event_id) == where:
                    found = self.timeline.select_event(event_id)
                    break
        if not found:  # its article changed or went: the nearest event in time
            self.timeline.jump_to_date(chosen.day)
        self.timeline.keep_cursor_at(chosen.line)

    # -- filtering -----------------------------------------------------------------------------

    def watch_filter(self, old: Query, new: Query) -> None:
        self._show_filter(new, requery=events_part(old) != events_part(new))

    def _show_filter(self, query: Query, requery: bool) -> None:
        """Show ``query`` in every pane; ask the store for its events (once) only if ``requery``."""
        store = self.store
        if store is None:
            return  # (set_store shows the filter chosen meanwhile)
        actor_list = self.sidebar.actor_list
        if requery:
            ids = store.query(query)
            self.timeline.set_events(ids)
            actor_list.set_counts(store.actor_event_counts(ids))
            self.sidebar.kind_list.set_counts(store.kind_counts(ids))
        actor_list.selected = query.actors
        self.activity.show(store, self.timeline.event_ids)
        self.sidebar.kind_list.selected = query.kinds
        names = [store.actors[a].name for a in sorted(query.actors, key=lambda a: store.actors[a].name.casefold())]
        self.filter_bar.show_query(query, names, len(self.timeline.event_ids), len(store.events))
        search = parse_search(query.text)
        self.timeline.show_search(None if search.is_empty else search)
        self.reader.show_search(None if search.is_empty else search)

    @on(ActorList.ToggleRequested)
    def _toggle_requested(self, event: ActorList.ToggleRequested) -> None:
        self.filter = replace(self.filter, actors=self.filter.actors ^ {event.actor_id})

    @on(KindList.ToggleRequested)
    def _kind_toggle_requested(self, event: KindList.ToggleRequested) -> None:
        self.filter = replace(self.filter, kinds=self.filter.kinds ^ {event.kind})

    @on(FilterBar.ClearRequested)
    def _clear_requested(self, event: FilterBar.ClearRequested) -> None:
        self.action_clear_filters()

    def action_toggle_match_all(self) -> None:
        """Events naming all of the chosen actors, or any of them."""
        self.filter = replace(self.filter, match_all=not self.filter.match_all)

    def action_toggle_members(self) -> None:
        """Countries and organisations stand for their members too, or not."""
        self.filter = replace(self.filter, include_members=not self.filter.include_members)

    def action_clear_filters(self) -> None:
        """Show every event: no filter left, no actor search typed (the modes stay)."""
        self.sidebar.clear_search()
        self.filter = cleared(self.filter)
        if isinstance(self.focused, ActorFilterInput):
            self.timeline.focus()

    def action_toggle_actor_order(self) -> None:
        self.sidebar.actor_list.toggle_sort()

    def action_filter_by_actor(self, actor_id: int) -> None:
        """Add ``actor_id`` to the filter (the palette's "Filter by actor")."""
        self.select_actor(actor_id)

    def select_actor(self, actor_id: int) -> None:
        """Add ``actor_id`` to the filter (the palette, pivots, details); the timeline shows the
        result at once (the watcher runs on assignment: callers may select an event of it)."""
        if actor_id not in self.filter.actors:
            self.filter = replace(self.filter, actors=self.filter.actors | {actor_id})

    def action_export_timeline(self) -> None:
        """Ask for a file, then write the events the filter shows to it (the palette's "Export
        the filtered timeline…"); the events are the ones shown when it was asked."""
        if self.store is None:
            self.notify("Nothing to export yet: the articles are loading.", timeout=3, markup=False)
            return
        ids = list(self.timeline.event_ids)
        ask = ExportScreen(default_export_path(Path.cwd()), len(ids))
        self.app.push_screen(ask, partial(export_filtered, self, self.store, ids, bookmarks=dict(self._marked), query=self.filter))

    # -- actor details and pivots ---------------------------------------------------------------

    @on(ActorList.DetailsRequested)
    def _details_requested(self, event: ActorList.DetailsRequested) -> None:
        self.open_actor_details(event.actor_id)

    def action_actor_details(self, actor_id: int) -> None:
        """Show the details screen of ``actor_id`` (the palette's "Actor details")."""
        self.open_actor_details(actor_id)

    def open_actor_details(self, actor_id: int) -> None:
        """Show the details screen of ``actor_id``; its choice filters or moves the timeline."""
        if self.store is None or not 0 <= actor_id < len(self.store.actors):
            return
        self.app.push_screen(ActorDetailsScreen(self.store, actor_id), partial(self._details_chosen, self.store))

    def _details_chosen(self, store: Store, choice: DetailsChoice | None) -> None:
        if choice is None or store is not self.store:
            return  # (ids of a store replaced while the details were open name other things)
        if choice.action == "filter":
            self.select_actor(choice.actor_id)
        elif choice.action == "event" and choice.event_id is not None:
            self.go_to_event(choice.event_id, choice.actor_id)

    def go_to_event(self, event_id: int, actor_id: int | None = None) -> None:
        """Select ``event_id``; when the filter hides it, add ``actor_id`` to the selection (any
        mode), or clear the filters."""
        timeline = self.timeline
        if timeline.select_event(event_id):
            return
        if actor_id is not None and not self.filter.match_all:
            self.select_actor(actor_id)
            if timeline.select_event(event_id):
                return
        self.action_clear_filters()
        timeline.select_event(event_id)
        self.notify("Filters cleared to show the event.", timeout=2, markup=False)

    @on(Reader.Pivot)
    def _pivot(self, event: Reader.Pivot) -> None:
        self.pivot_to(event.actor_id)

    def pivot_to(self, actor_id: int) -> None:
        """Filter the timeline by ``actor_id`` too (the reader's mention under the cursor)."""
        if self.store is None:
            return
        name = safe_display(self.store.actors[actor_id].name)
        if actor_id in self.filter.actors:
            self.notify(f"{name} is already in the filter.", timeout=2, markup=False)
            return
        if not self.store.event_count(actor_id):
            self.notify(f"No dated event names {name}.", timeout=3, markup=False)  # the timeline would empty
            return
        self.select_actor(actor_id)

    @on(Timeline.Selected)
    def _event_selected(self, event: Timeline.Selected) -> None:
        self.reader.show(event.event_id)
        self.show_note(event.event_id)
        self.activity.mark(event.event_id)

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
        self._apply_activity_size(small)
        if not show and self.focused is not None and sidebar in self.focused.ancestors_with_self:
            self.timeline.focus()
