"""Key bindings as the user has them: the ``keys:`` keymap of the settings, and the help lists
generated from the bindings themselves (each Binding's ``tooltip`` is its help line).

Every binding of the reader has an id ("main.next_event"); a user remaps it in settings.yaml::

    keys:
      main.next_event: x          # one key
      main.previous_event: z,ctrl+p   # several, comma-separated

Textual applies the keymap (``App.set_keymap``); the footer then shows the user's keys, and so
does the help screen, which lists every binding with its id.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from textual.app import App
from textual.binding import Binding

MOUSE_HELP = "Mouse: a click selects an event, toggles an actor or a kind, and scrolls the reader."


class HelpRow(NamedTuple):
    """One line of the help: the keys as the user has them, what they do, the binding's id."""

    keys: str
    description: str
    binding_id: str


def sections() -> list[tuple[str, list[Binding]]]:
    """The bindings of every screen and widget, grouped as the help shows them."""
    # Imported here: the screens import the help screen, which imports this module.
    from tui.ui.app import NewslineApp
    from tui.ui.screens.actor_details import ActorDetailsScreen, DetailRow
    from tui.ui.screens.export import ExportScreen
    from tui.ui.screens.help import HelpScreen
    from tui.ui.screens.main import MainScreen
    from tui.ui.screens.note import NoteScreen
    from tui.ui.screens.problems import ProblemsScreen
    from tui.ui.widgets.actors import ActorFilterInput, ActorList
    from tui.ui.widgets.kinds import KindList
    from tui.ui.widgets.prompt import PromptInput
    from tui.ui.widgets.reader import Reader
    from tui.ui.widgets.timeline import Timeline

    groups: list[tuple[str, Iterable[type]]] = [
        ("Main screen (from any pane)", [MainScreen]),
        ("Timeline", [Timeline]),
        ("Actors", [ActorFilterInput, ActorList]),
        ("Kinds", [KindList]),
        ("Search and dates prompt", [PromptInput]),
        ("Reader", [Reader]),
        ("Actor details", [ActorDetailsScreen, DetailRow]),
        ("Problems, help, export", [ProblemsScreen, HelpScreen, ExportScreen]),
        ("Note", [NoteScreen]),
        ("Everywhere", [NewslineApp]),
    ]
    return [(title, [b for cls in classes for b in _bindings(cls)]) for title, classes in groups]


def _bindings(cls: type) -> list[Binding]:
    return [b for b in cls.__dict__.get("BINDINGS", []) if isinstance(b, Binding)]


def binding_ids() -> frozenset[str]:
    """Every binding id a keymap may name."""
    return frozenset(b.id for _, bindings in sections() for b in bindings if b.id)


def checked_keymap(keymap: Mapping[str, str]) -> tuple[dict[str, str], list[str]]:
    """The entries of ``keymap`` naming a binding, and a message for each that names none."""
    if not keymap:
        return {}, []  # no keys: nothing to check, no screen module to import at start-up
    known = binding_ids()
    usable = {binding_id: keys for binding_id, keys in keymap.items() if binding_id in known}
    problems = [
        f"keys: no key binding has the id {binding_id!r}; the help screen (?) lists them"
        for binding_id in keymap
        if binding_id not in known
    ]
    return usable, problems


def help_rows(app: App, bindings: Iterable[Binding], keymap: Mapping[str, str]) -> list[HelpRow]:
    """The help's lines for ``bindings``, with the keys the user chose where the keymap says."""
    rows = []
    for binding in bindings:
        keys = keymap.get(binding.id or "", binding.key)
        shown = " / ".join(app.get_key_display(_with_key(binding, key.strip(), binding.key != keys)) for key in keys.split(","))
        rows.append(HelpRow(shown, binding.tooltip or binding.description, binding.id or ""))
    return rows


def _with_key(binding: Binding, key: str, remapped: bool) -> Binding:
    # A remapped key must not show the default's key_display ("?" for question_mark).
    return dataclasses.replace(binding, key=key, key_display=None if remapped else binding.key_display)
