"""Date classes of issue 12's later rounds, on invented French and English sentences: spans to come
("les semaines à venir", "the months ahead"), the past decade as a duration, an unsaid number of
decades (PXDE), a deadline's year ("valable jusqu'au 31 décembre", "by December 15"), and "the
same quarter last year" as a quarter."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.timex import TIMEX_VALUE_RE, tag_timexes

DCT = "2003-03-14"


def tagged(sentence: str, lang: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in tag_timexes(sentence, DocDate.parse(DCT), lang)]


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Le comité tranchera dans les semaines à venir.", "fr", [("les semaines à venir", "DURATION", "PXW")]),
        ("Les loyers grimperont dans les mois qui viennent.", "fr", [("les mois qui viennent", "DURATION", "PXM")]),
        ("Le club recrutera dans les années à venir.", "fr", [("les années à venir", "DURATION", "PXY")]),
        ("The airline expects fewer passengers in the months ahead.", "en", [("the months ahead", "DURATION", "PXM")]),
        ("Tough days ahead: the days ahead will be hard.", "en", [("the days ahead", "DURATION", "PXD")]),
        # a span before an event, not a span to come
        ("In the weeks ahead of the referendum, the polls moved.", "en", []),
    ],
)
def test_spans_to_come_are_vague_durations(sentence, lang, expected) -> None:
    assert tagged(sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Au cours de la dernière décennie, le village a perdu ses commerces.", [("la dernière décennie", "DURATION", "P10Y")]),
        ("Le port a décliné pendant la décennie écoulée.", [("la décennie écoulée", "DURATION", "P10Y")]),
        # a decade named by its century is no span up to now
        ("La dernière décennie du XIXe siècle vit naître le cinéma.", [("XIXe siècle", "DATE", "18XX")]),
    ],
)
def test_the_past_decade_in_french(sentence, expected) -> None:
    assert tagged(sentence, "fr") == expected


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Le moulin est à l'abandon depuis plusieurs décennies.", "fr", ("plusieurs décennies", "DURATION", "PXDE")),
        ("The mill has stood empty for decades.", "en", ("decades", "DURATION", "PXDE")),
        ("Le chantier a duré des siècles.", "fr", ("des siècles", "DURATION", "PXCE")),
        # a counted decade is still ten years
        ("Le moulin est fermé depuis deux décennies.", "fr", ("deux décennies", "DURATION", "P20Y")),
    ],
)
def test_an_unsaid_number_of_decades(sentence, lang, expected) -> None:
    found = tagged(sentence, lang)
    assert found == [expected]
    assert TIMEX_VALUE_RE.match(expected[2])


@pytest.mark.parametrize(
    "sentence, lang, value",
    [
        # no tense cue: a deadline or a start looks ahead (written in March: next December)
        ("Le bon de réduction est valable jusqu'au 31 décembre.", "fr", "2003-12-31"),
        ("Les candidatures sont reçues à partir du 1er novembre.", "fr", "2003-11-01"),
        ("La préfecture a jusqu'au 30 novembre pour statuer.", "fr", "2003-11-30"),
        ("The council must vote by December 15.", "en", "2003-12-15"),
        # a past verb wins
        ("Le blocage a duré jusqu'au 3 décembre.", "fr", "2002-12-03"),
        ("Exports had doubled by December 20.", "en", "2002-12-20"),
        # no deadline cue: the past window of news
        ("Le bon de réduction date du 31 décembre.", "fr", "2002-12-31"),
    ],
)
def test_a_deadline_without_its_year_lies_ahead(sentence, lang, value) -> None:
    assert [t[2] for t in tagged(sentence, lang)] == [value]


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Margins shrank compared with the same quarter last year.", "en", ("the same quarter last year", "DATE", "2002-Q1")),
        ("Les marges ont fondu par rapport au même trimestre de l'an dernier.", "fr", ("même trimestre de l'an dernier", "DATE", "2002-Q1")),
        # a period is the month
        ("Margins shrank compared with the same period last year.", "en", ("the same period last year", "DATE", "2002-03")),
    ],
)
def test_the_same_quarter_a_year_back_is_a_quarter(sentence, lang, expected) -> None:
    assert tagged(sentence, lang) == [expected]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a capital written without its accent opening a sentence is "à"
        ("A 9 heures, la navette a quitté le port.", [("9 heures", "TIME", "2003-03-14T09:00")]),
        ("Le car est parti. A 9 heures, il était à Lyon.", [("9 heures", "TIME", "2003-03-14T09:00")]),
        ("A la fin de l'année, la ligne ouvrira.", [("la fin de l'année", "DATE", "2003")]),
        # a letter inside a sentence, or the verb before a hyphen, stays what it is
        ("Le lot A a été livré 9 heures plus tard.", [("9 heures", "DURATION", "PT9H")]),
    ],
)
def test_an_unaccented_capital_a_is_the_preposition(sentence, expected) -> None:
    assert tagged(sentence, "fr") == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Les supporters ont fêté la victoire au cours du week-end.", [("week-end", "DATE", "2003-W10-WE")]),
        ("Des averses sont attendues pendant le week-end.", [("le week-end", "DATE", "2003-W11-WE")]),
        ("Les gares ont été bondées lors du week-end de la Pentecôte.", []),
        ("Ces jours-ci, les rues sont calmes.", [("Ces jours-ci", "TIME", "PRESENT_REF")]),
        # a feast of another calendar is not the first of January
        ("Le nouvel an chinois sera fêté dans le quartier.", []),
    ],
)
def test_french_weekends_and_the_present(sentence, expected) -> None:
    assert tagged(sentence, "fr") == expected


def test_the_past_several_years_is_one_duration() -> None:
    found = tagged("The mill has been idle for the past several years.", "en")
    assert found == [("the past several years", "DURATION", "PXY")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Le calme est revenu en fin de journée.", [("fin de journée", "DATE", "2003-03-14")]),
        (
            "Le 3 mars, les grévistes ont levé le camp en début de journée.",
            [("Le 3 mars", "DATE", "2003-03-03"), ("début de journée", "DATE", "2003-03-03")],
        ),
        # "une fin de journée" is no edge of a day placed
        ("Il aime les fins de journée calmes.", []),
    ],
)
def test_an_edge_of_the_day_is_the_day(sentence, expected) -> None:
    assert tagged(sentence, "fr") == expected


@pytest.mark.parametrize(
    "sentence, lang, time",
    [
        # the small hours after an afternoon are the next day's, as after an evening
        ("Le voilier a démâté hier après-midi. Rentré au port à 1 h 10, le skipper a renoncé.", "fr", "2003-03-14T01:10"),
        ("The crew left Wednesday afternoon and docked at 2 a.m.", "en", "2003-03-13T02:00"),
        # a time of the afternoon stays on its day
        ("Le voilier a démâté hier après-midi. Rentré au port à 17 h 10, le skipper a renoncé.", "fr", "2003-03-13T17:10"),
    ],
)
def test_small_hours_after_an_afternoon(sentence, lang, time) -> None:
    assert [t[2] for t in tagged(sentence, lang) if t[1] == "TIME"][-1] == time


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Margins improved in the fiscal second quarter.", [("the fiscal second quarter", "DATE", "2003-Q2")]),
        # a US zone that names no season is the local time, joined to its day
        ("The ruling came at 4:20 p.m. ET on Tuesday.", [("4:20 p.m. ET on Tuesday", "TIME", "2003-03-11T16:20")]),
        ("The exchange reopened at 9:30 a.m. Eastern time.", [("9:30 a.m. Eastern time", "TIME", "2003-03-14T09:30")]),
        # a zone that names its season is converted to UTC
        ("Trading stopped at 1 p.m. Eastern Standard Time.", [("1 p.m. Eastern Standard Time", "TIME", "2003-03-14T18:00Z")]),
    ],
)
def test_fiscal_quarters_and_us_zones(sentence, expected) -> None:
    assert tagged(sentence, "en") == expected


@pytest.mark.parametrize(
    "sentence, lang, value",
    [
        # the tense of the weekday's own clause wins over a nearer verb past a comma
        ("Le ministre, qui sera reçu vendredi, a déclaré hier que rien n'était joué.", "fr", "2003-03-14"),
        ("La juge, qui a tranché mardi, présidera encore la séance.", "fr", "2003-03-11"),
        ("The envoy, who will land in Kabul on Friday, said the talks were useful.", "en", "2003-03-14"),
        ("The envoy, who landed on Monday, will meet the rebels.", "en", "2003-03-10"),
        # with no cue in its clause, the nearest one past the comma still counts
        ("Mardi, la juge a tranché.", "fr", "2003-03-11"),
    ],
)
def test_a_weekday_takes_the_tense_of_its_clause(sentence, lang, value) -> None:
    assert [t[2] for t in tagged(sentence, lang) if "X" not in t[2] and t[0] != "hier"] == [value]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Le déficit de l'année fiscale 2001 a doublé.", [("l'année fiscale 2001", "DATE", "FY2001")]),
        ("Les crédits de l'année budgétaire 2004 sont gelés.", [("l'année budgétaire 2004", "DATE", "FY2004")]),
        # a calendar year stays one
        ("L'année 2001 a été sèche.", [("2001", "DATE", "2001")]),
    ],
)
def test_a_french_fiscal_year_named_as_a_year(sentence, expected) -> None:
    assert tagged(sentence, "fr") == expected


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        (
            "The airline lost $2 billion in the third quarter of 2001 and $5 billion for the whole year.",
            "en",
            [("the third quarter of 2001", "DATE", "2001-Q3"), ("the whole year", "DATE", "2001")],
        ),
        ("The chain expects a loss for the full year.", "en", [("the full year", "DATE", "2003")]),
        ("The park is open the whole year.", "en", []),  # no preposition: all year round
        (
            "La société a perdu 2 millions au premier trimestre 2001 et 5 millions sur l'ensemble de l'année.",
            "fr",
            [("premier trimestre 2001", "DATE", "2001-Q1"), ("l'ensemble de l'année", "DATE", "2001")],
        ),
    ],
)
def test_the_whole_year_is_the_year_in_focus(sentence, lang, expected) -> None:
    assert tagged(sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        ("Margins grew in financial year 2001.", "en", [("financial year 2001", "DATE", "FY2001")]),
        ("Margins grew in the 2001 financial year.", "en", [("the 2001 financial year", "DATE", "FY2001")]),
        ("Margins will grow in the current fiscal year.", "en", [("the current fiscal year", "DATE", "FY2003")]),
        ("Margins will grow next fiscal year.", "en", [("next fiscal year", "DATE", "FY2004")]),
        ("Margins shrank last fiscal year.", "en", [("last fiscal year", "DATE", "FY2002")]),
        ("Les marges progresseront sur l'exercice en cours.", "fr", [("l'exercice en cours", "DATE", "FY2003")]),
        ("Les marges ont fondu sur l'exercice précédent.", "fr", [("l'exercice précédent", "DATE", "FY2002")]),
        ("Les marges progresseront lors du prochain exercice.", "fr", [("prochain exercice", "DATE", "FY2004")]),
        # a drill is no fiscal year
        ("L'exercice en cours de préparation mobilise les pompiers.", "fr", []),
    ],
)
def test_fiscal_years_counted_from_the_article(sentence, lang, expected) -> None:
    assert tagged(sentence, lang) == expected


@pytest.mark.parametrize(
    "sentence, lang, expected",
    [
        # set off by a comma after a day, the day around an event is that day
        ("Le maire a parlé hier, au lendemain de l'incendie.", "fr", ("lendemain", "DATE", "2003-03-13")),
        ("Le maire a parlé mardi, à la veille du scrutin.", "fr", ("la veille", "DATE", "2003-03-11")),
        ("The mayor spoke on Tuesday, the day after the fire.", "en", ("the day after", "DATE", "2003-03-11")),
        # alone, it counts from the day placed last
        ("Le maire a parlé hier. Au lendemain de l'incendie, la rue était fermée.", "fr", ("lendemain", "DATE", "2003-03-14")),
    ],
)
def test_the_day_around_an_event_set_off_after_a_day(sentence, lang, expected) -> None:
    assert tagged(sentence, lang)[-1] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a weekday with its article in a present of habit or schedule: every such day
        ("La piscine ferme le mardi.", [("le mardi", "SET", "XXXX-WXX-2")]),
        ("La brocante se tient le dimanche matin.", [("le dimanche matin", "SET", "XXXX-WXX-7TMO")]),
        ("La piscine ouvre souvent le mardi.", [("le mardi", "SET", "XXXX-WXX-2")]),
        # a past or a future names one day; without the article a present is a plan
        ("La piscine a rouvert le mardi.", [("le mardi", "DATE", "2003-03-11")]),
        ("La piscine rouvrira le mardi.", [("le mardi", "DATE", "2003-03-18")]),
        ("La brocante se tient dimanche.", [("dimanche", "DATE", "2003-03-16")]),
    ],
)
def test_a_weekday_of_habit_is_a_set(sentence, expected) -> None:
    assert tagged(sentence, "fr") == expected
