"""Search (ctrl+f), go to a date (:) and filter by dates (d), on the seeds."""

from __future__ import annotations

import datetime as dt

from tui.ui.app import NewslineApp
from tui.ui.widgets.filter_bar import FilterBar
from tui.ui.widgets.prompt import Prompt
from tui.ui.widgets.reader import Reader
from tui.ui.widgets.timeline import Timeline
from tui.util.search import parse_search


async def type_text(pilot, text: str) -> None:
    for character in text:
        await pilot.press("space" if character == " " else character)


async def test_search_filters_live_highlights_and_escape_leaves_it(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen, timeline = app.screen, app.screen.query_one(Timeline)
        everything = len(timeline.event_ids)
        await pilot.press("ctrl+f")
        await type_text(pilot, "russ")
        await pilot.pause()
        assert screen.filter.text == "russ"
        shown = list(timeline.event_ids)
        assert 0 < len(shown) < everything
        assert all("russ" in store.events.searchable_text(i).casefold() for i in shown)
        assert "search: russ" in screen.query_one(FilterBar).summary().plain
        reader = screen.query_one(Reader)
        layout = reader._layout
        assert layout is not None
        found = [layout.found(layout.line(row), parse_search("russ")) for row in range(layout.line_count)]
        assert any(found)  # the reader marks the words too
        await pilot.press("enter")  # keeps the search, back to the timeline
        assert not screen.query_one(Prompt).is_open and screen.filter.text == "russ"
        await pilot.press("ctrl+f", "escape")  # escape leaves the search
        await pilot.pause()
        assert screen.filter.text == "" and len(timeline.event_ids) == everything


async def test_a_phrase_search(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f")
        await type_text(pilot, '"premier contact"')
        await pilot.pause()
        shown = list(app.screen.query_one(Timeline).event_ids)
        assert shown and all("premier contact" in store.events.searchable_text(i) for i in shown)


async def test_go_to_a_date_and_a_date_it_cannot_read(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        await pilot.press("colon")
        await type_text(pilot, "juin 2021")
        await pilot.press("enter")
        await pilot.pause()
        row = timeline.cursor
        ids = timeline.event_ids
        assert store.events.when(ids[row]).first >= dt.date(2021, 6, 1)
        assert row == 0 or store.events.when(ids[row - 1]).first < dt.date(2021, 6, 1)
        await pilot.press("colon")
        await type_text(pilot, "bientot")
        await pilot.press("enter")
        prompt = app.screen.query_one(Prompt)
        assert prompt.is_open and "not a date" in str(prompt.query_one("#prompt-note").render())
        await pilot.press("escape")
        assert not prompt.is_open and timeline.cursor == row


async def test_a_date_range_filters_and_shows_in_the_bar(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen, timeline = app.screen, app.screen.query_one(Timeline)
        everything = len(timeline.event_ids)
        await pilot.press("d")
        await type_text(pilot, "2021..2022")
        await pilot.press("enter")
        await pilot.pause()
        assert (screen.filter.date_from, screen.filter.date_to) == (dt.date(2021, 1, 1), dt.date(2022, 12, 31))
        shown = list(timeline.event_ids)
        assert 0 < len(shown) < everything
        for i in shown:
            when = store.events.when(i)
            assert when.last >= dt.date(2021, 1, 1) and when.first <= dt.date(2022, 12, 31)
        assert "2021-01-01 → 2022-12-31" in screen.query_one(FilterBar).summary().plain
        await pilot.press("escape")  # clears every filter
        await pilot.pause()
        assert screen.filter.date_from is None and len(timeline.event_ids) == everything


async def test_match_keys_walk_the_matches_then_the_events(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        timeline, reader = app.screen.query_one(Timeline), app.screen.query_one(Reader)
        await pilot.press("f3")  # no search yet: nothing moves
        assert timeline.cursor == 0
        await pilot.press("ctrl+f")
        await type_text(pilot, "russie")
        await pilot.press("enter")
        await pilot.pause()
        rows = []
        for _ in range(12):
            await pilot.press("f3")
            await pilot.pause()
            rows.append((timeline.cursor, reader._match_row))
        assert rows[0][0] == 0 and rows[0][1] is not None  # first a match in the article shown
        assert len({cursor for cursor, _ in rows}) > 1  # then the next events
        cursor = timeline.cursor
        await pilot.press("shift+f3")
        await pilot.pause()
        assert (timeline.cursor, reader._match_row) != (cursor, rows[-1][1])
