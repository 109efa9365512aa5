"""The one-line title: "Newsline — N articles · M events"."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static


class TitleBar(Static):
    """The app's title line, with the size of the corpus once it is loaded."""

    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        height: 1;
        width: 100%;
        padding: 0 1;
        background: $primary;
        color: $text;
        text-style: bold;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("Newsline", id=id, markup=False)

    def show_counts(self, articles: int, events: int) -> None:
        text = Text("Newsline", style="bold", no_wrap=True, overflow="ellipsis", end="")
        text.append(f" — {articles} article{'s' if articles != 1 else ''} · {events} event{'s' if events != 1 else ''}", style="not bold")
        self.update(text)

    def show_status(self, status: str) -> None:
        text = Text("Newsline", style="bold", no_wrap=True, overflow="ellipsis", end="")
        text.append(f" — {status}", style="not bold")
        self.update(text)
