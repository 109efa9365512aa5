"""Date classes of issue 12's later rounds, each on invented French and English sentences (written
on Friday 14 March 2003): spans to come and the past decade as durations, an unsaid number of
decades (PXDE), a deadline's year, the year-end, the same quarter a year back, an unaccented capital "A", the
weekend and the edge of a day, small hours after an afternoon, fiscal quarters, years and US zones,
the tense of a weekday's own clause, the whole year in focus, the day around an event set off
after a day, and a French weekday of habit."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.timex import TIMEX_VALUE_RE, tag_timexes

DCT = "2003-03-14"

# (sentence, language, every expression tagged as (text, type, value))
CASES = [
    # spans to come: an unsaid number of units, as "les prochains jours"; not a span before an event
    ("Le comité tranchera dans les semaines à venir.", "fr", [("les semaines à venir", "DURATION", "PXW")]),
    ("Les loyers grimperont dans les mois qui viennent.", "fr", [("les mois qui viennent", "DURATION", "PXM")]),
    ("Une décision tombera dans les heures qui viennent.", "fr", [("les heures qui viennent", "DURATION", "PTXH")]),
    ("The airline expects fewer passengers in the months ahead.", "en", [("the months ahead", "DURATION", "PXM")]),
    ("In the weeks ahead of the referendum, the polls moved.", "en", []),
    ("The mill has been idle for the past several years.", "en", [("the past several years", "DURATION", "PXY")]),
    # the past decade is ten years up to now; a decade named by its century is none
    ("Au cours de la dernière décennie, le village a perdu ses commerces.", "fr", [("la dernière décennie", "DURATION", "P10Y")]),
    ("Le port a décliné pendant la décennie écoulée.", "fr", [("la décennie écoulée", "DURATION", "P10Y")]),
    ("La dernière décennie du XIXe siècle vit naître le cinéma.", "fr", [("XIXe siècle", "DATE", "18XX")]),
    # an unsaid number of decades or centuries has its own letters; a counted one is in years
    ("Le moulin est à l'abandon depuis plusieurs décennies.", "fr", [("plusieurs décennies", "DURATION", "PXDE")]),
    ("The mill has stood empty for decades.", "en", [("decades", "DURATION", "PXDE")]),
    ("Le chantier a duré des siècles.", "fr", [("des siècles", "DURATION", "PXCE")]),
    ("Le moulin est fermé depuis deux décennies.", "fr", [("deux décennies", "DURATION", "P20Y")]),
    # a modifier of an amount stays in its extent, as "plus de deux ans"
    ("Le pont a été rouvert il y a un peu plus d'un an.", "fr", [("un peu plus d'un an", "DURATION", "P1Y")]),
    ("Le blocage a duré un peu moins de trois semaines.", "fr", [("un peu moins de trois semaines", "DURATION", "P3W")]),
    ("The blockade lasted slightly more than three weeks.", "en", [("slightly more than three weeks", "DURATION", "P3W")]),
    # a deadline or a start with no tense cue looks ahead; a past verb wins; no cue: the past window
    ("Le bon de réduction est valable jusqu'au 31 décembre.", "fr", [("31 décembre", "DATE", "2003-12-31")]),
    ("Les candidatures sont reçues à partir du 1er novembre.", "fr", [("1er novembre", "DATE", "2003-11-01")]),
    ("La préfecture a jusqu'au 30 novembre pour statuer.", "fr", [("30 novembre", "DATE", "2003-11-30")]),
    ("The council must vote by December 15.", "en", [("December 15", "DATE", "2003-12-15")]),
    ("Le blocage a duré jusqu'au 3 décembre.", "fr", [("3 décembre", "DATE", "2002-12-03")]),
    ("Exports had doubled by December 20.", "en", [("December 20", "DATE", "2002-12-20")]),
    ("Le bon de réduction date du 31 décembre.", "fr", [("31 décembre", "DATE", "2002-12-31")]),
    # the same quarter a year back is a quarter; the same period is the month
    ("Margins shrank compared with the same quarter last year.", "en", [("the same quarter last year", "DATE", "2002-Q1")]),
    ("Les marges ont fondu par rapport au même trimestre de l'an dernier.", "fr", [("même trimestre de l'an dernier", "DATE", "2002-Q1")]),
    ("Margins shrank compared with the same period last year.", "en", [("the same period last year", "DATE", "2002-03")]),
    # the end of the year written as one word, after a preposition (not "year-end bonuses")
    ("The merger should close by year-end.", "en", [("year-end", "DATE", "2003")]),
    ("The merger should close before the year end.", "en", [("the year end", "DATE", "2003")]),
    ("Staff will get year-end bonuses.", "en", []),
    # "le courant de": within the unit, as "courant mars"
    ("La ligne ouvrira dans le courant de l'année.", "fr", [("le courant de l'année", "DATE", "2003")]),
    ("La ligne ouvrira dans le courant de la semaine prochaine.", "fr", [("le courant de la semaine prochaine", "DATE", "2003-W12")]),
    ("Le courant de la rivière est fort.", "fr", []),
    # a capital A without its accent opening a sentence is "à"; a letter inside one stays a letter
    ("A 9 heures, la navette a quitté le port.", "fr", [("9 heures", "TIME", "2003-03-14T09:00")]),
    ("Le car est parti. A 9 heures, il était à Lyon.", "fr", [("9 heures", "TIME", "2003-03-14T09:00")]),
    ("A la fin de l'année, la ligne ouvrira.", "fr", [("la fin de l'année", "DATE", "2003")]),
    ("Le lot A a été livré 9 heures plus tard.", "fr", [("9 heures", "DURATION", "PT9H")]),
    # the weekend (the one just past in a past sentence), the present, another calendar's new year
    ("Les supporters ont fêté la victoire au cours du week-end.", "fr", [("week-end", "DATE", "2003-W10-WE")]),
    ("Des averses sont attendues pendant le week-end.", "fr", [("le week-end", "DATE", "2003-W11-WE")]),
    ("Les gares ont été bondées lors du week-end de la Pentecôte.", "fr", []),
    ("Ces jours-ci, les rues sont calmes.", "fr", [("Ces jours-ci", "TIME", "PRESENT_REF")]),
    ("Le nouvel an chinois sera fêté dans le quartier.", "fr", []),
    # "à ce jour": to date, the article's day; "depuis ce jour", "ce jour-là" are a day told of
    ("Le tunnel reste fermé à ce jour.", "fr", [("ce jour", "DATE", "2003-03-14")]),
    ("A ce jour, aucun témoin ne s'est manifesté.", "fr", [("ce jour", "DATE", "2003-03-14")]),
    ("Depuis ce jour, le tunnel est fermé.", "fr", []),
    # "en ce moment (même)": the present, the preposition out of the extent
    ("Les secours sont en ce moment même sur place.", "fr", [("ce moment même", "TIME", "PRESENT_REF")]),
    ("Le ministre est en ce moment à Rome.", "fr", [("ce moment", "TIME", "PRESENT_REF")]),
    # an edge of the day is the day placed last
    ("Le calme est revenu en fin de journée.", "fr", [("fin de journée", "DATE", "2003-03-14")]),
    (
        "Le 3 mars, les grévistes ont levé le camp en début de journée.",
        "fr",
        [("Le 3 mars", "DATE", "2003-03-03"), ("début de journée", "DATE", "2003-03-03")],
    ),
    ("Il aime les fins de journée calmes.", "fr", []),
    # the small hours after an afternoon are the next day's; a time of the afternoon stays on its day
    (
        "Le voilier a démâté hier après-midi. Rentré au port à 1 h 10, le skipper a renoncé.",
        "fr",
        [("hier après-midi", "TIME", "2003-03-13TAF"), ("1 h 10", "TIME", "2003-03-14T01:10")],
    ),
    (
        "Le voilier a démâté hier après-midi. Rentré au port à 17 h 10, le skipper a renoncé.",
        "fr",
        [("hier après-midi", "TIME", "2003-03-13TAF"), ("17 h 10", "TIME", "2003-03-13T17:10")],
    ),
    (
        "The crew left Wednesday afternoon and docked at 2 a.m.",
        "en",
        [("Wednesday afternoon", "TIME", "2003-03-12TAF"), ("2 a.m.", "TIME", "2003-03-13T02:00")],
    ),
    # fiscal quarters; a US zone that names no season is the local time, one that does is UTC
    ("Margins improved in the fiscal second quarter.", "en", [("the fiscal second quarter", "DATE", "2003-Q2")]),
    ("The ruling came at 4:20 p.m. ET on Tuesday.", "en", [("4:20 p.m. ET on Tuesday", "TIME", "2003-03-11T16:20")]),
    ("The exchange reopened at 9:30 a.m. Eastern time.", "en", [("9:30 a.m. Eastern time", "TIME", "2003-03-14T09:30")]),
    ("Trading stopped at 1 p.m. Eastern Standard Time.", "en", [("1 p.m. Eastern Standard Time", "TIME", "2003-03-14T18:00Z")]),
    # the tense of a weekday's own clause wins over a nearer verb past a comma; with none in its
    # clause, the nearest one past the comma counts
    (
        "Le ministre, qui sera reçu vendredi, a déclaré hier que rien n'était joué.",
        "fr",
        [("vendredi", "DATE", "2003-03-14"), ("hier", "DATE", "2003-03-13")],
    ),
    ("La juge, qui a tranché mardi, présidera encore la séance.", "fr", [("mardi", "DATE", "2003-03-11")]),
    ("The envoy, who will land in Kabul on Friday, said the talks were useful.", "en", [("Friday", "DATE", "2003-03-14")]),
    ("The envoy, who landed on Monday, will meet the rebels.", "en", [("Monday", "DATE", "2003-03-10")]),
    ("Mardi, la juge a tranché.", "fr", [("Mardi", "DATE", "2003-03-11")]),
    # fiscal years: named as a year, or counted from the article's year; a drill is none
    ("Le déficit de l'année fiscale 2001 a doublé.", "fr", [("l'année fiscale 2001", "DATE", "FY2001")]),
    ("Les crédits de l'année budgétaire 2004 sont gelés.", "fr", [("l'année budgétaire 2004", "DATE", "FY2004")]),
    ("L'année 2001 a été sèche.", "fr", [("2001", "DATE", "2001")]),
    ("Margins grew in financial year 2001.", "en", [("financial year 2001", "DATE", "FY2001")]),
    ("Margins grew in the 2001 financial year.", "en", [("the 2001 financial year", "DATE", "FY2001")]),
    ("Margins will grow in the current fiscal year.", "en", [("the current fiscal year", "DATE", "FY2003")]),
    ("Margins will grow next fiscal year.", "en", [("next fiscal year", "DATE", "FY2004")]),
    ("Margins shrank last fiscal year.", "en", [("last fiscal year", "DATE", "FY2002")]),
    ("Les marges progresseront sur l'exercice en cours.", "fr", [("l'exercice en cours", "DATE", "FY2003")]),
    ("Les marges ont fondu sur l'exercice précédent.", "fr", [("l'exercice précédent", "DATE", "FY2002")]),
    ("Les marges progresseront lors du prochain exercice.", "fr", [("prochain exercice", "DATE", "FY2004")]),
    ("L'exercice en cours de préparation mobilise les pompiers.", "fr", []),
    # the whole year after a preposition is the year in focus, else the article's
    (
        "The airline lost $2 billion in the third quarter of 2001 and $5 billion for the whole year.",
        "en",
        [("the third quarter of 2001", "DATE", "2001-Q3"), ("the whole year", "DATE", "2001")],
    ),
    ("The chain expects a loss for the full year.", "en", [("the full year", "DATE", "2003")]),
    ("The park is open the whole year.", "en", []),
    (
        "La société a perdu 2 millions au premier trimestre 2001 et 5 millions sur l'ensemble de l'année.",
        "fr",
        [("premier trimestre 2001", "DATE", "2001-Q1"), ("l'ensemble de l'année", "DATE", "2001")],
    ),
    # the day around an event set off by a comma after a day is that day; alone, it counts from
    # the day placed last
    (
        "Le maire a parlé hier, au lendemain de l'incendie.",
        "fr",
        [("hier", "DATE", "2003-03-13"), ("lendemain", "DATE", "2003-03-13")],
    ),
    (
        "Le maire a parlé mardi, à la veille du scrutin.",
        "fr",
        [("mardi", "DATE", "2003-03-11"), ("la veille", "DATE", "2003-03-11")],
    ),
    (
        "The mayor spoke on Tuesday, the day after the fire.",
        "en",
        [("Tuesday", "DATE", "2003-03-11"), ("the day after", "DATE", "2003-03-11")],
    ),
    (
        "Le maire a parlé hier. Au lendemain de l'incendie, la rue était fermée.",
        "fr",
        [("hier", "DATE", "2003-03-13"), ("lendemain", "DATE", "2003-03-14")],
    ),
    # a set every N hours or minutes, as every N days
    ("La navette passe toutes les dix minutes.", "fr", [("toutes les dix minutes", "SET", "PT10M")]),
    ("The beacon flashes every two hours.", "en", [("every two hours", "SET", "PT2H")]),
    # a French weekday with its article and no past or future is a habit; otherwise one day
    ("La piscine ferme le mardi.", "fr", [("le mardi", "SET", "XXXX-WXX-2")]),
    ("La brocante se tient le dimanche matin.", "fr", [("le dimanche matin", "SET", "XXXX-WXX-7TMO")]),
    ("La piscine ouvre souvent le mardi.", "fr", [("le mardi", "SET", "XXXX-WXX-2")]),
    ("La piscine a rouvert le mardi.", "fr", [("le mardi", "DATE", "2003-03-11")]),
    ("La piscine rouvrira le mardi.", "fr", [("le mardi", "DATE", "2003-03-18")]),
    ("La brocante se tient dimanche.", "fr", [("dimanche", "DATE", "2003-03-16")]),
]


@pytest.mark.parametrize("sentence, lang, expected", CASES)
def test_expressions_and_values(sentence, lang, expected) -> None:
    found = [(t.text, t.type.value, t.value) for t in tag_timexes(sentence, DocDate.parse(DCT), lang)]
    assert found == expected
    assert all(TIMEX_VALUE_RE.match(value) for _, _, value in found)
