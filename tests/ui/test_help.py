"""The help screen lists every key the reader binds (it is written by hand, for its wording)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

from textual.binding import Binding

import tui.ui
from tui.ui.screens.help import KEYS

# How the help writes Textual's key names.
SHOWN = {
    "down": "↓",
    "up": "↑",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "home": "Home",
    "end": "End",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "question_mark": "?",
    "slash": "/",
    "space": "Space",
    "enter": "Enter",
    "escape": "Esc",
    "tab": "Tab",
    "shift+tab": "Shift+Tab",
    "backspace": "Backspace",
}


def bound_keys() -> dict[str, set[str]]:
    """Every key bound by a class of tui.ui, with the classes binding it."""
    keys: dict[str, set[str]] = {}
    for info in pkgutil.walk_packages(tui.ui.__path__, "tui.ui."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for binding in cls.__dict__.get("BINDINGS", ()):
                if isinstance(binding, Binding):
                    for key in binding.key.split(","):
                        keys.setdefault(key.strip(), set()).add(cls.__name__)
    return keys


def help_keys() -> set[str]:
    shown: set[str] = set()
    for _, rows in KEYS:
        for key, _ in rows:
            shown.add(key)
            shown.update(re.split(r" / |, ", key))
    return shown


def test_every_bound_key_is_in_the_help():
    keys = bound_keys()
    assert {"j", "slash", "enter", "backspace", "question_mark"} <= set(keys)  # the walk finds them
    shown = help_keys()
    missing = {key: sorted(classes) for key, classes in keys.items() if SHOWN.get(key, key) not in shown}
    assert not missing
