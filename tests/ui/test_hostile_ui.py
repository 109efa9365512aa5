"""Hostile input in the reader: file names on screen, broken themes, broken settings files.

What the screen shows is read from the compositor's strips (every layer: screens, borders,
notifications): no raw control, bidi control or lone surrogate, and every line exactly as wide as
the screen (a lone surrogate counted one cell but written as six, shifting the row).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from rich.cells import cell_len

from tui.loading import open_store
from tui.ui import themes as themes_module
from tui.ui.app import NewslineApp
from tui.ui.screens.actor_details import ActorDetailsScreen
from tui.ui.screens.problems import ProblemsScreen
from tui.ui.settings import backup_path
from tui.util.resources import themes_dir

SIZE = (120, 36)
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
OK = b"date 2025-03-12\nLe 21 mars 2025, la Russie a parl\xc3\xa9.\n"
NAMES = {
    b"f\x1b]0;PWNED\x1b\\.txt": "f\\x1b]0;PWNED\\x1b\\.txt",
    b"n\nl.txt": "n\\nl.txt",
    b"k\xff.txt": "k\\xff.txt",
    b"b\xe2\x80\xaeevil.txt": "b\\u202eevil.txt",
}
SKIPPED = (b"s\x1b]52;c;SGVsbG8=\x07.txt", "s\\x1b]52;c;SGVsbG8=\\x07.txt")


def _write(folder: Path, name: bytes, data: bytes) -> None:
    with open(os.path.join(os.fsencode(folder), name), "wb") as stream:
        stream.write(data)


@pytest.fixture
def hostile_store(tmp_path, monkeypatch):
    folder = tmp_path / "d"
    folder.mkdir()
    for name in NAMES:
        _write(folder, name, OK)
    _write(folder, SKIPPED[0], b"no header\n")
    monkeypatch.chdir(tmp_path)  # short paths ("d/..."): a name folded over two rows is not found
    return open_store(["d"], cache=False)


def screen_lines(app: NewslineApp) -> list[str]:
    """The text of every screen row, checked: printable only, and as wide as the screen."""
    strips = app.screen._compositor.render_strips()  # noqa: SLF001 - what the terminal would get
    lines = ["".join(segment.text for segment in strip) for strip in strips]
    for line in lines:
        assert not UNSAFE.search(line), repr(line)
        assert cell_len(line) == app.size.width, repr(line)
    return lines


async def test_problems_screen_shows_hostile_names_escaped(hostile_store):
    app = NewslineApp(store=hostile_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        text = "".join(screen_lines(app))
        assert SKIPPED[1] in text and "no date header" in text


async def test_reader_header_and_path_show_hostile_names_escaped(hostile_store):
    app = NewslineApp(store=hostile_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.main_screen
        seen = set()
        for event in range(len(hostile_store.events)):
            screen.timeline.select_event(event)
            await pilot.pause()
            text = "".join(screen_lines(app))
            seen |= {shown for shown in NAMES.values() if shown in text}
            title = screen.reader.border_title
            assert title is not None and not UNSAFE.search(str(title))
        assert seen == set(NAMES.values())


@pytest.fixture
def themes(tmp_path, monkeypatch):
    """A themes folder: the bundled themes, and the test's own beside them."""
    folder = tmp_path / "themes"
    shutil.copytree(themes_dir(), folder)
    monkeypatch.setattr(themes_module, "themes_dir", lambda: folder)
    return folder


async def test_a_hostile_theme_file_name_is_notified_escaped(themes, fake_store):
    _write(themes, b"t\x1b]0;X\x07\xff.yaml", b"name: broken\nprimary: [unclosed\n")
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("t\\x1b]0;X\\x07\\xff.yaml" in m for m in messages)
        assert not any(UNSAFE.search(m) for m in messages)
        screen_lines(app)
        await pilot.press("e")
        await pilot.pause()
        assert "t\\x1b]0;X\\x07\\xff.yaml" in "".join(screen_lines(app))


BAD_THEMES = {
    "style.yaml": "name: bad-style\nprimary: '#ff0000'\nvariables:\n  block-cursor-text-style: red\n",
    "inf.yaml": "name: bad-inf\nprimary: '#ff0000'\nluminosity_spread: .inf\n",
    "nan.yaml": "name: bad-nan\nprimary: '#ff0000'\ntext_alpha: .nan\n",
    "token.yaml": "name: bad-token\nprimary: '#ff0000'\nvariables:\n  text-muted: \"red; } Screen { color: blue\"\n",
}


async def test_invalid_themes_are_skipped_never_saved_and_a_saved_one_falls_back(themes, fake_store, config_dir):
    for name, text in BAD_THEMES.items():
        (themes / name).write_text(text, encoding="utf-8")
    config_dir.mkdir(parents=True)
    settings = config_dir / "settings.yaml"
    settings.write_text("theme: bad-style  # chosen before it broke\n", encoding="utf-8")
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsline-dark"
        messages = " ".join(n.message for n in app._notifications)
        assert "bad-style" in messages and all(name in messages for name in BAD_THEMES)
        assert not {"bad-style", "bad-inf", "bad-nan", "bad-token"} & set(app.available_themes)
        seen = set()
        for _ in range(len(app.newsline_themes) + 1):
            await pilot.press("t")
            await pilot.pause()
            seen.add(app.theme)
            assert not yaml.safe_load(settings.read_text(encoding="utf-8"))["theme"].startswith("bad")
        assert seen == set(app.newsline_themes)
        chosen = app.theme
    again = NewslineApp(store=fake_store)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.theme == chosen
        screen_lines(again)


HOSTILE_SETTINGS = {
    "binary": b"\x89PNG\r\n\x1a\n\x00\xff",
    "latin-1": "theme: thème\n".encode("latin-1"),
    "a list": b"- newsline-light\n",
    "huge": b"theme: newsline-light\n# " + b"x" * 100_000 + b"\n",
    "not yaml": b"theme: [unclosed\n",
}


@pytest.mark.parametrize("data", HOSTILE_SETTINGS.values(), ids=HOSTILE_SETTINGS.keys())
async def test_an_unusable_settings_file_is_reported_and_never_written(fake_store, config_dir, data):
    config_dir.mkdir(parents=True)
    settings = config_dir / "settings.yaml"
    settings.write_bytes(data)
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsline-dark"
        assert any("settings" in n.message for n in app._notifications)
        await pilot.press("t")
        await pilot.pause()
        assert app.theme != "newsline-dark"
        assert any("not saved" in n.message for n in app._notifications)
        screen_lines(app)
    assert settings.read_bytes() == data and not backup_path(settings).exists()


async def test_a_bad_theme_value_is_reported_then_saved_over_with_a_backup(fake_store, config_dir):
    config_dir.mkdir(parents=True)
    settings = config_dir / "settings.yaml"
    before = "# mine\nfont: big\nanchors: &a [x, x, x]\nlots: [*a, *a, *a]\ntheme: *a\n"
    settings.write_text(before, encoding="utf-8")
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.theme == "newsline-dark"
        assert any("theme must be a name, not a list" in n.message for n in app._notifications)
        await pilot.press("t")
        await pilot.pause()
        chosen = app.theme
    saved = yaml.safe_load(settings.read_text(encoding="utf-8"))
    assert saved["theme"] == chosen and saved["font"] == "big" and saved["lots"] == [["x"] * 3] * 3
    assert backup_path(settings).read_text(encoding="utf-8") == before


async def test_saving_the_theme_keeps_the_users_keys_comments_and_symlink(fake_store, config_dir, tmp_path):
    config_dir.mkdir(parents=True)
    real = tmp_path / "dotfiles" / "newsline.yaml"
    real.parent.mkdir()
    before = "# my newsline\ntheme: newsline-dark # night\neditor: vim\n"
    real.write_text(before, encoding="utf-8")
    (config_dir / "settings.yaml").symlink_to(real)
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        chosen = app.theme
    assert (config_dir / "settings.yaml").is_symlink()
    assert real.read_text(encoding="utf-8") == f"# my newsline\ntheme: {chosen} # night\neditor: vim\n"
    assert backup_path(real).read_text(encoding="utf-8") == before


ACTORS_YAML = '- name: "Evil\\e]0;PWNED\\a Corp\\nline\\u202eX\\x9b"\n  kind: organisation\n  aliases: [Russie]\n'


async def test_a_hostile_actor_name_in_the_panes_palette_filter_bar_and_details(tmp_path, monkeypatch):
    folder = tmp_path / "d"
    folder.mkdir()
    _write(folder, b"a.txt", OK)
    (tmp_path / "actors.yaml").write_text(ACTORS_YAML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    store = open_store(["d"], actors_files=["actors.yaml"], cache=False)
    (actor,) = [a for a in store.actors if a.name.startswith("Evil")]
    app = NewslineApp(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Evil ]0;PWNED" in "".join(screen_lines(app))  # the sidebar and timeline: one line
        app.main_screen.select_actor(actor.id)
        await pilot.pause()
        assert "Evil\\x1b]0;PWNED" in "".join(screen_lines(app))  # the filter bar
        app.main_screen.pivot_to(actor.id)  # "already in the filter": a notification naming it
        await pilot.pause()
        assert any("Evil\\x1b]0;PWNED" in n.message for n in app._notifications)
        screen_lines(app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Actor details: Evil")
        await pilot.pause(0.3)
        assert "Actor details: Evil\\x1b]0;PWNED" in "".join(screen_lines(app))
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ActorDetailsScreen)
        assert "Evil ]0;PWNED" in "".join(screen_lines(app))
