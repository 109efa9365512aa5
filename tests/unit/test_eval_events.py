"""The event scorer (tests/bench/eval_events.py) on an invented story, figures computed by hand."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "eval_events.py"
_spec = importlib.util.spec_from_file_location("eval_events", SCRIPT)
ev = importlib.util.module_from_spec(_spec)
sys.modules["eval_events"] = ev  # dataclasses look their module up
_spec.loader.exec_module(ev)

A = " date 2020-01-08\nAlpha met Beta on Monday. They signed a deal there. Gamma protested loudly today.\n"
B = " date 2020-01-08\nThe deal between Alpha and Beta was signed. Delta resigned yesterday. Delta's resignation was sudden.\n"
TEXTS = {"a.txt": A, "b.txt": B}

GOLD = {
    "corpus": "invented",
    "split": "dev",
    "story": "toy",
    "files": ["a.txt", "b.txt"],
    "events": [
        {"id": "g1", "kind": "meeting", "date": "2020-01-06", "participants": ["Alpha", "Beta"], "triggers": ["met"],
         "evidence": [{"file": "a.txt", "quote": "Alpha met Beta on Monday"}]},
        {"id": "g2", "kind": "agreement", "date": "2020-01-06", "participants": ["Alpha", "Beta"], "triggers": ["signed"],
         "evidence": [{"file": "a.txt", "quote": "They signed a deal there"},
                      {"file": "b.txt", "quote": "The deal between Alpha and Beta was signed"}]},
        {"id": "g3", "kind": "protest", "date": "2020-01-07", "participants": ["Gamma"], "triggers": ["protested"],
         "evidence": [{"file": "a.txt", "quote": "Gamma protested loudly today"}]},
        {"id": "g4", "kind": "appointment", "date": "2020-01-07", "participants": ["Delta"], "triggers": ["resigned"],
         "evidence": [{"file": "b.txt", "quote": "Delta resigned yesterday"},
                      {"file": "b.txt", "quote": "Delta's resignation was sudden"}]},
    ],
}


def span(text: str, sentence: str) -> list[int]:
    start = text.index(sentence)
    return [start, start + len(sentence)]


# Today's contract (one event per sentence, no kind, no headline) and one event-layer row.
RECORDS = [
    {"id": 0, "date": "2020-01-06", "start": "2020-01-06", "end": "2020-01-06", "text": "Alpha met Beta on Monday. They signed a deal there.",
     "actors": ["Alpha", "Beta Corp"], "doc": "/corpus/a.txt", "span": span(A, "Alpha met Beta on Monday. They signed a deal there.")},
    {"id": 1, "date": "2020-01", "start": "2020-01-01", "end": "2020-01-31", "text": "They signed a deal there.",
     "headline": "Alpha and Beta sign deal", "kind": "agreement", "actors": ["Alpha"], "doc": "/corpus/a.txt", "span": [0, 0],
     "evidence": [{"doc": "/corpus/a.txt", "span": span(A, "They signed a deal there.")},
                  {"doc": "/corpus/b.txt", "span": span(B, "The deal between Alpha and Beta was signed.")}]},
    {"id": 2, "date": "2020-01-07", "start": "2020-01-07", "end": "2020-01-07", "text": "Gamma protested loudly today.",
     "actors": ["G."], "doc": "/corpus/a.txt", "span": span(A, "Gamma protested loudly today.")},
    {"id": 3, "date": "2020-01-08", "start": "2020-01-08", "end": "2020-01-08", "text": "date",
     "actors": ["Alpha"], "doc": "/corpus/b.txt", "span": [1, 5]},
]
ACTORS = [
    {"name": "Alpha", "aliases": []},
    {"name": "Beta Corp", "aliases": ["Beta"]},
    {"name": "G.", "aliases": ["GÁMMA"]},
]


@pytest.fixture
def scored():
    gold = ev.parse_gold(GOLD, TEXTS)
    events = ev.system_events(RECORDS)
    keys = ev.actor_keys(ACTORS)
    counts, match = ev.score_story(gold, events, keys)
    return ev.ScoredStory(gold, events, keys, counts, match)


def test_quotes_are_located_and_must_be_unique():
    gold = ev.parse_gold(GOLD, TEXTS)
    q = gold.events[1].quotes[1]
    assert (q.file, B[q.start:q.end]) == ("b.txt", "The deal between Alpha and Beta was signed")
    bad = {**GOLD, "events": [{"id": "x", "evidence": [{"file": "b.txt", "quote": "Delta"}]}]}
    with pytest.raises(ev.GoldError, match="not unique"):
        ev.parse_gold(bad, TEXTS)


def test_matching(scored):
    # Row 0 covers g1's quote and one of g2's (a tie: g1's quote comes first); row 1 covers both
    # of g2's; row 2 covers g3's; row 3 covers nothing. g4 is not found.
    assert scored.match.assigned == {0: "g1", 1: "g2", 2: "g3"}
    assert scored.match.best == {"g1": 0, "g2": 1, "g3": 2}
    c = scored.counts
    assert (c.happenings, c.rows, c.found, c.matched_rows, c.spurious) == (4, 4, 3, 3, 1)


def test_pairwise_merge(scored):
    c = scored.counts
    # Within an article: together in the system, a-g1 with a-g2 (row 0); in gold, g4's two quotes.
    assert c.within == [0, 1, 1]
    # Across articles: g2's two quotes, together in both (row 1).
    assert c.across == [1, 1, 1]


def test_participants_kind_date_headline(scored):
    c = scored.counts
    # g1/row 0: Alpha, Beta (as Beta Corp's alias) 2 of 2 both ways; g2/row 1: Alpha only (gold 1 of
    # 2, system 1 of 1); g3/row 2: Gamma as G.'s accented, upper-case alias.
    assert (c.part_gold_hit, c.part_gold, c.part_sys_hit, c.part_sys) == (4, 5, 4, 4)
    assert c.kind_ok == 1  # rows 0 and 2 have no kind
    assert (c.date_ok, c.date_compatible) == (2, 3)  # 2020-01 is not 2020-01-06 but contains it
    assert c.headline_ok == 2  # "sign deal" does not contain the trigger "signed"


def test_actor_timelines(scored):
    t = ev.actor_timelines([scored])
    # Alpha: rows 0, 1, 3 list it, 0 and 1 rightly (P 2/3), both its gold events found (R 1),
    # dates right 1 of 2. Beta: row 0 (P 1, R 1/2, date 1). Gamma: row 2 (1, 1, 1). Delta: no row (R 0).
    assert (t.actors, t.with_rows, t.with_matched) == (4, 3, 3)
    assert t.precision == pytest.approx((2 / 3 + 1 + 1) / 3)
    assert t.recall == pytest.approx((1 + 0.5 + 1 + 0) / 4)
    assert t.date_share == pytest.approx((0.5 + 1 + 1) / 3)


def test_report_prints_the_figures(scored):
    text = ev.report("dev", [scored], details=True)
    assert "0.750" in text  # recall 3/4
    assert "missed   g4" in text


def test_names_are_compared_without_case_accents_punctuation_or_a_leading_article():
    assert ev.name_key("The Beatles") == ev.name_key("beatles") == ev.name_key("Beatles")
    assert ev.name_key("L'Élysée") == ev.name_key("Elysee")
    assert ev.name_key("Theodore Roosevelt") != ev.name_key("Odore Roosevelt")  # "The" only as a word


def test_a_clock_time_on_the_gold_day_is_the_right_date_a_time_on_another_day_is_not():
    assert ev.same_date("2012-11-10", "2012-11-10T12:02")
    assert ev.same_date("2012-11-10", "2012-11-10")
    assert not ev.same_date("2012-11-10", "2012-11-11T00:15")
    assert not ev.same_date("2012-11", "2012-11-10")  # finer than the gold without a time: not the gold's date
    assert not ev.same_date("2012-11-10", None)


def test_a_named_period_is_the_gold_date_only_when_it_covers_exactly_its_days():
    weekend = ("2012-06-23", "2012-06-24")
    assert ev.same_date("2012-06-23/2012-06-24", "2012-W25-WE", weekend)
    assert ev.same_date("2012-01/2012-06", "2012-H1", ("2012-01-01", "2012-06-30"))
    assert not ev.same_date("2012-06-23", "2012-W25-WE", weekend)  # wider than the gold
    assert not ev.same_date("2012-06-23/2012-06-24", "2012-06-23", weekend)  # no period label: strings decide
    assert not ev.same_date("2012-06-23/2012-06-24", "2012-W25-WE", None)
