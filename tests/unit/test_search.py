"""Search: words as prefixes and "quoted phrases", accents and case ignored, in the store's
filter and in the spans the views highlight."""

from __future__ import annotations

from tui.store import Query
from tui.util.search import match_spans, matches_phrases, parse_search


def test_parse_words_and_phrases():
    search = parse_search('Poutine "premier CONTACT" Kiev')
    assert search.words == ("poutine", "kiev")
    assert search.phrases == (("premier", "contact"),)
    assert parse_search("« la Rus").phrases == (("la", "rus"),)  # an unclosed quote runs to the end
    assert parse_search('  ""  ').is_empty


def test_phrases_need_their_words_in_a_row():
    text = "Le premier contact direct a eu lieu à Genève."
    assert matches_phrases(text, parse_search('"premier contact"'))
    assert matches_phrases(text, parse_search('"PREMIER cont"'))  # the last word as a prefix
    assert not matches_phrases(text, parse_search('"contact premier"'))
    assert not matches_phrases(text, parse_search('"premier direct"'))


def test_spans_of_words_and_phrases_in_the_original_text():
    text = "Sergueï Narychkine a parlé à l'Élysée ; le premier contact."
    spans = match_spans(text, parse_search('narych elysee "premier contact"'))
    assert [text[s:e] for s, e in spans] == ["Narychkine", "Élysée", "premier contact"]
    assert match_spans(text, parse_search("")) == []


def test_the_store_filters_by_words_and_phrases(seeds_store):
    store = seeds_store
    some = store.query(Query(text="russie"))
    assert some and all("russ" in store.events.searchable_text(i).casefold() for i in some)
    phrase = store.query(Query(text='"premier contact"'))
    assert phrase and set(phrase) <= set(store.query(Query(text="premier contact")))
    assert all("premier contact" in store.events.searchable_text(i) for i in phrase)
    assert store.query(Query(text='"contact premier"')) == []
