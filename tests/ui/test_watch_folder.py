"""The live folder in the reader: an article written into a watched folder joins the timeline,
and the filter, the selection and its line on screen stay."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import replace
from pathlib import Path

from newsline_testing import write

from tui.loading import open_store
from tui.ui.app import NewslineApp
from tui.ui.widgets.prompt import Prompt, PromptInput
from tui.ui.widgets.timeline import Timeline

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import make_corpus  # noqa: E402


async def wait_for(pilot, condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await pilot.pause(0.05)


def article(name: str, other: str) -> str:
    return (
        " date 2013-06-02\n\n"
        f"{name} met {other} in Geneva on May 30, 2013 to discuss debt. {name} called {other} on May 31, 2013.\n\n"
        f"On June 1, 2013, {name} visited {other} in Rome to discuss trade.\n"
    )


async def test_a_new_article_joins_the_timeline_and_the_filter_and_selection_stay(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus.write_corpus(60, folder)  # (enough events for the list to scroll)
    app = NewslineApp(paths=[str(folder)], watch=True)
    app.watch_interval = 0.1
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.store is not None and app.watching)
        store = app.store
        screen, timeline = app.main_screen, app.main_screen.query_one(Timeline)
        first = max(store.actors, key=lambda a: store.event_count(a.id))  # the longest list
        second = next(a for a in store.actors if str(a.kind) == "person" and a.id != first.id)
        kinds = frozenset({store.events.kind(i) for i in store.events_of_actor(first.id)})
        screen.filter = replace(screen.filter, actors=frozenset({first.id}), kinds=kinds, include_members=True)
        await pilot.pause()
        before = list(timeline.event_ids)
        height = timeline.scrollable_content_region.height
        assert len(before) > height + 4  # (the list scrolls)
        await pilot.press("G", "k", "k", "k")
        await pilot.pause()
        assert timeline.scroll_y > 0
        selected = timeline.selected_event
        place = (store.documents[store.events.doc[selected]].path, store.events.place(selected))
        line = timeline.cursor - round(timeline.scroll_y)

        path = write(folder, "000/000003b.txt", article(first.name, second.name))
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60 * 10**9))  # written in whole
        await wait_for(pilot, lambda: app.store is not store)
        await pilot.pause()

        new = app.store
        fresh = open_store([folder])
        assert new == fresh
        assert [new.actors[a].name for a in screen.filter.actors] == [first.name]
        assert screen.filter.kinds == kinds and screen.filter.include_members
        shown = list(timeline.event_ids)
        assert len(shown) > len(before)
        assert list(shown) == list(fresh.query(replace(screen.filter)))
        added = {d.id for d in new.documents if d.path.endswith("000003b.txt")}
        assert any(new.events.doc[i] in added for i in shown)  # the new article's events, filtered
        now = timeline.selected_event
        assert (new.documents[new.events.doc[now]].path, new.events.place(now)) == place
        assert timeline.cursor - round(timeline.scroll_y) == line
        assert app.last_update_seconds is not None


async def test_the_palette_starts_watching(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus.write_corpus(4, folder)
    app = NewslineApp(paths=[str(folder)])
    app.watch_interval = 0.1
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.store is not None)
        assert not app.watching
        await pilot.press("ctrl+p")
        for character in "watch the folder":
            await pilot.press("space" if character == " " else character)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.watching)
        store = app.store
        await pilot.press("ctrl+f", "m", "o", "r")  # a search being typed when the articles arrive
        await pilot.pause()
        path = write(folder, "new.md", "---\ndate: 2014-02-03\n---\n" + article("Anne Morel", "Pierre Durand"))
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60 * 10**9))
        await wait_for(pilot, lambda: app.store is not store)
        await pilot.pause()
        fresh = open_store([folder])
        assert app.store == fresh
        assert any(d.path.endswith("new.md") for d in app.store.documents)
        screen = app.main_screen
        assert screen.query_one(Prompt).is_open and isinstance(app.focused, PromptInput)  # still typing
        await pilot.press("e")
        await pilot.pause()
        assert screen.filter.text == "more"
        assert list(screen.query_one(Timeline).event_ids) == list(fresh.query(screen.filter))
