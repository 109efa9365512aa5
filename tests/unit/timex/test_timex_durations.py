"""rules/durations.py: durations, sets and references, the expressions off the timeline."""

from __future__ import annotations

import pytest

# (language, sentence, [(text, type, value)] resolved by rules/durations.py); dated 2011-06-15
CASES = [
    ("fr", "Il a été président pendant trois ans.", [("trois ans", "DURATION", "P3Y")]),
    ("fr", "La grève a duré une dizaine de jours.", [("une dizaine de jours", "DURATION", "P10D")]),
    ("fr", "Il a attendu pendant des années.", [("des années", "DURATION", "PXY")]),
    ("fr", "Il a travaillé vingt et un ans à l'usine.", [("vingt et un ans", "DURATION", "P21Y")]),
    ("fr", "Il a dirigé le club pendant deux décennies.", [("deux décennies", "DURATION", "P20Y")]),
    # "ans de prison": a sentence, not an age
    ("fr", "Il a été condamné à une peine de 10 ans de prison.", [("10 ans", "DURATION", "P10Y")]),
    # a range of counts: the first count is tagged on its own
    ("fr", "Le traitement dure entre 8 et 10 jours.", [("8", "DURATION", "P8D"), ("10 jours", "DURATION", "P10D")]),
    ("fr", "Il a effectué un quinquennat.", [("quinquennat", "DURATION", "P5Y")]),
    ("fr", "Il a vécu un demi-siècle à Paris.", [("un demi-siècle", "DURATION", "P50Y")]),
    ("en", "He was president for two weeks.", [("two weeks", "DURATION", "P2W")]),
    ("en", "The talks lasted 90 minutes.", [("90 minutes", "DURATION", "PT90M")]),
    ("en", "The flight took five hours.", [("five hours", "DURATION", "PT5H")]),
    ("en", "The project took two and a half years.", [("two and a half years", "DURATION", "P2.5Y")]),
    ("en", "He has lived here for several years.", [("several years", "DURATION", "PXY")]),
    ("en", "Growth was weak over the past decade.", [("the past decade", "DURATION", "P10Y")]),
    ("en", "Profits fell for two straight quarters.", [("two straight quarters", "DURATION", "P2Q")]),
    # sets
    ("fr", "La fête a lieu chaque année.", [("chaque année", "SET", "P1Y")]),
    ("fr", "Les élections ont lieu tous les deux ans.", [("tous les deux ans", "SET", "P2Y")]),
    ("fr", "Il gagne 3000 euros par mois.", [("mois", "SET", "P1M")]),
    ("fr", "Le rapport est publié de façon quotidienne.", [("quotidienne", "SET", "P1D")]),
    ("en", "The committee meets every three weeks.", [("every three weeks", "SET", "P3W")]),
    ("en", "The magazine is published weekly.", [("weekly", "SET", "P1W")]),
    # references
    ("fr", "Les prix sont actuellement élevés.", [("actuellement", "TIME", "PRESENT_REF")]),
    ("fr", "Il était autrefois ministre.", [("autrefois", "TIME", "PAST_REF")]),
    ("en", "Rates will stay low for the time being.", [("the time being", "DATE", "PRESENT_REF")]),
    ("en", "The rules changed weeks ago.", [("weeks ago", "DATE", "PAST_REF")]),
]


@pytest.mark.parametrize("lang, sentence, expected", CASES)
def test_duration_set_and_reference_values(tag, lang, sentence, expected) -> None:
    assert tag.family("durations", sentence, "2011-06-15", lang) == expected


def test_they_have_no_place_on_the_timeline(tag) -> None:
    for lang, sentence, _ in CASES:
        assert all(t.when is None for t in tag(sentence, "2011-06-15", lang)), sentence


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("fr", "Un homme de 32 ans a été arrêté."),  # an age
        ("fr", "Théodore Monod, 97 ans, est mort."),  # an age
        ("en", "She was 47 years old."),  # an age
        ("fr", "Le service est ouvert 24 heures sur 24."),  # round the clock
        ("fr", "Les 24 Heures du Mans commencent."),  # a name
        ("en", "The shares lost three quarters of their value."),  # a fraction
        ("fr", "Le quotidien Le Monde l'a révélé."),  # a noun, not "daily"
    ],
)
def test_ages_names_times_and_fractions_are_no_durations(tag, lang, sentence) -> None:
    assert tag(sentence, "2011-06-15", lang) == []


# Recurring sets of calendar points (dated 2011-06-15): weekdays, parts of the day, seasons,
# weekends every week or year; a weekday of every month; every other unit.
SET_CASES = [
    ("fr", "Le club se réunit tous les lundis soir.", ("tous les lundis soir", "SET", "XXXX-WXX-1TEV")),
    ("fr", "Le marché se tient chaque jeudi sur la place.", ("chaque jeudi", "SET", "XXXX-WXX-4")),
    ("fr", "Elle court toutes les nuits.", ("toutes les nuits", "SET", "TNI")),
    ("fr", "Les cigognes reviennent tous les printemps.", ("tous les printemps", "SET", "XXXX-SP")),
    ("fr", "Chaque hiver, la route est coupée.", ("Chaque hiver", "SET", "XXXX-WI")),
    ("fr", "Il rentre chez ses parents tous les week-ends.", ("tous les week-ends", "SET", "XXXX-WXX-WE")),
    ("fr", "La brocante a lieu le premier dimanche du mois.", ("le premier dimanche du mois", "SET", "P1M")),
    ("fr", "Le bulletin trimestriel de la mairie est gratuit.", ("trimestriel", "SET", "P3M")),
    ("en", "The choir practises every Wednesday evening.", ("every Wednesday evening", "SET", "XXXX-WXX-3TEV")),
    ("en", "He walks the dog every morning.", ("every morning", "SET", "TMO")),
    ("en", "Floods hit the valley each winter.", ("each winter", "SET", "XXXX-WI")),
    ("en", "She visits her mother every weekend.", ("every weekend", "SET", "XXXX-WXX-WE")),
    ("en", "The council meets on the last Friday of every month.", ("the last Friday of every month", "SET", "P1M")),
    ("en", "The fair is held every other year.", ("every other year", "SET", "P2Y")),
    ("en", "The index is updated hourly.", ("hourly", "SET", "PT1H")),
]


@pytest.mark.parametrize("lang, sentence, expected", SET_CASES)
def test_recurring_sets(tag, lang, sentence, expected) -> None:
    t = tag.one(sentence, "2011-06-15", lang)
    assert ((t.text, t.type, t.value), t.when, t.family) == (expected, None, "durations")


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("fr", "Il achète des pages de quotidiens régionaux."),  # newspapers, not "daily"
        ("fr", "Il a lu les hebdomadaires du week-end."),
        ("en", "The monthly magazine sold 2004 copies."),  # "monthly" is a set, "2004" no year
    ],
)
def test_plural_nouns_and_amounts_are_no_sets_or_years(tag, lang, sentence) -> None:
    assert [(t.text, t.type) for t in tag(sentence, "2011-06-15", lang) if t.type != "SET" or t.text != "monthly"] == []


# References to the present, the past and the future in general.
REFERENCE_CASES = [
    ("fr", "Il est à l'heure actuelle en prison.", ("à l'heure actuelle", "TIME", "PRESENT_REF")),
    ("fr", "Le musée est dorénavant gratuit.", ("dorénavant", "TIME", "PRESENT_REF")),
    ("fr", "La ligne sera prochainement prolongée.", ("prochainement", "TIME", "FUTURE_REF")),
    ("fr", "Par le passé, il a été maire du village.", ("le passé", "TIME", "PAST_REF")),
    ("fr", "Le port était jadis très actif.", ("jadis", "TIME", "PAST_REF")),
    ("en", "The iPod is now smaller.", ("now", "DATE", "PRESENT_REF")),
    ("en", "The shop currently sells books.", ("currently", "DATE", "PRESENT_REF")),
    ("en", "Given the current slump, rates stay low.", ("current", "DATE", "PRESENT_REF")),
    ("en", "The firm has recently cut jobs.", ("recently", "DATE", "PAST_REF")),
    ("en", "Shares fell after the recent slump.", ("recent", "DATE", "PAST_REF")),
    ("en", "They repeated the mistakes of the past.", ("the past", "DATE", "PAST_REF")),
    ("en", "At the time, he ran the bank.", ("the time", "DATE", "PAST_REF")),
    ("en", "The plant may reopen in the future.", ("the future", "DATE", "FUTURE_REF")),
    ("en", "The talks will resume very soon.", ("very soon", "DATE", "FUTURE_REF")),
]


@pytest.mark.parametrize("lang, sentence, expected", REFERENCE_CASES)
def test_present_past_and_future_references(tag, lang, sentence, expected) -> None:
    t = tag.one(sentence, "2011-06-15", lang)
    assert ((t.text, t.type, t.value), t.when, t.family) == (expected, None, "durations")


@pytest.mark.parametrize(
    "lang, sentence",
    [
        ("en", "Now that prices are low, buyers are back."),  # a conjunction
        ("en", "Call us as soon as possible."),
        ("en", "The current account deficit widened."),  # a term of economics
        ("en", "At the time of the crash he was away."),  # the time of an undated event
        ("fr", "Le passé colonial du pays pèse encore."),  # a noun with no preposition
    ],
)
def test_words_that_are_no_reference(tag, lang, sentence) -> None:
    assert tag(sentence, "2011-06-15", lang) == []


def test_the_past_followed_by_a_count_is_a_duration(tag) -> None:
    t = tag.one("In the past two years sales rose.", "2011-06-15", "en")
    assert (t.text, t.type, t.value) == ("the past two years", "DURATION", "P2Y")
