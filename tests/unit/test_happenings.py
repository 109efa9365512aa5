"""Happenings, clause by clause, on sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.gazetteer import load_gazetteer
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer([])[0]


def tell(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    """(kind, date value or None, reported value or None, trigger, headline, weak, refers_back) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [
        (
            h.kind,
            timexes[h.timex].value if h.timex >= 0 else None,
            timexes[h.reported].value if h.reported >= 0 else None,
            text[h.trigger_start : h.trigger_end],
            h.headline,
            h.weak,
            h.refers_back,
        )
        for h in found
    ]


def test_a_date_before_the_first_predicate_dates_it_and_the_reporting_clause_is_no_event(gazetteer):
    found = tell("Le 3 février 2024, une rencontre entre les deux ministres a eu lieu, a indiqué l'agence.", "fr", gazetteer)
    assert [(k, d, r) for k, d, r, *_ in found] == [("meeting", "2024-02-03", None)]


def test_a_reporting_date_is_when_it_was_said_not_when_it_happened(gazetteer):
    found = tell("Les deux chefs ont eu un échange téléphonique, ont rapporté mercredi 12 mars les agences.", "fr", gazetteer)
    assert [(k, d, r) for k, d, r, *_ in found] == [("call", None, "2025-03-12")]


def test_two_dates_in_two_clauses_date_two_happenings(gazetteer):
    found = tell("La Russie a annexé la Crimée en 2014 et les pays occidentaux ont imposé des sanctions en 2015.", "fr", gazetteer)
    assert [(k, d) for k, d, *_ in found] == [("attack", "2014"), ("sanction", "2015")]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Le président rencontrera son homologue jeudi.", "fr"),
        ("Le ministre va signer l'accord demain.", "fr"),
        ("L'ambassade n'a pas commenté.", "fr"),
        ("Microsoft will meet Google on Thursday.", "en"),
        ("The company could sell its plant next year.", "en"),
        ("The board did not approve the merger.", "en"),
    ],
)
def test_futures_conditionals_and_negations_are_no_happenings(text, lang, gazetteer):
    # An event noun in passing ("the merger") is told as weak: no event unless dated.
    assert [found for found in tell(text, lang, gazetteer) if not found[5]] == []


def test_a_demonstrative_refers_back_and_the_verb_after_it_is_its_own_happening(gazetteer):
    found = tell("Lors de cette conversation, les deux hommes se sont mis d'accord.", "fr", gazetteer)
    assert [(k, refers) for k, *_, refers in found] == [("call", True), ("agreement", False)]


def test_a_pronoun_subject_is_named_in_the_headline_and_a_reported_pluperfect_is_told(gazetteer):
    found = tell("Apple said on Tuesday that it had sold 1.7 million phones.", "en", gazetteer, "2010-06-10")
    kind, date, reported, trigger, headline, *_ = found[0]
    assert (kind, date, reported, trigger) == ("economy", None, "2010-06-08", "sold")
    assert headline == "Apple had sold 1.7 million phones"


def test_an_undated_pluperfect_told_by_nobody_is_background(gazetteer):
    assert tell("Il avait fermé son usine.", "fr", gazetteer) == []


def test_an_event_noun_in_passing_is_weak_and_a_dated_one_is_not(gazetteer):
    weak = tell("Les deux services veulent contribuer à la baisse des tensions.", "fr", gazetteer)
    assert [(k, w) for k, _d, _r, _t, _h, w, _b in weak] == [("economy", True)]
    dated = tell("Depuis le début de l'offensive en février 2022, rien n'a changé.", "fr", gazetteer)
    assert [(k, d, w) for k, d, _r, _t, _h, w, _b in dated] == [("attack", "2022-02", False)]


def test_the_noun_a_verb_acts_on_is_not_another_happening(gazetteer):
    found = tell("Les deux pays ont signé un accord commercial.", "fr", gazetteer)
    assert [(k, t) for k, _d, _r, t, *_ in found] == [("agreement", "signé")]


def test_headlines_hold_their_trigger_within_seventy_characters(gazetteer):
    text = (
        "Le 11 mars 2025, un entretien téléphonique entre le directeur du service de renseignement "
        "extérieur russe et le chef de l'agence centrale de renseignement américaine a eu lieu."
    )
    (kind, date, _r, trigger, headline, *_), = tell(text, "fr", gazetteer)
    assert (kind, date) == ("call", "2025-03-11")
    assert trigger in headline and len(headline) <= 70
    assert "11 mars" not in headline  # the date is shown in its own column


def test_a_sentence_without_a_known_predicate_keeps_its_date_as_a_happening(gazetteer):
    found = tell("Le 4 juillet 2012, la particule tant attendue au CERN.", "fr", gazetteer)
    assert [(k, d) for k, d, *_ in found] == [("other", "2012-07-04")]


def test_a_happening_dated_after_its_article_is_a_plan_not_an_event(tmp_path):
    from newsline_testing import write

    from tui.loading import open_store

    write(tmp_path, "a.txt", "date 2012-07-03\nLe groupe a annoncé mardi la fermeture de son usine de Lyon en 2015.\n")
    store = open_store([tmp_path], cache=False)
    assert [e.when.label for e in store.events] == ["2012-07-03"]  # the announcement, not a 2015 closure
    assert store.events[0].kind == "statement"
