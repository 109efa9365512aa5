"""A stretch of a sentence telling nothing of its own that names a happening told before by a
noun of its kind ("Cette victoire …", "The report …", "This exchange …") is evidence of it
("refers back, by its noun"), never a row of its own; on articles and tellings made for these
tests."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from newsline_testing import write

from tui.cli import main
from tui.extract.merge import REFERS_BY_NOUN, Telling
from tui.extract.merge import merge_tellings as merged_events
from tui.extract.referring import noun_kinds, referring_at, referring_stretch, tells_a_future, words_of
from tui.extract.timex.when import when_day, when_year

KINDS = ["person", "person", "organisation", "organisation"]  # actor ids 0..3
ARTICLE_DATES = [when_day(dt.date(2024, 5, 10))]
BY_NOUN = "refers back, by its noun"
HEADER = "date 2024-05-10\n"


def events_of(tmp_path, monkeypatch, capsys, text):
    write(tmp_path / "news", "a.txt", HEADER + text + "\n")
    monkeypatch.chdir(tmp_path)
    assert main(["events", "news", "--no-cache", "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def rules(event):
    return [e["rule"] for e in event["evidence"]]


@pytest.mark.parametrize(
    "text, kind, stretch",
    [
        ("Le 9 mai 2024, Marie Leclerc a été élue maire de Valbourg. Cette victoire fait de Marie Leclerc la première femme à diriger la ville.",
         "election", "Cette victoire fait"),
        # a document opening its sentence with a definite: what its publication said
        ("The watchdog group Fairtrade Watch published a report on Monday accusing Globex of fraud. The report cites forty former employees.",
         "statement", "The report cites"),
        ("Acme chief Jane Porter met Globex chief Tom Reyes in Geneva on Monday. This exchange lasted two hours.", "meeting", "This exchange"),
        # a noun of several kinds: the one told
        ("A gas explosion destroyed a bakery in Dunmore on Tuesday. This tragedy shocked the whole town.", "disaster", "This tragedy"),
    ],
)
def test_a_noun_naming_the_kind_of_what_was_told_is_its_evidence(tmp_path, monkeypatch, capsys, text, kind, stretch):
    (event,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert event["kind"] == kind and rules(event) == ["first", BY_NOUN]
    assert event["evidence"][1]["clause"][0] == text.find(stretch) + len(HEADER)


def test_a_demonstrative_naming_another_kind_joins_nothing_and_makes_no_row(tmp_path, monkeypatch, capsys):
    # "Cet échange" names a call or a meeting: an election is no exchange.
    text = "Le 9 mai 2024, Marie Leclerc a été élue maire de Valbourg. Cet échange a duré une heure."
    (election,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert rules(election) == ["first"]


def test_a_noun_before_the_happening_it_names_joins_nothing_and_makes_no_row(tmp_path, monkeypatch, capsys):
    text = "Cette victoire surprend tout le monde. Le 9 mai 2024, Marie Leclerc a été élue maire de Valbourg."
    (election,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert rules(election) == ["first"]


def test_a_definite_document_no_sentence_before_wrote_of_joins_no_statement(tmp_path, monkeypatch, capsys):
    # "Le rapport" is given only if one was written of: the mayor's words are no report.
    text = "Le maire Paul Martin a déclaré lundi que la ville manquait de fonds. Le rapport indique une dette record."
    (said,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert rules(said) == ["first"]


def test_a_sentence_telling_its_own_happening_keeps_it_as_an_event(tmp_path, monkeypatch, capsys):
    text = (
        "Le 9 mai 2024, Marie Leclerc a été élue maire de Valbourg. Selon la préfecture, cette victoire "
        "reste serrée, et Paul Martin a démissionné de son poste de préfet."
    )
    events = events_of(tmp_path, monkeypatch, capsys, text)
    (election,) = [e for e in events if e["kind"] == "election"]
    (resigned,) = [e for e in events if e["kind"] == "appointment"]
    assert rules(election) == ["first", BY_NOUN] and rules(resigned) == ["first"]
    # (the stretch stops where the resignation's clause starts: one sentence, two happenings)
    assert election["evidence"][1]["clause"][1] <= resigned["evidence"][0]["clause"][0]


def test_a_definite_of_a_lawsuit_telling_a_step_to_come_is_no_more_of_it():
    words = "the trial is set to begin on wednesday".split()
    assert noun_kinds(words, 1, "en") == ("legal",) and tells_a_future(words, "en")
    assert not tells_a_future("le rapport se base sur deux cents temoignages".split(), "fr")


def test_that_opening_a_clause_shows_nothing_and_a_definite_only_opening_its_sentence():
    assert referring_at("he said that report was false".split(), 2, "en") == ((), False)
    assert referring_at("cette victoire fait de".split(), 0, "fr") == (("election",), True)
    assert referring_at("la victoire de".split(), 0, "fr") == (("election",), False)
    assert referring_at("selon elle la victoire de".split(), 2, "fr") == ((), False)
    assert referring_at("ce rapport de".split(), 0, "fr") == (("statement",), True)
    assert referring_at("cette entreprise emploie".split(), 0, "fr") == ((), False)


def stretch(sentence, told=()):
    found = referring_stretch(sentence, words_of(sentence, 0, len(sentence)), list(told), len(sentence), "fr")
    return sentence[found[0] : found[1]] if found else None


def test_a_demonstrative_refers_back_as_the_subject_of_its_clause_only():
    assert stretch("Intitulé Dossier noir, ce rapport se base sur deux cents témoignages.") == "ce rapport se base sur deux cents témoignages."
    assert stretch("Le jury a délibéré et cette victoire a surpris.") == "cette victoire a surpris."
    # the object of another verb: that verb tells a happening of its own
    assert stretch("Marie Leclerc a fini par nier avoir tenu ces propos.") is None


def test_a_stretch_runs_to_the_next_clause_telling_a_happening():
    sentence = "Selon la préfecture, cette victoire reste serrée, et Paul Martin a démissionné."
    told = (sentence.index("et Paul"), len(sentence))
    assert stretch(sentence, [told]) == "cette victoire reste serrée, "
    assert stretch(sentence, [(0, len(sentence))]) is None


# -- the join, on tellings ---------------------------------------------------------------------


def told(sentence, kind, when=None, actors=(2, 3), **flags):
    start = sentence * 100
    return Telling(0, start, start + 90, -1, -1, when, None, kind, actors, f"{kind} {sentence}", sentence=sentence, **flags)


def referring(sentence, kinds=("election",), actors=(), when=None, shown=True, beside=True):
    return told(sentence, kinds[0], when, actors, continues=True, refers_to=kinds, refers_back=shown, beside=beside)


def merge(tellings):
    return list(merged_events(tellings, ARTICLE_DATES, KINDS))


def joined_to(events, i):
    return next((e.tellings for e in events if i in e.tellings and len(e.tellings) > 1), None)


def test_it_joins_the_nearest_telling_of_its_kind_with_the_rule_recorded():
    events = merge([told(0, "election", actors=(0,)), told(1, "economy", actors=(2,)), referring(2)])
    (election,) = [e for e in events if e.kind == "election"]
    assert election.tellings == (0, 2) and election.rules == ("first", REFERS_BY_NOUN)
    assert REFERS_BY_NOUN == BY_NOUN


def test_naming_a_person_it_joins_the_nearest_telling_naming_them():
    # "Marie Leclerc a été élue … Le second tour a eu lieu … Cette victoire fait de Marie Leclerc …"
    events = merge([told(0, "election", actors=(0,)), told(1, "election", actors=()), referring(2, actors=(0,))])
    assert joined_to(events, 2) == (0, 2)


def test_never_across_another_telling_of_its_kind_dated_otherwise():
    events = merge([
        told(0, "election", when_day(dt.date(2024, 5, 9)), actors=(0,)),
        told(1, "election", when_year(2018), actors=(1,)),
        referring(2, actors=(0,)),
    ])
    assert joined_to(events, 2) is None


def test_never_across_a_telling_of_any_kind_dated_otherwise():
    # "Le 9 mai, Jane Doe a été élue. En 2018, Acme avait fermé son usine. Cette victoire …"
    events = merge([
        told(0, "election", when_day(dt.date(2024, 5, 9)), actors=(0,)),
        told(1, "economy", when_year(2018), actors=(2,)),
        referring(2),
    ])
    assert joined_to(events, 2) is None
    same_day = [told(0, "election", when_day(dt.date(2024, 5, 9)), actors=(0,)), told(1, "economy", when_year(2024), actors=(2,)), referring(2)]
    assert joined_to(merge(same_day), 2) == (0, 2)


def test_a_date_of_its_own_the_telling_cannot_have_keeps_it_apart():
    events = merge([told(0, "election", when_day(dt.date(2024, 5, 9)), actors=(0,)), referring(1, when=when_year(2019))])
    assert joined_to(events, 1) is None


def test_a_definite_reaches_back_less_far_than_a_demonstrative():
    far = [told(0, "election", actors=(0,)), told(1, "economy"), told(2, "economy"), told(3, "economy")]
    assert joined_to(merge([*far, referring(4, shown=False)]), 4) is None
    assert joined_to(merge([*far, referring(4, shown=True)]), 4) == (0, 4)


def test_beside_a_happening_of_its_sentence_it_joins_by_its_noun_or_not_at_all():
    # Naming no one, a sentence going on would join what the sentence before told; a stretch
    # beside another happening of its sentence does not.
    events = merge([told(0, "statement", actors=()), told(1, "economy", actors=(2,)), referring(1, kinds=("call",))])
    assert joined_to(events, 2) is None
    assert len(events) == 2


def test_a_definite_naming_only_a_statement_joins_the_one_saying_its_word():
    # "Acme said profits fell. The speech …": one speaker says many things; "The speech" is a
    # speech told, not the last thing said. A demonstrative ("ces propos") shows the last one.
    said = told(0, "statement", actors=(2,))
    speech = Telling(0, 100, 190, -1, -1, None, None, "statement", (2,), "Jane Doe gave a speech", sentence=1)
    definite = told(2, "statement", actors=(), continues=True, refers_to=("statement",), beside=True)
    definite = Telling(**{**{f: getattr(definite, f) for f in definite.__slots__}, "headline": "The speech lasted an hour"})
    assert joined_to(merge([said, definite]), 1) is None
    assert joined_to(merge([said, speech, definite]), 2) == (1, 2)
    shown = Telling(**{**{f: getattr(definite, f) for f in definite.__slots__}, "headline": "Ces propos ont surpris", "refers_back": True})
    assert joined_to(merge([said, shown]), 1) == (0, 1)


# -- the same speaker quoted on ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "« Les travaux ont trop duré », a déclaré Paul Martin, un riverain. « Moi, dit-il, je ne sors plus le soir. »",
        '"The factory will stay open," said Jane Porter on Monday. "We owe it to the town," she added.',
    ],
)
def test_a_quotation_given_to_a_pronoun_goes_on_with_the_speaker_just_before(tmp_path, monkeypatch, capsys, text):
    (said,) = events_of(tmp_path, monkeypatch, capsys, text)
    assert rules(said) == ["first", "the same speaker quoted on"]


@pytest.mark.parametrize(
    "text",
    [
        # two speakers before: whom "il" stands for is unsure
        "Paul Martin et Marie Leclerc ont déclaré lundi que la ville manquait de fonds. « Moi, dit-il, je ne sors plus le soir. »",
        # a quotation whose incise names its speaker is someone else's words
        "« Les travaux ont trop duré », a déclaré Paul Martin. « Moi, je ne sors plus », a dit Marie Leclerc.",
    ],
)
def test_a_quotation_of_someone_else_or_of_an_unsure_speaker_stays_apart(tmp_path, monkeypatch, capsys, text):
    events = events_of(tmp_path, monkeypatch, capsys, text)
    assert len(events) == 2 and all(rules(e) == ["first"] for e in events)
