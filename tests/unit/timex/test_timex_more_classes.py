"""Classes of date errors found on unseen news (issue 12, session 9), each checked on invented
sentences: an edge of a named month ("au début du mois de mars 2011") as one expression; a plan
in the present passive ("results are expected on Thursday") pointing forward; a tense cue inside
a quotation not dating a day outside it, and the inverted "a-t-il dit" of a reported past; "may"
and "might" looking ahead; "today's"; month and weekday names in capitals; a time before dawn
after an evening or a night on the next day; feasts on a fixed day ("à Halloween", "on Christmas
Eve"); "the past year", "the coming weeks", "a day after" as amounts; a year after a possessive;
"il était 21 h 30"; anaphoric moments ("à ce moment-là", "by that time"); "the same period last
year"; "a lieu", "is" and verbs of a schedule before a weekday as plans; "hier" and "demain"
inside a quotation counted from the day it was said; a time's bracketed conversion and its day;
a generic month ("en août ... chaque année"); half years ("le premier semestre")."""

from __future__ import annotations

import pytest

DCT = "2016-04-12"  # a Tuesday
Expected = list[tuple[str, str, str]]

# (sentence, [(text, type, value)] of every expression tagged), French, dated 2016-04-12
FRENCH = [
    # an edge, "du mois de" and a month: one expression, the month (not the article's month
    # then the month named); "au" (à + le) out of the extent
    ("Les grévistes ont été reçus au début du mois de mars 2011 par le préfet.",
     [("début du mois de mars 2011", "DATE", "2011-03")]),
    ("Elle est partie à la fin du mois de juin 2009.", [("la fin du mois de juin 2009", "DATE", "2009-06")]),
    ("Le chantier reprendra au milieu du mois d'octobre prochain.",
     [("milieu du mois d'octobre prochain", "DATE", "2016-10")]),
    # the edge of the month itself, with no month named, stays the DCT's month
    ("Le club a ouvert au début du mois.", [("début du mois", "DATE", "2016-04")]),
    # a time before dawn after an evening or a night is past its midnight, and the night goes on
    ("Dans la nuit de samedi à dimanche, vers 3 h, un incendie a éclaté.",
     [("la nuit de samedi à dimanche", "TIME", "2016-04-09TNI"), ("vers 3 h", "TIME", "2016-04-10T03:00")]),
    ("Hier soir, vers 23 h, puis vers 1 h du matin, des tirs ont retenti.",
     [("Hier soir", "TIME", "2016-04-11TEV"), ("vers 23 h", "TIME", "2016-04-11T23:00"),
      ("vers 1 h du matin", "TIME", "2016-04-12T01:00")]),
    ("La nuit dernière, vers 2 h 30, la police est arrivée, puis vers 7 h les pompiers.",
     [("La nuit dernière", "TIME", "2016-04-11TNI"), ("vers 2 h 30", "TIME", "2016-04-12T02:30"),
      ("vers 7 h", "TIME", "2016-04-12T07:00")]),
    # ... not after a day with no night, nor after the DCT's own night (a morning report's)
    ("Samedi, la course est partie à 5 h.", [("Samedi", "DATE", "2016-04-09"), ("5 h", "TIME", "2016-04-09T05:00")]),
    ("Cette nuit, vers 4 heures du matin, un camion s'est renversé.",
     [("Cette nuit", "TIME", "2016-04-12TNI"), ("vers 4 heures du matin", "TIME", "2016-04-12T04:00")]),
    # feasts on a fixed day: after a cue, "le jour de", "la veille de" or with a year
    ("Le village a fêté la victoire à Halloween.", [("Halloween", "DATE", "2015-10-31")]),
    ("La veille de Noël, il neigeait sur la ville.", [("La veille de Noël", "DATE", "2015-12-24")]),
    ("Le jour de l'an 2015 fut calme.", [("jour de l'an 2015", "DATE", "2015-01-01")]),
    ("Les cimetières étaient fleuris avant la Toussaint.", [("la Toussaint", "DATE", "2015-11-01")]),
    # ... not a name, nor a noun's complement
    ("Noël Dupré a ouvert une boutique.", []),
    ("Le marché de Noël a attiré les foules.", []),
    ("Le père Noël a distribué des cadeaux.", []),
    # "il était 21 h 30": the hour the clock showed; "il est 3 h de route" is an amount
    ("Il était 21 h 30 lorsque le drame est survenu.", [("21 h 30", "TIME", "2016-04-12T21:30")]),
    ("Il est 3 h de route jusqu'à Lyon.", [("3 h", "DURATION", "PT3H")]),
    # "à ce moment-là": the time placed last, on its day (else that day); "à cette époque": the
    # year in focus
    ("Hier vers 15 h 30, le feu a pris. Il n'y avait personne à ce moment-là.",
     [("Hier", "DATE", "2016-04-11"), ("vers 15 h 30", "TIME", "2016-04-11T15:30"),
      ("ce moment-là", "TIME", "2016-04-11T15:30")]),
    ("Hier, le feu a pris. Il n'y avait personne à ce moment là.",
     [("Hier", "DATE", "2016-04-11"), ("ce moment là", "DATE", "2016-04-11")]),
    ("Il n'y avait personne à ce moment-là.", []),
    ("En 1998, le chômage était élevé. À cette époque, la ville comptait 20 000 habitants.",
     [("1998", "DATE", "1998"), ("cette époque", "DATE", "1998")]),
    # "a lieu" is a present (avoir lieu), a plan; "est" before a weekday too
    ("Le scrutin a lieu dimanche.", [("dimanche", "DATE", "2016-04-17")]),
    ("Le scrutin a eu lieu dimanche.", [("dimanche", "DATE", "2016-04-10")]),
    ("La finale est dimanche.", [("dimanche", "DATE", "2016-04-17")]),
    ("Il est parti dimanche.", [("dimanche", "DATE", "2016-04-10")]),
    # "la même période de l'an dernier": the month in focus (else the DCT's), a year back;
    # "à la même époque" alone only right after "l'année dernière"
    ("En mars, les ventes ont chuté par rapport à la même période de l'année précédente.",
     [("mars", "DATE", "2016-03"), ("la même période de l'année précédente", "DATE", "2015-03")]),
    ("Le chômage a baissé par rapport à l'année dernière à la même époque.",
     [("l'année dernière", "DATE", "2015"), ("la même époque", "DATE", "2015-04")]),
    ("Il faisait froid à la même époque.", []),
    # "ce week-end" in a past sentence written on a weekday: the weekend just past
    ("Ce week-end, la fête du village a eu lieu.", [("Ce week-end", "DATE", "2016-W14-WE")]),
    ("Ce week-end, la fête du village aura lieu.", [("Ce week-end", "DATE", "2016-W15-WE")]),
    # an edge of a season in the extent ("la fin de l'été"), not of a name
    ("Les travaux dureront jusqu'à la fin de l'été.", [("la fin de l'été", "DATE", "2016-SU")]),
    ("Le début du printemps a été doux.", [("Le début du printemps", "DATE", "2016-SP")]),
    ("Au début de l'automne 2011, il est parti.", [("début de l'automne 2011", "DATE", "2011-FA")]),
    ("Au milieu du Printemps de Bourges, il chante.", []),
    # an announcement looks ahead
    ("Rendez-vous samedi à 14 h devant la mairie.",
     [("samedi", "DATE", "2016-04-16"), ("14 h", "TIME", "2016-04-16T14:00")]),
    # a future reaches back only a month: "le 1er janvier" written in April is next January's
    ("La loi entrera en vigueur le 1er janvier.", [("le 1er janvier", "DATE", "2017-01-01")]),
    ("La loi est entrée en vigueur le 1er janvier.", [("le 1er janvier", "DATE", "2016-01-01")]),
    ("Le sommet s'ouvrira le 3 avril.", [("le 3 avril", "DATE", "2016-04-03")]),
    # an edge of a quarter in the extent
    ("Les ventes ont chuté à la fin du premier trimestre.", [("la fin du premier trimestre", "DATE", "2016-Q1")]),
    # a time, its conversion in brackets, then its day: both times on that day
    ("L'alarme a sonné vers 5 h 25 (3 h 25 UTC) mardi matin.",
     [("vers 5 h 25", "TIME", "2016-04-12T05:25"), ("3 h 25 UTC", "TIME", "2016-04-12T03:25"),
      ("mardi matin", "TIME", "2016-04-12TMO")]),
    ("Il est arrivé à 17 h (heure de Paris).", [("17 h", "TIME", "2016-04-12T17:00")]),
    # a verb of a schedule in the present right before a weekday: a plan
    ("Les discussions reprennent jeudi.", [("jeudi", "DATE", "2016-04-14")]),
    ("La vente débute vendredi.", [("vendredi", "DATE", "2016-04-15")]),
    ("Les discussions ont repris jeudi.", [("jeudi", "DATE", "2016-04-07")]),
    # "hier", "demain" inside a quotation count from the day it was said, when the attribution
    # names it; else from the DCT (dated here 2016-04-12, a Tuesday)
    ("« Nous signerons demain », a déclaré lundi le ministre.",
     [("demain", "DATE", "2016-04-12"), ("lundi", "DATE", "2016-04-11")]),
    ("« Nous avons signé hier », a-t-il dit lundi.",
     [("hier", "DATE", "2016-04-10"), ("lundi", "DATE", "2016-04-11")]),
    ("« Nous signerons demain », a déclaré le ministre.", [("demain", "DATE", "2016-04-13")]),
    ("Il a signé hier. « C'est une victoire », a-t-il dit lundi.",
     [("hier", "DATE", "2016-04-11"), ("lundi", "DATE", "2016-04-11")]),
    # a month after "en" in a sentence of what usually happens: any year's; "depuis mars" is not
    ("En août, la ville se vide chaque année.", [("août", "DATE", "XXXX-08"), ("chaque année", "SET", "P1Y")]),
    ("Le chômage baisse chaque mois depuis mars.", [("chaque mois", "SET", "P1M"), ("mars", "DATE", "2016-03")]),
    ("En août, la ville s'est vidée.", [("août", "DATE", "2016-08")]),
    # a half year: "semestre" (2016-H1); the second half in a past sentence of the first is last year's
    ("Au premier semestre, les ventes ont chuté.", [("premier semestre", "DATE", "2016-H1")]),
    ("Au second semestre, les ventes ont chuté.", [("second semestre", "DATE", "2015-H2")]),
    ("Le premier semestre de l'année prochaine sera dur.",
     [("Le premier semestre de l'année prochaine", "DATE", "2017-H1")]),
    # a future inside a quotation does not date the narrator's weekday after it
    ("« Nous partirons demain », a-t-il dit lundi.",
     [("demain", "DATE", "2016-04-12"), ("lundi", "DATE", "2016-04-11")]),
    ("« Nous gagnerons la finale », a-t-elle déclaré vendredi.", [("vendredi", "DATE", "2016-04-08")]),
    ("« Tout sera réglé », ont-ils affirmé jeudi soir.", [("jeudi soir", "TIME", "2016-04-07TEV")]),
    # ... nor a past inside one the narrator's future
    ("« Nous avons perdu samedi », confie l'entraîneur, qui jouera dimanche.",
     [("samedi", "DATE", "2016-04-09"), ("dimanche", "DATE", "2016-04-17")]),
    # inside the quotation, its own tense still counts
    ("Il a dit : « Nous nous reverrons jeudi. »", [("jeudi", "DATE", "2016-04-14")]),
    # a present after a plain pronoun is still a plan
    ("Il dit qu'il viendra jeudi.", [("jeudi", "DATE", "2016-04-14")]),
]

ENGLISH = [
    # a plan in the present passive, with no "to": ahead
    ("Results are expected on Thursday.", [("Thursday", "DATE", "2016-04-14")]),
    ("The ruling is due Friday, lawyers said.", [("Friday", "DATE", "2016-04-15")]),
    ("A decision is widely expected Monday.", [("Monday", "DATE", "2016-04-18")]),
    # ... but a past one looks back
    ("The results, which were expected on Thursday, disappointed.", [("Thursday", "DATE", "2016-04-07")]),
    ("Talks were held on Monday.", [("Monday", "DATE", "2016-04-11")]),
    # a modal of what may come: ahead ("may have" is a past)
    ("The board might approve the merger on Friday.", [("Friday", "DATE", "2016-04-15")]),
    ("He may sign the contract on Monday.", [("Monday", "DATE", "2016-04-18")]),
    ("He may have signed the contract on Monday.", [("Monday", "DATE", "2016-04-11")]),
    # a day's possessive: the day, as "Monday's closing price"
    ("Today's vote was close.", [("Today", "DATE", "2016-04-12")]),
    ("Shares rose after yesterday's announcement.", [("yesterday", "DATE", "2016-04-11")]),
    # month and weekday names in capitals (a headline, a dateline)
    ("AS OF MARCH 2008, THE PLANT EMPLOYED 300.", [("MARCH 2008", "DATE", "2008-03")]),
    ("LONDON, FRIDAY, APRIL 8 - Talks resumed.", [("FRIDAY, APRIL 8", "DATE", "2016-04-08")]),
    # ... the verb "may" in capitals is still no month
    ("PRICES MAY RISE AGAIN.", []),
    ("On Saturday night, the fire began at about 2 a.m.",
     [("Saturday night", "TIME", "2016-04-09TNI"), ("2 a.m.", "TIME", "2016-04-10T02:00")]),
    ("Sales rose sharply at Christmas.", [("Christmas", "DATE", "2015-12-25")]),
    ("The store closed early on Christmas Eve.", [("Christmas Eve", "DATE", "2015-12-24")]),
    ("New Year's Day was quiet in the capital.", [("New Year's Day", "DATE", "2016-01-01")]),
    ("Christmas Island lies south of Java.", []),
    ("Christmas trees were sold out.", []),
    # "the past year", "over the last month": a stretch up to now, a duration
    ("In the past year, the index has lost a third of its value.", [("the past year", "DURATION", "P1Y")]),
    ("Over the last month, prices have doubled.", [("the last month", "DURATION", "P1M")]),
    # ... but "the last week of" a month, "the previous year" and a past year's results are dates
    ("In the last week of March, sales fell.", [("the last week of March", "DATE", "2016-W13")]),
    ("The previous year, sales fell.", [("The previous year", "DATE", "2015")]),
    # "in the coming weeks": an unsaid number of them; "a day after": the amount
    ("Prices will rise in the coming weeks.", [("the coming weeks", "DURATION", "PXW")]),
    ("The vote came a day after the debate.", [("a day", "DURATION", "P1D")]),
    ("The deal was signed a week before the election.", [("a week", "DURATION", "P1W")]),
    ("He takes the pill twice a day after meals.", []),
    # "the lowest level in a year": the amount; "will open in a year" is a date ahead
    ("Shares hit their lowest level in a year.", [("a year", "DURATION", "P1Y")]),
    ("It was the biggest drop in a decade.", [("a decade", "DURATION", "P10Y")]),
    ("The plant will open in a year.", [("in a year", "DATE", "2017")]),
    ("He was jailed in a week of protests.", []),
    # a bare year after a possessive is a date, a count of people or things is not
    ("The country's 1998 financial crisis hit farmers.", [("1998", "DATE", "1998")]),
    ("Their 1999 merger failed.", [("1999", "DATE", "1999")]),
    ("Apple's 2000 employees received a bonus.", []),
    # "by that time": the time (else the day) placed last
    ("The deal must close by April 20. If no price is agreed by that time, the buyer walks away.",
     [("April 20", "DATE", "2016-04-20"), ("that time", "DATE", "2016-04-20")]),
    ("He left at 3 p.m. Nobody was there at that moment.",
     [("3 p.m.", "TIME", "2016-04-12T15:00"), ("that moment", "TIME", "2016-04-12T15:00")]),
    ("At that time, shares were cheap.", []),
    # "is" before a weekday: a plan
    ("The vote is on Friday.", [("Friday", "DATE", "2016-04-15")]),
    ("The vote was on Friday.", [("Friday", "DATE", "2016-04-08")]),
    # "the same period last year": the month or quarter in focus (else the DCT's), a year back
    ("Sales rose in February compared to the same period last year.",
     [("February", "DATE", "2016-02"), ("the same period last year", "DATE", "2015-02")]),
    ("Revenue rose in the first quarter from the same quarter a year earlier.",
     [("the first quarter", "DATE", "2016-Q1"), ("the same quarter a year earlier", "DATE", "2015-Q1")]),
    ("Profit fell from the same period a year earlier.", [("the same period a year earlier", "DATE", "2015-04")]),
    ("This past weekend, sales rose.", [("This past weekend", "DATE", "2016-W14-WE")]),
    ("This weekend, sales fell.", [("This weekend", "DATE", "2016-W14-WE")]),
    ("The law will take effect Jan. 1.", [("Jan. 1", "DATE", "2017-01-01")]),
    ("The deal closes at the end of the second quarter.", [("the end of the second quarter", "DATE", "2016-Q2")]),
    # a present passive is no past: a season it qualifies stays generic
    ("In winter, roads are closed.", [("winter", "DATE", "XXXX-WI")]),
    ("In winter 2015, roads were closed.", [("winter 2015", "DATE", "2015-WI")]),
    ("The plane landed at 3 p.m. (1900 GMT) on Sunday.",
     [("3 p.m.", "TIME", "2016-04-10T15:00"), ("1900 GMT", "TIME", "2016-04-10T19:00Z"),
      ("Sunday", "DATE", "2016-04-10")]),
    # a verb of a schedule in the present right before a weekday: a plan; a noun is none
    ("Talks resume Thursday.", [("Thursday", "DATE", "2016-04-14")]),
    ("The new law takes effect Monday.", [("Monday", "DATE", "2016-04-18")]),
    ("Talks resumed Thursday.", [("Thursday", "DATE", "2016-04-07")]),
    ("Shares fell 2% at the close Friday.", [("Friday", "DATE", "2016-04-08")]),
    ('"We will sign the deal tomorrow," he said on Monday.',
     [("tomorrow", "DATE", "2016-04-12"), ("Monday", "DATE", "2016-04-11")]),
    ("In August, the town usually empties.", [("August", "DATE", "XXXX-08")]),
    ("Sales rose in the second half of 2015.", [("the second half of 2015", "DATE", "2015-H2")]),
    ("He scored in the first half.", []),
    # quotations: each side keeps its tense
    ('"We will win the cup," the coach said Saturday.', [("Saturday", "DATE", "2016-04-09")]),
    ('"We met on Thursday," he said. "We will meet again on Friday."',
     [("Thursday", "DATE", "2016-04-07"), ("Friday", "DATE", "2016-04-15")]),
]


def _tagged(tag, sentence: str, lang: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(t.text, t.type, t.value) for t in tag(sentence, DCT, lang)]


@pytest.mark.parametrize(("sentence", "expected"), FRENCH)
def test_french_classes(tag, sentence: str, expected: Expected) -> None:  # type: ignore[no-untyped-def]
    assert _tagged(tag, sentence, "fr") == expected


@pytest.mark.parametrize(("sentence", "expected"), ENGLISH)
def test_english_classes(tag, sentence: str, expected: Expected) -> None:  # type: ignore[no-untyped-def]
    assert _tagged(tag, sentence, "en") == expected
