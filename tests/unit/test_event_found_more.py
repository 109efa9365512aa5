"""Which predicates become happenings: common verbs of acts of no kind of the taxonomy, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def triggers(text: str, lang: str, gazetteer) -> list[tuple[str, str]]:
    """(kind, trigger) per happening told in ``text`` (the kind may come from the clause:
    "abandonne après une avarie" is a disaster; these tests check only that it is told)."""
    timexes = tag_timexes(text, DocDate.parse("2025-03-12"), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [(h.kind, text[h.trigger_start : h.trigger_end]) for h in found]


@pytest.mark.parametrize(
    "text, lang, trigger",
    [
        ("Le navigateur abandonne la course après une avarie de safran.", "fr", "abandonne"),
        ("Les élus de la minorité ont quitté l'hémicycle en signe de colère.", "fr", "quitté l'hémicycle"),
        ("Deux pays ont bloqué la résolution sur la pêche.", "fr", "bloqué"),
        ("Une équipe de géologues a découvert une grotte inconnue.", "fr", "découvert"),
        ("La fédération a obtenu le report du match.", "fr", "obtenu"),
        ("The club obtained a stadium licence from the city.", "en", "obtained"),
        ("The bakery declined to serve the inspectors.", "en", "declined to"),
        ("The engineer demoed the folding bicycle to the press.", "en", "demoed"),
        ("The rebels seized the northern bridge.", "en", "seized"),
        ("The town council refused the building permit.", "en", "refused"),
        # "no" as a bound or an answer is no negation
        ("The dealer sold no more than forty tractors.", "en", "sold"),
        ("The mayor said no to the new stadium.", "en", "said"),
        # a passive before "to" and a noun happened (not "is said to")
        ("The bakery was sold to a cooperative in 1998.", "en", "sold"),
        ("The old mill was renamed to Riverside Hall in 2004.", "en", "renamed"),
        ("The harbour master was appointed to the port board.", "en", "appointed"),
        # a gerund of the means ("by announcing") and a perfect of beginning
        ("The mayor closed the fair by announcing a new park.", "en", "announcing"),
        # a French verb with its subject after a hyphen ("a-t-il déclaré", "dit-elle")
        ("« Nous sommes prêts », a-t-il déclaré.", "fr", "déclaré"),
        ("Ce pont, dit-elle, est trop vieux.", "fr", "dit"),
        ("Ces quartiers, disent-ils, ont été oubliés.", "fr", "disent"),
        ("The grocer has begun to sell bicycles.", "en", "begun to sell"),
    ],
)
def test_an_act_is_a_happening(text, lang, trigger, gazetteer):
    assert trigger in [t for _, t in triggers(text, lang, gazetteer)]


def test_a_general_truth_with_such_a_verb_stays_no_happening(gazetteer):
    # (a French present with a generic subject tells a habit, not news)
    assert triggers("On abandonne souvent les vieux vélos.", "fr", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bakery announced no new bread for the winter.",
        "The museum acquired no paintings at the auction.",
        "The spokeswoman said nothing about the budget.",
    ],
)
def test_an_english_verb_acting_on_no_thing_tells_it_did_not_happen(text, gazetteer):
    assert triggers(text, "en", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "The bakery is said to have sold its ovens.",
        "The cooperative was expected to announce a merger.",
    ],
)
def test_a_passive_of_hearsay_before_to_tells_nothing_done(text, gazetteer):
    assert [t for _, t in triggers(text, "en", gazetteer) if t in ("said", "sold", "expected", "announce")] == []


def test_a_gerund_describing_a_noun_stays_no_happening(gazetteer):
    assert "announcing" not in [t for _, t in triggers("A poster announcing the fair hangs in the hall.", "en", gazetteer)]


def test_an_inverted_subject_in_a_question_asks_it(gazetteer):
    assert triggers("Le maire a-t-il démissionné ?", "fr", gazetteer) == []
