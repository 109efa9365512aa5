"""The user's settings (theme, ...), kept in the user config folder.

Whatever the settings file holds, reading it never raises anything but ``SettingsError``: a file
that cannot be used (not text, not YAML, not a mapping, huge, not a regular file) is reported and
left in place, and the defaults are used for this run; a value of the wrong kind is reported and
replaced by its default. Saving merges into the file as it is on disk at that moment: the user's
other keys, and their comments where the file allows a one-line edit, are kept; the previous file
is kept beside it as ``settings.yaml.bak``; a symlink is written through; the write is atomic.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

import yaml

from tui.util.atomic import write_atomically, write_with
from tui.util.files import NotRegularFile, read_user_file
from tui.util.yamldata import YAMLLimitError, safe_load

ENV_DIR = "NEWSLINE_CONFIG_DIR"
MAX_SETTINGS_BYTES = 64 * 1024  # a few lines are expected; more is not a settings file
MAX_VALUE_CHARS = 200


def config_dir() -> Path:
    """$NEWSLINE_CONFIG_DIR, else $XDG_CONFIG_HOME/newsline, else ~/.config/newsline."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsline"


@dataclass
class Settings:
    """What the settings file holds. ``theme`` is saved by the app (``t``); ``keys`` maps a key
    binding's id to the keys the user wants for it ("main.next_event: x" or "x,ctrl+n") and is
    only ever written by the user: saving leaves it as it is in the file."""

    theme: str = "newsline-dark"
    keys: dict[str, str] = field(default_factory=dict)


SAVED_FIELDS = ("theme",)  # what the app writes back; every other key stays as the user wrote it
MAX_KEYS = 500


class SettingsError(Exception):
    """The settings file cannot be used (nor written); the message names it and says why."""


def settings_path() -> Path:
    return config_dir() / "settings.yaml"


def backup_path(path: Path) -> Path:
    """Where the previous settings are kept when they are saved over: ``settings.yaml.bak``."""
    return path.with_name(path.name + ".bak")


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """The saved settings (defaults when there is no file), and what was wrong with their values.

    Raise ``SettingsError`` when the file cannot be used at all.
    """
    path = path or settings_path()
    raw = _read(path)
    if raw is None:
        return Settings(), []
    return _settings_from(_parse(raw, path), path)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Merge ``settings`` into the file (see the module's docstring).

    Raise ``SettingsError`` when the file on disk now cannot be used (it is left alone) and
    ``OSError`` when writing fails (the old file then stays, and so does its backup).
    """
    path = path or settings_path()
    try:
        target = path.resolve()  # a symlinked settings file is written through, not replaced
    except (OSError, RuntimeError) as error:  # a symlink loop (RuntimeError before 3.13)
        raise SettingsError(f"{path}: cannot follow the link ({error})") from error
    values = {name: getattr(settings, name) for name in SAVED_FIELDS}
    raw = _read(target)
    if raw is None:
        write_atomically(target, _dump(values))
        return
    data = _parse(raw, path)
    old_text = raw.decode("utf-8-sig")
    text = _merged(old_text, data, values)
    if text == old_text:
        return
    # The previous file first, with its own permissions: if keeping it fails, nothing is lost.
    mode = _permissions(target)
    write_with(backup_path(target), lambda stream: stream.write(raw), durable=True, mode=mode)
    write_atomically(target, text)


# -- reading ----------------------------------------------------------------------------------


def _read(path: Path) -> bytes | None:
    """The file's bytes; None when there is none. A FIFO or a device is refused without a read."""
    try:
        data = read_user_file(path, MAX_SETTINGS_BYTES)
    except NotRegularFile:
        raise SettingsError(f"{path}: settings must be a file; using defaults and leaving it alone") from None
    except OSError as error:
        raise SettingsError(f"{path}: cannot read settings ({error.strerror or error})") from error
    if data is not None and len(data) > MAX_SETTINGS_BYTES:
        raise SettingsError(
            f"{path}: settings file is over {MAX_SETTINGS_BYTES // 1024} KB; using defaults and leaving the file alone"
        )
    return data


def _parse(raw: bytes, path: Path) -> dict:
    """The file's top-level mapping ({} for an empty file)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: settings are not UTF-8 text; using defaults and leaving the file alone") from None
    try:
        data = safe_load(text)
    except YAMLLimitError as error:  # an alias bomb, say, is valid YAML: say what is refused
        raise SettingsError(f"{path}: settings refused ({error}); using defaults and leaving the file alone") from None
    except Exception as error:  # noqa: BLE001 - YAML errors, bad dates, deep nesting: all "broken"
        where = getattr(error, "problem_mark", None)
        line = f" (line {where.line + 1})" if where is not None else ""
        raise SettingsError(f"{path}: settings are not valid YAML{line}; using defaults and leaving the file alone") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: settings must be a mapping; using defaults and leaving the file alone")
    return data


def _settings_from(data: dict, path: Path) -> tuple[Settings, list[str]]:
    defaults = Settings()
    values: dict[str, object] = {}
    problems: list[str] = []
    for setting in fields(Settings):
        if setting.name not in data:
            continue
        value = data[setting.name]
        if setting.name == "keys":
            values["keys"] = _keymap(value, path, problems)
        elif isinstance(value, str) and value.strip() and len(value) <= MAX_VALUE_CHARS:
            values[setting.name] = value.strip()
        else:
            default = getattr(defaults, setting.name)
            problems.append(f"{path}: {setting.name} must be a name, not {_kind(value)}; using {default}")
    return Settings(**values), problems  # type: ignore[arg-type]


def _keymap(value: object, path: Path, problems: list[str]) -> dict[str, str]:
    """The ``keys:`` mapping: binding id → keys, each a short text; anything else is reported
    and left out (the binding keeps its default keys)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(f"{path}: keys must be a mapping of binding ids to keys, not {_kind(value)}; ignored")
        return {}
    keymap: dict[str, str] = {}
    for binding_id, keys in list(value.items())[:MAX_KEYS]:
        if not isinstance(binding_id, str) or len(binding_id) > MAX_VALUE_CHARS:
            problems.append(f"{path}: keys: a binding id must be a name, not {_kind(binding_id)}; ignored")
        elif not isinstance(keys, str) or not keys.strip() or len(keys) > MAX_VALUE_CHARS:
            problems.append(f"{path}: keys: {binding_id} must be keys such as \"x\" or \"x,ctrl+n\", not {_kind(keys)}; ignored")
        else:
            keymap[binding_id] = ",".join(key.strip() for key in keys.split(",") if key.strip())
    if len(value) > MAX_KEYS:
        problems.append(f"{path}: keys: more than {MAX_KEYS} entries; the rest ignored")
    return keymap


def _kind(value: object) -> str:
    """What ``value`` is, in a few words; never its text (which can be huge, or a YAML bomb)."""
    if value is None:
        return "empty"
    if isinstance(value, str):
        return "empty text" if not value.strip() else f"a text of {len(value)} characters"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, (list, set, tuple)):
        return "a list"
    return f"a {type(value).__name__}"


def _permissions(path: Path) -> int:
    return path.stat().st_mode & 0o777


# -- writing ----------------------------------------------------------------------------------


def _dump(values: dict) -> str:
    return yaml.safe_dump(values, allow_unicode=True, sort_keys=False, default_flow_style=False)


def _merged(text: str, data: dict, values: dict) -> str:
    """``text`` with ``values`` set: each changed key's line rewritten (or a line appended), else
    a full dump of the merged mapping when the file's layout does not allow that."""
    changed = {k: v for k, v in values.items() if k not in data or data[k] != v}
    if not changed:
        return text
    edited = text
    for key, value in changed.items():
        edited = _with_line(edited, key, value)
        if edited is None:
            break
    if edited is not None and _parses_as(edited, data, changed):
        return edited
    try:
        return _dump({**data, **changed})  # the layout and comments are lost, every value kept
    except yaml.YAMLError as error:  # (safe_load's types all dump; a guard, not an expected path)
        raise SettingsError(f"settings cannot be rewritten keeping their values ({error}); left alone") from error


# A top-level `key: value  # comment` line whose value is a bare name or a one-line quoted one.
_LINE = r"^{key}[ \t]*:(?P<value>[ \t]*(?:[A-Za-z0-9_.-]*|\"[^\"\\\n]*\"|'[^'\n]*'))(?:[ \t]+#[^\n]*)?[ \t]*\r?$"


def _with_line(text: str, key: str, value: str) -> str | None:
    """``text`` with ``key``'s one line rewritten, or ``key: value`` appended; None when the key
    is not on one simple line of its own."""
    line = f"{key}: {_scalar(value)}"
    matches = list(re.finditer(_LINE.format(key=re.escape(key)), text, re.MULTILINE))
    if len(matches) == 1:
        match = matches[0]
        return text[: match.start()] + line + text[match.end("value") :]
    if matches or re.search(rf"^[\"']?{re.escape(key)}[\"']?[ \t]*:", text, re.MULTILINE):
        return None  # the key twice, or written in a way one line cannot hold
    newline = "\r\n" if "\r\n" in text else "\n"
    if text and not text.endswith("\n"):
        text += newline
    return text + line + newline


def _scalar(value: str) -> str:
    """``value`` as a YAML scalar: bare when it reads back as itself, else JSON-quoted (which
    YAML reads as a double-quoted scalar)."""
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9_.-]*", value) and safe_load(value) == value:
        return value
    return json.dumps(value)


_SCALARS = (str, int, float, bool, dt.date, type(None))


def _parses_as(text: str, data: dict, changed: dict) -> bool:
    """Whether ``text`` reads as ``data`` with ``changed`` set. Containers are compared by type
    only: comparing nested values could take exponential time on a file of aliases (a YAML bomb),
    and a one-line edit of a top-level key cannot reach into them anyway."""
    try:
        new = safe_load(text)
    except Exception:  # noqa: BLE001 - any failure means the edit is not used
        return False
    if not isinstance(new, dict) or set(new) != set(data) | set(changed):
        return False
    for key, value in new.items():
        expected = changed[key] if key in changed else data[key]
        if type(value) is not type(expected):
            return False
        if isinstance(value, _SCALARS) and value != expected:
            return False
    return True
