"""One clause per happening: a sentence telling two happenings gives each its own clause
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def clauses(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    """(trigger, clause text, date value or None) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [
        (text[h.trigger_start : h.trigger_end], text[h.clause_start : h.clause_end], timexes[h.timex].value if h.timex >= 0 else None)
        for h in found
    ]


@pytest.mark.parametrize(
    "text, lang, trigger, clause",
    [
        ("Le bateau s'était retourné au large et il avait dérivé pendant deux jours.", "fr", "dérivé", "et il avait dérivé pendant deux jours."),
        ("Selon le gardien, la digue s'était fissurée la veille et elle avait cédé dans la nuit.", "fr", "cédé", "et elle avait cédé dans la nuit."),
        ("The ship drifted for days and it struck a reef.", "en", "struck", "and it struck a reef."),
    ],
)
def test_and_a_pronoun_and_a_verb_open_a_clause_of_their_own(text, lang, trigger, clause, gazetteer):
    # What stands before "et il avait" is another happening (its verb one the lexicon does not
    # know): the clause of the verb after starts at "et".
    found = clauses(text, lang, gazetteer)
    assert (trigger, clause) in [(t, c) for t, c, _ in found]


def test_a_verb_chain_stays_one_happening(gazetteer):
    found = clauses("Le directeur a décidé de lancer une enquête.", "fr", gazetteer)
    assert len(found) == 1 and found[0][1] == "Le directeur a décidé de lancer une enquête."



def headlines(text: str, lang: str, gazetteer):
    """(trigger, headline) per happening."""
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    return [(text[h.trigger_start : h.trigger_end], h.headline) for h in find_happenings(text, split_sentences(text), timexes, mentions, lang)]


def test_a_participle_after_puis_takes_the_auxiliary_before_it(gazetteer):
    # "inculpés" shares "ont été": told as done, its own clause, date and headline
    found = clauses("Trois suspects ont été arrêtés lundi et inculpés mardi.", "fr", gazetteer)
    assert [(t, c, d) for t, c, d in found] == [
        ("arrêtés", "Trois suspects ont été arrêtés lundi", "2025-03-10"),
        ("inculpés", "et inculpés mardi.", "2025-03-11"),
    ]
    assert headlines("Trois suspects ont été arrêtés puis inculpés.", "fr", gazetteer)[1] == ("inculpés", "Trois suspects ont été inculpés")


def test_a_coordinated_participle_is_told_as_done_not_as_a_weak_noun(gazetteer):
    text = "Le ministre a démissionné et signé l'accord."
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), "fr", [(0, len(text))])
    found = find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), "fr")
    signed = [h for h in found if text[h.trigger_start : h.trigger_end] == "signé"]
    assert len(signed) == 1 and not signed[0].weak and signed[0].headline == "Le ministre a signé l'accord"


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a inauguré le pont construit et financé par la région.",  # a participle describing "pont"
        "Il est âgé et marié.",  # a state
    ],
)
def test_a_participle_describing_a_noun_or_a_state_shares_no_auxiliary(text, gazetteer):
    assert "financé" not in [t for t, *_ in clauses(text, "fr", gazetteer)]
    assert "marié" not in [t for t, *_ in clauses(text, "fr", gazetteer)]


def test_a_verb_after_and_takes_the_subject_before_in_its_headline(gazetteer):
    found = headlines("The company cut 500 jobs and sold its plant.", "en", gazetteer)
    assert found == [("cut", "The company cut 500 jobs"), ("sold", "The company sold its plant")]


@pytest.mark.parametrize(
    "text, trigger, clause",
    [
        ("Les otages n'ont été libérés qu'en mars 1990, après avoir été retenus durant deux ans.", "libérés", "Les otages n'ont été libérés qu'en mars 1990"),
        ("Le journaliste a été libéré lundi, après avoir payé une caution.", "libéré", "Le journaliste a été libéré lundi"),
    ],
)
def test_a_past_infinitive_after_apres_is_a_clause_of_its_own(text, trigger, clause, gazetteer):
    # "après avoir …" tells an earlier happening: the comma before it ends the clause before,
    # though the lexicon knows no verb after it
    assert (trigger, clause) in [(t, c) for t, c, _ in clauses(text, "fr", gazetteer)]


def test_ne_que_is_only_not_a_negation(gazetteer):
    found = clauses("Le traité n'a été signé qu'en mai.", "fr", gazetteer)
    assert [(t, d) for t, _, d in found] == [("signé", "2025-05")]


@pytest.mark.parametrize("text", ["Le traité n'a pas été signé en mai.", "Le traité n'a jamais été signé que je sache."])
def test_ne_with_pas_or_jamais_stays_a_negation(text, gazetteer):
    assert clauses(text, "fr", gazetteer) == []


def test_a_quoted_sentence_ending_on_its_speaker_keeps_its_clause(gazetteer):
    # the words after "après" hold the reporting verb: the statement is the whole sentence
    text = "« Le comité est certain de ses résultats, après les avoir vérifiés deux fois » a indiqué le chercheur."
    assert [(t, c) for t, c, _ in clauses(text, "fr", gazetteer)] == [("indiqué", text)]


def test_a_verb_after_a_participle_set_off_by_commas_takes_the_subject_before_it(gazetteer):
    # "élu en 2012" is an aside with its own date; "a démissionné" is headlined with its subject
    found = headlines("Le président, élu en 2012, a démissionné lundi.", "fr", gazetteer)
    assert ("démissionné", "Le président a démissionné") in found


@pytest.mark.parametrize(
    "text, lang, trigger, headline",
    [
        ("Le président, qui a été élu en 2012, a démissionné lundi.", "fr", "démissionné", "Le président a démissionné"),
        ("Jobs, who resigned in August, died on Wednesday.", "en", "died", "Jobs died"),
    ],
)
def test_a_verb_after_a_relative_clause_set_off_by_commas_takes_the_subject_before_it(text, lang, trigger, headline, gazetteer):
    assert (trigger, headline) in headlines(text, lang, gazetteer)


def test_an_english_passive_and_a_past_after_and_keep_the_sentence_headline(gazetteer):
    # "released" may be passive ("was … released") or active: no subject is borrowed
    found = headlines("The phone was announced in January and released in June.", "en", gazetteer)
    assert ("released", "The phone released") not in found


@pytest.mark.parametrize(
    "text, lang, trigger",
    [
        ("The singer moved to Paris in 1997 after the label bought his contract.", "en", "bought"),
        ("Le chanteur est revenu en 1997 après que le label a racheté son contrat.", "fr", "racheté"),
    ],
)
def test_a_date_before_after_is_not_the_date_of_the_verb_after_it(text, lang, trigger, gazetteer):
    # what follows "after" happened earlier: the date dates the clause before
    found = clauses(text, lang, gazetteer)
    assert [(t, d) for t, _, d in found if t == trigger] == [(trigger, None)]


def test_a_date_right_after_after_still_dates_the_verb(gazetteer):
    found = clauses("The firm bought the plant after March 3.", "en", gazetteer)
    assert [(t, d) for t, _, d in found] == [("bought", "2025-03-03")]


_TWO_PRODUCTS = {
    "Le constructeur a présenté un nouveau modèle de voiture et une version électrique de son utilitaire.": "fr",
    "The firm released a new line of laptops and the latest version of its software.": "en",
}


@pytest.mark.parametrize("text", sorted(_TWO_PRODUCTS))
def test_two_products_launched_under_one_verb_are_two_tellings(text, gazetteer):
    # the first clause ends before "and"/"et", the second starts there; one verb tells both
    found = clauses(text, _TWO_PRODUCTS[text], gazetteer)
    cut = text.index(" et une " if _TWO_PRODUCTS[text] == "fr" else " and the ")
    assert [c for _, c, _ in found] == [text[:cut], text[cut + 1 :]]
    assert found[0][0] == found[1][0]


@pytest.mark.parametrize(
    "text",
    [
        "The firm launched a new phone and the shares rose.",  # a clause of its own after "and"
        "The firm sold the plant and the land.",  # no product
    ],
)
def test_no_second_launch_without_two_products(text, gazetteer):
    assert len([t for t, *_ in clauses(text, "en", gazetteer) if t in ("launched", "sold")]) <= 1


def test_a_participle_after_ou_is_no_second_happening(gazetteer):
    # "tuées ou blessées": one toll told, not a second happening
    assert [t for t, *_ in clauses("Trois personnes ont été tuées ou blessées lundi.", "fr", gazetteer)] == ["tuées"]


def test_avant_de_after_a_comma_ends_the_clause_before_it(gazetteer):
    # what follows ", avant de" is a later step: neither the clause nor the date of the first
    found = clauses("Le président a été hospitalisé dimanche, avant d'être transféré lundi à Paris.", "fr", gazetteer)
    assert found == [("hospitalisé", "Le président a été hospitalisé dimanche", "2025-03-09")]


def test_a_participle_opening_the_sentence_is_headlined_with_the_subject_after_it(gazetteer):
    found = headlines("Élu en 2007, le maire a démissionné en 2012.", "fr", gazetteer)
    assert found == [("Élu", "le maire élu"), ("démissionné", "le maire a démissionné")]


@pytest.mark.parametrize(
    "text, lang, trigger, clause",
    [
        ("La foire s'est ouverte lundi ; le maire a inauguré le pavillon.", "fr", "inauguré", "le maire a inauguré le pavillon."),
        ("The fair opened on Monday; the mayor visited the site.", "en", "visited", "the mayor visited the site."),
    ],
)
def test_a_verb_after_a_semicolon_has_neither_the_clause_nor_the_date_before_it(text, lang, trigger, clause, gazetteer):
    assert [(t, c, d) for t, c, d in clauses(text, lang, gazetteer) if t == trigger] == [(trigger, clause, None)]


@pytest.mark.parametrize(
    "text, lang, clause",
    [
        ("Mardi soir, les ouvriers réparaient la digue tandis que les voisins surveillaient la rivière.", "fr",
         "Mardi soir, les ouvriers réparaient la digue"),
        ("On Tuesday the crews repaired the dam whereas the neighbours watched the river.", "en", "On Tuesday the crews repaired the dam"),
    ],
)
def test_a_dated_sentence_of_unknown_verbs_is_cut_at_tandis_que(text, lang, clause, gazetteer):
    # no verb of the lexicon: the date's happening is told by its own clause, not the sentence
    assert [c for _, c, _ in clauses(text, lang, gazetteer)] == [clause]


def test_a_dated_sentence_of_unknown_verbs_keeps_what_came_after_apres(gazetteer):
    # "après avoir entendu, vers 16 h, un bruit": one telling, the date inside "après"
    text = "Dans l'après-midi, le skipper a dû faire demi-tour après avoir entendu, vers 16 h, un bruit sourd."
    assert [c for _, c, _ in clauses(text, "fr", gazetteer)] == [text]


def test_a_dated_sentence_of_unknown_verbs_is_cut_at_a_colon(gazetteer):
    text = "Hier, la voisine a couru dans la rue : « Je suis passée devant la pharmacie »."
    assert [c for _, c, _ in clauses(text, "fr", gazetteer)] == ["Hier, la voisine a couru dans la rue"]


def test_lorsque_and_a_verb_told_as_done_open_a_clause_of_their_own(gazetteer):
    found = clauses("Hier, la voisine a couru dans la rue lorsqu'elle a su que le magasin brûlait.", "fr", gazetteer)
    assert [c for _, c, _ in found] == ["Hier, la voisine a couru dans la rue"]


def test_a_relative_clause_before_the_verb_tells_its_own_dated_happening(gazetteer):
    # "qui s'est rendu hier à Lyon" (a verb the lexicon does not know): its own telling, dated
    # yesterday; the statement's clause starts at the comma, its headline names the subject
    text = "Le médiateur européen qui s'est rendu hier à Lyon, s'est déclaré « très satisfait » de son séjour."
    found = clauses(text, "fr", gazetteer)
    assert [(c, d) for _, c, d in found] == [
        ("Le médiateur européen qui s'est rendu hier à Lyon", "2025-03-11"),
        (", s'est déclaré « très satisfait » de son séjour.", None),
    ]
    assert headlines(text, "fr", gazetteer)[1][1].startswith("Le médiateur européen s'est déclaré")


def test_a_relative_clause_of_a_state_inside_a_quote_cuts_nothing(gazetteer):
    text = "« Ils doivent protéger le pays qui est le leur », affirme un manifestant."
    assert [c for _, c, _ in clauses(text, "fr", gazetteer)] == [text]


def test_a_passive_relative_clause_describing_its_noun_stays_background(gazetteer):
    found = clauses("La banque, qui a été fondée en 1976, a vendu sa filiale.", "fr", gazetteer)
    assert [(t, d) for t, _, d in found] == [("vendu", None)]
