"""Pilot tests of the actors sidebar and the actors named in no event: the sidebar lists only the
actors some event names (one named in no event would filter the timeline to nothing); searching
for one says it is in no event."""

from __future__ import annotations

from tui.ui.app import NewslineApp
from tui.ui.screens.main import MainScreen

SIZE = (120, 40)


def _eventless(store) -> list:
    return [a for a in store.actors if store.event_count(a.id) == 0]


async def test_the_sidebar_lists_only_actors_named_by_an_event(store):
    assert _eventless(store), "the seeds name some actors in no event"
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        shown = screen.sidebar.actor_list.shown_actors
        assert set(shown) == {a.id for a in store.actors if store.event_count(a.id) > 0}
        assert set(shown) == store.actors_in_events()
        assert not {a.id for a in _eventless(store)} & set(shown)


async def test_searching_an_actor_named_in_no_event_says_so_and_filters_nothing(store):
    eventless = min(_eventless(store), key=lambda a: len(a.name))
    # (a search matching it alone: its whole name, unless another actor's name holds it)
    matches = [a for a in store.search_actors(eventless.name) if store.event_count(a.id) > 0]
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        actor_list = screen.sidebar.actor_list
        await pilot.press("slash", *eventless.name)
        await pilot.pause()
        assert eventless.id not in actor_list.shown_actors
        assert set(actor_list.shown_actors) == {a.id for a in matches}
        if not matches:
            assert "In no event." in actor_list.render_line(0).text
        await pilot.press("down", "space")
        await pilot.pause()
        assert eventless.id not in actor_list.selected
        if not matches:
            assert len(screen.timeline.event_ids) == len(store.events)


async def test_an_actor_with_no_visible_event_under_a_filter_stays_listed(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        actor_list = screen.sidebar.actor_list
        before = list(actor_list.shown_actors)
        actor_list.focus()
        await pilot.press("g", "space")
        await pilot.pause()
        assert actor_list.selected
        assert set(actor_list.shown_actors) == set(before)
        assert any(actor_list.counts[a] == 0 for a in actor_list.shown_actors)
