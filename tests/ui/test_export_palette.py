"""Pilot tests of "Export the filtered timeline…": the palette asks for a file (a default name in
the current folder), its suffix chooses the format, the events the filter shows are written, and
a notification says where, or why not."""

from __future__ import annotations

import csv
import json
import os

import pytest
from textual.widgets import Input, Static

from tui.store import Query
from tui.ui.app import NewslineApp
from tui.ui.screens.export import ExportScreen, default_export_path, export_to
from tui.ui.screens.main import MainScreen

SIZE = (120, 40)


async def open_export(pilot) -> ExportScreen:
    """Run the palette's export command; the modal it opens."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*"Export the filtered")
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    return screen


async def write_to(pilot, screen: ExportScreen, path: str) -> None:
    """Type ``path`` over the proposed one, press enter and wait for the writing thread."""
    field = screen.query_one("#export-path", Input)
    field.value = ""
    await pilot.press(*path, "enter")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def messages(app: NewslineApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_palette_exports_the_filtered_events(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "timeline.json").write_text("[]")  # the default name is not taken over
    russie = store.find_actor("Russie")
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        main: MainScreen = app.main_screen
        main.select_actor(russie.id)
        shown = list(main.timeline.event_ids)
        assert 0 < len(shown) < len(store.events)
        screen = await open_export(pilot)
        field = screen.query_one("#export-path", Input)
        assert field.value == str(tmp_path / "timeline-2.json")
        assert "JSON (from its suffix)" in str(screen.query_one("#export-format", Static).render())
        await write_to(pilot, screen, "out/russie.csv")
        assert app.screen is main
        rows = list(csv.DictReader((tmp_path / "out" / "russie.csv").open(encoding="utf-8")))
        assert [int(row["id"]) for row in rows] == shown  # the filter's events, in its order
        assert f"Wrote {len(shown)} events to {tmp_path / 'out' / 'russie.csv'} (CSV)" in messages(app)
        assert (tmp_path / "timeline.json").read_text() == "[]"


async def test_the_suffix_chooses_the_format(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await open_export(pilot)
        await pilot.press("escape")  # cancels: nothing written, nothing said
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and list(tmp_path.iterdir()) == [] and not messages(app)
        screen = await open_export(pilot)
        note = screen.query_one("#export-format", Static)
        field = screen.query_one("#export-path", Input)
        field.value = "t.timelinejs.json"
        await pilot.pause()
        assert "TimelineJS (from its suffix)" in str(note.render())
        field.value = "t.ics"
        await pilot.pause()
        assert "iCalendar (from its suffix) — only the events dated to a day" in str(note.render())
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        calendar = (tmp_path / "t.ics").read_bytes()
        assert calendar.startswith(b"BEGIN:VCALENDAR\r\n")
        written = calendar.count(b"BEGIN:VEVENT")
        left = len(store.events) - written
        assert 0 < written < len(store.events)
        assert f"Wrote {written} events to {tmp_path / 't.ics'} (iCalendar; {left} not dated to a day left out)" in messages(app)


async def test_an_unwritable_place_is_said(store, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file").write_text("x")  # a file where the folder should be (refused even to root)
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = await open_export(pilot)
        await write_to(pilot, screen, "file/sub/t.json")
        assert isinstance(app.screen, MainScreen)
        failed = [n for n in app._notifications if n.message.startswith(f"Could not write {tmp_path / 'file' / 'sub' / 't.json'}: ")]
        assert failed and failed[0].severity == "error"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_a_read_only_folder_is_said(store, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        message, written = export_to(store, range(3), folder / "t.json")
    finally:
        folder.chmod(0o755)
    assert not written and message.startswith(f"Could not write {folder / 't.json'}: Permission denied")
    assert list(folder.iterdir()) == []


def test_export_to_writes_the_format_of_the_suffix(store, tmp_path):
    ids = store.query(Query(kinds=frozenset({"meeting"})))
    message, written = export_to(store, ids, tmp_path / "m.timelinejs.json")
    data = json.loads((tmp_path / "m.timelinejs.json").read_text(encoding="utf-8"))
    assert written and {s["group"] for s in data["events"]} == {"Meeting"} and len(data["events"]) == len(ids)
    assert message == f"Wrote {len(ids)} events to {tmp_path / 'm.timelinejs.json'} (TimelineJS)"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_default_name_is_free(tmp_path):
    assert default_export_path(tmp_path) == tmp_path / "timeline.json"
    (tmp_path / "timeline.json").touch()
    (tmp_path / "timeline-2.json").touch()
    assert default_export_path(tmp_path) == tmp_path / "timeline-3.json"
