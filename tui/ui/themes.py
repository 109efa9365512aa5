"""Newsline's themes: YAML files (themes/*.yaml) loaded into Textual ``Theme`` objects.

A theme file uses Textual's own key names (name, primary, secondary, accent, foreground,
background, surface, panel, boost, warning, error, success, dark, luminosity_spread, text_alpha)
plus ``variables:`` for Newsline's colours (see ``THEME_VARIABLES``). A broken file is reported as
a ``ThemeProblem`` and skipped; it never stops the app.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml
from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.util.resources import themes_dir
from tui.util.yamldata import safe_load

DEFAULT_THEME = "newsline-dark"

# Newsline's own theme variables and their fallbacks (used by themes that do not set them, such
# as Textual's built-in themes picked from the command palette).
THEME_VARIABLES_DARK: dict[str, str] = {
    "actor-person": "#6cb6ff",
    "actor-organisation": "#f0a050",
    "actor-country": "#7fc46a",
    "actor-place": "#5fc8b4",
    "actor-media": "#c890e0",
    "actor-unknown": "#a0a8b4",
    "sentence-highlight": "#3d4a63",
}
THEME_VARIABLES_LIGHT: dict[str, str] = {
    "actor-person": "#1a5f9e",
    "actor-organisation": "#a4490e",
    "actor-country": "#2c7a2c",
    "actor-place": "#137a6b",
    "actor-media": "#8a3aa8",
    "actor-unknown": "#5a6270",
    "sentence-highlight": "#f6e3a1",
}


def theme_variable_defaults(dark: bool) -> dict[str, str]:
    """Fallbacks for Newsline's variables, for a dark or a light theme."""
    return dict(THEME_VARIABLES_DARK if dark else THEME_VARIABLES_LIGHT)

_COLOR_KEYS = ("primary", "secondary", "warning", "error", "success", "accent", "foreground", "background", "surface", "panel", "boost")
_FLOAT_KEYS = ("luminosity_spread", "text_alpha")
_KNOWN = {"name", "dark", "variables", *_COLOR_KEYS, *_FLOAT_KEYS}


@dataclass(frozen=True, slots=True)
class ThemeProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ThemeFileError(ValueError):
    pass


def theme_from_mapping(data: object) -> Theme:
    """A Textual Theme from a parsed YAML mapping; ThemeFileError says what is wrong."""
    if not isinstance(data, dict):
        raise ThemeFileError("a theme must be a mapping of keys to values")
    unknown = sorted(str(k) for k in data if k not in _KNOWN)
    if unknown:
        raise ThemeFileError(f"unknown key(s): {', '.join(unknown)}")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ThemeFileError("missing 'name'")
    if "primary" not in data:
        raise ThemeFileError("missing 'primary' colour")
    kwargs: dict[str, object] = {"name": name.strip()}
    for key in _COLOR_KEYS:
        if key in data and data[key] is not None:
            kwargs[key] = _color(key, data[key])
    for key in _FLOAT_KEYS:
        if key in data:
            try:
                kwargs[key] = float(data[key])
            except (TypeError, ValueError):
                raise ThemeFileError(f"{key} must be a number, not {data[key]!r}") from None
    if "dark" in data:
        if not isinstance(data["dark"], bool):
            raise ThemeFileError(f"dark must be true or false, not {data['dark']!r}")
        kwargs["dark"] = data["dark"]
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ThemeFileError("variables must be a mapping of names to colours")
    kwargs["variables"] = {str(k): _color(f"variables.{k}", v) for k, v in variables.items()}
    return Theme(**kwargs)  # type: ignore[arg-type]


def _color(key: str, value: object) -> str:
    text = str(value).strip()
    try:
        Color.parse(text)
    except ColorParseError:
        raise ThemeFileError(f"{key}: {text!r} is not a colour") from None
    return text


def load_theme_file(path: Path) -> Theme:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ThemeFileError(f"cannot read ({error.strerror})") from error
    except UnicodeDecodeError:
        raise ThemeFileError("not UTF-8 text") from None
    try:
        data = safe_load(raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise ThemeFileError(f"not valid YAML{where}") from None
    return theme_from_mapping(data)


def load_themes(folders: Iterable[Path] | None = None) -> tuple[list[Theme], list[ThemeProblem]]:
    """Every theme in ``folders`` (the bundled themes/ by default), in file-name order."""
    themes: list[Theme] = []
    problems: list[ThemeProblem] = []
    seen: set[str] = set()
    for folder in folders if folders is not None else [themes_dir()]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
            try:
                theme = load_theme_file(path)
            except ThemeFileError as error:
                problems.append(ThemeProblem(path.name, str(error)))
                continue
            if theme.name in seen:
                problems.append(ThemeProblem(path.name, f"theme {theme.name!r} is already defined"))
                continue
            seen.add(theme.name)
            themes.append(theme)
    return themes, problems
