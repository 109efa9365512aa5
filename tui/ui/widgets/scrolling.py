"""Virtual sizes of the line-API widgets, set without laying the whole screen out again."""

from __future__ import annotations

from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


def set_virtual_height(widget: ScrollView, height: int) -> None:
    """Make ``widget`` ``height`` lines tall (as wide as its content region).

    Assigning ``virtual_size`` lays out the whole screen again, so every pane repaints: ~25 ms of
    an actor toggle or of a step to another article at 160x50. When only the height changes and
    the vertical scrollbar neither appears nor goes, the widget and its scrollbar's thumb are
    all that need repainting.
    """
    size = Size(widget.scrollable_content_region.width, height)
    old = widget.virtual_size
    if size == old:
        return
    window = widget.scrollable_content_region.height
    if old.width != size.width or (old.height > window) != (size.height > window) or not widget.size:
        widget.virtual_size = size  # a scrollbar comes or goes: the layout changes
        return
    widget.set_reactive(Widget.virtual_size, size)
    if widget.show_vertical_scrollbar:
        widget.vertical_scrollbar.window_virtual_size = size.height
    widget.refresh()
