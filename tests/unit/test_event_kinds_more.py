"""Which predicate of a clause gives a happening its kind, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def kinds(text: str, lang: str, gazetteer) -> list[tuple[str, str]]:
    """(kind, trigger) per happening told by ``text``."""
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [(h.kind, text[h.trigger_start : h.trigger_end]) for h in found]


def test_a_passive_claim_keeps_its_kind(gazetteer):
    assert ("statement", "revendiqué") in kinds("L'incendie du dépôt a été revendiqué par un collectif.", "fr", gazetteer)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "why"),
    [
        ("Le syndicat des pêcheurs a pour sa part condamné le saccage du port.", "fr", "statement", "condemning an act"),
        ("La cour a condamné l'ancien maire à trois ans de prison.", "fr", "legal", "condemned to a penalty"),
        ("Le trésorier du club a été condamné pour abus de biens sociaux.", "fr", "legal", "condemned for an offence"),
        ("Le skipper a annoncé ce matin, vers 9 heures, son abandon.", "fr", "other", "own act past a date between commas"),
        ("La ministre a annoncé lundi, vers midi, sa démission.", "fr", "appointment", "own resignation past a date"),
        ("The start-up demonstrated Pebblo, a new tablet for children.", "en", "economy", "a product in an apposition"),
        ("The start-up demonstrated Pebblo, which had been delayed twice.", "en", "other", "no apposition: no launch"),
        ("Le préfet a déclaré : « Évacuez le quartier avant la nuit. »", "fr", "demand", "a quoted imperative"),
        ("La directrice a déclaré : « Ne touchez pas aux archives. »", "fr", "demand", "a quoted negative imperative"),
        ("Le maire a déclaré : « Vous ne verrez pas le tramway avant dix ans. »", "fr", "statement", "a future with vous"),
        ("Le ministre a déclaré : « Nous irons chez nos voisins. »", "fr", "statement", "a word in -ez that is no verb"),
        ("The studio announced that a new version of its editor would be available in May.", "en", "economy", "a product made available"),
        ("La marque a annoncé que son nouveau modèle serait disponible à l'automne.", "fr", "economy", "un produit rendu disponible"),
        ("The mayor announced that her deputy would be available for questions.", "en", "statement", "no product made available"),
        ("Les infirmières revendiquent une revalorisation de leurs primes.", "fr", "demand", "something wanted"),
        ("Le mouvement a revendiqué l'attentat contre la caserne.", "fr", "statement", "a claim of an attack"),
        ("La candidate a revendiqué la victoire dimanche soir.", "fr", "statement", "a claim of a victory"),
        ("L'ancienne trésorière a été condamnée.", "fr", "legal", "a passive condemned: a sentence"),
    ],
)
def test_the_kind_of_the_first_happening(text, lang, kind, why, gazetteer):
    assert kinds(text, lang, gazetteer)[0][0] == kind, why
