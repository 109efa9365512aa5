"""Themes are checked as Textual will use them: a theme that loads can be shown."""

from __future__ import annotations

import pytest
from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.ui.app import NewslineApp
from tui.ui.themes import ThemeFileError, theme_from_mapping

BASE = {"name": "checked", "primary": "#3366cc"}


def _textual_variables() -> dict[str, str]:
    return Theme(name="x", primary="#3366cc").to_color_system().generate()


def _not_colours() -> dict[str, str]:
    variables = {}
    for name, value in _textual_variables().items():
        try:
            Color.parse(value)
        except ColorParseError:
            variables[name] = value
    return variables


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"variables": {"block-cursor-text-style": "red"}}, "block-cursor-text-style"),
        ({"variables": {"block-cursor-foreground": "bold"}}, "block-cursor-foreground"),
        ({"variables": {"text-muted": "red; } Screen { color: blue"}}, "text-muted"),
        ({"variables": {"my-own": "'"}}, "my-own"),
        ({"variables": {"primary-lighten-1": "auto 50%"}}, "primary-lighten-1"),  # a colour, alpha added in CSS
        ({"variables": {"bad\x1bname": "#fff"}}, "variable name"),
        ({"variables": {"actor-person": ["#fff"]}}, "a list is not a colour"),
        ({"luminosity_spread": float("inf")}, "luminosity_spread"),
        ({"luminosity_spread": float("nan")}, "luminosity_spread"),
        ({"text_alpha": 1.5}, "text_alpha"),
        ({"text_alpha": True}, "text_alpha"),
        ({"name": "evil\x1b]0;PWNED\x07"}, "control characters"),
        ({"name": "x" * 100}, "too long"),
        ({"primary": 123}, "not a colour"),
    ],
)
def test_values_textual_cannot_use_are_refused(extra, message):
    with pytest.raises(ThemeFileError, match=message):
        theme_from_mapping({**BASE, **extra})


def test_a_bomb_is_described_not_expanded():
    bomb: list = ["lol"] * 9
    for _ in range(8):
        bomb = [bomb] * 9  # 9**9 elements if turned into text
    with pytest.raises(ThemeFileError, match="a list is not a colour"):
        theme_from_mapping({**BASE, "primary": bomb})
    with pytest.raises(ThemeFileError, match="a list"):
        theme_from_mapping({**BASE, "luminosity_spread": bomb})


def test_textual_defaults_are_accepted_whatever_their_kind():
    variables = _not_colours()
    assert {"block-cursor-text-style", "text-muted", "link-background"} <= set(variables)
    theme = theme_from_mapping({**BASE, "variables": variables})
    assert theme.variables == variables


@pytest.mark.parametrize("spread, alpha", [(0, 0), (1, 1), (0.5, 0.2)])
def test_fractions_at_their_bounds_are_accepted(spread, alpha):
    theme = theme_from_mapping({**BASE, "luminosity_spread": spread, "text_alpha": alpha})
    assert theme.luminosity_spread == spread and theme.text_alpha == alpha


async def test_a_theme_that_loads_can_be_shown(fake_store):
    """The real stylesheet, parsed with every kind of value the checks let through."""
    variables = {
        "block-cursor-text-style": "bold underline",
        "text-muted": "auto 50%",
        "link-background": "initial",
        "footer-key-foreground": "#ff8800",
        "sentence-highlight": "rgb(40, 50, 60)",
        "my-own": "ansi_red",
    }
    theme = theme_from_mapping({**BASE, "dark": False, "luminosity_spread": 1, "text_alpha": 0, "variables": variables})
    app = NewslineApp(store=fake_store)
    app.register_theme(theme)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.theme = theme.name
        await pilot.pause()
        await pilot.press("e")  # a screen with its own CSS
        await pilot.pause()
        assert app.theme == "checked" and app.theme_variables["text-muted"] == "auto 50%"


def test_theme_files_that_are_pipes_devices_or_broken_links_are_reported_without_a_read(tmp_path):
    # A FIFO named like a theme hung the start for ever; a link to /dev/zero read until memory ran out.
    import os
    import threading

    from tui.ui.themes import load_themes

    os.mkfifo(tmp_path / "fifo.yaml")
    os.symlink("/dev/zero", tmp_path / "zero.yaml")
    os.symlink("nowhere", tmp_path / "gone.yaml")
    (tmp_path / "ok.yaml").write_text("name: fine\nprimary: '#ff0000'\n", encoding="utf-8")
    found: list = []
    worker = threading.Thread(target=lambda: found.append(load_themes([tmp_path])), daemon=True)
    worker.start()
    worker.join(10)
    assert found, "load_themes blocked"
    themes, problems = found[0]
    assert [t.name for t in themes] == ["fine"]
    assert {(p.path, p.message) for p in problems} == {
        ("fifo.yaml", "a named pipe (FIFO), not a regular file"),
        ("zero.yaml", "a character device, not a regular file"),
        ("gone.yaml", "a broken symbolic link (what it points to does not exist)"),
    }
