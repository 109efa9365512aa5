"""English actor classes found by measuring the rules on news they were not written from (issue
12): websites, works' titles in quotes, a country's name opening a society's, "of" and a field
after an organisation's name, and the kinds of such names; on invented sentences, with the cases
each rule must leave alone."""

from __future__ import annotations

from newsline_testing import mention_spans, write

from tui.corpus.reader import load_corpus
from tui.extract.actors import find_mentions
from tui.extract.gazetteer import load_gazetteer
from tui.extract.resolve import resolve_actors


def kinds(text, gazetteer):
    return dict(mention_spans(text, gazetteer))


def actors(tmp_path, text):
    """(name, kind) of the actors one article resolves to."""
    write(tmp_path, "a.txt", f"date 2020-01-01\n\n{text}")
    gazetteer = load_gazetteer()[0]
    document = load_corpus([tmp_path]).documents[0]
    spans = [(p.start, p.end) for p in document.paragraphs if not p.kind.is_noise]
    found, resolved = resolve_actors([find_mentions(document.text, spans, gazetteer)], gazetteer, "en")
    used = {m.actor for doc in resolved for m in doc}
    return {a.name: str(a.kind) for a in found if a.id in used}


# Websites ----------------------------------------------------------------------------------------


def test_a_website_that_is_cited_is_a_medium(gazetteer):
    assert kinds("Lorvanews.com quotes a Senate aide as saying no.", gazetteer)["Lorvanews.com"] == "media"
    assert kinds("The plan failed, according to Tarvixpost.com.", gazetteer)["Tarvixpost.com"] == "media"


def test_any_other_website_is_a_company(gazetteer):
    found = kinds("Leading the sales were Zorvex.com and Quillan at 6 percent each.", gazetteer)
    assert found["Zorvex.com"] == "organisation"
    assert found["Quillan"] == "organisation"  # the pair's other name takes its kind


# Works' titles in quotes -------------------------------------------------------------------------


def test_a_title_in_quotes_after_a_noun_of_works_is_no_actor(gazetteer):
    text = "A new TV movie,' Summer Academy Nights' from Tarvix is already on sale."
    assert "Summer Academy Nights" not in kinds(text, gazetteer)
    assert "Summer Academy" not in kinds(text, gazetteer)
    assert 'Lorvan Lights' not in kinds('He watched the film "Lorvan Lights" twice.', gazetteer)


def test_a_name_in_quotes_after_another_noun_stays(gazetteer):
    assert "Tarvix Group" in kinds("The report by 'Tarvix Group' says sales fell.", gazetteer)


# A country's name opening a society's -----------------------------------------------------------


def test_a_demonym_opening_a_society_name_is_part_of_it(gazetteer):
    found = kinds("The American Lorvan Speech Association published a study.", gazetteer)
    assert found == {"American Lorvan Speech Association": "organisation"}
    found = kinds("The British Society of Quill Engineers met.", gazetteer)
    assert found == {"British Society of Quill Engineers": "organisation"}


def test_the_state_s_own_bodies_still_name_the_country(gazetteer):
    found = kinds("The French Foreign Ministry said no.", gazetteer)
    assert found.get("French") == "country"


# "of" and a field after an organisation's name --------------------------------------------------


def test_of_and_a_field_complete_an_organisation_s_name(gazetteer):
    found = kinds("The Tarvix Institute of Technology said so.", gazetteer)
    assert found == {"Tarvix Institute of Technology": "organisation"}


def test_a_plural_head_takes_its_field_and_located_makes_it_a_place(gazetteer):
    found = kinds("The trial began in the Royal Courts of Lorvan, located in central London.", gazetteer)
    assert found["Royal Courts of Lorvan"] == "place"


def test_of_and_a_town_with_its_state_is_no_field(gazetteer):
    found = kinds("Workers at Minexa Assembly of Norfolk, Virginia, left.", gazetteer)
    assert "Minexa Assembly of Norfolk" not in found
