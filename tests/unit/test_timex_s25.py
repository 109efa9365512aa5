"""Date classes of issue 12, session 25 (found on unseen news, dates_wikinews_fr_dev5), each on
invented sentences (French and English where the rule is shared): "des" before a counted amount
is "de les", out of the extent ("au cours des [trois derniers mois]"); the time of a moment the
clock sets ("au pointage de [19 h]", "le train de [7 h 42]"); "précédemment" and
"antérieurement" as references of the past, and no reference right after an amount ("deux
semaines auparavant"); "veille" is a day only with its article ("en veille" is standby)."""

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
]


@pytest.mark.parametrize("lang, sentence, expected", CASES)
def test_expressions_of_the_session(lang, sentence, expected) -> None:
    assert tagged(sentence, lang) == expected
