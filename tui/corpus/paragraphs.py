"""Splitting an article body into paragraphs and telling body text from the noise around it."""

from __future__ import annotations

import re
from functools import cache

from pathlib import Path

from tui.corpus.document import Paragraph, ParagraphKind
from tui.util.text import fold
from tui.util.usercache import bundled_yaml

_DATA = Path(__file__).resolve().parent / "data"

_BLANK_LINES = re.compile(r"\n[ \t\u00a0]*\n\s*")
# "Moscou | Le directeur ..." / "WASHINGTON (Reuters) - ..." / "PARIS, 12 mars (AFP) - ..."
_DATELINE_BAR = re.compile(r"([A-ZÀ-Þ][\w'’.\- ]{1,40}?)\s*\|\s+")
_DATELINE_CAPS = re.compile(
    r"([A-ZÀ-Þ][A-ZÀ-Þ'’.\- ]{1,30}(?:,[^()\n]{1,30})?(?:\s*\([^()\n]{1,30}\))?)\s*[-–—]{1,2}\s+"
)
_BRACKETED_CREDIT = re.compile(r"\(\s*[^()\n]{1,80}\s*\)|\[\s*[^\[\]\n]{1,80}\s*\]")
_FINAL_PUNCTUATION = ".!?:;…\"»”'’)"
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")
_MAX_CROSSHEAD_CHARS = 90
_MAX_CROSSHEAD_WORDS = 14


@cache
def _markers() -> dict:
    data = bundled_yaml(_DATA / "paragraphs.yaml")
    return {
        "teaser": _opening_with(data["teaser"]),
        "trailer": _opening_with(data["trailer"]),
        "credit": _opening_with(data["credit"]),
        "bullets": data["bullets"],
    }


def _opening_with(markers: list[str]) -> re.Pattern[str]:
    """A folded opening that starts with one of ``markers`` as whole words (not "relatedly" for
    "related"): one regex rather than a loop over the markers, for every paragraph."""
    alternatives = "|".join(re.escape(fold(m)) for m in markers)
    return re.compile(f"(?:{alternatives})(?![^\\W_])")  # not followed by a letter or digit


class TooManyParagraphs(Exception):
    """The text has more blank-line separated spans than the caller allows."""


def split_paragraphs(
    text: str, start: int, *, markdown: bool = False, max_paragraphs: int | None = None
) -> list[Paragraph]:
    """Paragraphs of ``text[start:]`` (blank-line separated), classified by kind. Raise
    TooManyParagraphs, before any is made, if there are over ``max_paragraphs`` (when given)."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _BLANK_LINES.finditer(text, start):
        if max_paragraphs is not None and len(spans) + 1 >= max_paragraphs:  # (one more follows)
            raise TooManyParagraphs
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, len(text)))

    paragraphs: list[Paragraph] = []
    for span_start, span_end in spans:
        span_start, span_end = _strip(text, span_start, span_end)
        if span_start >= span_end:
            continue
        paragraphs.extend(_classify(text, span_start, span_end, first=not paragraphs, markdown=markdown))
    _mark_trailers(text, paragraphs)
    return paragraphs


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _opening(text: str, start: int, end: int) -> str:
    """The folded first words of a paragraph, without its bullet."""
    head = text[start : min(end, start + 60)].lstrip(_markers()["bullets"] + " \t")
    return fold(head)


def _starts_with_marker(opening: str, markers: re.Pattern[str]) -> bool:
    return markers.match(opening) is not None


def _classify(text: str, start: int, end: int, *, first: bool, markdown: bool) -> list[Paragraph]:
    body = text[start:end]
    if markdown:
        heading = _MARKDOWN_HEADING.match(body)
        if heading:
            kind = ParagraphKind.TITLE if first else ParagraphKind.CROSSHEAD
            return [Paragraph(start + heading.end(), end, kind)]
    opening = _opening(text, start, end)
    markers = _markers()
    if _starts_with_marker(opening, markers["teaser"]):
        return [Paragraph(start, end, ParagraphKind.TEASER)]
    if _BRACKETED_CREDIT.fullmatch(body) or (
        len(body) <= 120 and _starts_with_marker(opening, markers["credit"])
    ):
        return [Paragraph(start, end, ParagraphKind.CREDIT)]
    if "\n" not in body and len(body) <= 60 and _starts_with_marker(opening, markers["trailer"]):
        return [Paragraph(start, end, ParagraphKind.TRAILER)]
    dateline = _DATELINE_BAR.match(body) or _DATELINE_CAPS.match(body)
    if dateline and dateline.end() < len(body):
        split = start + dateline.end()
        return [
            Paragraph(start, start + dateline.end(1), ParagraphKind.DATELINE),
            Paragraph(split, end, ParagraphKind.BODY),
        ]
    if _looks_like_heading(body):
        return [Paragraph(start, end, ParagraphKind.TITLE if first else ParagraphKind.CROSSHEAD)]
    return [Paragraph(start, end, ParagraphKind.BODY)]


def _looks_like_heading(body: str) -> bool:
    return (
        "\n" not in body
        and len(body) <= _MAX_CROSSHEAD_CHARS
        and len(body.split()) <= _MAX_CROSSHEAD_WORDS
        and not _ends_a_sentence(body)
        and body[0].isupper()
    )


_CLOSING_MARKS = "\"»”'’)"
_SENTENCE_FINAL = ".!?:;…"


def _ends_a_sentence(body: str) -> bool:
    """Whether a line ends as a sentence does: on final punctuation, or on a closing quote or
    bracket right after one ('… a-t-il dit.»'). A title may end on a quoted phrase ("France :
    pour X, le nucléaire est une « filière d'avenir »"): its closing mark ends no sentence."""
    if body[-1] not in _FINAL_PUNCTUATION:
        return False
    if body[-1] not in _CLOSING_MARKS:
        return True
    inside = body.rstrip(_CLOSING_MARKS + " \u00a0\u202f")
    return inside[-1:] in _SENTENCE_FINAL or not inside


def _mark_trailers(text: str, paragraphs: list[Paragraph]) -> None:
    """A short closing heading ("À voir aussi") at the very end is a trailer, not a crosshead."""
    markers = _markers()["trailer"]
    if paragraphs and paragraphs[-1].kind is ParagraphKind.CROSSHEAD:
        last = paragraphs[-1]
        if _starts_with_marker(_opening(text, last.start, last.end), markers):
            paragraphs[-1] = Paragraph(last.start, last.end, ParagraphKind.TRAILER)
