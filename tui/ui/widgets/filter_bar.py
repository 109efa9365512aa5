"""The one-line filter bar: how many events pass, the active filters, and how to clear them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from tui.store import Query
from tui.util.safe import safe_display

SEPARATOR = "  ·  "
CLEAR_HINT = "esc clears"


def _search_words(query: Query) -> str:
    """The starred filter, search and date range of ``query`` as the bar says them ("" when there are none)."""
    parts = ["starred"] if query.starred is not None else []
    if query.text:
        parts.append(f"search: {safe_display(query.text)}")
    if query.date_from or query.date_to:
        first = query.date_from.isoformat() if query.date_from else "…"
        last = query.date_to.isoformat() if query.date_to else "…"
        parts.append(first if first == last else f"{first} → {last}")
    return SEPARATOR.join(parts)


class FilterBar(Widget):
    """One line: "12 of 40 events · any of: Russie, CIA · +members · esc clears" (names cut to fit).

    It shows the main screen's filter (a ``Query``, given with ``show_query``) and never changes
    it: "any of" / "all of" is the match mode (``a`` toggles it), "+members" says that countries
    and organisations also stand for their members (``m``). A click on "esc clears" posts
    ``FilterBar.ClearRequested``; the screen clears its filter.
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

    @dataclass
    class ClearRequested(Message):
        """The user asked, from the bar, to clear the filters."""

        filter_bar: FilterBar

        @property
        def control(self) -> FilterBar:
            return self.filter_bar

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.filter = Query()  # the main screen's filter, as last shown (never changed here)
        self.actor_names: tuple[str, ...] = ()
        self.shown = 0
        self.total = 0
        self._message: str | None = "Loading…"

    def show_query(self, query: Query, actor_names: Sequence[str], shown: int, total: int) -> None:
        """Show ``query`` (its actors named ``actor_names``, in order) passing ``shown`` of ``total`` events."""
        self.filter, self.actor_names = query, tuple(actor_names)
        self.shown, self.total = shown, total
        self._message = None
        self.refresh()

    def show_message(self, message: str) -> None:
        self._message = message
        self.refresh()

    @property
    def mode_label(self) -> str:
        return "all of" if self.filter.match_all else "any of"

    def summary(self, width: int = 1000) -> Text:
        """The bar's text for ``width`` cells."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        query = self.filter
        if self._message is not None:
            text.append(self._message, style="italic")
            return text
        searched = _search_words(query)
        if not self.actor_names and not query.kinds and not searched:
            text.append(f"All {self.total} events" if self.total != 1 else "1 event", style="bold")
            modes = [m for m, on in (("all of", query.match_all), ("+members", query.include_members)) if on]
            if modes:
                text.append(SEPARATOR + " ".join(modes), style="italic")
            text.append(SEPARATOR + "space on a kind or an actor filters", style="dim")
            return text
        counts = f"{self.shown} of {self.total} events"
        members = f"{SEPARATOR}+members" if query.include_members else ""
        hint = f"{SEPARATOR}{CLEAR_HINT}"
        mode = f"{self.mode_label}: " if self.actor_names else ""
        kinds = f"{SEPARATOR if self.actor_names else ''}kinds: {', '.join(sorted(query.kinds))}" if query.kinds else ""
        if searched:
            kinds += (SEPARATOR if self.actor_names or query.kinds else "") + searched
        names = ", ".join(safe_display(n) for n in self.actor_names)
        room = width - cell_len(counts) - len(SEPARATOR) - cell_len(mode) - cell_len(members) - cell_len(hint) - cell_len(kinds)
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
        if kinds:
            text.append(kinds, style="bold")
        if members:
            text.append(members, style="italic")
        text.append(hint, style="dim")
        return text

    def render(self) -> Text:
        return self.summary(self.content_region.width or 1000)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self._message is not None or not (self.actor_names or self.filter.kinds or _search_words(self.filter)):
            return
        plain = self.summary(self.content_region.width or 1000).plain
        if not plain.endswith(CLEAR_HINT):
            return  # a narrow bar drops the hint
        end = cell_len(plain)
        if end - cell_len(CLEAR_HINT) <= offset.x < end:
            self.post_message(self.ClearRequested(self))
