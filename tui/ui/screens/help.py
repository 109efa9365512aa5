"""The help screen: every key of the reader, grouped by where it works."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.ui.screens.panel import PanelScreen

KEYS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Timeline",
        [
            ("j / ↓", "next event"),
            ("k / ↑", "previous event"),
            ("g / Home", "first event"),
            ("G / End", "last event"),
            ("PgDn / PgUp", "page down / up"),
            ("] / [", "first event of the next / previous year"),
            ("n / p", "next / previous event of the same article"),
            ("click", "select an event"),
        ],
    ),
    (
        "Actors",
        [
            ("/", "filter the actor list (accents and case ignored)"),
            ("↓ / Enter", "from the filter into the list"),
            ("Space", "select or deselect an actor (the timeline follows)"),
            ("Enter", "actor details: affiliations, roles, events, co-actors"),
            ("o", "sort each kind by count (under the filter) or by name"),
            ("a", "events naming any / all of the selected actors"),
            ("m", "countries, organisations include members (SVR: Russie)"),
            ("click", "select or deselect an actor"),
            ("Esc", "clear the selected actors and the actor search"),
            ("s", "show or hide the sidebar"),
        ],
    ),
    (
        "Reader",
        [
            ("↓ / ↑", "scroll the article"),
            ("PgDn / Space, PgUp", "page down / up"),
            ("c", "centre the event's sentence"),
            ("v / V", "next / previous sentence telling the event (other articles too)"),
            ("w / b", "next / previous actor mention (also from the timeline)"),
            ("f / Enter", "filter the timeline by the mention's actor too"),
        ],
    ),
    (
        "Actor details",
        [
            ("f", "filter the timeline by this actor"),
            ("g / G", "go to its first / last event"),
            ("↓ / ↑, Enter", "pick an event or a co-actor (its details)"),
            ("Backspace", "back to the actor before"),
            ("Esc", "close"),
        ],
    ),
    (
        "Everywhere",
        [
            ("Tab / Shift+Tab", "next / previous pane"),
            ("t", "next theme (saved for next time)"),
            ("Ctrl+P", "command palette: filter by actor, actor details, theme"),
            ("e", "problems: files skipped or with warnings"),
            ("?", "this help"),
            ("q", "quit"),
        ],
    ),
]


class HelpScreen(PanelScreen[None]):
    """Every key binding of the reader; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close"),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for n, (section, keys) in enumerate(KEYS):
            if n:
                table.add_row("", "")
            table.add_row(Text(section, style="underline"), "")
            for key, description in keys:
                table.add_row(Text(key), Text(description))
        scroll = VerticalScroll(Static(table, markup=False))
        scroll.border_title = "Newsline keys"
        scroll.border_subtitle = "esc closes"
        yield scroll

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
