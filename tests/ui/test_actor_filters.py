"""Pilot tests of the actors features: live counts, sort, any/all, members, details, pivot."""

from __future__ import annotations

import time

from newsline_fakes import make_store

from tui.store import Query
from tui.ui.app import NewslineApp
from tui.ui.screens.actor_details import ActorDetailsScreen
from tui.ui.screens.main import MainScreen
from tui.ui.widgets.actors import KIND_ORDER, ActorFilterInput, ActorList
from tui.ui.widgets.reader import Reader
from tui.ui.widgets.timeline import Timeline

SIZE = (120, 40)


def groups(store, actor_list: ActorList) -> list[list[int]]:
    """The listed actors, split by kind, in display order."""
    result: list[list[int]] = []
    kind = None
    for actor_id in actor_list.shown_actors:
        if store.actors[actor_id].kind != kind:
            kind = store.actors[actor_id].kind
            result.append([])
        result[-1].append(actor_id)
    return result


async def focus_actor(pilot, actor_list: ActorList, actor_id: int) -> None:
    actor_list.focus()
    await pilot.pause()
    await pilot.press("g")
    for _ in range(len(actor_list.shown_actors)):
        if actor_list.cursor_actor == actor_id:
            return
        await pilot.press("j")
    raise AssertionError(f"actor {actor_id} not reached")


async def test_counts_follow_the_filter(store):
    narychkine = store.find_actor("Sergueï Narychkine")
    cia = store.find_actor("CIA")
    obama = store.find_actor("Barack Obama")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        actor_list = screen.sidebar.actor_list
        assert actor_list.counts == [store.event_count(a.id) for a in store.actors]
        await focus_actor(pilot, actor_list, narychkine.id)
        await pilot.press("space")
        await pilot.pause()
        visible = list(screen.timeline.event_ids)
        assert visible == list(store.events_of_actor(narychkine.id))
        assert actor_list.counts == store.actor_event_counts(visible)
        assert actor_list.counts[narychkine.id] == len(visible)
        assert actor_list.counts[cia.id] == sum(cia.id in store.events[i].actors for i in visible) < store.event_count(cia.id)
        assert actor_list.counts[obama.id] == 0
        # Sorted by count: the actors sharing the filtered events come first in their kind.
        people = next(g for g in groups(store, actor_list) if store.actors[g[0]].kind == "person")
        assert [actor_list.counts[a] for a in people] == sorted((actor_list.counts[a] for a in people), reverse=True)
        assert actor_list.cursor_actor == narychkine.id  # the cursor follows its actor when re-sorted
        await pilot.press("escape")
        await pilot.pause()
        assert actor_list.counts == [store.event_count(a.id) for a in store.actors]


async def test_sort_toggles_between_count_and_name(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actor_list = app.main_screen.sidebar.actor_list
        names = lambda ids: [store.actors[a].name.casefold() for a in ids]  # noqa: E731
        by_count = groups(store, actor_list)
        for group in by_count:
            assert [-actor_list.counts[a] for a in group] == sorted(-actor_list.counts[a] for a in group)
        assert "by count" in actor_list.render_line(0).text
        await pilot.press("o")  # from the timeline
        await pilot.pause()
        assert actor_list.sort_by_name
        by_name = groups(store, actor_list)
        assert [sorted(g) for g in by_name] == [sorted(g) for g in by_count]  # same actors, same kinds
        for group in by_name:
            assert names(group) == sorted(names(group))
        assert by_name != by_count
        assert "by name" in actor_list.render_line(0).text
        actor_list.focus()
        await pilot.press("o")  # and from the list
        await pilot.pause()
        assert not actor_list.sort_by_name
        assert groups(store, actor_list) == by_count


async def test_any_all_toggle(store):
    narychkine = store.find_actor("Sergueï Narychkine")
    cia = store.find_actor("CIA")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        actor_list = screen.sidebar.actor_list
        for actor in (cia, narychkine):
            await focus_actor(pilot, actor_list, actor.id)
            await pilot.press("space")
        await pilot.pause()
        any_ids = set(screen.timeline.event_ids)
        assert any_ids == set(store.events_of_actor(cia.id)) | set(store.events_of_actor(narychkine.id))
        bar = screen.filter_bar.summary().plain
        assert "any of: CIA, Sergueï Narychkine" in bar and f"{len(any_ids)} of {len(store.events)} events" in bar

        await pilot.press("a")  # from the sidebar
        await pilot.pause()
        assert screen.filter.match_all
        all_ids = set(screen.timeline.event_ids)
        assert all_ids == set(store.events_of_actor(cia.id)) & set(store.events_of_actor(narychkine.id))
        assert all_ids and all_ids < any_ids
        assert actor_list.counts == store.actor_event_counts(sorted(all_ids))
        bar = screen.filter_bar.summary().plain
        assert "all of: CIA, Sergueï Narychkine" in bar and f"{len(all_ids)} of {len(store.events)} events" in bar

        screen.timeline.focus()
        await pilot.press("a")  # and from the timeline
        await pilot.pause()
        assert not screen.filter.match_all
        assert set(screen.timeline.event_ids) == any_ids

        # In the search input, letters are text.
        await pilot.press("slash", "a", "m", "o")
        await pilot.pause()
        assert isinstance(app.focused, ActorFilterInput) and app.focused.value == "amo"
        assert not screen.filter.match_all and not screen.filter.include_members and not actor_list.sort_by_name


async def test_members_toggle_adds_events_of_members(store):
    russie = store.find_actor("Russie")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        app.filter_by_actor(russie.id)
        await pilot.pause()
        own = set(screen.timeline.event_ids)
        assert own == set(store.events_of_actor(russie.id))
        assert "+members" not in screen.filter_bar.summary().plain
        await pilot.press("m")
        await pilot.pause()
        assert screen.filter.include_members
        with_members = set(screen.timeline.event_ids)
        assert with_members > own
        members = store.members(russie.id)
        assert {store.find_actor("SVR").id, store.find_actor("Moscou").id} <= members
        for i in with_members - own:
            actors = set(store.events[i].actors)
            assert russie.id not in actors and actors & members
        assert with_members == set(store.query(Query(actors=frozenset({russie.id}), include_members=True)))
        assert "+members" in screen.filter_bar.summary().plain
        await pilot.press("m")
        await pilot.pause()
        assert set(screen.timeline.event_ids) == own


async def test_actor_details_screen(store):
    narychkine = store.find_actor("Sergueï Narychkine")
    svr = store.find_actor("SVR")
    ids = store.events_of_actor(narychkine.id)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        await focus_actor(pilot, screen.sidebar.actor_list, narychkine.id)
        await pilot.press("enter")
        await pilot.pause()
        details = app.screen
        assert isinstance(details, ActorDetailsScreen)
        text = details.info_text()
        assert "Kind: person" in text
        assert "Narychkine" in text.split("Aliases:")[1].splitlines()[0]
        assert "Belongs to: SVR" in text
        roles = next(line for line in text.splitlines() if line.startswith("Roles:"))
        assert "directeur du SVR" in roles and "2025-03" in roles
        first, last = store.events[ids[0]], store.events[ids[-1]]
        assert f"first {first.when.display()} {first.text}" in text
        assert f"last {last.when.display()} {last.text}" in text
        co = [store.actors[a].name for a, _ in store.co_actors(narychkine.id)]
        assert co and all(f"with: {name} " in text for name in co)
        assert svr.name in co

        # G goes to the last event (visible: no filter) and closes.
        await pilot.press("G")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert screen.timeline.selected_event == ids[-1]
        assert screen.sidebar.actor_list.selected == frozenset()

        # f filters by the actor.
        screen.open_actor_details(narychkine.id)
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert screen.sidebar.actor_list.selected == {narychkine.id}
        assert list(screen.timeline.event_ids) == list(ids)

        # A co-actor opens its own details; backspace comes back; escape closes.
        screen.open_actor_details(narychkine.id)
        await pilot.pause()
        details = app.screen
        rows = details.rows
        target = next(r for r in rows if r.actor_id == svr.id)
        while app.focused is not target:
            await pilot.press("j")
        await pilot.press("enter")
        await pilot.pause()
        assert details.actor_id == svr.id and "Kind: organisation" in details.info_text()
        await pilot.press("backspace")
        await pilot.pause()
        assert details.actor_id == narychkine.id
        assert app.focused.actor_id == svr.id
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_details_go_to_a_hidden_event_adds_the_actor(store):
    narychkine = store.find_actor("Sergueï Narychkine")
    biden = store.find_actor("Joe Biden")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        app.filter_by_actor(biden.id)
        await pilot.pause()
        first = store.events_of_actor(narychkine.id)[0]
        assert first not in screen.timeline.event_ids
        screen.open_actor_details(narychkine.id)
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        assert screen.timeline.selected_event == first
        assert screen.sidebar.actor_list.selected == {biden.id, narychkine.id}


async def test_pivot_from_the_reader(store):
    narychkine = store.find_actor("Sergueï Narychkine")
    event_id = store.events_of_actor(narychkine.id)[0]
    event = store.events[event_id]
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        reader = screen.reader
        screen.timeline.select_event(event_id)
        await pilot.pause()
        # The cursor starts on the first mention of the event's sentence.
        mention = reader.mention
        assert mention is not None and event.start <= mention.start < event.end
        in_sentence = [m for m in store.mentions_in(event.doc) if event.start <= m.start < event.end]
        assert mention == in_sentence[0]
        # w moves to the next mentions (from the timeline too), until Narychkine's.
        for _ in range(len(in_sentence)):
            if reader.mention_actor == narychkine.id:
                break
            await pilot.press("w")
        assert reader.mention_actor == narychkine.id
        assert reader.mention_text in ("Sergueï Narychkine", "Narychkine")
        assert isinstance(app.focused, Timeline)
        reader.focus()
        await pilot.press("b", "w")
        assert reader.mention_actor == narychkine.id
        await pilot.press("f")
        await pilot.pause()
        assert screen.sidebar.actor_list.selected == {narychkine.id}
        assert list(screen.timeline.event_ids) == list(store.events_of_actor(narychkine.id))
        assert screen.timeline.selected_event == event_id
        assert "Sergueï Narychkine" in screen.filter_bar.summary().plain
        # Enter on another mention adds its actor (any of them).
        await pilot.press("w")
        other = reader.mention_actor
        assert other is not None and other != narychkine.id
        await pilot.press("enter")
        await pilot.pause()
        assert screen.sidebar.actor_list.selected == {narychkine.id, other}
        expected = set(store.events_of_actor(narychkine.id)) | set(store.events_of_actor(other))
        assert set(screen.timeline.event_ids) == expected


async def test_mention_cursor_is_drawn_and_reset(fake_store):
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        reader = screen.reader
        assert isinstance(reader, Reader)
        event = fake_store.events[screen.timeline.selected_event]
        assert reader.mention is not None and event.start <= reader.mention.start < event.end
        first = reader.mention
        await pilot.press("w")
        await pilot.pause()
        moved = reader.mention
        assert moved is not None and moved.start > first.start
        # Drawn in reverse video, on exactly the mention's text.
        top = round(reader.scroll_y)
        reversed_text = ""
        for y in range(reader.scrollable_content_region.height):
            for segment in reader.render_line(y):
                if segment.style is not None and segment.style.reverse:
                    reversed_text += segment.text
        assert reversed_text == reader.mention_text == fake_store.actors[moved.actor].name
        assert top <= reader.line_count
        await pilot.press("j")
        await pilot.pause()
        event = fake_store.events[screen.timeline.selected_event]
        assert event.start <= reader.mention.start < event.end  # back on the new event's sentence


async def test_fake_store_members_and_details():
    store = make_store(6, 4)
    russie = store.find_actor("Russie")
    ratcliffe = store.find_actor("John Ratcliffe")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        app.filter_by_actor(russie.id)
        await pilot.press("m")
        await pilot.pause()
        assert set(screen.timeline.event_ids) == set(store.query(Query(actors=frozenset({russie.id}), include_members=True)))
        screen.open_actor_details(ratcliffe.id)
        await pilot.pause()
        text = app.screen.info_text()
        assert "Belongs to: CIA" in text and "directeur de la CIA  2025-03" in text


async def test_large_store_counts_and_modes_stay_fast():
    store = make_store(25_000, 4)  # 100k events
    cia, russie = store.find_actor("CIA"), store.find_actor("Russie")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        started = time.perf_counter()
        app.filter_by_actor(cia.id)
        app.filter_by_actor(russie.id)
        await pilot.press("m", "a", "o", "a", "m", "o")
        await pilot.pause()
        elapsed = time.perf_counter() - started
        assert elapsed < 3, elapsed
        visible = screen.timeline.event_ids
        assert set(visible) == set(store.events_of_actor(cia.id)) | set(store.events_of_actor(russie.id))
        assert screen.sidebar.actor_list.counts == store.actor_event_counts(visible)
        started = time.perf_counter()
        await pilot.press("escape")
        await pilot.pause()
        assert time.perf_counter() - started < 2
        assert len(screen.timeline.event_ids) == len(store.events)


async def test_kind_groups_keep_their_order(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actor_list = app.main_screen.sidebar.actor_list
        await pilot.press("o")
        await pilot.pause()
        kinds = [store.actors[g[0]].kind for g in groups(store, actor_list)]
        assert kinds == sorted(kinds, key=KIND_ORDER.index)


async def test_click_on_a_mention_moves_the_cursor(fake_store):
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = app.main_screen.reader
        first = reader.mention
        # A mention on screen other than the cursor's.
        top = round(reader.scroll_y)
        target = None
        for y in range(top, min(reader.line_count, top + reader.scrollable_content_region.height)):
            text = reader.line_text(y)
            for actor in fake_store.actors:
                at = text.find(actor.name)
                if at >= 0 and actor.id != first.actor:
                    target = (actor.id, at, y - top)
                    break
            if target:
                break
        assert target is not None
        actor_id, x, y = target
        await pilot.click(Reader, offset=(1 + x + 1, 1 + y))  # padding left, border top
        await pilot.pause()
        assert reader.mention_actor == actor_id


async def test_enter_in_the_search_moves_into_the_list_then_opens_details(store):
    svr = store.find_actor("SVR")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", "s", "v", "r", "enter")
        await pilot.pause()
        assert isinstance(app.focused, ActorList) and app.focused.cursor_actor == svr.id
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ActorDetailsScreen) and app.screen.actor_id == svr.id
        assert "Members: " in app.screen.info_text()  # Sergueï Narychkine belongs to the SVR
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and isinstance(app.focused, ActorList)


async def test_pivot_on_an_actor_without_events_keeps_the_timeline(store):
    lonely = next((a for a in store.actors if store.event_count(a.id) == 0 and a.mentions), None)
    if lonely is None:
        return
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen: MainScreen = app.main_screen
        screen.pivot_to(lonely.id)
        await pilot.pause()
        assert screen.sidebar.actor_list.selected == frozenset()
        assert len(screen.timeline.event_ids) == len(store.events)
        assert any(lonely.name in n.message for n in app._notifications)
