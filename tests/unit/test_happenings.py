"""Happenings, clause by clause, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def tell(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    """(kind, date value or None, reported value or None, trigger, headline, weak, refers_back) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [
        (
            h.kind,
            timexes[h.timex].value if h.timex >= 0 else None,
            timexes[h.reported].value if h.reported >= 0 else None,
            text[h.trigger_start : h.trigger_end],
            h.headline,
            h.weak,
            h.refers_back,
        )
        for h in found
    ]


def test_a_date_before_the_first_predicate_dates_it_and_the_reporting_clause_is_no_event(gazetteer):
    found = tell("Le 3 février 2024, une rencontre entre les deux ministres a eu lieu, a indiqué l'agence.", "fr", gazetteer)
    assert [(k, d, r) for k, d, r, *_ in found] == [("meeting", "2024-02-03", None)]


def test_a_reporting_date_is_when_it_was_said_not_when_it_happened(gazetteer):
    found = tell("Les deux chefs ont eu un échange téléphonique, ont rapporté mercredi 12 mars les agences.", "fr", gazetteer)
    assert [(k, d, r) for k, d, r, *_ in found] == [("call", None, "2025-03-12")]


def test_two_dates_in_two_clauses_date_two_happenings(gazetteer):
    found = tell("La Russie a annexé la Crimée en 2014 et les pays occidentaux ont imposé des sanctions en 2015.", "fr", gazetteer)
    assert [(k, d) for k, d, *_ in found] == [("attack", "2014"), ("sanction", "2015")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le président rencontrera son homologue jeudi.", "fr"),
        ("Le ministre va signer l'accord demain.", "fr"),
        ("L'ambassade n'a pas commenté.", "fr"),
        ("Microsoft will meet Google on Thursday.", "en"),
        ("The company could sell its plant next year.", "en"),
        ("The board did not approve the merger.", "en"),
    ],
)
def test_futures_conditionals_and_negations_are_no_happenings(text, lang, gazetteer):
    # An event noun in passing ("the merger") is told as weak: no event unless dated.
    assert [found for found in tell(text, lang, gazetteer) if not found[5]] == []


def test_a_demonstrative_refers_back_and_the_verb_after_it_is_its_own_happening(gazetteer):
    found = tell("Lors de cette conversation, les deux hommes se sont mis d'accord.", "fr", gazetteer)
    assert [(k, refers) for k, *_, refers in found] == [("call", True), ("agreement", False)]


def test_a_pronoun_subject_is_named_in_the_headline_and_a_reported_pluperfect_is_told(gazetteer):
    found = tell("Apple said on Tuesday that it had sold 1.7 million phones.", "en", gazetteer, "2010-06-10")
    assert [k for k, *_ in found] == ["statement", "economy"]  # Apple's saying it, and what it said
    kind, date, reported, trigger, headline, *_ = found[1]
    assert (kind, date, reported, trigger) == ("economy", None, "2010-06-08", "sold")
    assert headline == "Apple had sold 1.7 million phones"


def test_an_undated_pluperfect_told_by_nobody_in_a_relative_clause_is_background(gazetteer):
    # (in a main clause it is an earlier happening: "Il avait fermé son usine", test_found_s23.py)
    assert tell("L'usine, qui avait été fermée, est vide.", "fr", gazetteer) == []


def test_an_event_noun_in_passing_is_weak_and_a_dated_one_is_not(gazetteer):
    weak = tell("Les deux services veulent contribuer à la baisse des tensions.", "fr", gazetteer)
    assert [(k, w) for k, _d, _r, _t, _h, w, _b in weak] == [("other", True)]  # (a fall of tension: no market)
    dated = tell("Depuis le début de l'offensive en février 2022, rien n'a changé.", "fr", gazetteer)
    assert [(k, d, w) for k, d, _r, _t, _h, w, _b in dated] == [("attack", "2022-02", False)]


def test_the_noun_a_verb_acts_on_is_not_another_happening(gazetteer):
    found = tell("Les deux pays ont signé un accord commercial.", "fr", gazetteer)
    assert [(k, t) for k, _d, _r, t, *_ in found] == [("agreement", "signé")]


def test_headlines_hold_their_trigger_within_seventy_characters(gazetteer):
    text = (
        "Le 11 mars 2025, un entretien téléphonique entre le directeur du service de renseignement "
        "extérieur russe et le chef de l'agence centrale de renseignement américaine a eu lieu."
    )
    (kind, date, _r, trigger, headline, *_), = tell(text, "fr", gazetteer)
    assert (kind, date) == ("call", "2025-03-11")
    assert trigger in headline and len(headline) <= 70
    assert "11 mars" not in headline  # the date is shown in its own column


def test_a_sentence_without_a_known_predicate_keeps_its_date_as_a_happening(gazetteer):
    found = tell("Le 4 juillet 2012, la particule tant attendue au CERN.", "fr", gazetteer)
    assert [(k, d) for k, d, *_ in found] == [("other", "2012-07-04")]


def test_a_happening_dated_after_its_article_is_a_plan_not_an_event(tmp_path):
    from newsline_testing import write

    from tui.loading import open_store

    write(tmp_path, "a.txt", "date 2012-07-03\nLe groupe a annoncé mardi la fermeture de son usine de Lyon en 2015.\n")
    store = open_store([tmp_path], cache=False)
    assert [e.when.label for e in store.events] == ["2012-07-03"]  # the announcement, not a 2015 closure
    assert store.events[0].kind == "statement"


def flags(text: str, lang: str, gazetteer, dct: str = "2025-03-12", title_end: int = -1):
    """(kind, date, another, title, continues) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang, title_end=title_end)
    return [(h.kind, timexes[h.timex].value if h.timex >= 0 else None, h.another, h.title, h.continues) for h in found]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le ministre a aussi annoncé une hausse des salaires.", "fr"),
        ("The bank also announced a rise in its rates.", "en"),
        ("Une plainte similaire a été déposée à Lyon.", "fr"),
        ("The union filed suit again in 1999.", "en"),
    ],
)
def test_also_again_another_mark_one_more_happening(text, lang, gazetteer):
    assert [another for _k, _d, another, *_ in flags(text, lang, gazetteer)][:1] == [True]


def test_a_comma_inside_a_date_does_not_cut_the_clause(gazetteer):
    found = flags("A second lawsuit was filed in Texas, but on March 3, 2004 the companies agreed to settle.", "en", gazetteer)
    assert [(k, d) for k, d, *_ in found] == [("legal", None), ("agreement", "2004-03-03")]  # and "March" is no march


def test_a_date_cut_off_by_a_comma_and_dates_an_earlier_unknown_verb_not_the_next_one(gazetteer):
    found = flags("The firm was set up by two brothers in 1982, and launched its first shop in 1990.", "en", gazetteer)
    # (the earlier verb's clause is a happening of its own, of no known kind)
    assert [(k, d) for k, d, *_ in found] == [("other", "1982"), ("economy", "1990")]
    found = flags("La société a été fondée par deux frères en 1982, et a lancé sa première boutique en 1990.", "fr", gazetteer)
    assert [(k, d) for k, d, *_ in found] == [("other", "1982"), ("economy", "1990")]
    # A cut-off date in a clause telling nothing done is no happening ("de l'édition 2012-2013").
    found = flags("Les marins de l'édition 2012-2013 de la Course, et leurs équipes, ont signé un accord le 10 novembre.", "fr", gazetteer)
    assert [(k, d) for k, d, *_ in found] == [("agreement", "2024-11-10")]
    # A date opening the sentence before a comma still dates the first predicate.
    found = flags("Le 30 septembre, Russes et Américains se sont réunis à Lausanne.", "fr", gazetteer, "2021-11-02")
    assert [(k, d) for k, d, *_ in found] == [("meeting", "2021-09-30")]


def test_someone_named_saying_it_is_a_statement_beside_what_they_told(gazetteer):
    found = flags("La ministre Claire Morel a indiqué que la France avait signé l'accord.", "fr", gazetteer)
    assert [k for k, *_ in found] == ["statement", "agreement"]
    # An agency reporting it is no statement of its own.
    found = flags("L'usine a fermé, selon l'agence Reuters.", "fr", gazetteer)
    assert [k for k, *_ in found] == ["economy"]


def test_the_title_tells_again_and_a_sentence_after_a_telling_may_go_on_with_it(gazetteer):
    text = (
        "Acme sues Globex over patents\n\n"
        "Acme Corporation filed a lawsuit against Globex on Monday. "
        "Globex rejected every claim in a long memo. "
        "The weather was mild."
    )
    found = flags(text, "en", gazetteer, "2025-03-12", title_end=text.index("\n"))
    assert found[0][0] == "legal" and found[0][3]  # the title's telling, marked as such
    assert [f[4] for f in found[1:]] == [False, True]  # the lawsuit, then Globex going on with it
    assert len(found) == 3  # the weather names no one: it goes on with nothing


def test_a_sentence_going_on_with_a_quote_is_someone_s_words(gazetteer):
    text = (
        "Acme Corporation filed a lawsuit against Globex on Monday. "
        "\u201cWe trust the Globex board will see reason.\u201d "
        "Globex rejected every claim in a long memo."
    )
    found = flags(text, "en", gazetteer, "2025-03-12")
    assert [(k, f[-1]) for k, *f in found] == [("legal", False), ("statement", True), ("other", True)]
    found = flags("Le maire a porté plainte mardi. « Nous irons jusqu'au bout, pour les habitants de Lyon. »", "fr", gazetteer)
    assert [(k, f[-1]) for k, *f in found] == [("legal", False), ("statement", True)]


@pytest.mark.parametrize(
    "text, lang, definite",
    [
        ("Acme and Globex signed an agreement on Monday. The agreement sets prices for two years.", "en", [False, True]),
        ("Les deux présidents se sont rencontrés lundi à Genève. Le sommet a duré quatre heures.", "fr", [False, True]),
        ("Une grève a éclaté lundi. La longue grève a paralysé les trains.", "fr", [False, True]),
        ("Une grève a éclaté lundi. Une autre grève a paralysé les trains.", "fr", [False, False]),  # new, not given
        ("Acme signed an agreement on Monday. Globex then signed the agreement too.", "en", [False, False]),  # not its subject
    ],
)
def test_a_definite_event_noun_opening_its_sentence_is_given(text, lang, definite, gazetteer):
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), lang, [(0, len(text))])
    found = find_happenings(text, split_sentences(text), timexes, find_mentions(text, [(0, len(text))], gazetteer), lang)
    assert [h.definite for h in found] == definite
    assert all(h.weak for h in found if h.definite)  # still an event only if dated or joined


def test_a_sentence_with_a_day_part_and_its_clock_time_is_one_happening_at_the_finer_date(gazetteer):
    found = flags("Dans l'après-midi, le skipper a dû rebrousser chemin vers 16 h 45 après deux chocs.", "fr", gazetteer, "2012-11-10")
    assert [(k, d) for k, d, *_ in found] == [("other", "2012-11-10T16:45")]


@pytest.mark.parametrize(
    "text, lang, kinds",
    [
        ("In the late 1980s the firm added sound recording to its computers.", "en", ["economy"]),  # a product's
        ("In the late 1980s the firm added a night shift to its factory.", "en", ["other"]),
        ("The bank reported a loss of 3 billion dollars on Tuesday.", "en", ["economy"]),
        ("Le groupe a ajouté une clause au contrat.", "fr", ["agreement"]),  # the kind of what was added
        ('"We will win," he added.', "en", ["statement"]),
        ("The minister added that the plan was dead.", "en", ["statement"]),
        ("« Nous gagnerons », a ajouté le ministre.", "fr", ["statement"]),
    ],
)
def test_added_or_reported_say_only_with_what_was_said_else_they_tell_a_doing(text, lang, kinds, gazetteer):
    assert [k for k, *_ in flags(text, lang, gazetteer)] == kinds


def test_a_headline_of_a_bare_noun_takes_its_clause_or_its_sentence_without_its_dates(gazetteer):
    found = tell("The shop added a bakery in 1980, prompting the council to file suit again in 1989.", "en", gazetteer, "2006-03-28")
    legal = [f for f in found if f[0] == "legal"]
    assert legal and legal[0][4] == "prompting the council to file suit again"
    (first,) = [f for f in tell("The first lawsuit was settled out of court in 1981, with the firm paying.", "en", gazetteer) if f[0] == "legal"]
    assert first[4].startswith("The first lawsuit was settled out of court") and "1981" not in first[4]


def test_a_headline_drops_every_date_phrase_of_its_sentence_and_the_punctuation_they_leave(gazetteer):
    found = tell("Dans l'après-midi, le skipper a dû rebrousser chemin vers 16 h 45 après deux chocs.", "fr", gazetteer, "2012-11-10")
    assert found[0][4] == "le skipper a dû rebrousser chemin après deux chocs"


def test_one_date_told_many_times_in_a_sentence_leaves_the_headline_once_each(gazetteer):
    # every telling of the date and its preposition goes, however many there are (a bisection)
    text = "Le 3 mars 2024, la tour du port, le 3 mars 2024, le vieux phare, le 3 mars 2024, fut repeinte en rouge."
    found = tell(text, "fr", gazetteer, "2024-03-10")
    assert [(k, d) for k, d, *_ in found] == [("other", "2024-03-03")]
    # (the commas around the last date, between the subject and its verb, go with it)
    assert found[0][4] == "la tour du port, le vieux phare fut repeinte en rouge"


@pytest.mark.parametrize(
    "text, lang, headline",
    [
        ("Lors de la deuxième partie des années 1970, il fut animateur d'une émission de radio.", "fr", "il fut animateur d'une émission de radio"),
        ("Au cours de l'été 2004, la coopérative a racheté son voisin.", "fr", "la coopérative a racheté son voisin"),
        ("Paul Durand, jeune boulanger au printemps 1995, a rejoint la ville.", "fr", "Paul Durand, jeune boulanger, a rejoint la ville"),
        ("À partir du 1er janvier 2013, la redevance a été relevée par la mairie.", "fr", "la redevance a été relevée par la mairie"),
        ("As of March 2008, the cooperative had sold ten thousand bikes.", "en", "the cooperative had sold ten thousand bikes"),
    ],
)
def test_a_headline_drops_the_whole_preposition_before_its_date(text, lang, headline, gazetteer):
    # "Lors de, il fut …", "jeune boulanger à, se souvient": a date cut out without its
    # preposition leaves it dangling
    assert any(found[4] == headline for found in tell(text, lang, gazetteer, "2012-07-03"))


def test_a_date_after_an_elided_word_stays_in_the_headline(gazetteer):
    (found,) = [f for f in tell("Les marins n'ont été libérés qu'en janvier 1981, après une longue attente.", "fr", gazetteer, "2012-07-03") if f[1]]
    assert found[4].startswith("Les marins n'ont été libérés qu'en janvier 1981")


def test_a_dated_english_sentence_with_no_known_predicate_tells_a_happening_only_in_a_past_tense(gazetteer):
    assert flags("In 2004 the market share of the firm is up by a third.", "en", gazetteer) == []
    assert [k for k, *_ in flags("In 2004 the market share of the firm grew by a third.", "en", gazetteer)] == ["other"]
    assert [k for k, *_ in flags("In 2004 the team moved to a bigger stadium.", "en", gazetteer)] == ["other"]
    assert flags("In 2004 the team plays in a bigger stadium.", "en", gazetteer) == []


def test_an_event_named_as_a_name_gives_its_kind_to_a_sentence_with_no_known_predicate(gazetteer):
    found = flags("Le premier Forum mondial des mers s'ouvre ce lundi 2 juillet à Brest.", "fr", gazetteer, "2012-07-02")
    assert [(k, d) for k, d, *_ in found] == [("meeting", "2012-07-02")]


def test_by_phone_is_how_something_was_said_not_a_call(gazetteer):
    found = flags("Le skipper Paul Martin a indiqué par téléphone que tout allait bien.", "fr", gazetteer)
    assert [k for k, *_ in found] == ["statement"]
    found = flags("The minister Paul Martin said by phone that the firm was sold.", "en", gazetteer)
    assert "call" not in [k for k, *_ in found] and "statement" in [k for k, *_ in found]


def test_an_event_noun_subject_of_its_own_kind_s_verb_is_that_verb_s_happening(gazetteer):
    assert [k for k, *_ in flags("Un accord a été finalement signé mardi.", "fr", gazetteer)] == ["agreement"]
    assert [k for k, *_ in flags("The deal was signed on Monday.", "en", gazetteer)] == ["agreement"]
    # a noun in another phrase, before a comma, is its own telling
    found = tell("In a press conference on Friday, the minister said that prices would fall.", "en", gazetteer)
    assert [(k, trigger) for k, _d, _r, trigger, *_ in found] == [("statement", "press conference")]


@pytest.mark.parametrize(
    "text, lang, kind",
    [
        ("Le parti a remporté dimanche l'élection législative.", "fr", "election"),
        ("La joueuse a remporté samedi le tournoi de Wimbledon.", "fr", "other"),
        ("The party won the referendum on Sunday.", "en", "election"),
        ("The club won the cup final on Saturday.", "en", "other"),
    ],
)
def test_winning_is_of_the_kind_of_what_was_won(text, lang, kind, gazetteer):
    assert [k for k, *_ in flags(text, lang, gazetteer)][:1] == [kind]


def test_an_apostrophe_is_no_quotation(gazetteer):
    text = "Lors de la réunion de lundi, Claire Morel a annoncé que l'usine fermerait."
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), "fr", [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    said = [h for h in find_happenings(text, split_sentences(text), timexes, mentions, "fr") if h.kind == "statement"]
    assert said and all(h.clause_start > 0 for h in said)  # its clause, not the whole sentence


def test_no_additive_word_is_no_other_happening(gazetteer):
    assert [another for _k, _d, another, *_ in flags("Le ministre a annoncé une hausse des salaires.", "fr", gazetteer)] == [False]
    assert [another for _k, _d, another, *_ in flags("The bank announced a rise in its rates.", "en", gazetteer)] == [False]


@pytest.mark.parametrize(
    "text, lang, kinds",
    [
        ("La société Tarvix a dévoilé mardi sa nouvelle tablette.", "fr", ["economy"]),
        ("Globex announced on Monday a cheaper model of its electric cars.", "en", ["economy"]),
        ("The group added night vision to its cameras and phones on Monday.", "en", ["economy"]),
        ("Globex announced on Monday that its phones would be cheaper.", "en", ["statement"]),
        ("La ministre a annoncé mardi un plan pour les écoles.", "fr", ["statement"]),
    ],
)
def test_a_verb_of_showing_a_product_tells_a_launch_not_a_statement(text, lang, kinds, gazetteer):
    assert [k for k, *_ in flags(text, lang, gazetteer)] == kinds


@pytest.mark.parametrize(
    "text, lang, kind",
    [
        ("Le départ de la course a été donné dimanche à Brest.", "fr", "other"),
        ("Son départ de la présidence du groupe a eu lieu lundi.", "fr", "appointment"),
        ("His departure from the board took place on Monday.", "en", "appointment"),
        ("Paul Morel a été nommé le 3 mars ministre de la Santé.", "fr", "appointment"),
        ("Paul Morel a été nommé lundi ministre de la Santé.", "fr", "appointment"),
        ("La particule, nommée le boson Z, a été découverte en 1983.", "fr", "other"),
        # (undated, "named after a poet" tells nothing: test_happenings_nosense.py)
        ("La comète a été baptisée la Voyageuse en 1990.", "fr", "other"),
    ],
)
def test_a_word_of_two_senses_keeps_its_kind_only_in_the_sense_of_it(text, lang, kind, gazetteer):
    assert kind in [k for k, *_ in flags(text, lang, gazetteer)]


def test_the_sense_refused_keeps_no_kind_of_it(gazetteer):
    kinds = [k for k, *_ in flags("La particule, nommée le boson Z, a été découverte en 1983.", "fr", gazetteer)]
    assert "appointment" not in kinds
    assert "appointment" not in [k for k, *_ in flags("Le départ de la course a été donné dimanche à Brest.", "fr", gazetteer)]


def test_revised_downwards_is_how_not_a_fall(gazetteer):
    kinds = [k for k, *_ in flags("Le ministre a revu mardi à la baisse les prévisions de croissance.", "fr", gazetteer)]
    assert "economy" not in kinds
    assert "economy" in [k for k, *_ in flags("La baisse des prix a eu lieu mardi.", "fr", gazetteer)]


@pytest.mark.parametrize(
    "text, lang, kind",
    [
        ("Le skipper annonce mardi son abandon.", "fr", "other"),
        ("Le ministre a annoncé lundi sa démission.", "fr", "appointment"),
        ("The senator announced her resignation on Monday.", "en", "appointment"),
    ],
)
def test_announcing_one_s_own_act_is_that_act(text, lang, kind, gazetteer):
    assert [k for k, *_ in flags(text, lang, gazetteer)][:1] == [kind]


def test_announcing_that_one_did_is_a_statement_beside_it(gazetteer):
    kinds = [k for k, *_ in flags("Senator Mary Smith announced on Monday that she had resigned.", "en", gazetteer)]
    assert kinds == ["statement", "appointment"]


def test_a_collision_is_a_disaster(gazetteer):
    assert [k for k, *_ in flags("Le voilier a heurté lundi un cargo au large de Brest.", "fr", gazetteer)] == ["disaster"]
    assert [k for k, *_ in flags("Two ships collided on Monday off Dover.", "en", gazetteer)] == ["disaster"]


def test_a_capitalised_event_noun_ending_a_name_is_no_happening_of_its_own(gazetteer):
    text = "Paul Morel gave the opening keynote to the Global Robotics Summit at Lyon on Monday."
    assert [k for k, *_ in flags(text, "en", gazetteer)] == ["statement"]
    assert "meeting" in [k for k, *_ in flags("The leaders held a summit at Lyon on Monday.", "en", gazetteer)]


def test_a_phrase_opening_the_sentence_finds_its_participants_in_the_subject_of_the_clause_it_opens(gazetteer):
    text = "In a press conference on Friday, Paul Morel said that the phones would be free."
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), "en", [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, "en")
    conference = next(h for h in found if text[h.trigger_start : h.trigger_end] == "press conference")
    assert any("Paul Morel" in text[lo:hi] for lo, hi in conference.scope)


# -- tense and mood (detection) ---------------------------------------------------------------


def happened(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    """(kind, trigger, date value or None) of the happenings that are events of their own (not weak)."""
    return [(k, trigger, d) for k, d, _r, trigger, _h, weak, _b in tell(text, lang, gazetteer, dct) if not weak]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le ministre a cependant promis une réforme.", [("statement", "promis", None)]),
        ("L'assemblée a donc voté la loi.", [("election", "voté", None)]),
        ("La ministre a pour sa part ajouté : « Nous avons fini. »", [("statement", "ajouté", None)]),
    ],
)
def test_an_adverb_or_an_aside_between_the_auxiliary_and_its_participle_keeps_the_compound_past(text, expected, gazetteer):
    assert happened(text, "fr", gazetteer) == expected


def test_a_french_present_in_que_or_an_imperfect_is_no_participle(gazetteer):
    assert happened("« C'est une bonne nouvelle » indique le porte-parole.", "fr", gazetteer) == [("statement", "indique", None)]
    # A conditional tells what might be, not what was said.
    assert happened("Une nouvelle taxe rapporterait deux milliards.", "fr", gazetteer) == []


def test_a_reflexive_verb_is_finite_not_a_participle(gazetteer):
    assert happened("La championne se plaint de l'arbitrage.", "fr", gazetteer) == [("statement", "plaint", None)]


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Paul Durand vient d'annoncer une hausse des impôts.", "fr", [("statement", "annoncer", None)]),
        ("Le contrat vient d'être signé par les deux clubs.", "fr", [("agreement", "signé", None)]),
        ("Les deux présidents ont finalement pu rencontrer le pape.", "fr", [("meeting", "rencontrer", None)]),
        ("Les syndicats ont réussi à rencontrer le ministre.", "fr", [("meeting", "rencontrer", None)]),
        ("Cheap phones managed to outsell the market leader.", "en", [("economy", "outsell", None)]),
        # (not an implicative: wanting or trying to do it is not doing it)
        ("Les syndicats ont voulu rencontrer le ministre.", "fr", []),
        ("Cheap phones tried to outsell the market leader.", "en", []),
    ],
)
def test_a_recent_past_or_an_implicative_verb_tells_its_infinitive_happened(text, lang, expected, gazetteer):
    assert happened(text, lang, gazetteer) == expected


def test_a_present_participle_right_after_a_noun_describes_it_but_one_after_a_comma_tells_a_deed(gazetteer):
    assert happened("Une théorie expliquant la matière circule.", "fr", gazetteer) == []
    found = happened("L'Ukraine a accepté l'offre, appelant Moscou à répondre.", "fr", gazetteer)
    assert [k for k, *_ in found] == ["agreement", "demand"]
    assert happened("They sold a device running a new system.", "en", gazetteer) == [("economy", "sold", None)]


@pytest.mark.parametrize(
    "text",
    [
        "The shop, which sells music, is popular.",  # a habit
        "The small model is priced at ten dollars.",  # a state
        "The new chips are said to be twice as fast.",  # hearsay
        "The update cut the number of dropped calls.",  # "dropped": an adjective ("cut" counts)
    ],
)
def test_an_english_simple_present_hearsay_or_an_adjective_in_ed_tells_no_happening(text, gazetteer):
    assert [trigger for _k, trigger, _d in happened(text, "en", gazetteer)] in ([], ["cut"])


def test_a_headline_in_the_simple_present_still_tells_a_happening(gazetteer):
    text = "Beatles label sues computer maker\nThe label filed a lawsuit."
    kinds = [(k, title) for k, _d, _a, title, *_ in flags(text, "en", gazetteer, title_end=text.index("\n"))]
    assert kinds == [("legal", True), ("legal", False)]


def test_a_date_ending_a_state_dates_nothing(gazetteer):
    # (a ban by a judge or a court is legal: tests/unit/test_event_detection_kinds.py)
    assert happened("A judge barred him from working until April 2026.", "en", gazetteer) == [("legal", "barred", None)]
    assert happened("Le tribunal a interdit la vente jusqu'en 2030.", "fr", gazetteer) == [("legal", "interdit", None)]
    # A deadline is not when the promise was made.
    assert happened("Paul Durand a promis de rendre le pouvoir avant le 30 juin.", "fr", gazetteer) == [("statement", "promis", None)]
    # A sentence telling nothing the lexicon knows, dated only by where a period starts, is a state.
    assert tell("Cette particule est la première trouvée depuis 1994.", "fr", gazetteer) == []
    assert [k for k, *_ in tell("Cette particule a été trouvée en 1994.", "fr", gazetteer)] == ["other"]


def test_a_date_in_what_was_said_does_not_date_the_saying(gazetteer):
    # (before: "tomorrow" dated the saying, which a date after the article made a plan)
    found = happened("Staff at the stores said that buyers should come back tomorrow.", "en", gazetteer)
    assert found == [("statement", "said", None)]
    found = happened("Staff at the stores said on Monday that buyers should come back tomorrow.", "en", gazetteer)
    assert found == [("statement", "said", "2025-03-10")]


def test_a_folded_word_is_no_participle_written_with_an_accent(gazetteer):
    # "sommé" (summoned) folds to "somme" (a sum)
    # (what was done, "versée", is a happening of its own, of no demand)
    assert [t for _k, _d, _r, t, *_ in tell("La somme de deux milliards a été versée.", "fr", gazetteer)] == ["versée"]
    assert [k for k, *_ in happened("Le juge a sommé la société de payer.", "fr", gazetteer)] == ["demand"]


def test_a_statement_made_at_a_press_conference_is_no_report_by_the_press(gazetteer):
    found = happened("Il a précisé en conférence de presse : « La quille est cassée. »", "fr", gazetteer)
    assert found == [("statement", "précisé", None)]
    # (the agency reporting is still no statement of its own)
    assert happened("« La quille est cassée », a précisé l'agence de presse.", "fr", gazetteer) == []


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        ("Some observers have suggested that the deal could fail.", "en", []),
        ("People claim that the screen is too small.", "en", []),
        ("Certains estiment que la réforme est injuste.", "fr", []),
        # An unnamed medium claiming is a report ("said the newspaper" is no event either).
        ("The sources claimed that the manager was pushed out.", "en", []),
        # (the words of a quote before the verb are not its subject)
        ("« Beaucoup de questions restent », ajoute Paul Durand.", "fr", [("statement", "ajoute", None)]),
    ],
)
def test_a_generic_speaker_makes_no_statement(text, lang, expected, gazetteer):
    assert happened(text, lang, gazetteer) == expected


def test_a_dated_participle_of_saying_is_its_own_statement_not_the_sentences_reported_date(gazetteer):
    found = tell("Les baisses d'impôts annoncées en janvier par le gouvernement sont appliquées.", "fr", gazetteer)
    assert [(k, d, r) for k, d, r, trigger, *_ in found if trigger == "annoncées"] == [("statement", "2025-01", None)]
    assert all(r is None for _k, _d, r, *_ in found)


@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A passive saying verb tells the announcement itself, no one's words.
        # (a product announced so is a launch: tests/unit/test_event_detection_kinds.py)
        ("A new partnership was also announced at the show.", "en", [("statement", "announced")]),
        ("Une nouvelle stratégie a été annoncée au salon.", "fr", [("statement", "annoncée")]),
        # (an impersonal one is still a report: no event of its own)
        ("It was reported that the plant had closed.", "en", []),
    ],
)
def test_a_passive_saying_verb_is_the_announcement_happening(text, lang, expected, gazetteer):
    assert [(k, trigger) for k, trigger, _d in happened(text, lang, gazetteer) if k == "statement" or not expected] == expected


def test_deciding_takes_the_kind_of_what_was_decided(gazetteer):
    assert happened("The label has decided to take the case to the court of appeal.", "en", gazetteer) == [("legal", "decided", None)]
    assert happened("Le club a décidé la fermeture du stade.", "fr", gazetteer) == [("economy", "décidé", None)]


def test_claiming_victory_is_a_statement(gazetteer):
    assert happened("Les deux camps revendiquent la victoire.", "fr", gazetteer) == [("statement", "revendiquent", None)]


def test_a_verb_in_an_indirect_question_or_a_condition_did_not_happen(gazetteer):
    found = happened("The firm did not say whether he decided to leave.", "en", gazetteer)
    assert found == []
    assert happened("Le ministre ignore si elle a signé le contrat.", "fr", gazetteer) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Une telle stratégie exige des moyens.", []),
        ("La langue de la rue rassemble des mots de trois langues.", []),
        ("Paul Durand exige des excuses.", [("demand", "exige", None)]),
        ("Il exige des excuses.", [("demand", "exige", None)]),
    ],
)
def test_a_french_present_with_no_one_named_as_its_subject_is_a_general_truth(text, expected, gazetteer):
    assert happened(text, "fr", gazetteer) == expected


def test_an_undated_statement_of_a_speaker_dated_before_takes_that_day(gazetteer):
    text = (
        "Paul Durand said on Friday that the phones would be free. The cases cost ten dollars. "
        "Paul Durand also said that buyers would get a refund. The group said that it was a good step."
    )
    found = [(k, trigger, d) for k, d, _r, trigger, *_ in tell(text, "en", gazetteer) if k == "statement"]
    # (one occasion for Paul Durand; the group, who spoke of no day, keeps the article's)
    assert found == [("statement", "said", "2025-03-07"), ("statement", "said", "2025-03-07"), ("statement", "said", None)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Le président signa le traité de paix.", [("agreement", "signa", None)]),
        ("Les deux ministres se rencontrèrent puis signèrent un accord.", [("meeting", "rencontrèrent", None), ("agreement", "signèrent", None)]),
        ("Le club limogea son entraîneur.", [("appointment", "limogea", None)]),
        # (a short stem's "-a" form would read as another word: "visa" is no "visé")
        ("Il attendait un visa pour le Canada.", []),
    ],
)
def test_a_french_simple_past_tells_a_happening(text, expected, gazetteer):
    assert happened(text, "fr", gazetteer) == expected


# -- clause granularity: one clause per happening ---------------------------------------------


def clauses(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    """(trigger, clause text, scope texts) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [(text[h.trigger_start : h.trigger_end], text[h.clause_start : h.clause_end], [text[a:b] for a, b in h.scope]) for h in found]


@pytest.mark.parametrize(
    "text, lang, trigger, clause",
    [
        # ", and" and a verb of its own: the first clause is another happening (no predicate known).
        ("The shop was opened by Anna Berg in 1990, and launched a website in 2001.", "en", "launched", "and launched a website in 2001."),
        ("The union was angry with the board, but signed an agreement in May.", "en", "signed", "but signed an agreement in May."),
        ("La boutique a été ouverte par Anna Berg en 1990, et a lancé un site en 2001.", "fr", "lancé", "et a lancé un site en 2001."),
        # "and" right before a past verb, no comma.
        ("The blog bought a stolen prototype and published photos of it.", "en", "published", "and published photos of it."),
    ],
)
def test_a_verb_joined_by_and_tells_its_own_clause(text, lang, trigger, clause, gazetteer):
    told = {t: c for t, c, _s in clauses(text, lang, gazetteer)}
    assert told[trigger] == clause


def test_a_clause_after_after_is_an_earlier_happening_of_its_own(gazetteer):
    told = clauses("The resignation came after the firm received criticism for its new engine.", "en", gazetteer)
    assert [c for t, c, _s in told if t == "criticism"] == ["the firm received criticism for its new engine."]
    told = clauses("Les pays voisins ont imposé des sanctions à la suite de son invasion du pays.", "fr", gazetteer)
    by_trigger = {t: c for t, c, _s in told}
    assert by_trigger["imposé"] == "Les pays voisins ont imposé des sanctions"


def test_a_clause_without_its_own_subject_shares_the_subject_before_it(gazetteer):
    told = clauses("Northwind Traders was founded by Anna Berg in 1990, and opened a store in Oslo in 2001.", "en", gazetteer)
    scope = next(s for t, _c, s in told if t == "opened")
    assert any("Northwind Traders" in part for part in scope)
    assert not any("Anna Berg" in part for part in scope)  # the agent of the verb before is not its subject


def test_names_joined_by_and_do_not_cut_the_clause(gazetteer):
    told = clauses("Anna Berg and Paul Morel signed an agreement in Oslo.", "en", gazetteer)
    assert [c for t, c, _s in told if t == "signed"] == ["Anna Berg and Paul Morel signed an agreement in Oslo."]


@pytest.mark.parametrize(
    "text, lang, first, second",
    [
        ("Anna Berg announced a new bank, and that two stores will open.", "en",
         "Anna Berg announced a new bank", "and that two stores will open."),
        ("Anna Berg announced a new bank, and, to the surprise of many, that two stores will open.", "en",
         "Anna Berg announced a new bank", "and, to the surprise of many, that two stores will open."),
        ("Northwind Traders introduced a new phone as well as a new music store.", "en",
         "Northwind Traders introduced a new phone", "as well as a new music store."),
    ],
)
def test_a_second_thing_told_under_one_verb_is_a_telling_of_its_own(text, lang, first, second, gazetteer):
    told = clauses(text, lang, gazetteer)
    assert [c for _t, c, _s in told] == [first, second]
    assert told[0][0] == told[1][0]  # both told by the same verb
    assert any("Northwind Traders" in part or "Anna Berg" in part for part in told[1][2])  # its subject shared


def test_a_second_thing_has_a_headline_of_its_own(gazetteer):
    found = tell("Anna Berg announced a new bank, and that two stores will open.", "en", gazetteer)
    assert [h for *_, h, _w, _b in found] == ["Anna Berg announced a new bank", "Anna Berg announced that two stores will open"]


def test_that_clauses_joined_without_a_comma_stay_one_telling(gazetteer):
    told = clauses("Anna Berg announced that two stores will open and that prices will fall.", "en", gazetteer)
    assert len([t for t, _c, _s in told if t == "announced"]) <= 1


def test_a_dated_event_noun_deep_in_what_was_said_has_its_own_clause(gazetteer):
    told = clauses("The union claims that the new plant breaks an agreement made between both sides in 2004.", "en", gazetteer)
    assert [c for t, c, _s in told if t == "agreement"] == ["an agreement made between both sides in 2004."]
    # Undated, it stays a part of what was said: its clause is the words after "that".
    told = clauses("The union claims that the new plant breaks an agreement with the workers.", "en", gazetteer)
    assert all(c.startswith("that") for t, c, _s in told if t == "agreement")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("La porte de la chapelle, datant du XIIe siècle, a été repeinte.", "fr"),
        ("En 2011, le prix moyen du lait était de 12 euros.", "fr"),
        ("Cette vaste collection est le fruit de la passion d'un couple pour la peinture du XIXe siècle.", "fr"),
        ("D'autres concerts sont prévus les 4, 5 et 6 août.", "fr"),
        ("La ministre se rendra demain à Lyon pour saluer les pompiers.", "fr"),
        ("In 2011 the average price of milk was 12 dollars.", "en"),
        ("More visitors are expected on Thursday in the park.", "en"),
    ],
)
def test_a_dated_state_plan_future_or_age_with_no_known_predicate_is_no_happening(text, lang, gazetteer):
    assert flags(text, lang, gazetteer, "2012-08-01") == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("C'est la société Martin de Lyon qui a fabriqué la statue en 2010.", "fr"),
        ("It was a turning point: the first train arrived in the valley on 3 May 2008.", "en"),
        ("The index has fallen by 3% since the opening, while the other one was 2% lower on 3 May 2008.", "en"),
        ("C'est l'aboutissement d'une des résolutions du Sommet des chefs d'État de Genève en 2010.", "fr"),
    ],
)
def test_a_copula_beside_an_act_or_a_named_event_keeps_the_happening(text, lang, gazetteer):
    assert [date for _k, date, *_ in flags(text, lang, gazetteer, "2012-08-01")] in (["2010"], ["2008-05-03"])


@pytest.mark.parametrize(
    "cut, headline",
    [
        ("un incendie de grande ampleur suite à", "un incendie de grande ampleur"),
        ("a appelé à la formation d'une commission d'", "a appelé à la formation d'une commission"),
        ("the sales of the firm for the month of", "the sales of the firm for the month"),
        ("The board approved Plan A", "The board approved Plan A"),  # a name ends it
        ("rapport à la", "rapport à la"),  # three words or fewer stay as they are
    ],
)
def test_a_headline_does_not_end_on_a_dangling_preposition_article_or_elided_word(cut, headline):
    from tui.extract.happenings.headlines import _shorten

    assert _shorten(cut) == headline


def test_a_date_after_d_ici_is_a_deadline_not_when_it_happened(gazetteer):
    found = tell("La maire a promis mardi de réduire la dette de la ville d'ici 2025.", "fr", gazetteer, "2012-08-01")
    assert [d for _k, d, *_ in found] == ["2012-07-31"]
    assert all(d != "2025" for _k, d, *_ in tell("La maire avait promis de réduire la dette d'ici 2025.", "fr", gazetteer, "2012-08-01"))
    assert all(d != "2025" for _k, d, *_ in tell("Le maire a promis de réduire la dette à l'horizon 2025.", "fr", gazetteer, "2012-08-01"))
