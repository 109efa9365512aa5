"""The one-line filter bar: how many events pass, the active filters, and how to clear them."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from tui.textutil import strip_controls


class FilterBar(Widget):
    """One line: "N of M events · Actor A + Actor B · esc clears" (names cut to fit)."""

    DEFAULT_CSS = """
    FilterBar {
        height: 1;
        width: 100%;
        padding: 0 1;
        background: $panel;
        color: $foreground;
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.actor_names: tuple[str, ...] = ()
        self.shown = 0
        self.total = 0
        self._message: str | None = "Loading…"

    def show_filters(self, actor_names: Sequence[str], shown: int, total: int) -> None:
        """Update with the selected actors' names and the event counts."""
        self.actor_names, self.shown, self.total = tuple(actor_names), shown, total
        self._message = None
        self.refresh()

    def show_message(self, message: str) -> None:
        self._message = message
        self.refresh()

    def summary(self, width: int = 1000) -> Text:
        """The bar's text for ``width`` cells."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if self._message is not None:
            text.append(self._message, style="italic")
            return text
        if not self.actor_names:
            text.append(f"All {self.total} events" if self.total != 1 else "1 event", style="bold")
            text.append("  ·  space on an actor filters", style="dim")
            return text
        counts = f"{self.shown} of {self.total} events"
        hint = "  ·  esc clears"
        names = " + ".join(strip_controls(n) for n in self.actor_names)
        room = width - cell_len(counts) - cell_len(hint) - 5
        if cell_len(names) > room:
            cut = Text(names)
            cut.truncate(max(room, 1), overflow="ellipsis")
            names = cut.plain
        text.append(counts, style="bold")
        if room > 0:
            text.append("  ·  ")
            text.append(names, style="bold italic")
        text.append(hint, style="dim")
        return text

    def render(self) -> Text:
        return self.summary(self.content_region.width or 1000)
