"""The event rules on hostile and odd input: long sentences and long articles read in linear
passes (the rules read no more than they need), and odd first words, empty titles, names at the
very start give events, never an exception. Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt
import re
import time

import pytest
from newsline_testing import write

from tui.export import event_record
from tui.extract.events import _inside_one, _names_blanked, _quoted_spans
from tui.extract.happenings import Happening
from tui.extract.merge import Clusters, Telling, _join_referring_back
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.stand_ins import _first_two, _named_just_before, object_antecedent
from tui.extract.timex.when import when_day, when_year
from tui.loading import open_store
from tui.store import Query


class CountingList(list):
    """A list that counts the items read from it: a rule reading every earlier name per telling
    reads a long article's names quadratically often."""

    reads = 0

    def __getitem__(self, key):
        found = super().__getitem__(key)
        CountingList.reads += len(found) if isinstance(key, slice) else 1
        return found


# --- quotations -----------------------------------------------------------------------------

_OLD_QUOTATION = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")


def _quoted_by_regex(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The reading the quotation finder keeps (set off at the sentence's start, by ":" or ",")."""
    return [m.span() for m in _OLD_QUOTATION.finditer(text, start, end) if text[start : m.start()].rstrip()[-1:] in ("", ":", ",")]


@pytest.mark.parametrize("text", [
    "Paul Morel a déclaré : « Nous partirons demain », puis « ou jeudi ».",
    "« Nous gagnerons », a dit Jeanne Varlin, « sans aucun doute ».",
    'He said the phone had "a new screen" and, "we are proud".',
    "« Un « deux » trois » et “quatre” puis \"cinq",
    "« jamais fermé",
    "",
])
def test_quotations_are_those_a_pattern_would_find(text):
    assert list(_quoted_spans(text, 0, len(text))) == _quoted_by_regex(text, 0, len(text))


def test_unclosed_quotation_marks_are_read_in_one_pass():
    # 200,000 marks never closed: a search from each to the sentence's end is quadratic.
    text = "Paul Morel a dit : " + "« oui " * 200_000 + "."
    started = time.perf_counter()
    assert _quoted_spans(text, 0, len(text)) == ()
    assert time.perf_counter() - started < 2.0


def test_a_name_inside_a_quotation_is_inside_one():
    spans = ((10, 20), (30, 40))
    assert _inside_one(spans, 12, 18)
    assert _inside_one(spans, 31, 39)
    assert not _inside_one(spans, 10, 18)  # (strictly inside: the mark itself is not)
    assert not _inside_one(spans, 22, 25)
    assert not _inside_one(spans, 35, 45)
    assert not _inside_one((), 0, 1)


# --- a title's words ------------------------------------------------------------------------


def test_a_title_s_names_are_blanked_out_of_its_words():
    text = "Forum de Paul Morel à Tarvix Ville"
    actors_at = [(9, 19, 0), (22, 28, 1), (22, 34, 2)]  # (a name inside a longer one)
    starts = [9, 22, 22]
    assert _names_blanked(text, 0, len(text), actors_at, starts) == "Forum de " + " " * 10 + " à " + " " * 12
    assert _names_blanked(text, 0, 25, actors_at, starts) == "Forum de " + " " * 10 + " à " + " " * 3
    assert _names_blanked("", 0, 0, [], []) == ""


def test_a_long_title_naming_many_is_blanked_in_one_pass():
    count = 200_000
    text = "Paul Morel et " * count
    actors_at = [(n * 14, n * 14 + 10, 0) for n in range(count)]
    started = time.perf_counter()
    blanked = _names_blanked(text, 0, len(text), actors_at, [a[0] for a in actors_at])
    assert time.perf_counter() - started < 2.0
    assert blanked == (" " * 10 + " et ") * count


# --- stand-ins ------------------------------------------------------------------------------


def test_the_actor_named_just_before_is_found_without_reading_the_whole_article():
    # 20,000 sentences naming an organisation, then three naming a place; a description in the
    # last one, and in the one before.
    count = 20_000
    kinds = ["organisation", "place"]
    actors_at = CountingList((n * 100 + 5, n * 100 + 10, 0 if n < count - 3 else 1) for n in range(count))
    starts = [n * 100 + 5 for n in range(count)]
    sentence_starts = [n * 100 for n in range(count)]
    organisations = frozenset({"organisation"})
    CountingList.reads = 0
    assert _named_just_before(starts[-1] + 20, organisations, "", actors_at, starts, kinds, sentence_starts) == ()  # (too far)
    assert _named_just_before(starts[-3] + 20, organisations, "", actors_at, starts, kinds, sentence_starts) == (0,)
    assert CountingList.reads < 50


def test_the_actor_named_just_before_prefers_its_kind_in_that_sentence():
    # "Jean Dupont et Paul Morel, de Tarvix, ont signé. Le skipper a dit …"
    actors_at = [(0, 11, 0), (15, 25, 1), (31, 37, 2)]
    starts = [0, 15, 31]
    kinds = ["unknown", "person", "organisation"]
    person_kinds = frozenset({"person", "unknown"})
    assert _named_just_before(50, person_kinds, "person", actors_at, starts, kinds, [0, 45]) == (1,)
    assert _named_just_before(50, person_kinds, "", actors_at, starts, kinds, [0, 45]) == (0,)
    assert _named_just_before(0, person_kinds, "person", actors_at, starts, kinds, [0, 45]) == ()  # (at offset 0)
    assert _named_just_before(50, person_kinds, "person", actors_at, starts, kinds, []) == (1,)  # (no sentence known)


def test_a_pair_reads_no_further_than_its_first_two_actors():
    def actors():
        yield from (4, 4, 7)
        raise AssertionError("read past the second actor")

    assert _first_two(actors()) == (4, 7)
    assert _first_two(iter((3,))) == (3,)
    assert _first_two(iter(())) == ()


def _object_clause(text: str, pronoun: str) -> Happening:
    at = text.index(pronoun)
    return Happening(0, len(text), at - 10, len(text), at, at + 5, "legal", -1, -1, ((0, len(text)),), "")


def test_an_object_pronoun_stands_for_its_sentence_s_first_person_then_the_one_before():
    text = "Paul Morel a vu Luc Martin. Jean Dupont et Anne Roy disent que le juge l'a condamné."
    people = [(0, 0), (16, 1), (28, 2), (43, 3)]
    starts = [p[0] for p in people]
    sentence_starts = [0, 28]
    clause = _object_clause(text, "l'a")
    assert object_antecedent(text, clause, "fr", people, starts, (), sentence_starts) == (2,)
    assert object_antecedent(text, clause, "fr", people, starts, (2,), sentence_starts) == (3,)
    assert object_antecedent(text, clause, "fr", people, starts, (2, 3), sentence_starts) == (0,)
    assert object_antecedent(text, clause, "fr", people, starts, (0, 1, 2, 3), sentence_starts) == ()


def test_an_object_pronoun_in_a_long_sentence_reads_no_further_than_the_first_person():
    count = 50_000
    text = "Paul Morel " * count + "et le juge l'a condamné."
    people = CountingList((n * 11, n) for n in range(count))
    starts = [n * 11 for n in range(count)]
    CountingList.reads = 0
    assert object_antecedent(text, _object_clause(text, "l'a"), "fr", people, starts, (), [0]) == (0,)
    assert CountingList.reads < 50


# --- referring back -------------------------------------------------------------------------

KINDS = ["person", "person", "organisation", "organisation"]


def told(sentence, kind, when=None, actors=(0,), start=None, **flags):
    start = sentence * 100 if start is None else start
    return Telling(0, start, start + 90, -1, -1, when, None, kind, actors, f"{kind} {sentence}", sentence=sentence, **flags)


def test_a_demonstrative_joins_the_last_telling_of_its_kind_in_an_earlier_sentence_only():
    # "Paul Morel a rencontré Luc Martin. Cette rencontre …, et cette rencontre …": both
    # demonstratives of sentence 1 join the meeting of sentence 0, not each other.
    tellings = [
        told(0, "meeting"),
        told(1, "meeting", refers_back=True, start=100),
        told(1, "meeting", refers_back=True, start=150),
    ]
    events = list(merged_events(tellings, [when_day(dt.date(2020, 5, 4))], KINDS))
    assert sorted(sorted(e.tellings) for e in events) == [[0, 1, 2]]


def test_a_demonstrative_in_a_sentence_dated_otherwise_by_another_of_its_happenings_stays_apart():
    tellings = [
        told(0, "legal", when_year(1997)),
        told(1, "legal", actors=(), refers_back=True, start=100),
        told(1, "agreement", when_year(1999), start=150),
        told(1, "agreement", when_year(1999), start=160),
    ]
    events = list(merged_events(tellings, [when_day(dt.date(2020, 5, 4))], KINDS))
    assert [0, 1] not in [sorted(e.tellings) for e in events]


def test_demonstratives_of_one_long_sentence_are_joined_in_linear_reads():
    # One sentence of 3,000 demonstratives after one meeting: walking over the sentence's own
    # tellings from each of them reads millions.
    count = 3_000
    tellings = CountingList([told(0, "meeting"), *(told(1, "meeting", refers_back=True, start=100 + k) for k in range(count))])
    members = list(range(len(tellings)))
    clusters = Clusters(list(tellings))
    CountingList.reads = 0
    _join_referring_back(tellings, members, clusters)
    assert CountingList.reads < 60 * count
    assert len({clusters.find(i) for i in members}) == 1


# --- odd articles ---------------------------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Il a démissionné lundi. Cette décision a surpris Tarvix.",  # a pronoun first in the article
    "Paul Morel a rencontré Luc Martin le 3 mars. . . Cette rencontre a duré une heure.",  # empty sentences
    "« Cette décision », a dit Jeanne Varlin, « est définitive. » Elle l'a signée.",
    "The company said it had sold Tarvix. The two companies agreed. He left the company.",
])
@pytest.mark.parametrize("title", ["", "—", "Paul Morel", "12 : 3"])
def test_odd_articles_give_events_and_no_exception(tmp_path, title, body):
    write(tmp_path, "a.txt", f"date 2012-03-05\n{title}\n\n{body}\n")
    store = open_store([tmp_path], cache=False)
    records = [event_record(store, i) for i in store.query(Query())]
    assert records, "no event told"
