"""Event kinds by classes of error, on sentences written for these tests (French and English):
words a prefix reads that name a person or a quality, a reaction told as a reception, verbs whose
kind is told by what does them (a structure giving way, armed men or a fire destroying), and a
set of everyday news sentences of each kind."""

from __future__ import annotations

import pytest

from .test_kinds_s22 import kinds


def check(text: str, lang: str, trigger: str, kind: str | None, gazetteer) -> None:
    """``trigger`` tells a happening of ``kind``; with no kind, it tells none."""
    found = kinds(text, lang, gazetteer)
    assert found.get(trigger) == kind, found


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "kind", "why"),
    [
        # a prefix ("protest*", "annonc*", "démission*") does not read a person or a quality
        ("Les catholiques et les protestants ont décliné l'invitation lundi.", "fr", "protestants", None, "a faith, no protest"),
        ("Le pasteur protestant a rencontré le maire lundi.", "fr", "protestant", None, "an adjective of faith"),
        ("Le gouvernement démissionnaire a expédié les affaires courantes lundi.", "fr", "démissionnaire", None, "outgoing, no resignation"),
        ("Les annonceurs ont boycotté la chaîne en mars.", "fr", "annonceurs", None, "advertisers, no statement"),
        ("Un bombardier s'est écrasé lundi dans le désert.", "fr", "bombardier", None, "an aircraft, no bombing"),
        ("The announcer read the results on Monday.", "en", "announcer", None, "a person, no announcement"),
        ("The publisher withdrew the book in May.", "en", "publisher", None, "a firm, no publishing"),
        ("The commentator criticised the referee on Sunday.", "en", "commentator", None, "a person, no comment"),
        # the words themselves still tell their kind
        ("Des milliers d'ouvriers ont protesté lundi contre la fermeture.", "fr", "protesté", "protest", "a protest"),
        ("Le ministre a démissionné mardi.", "fr", "démissionné", "appointment", "a resignation"),
        ("The company announced a recall on Monday.", "en", "announced", "statement", "an announcement"),
        # a reaction told as a reception is a statement; a visitor received is a meeting
        ("L'OTAN a accueilli favorablement la décision du tribunal lundi.", "fr", "accueilli", "statement", "welcomed"),
        ("Le gouvernement a accueilli avec prudence l'annonce de Pékin mardi.", "fr", "accueilli", "statement", "received with caution"),
        ("Une annonce accueillie avec scepticisme par les syndicats lundi.", "fr", "accueillie", "statement", "a participle"),
        ("Le président a accueilli son homologue allemand lundi à l'Élysée.", "fr", "accueilli", "meeting", "a visitor"),
        ("La commune a accueilli deux cents réfugiés lundi.", "fr", "accueilli", "other", "neither"),
        ("The government greeted the decision with caution on Tuesday.", "en", "greeted", "statement", "a reaction"),
        ("Investors greeted the ruling with relief on Monday.", "en", "greeted", "statement", "past the event noun"),
        ("The president greeted his French counterpart at the airport on Monday.", "en", "greeted", "meeting", "a visitor"),
        ("The mayor greeted the crowd on Monday.", "en", "greeted", "other", "neither"),
        # a structure giving way is a disaster; giving way to someone is not
        ("Une canalisation a cédé mardi soir, inondant le boulevard.", "fr", "cédé", "disaster", "a pipe"),
        ("La digue a cédé lundi sous la pression des eaux.", "fr", "cédé", "disaster", "a dike"),
        ("Le gouvernement a cédé lundi à la pression des syndicats.", "fr", "cédé", "other", "giving in"),
        ("The dam gave way on Monday after days of rain.", "en", "gave way", "disaster", "a dam"),
        ("The government gave way to the unions on Monday.", "en", "gave way", "other", "giving in"),
        ("A water main burst on Tuesday evening, flooding the avenue.", "en", "burst", "disaster", "a water main"),
        ("The roof of the stadium caved in on Sunday.", "en", "caved in", "disaster", "a roof"),
        # destroying: by armed men an attack, by a fire or a storm a disaster, else other
        ("Des rebelles ont incendié le village lundi.", "fr", "incendié", "attack", "arson by rebels"),
        ("La maison a été incendiée lundi soir.", "fr", "incendiée", "disaster", "a house on fire"),
        ("Un incendie a détruit l'entrepôt lundi soir.", "fr", "incendie", "disaster", "a fire"),
        ("The storm destroyed three hundred homes on Monday.", "en", "storm", "disaster", "a storm"),
    ],
)
def test_kind_classes(text, lang, trigger, kind, why, gazetteer):
    check(text, lang, trigger, kind, gazetteer)


SAID_TO_COME = [
    # what was said to come is no happening: the saying is ("serait votée", "sera signé")
    ("La ministre a déclaré lundi que la réforme serait votée.", "fr", "déclaré", "statement"),
    ("La ministre a annoncé lundi que l'usine serait fermée.", "fr", "annoncé", "statement"),
    ("Le président a déclaré lundi que l'accord serait signé.", "fr", "déclaré", "statement"),
    ("Le porte-parole a indiqué mardi que le sommet se tiendrait à Rome.", "fr", "indiqué", "statement"),
    ("The minister said on Monday that the summit will open in Rome.", "en", "said", "statement"),
    ("The minister said on Monday that the plant would be closed.", "en", "said", "statement"),
    # what was said to be done is the happening
    ("Le ministère a indiqué lundi que trois soldats avaient été tués.", "fr", "tués", "death"),
    ("The ministry said on Monday that three soldiers were killed.", "en", "killed", "death"),
    ("Le tribunal l'a condamné à mort lundi.", "fr", "condamné", "legal"),
]


BY_OBJECT_SUBJECT_AND_FAMILIES = [
    # what a verb acts on tells its kind (by_object)
    ("Le constructeur a rappelé 300 000 véhicules lundi.", "fr", "rappelé", "economy"),
    ("La ministre a rappelé lundi que la loi s'applique à tous.", "fr", "rappelé", "statement"),
    ("Le groupe a remporté un contrat de deux milliards d'euros en Inde.", "fr", "remporté", "economy"),
    ("The firm won a $2 billion contract in India on Monday.", "en", "won", "economy"),
    ("Le candidat socialiste a remporté l'élection présidentielle dimanche.", "fr", "remporté", "election"),
    ("Le groupe a réalisé un chiffre d'affaires de 3 milliards d'euros en 2011.", "fr", "réalisé", "economy"),
    ("The firm took over its rival on Monday.", "en", "took over", "economy"),
    ("Paul Morel took over as chief executive on Monday.", "en", "took over", "appointment"),
    # who does it tells its kind (by_subject): armed men taking a place, the police raiding
    ("Les rebelles ont pris le contrôle de la ville lundi.", "fr", "pris le contrôle", "attack"),
    ("Rebels seized control of the town on Monday.", "en", "seized control", "attack"),
    ("Militants blew up a pipeline on Monday.", "en", "blew up", "attack"),
    ("Police raided the offices of the party on Monday.", "en", "police raided", "legal"),
    ("Police carried out a raid on the building on Monday.", "en", "raid", "legal"),
    ("Commandos raided the port on Monday.", "en", "raided", "attack"),
    # the other members of a family the lexicon held one of
    ("Le ministre a pris la parole lundi devant les députés.", "fr", "pris la parole", "statement"),
    ("The minister took the floor on Monday.", "en", "took the floor", "statement"),
    ("Opposition leaders reacted angrily on Wednesday to the budget.", "en", "reacted", "statement"),
    ("The senator likened the plan to a betrayal on Monday.", "en", "likened", "statement"),
    # (a prefix of what rises that is no price read sales: "vent*", wind, read "ventes")
    ("Les ventes ont progressé de 5 % en mars.", "fr", "progressé", "economy"),
    ("Les vents ont progressé vers l'est lundi.", "fr", "progressé", "other"),
    ("Les syndicats et le patronat ont trouvé un terrain d'entente lundi.", "fr", "trouvé un terrain d'entente", "agreement"),
    ("Unions and employers found common ground on Monday.", "en", "found common ground", "agreement"),
    ("Farmers blocked roads near Rennes on Monday.", "en", "blocked roads", "protest"),
    ("Le suspect s'est rendu à la police lundi.", "fr", "s'est rendu à la police", "legal"),
    ("Le ministre s'est rendu à Berlin lundi.", "fr", "s'est rendu à", "meeting"),
    ("The suspect turned himself in to police on Monday.", "en", "turned himself in", "legal"),
    ("Le parquet a requis cinq ans de prison contre l'ancien maire mardi.", "fr", "requis", "legal"),
    ("Prosecutors sought five years in prison for the former mayor on Tuesday.", "en", "sought", "legal"),
    ("The family sought asylum in Canada in 2019.", "en", "sought", "other"),
    ("The factory closed its doors on Friday.", "en", "closed its doors", "economy"),
    ("L'usine a fermé ses portes vendredi.", "fr", "fermé ses portes", "economy"),
    ("Un autocar s'est renversé mardi sur l'autoroute A7.", "fr", "s'est renversé", "disaster"),
    ("Un cycliste a été renversé par une voiture lundi.", "fr", "renversé par une voiture", "disaster"),
    ("Government forces recaptured the town on Monday.", "en", "recaptured", "attack"),
]


PARTICIPLES_AND_FIRE = [
    # a French present participle set off after its clause tells the act of its verb
    ("Une canalisation a cédé mardi soir, inondant le boulevard et le parc.", "fr", "inondant", "disaster"),
    ("L'explosion a soufflé le bâtiment lundi, tuant trois personnes.", "fr", "tuant", "death"),
    ("L'armée a pilonné la ville lundi, bombardant les quartiers est.", "fr", "bombardant", "attack"),
    # ... not a noun it spells, nor one after a noun, nor a gerund of saying
    ("Un manifestant a été interpellé lundi.", "fr", "manifestant", None),
    ("Le parti a remporté une victoire écrasante dimanche.", "fr", "écrasante", None),
    ("Il a répondu lundi en publiant leurs noms.", "fr", "publiant", None),
    # smoke or flames doing anything tell a fire; damage done by them too
    ("La fumée a attiré l'attention des voisins lundi.", "fr", "attiré", "disaster"),
    ("La fumée a envahi l'immeuble lundi soir.", "fr", "envahi", "disaster"),
    ("Les eaux ont envahi les rues du centre lundi.", "fr", "envahi", "disaster"),
    ("Les troupes ont envahi le pays en février.", "fr", "envahi", "attack"),
    ("Le reste a été endommagé par la chaleur et les fumées lundi.", "fr", "endommagé", "disaster"),
    ("Un départ de feu a eu lieu lundi dans la cuisine.", "fr", "départ de feu", "disaster"),
    ("Le gouvernement a donné son feu vert au projet lundi.", "fr", "donné", "other"),
    ("Un coup de feu a été tiré lundi devant l'école.", "fr", "coup de feu", "attack"),
]


DEADLINES = [
    # giving until a date, a delay or an ultimatum sets a deadline: a demand
    ("Le président a donné jusqu'au 30 juin aux partis pour trouver un accord.", "fr", "donné", "demand"),
    ("Le juge a accordé un délai de huit jours à la société lundi.", "fr", "accordé", "demand"),
    ("Bruxelles a fixé une échéance au 1er mars pour la réponse d'Athènes.", "fr", "fixé", "demand"),
    ("The court gave them until Friday to leave.", "en", "gave them until", "demand"),
    ("L'Union européenne a imposé des sanctions jusqu'en 2026.", "fr", "imposé", "sanction"),
    ("Le ministre a donné son accord au projet lundi.", "fr", "accord", "agreement"),
]


OCCUPYING = [
    # strikers occupying or blocking a place protest; armed men occupying attack
    ("Les grévistes ont bloqué le port lundi.", "fr", "bloqué", "protest"),
    ("Le gouvernement a bloqué le projet lundi.", "fr", "bloqué", "other"),
    ("Hundreds of students occupied the university on Tuesday.", "en", "occupied", "protest"),
    ("Taxi drivers paralysed the capital on Monday.", "en", "paralysed", "protest"),
    ("Rebels occupied the airport on Monday.", "en", "occupied", "attack"),
    ("Le poste est occupé par un intérimaire depuis mars.", "fr", "occupé", None),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "kind"), [*OCCUPYING, *SAID_TO_COME, *BY_OBJECT_SUBJECT_AND_FAMILIES, *PARTICIPLES_AND_FIRE, *DEADLINES])
def test_kind_told_by_the_words_around(text, lang, trigger, kind, gazetteer):
    check(text, lang, trigger, kind, gazetteer)

