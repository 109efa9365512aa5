"""The main screen's bookmark keys: star an event, write its note, show only the starred events.

A mixin of ``MainScreen``. The bookmarks are read from the user data folder once (the first store
shown), found again in each store the screen shows (``tui.bookmarks.resolve``), and written only
when the user changes one. The starred filter is part of the screen's ``Query`` as the ids of the
starred events of the store shown (``Query.starred``), so it combines with the other filters.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding

from tui.bookmarks import (
    Bookmark,
    BookmarksError,
    Loaded,
    bookmark_for,
    load_bookmarks,
    marks_of,
    resolve,
    save_change,
    starred_ids,
)
from tui.ui.screens.note import NoteScreen
from tui.util.safe import safe_display

if TYPE_CHECKING:
    from textual.app import App

    from tui.store import Query, Store
    from tui.ui.widgets.note_line import NoteLine
    from tui.ui.widgets.timeline import Timeline

BOOKMARK_KEYS = [
    Binding("asterisk", "toggle_star", "Star", show=False, id="main.toggle_star", tooltip="star or unstar the selected event (saved)"),
    Binding("N", "edit_note", "Note", show=False, id="main.edit_note",
            tooltip="write the selected event's note (an empty note removes it)"),
    Binding("S", "toggle_starred", "Starred", show=False, id="main.toggle_starred",
            tooltip="show only the starred events, or every event again"),
]


class BookmarkKeys:
    """A mixin of the main screen (listed before ``Screen``): the bookmarks of the user and the
    keys that change them."""

    if TYPE_CHECKING:  # provided by the screen
        store: Store | None
        filter: Query
        timeline: Timeline
        note_line: NoteLine
        app: App

        def notify(self, message: str, *, title: str = ..., severity: str = ..., timeout: float = ..., markup: bool = ...) -> None: ...

    _bookmarks_loaded = False
    _bookmarks_writable = True
    _bookmarks: tuple[Bookmark, ...] = ()
    _marked: dict[int, Bookmark] = {}  # event id of the store shown → its bookmark

    # -- reading and finding ---------------------------------------------------------------------

    def _read_bookmarks(self) -> None:
        """Read the file once; what is wrong with it is said and listed on the problems screen."""
        if self._bookmarks_loaded:
            return
        self._bookmarks_loaded = True
        try:
            loaded = load_bookmarks()
        except BookmarksError as error:
            self._bookmarks_writable = False
            self._bookmark_problem(str(error))
            return
        self._bookmarks = loaded.bookmarks
        if loaded.problem:
            self._bookmark_problem(loaded.problem)

    def _bookmark_problem(self, message: str) -> None:
        problems = getattr(self.app, "extra_problems", None)
        if problems is not None:
            problems.append(("bookmarks", message))
        self.notify(safe_display(message), title="Bookmarks", severity="warning", timeout=10, markup=False)

    def show_bookmarks(self, store: Store, query: Query) -> Query:
        """Find the bookmarks in ``store`` (a new store, or new bookmarks), mark the timeline's
        rows, and return ``query`` with the starred filter made of this store's ids."""
        self._read_bookmarks()
        self._marked = resolve(self._bookmarks, store)
        self.timeline.show_marks(marks_of(self._marked))
        self.show_note(self.timeline.selected_event)
        return replace(query, starred=starred_ids(self._marked)) if query.starred is not None else query

    def show_note(self, event_id: int | None) -> None:
        self.note_line.show_bookmark(self._marked.get(event_id) if event_id is not None else None)

    def bookmark_of(self, event_id: int) -> Bookmark | None:
        """The bookmark of event ``event_id`` of the store shown, if it has one."""
        return self._marked.get(event_id)

    # -- the keys ------------------------------------------------------------------------------

    def action_toggle_star(self) -> None:
        event = self.timeline.selected_event
        if self.store is None or event is None:
            return
        old = self._marked.get(event)
        starred = not (old is not None and old.starred)
        self._change(event, old, bookmark_for(self.store, event, starred=starred, note=old.note if old else ""))

    def action_edit_note(self) -> None:
        event = self.timeline.selected_event
        if self.store is None or event is None:
            return
        old = self._marked.get(event)
        shown = self.store.events[event]
        ask = NoteScreen(shown.headline or shown.text, old.note if old else "")
        self.app.push_screen(ask, partial(self._note_written, self.store, event))

    def _note_written(self, store: Store, event: int, note: str | None) -> None:
        if note is None or store is not self.store:
            return  # cancelled, or the store was replaced meanwhile (its ids name other events)
        old = self._marked.get(event)
        if note == (old.note if old else ""):
            return
        self._change(event, old, bookmark_for(store, event, starred=bool(old and old.starred), note=note))

    def action_toggle_starred(self) -> None:
        """Only the starred events, or every event again (the other filters stay)."""
        if self.filter.starred is not None:
            self.filter = replace(self.filter, starred=None)
            return
        starred = starred_ids(self._marked)
        if not starred:
            self.notify("No starred event yet: * stars the selected one.", timeout=3, markup=False)
            return
        self.filter = replace(self.filter, starred=starred)

    def _change(self, event: int, old: Bookmark | None, new: Bookmark) -> bool:
        """Save ``new`` in place of ``old`` and show it; False (said) when it cannot be saved."""
        store = self.store
        if store is None:
            return False
        if not self._bookmarks_writable:
            self.notify("Bookmarks are not saved: the bookmarks file has a problem (press e).", severity="warning",
                        timeout=6, markup=False)
            return False
        try:
            saved: Loaded = save_change(old, new)
        except BookmarksError as error:
            self._bookmarks_writable = False
            self._bookmark_problem(str(error))
            return False
        except OSError as error:
            self.notify(safe_display(f"Could not save the bookmark: {error.strerror or error}"), severity="error",
                        timeout=8, markup=False)
            return False
        if saved.problem:
            self._bookmark_problem(saved.problem)
        self._bookmarks = saved.bookmarks
        query = self.show_bookmarks(store, self.filter)
        if query != self.filter:
            self.filter = query
        return True
