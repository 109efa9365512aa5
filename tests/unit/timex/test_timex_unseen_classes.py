"""Classes of date errors found on freshly annotated development news and on unannotated
development articles (issue 12, session 8), each checked on invented sentences: amounts with
"premiers"/"derniers" and a modifier elided ("plus d'une heure"), "le mois de mai" whole,
centuries as a preposition leaves them and without their noun, bare years after a comparison,
the article of a range's first day, "au début de 2012", the gerund "en maintenant", frequency
and part-of-the-day adjectives ("journaliers", "nocturnes")."""

from __future__ import annotations

import pytest

DCT = "2016-04-12"

# (sentence, [(text, type, value)] of every expression tagged), French, dated 2016-04-12
CASES = [
    # an amount counted from an edge: "premiers"/"derniers" between the number and the unit,
    # "aux" (à + les) and "des" (de + les) out of the extent, "de l'année" in it
    ("Les prix ont grimpé au cours des cinq derniers jours.", [("cinq derniers jours", "DURATION", "P5D")]),
    ("Le chiffre est stable par rapport aux deux dernières saisons et aux quatre dernières années.",
     [("quatre dernières années", "DURATION", "P4Y")]),
    ("Les six premiers mois de l'année ont été pluvieux.", [("Les six premiers mois de l'année", "DURATION", "P6M")]),
    ("Ses trois premières semaines au club furent difficiles.", [("Ses trois premières semaines", "DURATION", "P3W")]),
    # "plus d'une", "moins d'un": the modifier kept, as "plus de deux"
    ("Le convoi a roulé plus d'une heure sous la neige.", [("plus d'une heure", "DURATION", "PT1H")]),
    ("La vente a été conclue en moins d'une semaine.", [("moins d'une semaine", "DURATION", "P1W")]),
    ("Le chantier a duré plus de deux ans.", [("plus de deux ans", "DURATION", "P2Y")]),
    # "le mois de": the noun in the extent; it makes "mai" a month
    ("La foire se tiendra au mois de mai.", [("mois de mai", "DATE", "2016-05")]),
    ("Le mois de février 2015 fut le plus froid.", [("Le mois de février 2015", "DATE", "2015-02")]),
    ("Il a démissionné au mois d'août dernier.", [("mois d'août dernier", "DATE", "2015-08")]),
    # centuries: "du"/"au" out of the extent; the second of a pair without its noun
    ("Cette chapelle date du XIIe siècle.", [("XIIe siècle", "DATE", "11XX")]),
    ("Les vitraux datent de la fin du XVe siècle et du début du XVIe, selon le guide.",
     [("la fin du XVe siècle", "DATE", "14XX"), ("début du XVIe", "DATE", "15XX")]),
    ("Il a ouvert un café au début du XXe arrondissement.", []),
    # a bare year after a comparison; a count after one is no year
    ("Les ventes ont progressé par rapport à 2014 dans toute la région.", [("2014", "DATE", "2014")]),
    ("Le déficit est en baisse comparé à 2013, selon le ministre.", [("2013", "DATE", "2013")]),
    ("Le stade a accueilli 500 spectateurs, par rapport à 1200 spectateurs la veille.", [("la veille", "DATE", "2016-04-11")]),
    ("Elle a vendu peu, comparativement à 2000 exemplaires pour son premier livre.", []),
    ("La banque table sur une inflation de 2 % pour 2018 (contre 1 %).", [("2018", "DATE", "2018")]),
    ("La commune compte un pharmacien pour 2000 habitants.", []),
    # a range between two days: the first day keeps its article, like the second
    ("Le festival aura lieu entre le 3 juin et le 2 juillet.",
     [("le 3 juin", "DATE", "2016-06-03"), ("le 2 juillet", "DATE", "2016-07-02")]),
    # an edge and its "de" before a year: in the extent, as "fin 2014"
    ("Les travaux reprendront au début de 2017.", [("début de 2017", "DATE", "2017")]),
    ("Elle a quitté la ville à la fin de 2009, dit-on.", [("la fin de 2009", "DATE", "2009")]),
    ("Il a réglé la fin de 2000 euros de dettes.", []),
    # "en maintenant": the gerund of "maintenir", not "now"
    ("Le club a progressé en maintenant son effectif.", []),
    ("Il a sauvé l'entreprise en la maintenant à flot.", []),
    ("Il faut choisir maintenant.", [("maintenant", "TIME", "PRESENT_REF")]),
    # frequency and part-of-the-day adjectives; the same words as nouns are none
    ("Des relevés journaliers sont publiés par la mairie.", [("journaliers", "SET", "P1D")]),
    ("La ferme emploie un journalier pour les vendanges.", []),
    ("Des patrouilles nocturnes sillonnent le quartier.", [("nocturnes", "TIME", "TNI")]),
    ("La nocturne du musée attire les familles.", []),
    ("Une marche matinale a réuni les habitants.", [("matinale", "TIME", "TMO")]),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_unseen_classes(tag, sentence, expected) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, DCT, "fr")] == expected


# (language, sentence, expected): sets counted in quarters and hours, every one of them
SETS = [
    ("en", "The company has grown every quarter since its listing.", [("every quarter", "SET", "P3M")]),
    ("en", "Each quarter, the board reviews the budget.", [("Each quarter", "SET", "P3M")]),
    ("en", "A shuttle leaves the airport every hour.", [("every hour", "SET", "PT1H")]),
    ("fr", "La banque publie ses comptes chaque trimestre.", [("chaque trimestre", "SET", "P3M")]),
    ("fr", "Un train part toutes les heures vers la côte.", [("toutes les heures", "SET", "PT1H")]),
]


@pytest.mark.parametrize("lang, sentence, expected", SETS)
def test_sets_of_quarters_and_hours(tag, lang, sentence, expected) -> None:
    assert [(t.text, t.type, t.value) for t in tag(sentence, DCT, lang)] == expected


@pytest.mark.parametrize(
    "lang, sentence, year",
    [
        ("fr", "Les ventes ont reculé en mars par rapport à 2012.", "2012"),
        ("fr", "Le chômage baisse, comparé à 2009, dans la région.", "2009"),
        ("en", "Exports rose in May compared with 2011.", "2011"),
        ("en", "Imports fell 4% compared to 2008, the ministry said.", "2008"),
    ],
)
def test_a_year_compared_with_is_no_place_on_the_timeline(tag, lang, sentence, year) -> None:
    """The year measured against is tagged (a DATE) but has no place: what the sentence tells
    happened at its other date, not in that year."""
    compared = [t for t in tag(sentence, DCT, lang) if t.text == year]
    assert [(t.type, t.value, t.when) for t in compared] == [("DATE", year, None)]


def test_a_year_with_no_comparison_keeps_its_place(tag) -> None:
    (found,) = tag("Les ventes ont reculé en 2012.", DCT, "fr")
    assert found.when is not None and found.when.label == "2012"


@pytest.mark.parametrize(
    "lang, sentence, expected",
    [
        # the year counted from is the latest one placed, written ("2001") or not ("le premier trimestre")
        ("en", "Sales fell in 2009. In the first quarter, revenue rose 8% over the previous year.", "2015"),
        ("en", "The plant opened in 2001. The following year it doubled its output.", "2002"),
        ("fr", "Le club a été fondé en 1998. Au premier trimestre, il a recruté plus que l'année précédente.", "2015"),
    ],
)
def test_the_previous_year_counts_from_the_latest_year_placed(tag, lang, sentence, expected) -> None:
    found = tag(sentence, DCT, lang)
    assert found[-1].value == expected, [(t.text, t.value) for t in found]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an opening "Aujourd'hui," then an imperfect narrates the day
        ("Aujourd'hui, devant les maires réunis à Tours, la ministre présentait son plan.", ("DATE", "2016-04-12")),
        ("Aujourd'hui, à la sortie du conseil, les élus se disaient satisfaits.", ("DATE", "2016-04-12")),
        # with a present or a perfect it is the present in general
        ("Aujourd'hui, le village compte deux écoles.", ("TIME", "PRESENT_REF")),
        ("Aujourd'hui, le quartier a beaucoup changé.", ("TIME", "PRESENT_REF")),
    ],
)
def test_an_opening_today_narrated_in_the_imperfect_is_the_day(tag, sentence, expected) -> None:
    (found,) = tag(sentence, DCT, "fr")
    assert (found.type, found.value) == expected
