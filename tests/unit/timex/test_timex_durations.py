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
