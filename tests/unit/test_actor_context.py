"""Typing discovered names from their context (tui/extract/context.py), on invented sentences."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml
from newsline_testing import write

from tui.corpus.reader import load_corpus
from tui.extract.actors import find_mentions
from tui.extract.context import FAIR, STRONG, WEAK
from tui.extract.gazetteer import Entry, Gazetteer, load_gazetteer
from tui.extract.model import ActorKind
from tui.extract.resolve import resolve_actors

PERSON, ORG, PLACE, MEDIA = ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE, ActorKind.MEDIA
UNKNOWN = ActorKind.UNKNOWN


@pytest.fixture(scope="module")
def builtin():
    gazetteer, problems = load_gazetteer()
    assert not problems
    return gazetteer


def kinds(text, gazetteer=None):
    """Surface → kind of the mentions of one paragraph."""
    mentions = find_mentions(text, [(0, len(text))], gazetteer or Gazetteer())
    return {m.surface: m.kind for m in mentions}


def kind_of(text, name, gazetteer=None):
    return kinds(text, gazetteer).get(name)


# --- titles and roles before a name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Le maire Bertrand Kieffel a inauguré la salle.", "Bertrand Kieffel"),
        ("Hier, l'entraîneur Gasparini a changé son équipe.", "Gasparini"),
        ("Le milieu de terrain Dupuytren a marqué deux fois.", "Dupuytren"),
        ("Hier, le procureur Maldonne a requis cinq ans.", "Maldonne"),
        ("Hier, l'attaquant brésilien Tavarelo a signé.", "Tavarelo"),  # an adjective between
        ("Yesterday Mr. Ashworth declined to comment.", "Ashworth"),
        ("The move was approved by chief executive Pettigrew on Monday.", "Pettigrew"),
        ("Selon la juge Ormesson, le dossier est vide.", "Ormesson"),
        ("Hier, le gouvernement Vallardi a présenté son plan.", "Vallardi"),  # its head
        ("On Friday Senator Haskell voted no.", "Haskell"),  # a capitalised title is dropped
    ],
)
def test_a_title_or_a_role_before_a_name_makes_a_person(text, name):
    assert kind_of(text, name) == PERSON


def test_a_role_before_a_place_or_a_party_does_not_make_a_person():
    assert kind_of("Hier, le maire de Brenville a parlé.", "Brenville") == PLACE
    assert kind_of("Il est devenu sénateur RPR en 1995.", "RPR") == ORG  # the person's party
    # A capitalised word is a name's, not a cue: "Group" of a company before a person's name.
    assert kind_of("An officer at Kessler Group Charlie Brisk said so.", "Charlie Brisk") == PERSON


def test_a_title_word_inside_a_company_name_makes_no_person():
    assert PERSON not in kinds("Yesterday General Motors said sales fell.").values()


# --- ages and appositions after a name ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Hier, Toubon, 45 ans, a été interpellé.", "Toubon", PERSON),
        ("Yesterday Quarles, 52, was arrested.", "Quarles", PERSON),
        ("Hier, Ross Kowalski, the company's chief executive, said so.", "Ross Kowalski", PERSON),
        ("Hier, Renaud Galibert, porte-parole de la préfecture, a confirmé.", "Renaud Galibert", PERSON),
        ("Hier, Vendrix, le constructeur automobile, a licencié.", "Vendrix", ORG),
        ("Hier, Ormécourt, petite commune du canton, a voté.", "Ormécourt", PLACE),
        ("Yesterday Tarvex, a carmaker from Ohio, cut jobs.", "Tarvex", ORG),
        # The role before the comma: "the head of X, Name Surname, ..."
        ("Le chef du parti, Amaury Terlinden, a annoncé sa démission.", "Amaury Terlinden", PERSON),
        ("Un des chercheurs de l'institut, Olaf Brennvik, précise.", "Olaf Brennvik", PERSON),
    ],
)
def test_an_age_or_an_apposition_types_the_name(text, name, kind):
    assert kind_of(text, name) == kind


def test_a_comma_that_opens_a_clause_or_closes_an_introduction_is_no_apposition():
    # "X, a local official said": the official is someone else.
    assert kind_of("The plant sold Automobile Brenova, a local official said.", "Automobile Brenova") == UNKNOWN
    # "Selon X, le maire ...": the comma closes "Selon X"; "le maire" is someone else.
    mentions = find_mentions("Selon Kelvaro, le maire a menti.", [(0, 32)], Gazetteer())
    assert [(m.kind, m.weight) for m in mentions] == [(PERSON, WEAK)]  # only "selon"'s guess
    assert kind_of("Sur Ormécourt, le réseau compte dix kilomètres.", "Ormécourt") == UNKNOWN
    # A list goes on after the comma: "the heads of A, B and C" types none of them.
    assert kind_of("Les patrons de Vendrix, Tarvex et Brenova ont parlé.", "Tarvex") != PERSON


# --- verbs of saying ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("« Nous resterons », a déclaré Kelmenson.", "Kelmenson"),
        ('"We will stay," said Ashworth.', "Ashworth"),
        ("Kelmenson a expliqué que le chantier reprendrait.", "Kelmenson"),
        ("Ashworth told reporters the plant would close.", "Ashworth"),
        ("Hier, Amaury Terlinden a déclaré que tout allait bien.", "Amaury Terlinden"),
        ("Selon Kelmenson, le projet avance.", "Kelmenson"),
    ],
)
def test_a_verb_of_saying_makes_a_person(text, name):
    assert kind_of(text, name) == PERSON


def test_verbs_organisations_use_too_type_only_names_of_several_words():
    # "Tarvex said": companies say things; one word is left to other evidence.
    assert kind_of("On Monday Tarvex said profits fell.", "Tarvex") == UNKNOWN
    # A verb in inversion needs the quote or the comma before it ("added Digital Rights" is no
    # saying).
    assert kind_of("Intel recently added Vorpal Shield to its chips.", "Vorpal Shield") == UNKNOWN


# --- organisations: determiners, legal forms, shares --------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hier, la société Vendrix a licencié 40 salariés.", "Vendrix"),
        ("Hier, le groupe Ambrelle a racheté l'usine.", "Ambrelle"),
        ("Il travaille chez Vendrix depuis dix ans.", "Vendrix"),
        ("Hier, le constructeur automobile Vendrix a licencié.", "Vendrix"),
        ("The French carmaker Tarvex cut jobs.", "Tarvex"),
        ("Yesterday Tarvex PLC said profits fell.", "Tarvex PLC"),
        ("Shares of Tarvex fell 5% on Monday.", "Tarvex"),
        ("Yesterday Tarvex shares fell 5%.", "Tarvex"),
        ("Yesterday Tarvex's shares fell 5%.", "Tarvex"),
        ("Yesterday Kestrin analyst Bob Harlan said so.", "Kestrin"),  # the employer
        ("Hier, les salariés de Vendrix ont fait grève.", "Vendrix"),
    ],
)
def test_company_cues_make_an_organisation(text, name):
    assert kind_of(text, name) == ORG


def test_a_plant_named_after_its_town_does_not_make_the_town_a_company():
    assert kind_of("They will close the Brenville plant.", "Brenville") != ORG


# --- places ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Il habite à Giromagny depuis dix ans.", "Giromagny"),
        ("Il vit près d'Ormécourt depuis 1990.", "Ormécourt"),
        ("Hier, dans la commune de Brenville, il a plu.", "Brenville"),
        ("The firm was founded in Wixford in 1990.", "Wixford"),
        ("The Brenville-based carmaker sold its plant.", "Brenville"),
        ("Il a fini sa campagne à Des Plaines hier.", "Des Plaines"),
    ],
)
def test_place_cues_make_a_place(text, name):
    assert kind_of(text, name) == PLACE


def test_a_name_then_a_known_place_is_a_place_in_it(builtin):
    assert kind_of("Wixford, Michigan lost its plant.", "Wixford", builtin) == PLACE
    assert kind_of("Il conclura à Valmy-le-Haut, dans l'Iowa, lundi.", "Valmy-le-Haut", builtin) == PLACE


def test_a_person_after_a_place_preposition_stays_a_person():
    assert kind_of("Il a écrit à Jean Dufresnoy hier.", "Jean Dufresnoy") == PERSON


# --- first names ----------------------------------------------------------------------------------


def test_a_first_name_alone_is_a_guessed_person_unless_it_names_a_place_too():
    mentions = find_mentions("Hier, William a écrit une lettre.", [(0, 33)], Gazetteer())
    assert [(m.surface, m.kind, m.weight) for m in mentions] == [("William", PERSON, WEAK)]
    # "Nancy" is a first name and a city: alone it gives no guess; "à" then makes it a place.
    assert kind_of("Hier, Nancy a voté le budget.", "Nancy") == UNKNOWN
    assert kind_of("Il est arrivé à Nancy hier soir.", "Nancy") == PLACE


def test_first_name_and_surname_is_a_fair_person():
    mentions = find_mentions("Hier, Jean Dufresnoy est venu.", [(0, 30)], Gazetteer())
    assert [(m.kind, m.weight) for m in mentions] == [(PERSON, FAIR)]


# --- sports ---------------------------------------------------------------------------------------


def test_a_city_in_a_sports_result_is_its_club(builtin):
    assert kinds("Samedi, Nantes a battu Lyon 2-1 au stade.", builtin) == {"Nantes": ORG, "Lyon": ORG}
    assert kinds("Le FC Metz a perdu face à Sochaux.", builtin) == {"FC Metz": ORG, "Sochaux": ORG}
    assert kind_of("Yesterday Boston beat Denver 3-1 in the league.", "Denver", builtin) == ORG


def test_a_city_outside_a_sports_result_stays_a_place(builtin):
    assert kind_of("Il est arrivé à Lyon hier soir.", "Lyon", builtin) == PLACE
    assert kind_of("La manifestation contre Lyon a réuni du monde.", "Lyon", builtin) == PLACE
    # A sports sentence, but the city is where the match was played.
    assert kind_of("À Lyon, Nantes a battu Metz 2-1.", "Lyon", builtin) == PLACE


def test_the_club_is_an_actor_apart_from_its_city(builtin):
    text = "Samedi, Nantes a battu Metz 2-1. Le maire de Nantes était au stade."
    mentions = find_mentions(text, [(0, len(text))], builtin)
    actors, _ = resolve_actors([mentions], builtin)
    nantes = sorted(str(a.kind) for a in actors if a.name == "Nantes")
    assert nantes == ["organisation", "place"]


# --- lists ----------------------------------------------------------------------------------------


def test_a_list_takes_the_kind_of_its_typed_members():
    text = "Il expose des œuvres de Vardonne, Quillet, Brassac et Morvelle."
    assert set(kinds(text).values()) == {PERSON}
    text = "Reviennent Jean Dufresnoy, Paul Terlinden, Kovacz et Luc Armand."
    assert kind_of(text, "Kovacz") == PERSON


def test_two_names_side_by_side_are_no_list():
    # "Pour la Brenvie, Kovacz": one country-like name and one unknown make no list.
    assert kind_of("Pour Brenvie, Kovacz Terlane sera candidat.", "Kovacz Terlane") != PLACE


# --- weights: strong evidence wins over guesses, in the article and across the corpus -----------


def test_strong_context_outweighs_a_guess_from_the_name():
    mentions = find_mentions("La société Tarvel a ouvert.", [(0, 27)], Gazetteer())
    assert [(m.kind, m.weight) for m in mentions] == [(ORG, STRONG)]
    # "à Vendrix" alone guesses a place; the company noun outweighs it.
    assert kind_of("Il travaille à la société Vendrix.", "Vendrix") == ORG


def test_a_kind_decided_once_types_the_other_mentions_of_the_article():
    text = "Hier, la société Vendrix a ouvert. Vendrix emploie dix personnes."
    mentions = find_mentions(text, [(0, len(text))], Gazetteer())
    assert [m.kind for m in mentions if m.surface == "Vendrix"] == [ORG, ORG]


def test_resolution_prefers_the_heaviest_evidence_across_articles(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Il est allé à Tarvel. Puis il est revenu à Tarvel.")
    write(tmp_path, "b.txt", "date 2020-02 Il est allé à Tarvel hier.")
    write(tmp_path, "c.txt", "date 2020-03 La société Tarvel a licencié dix salariés.")
    corpus = load_corpus([tmp_path])
    mentions = [find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs], Gazetteer()) for d in corpus.documents]
    assert sorted(m.kind for ms in mentions for m in ms) == [ORG, PLACE, PLACE, PLACE]  # three guesses
    actors, _ = resolve_actors(mentions, Gazetteer())
    assert {a.name: a.kind for a in actors}["Tarvel"] == "organisation"


def test_a_known_entry_keeps_its_kind_whatever_the_context():
    gazetteer = Gazetteer()
    gazetteer.add(Entry("brenvie", (("fr", "Brenvie"), ("en", "Brenvie")), "country"))
    assert kind_of("Le maire Brenvie a parlé.", "Brenvie", gazetteer) == ActorKind.COUNTRY


# --- the scorer's unknown share -----------------------------------------------------------------


def test_eval_actors_reports_the_share_of_actors_left_unknown(tmp_path, capsys):
    script = Path(__file__).resolve().parents[1] / "bench" / "eval_actors.py"
    spec = importlib.util.spec_from_file_location("eval_actors", script)
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_actors"] = module
    spec.loader.exec_module(module)
    write(tmp_path, "a.txt", "date 2020-01 La société Vendrix a ouvert. Hier, Kovacz Terlane est venu.")
    gold = {"corpus": str(tmp_path), "files": ["a.txt"], "actors": [{"name": "Vendrix", "kind": "organisation"}]}
    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump(gold), encoding="utf-8")
    score = module.score(module.load_gold(path, None))
    assert (score.system, score.system_unknown) == (2, 1)  # Vendrix, and the unknown Kovacz Terlane
    module.main([str(path)])
    header, _, row = capsys.readouterr().out.splitlines()[:3]
    column = header.split().index("unk")
    assert row.split()[column + 2] == "50.0%"  # the row's label is three words long


# --- examples, pairs, owners ----------------------------------------------------------------------


def test_a_name_given_as_an_example_takes_the_kind_of_the_noun():
    assert kind_of("Other carriers, such as Kestrin, sell the phone.", "Kestrin") == ORG
    assert kind_of("Des banques comme Vendrix ont prêté.", "Vendrix") == ORG
    # Three banks in a list: the first takes the noun's kind, the list passes it on.
    assert set(kinds("Major banks such as Kestrin, Vendrix, and Brenova lent money.").values()) == {ORG}


def test_a_pair_shares_the_kind_of_its_known_half():
    gazetteer = Gazetteer()
    gazetteer.add(Entry("tarvex", (("fr", "Tarvex"), ("en", "Tarvex")), "organisation"))
    assert kind_of("It ended its partnership with Tarvex and Kestrin.", "Kestrin", gazetteer) == ORG
    # Not across names of different lengths ("le SPD et Jean Dupont"), nor after a comma.
    assert kind_of("Il soutient Tarvex et Kovacz Terlane.", "Kovacz Terlane", gazetteer) == UNKNOWN
    assert kind_of("It sold Tarvex, Kestrin said.", "Kestrin", gazetteer) != ORG


def test_a_one_word_name_owned_by_a_country_is_a_guessed_company(builtin):
    mentions = find_mentions("France's Kestrin will supply parts.", [(0, 35)], builtin)
    assert [(m.surface, m.kind, m.weight) for m in mentions if not m.entry] == [("Kestrin", ORG, WEAK)]


def test_a_nationality_adjective_may_stand_in_an_apposition():
    assert kind_of("Hier, Kovacz Terlane, the Japanese minister of finance, said so.", "Kovacz Terlane") == PERSON
    assert kind_of("It sold it to Kestrin, a Canadian automobile parts company.", "Kestrin") == ORG


def test_a_role_written_as_an_acronym_still_counts():
    assert kind_of("Yesterday Kestrin CEO Jane Doe resigned.", "Kestrin") == ORG
    assert kind_of("He is president and CEO of Kestrin Aviation since May.", "Kestrin Aviation") == ORG


def test_what_follows_the_end_of_a_longer_name_is_said_of_that_name():
    # "Bank of Ruritania shares": the shares are the bank's, not Ruritania's.
    assert kind_of("The Bank of Ruritania shares rose by 3%.", "Ruritania") != ORG


def test_a_town_and_its_department_in_brackets(builtin):
    assert kind_of("Hier, Ormécourt (25) a voté le budget.", "Ormécourt") == PLACE
    assert kinds("Hier, Ormécourt (Valmorel) a voté.") == {"Ormécourt": PLACE, "Valmorel": PLACE}
    assert kind_of("L'accident a eu lieu à Brenville (Bretagne) hier.", "Brenville", builtin) == PLACE
    # A party in brackets after a person's name says nothing of a place.
    assert kinds("Hier, Jean Dufresnoy (PS) a parlé.") == {"Jean Dufresnoy": PERSON, "PS": ORG}
    assert kind_of("Hier, Kovacz (PS) a parlé.", "Kovacz") == UNKNOWN


def test_schools_families_and_companies():
    # The school's whole name is one actor (name_structure), an organisation despite the first name.
    assert kind_of("Hier, le lycée Victor-Hugo a fermé.", "lycée Victor-Hugo") == ORG
    assert kind_of("Hier, la famille Dufresnoy a porté plainte.", "Dufresnoy") == PERSON
    assert kind_of("Yesterday the Tarvex company said profits fell.", "Tarvex") == ORG


def test_ambiguous_nouns_are_no_cue():
    # A rival may be a person or a company; an international airport is no footballer.
    assert kind_of("Il a battu son rival Amaury Terlinden aux élections.", "Amaury Terlinden") != ORG
    assert kind_of("Près de l'aéroport international Tarvelon, il a atterri.", "Tarvelon") != PERSON


def test_family_and_life_events_make_a_person():
    assert kind_of("Yesterday Ashworth's wife said so.", "Ashworth") == PERSON
    assert kind_of("Hier, les obsèques de Kelmenson ont eu lieu.", "Kelmenson") == PERSON
    assert kind_of("The death of Ashworth shocked the town.", "Ashworth") == PERSON
    assert kind_of("Yesterday Ashworth, who resigned in May, spoke.", "Ashworth") == PERSON
    # A company's "family of products" is no family.
    assert kind_of("Yesterday Kestrin's family of products grew.", "Kestrin") != PERSON


def test_an_english_article_is_no_french_preposition():
    assert kind_of("It comes with a Kestrin processor.", "Kestrin") == UNKNOWN
    assert kind_of("It comes with a Kestrin Orvale processor.", "Kestrin Orvale") == UNKNOWN
    # ("Labs" is a company's word: no place either way.)
    assert kind_of("It comes with a Kestrin Labs processor.", "Kestrin Labs") != PLACE
    # A capital "A" opening a sentence is "à" written without its accent.
    assert kind_of("A Ormécourt, le maire a parlé.", "Ormécourt") == PLACE
    assert kind_of("A Des Plaines, le maire a parlé.", "Des Plaines") == PLACE


def test_regional_news_people():
    assert kind_of("Hier, Kovacz Terlane, domicilié à Brenville, a été interpellé.", "Kovacz Terlane") == PERSON
    assert kind_of("Hier, Kovacz Terlane, né à Brenville en 1950, est mort.", "Kovacz Terlane") == PERSON
    assert kind_of("Hier, la jeune Kovacz a été retrouvée.", "Kovacz") == PERSON


def test_a_surname_in_capitals_after_a_first_name_is_one_person():
    assert kinds("Le réseau est vétuste.\n\nPhilippe DURAND") == {"Philippe DURAND": PERSON}
    # Not a union's acronym (no vowel), nor an acronym after a word that is no first name.
    assert kinds("Selon Laurent CFDT, rien.") == {"Laurent": PERSON, "CFDT": ORG}
    assert "Renault CGT" not in kinds("Hier, Renault CGT a signé.")


def test_a_share_price_move_makes_a_company():
    assert kind_of("Meanwhile Kestrin gained 9.7% on Monday.", "Kestrin") == ORG
    assert kind_of("Hier, Vendrix a chuté de 5 % à la Bourse.", "Vendrix") == ORG
    assert kind_of("Yesterday Ashworth lost 5 pounds.", "Ashworth") != ORG


def test_a_company_is_not_the_surname_of_a_person(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Hier, Paul Tarvel a parlé. Les salariés de Tarvel ont fait grève.")
    write(tmp_path, "b.txt", "date 2020-02 Hier, Tarvel a parlé.")
    corpus = load_corpus([tmp_path])
    mentions = [find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs], Gazetteer()) for d in corpus.documents]
    actors, resolved = resolve_actors(mentions, Gazetteer())
    by_name = {a.name: a for a in actors}
    assert by_name["Paul Tarvel"].kind == "person" and by_name["Tarvel"].kind == "organisation"
    # The other article's lone "Tarvel" has no evidence: it joins the one full name, as before.
    assert {actors[m.actor].name for m in resolved[1]} == {"Paul Tarvel"}


def test_no_apposition_after_a_capital_a_opening_the_sentence():
    assert kind_of("A Ormécourt, le maire Jean Dufresnoy a parlé.", "Ormécourt") == PLACE


def test_business_a_company_does_and_it_for_the_name_make_a_company_guess():
    assert kind_of("Tarvex said it would cut 300 jobs.", "Tarvex") == ORG
    assert kind_of("Last year Tarvex hired 300 engineers.", "Tarvex") == ORG
    # A person's first name outweighs the guess.
    assert kind_of("Mary Lorvane said it would rain.", "Mary Lorvane") == PERSON


def test_a_one_word_name_paired_with_a_company_is_a_company():
    assert kind_of("The automaker outsold rivals Tarvex and General Lorvan Motors.", "Tarvex") == ORG
    assert kind_of("They met Tarvex, Lorvane and General Lorvan Motors.", "Lorvane") == ORG
    # A founder's first name before an institute named after the couple is no company.
    assert kind_of("Works of the Sterlane and Francine Lorvan Art Institute.", "Sterlane") != ORG
    # A person pairs with a company as well as anyone: a first name keeps its own kind.
    assert kind_of("Paul and General Lorvan Motors signed.", "Paul") != ORG


def test_the_other_party_of_a_contract_or_a_rival_is_a_company():
    assert kind_of("The Air Force awarded the contract to Tarvix last year.", "Tarvix") == ORG
    assert kind_of("Airlines placed orders from Tarvix in May.", "Tarvix") == ORG
    assert kind_of("It bought ten jets from rival Lorvane in May.", "Lorvane") == ORG
    assert kind_of("The contract with John Lorvane was signed.", "John Lorvane") == PERSON


def test_a_makers_possessed_products_and_releases_guess_a_company():
    assert kind_of("The phone uses Tarvex's latest mobile operating system.", "Tarvex") == ORG
    assert kind_of("Yesterday Tarvex has released an application.", "Tarvex") == ORG
    # A person owns a car: no company.
    assert kind_of("Lorvane's new car is red.", "Lorvane") != ORG


def test_a_guessed_company_does_not_keep_a_surname_from_its_person(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01-01\n\nMary Lorvane runs a shop. Lorvane's new models sold well. Lorvane said so.")
    gazetteer = load_gazetteer()[0]
    corpus = load_corpus([tmp_path])
    mentions = [find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs], gazetteer) for d in corpus.documents]
    actors, resolved = resolve_actors(mentions, gazetteer, "en")
    used = {m.actor for m in resolved[0]}
    assert [a.name for a in actors if a.id in used] == ["Mary Lorvane"]


def test_a_share_move_in_the_gerund_makes_a_company():
    assert kind_of("Shares fell, with Tarvex losing 11.7% and Lorvan falling by 9.7%.", "Lorvan") == ORG
    assert kind_of("Shares fell, with Tarvex losing 11.7% and Lorvan falling by 9.7%.", "Tarvex") == ORG


def test_plans_and_a_makers_goods_after_a_name_guess_a_company():
    assert kind_of("Tarvex plans to commence flights in April.", "Tarvex") == ORG
    assert kind_of("The new models will use Tarvex processors soon.", "Tarvex") == ORG
    assert kind_of("Mary Lorvane plans to retire.", "Mary Lorvane") == PERSON
