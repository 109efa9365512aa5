"""Bookmarks in the reader: * stars, N writes a note, S shows only the starred events; they are
saved in the data folder and come back at the next start."""

from __future__ import annotations

import json

from tui.bookmarks import bookmarks_path
from tui.ui.app import NewslineApp
from tui.ui.screens.note import NoteScreen
from tui.ui.widgets.filter_bar import FilterBar
from tui.ui.widgets.note_line import NoteLine
from tui.ui.widgets.timeline import Timeline


def row_text(timeline: Timeline, y: int) -> str:
    return "".join(segment.text for segment in timeline.render_line(y))


async def type_text(pilot, text: str) -> None:
    for character in text:
        await pilot.press({" ": "space", "\n": "enter"}.get(character, character))


async def test_star_and_unstar_the_selected_event(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        await pilot.press("j", "j", "asterisk")
        await pilot.pause()
        event = timeline.selected_event
        assert app.screen.bookmark_of(event).starred
        assert row_text(timeline, 2).startswith("★") and not row_text(timeline, 1).startswith("★")
        assert "starred" in str(app.screen.query_one(NoteLine).render())
        saved = json.loads(bookmarks_path().read_text("utf-8"))["bookmarks"]
        assert [b["starred"] for b in saved] == [True] and saved[0]["place"] == list(store.events.place(event))
        await pilot.press("asterisk")
        await pilot.pause()
        assert app.screen.bookmark_of(event) is None
        assert not row_text(timeline, 2).startswith("★")
        assert not app.screen.query_one(NoteLine).has_class("-shown")
        assert json.loads(bookmarks_path().read_text("utf-8"))["bookmarks"] == []


async def test_write_change_and_remove_a_note(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        event = timeline.selected_event
        await pilot.press("N")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen)
        await type_text(pilot, "voir [bold]aussi\nla suite")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.main_screen.bookmark_of(event).note == "voir [bold]aussi\nla suite"
        assert not app.main_screen.bookmark_of(event).starred
        assert "✎" in row_text(timeline, 0) and not row_text(timeline, 0).startswith("★")
        shown = str(app.main_screen.query_one(NoteLine).render())
        assert "voir [bold]aussi ⏎ la suite" in shown  # the note is text, never markup
        await pilot.press("N", "x", "escape")  # escape leaves it as it was
        await pilot.pause()
        assert app.main_screen.bookmark_of(event).note == "voir [bold]aussi\nla suite"
        await pilot.press("N", "ctrl+a", "shift+end", "shift+down", "shift+end", "delete", "ctrl+s")  # emptied: removed
        await pilot.pause()
        assert app.main_screen.bookmark_of(event) is None
        assert "✎" not in row_text(timeline, 0)


async def test_the_starred_filter(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        timeline = screen.query_one(Timeline)
        await pilot.press("S")  # nothing starred yet: said, nothing filtered
        await pilot.pause()
        assert screen.filter.starred is None
        starred = []
        for _ in range(3):
            await pilot.press("asterisk")
            starred.append(timeline.selected_event)
            await pilot.press("j", "j", "j")
        await pilot.press("S")
        await pilot.pause()
        assert list(timeline.event_ids) == sorted(starred)
        assert screen.filter.starred == frozenset(starred)
        bar = screen.query_one(FilterBar).summary().plain
        assert "starred" in bar and f"3 of {len(store.events)} events" in bar
        await pilot.press("asterisk")  # unstarred in the starred filter: it leaves the filter
        await pilot.pause()
        assert len(timeline.event_ids) == 2
        await pilot.press("escape")  # escape clears it with the rest
        await pilot.pause()
        assert screen.filter.starred is None and len(timeline.event_ids) == len(store.events)
        await pilot.press("S", "S")
        await pilot.pause()
        assert screen.filter.starred is None


async def test_bookmarks_come_back_at_the_next_start(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("j", "asterisk", "N")
        await pilot.pause()
        await type_text(pilot, "important")
        await pilot.press("ctrl+s")
        await pilot.pause()
        event = app.main_screen.query_one(Timeline).selected_event
    again = NewslineApp(store=store)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bookmark = again.main_screen.bookmark_of(event)
        assert bookmark is not None and bookmark.starred and bookmark.note == "important"
        timeline = again.main_screen.query_one(Timeline)
        assert row_text(timeline, 1).startswith("★") and "✎" in row_text(timeline, 1)
        await pilot.press("S")
        await pilot.pause()
        assert list(timeline.event_ids) == [event]


async def test_a_corrupt_bookmarks_file_is_kept_aside_and_listed_as_a_problem(store):
    path = bookmarks_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert [source for source, _ in app.extra_problems] == ["bookmarks"]
        assert "kept aside" in app.extra_problems[0][1]
        aside = list(path.parent.glob("bookmarks.json.corrupt-*"))
        assert len(aside) == 1 and aside[0].read_text("utf-8") == "{not json"
        await pilot.press("asterisk")  # a new file; the corrupt one stays aside
        await pilot.pause()
        assert json.loads(path.read_text("utf-8"))["bookmarks"][0]["starred"] is True
        assert aside[0].read_text("utf-8") == "{not json"


async def test_the_palette_export_carries_stars_and_notes(store, tmp_path):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("asterisk")
        event = app.main_screen.query_one(Timeline).selected_event
        await app.main_screen.run_action("export_timeline")
        await pilot.pause()
        target = tmp_path / "out.json"
        field = app.screen.query_one("#export-path")
        field.value = str(target)
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if target.exists():
                break
        rows = json.loads(target.read_text("utf-8"))
        assert [r["id"] for r in rows if r["starred"]] == [event]
