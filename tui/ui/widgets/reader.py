"""The reader: the selected event's article, laid out and wrapped, with the event highlighted."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich._wrap import divide_line
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.corpus.document import Document, ParagraphKind
from tui.store import Store
from tui.textutil import strip_controls

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


class Reader(ScrollView, can_focus=True):
    """The article of the selected event, cleanly laid out.

    A header (title, path, date, language), then the paragraphs separated by blank lines and
    styled by kind; the event's sentence has a highlighted background, its date expression is
    emphasised and actor mentions are coloured by actor kind. The text is wrapped once per
    (document, width) and the sentence is scrolled into view, centred when it fits.
    """

    BINDINGS = [
        Binding("down", "scroll_down", "Scroll down", show=False, id="reader.down"),
        Binding("up", "scroll_up", "Scroll up", show=False, id="reader.up"),
        Binding("pagedown,space", "page_down", "Page down", show=False, id="reader.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="reader.page_up"),
        Binding("home", "scroll_home", "Top", show=False, id="reader.top"),
        Binding("end", "scroll_end", "Bottom", show=False, id="reader.bottom"),
        Binding("c", "center_sentence", "Centre sentence", id="reader.center"),
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
        & > .reader--person { color: $actor-person; }
        & > .reader--organisation { color: $actor-organisation; }
        & > .reader--country { color: $actor-country; }
        & > .reader--place { color: $actor-place; }
        & > .reader--media { color: $actor-media; }
        & > .reader--unknown { color: $actor-unknown; }
        &:focus { background-tint: $foreground 3%; }
    }
    """

    def __init__(self, *, name: str | None = None, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self._store: Store | None = None
        self._event_id: int | None = None
        self._layouts: dict[tuple[int, int], _Layout] = {}
        self._layout: _Layout | None = None
        self._sentence_lines: tuple[int, int] | None = None
        self.empty_message = "No event selected."

    # -- state ---------------------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        """The event shown."""
        return self._event_id

    @property
    def document(self) -> Document | None:
        """The document shown."""
        if self._store is None or self._event_id is None:
            return None
        return self._store.documents[self._store.events[self._event_id].doc]

    @property
    def sentence_lines(self) -> tuple[int, int] | None:
        """First and last line (inclusive) of the highlighted sentence in the wrapped text."""
        return self._sentence_lines

    @property
    def line_count(self) -> int:
        return len(self._layout.lines) if self._layout else 0

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
        self._event_id = event_id if self._store is not None else None
        self._update_border_title()
        self._relayout()
        self.refresh()
        self.action_center_sentence()
        # The new virtual size only applies after a refresh: until then scroll_to is clamped to
        # the previous article's height (the first event would otherwise not be scrolled to).
        self.call_after_refresh(self.action_center_sentence)

    def _update_border_title(self) -> None:
        """The article's title and date on the reader's top border (it stays when scrolled)."""
        document = self.document
        if document is None:
            self.border_title = None
            return
        title = Text(f"{document.dct.iso()} · {document.lang} · ", no_wrap=True, end="")
        title.append(strip_controls(document.title or document.path), style="bold")
        self.border_title = title

    # -- layout --------------------------------------------------------------------------------

    def _text_width(self) -> int:
        return max(10, min(MAX_TEXT_WIDTH, self.scrollable_content_region.width - 1))

    def _relayout(self) -> None:
        store, event_id = self._store, self._event_id
        if store is None or event_id is None:
            self._layout = None
            self._sentence_lines = None
            self.virtual_size = Size(self.scrollable_content_region.width, 1)
            return
        event = store.events[event_id]
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
        self.virtual_size = Size(self.scrollable_content_region.width, len(layout.lines))

    def _build_layout(self, store: Store, doc_id: int, width: int) -> _Layout:
        document = store.documents[doc_id]
        style = self.get_component_rich_style
        blocks: list[_Block] = []

        # The title, date and language are on the top border (always in view); the path heads the text.
        blocks.append(_Block(Text(strip_controls(document.path), style=style("reader--meta"), end="")))

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
                raw = _clean(document.text[part.start : part.end])
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
        return _Layout(lines, blocks, width)

    def _highlight_ranges(self, line: _Line) -> list[tuple[int, int]]:
        """Line-relative ranges of ``line`` under the event's sentence."""
        if line.block is None or self._layout is None or self._store is None or self._event_id is None:
            return []
        event = self._store.events[self._event_id]
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

    def notify_style_update(self) -> None:
        self._layouts.clear()
        super().notify_style_update()
        if self._store is not None:
            self._relayout()
            self.refresh()

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        layout = self._layout
        if layout is None:
            if y == 0:
                message = Text(self.empty_message, style=self.get_component_rich_style("reader--empty"), end="")
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
            sentence = Style(bgcolor=self.get_component_rich_style("reader--sentence").bgcolor)
            for start, end in ranges:
                text.stylize(sentence, start, end)
            event = self._store.events[self._event_id]  # type: ignore[union-attr,index]
            emphasis = self.get_component_rich_style("reader--timex")
            timex = Style(bold=emphasis.bold, italic=emphasis.italic, underline=emphasis.underline, reverse=emphasis.reverse)
            for start, end in self._ranges(line, event.timex_start, event.timex_end):
                text.stylize(timex, start, end)
        segments = list(text.render(self.app.console))
        return Strip(Segment.apply_style(segments, style=base)).adjust_cell_length(width, base)


def _clean(text: str) -> str:
    """Paragraph text on one logical line (same length, so offsets still match)."""
    return strip_controls(text.replace("\n", " ").replace("\t", " "))
