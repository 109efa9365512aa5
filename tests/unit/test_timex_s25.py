"""Date classes of issue 12, session 25 (found on unseen news, dates_wikinews_fr_dev5), each on
invented sentences (French and English where the rule is shared): "des" before a counted amount
is "de les", out of the extent ("au cours des [trois derniers mois]"); the time of a moment the
clock sets ("au pointage de [19 h]", "le train de [7 h 42]"); "précédemment" and
"antérieurement" as references of the past, and no reference right after an amount ("deux
semaines auparavant"); "veille" is a day only with its article ("en veille" is standby); adjectives after a unit in
the amount's extent ("dix jours ouvrables"); "la première moitié de 2015" a half year; "tôt",
"tard" in the extent of a part of the day ("tôt ce matin"); "une semaine sur deux" a set;
"sept." alone no month; a weekday after "jusqu'à", "à partir de", "until", "starting" with no
tense cue lies ahead; "de 9 à 18 heures" two times, "de 3 à 5 heures" two amounts; years listed out of order each a
point; "le matin du 12 avril" one time."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.timex import tag_timexes

DCT = "2016-04-13"  # a Wednesday


def tagged(sentence: str, lang: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in tag_timexes(sentence, DocDate.parse(dct), lang)]


# (lang, sentence, [(text, type, value)] of every expression tagged), dated 2016-04-13
CASES = [
    # -- "des" before a number is a preposition and its article: out of the extent
    ("fr", "Les bénéfices des deux dernières années ont servi à rembourser la dette.",
     [("deux dernières années", "DURATION", "P2Y")]),
    ("fr", "Au cours des 12 derniers mois, le prix du gaz a doublé.", [("12 derniers mois", "DURATION", "P12M")]),
    ("fr", "Le bilan des six premiers mois de l'année est mauvais.",
     [("six premiers mois de l'année", "DURATION", "P6M")]),
    # its article is kept where it is one of its own
    ("fr", "Les trois derniers mois ont été pluvieux.", [("Les trois derniers mois", "DURATION", "P3M")]),
    ("fr", "Ces deux dernières semaines, le fleuve a monté.", [("Ces deux dernières semaines", "DURATION", "P2W")]),
    # "des" alone is an indefinite article: kept ("des années", some years)
    ("fr", "Le chantier a duré des années.", [("des années", "DURATION", "PXY")]),
    # -- the time of a moment the clock sets: its article, its noun, "de", the hour
    ("fr", "Au pointage de 19 h, le voilier rouge était en tête.", [("19 h", "TIME", "2016-04-13T19:00")]),
    ("fr", "Le journal de 20 heures a ouvert sur la grève des routiers.", [("20 heures", "TIME", "2016-04-13T20:00")]),
    ("fr", "Le train de 7 h 42 pour Lille a été supprimé.", [("7 h 42", "TIME", "2016-04-13T07:42")]),
    ("fr", "Les passagers du vol de 6h15 ont attendu deux heures.",
     [("6h15", "TIME", "2016-04-13T06:15"), ("deux heures", "DURATION", "PT2H")]),
    # on the day the text placed
    ("fr", "Hier, la séance de 14 h 30 a été levée dans le calme.",
     [("Hier", "DATE", "2016-04-12"), ("14 h 30", "TIME", "2016-04-12T14:30")]),
    # an indefinite article, or a noun of no moment: an amount, not a time
    ("fr", "Un vol de 6 h relie les deux capitales.", []),
    ("fr", "La batterie offre une autonomie de 10 h en veille.", []),
    ("fr", "Les négociations de 18 heures n'ont rien donné.", [("18 heures", "DURATION", "PT18H")]),
    # -- references of the past
    ("fr", "La ville avait précédemment refusé le projet.", [("précédemment", "TIME", "PAST_REF")]),
    ("fr", "Le texte avait été antérieurement adopté par le Sénat.", [("antérieurement", "TIME", "PAST_REF")]),
    ("fr", "Auparavant, le maire dirigeait une école.", [("Auparavant", "TIME", "PAST_REF")]),
    # right after an amount, the adverb is its direction: the amount alone
    ("fr", "Deux semaines auparavant, le maire avait démissionné.", [("Deux semaines", "DURATION", "P2W")]),
    ("fr", "Trois mois précédemment, la loi avait été votée.", [("Trois mois", "DURATION", "P3M")]),
    # the present is a reference of its own after an amount
    ("fr", "Il dirige le club depuis trois ans actuellement.",
     [("trois ans", "DURATION", "P3Y"), ("actuellement", "TIME", "PRESENT_REF")]),
    ("en", "Two years recently went by without a strike.", [("Two years", "DURATION", "P2Y")]),
    # -- "veille" without its article is standby or a watch, no day
    ("fr", "Le téléviseur consomme peu en veille.", []),
    ("fr", "Le mode veille de la console a été revu.", []),
    ("fr", "La cellule de veille sanitaire a donné l'alerte.", []),
    ("fr", "La veille, le fleuve avait débordé.", [("La veille", "DATE", "2016-04-12")]),
    ("fr", "Les secours sont arrivés l'avant-veille.", [("l'avant-veille", "DATE", "2016-04-11")]),
    # -- an adjective after a unit that says which of its kind are counted: in the extent
    ("fr", "La demande sera traitée dans dix jours ouvrables.", [("dix jours ouvrables", "DURATION", "P10D")]),
    ("fr", "Cette lune fait le tour de sa planète en 4,5 jours terrestres.",
     [("4,5 jours terrestres", "DURATION", "P4.5D")]),
    ("fr", "Il a neigé trois jours consécutifs sur le col.", [("trois jours consécutifs", "DURATION", "P3D")]),
    ("fr", "Le village est resté cinq jours d'affilée sans courant.", [("cinq jours d'affilée", "DURATION", "P5D")]),
    ("en", "Refunds are paid within 10 working days.", [("10 working days", "DURATION", "P10D")]),
    ("en", "This moon circles its planet in 12 Earth days.", [("12 Earth days", "DURATION", "P12D")]),
    # not after a day of the calendar
    ("fr", "Les jours francs ne sont pas comptés.", []),
    # -- the first or second half of a year
    ("fr", "Le chantier a pris du retard dans la première moitié de 2015.",
     [("la première moitié de 2015", "DATE", "2015-H1")]),
    ("fr", "La seconde moitié de l'année dernière a été calme.",
     [("La seconde moitié de l'année dernière", "DATE", "2015-H2")]),
    ("fr", "La deuxième moitié de l'année sera difficile pour les exportateurs.",
     [("La deuxième moitié de l'année", "DATE", "2016-H2")]),
    ("fr", "La première moitié de l'année 2014 a été bonne.", [("La première moitié de l'année 2014", "DATE", "2014-H1")]),
    ("en", "The second half of 2014 was hard for exporters.", [("The second half of 2014", "DATE", "2014-H2")]),
    # the half of something else: no date
    ("fr", "La première moitié du match a été terne.", []),
    ("fr", "La première moitié de l'année scolaire est passée vite.", []),
    # -- a modifier before a part of the day is in its extent
    ("fr", "Tôt ce matin, la police a évacué la place.", [("Tôt ce matin", "TIME", "2016-04-13TMO")]),
    ("fr", "Le député est rentré tard hier soir.", [("tard hier soir", "TIME", "2016-04-12TEV")]),
    ("fr", "Les pompiers sont arrivés très tôt lundi matin.", [("très tôt lundi matin", "TIME", "2016-04-11TMO")]),
    ("en", "Early this morning, police cleared the square.", [("Early this morning", "TIME", "2016-04-13TMO")]),
    # not across a sentence or a comma
    ("fr", "Le train est arrivé tôt. Ce matin, il pleuvait.", [("Ce matin", "TIME", "2016-04-13TMO")]),
    ("fr", "Il viendra le plus tôt possible, ce matin.", [("ce matin", "TIME", "2016-04-13TMO")]),
    # -- one unit in every N is a set, as "tous les deux jours"
    ("fr", "Le comité se réunit une semaine sur deux.", [("une semaine sur deux", "SET", "P2W")]),
    ("fr", "Un jour sur trois, la ligne est coupée.", [("Un jour sur trois", "SET", "P3D")]),
    ("fr", "La foire a lieu un an sur deux depuis 2010.", [("un an sur deux", "SET", "P2Y"), ("2010", "DATE", "2010")]),
    ("en", "The committee meets every other week.", [("every other week", "SET", "P2W")]),
    # a share, a place: no set
    ("fr", "Un jour sur 2 000 est chômé.", []),
    ("fr", "Il a attendu une semaine sur le quai.", [("une semaine", "DURATION", "P1W")]),
    # -- "sept." alone is the number before a full stop, a month only with its day or a cue
    ("fr", "Le magasin ouvre sept jours sur sept.", [("sept jours", "DURATION", "P7D")]),
    ("fr", "Elle est née le 3 sept. 1990.", [("le 3 sept. 1990", "DATE", "1990-09-03")]),
    ("fr", "Il est arrivé en sept. dernier.", [("sept. dernier", "DATE", "2015-09")]),
    # -- a weekday after a limit or a start, in a sentence with no tense cue, lies ahead
    ("fr", "La route reste fermée jusqu'à vendredi.", [("vendredi", "DATE", "2016-04-15")]),
    ("fr", "À partir de lundi, le péage devient gratuit.", [("lundi", "DATE", "2016-04-18")]),
    ("en", "Starting Monday, the toll is free.", [("Monday", "DATE", "2016-04-18")]),
    ("en", "The bridge is closed until Friday.", [("Friday", "DATE", "2016-04-15")]),
    # a past verb still goes back
    ("fr", "La grève a duré jusqu'à vendredi.", [("vendredi", "DATE", "2016-04-08")]),
    ("fr", "Lundi, le péage était gratuit.", [("Lundi", "DATE", "2016-04-11")]),
    # -- a pair of hours written with one mark: two times when one of them is past noon
    ("fr", "La mairie est ouverte de 9 à 18 heures.",
     [("9", "TIME", "2016-04-13T09:00"), ("18 heures", "TIME", "2016-04-13T18:00")]),
    ("fr", "Le colis arrivera entre 14 et 16 h.", [("14", "TIME", "2016-04-13T14:00"), ("16 h", "TIME", "2016-04-13T16:00")]),
    ("fr", "Mardi, le guichet ouvrira de 10 à 14h30.",
     [("Mardi", "DATE", "2016-04-19"), ("10", "TIME", "2016-04-19T10:00"), ("14h30", "TIME", "2016-04-19T14:30")]),
    # else two amounts, both of them
    ("fr", "La coupure a duré de 3 à 5 heures.", [("3", "DURATION", "PT3H"), ("5 heures", "DURATION", "PT5H")]),
    ("fr", "Le bébé dort entre 6 et 8 heures.", [("6", "DURATION", "PT6H"), ("8 heures", "DURATION", "PT8H")]),
    ("fr", "Il faut de 10 à 15 heures de route.", [("10", "DURATION", "PT10H"), ("15 heures", "DURATION", "PT15H")]),
    # -- a list of years out of order: each a point
    ("fr", "En 2015, 2014 et 2013, la récolte a été maigre.",
     [("2015", "DATE", "2015"), ("2014", "DATE", "2014"), ("2013", "DATE", "2013")]),
    ("en", "The harvest was poor in 2015, 2014 and 2013.",
     [("2015", "DATE", "2015"), ("2014", "DATE", "2014"), ("2013", "DATE", "2013")]),
    # counts are no years
    ("en", "The two plants have 2015 and 2013 workers.", []),
    # -- the part of a day written before its date
    ("fr", "Le matin du 12 avril, la digue a cédé.", [("Le matin du 12 avril", "TIME", "2016-04-12TMO")]),
    ("fr", "L'après-midi du samedi 9 avril, la digue a cédé.",
     [("L'après-midi du samedi 9 avril", "TIME", "2016-04-09TAF")]),
    ("fr", "La nuit du 12 au 13 avril, la digue a cédé.", [("La nuit du 12 au 13 avril", "TIME", "2016-04-12TNI")]),
    ("en", "On the morning of April 12, the dyke broke.", [("the morning of April 12", "TIME", "2016-04-12TMO")]),
    # the part of an event's day: no date
    ("fr", "Le soir du vote, la place était pleine.", []),
]


@pytest.mark.parametrize("lang, sentence, expected", CASES)
def test_expressions_of_the_session(lang, sentence, expected) -> None:
    assert tagged(sentence, lang) == expected
