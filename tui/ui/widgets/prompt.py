"""The prompt line under the filter bar: search the events, go to a date, or filter by dates.

Hidden until a key opens it in one of its modes; it posts what the user types (``Changed``, for
the live search), what they enter (``Submitted``) and that they left (``Closed``). The screen
decides what each means and may answer with ``show_error`` (a date it cannot read).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label

PromptMode = Literal["search", "date", "range"]

LABELS: dict[PromptMode, str] = {"search": "Search", "date": "Go to date", "range": "Dates"}
PLACEHOLDERS: dict[PromptMode, str] = {
    "search": 'words or "a phrase" (accents and case ignored)',
    "date": "2021-06, juin 2021, March 2025, 2014, 12 mars 2025",
    "range": "2021-06..2021-09, juin à septembre 2021, 2014.., ..2015",
}


class PromptInput(Input):
    """The prompt's input: escape closes it."""

    BINDINGS = [Binding("escape", "close", "Close", show=False, id="prompt.close", tooltip="close the prompt")]

    DEFAULT_CSS = """
    PromptInput, PromptInput:focus {
        border: none;
        height: 1;
        padding: 0;
        width: 1fr;
        background: $panel;
    }
    """

    def action_close(self) -> None:
        prompt = self.parent
        if isinstance(prompt, Prompt):
            prompt.close(cancelled=True)


class Prompt(Horizontal):
    """One line: the mode's label, an input, and a note (an error or a hint)."""

    DEFAULT_CSS = """
    Prompt {
        height: 1;
        display: none;
        background: $panel;
        &.-open { display: block; }
        & > Label { padding: 0 1; color: $accent; text-style: bold; }
        & > #prompt-note { color: $warning; width: auto; max-width: 50%; }
    }
    """

    @dataclass
    class Changed(Message):
        """The text changed (the search follows it as it is typed)."""

        mode: PromptMode
        value: str

    @dataclass
    class Submitted(Message):
        """Enter was pressed on ``value``."""

        mode: PromptMode
        value: str

    @dataclass
    class Closed(Message):
        """The prompt closed; ``cancelled`` when by escape."""

        mode: PromptMode
        cancelled: bool

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode: PromptMode = "search"

    def compose(self) -> ComposeResult:
        yield Label(LABELS["search"], id="prompt-label")
        yield PromptInput(id="prompt-input")
        yield Label("", id="prompt-note")

    @property
    def input(self) -> PromptInput:
        return self.query_one(PromptInput)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def open(self, mode: PromptMode, value: str = "") -> None:
        """Show the prompt in ``mode`` with ``value`` and give it the focus."""
        self.mode = mode
        self.query_one("#prompt-label", Label).update(LABELS[mode])
        self.show_error("")
        entry = self.input
        entry.placeholder = PLACEHOLDERS[mode]
        with entry.prevent(Input.Changed):
            entry.value = value
        entry.cursor_position = len(value)
        self.add_class("-open")
        entry.focus()

    def close(self, cancelled: bool = False) -> None:
        if self.is_open:
            self.remove_class("-open")
            self.post_message(self.Closed(self.mode, cancelled))

    def show_error(self, message: str) -> None:
        self.query_one("#prompt-note", Label).update(Text(message))  # it may quote what was typed: data, not markup

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.show_error("")
        self.post_message(self.Changed(self.mode, event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Submitted(self.mode, event.value))
