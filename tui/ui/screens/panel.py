"""The look shared by Newsline's modal screens: a bordered, scrollable panel over a dimmed reader."""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen

ResultT = TypeVar("ResultT")


class PanelScreen(ModalScreen[ResultT]):
    """A modal screen whose content is one VerticalScroll panel, centred.

    Subclasses set only what differs (width, border colour) in their own DEFAULT_CSS.
    """

    DEFAULT_CSS = """
    PanelScreen {
        align: center middle;
        background: $background 60%;
        & > VerticalScroll {
            width: 84;
            max-width: 100%;
            height: auto;
            max-height: 100%;
            border: round $primary;
            border-title-color: $accent;
            border-title-style: bold;
            border-subtitle-color: $foreground 60%;
            background: $surface;
            padding: 0 1;
            scrollbar-size-vertical: 1;
        }
    }
    """
