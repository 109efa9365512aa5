"""Joins that hold on unseen text (session 24): a sentence going on that starts a new happening
stays apart from the telling before it. Each rule on sentences and tellings made up for these
tests, with a case it must still join and one it must not."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from newsline_testing import write

from unit.test_merge_within_s22 import groups, merge, told
from unit.test_participants_company_s22 import events_told
from tui.extract.merge import content_words
from tui.extract.timex.when import when_day


def evidence_of(tmp_path, text: str, words: str, date: str = "2025-03-11") -> list[str]:
    """The sentences of the one event whose evidence holds ``words``."""
    write(tmp_path, "a.txt", f"date {date}\n" + text + "\n")
    (event,) = events_told(tmp_path, words)
    return [ev["text"] for ev in event["evidence"]]


def day(d: int):
    return when_day(dt.date(2020, 5, d))


# -- a sentence going on dated to a later day than what was done ----------------------------------


def test_a_sentence_going_on_dated_to_a_later_day_is_a_later_step():
    tellings = [
        replace(told(0, "other", "Paul Morel a fait demi-tour", actors=(0,)), when=day(3)),
        told(1, "other", "Il annonce son abandon le 5 mai", actors=(0,), continues=True, later_dates=(day(5),)),
    ]
    assert groups(merge(tellings)) == [[0]]


def test_a_sentence_going_on_dated_to_a_later_day_still_goes_on_with_an_announcement():
    tellings = [
        replace(told(0, "statement", "Tarvix said it will close its plant", actors=(2,)), when=day(3)),
        told(1, "other", "Tarvix closes the plant on 5 May", actors=(2,), continues=True, later_dates=(day(5),)),
    ]
    assert groups(merge(tellings)) == [[0, 1]]


def test_a_sentence_going_on_on_the_same_day_still_goes_on():
    tellings = [
        replace(told(0, "other", "Paul Morel a fait demi-tour le 3 mai", actors=(0,)), when=day(3)),
        told(1, "other", "Il rentre au port le 3 mai", actors=(0,), continues=True, later_dates=(day(3),)),
    ]
    assert groups(merge(tellings)) == [[0, 1]]



# -- a sentence going on naming a new person, with only an organisation in common ----------------


def test_a_sentence_going_on_naming_someone_new_by_the_company_alone_is_their_own_happening():
    # (actors: 0 and 1 people, 2 an organisation)
    tellings = [
        told(0, "economy", "A lawsuit was filed against Tarvix", actors=(2,)),
        told(1, "other", "Tarvix vice-president Jane Doe indicated that a patch is available", actors=(2, 0), continues=True),
    ]
    assert groups(merge(tellings)) == [[0]]


def test_a_sentence_going_on_naming_the_same_person_still_goes_on():
    tellings = [
        told(0, "economy", "Jane Doe of Tarvix sold the plant", actors=(0, 2)),
        told(1, "other", "Doe and Paul Morel toured the plant for Tarvix", actors=(0, 1, 2), continues=True),
    ]
    assert groups(merge(tellings)) == [[0, 1]]


def test_a_sentence_going_on_naming_no_one_new_still_goes_on_by_the_company():
    tellings = [
        told(0, "economy", "Tarvix released a new phone", actors=(2,)),
        told(1, "other", "The Tarvix phone has a larger screen", actors=(2,), continues=True),
    ]
    assert groups(merge(tellings)) == [[0, 1]]



# -- a title in the lead's words tells the news, not what led to it -------------------------------


def test_a_title_in_the_lead_s_words_does_not_join_a_telling_of_years_before():
    title = told(0, "other", "fin de service pour le terminal téléphonique", actors=(), title=True)
    title = replace(title, words=content_words(title.headline))
    tellings = [
        title,
        replace(
            told(1, "other", "Créé il y a trente ans, ce terminal téléphonique a été vendu en France", actors=()),
            when=when_day(dt.date(1995, 5, 4)), published=day(4),
        ),
    ]
    assert groups(merge(tellings)) == [[1]]


def test_a_title_in_the_lead_s_words_still_joins_the_news():
    title = told(0, "other", "fin de service pour le terminal téléphonique", actors=(), title=True)
    title = replace(title, words=content_words(title.headline))
    tellings = [
        title,
        replace(told(1, "other", "le service du terminal téléphonique prend fin", actors=()), when=day(4), published=day(4)),
    ]
    assert groups(merge(tellings)) == [[0, 1]]



def test_a_sentence_going_on_sharing_only_a_country_is_no_more_of_the_telling():
    # (actor 4 a country)
    tellings = [
        told(0, "statement", "Tarvix warned its loss could rise in Erewhon", actors=(2, 4)),
        told(1, "other", "Globex, the second carmaker of Erewhon, beat forecasts", actors=(3, 4), continues=True),
    ]
    assert groups(merge(tellings)) == [[0]]

# -- a sentence going on that opens on words turning to another happening ------------------------


@pytest.mark.parametrize("opening", ["Par ailleurs, Tarvix ferme une usine à Lyon", "D’autre part, Tarvix vend son siège",
                                     "Meanwhile, Tarvix sold its plant", "- Separately, Tarvix hired 300 engineers"])
def test_a_sentence_going_on_that_turns_to_another_happening_stays_apart(opening):
    tellings = [told(0, "economy", "Tarvix released a new phone", actors=(2,)), told(1, "other", opening, actors=(2,), continues=True)]
    assert groups(merge(tellings)) == [[0]]


@pytest.mark.parametrize("opening", ["In addition to its screen, the Tarvix phone has a camera", "Ailleurs dans le pays, Tarvix vend le téléphone"])
def test_a_sentence_going_on_without_such_an_opening_still_goes_on(opening):
    tellings = [told(0, "economy", "Tarvix released a new phone", actors=(2,)), told(1, "other", opening, actors=(2,), continues=True)]
    assert groups(merge(tellings)) == [[0, 1]]


def test_quoted_words_go_on_whatever_they_open_on():
    tellings = [
        told(0, "statement", "Jane Doe said sales rose", actors=(0,)),
        told(1, "statement", "Par ailleurs, nous ouvrons une usine", actors=(), continues=True),
    ]
    assert groups(merge(tellings)) == [[0, 1]]

# -- in invented articles: the sentence starting a new happening is no evidence of the one before --

# (the article's text, words of the telling before, words of the sentence that stays apart)
APART = [
    (  # a later day than what was done
        "Dans l'après-midi, Paul Morel a dû faire demi-tour vers 16h30, à 50 milles du port. "
        "Il annonce son abandon en début de matinée le 12 mars.",
        "a dû faire demi-tour", "annonce son abandon",
    ),
    (  # someone new speaking, only the company in common
        "Shares of the Tarvix company fell almost 30% during the sell-off. "
        "Tarvix spokeswoman Jane Doe spoke about the incident on the phone with reporters.",
        "fell almost 30%", "Jane Doe",
    ),
    (
        "L'action de la société Tarvix a chuté de 30 % lundi à la bourse de Paris. "
        "Le porte-parole de Tarvix, Jean Dupont, est revenu sur l'incident devant les journalistes.",
        "a chuté de 30 %", "Jean Dupont",
    ),
    (  # only a country in common
        "L'Allemagne a averti mardi la Grèce que ses dettes pesaient sur l'Europe. "
        "La Grèce, sans le sou, reste pourtant très populaire chez les touristes allemands.",
        "a averti mardi", "très populaire",
    ),
    (  # "that" opening what was said, no demonstrative
        "A year earlier, the Tarvix bank had gained $704 million. Paul Morel said that losses from loans would probably increase.",
        "had gained $704 million", "losses from loans",
    ),
    (  # turning to another happening
        "Tarvix a présenté mardi un nouveau téléphone à Paris. Par ailleurs, la société Tarvix ferme son usine de Lyon.",
        "a présenté mardi", "ferme son usine",
    ),
    (
        "Tarvix unveiled a new phone on Tuesday in Paris. Meanwhile, Tarvix workers in Lyon stayed home.",
        "unveiled a new phone", "workers in Lyon",
    ),
]


@pytest.mark.parametrize(("text", "telling", "apart"), APART)
def test_a_sentence_starting_a_new_happening_stays_apart(tmp_path, text, telling, apart):
    assert not any(apart in s for s in evidence_of(tmp_path, text, telling))
