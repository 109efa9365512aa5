"""Stepping through the sentences that tell one event, in one article and across articles."""

from __future__ import annotations

from newsline_testing import write

from tui.loading import open_store
from tui.ui.app import NewslineApp
from tui.ui.screens.main import MainScreen

SIZE = (120, 40)
# Two articles of one day tell the same call; the first tells it twice ("cette conversation").
FIRST = (
    "date 2025-03-12\n"
    "Le 11 mars 2025, Jean Dupont et Paul Martin ont eu un entretien téléphonique.\n\n"
    "Lors de cette conversation, les deux hommes ont parlé des prix.\n\n"
    "Le 3 février 2025, Marie Curie a visité Lyon."
)
SECOND = "date 2025-03-13\nMardi 11 mars, Jean Dupont a eu un entretien téléphonique avec Paul Martin, a rapporté l'agence.\n"


async def test_v_steps_through_the_tellings_of_an_event_and_the_reader_follows(tmp_path):
    write(tmp_path, "a.txt", FIRST)
    write(tmp_path, "b.txt", SECOND)
    store = open_store([tmp_path], cache=False)
    call = next(e for e in store.events if e.kind == "call")
    assert len(call.evidence) == 3 and len(call.sources) == 2  # the test's own premise
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.timeline.select_event(call.id)
        await pilot.pause()
        reader = screen.reader
        seen = []
        for _ in range(3):
            telling = reader.telling
            seen.append((store.documents[telling.doc].path, telling.start))
            assert reader.tellings[1] == 3
            assert f"telling {reader.tellings[0]} of 3 in 2 articles" in str(reader.border_subtitle)
            assert store.documents[telling.doc].text[telling.start : telling.end].split()[0] in reader.highlighted_text()
            await pilot.press("v")
            await pilot.pause()
        assert len(set(seen)) == 3 and {path.rsplit("/", 1)[-1] for path, _ in seen} == {"a.txt", "b.txt"}
        assert (store.documents[reader.telling.doc].path, reader.telling.start) == seen[0]  # round again
        await pilot.press("V")
        await pilot.pause()
        assert (store.documents[reader.telling.doc].path, reader.telling.start) == seen[2]
        await pilot.press("k")  # another event starts at its own first telling
        await pilot.pause()
        assert reader.event_id != call.id and reader.tellings[0] == 1


async def test_the_timeline_row_shows_the_kind_the_headline_and_the_articles_telling_it(tmp_path):
    write(tmp_path, "a.txt", FIRST)
    write(tmp_path, "b.txt", SECOND)
    store = open_store([tmp_path], cache=False)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        timeline = app.screen.timeline
        rows = [timeline.render_line(y).text for y in range(len(store.events))]
        call = next(row for row in rows if "✆" in row)
        assert "Jean Dupont et Paul Martin ont eu un entretien" in call and "×2" in call
        assert any("♦" in row and "Marie Curie a visité Lyon" in row for row in rows)


async def test_space_on_a_kind_filters_the_timeline_live_and_esc_clears_it(store):
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        kinds = screen.sidebar.kind_list
        assert set(kinds.kinds) == {e.kind for e in store.events}
        kinds.focus()
        await pilot.pause()
        chosen = kinds.kinds[0]
        await pilot.press("space")
        await pilot.pause()
        shown = list(screen.timeline.event_ids)
        assert screen.filter.kinds == {chosen} and kinds.selected == {chosen}
        assert shown and all(store.events[i].kind == chosen for i in shown)
        assert len(shown) == sum(e.kind == chosen for e in store.events)
        assert f"kinds: {chosen}" in str(screen.filter_bar.summary())
        await pilot.press("down", "space")  # a second kind: events of either
        await pilot.pause()
        assert screen.filter.kinds == {chosen, kinds.kinds[1]}
        assert len(screen.timeline.event_ids) == sum(e.kind in screen.filter.kinds for e in store.events)
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.filter.kinds and len(screen.timeline.event_ids) == len(store.events)
