"""Defects found in the review of session 24's change, each on an input invented for it."""

from __future__ import annotations

import time

from tui.extract.happenings.predicates import _Predicate
from tui.extract.happenings.tokens import _tokens
from tui.extract.happenings.participants import _has_index_between


def test_an_index_between_two_bounds():
    assert _has_index_between([2, 7], 3, 8)
    assert not _has_index_between([2, 7], 3, 7)
    assert not _has_index_between([], 0, 10)
    assert _has_index_between([0], 0, 1)


def test_speakers_after_a_semicolon_are_found_in_linear_time(monkeypatch):
    # each "il a dit" scanned every token back to the first speaker's for a semicolon: a
    # sentence of 12,500 of them took 12 s.
    from tui.extract.happenings import participants

    monkeypatch.setattr(participants, "_by_reporter", lambda *args: False)
    monkeypatch.setattr(participants, "_names_speaker", lambda *args: True)
    text = "Le maire a dit que " + "et il a dit que " * 12_000 + "la route est fermée ; le préfet a dit non."
    tokens = _tokens(text, 0, len(text))
    heads = [k for k, t in enumerate(tokens) if t.word == "dit"]
    reports = [_Predicate(k - 1, k, k + 1, "", clause=(k - 2, k + 2)) for k in heads]
    start = time.process_time()
    found = participants._speakers_after_semicolon(reports[0], reports, tokens, None, [])
    assert time.process_time() - start < 3
    assert found == [reports[-1]]


def test_a_sentence_opening_on_any_presentative_of_the_yaml_may_refer_back(monkeypatch):
    # the first words of the presentatives were also written out in Python: a presentative
    # added to referring_nouns.yaml ("voici") went unread
    from tui.extract import referring
    from tui.extract.model import Sentence

    monkeypatch.setattr(referring, "_presentative_firsts", lambda: frozenset({"voici"}))
    text = "Voici leur premier échange depuis des mois."
    assert referring._may_refer(text, Sentence(0, len(text)))
    other = "Hier leur premier échange a duré."
    assert not referring._may_refer(other, Sentence(0, len(other)))


def test_the_source_of_an_attribution_is_read_with_the_attributions_of_the_yaml(monkeypatch):
    # the attributions were also written out in a regular expression in Python: one added to
    # happening_words.yaml's attribution_openers ("aux dires de") went unread
    from tui.extract.happenings import words

    real = words.load
    monkeypatch.setattr(words, "load", lambda name: {**real(name), "attribution_openers": ["selon", "aux dires de"]})
    words._attribution_patterns.cache_clear()
    try:
        text = "Aux dires de son voisin, Paul Morel, il a quitté la ville."
        start = text.index("Paul")
        assert words.named_as_source(text, start, start + len("Paul Morel"))
        text = "Selon le rapport, Paul Morel a signé."
        start = text.index("Paul")
        assert not words.named_as_source(text, start, start + len("Paul Morel"))
    finally:
        words._attribution_patterns.cache_clear()
