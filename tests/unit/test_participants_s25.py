"""Who takes part in each event (session 25): the source of an attribution is read one way
everywhere (``named_as_source``), and a pronoun after it stands for the person named before it;
"""

from __future__ import annotations

import pytest
from newsline_testing import write

from unit.test_event_participants_more import participants_told
from tui.export import event_record
from tui.extract.happenings import named_as_source
from tui.loading import open_store
from tui.store import Query


def participant_lists(tmp_path, text: str) -> list[set[str]]:
    """The participants of each event of ``text``."""
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    store = open_store([tmp_path], cache=False)
    return [set(e["participants"]) for e in (event_record(store, i) for i in store.query(Query()))]


def participants_of_kind(tmp_path, text: str, kind: str) -> set[str]:
    """The participants of the events of ``kind`` (not those of another happening told by the
    same sentence)."""
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    store = open_store([tmp_path], cache=False)
    told = [e for e in (event_record(store, i) for i in store.query(Query())) if e["kind"] == kind]
    assert told, f"no event of kind {kind!r}"
    return {p for e in told for p in e["participants"]}


# -- the source of an attribution -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "source"),
    [
        ("Selon Paul Morel, la société a signé.", "Paul Morel", True),
        ("Selon son médecin, Paul Morel, son état s'est aggravé.", "Paul Morel", True),
        ("Selon son médecin Paul Morel, son état s'est aggravé.", "Paul Morel", True),
        ("According to his lawyer John Miller, he was arrested.", "John Miller", True),
        # a name after the attribution's comma, with none after it, acts
        ("Selon le rapport publié lundi, Paul Morel a signé l'accord.", "Paul Morel", False),
        ("According to the report, John Miller signed the deal.", "John Miller", False),
    ],
)
def test_the_source_of_an_attribution(text, name, source):
    start = text.index(name)
    assert named_as_source(text, start, start + len(name)) is source


@pytest.mark.parametrize(
    ("text", "kind", "person", "source"),
    [
        (
            "Paul Morel a été hospitalisé lundi à Tarvixville. Selon son agent, Jean Dubois, son état s'est "
            "aggravé mardi et il a démissionné de son poste.",
            "appointment", "Paul Morel", "Jean Dubois",
        ),
        (
            "Paul Morel was taken to hospital in Tarvixville on Monday. According to his agent, John Miller, "
            "his health worsened and he resigned on Tuesday.",
            "appointment", "Paul Morel", "John Miller",
        ),
    ],
)
def test_a_pronoun_after_a_source_stands_for_the_person_before(tmp_path, text, kind, person, source):
    assert_takes_part(tmp_path, text, kind, person, source)


def assert_takes_part(tmp_path, text: str, kind: str, actor: str, other: str) -> None:
    """``actor`` takes part in the events of ``kind`` told by ``text``, ``other`` not."""
    named = participants_of_kind(tmp_path, text, kind)
    assert actor in named
    assert other not in named


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        ("Selon le rapport publié lundi, Paul Morel a démissionné. Il a quitté Tarvixville mardi.", "Il a quitté", "Paul Morel"),
        ("According to the report released on Monday, John Miller resigned. He left Tarvixville on Tuesday.", "He left", "John Miller"),
    ],
)
def test_a_name_acting_after_an_attribution_is_what_a_pronoun_stands_for(tmp_path, text, words, person):
    assert person in participants_told(tmp_path, text, words)


# -- a country told only as a nationality ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "country", "actor"),
    [
        # a demonym after a title: the office's country
        ("Le président tchèque a été hospitalisé lundi à Tarvixville, a annoncé Globex.", "a été hospitalisé", "Tchéquie", None),
        ("Le Premier ministre britannique a rencontré lundi Paul Morel à Tarvixville.", "a rencontré", "Royaume-Uni", "Paul Morel"),
        ("The Czech president met Paul Morel in Tarvixville on Monday.", "met", "Czech Republic", "Paul Morel"),
        # a demonym after a noun of people or of a party
        ("La comète a été repérée lundi par l'astronome suisse Paul Morel.", "a été repérée", "Suisse", "Paul Morel"),
        ("Des experts russes ont effectué lundi une expédition avec Paul Morel.", "ont effectué", "Russie", "Paul Morel"),
        ("Plusieurs partis d'opposition serbes ont dénoncé lundi la décision de Paul Morel.", "ont dénoncé", "Serbie", "Paul Morel"),
        # a demonym as a noun of people counted
        ("Neuf Palestiniens ont été tués lundi lors d'une attaque de Globex.", "ont été tués", "Palestine", None),
        ("Three Americans were arrested on Monday by the police of Tarvixland.", "were arrested", "United States", None),
        ("Des Marocains ont manifesté lundi devant le siège de Globex.", "ont manifesté", "Maroc", None),
    ],
)
def test_a_country_told_as_a_nationality_takes_no_part(tmp_path, text, words, country, actor):
    named = participants_told(tmp_path, text, words)
    assert country not in named
    if actor:
        assert actor in named


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # an institution's country acts; so does a side named by its people with an article
        ("L'armée russe a attaqué lundi la ville de Tarvixville.", "a attaqué", "Russie"),
        ("Les Russes ont signé lundi un accord avec Globex.", "ont signé", "Russie"),
        ("La Russie a signé lundi un accord avec deux sociétés.", "a signé", "Russie"),
    ],
)
def test_a_country_acting_still_takes_part(tmp_path, text, words, country):
    assert country in participants_told(tmp_path, text, words)


# -- a name after a participle of naming and a preposition -------------------------------------


def test_a_place_after_a_participle_of_naming_is_no_thing(tmp_path):
    text = (
        "Des manifestants se sont rassemblés lundi devant l'ambassade baptisée en Tarvixie « nid d'espions ».\n\n"
        "La Globexie a décrété mardi des sanctions contre la Tarvixie."
    )
    assert "Tarvixie" in participants_told(tmp_path, text, "a décrété")


# -- a sayer before an aside, what they say after the verb -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Selon Jean Dubois, « la dette est lourde » ; le ministre des finances, Paul Morel, a pour sa part ajouté : « La situation est grave ».",
        "Jean Dubois a déclaré lundi que la dette était lourde ; le ministre des finances, Paul Morel, a ajouté que la situation était grave.",
        'John Miller said on Monday that the debt was heavy; the finance minister, Paul Morel, added: "The situation is serious."',
    ],
)
def test_a_sayer_named_in_an_aside_before_the_verb_says_it(tmp_path, text):
    assert any("Paul Morel" in named and "Jean Dubois" not in named and "John Miller" not in named for named in participant_lists(tmp_path, text))


def test_a_sayer_named_after_the_verb_is_still_the_sayer(tmp_path):
    text = "Paul Morel, le patron de Globex, devait être entendu lundi par les juges, a annoncé le parquet de Tarvixville."
    lists = participant_lists(tmp_path, text)
    assert not any(named == {"Globex"} for named in lists)


# -- the subject before a long participial aside ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un ancien dirigeant, Paul Morel, reconnu coupable de la mort de trois personnes dans des attentats "
        "perpétrés par le groupe Globex et accusé de corruption, a été condamné lundi par un tribunal.",
        "Paul Morel, accused of fraud by the regulators of Tarvixland and of the bribery of several officials of "
        "Globex, was sentenced on Monday by a court.",
    ],
)
def test_the_name_before_a_long_participial_aside_is_the_verb_s_subject(tmp_path, text):
    assert_takes_part(tmp_path, text, "legal", "Paul Morel", "Globex")


def test_what_a_participial_aside_tells_is_its_subject_s(tmp_path):
    text = "Paul Morel, obligé de rentrer au port avant même le départ de la course, a pu repartir lundi soir."
    assert any("Paul Morel" in named for named in participant_lists(tmp_path, text))


# -- a pronoun taking up a phrase set apart -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Paul Morel a rencontré lundi les syndicats. Quant au chef de Globex, il a estimé mardi que l'accord était caduc.", "Paul Morel"),
        ("Paul Morel met the unions on Monday. As for the head of Globex, he said on Tuesday that the deal was void.", "Paul Morel"),
    ],
)
def test_a_pronoun_after_a_phrase_set_apart_stands_for_it(tmp_path, text, other):
    assert_takes_part(tmp_path, text, "statement", "Globex", other)


# -- a medium spoken to or on -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        ("Paul Morel a déclaré lundi à l'AFP que la situation était grave.", "AFP"),
        ("Paul Morel a déclaré dimanche sur BFM TV que la situation était grave.", "BFM TV"),
        ("Paul Morel said on CNN on Monday that the situation was serious.", "CNN"),
        ("Paul Morel told the BBC on Tuesday that the situation was serious.", "BBC"),
    ],
)
def test_a_medium_spoken_to_takes_no_part(tmp_path, text, medium):
    assert_takes_part(tmp_path, text, "statement", "Paul Morel", medium)


def test_a_medium_acting_takes_part(tmp_path):
    assert "Reuters" in participants_told(tmp_path, "Reuters a racheté lundi la société Globex pour 20 millions d'euros.", "a racheté")


# -- a relative clause telling what something becomes -------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Le Parlement a approuvé lundi le gouvernement de Paul Morel, qui devient ainsi le premier gouvernement de la Russie depuis 1990.", "a approuvé"),
        ("Parliament approved on Monday the government of Paul Morel, which becomes the first government of Russia since 1990.", "approved"),
    ],
)
def test_who_is_named_in_what_something_becomes_takes_no_part(tmp_path, text, words):
    named = participants_told(tmp_path, text, words)
    assert "Paul Morel" in named
    assert not {"Russie", "Russia"} & named


# -- the antecedent of a relative pronoun subject -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Le chancelier souhaite la nomination de Jean Dubois, malgré les réserves de Paul Morel qui souhaiterait un "
        "représentant de la Ligue Tarvix qui a remporté les élections du 13 juin.",
        "The chancellor criticised Jean Dubois, despite the doubts of Paul Morel about the Tarvix League, which won the elections on Monday.",
    ],
)
def test_the_name_before_a_relative_subject_acts_not_those_before_it(tmp_path, text):
    named = participants_of_kind(tmp_path, text, "election")
    assert named & {"Ligue Tarvix", "Tarvix League"}
    assert "Paul Morel" not in named
