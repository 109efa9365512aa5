"""The YAML theme loader: bundled themes load; broken files are reported, never fatal."""

from __future__ import annotations

import shutil

import pytest

from tui.util.resources import themes_dir
from tui.ui import themes as themes_module
from tui.ui.app import NewslineApp
from tui.ui.themes import THEME_VARIABLES_DARK, ThemeFileError, load_themes, theme_from_mapping


def test_bundled_themes_load_with_newsline_variables():
    themes, problems = load_themes()
    assert problems == []
    names = [t.name for t in themes]
    assert {"newsline-dark", "newsline-light"} <= set(names)
    for theme in themes:
        assert set(THEME_VARIABLES_DARK) <= set(theme.variables), theme.name


@pytest.mark.parametrize(
    "data, message",
    [
        ([1, 2], "mapping"),
        ({"primary": "#fff"}, "name"),
        ({"name": "x"}, "primary"),
        ({"name": "x", "primary": "not-a-colour"}, "not a colour"),
        ({"name": "x", "primary": "#fff", "colour": "#000"}, "unknown key"),
        ({"name": "x", "primary": "#fff", "dark": "yes"}, "dark"),
        ({"name": "x", "primary": "#fff", "variables": {"actor-person": "bluish"}}, "actor-person"),
    ],
)
def test_bad_theme_mappings_say_what_is_wrong(data, message):
    with pytest.raises(ThemeFileError, match=message):
        theme_from_mapping(data)


async def test_broken_theme_file_is_reported_not_fatal(tmp_path, monkeypatch, fake_store):
    folder = tmp_path / "themes"
    shutil.copytree(themes_dir(), folder)
    (folder / "broken.yaml").write_text("name: broken\nprimary: [unclosed\n", encoding="utf-8")
    (folder / "wrong.yaml").write_text("name: wrong\nprimary: '#zzz'\n", encoding="utf-8")
    themes, problems = load_themes([folder])
    assert {p.path for p in problems} == {"broken.yaml", "wrong.yaml"}
    assert "newsline-dark" in [t.name for t in themes]

    monkeypatch.setattr(themes_module, "themes_dir", lambda: folder)
    app = NewslineApp(store=fake_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("broken.yaml" in m for m in messages)
        assert any("wrong.yaml" in m for m in messages)
        assert app.theme == "newsline-dark"
        assert "broken" not in app.newsline_themes
