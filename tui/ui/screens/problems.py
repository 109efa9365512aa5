"""The problems view: files that could not be read (or loaded with a warning), and why."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.corpus.document import Problem, Severity
from tui.ui.screens.panel import PanelScreen
from tui.util.safe import safe_display


class ProblemsScreen(PanelScreen[None]):
    """Lists each problem's path and message; escape, q or e closes it."""

    BINDINGS = [
        Binding("escape,q,e", "dismiss", "Close", id="problems.close", tooltip="close the problems"),
    ]

    DEFAULT_CSS = """
    ProblemsScreen > VerticalScroll {
        width: 90%;
        max-height: 90%;
        border: round $warning;
        border-title-color: $warning;
    }
    """

    def __init__(self, problems: Sequence[Problem], extra: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__()
        self.problems = tuple(problems)
        self.extra = tuple(extra)  # (source, message) of non-file problems: themes, settings

    def compose(self) -> ComposeResult:
        table = Table(expand=True, show_edge=False, box=None, header_style="bold", pad_edge=False)
        table.add_column("", no_wrap=True, width=7)
        table.add_column("File", ratio=1, overflow="fold")
        table.add_column("Problem", ratio=2, overflow="fold")
        for problem in self.problems:
            skipped = problem.severity is Severity.ERROR
            table.add_row(
                Text("skipped" if skipped else "warning", style="bold red" if skipped else "yellow"),
                Text(safe_display(problem.path)),
                Text(safe_display(problem.message)),
            )
        for source, message in self.extra:
            table.add_row(Text("warning", style="yellow"), Text(safe_display(source)), Text(safe_display(message)))
        body = table if self.problems or self.extra else Text("Every file was read without problems.", style="italic")
        scroll = VerticalScroll(Static(body, markup=False, id="problems-table"))
        skipped = sum(1 for p in self.problems if p.severity is Severity.ERROR)
        scroll.border_title = f"Problems — {skipped} skipped, {len(self.problems) - skipped + len(self.extra)} warnings"
        scroll.border_subtitle = "esc closes"
        yield scroll

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
