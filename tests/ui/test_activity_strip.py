"""The activity strip on the seeds: it follows the filter, marks the selected event's period,
jumps between busy periods ({ and }) and on a click, and hides on a small screen (A shows it).

The seeds per year, 2011 to 2025: 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 5, 1, 0, 0, 7 — busy (peaks
above the median of the non-empty years, 2): 2021 and 2025.
"""

from __future__ import annotations

from collections import Counter

import tui.ui.widgets.activity as activity_module
from tui.ui.app import NewslineApp
from tui.ui.widgets.activity import ActivityStrip
from tui.ui.widgets.timeline import Timeline

SEEDS_PER_YEAR = (1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 5, 1, 0, 0, 7)  # 2021: the visit is the Burns–Patrouchev meeting, and the summit's statement its own row; 2025: "Washington a annoncé" is a row too


def parts(app):
    return app.screen.query_one(ActivityStrip), app.screen.query_one(Timeline)


def year_of(store, timeline) -> int:
    return store.events.when(timeline.selected_event).first.year


async def test_the_strip_counts_the_shown_events_and_follows_the_filter(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        strip, timeline = parts(app)
        activity = strip.activity()
        assert activity.counts == SEEDS_PER_YEAR and activity.months == 12
        app.filter_by_actor(store.find_actor("Russie").id)
        await pilot.pause()
        shown = timeline.event_ids
        activity = strip.activity()
        assert activity.total == len(shown) < len(store.events)
        years = Counter(store.events.when(i).first.year for i in shown)
        assert {int(activity.label(i)): c for i, c in enumerate(activity.counts) if c} == dict(years)
        assert activity.label(0) == str(min(years)) and activity.label(len(activity) - 1) == str(max(years))
        line = "".join(segment.text for segment in strip.render_line(0))
        assert f"peak {activity.label(activity.peak)}: {max(years.values())}" in line
        await pilot.press("escape")
        await pilot.pause()
        assert strip.activity().counts == SEEDS_PER_YEAR


async def test_the_jump_keys_move_to_the_busy_years(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        strip, timeline = parts(app)
        assert year_of(store, timeline) == 2011
        await pilot.press("right_curly_bracket")
        assert year_of(store, timeline) == 2021
        assert timeline.cursor == 3  # the first event of 2021
        await pilot.press("right_curly_bracket")
        assert year_of(store, timeline) == 2025 and timeline.cursor == 9
        await pilot.press("right_curly_bracket")  # none after: the selection stays, a notice says so
        await pilot.pause()
        assert timeline.cursor == 9
        assert any("No busy period after" in n.message for n in app._notifications)
        await pilot.press("left_curly_bracket")
        assert timeline.cursor == 3
        await pilot.press("left_curly_bracket")
        assert timeline.cursor == 3


async def test_the_mark_follows_the_cursor_without_counting_again(store, monkeypatch):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        strip, timeline = parts(app)
        assert strip.marked_period == 0
        counted = []
        original = activity_module.count_events
        monkeypatch.setattr(activity_module, "count_events", lambda *a: counted.append(a) or original(*a))
        await pilot.press("j", "j", "j")  # 2011, 2014, 2014, 2021
        await pilot.pause()
        assert strip.marked_period == 10
        layout = strip._layout
        mark = strip.line_style("activity--mark")
        x = 0
        for segment in strip.render_line(0):
            if segment.style == mark:
                break
            x += len(segment.text)
        assert x == layout.x + 10 * layout.cell  # the marked bar is 2021's
        await pilot.press("G")
        await pilot.pause()
        assert strip.marked_period == 14
        assert counted == []  # moving the selection counts nothing


async def test_a_click_on_a_bar_selects_its_first_event(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        strip, timeline = parts(app)
        layout = strip._layout
        x = layout.x + strip.content_region.x - strip.region.x  # (the click's offset counts the padding)
        await pilot.click(ActivityStrip, offset=(x + 3 * layout.cell, 0))  # 2014
        await pilot.pause()
        assert year_of(store, timeline) == 2014 and timeline.cursor == 1
        await pilot.click(ActivityStrip, offset=(x + 1 * layout.cell, 0))  # 2012, empty: the next event
        await pilot.pause()
        assert year_of(store, timeline) == 2014


async def test_two_lines_on_a_large_screen_and_none_on_a_small_one(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(160, 50)) as pilot:
        await pilot.pause()
        strip, _ = parts(app)
        assert strip.size.height == 2
        await pilot.resize_terminal(70, 20)
        await pilot.pause()
        assert not strip.display
        await pilot.press("A")
        await pilot.pause()
        assert strip.display and strip.size.height == 1
        await pilot.press("A")
        assert not strip.display
        await pilot.press("right_curly_bracket")  # the keys work with the strip hidden
        assert year_of(store, parts(app)[1]) == 2021
