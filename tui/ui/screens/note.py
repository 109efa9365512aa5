"""The note of an event: a small modal with a text area; ctrl+s keeps it, escape leaves it as it
was, and an empty note removes it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static, TextArea

from tui.bookmarks import MAX_NOTE_CHARS
from tui.ui.screens.panel import PanelScreen
from tui.util.safe import safe_display


class NoteScreen(PanelScreen[str | None]):
    """Edits the note of one event; dismissed with the note (maybe "") or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save note", id="note.save", tooltip="keep the note (an empty note removes it)"),
        Binding("escape", "cancel", "Cancel", id="note.cancel", tooltip="close the note without changing it"),
    ]
    AUTO_FOCUS = "#note-text"

    DEFAULT_CSS = """
    NoteScreen > VerticalScroll {
        width: 72;
        & > #note-event { color: $foreground 70%; margin: 0 0 1 0; }
        & > TextArea { height: 8; }
    }
    """

    def __init__(self, headline: str, note: str) -> None:
        super().__init__()
        self.headline = headline
        self.note = note

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll()
        scroll.border_title = "Note"
        scroll.border_subtitle = "ctrl+s keeps it · esc cancels · empty removes it"
        with scroll:
            yield Static(safe_display(self.headline), id="note-event", markup=False)
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip()[:MAX_NOTE_CHARS])

    def action_cancel(self) -> None:
        self.dismiss(None)
