"""What a timeline row reads (its headline) and which clauses become rows at all, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def tell(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    """(kind, date value or None, trigger, headline, weak) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [
        (h.kind, timexes[h.timex].value if h.timex >= 0 else None, text[h.trigger_start : h.trigger_end], h.headline, h.weak)
        for h in found
    ]


# -- a headline is never cut inside a date ----------------------------------------------------


def test_two_days_joined_by_et_leave_the_headline_together(gazetteer):
    found = tell("Le vote des législatives, les 8 et 9 avril, a été très suivi.", "fr", gazetteer, "2024-04-20")
    headline = found[0][3]
    assert "les" not in headline.split() and "et" not in headline.split() and "9" not in headline


def test_a_day_the_tagger_left_out_of_a_second_date_goes_with_the_first(gazetteer):
    found = tell("The two ministers met in Lisbon on May 4 and 5.", "en", gazetteer, "2024-05-20")
    assert found[0][3] == "The two ministers met in Lisbon"


def test_a_number_joined_to_something_else_than_a_date_stays(gazetteer):
    found = tell("The shop sold 3 and 4 bikes on May 4.", "en", gazetteer, "2024-05-20")
    assert found[0][3] == "The shop sold 3 and 4 bikes"


def test_a_date_set_off_by_commas_before_the_verb_takes_its_commas(gazetteer):
    found = tell("Le conseil municipal, le 2 février, a voté le budget.", "fr", gazetteer, "2024-02-10")
    assert found[0][3] == "Le conseil municipal a voté le budget"


# -- adjective event nouns ----------------------------------------------------------------------


def test_an_event_noun_right_after_another_is_its_adjective_not_a_second_row(gazetteer):
    found = tell("Le premier tour de l'élection présidentielle, le 5 mai, a été calme.", "fr", gazetteer, "2024-05-10")
    assert [(k, d, t) for k, d, t, *_ in found] == [("election", "2024-05-05", "élection")]


# -- a headline stands alone ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang, headlines",
    [
        ("Le syndicat a, pour sa part, dénoncé la réforme le 4 juin. Cependant, le maire a démissionné le 5 juin.", "fr",
         ["Le syndicat a dénoncé la réforme", "le maire a démissionné"]),
        ("The union, however, called a strike on June 4.", "en", ["The union called a strike"]),
    ],
)
def test_links_to_the_sentences_around_are_left_out_of_a_headline_with_their_commas(text, lang, headlines, gazetteer):
    assert [h for _, _, _, h, _ in tell(text, lang, gazetteer, "2024-06-10")] == headlines


def test_a_gerund_making_an_event_noun_happen_is_headlined_by_the_noun(gazetteer):
    text = "Il avait rapproché les deux pays, en menant des négociations discrètes en 2019 à Genève avec ce voisin."
    found = tell(text, "fr", gazetteer, "2024-06-10")
    headline = next(h for k, _, t, h, _ in found if t == "négociations")
    assert headline.startswith("des négociations discrètes")


def test_a_headline_stops_where_a_circumstance_opens_after_the_trigger(gazetteer):
    found = tell("Le ministre a rencontré les grévistes le 4 juin malgré l'opposition de son parti.", "fr", gazetteer, "2024-06-10")
    assert found[0][3] == "Le ministre a rencontré les grévistes"
    found = tell("The mayor met the strikers on June 4 while the talks went on.", "en", gazetteer, "2024-06-10")
    assert found[0][3] == "The mayor met the strikers"


# -- which clauses become rows --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le colloque vise à relancer le dialogue entre les chercheurs, après la crise survenue en mars 2023.", "fr"),
        ("La conférence a pour objectif de préparer les négociations de 2024.", "fr"),
        ("The forum aims to restart talks between the regions in 2023.", "en"),
        ("The conference is designed to prepare the 2024 negotiations.", "en"),
    ],
)
def test_an_event_noun_before_or_after_a_verb_of_aim_is_no_row(text, lang, gazetteer):
    assert [(k, t) for k, _, t, _, _ in tell(text, lang, gazetteer, "2024-06-10") if k in ("meeting", "statement")] == []


def test_an_event_that_took_place_before_its_aim_is_still_told(gazetteer):
    found = tell("Le colloque s'est tenu le 3 mars et vise à relancer le dialogue.", "fr", gazetteer, "2024-06-10")
    assert [(k, d) for k, d, *_ in found] == [("meeting", "2024-03-03")]


@pytest.mark.parametrize(
    "text, lang, headline",
    [
        ("Quelques centaines de pêcheurs en colère ont défilé à Brest le 3 mars.", "fr", "Quelques centaines de pêcheurs en colère ont défilé à Brest"),
        ("Dozens of angry fishermen and their families marched in Leeds on March 3.", "en", "Dozens of angry fishermen and their families marched in Leeds"),
    ],
)
def test_a_quantity_opening_a_sentence_is_no_name_in_its_headline(text, lang, headline, gazetteer):
    assert tell(text, lang, gazetteer, "2024-06-10")[0][3] == headline


@pytest.mark.parametrize(
    "text, lang, kinds",
    [
        ("Le 3 mars, le chanteur a sombré dans le coma. Le 4 mars, un chalutier a sombré au large de Brest.", "fr", ["other", "disaster"]),
        ("On March 3, the singer sank into a coma. On March 4, a trawler sank off the coast of Cornwall.", "en", ["other", "disaster"]),
    ],
)
def test_sinking_into_a_state_is_no_shipwreck(text, lang, kinds, gazetteer):
    assert [k for k, *_ in tell(text, lang, gazetteer, "2024-06-10")] == kinds


def test_a_date_set_off_by_commas_before_an_infinitive_takes_its_commas_and_empty_brackets_go(gazetteer):
    found = tell("Le conseil a décidé, jeudi 16 mai 2024, d'accorder une aide aux pêcheurs.", "fr", gazetteer, "2024-05-20")
    assert found[0][3] == "Le conseil a décidé d'accorder une aide aux pêcheurs"
    found = tell("Le 3 mars, l'éboulement a bloqué la route (vers 3 h 25) dans la vallée.", "fr", gazetteer, "2024-05-20")
    assert "(" not in found[0][3]


def test_a_headline_cut_at_a_circumstance_keeps_enough_words(gazetteer):
    found = tell("La maternité a été fermée en 2009, malgré les mises en garde des médecins.", "fr", gazetteer, "2012-05-20")
    assert found[0][3].startswith("La maternité a été fermée") and len(found[0][3].split()) >= 4


@pytest.mark.parametrize(
    "text, lang, told",
    [
        ("Le 3 mars, la mairie a reçu des menaces de mort.", "fr", [("demand", "menaces")]),
        ("On March 3, the mayor received threats of violence.", "en", [("demand", "threats")]),
        ("Le 4 mars, le président a reçu son homologue tunisien.", "fr", [("meeting", "reçu")]),
    ],
)
def test_receiving_an_event_is_undergoing_it_and_its_complement_is_no_event(text, lang, told, gazetteer):
    assert [(k, t) for k, _, t, _, _ in tell(text, lang, gazetteer, "2024-06-10")] == told


def test_a_product_described_in_the_simple_present_is_no_launch(gazetteer):
    found = tell("According to Initech, the update adds over 40 new features to the phone.", "en", gazetteer, "2024-06-10")
    assert [k for k, *_ in found if k == "economy"] == []


def test_a_thing_given_its_name_after_the_verb_acting_on_it_is_no_appointment(gazetteer):
    found = tell("On May 4, the engineers demonstrated a search tool named Quick Finder.", "en", gazetteer, "2024-06-10")
    assert "appointment" not in [k for k, *_ in found]
    found = tell("On May 3, the board named Paul Morel chairman.", "en", gazetteer, "2024-06-10")
    assert [k for k, *_ in found] == ["appointment"]


def test_a_word_spelt_like_a_participle_of_saying_after_an_article_is_a_noun(gazetteer):
    found = tell("Le 3 mars, la police a évacué la cité des artistes. Le 4 mars, le ministre l'a cité devant les députés.", "fr", gazetteer, "2024-06-10")
    # (the first sentence's verb is one the lexicon does not know: told by its compound past)
    assert [t for _, _, t, _, _ in found] == ["évacué", "cité"]


@pytest.mark.parametrize(
    "text, lang, rows",
    [
        ("Le 3 mars, on a appris que la chapelle est fermée depuis plusieurs décennies.", "fr", 0),
        ("Le site est fermé depuis 2009.", "fr", 1),
    ],
)
def test_a_present_lasting_for_a_length_of_time_is_a_state(text, lang, rows, gazetteer):
    assert len([k for k, *_ in tell(text, lang, gazetteer, "2024-06-10") if k == "economy"]) == rows


def test_a_person_saying_something_in_a_relative_clause_makes_a_statement_headlined_by_their_name(gazetteer):
    text = "Le 3 mars, le maire Paul Morel a rencontré Jeanne Roux, la présidente du syndicat, qui a déclaré aux journalistes que la grève continuait."
    found = tell(text, "fr", gazetteer, "2024-06-10")
    said = [h for k, _, t, h, _ in found if t == "déclaré"]
    assert said and said[0].startswith("Jeanne Roux a déclaré")


def test_a_relative_clause_after_the_complement_of_a_noun_is_not_the_persons(gazetteer):
    text = "Le 3 mars, le maire a rencontré les lecteurs du journal de Jeanne Roux, qui a déclaré que la grève continuait."
    found = tell(text, "fr", gazetteer, "2024-06-10")
    assert not any(h.startswith("Jeanne Roux a déclaré") for _, _, _, h, _ in found)


def test_a_second_speaker_after_a_semicolon_makes_a_second_statement_headlined_by_their_name(gazetteer):
    text = "Selon la maire, Jeanne Roux, « le quartier reste calme » ; le préfet, Paul Morel, a quant à lui ajouté : « Nous discuterons »."
    found = tell(text, "fr", gazetteer, "2024-06-10")
    assert [(k, h) for k, _, _, h, _ in found] == [
        ("statement", "Jeanne Roux : le quartier reste calme"), ("statement", "Paul Morel a ajouté : Nous discuterons")
    ]


def test_a_speaker_named_before_the_comma_opening_their_verb_makes_a_statement(gazetteer):
    text = "Selon la maire, Jeanne Roux, « la grève continue » ; le préfet, Paul Morel, a quant à lui ajouté : « Nous discuterons »."
    found = tell(text, "fr", gazetteer, "2024-06-10")
    assert [h for k, _, _, h, _ in found if k == "statement"] == ["Jeanne Roux : la grève continue", "Paul Morel a ajouté : Nous discuterons"]


def test_a_circumstance_before_the_subject_is_no_part_of_a_headline_even_with_a_name_in_it(gazetteer):
    text = "Face au silence du directeur de la mairie, Paul Morel, les syndicats des agents municipaux ont annoncé une grève le 3 mars."
    found = tell(text, "fr", gazetteer, "2024-06-10")
    assert found[0][3].startswith("les syndicats des agents municipaux ont annoncé")


def test_a_participle_after_a_nouns_complement_takes_no_name_in_its_headline(gazetteer):
    text = "Le 3 mars, le conseil écouta un discours reprenant le programme de Paul Morel, insistant sur la jeunesse."
    assert not any(h.startswith("Paul Morel insistant") for *_, h, _ in tell(text, "fr", gazetteer, "2024-06-10"))


def test_a_date_a_verb_acts_on_stays_in_a_headline(gazetteer):
    text = "On January 17, Initech reported profits for the quarter which ended December 30."
    found = tell(text, "en", gazetteer, "2024-01-20")
    assert any(h.endswith("ended December 30") for *_, h, _ in found)


@pytest.mark.parametrize(
    "text, lang, headline",
    [
        ("Le 3 mars, la mairie a reproché au préfet des expulsions en série, selon la presse.", "fr",
         "la mairie a reproché au préfet des expulsions en série"),
        ("On March 3, the two firms agreed to have the dispute heard by an arbitrator.", "en",
         "the two firms agreed to have the dispute heard by an arbitrator"),
    ],
)
def test_a_verbs_headline_goes_on_over_the_event_noun_it_acts_on(text, lang, headline, gazetteer):
    assert headline in [h for *_, h, _ in tell(text, lang, gazetteer, "2024-06-10")]


def test_a_machine_named_after_an_event_noun_is_no_disaster(gazetteer):
    found = tell("Le 3 mai, les chercheurs ont utilisé un collisionneur de particules. Le 4 mai, une collision a eu lieu.", "fr", gazetteer, "2024-06-10")
    assert [k for k, *_ in found] == ["other", "disaster"]


# (sentence, language, a kind none of its rows may have)
NOT_DONE = [
    # an event noun an infinitive acts on is a goal
    ("On June 4, the city told residents to avoid the river or to join a protest.", "en", "protest"),
    ("Le 4 juin, la mairie a demandé aux habitants de rejoindre une manifestation.", "fr", "protest"),
    # what something amounts to, the source of a report
    ("On May 3, Acme said it has 40 shops, creating over $90 million in revenue.", "en", "economy"),
    ("In March, Acme overtook Globex, according to figures released on May 3 by a research firm.", "en", "economy"),
    # an event noun said to be planned
    ("Une grève générale est prévue pour lundi 5 mai.", "fr", "protest"),
    ("Le colloque aura lieu le 10 mai à Lyon.", "fr", "meeting"),
    ("Talks between the two unions are scheduled for May 10.", "en", "meeting"),
]


@pytest.mark.parametrize("text, lang, kind", NOT_DONE)
def test_goals_results_and_sources_of_reports_are_no_rows(text, lang, kind, gazetteer):
    assert kind not in [k for k, *_ in tell(text, lang, gazetteer, "2024-06-10")]


# (a quote opening its sentence, its language, the headline)
QUOTES_FIRST = [
    ("« Les loyers vont encore monter », affirme une locataire, Jeanne Roux.", "fr", "Jeanne Roux affirme : Les loyers vont encore monter"),
    ("“We will build it here,” said Paul Morel.", "en", "Paul Morel said : We will build it here"),
    ("« Nous partirons », a-t-il déclaré.", "fr", "Nous partirons, a-t-il déclaré"),  # (no name after the verb)
    ("“We love the town,” said Acme CEO Paul Morel.", "en", "Paul Morel said : We love the town"),  # (a person first)
]


@pytest.mark.parametrize("text, lang, headline", QUOTES_FIRST)
def test_a_quote_before_its_verb_of_saying_is_headlined_by_who_said_it(text, lang, headline, gazetteer):
    assert [h for *_, h, _ in tell(text, lang, gazetteer, "2024-06-10")] == [headline]


def test_a_dateline_opening_a_lead_is_no_part_of_its_headline(gazetteer):
    text = "Lyon - Le salon du livre s'est ouvert le 2 mai. Jean-Paul Roux a démissionné le 4 mai."
    assert [h for *_, h, _ in tell(text, "fr", gazetteer, "2024-06-10")] == ["Le salon du livre s'est ouvert", "Jean-Paul Roux a démissionné"]


def test_an_aside_in_lower_case_closing_a_subject_is_left_out_of_its_headline(gazetteer):
    text = "Le conseil municipal, impuissant, a dénoncé la fermeture de l'usine le 2 juillet. Le ministre, Paul Morel, a signé un accord le 3 juillet."
    headlines = [h for *_, h, _ in tell(text, "fr", gazetteer, "2024-07-10")]
    assert "Le conseil municipal a dénoncé la fermeture de l'usine" in headlines
    assert "Le ministre, Paul Morel, a signé un accord" in headlines  # (an aside naming someone stays)


def test_publishing_on_a_website_is_where_it_was_said_not_who_reported_it(gazetteer):
    found = tell("Les chercheurs ont publié leurs mesures sur le site de l'observatoire.", "fr", gazetteer, "2024-06-10")
    assert [k for k, *_ in found] == ["statement"]


def test_a_place_right_before_a_verb_of_saying_speaks_for_its_government(gazetteer):
    text = "Lors de ces entretiens, Washington a annoncé la levée du gel de l'aide à Kiev."
    found = tell(text, "fr", gazetteer, "2024-06-10")
    assert any(k == "statement" and h.startswith("Washington a annoncé") for k, _, _, h, _ in found)


def test_a_short_headline_does_not_open_on_that(gazetteer):
    found = tell("The firm said that sales were strong.", "en", gazetteer, "2024-06-10")
    assert not any(h.startswith("that") for *_, h, _ in found)


def test_de_before_nombreux_is_the_plural_article_a_headline_keeps(gazetteer):
    found = tell("De nombreux riverains ont manifesté devant la mairie le 3 mars.", "fr", gazetteer, "2024-06-10")
    assert found[0][3].startswith("De nombreux riverains ont manifesté")


def test_an_attribution_closing_a_sentence_heads_what_was_said_before_it(gazetteer):
    text = "Le chômage a reculé de 2 % en 2009, « malgré la crise » selon M. Paul Houdré."
    assert "Paul Houdré : Le chômage a reculé de 2 %" in [h[:40] for *_, h, _ in tell(text, "fr", gazetteer, "2012-07-10")]
