"""Dates as a user types them to jump or to filter: "2021-06", "juin 2021", "March 2025", "2014",
"12 mars 2025", "l'été 2019", and ranges: "2021-06..2021-09", "juin à septembre 2021",
"June 2021 to March 2022", "2014..", "..2015".

The date tagger reads them (French and English, whichever reads more of the text); ISO forms are
read directly. Relative words ("hier", "last year") are resolved against ``today``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from tui.corpus.document import DocDate
from tui.extract.model import Precision, When
from tui.extract.timex import tag_timexes
from tui.extract.timex.when import safe_date, when_day, when_month, when_quarter, when_year

LANGUAGES = ("fr", "en")
# Between the two ends of a range (the tagger places "de juin à septembre 2021" as one range; these are
# for what it leaves as two dates, and for ISO ends).
RANGE_SEPARATOR = re.compile(r"\s*(?:\.\.|→|–|—|\s-\s|\bto\b|\buntil\b|\bthrough\b|\bau\b|\bjusqu'(?:au|en|à)\b)\s*", re.IGNORECASE)
ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?|-?Q([1-4]))?")
MIN_COVER = 0.6  # the share of the text's letters and digits a reading must cover


class DateRange(NamedTuple):
    """A range the user asked for; an open end is None."""

    first: dt.date | None
    last: dt.date | None


def parse_date(text: str, today: dt.date) -> When | None:
    """The one date (or range the tagger reads as one) that ``text`` writes; None if none."""
    text = text.strip()
    if not text:
        return None
    iso = ISO.fullmatch(text)
    if iso:
        return _iso_when(iso)
    best: tuple[float, When] | None = None
    for lang in LANGUAGES:
        tagged = tag_timexes(text, _dct(today), lang)
        found = [t for t in tagged if t.when is not None]
        if len(found) != 1:
            continue
        end = found[0].end
        if found[0].when.precision is Precision.RANGE:
            # French tags a range as two points, the first placed on the whole range and the
            # second on nothing ("de [juin] à [septembre 2021]"): the two cover the text.
            end = max(t.end for t in tagged)
        cover = _share(text[found[0].start : end], text)
        if cover >= MIN_COVER and (best is None or cover > best[0]):
            best = (cover, found[0].when)
    return best[1] if best else None


def parse_date_range(text: str, today: dt.date) -> DateRange | None:
    """The range ``text`` asks for: one date is its own range ("2014": the whole year), two
    dates joined by "..", "to", "au", "–"... are first and last; an end left out is open."""
    text = text.strip()
    whole = parse_date(text, today)
    if whole is not None and whole.precision is Precision.RANGE:  # "de juin au 12 septembre 2021"
        return DateRange(whole.first, whole.last)
    two_ends = _two_ends(text, today)
    if two_ends is not None:
        return two_ends
    return DateRange(whole.first, whole.last) if whole is not None else None


def _two_ends(text: str, today: dt.date) -> DateRange | None:
    """``text`` read as two dates joined by a separator; an end left out is open."""
    parts = RANGE_SEPARATOR.split(text, maxsplit=1)
    if len(parts) != 2:
        return None
    left, right = (part.strip() for part in parts)
    start = parse_date(left, today) if left else None
    end = parse_date(right, today) if right else None
    if (left and start is None) or (right and end is None) or (start is None and end is None):
        return None
    first = start.first if start else None
    last = end.last if end else None
    if first and last and first > last:
        return None
    return DateRange(first, last)


def _iso_when(match: re.Match[str]) -> When | None:
    year = int(match.group(1))
    if match.group(4):
        return when_quarter(year, int(match.group(4)))
    if match.group(2) is None:
        return when_year(year) if year >= 1 else None
    month = int(match.group(2))
    if not 1 <= month <= 12:
        return None
    if match.group(3) is None:
        return when_month(year, month)
    day = safe_date(year, month, int(match.group(3)))
    return when_day(day) if day else None


def _dct(today: dt.date) -> DocDate:
    return DocDate(today.year, today.month, today.day)


def _share(part: str, whole: str) -> float:
    def letters(s: str) -> int:
        return sum(ch.isalnum() for ch in s)

    return letters(part) / max(1, letters(whole))
