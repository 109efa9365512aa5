"""Newsline's widgets: timeline, reader, actors sidebar, filter bar, title bar, loading panel."""

from tui.ui.widgets.actors import ActorFilterInput, ActorList, ActorsSidebar
from tui.ui.widgets.filter_bar import FilterBar
from tui.ui.widgets.loading import LoadingPanel
from tui.ui.widgets.reader import Reader
from tui.ui.widgets.timeline import Timeline
from tui.ui.widgets.title_bar import TitleBar

__all__ = ["ActorFilterInput", "ActorList", "ActorsSidebar", "FilterBar", "LoadingPanel", "Reader", "Timeline", "TitleBar"]
