"""The line above the reader that shows the selected event's star and note (hidden without)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.bookmarks import Bookmark
from tui.util.safe import safe_display

STAR = "★"
NOTE = "✎"


def note_text(bookmark: Bookmark | None) -> Text | None:
    """"★ starred · ✎ the note" as plain text (the note is the user's, never markup); None when
    the event has neither a star nor a note."""
    if bookmark is None or bookmark.is_empty:
        return None
    text = Text(no_wrap=False, end="")
    if bookmark.starred:
        text.append(f"{STAR} starred", style="bold")
    if bookmark.note:
        if bookmark.starred:
            text.append("  ·  ", style="dim")
        text.append(f"{NOTE} ", style="bold")
        text.append(safe_display(" ⏎ ".join(line.strip() for line in bookmark.note.splitlines() if line.strip())), style="italic")
    return text


class NoteLine(Static):
    """The selected event's star and note, at most two lines; hidden when it has neither."""

    DEFAULT_CSS = """
    NoteLine {
        display: none;
        height: auto;
        max-height: 2;
        padding: 0 1;
        background: $panel;
        color: $warning;
        text-overflow: ellipsis;
    }
    NoteLine.-shown { display: block; }
    """

    def show_bookmark(self, bookmark: Bookmark | None) -> None:
        text = note_text(bookmark)
        self.set_class(text is not None, "-shown")
        self.update(text or "")
