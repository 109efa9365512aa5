"""The user's settings (theme, ...), kept in the user config folder and written atomically.

A settings file the user broke by hand is never overwritten silently: it is reported and left in
place, and the defaults are used for this run.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import yaml

from tui.util.atomic import write_atomically
from tui.util.yamldata import safe_load

ENV_DIR = "NEWSLINE_CONFIG_DIR"


def config_dir() -> Path:
    """$NEWSLINE_CONFIG_DIR, else $XDG_CONFIG_HOME/newsline, else ~/.config/newsline."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "newsline"


@dataclass
class Settings:
    theme: str = "newsline-dark"


class SettingsError(Exception):
    pass


def settings_path() -> Path:
    return config_dir() / "settings.yaml"


def load_settings(path: Path | None = None) -> Settings:
    """The saved settings; defaults when there is no file. Raise SettingsError if it is unreadable."""
    path = path or settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as error:
        raise SettingsError(f"{path}: cannot read settings ({error.strerror})") from error
    try:
        data = safe_load(raw) or {}
    except yaml.YAMLError as error:
        raise SettingsError(f"{path}: settings are not valid YAML; using defaults and leaving the file alone") from error
    if not isinstance(data, dict):
        raise SettingsError(f"{path}: settings must be a mapping; using defaults and leaving the file alone")
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: str(v) for k, v in data.items() if k in known})


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the old file, never a truncated one."""
    write_atomically(path or settings_path(), yaml.safe_dump(asdict(settings), allow_unicode=True, sort_keys=True))
