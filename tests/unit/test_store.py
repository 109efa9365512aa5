"""The store's ordering, indexes and query API, on a small hand-built corpus."""

from __future__ import annotations

import datetime as dt

from newsline_testing import write

from tui.loading import open_store
from tui.store import Query

ARTICLES = {
    "a.txt": "date 2020-03-10 Le 2 mars 2020, Paul Martin a rencontré Jean Dupont à Paris.\n\nEn 2018, Paul Martin était à Lyon.",
    "b.txt": "date 2021-06 Le 5 juin 2021, Jean Dupont a parlé. Marie Curie a répondu en 2019.\n\nEntre 2010 et 2012, la ville a beaucoup grandi.",
}


def build(tmp_path):
    for name, text in ARTICLES.items():
        write(tmp_path, name, text)
    return open_store([tmp_path])


def test_events_are_in_date_order_and_numbered(tmp_path):
    store = build(tmp_path)
    firsts = [e.when.first for e in store.events]
    assert firsts == sorted(firsts)
    assert [e.id for e in store.events] == list(range(len(store.events)))
    assert {e.when.label for e in store.events} >= {"2020-03-02", "2018", "2021-06-05", "2019"}


def test_actor_queries_any_and_all(tmp_path):
    store = build(tmp_path)
    paul = store.find_actor("paul martin")
    jean = store.find_actor("JEAN DUPONT")
    any_ids = store.query(Query(actors=frozenset({paul.id, jean.id})))
    all_ids = store.query(Query(actors=frozenset({paul.id, jean.id}), match_all=True))
    assert set(all_ids) < set(any_ids)
    assert all(paul.id in store.events[i].actors and jean.id in store.events[i].actors for i in all_ids)
    assert all(paul.id in store.events[i].actors or jean.id in store.events[i].actors for i in any_ids)
    assert list(any_ids) == sorted(any_ids)
    assert store.event_count(paul.id) == len(store.query(Query(actors=frozenset({paul.id}))))


def test_text_query_matches_word_prefixes_accent_insensitively(tmp_path):
    store = build(tmp_path)
    ids = store.query(Query(text="rencont"))
    assert [store.events[i].when.label for i in ids] == ["2020-03-02"]
    assert store.query(Query(text="REPONDU")) and not store.query(Query(text="xyzzy"))


def test_date_query_keeps_overlapping_intervals(tmp_path):
    store = build(tmp_path)
    ids = store.query(Query(date_from=dt.date(2011, 6, 1), date_to=dt.date(2018, 12, 31)))
    labels = sorted(store.events[i].when.label for i in ids)
    assert labels == ["2010/2012", "2018"]  # the range reaches into the window


def test_empty_query_is_everything_and_search_actors_folds(tmp_path):
    store = build(tmp_path)
    assert list(store.query(Query())) == list(range(len(store.events)))
    assert [a.name for a in store.search_actors("curi")] == ["Marie Curie"]
    assert store.first_event_from(dt.date(2019, 1, 1)) == next(
        i for i, e in enumerate(store.events) if e.when.first >= dt.date(2019, 1, 1)
    )


def test_event_table_indexes_like_a_sequence(tmp_path):
    import pytest

    store = build(tmp_path)
    events, n = store.events, len(store.events)
    assert events[-1] == events[n - 1] and events[-n] == events[0]
    for bad in (n, n + 1, -n - 1, -n - 2):
        with pytest.raises(IndexError):
            events[bad]
    assert events[1:3] == [events[1], events[2]] and events[::-1][0] == events[n - 1]
    assert list(events) == [events[i] for i in range(n)]
    for i in range(n):
        e = events[i]
        document = store.documents[e.doc].text
        assert e.id == i and e.text == " ".join(document[e.start : e.end].split())
        assert e.when == events.when(i) and e.actors == tuple(events.actors(i))
    mentions = store.mentions
    assert mentions[-1] == mentions[len(mentions) - 1]
    with pytest.raises(IndexError):
        mentions[len(mentions)]


def test_a_store_pickles_whole_and_queries_the_same(tmp_path):
    import pickle

    store = build(tmp_path)
    store.query(Query(text="rencont"))  # builds the word index and a member cache...
    store.query(Query(actors=frozenset({0}), include_members=True))
    copy = pickle.loads(pickle.dumps(store))  # ...which the pickle leaves out, and equality ignores
    assert copy == store and copy._index.word_index is None
    assert [copy.events[i] for i in range(len(copy.events))] == [store.events[i] for i in range(len(store.events))]
    assert copy.query(Query(text="rencont")) == store.query(Query(text="rencont"))


def test_an_event_table_given_to_another_store_keeps_its_own_texts(tmp_path):
    import dataclasses

    store = build(tmp_path)
    before = [e.text for e in store.events]
    blanked = [dataclasses.replace(d, text=" " * len(d.text)) for d in store.documents]
    other = dataclasses.replace(store, documents=tuple(blanked))
    assert [e.text for e in store.events] == before
    assert all(e.text == "" for e in other.events)


def test_kind_queries_keep_the_events_of_those_kinds(tmp_path):
    store = build(tmp_path)
    kinds = [e.kind for e in store.events]
    assert {"meeting", "statement", "other"} <= set(kinds)
    meetings = store.query(Query(kinds=frozenset({"meeting"})))
    assert list(meetings) == [i for i, k in enumerate(kinds) if k == "meeting"]
    either = store.query(Query(kinds=frozenset({"meeting", "statement"})))
    assert list(either) == [i for i, k in enumerate(kinds) if k in ("meeting", "statement")]
    assert store.query(Query(kinds=frozenset({"protest"}))) == []  # no event of that kind
    paul = store.find_actor("paul martin")
    both = store.query(Query(kinds=frozenset({"other"}), actors=frozenset({paul.id})))
    assert both and all(store.events[i].kind == "other" and paul.id in store.events[i].actors for i in both)
    assert len(both) < len(store.query(Query(kinds=frozenset({"other"}))))
    assert not Query(kinds=frozenset({"meeting"})).is_empty


def test_kind_counts_under_a_filter_in_the_taxonomy_order(tmp_path):
    from collections import Counter

    from tui.extract.lexicon import event_kinds

    store = build(tmp_path)
    everything = store.kind_counts(store.query(Query()))
    assert everything == Counter(e.kind for e in store.events)
    assert list(everything) == [k for k in event_kinds() if k in everything]  # "other" last
    paul = store.find_actor("paul martin")
    ids = store.query(Query(actors=frozenset({paul.id})))
    counts = store.kind_counts(ids)
    assert set(counts) == set(everything)  # every kind of the store, 0 when filtered out
    assert counts == {k: sum(store.events[i].kind == k for i in ids) for k in everything}
    assert 0 in counts.values() and store.kind_counts([]) == dict.fromkeys(everything, 0)
