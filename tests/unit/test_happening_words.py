"""The word lists of the grammar of happenings (data/happening_words.yaml): read folded as the
text's words are, in their order for phrases, and a word YAML read as something else refused."""

from __future__ import annotations

import pytest

from tui.extract.data import load
from tui.extract.happenings import words
from tui.extract.happenings.words import phrase_list, word_set, word_sets


def test_every_list_holds_words_only():
    # (a bare `on` or `no` is a boolean to YAML: the word would be lost)
    for name, values in load("happening_words.yaml").items():
        lists = values.values() if isinstance(values, dict) else [values]
        assert all(isinstance(w, str) and w for ws in lists for w in ws), name


def test_words_are_folded_as_the_text_s_but_a_keeps_its_accent():
    assert "ete" in word_set("past_auxiliaries") and "été" not in word_set("past_auxiliaries")
    assert "à" in word_set("infinitive_marks_fr") and "a" not in word_set("infinitive_marks_fr")
    assert word_sets("articles")["en"] == frozenset({"the", "a", "an"})


def test_phrases_keep_their_order_and_split_into_words():
    earlier = phrase_list("earlier")
    assert earlier[0] == ("after",)
    assert ("à", "la", "suite", "de") in earlier and ("apres",) in earlier
    assert (",", "and", "that") in phrase_list("second_objects")


def test_a_word_read_as_a_boolean_is_refused(monkeypatch):
    monkeypatch.setattr(words, "load", lambda name: {"invented": ["il", True]})
    with pytest.raises(ValueError, match="quote it"):
        word_set("invented")
