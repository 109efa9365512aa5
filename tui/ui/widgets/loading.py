"""The loading panel shown while the store is built: "Reading 12/40 articles" and a bar."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, ProgressBar


class LoadingPanel(Vertical):
    """A message and a progress bar, updated from the loading worker's progress callback."""

    DEFAULT_CSS = """
    LoadingPanel {
        height: auto;
        width: 100%;
        padding: 1 2;
        align-horizontal: center;
        & > Label { width: 100%; content-align: center middle; color: $foreground 70%; }
        & > ProgressBar { width: auto; margin-top: 1; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Label("Loading…", id="loading-message", markup=False)
        yield ProgressBar(total=None, show_eta=False, id="loading-bar")

    def progress(self, done: int, total: int) -> None:
        self.query_one(Label).update(f"Reading {done}/{total} articles…")
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=done)

    def message(self, text: str) -> None:
        self.query_one(Label).update(text)
