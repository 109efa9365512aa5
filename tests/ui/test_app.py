"""Pilot tests of the Newsline reader: moves, filters, themes, problems, loading, sizes."""

from __future__ import annotations

import time

import yaml
from newsline_fakes import make_store
from textual.widgets import Input

from tui.corpus.document import Severity
from tui.store import Store
from tui.ui.app import NewslineApp
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.main import MainScreen
from tui.ui.screens.problems import ProblemsScreen
from tui.ui.widgets.actors import ActorFilterInput, ActorList
from tui.ui.widgets.timeline import Timeline

SIZE = (120, 40)


def main(app: NewslineApp) -> MainScreen:
    return app.main_screen


def squash(text: str) -> str:
    return " ".join(text.split())


async def test_moves_and_reader_follow(store):
    app = NewslineApp(store=store, theme_name="newsline-dark")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        timeline, reader = screen.timeline, screen.reader
        assert isinstance(app.focused, Timeline)
        assert timeline.selected_event == 0

        async def check(expected: int) -> None:
            await pilot.pause()
            assert timeline.selected_event == expected
            event = store.events[expected]
            assert reader.event_id == expected
            assert reader.document is store.documents[event.doc]
            assert reader.sentence_lines is not None
            assert squash(reader.highlighted_text()) == squash(store.documents[event.doc].text[event.start : event.end])
            first, last = reader.sentence_lines
            top = round(reader.scroll_y)
            assert top <= first <= top + reader.scrollable_content_region.height

        await check(0)
        await pilot.press("j")
        await check(1)
        await pilot.press("j", "j")
        await check(3)
        await pilot.press("k")
        await check(2)
        await pilot.press("G")
        await check(len(store.events) - 1)
        await pilot.press("g")
        await check(0)
        await pilot.press("down", "down")
        await check(2)
        await pilot.press("up")
        await check(1)
        await pilot.press("end")
        await check(len(store.events) - 1)
        await pilot.press("home")
        await check(0)


async def test_toggle_actor_filters_timeline_and_escape_clears(store):
    actor = store.find_actor("Sergueï Narychkine")
    assert actor is not None
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        await pilot.press("slash")
        assert isinstance(app.focused, ActorFilterInput)
        await pilot.press(*"sergue")
        await pilot.pause()
        actor_list = screen.sidebar.actor_list
        assert set(actor_list.shown_actors) == {a.id for a in store.search_actors("sergue")} & store.actors_in_events()
        assert actor.id in actor_list.shown_actors
        assert len(actor_list.shown_actors) < len(store.actors)

        await pilot.press("down")
        assert isinstance(app.focused, ActorList)
        while actor_list.cursor_actor != actor.id:
            await pilot.press("down")
        await pilot.press("space")
        await pilot.pause()
        assert actor_list.selected == {actor.id}
        assert list(screen.timeline.event_ids) == list(store.events_of_actor(actor.id))
        assert store.events[screen.timeline.selected_event].actors.count(actor.id) == 1
        bar = screen.filter_bar.summary().plain
        assert f"{len(store.events_of_actor(actor.id))} of {len(store.events)} events" in bar
        assert "Sergueï Narychkine" in bar and "esc clears" in bar

        await pilot.press("escape")
        await pilot.pause()
        assert actor_list.selected == frozenset()
        assert screen.sidebar.input.value == ""
        assert len(screen.timeline.event_ids) == len(store.events)
        assert set(actor_list.shown_actors) == store.actors_in_events()


async def test_filter_keeps_selection_or_nearest(store):
    actor = store.find_actor("Sergueï Narychkine")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        target = store.events_of_actor(actor.id)[-1]
        screen.timeline.select_event(target)
        app.filter_by_actor(actor.id)
        await pilot.pause()
        assert screen.timeline.selected_event == target  # it survives the filter
        await pilot.press("escape")
        await pilot.pause()
        assert screen.timeline.selected_event == target  # and the unfiltered list keeps it


async def test_click_selects_row_and_toggles_actor(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        await pilot.click(Timeline, offset=(5, 2))
        await pilot.pause()
        assert screen.timeline.selected_event == 2
        actor_list = screen.sidebar.actor_list
        await pilot.click(ActorList, offset=(4, 1))  # row 0 is the first heading
        await pilot.pause()
        assert len(actor_list.selected) == 1
        (actor_id,) = actor_list.selected
        assert list(screen.timeline.event_ids) == list(store.events_of_actor(actor_id))


async def test_theme_cycles_and_is_saved(store, config_dir):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsline-dark"
        await pilot.press("t")
        await pilot.pause()
        assert app.theme != "newsline-dark"
        assert app.theme in app.newsline_themes
        saved = yaml.safe_load((config_dir / "settings.yaml").read_text(encoding="utf-8"))
        assert saved["theme"] == app.theme
        chosen = app.theme
    again = NewslineApp(store=store)
    async with again.run_test(size=SIZE) as pilot:
        assert again.theme == chosen
    override = NewslineApp(store=store, theme_name="newsline-light")
    async with override.run_test(size=SIZE) as pilot:
        assert override.theme == "newsline-light"


async def test_broken_settings_are_reported_and_left_alone(store, config_dir):
    config_dir.mkdir(parents=True)
    settings = config_dir / "settings.yaml"
    settings.write_text("theme: [unclosed\n", encoding="utf-8")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsline-dark"
        assert any("settings" in n.message for n in app._notifications)
        await pilot.press("t")
        await pilot.pause()
    assert settings.read_text(encoding="utf-8") == "theme: [unclosed\n"


async def test_unknown_theme_falls_back(store):
    app = NewslineApp(store=store, theme_name="no-such-theme")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsline-dark"
        assert any("no-such-theme" in n.message for n in app._notifications)


async def test_year_jumps():
    store = make_store(8, 4)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        timeline = main(app).timeline
        years = [e.when.first.year for e in store.events]
        first_of_year = {}
        for i, year in enumerate(years):
            first_of_year.setdefault(year, i)
        ordered = sorted(first_of_year)
        for year in ordered[1:4]:
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert timeline.selected_event == first_of_year[year]
        await pilot.press("j")  # inside the year: [ goes back to its first event's previous year
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert timeline.selected_event == first_of_year[ordered[2]]
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert timeline.selected_event == first_of_year[ordered[1]]


async def test_same_article_moves():
    store = make_store(6, 4)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        timeline = main(app).timeline
        doc = store.events[0].doc
        siblings = list(store.events_of_document(doc))
        assert siblings[0] == 0
        for expected in siblings[1:]:
            await pilot.press("n")
            await pilot.pause()
            assert timeline.selected_event == expected
            assert store.events[timeline.selected_event].doc == doc
        await pilot.press("n")  # the last one: stays
        await pilot.pause()
        assert timeline.selected_event == siblings[-1]
        await pilot.press("p")
        await pilot.pause()
        assert timeline.selected_event == siblings[-2]


GOOD = " date 2025-03 Le 11 mars 2025, le directeur du SVR Sergueï Narychkine a parlé au chef de la CIA John Ratcliffe.\n\nLe 12 mars 2025, les agences russes l'ont rapporté.\n"
BAD = "Pas d'en-tête ici, juste du texte sans date de document.\n"


async def test_loading_worker_and_problems_screen(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    (corpus / "bad.txt").write_text(BAD, encoding="utf-8")
    app = NewslineApp(paths=[str(corpus)])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        deadline = time.monotonic() + 20
        while app.store is None and app.load_error is None and time.monotonic() < deadline:
            await pilot.pause(0.05)
        await pilot.pause()
        store = app.store
        assert store is not None, app.load_error
        assert [d.path.endswith("good.txt") for d in store.documents] == [True]
        assert any(p.path.endswith("bad.txt") and p.severity is Severity.ERROR for p in store.problems)
        screen = main(app)
        assert not screen.has_class("-loading")
        assert len(screen.timeline.event_ids) == len(store.events) > 0
        assert screen.timeline.selected_event == 0
        assert screen.reader.event_id == 0
        assert any("skipped" in n.message and "press e" in n.message for n in app._notifications)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        assert any(p.path.endswith("bad.txt") for p in app.screen.problems)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_help_screen_opens_and_closes(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_narrow_size_hides_sidebar(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        screen = main(app)
        assert not screen.sidebar.display
        await pilot.press("j", "j")
        await pilot.pause()
        assert screen.timeline.selected_event == 2
        assert screen.reader.sentence_lines is not None
        await pilot.press("s")
        await pilot.pause()
        assert screen.sidebar.display
        await pilot.press("s")
        await pilot.pause()
        assert not screen.sidebar.display
        await pilot.press("slash")  # reaches the filter even when hidden
        await pilot.pause()
        assert screen.sidebar.display and isinstance(app.focused, Input)


async def test_markup_in_articles_is_shown_literally(fake_store):
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        marked = next(e.id for e in fake_store.events if "[bold red]" in e.text)
        screen.timeline.select_event(marked)
        await pilot.pause()
        lines = "".join(screen.reader.line_text(y) for y in range(screen.reader.line_count))
        assert "[bold red]x[/]" in lines
        assert "\x1b" not in lines
        assert "[bold red]x[/]" in screen.reader.highlighted_text()
        rendered = app.export_screenshot()
        assert "\x1b[31m" not in rendered


async def type_in_palette(pilot, text: str) -> None:
    """Open the command palette and type ``text``; its search has run when this returns."""
    await pilot.pause()
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*text)
    await pilot.pause(0.3)


async def test_command_palette_filters_by_actor(store):
    actor = store.find_actor("Sergueï Narychkine")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await type_in_palette(pilot, "Filter by actor: Sergu")
        await pilot.press("enter")
        await pilot.pause()
        screen = main(app)
        assert screen.sidebar.actor_list.selected == {actor.id}
        assert list(screen.timeline.event_ids) == list(store.events_of_actor(actor.id))


async def test_command_palette_builds_its_commands_once_per_opening(store, monkeypatch):
    from tui.ui.commands import NewslineCommands

    built = []
    original = NewslineCommands._commands
    monkeypatch.setattr(NewslineCommands, "_commands", lambda self: built.append(1) or original(self))
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await type_in_palette(pilot, "Filter by actor: Sergu")
        assert len(built) == 1  # not once per key typed
        app.store = make_store()  # the full store replaces a partial one while the palette is open
        await pilot.press("i")
        await pilot.pause(0.3)
        assert len(built) == 2  # its actors, not the old store's ids
        app.store = store
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert len(built) == 3  # a new opening sees the store as it is then


async def test_match_modes_requery_only_when_they_change_the_filter(store, monkeypatch):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        queries = []
        original = Store.query
        monkeypatch.setattr(Store, "query", lambda self, query: queries.append(query) or original(self, query))
        await pilot.press("a", "m")
        await pilot.pause()
        assert queries == []  # no actor selected: the same events either way
        assert screen.filter.match_all and screen.filter.include_members
        screen.select_actor(store.find_actor("CIA").id)
        queries.clear()
        await pilot.press("a")
        await pilot.pause()
        assert queries == []  # all of one actor is any of one actor
        await pilot.press("m")
        await pilot.pause()
        assert queries == [screen.filter]  # the CIA's members count now: one query, the screen's


async def test_command_palette_theme(store, config_dir):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await type_in_palette(pilot, "Theme: newsline-light")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "newsline-light"


async def test_large_timeline_stays_fast():
    store = make_store(25_000, 4)  # 100k events
    assert len(store.events) == 100_000
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        started = time.perf_counter()
        await pilot.press("G", "k", "pageup", "g", "right_square_bracket", "j")
        await pilot.pause()
        elapsed = time.perf_counter() - started
        assert screen.timeline.selected_event is not None
        assert elapsed < 3, elapsed
        actor = store.find_actor("CIA")
        started = time.perf_counter()
        app.filter_by_actor(actor.id)
        await pilot.pause()
        assert len(screen.timeline.event_ids) == len(store.events_of_actor(actor.id))
        assert time.perf_counter() - started < 3


async def test_filter_moves_selection_to_nearest_event_by_date():
    store = make_store(10, 4)
    actor = store.find_actor("CIA")
    with_actor = set(store.events_of_actor(actor.id))
    outside = next(i for i in range(1, len(store.events) - 1) if i not in with_actor)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        screen.timeline.select_event(outside)
        app.filter_by_actor(actor.id)
        await pilot.pause()
        chosen = screen.timeline.selected_event
        assert chosen in with_actor
        day = store.events[outside].when.first
        best = min(abs((store.events[i].when.first - day).days) for i in with_actor)
        assert abs((store.events[chosen].when.first - day).days) == best
        assert screen.reader.event_id == chosen


async def test_tab_moves_between_panes(fake_store):
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        seen = [type(app.focused).__name__]
        for _ in range(5):
            await pilot.press("tab")
            seen.append(type(app.focused).__name__)
        assert seen == ["Timeline", "Reader", "KindList", "ActorFilterInput", "ActorList", "Timeline"]
        await pilot.press("shift+tab")
        assert type(app.focused).__name__ == "ActorList"


async def test_theme_change_recolours_reader(fake_store):
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = main(app).reader
        before = reader.get_component_rich_style("reader--sentence").bgcolor
        await pilot.press("t")
        await pilot.pause()
        after = reader.get_component_rich_style("reader--sentence").bgcolor
        assert before != after
        assert reader.sentence_lines is not None


async def test_first_screen_paints_while_loading(monkeypatch):
    import threading

    gate = threading.Event()

    def slow_open_store(paths=None, *, actors_files=(), progress=None, **options):
        progress(1, 2)
        gate.wait(10)
        progress(2, 2)
        return make_store(2, 2)

    monkeypatch.setattr("tui.loading.open_store", slow_open_store)
    app = NewslineApp(paths=["somewhere"])
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        deadline = time.monotonic() + 5
        while "Reading 1/2" not in str(screen.loading_panel.query_one("#loading-message").render()) and time.monotonic() < deadline:
            await pilot.pause(0.02)
        assert screen.has_class("-loading")
        assert "Reading 1/2 articles" in str(screen.loading_panel.query_one("#loading-message").render())
        assert screen.timeline.selected_event is None
        gate.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not screen.has_class("-loading")
        assert screen.timeline.selected_event == 0
        assert len(screen.timeline.event_ids) == 4
        assert isinstance(app.focused, Timeline)


async def test_empty_results_and_empty_corpus_do_not_break(store, tmp_path):
    lonely = next((a for a in store.actors if store.event_count(a.id) == 0), None)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        if lonely is not None:
            app.filter_by_actor(lonely.id)
            await pilot.pause()
            assert list(screen.timeline.event_ids) == []
            assert screen.timeline.selected_event is None
            assert screen.reader.event_id is None
            assert "0 of" in screen.filter_bar.summary().plain
        await pilot.press("j", "k", "g", "G", "n", "p", "right_square_bracket", "left_square_bracket", "pagedown")
        await pilot.pause()
    empty = tmp_path / "empty"
    empty.mkdir()
    app = NewslineApp(paths=[str(empty)])
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("j", "G", "n", "right_square_bracket")
        await pilot.pause()
        screen = main(app)
        assert app.store is not None or app.load_error is not None
        assert screen.timeline.selected_event is None


async def test_a_shorter_filter_result_scrolled_to_its_end_leaves_no_blank_rows():
    """The timeline's height changes without a layout (no scrollbar comes or goes): the scroll
    position must still be clamped to the new end."""
    store = make_store(100, 4)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        timeline = main(app).timeline
        timeline.select_row(len(timeline.event_ids) - 1)
        await pilot.pause()
        assert timeline.scroll_y == timeline.max_scroll_y > 0
        timeline.set_events(range(len(store.events) - 5))
        await pilot.pause()
        assert timeline.scroll_y == timeline.max_scroll_y == len(store.events) - 5 - timeline.scrollable_content_region.height
        rows = [timeline.render_line(y).text for y in range(timeline.scrollable_content_region.height)]
        assert all(row.strip() for row in rows)


async def test_a_reopen_confirmed_by_the_contents_keeps_what_the_user_did(monkeypatch):
    """A reopen shows the cached store before the files are hashed; keys pressed meanwhile act
    on it, and its confirmation leaves them be."""
    import threading

    import tui.loading.ingest
    from tui.loading import open_store
    from tui.ui.widgets.title_bar import TitleBar

    open_store(None)  # the seeds into the (test's own) cache
    hashing = threading.Event()
    file_keys = tui.loading.ingest.file_keys

    def slow_file_keys(paths):
        assert hashing.wait(10)
        return file_keys(paths)

    monkeypatch.setattr(tui.loading.ingest, "file_keys", slow_file_keys)
    app = NewslineApp()
    async with app.run_test(size=SIZE) as pilot:
        screen = main(app)
        for _ in range(100):
            await pilot.pause(0.02)
            if screen.store is not None:
                break
        assert screen.store is not None and app.store is None  # shown, not confirmed yet
        await pilot.press("j", "j")
        await pilot.pause()
        assert screen.timeline.selected_event == 2
        hashing.set()
        for _ in range(100):
            await pilot.pause(0.02)
            if app.store is not None:
                break
        assert app.store is screen.store  # confirmed: the very store on screen
        assert screen.timeline.selected_event == 2
        assert not screen.has_class("-loading")
        assert f"{len(app.store.events)} events" in str(screen.query_one(TitleBar).render())
        other = open_store(None, cache=False)  # another store of the same articles replaces it...
        app._store_ready(other)
        await pilot.pause()
        assert screen.store is other and screen.timeline.selected_event == 2  # ...the same event chosen


async def test_a_store_replacing_the_one_shown_keeps_the_chosen_actors_and_event():
    """A partial store gives way to a larger one (a long first load): what the user chose stays."""
    small, large = make_store(6), make_store(9)
    assert [d.text for d in small.documents] == [d.text for d in large.documents[:6]]
    app = NewslineApp(store=small)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = main(app)
        cia = small.find_actor("CIA").id
        screen.select_actor(cia)
        await pilot.pause()
        await pilot.press("j", "j")
        await pilot.pause()
        chosen = small.events[screen.timeline.selected_event]
        screen.set_store(large)
        await pilot.pause()
        assert {large.actors[a].name for a in screen.sidebar.actor_list.selected} == {"CIA"}
        assert list(screen.timeline.event_ids) == list(large.events_of_actor(large.find_actor("CIA").id))
        now = large.events[screen.timeline.selected_event]
        assert (large.documents[now.doc].path, now.start, now.timex_start) == (small.documents[chosen.doc].path, chosen.start, chosen.timex_start)
        assert screen.reader.event_id == screen.timeline.selected_event
