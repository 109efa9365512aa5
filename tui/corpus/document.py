"""The corpus data model: documents, their paragraphs and the problems met while reading them."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from tui.util.text import clip

MESSAGE_CHARS = 300  # a problem's message, at most (the input it quotes is cut shorter)


class ParagraphKind(StrEnum):
    """What a paragraph is, so the reader can style it and extraction can skip the noise."""

    BODY = "body"
    DATELINE = "dateline"  # "Moscou | Le directeur ..." (the body text after the bar still counts)
    CREDIT = "credit"  # "( AFP / SAUL LOEB )"
    TEASER = "teaser"  # "• À lire aussi: ...", "Read more: ..."
    CROSSHEAD = "crosshead"  # a short heading line without final punctuation
    TRAILER = "trailer"  # "À voir aussi" at the end
    TITLE = "title"  # the headline of a Markdown article ("# ...")

    @property
    def yields_events(self) -> bool:
        return self in _EVENTFUL

    @property
    def is_noise(self) -> bool:
        """Other articles' text or the page around the article: shown dimmed, never read for facts."""
        return self in _NOISE


_EVENTFUL = frozenset({ParagraphKind.BODY, ParagraphKind.DATELINE})
_NOISE = frozenset({ParagraphKind.TEASER, ParagraphKind.CREDIT, ParagraphKind.TRAILER})


@dataclass(frozen=True, slots=True, order=True)
class DocDate:
    """The document creation date as the header gives it: a month (2025-03) or a day (1999-05-19)."""

    year: int
    month: int
    day: int | None = None

    @property
    def has_day(self) -> bool:
        return self.day is not None

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, self.day or 1)

    def last_day(self) -> dt.date:
        if self.day is not None:
            return dt.date(self.year, self.month, self.day)
        return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    def iso(self) -> str:
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, value: str) -> "DocDate":
        """Parse 'YYYY-MM' or 'YYYY-MM-DD' (ASCII digits); raise ValueError saying what is wrong in words."""
        text = value.strip()
        match = _DOC_DATE.fullmatch(text)
        if not match:
            raise ValueError(f"date {clip(text, 40)!r} is not YYYY-MM or YYYY-MM-DD")
        year, month = int(match[1]), int(match[2])
        day = int(match[3]) if match[3] else None
        if year == 0:
            raise ValueError(f"date {text} does not exist: there is no year 0")
        if not 1 <= month <= 12:
            raise ValueError(f"date {text} does not exist: there is no month {month}")
        if day is not None and not 1 <= day <= (last := calendar.monthrange(year, month)[1]):
            raise ValueError(f"date {text} does not exist: {_MONTHS[month - 1]} {year} has {last} days")
        return cls(year, month, day)


# re.ASCII: other scripts' digits ("१२३४", "²") are not a date header's digits.
_DOC_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", re.ASCII)
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # not calendar.month_name: the locale's names


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph as a span [start, end) of its document's text, with its kind."""

    start: int
    end: int
    kind: ParagraphKind


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its decoded text and what was read from it.

    All offsets (paragraphs, and later sentences, dates and mentions) index ``text``, which is the
    file's decoded text with control characters replaced one for one (so offsets match the file).
    """

    id: int
    path: str  # as given on the command line, or relative to the corpus root
    text: str
    dct: DocDate
    lang: str  # "fr" or "en"
    title: str
    paragraphs: tuple[Paragraph, ...]
    source: str = ""

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


class Severity(StrEnum):
    ERROR = "error"  # the file was skipped
    WARNING = "warning"  # the file loaded, with a caveat


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with an input file, worded for the person who owns the file."""

    path: str
    message: str
    severity: Severity = Severity.ERROR

    def __post_init__(self) -> None:
        # A library's message quoting the input stays one short line. The path stays exact (the
        # JSON contract gives it back byte for byte); every view escapes it where it is shown
        # (tui.util.safe.safe_display).
        object.__setattr__(self, "message", clip(self.message, MESSAGE_CHARS))

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def main_language(documents: Sequence[Document]) -> str:
    """The language most of ``documents`` are in ("fr", "en"; English when there are none):
    how dates read in words and which names actors are shown by."""
    languages = Counter(d.lang for d in documents)
    return languages.most_common(1)[0][0] if languages else "en"


@dataclass(frozen=True, slots=True)
class Corpus:
    """Every document that loaded, and the problems with the ones that did not."""

    documents: tuple[Document, ...]
    problems: tuple[Problem, ...] = field(default=())
    roots: tuple[str, ...] = field(default=())

    @property
    def skipped(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity is Severity.ERROR)
