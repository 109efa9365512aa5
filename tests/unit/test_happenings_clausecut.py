"""One clause per happening: a sentence telling two happenings gives each its own clause
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from tui.corpus.document import DocDate
from tui.extract.actors import find_mentions
from tui.extract.happenings import find_happenings
from tui.extract.sentences import split_sentences
from tui.extract.timex import tag_timexes


def clauses(text: str, lang: str, gazetteer, dct: str = "2025-03-12"):
    """(trigger, clause text, date value or None) per happening."""
    timexes = tag_timexes(text, DocDate.parse(dct), lang, [(0, len(text))])
    mentions = find_mentions(text, [(0, len(text))], gazetteer)
    found = find_happenings(text, split_sentences(text), timexes, mentions, lang)
    return [
        (text[h.trigger_start : h.trigger_end], text[h.clause_start : h.clause_end], timexes[h.timex].value if h.timex >= 0 else None)
        for h in found
    ]


@pytest.mark.parametrize(
    "text, lang, trigger, clause",
    [
        ("Le bateau s'était retourné au large et il avait dérivé pendant deux jours.", "fr", "dérivé", "et il avait dérivé pendant deux jours."),
        ("Selon le gardien, la digue s'était fissurée la veille et elle avait cédé dans la nuit.", "fr", "cédé", "et elle avait cédé dans la nuit."),
        ("The ship drifted for days and it struck a reef.", "en", "struck", "and it struck a reef."),
    ],
)
def test_and_a_pronoun_and_a_verb_open_a_clause_of_their_own(text, lang, trigger, clause, gazetteer):
    # What stands before "et il avait" is another happening (its verb one the lexicon does not
    # know): the clause of the verb after starts at "et".
    found = clauses(text, lang, gazetteer)
    assert (trigger, clause) in [(t, c) for t, c, _ in found]


def test_a_verb_chain_stays_one_happening(gazetteer):
    found = clauses("Le directeur a décidé de lancer une enquête.", "fr", gazetteer)
    assert len(found) == 1 and found[0][1] == "Le directeur a décidé de lancer une enquête."

