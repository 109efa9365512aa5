"""Which date a happening's clause owns, on sentences written for these tests (session 23)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def dates(text: str, lang: str, gazetteer, dct: str) -> list[tuple[str, str | None]]:
    """(trigger, date value or None) per happening told as more than an event noun in passing."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang, dt.date.fromisoformat(dct))
    return [(text[h.trigger_start : h.trigger_end], timexes[h.timex].value if h.timex >= 0 else None) for h in found if not h.weak]


# -- a date inside a phrase telling another happening: a goal, a concession, what came before --


@pytest.mark.parametrize(
    "text, lang, dct, trigger",
    [
        # what it is for (a decimal comma does not end the phrase)
        ("Afin d'atteindre les objectifs fixés à 2,5 % en 2010, la région a signé un accord avec l'État.", "fr", "2012-09-12", "signé"),
        ("In order to meet the targets set in 2010, the region signed a deal with the state.", "en", "2012-09-12", "signed"),
        # what it happened despite
        ("Malgré une longue grève en 2011, le constructeur a embauché 300 ingénieurs.", "fr", "2012-09-12", "embauché"),
        # what it followed, the date set off beside that happening's noun
        ("Le syndicat a protesté suite à la décision du tribunal, le 3 mars, de fermer l'usine.", "fr", "2012-03-10", "protesté"),
        ("The union protested following the court's ruling, on March 3, to close the plant.", "en", "2012-03-10", "protested"),
        # what it came before
        ("Avant de quitter ses fonctions en mai, le ministre a signé un accord avec les syndicats.", "fr", "2012-06-12", "signé"),
        ("Before leaving office in May, the minister signed a deal with the unions.", "en", "2012-06-12", "signed"),
    ],
)
def test_a_date_in_a_phrase_telling_another_happening_does_not_date_the_clause(text, lang, dct, trigger, gazetteer):
    assert (trigger, None) in dates(text, lang, gazetteer, dct)


@pytest.mark.parametrize(
    "text, lang, dct, told",
    [
        # the date in the clause itself, the other happening's phrase after it
        ("Le syndicat a protesté le 3 mars devant l'usine, malgré la pluie.", "fr", "2012-03-10", ("protesté", "2012-03-03")),
        ("The union protested on March 3, despite the rain.", "en", "2012-03-10", ("protested", "2012-03-03")),
        # a date set off after such a phrase, before the clause's verb, is the clause's
        ("Malgré la pluie, le 3 mars, le syndicat a protesté devant l'usine.", "fr", "2012-03-10", ("protesté", "2012-03-03")),
    ],
)
def test_the_clause_keeps_its_own_date_beside_such_a_phrase(text, lang, dct, told, gazetteer):
    assert told in dates(text, lang, gazetteer, dct)


# -- an undated step of the story told in a past tense takes the day its paragraph tells --


@pytest.mark.parametrize(
    "text, lang, told",
    [
        ("Hier, le Premier ministre a prononcé un discours devant les députés. L'Assemblée a ensuite voté la confiance au gouvernement.",
         "fr", ("voté", "2025-03-11")),
        ("On Monday, the firm unveiled a new phone in Paris. The board then approved a merger with a rival.",
         "en", ("approved", "2025-03-10")),
    ],
)
def test_an_undated_step_told_in_the_past_takes_the_day_its_paragraph_tells(text, lang, told, gazetteer):
    assert told in dates(text, lang, gazetteer, "2025-03-12")


@pytest.mark.parametrize(
    "text, lang, trigger",
    [
        # a new paragraph tells of its own time
        ("Hier, le Premier ministre a prononcé un discours devant les députés.\nL'Assemblée a voté la confiance au gouvernement.", "fr", "voté"),
        # what someone said is told the day it is reported
        ("Hier, le ministre a signé l'accord avec les syndicats. Paul Morel a déclaré que l'accord était mauvais.", "fr", "déclaré"),
        # a perfect of now, not a step of that day
        ("On Monday, the firm unveiled a new phone in Paris. It has sold 3 million phones.", "en", "sold"),
        # a day a week before the article is not its news: what followed may have taken days
        ("Le 3 mars, le ministre a signé l'accord avec les syndicats. L'Assemblée a ensuite voté la confiance au gouvernement.", "fr", "voté"),
        # a sentence dating itself to another time ends that day's story
        ("Hier, le ministre a signé l'accord avec les syndicats. En 2019, une grève a paralysé le pays. Le gouvernement a démissionné.", "fr", "démissionné"),
    ],
)
def test_no_day_is_carried_across_a_paragraph_to_a_statement_a_perfect_or_past_another_date(text, lang, trigger, gazetteer):
    assert (trigger, None) in dates(text, lang, gazetteer, "2025-03-12")


# -- an undated statement of someone the article's news has act on a day: said then --


@pytest.mark.parametrize(
    "text, lang, told",
    [
        ("On Monday, Paul Morel unveiled a new phone in Paris. Paul Morel also said that sales had doubled.", "en", ("said", "2025-03-10")),
        ("Hier, Paul Morel a signé un accord avec les syndicats. Paul Morel a déclaré que l'usine emploiera 300 personnes.", "fr", ("déclaré", "2025-03-11")),
        # a day a week before the article is not its news: said any day since
        ("On March 3, Paul Morel unveiled a new phone in Paris. Paul Morel also said that sales had doubled.", "en", ("said", None)),
    ],
)
def test_a_statement_of_someone_acting_on_the_news_day_is_said_that_day(text, lang, told, gazetteer):
    assert told in dates(text, lang, gazetteer, "2025-03-12")


# -- a year naming which thing a noun names ranks after a date saying when --


@pytest.mark.parametrize(
    "text, lang, told",
    [
        ("The company announced a recall of its 2019 models on Monday.", "en", ("announced", "2025-03-10")),
        ("Le constructeur a annoncé le rappel de ses modèles 2019 lundi.", "fr", ("annoncé", "2025-03-10")),
        # alone in its clause, it still dates what happened to that thing
        ("The company said that its 2024 revenue rose 12 percent.", "en", ("rose", "2024")),
    ],
)
def test_a_year_naming_which_thing_gives_way_to_a_date_saying_when(text, lang, told, gazetteer):
    assert told in dates(text, lang, gazetteer, "2025-03-12")
