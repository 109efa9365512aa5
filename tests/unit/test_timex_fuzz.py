"""Property tests: the tagger never raises and always returns well-formed, ordered timexes."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.corpus.document import DocDate
from tui.extract.model import TimexType
from tui.extract.timex import TIMEX_VALUE_RE, tag_timexes
from tui.extract.timex.language import language_data

# Fragments that exercise the rules, mixed with arbitrary text.
WORDS = [
    "hier", "demain", "aujourd'hui", "mardi", "le", "12", "1er", "mars", "mai", "2025", "en",
    "dernier", "prochain", "il y a", "trois", "ans", "jours", "depuis", "février", "du", "au",
    "et", "entre", "1998", "2000", "années", "90", "l'été", "fin", "début", "mi-", "soir",
    "chaque année", "11/03/2025", "1999-05-18", "XIXe siècle", "yesterday", "last", "week",
    "March", "May", "11,", "two", "years", "ago", "next", "month", "the", "1990s", "summer",
    "Tuesday", "will", "has", "met", "from", "to", "July", "16:08 UTC", "mid-2010", "quarter",
    "first", "of", "a", "day", "'82", "70s", "31", "30", "février", "29", "-", ",", ".", "\n",
    "a rencontré", "rencontrera", "la veille", "lendemain", "dans", "semaines", "9999", "0000",
]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=30).map(" ".join),
)


@st.composite
def doc_dates(draw: st.DrawFn) -> DocDate:
    day = draw(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9990, 12, 31)))
    if draw(st.booleans()):
        return DocDate(day.year, day.month, day.day)
    return DocDate(day.year, day.month)


@st.composite
def spans(draw: st.DrawFn, length: int) -> list[tuple[int, int]] | None:
    if draw(st.booleans()):
        return None
    bounds = st.integers(min_value=-3, max_value=length + 3)
    return draw(st.lists(st.tuples(bounds, bounds), max_size=4))


@settings(max_examples=300, deadline=None)
@given(text=texts, dct=doc_dates(), lang=st.sampled_from(["fr", "en"]), data=st.data())
def test_tagger_is_total_and_well_formed(text: str, dct: DocDate, lang: str, data: st.DataObject) -> None:
    region = data.draw(spans(len(text)))
    found = tag_timexes(text, dct, lang, region)
    previous_end = -1
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.text == text[timex.start : timex.end]
        assert timex.start >= previous_end, "timexes overlap or are unsorted"
        previous_end = timex.end
        assert isinstance(timex.type, TimexType)
        assert TIMEX_VALUE_RE.match(timex.value), timex.value
        if timex.when is not None:
            assert timex.when.first <= timex.when.last
            assert timex.when.label
        if timex.type is TimexType.SET or timex.type is TimexType.DURATION and not _placed(text, timex.start, lang):
            assert timex.when is None
    if region is not None:
        allowed: list[tuple[int, int]] = []  # the union of the spans, overlapping ones merged
        for s, e in sorted((max(0, s), min(len(text), e)) for s, e in region):
            if allowed and s < allowed[-1][1]:
                allowed[-1] = (allowed[-1][0], max(allowed[-1][1], e))
            elif e > s:
                allowed.append((s, e))
        for timex in found:
            assert any(s <= timex.start and timex.end <= e for s, e in allowed)


def _placed(text: str, start: int, lang: str) -> bool:
    """An amount the language places on the timeline ("il y a [trois ans]", "dans [un an]"): a
    DURATION with a date."""
    lead = language_data("fr" if lang == "fr" else "en").amount_lead
    return lead is not None and lead.search(text[:start]) is not None
