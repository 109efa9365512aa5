"""Pilot tests of the filter's one value: the main screen's ``filter`` (a Query) changes only
through the screen, on what the widgets ask for, and every pane shows it."""

from __future__ import annotations

from textual.widgets import Input

from tui.store import Query, Store
from tui.ui.app import NewslineApp
from tui.ui.screens.actor_details import ActorDetailsScreen
from tui.ui.screens.main import MainScreen
from tui.ui.display.actor_groups import SELECTED_MARK, UNSELECTED_MARK
from tui.ui.widgets.actors import ActorList
from tui.ui.widgets.filter_bar import CLEAR_HINT, FilterBar

SIZE = (120, 40)


async def cursor_on(pilot, actor_list: ActorList, actor_id: int) -> None:
    """Focus the actor list and move its cursor to ``actor_id`` with the keys."""
    actor_list.focus()
    await pilot.press("g")
    for _ in range(len(actor_list.shown_actors)):
        if actor_list.cursor_actor == actor_id:
            return
        await pilot.press("j")
    raise AssertionError(f"actor {actor_id} not reached")


def mark_of(actor_list: ActorList, name: str) -> str:
    """The mark painted before ``name`` in the actor list, as on screen."""
    for y in range(actor_list.scrollable_content_region.height):
        line = actor_list.render_line(y).text
        if f" {name} " in line:
            return line.split()[0]
    raise AssertionError(f"{name} is not on screen")


def bar_text(screen: MainScreen) -> str:
    bar = screen.filter_bar
    return bar.summary(bar.content_region.width).plain


def count_queries(monkeypatch) -> list[Query]:
    """The queries the store answers from now on."""
    asked: list[Query] = []
    original = Store.query
    monkeypatch.setattr(Store, "query", lambda self, query: asked.append(query) or original(self, query))
    return asked


async def test_space_in_the_list_asks_the_screen_which_changes_its_one_filter(store, monkeypatch):
    cia, russie = store.find_actor("CIA"), store.find_actor("Russie")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        actor_list = screen.sidebar.actor_list
        asked = count_queries(monkeypatch)
        await cursor_on(pilot, actor_list, cia.id)
        await pilot.press("space")
        await pilot.pause()
        assert screen.filter == Query(actors=frozenset({cia.id}))
        assert asked == [screen.filter]  # one query for one toggle
        assert list(screen.timeline.event_ids) == list(store.events_of_actor(cia.id))
        assert mark_of(actor_list, "CIA") == SELECTED_MARK and mark_of(actor_list, "Russie") == UNSELECTED_MARK
        assert f"{len(screen.timeline.event_ids)} of {len(store.events)} events  ·  any of: CIA" in bar_text(screen)

        await cursor_on(pilot, actor_list, russie.id)
        await pilot.press("space", "a")
        await pilot.pause()
        assert screen.filter == Query(actors=frozenset({cia.id, russie.id}), match_all=True)
        assert len(asked) == 3  # one per change
        both = set(store.events_of_actor(cia.id)) & set(store.events_of_actor(russie.id))
        assert set(screen.timeline.event_ids) == both
        assert mark_of(actor_list, "Russie") == SELECTED_MARK
        assert "all of: CIA, Russie" in bar_text(screen)

        await cursor_on(pilot, actor_list, cia.id)
        await pilot.press("space")  # off again
        await pilot.pause()
        assert screen.filter == Query(actors=frozenset({russie.id}), match_all=True)
        assert list(screen.timeline.event_ids) == list(store.events_of_actor(russie.id))
        assert mark_of(actor_list, "CIA") == UNSELECTED_MARK
        assert "all of: Russie" in bar_text(screen)


async def test_a_filter_set_on_the_screen_shows_in_every_pane(store, monkeypatch):
    """The panes keep no filter of their own: whatever sets the screen's (a future date or text
    filter, a store replaced), the timeline, the marks, the counts and the bar follow."""
    cia, russie = store.find_actor("CIA"), store.find_actor("Russie")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        actor_list = screen.sidebar.actor_list
        asked = count_queries(monkeypatch)
        chosen = Query(actors=frozenset({cia.id, russie.id}), include_members=True)
        screen.filter = chosen
        await pilot.pause()
        assert asked == [chosen]
        ids = store.query(chosen)
        assert list(screen.timeline.event_ids) == list(ids)
        assert actor_list.counts == store.actor_event_counts(ids)
        assert mark_of(actor_list, "CIA") == mark_of(actor_list, "Russie") == SELECTED_MARK
        assert "any of: CIA, Russie  ·  +members" in bar_text(screen)


async def test_a_click_on_esc_clears_clears_the_filter_but_not_the_modes(store):
    cia = store.find_actor("CIA")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        actor_list = screen.sidebar.actor_list
        await pilot.press("m")
        await cursor_on(pilot, actor_list, cia.id)
        await pilot.press("space")
        await pilot.pause()
        text = bar_text(screen)
        assert text.endswith(CLEAR_HINT)
        await pilot.click(FilterBar, offset=(1, 0))  # on the counts: nothing
        await pilot.pause()
        assert screen.filter == Query(actors=frozenset({cia.id}), include_members=True)
        await pilot.click(FilterBar, offset=(1 + text.rindex(CLEAR_HINT) + 2, 0))  # (padding 1)
        await pilot.pause()
        assert screen.filter == Query(include_members=True)
        assert len(screen.timeline.event_ids) == len(store.events)
        assert mark_of(actor_list, "CIA") == UNSELECTED_MARK
        assert bar_text(screen).startswith(f"All {len(store.events)} events  ·  +members")


async def test_escape_clears_the_filter_and_the_actor_search(store):
    cia = store.find_actor("CIA")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        await pilot.press("slash", "c", "i", "a", "enter", "space")
        await pilot.pause()
        assert screen.filter == Query(actors=frozenset({cia.id}))
        assert screen.sidebar.input.value == "cia"
        await pilot.press("a", "escape")
        await pilot.pause()
        assert screen.filter == Query(match_all=True)
        assert screen.sidebar.input.value == ""
        assert set(screen.sidebar.actor_list.shown_actors) == store.actors_in_events()
        assert len(screen.timeline.event_ids) == len(store.events)


async def palette(pilot, text: str) -> None:
    """Run the palette's command found by typing ``text``."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*text)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_palette_commands_change_the_screens_filter(store):
    russie = store.find_actor("Russie")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        await palette(pilot, "Filter by actor: Russie")
        assert screen.filter == Query(actors=frozenset({russie.id}))
        await palette(pilot, "Toggle members")
        assert screen.filter == Query(actors=frozenset({russie.id}), include_members=True)
        assert set(screen.timeline.event_ids) == set(store.query(screen.filter)) > set(store.events_of_actor(russie.id))
        assert "Russie  ·  +members" in bar_text(screen)
        await palette(pilot, "Clear filters")
        assert screen.filter == Query(include_members=True)
        assert len(screen.timeline.event_ids) == len(store.events)


async def test_palette_over_the_details_screen_acts_on_the_main_screens_filter(store):
    narychkine = store.find_actor("Sergueï Narychkine")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        screen.open_actor_details(narychkine.id)
        await pilot.pause()
        assert isinstance(app.screen, ActorDetailsScreen)
        await palette(pilot, "Toggle any/all")
        assert isinstance(app.screen, ActorDetailsScreen)
        assert screen.filter == Query(match_all=True)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert bar_text(screen).startswith(f"All {len(store.events)} events  ·  all of")
        assert not isinstance(app.focused, Input)
