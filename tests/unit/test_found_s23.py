"""Happenings found on sentences told in tenses and forms the grammar used to pass over
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def triggers(text: str, lang: str, gazetteer, dct: str = "2025-03-12") -> list[tuple[str, str]]:
    """(kind, trigger) per happening told."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [(h.kind, text[h.trigger_start : h.trigger_end]) for h in found]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Le directeur avait démissionné de son poste.", "fr", [("appointment", "démissionné")]),
        ("The director had resigned from his post.", "en", [("appointment", "resigned")]),
    ],
)
def test_an_undated_pluperfect_in_a_main_clause_is_an_earlier_happening(text, lang, expected, gazetteer):
    assert triggers(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le poste qui avait été supprimé par la direction est rétabli.", "fr"),
        ("The post which had been cut by the board is back.", "en"),
    ],
)
def test_an_undated_pluperfect_in_a_relative_clause_describes_its_noun(text, lang, gazetteer):
    assert triggers(text, lang, gazetteer) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le constructeur vient de lancer une nouvelle voiture.", [("economy", "lancer")]),
        ("Le syndicat venait de signer un accord avec la direction.", [("agreement", "signer")]),
    ],
)
def test_an_infinitive_after_venir_de_tells_what_was_just_done(text, expected, gazetteer):
    assert triggers(text, "fr", gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    ["Le constructeur va lancer une nouvelle voiture.", "Le ministre vient de Marseille pour signer un accord."],
)
def test_an_infinitive_not_after_venir_de_tells_no_happening(text, gazetteer):
    assert triggers(text, "fr", gazetteer) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'association a publié un bilan dans lequel elle dénonce la pollution de la rivière.", "fr", [("statement", "publié")]),
        ("The charity issued a report in which it condemned the dumping of waste.", "en", [("statement", "issued")]),
    ],
)
def test_a_statement_in_a_relative_clause_on_a_statements_object_is_what_it_says(text, lang, expected, gazetteer):
    assert triggers(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("L'association a publié un bilan, puis elle a dénoncé la pollution de la rivière.", "fr", ("statement", "dénoncé")),
        ("The charity issued a report, and it later condemned the dumping of waste.", "en", ("statement", "condemned")),
    ],
)
def test_a_second_statement_not_in_a_relative_clause_is_kept(text, lang, expected, gazetteer):
    assert expected in triggers(text, lang, gazetteer)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The bank's deposits increased by 8 percent last year.", ("economy", "increased by")),
        ("The brewer tripled its exports.", ("economy", "tripled")),
        ("The number of flooded homes doubled overnight.", ("other", "doubled")),
    ],
)
def test_a_verb_of_a_changed_amount_tells_a_happening(text, expected, gazetteer):
    assert expected in triggers(text, "en", gazetteer)


def test_increased_as_an_adjective_tells_nothing(gazetteer):
    assert triggers("The brewer faces increased competition.", "en", gazetteer) == []


def test_a_present_tense_told_by_a_group_of_people_is_news(gazetteer):
    assert triggers("Des riverains réclament la fermeture de la décharge.", "fr", gazetteer) == [("demand", "réclament")]


def test_a_present_tense_whose_subject_names_no_one_is_a_general_truth(gazetteer):
    # (the group named after the verb is no subject)
    assert triggers("La loi exige des militants une déclaration préalable.", "fr", gazetteer) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Des promeneurs ont ramassé les déchets de la plage.", [("other", "ramassé")]),
        ("La valise du voyageur a été récupérée par un douanier.", [("other", "récupérée")]),
    ],
)
def test_a_compound_past_of_a_verb_the_lexicon_lacks_is_a_happening(text, expected, gazetteer):
    assert triggers(text, "fr", gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La rénovation du pont a nécessité trois ans de travaux.",
        "Le directeur est fatigué.",
        "Dans la salle, plusieurs spectateurs ont pleuré.",
        "Les deux voisins ont parlé longuement.",
    ],
)
def test_a_compound_past_of_a_state_or_an_emotion_is_no_happening(text, gazetteer):
    assert triggers(text, "fr", gazetteer) == []


def test_a_compound_past_of_an_unknown_verb_in_a_relative_clause_describes_its_noun(gazetteer):
    told = triggers("La mairie, qui a été rénovée par un architecte, reste fermée.", "fr", gazetteer)
    assert "rénovée" not in [trigger for _kind, trigger in told]


def test_an_unknown_verb_whose_subject_is_an_event_noun_is_part_of_that_event(gazetteer):
    told = triggers("La grève des cheminots a paralysé les gares.", "fr", gazetteer)
    assert "paralysé" not in [trigger for _kind, trigger in told]


def test_an_event_noun_complementing_the_subject_leaves_the_verb_its_own(gazetteer):
    told = triggers("Des adversaires de la grève ont arraché les banderoles.", "fr", gazetteer)
    assert ("other", "arraché") in told
