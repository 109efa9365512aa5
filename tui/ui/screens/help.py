"""The help screen: every key binding of the reader, grouped by where it works, generated from
the bindings themselves with the keys the user chose (``keys:`` in settings.yaml) and each
binding's id (what ``keys:`` names)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.ui.screens.panel import PanelScreen

class HelpScreen(PanelScreen[None]):
    """Every key binding of the reader; escape, q or ? closes it."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help", id="help.close", tooltip="close the help"),
    ]

    def compose(self) -> ComposeResult:
        from tui.ui.keys import MOUSE_HELP, help_rows, sections  # keys imports this screen

        keymap = getattr(self.app, "user_keymap", {})
        grouped = [(section, help_rows(self.app, bindings, keymap)) for section, bindings in sections()]
        key_width = max(len(row.keys) for _, rows in grouped for row in rows)
        parts: list[RenderableType] = []
        for section, rows in grouped:
            table = Table.grid(padding=(0, 2), expand=True)
            table.add_column(style="bold", no_wrap=True, min_width=key_width)
            table.add_column(ratio=1)
            table.add_column(style="dim", no_wrap=True)
            for row in rows:
                table.add_row(Text(row.keys), Text(row.description), Text(row.binding_id))
            parts += [Text(section, style="underline"), table, Text("")]
        parts.append(Text(MOUSE_HELP))
        table = Group(*parts)
        scroll = VerticalScroll(Static(table, markup=False))
        scroll.border_title = "Newsline keys"
        scroll.border_subtitle = "esc closes"
        yield scroll

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
