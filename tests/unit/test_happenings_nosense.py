"""Rows that tell no happening: a word out of its event sense, a guessed verb inside someone's
quoted words or telling a change since a date, a habit told by an adverb inside a compound past
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes

# (kind, trigger) per happening told, the helper of the found rules' tests
from unit.test_found_s23 import triggers


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Paul Morel was named after his grandfather.", "en"),
        ("Jobs promoted the phone warmly.", "en"),
        ("The primary cause of the delay remains unclear.", "en"),
        ("La comète, nommée la Voyageuse, intrigue les astronomes.", "fr"),
        ("La comète a été baptisée la Voyageuse.", "fr"),
        ("Le parti s'est imposé comme la première force du pays.", "fr"),
    ],
)
def test_a_word_clearly_out_of_its_event_sense_makes_no_row(text, lang, gazetteer):
    assert triggers(text, lang, gazetteer) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Paul Morel was named chief executive.", "en", [("appointment", "named")]),
        ("Morel won the primary.", "en", [("election", "won")]),
        ("Le gouvernement a imposé des sanctions.", "fr", [("sanction", "imposé")]),
        # (refused by "le" but an office is near: the sense is not clear, the row stays)
        ("Le président a nommé le nouveau ministre.", "fr", [("other", "nommé")]),
        # (a date makes the naming a happening of that day)
        ("La comète a été baptisée la Voyageuse en 1990.", "fr", [("other", "baptisée")]),
    ],
)
def test_the_same_words_in_their_sense_or_dated_still_tell_a_happening(text, lang, expected, gazetteer):
    assert triggers(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Selon Paul Morel, « la situation a changé ».", [("statement", "Selon")]),
        ("« Les pompiers ont évacué le bâtiment », a déclaré Paul Morel.", [("statement", "déclaré")]),
    ],
)
def test_a_verb_the_lexicon_lacks_inside_quotation_marks_is_what_was_said(text, expected, gazetteer):
    assert triggers(text, "fr", gazetteer) == expected


def test_the_same_verb_outside_quotation_marks_is_a_happening(gazetteer):
    text = "Selon Paul Morel, la police a évacué le bâtiment."
    assert triggers(text, "fr", gazetteer) == [("statement", "Selon"), ("other", "évacué")]


def test_a_verb_the_lexicon_lacks_telling_a_change_since_a_date_is_a_state(gazetteer):
    assert triggers("Le paysage a changé depuis 1990.", "fr", gazetteer) == []
    assert triggers("Le club a changé d'entraîneur lundi.", "fr", gazetteer) == [("other", "changé")]


@pytest.mark.parametrize(
    "text",
    ["Le maire a souvent bloqué ces projets.", "Le ministre a toujours démissionné de ses postes."],
)
def test_a_habit_told_between_the_auxiliary_and_the_participle_is_no_happening(text, gazetteer):
    assert triggers(text, "fr", gazetteer) == []


def test_the_same_compound_past_without_the_adverb_of_habit_is_a_happening(gazetteer):
    assert triggers("Le ministre a démissionné de son poste.", "fr", gazetteer) == [("appointment", "démissionné")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # taken in somewhere is no admission of anything said
        ("Il a été admis à l'hôpital de Brest.", "fr", [("other", "admis")]),
        ("The singer was admitted to hospital.", "en", [("other", "admitted")]),
        ("Le maire a admis son erreur.", "fr", [("statement", "admis")]),
        # giving reasons for an act is saying them
        ("Les rebelles ont justifié la destruction du pont.", "fr", [("statement", "justifié")]),
        ("The mayor justified his decision to the council.", "en", [("statement", "justified")]),
        # presenting is making public: a plan said, a product launched
        ("The minister presented his budget plan.", "en", [("statement", "presented")]),
        ("Tarvix presented its new phone.", "en", [("economy", "presented")]),
    ],
)
def test_kinds_of_admitting_justifying_and_presenting(text, lang, expected, gazetteer):
    assert triggers(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Chaque année, les habitants ont fêté la fin de l'hiver.", "fr"),
        ("- Tous les ans, le maire a inauguré la foire.", "fr"),
        ("Every spring, the mayor announced the budget.", "en"),
        ("Each year, the union organised a strike in May.", "en"),
    ],
)
def test_a_sentence_opening_on_a_time_that_comes_back_tells_a_habit(text, lang, gazetteer):
    assert triggers(text, lang, gazetteer) == []


def test_a_sentence_opening_on_one_time_tells_its_happening(gazetteer):
    text = "Cette année, les habitants ont fêté la fin de l'hiver."
    assert triggers(text, "fr", gazetteer) == [("other", "fêté")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the topic of a call is no sanction; the call itself is told
        ("Paul Morel a appelé Jean Dupont lundi au sujet des sanctions.", [("call", "appelé")]),
        ("Le maire a contacté le préfet en mars à propos des manifestations.", [("other", "contacté")]),
        ("Le 3 mai, Paul Morel a appelé Jean Dupont à Rome pour évoquer les sanctions.", [("call", "appelé")]),
    ],
)
def test_an_event_noun_after_a_topic_marker_is_what_was_talked_about(text, expected, gazetteer):
    assert triggers(text, "fr", gazetteer) == expected


def test_an_event_noun_acted_on_still_gives_its_kind(gazetteer):
    assert triggers("Les discussions ont débouché sur un accord.", "fr", gazetteer) == [("agreement", "accord")]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # a sign shown is no signing; signing agreements is one
        ("Les élus ont quitté la salle en signe de protestation.", "fr", [("protest", "quitté la salle")]),
        ("Le ministre signe des accords avec la Chine.", "fr", [("agreement", "signe")]),
        # a figure of speech: the criticism is told by its own word
        ("Une avalanche de critiques s'est abattue sur le ministre.", "fr", []),
        ("An onslaught of criticism followed the decision.", "en", [("statement", "criticism")]),
        # a reign is no ruling
        ("He ruled the country until his death.", "en", [("death", "death")]),
        ("The court ruled that the ban was legal.", "en", [("legal", "ruled"), ("sanction", "ban")]),
    ],
)
def test_words_followed_by_what_takes_them_out_of_their_event_sense(text, lang, expected, gazetteer):
    assert triggers(text, lang, gazetteer) == expected


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Web servers have crashed at every new device launch since 2007.", "en"),
        ("À chaque élection, le parti a perdu des voix.", "fr"),
    ],
)
def test_an_event_counted_by_every_is_a_habit(text, lang, gazetteer):
    assert triggers(text, lang, gazetteer) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("The cases were priced at 29 dollars before the launch.", "en", []),
        ("The damage was estimated at 2 million dollars.", "en", []),
        ("Les dégâts ont été estimés à deux millions d'euros.", "fr", []),
        # (pricing something is done by someone)
        ("Tarvix priced the phone at 499 dollars on Monday.", "en", [("economy", "priced")]),
    ],
)
def test_an_amount_a_thing_stood_at_is_a_state(text, lang, expected, gazetteer):
    assert triggers(text, lang, gazetteer) == expected


def test_a_title_opening_the_sentence_runs_past_its_colon_and_list_to_the_noun_it_names(gazetteer):
    text = "Intitulé Le Livre des colères : arrestations, tortures et disparitions dans les prisons, ce rapport recense les abus commis en 2011."
    assert triggers(text, "fr", gazetteer) == [("statement", "rapport")]


def test_a_date_in_a_title_opening_the_sentence_is_the_title_s(gazetteer):
    text = "Intitulé Les Colères depuis mars 2011, ce rapport a été publié lundi."
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), "fr", [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, "fr")
    assert [text[timexes[h.timex].start : timexes[h.timex].end] for h in found] == ["lundi"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister spoke with his counterpart on Monday.", [("meeting", "spoke with")]),
        ("The minister spoke with his counterpart by phone on Monday.", [("call", "spoke with")]),
        ("He spoke with reporters about the plan on Monday.", [("statement", "spoke with reporters")]),
        ("The president congratulated the winner on Monday.", [("statement", "congratulated")]),
        ("The minister answered the critics on Monday.", [("statement", "answered")]),
    ],
)
def test_english_verbs_of_talking_with_someone_and_of_answering(text, expected, gazetteer):
    assert triggers(text, "en", gazetteer) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Paul Morel a appelé Jean Dupont lundi.", [("call", "appelé")]),
        ("Le ministre a appelé son homologue russe lundi.", [("call", "appelé")]),
        ("La Russie a appelé les États-Unis lundi.", [("call", "appelé")]),
        # (a name given, someone urged: no call)
        ("Il a appelé son fils Jean.", [("other", "appelé")]),
        ("Le syndicat a appelé à la grève lundi.", [("demand", "appelé à")]),
    ],
)
def test_called_someone_named_is_a_call(text, expected, gazetteer):
    assert triggers(text, "fr", gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    ["Le village où les secours ont acheminé des vivres est isolé.", "Le dossier, dont les avocats ont examiné les pièces, est épais."],
)
def test_a_verb_the_lexicon_lacks_in_a_relative_clause_over_its_subject_describes_the_noun(text, gazetteer):
    assert triggers(text, "fr", gazetteer) == []


def test_the_same_verb_in_a_main_clause_is_a_happening(gazetteer):
    assert triggers("Les secours ont acheminé des vivres lundi.", "fr", gazetteer) == [("other", "acheminé")]
