"""Which predicate of a clause gives a happening its kind, on sentences written for these tests."""

from __future__ import annotations

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


def test_condemning_an_act_is_a_statement(gazetteer):
    assert kinds("Le syndicat des pêcheurs a pour sa part condamné le saccage du port.", "fr", gazetteer) == [("statement", "condamné")]


def test_condemning_someone_to_a_penalty_is_legal(gazetteer):
    assert kinds("La cour a condamné l'ancien maire à trois ans de prison.", "fr", gazetteer) == [("legal", "condamné")]


def test_condemned_for_an_offence_is_legal(gazetteer):
    assert kinds("Le trésorier du club a été condamné pour abus de biens sociaux.", "fr", gazetteer) == [("legal", "condamné")]


def test_announcing_ones_own_act_past_a_date_between_commas(gazetteer):
    assert kinds("Le skipper a annoncé ce matin, vers 9 heures, son abandon.", "fr", gazetteer) == [("other", "annoncé")]


def test_announcing_ones_resignation_past_a_date_between_commas_is_an_appointment(gazetteer):
    assert kinds("La ministre a annoncé lundi, vers midi, sa démission.", "fr", gazetteer)[0][0] == "appointment"


def test_a_product_shown_in_an_apposition_is_a_launch(gazetteer):
    assert kinds("The start-up demonstrated Pebblo, a new tablet for children.", "en", gazetteer)[0][0] == "economy"


def test_a_name_shown_before_a_comma_without_apposition_is_no_launch(gazetteer):
    assert kinds("The start-up demonstrated Pebblo, which had been delayed twice.", "en", gazetteer)[:1] != [("economy", "demonstrated")]


def test_quoted_french_imperative_is_a_demand(gazetteer):
    assert kinds("Le préfet a déclaré : « Évacuez le quartier avant la nuit. »", "fr", gazetteer) == [("demand", "déclaré")]


def test_quoted_negative_imperative_is_a_demand(gazetteer):
    assert kinds("La directrice a déclaré : « Ne touchez pas aux archives. »", "fr", gazetteer)[0][0] == "demand"


def test_quoted_future_with_vous_is_no_demand(gazetteer):
    assert kinds("Le maire a déclaré : « Vous ne verrez pas de hausse des impôts. »", "fr", gazetteer)[0][0] == "statement"


def test_quoted_words_in_ez_that_are_no_verbs_give_no_order(gazetteer):
    assert kinds("Le ministre a déclaré : « Nous irons chez nos voisins. »", "fr", gazetteer)[0][0] == "statement"
