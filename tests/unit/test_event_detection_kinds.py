"""What happened and of which kind, on sentences written for these tests: the breadth of the
trigger lexicon (the common words of each kind), the words of two senses, and the rules that
choose the kind of a sentence telling two things (a support verb and its noun, a statement
about a plan, a talk by phone)."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes

_ARTICLE_DAY = "2025-03-12"


def kinds_and_dates(text: str, lang: str, gazetteer, last: str | None = None) -> list[tuple[str, str | None]]:
    """(kind, date value or None) of each happening told, weak event nouns left out."""
    import datetime as dt

    timexes = tag_timexes(text, DocDate.parse(_ARTICLE_DAY), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    article_last = dt.date.fromisoformat(last) if last else None
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang, article_last)
    return [(h.kind, timexes[h.timex].value if h.timex >= 0 else None) for h in found if not h.weak]


@pytest.mark.parametrize(
    "text, lang, kind",
    [
        ("Gunmen opened fire on a crowded market on Tuesday.", "en", "attack"),
        ("The new governor was sworn in on Friday.", "en", "appointment"),
        ("Three hikers perished on the mountain last week.", "en", "death"),
        ("An appeals court overturned the ruling on Monday.", "en", "legal"),
        ("Dock workers went on strike on Monday.", "en", "protest"),
        ("The two unions struck a deal with the airline on Sunday.", "en", "agreement"),
        ("A cargo ship ran aground off the coast on Monday.", "en", "disaster"),
        ("The regulator fined the bank on Thursday.", "en", "sanction"),
        ("Des hommes armés ont ouvert le feu sur une patrouille mardi.", "fr", "attack"),
        ("Le nouveau maire a prêté serment vendredi.", "fr", "appointment"),
        ("Le tribunal a débouté le syndicat lundi.", "fr", "legal"),
        ("Les cheminots ont débrayé lundi.", "fr", "protest"),
        ("Un chalutier a sombré au large de la Bretagne lundi.", "fr", "disaster"),
        ("Un randonneur a été retrouvé mort lundi.", "fr", "death"),
        ("La ministre s'est rendue à Varsovie lundi.", "fr", "meeting"),
        ("La société a été placée en redressement judiciaire lundi.", "fr", "economy"),
        ("La loi a été votée par les députés mardi.", "fr", "election"),
    ],
)
def test_the_common_words_of_each_kind_tell_a_happening_of_that_kind(text, lang, kind, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, lang, gazetteer)] == [kind]


@pytest.mark.parametrize(
    "text, lang",
    [
        # A word of the lexicon used as an adjective or in another sense tells nothing.
        ("Ces langues sont économiquement mortes depuis longtemps.", "fr"),
        ("La ministre s'est rendu compte de son erreur.", "fr"),
        ("He will be sworn in next week.", "en"),
        ("Prices soar every winter.", "en"),
    ],
)
def test_other_senses_futures_and_habits_of_the_new_words_tell_nothing(text, lang, gazetteer):
    assert [k for k, _date in kinds_and_dates(text, lang, gazetteer) if k != "other"] == []


def test_an_anonymous_source_claiming_is_hearsay_not_a_statement(gazetteer):
    found = kinds_and_dates("An anonymous insider claimed that the plant was closing.", "en", gazetteer)
    assert ("statement", None) not in found
