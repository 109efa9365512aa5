"""rules/clock.py: times of day on a named day (a date, a relative day, a weekday)."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.extract.model import Precision

# (language, document date, sentence, [(text, type, value)] resolved by rules/clock.py)
CASES = [
    ("fr", "2011-06-15", "Il est arrivé hier à 8 h.", [("8 h", "TIME", "2011-06-14T08:00")]),
    ("fr", "2011-06-15", "Il a parlé mardi à 14 h.", [("14 h", "TIME", "2011-06-14T14:00")]),
    ("fr", "2011-06-15", "Il a été vu ce matin à 7 h.", [("7 h", "TIME", "2011-06-15T07:00")]),
    ("fr", "2011-06-15", "Le séisme s'est produit ce matin à 7h44 UTC.", [("7h44 UTC", "TIME", "2011-06-15T07:44")]),
    # the time first
    ("fr", "2011-06-15", "Les secours sont arrivés vers 15 h 30, hier.", [("vers 15 h 30, hier", "TIME", "2011-06-14T15:30")]),
    ("fr", "2011-06-15", "Le vote aura lieu à 20 h mardi.", [("20 h mardi", "TIME", "2011-06-21T20:00")]),
    ("en", "2011-06-15", "He was arrested yesterday at 10:30 am.", [("yesterday at 10:30 am", "TIME", "2011-06-14T10:30")]),
    ("en", "2011-06-15", "The shop opens tomorrow at 9 am.", [("tomorrow at 9 am", "TIME", "2011-06-16T09:00")]),
    ("en", "2011-06-15", "The vote closed on Monday at 8 pm.", [("Monday at 8 pm", "TIME", "2011-06-13T20:00")]),
    ("en", "2011-06-15", "The meeting ended on Monday at 12 a.m.", [("Monday at 12 a.m.", "TIME", "2011-06-13T00:00")]),
    ("en", "2011-06-15", "The quake struck at 10:30 GMT yesterday.", [("10:30 GMT yesterday", "TIME", "2011-06-14T10:30Z")]),
    # a month and day after the time give its day
    ("en", "2011-06-15", "The quake struck at 14:30 GMT, May 3.", [("14:30 GMT", "TIME", "2011-05-03T14:30Z")]),
    # a day, a join word ("à", "vers", "at"), the time: one TIME on that day in English; two
    # expressions in French (French TimeBank), the time on the day just placed
    ("fr", "2011-06-15", "Le vote a eu lieu mardi vers 20 h 15.", [("vers 20 h 15", "TIME", "2011-06-14T20:15")]),
    ("fr", "2011-06-15", "Il est rentré hier vers 17 h.", [("vers 17 h", "TIME", "2011-06-14T17:00")]),
    ("fr", "2011-06-15", "La finale aura lieu dimanche à 9 h.", [("9 h", "TIME", "2011-06-19T09:00")]),
    ("fr", "2011-03-01", "La réunion est prévue le 12 mars à 14 h.", [("14 h", "TIME", "2011-03-12T14:00")]),
    ("fr", "2011-06-15", "Le procès s'ouvrira le mardi 21 juin vers 9 h 30.", [("vers 9 h 30", "TIME", "2011-06-21T09:30")]),
    ("fr", "2011-06-15", "Il a appelé le lendemain à midi.", [("midi", "TIME", "2011-06-16T12:00")]),
    ("fr", "2011-06-15", "Elle parlera ce soir à 8 h.", [("8 h", "TIME", "2011-06-15T20:00")]),
    ("fr", "2011-06-15", "Le concert commence à 20 h 30 ce soir.", [("20 h 30 ce soir", "TIME", "2011-06-15T20:30")]),
    ("fr", "2011-03-01", "Le vol part à 7 h le 12 mars.", [("7 h le 12 mars", "TIME", "2011-03-12T07:00")]),
    ("en", "2011-06-15", "Voting closes Tuesday at 3 p.m.", [("Tuesday at 3 p.m.", "TIME", "2011-06-14T15:00")]),
    ("en", "2011-06-15", "The deal was signed on March 3 at noon.", [("March 3 at noon", "TIME", "2011-03-03T12:00")]),
    ("en", "2011-06-15", "He will speak at 3 p.m. this afternoon.", [("3 p.m. this afternoon", "TIME", "2011-06-15T15:00")]),
    ("en", "2011-06-15", "Trading resumed at 0800 GMT on Monday.", [("0800 GMT on Monday", "TIME", "2011-06-13T08:00Z")]),
    # a time alone: after a clock cue, on the latest day placed (else the DCT)
    ("fr", "2011-06-15", "Le magasin est resté ouvert vendredi jusqu'à 17 h.", [("17 h", "TIME", "2011-06-10T17:00")]),
    ("fr", "2011-06-15", "Les secours sont arrivés vers 23 h.", [("vers 23 h", "TIME", "2011-06-15T23:00")]),
    ("fr", "2011-06-15", "Il est reparti à 0 h 45, puis à 17h30.", [("0 h 45", "TIME", "2011-06-15T00:45"), ("17h30", "TIME", "2011-06-15T17:30")]),
    ("fr", "2011-06-15", "Le magasin ferme à onze heures.", [("onze heures", "TIME", "2011-06-15T11:00")]),
    ("fr", "2011-06-15", "L'alarme a sonné vers trois heures et demie du matin.", [("vers trois heures et demie du matin", "TIME", "2011-06-15T03:30")]),
    ("fr", "2011-06-15", "Il est parti à six heures moins le quart.", [("six heures moins le quart", "TIME", "2011-06-15T05:45")]),
    ("fr", "2011-06-15", "Le feu a repris à 4 heures de l'après-midi.", [("4 heures de l'après-midi", "TIME", "2011-06-15T16:00")]),
    ("fr", "2011-06-15", "Le guichet ferme entre 10 h et 11 h.", [("10 h", "TIME", "2011-06-15T10:00"), ("11 h", "TIME", "2011-06-15T11:00")]),
    ("en", "2011-06-15", "The talks ran from 9 a.m. to 5 p.m.", [("9 a.m.", "TIME", "2011-06-15T09:00"), ("5 p.m.", "TIME", "2011-06-15T17:00")]),
    ("fr", "2011-06-15", "Les bureaux ouvrent de 8 h à 12 h.", [("8 h", "TIME", "2011-06-15T08:00"), ("12 h", "TIME", "2011-06-15T12:00")]),
    ("fr", "2011-06-15", "Il est passé à midi et reparti avant minuit.", [("midi", "TIME", "2011-06-15T12:00"), ("minuit", "TIME", "2011-06-15T24:00")]),
    ("fr", "2011-06-15", "Le sommet s'ouvre à 19 heures, soit 13 heures à Montréal.", [("19 heures", "TIME", "2011-06-15T19:00"), ("13 heures", "TIME", "2011-06-15T13:00")]),
    ("fr", "2011-06-15", "Le séisme a eu lieu à 3 h 10 (heure de Paris).", [("3 h 10", "TIME", "2011-06-15T03:10")]),
    # hours and minutes with a colon; a zone in brackets is left out of the extent
    ("fr", "2011-06-15", "La séance reprendra à 16:50 (UTC).", [("16:50", "TIME", "2011-06-15T16:50")]),
    # the evening written before the time puts it in the evening
    ("fr", "2011-06-15", "Ce soir, vers 9 h 30, il a parlé.", [("vers 9 h 30", "TIME", "2011-06-15T21:30")]),
    ("fr", "2011-06-15", "Le trafic reprendra à partir de 14 h, ou depuis 6 h pour les bus.", [("14 h", "TIME", "2011-06-15T14:00"), ("6 h", "TIME", "2011-06-15T06:00")]),
    ("fr", "2011-06-15", "Le vote est prévu pour 15 h 30.", [("15 h 30", "TIME", "2011-06-15T15:30")]),
    ("en", "2011-06-15", "The polls close at noon.", [("noon", "TIME", "2011-06-15T12:00")]),
    ("en", "2011-06-15", "They met at midnight.", [("midnight", "TIME", "2011-06-15T24:00")]),
    ("en", "2011-06-15", "The raid began at 3 a.m.", [("3 a.m.", "TIME", "2011-06-15T03:00")]),
    ("en", "2011-06-15", "He left the office at 10:30 and came back by 4.15 pm.", [("10:30", "TIME", "2011-06-15T10:30"), ("4.15 pm", "TIME", "2011-06-15T16:15")]),
    ("en", "2011-06-15", "It opened at 9 o'clock.", [("9 o'clock", "TIME", "2011-06-15T09:00")]),
    # a zone's offset: the time in UTC (the day before when it crosses midnight)
    ("en", "2011-06-15", "The plane landed at 6:40 p.m. (GMT +8).", [("6:40 p.m. (GMT +8)", "TIME", "2011-06-15T10:40Z")]),
    # French values are the clock time as written, whatever the zone (the French TimeBank's way)
    ("fr", "2011-06-15", "L'alarme a sonné vers 5 h 25 CEST.", [("vers 5 h 25 CEST", "TIME", "2011-06-15T05:25")]),
    ("en", "2011-06-15", "Trading closed at 4 p.m. EDT.", [("4 p.m. EDT", "TIME", "2011-06-15T20:00Z")]),
    ("en", "2011-06-15", "The ship sank at 2:00 GMT+5 today.", [("2:00 GMT+5 today", "TIME", "2011-06-14T21:00Z")]),
]

# Numbers and amounts of hours that are no time of day.
NOT_TIMES = [
    ("fr", "Il a couru un 4 h 30 de marathon."),
    ("fr", "Il a suivi 20 h de cours."),
    ("fr", "Il était à 3 h de route de la ville."),
    ("fr", "La garde à vue a duré 24 heures."),
    ("fr", "Il a neigé depuis trois heures."),
    ("fr", "La batterie tient de 3 h 30 et 6 h 30 en jeu, contre 3 h à 5 h en veille."),
    ("en", "The flight takes 3 to 5 hours."),
    ("fr", "La salle est louée pour deux heures."),
    ("fr", "Il a bouclé le parcours en 2 h 30."),
    ("fr", "Le but est tombé à la 17e minute, à la 17e heure de jeu."),
    ("fr", "Le score était de 3-1 à la mi-temps."),
    ("fr", "Le Midi libre a publié l'enquête."),
    ("fr", "Il a travaillé l'après-midi."),
    ("en", "The team won 3-1 at home."),
    ("en", "The ratio was 2:1."),
    ("en", "The index fell by 2.36% to close at 682.60."),
    ("en", "The midnight deadline passed."),
    ("en", "Flights leave at 3 and at 5."),
    ("en", "The team won 3 Tuesday."),
]


@pytest.mark.parametrize("lang, dct, sentence, expected", CASES)
def test_clock_values(tag, lang, dct, sentence, expected) -> None:
    assert tag.family("clock", sentence, dct, lang) == expected


@pytest.mark.parametrize("lang, sentence", NOT_TIMES)
def test_amounts_and_numbers_are_no_times(tag, lang, sentence) -> None:
    assert tag.family("clock", sentence, "2011-06-15", lang) == []


def test_a_time_alone_keeps_the_day_placed_before_it(tag) -> None:
    found = tag("Le 3 mai, le magasin a ouvert à 9 h et fermé vers 19 h 30.", "2011-06-15")
    assert [(t.text, t.value) for t in found] == [
        ("Le 3 mai", "2011-05-03"), ("9 h", "2011-05-03T09:00"), ("vers 19 h 30", "2011-05-03T19:30")
    ]


def test_a_dated_time_is_the_latest_explicit_day(tag) -> None:
    found = tag("L'accident a eu lieu le 3 mai à 14 h ; le lendemain, la route a rouvert.", "2011-06-15")
    assert [(t.text, t.value) for t in found] == [("le 3 mai", "2011-05-03"), ("14 h", "2011-05-03T14:00"), ("le lendemain", "2011-05-04")]


def test_a_clock_time_is_placed_on_its_day(tag) -> None:
    t = tag("Il est arrivé hier à 8 h.", "2011-06-15")[1]
    assert (t.when.first, t.when.last, t.when.precision, t.when.label) == (
        dt.date(2011, 6, 14), dt.date(2011, 6, 14), Precision.TIME, "2011-06-14T08:00"
    )


def test_a_month_only_dct_leaves_the_day_to_the_day_rules(tag) -> None:
    t = tag.one("Il est arrivé hier à 8 h.", "2011-06")
    assert (t.text, t.value, t.when.uncertain, t.family) == ("hier", "2011-06", True, "relative")
    # A time alone has no day to be placed on: not tagged.
    assert tag("Il est arrivé à 8 h.", "2011-06") == []


def test_a_time_on_a_relative_day_anchors_what_follows(tag) -> None:
    found = tag("Il est arrivé hier à 8 h ; le lendemain, il est reparti.", "2011-06-15")
    assert [(t.text, t.value, t.family) for t in found] == [
        ("hier", "2011-06-14", "relative"),
        ("8 h", "2011-06-14T08:00", "clock"),
        ("le lendemain", "2011-06-15", "relative"),
    ]


def test_an_hour_after_a_clock_cue_is_no_duration(tag) -> None:
    assert tag.family("clock", "Le rendez-vous est fixé à 19 heures.", "2011-06-15") == [
        ("19 heures", "TIME", "2011-06-15T19:00")
    ]
    assert tag.family("durations", "Le rendez-vous est fixé à 19 heures.", "2011-06-15") == []
