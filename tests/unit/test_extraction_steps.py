"""The small steps of name discovery, actor resolution and relation finding, on invented inputs."""

from __future__ import annotations

from collections import Counter

import pytest

from tui.extract import actors as ac
from tui.extract import affiliations as af
from tui.extract import resolve as rs
from tui.extract.gazetteer import Entry, Gazetteer
from tui.extract.model import ActorKind, Mention

PERSON, ORG, COUNTRY, UNKNOWN = ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.UNKNOWN
PLACE = ActorKind.PLACE


# --- actors: the steps of _discover --------------------------------------------------------


def tokens_of(text):
    tokens = ac._tokens(text, 0, len(text))
    return tokens, [ac._is_name_text[t.text] for t in tokens]


def index(tokens, word):
    return next(n for n, t in enumerate(tokens) if t.text == word)


def no_gazetteer(k):
    return None


def run_of(text, first, match=no_gazetteer):
    tokens, names = tokens_of(text)
    i = index(tokens, first)
    run, j = ac._capitalised_run(text, tokens, i, ac._words(), match, names)
    return [t.text for t in run], j - i


def test_capitalised_run_takes_particles_before_one_last_name_word():
    assert run_of("hier Valéry Giscard d'Estaing a parlé", "Valéry") == (["Valéry", "Giscard", "d", "Estaing"], 4)
    assert run_of("selon Ursula von der Leyen.", "Ursula") == (["Ursula", "von", "der", "Leyen"], 4)
    # Not a whole second name: "de Donald Trump" is another actor.
    assert run_of("les États-Unis de Donald Trump", "États-Unis") == (["États-Unis"], 1)


def test_capitalised_run_stops_at_a_gazetteer_name_and_a_trailing_acronym():
    tokens, _ = tokens_of("du SVR Sergueï Narychkine")
    svr = index(tokens, "SVR")

    def match(k):
        return (1, Mention(0, 0, "", "", "svr", ORG)) if k == svr else None

    assert run_of("le chef Alain Dupont SVR Sergueï", "Alain") == (["Alain", "Dupont"], 2)
    assert run_of("du Narychkine SVR Sergueï", "Narychkine", match) == (["Narychkine"], 1)
    assert run_of("PSA Peugeot Citroën", "PSA") == (["PSA", "Peugeot", "Citroën"], 3)


def test_capitalised_run_takes_a_one_word_place_after_de_unless_it_heads_a_person():
    text = "la Banque de France a dit"
    tokens, _ = tokens_of(text)
    france = index(tokens, "France")

    def match(k):
        return (1, Mention(0, 0, "France", "france", "france", COUNTRY)) if k == france else None

    assert run_of(text, "Banque", match) == (["Banque", "de", "France"], 3)
    # "Marie de France": a first name heads it, a person.
    text = "la Marie de France a dit"
    tokens, _ = tokens_of(text)
    france = index(tokens, "France")
    assert run_of(text, "Marie", match) == (["Marie"], 1)
    # Only right after the particle "de": not past other particles.
    text = "la Fondation van de France a dit"
    tokens, _ = tokens_of(text)
    far = index(tokens, "France")

    def far_match(k):
        return (1, Mention(0, 0, "France", "france", "france", COUNTRY)) if k == far else None

    assert run_of(text, "Fondation", far_match) == (["Fondation"], 1)
    # A gazetteer name that is no place: the run stops before "de".
    text = "la Banque de France a dit"

    def organisation(k):
        return (1, Mention(0, 0, "France", "france", "france", ORG)) if k == france else None

    assert run_of(text, "Banque", organisation) == (["Banque"], 1)
    # No gazetteer name at all: "de" is a particle before one last name word.
    assert run_of(text, "Banque") == (["Banque", "de", "France"], 3)


def test_organisation_adjective_completes_a_french_organisation():
    words = ac._words()
    for text, expected in [
        ("le Front national a", True),
        ("le Parti socialiste a", True),
        ("le Front a", False),  # "a" is no adjective
        ("le Front Populaire", False),  # capitalised: the run took it or it is another name
        ("Jean Front national", False),  # the words before the head must be function words
    ]:
        tokens, names = tokens_of(text)
        head = next(n for n, t in enumerate(tokens) if t.text == "Front" or t.text == "Parti")
        start = 1 if text.startswith("le") else 0
        run = tokens[start : head + 1]
        assert ac._organisation_adjective(text, tokens, run, head + 1, words) is expected, text


def test_a_first_name_inside_a_run_starts_a_second_name():
    words = ac._words()

    def start(text):
        return ac._second_name_start(tokens_of(text)[0], words)

    assert start("WikiLeaks Julian Assange") == 1
    assert start("Jean Pierre Raffarin") is None  # a first name after a first name
    assert start("Ursula von Julian Leyen") is None  # after a particle
    assert start("George W Bush") is None
    assert start("Dupont Julian") is None  # a first name ending the run starts no name


def test_lone_word_and_leading_and_trailing_trims():
    words = ac._words()
    vocabulary = ac._Vocabulary(lowercase={"rappelons"}, capitalised_inside=set())
    tokens, _ = tokens_of("Le Rappelons Paris. Rappelons")
    le, rappelons, paris, again = tokens
    assert ac._lone_non_name(le, words, vocabulary)
    assert ac._lone_non_name(again, words, vocabulary)  # opens a sentence, written lowercase elsewhere
    assert not ac._lone_non_name(rappelons, words, vocabulary)  # inside a sentence
    assert not ac._lone_non_name(paris, words, vocabulary)

    run = list(tokens_of("Le Président Emmanuel Macron")[0])
    assert ac._drop_leading(run, words, vocabulary) is True  # a title went
    assert [t.text for t in run] == ["Emmanuel", "Macron"]
    run = list(tokens_of("selon Le Monde")[0])[1:]  # "Le" inside a sentence starts the name
    assert ac._drop_leading(run, words, vocabulary) is False
    assert [t.text for t in run] == ["Le", "Monde"]
    run = list(tokens_of("Le Parti Socialiste")[0])  # an organisation word heading a longer run stays
    ac._drop_leading(run, words, vocabulary)
    assert [t.text for t in run] == ["Parti", "Socialiste"]
    run = list(tokens_of("Le Parti")[0])  # but not alone
    ac._drop_leading(run, words, vocabulary)
    assert run == []

    run = list(tokens_of("Banque de")[0])
    ac._drop_trailing(run, words)
    assert [t.text for t in run] == ["Banque"]
    run = list(tokens_of("Le Parti")[0])
    ac._drop_trailing(run, words)
    assert [t.text for t in run] == ["Le", "Parti"]


def test_no_actor_rejects_initials_numerals_things_and_lone_common_words():
    words = ac._words()

    def no_actor(text, first):
        tokens, _ = tokens_of(text)
        i = index(tokens, first)
        return ac._no_actor(list(tokens[i:]), tokens, i, words)

    assert no_actor("B", "B")
    assert no_actor("le règne XIV", "XIV")
    assert no_actor("l'ouragan Sandy", "Sandy")
    assert no_actor("le boson de Higgs", "Higgs")
    assert no_actor("le Parti", "Parti")
    assert not no_actor("Alain Dupont", "Alain")
    assert not no_actor("le Parti Socialiste", "Parti")
    assert not no_actor("George W Bush", "W")  # an initial inside a longer run


# --- resolve: the steps of resolve_actors ---------------------------------------------------


def discovered(key, surface=None, kind=UNKNOWN, weak=False):
    surface = surface or " ".join(w.capitalize() for w in key.split())
    return Mention(0, len(surface), surface, key, None, kind, weak=weak)


def test_document_moves_join_short_forms_to_the_one_longer_name():
    mentions = [
        discovered("psa peugeot citroen", kind=ORG),
        discovered("psa", "PSA"),
        discovered("ana pastor garcia", kind=PERSON),
        discovered("ana pastor", kind=PERSON),
        discovered("garcia"),
        discovered("marine le pen", kind=PERSON),
        discovered("marine"),
    ]
    moves = rs._document_moves(mentions, Gazetteer(), {}, {})
    assert moves == {
        ("d", "psa"): ("d", "psa peugeot citroen"),
        ("d", "ana pastor"): ("d", "ana pastor garcia"),
        ("d", "garcia"): ("d", "ana pastor garcia"),
        ("d", "marine"): ("d", "marine le pen"),
    }


def test_document_moves_prefer_the_articles_own_surname_and_leave_a_shared_one():
    corpus_owners = {"dupont": {("d", "paul dupont")}}
    own = [discovered("alain dupont", kind=PERSON), discovered("dupont")]
    assert rs._document_moves(own, Gazetteer(), {}, corpus_owners)[("d", "dupont")] == ("d", "alain dupont")
    alone = [discovered("dupont")]
    assert rs._document_moves(alone, Gazetteer(), {}, corpus_owners) == {("d", "dupont"): ("d", "paul dupont")}
    shared = {"dupont": {("d", "paul dupont"), ("d", "luc dupont")}}
    assert rs._document_moves(alone, Gazetteer(), {}, shared) == {}
    # A corpus-wide move stands; the article does not redo it.
    global_moves = {("d", "dupont"): ("d", "luc dupont")}
    assert rs._document_moves(own, Gazetteer(), global_moves, corpus_owners)[("d", "dupont")] == ("d", "luc dupont")


def test_target_drops_a_weak_mention_nothing_confirms():
    weak = discovered("rappelons", weak=True)
    assert rs._target(weak, {}, set()) is None
    assert rs._target(weak, {}, {("d", "rappelons")}) == ("d", "rappelons")
    assert rs._target(weak, {("d", "rappelons"): ("d", "x y")}, set()) == ("d", "x y")
    assert rs._target(discovered("paris"), {}, set()) == ("d", "paris")


def test_tally_counts_surfaces_and_kinds_of_resolved_groups_only():
    docs = [[discovered("paris", "Paris", COUNTRY), discovered("paris", "PARIS"), discovered("rien", weak=True)]]
    strong = {("d", "paris")}
    surfaces, kinds, weights = rs._tally(docs, [{}], strong)
    assert dict(surfaces) == {("d", "paris"): Counter({"Paris": 1, "PARIS": 1})}
    assert kinds[("d", "paris")] == Counter({COUNTRY: 1, UNKNOWN: 1})
    assert weights[("d", "paris")] == Counter()  # no mention weighs anything


def gazetteer_with(*entries):
    gazetteer = Gazetteer()
    for entry in entries:
        gazetteer.add(entry)
    return gazetteer


CIA = Entry(
    "cia",
    (("fr", "Agence centrale de renseignement"), ("en", "Central Intelligence Agency")),
    ORG,
    aliases=("CIA",),
    member_of="etats-unis",
)
USA = Entry("etats-unis", (("fr", "États-Unis"), ("en", "United States")), COUNTRY)


def test_display_name_and_kind():
    gazetteer = gazetteer_with(CIA, USA)
    assert rs._display_name(("g", "cia"), Counter({"CIA": 2, "Central Intelligence Agency": 2}), gazetteer, "en") == "CIA"
    assert rs._display_name(("g", "cia"), Counter({"CIA": 1, "Agence": 2}), gazetteer, "en") == "Central Intelligence Agency"
    assert rs._display_name(("g", "etats-unis"), Counter({"US": 5}), gazetteer, "fr") == "États-Unis"
    # Discovered: the longest forms, the most written, then the accented spelling.
    counts = Counter({"Narychkine": 9, "Sergei Narychkine": 2, "Sergueï Narychkine": 2})
    assert rs._display_name(("d", "serguei narychkine"), counts, gazetteer, "fr") == "Sergueï Narychkine"
    assert rs._kind_of(("g", "cia"), Counter({PERSON: 3}), gazetteer) == ORG
    assert rs._kind_of(("d", "x"), Counter({UNKNOWN: 5, PERSON: 2, COUNTRY: 1}), gazetteer) == PERSON
    assert rs._kind_of(("d", "x"), Counter({UNKNOWN: 5}), gazetteer) == UNKNOWN
    # The heaviest evidence wins over the most frequent kind: one title against three guesses.
    kinds, weights = Counter({PLACE: 3, PERSON: 1}), Counter({PLACE: 1, PERSON: 3})
    assert rs._kind_of(("d", "x"), kinds, gazetteer, weights) == PERSON
    assert rs._kind_of(("d", "x"), kinds, gazetteer, Counter({PLACE: 1, PERSON: 1})) == PLACE


def test_actor_takes_aliases_and_the_parent_only_when_it_is_an_actor():
    gazetteer = gazetteer_with(CIA, USA)
    surfaces = Counter({"CIA": 3, "la Compagnie": 1})
    ids = {("g", "cia"): 0, ("g", "etats-unis"): 1}
    actor = rs._actor(("g", "cia"), ids, "CIA", ORG, surfaces, 4, gazetteer)
    assert (actor.id, actor.name, actor.kind, actor.mentions, actor.member_of) == (0, "CIA", ORG, 4, 1)
    assert actor.aliases == ("Agence centrale de renseignement", "Central Intelligence Agency", "la Compagnie")
    assert actor.surfaces == ("la Compagnie",)
    assert rs._actor(("g", "cia"), {("g", "cia"): 0}, "CIA", ORG, surfaces, 4, gazetteer).member_of is None


# --- affiliations: the steps of find_relations ----------------------------------------------


WINDOWS = [
    "Il a rencontré le directeur du ",
    "selon le directeur général de la ",
    "Il a rencontré le directeur ",
    "a parlé du ",
    "le président ",
    "le président",
    "«président ",
    "the former CEO of the ",
    "directeur du",
    "",
    " ",
    "ambassadeur en ",
]


@pytest.mark.parametrize("before", WINDOWS)
def test_role_shortcuts_find_what_the_full_search_finds(before):
    patterns = af._patterns()
    full = patterns.role_then_prep.search(before)
    quick = af._role_then_prep(before, patterns)
    assert (quick and quick.span()) == (full and full.span())
    full = patterns.role_then_adjective.search(before)
    quick = af._role_then_adjective(before, patterns)
    assert (quick and quick.span()) == (full and full.span())


def test_role_shortcuts_read_role_and_prep():
    patterns = af._patterns()
    found = af._role_then_prep("selon le directeur général de la ", patterns)
    assert (found.group("role"), found.group("prep")) == ("directeur général", "de la")
    found = af._role_then_prep("Il a rencontré le directeur du ", patterns)
    assert (found.group("role"), found.group("prep")) == ("directeur", "du")
    assert af._role_then_prep("a parlé du ", patterns) is None
    assert af._role_then_adjective("le président ", patterns).group("role") == "président"
    assert af._role_then_adjective("le président", patterns) is None


def test_relation_normalises_and_tells_membership():
    patterns = af._patterns()
    assert af._relation(patterns, 1, 2, "Directeur", "De  la") == af.Relation(1, 2, "directeur", "de la", True)
    assert af._relation(patterns, 1, 2, "ambassadeur", "en").membership is False
    assert af._relation(patterns, 1, 2, "", "").membership is True
    assert af._relation(patterns, 1, 2, "chef", "d’").preposition == "d'"


def mentions_in(text, *spans):
    out = []
    for surface, kind in spans:
        start = text.index(surface)
        out.append(Mention(start, start + len(surface), surface, surface.casefold(), None, kind))
    return out


def test_relate_role_then_prep_reads_the_person_before_and_coordinated_groups():
    patterns = af._patterns()
    text = "William Burns a été ambassadeur en Russie et en Jordanie."
    mentions = mentions_in(text, ("William Burns", PERSON), ("Russie", COUNTRY), ("Jordanie", COUNTRY))
    found = af._role_then_prep(text[: mentions[1].start], patterns)
    relations = []
    af._relate_role_then_prep(text, mentions, 1, found, patterns, relations)
    assert relations == [
        af.Relation(0, 1, "ambassadeur", "en", False),
        af.Relation(0, 2, "ambassadeur", "en", False),
    ]
    # The person after the group wins over the one before.
    text = "Jean Dupont a vu le directeur du SVR Sergueï Narychkine."
    mentions = mentions_in(text, ("Jean Dupont", PERSON), ("SVR", ORG), ("Sergueï Narychkine", PERSON))
    found = af._role_then_prep(text[: mentions[1].start], patterns)
    relations = []
    af._relate_role_then_prep(text, mentions, 1, found, patterns, relations)
    assert relations == [af.Relation(2, 1, "directeur", "du", True)]


def test_adjective_country_follows_an_organisation_by_one_space():
    text = "la CIA américaine et la CIA  américaine, Paris américaine"
    cia, adjective = mentions_in(text, ("CIA", ORG), ("américaine", COUNTRY))
    assert af._adjective_country(text, [cia, adjective], 1)
    far = Mention(cia.start + 24, cia.start + 24 + 10, "américaine", "americaine", None, COUNTRY)
    assert not af._adjective_country(text, [Mention(21, 24, "CIA", "cia", None, ORG), far], 1)
    paris = Mention(41, 46, "Paris", "paris", None, ActorKind.PLACE)
    assert not af._adjective_country(text, [paris, Mention(47, 57, "américaine", "americaine", None, COUNTRY)], 1)
    assert not af._adjective_country(text, [adjective], 0)
