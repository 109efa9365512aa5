"""Sentences that go on telling a happening already told in their article are evidence of it,
never a row of their own: a presentative naming it ("C'est leur premier échange …", "Il s'agit
du premier contact …", "It was the first meeting …"); on articles invented for these tests."""

from __future__ import annotations

import pytest

from tui.extract.referring import presented_kinds, words_of

from .test_evidence_refers_back import BY_NOUN, HEADER, events_of, rules


def folded(sentence):
    return [w for _s, _e, w in words_of(sentence, 0, len(sentence))]


@pytest.mark.parametrize(
    "sentence, lang, kinds",
    [
        ("C'est leur premier échange depuis le printemps.", "fr", ("call", "meeting")),
        ("Il s'agit du premier contact entre les deux ministres.", "fr", ("call", "meeting")),
        ("C'est la deuxième rencontre des deux hommes.", "fr", ("meeting",)),
        ("It was the first meeting of the two leaders.", "en", ("meeting",)),
        ("This is their second exchange this year.", "en", ("call", "meeting")),
        # no presentative, or a noun naming no happening
        ("Leur premier échange a duré une heure.", "fr", ()),
        ("C'est le premier ministre qui décide.", "fr", ()),
        ("It is the first time they spoke.", "en", ()),
    ],
)
def test_a_presentative_names_the_kind_of_its_noun(sentence, lang, kinds):
    assert presented_kinds(folded(sentence), lang) == kinds


@pytest.mark.parametrize(
    "text, kind, stretch",
    [
        ("Le ministre Paul Martin et son homologue Karl Weber ont eu un entretien téléphonique lundi 6 mai 2024. "
         "Il s'agit du premier contact entre les deux ministres depuis l'élection de Karl Weber en janvier.",
         "call", "Il s'agit du premier contact"),
        ("Acme chief Jane Porter met Globex chief Tom Reyes in Geneva on Monday. It was their first exchange since the merger.",
         "meeting", "It was their first exchange"),
    ],
)
def test_a_presentative_naming_what_was_just_told_is_its_evidence(tmp_path, monkeypatch, capsys, text, kind, stretch):
    events = events_of(tmp_path, monkeypatch, capsys, text)
    (event,) = [e for e in events if e["kind"] == kind]
    assert rules(event) == ["first", BY_NOUN]
    assert event["evidence"][1]["clause"][0] == text.find(stretch) + len(HEADER)


def test_a_presentative_before_any_telling_of_its_kind_makes_no_row(tmp_path, monkeypatch, capsys):
    # nothing told before it to present: no row of its own, no evidence of what follows
    text = "C'est leur premier échange depuis des mois. Le 9 mai 2024, Marie Leclerc a été élue maire de Valbourg."
    (election,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert election["kind"] == "election" and rules(election) == ["first"]


def test_a_presentative_naming_another_kind_joins_nothing(tmp_path, monkeypatch, capsys):
    # an election is no exchange
    text = "Le 9 mai 2024, Marie Leclerc a été élue maire de Valbourg. C'est leur premier échange depuis des mois."
    (election,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert rules(election) == ["first"]


@pytest.mark.parametrize(
    "text, stretch",
    [
        ("Le président Paul Martin a eu un entretien téléphonique lundi avec le chancelier Karl Weber. L'entretien a duré une heure.",
         "L'entretien a duré"),
        ("President Paul Martin spoke by phone with Chancellor Karl Weber on Monday. The talks lasted an hour.", "The talks lasted"),
    ],
)
def test_a_noun_of_a_meeting_referring_back_names_a_call(tmp_path, monkeypatch, capsys, text, stretch):
    (call,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert call["kind"] == "call" and rules(call) == ["first", "refers back"]
    assert call["evidence"][1]["clause"][0] == text.find(stretch) + len(HEADER)


def test_a_noun_of_a_call_referring_back_names_no_meeting(tmp_path, monkeypatch, capsys):
    # a meeting face to face is no call: "the phone call" names another happening
    text = "President Paul Martin met Chancellor Karl Weber in Berlin on Monday. The phone call lasted an hour."
    events = events_of(tmp_path, monkeypatch, capsys, text)
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert rules(meeting) == ["first"]


def test_names_its_kind():
    from tui.extract.merge import names_its_kind

    assert names_its_kind("meeting", "call") and names_its_kind("call", "call")
    assert not names_its_kind("call", "meeting") and not names_its_kind("meeting", "election")


MET = "Le président Paul Martin a rencontré lundi le chancelier Karl Weber à Berlin. "


@pytest.mark.parametrize(
    "after",
    [
        "Les deux dirigeants ont également évoqué la situation en Syrie.",
        "Ils ont abordé la question du gaz.",
        "Paul Martin et Karl Weber ont aussi évoqué le climat.",
    ],
)
def test_what_those_who_met_talked_over_is_evidence_of_their_meeting(tmp_path, monkeypatch, capsys, after):
    (meeting,) = events_of(tmp_path, monkeypatch, capsys, MET + after)
    assert meeting["kind"] == "meeting" and rules(meeting) == ["first", "talked over there"]


def test_talking_over_goes_on_past_another_such_sentence(tmp_path, monkeypatch, capsys):
    text = MET + "Les deux dirigeants ont évoqué la Syrie. Ils ont aussi abordé la question du gaz."
    (meeting,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert rules(meeting) == ["first", "talked over there", "talked over there"]


@pytest.mark.parametrize(
    "after",
    [
        # one of them alone may speak of it anywhere; someone else is no one who met
        "Paul Martin a aussi évoqué la grève des cheminots.",
        "Paul Martin et Jean Dupont ont évoqué la grève des cheminots.",
        # a verb of saying that is no talking over
        "Les deux dirigeants ont déclaré que la Syrie était leur priorité.",
    ],
)
def test_what_others_talked_over_is_no_more_of_the_meeting(tmp_path, monkeypatch, capsys, after):
    events = events_of(tmp_path, monkeypatch, capsys, MET + after)
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert "talked over there" not in rules(meeting)


def test_talking_over_far_from_the_meeting_is_no_more_of_it(tmp_path, monkeypatch, capsys):
    text = MET + "La Bourse a chuté de 3 % mardi. Le gouvernement a adopté un budget mercredi. Le ministre a démissionné jeudi. Ils ont évoqué la Syrie."
    events = events_of(tmp_path, monkeypatch, capsys, text)
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert "talked over there" not in rules(meeting)


@pytest.mark.parametrize(
    "text, stretch",
    [
        ("Un bus a percuté un camion lundi près de Valbourg. Trois personnes ont été blessées dans la collision.", "Trois personnes"),
        ("A bus crashed into a truck near Dunmore on Monday. Three people were injured in the crash.", "Three people"),
    ],
)
def test_a_toll_naming_the_happening_by_a_definite_noun_is_its_evidence(tmp_path, monkeypatch, capsys, text, stretch):
    (crash,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert crash["kind"] == "disaster" and rules(crash) == ["first", BY_NOUN]
    assert crash["evidence"][1]["clause"][0] == text.find(stretch) + len(HEADER)


CRASH = "Un bus a percuté un camion lundi près de Valbourg. "


@pytest.mark.parametrize(
    "text",
    [
        # a complement names a happening of its own; an indefinite something new
        CRASH + "Trois personnes ont été blessées depuis la collision du train de Noyal.",
        CRASH + "Trois personnes ont été blessées dans une collision.",
        # "before the crash": what the sentence compares with, not the crash told before it
        CRASH + "Trois personnes étaient blessées avant la collision.",
        "A bus crashed into a truck near Dunmore on Monday. Three people were injured before the crash.",
    ],
)
def test_a_noun_with_a_complement_indefinite_or_compared_with_names_nothing_told(tmp_path, monkeypatch, capsys, text):
    events = events_of(tmp_path, monkeypatch, capsys, text)
    (crash,) = [e for e in events if e["kind"] == "disaster" and e["evidence"][0]["clause"][0] == len(HEADER)]
    assert rules(crash) == ["first"]


@pytest.mark.parametrize(
    "after, stretch",
    [
        ("Selon le communiqué, la rencontre s'est déroulée dans un climat constructif.", "la rencontre"),
        ("D'après l'Élysée, l'entretien a duré une heure.", "l'entretien"),
    ],
)
def test_a_definite_noun_after_an_attribution_refers_back(tmp_path, monkeypatch, capsys, after, stretch):
    text = MET + after
    events = events_of(tmp_path, monkeypatch, capsys, text)
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    assert rules(meeting) == ["first", "refers back"]
    start, end = meeting["evidence"][1]["clause"]
    assert start <= text.find(stretch) + len(HEADER) < end


def test_a_definite_noun_after_an_attribution_in_english_makes_no_row_of_its_own(tmp_path, monkeypatch, capsys):
    text = "President Paul Martin met Chancellor Karl Weber in Berlin on Monday. According to the statement, the meeting took place in a friendly mood."
    (meeting,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert rules(meeting) == ["first", "refers back"]

