"""The structure of names: which span is one actor (tui/extract/name_structure.py), on invented
sentences, French and English, with the cases each rule must leave alone."""

from __future__ import annotations

import pytest
from newsline_testing import mention_spans, mention_surfaces, write

from tui.extract.actors import find_mentions
from tui.extract.gazetteer import load_gazetteer
from tui.extract.name_structure import core_name
from tui.extract.resolve import resolve_actors


spans, surfaces = mention_spans, mention_surfaces


# French institutions: head noun + place or name ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Il comparaîtra devant le tribunal de grande instance de Nancy en mai.", "tribunal de grande instance de Nancy"),
        ("Les gendarmes de la brigade de gendarmerie de Lunéville sont venus.", "brigade de gendarmerie de Lunéville"),
        ("Le conseil général de la Meurthe-et-Moselle a voté le budget.", "conseil général de la Meurthe-et-Moselle"),
        ("La mairie de Toul a publié un arrêté.", "mairie de Toul"),
        ("Il a été conduit à l'hôpital de Saint-Dié hier.", "hôpital de Saint-Dié"),
        ("Le tribunal correctionnel de Metz a rendu son jugement.", "tribunal correctionnel de Metz"),
        ("La cour d'appel de Colmar a confirmé la peine.", "cour d'appel de Colmar"),
        ("Les élèves du collège Jules-Ferry ont défilé.", "collège Jules-Ferry"),
        ("Le lycée Henri-Poincaré de Nancy ferme ses portes.", "lycée Henri-Poincaré de Nancy"),
        ("Une fête a eu lieu au centre Louise-Michel samedi.", "centre Louise-Michel"),
        ("Le tribunal de New York a jugé l'affaire.", "tribunal de New York"),  # a gazetteer place, whole
        ("Le lycée Victor Hugo de Toul ferme.", "lycée Victor Hugo de Toul"),
        ("Le TGI de Briey a tranché.", "TGI de Briey"),  # an acronym of a head
    ],
)
def test_a_french_institution_is_one_organisation_spanning_head_and_name(sentence, name, gazetteer):
    assert (name, "organisation") in spans(sentence, gazetteer)


def test_a_stadium_is_a_place_spanning_head_and_name(gazetteer):
    assert ("stade de la Colombière", "place") in spans("Le match se joue au stade de la Colombière.", gazetteer)
    assert ("gymnase Pierre-de-Coubertin", "place") in spans("Rendez-vous au gymnase Pierre-de-Coubertin.", gazetteer)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        ("Au centre de Paris, la circulation est difficile.", "centre de Paris"),  # a part of a city
        ("Il a suivi le conseil de Jean Dupont.", "conseil de Jean Dupont"),  # advice, no council
        ("Le tribunal a tranché. Nancy attendait.", "tribunal"),  # no name after the head
        ("Le tribunal de Nancy Jean Dupont l'a dit.", "tribunal de Nancy Jean Dupont"),  # a person follows
    ],
)
def test_a_head_noun_without_its_own_name_is_no_institution(sentence, wrong, gazetteer):
    assert wrong not in surfaces(sentence, gazetteer)


# English organisations: glued modifiers, titles, indices, "of" ------------------------------


def test_a_glued_modifier_is_not_part_of_the_name_after_it(gazetteer):
    got = spans("Shares of Seattle-based Starbright rose, and an ACME-led group bid.", gazetteer)
    names = [s for s, _ in got]
    assert "Starbright" in names and "Seattle-based Starbright" not in names
    assert ("Seattle", "place") in got  # the modifier names a place of its own
    assert "ACME" in names and "ACME-led" not in names


def test_a_sentence_opening_modifier_is_not_part_of_the_name(gazetteer):
    text = "Rival Voltaro said no. Struggling Minexa asked for help. Actual Tarvix deliveries fell. Tarvix and Voltaro spoke."
    names = surfaces(text, gazetteer)
    assert "Rival Voltaro" not in names and "Struggling" not in names and "Actual Tarvix" not in names
    assert names.count("Voltaro") == 2 and names.count("Tarvix") == 2 and "Minexa" in names


def test_a_common_word_opening_a_name_the_article_writes_whole_stays():
    # "Air" is written capitalised inside a sentence too: "Air Tarvix" is one name.
    gazetteer = load_gazetteer()[0]
    names = surfaces("Air Tarvix flew. Then Air Tarvix landed.", gazetteer)
    assert names.count("Air Tarvix") == 2


def test_a_title_heads_a_company_name_but_not_a_person_name(gazetteer):
    got = spans("General Motors and General Electric rose, as did General Dynamics. General Marcus Hale spoke.", gazetteer)
    for company in ("General Motors", "General Electric", "General Dynamics"):
        assert (company, "organisation") in got
    assert ("Marcus Hale", "person") in got


@pytest.mark.parametrize("index", ["FTSE 100", "CAC 40", "S&P 500", "DAX 30"])
def test_a_stock_index_keeps_its_number(index, gazetteer):
    assert (index, "organisation") in spans(f"On Monday the {index} fell by 2%.", gazetteer)


def test_an_exchange_named_after_a_place_is_one_organisation(gazetteer):
    got = spans("Trading on the London Stock Exchange stopped; Tokyo fell.", gazetteer)
    assert ("London Stock Exchange", "organisation") in got and ("Tokyo", "place") in got
    # A country's government is not made a company of.
    assert "US Government" not in surfaces("The US Government said no.", gazetteer)


def test_a_number_after_a_plain_name_is_no_index(gazetteer):
    names = surfaces("Tarvix 500 workers went on strike, and TVX 500 employees too.", gazetteer)
    assert "Tarvix 500" not in names and "TVX 500" not in names and "TVX" in names
    # An index word after the number makes it one.
    assert ("Tarvix 225", "organisation") in spans("The Tarvix 225 index fell.", gazetteer)


def test_of_completes_an_organisation_head(gazetteer):
    got = spans("The Bank of Tarvia and the University of Minexa met.", gazetteer)
    assert ("Bank of Tarvia", "organisation") in got and ("University of Minexa", "organisation") in got


def test_an_ampersand_joins_a_firm_name(gazetteer):
    got = spans("Shares of Hale & Morrow and of T&K rose.", gazetteer)
    assert ("Hale & Morrow", "organisation") in got and ("T&K", "organisation") in got


def test_foreign_articles_and_particles_open_and_close_media_names(gazetteer):
    names = surfaces("According to Die Zeitung and to Gazzetta della Sera, it fell.", gazetteer)
    assert "Die Zeitung" in names and "Gazzetta della Sera" in names


# Demonyms and datelines ------------------------------------------------------------------------


def test_city_demonyms_are_no_actors(gazetteer):
    fr = surfaces("Les Lyonnais et les Marseillais ont fêté la victoire à Lyon.", gazetteer)
    en = surfaces("The Parisians and the Londoners cheered in Paris.", gazetteer)
    assert "Lyonnais" not in fr and "Marseillais" not in fr and "Lyon" in fr
    # A place the gazetteer does not know, named in the article itself.
    assert surfaces("Les Toulois sont venus. Les Épinaliens ont bu, à Toul et Épinal.", gazetteer) == ["Toul", "Épinal"]
    assert "Parisians" not in en and "Londoners" not in en and "Paris" in en
    # A first name shaped like a demonym stays a name.
    assert "Romain Dufour" in surfaces("Romain Dufour a parlé à Rome.", gazetteer)


def test_a_dateline_place_is_no_actor_but_its_agency_is(gazetteer):
    en = spans("BERLIN, March 3 (Reuters) - Tarvix said it would cut jobs.", gazetteer)
    assert [s for s, _ in en][:2] == ["Reuters", "Tarvix"]
    fr = surfaces("NANCY. — Le maire de Nancy a parlé.", gazetteer)
    assert fr.count("Nancy") == 1 and "NANCY" not in fr
    assert surfaces("Toul (AFP) - Le maire a parlé.", gazetteer) == ["AFP"]
    # A capitalised word opening a paragraph with no dateline after it is kept.
    assert surfaces("BERLIN is a city, said Tarvix.", gazetteer) == ["BERLIN", "Tarvix"]
    assert surfaces("Airbus, Boeing and Tarvix - all fell.", gazetteer)[0] == "Airbus"


# Corporate suffixes and family companies -------------------------------------------------------


def test_core_name_strips_corporate_suffixes_but_not_down_to_a_title():
    stop = frozenset({"general", "the"})
    assert core_name("tarvix computer inc", stop) == "tarvix"
    assert core_name("tarvix group spa", stop) == "tarvix"
    assert core_name("general motors", stop) == "general motors"
    assert core_name("tarvix corps", stop) == "tarvix corps"  # not a suffix


def test_suffixed_forms_of_a_company_are_one_actor_kept_apart_from_its_founder(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Tarvix Computer Inc. said on Monday that sales rose. Later Tarvix Inc. agreed.")
    write(tmp_path, "b.txt", "date 2020-02 Analysts expect Tarvix to grow. Hale Motor Company hired Jonas Hale. Hale gave no figure.")
    write(tmp_path, "c.txt", "date 2020-03 Mr. Hale resigned from Hale Motor Co.")
    from tui.corpus.reader import load_corpus

    corpus = load_corpus([tmp_path])
    gazetteer = load_gazetteer()[0]
    mentions = [
        find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs if not p.kind.is_noise], gazetteer)
        for d in corpus.documents
    ]
    actors, _ = resolve_actors(mentions, gazetteer, "en")
    by_alias = {name: a for a in actors for name in (a.name, *a.aliases)}
    assert by_alias["Tarvix"] is by_alias["Tarvix Computer Inc"] is by_alias["Tarvix Inc"]
    company, person = by_alias["Hale Motor Company"], by_alias["Jonas Hale"]
    assert company is by_alias["Hale Motor Co"] and company is not person
    assert company.kind == "organisation" and person.kind == "person"
    assert "Hale" in company.aliases  # the company's core name, said alone


def test_an_abbreviated_name_word_keeps_its_name_whole(gazetteer):
    names = surfaces("They drove from Ft. Tarvix to Mt. Minexa.", gazetteer)
    assert "Ft. Tarvix" in names and "Mt. Minexa" in names
    # A full stop after any other word still ends the name.
    assert "Tarvix. Minexa" not in surfaces("He met Tarvix. Minexa came too.", gazetteer)


def test_an_organisation_name_goes_on_with_two_adjectives_but_not_a_demonym(gazetteer):
    assert ("Tribunal pénal international", "organisation") in spans("Selon le Tribunal pénal international, non.", gazetteer)
    got = spans("Le Parti socialiste français a voté.", gazetteer)
    assert ("Parti socialiste", "organisation") in got and "Parti socialiste français" not in [s for s, _ in got]


def test_a_name_does_not_join_a_longer_name_adding_a_product_or_a_division(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Tarvix Commercial Airplanes builds jets. Analysts said Tarvix did so. The Tarvix A390 flew.")
    write(tmp_path, "b.txt", "date 2020-02 Lorvan Hexley bought a plant. Then Lorvan said so.")
    from tui.corpus.reader import load_corpus

    corpus = load_corpus([tmp_path])
    gazetteer = load_gazetteer()[0]
    mentions = [
        find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs if not p.kind.is_noise], gazetteer)
        for d in corpus.documents
    ]
    actors, _ = resolve_actors(mentions, gazetteer, "en")
    by_alias = {name: a for a in actors for name in (a.name, *a.aliases)}
    assert by_alias["Tarvix"] is not by_alias["Tarvix Commercial Airplanes"]
    assert "Tarvix A390" not in by_alias and "A390" not in by_alias  # a model code is no name's part
    assert by_alias["Lorvan"] is by_alias["Lorvan Hexley"]  # a name completed, not a thing added


def test_a_name_joins_the_longer_name_of_its_company(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Shares of Quorvex Network Systems fell. Analysts said Quorvex would recover.")
    actors, resolved, corpus = _resolved(tmp_path)
    assert len({m.actor for m in resolved[0]}) == 1


def test_an_acronym_joins_the_one_name_of_its_article_it_spells_out(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Shares on the Tarvia Stock Exchange fell. Traders on the TSE were calm.")
    write(tmp_path, "b.txt", "date 2020-02 Kelvar Trading Company cut jobs. Later KTC said the plant would stay.")
    write(tmp_path, "c.txt", "date 2020-03 The TSE rose; the Tarvia Stock Exchange and the Tokla Steel Estates agreed.")
    from tui.corpus.reader import load_corpus

    corpus = load_corpus([tmp_path])
    gazetteer = load_gazetteer()[0]
    mentions = [
        find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs if not p.kind.is_noise], gazetteer)
        for d in corpus.documents
    ]
    actors, resolved = resolve_actors(mentions, gazetteer, "en")
    names = [{corpus.documents[d].text[m.start : m.end]: actors[m.actor].name for m in doc} for d, doc in enumerate(resolved)]
    assert names[0]["TSE"] == names[0]["Tarvia Stock Exchange"] == "Tarvia Stock Exchange"
    assert names[1]["KTC"] == names[1]["Kelvar Trading Company"]
    # In the third article two names spell "TSE" out: its own "TSE" joins neither there.
    assert len(set(names[2].values())) == 3


def test_an_acronym_alone_in_its_article_joins_the_one_name_of_the_corpus_it_spells_out(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 The Kelvar Trading Company cut jobs on Monday.")
    write(tmp_path, "b.txt", "date 2020-02 Later that month KTC hired again, and QXZ did not.")
    write(tmp_path, "c.txt", "date 2020-03 The Quorn Xylo Zeta and the Quill Xeno Zone met.")
    actors, resolved, corpus = _resolved(tmp_path)
    names = [{corpus.documents[d].text[m.start : m.end]: actors[m.actor].name for m in doc} for d, doc in enumerate(resolved)]
    assert names[1]["KTC"] == "Kelvar Trading Company"
    assert names[1]["QXZ"] == "QXZ"  # two names of the corpus spell it out: it joins neither
    write(tmp_path, "d.txt", "date 2020-04 The file took 2 KT on disk.")
    actors, resolved, corpus = _resolved(tmp_path)
    kt = [actors[m.actor].name for d, doc in enumerate(resolved) for m in doc if corpus.documents[d].text[m.start : m.end] == "KT"]
    assert kt == ["KT"]  # two letters: not "Kelvar Trading" of another article


def _resolved(folder):
    from tui.corpus.reader import load_corpus

    corpus = load_corpus([folder])
    gazetteer = load_gazetteer()[0]
    mentions = [
        find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs if not p.kind.is_noise], gazetteer)
        for d in corpus.documents
    ]
    actors, resolved = resolve_actors(mentions, gazetteer, "en")
    return actors, resolved, corpus


def test_a_possessive_apostrophe_ends_a_name_but_an_elision_does_not(gazetteer):
    names = surfaces("He said the Minexas' Tarvix Records sued.", gazetteer)
    assert "Tarvix Records" in names and "Minexas' Tarvix Records" not in names
    names = surfaces("Selon Valéry Giscard d'Estaing et Jeanne d'Arc, oui.", gazetteer)
    assert "Valéry Giscard d'Estaing" in names and "Jeanne d'Arc" in names


def test_a_name_and_its_suffixed_form_in_one_article_are_one_actor(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 The Bank of Tarvia Corporation lost money. Later the Bank of Tarvia hired.")
    actors, resolved, corpus = _resolved(tmp_path)
    assert len({m.actor for m in resolved[0]}) == 1
