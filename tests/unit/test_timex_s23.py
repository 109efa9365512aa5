"""Date classes of issue 12, session 10, each on invented sentences (French and English): a
clock time takes its day from the night written after it ("vers 2 h dans la nuit de vendredi
à samedi") and keeps its weekday's modifier ("à 9 h lundi prochain"); parts of the day in focus
("ce soir-là", "later that day"); "jusqu'à [présent]"; amounts and a half ("deux jours et
demi"); an afternoon hour before a place ("à 15 heures de la place"); habits of a weekday or the
weekend as sets; days put off to or called for, or meant ("espère signer vendredi"), lie ahead
("reporté à jeudi"); a tense past a conjunction is the next clause's; the week, month or year in
focus ("cette semaine-là", "the following week", "two days earlier"); anniversaries as ages
("la célébration des 60 ans du club")."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.timex import tag_timexes

DCT = "2016-04-13"  # a Wednesday


def tagged(sentence: str, lang: str, dct: str = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type.value, t.value) for t in tag_timexes(sentence, DocDate.parse(dct), lang)]


# (lang, sentence, [(text, type, value)] of every expression tagged), dated 2016-04-13
CASES = [
    # -- a time is on the night written after it
    # before dawn: past the night's midnight, on its second day
    ("fr", "Les gendarmes ont été appelés vers 2 h dans la nuit de vendredi à samedi.",
     [("vers 2 h", "TIME", "2016-04-09T02:00"), ("la nuit de vendredi à samedi", "TIME", "2016-04-08TNI")]),
    ("fr", "Le feu est parti à 4 h du matin, dans la nuit de lundi à mardi.",
     [("4 h du matin", "TIME", "2016-04-12T04:00"), ("la nuit de lundi à mardi", "TIME", "2016-04-11TNI")]),
    # in the evening: the night's first day
    ("fr", "Le bar a fermé vers 23 h dans la nuit de dimanche à lundi.",
     [("vers 23 h", "TIME", "2016-04-10T23:00"), ("la nuit de dimanche à lundi", "TIME", "2016-04-10TNI")]),
    # a night written with its dates
    ("fr", "La tempête a frappé vers 1 h 30 dans la nuit du 6 au 7 avril.",
     [("vers 1 h 30", "TIME", "2016-04-07T01:30"), ("la nuit du 6 au 7 avril", "TIME", "2016-04-06TNI")]),
    # no night after it: the time stays on the DCT
    ("fr", "La mairie ouvrira à 9 h.", [("9 h", "TIME", "2016-04-13T09:00")]),
    # -- a time's weekday keeps its modifier
    ("fr", "Le conseil se réunira à 18 h 30 vendredi prochain.", [("18 h 30 vendredi prochain", "TIME", "2016-04-15T18:30")]),
    ("fr", "La vente avait commencé à 10 h samedi dernier.", [("10 h samedi dernier", "TIME", "2016-04-09T10:00")]),
    ("fr", "Les coureurs partiront vers 8 h lundi prochain.", [("vers 8 h lundi prochain", "TIME", "2016-04-18T08:00")]),
    # -- a part of the day in focus
    ("fr", "Le 2 mars, le club a perdu. Ce soir-là, les supporters ont quitté le stade.",
     [("Le 2 mars", "DATE", "2016-03-02"), ("Ce soir-là", "TIME", "2016-03-02TEV")]),
    ("fr", "Le 5 janvier, le conseil a voté. Cet après-midi-là, le maire a démissionné.",
     [("Le 5 janvier", "DATE", "2016-01-05"), ("Cet après-midi-là", "TIME", "2016-01-05TAF")]),
    ("fr", "Cette nuit-là, la rivière a débordé.", [("Cette nuit-là", "TIME", "2016-04-13TNI")]),
    # "ce soir" alone is the DCT's evening
    ("fr", "Le 2 mars, le club a perdu. Ce soir, il rejoue.", [("Le 2 mars", "DATE", "2016-03-02"), ("Ce soir", "TIME", "2016-04-13TEV")]),
    ("en", "The bridge closed on March 2. Later that day, the mayor resigned.",
     [("March 2", "DATE", "2016-03-02"), ("Later that day", "DATE", "2016-03-02")]),
    ("en", "The strike began on March 2; that night, crowds filled the square.",
     [("March 2", "DATE", "2016-03-02"), ("that night", "TIME", "2016-03-02TNI")]),
    ("en", "Early that afternoon, the river rose.", [("Early that afternoon", "TIME", "2016-04-13TAF")]),
    # "day one" is no day in focus
    ("en", "The firm said that day one orders were strong.", []),
    # -- until now leaves its preposition out
    ("fr", "Jusqu'à présent, la digue a tenu.", [("présent", "TIME", "PRESENT_REF")]),
    ("fr", "Le chantier n'a jusqu’à présent coûté que deux millions.", [("présent", "TIME", "PRESENT_REF")]),
    # "à présent" alone is the phrase; "présent" as an adjective is no time
    ("fr", "À présent, le quartier respire.", [("À présent", "TIME", "PRESENT_REF")]),
    ("fr", "Le maire était présent à la cérémonie.", []),
    # -- an amount and a half
    ("fr", "Le conseil a délibéré trois heures et demie.", [("trois heures et demie", "DURATION", "PT3.5H")]),
    ("fr", "Le blocage a duré deux jours et demi.", [("deux jours et demi", "DURATION", "P2.5D")]),
    ("fr", "Elle a vécu un an et demi à Lille.", [("un an et demi", "DURATION", "P1.5Y")]),
    ("fr", "Les pompiers ont maîtrisé le feu en une demi-heure.", [("une demi-heure", "DURATION", "PT30M")]),
    ("fr", "La séance a été suspendue une demi-journée.", [("une demi-journée", "DURATION", "P0.5D")]),
    # "il y a N et demi": the amount, not placed on the timeline by its whole units
    ("fr", "Il y a deux ans et demi, le stade a fermé.", [("deux ans et demi", "DURATION", "P2.5Y")]),
    # a time of day with a half stays a time
    ("fr", "L'alarme a sonné à cinq heures et demie du matin.", [("cinq heures et demie du matin", "TIME", "2016-04-13T05:30")]),
    ("en", "The firemen put the blaze out in half an hour.", [("half an hour", "DURATION", "PT30M")]),
    ("en", "The jury deliberated for an hour and a half.", [("an hour and a half", "DURATION", "PT1.5H")]),
    ("en", "The siege lasted a year and a half.", [("a year and a half", "DURATION", "P1.5Y")]),
    # -- an afternoon hour from a place is a time
    # an hour past noon in digits, then a place with its article: a time
    ("fr", "La marche partira à 15 heures de la place du Marché.", [("15 heures", "TIME", "2016-04-13T15:00")]),
    ("fr", "Les coureurs s'élanceront à 14 h de l'esplanade.", [("14 h", "TIME", "2016-04-13T14:00")]),
    # a distance, a count of hours of something: no time
    ("fr", "Le hameau est à trois heures de la vallée.", []),
    ("fr", "Après 16 heures de débats, le texte a été adopté.", [("16 heures", "DURATION", "PT16H")]),
    # -- a habit of a weekday or the weekend is a set
    # "est fermé", "sont ouverts": a state, not a past; with its article the weekday is a habit
    ("fr", "La médiathèque est fermée le mardi.", [("le mardi", "SET", "XXXX-WXX-2")]),
    ("fr", "Les guichets sont ouverts le samedi matin.", [("le samedi matin", "SET", "XXXX-WXX-6TMO")]),
    ("fr", "La boulangerie a fermé mardi.", [("mardi", "DATE", "2016-04-12")]),
    # every weekend: a habit in the present, a plural always
    ("fr", "La déchetterie est fermée le week-end.", [("le week-end", "SET", "XXXX-WXX-WE")]),
    ("fr", "Elle garde ses petits-enfants les week-ends.", [("les week-ends", "SET", "XXXX-WXX-WE")]),
    ("fr", "Le week-end a été calme sur les routes.", []),
    ("en", "The library is closed on weekends.", [("weekends", "SET", "XXXX-WXX-WE")]),
    ("en", "They spent three weekends painting the hall.", []),
    # -- financial periods written short, with their year
    ("en", "Margins narrowed in H2 2015.", [("H2 2015", "DATE", "2015-H2")]),
    ("fr", "Au T2 2015, la marge a reculé.", [("T2 2015", "DATE", "2015-Q2")]),
    ("fr", "Au S1 2015, la marge a reculé.", [("S1 2015", "DATE", "2015-H1")]),
    # -- a season or fiscal year over two years is one expression, as "2014-2015"
    ("fr", "La saison 2014-15 a été la pire du club.", [("2014-15", "DATE", "2014")]),
    ("fr", "Le budget 2014/2015 est en déficit.", [("2014/2015", "DATE", "2014")]),
    # a second number that does not follow the first year is no year
    ("fr", "Le décret 2014-07 a été publié.", []),
    # -- a week, month or year in focus, and the one after or before it
    ("fr", "La digue a cédé le 2 mars. Cette semaine-là, trois villages ont été évacués.",
     [("le 2 mars", "DATE", "2016-03-02"), ("Cette semaine-là", "DATE", "2016-W09")]),
    ("fr", "Le festival est né en 1998. Cette année-là, il a attiré mille visiteurs.",
     [("1998", "DATE", "1998"), ("Cette année-là", "DATE", "1998")]),
    ("fr", "Le pont a fermé en janvier 2011. Ce mois-là, le trafic a chuté.",
     [("janvier 2011", "DATE", "2011-01"), ("Ce mois-là", "DATE", "2011-01")]),
    ("fr", "La digue a cédé le 2 mars. La semaine suivante, le préfet est venu.",
     [("le 2 mars", "DATE", "2016-03-02"), ("La semaine suivante", "DATE", "2016-W10")]),
    ("fr", "La digue a cédé le 2 mars. Le mois suivant, le préfet est venu.",
     [("le 2 mars", "DATE", "2016-03-02"), ("Le mois suivant", "DATE", "2016-04")]),
    ("fr", "La digue a cédé le 2 février. Le mois précédent, il avait plu.",
     [("le 2 février", "DATE", "2016-02-02"), ("Le mois précédent", "DATE", "2016-01")]),
    # "cette semaine" alone is the DCT's
    ("fr", "Cette semaine, les écoles sont fermées.", [("Cette semaine", "DATE", "2016-W15")]),
    ("en", "The levee broke on March 2. Later that week, villages were evacuated.",
     [("March 2", "DATE", "2016-03-02"), ("Later that week", "DATE", "2016-W09")]),
    ("en", "The festival began in 1998. That year, it drew a thousand visitors.",
     [("1998", "DATE", "1998"), ("That year", "DATE", "1998")]),
    ("en", "The levee broke on March 2. The following week, the governor came.",
     [("March 2", "DATE", "2016-03-02"), ("The following week", "DATE", "2016-W10")]),
    # "N units earlier": back from the day or year in focus; "ago" from the DCT
    ("en", "The levee broke on March 2. A day earlier, the river had risen.",
     [("March 2", "DATE", "2016-03-02"), ("A day earlier", "DATE", "2016-03-01")]),
    ("en", "The mill closed in 2009. Three years earlier, it had cut jobs.",
     [("2009", "DATE", "2009"), ("Three years earlier", "DATE", "2006")]),
    # "a year earlier" in a comparison is the year before the article's
    ("en", "The mill has cut jobs since 2009. Sales rose 4% from a year earlier.",
     [("2009", "DATE", "2009"), ("a year earlier", "DATE", "2015")]),
    ("en", "The levee broke on March 2. Two days ago, the river rose again.",
     [("March 2", "DATE", "2016-03-02"), ("Two days ago", "DATE", "2016-04-11")]),
    # "plus tôt dans le mois", "earlier in the week": the month or week in focus
    ("fr", "Plus tard dans l'année, la ligne sera prolongée.", [("Plus tard dans l'année", "DATE", "2016")]),
    ("fr", "La digue a cédé le 2 mars. Plus tôt dans la semaine, il avait plu.",
     [("le 2 mars", "DATE", "2016-03-02"), ("Plus tôt dans la semaine", "DATE", "2016-W09")]),
    ("en", "The levee broke on March 2. Earlier in the week, it had rained.",
     [("March 2", "DATE", "2016-03-02"), ("Earlier in the week", "DATE", "2016-W09")]),
    ("en", "Earlier in the month, the river rose.", [("Earlier in the month", "DATE", "2016-04")]),
    # "this past summer": the last one, whole
    ("en", "Tourism was weak this past summer.", [("this past summer", "DATE", "2015-SU")]),
    # -- a year after "for", not a count
    ("en", "The bank's forecast for 2017 was cut.", [("2017", "DATE", "2017")]),
    ("en", "The hall was built for 2000 spectators.", []),
    # -- an anniversary is an age, not a duration
    ("fr", "La fête des 30 ans du théâtre aura lieu en mai.", [("mai", "DATE", "2016-05")]),
    ("fr", "La ville a célébré les 100 ans de son tramway.", []),
    ("fr", "Les 30 ans de travaux ont ruiné la commune.", [("30 ans", "DURATION", "P30Y")]),
    # -- a day and "midi"/"minuit" without "à": one time on that day, as "hier soir"
    ("fr", "La motion a été votée mardi midi.", [("mardi midi", "TIME", "2016-04-12T12:00")]),
    ("fr", "Hier midi, la cantine a fermé.", [("Hier midi", "TIME", "2016-04-12T12:00")]),
    ("fr", "Le couvre-feu prendra fin demain minuit.", [("demain minuit", "TIME", "2016-04-14T24:00")]),
    ("fr", "Le repas de midi a été annulé.", []),
    # -- the present and the edges of the current period
    ("fr", "Pour l'heure, la mairie se tait.", [("Pour l'heure", "TIME", "PRESENT_REF")]),
    ("fr", "Le tram arrive pour l'heure de pointe.", []),
    ("fr", "En ce début d'année, les loyers grimpent.", [("ce début d'année", "DATE", "2016")]),
    ("fr", "En ce mois de juin, la plage est vide.", [("ce mois de juin", "DATE", "2016-06")]),
    ("fr", "Au cours des derniers mois, les loyers ont grimpé.", [("des derniers mois", "DURATION", "PXM")]),
    # -- a two-digit year after a season or an edge
    ("fr", "L'hiver 97 fut glacial.", [("L'hiver 97", "DATE", "1997-WI")]),
    ("fr", "Fin 99, l'usine a fermé.", [("Fin 99", "DATE", "1999")]),
    ("fr", "L'été 40 000 touristes sont venus.", [("L'été", "DATE", "2016-SU")]),
    ("fr", "En hiver 30 jours de gel sont courants.", [("hiver", "DATE", "XXXX-WI"), ("30 jours", "DURATION", "P30D")]),
]

# (lang, sentence, [value of every expression tagged]): the direction a weekday or date takes
VALUES = [
    # -- a day put off to or called for lies ahead
    # a day something is put off to lies ahead, though the verb is a past
    ("fr", "L'audience a été reportée à jeudi.", ["2016-04-14"]),
    ("fr", "Le conseil avait été repoussé au 20 avril, selon la mairie.", ["2016-04-20"]),
    ("fr", "Les cheminots ont appelé à la grève vendredi.", ["2016-04-15"]),
    ("fr", "Les agriculteurs appellent à bloquer les routes lundi.", ["2016-04-18"]),
    # a rate fixed, or a postponement made on a day, stays in the past
    ("fr", "Le taux a été fixé à 2 % lundi.", ["2016-04-11"]),
    ("fr", "La finale a été reportée lundi.", ["2016-04-11"]),
    ("en", "The hearing was postponed to Friday.", ["2016-04-15"]),
    ("en", "The launch has been pushed back to Monday.", ["2016-04-18"]),
    ("en", "Dockers called a strike for Thursday.", ["2016-04-14"]),
    # a move to a place, "for" a weekday's event: the past
    ("en", "The firm moved to Ohio on Friday.", ["2016-04-08"]),
    ("en", "He was charged for Monday's robbery.", ["2016-04-11"]),
    # -- a tense past a conjunction is the next clause's
    # a present after "and"/"et" is the next clause's: the past of the weekday's own clause wins
    ("en", "The decree was published on Monday and takes effect Friday.", ["2016-04-11", "2016-04-15"]),
    ("fr", "La loi a été votée lundi et entre en vigueur vendredi.", ["2016-04-11", "2016-04-15"]),
    # with no cue of its own, the later clause's tense still counts
    ("en", "The bank reports results Thursday and the board meets Friday.", ["2016-04-14", "2016-04-15"]),
    ("fr", "Le préfet reçoit les maires jeudi et se rend à Lille vendredi.", ["2016-04-14", "2016-04-15"]),
    # -- an intention in the present, a schedule verb before the weekday: ahead
    ("fr", "La mairie espère rouvrir la piscine samedi.", ["2016-04-16"]),
    ("fr", "Le club envisage de licencier son entraîneur lundi.", ["2016-04-18"]),
    ("fr", "Les éleveurs entendent bloquer le péage dimanche.", ["2016-04-17"]),
    ("fr", "La foire ferme ses portes dimanche.", ["2016-04-17"]),
    ("fr", "Les négociations prennent fin vendredi.", ["2016-04-15"]),
    ("en", "The council hopes to approve the budget Friday.", ["2016-04-15"]),
    ("en", "The inquiry continues Thursday.", ["2016-04-14"]),
    # the same intention in a past: back
    ("fr", "La mairie espérait rouvrir la piscine samedi.", ["2016-04-09"]),
    ("en", "The council hoped to approve the budget Friday.", ["2016-04-08"]),
]


@pytest.mark.parametrize("lang, sentence, expected", CASES)
def test_expressions_of_the_session(lang, sentence, expected) -> None:
    assert tagged(sentence, lang) == expected


@pytest.mark.parametrize("lang, sentence, expected", VALUES)
def test_values_of_the_session(lang, sentence, expected) -> None:
    assert [value for _, _, value in tagged(sentence, lang)] == expected


def test_an_amount_and_a_half_ago_is_not_placed() -> None:
    (found,) = tag_timexes("Il y a deux ans et demi, le stade a fermé.", DocDate.parse(DCT), "fr")
    assert found.when is None
