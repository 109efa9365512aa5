"""What the line-API widgets (timeline, reader, actor list) share: their virtual height set
without laying the whole screen out again, and their styles looked up once per style change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.widget import Widget


__all__ = ["CachedStyles", "set_virtual_height"]


def set_virtual_height(widget: ScrollView, height: int) -> None:
    """Make ``widget`` ``height`` lines tall (as wide as its content region).

    Assigning ``virtual_size`` lays out the whole screen again, so every pane repaints: ~25 ms of
    an actor toggle or of a step to another article at 160x50. When only the height changes and
    the vertical scrollbar neither appears nor goes, the widget and its scrollbar's thumb are
    all that need repainting, and the scroll position is clamped here (a layout would have done
    it). For widgets that never scroll sideways (``overflow-x: hidden``), as these three.
    """
    size = Size(widget.scrollable_content_region.width, height)
    old = widget.virtual_size
    if size == old:
        return
    window = widget.scrollable_content_region.height
    if not widget.size or old.width != size.width or (size.height > window) != widget.show_vertical_scrollbar:
        widget.virtual_size = size  # a scrollbar comes or goes: the layout changes
        return
    widget.set_reactive(Widget.virtual_size, size)
    if widget.show_vertical_scrollbar:
        widget.vertical_scrollbar.window_virtual_size = size.height
    bottom = max(0, size.height - window)
    if widget.scroll_y > bottom or widget.scroll_target_y > bottom:
        widget.scroll_to(y=min(widget.scroll_y, bottom), animate=False, immediate=True)
    widget.refresh()


class CachedStyles:
    """A mixin for line-API widgets (listed before their Textual base, and not a Widget itself,
    so that the base's default CSS still applies): ``render_line`` asks for its styles through
    ``line_style``.

    Working a style out walks the CSS and blends the ancestors' backgrounds (~0.1 ms); a repaint
    asks ~50 lines for a few styles each. The cache empties whenever the widget's styles are
    applied again: a theme, or a pseudo-class such as :focus coming or going. A change that does
    not go through the widget's own styles (an animated transition, an ancestor's background set
    from code) would need ``notify_style_update`` called by hand; none happens in Newsline.
    """

    _line_styles: dict[str, Style] | None = None

    if TYPE_CHECKING:  # provided by the Widget this is mixed into

        @property
        def rich_style(self) -> Style: ...

        def get_component_rich_style(self, *names: str, partial: bool = False) -> Style: ...

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
        super().notify_style_update()  # type: ignore[misc]

