"""The one-line filter bar: how many events pass, the active filters, and how to clear them."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.widget import Widget

from tui.util.safe import safe_display

SEPARATOR = "  ·  "


class FilterBar(Widget):
    """One line: "12 of 40 events · any of: Russie, CIA · +members · esc clears" (names cut to fit).

    "any of" / "all of" is the match mode (``a`` toggles it), "+members" says that countries and
    organisations also stand for their members (``m``).
    """

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
        self.match_all = False
        self.include_members = False
        self._message: str | None = "Loading…"

    def show_filters(
        self,
        actor_names: Sequence[str],
        shown: int,
        total: int,
        *,
        match_all: bool = False,
        include_members: bool = False,
    ) -> None:
        """Update with the selected actors' names, the event counts and the match modes."""
        self.actor_names, self.shown, self.total = tuple(actor_names), shown, total
        self.match_all, self.include_members = match_all, include_members
        self._message = None
        self.refresh()

    def show_message(self, message: str) -> None:
        self._message = message
        self.refresh()

    @property
    def mode_label(self) -> str:
        return "all of" if self.match_all else "any of"

    def summary(self, width: int = 1000) -> Text:
        """The bar's text for ``width`` cells."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        if self._message is not None:
            text.append(self._message, style="italic")
            return text
        if not self.actor_names:
            text.append(f"All {self.total} events" if self.total != 1 else "1 event", style="bold")
            modes = [m for m, on in (("all of", self.match_all), ("+members", self.include_members)) if on]
            if modes:
                text.append(SEPARATOR + " ".join(modes), style="italic")
            text.append(SEPARATOR + "space on an actor filters", style="dim")
            return text
        counts = f"{self.shown} of {self.total} events"
        members = f"{SEPARATOR}+members" if self.include_members else ""
        hint = f"{SEPARATOR}esc clears"
        mode = f"{self.mode_label}: "
        names = ", ".join(safe_display(n) for n in self.actor_names)
        room = width - cell_len(counts) - len(SEPARATOR) - cell_len(mode) - cell_len(members) - cell_len(hint)
        if room < 8 and hint:  # a narrow bar drops the hint before the names
            room += cell_len(hint)
            hint = ""
        if cell_len(names) > room:
            cut = Text(names)
            cut.truncate(max(room, 1), overflow="ellipsis")
            names = cut.plain
        text.append(counts, style="bold")
        text.append(SEPARATOR)
        text.append(mode, style="dim" if len(self.actor_names) < 2 else "")
        text.append(names, style="bold italic")
        if members:
            text.append(members, style="italic")
        text.append(hint, style="dim")
        return text

    def render(self) -> Text:
        return self.summary(self.content_region.width or 1000)
