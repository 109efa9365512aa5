"""What the line-API widgets (timeline, reader, actor list) share: their virtual height set
without laying the whole screen out again, and their styles looked up once per style change."""

from __future__ import annotations

from rich.style import Style
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


class CachedStyles(Widget):
    """A widget whose ``render_line`` asks for its styles through ``line_style``.

    Working a style out walks the CSS and blends the ancestors' backgrounds (~0.1 ms); a repaint
    asks ~50 lines for a few styles each. The cache empties whenever the widget's styles are
    applied again (a theme, or a pseudo-class such as :focus coming or going).
    """

    _line_styles: dict[str, Style] | None = None

    def line_style(self, component: str = "") -> Style:
        """The rich style of ``component`` (a component class), or of the widget itself."""
        cache = self._line_styles
        if cache is None:
            cache = self._line_styles = {}
        found = cache.get(component)
        if found is None:
            found = cache[component] = self.get_component_rich_style(component) if component else self.rich_style
        return found

    def notify_style_update(self) -> None:
        self._line_styles = None
        super().notify_style_update()
