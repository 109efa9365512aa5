"""Text fitted to a number of terminal cells."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from tui.util.text import one_line


def fit(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` cells, with an ellipsis when it was cut."""
    if width <= 0:
        return ""
    text = one_line(text)
    if cell_len(text) <= width:
        return text
    cut = Text(text)
    cut.truncate(width, overflow="ellipsis")
    return cut.plain
