"""The help is generated from the bindings: every binding of every class of tui.ui is listed,
with its help line and its id, and with the keys the user chose in ``keys:``."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import yaml
from textual.binding import Binding

import tui.ui
from tui.ui.app import NewslineApp
from tui.ui.keys import binding_ids, help_rows, sections
from tui.ui.screens.help import HelpScreen
from tui.ui.widgets.timeline import Timeline


def every_binding() -> dict[str, Binding]:
    """Every binding declared by a class of tui.ui, by id (found by walking the package)."""
    found: dict[str, Binding] = {}
    for info in pkgutil.walk_packages(tui.ui.__path__, "tui.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for binding in cls.__dict__.get("BINDINGS", ()):
                assert isinstance(binding, Binding) and binding.id, f"{cls.__name__}: a binding without an id"
                assert binding.id not in found, f"{binding.id} used twice"
                found[binding.id] = binding
    return found


def test_every_binding_is_in_the_help_with_a_help_line():
    bindings = every_binding()
    assert {"main.next_event", "app.help", "reader.pivot", "actors.toggle"} <= set(bindings)  # the walk finds them
    assert set(bindings) == binding_ids()
    assert all(binding.tooltip for binding in bindings.values())


def write_settings(config_dir, data) -> None:
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "settings.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")


async def test_a_remapped_key_moves_and_the_help_shows_it(store, config_dir):
    write_settings(config_dir, {"theme": "newsline-dark", "keys": {"main.next_event": "x", "main.previous_event": "z,ctrl+u"}})
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        timeline = app.screen.query_one(Timeline)
        start = timeline.cursor
        await pilot.press("x", "x")
        assert timeline.cursor == start + 2
        await pilot.press("j")  # the default key went to x
        assert timeline.cursor == start + 2
        await pilot.press("ctrl+u")
        assert timeline.cursor == start + 1
        main_rows = dict(sections())["Main screen (from any pane)"]
        rows = {row.binding_id: row for row in help_rows(app, main_rows, app.user_keymap)}
        assert rows["main.next_event"].keys == "x"
        assert rows["main.previous_event"].keys == "z / ^u"
        assert rows["main.first_event"].keys == "g"  # not remapped: its own key
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_unknown_ids_and_bad_keys_are_reported_not_applied(store, config_dir):
    write_settings(config_dir, {"keys": {"main.nope": "x", "main.next_event": 3, "main.last_event": "L"}})
    app = NewslineApp(store=store)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        messages = [message for source, message in app.extra_problems if source == "settings"]
        assert any("'main.nope'" in m and "no key binding" in m for m in messages)
        assert any("main.next_event must be keys" in m for m in messages)
        assert app.user_keymap == {"main.last_event": "L"}
        timeline = app.screen.query_one(Timeline)
        await pilot.press("L")
        assert timeline.cursor == len(timeline.event_ids) - 1 > 0
