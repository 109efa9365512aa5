"""Newsline's Textual app: builds (or is given) the store, then shows the main screen."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from tui.corpus.document import Severity
from tui.ui.settings import Settings, SettingsError, load_settings, save_settings
from tui.store import Store
from tui.ui.commands import NewslineCommands
from tui.ui.keys import checked_keymap
from tui.ui.screens.help import HelpScreen
from tui.ui.screens.main import MainScreen
from tui.ui.screens.problems import ProblemsScreen
from tui.ui.themes import DEFAULT_THEME, ThemeProblem, load_themes, theme_variable_defaults
from tui.ui.widgets.title_bar import TitleBar
from tui.util.safe import safe_display

if TYPE_CHECKING:
    from tui.loading.watch import Update

FALLBACK_THEME = "textual-dark"
FREEZE_MIN_EVENTS = 20_000  # from this size on, the store is kept out of the collector's scans


class NewslineApp(App[None]):
    """The Newsline reader: a timeline of events, the article of the selected one, and actors.

    Pass ``store`` to show a prebuilt store (no loading worker); otherwise the store is built
    from ``paths`` (the bundled seeds when empty) in a thread while a loading panel shows progress.
    With ``watch`` (or the palette's "Watch the folder for new articles"), once the store is
    shown a thread polls the paths every ``watch_interval`` seconds and replaces the store when
    articles arrive, change or go (``tui.loading.watch``), keeping what the user chose.
    """

    watch_interval = 2.0  # seconds between two scans of the watched folder

    CSS_PATH = "app.tcss"
    TITLE = "Newsline"
    COMMANDS = App.COMMANDS | {NewslineCommands}
    COMMAND_PALETTE_BINDING = "ctrl+p"

    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="quit"),
        Binding("question_mark", "help", "Help", id="app.help", tooltip="this help"),
        Binding("t", "cycle_theme", "Theme", id="app.cycle_theme", tooltip="next theme (saved for next time)"),
        Binding("e", "problems", "Problems", id="app.problems", tooltip="problems: files skipped or with warnings"),
    ]

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]] | None = None,
        actors_files: Sequence[str | os.PathLike[str]] = (),
        theme_name: str | None = None,
        *,
        store: Store | None = None,
        cache: bool = True,
        merge: bool = True,
        watch: bool = False,
    ) -> None:
        super().__init__()
        self._paths = list(paths or [])
        self._actors_files = list(actors_files or [])
        self._cache = cache
        self._merge = merge  # --no-merge: one event per telling
        self._watch = watch  # --watch, or asked from the palette: watch once the store is shown
        self.watching = False  # the watcher runs
        self.last_update_seconds: float | None = None  # the main screen's update for the last change
        self.store: Store | None = store
        self._startup_notes: list[tuple[str, str]] = []  # (message, severity)
        self.extra_problems: list[tuple[str, str]] = []  # (source, message): themes, settings
        self._started = False
        self.load_error: str | None = None

        themes, theme_problems = load_themes()
        for theme in themes:
            self.register_theme(theme)
        self.newsline_themes: list[str] = [t.name for t in themes]
        for problem in theme_problems:
            self._note_theme_problem(problem)

        self._settings_writable = True
        self._settings_unsaved_noted = False
        self.settings = self._load_settings()
        self.user_keymap, keymap_problems = checked_keymap(self.settings.keys)
        for problem in keymap_problems:
            self._note(problem, "settings")
        self.set_keymap(self.user_keymap)
        self._clashes_noted: set[str] = set()
        wanted = theme_name or self.settings.theme
        if wanted not in self.available_themes:
            fallback = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else FALLBACK_THEME
            self._note(f"Unknown theme {wanted!r}; using {fallback}.")
            wanted = fallback
        self.theme = wanted
        self._saved_theme = self.settings.theme

    def _note(self, message: str, source: str | None = None) -> None:
        """A warning shown once the app runs; listed on the problems screen too with ``source``."""
        self._startup_notes.append((safe_display(message), "warning"))
        if source is not None:
            self.extra_problems.append((source, message))

    def _note_theme_problem(self, problem: ThemeProblem) -> None:
        self._note(f"Theme file {problem.path} skipped: {problem.message}", f"themes/{problem.path}")

    def _load_settings(self) -> Settings:
        """The saved settings; the defaults (reported) when the file cannot be used, which is
        then never written."""
        try:
            settings, problems = load_settings()
        except SettingsError as error:
            self._settings_writable = False
            self._note(str(error), "settings")
            return Settings()
        for problem in problems:
            self._note(problem, "settings")
        return settings

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        """A key of the user's keymap took another binding's key: say so once per binding."""
        for binding in clashed_bindings:
            if binding.id and binding.id not in self._clashes_noted:
                self._clashes_noted.add(binding.id)
                message = f"Key {binding.key!r} of {binding.id} is taken by your keys: settings; {binding.id} lost it"
                self.notify(safe_display(message), severity="warning", timeout=8, markup=False)

    # -- screens -------------------------------------------------------------------------------

    def get_default_screen(self) -> Screen:
        return MainScreen()

    @property
    def main_screen(self) -> MainScreen:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the main screen is not mounted")

    def get_theme_variable_defaults(self) -> dict[str, str]:
        theme = self.get_theme(self.theme) if self.theme else None
        return theme_variable_defaults(theme.dark if theme is not None else True)

    def start(self) -> None:
        """Called by the main screen once mounted: show the store, or start building it."""
        if self._started:
            return
        self._started = True
        for message, severity in self._startup_notes:
            self.notify(message, severity=severity, timeout=8, markup=False)  # type: ignore[arg-type]
        if self.store is not None:
            self._store_ready(self.store)
        else:
            self.main_screen.show_loading()
            self._load_store()

    # -- loading -------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def _load_store(self) -> None:
        from tui.loading import open_store
        from tui.loading.ingest import throttled

        def show(done: int, total: int) -> None:
            self.call_from_thread(self._show_progress, done, total)

        def partial(store: Store) -> None:
            # A reopen shows the store cached for the same paths, sizes and mtimes while the
            # contents are hashed; a long load shows the articles read so far (at growing
            # intervals, see tui.loading.ingest). The final store confirms or replaces it.
            self.call_from_thread(self._partial_store, store)

        try:
            store = open_store(
                self._paths or None, actors_files=self._actors_files, progress=throttled(show, 0.05), partial=partial, cache=self._cache,
                merge=self._merge,
            )
        except Exception as error:  # noqa: BLE001 - shown to the user, never a crash
            self.call_from_thread(self._load_failed, f"Could not load the articles: {error}")
            return
        self.call_from_thread(self._store_ready, store)

    def _show_progress(self, done: int, total: int) -> None:
        if self.main_screen.store is not None:  # a store shown while loading: the title says it
            self.main_screen.query_one(TitleBar).show_status(f"reading {done}/{total} articles…")
        else:
            self.main_screen.show_loading(done, total)

    def _partial_store(self, store: Store) -> None:
        if self.store is not None:
            return  # (defensive: the loader hands over its stores in order)
        self.main_screen.set_store(store)

    def _load_failed(self, message: str) -> None:
        message = safe_display(message)  # an error quoting a file name
        self.load_error = message
        self.main_screen.show_load_error(message)
        self.notify(message, severity="error", timeout=10, markup=False)

    def _store_ready(self, store: Store) -> None:
        self.store = store
        # A reopen shows the cached store before the files' contents are checked; when they
        # match, that store is the final one and stays as the user has it (selection, filters).
        shown = self.main_screen.store
        replaced = shown is not None and shown is not store
        if shown is not store:
            self.main_screen.set_store(store)
        if len(store.events) >= FREEZE_MIN_EVENTS:
            # Hundreds of thousands of objects that live as long as the app: out of the cyclic
            # collector's sight, so that no full collection stalls a key press (once the stores
            # shown while loading, now off screen, are collected; a reopen whose first store was
            # the final one made nothing to collect, and a full collection would cost ~0.15 s).
            if replaced:
                gc.collect()
            gc.freeze()
        skipped = sum(1 for p in store.problems if p.severity is Severity.ERROR)
        warned = len(store.problems) - skipped
        if skipped:
            files = f"{skipped} file{'s' if skipped != 1 else ''} skipped"
            self.notify(f"{files} — press e", title="Problems", severity="warning", timeout=8, markup=False)
        elif warned:
            self.notify(f"{warned} file{'s' if warned != 1 else ''} with warnings — press e", title="Problems", timeout=6, markup=False)
        if self._watch and not self.watching:
            self._start_watching()

    # -- the live folder -------------------------------------------------------------------------

    def action_watch_folder(self) -> None:
        """Watch the paths for new, changed and removed articles (the palette's command)."""
        if self.watching:
            self.notify("Already watching the folder.", timeout=3, markup=False)
            return
        self._watch = True
        if self.store is None:
            self.notify("The folder is watched once the articles are loaded.", timeout=4, markup=False)
            return
        self._start_watching()

    def _start_watching(self) -> None:
        self.watching = True
        where = ", ".join(self._paths) if self._paths else "the bundled seeds"
        self.notify(safe_display(f"Watching {where} for new articles."), timeout=4, markup=False)
        self._watch_folder()

    @work(thread=True, exclusive=True, group="watch", exit_on_error=False)
    def _watch_folder(self) -> None:
        from textual.worker import get_current_worker

        from tui.loading import LoadOptions
        from tui.loading.watch import Changes, LiveCorpus

        worker = get_current_worker()
        options = LoadOptions(tuple(Path(f) for f in self._actors_files), cache=self._cache, merge=self._merge)
        live = LiveCorpus(self._paths or None, options)
        shown = self.store
        try:
            found = live.prime()  # every file's extraction, from the cache (~1 s at 10k articles)
            if shown is not None and not live.shows(shown, found):
                update = live.update(found, Changes())
                self.call_from_thread(self._store_updated, update, "Articles changed while loading: the timeline is up to date.")
            while not worker.cancelled_event.wait(self.watch_interval):
                found, changes = live.poll()
                if not changes:
                    continue
                update = live.update(found, changes)
                if worker.is_cancelled:
                    return
                self.call_from_thread(self._store_updated, update)
                live.save(update)  # after it is shown: the next open reads it at once
        except Exception as error:  # noqa: BLE001 - shown to the user, never a crash
            if not worker.is_cancelled:
                self.call_from_thread(self._watch_failed, f"Stopped watching the folder: {error}")

    def _watch_failed(self, message: str) -> None:
        self.watching = False
        self.notify(safe_display(message), severity="error", timeout=10, markup=False)

    def _store_updated(self, update: Update, message: str | None = None) -> None:
        """Show the store a change of the folder made; the filter, the selection and the scroll
        position stay (``MainScreen.set_store``)."""
        start = time.perf_counter()
        self.store = update.store
        self.main_screen.set_store(update.store)
        self.last_update_seconds = time.perf_counter() - start
        if len(update.store.events) >= FREEZE_MIN_EVENTS:
            # The new store out of the collector's sight too (see _store_ready); the one it
            # replaced goes by reference counting (a store makes no reference cycles).
            gc.freeze()
        self.notify(safe_display(message or update.summary()), title="Folder", timeout=6, markup=False)

    # -- actions -------------------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    @property
    def shown_store(self) -> Store | None:
        """The store on screen: the final one, or one shown while it is being made or checked."""
        if self.store is not None:
            return self.store
        try:
            return self.main_screen.store
        except LookupError:  # not mounted yet
            return None

    def action_problems(self) -> None:
        if isinstance(self.screen, ProblemsScreen):
            return
        shown = self.shown_store
        problems = shown.problems if shown is not None else ()
        self.push_screen(ProblemsScreen(problems, self.extra_problems))

    def action_cycle_theme(self) -> None:
        names = self.newsline_themes or [FALLBACK_THEME]
        index = names.index(self.theme) + 1 if self.theme in names else 0
        self.set_theme(names[index % len(names)])

    def set_theme(self, name: str) -> None:
        """Switch to theme ``name`` (saved for the next start by ``watch_theme``)."""
        self.theme = name
        self.notify(f"Theme: {name}", timeout=2, markup=False)

    def watch_theme(self, name: str) -> None:
        if not self._started or name == self._saved_theme:
            return
        if not self._settings_writable:
            self._note_unsaved("the settings file has a problem (press e)")
            return
        self.settings.theme = name
        try:
            save_settings(self.settings)
        except SettingsError as error:  # broken while the app ran: left alone from now on
            self._settings_writable = False
            self.extra_problems.append(("settings", str(error)))
            self._note_unsaved(str(error))
            return
        except OSError as error:
            self.notify(safe_display(f"Could not save settings: {error}"), severity="warning", markup=False)
            return
        self._saved_theme = name

    def _note_unsaved(self, why: str) -> None:
        if not self._settings_unsaved_noted:
            self._settings_unsaved_noted = True
            self.notify(safe_display(f"The theme is not saved: {why}"), severity="warning", timeout=6, markup=False)

    def filter_by_actor(self, actor_id: int) -> None:
        """Add ``actor_id`` to the main screen's filter (for scripts and tests; the palette runs
        the main screen's ``filter_by_actor`` action)."""
        self.main_screen.select_actor(actor_id)
