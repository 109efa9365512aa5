"""The reader: the selected event's article, laid out and wrapped, with the event highlighted."""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.corpus.document import Document
from tui.extract.model import Event, Evidence, ResolvedMention
from tui.corpus.document import main_language
from tui.store import Store
from tui.ui.display.event_kinds import telling_note
from tui.ui.display.reader_layout import (
    KIND_COMPONENTS,
    Article,
    Marks,
    ReaderLayout,
    attributes_of,
    build_article,
    text_width,
)
from tui.util.safe import safe_display
from tui.util.search import Search
from tui.ui.widgets.line_widget import CachedStyles, set_virtual_height

_LAYOUT_CACHE_LIMIT = 32


class Reader(CachedStyles, ScrollView, can_focus=True):
    """The article of the selected event, cleanly laid out.

    A header (title, path, date, language), then the paragraphs separated by blank lines and
    styled by kind; the event's sentence has a highlighted background, its date expression is
    emphasised and actor mentions are coloured by actor kind. The text is wrapped once per
    (document, width) and the sentence is scrolled into view, centred when it fits.

    A mention cursor (reverse video) sits on one actor mention: it starts on the first mention
    of the event's sentence, ``w``/``b`` move it, ``f`` or enter posts ``Reader.Pivot`` to filter
    the timeline by that mention's actor.
    """

    BINDINGS = [
        Binding("down", "scroll_down", "Scroll down", show=False, id="reader.down", tooltip="scroll the article down"),
        Binding("up", "scroll_up", "Scroll up", show=False, id="reader.up", tooltip="scroll the article up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="reader.page_down", tooltip="page down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up", tooltip="page up"),
        Binding("home", "scroll_home", "Top", show=False, id="reader.top", tooltip="top of the article"),
        Binding("end", "scroll_end", "Bottom", show=False, id="reader.bottom", tooltip="end of the article"),
        Binding("c", "center_sentence", "Centre sentence", show=False,
                id="reader.center", tooltip="centre the event's sentence"),
        Binding("w", "next_mention", "Mention", id="reader.next_mention", tooltip="next actor mention"),
        Binding("b", "previous_mention", "Previous mention", show=False,
                id="reader.previous_mention", tooltip="previous actor mention"),
        Binding("f,enter", "pivot", "Filter",
                id="reader.pivot", tooltip="filter the timeline by the mention's actor too"),
        Binding("v", "next_telling", "Next telling", show=False,
                id="reader.next_telling", tooltip="next sentence telling the event"),
        Binding("V", "previous_telling", "Previous telling", show=False,
                id="reader.previous_telling", tooltip="previous sentence telling the event"),
    ]

    COMPONENT_CLASSES = {
        "reader--title",
        "reader--meta",
        "reader--dateline",
        "reader--crosshead",
        "reader--aside",
        "reader--sentence",
        "reader--timex",
        "reader--empty",
        "reader--mention-cursor",
        "reader--found",
        *KIND_COMPONENTS.values(),
    }

    DEFAULT_CSS = """
    Reader {
        background: $background;
        color: $foreground;
        padding: 0 1;
        border-top: hkey $panel;
        border-bottom: hkey $panel;
        border-title-align: left;
        border-title-color: $foreground 70%;
        border-subtitle-align: right;
        border-subtitle-color: $foreground 70%;
        overflow-x: hidden;
        overflow-y: auto;
        scrollbar-size-vertical: 1;
        & > .reader--title { text-style: bold; color: $foreground; }
        & > .reader--meta { color: $foreground 55%; }
        & > .reader--dateline { text-style: bold; }
        & > .reader--crosshead { text-style: bold; color: $primary; }
        & > .reader--aside { text-style: italic; color: $foreground 55%; }
        & > .reader--sentence { background: $sentence-highlight; }
        & > .reader--timex { text-style: bold underline; }
        & > .reader--empty { text-style: italic; color: $foreground 55%; }
        & > .reader--mention-cursor { text-style: reverse; }
        & > .reader--found { color: $warning; text-style: bold underline; }
        & > .reader--person { color: $actor-person; }
        & > .reader--organisation { color: $actor-organisation; }
        & > .reader--country { color: $actor-country; }
        & > .reader--place { color: $actor-place; }
        & > .reader--media { color: $actor-media; }
        & > .reader--unknown { color: $actor-unknown; }
        &:focus { background-tint: $foreground 3%; }
    }
    """

    @dataclass
    class Pivot(Message):
        """Filter the timeline by ``actor_id`` (the actor of the mention under the cursor)."""

        reader: Reader
        actor_id: int

        @property
        def control(self) -> "Reader":
            return self.reader

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._store: Store | None = None
        self._event: Event | None = None  # the event shown: made once, read for every line painted
        self._telling = 0  # which of its evidence (the sentences telling it) is shown
        self._lang = "en"  # the corpus's language, for dates in words
        self._mention: int | None = None  # index in the layout's mentions
        self._articles: dict[int, Article] = {}  # per document, whatever the width
        self._layouts: dict[tuple[int, int], ReaderLayout] = {}  # per (document, width)
        self._layout: ReaderLayout | None = None
        self._sentence_lines: tuple[int, int] | None = None
        self.empty_message = "No event selected."
        self._search: Search | None = None  # the words the search highlights
        self._match_row: int | None = None  # the row the match keys reached last

    # -- state ---------------------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        """The event shown."""
        return self._event.id if self._event is not None else None

    @property
    def telling(self) -> Evidence | None:
        """The sentence shown: the event's first evidence, or the one stepped to with ``v``."""
        event = self._event
        if event is None:
            return None
        if not event.evidence:
            return Evidence(event.doc, event.start, event.end, event.timex_start, event.timex_end)
        return event.evidence[self._telling]  # in range: reset by show, stepped modulo the count

    @property
    def tellings(self) -> tuple[int, int]:
        """(which telling is shown, counted from 1; how many tell the event)."""
        event = self._event
        if event is None:
            return (0, 0)
        return (self._telling + 1, len(event.evidence) or 1)

    @property
    def document(self) -> Document | None:
        """The document shown."""
        telling = self.telling
        if self._store is None or telling is None:
            return None
        return self._store.documents[telling.doc]

    @property
    def sentence_lines(self) -> tuple[int, int] | None:
        """First and last line (inclusive) of the highlighted sentence in the wrapped text."""
        return self._sentence_lines

    @property
    def line_count(self) -> int:
        return self._layout.line_count if self._layout else 0

    @property
    def mention(self) -> ResolvedMention | None:
        """The mention under the mention cursor."""
        if self._layout is None or self._mention is None:
            return None
        return self._layout.mentions[self._mention]

    @property
    def mention_actor(self) -> int | None:
        """Id of the actor of the mention under the cursor."""
        mention = self.mention
        return mention.actor if mention is not None else None

    @property
    def mention_text(self) -> str:
        mention, document = self.mention, self.document
        if mention is None or document is None:
            return ""
        return document.text[mention.start : mention.end]

    def line_text(self, y: int) -> str:
        """The plain text of wrapped line ``y`` (for tests and debugging)."""
        return self._layout.line_text(y, self.line_style).plain if self._layout else ""

    def highlighted_text(self) -> str:
        """The plain text under the sentence highlight, joined across lines."""
        if self._layout is None or self._sentence_lines is None:
            return ""
        parts = []
        telling = self.telling
        assert telling is not None
        for y in range(self._sentence_lines[0], self._sentence_lines[1] + 1):
            plain = self._layout.line_text(y, self.line_style).plain
            for start, end in self._layout.ranges(self._layout.line(y), telling.start, telling.end):
                parts.append(plain[start:end])
        return " ".join(p.strip() for p in parts)

    def set_store(self, store: Store) -> None:
        self._store = store
        self._lang = main_language(store.documents)
        self._forget_layouts()
        self.show(None)

    def show(self, event_id: int | None) -> None:
        """Show the article of ``event_id`` with that event highlighted, scrolled into view."""
        self._event = self._store.events[event_id] if self._store is not None and event_id is not None else None
        self._telling = 0
        self._match_row = None
        self._show_telling()

    def action_next_telling(self) -> None:
        """Show the next sentence telling the event (another sentence, another article)."""
        self._step_telling(1)

    def action_previous_telling(self) -> None:
        """Show the previous sentence telling the event."""
        self._step_telling(-1)

    def _step_telling(self, step: int) -> None:
        event = self._event
        if event is None or len(event.evidence) < 2:
            return
        self._telling = (self._telling + step) % len(event.evidence)
        self._show_telling()

    def _show_telling(self) -> None:
        self._update_border_title()
        self._relayout()
        self._mention = self._first_mention_in_sentence()
        self.refresh()
        self.action_center_sentence()
        # When the new article made a scrollbar come or go, its virtual size only applies after
        # the layout: until then scroll_to is clamped to the previous article's height (the
        # first event would otherwise not be scrolled to).
        self.call_after_refresh(self.action_center_sentence)

    def _update_border_title(self) -> None:
        """The article's title and date on the reader's top border (it stays when scrolled)."""
        document = self.document
        if document is None:
            self.border_title = None
            return
        title = Text(f"{document.dct.iso()} · {document.lang} · ", no_wrap=True, end="")
        title.append(safe_display(document.title or document.path), style="bold")
        self.border_title = title
        self.border_subtitle = telling_note(self._event, *self.tellings, lang=self._lang) if self._event is not None else None

    # -- layout --------------------------------------------------------------------------------

    def _forget_layouts(self) -> None:
        self._articles.clear()
        self._layouts.clear()

    def _relayout(self) -> None:
        store, event = self._store, self.telling
        if store is None or event is None:
            self._layout = None
            self._sentence_lines = None
            set_virtual_height(self, 1)
            return
        width = text_width(self.scrollable_content_region.width)
        key = (event.doc, width)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) >= _LAYOUT_CACHE_LIMIT:
                self._forget_layouts()
            layout = self._layouts[key] = ReaderLayout(self._article(store, event.doc), width)
        self._layout = layout
        self._sentence_lines = layout.rows(event.start, event.end)
        set_virtual_height(self, layout.line_count)

    def _article(self, store: Store, doc: int) -> Article:
        article = self._articles.get(doc)
        if article is None:
            kind_of = lambda actor: store.actors[actor].kind  # noqa: E731
            article = build_article(store.documents[doc], store.mentions_in(doc), kind_of)
            self._articles[doc] = article
        return article

    def _first_mention_in_sentence(self) -> int | None:
        event, layout = self.telling, self._layout
        if layout is None or event is None:
            return None
        index = layout.article.mention_from(event.start)
        return index if index < len(layout.mentions) and layout.mentions[index].start < event.end else None

    # -- the mention cursor --------------------------------------------------------------------

    def action_next_mention(self) -> None:
        self._move_mention(1)

    def action_previous_mention(self) -> None:
        self._move_mention(-1)

    def _move_mention(self, step: int) -> None:
        layout = self._layout
        if layout is None or not layout.mentions:
            return
        if self._mention is not None:
            index = self._mention + step
        else:  # no mention in the sentence: the nearest one after (or before) it
            event = self.telling
            assert event is not None
            after = layout.article.mention_from(event.start)
            index = after if step > 0 else after - 1
        if not 0 <= index < len(layout.mentions):
            return
        self._mention = index
        self.refresh()
        self._scroll_to_mention()

    def _scroll_to_mention(self) -> None:
        mention, layout = self.mention, self._layout
        if mention is None or layout is None:
            return
        rows = layout.rows(mention.start, mention.end)
        if rows is None:
            return
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if rows[0] < top or rows[1] >= top + height:
            self.scroll_to(y=max(0, rows[0] - height // 3), animate=False)

    def action_pivot(self) -> None:
        actor = self.mention_actor
        if actor is None:
            self.notify("No actor mention under the cursor (w / b move it).", timeout=3, markup=False)
            return
        self.post_message(self.Pivot(self, actor))

    # -- scrolling -----------------------------------------------------------------------------

    def action_center_sentence(self) -> None:
        """Scroll so the highlighted sentence is in view, centred when it fits."""
        if self._sentence_lines is None:
            self.scroll_to(y=0, animate=False)
            return
        first, last = self._sentence_lines
        height = self.scrollable_content_region.height
        if height <= 0:
            return
        span = last - first + 1
        top = first - (height - span) // 2 if span < height else first
        self.scroll_to(y=max(0, top), animate=False)

    def on_resize(self, event: events.Resize) -> None:
        self._relayout()
        self.action_center_sentence()

    def on_click(self, event: events.Click) -> None:
        """A click on an actor mention puts the mention cursor on it."""
        offset = event.get_content_offset(self)
        layout = self._layout
        if offset is None or layout is None:
            return
        row = offset.y + round(self.scroll_y)
        if not 0 <= row < layout.line_count:
            return
        doc_offset = layout.doc_offset(row, offset.x)
        index = layout.article.mention_at(doc_offset) if doc_offset is not None else None
        if index is not None:
            self._mention = index
            self.refresh()

    def notify_style_update(self) -> None:
        # The layouts name their styles (looked up as rows are drawn): they stay.
        super().notify_style_update()
        if self._store is not None:
            self._relayout()
            self.refresh()

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.line_style()
        layout = self._layout
        if layout is None:
            if y == 0:
                message = Text(self.empty_message, style=self.line_style("reader--empty"), end="")
                message.truncate(width)
                return Strip(Segment.apply_style(list(message.render(self.app.console)), style=base)).adjust_cell_length(width, base)
            return Strip.blank(width, base)
        row = round(self.scroll_y) + y
        if row >= layout.line_count:
            return Strip.blank(width, base)
        text = layout.styled_line(row, self.line_style, self._marks())
        segments = list(text.render(self.app.console))
        return Strip(Segment.apply_style(segments, style=base)).adjust_cell_length(width, base)

    def scroll_to_match(self, step: int) -> bool:
        """Scroll the next (``step`` 1) or previous (-1) row holding a search match to a third
        of the way down, from the one last reached (else from the top of the view); False when
        there is none that way."""
        layout, search = self._layout, self._search
        if layout is None or search is None:
            return False
        top = round(self.scroll_y)
        height = self.scrollable_content_region.height
        at = self._match_row if self._match_row is not None and top <= self._match_row < top + height else None
        if at is None:
            at = top - 1 if step > 0 else top + height
        row = layout.match_row(search, at, step)
        if row is None:
            return False
        self._match_row = row
        self.scroll_to(y=max(0, row - height // 3), animate=False)
        return True

    def show_search(self, search: Search | None) -> None:
        """Highlight ``search``'s words in the article (None: no highlight)."""
        if search != self._search:
            self._search = search
            self.refresh()

    def _marks(self) -> Marks:
        """The sentence, its date expression and the mention cursor, and how they look."""
        event, mention = self.telling, self.mention
        return Marks(
            sentence=(event.start, event.end) if event is not None else None,
            timex=(event.timex_start, event.timex_end) if event is not None else (0, 0),
            cursor=(mention.start, mention.end) if mention is not None else None,
            # Background only, and text attributes only: mention colours show through.
            sentence_style=Style(bgcolor=self.line_style("reader--sentence").bgcolor),
            timex_style=attributes_of(self.line_style("reader--timex")),
            cursor_style=attributes_of(self.line_style("reader--mention-cursor")),
            search=self._search,
            found_style=self.line_style("reader--found"),
        )
