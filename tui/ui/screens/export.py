"""Exporting the filtered timeline from the reader: a small modal asks for the file (its suffix
chooses the format, as `newsline export -o FILE` does), then a thread writes it atomically and a
notification says where it went, or why it could not."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.bookmarks import Bookmark
from tui.export import FORMAT_NAMES, NO_BOOKMARKS, format_for, left_out, render
from tui.store import Query, Store
from tui.ui.screens.panel import PanelScreen
from tui.util.atomic import write_atomically
from tui.util.safe import safe_display

DEFAULT_NAME = "timeline"
SUFFIXES = ".json .csv .md .timelinejs.json (TimelineJS) .ics (iCalendar)"


def default_export_path(folder: Path) -> Path:
    """A file in ``folder`` that does not exist yet: timeline.json, else timeline-2.json, ..."""
    path, n = folder / f"{DEFAULT_NAME}.json", 1
    while path.exists():
        n += 1
        path = folder / f"{DEFAULT_NAME}-{n}.json"
    return path


def format_of(path: str | Path) -> str:
    """The format written to ``path``: its suffix's, else JSON (as the command line)."""
    return format_for(path) or "json"


def format_note(value: str) -> str:
    """What the modal says a path will get: "TimelineJS (from its suffix)", "JSON (the default)"."""
    fmt = format_for(value)
    if fmt is None:
        return f"JSON (no suffix of a format: {SUFFIXES})"
    note = " — only the events dated to a day" if fmt == "ics" else ""
    return f"{FORMAT_NAMES[fmt]} (from its suffix){note}"


def export_to(store: Store, ids: Sequence[int], path: Path, bookmarks: Mapping[int, Bookmark] = NO_BOOKMARKS,
              query: Query | None = None) -> tuple[str, bool]:
    """Write events ``ids`` to ``path`` (atomically, in the format of its suffix, with the user's
    stars and notes; ``query``: the filter that chose them); the sentence saying where, or why
    not, and whether it was written."""
    fmt = format_of(path)
    try:
        write_atomically(path, render(store, ids, fmt, bookmarks=bookmarks, query=query))
    except OSError as error:
        return safe_display(f"Could not write {path}: {error.strerror or error}"), False
    skipped = left_out(store, ids, fmt)
    written = len(ids) - skipped
    note = f"; {skipped} not dated to a day left out" if skipped else ""
    noun = "event" if written == 1 else "events"
    return safe_display(f"Wrote {written} {noun} to {path} ({FORMAT_NAMES[fmt]}{note})"), True


def export_filtered(screen: Screen, store: Store, ids: Sequence[int], path: Path | None, *,
                    bookmarks: Mapping[int, Bookmark] = NO_BOOKMARKS, query: Query | None = None) -> None:
    """Write the events in a thread (a 100k-event timeline takes seconds), then notify."""
    if path is None:
        return
    app = screen.app

    def write() -> None:
        message, written = export_to(store, ids, path, bookmarks, query)
        app.call_from_thread(app.notify, message, title="Export", severity="information" if written else "error",
                             timeout=6 if written else 10, markup=False)

    screen.run_worker(write, thread=True, group="export", exit_on_error=False)


class ExportScreen(PanelScreen[Path | None]):
    """Asks for the file to write the filtered timeline to; enter writes, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel", id="export.cancel", tooltip="close the export without writing")]
    AUTO_FOCUS = "#export-path"

    DEFAULT_CSS = """
    ExportScreen > VerticalScroll {
        width: 76;
        & > Input { margin: 1 0 0 0; }
        & > #export-format { color: $foreground 70%; }
    }
    """

    def __init__(self, default: Path, count: int) -> None:
        super().__init__()
        self.default = default
        self.count = count

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll()
        scroll.border_title = "Export the filtered timeline"
        scroll.border_subtitle = "enter writes · esc cancels"
        with scroll:
            noun = "event" if self.count == 1 else "events"
            yield Static(f"{self.count} {noun} in the filter, to the file:", markup=False)
            yield Input(value=str(self.default), id="export-path")
            yield Static(format_note(str(self.default)), id="export-format", markup=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.query_one("#export-format", Static).update(format_note(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if not value:
            self.app.bell()
            return
        self.dismiss(Path(value).expanduser().absolute())  # (the notice then says where it is)

    def action_cancel(self) -> None:
        self.dismiss(None)
