"""Happenings: what each sentence says happened, clause by clause.

A sentence is cut into clauses around its predicates (event verbs and nouns of the lexicon,
reporting verbs, French compound past tenses); each date belongs to the clause it stands in, a
date standing before any predicate ("Le 11 mars 2025, ...") to the first one. A predicate whose
tense says it happened becomes a :class:`Happening`: its kind, its trigger, its date (or none:
the article's date stands in), the date it was reported on when a reporting clause of the same
sentence carries one ("..., ont rapporté mercredi les agences"), where to look for its
participants, and a headline made from its clause.

Pure functions of one document's text, sentences, dates and mentions: computed in the worker
processes and cached with the rest of a document's extraction.

Its modules, each importing only those before it: ``words`` (the word lists of
data/happening_words.yaml), ``happening`` (the result), ``tokens``
(words and their roles), ``predicates``, ``clauses``, ``dates`` (which clause a date dates),
``assertion`` (what is not told as done), ``kinds``, ``plans`` (announced plans), ``participants``
(scopes and speakers), ``headlines``, ``sentence`` (one sentence read), ``continuations``
(sentences read with the ones before) and ``document`` (a document read).
"""

from tui.extract.happenings.document import find_happenings
from tui.extract.happenings.happening import Happening, HappeningTable
from tui.extract.happenings.words import named_as_source

__all__ = ["Happening", "HappeningTable", "find_happenings", "named_as_source"]
