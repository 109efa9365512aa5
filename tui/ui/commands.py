"""Command palette commands: "Filter by actor: NAME" and "Actor details: NAME" per actor, "Theme: NAME" per theme, and a few actions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content

from tui.util.safe import safe_display
from tui.util.text import fold

if TYPE_CHECKING:
    from tui.ui.app import NewslineApp


def highlight(matcher: Matcher, candidate: str) -> Content:
    """``candidate`` as plain text (never markup) with the fuzzy-matched letters styled."""
    content = Content(candidate)
    score, offsets = matcher.fuzzy_search.match(matcher.query, candidate)
    if score:
        for offset in offsets:
            if not candidate[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def on_main_screen(app: "NewslineApp", action: str) -> Callable[[], Awaitable[bool]]:
    """A command running ``action`` (``"toggle_members"``, ``"filter_by_actor(3)"``) on the main
    screen, where the timeline's filter lives: the palette may have been opened over another."""
    return lambda: app.main_screen.run_action(action)


Command = tuple[str, Callable[[], object], str, str]  # prompt, callback, help, folded search key


class NewslineCommands(Provider):
    """Actor filters, themes, and the reader's screens, for the command palette."""

    _built: tuple[object, list[Command]] | None = None  # (the store they were made for, commands)

    async def startup(self) -> None:
        self._all()

    def _all(self) -> list[Command]:
        """The commands, made once per opening of the palette and not at each key typed into it
        (two per actor, sorted by count: hundreds of prompts and folds), unless the store they
        name actors of was replaced meanwhile (the full store after a partial one)."""
        store = cast("NewslineApp", self.app).shown_store
        if self._built is None or self._built[0] is not store:
            self._built = (store, self._commands())
        return self._built[1]

    def _commands(self) -> list[Command]:
        """(prompt, callback, help, folded search key) for every command."""
        app = cast("NewslineApp", self.app)
        commands: list[Command] = []
        store = app.shown_store
        if store is not None:
            for actor in sorted(store.actors, key=lambda a: (-store.event_count(a.id), a.name.casefold())):
                name = safe_display(actor.name)  # from an actors file or an article: untrusted
                prompt = f"Filter by actor: {name}"
                count = store.event_count(actor.id)
                help_text = safe_display(f"{actor.kind}, {count} event{'s' if count != 1 else ''}")
                keys = " ".join([actor.name, *actor.aliases])
                filter_by = on_main_screen(app, f"filter_by_actor({actor.id})")
                commands.append((prompt, filter_by, help_text, fold(f"filter by actor {keys}")))
                details = on_main_screen(app, f"actor_details({actor.id})")
                commands.append((f"Actor details: {name}", details, help_text, fold(f"actor details {keys}")))
        for name in app.newsline_themes:
            commands.append((f"Theme: {name}", partial(app.set_theme, name), "switch theme (saved)", fold(f"theme {name}")))
        commands.append(("Clear filters", on_main_screen(app, "clear_filters"), "show every event", "clear filters"))
        if store is not None:
            for prompt, action, help_text in (
                ("Toggle any/all actors", "toggle_match_all", "events naming any or all of the selected actors"),
                ("Toggle members", "toggle_members", "countries and organisations include their members"),
                ("Sort actors by count / name", "toggle_actor_order", "the sidebar's order within each kind"),
                ("Toggle starred events only", "toggle_starred", "only the events you starred (*), or every event"),
                ("Star / unstar the selected event", "toggle_star", "saved in your bookmarks"),
                ("Note on the selected event…", "edit_note", "write, change or remove its note"),
            ):
                commands.append((prompt, on_main_screen(app, action), help_text, fold(prompt)))
            export_help = "JSON, CSV, Markdown, TimelineJS or iCalendar, by the file's suffix"
            commands.append(("Export the filtered timeline…", on_main_screen(app, "export_timeline"), export_help, "export the filtered timeline"))
        commands.append(("Show problems", partial(app.run_action, "problems"), "files skipped or with warnings", "show problems"))
        commands.append(("Show keys", partial(app.run_action, "help"), "every key binding", "show keys help"))
        return commands

    async def discover(self) -> Hits:
        for prompt, callback, help_text, _ in self._all():
            if prompt.startswith(("Filter by actor:", "Actor details:")):
                continue  # too many to list before the user types
            yield DiscoveryHit(Content(prompt), callback, text=prompt, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        needle = fold(query.strip())
        for prompt, callback, help_text, key in self._all():
            score = matcher.match(prompt)
            if not score and needle and needle in key:
                score = 0.5  # accent-insensitive substring ("sergue" finds Sergueï)
            if score > 0:
                yield Hit(score, highlight(matcher, prompt), callback, text=prompt, help=help_text)
