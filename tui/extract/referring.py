"""Stretches of sentences that tell nothing new but say more of a happening already told, by a
noun naming it: "Cette victoire fait de X le premier …", "ce rapport de 81 pages se base sur …",
"The report found …". Each becomes a telling that is evidence only (``continues``), carrying the
kinds its noun names (``refers_to``); ``tui.extract.merge`` joins it to the nearest earlier
telling of one of those kinds ("refers back, by its noun") or drops it.

A noun names a kind when event_triggers.yaml lists it as an event noun of that kind, when it is
a document of same_happening.yaml's ``reports`` (published by a statement), or when
referring_nouns.yaml lists it. It refers back when a demonstrative shows it ("cette victoire")
or, opening its sentence, a definite article ("La victoire de …"): a noun with "un", "une", "a"
brings in something new.

A statement opening on a quotation that only a pronoun of its incise attributes ('« Moi, dit-il,
… »', '"We are ready," he said.') goes on quoting whoever spoke in the sentence just before: it
is marked ``quoting_on`` (joined in ``tui.extract.merge`` by "the same speaker quoted on").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache
from operator import itemgetter

from tui.extract.data import load
from tui.extract.lexicon import demonstratives, lexicon, report_nouns
from tui.extract.merge import Telling
from tui.extract.model import Sentence, Timex
from tui.util.text import fold

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# "that" opens as many clauses ("said that reports …") as it shows things: not read as showing.
_NOT_SHOWING = frozenset({"that"})
_DEFINITES = frozenset({"le", "la", "les", "l", "the"})
_LOOKED_AT = 4  # words from a noun a multi-word event noun may span ("conférence de presse")
_HEADLINE_MAX = 70
_STEM = 5  # letters a singular and its plural share ("report", "reports")
_START = itemgetter(0)


@cache
def _listed_nouns() -> dict[str, frozenset[str]]:
    """Folded noun → the kinds referring_nouns.yaml says it names."""
    kinds_of: dict[str, set[str]] = {}
    for kind, words in load("referring_nouns.yaml")["kinds"].items():
        for word in words:
            kinds_of.setdefault(fold(str(word)), set()).add(kind)
    return {word: frozenset(kinds) for word, kinds in kinds_of.items()}


def noun_kinds(words: Sequence[str], k: int, lang: str) -> tuple[str, ...]:
    """The kinds of happening the noun at ``words[k]`` (folded words) names, if any."""
    kinds = set(_listed_nouns().get(words[k], ()))
    if words[k] in report_nouns():
        kinds.add("statement")
    roles = lexicon(lang).roles(list(words[k : k + _LOOKED_AT]))[0]
    if "noun" in roles:
        kinds.add(roles["noun"][0].kind)
    return tuple(sorted(kinds))


def _shows(word: str) -> bool:
    return word in demonstratives() and word not in _NOT_SHOWING


# Words of event_triggers.yaml's future modality that say what is to come ("will", "is set
# to", "va", "devrait"), not the prepositions listed there with them ("pour", "to") nor the
# verb of going alone ("aller plus loin", "the talks are going well"): a stretch with one tells
# a step to come ("The trial is set to begin"), no more of one told.
_NOT_FUTURE_ALONE = frozenset({"pour", "afin", "de", "d", "a", "à", "sans", "to", "aller", "going"})


@cache
def _future_words(lang: str) -> frozenset[str]:
    listed = load("event_triggers.yaml")["modality"].get(lang, {}).get("future") or ()
    return frozenset(fold(str(w)) for w in listed) - _NOT_FUTURE_ALONE


def tells_a_future(words: Sequence[str], lang: str) -> bool:
    future = _future_words(lang)
    return any(w in future for w in words)


def referring_at(words: Sequence[str], k: int, lang: str) -> tuple[tuple[str, ...], bool]:
    """The kinds named by the noun a determiner at ``words[k]`` refers back with, and whether
    that determiner is a demonstrative (else a definite opening the sentence: ``k`` is 0). Not
    a definite after a setting opening the sentence ("During the case, Acme showed …"): what
    follows tells a happening of its own, often one the lexicon does not know."""
    if k + 1 >= len(words):
        return (), False
    if _shows(words[k]):
        kinds = noun_kinds(words, k + 1, lang)
        return kinds, bool(kinds)
    if k == 0 and words[k] in _DEFINITES:
        return noun_kinds(words, k + 1, lang), False
    return (), False


def presented_kinds(words: Sequence[str], lang: str) -> tuple[str, ...]:
    """The kinds named by the noun a presentative opening a sentence (``words``, folded)
    presents: "C'est leur premier échange" names a call or a meeting, the one just told (read
    as a definite is: within ``_DEFINITE_SENTENCES``)."""
    noun = _presented_noun(words)
    return noun_kinds(words, noun, lang) if noun is not None else ()


@cache
def _presentatives() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(str(w)) for w in opening) for opening in load("referring_nouns.yaml")["presentatives"])


@cache
def _presentative_firsts() -> frozenset[str]:
    return frozenset(p[0] for p in _presentatives() if p)


@cache
def _presented_after() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load("referring_nouns.yaml")["presented_after"])


def _presented_noun(words: Sequence[str]) -> int | None:
    """The index of the noun after a presentative opening ``words`` and the determiners and
    adjectives listed after it ("c est leur premier échange": 4), else None."""
    if words[:1] and words[0] not in _presentative_firsts():
        return None  # (most sentences open on no presentative's first word)
    opening = next((p for p in _presentatives() if tuple(words[: len(p)]) == p), None)
    if opening is None:
        return None
    k = len(opening)
    while k < len(words) and words[k] in _presented_after():
        k += 1
    return k if len(opening) < k < len(words) else None


def with_references_back(
    text: str, lang: str, doc: int, title_end: int, sentences: Sequence[Sentence], tellings: list[Telling], actors_at, timexes: Sequence[Timex] = ()
) -> list[Telling]:
    """``tellings`` (in text order) with, in each sentence after the title, a stretch telling
    nothing of its own that opens on a noun referring back made a telling (evidence only), a
    sentence going on with another ("continues") that opens on one marked with its kinds, and
    quotations going on marked ``quoting_on``."""
    by_sentence: dict[int, list[int]] = {}
    for i, telling in enumerate(tellings):
        by_sentence.setdefault(telling.sentence, []).append(i)
    out = list(tellings)
    opening: list[Telling] = []  # stretches presenting what was just told ("C'est leur premier échange")
    for number, sentence in enumerate(sentences):
        here = by_sentence.get(number, [])
        # (a sentence of event nouns in passing only may name one told before: "… dans la collision")
        in_passing = bool(here) and not any(_tells(tellings[i]) or tellings[i].continues for i in here)
        if sentence.start < title_end or not (in_passing or _may_refer(text, sentence)):
            continue
        words = words_of(text, sentence.start, sentence.end)
        going_on = [i for i in here if tellings[i].continues]
        if going_on:
            kinds = _kinds_opening(text, sentences, number, words, lang)
            when = _date_in(timexes, sentence.start, sentence.end)
            for i in going_on if kinds else ():
                out[i] = replace(tellings[i], refers_to=kinds, when=tellings[i].when or when)
            continue
        # (an event noun in passing tells nothing, unless it refers back itself: "Le sommet a duré")
        told = sorted((tellings[i].clause_start, tellings[i].clause_end) for i in here if _tells(tellings[i]))
        found = referring_stretch(text, words, told, sentence.end, lang)
        presenting = found is None and _presenting_stretch(text, words, here, tellings, sentence.end, lang)
        if found is None and not presenting and not told:
            found = _given_noun_stretch(words, sentence.end, lang)
        if presenting:
            # (ahead of its sentence's tellings, as it opens it: the dates they give are of what
            # it is compared with, "depuis l'arrivée au pouvoir de X en janvier", not its own)
            opening.append(_evidence(text, doc, sentence, number, presenting, actors_at))
        elif found is not None and (found[3] or _given(text, sentences, number, words[1][2])):
            evidence = _evidence(text, doc, sentence, number, found, actors_at)
            # (a date it writes is checked against the one it would join: "The trial is set to
            # begin on Wednesday" is no more of a suit filed years before)
            out.append(replace(evidence, when=_date_in(timexes, evidence.clause_start, evidence.clause_end)))
    out = [replace(t, quoting_on=True) if t.kind == "statement" and _quoted_by_a_pronoun(text, t, actors_at) else t for t in opening + out]
    return sorted(out, key=lambda t: t.sentence)  # (stable: a sentence's own tellings stay first)


def _kinds_opening(text: str, sentences: Sequence[Sentence], number: int, words, lang: str) -> tuple[str, ...]:
    """The kinds named by a noun referring back that opens sentence ``number`` (``words``), if
    it tells no step to come."""
    folded = [w for _s, _e, w in words]
    kinds, shown = referring_at(folded, 0, lang)
    kinds = kinds or presented_kinds(folded, lang)
    if not kinds or not shown and not _given(text, sentences, number, folded[1]) or tells_a_future(folded, lang):
        return ()
    return kinds


_OPENING_QUOTES = "«“\""
# The speaker an incise names by a pronoun only: "dit-il", "a-t-elle ajouté", '," he said'.
_PRONOUN_INCISE = re.compile(r"[-‑](?:t[-‑])?(?:il|elle)(?![^\W\d_])|[,»”\"]\s*(?:he|she)\s+[^\W\d_]+", re.IGNORECASE)


def _quoted_by_a_pronoun(text: str, telling: Telling, actors_at) -> bool:
    """Whether a statement whose sentence names no one opens on a quotation its incise gives to
    "il", "elle", "he" or "she" (the person the pronoun was found to stand for may be among its
    actors)."""
    if telling.kind != "statement" or telling.aside or telling.title:
        return False
    at = bisect_left(actors_at, telling.start, key=_START)
    if at < len(actors_at) and actors_at[at][0] < telling.end:
        return False
    opening = text[telling.start : telling.end].lstrip(" -–—")
    return opening[:1] in _OPENING_QUOTES and _PRONOUN_INCISE.search(text, telling.start, telling.end) is not None


@cache
def _showing() -> re.Pattern[str]:
    words = sorted(demonstratives() - _NOT_SHOWING)
    return re.compile(r"(?<![^\W\d_])(?:%s)(?![^\W\d_])" % "|".join(map(re.escape, words)), re.IGNORECASE)


def _may_refer(text: str, sentence: Sentence) -> bool:
    """Whether a sentence holds a demonstrative or opens on a definite or the first word of a
    presentative (most do neither: they are not read word by word)."""
    first = _WORD.search(text, sentence.start, sentence.end)
    if first is not None and ((word := _folded_word(first.group())) in _DEFINITES or word in _presentative_firsts()):
        return True
    return _showing().search(text, sentence.start, sentence.end) is not None


def words_of(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]``: start, end, folded word."""
    folded = _folded_word
    return [(m.start(), m.end(), folded(m.group())) for m in _WORD.finditer(text, start, end)]


@lru_cache(maxsize=1 << 16)
def _folded_word(word: str) -> str:
    # (an article's words come back sentence after sentence: each is folded once)
    return fold(word)


def referring_stretch(text: str, words, told: list[tuple[int, int]], sentence_end: int, lang: str):
    """The first stretch of a sentence (``words``: start, end, folded word) outside the clauses
    ``told`` (sorted) that opens on a noun referring back: (start, end, kinds, shown), or None.
    It runs to the next told clause or the sentence's end."""
    folded = [w for _s, _e, w in words]
    for k, (start, _end, word) in enumerate(words):
        # (after the first word only a demonstrative refers back: see ``referring_at``)
        if k > 0 and not _shows(word) or _inside(told, start) or not _opens_a_clause(text, words, k):
            continue
        kinds, shown = referring_at(folded, k, lang)
        if kinds:
            after = next((lo for lo, _hi in told if lo > start), sentence_end)
            if tells_a_future([w for s, _e, w in words if start <= s < after], lang):
                return None
            return start, after, kinds, shown
    return None


_COMPLEMENTS = frozenset({"de", "du", "des", "d", "of"})
# "depuis la fusion", "since the merger", "before the vote": what it is compared with, not it
_COMPARED_WITH = frozenset({"depuis", "avant", "since", "before"})


def _given_noun_stretch(words, sentence_end: int, lang: str):
    """In a sentence telling nothing of its own, a definite event noun with no complement ("Trois
    personnes ont été blessées dans la collision", "Two died after the crash"): given, the
    happening of its kind just told, whose toll, detail or manner the sentence gives. The
    whole sentence is the stretch: (start, end, kinds, False), else None. With a complement
    it names one of its own ("depuis la chute du régime"), and an indefinite something new."""
    folded = [w for _s, _e, w in words]
    for k in range(len(folded) - 1):
        if folded[k] not in _DEFINITES or k > 0 and folded[k - 1] in _COMPARED_WITH:
            continue
        roles = lexicon(lang).roles(folded[k + 1 : k + 1 + _LOOKED_AT])[0]
        if "noun" not in roles:
            continue
        after = k + 1 + roles["noun"][1]
        if after < len(folded) and folded[after] in _COMPLEMENTS or tells_a_future(folded, lang):
            return None
        return words[0][0], sentence_end, noun_kinds(folded, k + 1, lang), False
    return None


def _presenting_stretch(text: str, words, here: list[int], tellings: Sequence[Telling], sentence_end: int, lang: str):
    """The stretch of a sentence opening on a presentative and a noun naming a kind ("C'est
    leur premier échange depuis …"): (start, end, kinds, False), up to the first clause its
    sentence tells otherwise, an event noun in passing included (the one compared with "depuis
    l'arrivée au pouvoir de X" is no part of what is presented, nor its actors); else None."""
    folded = [w for _s, _e, w in words]
    kinds = presented_kinds(folded, lang)
    if not kinds or tells_a_future(folded, lang):
        return None
    start = words[0][0]
    end = min((tellings[i].clause_start for i in here if tellings[i].clause_start > start), default=sentence_end)
    return start, end, kinds, False


_CLAUSE_MARKS = frozenset(",;:()—–")


def _opens_a_clause(text: str, words, k: int) -> bool:
    """Whether ``words[k]`` opens its sentence or a clause of it (see ``subject_after``)."""
    if k == 0:
        return True
    between = text[words[k - 1][1] : words[k][0]]
    return any(mark in between for mark in _CLAUSE_MARKS) or words[k - 1][2] in _subject_after()


@cache
def _subject_after() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load("referring_nouns.yaml")["subject_after"])


_GIVEN_SENTENCES = 2  # a definite names a document written of this many sentences before


def _given(text: str, sentences: Sequence[Sentence], number: int, noun: str) -> bool:
    """Whether a definite noun opening sentence ``number`` names something written of before:
    a document ("The report cites …") only when one of the sentences just before wrote that
    word ("published a report"); a statement it is published by may say no such word, and
    another statement just before is not it. Any other noun names its kind: given."""
    if noun not in report_nouns():
        return True
    before = sentences[max(0, number - _GIVEN_SENTENCES) : number]
    return bool(before) and any(w == noun or w[:_STEM] == noun[:_STEM] and w in report_nouns() for _s, _e, w in words_of(text, before[0].start, before[-1].end))


def _date_in(timexes: Sequence[Timex], start: int, end: int):
    return next((t.when for t in timexes if start <= t.start < end and t.when is not None), None)


def _tells(telling: Telling) -> bool:
    return not telling.aside and (not telling.weak or telling.refers_back or telling.definite)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    return any(lo <= at < hi for lo, hi in spans)


def _evidence(text: str, doc: int, sentence: Sentence, number: int, found, actors_at) -> Telling:
    """The telling of a referring stretch (``found``: start, end, kinds, shown): evidence only,
    naming the actors written in it."""
    start, end, kinds, shown = found
    end = start + len(text[start:end].rstrip(" ,;:–—-"))
    actors = []
    for lo, hi, actor in actors_at[bisect_left(actors_at, start, key=_START) :]:
        if lo >= end:
            break
        if hi <= end:
            actors.append(actor)
    headline = " ".join(text[start:end].split())
    return Telling(
        doc, sentence.start, sentence.end, -1, -1, None, None,
        kinds[0], tuple(dict.fromkeys(actors)), headline[:_HEADLINE_MAX], refers_back=shown, sentence=number,
        clause_start=start, clause_end=end, continues=True, refers_to=kinds, beside=True,
    )
