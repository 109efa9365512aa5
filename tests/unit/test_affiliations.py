"""Affiliations and roles from the text, members in queries, counts under a filter."""

from __future__ import annotations

from newsline_testing import SEEDS, write

from tui.loading import open_store
from tui.loading.assemble import build_store
from tui.corpus.reader import load_corpus
from tui.store import Query


def relations_of(store):
    return {
        a.name: ([store.actors[g].name for g in a.affiliations], [(r.title, r.preposition, store.actors[r.of].name, r.date) for r in a.roles])
        for a in store.actors
    }


def test_seed_appositions_give_affiliations_and_dated_roles_without_a_gazetteer_file():
    store = build_store(load_corpus([SEEDS]))  # built-in gazetteer only, no seeds/actors.yaml
    got = relations_of(store)
    assert got["Sergueï Narychkine"] == (["SVR"], [("directeur", "du", "SVR", "2025-03")])
    assert got["John Ratcliffe"] == (["CIA"], [("chef", "de la", "CIA", "2025-03")])
    affiliations, roles = got["William Burns"]
    assert affiliations == ["CIA"]
    assert ("ambassadeur", "en", "Russie", "2021-11") in roles and ("ambassadeur", "en", "Jordanie", "2021-11") in roles
    # an ambassador to Russia does not belong to Russia
    assert "Russie" not in affiliations


def test_english_title_before_name_and_apposition_after(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2021-11-03 CIA Director William Burns met Russian President Vladimir Putin on Tuesday. "
        "Later, Mary Smith, the spokeswoman of NATO, said it was useful.",
    )
    got = relations_of(open_store([tmp_path]))
    assert got["William Burns"][0] == ["CIA"]
    assert got["Vladimir Putin"][0] == ["Russia"] and got["Vladimir Putin"][1][0][0] == "president"
    assert got["Mary Smith"][0] == ["NATO"]


def test_no_relation_between_a_visitor_and_the_host_organisation(tmp_path):
    write(tmp_path, "a.txt", "date 2021-11 Paul Martin a rencontré le chef du Conseil de sécurité russe mardi.")
    got = relations_of(open_store([tmp_path]))
    assert got["Paul Martin"] == ([], [])


def test_members_widen_a_country_filter(seeds_store):
    russia = seeds_store.find_actor("Russie")
    svr = seeds_store.find_actor("SVR")
    members = seeds_store.members(russia.id)
    assert svr.id in members and seeds_store.find_actor("Moscou").id in members
    plain = set(seeds_store.query(Query(actors=frozenset({russia.id}))))
    widened = set(seeds_store.query(Query(actors=frozenset({russia.id}), include_members=True)))
    assert plain < widened
    assert any(russia.id not in seeds_store.events[i].actors for i in widened)


def test_counts_under_a_filter_and_co_actors(seeds_store):
    narychkine = seeds_store.find_actor("Sergueï Narychkine")
    ids = seeds_store.query(Query(actors=frozenset({narychkine.id})))
    counts = seeds_store.actor_event_counts(ids)
    assert counts[narychkine.id] == len(ids)
    assert sum(counts) == sum(len(seeds_store.events[i].actors) for i in ids)
    full = seeds_store.actor_event_counts(range(len(seeds_store.events)))
    assert full == [seeds_store.event_count(a.id) for a in seeds_store.actors]
    co = dict(seeds_store.co_actors(narychkine.id))
    assert co[seeds_store.find_actor("John Ratcliffe").id] >= 1


def test_cli_members_flag_and_actor_json(capsys):
    import json

    from tui.cli import main

    main(["events", "--actor", "Russie", "--format", "json"])
    plain = json.loads(capsys.readouterr().out)
    main(["events", "--actor", "Russie", "--members", "--format", "json"])
    widened = json.loads(capsys.readouterr().out)
    assert len(widened) > len(plain)
    main(["actors", "--format", "json"])
    actors = {a["name"]: a for a in json.loads(capsys.readouterr().out)}
    assert actors["Sergueï Narychkine"]["affiliations"] == ["SVR"]
    assert {"role": "directeur", "preposition": "du", "of": "SVR", "date": "2025-03", "doc": "000_93aac57783158c4e.txt"} in actors[
        "Sergueï Narychkine"
    ]["roles"]
