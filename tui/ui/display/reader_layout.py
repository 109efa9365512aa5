"""The reader's layout: an article as styled blocks, wrapped at a width into rows.

``build_article`` turns a document into blocks (the path, then each paragraph; a dateline joins
the paragraph after it), styled by paragraph kind and by the kind of each actor mentioned. A
``ReaderLayout`` wraps each block once (``line_starts``) and keeps only where its lines start:
a row's ``Text`` is cut from its block when the row is drawn, with the styles that cover it, so
laying out a paragraph of megabytes takes one pass over it and a few bytes per line.

The blocks name their styles by component class ("reader--person"); a row's are looked up when
it is drawn, so a new theme or a focus change restyles the article without laying it out again.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.style import Style
from rich.text import Span, Text

from tui.corpus.document import Document, Paragraph, ParagraphKind
from tui.extract.model import ActorKind, ResolvedMention
from tui.ui.display.wrap import line_starts
from tui.util.safe import safe_display
from tui.util.search import Search, match_spans
from tui.util.text import one_line

MAX_TEXT_WIDTH = 100
MIN_TEXT_WIDTH = 10
HEADER_BLOCKS = 1  # the path, above the paragraphs (no blank line before it)

KIND_COMPONENTS = {kind: f"reader--{kind.value}" for kind in ActorKind}
"""The component class colouring the mentions of each actor kind."""

PARAGRAPH_COMPONENTS = {
    ParagraphKind.TITLE: "reader--title",
    ParagraphKind.CROSSHEAD: "reader--crosshead",
    ParagraphKind.TEASER: "reader--aside",
    ParagraphKind.CREDIT: "reader--aside",
    ParagraphKind.TRAILER: "reader--aside",
    ParagraphKind.DATELINE: "reader--dateline",
}
"""The component class styling each kind of paragraph (body text has none)."""

StyleOf = Callable[[str], Style]  # a component class's style ("reader--title")


def text_width(content_width: int) -> int:
    """The width the text is wrapped at in a reader ``content_width`` cells wide."""
    return max(MIN_TEXT_WIDTH, min(MAX_TEXT_WIDTH, content_width - 1))


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a block's text that comes from the document: block offset ↔ document offset."""

    block_start: int
    doc_start: int
    length: int


@dataclass(slots=True)
class Block:
    """A paragraph as shown: its text and its styles, each a span naming a component class
    (the paragraph kinds' first, ``spans[:structure]``, then the mentions', looked up by start
    with ``mark_order``), in the order a Rich ``Text`` would hold them. Not a ``Text``: a
    ``Text`` copies its whole string to clean it of control codes, which the reader's text
    never has (``one_line``), at every append."""

    plain: str
    style: str = ""  # the whole block's component class
    spans: list[Span] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)
    structure: int = 0  # how many of the spans are the kinds' (the rest are mentions')
    mark_order: list[int] | range = field(default_factory=list)  # mention spans by start
    mark_starts: array = field(default_factory=lambda: array("q"))  # their starts, in that order
    longest_mark: int = 0

    def block_range(self, doc_start: int, doc_end: int) -> list[tuple[int, int]]:
        """Block offsets covering document span [doc_start, doc_end)."""
        ranges = []
        for piece in self.pieces:
            start = max(doc_start, piece.doc_start)
            end = min(doc_end, piece.doc_start + piece.length)
            if start < end:
                ranges.append((piece.block_start + start - piece.doc_start, piece.block_start + end - piece.doc_start))
        return ranges

    def stylize(self, component: str, start: int, end: int) -> None:
        """``Text.stylize``: ``component``'s style over [start, end), cut to the text."""
        if start < len(self.plain) and end > start:
            self.spans.append(Span(start, min(len(self.plain), end), component))

    def index_marks(self) -> None:
        """Index the mention spans by start (once they are all added)."""
        marks = self.spans[self.structure :]
        if all(a.start <= b.start for a, b in zip(marks, marks[1:])):
            self.mark_order = range(len(marks))
        else:
            self.mark_order = sorted(range(len(marks)), key=lambda i: marks[i].start)
        self.mark_starts = array("q", (marks[i].start for i in self.mark_order))
        self.longest_mark = max((span.end - span.start for span in marks), default=0)

    def as_text(self, style: StyleOf) -> Text:
        """The whole block as a ``Text``, its components' styles looked up with ``style`` (those
        without any style left out, as ``Text.append`` and ``Text.stylize`` leave them)."""
        spans = [Span(s.start, s.end, look) for s in self.spans if (look := style(s.style))]
        return Text(self.plain, style=style(self.style) if self.style else "", end="", spans=spans)

    def cut(self, start: int, end: int, style: StyleOf) -> Text:
        """``as_text(style)[start:end]`` (the styles clipped to the cut, in their order), without
        going through every style of the block."""
        spans = self.spans
        kept = [spans[i] for i in range(self.structure) if spans[i].end > start and spans[i].start < end]
        lo = bisect_left(self.mark_starts, start - self.longest_mark + 1)
        hi = bisect_left(self.mark_starts, end)
        marks = sorted(self.structure + i for i in self.mark_order[lo:hi])
        kept += [spans[i] for i in marks if spans[i].end > start]
        clipped = [
            Span(max(0, s.start - start), min(s.end, end) - start, look)
            for s in kept
            if (look := style(s.style)) and min(s.end, end) > max(s.start, start)
        ]
        return Text(self.plain[start:end], style=style(self.style) if self.style else "", end="", spans=clipped)


@dataclass(frozen=True, slots=True)
class Article:
    """A document as blocks, whatever the width; ``mentions`` are those shown, in text order."""

    blocks: tuple[Block, ...]
    mentions: tuple[ResolvedMention, ...]
    mention_starts: array  # the mentions' starts (they are sorted by start)
    longest_mention: int

    def mention_from(self, doc_offset: int) -> int:
        """Index of the first mention starting at ``doc_offset`` or after (or len(mentions))."""
        return bisect_left(self.mention_starts, doc_offset)

    def mention_at(self, doc_offset: int) -> int | None:
        """Index of the first mention covering ``doc_offset``."""
        lo = bisect_left(self.mention_starts, doc_offset - self.longest_mention + 1)
        hi = bisect_right(self.mention_starts, doc_offset)
        for index in range(lo, hi):
            if doc_offset < self.mentions[index].end:
                return index
        return None


def build_article(document: Document, mentions: Sequence[ResolvedMention], kind_of: Callable[[int], ActorKind]) -> Article:
    """``document`` as blocks: its path, then its paragraphs styled by kind, each mention in
    ``mentions`` coloured by its actor's kind (``kind_of(actor id)``)."""
    # The title, date and language are on the reader's border (always in view); the path heads the text.
    blocks = [Block(safe_display(document.path), "reader--meta")]
    blocks += _paragraph_blocks(document)
    shown = _mark_mentions(blocks[HEADER_BLOCKS:], mentions, kind_of)
    for block in blocks:
        block.index_marks()
    ordered = tuple(sorted(shown.values(), key=lambda m: (m.start, m.end)))
    longest = max((m.end - m.start for m in ordered), default=0)
    return Article(tuple(blocks), ordered, array("q", (m.start for m in ordered)), longest)


def _paragraph_blocks(document: Document) -> list[Block]:
    paragraphs = list(document.paragraphs)
    # A title paragraph repeating the border's title is not shown twice.
    if paragraphs and paragraphs[0].kind is ParagraphKind.TITLE:
        if document.paragraph_text(paragraphs[0]).strip() == (document.title or "").strip():
            paragraphs = paragraphs[1:]
    blocks = []
    i = 0
    while i < len(paragraphs):
        parts = [paragraphs[i]]
        if (
            paragraphs[i].kind is ParagraphKind.DATELINE
            and i + 1 < len(paragraphs)
            and paragraphs[i + 1].kind is ParagraphKind.BODY
        ):
            parts.append(paragraphs[i + 1])
            i += 1
        blocks.append(_paragraph_block(document, parts))
        i += 1
    return blocks


def _paragraph_block(document: Document, parts: list[Paragraph]) -> Block:
    """One paragraph as a block, or a dateline and the paragraph it heads joined by a dash."""
    texts: list[str] = []
    spans: list[Span] = []
    pieces: list[Piece] = []
    length = 0

    def append(text: str, component: str | None) -> None:  # Text.append
        nonlocal length
        if component and text:
            spans.append(Span(length, length + len(text), component))
        texts.append(text)
        length += len(text)

    for n, part in enumerate(parts):
        raw = one_line(document.text[part.start : part.end])
        if part.kind is ParagraphKind.DATELINE:
            upper = raw.upper()
            raw = upper if len(upper) == len(raw) else raw
        if n:
            append(" — ", PARAGRAPH_COMPONENTS[ParagraphKind.DATELINE])
        pieces.append(Piece(length, part.start, len(raw)))
        append(raw, PARAGRAPH_COMPONENTS.get(part.kind))
    return Block("".join(texts), "", spans, pieces, structure=len(spans))


def _mark_mentions(
    blocks: list[Block], mentions: Sequence[ResolvedMention], kind_of: Callable[[int], ActorKind]
) -> dict[tuple[int, int], ResolvedMention]:
    """Colour each mention in the blocks it falls in; the mentions shown, by (start, end)."""
    components: dict[int, str] = {}  # per actor
    if any(a.start > b.start for a, b in zip(mentions, mentions[1:])):
        mentions = sorted(mentions, key=lambda m: m.start)  # they come in text order: never, then
    starts = [m.start for m in mentions]
    longest = max((m.end - m.start for m in mentions), default=0)
    shown: dict[tuple[int, int], ResolvedMention] = {}
    for block in blocks:
        if not block.pieces:
            continue
        lo = block.pieces[0].doc_start
        hi = block.pieces[-1].doc_start + block.pieces[-1].length
        # Only the mentions that may reach into the block: those starting less than the
        # longest mention before it.
        for index in range(bisect_left(starts, lo - longest + 1), bisect_left(starts, hi)):
            mention = mentions[index]
            if mention.end <= lo:
                continue
            component = components.get(mention.actor)
            if component is None:
                kind = kind_of(mention.actor)
                component = components[mention.actor] = KIND_COMPONENTS.get(kind, KIND_COMPONENTS[ActorKind.UNKNOWN])
            for start, end in block.block_range(mention.start, mention.end):
                block.stylize(component, start, end)
                shown[(mention.start, mention.end)] = mention
    return shown


@dataclass(frozen=True, slots=True)
class Line:
    """A row of the layout: ``block``'s offsets [start, end), or a blank row (``block`` None)."""

    block: int | None
    start: int = 0
    end: int = 0


@dataclass(frozen=True, slots=True)
class Marks:
    """What the reader marks over the article: the event's sentence (a background) and its
    date expression, and the mention under the cursor (text attributes: colours show through)."""

    sentence: tuple[int, int] | None  # document offsets
    timex: tuple[int, int]
    cursor: tuple[int, int] | None
    sentence_style: Style
    timex_style: Style
    cursor_style: Style
    search: Search | None = None  # its matches are marked too
    found_style: Style = Style()


def attributes_of(style: Style) -> Style:
    """``style``'s text attributes only (bold, italic, underline, reverse), without colours."""
    return Style(bold=style.bold, italic=style.italic, underline=style.underline, reverse=style.reverse)


class ReaderLayout:
    """An article wrapped at ``width`` cells: a blank row between blocks, each block's lines
    found by row in logarithmic time, and a row's text cut only when asked for."""

    def __init__(self, article: Article, width: int) -> None:
        self.article = article
        self.width = width
        self._starts = [line_starts(block.plain, width) for block in article.blocks]
        self._found: dict[tuple[int, Search], list[tuple[int, int]]] = {}
        self._first_rows: list[int] = []
        row = 0
        for index, starts in enumerate(self._starts):
            row += index >= HEADER_BLOCKS  # the blank row between paragraphs
            self._first_rows.append(row)
            row += len(starts) + 1
        self.line_count = row
        self._doc_starts = [block.pieces[0].doc_start if block.pieces else -1 for block in article.blocks]

    @property
    def mentions(self) -> tuple[ResolvedMention, ...]:
        return self.article.mentions

    def line(self, row: int) -> Line:
        """Row ``row`` (0 <= row < line_count)."""
        index = bisect_right(self._first_rows, row) - 1
        number = row - self._first_rows[index]
        starts = self._starts[index]
        if number > len(starts):
            return Line(None)
        start = starts[number - 1] if number else 0
        end = starts[number] if number < len(starts) else len(self.article.blocks[index].plain)
        return Line(index, start, end)

    def line_text(self, row: int, style: StyleOf) -> Text:
        """Row ``row``'s text styled with ``style``, its white space beyond the width cut."""
        line = self.line(row)
        if line.block is None:
            return Text(end="")
        text = self.article.blocks[line.block].cut(line.start, line.end, style)
        text.rstrip_end(self.width)
        return text

    def ranges(self, line: Line, doc_start: int, doc_end: int) -> list[tuple[int, int]]:
        """Line-relative ranges of ``line`` showing document span [doc_start, doc_end)."""
        if line.block is None:
            return []
        result = []
        for start, end in self.article.blocks[line.block].block_range(doc_start, doc_end):
            start, end = max(start, line.start), min(end, line.end)
            if start < end:
                result.append((start - line.start, end - line.start))
        return result

    def rows(self, doc_start: int, doc_end: int) -> tuple[int, int] | None:
        """First and last row (inclusive) showing part of document span [doc_start, doc_end)."""
        blocks = self.article.blocks
        lo = max(HEADER_BLOCKS, bisect_right(self._doc_starts, doc_start) - 1)
        hi = bisect_left(self._doc_starts, doc_end, lo=lo)
        first = next(((b, r) for b in range(lo, hi) if (r := blocks[b].block_range(doc_start, doc_end))), None)
        if first is None:
            return None
        last = next((b, r) for b in reversed(range(lo, hi)) if (r := blocks[b].block_range(doc_start, doc_end)))
        return self._row_of(first[0], first[1][0][0]), self._row_of(last[0], last[1][-1][1] - 1)

    def _row_of(self, block: int, offset: int) -> int:
        return self._first_rows[block] + bisect_right(self._starts[block], offset)

    def doc_offset(self, row: int, x: int) -> int | None:
        """The document offset of the character ``x`` cells into row ``row``, if it has one."""
        line = self.line(row)
        if line.block is None:
            return None
        cells = 0
        for index, character in enumerate(self.line_text(row, _unstyled).plain):
            cells += cell_len(character)
            if cells > x:
                break
        else:
            return None
        block_offset = line.start + index
        for piece in self.article.blocks[line.block].pieces:
            if piece.block_start <= block_offset < piece.block_start + piece.length:
                return piece.doc_start + block_offset - piece.block_start
        return None

    def styled_line(self, row: int, style: StyleOf, marks: Marks) -> Text:
        """Row ``row``'s text styled with ``style``, the sentence, its date expression and the
        cursor marked."""
        line, text = self.line(row), self.line_text(row, style)
        if marks.sentence is not None:
            ranges = self.ranges(line, *marks.sentence)
            for start, end in ranges:
                text.stylize(marks.sentence_style, start, end)
            if ranges:
                for start, end in self.ranges(line, *marks.timex):
                    text.stylize(marks.timex_style, start, end)
        if marks.cursor is not None:
            for start, end in self.ranges(line, *marks.cursor):
                text.stylize(marks.cursor_style, start, end)
        if marks.search is not None:
            for start, end in self.found(line, marks.search):
                text.stylize(marks.found_style, start, end)
        return text

    def match_row(self, search: Search, after: int, step: int) -> int | None:
        """The first row past ``after`` (going by ``step``: 1 or -1) holding a match, if any."""
        row = after + step
        while 0 <= row < self.line_count:
            if self.found(self.line(row), search):
                return row
            row += step
        return None

    def found(self, line: Line, search: Search) -> list[tuple[int, int]]:
        """Line-relative spans of ``line`` that ``search`` matches (a block is searched once)."""
        if line.block is None:
            return []
        key = (line.block, search)
        spans = self._found.get(key)
        if spans is None:
            if len(self._found) > 256:
                self._found.clear()
            spans = self._found[key] = match_spans(self.article.blocks[line.block].plain, search)
        lo = bisect_left(spans, (line.start - 10_000, 0))  # no word is longer than that
        out = []
        for start, end in spans[lo:]:
            if start >= line.end:
                break
            start, end = max(start, line.start), min(end, line.end)
            if start < end:
                out.append((start - line.start, end - line.start))
        return out


def _unstyled(component: str) -> Style:
    return Style()
