"""The reader: the selected event's article, laid out and wrapped, with the event highlighted."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich._wrap import divide_line
from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.corpus.document import Document, ParagraphKind
from tui.extract.model import Event, ResolvedMention
from tui.store import Store
from tui.util.safe import safe_display
from tui.util.text import one_line
from tui.ui.widgets.line_widget import CachedStyles, set_virtual_height

MAX_TEXT_WIDTH = 100
ACTOR_KINDS = ("person", "organisation", "country", "place", "media", "unknown")
_LAYOUT_CACHE_LIMIT = 32
_HEADER_BLOCKS = 1


@dataclass(slots=True)
class _Piece:
    """A run of a block's text that comes from the document: block offset ↔ document offset."""

    block_start: int
    doc_start: int
    length: int


@dataclass(slots=True)
class _Block:
    text: Text
    pieces: list[_Piece] = field(default_factory=list)

    def block_range(self, doc_start: int, doc_end: int) -> list[tuple[int, int]]:
        """Block offsets covering document span [doc_start, doc_end)."""
        ranges = []
        for piece in self.pieces:
            start = max(doc_start, piece.doc_start)
            end = min(doc_end, piece.doc_start + piece.length)
            if start < end:
                ranges.append((piece.block_start + start - piece.doc_start, piece.block_start + end - piece.doc_start))
        return ranges


@dataclass(slots=True)
class _Line:
    text: Text
    block: int | None  # index of the block it comes from; None for a blank line
    start: int = 0  # block offsets of the line
    end: int = 0


@dataclass(slots=True)
class _Layout:
    lines: list[_Line]
    blocks: list[_Block]
    width: int
    mentions: list[ResolvedMention] = field(default_factory=list)  # the ones shown, in text order


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
        Binding("down", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("up", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("home", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
        Binding("c", "center_sentence", "Centre sentence", show=False, id="reader.center"),
        Binding("w", "next_mention", "Mention", id="reader.next_mention"),
        Binding("b", "previous_mention", "Previous mention", show=False, id="reader.previous_mention"),
        Binding("f,enter", "pivot", "Filter", id="reader.pivot"),
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
        *(f"reader--{kind}" for kind in ACTOR_KINDS),
    }

    DEFAULT_CSS = """
    Reader {
        background: $background;
        color: $foreground;
        padding: 0 1;
        border-top: hkey $panel;
        border-title-align: left;
        border-title-color: $foreground 70%;
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
        & > .reader--person { color: $actor-person; }
        & > .reader--organisation { color: $actor-organisation; }
        & > .reader--country { color: $actor-country; }
        & > .reader--place { color: $actor-place; }
        & > .reader--media { color: $actor-media; }
        & > .reader--unknown { color: $actor-unknown; }
        &:focus { background-tint: $foreground 3%; }
    }
    """

    class Pivot(Message):
        """Filter the timeline by ``actor_id`` (the actor of the mention under the cursor)."""

        def __init__(self, reader: "Reader", actor_id: int) -> None:
            super().__init__()
            self.reader = reader
            self.actor_id = actor_id

        @property
        def control(self) -> "Reader":
            return self.reader

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._store: Store | None = None
        self._event: Event | None = None  # the event shown: made once, read for every line painted
        self._mention: int | None = None  # index in the layout's mentions
        self._layouts: dict[tuple[int, int], _Layout] = {}
        self._layout: _Layout | None = None
        self._sentence_lines: tuple[int, int] | None = None
        self.empty_message = "No event selected."

    # -- state ---------------------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        """The event shown."""
        return self._event.id if self._event is not None else None

    @property
    def document(self) -> Document | None:
        """The document shown."""
        if self._store is None or self._event is None:
            return None
        return self._store.documents[self._event.doc]

    @property
    def sentence_lines(self) -> tuple[int, int] | None:
        """First and last line (inclusive) of the highlighted sentence in the wrapped text."""
        return self._sentence_lines

    @property
    def line_count(self) -> int:
        return len(self._layout.lines) if self._layout else 0

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
        return self._layout.lines[y].text.plain if self._layout else ""

    def highlighted_text(self) -> str:
        """The plain text under the sentence highlight, joined across lines."""
        if self._layout is None or self._sentence_lines is None:
            return ""
        parts = []
        for y in range(self._sentence_lines[0], self._sentence_lines[1] + 1):
            line = self._layout.lines[y]
            for start, end in self._highlight_ranges(line):
                parts.append(line.text.plain[start:end])
        return " ".join(p.strip() for p in parts)

    def set_store(self, store: Store) -> None:
        self._store = store
        self._layouts.clear()
        self.show(None)

    def show(self, event_id: int | None) -> None:
        """Show the article of ``event_id`` with that event highlighted, scrolled into view."""
        self._event = self._store.events[event_id] if self._store is not None and event_id is not None else None
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

    # -- layout --------------------------------------------------------------------------------

    def _text_width(self) -> int:
        return max(10, min(MAX_TEXT_WIDTH, self.scrollable_content_region.width - 1))

    def _relayout(self) -> None:
        store, event = self._store, self._event
        if store is None or event is None:
            self._layout = None
            self._sentence_lines = None
            set_virtual_height(self, 1)
            return
        width = self._text_width()
        key = (event.doc, width)
        layout = self._layouts.get(key)
        if layout is None:
            if len(self._layouts) >= _LAYOUT_CACHE_LIMIT:
                self._layouts.clear()
            layout = self._layouts[key] = self._build_layout(store, event.doc, width)
        self._layout = layout
        first = last = None
        for y, line in enumerate(layout.lines):
            if self._highlight_ranges(line):
                first = y if first is None else first
                last = y
        self._sentence_lines = (first, last) if first is not None else None
        set_virtual_height(self, len(layout.lines))

    def _first_mention_in_sentence(self) -> int | None:
        event = self._event
        if self._layout is None or event is None:
            return None
        for index, mention in enumerate(self._layout.mentions):
            if mention.start >= event.end:
                break
            if mention.start >= event.start:
                return index
        return None

    def _build_layout(self, store: Store, doc_id: int, width: int) -> _Layout:
        document = store.documents[doc_id]
        style = self.line_style
        blocks: list[_Block] = []

        # The title, date and language are on the top border (always in view); the path heads the text.
        blocks.append(_Block(Text(safe_display(document.path), style=style("reader--meta"), end="")))

        kind_style = {
            ParagraphKind.BODY: Style(),
            ParagraphKind.TITLE: style("reader--title"),
            ParagraphKind.CROSSHEAD: style("reader--crosshead"),
            ParagraphKind.TEASER: style("reader--aside"),
            ParagraphKind.CREDIT: style("reader--aside"),
            ParagraphKind.TRAILER: style("reader--aside"),
            ParagraphKind.DATELINE: style("reader--dateline"),
        }
        paragraphs = list(document.paragraphs)
        # A title paragraph repeating the border's title is not shown twice.
        if paragraphs and paragraphs[0].kind is ParagraphKind.TITLE:
            if document.paragraph_text(paragraphs[0]).strip() == (document.title or "").strip():
                paragraphs = paragraphs[1:]
        i = 0
        while i < len(paragraphs):
            paragraph = paragraphs[i]
            block = _Block(Text(end=""))
            parts = [paragraph]
            if (
                paragraph.kind is ParagraphKind.DATELINE
                and i + 1 < len(paragraphs)
                and paragraphs[i + 1].kind is ParagraphKind.BODY
            ):
                parts.append(paragraphs[i + 1])
                i += 1
            for n, part in enumerate(parts):
                raw = one_line(document.text[part.start : part.end])
                if part.kind is ParagraphKind.DATELINE:
                    upper = raw.upper()
                    raw = upper if len(upper) == len(raw) else raw
                if n:
                    block.text.append(" — ", style=kind_style[ParagraphKind.DATELINE])
                block.pieces.append(_Piece(len(block.text), part.start, len(raw)))
                block.text.append(raw, style=kind_style.get(part.kind, Style()))
            blocks.append(block)
            i += 1

        # Actor mentions, coloured by the actor's kind.
        kinds = {kind: style(f"reader--{kind}") for kind in ACTOR_KINDS}
        mentions = store.mentions_in(doc_id)
        shown: dict[tuple[int, int], ResolvedMention] = {}
        if mentions:
            for block in blocks[_HEADER_BLOCKS:]:
                if not block.pieces:
                    continue
                lo = block.pieces[0].doc_start
                hi = block.pieces[-1].doc_start + block.pieces[-1].length
                for mention in mentions:
                    if mention.end <= lo or mention.start >= hi:
                        continue
                    kind = store.actors[mention.actor].kind
                    mention_style = kinds.get(kind, kinds["unknown"])
                    for start, end in block.block_range(mention.start, mention.end):
                        block.text.stylize(mention_style, start, end)
                        shown[(mention.start, mention.end)] = mention

        lines: list[_Line] = []
        for index, block in enumerate(blocks):
            if index >= _HEADER_BLOCKS:
                lines.append(_Line(Text(end=""), None))  # blank line between paragraphs
            plain = block.text.plain
            offsets = divide_line(plain, width, fold=True)
            bounds = [0, *offsets, len(plain)]
            for start, end in zip(bounds, bounds[1:]):
                line = block.text[start:end]
                line.rstrip_end(width)
                line.end = ""
                lines.append(_Line(line, index, start, end))
        return _Layout(lines, blocks, width, sorted(shown.values(), key=lambda m: (m.start, m.end)))

    def _highlight_ranges(self, line: _Line) -> list[tuple[int, int]]:
        """Line-relative ranges of ``line`` under the event's sentence."""
        event = self._event
        if line.block is None or self._layout is None or event is None:
            return []
        return self._ranges(line, event.start, event.end)

    def _ranges(self, line: _Line, doc_start: int, doc_end: int) -> list[tuple[int, int]]:
        assert self._layout is not None
        block = self._layout.blocks[line.block]  # type: ignore[index]
        result = []
        for start, end in block.block_range(doc_start, doc_end):
            start, end = max(start, line.start), min(end, line.end)
            if start < end:
                result.append((start - line.start, end - line.start))
        return result

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
            event = self._event
            assert event is not None
            after = next((i for i, m in enumerate(layout.mentions) if m.start >= event.start), len(layout.mentions))
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
        rows = [y for y, line in enumerate(layout.lines) if line.block is not None and self._ranges(line, mention.start, mention.end)]
        if not rows:
            return
        height = self.scrollable_content_region.height
        top = round(self.scroll_y)
        if rows[0] < top or rows[-1] >= top + height:
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
        if not 0 <= row < len(layout.lines) or layout.lines[row].block is None:
            return
        line = layout.lines[row]
        cells = 0
        for index, char in enumerate(line.text.plain):
            cells += cell_len(char)
            if cells > offset.x:
                break
        else:
            return
        block_offset = line.start + index
        for piece in layout.blocks[line.block].pieces:  # type: ignore[index]
            if piece.block_start <= block_offset < piece.block_start + piece.length:
                doc_offset = piece.doc_start + block_offset - piece.block_start
                break
        else:
            return
        for n, mention in enumerate(layout.mentions):
            if mention.start <= doc_offset < mention.end:
                self._mention = n
                self.refresh()
                return

    def notify_style_update(self) -> None:
        self._layouts.clear()
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
        if row >= len(layout.lines):
            return Strip.blank(width, base)
        line = layout.lines[row]
        text = line.text
        ranges = self._highlight_ranges(line)
        if ranges:
            text = text.copy()
            # Background only, and text attributes only: mention colours show through.
            sentence = Style(bgcolor=self.line_style("reader--sentence").bgcolor)
            for start, end in ranges:
                text.stylize(sentence, start, end)
            event = self._event
            assert event is not None
            emphasis = self.line_style("reader--timex")
            timex = Style(bold=emphasis.bold, italic=emphasis.italic, underline=emphasis.underline, reverse=emphasis.reverse)
            for start, end in self._ranges(line, event.timex_start, event.timex_end):
                text.stylize(timex, start, end)
        mention = self.mention
        if mention is not None and line.block is not None:
            cursor = self._ranges(line, mention.start, mention.end)
            if cursor:
                if text is line.text:
                    text = text.copy()
                look = self.line_style("reader--mention-cursor")
                # Text attributes only (reverse by default): the actor's colour stays its own.
                attributes = Style(bold=look.bold, italic=look.italic, underline=look.underline, reverse=look.reverse)
                for start, end in cursor:
                    text.stylize(attributes, start, end)
        segments = list(text.render(self.app.console))
        return Strip(Segment.apply_style(segments, style=base)).adjust_cell_length(width, base)


