"""Who takes part in each event, more classes: a country named only as someone's nationality
("le journaliste français", "l'Américain Paul Morel") takes no part; a country acting does."""

from __future__ import annotations

import pytest
from newsline_testing import write

from tui.export import event_record
from tui.loading import open_store
from tui.store import Query


def participants_told(tmp_path, text: str, words: str) -> set[str]:
    """The participants of the events whose evidence holds ``words``, together."""
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    store = open_store([tmp_path], cache=False)
    events = [event_record(store, i) for i in store.query(Query())]
    told = [e for e in events if any(words in ev["text"] for ev in e["evidence"])]
    assert told, f"no event told by {words!r}"
    return {p for e in told for p in e["participants"]}


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        # a demonym after a noun of people
        ("Le journaliste français Paul Morel a été blessé lundi à Tarvixville lors d'une explosion.", "a été blessé", "France"),
        ("Environ 500 citoyens maliens ont manifesté lundi devant l'ambassade de Globex.", "ont manifesté", "Mali"),
        # a capitalised demonym right before a person
        ("Selon l'Américain Paul Morel, la société Globex a signé lundi un accord avec Tarvix.", "a signé", "États-Unis"),
        # a demonym ending a person's title, before a courtesy title
        ("Le chef du gouvernement français, M. Paul Morel, a prononcé lundi un discours devant le Sénat.", "a prononcé", "France"),
        # a demonym qualifying an organisation noun: the organisation's nationality
        ("L'agence de renseignement américaine Globex a signé lundi un accord avec Tarvix.", "a signé", "États-Unis"),
        ("The American company Globex signed a deal with Tarvix on Monday.", "signed", "United States"),
        ("Toute la classe politique française a dénoncé lundi la décision de Globex.", "a dénoncé", "France"),
        ("Les entreprises françaises ont protesté lundi contre la taxe de Globex.", "ont protesté", "France"),
        # English: the demonym before the noun of people
        ("Two American citizens were arrested on Monday by the police of Tarvixland.", "were arrested", "United States"),
        ("The French journalist Paul Morel was injured on Monday in an explosion in Tarvixville.", "was injured", "France"),
    ],
)
def test_a_country_told_only_as_someones_nationality_takes_no_part(tmp_path, text, words, country):
    assert country not in participants_told(tmp_path, text, words)


def test_a_country_acting_through_a_demonym_still_takes_part(tmp_path):
    text = "L'armée russe a bombardé lundi la ville de Tarvixville."
    assert "Russie" in participants_told(tmp_path, text, "a bombardé")


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        ("Tarvix Watch a publié lundi un rapport sur les prisons. L'ONG a exigé mardi la libération des détenus.", "a exigé", "Tarvix Watch"),
        ("Globex Rights published a report on Monday. The charity demanded on Tuesday the release of the prisoners.", "demanded", "Globex Rights"),
    ],
)
def test_a_noun_for_an_association_stands_for_the_one_named_before(tmp_path, text, words, named):
    assert named in participants_told(tmp_path, text, words)


@pytest.mark.parametrize(
    ("text", "words", "absent"),
    [
        # a name after "intitulé", "entitled": a work's title
        ("Tarvix Watch a publié lundi un rapport intitulé l'Archipel des silences.", "a publié", "Archipel"),
        ("Tarvix Watch a publié lundi un rapport intitulé « Lumière de Globexie ».", "a publié", "Lumière de Globexie"),
        # a name in a conditional relative clause: what something would do
        ("Tarvix Watch a demandé lundi au Conseil de Globexie une résolution qui permettrait de saisir la Cour de Lorvanie.", "a demandé", "Cour de Lorvanie"),
        ("Tarvix Watch demanded on Monday a law that would force Globex Bank to pay its workers.", "demanded", "Globex Bank"),
    ],
)
def test_a_name_beside_the_happening_that_tells_no_one_acting_takes_no_part(tmp_path, text, words, absent):
    told = participants_told(tmp_path, text, words)
    assert "Tarvix Watch" in told
    assert absent not in told


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Globex lowered its prices on Monday in its France store.", "lowered", "France"),
        ("Paul Morel a été arrêté lundi dans sa Belgique natale.", "a été arrêté", "Belgique"),
        # a country qualifying a venue noun right after it
        ("On Monday the UK court fined Globex for fraud.", "fined", "United Kingdom"),
    ],
)
def test_a_country_after_in_its_or_before_a_venue_is_where_it_happened(tmp_path, text, words, country):
    write(tmp_path, "a.txt", "date 2025-03-12\n" + text + "\n")
    store = open_store([tmp_path], cache=False)
    told = [event_record(store, i) for i in store.query(Query())]
    assert told and all(country not in e["participants"] for e in told)
    assert any(country in e["places"] for e in told)
