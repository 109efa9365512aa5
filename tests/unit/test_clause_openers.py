"""Where one happening's clause ends and the next one's begins, on sentences written for these tests."""

from __future__ import annotations

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def clauses(text: str, lang: str, gazetteer, dct: str = "2025-03-12") -> list[tuple[str, str]]:
    """(kind, clause text) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [(h.kind, text[h.clause_start : h.clause_end]) for h in found]


def test_a_preposition_of_time_before_an_event_noun_opens_its_clause(gazetteer):
    # "après", "avant", "depuis" introduce the happening after them: the clause before ends first.
    found = clauses("Les pays voisins ont imposé des sanctions au royaume après son invasion de l'île en 1961.", "fr", gazetteer, "1962-01-10")
    sanction = next(c for k, c in found if k == "sanction")
    assert "après" not in sanction and "invasion" not in sanction


def test_a_sentence_opening_on_a_demonstrative_goes_on_with_what_it_shows(gazetteer):
    text = ("Le musée a annoncé lundi la découverte d'une fresque romaine. Les visiteurs étaient nombreux. "
            "Cette découverte ouvre la voie à de nouvelles fouilles.")
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), "fr", [(0, len(text))])
    found = find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), "fr")
    shown = [h for h in found if text[h.start : h.end].startswith("Cette découverte")]
    assert len(shown) == 1 and shown[0].continues and shown[0].refers_back


def told(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    return find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), lang)


def test_the_announcement_opening_a_sentence_names_what_was_just_announced(gazetteer):
    text = "Northwind said on Monday that it will refund every buyer. The announcement surprised the whole market."
    found = told(text, "en", gazetteer)
    named = [h for h in found if text[h.trigger_start : h.trigger_end] == "announcement"]
    assert len(named) == 1 and named[0].definite and named[0].kind == "statement"


def test_an_announcement_of_something_names_what_its_complement_says(gazetteer):
    text = "Le ministre a rencontré lundi son homologue. L'annonce de cette rencontre intervient alors que la crise dure."
    found = told(text, "fr", gazetteer)
    assert not [h for h in found if text[h.trigger_start : h.trigger_end].lower() == "annonce"]


def test_a_demonstrative_showing_who_acts_is_no_sentence_going_on(gazetteer):
    text = ("Le musée a annoncé lundi la découverte d'une fresque romaine dans la ville. "
            "Cette ville compte trois musées.")
    shown = [h for h in told(text, "fr", gazetteer) if text[h.start : h.end].startswith("Cette ville")]
    assert not any(h.refers_back for h in shown)


def test_an_event_noun_after_a_preposition_of_time_has_its_clause_from_it(gazetteer):
    text = "Il s'agit du premier contact entre les deux hommes depuis l'arrivée au pouvoir de Paul Morel en janvier."
    found = clauses(text, "fr", gazetteer)
    assert found and all(c.startswith("depuis") for _k, c in found)


def test_an_act_told_before_the_preposition_keeps_the_noun_s_clause_whole(gazetteer):
    # ("sont partis" before "avant" tells an act of its own: read with the noun, as it was)
    text = "Les coureurs sont partis à 13h02 avant même le départ du favori."
    found = clauses(text, "fr", gazetteer, "2012-11-10")
    assert any(c.startswith("Les coureurs") for _k, c in found)
