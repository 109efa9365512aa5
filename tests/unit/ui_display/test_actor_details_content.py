"""The actor details' content without the app, on the seeds store; and the actor kinds."""

from __future__ import annotations

import json
import pickle
from types import SimpleNamespace

from tui.extract.gazetteer import _entry
from tui.extract.model import Actor, ActorKind, Role
from tui.ui.display.actor_details import (
    co_actor_name_width,
    co_actor_row,
    event_row,
    info_table,
    kind_name,
    role_text,
    unseen,
)


def test_who_an_actor_is(seeds_store):
    actor = seeds_store.find_actor("Sergueï Narychkine")
    _, lines = info_table(seeds_store, actor)
    assert lines == [
        "Kind: person",
        "Aliases: Narychkine, Sergei Naryshkin, Serguei Narychkine",
        "Belongs to: SVR",
        "Roles: directeur du SVR  2025-03  000_93aac57783158c4e.txt",
        "Events: 2 events, 3 mentions",
    ]
    _, lines = info_table(seeds_store, seeds_store.find_actor("CIA"))
    assert "Members: John Ratcliffe, William Burns" in lines and lines[0] == "Kind: organisation"


def test_first_event_and_co_actors_rows(seeds_store):
    actor = seeds_store.find_actor("CIA")
    first = seeds_store.events_of_actor(actor.id)[0]
    _, plain = event_row(seeds_store, "first", first)
    assert plain.startswith("first ~2021-11 Le directeur de la CIA William Burns")
    co_actors = seeds_store.co_actors(actor.id, 3)
    width = co_actor_name_width(seeds_store, co_actors)
    rows = [co_actor_row(seeds_store, other, shared, width)[0].plain for other, shared in co_actors]
    assert rows == [
        "John Ratcliffe      person       2 shared events",
        "Sergueï Narychkine  person       2 shared events",
        "SVR                 organisation 2 shared events",
    ]


def test_roles_read_as_phrases():
    store = SimpleNamespace(actors=[Actor(0, "Iran", ActorKind.COUNTRY, (), 1), Actor(1, "SVR", ActorKind.ORGANISATION, (), 1)])
    assert role_text(store, Role("ambassadeur", "d'", 0, "2025", 0)) == "ambassadeur d'Iran"
    assert role_text(store, Role("directeur", "du", 1, "2025", 0)) == "directeur du SVR"
    assert role_text(store, Role("chef", "", 1, "2025", 0)) == "chef SVR"
    assert role_text(store, Role("chef", "de", 7, "2025", 0)) == "chef de ?"


def test_names_already_given_are_not_repeated():
    seen = {"cia"}
    assert unseen(("CIA", "Central Intelligence Agency", "central intelligence agency"), seen) == ["Central Intelligence Agency"]


def test_the_actor_kinds_are_one_enum_printed_as_their_values():
    assert [kind.value for kind in ActorKind] == ["person", "organisation", "country", "place", "media", "unknown"]
    assert kind_name(ActorKind.UNKNOWN) == "other" and kind_name(ActorKind.MEDIA) == "media"
    assert json.dumps({"kind": ActorKind.ORGANISATION}) == '{"kind": "organisation"}'
    assert f"{ActorKind.PERSON:<8}|" == "person  |"
    assert pickle.loads(pickle.dumps(ActorKind.PLACE)) is ActorKind.PLACE


def test_the_seeds_actors_and_the_gazetteer_s_entries_have_enum_kinds(seeds_store):
    assert all(isinstance(actor.kind, ActorKind) for actor in seeds_store.actors)
    assert _entry({"name": "Le Monde", "kind": "Media"}).kind is ActorKind.MEDIA
    assert _entry({"name": "Toulouse", "kind": "city"}).kind is ActorKind.PLACE
    assert _entry({"name": "Quelque chose", "kind": "animal"}) is None
