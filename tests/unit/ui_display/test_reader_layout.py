"""The reader's layout without the app: blocks, wrapped rows, marks, and its cost on long text."""

from __future__ import annotations

import re

import pytest
from rich.style import Style
from rich.text import Text

from tui.corpus.document import DocDate, Document, Paragraph, ParagraphKind
from tui.extract.model import ActorKind, ResolvedMention
from tui.ui.display import reader_layout
from tui.ui.display.reader_layout import (
    KIND_COMPONENTS,
    Marks,
    ReaderLayout,
    build_article,
    text_width,
)

# Every component its own colour, so that a test can tell which style a character has.
COMPONENTS = ["reader--meta", *reader_layout.PARAGRAPH_COMPONENTS.values(), *KIND_COMPONENTS.values()]
COLOURS = {name: Style(color=f"color({n + 1})") for n, name in enumerate(dict.fromkeys(COMPONENTS))}


def style(component: str) -> Style:
    return COLOURS.get(component, Style())


def document(paragraphs: list[tuple[ParagraphKind, str]], title: str = "") -> Document:
    text, spans = "", []
    for kind, body in paragraphs:
        spans.append(Paragraph(len(text), len(text) + len(body), kind))
        text += body + "\n\n"
    return Document(0, "corpus/article.txt", text, DocDate(2025, 3, 11), "fr", title, tuple(spans))


SENTENCES = (
    "Le directeur du SVR, Sergueï Narychkine, a parlé mardi à Moscou. "
    "La CIA n’a pas répondu. "
    "Les deux services se parlent depuis 2015, selon l’agence."
)
DOC = document(
    [
        (ParagraphKind.TITLE, "Le SVR parle"),
        (ParagraphKind.DATELINE, "Moscou"),
        (ParagraphKind.BODY, SENTENCES),
        (ParagraphKind.CROSSHEAD, "Un dialogue"),
        (ParagraphKind.BODY, "Rien de plus."),
    ],
    title="Le SVR parle",
)
BODY = DOC.paragraphs[2].start


def mention(word: str, actor: int) -> ResolvedMention:
    start = DOC.text.index(word)
    return ResolvedMention(start, start + len(word), actor)


KINDS = [ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE, "a kind from elsewhere"]
MENTIONS = [mention("SVR,", 1), mention("Sergueï Narychkine", 0), mention("Moscou.", 2), mention("CIA", 1), mention("l’agence", 3)]


def article(doc: Document = DOC, mentions=MENTIONS):
    return build_article(doc, mentions, lambda actor: KINDS[actor])


def plain_rows(layout: ReaderLayout) -> list[str]:
    return [layout.line_text(row, style).plain for row in range(layout.line_count)]


def test_the_path_heads_the_text_and_a_blank_row_parts_the_paragraphs():
    layout = ReaderLayout(article(), 40)
    assert plain_rows(layout) == [
        "corpus/article.txt",
        "",
        # The title repeats the border's: not shown. The dateline joins the paragraph after it.
        "MOSCOU — Le directeur du SVR, Sergueï ",
        "Narychkine, a parlé mardi à Moscou. La ",
        "CIA n’a pas répondu. Les deux services ",
        "se parlent depuis 2015, selon l’agence.",
        "",
        "Un dialogue",
        "",
        "Rien de plus.",
    ]
    assert layout.line(1).block is None and layout.line(6).block is None


def test_the_highlighted_sentence_s_rows_and_marks():
    layout = ReaderLayout(article(), 40)
    start = DOC.text.index("La CIA")
    end = DOC.text.index("Les deux")
    timex = DOC.text.index("mardi")
    assert layout.rows(start, end) == (3, 4)
    marks = Marks((start, end), (timex, timex + 5), None, Style(bgcolor="red"), Style(bold=True), Style(reverse=True))
    row = layout.styled_line(3, style, marks)
    lit = [span for span in row.spans if span.style == Style(bgcolor="red")]
    assert [row.plain[s.start : s.end] for s in lit] == ["La "]
    # The date expression is emphasised on the sentence's rows only.
    assert Style(bold=True) not in [span.style for span in layout.styled_line(2, style, marks).spans]


def test_mentions_are_coloured_by_their_actor_s_kind():
    layout = ReaderLayout(article(), 40)
    row = layout.line_text(2, style)
    coloured = {row.plain[s.start : s.end]: s.style for s in row.spans if s.style in COLOURS.values()}
    assert coloured["SVR,"] == style("reader--organisation")
    assert coloured["Sergueï "] == style("reader--person")  # the mention goes on on the next row
    assert coloured["MOSCOU"] == style("reader--dateline")
    # An actor of a kind the reader does not know is shown as one of unknown kind.
    last = layout.line_text(5, style)
    assert [last.plain[s.start : s.end] for s in last.spans if s.style == style("reader--unknown")] == ["l’agence"]
    assert [m.actor for m in layout.mentions] == [1, 0, 2, 1, 3]


def test_a_row_is_the_slice_of_its_block_rich_would_cut():
    # The rows are cut from their block on demand: the same text and styles as slicing the
    # block's Text (what the reader did for every row), its white space beyond the width cut.
    for width in (10, 23, 40, 100):
        layout = ReaderLayout(article(), width)
        for row in range(layout.line_count):
            line = layout.line(row)
            if line.block is None:
                continue
            expected = layout.article.blocks[line.block].as_text(style)[line.start : line.end]
            expected.rstrip_end(width)
            expected.end = ""
            got = layout.line_text(row, style)
            assert (got.plain, got.spans, got.style) == (expected.plain, expected.spans, expected.style)


def test_a_click_finds_the_document_offset_and_the_mention():
    layout = ReaderLayout(article(), 40)
    offset = layout.doc_offset(2, 25)  # "MOSCOU — Le directeur du SVR," : the S of SVR
    assert DOC.text[offset : offset + 3] == "SVR"
    assert layout.mentions[layout.article.mention_at(offset)].actor == 1
    assert layout.doc_offset(2, 3) == DOC.paragraphs[1].start + 3  # in the dateline
    assert layout.doc_offset(2, 7) is None  # in " — ", which is not the document's
    assert layout.doc_offset(1, 0) is None  # a blank row
    assert layout.article.mention_at(DOC.text.index("directeur")) is None
    assert layout.article.mention_from(BODY) == 0


def test_the_text_width_stays_readable():
    assert text_width(200) == reader_layout.MAX_TEXT_WIDTH
    assert text_width(60) == 59
    assert text_width(5) == reader_layout.MIN_TEXT_WIDTH


def long_paragraph(size: int) -> Document:
    sentence = "Le directeur du SVR, Sergueï Narychkine, a parlé mardi à Moscou avec la CIA. "
    return document([(ParagraphKind.BODY, sentence * (size // len(sentence)))])


def test_a_long_paragraph_is_wrapped_once_and_no_row_is_cut_before_it_is_drawn(monkeypatch):
    wraps, texts = [], []
    wrap = reader_layout.line_starts
    monkeypatch.setattr(reader_layout, "line_starts", lambda text, width: wraps.append(len(text)) or wrap(text, width))

    class CountedText(Text):
        def __init__(self, *args, **kwargs) -> None:
            texts.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(reader_layout, "Text", CountedText)
    doc = long_paragraph(1_000_000)
    names = [m.start() for m in re.finditer("Sergueï Narychkine", doc.text)]
    mentions = [ResolvedMention(start, start + 18, 0) for start in names]
    built = build_article(doc, mentions, lambda actor: ActorKind.PERSON)
    assert len(built.blocks[1].spans) == len(mentions)  # a style per mention, not per line
    layout = ReaderLayout(built, 80)
    assert len(wraps) == 2  # once per block
    assert layout.line_count > 12_000 and not texts  # no Text yet, let alone one per line
    # A row drawn is cut alone, with the styles that cover it only.
    row = layout.line_text(layout.line_count - 1, style)
    assert len(texts) == 1 and len(row.plain) <= 80
    assert len(row.spans) <= 2
    sentence = doc.text.index("Le directeur", 500_000)
    first, last = layout.rows(sentence, sentence + 77)
    assert last - first <= 1 and layout.line_text(first, style).plain.strip()


@pytest.mark.parametrize("width", [10, 80])
def test_rows_of_a_span_are_those_its_ranges_touch(width):
    layout = ReaderLayout(article(), width)
    start, end = DOC.paragraphs[1].start, DOC.paragraphs[2].start + 2  # "Moscou" and "Le" of the body
    first, last = layout.rows(start, end)
    touched = [row for row in range(layout.line_count) if layout.ranges(layout.line(row), start, end)]
    assert (first, last) == (touched[0], touched[-1])
    assert layout.rows(0, 3) is None  # the document's title is not shown


try:
    from rich._wrap import divide_line  # what the reader wrapped with: the reference, when it exists
except ImportError:  # pragma: no cover
    divide_line = None


def rich_blocks(doc: Document, mentions, kind_of, style) -> list[Text]:
    """The blocks as the reader built them, with Rich's Text.append and Text.stylize."""
    blocks = [Text(doc.path, style=style("reader--meta"), end="")]
    paragraphs = [p for p in doc.paragraphs if not (p.kind is ParagraphKind.TITLE and doc.paragraph_text(p).strip() == doc.title.strip())]
    pieces = []
    i = 0
    while i < len(paragraphs):
        parts = [paragraphs[i]]
        if parts[0].kind is ParagraphKind.DATELINE and i + 1 < len(paragraphs) and paragraphs[i + 1].kind is ParagraphKind.BODY:
            parts.append(paragraphs[i + 1])
            i += 1
        text, block_pieces = Text(end=""), []
        for n, part in enumerate(parts):
            raw = doc.text[part.start : part.end].replace("\n", " ")
            raw = raw.upper() if part.kind is ParagraphKind.DATELINE and len(raw.upper()) == len(raw) else raw
            if n:
                text.append(" — ", style=style("reader--dateline"))
            block_pieces.append((len(text), part.start, len(raw)))
            text.append(raw, style=style(reader_layout.PARAGRAPH_COMPONENTS.get(part.kind, "")))
        blocks.append(text)
        pieces.append(block_pieces)
        i += 1
    for text, block_pieces in zip(blocks[1:], pieces):
        for m in mentions:
            for block_start, doc_start, length in block_pieces:
                start, end = max(m.start, doc_start), min(m.end, doc_start + length)
                if start < end:
                    text.stylize(style(KIND_COMPONENTS[kind_of(m.actor)]), block_start + start - doc_start, block_start + end - doc_start)
    return blocks


def dull(component: str) -> Style:
    """Some components without any style: Rich keeps no span for them."""
    return Style() if component in ("reader--dateline", "reader--organisation", "reader--meta") else style(component)


@pytest.mark.skipif(divide_line is None, reason="this Rich has no rich._wrap.divide_line")
@pytest.mark.parametrize("look", [style, dull])
def test_the_seeds_articles_wrap_as_the_reader_wrapped_them(seeds_store, look):
    # The reader used to build each block as a Rich Text and slice it at Rich's private
    # wrapper's offsets: every row of every seed article, at any width, is the same text with
    # the same styles.
    for doc in range(len(seeds_store.documents)):
        kind_of = lambda actor: seeds_store.actors[actor].kind  # noqa: E731
        document, mentions = seeds_store.documents[doc], seeds_store.mentions_in(doc)
        built = build_article(document, mentions, kind_of)
        blocks = rich_blocks(document, mentions, kind_of, look)
        assert [block.plain for block in built.blocks] == [text.plain for text in blocks]
        for width in (10, 33, 59, 80, 100):
            expected = []
            for index, text in enumerate(blocks):
                if index:
                    expected.append(("", [], ""))
                bounds = [0, *divide_line(text.plain, width, fold=True), len(text.plain)]
                for start, end in zip(bounds, bounds[1:]):
                    line = text[start:end]
                    line.rstrip_end(width)
                    expected.append((line.plain, line.spans, line.style))
            layout = ReaderLayout(built, width)
            rows = [layout.line_text(row, look) for row in range(layout.line_count)]
            assert [(row.plain, row.spans, row.style) for row in rows] == expected
