"""Newsline's themes: YAML files (themes/*.yaml) loaded into Textual ``Theme`` objects.

A theme file uses Textual's own key names (name, primary, secondary, accent, foreground,
background, surface, panel, boost, warning, error, success, dark, luminosity_spread, text_alpha)
plus ``variables:`` for Newsline's colours (see ``THEME_VARIABLES``). A broken file is reported as
a ``ThemeProblem`` and skipped; it never stops the app.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.css.stylesheet import Stylesheet, StylesheetParseError
from textual.css.tokenizer import TokenError
from textual.theme import Theme

from tui.util.files import FileTooLarge, UnreadableFile, read_regular
from tui.util.resources import themes_dir
from tui.util.safe import safe_display
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
_FLOAT_KEYS = ("luminosity_spread", "text_alpha")  # both fractions, 0 to 1
_KNOWN = {"name", "dark", "variables", *_COLOR_KEYS, *_FLOAT_KEYS}
MAX_NAME_CHARS = 64
MAX_THEME_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class ThemeProblem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ThemeFileError(ValueError):
    pass


def theme_from_mapping(data: object) -> Theme:
    """A Textual Theme from a parsed YAML mapping, checked as Textual will use it (every value
    of its kind, the colour system computable); ThemeFileError says what is wrong.

    Values are never turned into text whole: a YAML file of aliases expands exponentially.
    """
    if not isinstance(data, dict):
        raise ThemeFileError("a theme must be a mapping of keys to values")
    unknown = sorted(safe_display(str(k))[:40] for k in data if k not in _KNOWN)
    if unknown:
        raise ThemeFileError(f"unknown key(s): {', '.join(unknown)}")
    kwargs: dict[str, object] = {"name": _name(data.get("name"))}
    if "primary" not in data:
        raise ThemeFileError("missing 'primary' colour")
    for key in _COLOR_KEYS:
        if key in data and data[key] is not None:
            kwargs[key] = _color(key, data[key])
    for key in _FLOAT_KEYS:
        if key in data:
            kwargs[key] = _fraction(key, data[key])
    if "dark" in data:
        if not isinstance(data["dark"], bool):
            raise ThemeFileError(f"dark must be true or false, not {_kind(data['dark'])}")
        kwargs["dark"] = data["dark"]
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ThemeFileError("variables must be a mapping of names to colours")
    kwargs["variables"] = {_variable_name(k): _variable(k, v) for k, v in variables.items()}
    theme = Theme(**kwargs)  # type: ignore[arg-type]
    try:
        theme.to_color_system().generate()
    except (ValueError, ArithmeticError) as error:
        raise ThemeFileError(f"Textual cannot compute its colours ({error})") from None
    return theme


def _name(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ThemeFileError("missing 'name'")
    name = value.strip()
    if safe_display(name) != name or len(name) > MAX_NAME_CHARS:
        raise ThemeFileError(f"name {safe_display(name)[:MAX_NAME_CHARS]!r} has control characters or is too long")
    return name


def _kind(value: object) -> str:
    """A short description of a bad value (its text, cut, only for a string or a number)."""
    if isinstance(value, (str, int, float)):
        return repr(safe_display(str(value))[:40])
    return f"a {type(value).__name__}"


def _color(key: str, value: object) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(f"{key}: {_kind(value)} is not a colour")
    text = value.strip()
    try:
        Color.parse(text)
    except ColorParseError:
        raise ThemeFileError(f"{key}: {_kind(text)} is not a colour") from None
    return text


def _fraction(key: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or not 0 <= value <= 1:
        raise ThemeFileError(f"{key} must be a number from 0 to 1, not {_kind(value)}")
    return float(value)


def _variable_name(key: object) -> str:
    if not isinstance(key, str) or not key or safe_display(key) != key or len(key) > MAX_NAME_CHARS:
        raise ThemeFileError(f"variables: {_kind(key)} is not a variable name")
    return key


def _variable(name: str, value: object) -> str:
    """``value`` checked as Textual will read it: a colour, unless Textual's own default for
    ``name`` is something else (a text style such as 'bold', 'auto 87%'), then of that kind."""
    prop = _property_of(name)
    if prop is None:
        return _color(f"variables.{name}", value)
    if not isinstance(value, str) or not _parses(prop, value.strip()):
        raise ThemeFileError(f"variables.{name}: {_kind(value)} is not a valid {prop} value")
    return value.strip()


@cache
def _textual_defaults() -> dict[str, str]:
    return Theme(name="defaults", primary="#0178d4").to_color_system().generate()


@cache
def _property_of(name: str) -> str | None:
    """The CSS property in which Textual's default for variable ``name`` is read, when that
    default is not a plain colour (None: a colour is expected)."""
    default = _textual_defaults().get(name)
    if default is None or name in THEME_VARIABLES_DARK:
        return None
    try:
        Color.parse(default)
        return None
    except ColorParseError:
        pass
    return next((p for p in ("color", "text-style") if _parses(p, default)), "color")


def _parses(prop: str, value: str) -> bool:
    """Whether Textual's CSS reads ``value``, set as a variable, in property ``prop``."""
    sheet = Stylesheet(variables={"value": value})
    sheet.add_source(f"Widget {{ {prop}: $value; }}", read_from=("theme", prop))
    try:
        sheet.parse()
    except (StylesheetParseError, TokenError):
        return False
    return True


def load_theme_file(path: Path) -> Theme:
    try:
        # A regular file within the limit: a FIFO named like a theme hung the start for ever,
        # and a link to /dev/zero (size 0) was read until memory ran out.
        raw = read_regular(path, MAX_THEME_BYTES).decode("utf-8")
    except FileTooLarge:
        raise ThemeFileError(f"over {MAX_THEME_BYTES // 1024} KB; a theme is a few lines") from None
    except UnreadableFile as error:
        raise ThemeFileError(str(error)) from None
    except UnicodeDecodeError:
        raise ThemeFileError("not UTF-8 text") from None
    try:
        data = safe_load(raw)
    except Exception as error:  # noqa: BLE001 - YAML errors, bad dates, deep nesting: all "not valid"
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
