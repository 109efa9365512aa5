"""Actor mentions and corpus-wide resolution."""

from __future__ import annotations

from newsline_testing import SEEDS, write

from tui.corpus.reader import load_corpus
from tui.extract.actors import find_mentions
from tui.extract.gazetteer import Entry, Gazetteer, load_gazetteer
from tui.extract.resolve import resolve_actors


def actors_of(paths, gazetteer):
    corpus = load_corpus(paths)
    mentions = [
        find_mentions(d.text, [(p.start, p.end) for p in d.paragraphs if not p.kind.is_noise], gazetteer)
        for d in corpus.documents
    ]
    actors, resolved = resolve_actors(mentions, gazetteer)
    return actors, resolved, corpus


def names(actors):
    return [a.name for a in actors]


def test_discovery_alone_finds_the_people_of_the_seeds():
    actors, _, _ = actors_of([SEEDS], Gazetteer())
    by_name = {a.name: a for a in actors}
    for person in ("Sergueï Narychkine", "John Ratcliffe", "William Burns", "Nikolaï Patrouchev", "Joe Biden", "Vladimir Poutine"):
        assert by_name[person].kind == "person", person
    # The surname alone joins the full name; there is no separate "Narychkine".
    assert "Narychkine" not in by_name and "Narychkine" in by_name["Sergueï Narychkine"].aliases
    assert by_name["CIA"].kind == "organisation"
    # Sentence-initial words and acronym+name runs are not actors.
    for wrong in ("Les", "Lors", "Pendant", "Le", "CIA William Burns", "SVR Sergueï Narychkine", "États-Unis de Donald Trump"):
        assert wrong not in by_name


def test_builtin_gazetteer_links_demonyms_and_capitals(seeds_store):
    russia = seeds_store.find_actor("Russie")
    assert russia is not None and russia.kind == "country"
    assert "Russes" in russia.aliases or "russe" in russia.aliases
    usa = seeds_store.find_actor("United States")
    assert usa is not None and usa.name == "États-Unis"
    moscow = seeds_store.find_actor("Moscou")
    assert moscow.kind == "place" and moscow.member_of == russia.id


def test_acronym_aliases_are_case_sensitive():
    gazetteer = Gazetteer()
    gazetteer.add(Entry("etats-unis", (("fr", "États-Unis"), ("en", "United States")), "country", ("US",)))
    text = "Let us talk. The US said so."
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    assert [(m.surface, m.entry) for m in mentions if m.entry] == [("US", "etats-unis")]


def test_ambiguous_surname_is_not_merged(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Paul Martin est arrivé lundi. Jean Martin est parti mardi.")
    write(tmp_path, "b.txt", "date 2020-02 Selon lui, Martin a parlé le 3 février.")
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    got = names(actors)
    assert "Paul Martin" in got and "Jean Martin" in got and "Martin" in got


def test_surname_prefers_the_full_name_of_its_own_article(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Paul Martin est arrivé lundi. Martin a parlé.")
    write(tmp_path, "b.txt", "date 2020-02 Jean Martin est parti mardi. Martin a répondu.")
    actors, resolved, corpus = actors_of([tmp_path], Gazetteer())
    for doc, mentions in zip(corpus.documents, resolved):
        ids = {m.actor for m in mentions}
        assert len(ids) == 1, doc.path  # the surname joined its own article's full name


def test_accent_variants_merge(tmp_path):
    write(tmp_path, "a.txt", "date 2020-01 Sergueï Narychkine a parlé. Puis Serguei Narychkine a répondu.")
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    assert names(actors) == ["Sergueï Narychkine"]


def test_user_actors_override_builtin_and_broken_files_are_reported(tmp_path):
    good = write(tmp_path, "actors.yaml", "- name: Russie\n  kind: place\n  aliases: [la Fédé]\n")
    broken = write(tmp_path, "broken.yaml", "- name: [unclosed\n")
    gazetteer, problems = load_gazetteer([good, broken])
    russia = gazetteer.entry("russie")
    assert russia.kind == "place" and "la Fédé" in russia.aliases and "Russia" in russia.all_names()
    assert [p.path for p in problems] == [str(broken)] and "YAML" in problems[0].message


def test_teasers_and_credits_name_no_actors(seeds_store):
    assert seeds_store.find_actor("AFP") is None or seeds_store.find_actor("AFP").mentions == 0
    assert seeds_store.find_actor("COP26") is None


def test_sentence_initial_words_are_not_actors_unless_capitalised_elsewhere(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2020-01 Malheureusement, la pluie tombait. Rappelons que le match a eu lieu. "
        "Toulouse a gagné. Les supporters de Toulouse ont chanté.",
    )
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    got = names(actors)
    assert "Malheureusement" not in got and "Rappelons" not in got
    assert "Toulouse" in got


def test_initials_join_the_full_name_and_a_full_stop_ends_a_name(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2012-11 Barack Obama a été réélu. Selon B. Obama, la campagne fut rude. Jean-Marc Ayrault et J-M Ayrault. "
        "Le candidat Mitt Romney. Mitt Romney a reconnu sa défaite.",
    )
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    got = {a.name: a for a in actors}
    assert "B. Obama" in got["Barack Obama"].aliases and "B. Obama" not in got
    assert "J-M Ayrault" in got["Jean-Marc Ayrault"].aliases
    assert "Romney. Mitt Romney" not in got and got["Mitt Romney"].kind == "person"


def test_kinds_from_first_names_and_context(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2012-11 Jean-Marc Ayrault a parlé au lac Léman. La course Vendée Globe part de Bretagne "
        "et le Parti Pirate proteste à Toulouse.",
    )
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    kinds = {a.name: a.kind for a in actors}
    assert kinds["Jean-Marc Ayrault"] == "person"
    assert kinds["Léman"] == "place" and kinds["Toulouse"] == "place"
    assert kinds["Parti Pirate"] == "organisation"
    assert kinds["Vendée Globe"] != "person"


def test_things_named_after_people_are_not_actors(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2012-11 Les physiciens ont trouvé le boson de Higgs. L'ouragan Sandy a frappé New York. "
        "Le rapport de Human Rights Watch accuse Damas.",
    )
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    got = names(actors)
    assert "Higgs" not in got and "Sandy" not in got
    assert "Human Rights Watch" in got


def test_acronym_defined_in_brackets_joins_its_name_everywhere(tmp_path):
    write(tmp_path, "a.txt", "date 2012-06 Le parti Nouvelle Démocratie (ND) a gagné. Les élus ND se réunissent.")
    write(tmp_path, "b.txt", "date 2012-07 Selon la ND, tout va bien.")
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    by_name = {a.name: a for a in actors}
    assert "ND" not in by_name and "ND" in by_name["Nouvelle Démocratie"].aliases
    assert by_name["Nouvelle Démocratie"].mentions == 4


def test_kinds_from_the_shape_of_names(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2012-06 Selon WikiLeaks, le maire d'Aulnay-sous-Bois a parlé. Le fondateur de WikiLeaks Julian Assange est à Londres.",
    )
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    kinds = {a.name: a.kind for a in actors}
    assert kinds["WikiLeaks"] == "organisation"
    assert kinds["Aulnay-sous-Bois"] == "place"
    assert kinds["Julian Assange"] == "person" and "WikiLeaks Julian Assange" not in kinds


def test_a_lone_word_opening_a_sentence_needs_confirmation(tmp_path):
    write(tmp_path, "a.txt", "date 2012-06 Barroso a parlé hier. Zorglub est venu.")
    write(tmp_path, "b.txt", "date 2012-07 Le président José Manuel Barroso est arrivé.")
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    got = {a.name: a for a in actors}
    assert "Barroso" in got["José Manuel Barroso"].aliases  # confirmed as a known surname
    assert "Zorglub" not in got  # nothing confirms it


def test_names_built_on_a_place_and_capitalised_articles_mid_sentence(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2012-11 Le club Impact de Montréal a gagné. Il finira sa campagne à Des Moines, "
        "selon Le Monde. L'ouragan meurtrier Sandy a frappé. Une ONG a protesté.",
    )
    gazetteer, _ = load_gazetteer([])
    actors, _, _ = actors_of([tmp_path], gazetteer)
    got = names(actors)
    assert "Impact de Montréal" in got and "Montréal" not in got
    assert "Des Moines" in got and "Le Monde" in got
    assert "Sandy" not in got and "ONG" not in got


def test_brackets_initials_and_name_variants_within_an_article(tmp_path):
    write(
        tmp_path,
        "a.txt",
        "date 2012-08 L'entreprise Hewlett-Packard (HP) supprime des postes. Selon HP, la direction décide. "
        "Le député Alfredo Pérez Rubalcaba (PSOE) proteste. La journaliste Ana Pastor García parle. "
        "Selon Ana Pastor, Pastor reste. Marine Le Pen répond ; Marine insiste. Le Front national et le "
        "Parti socialiste votent. La fusée Titan III et IV décolle.",
    )
    actors, _, _ = actors_of([tmp_path], Gazetteer())
    by_name = {a.name: a for a in actors}
    assert "Hewlett-Packard" in by_name["HP"].aliases  # one actor, named as the text mostly does
    assert "PSOE" in by_name and "PSOE" not in by_name["Alfredo Pérez Rubalcaba"].aliases
    assert {"Ana Pastor", "Pastor"} <= set(by_name["Ana Pastor García"].aliases)
    assert "Marine" in by_name["Marine Le Pen"].aliases
    assert by_name["Front national"].kind == "organisation" and by_name["Parti socialiste"].kind == "organisation"
    assert "IV" not in by_name
