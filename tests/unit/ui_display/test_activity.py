"""The activity strip's counts, busy periods and bars, without the app: on made-up dates (a
sorted list of days stands for the store's date order) and on the seeds store."""

from __future__ import annotations

import datetime as dt
import random
from bisect import bisect_left
from collections import Counter

import pytest

from tui.store import Query
from tui.ui.display.activity import (
    BARS,
    bar_lines,
    busy_periods,
    choose_months,
    count_events,
    levels,
    period_key,
    period_start,
)


class Days:
    """A store's date order in miniature: event ``i`` is dated ``days[i]`` (sorted)."""

    def __init__(self, days: list[dt.date]) -> None:
        self.days = sorted(days)
        self.ordinals = [d.toordinal() for d in self.days]

    def first_event_from(self, day: dt.date) -> int:
        return bisect_left(self.ordinals, day.toordinal())

    def first_day(self, i: int) -> dt.date:
        return self.days[i]

    def count(self, ids, months):
        return count_events(ids, self.first_event_from, self.first_day, months)


D = dt.date


def test_months_are_counted_with_the_empty_ones_between():
    days = Days([D(2021, 1, 5), D(2021, 1, 30), D(2021, 3, 1), D(2021, 3, 31), D(2021, 3, 31), D(2021, 4, 2)])
    activity = days.count(range(6), 1)
    assert activity.counts == (2, 0, 3, 1)
    assert activity.starts == (0, 2, 2, 5, 6)
    assert [activity.label(i) for i in range(4)] == ["2021-01", "2021-02", "2021-03", "2021-04"]
    assert (activity.first_year(), activity.last_year()) == ("2021-01", "2021-04")
    assert activity.peak == 2 and activity.total == 6


def test_a_filter_counts_only_its_events_and_rows_index_the_shown_ids():
    days = Days([D(2020, 12, 31), D(2021, 1, 1), D(2021, 6, 1), D(2022, 2, 2), D(2023, 7, 7), D(2023, 8, 1)])
    shown = [1, 3, 5]  # 2021, 2022, 2023
    activity = days.count(shown, 12)
    assert activity.counts == (1, 1, 1)
    assert activity.starts == (0, 1, 2, 3)  # rows among the shown ids, not event ids
    assert [activity.label(i) for i in range(3)] == ["2021", "2022", "2023"]


def test_counts_match_a_plain_count_on_random_dates():
    rng = random.Random(7)
    days = Days([D(1990, 1, 1) + dt.timedelta(days=rng.randrange(12000)) for _ in range(3000)])
    shown = sorted(rng.sample(range(3000), 900))
    for months in (1, 12, 60, 120):
        activity = days.count(shown, months)
        plain = Counter(period_key(days.days[i], months) for i in shown)
        assert sum(activity.counts) == 900
        assert {activity.first_key + i: c for i, c in enumerate(activity.counts) if c} == dict(plain)
        for i in (shown[0], shown[450], shown[-1]):  # each event's period holds its row
            period = activity.index_of(days.days[i])
            assert activity.starts[period] <= shown.index(i) < activity.starts[period + 1]


def test_no_event_no_activity():
    assert Days([D(2021, 1, 1)]).count([], 1) is None


def test_groups_of_years_are_aligned_and_labelled_by_their_years():
    days = Days([D(1987, 5, 1), D(1999, 12, 31), D(2000, 1, 1), D(2004, 1, 1)])
    activity = days.count(range(4), 120)
    assert activity.counts == (1, 1, 2)
    assert [activity.label(i) for i in range(3)] == ["1980–1989", "1990–1999", "2000–2009"]
    assert (activity.first_year(), activity.last_year()) == ("1980", "2009")


def test_periods_before_year_one_start_at_the_first_day():
    assert period_start(0, 120) == dt.date.min
    assert period_start(period_key(D(2021, 6, 9), 1), 1) == D(2021, 6, 1)
    assert Days([D(1, 1, 1), D(3, 5, 1)]).count(range(2), 120).counts == (2,)


@pytest.mark.parametrize(
    ("first", "last", "columns", "months"),
    [
        (D(2021, 1, 1), D(2021, 12, 31), 12, 1),  # 12 months in 12 cells
        (D(2021, 1, 1), D(2022, 1, 1), 12, 12),  # 13 months do not fit: years
        (D(2011, 1, 1), D(2025, 3, 11), 60, 12),
        (D(1900, 1, 1), D(2025, 1, 1), 60, 60),  # 126 years: groups of 5 (26 of them)
        (D(1, 1, 1), D(9999, 12, 31), 10, 12000),
        (D(2021, 1, 1), D(2025, 1, 1), 0, 120),  # no room: still one period at least, the 2020s
    ],
)
def test_the_shortest_period_that_fits(first, last, columns, months):
    assert choose_months(first, last, columns) == months


@pytest.mark.parametrize(
    ("counts", "busy"),
    [
        ([1, 5, 1, 1, 6, 2, 1], [1, 4]),  # two peaks above the median (1)
        ([1, 4, 5, 4, 1], [2]),  # a burst: one stop, at its busiest
        ([1, 5, 5, 1], [1]),  # a plateau: its first period
        ([3, 3, 3], []),  # nothing above the median
        ([0, 0, 9, 0, 0], []),  # one period: its own median
        ([2, 0, 9, 0, 1], [2]),  # empty periods are not counted in the median
        ([9, 1, 1], [0]),  # the first period is compared to nothing before it
        ([1, 1, 9], [2]),
        ([], []),
    ],
)
def test_busy_periods_are_peaks_above_the_median(counts, busy):
    assert busy_periods(counts) == busy


def test_next_and_previous_busy_period():
    days = Days([D(2021, m, 1) for m, n in [(1, 1), (2, 4), (3, 1), (4, 1), (5, 5), (6, 1)] for _ in range(n)])
    activity = days.count(range(13), 1)
    assert activity.counts == (1, 4, 1, 1, 5, 1)
    assert activity.busy == (1, 4)
    assert activity.next_busy(0, 1) == 1
    assert activity.next_busy(1, 1) == 4
    assert activity.next_busy(4, 1) is None
    assert activity.next_busy(5, -1) == 4
    assert activity.next_busy(4, -1) == 1
    assert activity.next_busy(1, -1) is None


def test_levels_keep_small_counts_visible():
    assert levels([0, 1, 50, 100], 8) == [0, 1, 4, 8]
    assert levels([0, 0], 16) == [0, 0]
    assert levels([3, 6], 16) == [8, 16]


def test_bars_on_one_and_two_lines():
    assert bar_lines([0, 1, 4, 8], 1, 1) == [" ▁▄█"]
    assert bar_lines([16, 8, 12, 1], 2, 1) == ["█ ▄ ", "███▁"]
    assert bar_lines([8, 2], 1, 3) == ["██ ▂▂ "]  # wide cells: a bar and a gap
    assert bar_lines([8, 2], 1, 2) == ["█ ▂ "]
    assert BARS[0] == " " and BARS[8] == "█"


def test_the_seeds_per_year(seeds_store):
    ids = seeds_store.query(Query())
    when = seeds_store.events.when
    activity = count_events(ids, seeds_store.first_event_from, lambda i: when(i).first, 12)
    assert activity.total == len(seeds_store.events)
    assert (activity.first_year(), activity.last_year()) == ("2011", "2025")
    years = Counter(when(i).first.year for i in ids)
    assert activity.counts[activity.peak] == max(years.values())
    assert activity.label(activity.peak) == str(max(years, key=lambda y: (years[y], -y)))
