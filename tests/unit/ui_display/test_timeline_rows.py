"""The timeline's rows without the app: columns, dates at their precision, names."""

from __future__ import annotations

import datetime as dt

from rich.cells import cell_len
from rich.style import Style

from tui.extract.model import Precision, When
from tui.ui.display.timeline_rows import (
    Columns,
    RowEvent,
    columns,
    date_width,
    empty_segments,
    row_segments,
    starts_year,
)

COLOURS = {
    "": Style(color="white"),
    "timeline--date": Style(color="blue"),
    "timeline--year": Style(color="yellow", bold=True),
    "timeline--uncertain": Style(italic=True),
    "timeline--actors": Style(dim=True),
    "timeline--kind": Style(color="magenta"),
    "timeline--sources": Style(color="cyan"),
    "timeline--empty": Style(italic=True),
    "timeline--match": Style(underline=True),
    "timeline--star": Style(color="red", bold=True),
}
MARCH = When(dt.date(2025, 3, 1), dt.date(2025, 3, 31), Precision.MONTH, "2025-03")
SENTENCE = "Le directeur du SVR a parlé à Moscou de la coopération avec la CIA depuis 2015."
NAMES = "Sergueï Narychkine, SVR, CIA, Moscou"
CALL = RowEvent(MARCH, "call", SENTENCE, NAMES)


def style(component: str) -> Style:
    return COLOURS[component]


def text(segments) -> str:
    return "".join(segment.text for segment in segments)


def test_a_month_precision_event_at_80_cells():
    segments = row_segments(CALL, 80, 10, False, style)
    row = text(segments)
    assert columns(80, 10) == Columns(text=43, actors=22)
    assert row == " 2025-03     " + "✆ Le directeur du SVR a parlé à Moscou de …" + "  " + "Sergueï Narychkine, S…"
    assert cell_len(row) == 80
    assert next(s for s in segments if s.text == "✆ ").style == style("") + style("timeline--kind")
    date = next(s for s in segments if s.text == "2025-03")
    assert date.style == style("") + style("timeline--date")
    assert segments[-1].style == style("") + style("timeline--actors")


def test_the_first_event_of_a_year_and_an_uncertain_date_look_apart():
    uncertain = When(MARCH.first, MARCH.last, Precision.MONTH, "2025-03", uncertain=True)
    segments = row_segments(RowEvent(uncertain, "call", SENTENCE, NAMES), 80, 10, True, style)
    date = next(s for s in segments if s.text == "~2025-03")
    assert date.style == style("") + (style("timeline--year") + style("timeline--uncertain"))
    by_article = row_segments(RowEvent(MARCH, "call", SENTENCE, NAMES, dated_by_article=True), 80, 10, False, style)
    date = next(s for s in by_article if s.text == "2025-03")
    assert date.style == style("") + (style("timeline--date") + style("timeline--uncertain"))


def test_an_event_told_by_several_articles_counts_them_after_its_headline():
    segments = row_segments(RowEvent(MARCH, "meeting", "Sommet à Genève", NAMES, sources=3), 80, 10, False, style)
    row = text(segments)
    assert row.startswith(" 2025-03     ♦ Sommet à Genève ×3")
    assert cell_len(row) == 80
    assert next(s for s in segments if s.text == " ×3").style == style("") + style("timeline--sources")


def test_a_starred_event_with_a_note_is_marked_and_keeps_the_columns():
    plain = text(row_segments(CALL, 80, 10, False, style))
    segments = row_segments(RowEvent(MARCH, "call", SENTENCE, NAMES, starred=True, noted=True), 80, 10, False, style)
    row = text(segments)
    assert row == "★2025-03     " + "✆ Le directeur du SVR a parlé à Moscou d…" + " ✎" + "  " + "Sergueï Narychkine, S…"
    assert cell_len(row) == 80 and row.index("Sergueï") == plain.index("Sergueï")  # the actors column stays put
    assert segments[0].style == style("") + style("timeline--star")
    assert next(s for s in segments if s.text == " ✎").style == style("") + style("timeline--star")
    assert text(row_segments(RowEvent(MARCH, "call", SENTENCE, NAMES, starred=True), 80, 10, False, style))[1:] == plain[1:]


def test_a_narrow_timeline_gives_the_room_to_the_sentence():
    row = text(row_segments(CALL, 70, 10, False, style))
    assert columns(70, 10) == Columns(text=57, actors=0)
    assert row == " 2025-03     " + "✆ Le directeur du SVR a parlé à Moscou de la coopération…"  # no names


def test_a_short_sentence_and_no_actor_leave_the_rest_to_padding():
    row = text(row_segments(RowEvent(MARCH, "other", "Il pleut.", ""), 80, 7, False, style))
    assert row == " 2025-03  · Il pleut."


def test_the_date_column_fits_the_widest_date_within_bounds():
    assert date_width(["2025-03-11", "2025", "~2021-11"]) == 10
    assert date_width(["2025"]) == 4
    assert date_width(["1"]) == 4
    assert date_width(["2011-03-01–2012-04-30"]) == 16
    assert date_width(["2012-11-11 07:45"]) == 16  # a day with its clock time shows whole
    assert date_width([]) == 10


def test_years_start_where_the_year_changes_among_the_rows_shown():
    class Events:
        years = {0: 2011, 1: 2011, 2: 2012, 3: 2012}

        def when(self, i: int) -> When:
            day = dt.date(self.years[i], 1, 1)
            return When(day, day, Precision.DAY, day.isoformat())

    ids = [1, 2, 3]
    assert [starts_year(Events(), ids, row) for row in range(3)] == [True, True, False]


def test_an_empty_timeline_says_so():
    (segment,) = empty_segments("No events.", 30, style)
    assert segment.text == " No events." and segment.style == style("") + style("timeline--empty")


def test_a_search_marks_its_words_in_the_headline_and_nothing_else():
    from dataclasses import replace

    from tui.util.search import parse_search

    colours = {**COLOURS, "timeline--match": Style(underline=True)}
    searched = replace(CALL, search=parse_search('moscou "la coop"'))
    segments = row_segments(searched, 120, 10, False, colours.__getitem__)
    marked = [s.text for s in segments if s.style is not None and s.style.underline]
    assert marked == ["Moscou", "la coopération"]
    plain = row_segments(CALL, 120, 10, False, style)
    assert "".join(s.text for s in segments) == "".join(s.text for s in plain)
