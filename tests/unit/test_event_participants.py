"""Who takes part in each event (the actors of its own clause), through small stores of
articles written for these tests: pronouns and descriptions standing for an actor named
before, subjects cut off by an aside, names of another clause of the sentence."""

from __future__ import annotations

import pytest
from newsline_testing import write

from tui.export import event_record
from tui.loading import open_store
from tui.store import Query


def events_of(tmp_path, text: str) -> list[dict]:
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    store = open_store([tmp_path], cache=False)
    return [event_record(store, i) for i in store.query(Query())]


def participants_told(tmp_path, text: str, words: str, kind: str = "") -> set[str]:
    """The participants of the events (of ``kind``, if given) whose evidence holds ``words``, together."""
    events = [
        e for e in events_of(tmp_path, text) if any(words in ev["text"] for ev in e["evidence"]) and (not kind or e["kind"] == kind)
    ]
    assert events, f"no event told by {words!r}"
    return {p for e in events for p in e["participants"]}


def test_a_pronoun_past_a_sentence_about_someone_else_stands_for_no_one_named(tmp_path):
    text = (
        "Le ministre Paul Morel a signé lundi un accord avec Globex. "
        "Depuis, la société Tarvix a pris le contrôle du marché. "
        "Elle a promis mardi de baisser ses prix."
    )
    assert "Paul Morel" not in participants_told(tmp_path, text, "Elle a promis")


def test_he_stands_for_a_person_named_before_a_sentence_about_things(tmp_path):
    text = (
        "Paul Morel signed on Monday a deal with Initech. "
        "Old programs can be run on Tarvix Inc. chips. "
        "He met Jean Dupont on Tuesday."
    )
    assert "Paul Morel" in participants_told(tmp_path, text, "He met")


def test_a_pronoun_stands_for_someone_named_before_quoted_words(tmp_path):
    text = (
        "Le ministre Paul Morel a signé lundi un accord avec Globex. "
        "Il a déclaré : « Nous avons beaucoup travaillé. Tout est prêt. » "
        "Il a rencontré mardi les syndicats."
    )
    assert "Paul Morel" in participants_told(tmp_path, text, "Il a rencontré")


def test_a_description_as_subject_stands_for_the_organisation_named_just_before(tmp_path):
    text = (
        "Globex Media sued Tarvix Records on Monday. "
        "The company signed on Tuesday an agreement with Initech."
    )
    assert "Globex Media" in participants_told(tmp_path, text, "The company signed")
    text = "La société Tarvix a racheté Globex lundi. Le groupe a signé mardi un accord avec Initech."
    assert "Tarvix" in participants_told(tmp_path, text, "Le groupe a signé")


def test_a_description_before_a_name_or_far_from_the_organisation_stands_for_nothing(tmp_path):
    sued = "Globex Media sued Tarvix Records on Monday. "
    far = sued + "Paul Morel was in Paris. Jean Dupont was in Lyon. The company signed on Tuesday an agreement with Initech."
    assert "Globex Media" not in participants_told(tmp_path, far, "The company signed")
    titled = sued + "The company Initech signed on Tuesday an agreement with Hooli."
    assert "Globex Media" not in participants_told(tmp_path, titled, "The company Initech signed")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Paul Morel joined Globex Media in March, but a judge barred him from working until June.", "barred him"),
        ("Le skipper Paul Morel a terminé la course lundi. Le jury l'a disqualifié mardi.", "disqualifié"),
        # a subject cut off from its verb by an aside
        ("Globex Media confirmed on Monday that Paul Morel, 52, had resigned.", "had resigned"),
        ("Le ministre de la culture, Paul Morel, a démissionné lundi.", "a démissionné"),
    ],
)
def test_an_object_pronoun_or_a_subject_before_an_aside_stands_for_the_person_named(tmp_path, text, words):
    assert "Paul Morel" in participants_told(tmp_path, text, words)


def test_an_object_pronoun_is_not_the_subject_of_its_clause(tmp_path):
    text = "Paul Morel met Jean Dupont in Paris on Monday. Paul Morel thanked him on Tuesday."
    assert "Jean Dupont" in participants_told(tmp_path, text, "thanked him")


def test_a_description_after_the_verb_stands_for_the_organisation_named_just_before(tmp_path):
    text = "Tarvix Inc. said on Monday that Paul Morel had left the company."
    assert {"Paul Morel", "Tarvix Inc"} <= participants_told(tmp_path, text, "had left", "appointment")


def test_names_in_a_speaker_s_own_words_take_no_part_in_the_statement(tmp_path):
    text = "Le ministre Paul Morel a déclaré lundi : « La France a trahi notre confiance. »"
    parts = participants_told(tmp_path, text, "a déclaré", "statement")
    assert "Paul Morel" in parts and "France" not in parts
    # (a few words quoted inside the phrase are part of what is told)
    text = 'Paul Morel said on Monday that the program had "been written for Tarvix Inc. chips" for years.'
    assert "Tarvix Inc" in participants_told(tmp_path, text, "Paul Morel said", "statement")


def test_a_name_opening_a_sentence_stays_a_name_when_written_inside_one_too(tmp_path):
    from tui.extract.actors import find_mentions
    from tui.extract.gazetteer import load_gazetteer

    text = "The label Lemon Records lost its case on Monday. Its logo is a lemon. Lemon Records decided on Tuesday to appeal."
    gazetteer, _problems = load_gazetteer([])
    starts = [m.start for m in find_mentions(text, [(0, len(text))], gazetteer) if m.surface == "Lemon Records"]
    assert starts == [text.index("Lemon Records"), text.rindex("Lemon Records")]


def test_who_is_named_in_a_circumstance_after_the_trigger_takes_no_part(tmp_path):
    text = "Paul Morel a rencontré lundi Jean Dupont alors que les relations entre la Russie et la Chine sont tendues."
    parts = participants_told(tmp_path, text, "a rencontré", "meeting")
    assert {"Paul Morel", "Jean Dupont"} <= parts and not {"Russie", "Chine"} & parts
    text = "Paul Morel a rencontré lundi Jean Dupont. Cette rencontre a eu lieu alors que la Russie menaçait la Chine."
    assert not {"Russie", "Chine"} & participants_told(tmp_path, text, "Cette rencontre", "meeting")


def test_a_pronoun_opening_what_was_said_is_not_the_place_it_was_said_in(tmp_path):
    text = "In Japan, Tarvix Inc. said on Monday it had signed a deal with Initech."
    parts = participants_told(tmp_path, text, "signed a deal", "agreement")
    assert "Tarvix Inc" in parts and "Japan" not in parts


def test_a_role_noun_as_subject_stands_for_the_person_named_just_before(tmp_path):
    text = "C'est la remarque de la chanteuse Léa Morel. La médaillée d'argent des jeux de Lyon a critiqué mardi le jury."
    assert "Léa Morel" in participants_told(tmp_path, text, "a critiqué")
    text = "Paul Morel won the race on Monday. The former champion met Jean Dupont on Tuesday."
    assert "Paul Morel" in participants_told(tmp_path, text, "The former champion met")


def test_a_role_noun_of_someone_else_stands_for_no_one_named(tmp_path):
    text = "Paul Morel a gagné la course lundi. L'entraîneur de son club a critiqué mardi le jury."
    assert "Paul Morel" not in participants_told(tmp_path, text, "a critiqué")
    text = "Paul Morel a gagné la course lundi. Le candidat du parti Tarvix a critiqué mardi le jury."
    assert "Paul Morel" not in participants_told(tmp_path, text, "a critiqué")


def test_a_pair_stands_for_the_two_actors_named_together_before(tmp_path):
    text = "Tarvix Inc. sued Initech Corp. in March over a patent. On Monday the parties settled the dispute."
    assert {"Tarvix Inc", "Initech Corp"} <= participants_told(tmp_path, text, "the parties settled")
    # (of the kind the pair's noun is said of, and not where it happened)
    text = "En Russie, Paul Morel a rencontré lundi Jean Dupont. Les deux hommes ont signé mardi un accord."
    parts = participants_told(tmp_path, text, "Les deux hommes", "agreement")
    assert {"Paul Morel", "Jean Dupont"} <= parts and "Russie" not in parts
    # (a pair complementing another noun before the trigger is that noun's)
    text = "Paul Morel a appelé lundi Jean Dupont. C'est le premier contact entre les deux hommes depuis l'élection de Luc Martin en janvier."
    assert "Paul Morel" not in participants_told(tmp_path, text, "l'élection", "election")


def test_a_description_inside_a_name_stands_for_no_one(tmp_path):
    text = "Tarvix Inc. raised its prices on Monday. On Tuesday, Paul Morel met the Bank of Lyon officials."
    assert "Tarvix Inc" not in participants_told(tmp_path, text, "Paul Morel met")


@pytest.mark.parametrize(
    ("text", "words", "kind", "taking_part", "taking_no_part"),
    [
        # an act announced is the announcer's own
        ("Le ministre Paul Morel a annoncé mardi la signature d'un accord avec la Banque mondiale.", "la signature", "agreement", "Paul Morel", ""),
        # a pronoun opening what was said stands for the organisation saying it
        ("Tarvix Inc. said on Monday it had signed a deal with Initech.", "signed a deal", "agreement", "Tarvix Inc", ""),
        ("La Russie a affirmé lundi qu'elle avait signé un accord avec l'Inde.", "signé un accord", "agreement", "Russie", ""),
        # a relative aside gives the verb after it its subject, not its own names
        ("Paul Morel, qui avait rencontré Jean Dupont en 2010, a signé lundi un accord avec Globex.", "a signé", "agreement", "Paul Morel", "Jean Dupont"),
        # a verb of an opening non-finite phrase takes the main clause's subject
        ("Après avoir rencontré Jean Dupont, Paul Morel a signé lundi un accord avec Globex.", "avoir rencontré", "meeting", "Paul Morel", ""),
        ("After meeting Jean Dupont on Monday, Paul Morel signed a deal with Initech Corp.", "After meeting", "meeting", "Paul Morel", ""),
        # what a named speaker said was done is told as theirs; "his company" is the one he belongs to
        ("Tarvix Inc. CEO Paul Morel said on Monday that his company sold two million phones.", "sold two million", "economy", "Paul Morel", ""),
        (
            "Tarvix Inc. CEO Paul Morel opened a store in Lyon on Monday. Analysts praised Initech Corp. on Tuesday. "
            "Paul Morel said on Wednesday that his company sold two million phones.",
            "sold two million", "economy", "Tarvix Inc", "Initech Corp",
        ),
        ("The newspaper Le Journal reported on Monday that Tarvix Inc. sold two million phones.", "sold two million", "economy", "Tarvix Inc", "Le Journal"),
        # a verb coordinated with no subject of its own takes the one before's
        ("Le gouvernement de Paul Morel a dénoncé « un crime » et a menacé lundi les auteurs de poursuites à Lyon.", "a menacé", "demand", "Paul Morel", ""),
        # a verb of saying after what was said takes no subject from before it
        ("Paul Morel, 52, a démissionné lundi, a annoncé le ministre Jean Dupont.", "a annoncé", "statement", "Jean Dupont", "Paul Morel"),
    ],
)
def test_who_takes_part_in_a_clause_told_around_its_subject(tmp_path, text, words, kind, taking_part, taking_no_part):
    parts = participants_told(tmp_path, text, words, kind)
    assert taking_part in parts and taking_no_part not in parts


@pytest.mark.parametrize(
    ("text", "taking_part"),
    [
        ("Pour Paul Morel, son secrétaire général : « C'est important. » Le secrétaire général a rencontré mardi le ministre Jean Dupont.", True),
        ("The Tarvix Inc. chief executive, Paul Morel, opened a store on Monday. The chief executive met Jean Dupont on Tuesday.", True),
        ("Le chancelier Paul Morel a quitté ses fonctions lundi. Le futur chancelier a rencontré mardi le ministre Jean Dupont.", False),
    ],
)
def test_a_title_alone_stands_for_the_person_the_article_gave_it_to(tmp_path, text, taking_part):
    assert ("Paul Morel" in participants_told(tmp_path, text, "rencontré" if "rencontré" in text else "met Jean", "meeting")) is taking_part


def test_where_something_was_published_takes_no_part(tmp_path):
    text = "Le physicien Paul Morel a annoncé lundi la découverte dans la revue Nature Physique."
    parts = participants_told(tmp_path, text, "a annoncé")
    assert "Paul Morel" in parts and not any("Nature" in p for p in parts)


def test_whom_a_title_holder_serves_takes_no_part(tmp_path):
    text = "L'ancien ministre du régime de Paul Morel a rencontré lundi le ministre de la Défense Jean Dupont."
    parts = participants_told(tmp_path, text, "a rencontré", "meeting")
    assert "Paul Morel" not in parts and "Jean Dupont" in parts
