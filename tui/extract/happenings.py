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
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from tui.extract.data import load
from tui.extract.lexicon import (
    Entry, Lexicon, actor_nouns, function_words, hearsay_verbs, kind_rules, launches, lexicon, moves, own_act_nouns, phrases_by_first, senses, someone_words, time_openers, undoing_verbs, work_title_words,
)
from tui.extract.model import ActorKind, Mention, Precision, Sentence, Timex, TimexType
from tui.extract.timex import date_extent
from tui.util.text import fold

# Words (elided "l'", "qu'" kept as their own word), or one punctuation mark.
_TOKEN = re.compile(r"[^\W\d_]+['’](?=\w)|[^\W_]+(?:[-‑][^\W_]+)*|[^\w\s]")
_CLAUSE_PUNCTUATION = frozenset(",;:()[]—–")
_QUOTES = frozenset("«»\"“”'’")
_OPENING_QUOTES = frozenset("«\"“")  # a sentence opening on one quotes someone's words
# On folded words (the -é participles are told by their accent: ``_Token.acute``).
# (not "-que", "-gue": "indique", "critique" are present tenses; of the "-ait" words only "fait"
# and "-trait" are participles, the others imperfects and conditionals: "rapporterait")
_FR_PARTICIPLE = re.compile(r"(?:i|ie|is|ies|(?<!a)it|(?<![qg])ue?s?|ert|erte|int|(?:^f|tr)aite?s?|ort|orte)$")
_ACUTE_END = re.compile(r"(?:é|ée|és|ées)$", re.IGNORECASE)
_FR_INFINITIVE = re.compile(r"(?:er|ir)$")
_HEADLINE_MAX = 70
_ACTOR_ORDER = tuple(ActorKind)  # people first: the names a long subject is shortened to


@dataclass(slots=True)  # (not frozen: ~180k are made at 10k articles; frozen ones cost 3× more to make)
class Happening:
    """One telling of a happening: a predicate in a clause of a sentence.

    Offsets index the document's text. ``timex`` and ``reported`` index the document's timexes
    (-1: none; without a date of its own the happening is placed at the article's date).
    ``scope`` lists the spans where its participants are named: its clause, or where the
    clause names nobody, the sentence less its reporting clauses. ``refers_back`` marks a
    demonstrative ("cette conversation"): it continues an event told before.
    """

    start: int  # the sentence
    end: int
    clause_start: int
    clause_end: int
    trigger_start: int
    trigger_end: int
    kind: str
    timex: int
    reported: int
    scope: tuple[tuple[int, int], ...]
    headline: str
    refers_back: bool = False
    # An event noun told with no date and no verb making it happen ("à l'issue d'une
    # rencontre"): an event only if its sentence dates it or a later sentence refers back to it.
    weak: bool = False
    # "also", "again", "another", "à nouveau": its clause says it is one more happening, not
    # the one told just before.
    another: bool = False
    # Told by the article's title ("Apple Corps sues Apple Computer"): evidence of the lead's
    # happening, never an event of its own.
    title: bool = False
    # A sentence telling nothing of its own right after one that does, naming someone or
    # quoting: it may go on with what was just told (see tui.extract.merge).
    continues: bool = False
    # A definite event noun opening its sentence ("The settlement included …", "Le sommet a
    # duré …"): given, not new; it may be the happening told just before (see tui.extract.merge).
    definite: bool = False


class HappeningTable(Sequence[Happening]):
    """A document's happenings kept as columns (a cache entry and the corpus in memory hold
    ~15 per article: as objects, ~70 MB at 10k articles); ``table[i]`` makes happening ``i``."""

    __slots__ = ("numbers", "scopes", "scope_bounds", "headlines", "kinds")
    _WIDTH = 10  # start, end, clause_start, clause_end, trigger_start, trigger_end, kind, timex, reported, flags

    def __init__(self, numbers: array, scopes: array, scope_bounds: array, headlines: tuple[str, ...], kinds: tuple[str, ...]) -> None:
        self.numbers, self.scopes, self.scope_bounds = numbers, scopes, scope_bounds
        self.headlines, self.kinds = headlines, kinds

    @classmethod
    def of(cls, happenings: Sequence[Happening]) -> "HappeningTable":
        numbers, scopes, bounds = array("i"), array("i"), array("i", [0])
        kinds: dict[str, int] = {}
        for h in happenings:
            flags = (1 if h.refers_back else 0) | (2 if h.weak else 0) | (4 if h.another else 0) | (8 if h.title else 0) | (16 if h.continues else 0) | (32 if h.definite else 0)
            numbers.extend((h.start, h.end, h.clause_start, h.clause_end, h.trigger_start, h.trigger_end,
                            kinds.setdefault(h.kind, len(kinds)), h.timex, h.reported, flags))
            for lo, hi in h.scope:
                scopes.extend((lo, hi))
            bounds.append(len(scopes))
        return cls(numbers, scopes, bounds, tuple(h.headline for h in happenings), tuple(kinds))

    def __reduce__(self) -> tuple:
        return HappeningTable, (self.numbers, self.scopes, self.scope_bounds, self.headlines, self.kinds)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HappeningTable) and self.__reduce__()[1] == other.__reduce__()[1]

    __hash__ = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self.headlines)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not 0 <= i < len(self):
            raise IndexError(f"happening {i} of {len(self)}")
        return self._happening(i)

    def __iter__(self) -> Iterator[Happening]:
        # (not Sequence's: its index checks and IndexError cost more than making a happening)
        return map(self._happening, range(len(self)))

    def _happening(self, i: int) -> Happening:
        n = self.numbers[i * self._WIDTH : (i + 1) * self._WIDTH]
        flat = self.scopes[self.scope_bounds[i] : self.scope_bounds[i + 1]]
        scope = tuple((flat[k], flat[k + 1]) for k in range(0, len(flat), 2))
        return Happening(n[0], n[1], n[2], n[3], n[4], n[5], self.kinds[n[6]], n[7], n[8], scope, self.headlines[i],
                         bool(n[9] & 1), bool(n[9] & 2), bool(n[9] & 4), bool(n[9] & 8), bool(n[9] & 16), bool(n[9] & 32))


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    word: str  # folded, elision apostrophe dropped
    acute: bool = False  # ends in é, ée, és, ées (a French participle, once folded "signe")
    capital: bool = False  # written with a capital first letter


@dataclass(slots=True)
class _Predicate:
    first: int  # token index where its clause material starts (auxiliary, clitics)
    head: int  # first token of the trigger
    after: int  # token index after the trigger
    kind: str  # event kind; "" for a reporting verb that tells no event of its own
    noun: bool = False
    reporting: bool = False
    realis: bool = True  # its tense says it happened
    pluperfect: bool = False  # "avait annoncé", "had said": before the time of the article
    past: bool = False  # a compound or simple past: the text says it happened, whatever its date
    support: bool = False  # an event noun made to happen by a support verb
    verbal: bool = False  # an event noun after its support verb: "ont eu un échange" has a subject
    refers_back: bool = False
    definite: bool = False  # an event noun opening its sentence after "the", "le", "son": told before
    participle: bool = False  # a participle with no auxiliary: "l'accord signé en 2015"
    present: bool = False  # an English simple present or present passive: "sells", "is priced"
    clause: tuple[int, int] = (0, 0)  # token range of its clause
    timex: int = -1
    # A clause cut at ", and" with no subject of its own ("…, and launched its store"): the
    # token range of the subject of the clause before (up to its verb), which it shares.
    shared: tuple[int, int] | None = None
    # A second thing told under the same verb ("announced X, and that Y", "as well as Y",
    # "ainsi que Y"): the token where that second thing starts (-1: none).
    second: int = -1
    launch: bool = False  # a verb of showing told of a product: a launch (kind economy)


# Folding would make "à" the auxiliary "a" and "où" the conjunction "ou": these keep accents.
_ACCENT_KEPT = frozenset({"à", "où", "là"})


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    tokens = []
    known = _WORDS
    for m in _TOKEN.finditer(text, start, end):
        raw = m.group()
        folded = known.get(raw) or _word(raw)  # (its folded word, whether it ends in -é, -ée…)
        if folded[0]:  # quotes open no clause and may split a phrase: d'"accord
            lo, hi = m.span()
            inverted = _INVERTED_SUBJECT.search(raw) if "-" in raw or "‑" in raw else None
            if inverted:  # "a-t-il déclaré", "dit-elle": the verb, then its subject marked "-il"
                cut = lo + inverted.start()
                tokens.append(_Token(lo, cut, *_word(raw[: inverted.start()]), raw[0].isupper()))
                tokens.append(_Token(cut, hi, "-" + (inverted.group(1) or inverted.group(2)).lower()))
                continue
            tokens.append(_Token(lo, hi, *folded, raw[0].isupper()))
    return tokens


# A French subject pronoun after its verb and a hyphen ("a-t-il", "dit-elle", "disent-ils",
# "a-t-on"): the verb is finite and its auxiliary is read ("a-t-il déclaré" is a past).
_INVERTED_SUBJECT = re.compile(r"(?<=\w)[-‑](?:t[-‑])?(il|elle|ils|elles)$|(?<=\w)[-‑]t[-‑](on)$", re.IGNORECASE)


# raw token → (folded word, "" for a quote; whether it ends in é, ée, és, ées), filled as met
_WORDS: dict[str, tuple[str, bool]] = {}
_WORDS_KEPT = 1 << 17


def _word(raw: str) -> tuple[str, bool]:
    """A token's folded word and its acute ending, remembered (a corpus repeats its words)."""
    if raw in _QUOTES:
        word = ""
    else:
        lower = raw.lower()
        word = lower if lower in _ACCENT_KEPT else fold(raw).rstrip("'’")
    seen = (word, _ACUTE_END.search(raw) is not None)
    if len(_WORDS) < _WORDS_KEPT:
        _WORDS[raw] = seen
    return seen


def find_happenings(
    text: str,
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    mentions: Sequence[Mention],
    lang: str,
    article_last: dt.date | None = None,
    title_end: int = -1,
) -> HappeningTable:
    """The happenings told in ``sentences`` of ``text``, in text order. A happening dated after
    ``article_last`` (the article's last day) is a plan, not a happening: "la fermeture de son
    usine en 2015" told in 2012 is none (the announcement may be one). Sentences starting
    before ``title_end`` are the article's title: what they tell is marked ``title``."""
    lex = lexicon(lang)
    # (a DURATION placed on the timeline is "il y a [trois ans]": it dates as a date does)
    dated = [i for i, t in enumerate(timexes) if t.when is not None and t.type is not TimexType.SET]
    found: list[Happening] = []
    t_cursor = m_cursor = 0
    told_before = False  # the sentence before this one told something
    quoting = False  # a quotation opened before this sentence runs on into it
    occasions: dict[str, int] = {}  # speaker → the date of their last dated statement
    for sentence in sentences:
        while t_cursor < len(dated) and timexes[dated[t_cursor]].start < sentence.start:
            t_cursor += 1
        while m_cursor < len(mentions) and mentions[m_cursor].start < sentence.start:
            m_cursor += 1
        inside = _within(dated, t_cursor, lambda i: timexes[i].end <= sentence.end)
        tokens = _tokens(text, sentence.start, sentence.end)
        names = _take_while(mentions, m_cursor, sentence.end)
        told: list[Happening] = []
        if inside or any(lex.may_predicate(t.word) for t in tokens):  # else nothing to tell
            told = _sentence_happenings(text, sentence, tokens, inside, timexes, names, lex, lang, article_last, sentence.start < title_end)
        if sentence.start < title_end:
            told = [replace(h, title=True) for h in told if h.kind != "other"]
            if not told and tokens:  # "Science : découverte du boson": the lead's happening in its words
                told = [replace(_continuation(text, sentence, tokens), title=True, continues=False)]
        elif not told and (told_before or found and _opens_on_demonstrative(tokens, lex)) and (quoting or _may_continue(text, sentence, tokens, names, lex)):
            # (a demonstrative may show what a sentence further back told: "Cette découverte …")
            told = [_continuation(text, sentence, tokens, _opens_on_demonstrative(tokens, lex), quoting)]
            # ("Le musée dévoile aussi …": one more thing, not the one told before told again)
            told = [replace(h, another=any("additive" in role for role in lex.roles([t.word for t in tokens]))) for h in told]
        elif told:
            told = _same_occasion(text, told, names, timexes, occasions)
        found.extend(told)
        told_before = any(not h.weak or h.continues for h in told) and sentence.start >= title_end
        quoting = _quote_runs_on(text, sentence, quoting)
    return HappeningTable.of(found)


_QUOTE_OPENS = frozenset("«“")
_QUOTE_CLOSES = frozenset("»”")


def _quote_runs_on(text: str, sentence: Sentence, quoting: bool) -> bool:
    """Whether a quotation is still open after ``sentence`` (``quoting``: open before it): its
    next sentences are the speaker's words ('Il a dit : « Le mât a cassé. Je rentre. »')."""
    for char in text[sentence.start : sentence.end]:
        if char in _QUOTE_OPENS:
            quoting = True
        elif char in _QUOTE_CLOSES:
            quoting = False
        elif char == '"':  # (the same mark opens and closes)
            quoting = not quoting
    return quoting


_OCCASION_SPEAKERS = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION})
_DAY_RANK = Precision.DAY.rank


def _same_occasion(text: str, told: list[Happening], names: list[Mention], timexes: Sequence[Timex], occasions: dict[str, int]) -> list[Happening]:
    """Undated statements of a speaker whose statement an earlier sentence dated to a day take
    that day: an article tells what someone said on one occasion ("Jobs said on Friday that …
    Jobs also said that …"). ``occasions`` (speaker → date) is filled as the article is read."""
    out = []
    for h in told:
        speaker = _statement_speaker(h, names) if h.kind == "statement" and not h.weak else None
        if speaker is not None:
            if h.timex >= 0 and timexes[h.timex].when.precision.rank <= _DAY_RANK:
                occasions[speaker] = h.timex
            elif h.timex < 0 and h.reported < 0 and speaker in occasions:
                h = replace(h, timex=occasions[speaker])
        out.append(h)
    return out


def _statement_speaker(h: Happening, names: list[Mention]) -> str | None:
    """The person or organisation a statement's clause names as its subject (before its verb),
    by the last word of its name."""
    named = next((m for m in reversed(names) if h.clause_start <= m.start and m.end <= h.trigger_start and m.kind in _OCCASION_SPEAKERS), None)
    return fold(named.surface.split()[-1]) if named is not None and named.surface.split() else None


def _may_continue(text: str, sentence: Sentence, tokens: list[_Token], names: list[Mention], lex: Lexicon) -> bool:
    """A sentence that may go on with the one before: it names someone, opens on a subject
    pronoun, a demonstrative ("Cette découverte ouvre la voie", "This move surprised many":
    what was just told) or quotes."""
    if names:
        return True
    first = text[sentence.start : sentence.start + 1]
    if first != "" and (first in _QUOTES or first in "—–-"):
        return True
    return bool(tokens) and (tokens[0].word in function_words().pronouns or _opens_on_demonstrative(tokens, lex))


def _opens_on_demonstrative(tokens: list[_Token], lex: Lexicon) -> bool:
    """Whether a sentence opens on a demonstrative and the noun it shows ("Cette découverte …"),
    one naming no actor ("Cette entreprise emploie …" shows who, not what happened)."""
    if len(tokens) < 2 or not tokens[1].word.isalpha() or tokens[1].word in actor_nouns():
        return False
    return _has(lex.roles([tokens[0].word]), 0, "demonstratives")


def _continuation(text: str, sentence: Sentence, tokens: list[_Token], demonstrative: bool = False, quoted: bool = False) -> Happening:
    """A sentence going on with the one before: of kind "statement" when it opens on a quote
    or lies inside one opened before (``quoted``: someone's words, said on), else "other". One
    opening on a demonstrative refers back (``refers_back``): its noun names what it goes on
    with ("Cette découverte ouvre la voie")."""
    span = ((sentence.start, sentence.end),)
    headline = _shorten(_span_text(text, tokens, list(range(len(tokens)))))
    # Its "trigger" is its first words, where a subject pronoun standing for someone would be.
    opening = tokens[min(len(tokens), 3) - 1].end if tokens else sentence.start
    kind = "statement" if quoted or text[sentence.start : sentence.start + 1] in _OPENING_QUOTES else "other"
    return Happening(sentence.start, sentence.end, sentence.start, sentence.end, sentence.start, opening,
                     kind, -1, -1, span, headline, refers_back=demonstrative, continues=True)


def _within(indices: list[int], cursor: int, inside) -> list[int]:
    out = []
    while cursor < len(indices) and inside(indices[cursor]):
        out.append(indices[cursor])
        cursor += 1
    return out


def _take_while(mentions: Sequence[Mention], cursor: int, end: int) -> list[Mention]:
    out = []
    while cursor < len(mentions) and mentions[cursor].end <= end:
        out.append(mentions[cursor])
        cursor += 1
    return out


def _sentence_happenings(
    text: str,
    sentence: Sentence,
    tokens: list[_Token],
    timex_ids: list[int],
    timexes: Sequence[Timex],
    mentions: list[Mention],
    lex: Lexicon,
    lang: str,
    article_last: dt.date | None = None,
    title: bool = False,
) -> list[Happening]:
    if not tokens:
        return []
    words = [t.word for t in tokens]
    roles = _roles(words, lex)
    date_spans = [date_extent(timexes, i) for i in timex_ids]
    predicates = _predicates(tokens, words, roles, mentions, lang)
    # A word of a date is no predicate: "on March 3" tells no march.
    around = _Neighbours(predicates)
    predicates = [
        p for p in predicates
        if not _object_of_verb(p, around) and not _describes_noun(p, around) and not _subject_of_verb(p, around)
        and not _qualifies_noun(p, predicates, tokens, lang) and not _names_a_thing(p, predicates, tokens)
        and not _inside(tokens[p.head], date_spans)
    ]
    predicates = _without_support_verbs(predicates, roles)
    predicates = [p for p in predicates if not _undated_participial(p, tokens, date_spans)]
    if predicates and all(p.reporting and not p.kind and not _attributed(p, tokens, mentions) for p in predicates):
        predicates = []  # "According to Reuters, the plant closed on Monday": what the source tells
    if not predicates:
        if "?" in words:
            return []  # "Why did the firm close its plant in 2010?": asked, not told
        # A date after the article is a plan, unless an auxiliary says it was done ("a parlé").
        told_as_done = any(_has(roles, k, "auxiliaries") for k in range(len(tokens)))
        past = [i for i in timex_ids if article_last is None or told_as_done or timexes[i].when.first <= article_last]
        if lang == "en" and not _english_past(tokens):
            return []  # "The Mac's share is up 82% this year": a state, not a happening
        return _undetected(text, sentence, tokens, past, timexes, mentions, lang, roles)
    if not title:
        for p in predicates:
            if p.present and not p.reporting and p.kind != "statement":
                p.realis = False  # "which sells music", "is priced at": a state, not news
            elif lang == "fr" and p.timex < 0 and _french_generic_present(p, tokens, mentions):
                p.realis = False  # "une telle stratégie exige des moyens": a truth, not news
    # "an agreement reached in 1991, which barred X from": its terms, in its clause
    predicates = [p for n, p in enumerate(predicates) if n == 0 or not _tells_terms(p, predicates[n - 1], tokens)]
    _cut_clauses(predicates, tokens, roles, date_spans)
    _open_first_noun_clause(predicates, tokens, roles, lang)
    _mark_unasserted(predicates, tokens, words, lang)
    orphans = _attach_dates(predicates, tokens, timex_ids, timexes, roles)
    if article_last is not None:
        for p in predicates:
            if p.timex >= 0 and p.past and timexes[p.timex].when.first > article_last and _goal_before(p, timexes[p.timex], tokens, lang):
                p.timex = -1  # "a réitéré l'engagement de revenir à l'équilibre en 2017": the goal's date
            if p.timex >= 0 and not p.past and timexes[p.timex].when.first > article_last:
                # Dated after its article and not told in a past tense: planned, not happened
                # ("la fermeture de l'usine en 2015"; "a fermé le 21" is still told as done).
                p.realis = False
    _narrow_clauses(predicates, tokens, roles, lang, words)
    if not _SECOND_WORDS.isdisjoint(words):
        predicates = _second_objects(predicates, tokens)
    told = _tell(text, sentence, tokens, predicates, roles, timexes, mentions, lang, timex_ids, title)
    if orphans:
        told = sorted([*told, *_cut_off_clauses(text, sentence, tokens, orphans, timexes, lang)], key=lambda h: h.trigger_start)
    return told


def _mark_unasserted(predicates: list[_Predicate], tokens: list[_Token], words: list[str], lang: str) -> None:
    """What the sentence does not assert happened: what a question asks, what follows "whether",
    "if", "si", what someone believes ("analysts believe the firm sold too early"); a question
    put is a statement, no demand ("« Qui a signé ? », a demandé le juge")."""
    beliefs = kind_rules().beliefs.get("fr" if lang == "fr" else "en", frozenset())
    believed = [k for k, t in enumerate(tokens) if t.word in beliefs and _opens_opinion(k, tokens, lang)] if not beliefs.isdisjoint(words) else []
    asked = len(words) - 1 - words[::-1].index("?") if "?" in words else -1  # (the last "?")
    for p in predicates:
        if p.head < asked:
            p.realis = False  # "Le ministre a-t-il démissionné ?", "Who signed the deal?": asked, not told
        elif asked >= 0 and p.kind == "demand" and not p.noun:
            p.kind = "statement"
        if _in_open_question(p, tokens):
            p.realis = False  # "did not say whether he decided to leave or was forced out", "if they signed"
        elif believed and not p.reporting and _after_belief(p, believed, tokens):
            p.realis = False  # "analysts believe the firm sold too early": an opinion
    _mark_aims(predicates, tokens)
    for p in predicates:
        if not p.noun and not p.reporting and _lasting_state(p, tokens):
            p.realis = False  # "la porte est fermée depuis des décennies": a state that lasts
        elif p.noun and not (p.support or p.refers_back or p.participle) and _object_of_infinitive(p, tokens, lang):
            p.realis = False  # "told customers to use a case", "a décidé de signer un accord": a goal
        elif _describes_a_source_or_result(p, tokens):
            p.realis = False  # ", creating $500 million in revenue", "according to figures released by"
        elif p.noun and not p.participle and _planned_after(p, tokens):
            p.realis = False  # "Une grève est prévue lundi", "Talks are scheduled for Monday"


_PLAN_REACH = 6  # words between an event noun and what says it is planned ("Talks between the two unions are scheduled")


def _planned_after(p: _Predicate, tokens: list[_Token]) -> bool:
    plans = function_words().plans_after
    for k in range(p.after, min(len(tokens), p.after + _PLAN_REACH)):
        if tokens[k].word in _CLAUSE_PUNCTUATION:
            return False
        if any(_phrase_here(tokens, k, phrase) for phrase in plans.get(tokens[k].word, ())):
            return True
    return False


_SOURCE_REACH = 4  # words between "according to", "selon" and the participle describing the source


def _describes_a_source_or_result(p: _Predicate, tokens: list[_Token]) -> bool:
    """A participle set off after a comma telling what something amounts to (", creating over
    $500 million in revenue", ", totaling $22 billion"), or one describing the source of a
    report ("according to figures released by NPD", "selon des chiffres publiés par l'INSEE")."""
    lo = p.clause[0]
    if lo + 1 < len(tokens) and tokens[lo].word == "," and tokens[lo + 1].word in function_words().results:
        return True  # (the participle or an event noun in its clause: ", creating … in revenue")
    if p.noun or p.first != p.head:
        return False  # (an auxiliary: told as done)
    word = tokens[p.head].word
    before = [t.word for t in tokens[max(0, p.head - _SOURCE_REACH) : p.head]]
    return ("according" in before or "selon" in before) and word.endswith(("ed", "é", "ée", "és", "ées"))


_INFINITIVE_MARKS_FR = frozenset({"de", "d", "à", "pour"})
_INDEFINITE_ONE = frozenset({"a", "an", "un", "une"})


def _object_of_infinitive(p: _Predicate, tokens: list[_Token], lang: str) -> bool:
    """Whether an event noun is the object of an infinitive right before its determiner ("to use
    a case", "to sign an agreement", "de signer un accord"): what is meant to be done, not done."""
    k = p.first - 1
    if p.first == p.head or k < 1 or tokens[p.first].word not in _INDEFINITE_ONE:
        return False  # (no determiner: "to court"; a definite one names what was: "de comparer les naufrages")
    verb, mark = tokens[k].word, tokens[k - 1].word
    if lang == "fr":
        return mark in _INFINITIVE_MARKS_FR and bool(_FR_INFINITIVE.search(verb) or verb.endswith("re"))
    return mark == "to" and verb.isalpha() and not tokens[k].capital and verb not in _ARTICLES["en"] and not verb.endswith("ing")


_LASTING_OPENERS = frozenset({"depuis", "since"})
_LASTING_UNITS = frozenset({"ans", "annees", "mois", "decennies", "siecles", "semaines", "jours", "longtemps", "toujours",
                            "years", "decades", "months", "weeks", "centuries", "ages", "long"})
_PRESENT_AUXILIARIES = frozenset({"est", "sont", "is", "are", "has", "have"})


def _lasting_state(p: _Predicate, tokens: list[_Token]) -> bool:
    """A verb in the present right before "depuis", "since" and a length of time ("est fermée
    depuis plusieurs décennies", "has been closed for years since"; not a date: "est fermé
    depuis 2009" tells the closing of 2009)."""
    k = next((k for k in range(p.after, min(p.after + 2, len(tokens))) if tokens[k].word in _LASTING_OPENERS), -1)
    if k < 0 or not any(t.word in _LASTING_UNITS for t in tokens[k + 1 : k + 5]):
        return False
    present = tokens[p.first].word in _PRESENT_AUXILIARIES and p.first < p.head
    return present or p.first == p.head and not p.past and bool(_FR_PRESENT.search(tokens[p.head].word))


_AIM_REACH = 3  # words between an event noun and the verb of aim it is the subject of ("Le sommet annuel vise à")


def _mark_aims(predicates: list[_Predicate], tokens: list[_Token]) -> None:
    """An event noun before a verb of aim ("Le sommet vise à élargir le débat", "the forum aims
    to …") tells what the event is for, and one after it up to the next punctuation is its goal:
    neither says anything took place."""
    by_first = function_words().aims
    for k, token in enumerate(tokens):
        if token.word not in by_first or not any(_phrase_here(tokens, k, phrase) for phrase in by_first[token.word]):
            continue
        end = next((j for j in range(k, len(tokens)) if tokens[j].word in ".;:()"), len(tokens))
        for p in predicates:
            subject = p.noun and not p.support and 0 <= k - p.after <= _AIM_REACH and not any(q.head < k and not q.noun for q in predicates if q.head > p.head)
            if subject or p.noun and k < p.head < end:
                p.realis = False


_TERMS_REACH = 10  # words between an agreement and the relative pronoun opening its terms ("reached between the two firms in 1991, which")
_TERMS_OPENERS = frozenset({"which", "that", "qui"})


def _tells_terms(p: _Predicate, q: _Predicate, tokens: list[_Token]) -> bool:
    """Whether the verb ``p`` tells the terms of the agreement ``q`` just before it: in a
    relative clause on it ("an agreement reached in 1991, which barred the firm from music",
    "l'accord, qui interdit la vente") or with it for subject ("The treaty banned tests"): what
    the agreement says, not another happening."""
    if p.noun or p.present or q.kind != "agreement" or p.kind in ("agreement", "statement", ""):
        return False  # (an English present tells a state already: "the settlement replaces")
    if q.noun and p.first == q.after:
        return True
    opener = p.first - 1
    if opener < q.after or tokens[opener].word not in _TERMS_OPENERS or opener - q.after > _TERMS_REACH:
        return False
    return not any(tokens[k].word in (";", ":") for k in range(q.after, opener))


_BELIEF_REACH = 20  # words between a verb of belief and the predicate of the opinion it opens


def _opens_opinion(k: int, tokens: list[_Token], lang: str) -> bool:
    """Whether the verb of belief at ``k`` opens a clause: "that", "que" or a subject after it
    ("believe the firm sold", "fear he resigned"; not "fears of a crash", "hope for peace")."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.word in _SPEECH_OPENERS:
        return True
    subjects = function_words().determiners["fr" if lang == "fr" else "en"] | function_words().pronouns
    return lang != "fr" and (after.word in subjects or after.capital)


def _after_belief(p: _Predicate, believed: list[int], tokens: list[_Token]) -> bool:
    """Whether a verb of belief opens the clause chain ``p`` stands in: before it, within reach,
    with no ";" nor ", but" / ", mais" between (what follows them is asserted again)."""
    for k in reversed(believed):
        if k >= p.first:
            continue
        if p.first - k > _BELIEF_REACH:
            return False
        between = tokens[k + 1 : p.first]
        return not any(
            t.word in (";", ":") or t.word == "," and n.word in _COORDINATORS for t, n in zip(between, [*between[1:], tokens[p.first]])
        )
    return False


_SUBJECT_REACH = 12  # words before a verb where its subject is looked for
_FR_PRESENT = re.compile(r"(?<![eiu]r)ent$|[^eé]e$")  # "exige", "rassemblent"; not "déclarèrent", "signée"


def _french_generic_present(p: _Predicate, tokens: list[_Token], mentions: list[Mention]) -> bool:
    """A French present tense whose subject names no one ("la diffusion d'une langue exige ..."):
    a general truth; "Abdou Diouf quitte Québec", "il rassemble" tell news. Said verbs excepted:
    "le ministre annonce" tells a statement."""
    if p.noun or p.reporting or p.kind == "statement" or p.first != p.head or tokens[p.head].acute:
        return False
    if any(t.word in _FR_COMPOUND_AUXILIARIES for t in tokens[p.head : p.after]):
        return False  # a phrase holding its auxiliary: "se sont rendus aux urnes" is a past
    if not _FR_PRESENT.search(tokens[p.head].word):
        return False
    reach = max(0, p.head - _SUBJECT_REACH)
    lo = max([reach, *(k + 1 for k in range(reach, p.head) if tokens[k].word in _CLAUSE_PUNCTUATION)])
    if lo >= p.head:
        return False  # no subject before it: an inversion or a clause going on
    subject = tokens[lo : p.head]
    named = any(subject[0].start <= m.start and m.end <= subject[-1].end for m in mentions)
    return not named and not any(t.word in function_words().pronouns or _names_someone(t.word) for t in subject)


def _names_someone(word: str) -> bool:
    """Whether a folded word names someone without a name: a title, an organisation's head word
    or a group of people, singular or plural ("le ministre démissionne", "les syndicats
    appellent à la grève", "les manifestants réclament")."""
    words = someone_words()
    return word in words or word[-1:] in ("s", "x") and word[:-1] in words


_FR_COMPOUND_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "est", "sont", "etait", "etaient", "fut", "furent", "eut", "eurent"})


def _told_as_done(tokens: list[_Token], lang: str) -> bool:
    """Whether words tell something done: an English past ("was set up", "moved"), a French
    compound or simple past of an auxiliary and its participle ("a été fondée", "fut créé")."""
    if lang != "fr":
        return _english_past(tokens)
    return any(
        a.word in _FR_COMPOUND_AUXILIARIES and (b.acute or _FR_PARTICIPLE.search(b.word) is not None) for a, b in zip(tokens, tokens[1:])
    )


_CUT_OFF_KEPT = 8  # a sentence tells a few such clauses: more dates are a list, not clauses
_CLAUSE_REACH = 24  # words of a cut-off clause shown before its date


def _cut_off_clauses(text, sentence, tokens, orphans: list[int], timexes, lang) -> list[Happening]:
    """The happenings of the clauses a date was cut off in ("The firm was set up in 1982, and
    launched ..."): from the sentence's start to the comma before "and", if told in a past
    tense (a verb the lexicon does not know: kind "other")."""
    found = []
    starts = [t.start for t in tokens]
    marks = [k for k, t in enumerate(tokens) if t.word in _CLAUSE_PUNCTUATION]
    commas = [k for k in marks if tokens[k].word == ","]
    for timex_id in orphans[:_CUT_OFF_KEPT]:
        span = date_extent(timexes, timex_id, text, lang)
        after = bisect_left(commas, bisect_left(starts, span[1]))
        if after == len(commas):
            continue
        comma = commas[after]
        # (its verb stands between the punctuation before the date and the comma after it)
        before = bisect_left(marks, bisect_left(starts, span[0])) - 1
        opening = marks[before] + 1 if before >= 0 else 0
        if not _told_as_done(tokens[opening:comma], lang):
            continue
        date_words = _date_tokens(text, tokens, [span])
        words = [k for k in range(max(0, opening - _CLAUSE_REACH), comma) if k not in date_words]
        lo, hi = tokens[words[0]].start if words else sentence.start, tokens[comma].start
        found.append(Happening(sentence.start, sentence.end, lo, hi, timexes[timex_id].start, timexes[timex_id].end, "other", timex_id, -1,
                               ((lo, hi),), _shorten(_span_text(text, tokens, words))))
    return found


# -- roles of words ---------------------------------------------------------------------------


_NO_ROLE: dict = {}


def _roles(words: list[str], lex: Lexicon) -> list[dict[str, tuple[Entry, int]]]:
    """For each word, the longest phrase of each role that starts there, with its length in
    words."""
    return lex.roles(words)


def _has(roles: list[dict], i: int, role: str) -> bool:
    return 0 <= i < len(roles) and role in roles[i]


# -- predicates -------------------------------------------------------------------------------


_PREDICATE_ROLES = frozenset({"verb", "reporting", "noun"})


def _predicates(tokens, words, roles, mentions, lang) -> list[_Predicate]:
    predicates: list[_Predicate] = []
    i = 0
    n = len(words)
    while i < n:
        # Most words can start nothing: skip them without a call.
        if roles[i] is _NO_ROLE or _PREDICATE_ROLES.isdisjoint(roles[i]):
            i += 1
            continue
        predicate = _predicate_at(i, tokens, words, roles, mentions, lang)
        if predicate is None:
            i += 1
            continue
        predicates.append(predicate)
        i = predicate.after
    return predicates


def _predicate_at(i, tokens, words, roles, mentions, lang) -> _Predicate | None:
    role = roles[i]
    if i > 0 and words[i - 1] in _MANNER and any(r[0].kind == "call" for r in role.values()):
        return None  # "a indiqué par téléphone": how it was said, not a call of its own
    determiners = function_words().determiners["fr" if lang == "fr" else "en"]
    if "noun" in role and i > 0 and (words[i - 1] in determiners or _has(roles, i - 1, "demonstratives")):
        role = {"noun": role["noun"]}  # "la visite", "cette rencontre": the noun, not the verb
    elif "noun" in role and lang != "fr" and i + 1 < len(words) and words[i + 1] == "of":
        role = {"noun": role["noun"]}  # "Pre-orders of the phone", "sales of": a noun before "of"
    if "verb" in role and "noun" not in role and _after_determiner(i, words, lang):
        return None  # "le juge", "the sells": a noun that is spelt like a verb
    if lang == "fr" and "reporting" in role and "noun" not in role and i > 0 and words[i - 1] in _FULL_ARTICLES and tokens[i].acute:
        return None  # "dans la cité des saints": no participle stands right after an article
    if lang != "fr" and "verb" in role and "noun" not in role and tokens[i].capital and (i == 0 or _title_inside(i, tokens)):
        return None  # "Lost and Desperate Housewives will air", "shows such as Lost": a name, not a verb
    if "verb" in role and role["verb"][0].acute and role["verb"][1] == 1 and not tokens[i].acute:
        role = {r: v for r, v in role.items() if r != "verb"}  # "la somme" is no "sommé"
    if "verb" in role and role["verb"][0].agreed and not _after_past_auxiliary(i, words, lang):
        role = {r: v for r, v in role.items() if r != "verb"}  # "est sommée de": a present passive
    if "noun" in role and _misread_noun(role, tokens[i]):
        role = {r: v for r, v in role.items() if r != "noun"}  # "le marché" is no "marche"
    if lang != "fr" and i > 0 and words[i].endswith("ed") and "noun" not in role and _modifies_noun(i, words, determiners):
        return None  # "the dropped calls", "the recently announced phone": an adjective, not a verb
    if "verb" in role or "reporting" in role:
        entry, length = role["verb"] if "verb" in role else role["reporting"]
        after = i + length
        reporting = "reporting" in role and (("verb" not in role) or i + role["reporting"][1] >= after)
        if reporting and "reporting" in role:
            after = max(after, i + role["reporting"][1])
        if "verb" not in role and (words[i] in ("selon", "according") or role["reporting"][0].words in kind_rules().attributions):
            return _Predicate(i, i, after, "", reporting=True)  # "selon X", "d'après X": whose words follow
        if _inside_name(tokens[i], mentions):
            return None
        if words[i] in function_words().speech_only and not _speech_follows(i, after, words, roles):
            # "Apple added recording to its computers", "the bank reported a loss": doing, not saying.
            return _verb(i, after, "other", False, words, roles, lang, tokens[i].acute)
        return _verb(i, after, entry.kind if "verb" in role else "statement", reporting, words, roles, lang, tokens[i].acute)
    if "noun" in role:
        entry, length = role["noun"]
        after = i + length
        if _inside_name(tokens[i], mentions) or _ends_a_name(i, tokens) or _in_work_title(i, tokens):
            return None
        return _noun(i, after, entry.kind, words, roles, determiners)
    return None


_TITLE_REACH = 5  # words of a work's title before an event noun in it ("intitulé l'Archipel des tortures")


def _in_work_title(i: int, tokens: list[_Token]) -> bool:
    """Whether the noun at ``i`` is in a work's title, after "intitulé" or "entitled" with no
    punctuation between ("un rapport intitulé l'Archipel des tortures"): it names the work, no
    happening."""
    for k in range(i - 1, max(-1, i - _TITLE_REACH - 1), -1):
        if tokens[k].word in work_title_words():
            return tokens[k + 1].word != "to"  # ("entitled to some investment": a right)
        if tokens[k].word in _CLAUSE_PUNCTUATION:
            return False
    return False


def _modifies_noun(i: int, words: list[str], determiners: frozenset[str]) -> bool:
    """Whether the English "-ed" word at ``i`` follows a determiner or "of", with an adverb in
    "-ly" between or not: "the dropped calls", "the recently announced phone"."""
    k = i - 1
    if k > 0 and words[k].endswith("ly") and len(words[k]) > 4:
        k -= 1
    return words[k] in determiners or words[k] == "of"


_PAST_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "eut", "eurent", "ete"})  # "a été votée", "a demandée"


def _after_past_auxiliary(i: int, words: list[str], lang: str) -> bool:
    """Whether a French participle follows an auxiliary of a compound past or "été" (adverbs
    between): "a été votée", "ont demandé", "avaient été tuées"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and _is_adverb(words[k], lang):
        k -= 1
    return k >= 0 and words[k] in _PAST_AUXILIARIES


_ARTICLES = {"fr": frozenset({"le", "la", "les", "l", "un", "une", "des", "du"}), "en": frozenset({"the", "a", "an"})}
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "je", "j", "nous", "vous", "tu", "qui", "ne", "n"})
_FULL_ARTICLES = _ARTICLES["fr"] - {"l"}  # ("l'a cité": "l'" is also a pronoun)


def _after_determiner(i: int, words: list[str], lang: str) -> bool:
    """Whether word ``i`` follows an article, as a noun does ("le juge", "a claim"); "il la
    critique" has the pronoun "la", after its subject."""
    if i == 0 or words[i - 1] not in _ARTICLES["fr" if lang == "fr" else "en"]:
        return False
    return lang != "fr" or words[i - 1] in ("un", "une", "des", "du") or i < 2 or words[i - 2] not in _SUBJECT_PRONOUNS


_SPEECH_OPENERS = frozenset({"that", "que", "qu", ":"})  # (quotation marks are no tokens)


def _speech_follows(i: int, after: int, words: list[str], roles) -> bool:
    """Whether a verb that also means doing ("added", "reported") is saying here: what was said
    follows ("that", "que", a colon, within a few words) or came before it, the verb after a
    comma with no event noun after it (", he added.", ", ont rapporté mardi les agences")."""
    if any(w in _SPEECH_OPENERS for w in words[after : after + 4]):
        return True
    return "," in words[max(0, i - 3) : i] and not any(_has(roles, k, "noun") for k in range(after, len(words)))


_MANNER = frozenset({"par", "en", "by", "via", "over"})


def _ends_a_name(i: int, tokens: list[_Token]) -> bool:
    """"the World Wide Developers Conference": a capitalised event noun after capitalised words
    inside a sentence is the name of an event, not one told (a sentence in title case aside)."""
    if i < 2 or not tokens[i].capital or not tokens[i - 1].capital:
        return False
    return any(not t.capital and t.word.isalpha() and len(t.word) > 3 for t in tokens)


def _title_inside(i: int, tokens: list[_Token]) -> bool:
    """Whether the capitalised word ``i`` stands inside a sentence written in lower case, not
    after a colon (English: "shows such as Lost"; a sentence in title case aside)."""
    if tokens[i - 1].word in (":", "-", "—", "–"):
        return False
    return any(not t.capital and t.word.isalpha() and len(t.word) > 3 for t in tokens)


def _inside_name(token: _Token, mentions: list[Mention]) -> bool:
    if len(mentions) < _NAMES_INDEXED:
        return any(m.start <= token.start and token.end <= m.end for m in mentions)
    # (a long sentence asks for many of its tokens: the names are indexed once, by start, each
    # with the furthest end of the names starting at or before it)
    global _last_names_index
    names, starts, furthest = _last_names_index
    if names is not mentions:
        by_start = sorted((m.start, m.end) for m in mentions)
        starts, furthest = [start for start, _end in by_start], list(accumulate((end for _start, end in by_start), max))
        _last_names_index = (mentions, starts, furthest)
    k = bisect_right(starts, token.start) - 1
    return k >= 0 and furthest[k] >= token.end


_NAMES_INDEXED = 16  # names of a sentence from which they are indexed
_last_names_index: tuple = (None, [], [])  # (mentions, starts, furthest ends) of the last indexed


def _verb(i, after, kind, reporting, words, roles, lang, acute=False) -> _Predicate | None:
    first, aux, negated, irrealis, pluperfect = _before_verb(i, words, roles, lang)
    word = words[i]
    impersonal = False
    if reporting and aux and _passive(first, i, words):
        # "A new version was announced at the event", "la découverte a été annoncée": what was
        # announced is the subject, nobody's words are reported: the announcement happened.
        # "It was reported that ...": nobody said it, it dates what it reports.
        impersonal = first > 0 and words[first - 1] in ("it", "il")
        reporting = impersonal
    if lang == "fr" and not aux and _FR_INFINITIVE.search(word) and word not in ("mer",):
        irrealis = True
    if lang == "fr" and not aux and (acute or _FR_PARTICIPLE.search(word)) and not _subject_before(first, i, words):
        # A participle with no auxiliary modifies a noun ("l'accord signé en 2015"): an event
        # only when dated, like an event noun.
        return _Predicate(first, i, after, kind, noun=True, reporting=reporting, realis=not negated, participle=True)
    habitual = any(_has(roles, k, "habitual") for k in range(max(0, i - 3), min(len(words), after + 2)))
    # A present participle right after a noun describes it ("une théorie expliquant la
    # matière", "a device running iOS"); set off by a comma or "et" it tells what the subject
    # did besides ("..., appelant Moscou à", "..., saying that"), and "en menant" is a gerund.
    participial = not aux and first > 0 and (word.endswith("ant") if lang == "fr" else word.endswith("ing")) and not (
        words[first - 1] in _CLAUSE_PUNCTUATION or _has(roles, first - 1, "clause_openers") or "en" in words[first - 1 : i]
        or lang != "fr" and words[first - 1] in _GERUND_OF_MEANS
    )
    # "is said to be", "are expected to": hearsay and plans, nobody said or did it.
    # (only a verb of hearsay or planning: "was sold to Globex", "was appointed to the board" happened)
    hearsay = lang != "fr" and aux and words[i - 1] in ("is", "are", "was", "were") and after < len(words) and words[after] == "to" and word in hearsay_verbs()
    realis = not (negated or irrealis or habitual or participial or hearsay or impersonal)
    past = aux or (lang != "fr" and word.endswith("ed"))
    # (English simple present or present passive: a state or a habit outside headlines,
    # "which sells music", "is priced at"; decided by the caller, who knows the title)
    present = lang != "fr" and (not past and word.endswith("s") and not word.endswith("ss") or aux and words[i - 1] in ("is", "are"))
    return _Predicate(first, i, after, kind, reporting=reporting, realis=realis, pluperfect=pluperfect, past=past, present=present)


# Before an English gerund, they tell the means of the act before ("ended the speech by
# announcing a park", "upon signing"): done as well, like the French "en annonçant".
_GERUND_OF_MEANS = frozenset({"by", "upon"})
_QUESTION_REACH = 10  # words of a clause opened by "whether", "si": "whether he decided to leave or was forced out"


def _in_open_question(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether ``p`` stands in a clause opened by "whether", "if", "si" (no punctuation between)."""
    for k in range(p.first - 1, max(-1, p.first - 1 - _QUESTION_REACH), -1):
        if tokens[k].word in _CLAUSE_PUNCTUATION:
            return False
        if tokens[k].word in _OPEN_QUESTION:
            return True
    return False


# Opening a clause, they make it a question or a condition: "whether he left", "si elle a signé".
_OPEN_QUESTION = frozenset({"if", "whether", "unless", "si"})
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "been", "ete", "est", "sont", "etait", "etaient", "fut", "furent"})


def _passive(first: int, i: int, words: list[str]) -> bool:
    """Whether the verb at ``i`` is passive ("was announced", "a été annoncée"), not reflexive
    ("s'est dit prêt")."""
    between = words[first:i]
    if "se" in between or "s" in between:
        return False
    return any(w in _PASSIVE_AUXILIARIES for w in between)


def _subject_before(first: int, i: int, words: list[str]) -> bool:
    # A pronoun subject right before: "il signé" does not occur, but "ils ont" is caught by the
    # auxiliary; this only rescues "X, élu ..." from being read as a finite verb. A reflexive
    # "se" makes it finite too: "elle se plaint", "il se dit" (a participle takes none).
    # ("dit-elle": the subject after, hyphenated)
    inverted = i + 1 < len(words) and words[i + 1][:1] == "-"
    return first > 0 and words[first - 1] in ("il", "elle", "ils", "elles", "on") or "se" in words[first:i] or inverted


def _before_verb(i, words, roles, lang):
    """Walk back from a verb over clitics, negation and auxiliaries: where its clause material
    starts, whether it has an auxiliary, is negated, is future or conditional, is pluperfect."""
    first, aux, negated, irrealis, pluperfect = i, False, False, False, False
    k = i - 1
    steps = 0
    fw = function_words()
    implicatives = fw.implicatives.get("fr" if lang == "fr" else "en", frozenset()) if fw.implicatives else frozenset()
    while k >= 0 and steps < 5:
        word = words[k]
        aside = _aside_before(k, words)
        if aside:  # "a pour sa part ajouté"
            first, k = k + 1 - aside, k - aside
            steps += 1
            continue
        if word in ("de", "d") and k > 0 and words[k - 1] in fw.recent_past:
            aux, first = True, k - 1  # "vient d'annoncer": done just before
            break
        if word in ("à", "to") and k > 0 and words[k - 1] in implicatives or word in implicatives or word in ("etre", "avoir"):
            pass  # "a pu partir", "a réussi à signer", "managed to outsell", "d'être réduit"
        elif _has(roles, k, "auxiliaries"):
            aux = True
            pluperfect = pluperfect or word in ("avait", "avaient", "etait", "etaient", "had")
            irrealis = irrealis or word in ("aura", "auront", "aurait", "auraient", "sera", "seront", "serait", "seraient", "be")
        elif _has(roles, k, "negation"):
            negated = True
        elif word in function_words().clitics or _is_adverb(word, lang) or word[:1] == "-":
            pass  # ("-il" of "a-t-il déclaré": the inverted subject)
        elif _has(roles, k, "future") or _has(roles, k, "condition"):
            irrealis = True
            break
        else:
            break
        first = k
        k -= 1
        steps += 1
    if lang == "fr" and i + 1 < len(words) and words[i + 1] in ("pas", "jamais", "rien", "plus") and not aux:
        negated = True
    if lang != "fr" and _none_after(i, words):
        negated = True
    if lang == "fr" and re.search(r"(?:rait|raient|ront|era|ira)$", words[i]):
        irrealis = True
    return first, aux, negated, irrealis, pluperfect


# After "no", these make a bound, not a negation: "sold no more than 500 cars", "no later than".
_NO_BOUNDS = frozenset({"more", "less", "fewer", "later", "sooner", "longer", "earlier", "one", "doubt", "to"})


def _none_after(i: int, words: list[str]) -> bool:
    """Whether the English verb at ``i`` acts on nothing: "announced no new products", "found
    no evidence", "said nothing" tell that it did not happen ("said no to the plan" did)."""
    if i + 1 >= len(words):
        return False
    if words[i + 1] == "nothing":
        return True
    return words[i + 1] == "no" and i + 2 < len(words) and words[i + 2].isalpha() and words[i + 2] not in _NO_BOUNDS


@lru_cache(maxsize=4)
def _last_words(asides: tuple[tuple[str, ...], ...]) -> frozenset[str]:
    return frozenset(aside[-1] for aside in asides)


def _aside_before(k: int, words: list[str]) -> int:
    """The length of the aside ("pour sa part") ending at word ``k``, or 0."""
    asides = function_words().asides
    if words[k] not in _last_words(asides):
        return 0  # most words end none (checked first: this runs at each word before a verb)
    for aside in asides:
        n = len(aside)
        if k + 1 >= n and tuple(words[k + 1 - n : k + 1]) == aside:
            return n
    return 0


def _is_adverb(word: str, lang: str) -> bool:
    if lang == "fr":
        return word.endswith("ment") or word in function_words().adverbs["fr"]
    return word.endswith("ly") or word in function_words().adverbs["en"]


_DEFINITE_REACH = 3  # "The 1991 agreement", "La deuxième journée": the noun among the first words
_INDEFINITE = frozenset({"un", "une", "des", "du", "a", "an"})


def _noun(i, after, kind, words, roles, determiners) -> _Predicate:
    """An event noun; not a happening after a modal or a future in its stretch of sentence
    ("va signer l'accord demain")."""
    refers_back = i > 0 and _has(roles, i - 1, "demonstratives")
    realis = not any(words[k] in function_words().modals for k in range(max(0, i - 6), i))
    first = i - 1 if i > 0 and (refers_back or words[i - 1] in determiners) else i
    support_before = next((k for k in range(max(0, first - 3), first) if _has(roles, k, "support") and k + roles[k]["support"][1] >= first - 1), None)
    support = support_before is not None or any(_has(roles, k, "support") for k in range(after, min(len(words), after + 3)))
    if support_before is not None:
        first = _before_verb(support_before, words, roles, "")[0]
    verbal = support_before is not None
    definite = not refers_back and 0 < i <= _DEFINITE_REACH and words[0] in determiners and words[0] not in _INDEFINITE
    return _Predicate(first, i, after, kind, noun=True, realis=realis, support=support, refers_back=refers_back, verbal=verbal, definite=definite)


# -- clauses and dates ------------------------------------------------------------------------


def _cut_clauses(predicates: list[_Predicate], tokens: list[_Token], roles, date_spans=()) -> None:
    """Each predicate's clause: from the boundary before its material to the next clause."""
    starts = [0]
    for before, after in zip(predicates, predicates[1:]):
        # The last punctuation between them (not one inside a date: "September 21, 2004"), else
        # the last word opening a clause ("et", "qui"), else where the second one's material starts.
        between = range(after.first - 1, before.after - 1, -1)
        cut = next((k for k in between if tokens[k].word in _CLAUSE_PUNCTUATION and not _inside(tokens[k], date_spans)), None)
        if cut is None:
            cut = next((k for k in between if _has(roles, k, "clause_openers")), after.first)
        starts.append(max(cut, before.after))
    for n, predicate in enumerate(predicates):
        end = starts[n + 1] if n + 1 < len(starts) else len(tokens)
        # (a semicolon after its material ends it: what follows is a sentence of its own, its
        # verb maybe none the lexicon knows: "X threatened the town; the group says …"; but not
        # one before a date, its date: "X protested here; on 4 July")
        end = next((k for k in range(predicate.after, end - 1) if _ends_clause(tokens, k, date_spans)), end)
        predicate.clause = (starts[n], end)


def _ends_clause(tokens: list[_Token], k: int, date_spans) -> bool:
    """Whether token ``k`` is a semicolon not opening a date ("; le 4 juillet")."""
    if tokens[k].word != ";":
        return False
    after = next((j for j in range(k + 1, min(len(tokens), k + 3)) if _inside(tokens[j], date_spans)), None)
    return after is None


def _open_first_noun_clause(predicates: list[_Predicate], tokens: list[_Token], roles, lang: str) -> None:
    """The first predicate's clause starts at the sentence's start, unless it is an event noun
    after a preposition of time and what comes before tells no act of its own: "Il s'agit du
    premier contact depuis l'arrivée au pouvoir de X" tells X's arrival from "depuis" on (but in
    "X est rentré au port avant le départ" the return, a verb told as done, is read with it as
    before: its names are those of the clauses after it)."""
    first = predicates[0] if predicates else None
    if first is None or not first.noun or first.clause[0] != 0:
        return
    openers = time_openers()
    # (the preposition just before the noun's material, or before "de"/"the" etc.: "lors de la")
    k = next((k for k in range(first.first - 1, max(0, first.first - 3) - 1, -1) if tokens[k].word in openers), None)
    if k is not None and k > 0 and not any(_verb_at(tokens, roles, j, lang) for j in range(k)):
        first.clause = (k, first.clause[1])


_COORDINATORS = frozenset({"and", "but", "et", "mais"})
# (words are folded: "après" is read "apres"; "à" keeps its accent, see ``_ACCENT_KEPT``)
_EARLIER = (("after",), ("following",), ("apres",), ("à", "la", "suite", "de"), ("à", "la", "suite", "d"))
# Opening a clause of its own after a comma, its subject and verb whatever they are: ", bien
# que la Russie a bloqué …", ", although the court ruled …"
_CONTRASTS = (("although",), ("though",), ("whereas",), ("bien", "que"), ("alors", "que"), ("tandis", "que"), ("quoique",))
_BOUNDARY_WORDS = _COORDINATORS | {e[0] for e in _EARLIER} | {c[0] for c in _CONTRASTS} | {"as"}
_VERB_REACH = 4  # words after ", and" where the verb of a new clause stands ("…, and the firm sold")


def _clause_boundaries(tokens: list[_Token], roles, lang: str, heads: frozenset[int]) -> list[tuple[int, int, bool]]:
    """Where a sentence changes clause with no predicate of the lexicon needed on both sides:
    (end of the clause before, start of the clause after, whether the clause after has no
    subject of its own), in token order. Two clauses joined by ", and", ", but", ", et",
    ", mais" with a verb of its own ("was started in 1976, and launched its store in 2003"), or
    "and" right before a past verb ("obtained a prototype and published details"), tell two
    happenings; so does what follows "after", "après", "following", "à la suite de" inside a
    sentence ("The move came after the firm received criticism"): an earlier happening."""
    found: list[tuple[int, int, bool]] = []
    n = len(tokens)
    for k in range(1, n - 1):
        word = tokens[k].word
        if word not in _BOUNDARY_WORDS:
            continue
        previous = tokens[k - 1].word
        if word in _COORDINATORS:
            if previous == "," and _finite_verb_follows(tokens, roles, k + 1, lang):
                found.append((k - 1, k, _verb_at(tokens, roles, k + 1, lang)))
            elif previous not in _CLAUSE_PUNCTUATION and _opens_verb_phrase(tokens, roles, k + 1, lang) and not _verb_at(tokens, roles, k - 1, lang):
                found.append((k, k, True))
        elif word == "as" and previous == "," and _finite_verb_follows(tokens, roles, k + 1, lang):
            found.append((k - 1, k + 1, False))  # ", as the firm began selling films": a clause of its own
        elif previous == "," and _phrase_at(tokens, k, _CONTRASTS):
            found.append((k - 1, k + _phrase_at(tokens, k, _CONTRASTS), False))
        elif word in ("after", "following", "apres", "à"):
            length = _phrase_at(tokens, k, _EARLIER)
            # (what follows tells a happening: a predicate or a verb before the next
            # punctuation; not "named after a poet"; after a comma, the comma cuts already)
            if length and k + length < n and _tells_something(tokens, roles, k + length, heads, lang):
                if previous not in _CLAUSE_PUNCTUATION:
                    found.append((k, k + length, False))
                found.extend(_earlier_clause_end(tokens, roles, k + length, lang))
    return sorted(found)


def _earlier_clause_end(tokens: list[_Token], roles, k: int, lang: str) -> list[tuple[int, int, bool]]:
    """Where the earlier happening opened at ``k`` ends: at the next comma, when a verb told as
    done follows it ("X, après avoir heurté un poteau, a pu partir": the main clause goes on)."""
    comma = next((j for j in range(k, min(len(tokens), k + _CLAUSE_REACH)) if tokens[j].word in _CLAUSE_PUNCTUATION), None)
    if comma is None or tokens[comma].word != "," or not _finite_verb_follows(tokens, roles, comma + 1, lang):
        return []
    return [(comma, comma + 1, False)]


_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "va", "vont", "devrait", "devraient", "pourrait", "pourraient"})


def _opens_verb_phrase(tokens: list[_Token], roles, k: int, lang: str) -> bool:
    """Whether token ``k`` opens a verb phrase of its own: a verb told as done, or a modal
    ("was shown in March and will replace the old one"): what follows "and" tells another thing."""
    return _verb_at(tokens, roles, k, lang) or k < len(tokens) and tokens[k].word in _MODALS


def _phrase_at(tokens: list[_Token], k: int, phrases) -> int:
    """The length of the first of ``phrases`` written from token ``k`` on (0: none)."""
    return next((len(p) for p in phrases if _phrase_here(tokens, k, p)), 0)


def _verb_at(tokens: list[_Token], roles, k: int, lang: str) -> bool:
    """Whether token ``k`` is a verb told as done: an English past ("launched", "won"), an
    auxiliary ("has", "a", "ont", "l'a", "s'est")."""
    if k >= len(tokens):
        return False
    word = tokens[k].word
    if lang == "fr":
        if word in function_words().clitics and k + 1 < len(tokens):
            word = tokens[k + 1].word
        return word in _FR_COMPOUND_AUXILIARIES
    return len(word) > 4 and word.endswith("ed") or word in function_words().english_past or word in ("has", "have")


def _tells_something(tokens: list[_Token], roles, k: int, heads: frozenset[int], lang: str) -> bool:
    """Whether the words from ``k`` to the next punctuation (a few words) hold a predicate or
    a verb told as done."""
    for j in range(k, min(len(tokens), k + _CLAUSE_REACH)):  # (bounded: a sentence may be huge)
        if tokens[j].word in _CLAUSE_PUNCTUATION:
            return False
        if j in heads or _verb_at(tokens, roles, j, lang):
            return True
    return False


def _finite_verb_follows(tokens: list[_Token], roles, k: int, lang: str) -> bool:
    """Whether a verb told as done stands within a few words from ``k``, before any punctuation."""
    for j in range(k, min(len(tokens), k + _VERB_REACH)):
        if tokens[j].word in _CLAUSE_PUNCTUATION or tokens[j].word in _SPEECH_OPENERS:
            return False
        if _verb_at(tokens, roles, j, lang):
            return True
    return False


def _narrow_clauses(predicates: list[_Predicate], tokens: list[_Token], roles, lang: str, words: list[str]) -> None:
    """Cut each predicate's clause at the clause boundaries inside it (see
    ``_clause_boundaries``), keeping the part holding its trigger; a part with no subject of
    its own keeps the clause before as ``shared``."""
    # (most sentences hold no word that may cut a clause: told at C speed)
    bounds = [] if _BOUNDARY_WORDS.isdisjoint(words) else _clause_boundaries(tokens, roles, lang, frozenset(p.head for p in predicates))
    ends = [b[0] for b in bounds]  # (in order: each clause reads only its own boundaries)
    for p in predicates:
        lo, hi = p.clause
        for end, start, subjectless in bounds[bisect_left(ends, lo) :]:
            if end >= hi:
                break
            if start <= p.first:
                verb = next((j for j in range(lo, end) if _verb_at(tokens, roles, j, lang)), end) if subjectless else end
                p.shared = (lo, verb) if subjectless and verb > lo else None
                lo = start
            elif p.after <= end:
                hi = max(end, p.after)
                break
        p.clause = (lo, hi)
    for p in predicates:
        _object_in_what_was_said(p, tokens)


_OBJECT_GAP = 3  # words between "that" and an event noun beyond which the noun is an object


def _object_in_what_was_said(p: _Predicate, tokens: list[_Token]) -> None:
    """An event noun dated and deep in what was said ("claims that the store violates an
    agreement reached in 1991"): a happening of its own time, whose clause starts at the noun,
    not at "that", whose words tell what the speaker claims; the words before stay where its
    participants are looked for. (Undated, it is a part of what was said.)"""
    lo, hi = p.clause
    if not p.noun or p.verbal or p.timex < 0 or tokens[lo].word not in _SPEECH_OPENERS or p.first - lo <= _OBJECT_GAP:
        return
    if any(tokens[k].word in _CLAUSE_PUNCTUATION for k in range(lo, p.first)):
        return
    p.shared = p.shared or (lo, p.first)
    p.clause = (p.first, hi)


# "announced X, and that Y", "introduced X as well as Y", "a annoncé X, et que Y", "X ainsi que Y"
_SECOND_OBJECTS = ((",", "and", "that"), (",", "et", "que"), (",", "et", "qu"), ("as", "well", "as"), ("ainsi", "que"), ("ainsi", "qu"))
_SECOND_FIRST_WORDS = frozenset(words[0] for words in _SECOND_OBJECTS)
_SECOND_WORDS = frozenset(words[-1] for words in _SECOND_OBJECTS) | {"well"}  # one of them is in any


def _second_objects(predicates: list[_Predicate], tokens: list[_Token]) -> list[_Predicate]:
    """A verb telling two things ("He announced a partnership, and that new cars will follow",
    "introduced a phone as well as a new store"): the second is a telling of its own, of the
    same verb, its clause cut from the first one's; in trigger order."""
    out: list[_Predicate] = []
    for p in predicates:
        out.append(p)
        if p.noun:
            continue
        lo, hi = p.clause
        at = next((k for k in range(p.after, hi) if tokens[k].word in _SECOND_FIRST_WORDS and _second_at(tokens, k, hi)), -1)
        if at < 0:
            continue
        length = _second_at(tokens, at, hi)
        start = at + 1 if tokens[at].word == "," else at  # (from "and that", "as well as")
        second = replace(p, clause=(start, hi), shared=p.shared or (lo, p.first), second=at + length - (tokens[at + length - 1].word in ("that", "que", "qu")))
        p.clause = (lo, at)
        out.append(second)
    return out


_ASIDE_REACH = 8  # words of an aside between ", and" and "that": ", and, to the surprise of many, that"


def _second_at(tokens: list[_Token], k: int, hi: int) -> int:
    """The length of the words introducing a second thing told at token ``k`` (0: none)."""
    if tokens[k].word == "," and k + 2 < hi and tokens[k + 1].word in ("and", "et") and tokens[k + 2].word == ",":
        close = next((j for j in range(k + 3, min(hi - 1, k + 3 + _ASIDE_REACH)) if tokens[j].word == ","), -1)
        return close + 2 - k if close > 0 and tokens[close + 1].word in ("that", "que", "qu") else 0
    for words in _SECOND_OBJECTS:
        n = len(words)
        if k + n < hi and all(tokens[k + j].word == w for j, w in enumerate(words)):
            return n
    return 0


def _inside(token: _Token, spans) -> bool:
    return any(lo <= token.start < hi for lo, hi in spans)


def _attach_dates(predicates: list[_Predicate], tokens: list[_Token], timex_ids: list[int], timexes, roles=None) -> list[int]:
    """Each date goes to the predicate of the clause it stands in, the nearest when a clause
    holds several; a date before the predicate and cut from it by ", and", ", et", ", but"
    belongs to an earlier verb the lexicon does not know ("was started in 1976, and launched
    the store in 2003"): it dates the predicate only when the clause has no other date. Those
    dates that date no predicate are returned (the unknown verb's happening)."""
    starts = [t.start for t in tokens]
    said_from: dict[int, int] = {}  # per reporting predicate (by head): where what it says starts
    cut_off: list[int] = []
    for timex_id in timex_ids:
        span = date_extent(timexes, timex_id)  # "[ce matin], vers [7 h 30]": the time from its day on
        owner = next((p for p in predicates if tokens[p.clause[0]].start <= span[0] < _clause_end(p, tokens)), None)
        if owner is None or _bounds_state(span, tokens, starts) or _in_aside_before(span, owner, tokens, starts):
            continue
        if _possessive(span, tokens, starts) or _attributive(span, tokens, starts):
            continue  # "this year's conference", "the 2010 conference": which one, not when it happened
        if owner.reporting and span[0] >= said_from.setdefault(owner.head, _what_was_said(owner, tokens)):
            continue  # "said that buyers should come back tomorrow": the date is of what was said
        rank = _date_rank(span, owner, tokens, roles)
        if rank[0]:
            cut_off.append(timex_id)
        if owner.timex < 0 or rank < _date_rank(date_extent(timexes, owner.timex), owner, tokens, roles):
            owner.timex = timex_id
    _date_by_occasion(predicates, tokens)
    dating = {p.timex for p in predicates}
    return [timex_id for timex_id in cut_off if timex_id not in dating]


_OCCASION_REACH = 4  # words between the preposition of an occasion and its event noun ("at the annual Macworld conference")


def _date_by_occasion(predicates: list[_Predicate], tokens: list[_Token]) -> None:
    """An undated verb done at a dated event takes its date: "unveiled the phone at the
    conference in January 2007", "a annoncé lors du sommet de mars 2012" (the event noun, the
    occasion, is dated; what was done there happened then too)."""
    occasions = kind_rules().occasions
    for p, q in zip(predicates, predicates[1:]):
        if p.noun or p.timex >= 0 or not q.noun or q.timex < 0:
            continue
        words = [t.word for t in tokens[max(p.after, q.head - _OCCASION_REACH) : q.head]]
        if any(w in _CLAUSE_PUNCTUATION for w in words):
            continue
        if any(tuple(words[k : k + len(o)]) == o for o in occasions for k in range(len(words) - len(o) + 1)):
            p.timex = q.timex


_RELATIVES = frozenset({"which", "who", "whom", "whose", "qui", "que", "qu", "dont", "lequel", "laquelle", "lesquels", "lesquelles"})


def _in_aside_before(span: tuple[int, int], p: _Predicate, tokens: list[_Token], starts: list[int]) -> bool:
    """Whether the date stands in a relative or participial aside set off by commas before the
    predicate ("The firm, which was founded in 1976, announced ...", "La plainte, déposée en
    2003, a été classée"): it dates the aside's verb, which the lexicon does not know, not the
    predicate after it (a date set off alone, "Paris, on Monday, the minister resigned", does)."""
    k = bisect_left(starts, span[0])
    head = tokens[p.head].start
    if span[1] > head:
        return False
    before = next((j for j in range(k - 1, max(-1, k - _ASIDE_WORDS), -1) if tokens[j].word == ","), None)
    if before is None or before + 1 >= k or not any(t.word == "," and span[1] <= t.start < head for t in tokens[k:p.head]):
        return False
    opener = tokens[before + 1]
    return opener.word in _RELATIVES or opener.acute or len(opener.word) > 4 and opener.word.endswith("ed")


_ASIDE_WORDS = 10  # words between the comma opening an aside and its date


def _possessive(span: tuple[int, int], tokens: list[_Token], starts: list[int]) -> bool:
    """Whether the date is an English possessive ("this year's"): its last token takes the
    apostrophe and an "s" follows it unspaced."""
    k = bisect_left(starts, span[1])
    return 0 < k < len(tokens) and tokens[k].word == "s" and tokens[k].start == tokens[k - 1].end and tokens[k - 1].start < span[1]


_DETERMINERS_EN = frozenset({"the", "its", "his", "her", "their", "our", "s"})  # ("s": "the company's")


def _attributive(span: tuple[int, int], tokens: list[_Token], starts: list[int]) -> bool:
    """Whether the date is one word between an English determiner and a name ("the company's
    2010 Developers Conference", "the 2012 Olympics"): it says which edition. (Before a common
    noun it dates that noun's happening: "the 1991 agreement".)"""
    k = bisect_left(starts, span[0])
    return (
        0 < k < len(tokens) - 1
        and tokens[k].end == span[1]
        and tokens[k - 1].word in _DETERMINERS_EN
        and tokens[k + 1].capital
    )


def _bounds_state(span: tuple[int, int], tokens: list[_Token], starts: list[int], bounds: frozenset[str] = frozenset()) -> bool:
    """Whether the date ends a state ("barred him from working until April 2009", "de quoi
    s'occuper jusqu'en 2030", "avant le 30 juin"): when it happened is not that date."""
    k = bisect_left(starts, span[0])
    bounds = bounds or function_words().bounds
    return any(tokens[j].word in bounds for j in range(max(0, k - 2), k))


def _what_was_said(p: _Predicate, tokens: list[_Token]) -> int:
    """Where what a reporting verb says starts in its clause: after "that", "que" or a colon
    following it (a date there dates what was said, not the saying); past the clause if none."""
    opener = next((k for k in range(p.after, p.clause[1]) if tokens[k].word in _SPEECH_OPENERS), None)
    if opener is None and p.after < p.clause[1] and tokens[p.after].word in _SAID_SUBJECTS:
        opener = p.after  # "GM said it lost $2 billion in the quarter": what was said, with no "that"
    return tokens[opener].start if opener is not None else 1 << 62


_SAID_SUBJECTS = frozenset({"it", "he", "she", "they", "we", "i"})  # opening what was said, "that" left out


def _date_rank(span, predicate: _Predicate, tokens: list[_Token], roles) -> tuple[bool, int]:
    head = tokens[predicate.head]
    cut_off = span[1] <= head.start and roles is not None and any(
        span[1] <= tokens[k].start and tokens[k].word == "," and _has(roles, k + 1, "clause_openers")
        for k in range(predicate.clause[0], predicate.first)
    )
    return cut_off, _distance(span, predicate, tokens)


def _clause_end(predicate: _Predicate, tokens: list[_Token]) -> int:
    return tokens[predicate.clause[1] - 1].end if predicate.clause[1] > 0 else tokens[0].end


def _distance(span: tuple[int, int], predicate: _Predicate, tokens: list[_Token]) -> int:
    head = tokens[predicate.head]
    return max(span[0] - head.end, head.start - span[1], 0)


# -- what the sentence tells ------------------------------------------------------------------


def _tell(text, sentence, tokens, predicates, roles, timexes, mentions, lang, timex_ids=(), title=False) -> list[Happening]:
    dated = [date_extent(timexes, q.timex, text, lang) for q in predicates if q.timex >= 0]
    # (every date phrase of the sentence, left out of its headlines: "les 16 et 17 juin" is two
    # dates, one of them no predicate's)
    written = [date_extent(timexes, i, text, lang) for i in timex_ids]
    # "a annoncé mardi sa démission": what follows a verb of announcing or a word of two senses,
    # its date left out (made only when the sentence holds one: this runs for every predicate)
    undated: list[int] = []
    if any(_reads_what_follows(tokens[p.head].word) for p in predicates):
        undated = _undated_tokens(text, tokens, dated)
    for p in predicates:
        if _launches_product(p, tokens) or _shows_a_model(p, text, tokens, mentions):
            p.kind, p.reporting, p.launch = "economy", False, True  # a launch told, not something said
            # (in the simple present outside a title, what a product has: "the update adds 250
            # new features", like "which sells music")
            p.realis = p.realis and (title or not p.present)
        elif (act := _own_act_announced(p, tokens, undated)) >= 0 and (own := _own_act_kind(roles, tokens, act)):
            p.kind, p.reporting = own, False
        elif _told_as_manner(p, tokens):
            p.kind = ""  # "revu à la baisse": how, not what happened
        elif p.kind == "meeting" and _held_by_phone(p, tokens):
            p.kind = "call"  # "s'est entretenu par téléphone avec": a call
    predicates = _without_announced_plans(predicates, tokens, timexes)
    predicates = _plans_named_announced(predicates, tokens)
    # A dated participle tells its own happening, like a dated event noun: "les baisses annoncées
    # en mai par le gouvernement" is May's announcement, not the date the sentence was reported.
    reports = [p for p in predicates if p.reporting and p.kind in ("statement", "") and not (p.participle and p.timex >= 0)]
    # (by identity: comparing predicates field by field makes a long sentence's scan quadratic)
    report_ids = {id(p) for p in reports}
    events = [p for p in predicates if id(p) not in report_ids and _is_event(p) and not _generic_speaker(p, tokens, mentions, roles) and not _own_words_opinion(p, tokens, lang)]
    if not reports:
        # With no one reporting it, an undated pluperfect is earlier background ("il avait
        # été"), not a happening of the article's day; said by someone, it is what they told.
        events = [p for p in events if not (p.timex < 0 and p.pluperfect and not p.refers_back)]
    for p in events:
        p.kind = _kind_in_context(p, roles, tokens, undated, mentions)
    reported = next((p.timex for p in reports if p.timex >= 0), -1)
    # (attributions, "selon X", "d'après X", have no kind of their own: told as X's statement,
    # their headline is X's words)
    attributions = {p.head for p in reports if not p.kind}
    if not events:
        speaker = _speaker_statement(reports, tokens, roles, mentions)
        # (with the second things it told: "announced X, and that Y", and what another speaker
        # said after a semicolon: "Selon X, « … » ; Y a ajouté : « … »")
        events = [speaker, *(q for q in reports if q.second >= 0 and q.head == speaker.head)] if speaker is not None else []
        events += [q for q in _speakers_after_semicolon(speaker, reports, tokens, roles, mentions) if q not in events]
        reported = -1
    else:
        # Someone named saying it made a statement of its own, beside what they told (a news
        # agency reporting it did not): "Apple said that it had sold …", "selon Michel Spiro, …".
        speakers = [p for p in reports if p.realis and not _by_reporter(p, tokens, roles) and _names_speaker(p, tokens, mentions)]
        for p in speakers:
            p.kind = p.kind or "statement"
        events = sorted([*events, *speakers], key=lambda p: p.head)
    for p in events:
        if p.kind in _JUDICIAL_KINDS and _before_judges(p, tokens):
            p.kind = "legal"  # "a judge barred him", "told the court": an act of a trial
        elif p.kind == "statement" and lang == "fr" and _quotes_an_order(p, tokens):
            p.kind = "demand"  # "a déclaré : « Libérez les otages »": an order given
    additive = [k for k, role in enumerate(roles) if "additive" in role]
    told = []
    for p in events:
        weak = p.noun and p.timex < 0 and not (p.support or p.refers_back)
        if weak and p.kind == "statement" and not _names_what_was_said(p, tokens):
            continue  # "en citant un communiqué": the source of a report, not a happening
        scope = _scope(p, predicates, reports, tokens, mentions, text, roles) if not p.refers_back else ((tokens[p.clause[0]].start, _circumstance_start(p, tokens)),)
        if p.head in attributions:
            headline = _attribution_headline(text, tokens, p, mentions, dated)
        else:
            end = _object_end(p, predicates, tokens)
            headline = _headline(text, tokens, p, mentions, lang, dated, written, end) if p.second < 0 else _second_headline(text, tokens, p, dated)
        trigger_end = tokens[p.after - 1].end
        # "a aussi annoncé une hausse": the word may stand in the reporting clause before it.
        another = any(q.clause[0] <= k < q.clause[1] for q in (p, *reports) for k in additive)
        # A statement told alone quoting what was said is the whole sentence («...», a-t-il dit).
        quoted = p.reporting and len(events) == 1 and any(c in _QUOTE_MARKS for c in text[sentence.start : sentence.end])
        if quoted and (said_first := _quote_headline(text, tokens, p, mentions)):
            headline = said_first
        lo, hi = (sentence.start, sentence.end) if quoted else (tokens[p.clause[0]].start, _clause_end(p, tokens))
        told.append(
            Happening(sentence.start, sentence.end, lo, hi, tokens[p.head].start, trigger_end, p.kind, p.timex, reported, scope, headline, p.refers_back, weak, another,
                      definite=p.definite)
        )
    return told


_SPEAKER_AFTER = 4  # words after an inverted verb of saying where its speaker's name stands ("affirme un manifestant, X")


def _quote_headline(text, tokens, p: _Predicate, mentions: list[Mention]) -> str:
    """"« Les prix baisseront », affirme un vendeur, Paul Morel.": "Paul Morel affirme : Les
    prix baisseront" (who, the verb as written, then the words quoted); "" when the sentence
    does not open on the quote its verb follows. (Quotation marks are no tokens: read in the text.)"""
    if not tokens or p.first == 0 or not any(c in _OPENING_QUOTES for c in text[max(0, tokens[0].start - 2) : tokens[0].start]):
        return ""
    between = text[tokens[0].start : tokens[p.first].start]
    close = max(between.rfind(c) for c in "»”\"")
    if close < 0 or between[close + 1 :].strip(" ,") or any(c in _OPENING_QUOTES for c in between[:close]):
        return ""  # (the verb right after the quote's end; one quote only)
    verb = _span_text(text, tokens, list(range(p.first, p.after)))
    reach = tokens[min(len(tokens) - 1, p.after + _SPEAKER_AFTER)].end
    after = [m for m in mentions if tokens[p.after - 1].end <= m.start < reach]
    # (a person first: "said Acme CEO Paul Morel")
    name = next((m.surface for kind in (ActorKind.PERSON, ActorKind.ORGANISATION) for m in after if m.kind == kind), "")
    # (with no name after it, "« … », a-t-il déclaré" reads as written)
    return _shorten(f"{name} {verb} : {between[:close]}") if name else ""


def _attribution_headline(text, tokens, p: _Predicate, mentions: list[Mention], dated) -> str:
    """"Selon le président du CERN, Paul Martin, le boson ...": "Paul Martin : le boson ..."
    (the person's name, then what follows the punctuation after it)."""
    name = next((m for m in mentions if m.start >= tokens[p.after].start and m.kind == ActorKind.PERSON), None) if p.after < len(tokens) else None
    if name is None:
        return _sentence_headline(text, tokens, dated)
    skip = _date_tokens(text, tokens, dated)
    after = next((k for k, t in enumerate(tokens) if t.start >= name.end and t.word in _CLAUSE_PUNCTUATION), len(tokens) - 1)
    # (what they said ends at a semicolon: "Selon X, « … » ; Y a ajouté …" is Y's)
    end = next((k for k in range(after + 1, len(tokens)) if tokens[k].word == ";"), len(tokens))
    said = [k for k in range(after + 1, end) if k not in skip]
    if sum(tokens[k].word.isalpha() for k in said) < 3:
        # "« … », selon M. Houdré.": what they said stands before the attribution
        said = [k for k in range(0, p.first) if k not in skip]
    return _shorten(f"{name.surface} : " + _span_text(text, tokens, said))


def _without_announced_plans(predicates: list[_Predicate], tokens: list[_Token], timexes) -> list[_Predicate]:
    """Less the plans a verb of announcing acts on ("a annoncé des baisses d'impôt": the plan is
    no happening, its announcement is), the verb's clause going on over the plan's words; a
    past date after the plan dates the announcement."""
    _date_the_announcement(predicates, tokens, timexes)
    plans = [q for q in predicates if _announced_plan(q, predicates, tokens)]
    for q in plans:
        verb = next(p for p in reversed(predicates) if p.after <= q.head and not p.noun)
        if verb.clause[1] == q.clause[0]:
            verb.clause = (verb.clause[0], q.clause[1])
    # (``p not in plans`` by identity, then field by field only for a plan's head: comparing every
    # predicate with every plan field by field makes a long sentence quadratic)
    ids, heads = {id(q) for q in plans}, {q.head for q in plans}
    return [p for p in predicates if id(p) not in ids and not (p.head in heads and p in plans)]


def _plans_named_announced(predicates: list[_Predicate], tokens: list[_Token]) -> list[_Predicate]:
    """A plan's noun with a participle of announcing right after it or its complement ("la
    fermeture annoncée de l'usine", "les baisses d'impôt annoncées en mai", "the layoffs
    announced by the carmaker") tells the announcement, a statement: the noun is that
    statement, or nothing beside the participle when a date makes the participle a happening
    of its own."""
    dated = {p.head for p in predicates if p.participle and p.timex >= 0}
    heads = {p.head for p in predicates}
    kept = []
    for q in predicates:
        k = _announced_participle(q, tokens, heads) if q.noun and q.kind in _PLANNED_KINDS else -1
        if k in dated:
            continue
        if k >= 0:
            q.kind = "statement"
        kept.append(q)
    return kept


_COMPLEMENT_REACH = 3  # words of a noun's complement before the participle after it ("baisses d'impôt annoncées")


def _announced_participle(q: _Predicate, tokens: list[_Token], heads: set[int]) -> int:
    """The index of a participle of a verb of announcing ("annoncée", "announced") right after
    the noun ``q`` or its short complement, -1 if none."""
    for k in range(q.after, min(len(tokens), q.after + _COMPLEMENT_REACH + 1)):
        word = tokens[k].word
        # (an English participle after a complement qualifies the complement: "pre-orders of
        # the recently announced phone"; a French one agrees with the noun it follows)
        if word in kind_rules().announcing and (tokens[k].acute or word.endswith("ed") and k == q.after):
            return k
        if word in _CLAUSE_PUNCTUATION or k in heads or k == q.after and word not in _OF:
            return -1  # (only a complement, "de …", "of …", stands between)
    return -1


def _kind_in_context(p: _Predicate, roles, tokens: list[_Token], undated: list[int], mentions: list[Mention] = ()) -> str:
    """The kind of a happening once the words around its trigger are read: a verb of no kind of
    its own takes that of a sum after it (economy) or of its clause's event noun; a market's
    crash is economy; a word out of the sense of its kind is of the kind of its other sense
    ("a condamné l'attaque": a statement), else "other"."""
    kind = p.kind
    if kind == "other" and tokens[p.head].word in undoing_verbs():
        pass  # "a rejeté l'accord", "withdrew from the talks": not the kind of what it undoes
    elif kind in _MARKET_MOVES and _market_subject(p, tokens):
        kind = "economy"  # "the stock market crashed", "stocks rallied", "shares lost 15%"
    elif kind == "other":
        kind = "economy" if _sum_follows(p, tokens) else _kind_in_clause(p, roles, tokens) or "other"
    elif kind == "economy" and _says_that(p, tokens) and not p.launch:
        kind = "statement"  # "a relevé que", "dévoile que": what was found is said, not sold
    elif kind == "economy" and _moves_no_economy(p, tokens):
        kind = "other"  # "temperatures rose", "the death toll rose": no price, no market
    if not _in_its_sense(p, tokens, undated, mentions) and not p.launch:
        kind = _out_of_sense_kind(p, tokens, kind)
    return kind


def _speaker_statement(reports: list[_Predicate], tokens: list[_Token], roles, mentions: list[Mention]) -> _Predicate | None:
    """In a sentence telling nothing else, the reporting predicate that is its speaker's
    statement: someone (not a medium, not nobody in particular) saying it, or words attributed
    to someone named ("Selon Paul Martin, la langue est une exigence")."""
    speaker = next(
        (
            p for p in reports
            if (p.kind or _attributed(p, tokens, mentions)) and p.realis and not _by_reporter(p, tokens, roles, False)
            and not _generic_speaker(p, tokens, mentions, roles)
        ),
        None,
    )
    if speaker is not None and not speaker.kind:
        speaker.kind = "statement"
    return speaker


def _speakers_after_semicolon(speaker, reports: list[_Predicate], tokens: list[_Token], roles, mentions: list[Mention]) -> list[_Predicate]:
    """The named speakers whose verb of saying stands after a semicolon following ``speaker``'s:
    each said their own thing."""
    if speaker is None:
        return []
    out = []
    for q in reports:
        if q.head <= speaker.head or not q.realis or _by_reporter(q, tokens, roles) or not _names_speaker(q, tokens, mentions):
            continue
        if any(t.word == ";" for t in tokens[speaker.head : q.head]) and not any(t.word == ";" for t in tokens[q.clause[0] : q.head]) or q.clause[0] > 0 and tokens[q.clause[0] - 1].word == ";":
            q.kind = q.kind or "statement"
            out.append(q)
    return out


def _names_what_was_said(p: _Predicate, tokens: list[_Token]) -> bool:
    """"The announcement came …" opening its sentence names what was just announced; not "L'annonce
    de cet entretien", which names what its complement says."""
    return p.definite and not (p.after < len(tokens) and tokens[p.after].word in _OF)


def _second_headline(text, tokens, p: _Predicate, dated) -> str:
    """The headline of a second thing told under a verb: its subject and verb, then the second
    thing ("He announced that new cars will follow")."""
    skip = _date_tokens(text, tokens, dated)
    lo = p.shared[0] if p.shared else p.first
    words = [k for k in (*range(lo, p.after), *range(p.second, p.clause[1])) if k not in skip]
    return _shorten(_span_text(text, tokens, words))


_SUM_REACH = 3  # words between a verb and the sum it acts on ("lost nearly $2 billion")
# Kinds whose words, said of a market, tell a move of prices: "the market crashed", "stocks
# rallied", "trading was suspended", "shares lost 15%".
_MARKET_MOVES = frozenset({"disaster", "protest", "sanction", "attack", "other"})


_MOVER_REACH = 3  # words before a verb of rising where what rose stands ("the death toll rose")


def _moves_no_economy(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether a word of rising or falling tells the weather, a toll, a turnout or a crime
    count, not a price or a market: "temperatures rose to 40 degrees", "la participation a
    baissé" (see ``moves`` in the lexicon)."""
    words, not_economy = moves()
    if tokens[p.head].word not in words:
        return False
    # (its subject may stand before its clause, cut at an event noun: "the death toll rose")
    lo = max(0, min(p.clause[0], p.first - _MOVER_REACH))
    return any(t.word in not_economy for t in tokens[lo : p.clause[1]])


def _says_that(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether a verb is followed right away by "que" or "that": it tells what someone found
    or showed ("a relevé que", "dévoile que"), not a deal or a sale."""
    return not p.noun and p.after < len(tokens) and tokens[p.after].word in _COMPLEMENTIZERS


def _sum_follows(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether a sum of money follows a verb of no kind of its own ("lost $2.5 billion", "a
    perdu 3 millions d'euros", "paid $80,000"): money changing hands, kind economy."""
    money = kind_rules().money
    return any(t.word in money for t in tokens[p.after : min(p.clause[1], p.after + _SUM_REACH + 3)])


def _market_subject(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether the subject of a verb of disaster is a market ("the stock market crashed", "la
    Bourse s'est effondrée", "shares collapsed"): a crash of prices, kind economy."""
    markets = kind_rules().markets
    return any(t.word in markets for t in tokens[max(p.clause[0], p.first - _SUBJECT_REACH) : p.first])


def _kind_in_clause(p: _Predicate, roles, tokens: list[_Token]) -> str:
    """A verb the lexicon does not know takes the kind of the first event noun of its clause
    after it, what it acts on, else before it: "lost its court case" is legal, "la réunion a
    décidé de lever les sanctions" a sanction, "a settlement was reached" an agreement."""
    lo, hi = p.clause
    # (not the verb's own word: "annonce" is a noun too; nor a word a noun folds to: "marché")
    return next(
        (roles[k]["noun"][0].kind for k in (*range(p.after, hi), *range(lo, p.head)) if "noun" in roles[k] and not _misread_noun(roles[k], tokens[k])),
        "",
    )


def _misread_noun(role: dict, token: _Token) -> bool:
    """Whether a noun of the lexicon written without an accent matches a word ending in one
    ("marche" read in "marché")."""
    entry, length = role["noun"]
    return entry.plain and length == 1 and token.acute


_SENSE_REACH = 4  # words after an ambiguous trigger that tell its sense


def _reads_what_follows(word: str) -> bool:
    """Whether a trigger's kind depends on the words after it (``_own_act_announced``, ``_in_its_sense``)."""
    return word in launches()[2] or word in senses()


def _in_its_sense(p: _Predicate, tokens: list[_Token], undated: list[int], mentions: list[Mention] = ()) -> bool:
    """Whether an ambiguous trigger is used in the sense of its kind: "son départ de la
    présidence" (an appointment), not "le départ de la course"; "nommé ministre", not
    "couramment nommée le boson de Higgs" (see ``senses`` in the lexicon)."""
    sense = senses().get(tokens[p.head].word)
    if sense is None:
        return True
    # (undated is in order: the words after the trigger are read from there, not found by a scan)
    first = bisect_left(undated, p.after)
    after = [tokens[k].word for k in undated[first : first + _SENSE_REACH] if k < p.clause[1]]
    # (the word telling the sense may be an event noun opening a clause of its own: "a
    # revendiqué l'attentat"; it is read up to the next punctuation; an office may be the
    # subject of a passive: "the new chief executive was named")
    needed = _words_to_punctuation(p, tokens, undated)
    if sense.needs is not None and not any(_settles(w, sense.needs) for w in needed):
        passive = sense.subjects is not None and _passive(p.first, p.head, [t.word for t in tokens[: p.head]])
        if not (passive and any(_settles(t.word, sense.subjects) for t in tokens[p.clause[0] : p.first])):
            if not (sense.actor and _actor_next(p, tokens, undated, mentions)):
                return False
    return sense.refuses is None or not after or after[0] not in sense.refuses


_ACTORS = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY})


def _actor_next(p: _Predicate, tokens: list[_Token], undated: list[int], mentions: list[Mention]) -> bool:
    """Whether a person, an organisation or a country is named right after the trigger, its date
    left out ("a reçu lundi Paul Morel")."""
    k = _next_word(p, undated, 0)
    return k >= 0 and any(m.start == tokens[k].start and m.kind in _ACTORS for m in mentions)


def _settles(word: str, words) -> bool:
    """Whether ``word``, its singular or its last part after a hyphen is among ``words``
    ("ambassadeurs", "vice-ministre", "ex-président" are offices)."""
    if word.endswith("s") and word[:-1] in words:
        return True
    return word in words or "-" in word and word.rsplit("-", 1)[1] in words


def _out_of_sense_kind(p: _Predicate, tokens: list[_Token], kind: str) -> str:
    """The kind of a word of two senses out of the sense its kind names: the other sense's kind,
    else "other". A passive keeps its kind: the word telling its sense is its subject, before
    it ("l'attentat a été revendiqué", "il a été condamné")."""
    sense = senses()[tokens[p.head].word]
    if sense.otherwise_needs is not None:  # (its evidence may be the subject of a passive)
        clause = tokens[p.clause[0] : p.clause[1]]
        return sense.otherwise if any(_settles(t.word, sense.otherwise_needs) for t in clause) else "other"
    if sense.otherwise != "other" and (_passive(p.first, p.head, [t.word for t in tokens[: p.head]]) or _agent_follows(p, tokens)):
        return kind
    return sense.otherwise


def _agent_follows(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether a participle without an auxiliary is followed by its agent ("des attentats,
    revendiqués par la secte", "a deal, approved by the board"): a passive."""
    return p.participle and p.after < len(tokens) and tokens[p.after].word in ("par", "by")


_NEEDS_REACH = 8  # words after it where the word settling its sense may stand ("a condamné Paul Morel à trois ans")


def _words_to_punctuation(p: _Predicate, tokens: list[_Token], undated: list[int]) -> list[str]:
    """The first ``_NEEDS_REACH`` words after a trigger outside its date phrases, short of the
    next punctuation."""
    words = []
    for k in undated[bisect_left(undated, p.after) :]:
        if tokens[k].word in _CLAUSE_PUNCTUATION or len(words) == _NEEDS_REACH:
            break
        words.append(tokens[k].word)
    return words


def _told_as_manner(p: _Predicate, tokens: list[_Token]) -> bool:
    """"a revu à la baisse ses prévisions": the noun says how something was done (not with
    what fell after it: "contribuer à la baisse des tensions")."""
    sense = senses().get(tokens[p.head].word)
    if sense is None or not sense.manner_with_of and p.after < len(tokens) and tokens[p.after].word in _OF:
        return False
    words = [t.word for t in tokens[max(0, p.head - 3) : p.head]]
    return any(words[len(words) - len(m) :] == list(m) for m in sense.manner if len(m) <= len(words))


_OF = frozenset({"de", "des", "du", "d", "of"})


def _own_act_announced(p: _Predicate, tokens: list[_Token], undated: list[int]) -> int:
    """"Il annonce son abandon", "announced its withdrawal": a possessive right after the verb
    of announcing (a date and its commas between) names the announcer's own act; the index of
    the word after the possessive (-1: no such act)."""
    if p.noun or p.kind not in ("statement", "") or tokens[p.head].word not in launches()[2]:
        return -1
    n = 0  # (past the commas around a date: "a annoncé ce matin, vers 8 heures, son abandon")
    while 0 <= (k := _next_word(p, undated, n)) < p.clause[1] - 1 and tokens[k].word == ",":
        n += 1
    own = 0 <= k < p.clause[1] - 1 and tokens[k].word in function_words().possessives
    return _next_word(p, undated, n + 1) if own else -1


def _own_act_kind(roles, tokens: list[_Token], k: int) -> str:
    """The kind of the act named after a possessive ("sa démission": appointment; "son abandon":
    other), "" when the noun names no act ("son intention", "its plans": what was said)."""
    return _kind_of_noun(roles, k) or ("other" if tokens[k].word in own_act_nouns() else "")


def _undated_tokens(text, tokens: list[_Token], dates: list[tuple[int, int]]) -> list[int]:
    """The indices of the tokens outside the date phrases ``dates`` (see ``_date_tokens``)."""
    skip = _date_tokens(text, tokens, dates)
    return [k for k in range(len(tokens)) if k not in skip]


def _next_word(p: _Predicate, undated: list[int], n: int) -> int:
    """The index of the ``n``-th token after the predicate outside its date phrases (-1: none)."""
    at = bisect_left(undated, p.after) + n
    return undated[at] if at < len(undated) else -1


def _kind_of_noun(roles, k: int) -> str:
    return roles[k]["noun"][0].kind if 0 <= k < len(roles) and "noun" in roles[k] else ""


_LAUNCH_REACH = 14  # words after a verb of showing where the product it shows may stand


def _launches_product(p: _Predicate, tokens: list[_Token]) -> bool:
    """"Apple announced a new phone", "a dévoilé sa nouvelle voiture", "added recording to its
    computers": a verb of showing or adding whose object (before any "that", "que" or comma)
    names a product tells a launch; so does its passive with a product for subject ("a new
    version was announced", "la nouvelle voiture a été présentée")."""
    verbs, products, _own, _available = launches()
    if p.noun or tokens[p.head].word not in verbs:
        return False  # (whatever its kind alone: "demonstrated the new phone" is no protest)
    if _passive(p.first, p.head, [t.word for t in tokens[: p.head]]):
        subject = tokens[max(p.clause[0], p.first - _LAUNCH_REACH) : p.first]
        if any(t.word in products for t in subject):
            return True
    reach = tokens[p.after : min(p.clause[1], p.after + _LAUNCH_REACH)]
    for k, token in enumerate(reach):
        if token.word in _SPEECH_OPENERS:
            return _tells_availability(tokens[p.after + k + 1 : p.after + k + 1 + 2 * _LAUNCH_REACH], products)
        if token.word == "," and not _opens_apposition(reach[k + 1 : k + 2]):
            return False
        if token.word in products:
            return True
    return False


# A model's name: capitals inside a word with small letters ("iPhone", "MacBook", "iOS"; not
# "G20", "COVID-19", "NATO", "Paris")
_MODEL = re.compile(r"(?=.*[a-z]).[^\W_]*[A-Z]")
_NOT_MODELS = frozenset({ActorKind.PERSON, ActorKind.COUNTRY, ActorKind.PLACE, ActorKind.MEDIA, ActorKind.ORGANISATION})
_MODEL_REACH = 3  # words between a verb of showing and the model it shows ("unveiled its new iPhone")


def _shows_a_model(p: _Predicate, text: str, tokens: list[_Token], mentions: list[Mention]) -> bool:
    """"Tarvix announced the ZorvoPad", "announced its new iPhone", "l'iPod a été présenté": a
    verb of showing whose object (or passive subject) is a model's name, one written with
    capitals inside ("iPhone", "MacBook"), and no person's, place's or organisation's name,
    tells a launch."""
    if p.noun or tokens[p.head].word not in launches()[0]:
        return False
    passive = _passive(p.first, p.head, [t.word for t in tokens[: p.head]])
    near = tokens[max(p.clause[0], p.first - _MODEL_REACH) : p.first] if passive else tokens[p.after : min(p.clause[1], p.after + _MODEL_REACH + 1)]
    for t in near:
        if t.word in _CLAUSE_PUNCTUATION or t.word in _SPEECH_OPENERS:
            return False
        if _MODEL.match(text[t.start : t.end]) and not any(m.start <= t.start < m.end and m.kind in _NOT_MODELS for m in mentions):
            return True
    return False


def _tells_availability(said: list[_Token], products) -> bool:
    """Whether the words said tell a product made available ("announced that the new phone
    would be available in June", "a annoncé que la tablette serait disponible"): a launch."""
    available = launches()[3]
    at = next((k for k, t in enumerate(said) if t.word in available), -1)
    return at > 0 and any(t.word in products for t in said[:at])




def _opens_apposition(after_comma: list[_Token]) -> bool:
    """Whether the words after a comma describe the name before it ("showed Orbit, a new
    phone", "a présenté Lumen, une tablette"): an indefinite article opens an apposition."""
    return bool(after_comma) and after_comma[0].word in _INDEFINITE_ONE


_SUPPORTED_REACH = 3  # words between a support verb and the event noun it makes happen
_PARTICIPIAL = frozenset({"ayant", "etant"})  # "les équipes ayant participé à la recherche"


def _undated_participial(p: _Predicate, tokens: list[_Token], date_spans) -> bool:
    """Whether ``p`` is a French participle after "ayant" or "étant" with no date before the
    next punctuation: it describes the noun before it ("les équipes ayant participé à la
    recherche, Joe Incandela, a annoncé"), tells nothing of its own, and cuts no clause."""
    if not p.participle or p.head == 0 or tokens[p.head - 1].word not in _PARTICIPIAL:
        return False
    end = next((k for k in range(p.after, len(tokens)) if tokens[k].word in _CLAUSE_PUNCTUATION), len(tokens))
    return not any(_inside(t, date_spans) for t in tokens[p.after : end])


def _without_support_verbs(predicates: list[_Predicate], roles) -> list[_Predicate]:
    """Less the verbs that are support verbs of an event noun of another kind beside them:
    "a lancé une offensive", "launched an investigation", "an earthquake struck": the noun says
    what happened (an attack, an inquiry, a disaster), not the verb (a launch, a strike); the
    noun takes the verb's tense ("n'a pas lancé d'offensive")."""
    out = []
    for p in predicates:
        noun = _supported_noun(p, predicates, roles)
        if noun is None:
            out.append(p)
        else:
            noun.realis = noun.realis and p.realis
            noun.past = noun.past or p.past
    for p, q in zip(out, out[1:]):
        if q.noun and not p.noun and not p.realis and p.kind not in ("statement", "") and 0 <= q.head - p.after <= _SUPPORTED_REACH:
            q.realis = False  # "n'a pas lancé d'offensive", "would sign a deal": what it acts on did not happen
    return out


def _supported_noun(p: _Predicate, predicates: list[_Predicate], roles) -> _Predicate | None:
    if p.noun or not (p.kind or p.reporting):
        return None
    covers = any(_has(roles, k, "support") and k + roles[k]["support"][1] >= p.after for k in range(p.first, p.head + 1))
    if not covers:
        return None
    # (a saying verb supports only the noun before it: "un incendie s'est déclaré" broke out,
    # "a déclaré la guerre" is said)
    return next(
        (
            q for q in predicates
            if q.noun and not q.participle and q.kind != p.kind
            and (0 <= q.head - p.after <= _SUPPORTED_REACH and not p.reporting or 0 <= p.first - q.after <= 1)
        ),
        None,
    )


def _held_by_phone(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether a meeting verb or noun is followed, within a few words, by how a call is held
    ("s'est entretenu par téléphone", "talks by video link")."""
    words = []
    for t in tokens[p.after : p.after + _PHONE_REACH]:  # (its clause may stop at "visioconférence", a call noun)
        if t.word in _CLAUSE_PUNCTUATION:
            break
        words.append(t.word)
    by_first = kind_rules().call_means
    return any(tuple(words[k : k + len(means)]) == means for k, word in enumerate(words) for means in by_first.get(word, ()))


_PHONE_REACH = 8  # words after a meeting verb where how it was held may stand ("s'est entretenu lundi avec X par téléphone")
_ANNOUNCED_REACH = 4  # words between a verb of announcing and the noun of the plan


def _announced_plan(q: _Predicate, predicates: list[_Predicate], tokens: list[_Token]) -> bool:
    """Whether ``q`` is an undated event noun that a verb of announcing or demanding, just
    before it, acts on ("a annoncé des baisses d'impôt", "promised a referendum", "called for a
    ceasefire"): a plan or a wish, not a happening."""
    return q.timex < 0 and _announcing_verb(q, predicates, tokens) is not None


def _announcing_verb(q: _Predicate, predicates: list[_Predicate], tokens: list[_Token]) -> _Predicate | None:
    """The verb of announcing, demanding or charging that acts on the event noun ``q`` right
    after it."""
    if not q.noun or q.support or q.refers_back or q.participle:
        return None
    if q.head > 0 and tokens[q.head - 1].word in function_words().possessives:
        return None  # "a annoncé sa démission": the speaker's own act (``_own_act_announced``)
    before = [p for p in predicates if p.after <= q.head and not p.noun]
    verb = before[-1] if before else None
    if verb is None or not verb.realis:
        return None
    # (what is demanded did not happen either: "appellent à la grève", "called for a ceasefire";
    # nor is a charge told here: "charged with murder", "inculpé de meurtre")
    if verb.kind not in ("demand", "legal") and (verb.kind not in ("statement", "") or tokens[verb.head].word not in kind_rules().announcing):
        return None
    if verb.kind in ("statement", "") and q.kind not in _PLANNED_KINDS:
        return None  # "a annoncé la signature d'un accord", "announced the death of": done, then told
    between = tokens[verb.after : q.head]
    if len(between) > _ANNOUNCED_REACH or any(t.word in _SPEECH_OPENERS or t.word in _CLAUSE_PUNCTUATION or t.word in _BOUNDARY_WORDS for t in between):
        return None  # (not "arrested him after the attack": an earlier happening)
    occasion_words = {o[0] for o in kind_rules().occasions}
    if any(t.word in occasion_words for t in between):
        return None  # "announced at the conference": where it was said, not what
    return verb


# Kinds of what is announced before it happens (measures, strikes, meetings, votes): "a annoncé
# des hausses d'impôt", "announced a summit"; not a signing, a death, an arrest, told once done.
_PLANNED_KINDS = frozenset({"economy", "protest", "meeting", "sanction", "election", "call"})


def _date_the_announcement(predicates: list[_Predicate], tokens: list[_Token], timexes) -> None:
    """A past date after the plan an undated verb of announcing or demanding acts on dates the
    announcement ("called for a ceasefire on Monday", "a annoncé des hausses d'impôt mardi"):
    the plan is then no happening (a date in the future stays the plan's, which did not happen)."""
    for q in predicates:
        if q.timex < 0 or not q.realis or timexes[q.timex].start < tokens[q.head].end:
            continue
        verb = _announcing_verb(q, predicates, tokens)
        if verb is not None and verb.timex < 0:
            verb.timex, q.timex = q.timex, -1


def _goal_before(p: _Predicate, timex: Timex, tokens: list[_Token], lang: str) -> bool:
    """Whether an infinitive stands between a verb and a date after it: the date is of the
    goal ("s'est engagé à revenir à l'équilibre en 2017", "pledged to balance the budget by
    2017"), not of the verb."""
    words = [t for t in tokens[p.after : p.clause[1]] if t.end <= timex.start]
    markers = ("de", "d", "à") if lang == "fr" else ("to",)
    for marker, verb in zip(words, words[1:]):
        if marker.word not in markers or verb.capital or verb.word in function_words().determiners["fr" if lang == "fr" else "en"]:
            continue
        if verb.word.endswith(("er", "ir", "re")) if lang == "fr" else verb.word.isalpha():
            return True
    return False


# Kinds an act of a court takes when a judge or court does it or it is done before one (a
# judge's summons, "a sommé", stays a demand).
# Words before a French imperative in quoted words (it has no subject): the colon opening the
# quote, a comma or "et" between orders, the "ne" of "ne touchez pas".
_BEFORE_ORDER = frozenset({":", ",", ";", "!", "et", "ne", "n"})
_NOT_ORDERS = frozenset({"chez", "assez", "nez"})  # (words in -ez that are no verbs)


def _quotes_an_order(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether a reporting verb's quoted words (after a colon) give an order: a French verb in
    -ez with no "vous" for subject ("a déclaré : « Cessez les combats »", "« ne touchez pas aux
    écoles »"); "vous devez partir" tells, it does not order."""
    colon = next((k for k in range(p.after, min(p.after + 2, len(tokens))) if tokens[k].word == ":"), -1)
    if colon < 0:
        return False
    for k in range(colon + 1, len(tokens)):
        word, before = tokens[k].word, tokens[k - 1].word
        if len(word) > 4 and word.endswith("ez") and word not in _NOT_ORDERS and before in _BEFORE_ORDER:
            if before not in ("ne", "n") or tokens[k - 2].word != "vous":
                return True
    return False


_JUDICIAL_KINDS = frozenset({"statement", "sanction"})
_JUDGE_REACH = 6  # words before a verb where its subject, or after it where "the court", may stand
_JUDGE_AFTER = 5  # words after a verb where the court it is told to stands ("a déclaré lundi devant le tribunal")


def _before_judges(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether a judge or a court bans or orders ("a federal judge barred him", "le tribunal a
    interdit": a word of the judiciary just before the verb in its clause), or someone speaks
    to one ("told the court", "a déclaré devant le tribunal": right after the verb, behind a
    preposition or article). A judge speaking for himself makes a statement ("Judge Mann said
    he owns an iPod")."""
    judiciary = kind_rules().judiciary
    before = tokens[max(p.clause[0], p.first - _JUDGE_REACH) : p.first]
    after = tokens[p.after : min(p.clause[1], p.after + _JUDGE_AFTER)]
    if p.kind != "statement" and any(t.word in judiciary for t in before):
        return True
    # (after a preposition, or the object of "told": "a déclaré le juge" is the judge speaking)
    addressing = _TO_THE_COURT | ({"the", "a"} if tokens[p.head].word in ("told", "tells") else set())
    determiners = function_words().determiners["fr"] | function_words().determiners["en"]
    return any(
        t.word in judiciary and (k > 0 and after[k - 1].word in addressing or k > 1 and after[k - 2].word in _TO_THE_COURT and after[k - 1].word in determiners)
        for k, t in enumerate(after)
    )


_TO_THE_COURT = frozenset({"devant", "au", "aux", "before", "to", "in"})


_FIRST_PERSONS = frozenset({"je", "j", "nous", "on", "i", "we"})


def _own_words_opinion(p: _Predicate, tokens: list[_Token], lang: str) -> bool:
    """Whether ``p`` is a verb of belief in the first person ("« Je pense que ... », a dit X",
    "we think"): the words of a quote, whose saying is the statement, not one of its own."""
    beliefs = kind_rules().beliefs.get("fr" if lang == "fr" else "en", frozenset())
    return tokens[p.head].word in beliefs and p.first > 0 and tokens[p.first - 1].word in _FIRST_PERSONS


def _is_event(p: _Predicate) -> bool:
    return bool(p.kind) and p.realis


_OBJECT_REACH = 8  # words between a verb and the noun of its kind it acts on


class _Neighbours:
    """A sentence's predicates (in their list's order) as their neighbours are asked for: the
    last one ending at or before a token, the first one starting at or after one. A long
    sentence's are indexed (a scan of all of them for each made it quadratic)."""

    _INDEXED = 12  # predicates of a sentence from which they are indexed

    def __init__(self, predicates: list[_Predicate]) -> None:
        self.predicates = predicates
        if len(predicates) >= self._INDEXED:
            by_after = sorted(range(len(predicates)), key=lambda j: predicates[j].after)
            self.afters = [predicates[j].after for j in by_after]
            self.latest = list(accumulate(by_after, max))  # the last in the list among the first k by end
            by_head = sorted(range(len(predicates)), key=lambda j: predicates[j].head)
            self.heads = [predicates[j].head for j in by_head]
            self.earliest = list(accumulate(reversed(by_head), min))[::-1]  # the first among the last k by start

    def last_ending_by(self, head: int) -> _Predicate | None:
        if len(self.predicates) < self._INDEXED:
            before = [q for q in self.predicates if q.after <= head]
            return before[-1] if before else None
        k = bisect_right(self.afters, head) - 1
        return self.predicates[self.latest[k]] if k >= 0 else None

    def first_starting_from(self, at: int) -> _Predicate | None:
        if len(self.predicates) < self._INDEXED:
            return next((q for q in self.predicates if q.head >= at), None)
        k = bisect_left(self.heads, at)
        return self.predicates[self.earliest[k]] if k < len(self.heads) else None


def _object_of_verb(p: _Predicate, around: _Neighbours) -> bool:
    """"a signé l'accord", "ont imposé à la Russie des sanctions", "reported a loss": the noun is
    what its verb did, not another event (no other predicate stands between them)."""
    if not p.noun:
        return False
    verb = around.last_ending_by(p.head)
    # (a verb the lexicon knows no kind of takes its object's: "reported a loss" is economy)
    return verb is not None and not verb.noun and verb.kind in (p.kind, "other") and p.head - verb.after <= _OBJECT_REACH


_SPEAKER_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.UNKNOWN})


def _names_speaker(p: _Predicate, tokens, mentions: list[Mention]) -> bool:
    """Whether the reporting clause names who speaks: a person, an organisation or a country,
    or "il", "elle", "he", "she" standing for one."""
    lo, hi = tokens[p.clause[0]].start, tokens[p.clause[1] - 1].end
    if any(lo <= m.start and m.end <= hi and m.kind in _SPEAKER_KINDS for m in mentions):
        return True
    # "Washington a annoncé", "Moscou a démenti": a place right before the verb speaks for its government
    if any(m.kind == ActorKind.PLACE and lo <= m.start and tokens[p.first - 1].end == m.end for m in mentions if p.first > 0):
        return True
    if any(t.word in function_words().person_pronouns for t in tokens[p.clause[0] : p.clause[1]]):
        return True
    return _relative_of_person(p, tokens, mentions) or _named_before_comma(p, tokens, mentions) is not None


_RELATIVE_REACH = 12  # words between a name and "qui" opening what they did ("X, le ministre du budget, qui a déclaré")


def _relative_of_person(p: _Predicate, tokens, mentions: list[Mention]) -> bool:
    """"… avec Paul Morel, le ministre du budget, qui a déclaré que …": a clause opening on
    "qui", "who" said by the person named just before it (an apposition between)."""
    k = next((k for k in range(p.clause[0], p.first) if tokens[k].word in ("qui", "who")), -1)
    return k > 0 and _person_before_relative(k, tokens, mentions) is not None


def _person_before_relative(k: int, tokens, mentions: list[Mention]) -> Mention | None:
    """The person "qui", "who" at token ``k`` stands for: named right before it, or before an
    apposition set off by commas ("Paul Morel, le ministre du budget, qui"); not the complement
    of a noun ("le livre de Paul Morel, qui")."""
    starts = [t.start for t in tokens]
    for m in reversed(mentions):
        if m.end > tokens[k].start or m.kind != ActorKind.PERSON:
            continue
        first, after = bisect_left(starts, m.start), bisect_left(starts, m.end)
        between = [t.word for t in tokens[after:k]]
        if k - after > _RELATIVE_REACH or any(w in ".;:" for w in between) or first > 0 and tokens[first - 1].word in _OF:
            return None
        if not between or between == [","] or between[0] == "," and between[-1] == "," and between.count(",") == 2:
            return m
        return None
    return None


_ATTRIBUTION_REACH = 8  # words after "selon", "d'après" where the name of whose words follow stands


def _attributed(p: _Predicate, tokens: list[_Token], mentions: list[Mention]) -> bool:
    """Whether an attribution ("selon", "d'après", "according to") names a person right after
    it, before the next punctuation but one ("Selon le président du CERN, Paul Martin, ...")."""
    if p.head >= len(tokens):
        return False
    end = tokens[min(len(tokens) - 1, p.after + _ATTRIBUTION_REACH)].end
    return any(tokens[p.after].start <= m.start and m.end <= end and m.kind == ActorKind.PERSON for m in mentions) if p.after < len(tokens) else False


_PARTICIPLE_REACH = 3  # words between an event noun and the participle telling it


def _describes_noun(p: _Predicate, around: _Neighbours) -> bool:
    """"l'accord signé en 1991", "the deal signed on Monday": the participle tells the noun's
    happening, not another one (its date goes to the noun's clause)."""
    if not p.participle:
        return False
    noun = around.last_ending_by(p.head)
    return noun is not None and noun.noun and not noun.participle and noun.kind == p.kind and p.head - noun.after <= _PARTICIPLE_REACH


def _qualifies_noun(p: _Predicate, predicates: list[_Predicate], tokens: list[_Token], lang: str) -> bool:
    """"l'élection présidentielle", "les élections législatives": in French an event noun right
    after another, with no determiner, is its adjective; "des menaces de mort", "threats of
    violence": one after another and "de", "of" is its complement. Neither is a second
    happening (not after a word of saying: "l'annonce de démission" tells the resignation)."""
    if not p.noun or p.first != p.head:
        return False
    if lang == "fr" and not p.participle and any(q.noun and not q.participle and q.after == p.head for q in predicates):
        return True
    if p.head < 2 or tokens[p.head - 1].word not in _COMPLEMENT_OPENERS:
        return False
    return any(q.noun and not q.participle and q.kind != "statement" and q.after == p.head - 1 for q in predicates)


_COMPLEMENT_OPENERS = frozenset({"de", "d", "of"})
_NAMING = frozenset({"named", "called", "dubbed", "nicknamed", "titled"})


def _names_a_thing(p: _Predicate, predicates: list[_Predicate], tokens: list[_Token]) -> bool:
    """"discussed a task manager named Mission Control": "named" between a noun in lower case
    and a name, after a verb the noun is the object of, gives a thing its name; no one was
    appointed ("The board named Paul Morel chairman" has no verb before)."""
    k = p.head
    if tokens[k].word not in _NAMING or p.first != k or k + 1 >= len(tokens) or not tokens[k + 1].capital:
        return False
    before = tokens[k - 1] if k > 0 else None
    if before is None or before.capital or not before.word.isalpha() or before.word in function_words().pronouns:
        return False
    return any(not q.noun and not q.reporting and q.head < k - 1 for q in predicates)


def _subject_of_verb(p: _Predicate, around: _Neighbours) -> bool:
    """"Un accord a été signé", "the deal was finally signed": the noun is what its verb, right
    after it (auxiliaries between), says happened, not another event."""
    if not p.noun or p.participle or p.verbal:
        return False
    verb = around.first_starting_from(p.after)
    return verb is not None and not verb.noun and verb.kind == p.kind and verb.first == p.after


# Before a reporter word, these make it where or how it was said ("a précisé en conférence de
# presse", "said in a statement"), not who reported it ("selon l'agence", "said the agency").
_CIRCUMSTANCE = frozenset({"en", "dans", "de", "d", "lors", "à", "au", "aux", "sur", "in", "at", "during", "on", "via", "through", "with"})


def _by_reporter(p: _Predicate, tokens, roles, medium_is_reporter: bool = True) -> bool:
    """Whether a reporter word stands in the reporting clause: "ont rapporté les agences". With
    ``medium_is_reporter`` false, not one saying where or how it was said: "Il a précisé en
    conférence de presse : « ... »" is his statement when the sentence tells nothing else."""
    lo, hi = p.clause
    return any(_has(roles, k, "reporters") and (medium_is_reporter or not _circumstance(k, tokens)) for k in range(lo, hi))


def _circumstance(k: int, tokens) -> bool:
    determiners = function_words().determiners
    j = k - 1
    while j >= 0 and (tokens[j].word in determiners["fr"] or tokens[j].word in determiners["en"]):
        j -= 1
    return j >= 0 and tokens[j].word in _CIRCUMSTANCE


def _generic_speaker(p: _Predicate, tokens, mentions: list[Mention], roles=None) -> bool:
    """Whether a statement's subject is nobody in particular ("people claim", "some observers
    have suggested", "certains estiment"): opinion or hearsay, not a statement of someone's; or
    an unnamed medium ("the sources claimed", "le journal affirme"): a report, not an event."""
    if p.noun or not p.kind == "statement":
        return False
    lo, hi = max(p.clause[0], p.first - _SUBJECT_REACH), p.first
    # (its subject stands right before it: not the words of a quote before ", ajoute X")
    lo = max([lo, *(k + 1 for k in range(lo, hi) if tokens[k].word in _CLAUSE_PUNCTUATION)])
    if lo >= hi:
        return False
    # (a medium named is an actor of the story: "the blog Gizmodo published details")
    if any(tokens[lo].start <= m.start and m.end <= tokens[hi - 1].end for m in mentions):
        return False
    generic = function_words().generic_speakers
    return any(t.word in generic or roles is not None and _has(roles, k, "reporters") for k, t in enumerate(tokens[lo:hi], lo))


def _scope(p, predicates, reports, tokens, mentions, text="", roles=()) -> tuple[tuple[int, int], ...]:
    """Where the happening's participants are named (see :func:`_clause_scope`), and for an
    event noun told as what someone announced, the announcer (see :func:`_announcer`)."""
    spans = _clause_scope(p, predicates, reports, tokens, mentions, text, roles)
    # (the circumstance after the trigger: "X a rencontré Y alors que Z …")
    cut = _circumstance_start(p, tokens)
    trigger = tokens[p.head].start
    spans = tuple((a, min(b, cut)) if a <= trigger < b else (a, b) for a, b in spans)
    announcer = _announcer(p, reports, tokens, mentions, text, roles)
    return (announcer, *spans) if announcer else spans


@lru_cache(maxsize=1)
def _circumstance_openers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """data/participants.yaml ``circumstance_openers``, folded, by first word."""
    openers = load("participants.yaml")["circumstance_openers"].values()
    return phrases_by_first([tuple(_word(w)[0] for w in str(phrase).split()) for phrases in openers for phrase in phrases])


def _opens_on_circumstance(k: int, tokens: list[_Token]) -> bool:
    """Whether a phrase of circumstance opens at token ``k`` ("afin de", "malgré", "despite")."""
    return tokens[k].word in function_words().circumstance_prepositions


def _circumstance_start(p, tokens: list[_Token]) -> int:
    """Where a clause of circumstance opens after the predicate's trigger, in its clause (the
    clause's end if none): who is named there takes part in the circumstance."""
    openers = _circumstance_openers()
    for k in range(p.after, p.clause[1]):
        for phrase in openers.get(tokens[k].word, ()):
            if _phrase_here(tokens, k, phrase):
                return tokens[k].start
    return _clause_end(p, tokens)


# Happenings no announcer does ("a annoncé la mort de X", "said that troops attacked"): the
# announcer tells of them only.
_NOT_THE_ANNOUNCER_S = frozenset({"death", "disaster", "attack", "statement", "other"})
_ANNOUNCED_REACH = 3  # words between a verb of saying and what it announces ("a annoncé mardi la …")
_COMPLEMENTIZERS = frozenset({"that", "que", "qu"})


def _announcer(p, reports, tokens, mentions, text, roles) -> tuple[int, int] | None:
    """"Paul Morel a annoncé mardi la signature d'un accord", "Tarvix announced a deal with
    Initech", "Jobs said that his company sold 13 million Macs": what a named speaker announces
    right after their verb of saying is their own act, or told as theirs; the verb's subject
    takes part in it (not a reporter's: "the newspaper reported that …")."""
    if p.participle or p.kind in _NOT_THE_ANNOUNCER_S or not text:
        return None
    q = next((q for q in reversed(reports) if not q.noun and q.after <= p.clause[0] <= q.after + _ANNOUNCED_REACH), None)
    if q is None or q.head > p.head or not q.realis or _by_reporter(q, tokens, roles):
        return None
    between = range(q.after, p.first if p.noun else p.clause[0])
    if any(tokens[k].word in _CLAUSE_PUNCTUATION or _has(roles, k, "clause_openers") and tokens[k].word not in _COMPLEMENTIZERS for k in between):
        return None
    start, end = tokens[_subject_start(q, tokens, mentions, text, roles)].start, tokens[q.first].start
    return (start, end) if any(start <= m.start and m.end <= end for m in mentions) else None


def _clause_scope(p, predicates, reports, tokens, mentions, text="", roles=()) -> tuple[tuple[int, int], ...]:
    """Where the happening's participants are named: its clause, with the subject its clause
    was cut from ("After the case closed Apple CEO Tim Cook extended an invitation"), and the
    subject of the clause a participle or gerund hangs on ("l'Ukraine a accepté …, appelant
    Moscou à …"); where that names nobody, the nearest clause before it naming someone that
    tells what happened, else every such clause of the sentence."""
    lo, hi = tokens[_subject_start(p, tokens, mentions, text, roles)].start, _clause_end(p, tokens)
    main = (
        _main_subject(p, predicates, reports, tokens, mentions, text, roles)
        or _subject_before_aside(p, tokens, mentions, text)
        or _subject_of_main_clause(p, predicates, tokens, mentions)
        or _subject_of_coordinated(p, predicates, reports, tokens, mentions, text, roles)
    )
    if main is None and p.shared is not None:
        main = (tokens[p.shared[0]].start, tokens[p.shared[1] - 1].end)
    spans = ((main, (lo, hi)) if main else ((lo, hi),))
    if any(a <= m.start and m.end <= b for a, b in spans for m in mentions):
        return spans
    # (not the clauses of what did not happen: "a signé un accord et rencontrera X jeudi")
    report_ids = {id(q) for q in reports}  # (by identity: see _tell)
    told = [q for q in predicates if q is p or id(q) not in report_ids and q.realis]
    for q in reversed(told[: _index_of(p, told)]):
        a, b = tokens[q.clause[0]].start, _clause_end(q, tokens)
        if any(a <= m.start and m.end <= b for m in mentions):
            return ((a, b), (lo, hi))
    # "In a press conference on Friday, Jobs said …": a phrase opening the sentence names
    # no one; the subject of the clause it opens does.
    later = [q for q in predicates if q.head > p.head]
    if p.clause[0] == 0 and later and later[0].clause[0] < later[0].first:
        a, b = tokens[later[0].clause[0]].start, tokens[later[0].first].start
        if any(a <= m.start and m.end <= b for m in mentions):
            return ((a, b), (lo, hi))
    spans = tuple((tokens[q.clause[0]].start, _clause_end(q, tokens)) for q in told)
    return spans if spans else ((lo, hi),)


def _index_of(p: _Predicate, predicates: list[_Predicate]) -> int:
    """``predicates.index(p)``, by identity first: comparing predicates field by field makes a
    long sentence's scan quadratic (one equal to ``p`` before it has its head)."""
    at = next(k for k, q in enumerate(predicates) if q is p)
    return next((k for k, q in enumerate(predicates[:at]) if q.head == p.head and q == p), at)


_SUBJECT_ASIDE_REACH = 12  # words of an aside between a subject and its verb ("Paul Morel, 49, a …")
_ASIDE_RELATIVES = frozenset({"qui", "dont", "who", "whose", "which"})


def _subject_before_aside(p, tokens, mentions, text) -> tuple[int, int] | None:
    """A verb whose clause opens on the comma closing an aside, naming no one before the verb
    ("… that Papermaster, 49, had left", "le ministre, Paul Morel, a ajouté", "Paul Morel, qui
    avait rencontré X, a signé"): its subject is the name right before the aside, or the one
    the aside gives (not one named in a relative clause: that is its own happening's)."""
    k = p.clause[0]
    # (not a verb of saying set off after what was said: "…, a annoncé X" names its sayer after it)
    if p.noun or p.reporting or not text or p.first != k + 1 or tokens[k].word != ",":
        return None
    opening = next((j for j in range(k - 2, max(-1, k - 2 - _SUBJECT_ASIDE_REACH), -1) if tokens[j].word in _CLAUSE_PUNCTUATION), -1)
    if opening < 0 or tokens[opening].word != ",":
        return None
    aside_start, aside_end = tokens[opening].start, tokens[k].start
    before = [m for m in mentions if m.end <= aside_start and not text[m.end : aside_start].strip()]
    if tokens[opening + 1].word in _ASIDE_RELATIVES:
        return (before[0].start, before[0].end) if before else None
    named = before + [m for m in mentions if aside_start <= m.start and m.end <= aside_end]
    return (named[0].start, aside_end) if named else None


# Opening a sentence, they make a verb non-finite, its subject the main clause's: "Après avoir
# rencontré X, Y a signé", "Avant de partir, …", "After meeting X, Y said".
_NON_FINITE_FR = frozenset({"avoir", "etre"})
_INFINITIVE_OPENERS_FR = frozenset({"avant", "pour", "afin", "sans"})
_GERUND_OPENERS_EN = frozenset({"after", "before", "while", "since", "upon", "on", "by", "when", "having"})


def _subject_of_main_clause(p, predicates, tokens, mentions) -> tuple[int, int] | None:
    """For a non-finite verb in a phrase opening the sentence (see above): the subject of the
    next verb, between the phrase and that verb, where it names someone."""
    lo = p.clause[0]
    if (p.noun and not p.participle) or lo > 1 or not _non_finite_opening(p, tokens):
        return None
    q = next((q for q in predicates if q.head > p.head and not q.noun and q.clause[0] >= p.after), None)
    if q is None:
        return None
    start, end = tokens[q.clause[0]].start, tokens[q.first].start
    return (start, end) if any(start <= m.start and m.end <= end for m in mentions) else None


def _subject_of_coordinated(p, predicates, reports, tokens, mentions, text, roles) -> tuple[int, int] | None:
    """A verb whose clause opens on "et", "and", "mais", "but" right before it, with no subject
    of its own ("Le gouvernement a dénoncé « … » et a menacé les auteurs"): the subject of the
    verb before it, where it names someone."""
    k = p.clause[0]
    if p.noun or p.shared is not None or not text or p.first != k + 1 or tokens[k].word not in _COORDINATORS:
        return None
    q = next((q for q in reversed(predicates) if q.head < k and not q.noun and not q.participle), None)
    if q is None:
        return None
    start, end = tokens[_subject_start(q, tokens, mentions, text, roles)].start, tokens[q.first].start
    return (start, end) if any(start <= m.start and m.end <= end for m in mentions) else None


def _non_finite_opening(p, tokens) -> bool:
    words = [t.word for t in tokens[p.clause[0] : p.head]]
    if not _NON_FINITE_FR.isdisjoint(words):
        return True
    if words and words[0] in _INFINITIVE_OPENERS_FR and (words[-1] in ("de", "d") or words[0] == "pour"):
        return True
    return bool(words) and words[0] in _GERUND_OPENERS_EN and tokens[p.head].word.endswith("ing")


def _subject_start(p, tokens, mentions, text, roles) -> int:
    """The token a verb's clause starts at, taking back the names right before it when its
    clause was cut from them with no punctuation or opening word between ("… closed Apple
    CEO Tim Cook | extended"): its subject."""
    first = p.clause[0]
    if (p.noun and not p.verbal) or first == 0 or not text or first != p.first:
        return first
    before = tokens[first - 1]
    if before.word in _CLAUSE_PUNCTUATION or _has(roles, first - 1, "clause_openers"):
        return first
    if any(tokens[first].start <= m.start < tokens[p.head].start for m in mentions):
        return first
    k = first
    while k > max(0, first - _SUBJECT_REACH) and (text[tokens[k - 1].start].isupper() or _inside_name(tokens[k - 1], mentions)):
        k -= 1
    return k if k < first and any(tokens[k].start <= m.start and m.end <= tokens[first].start for m in mentions) else first


_SUBJECT_REACH = 8  # words of a name and its title taken back as a subject ("Apple CEO Tim Cook")


def _main_subject(p, predicates, reports, tokens, mentions, text, roles) -> tuple[int, int] | None:
    """For a participle or gerund opening its clause ("…, appelant Moscou", "en menant des
    négociations", ", prompting X to …"): the subject of the nearest finite verb before it."""
    opener = tokens[p.first].word
    head = tokens[p.head].word
    gerund = opener == "en" or head.endswith("ant") and p.first == p.clause[0] or (
        tokens[p.clause[0]].word in (",", "et", "and") and tokens[min(p.clause[0] + 1, p.head)].word.endswith(("ant", "ing"))
    )
    if not gerund:
        return None
    report_ids = {id(q) for q in reports}  # (by identity: see _tell)
    before = [q for q in predicates if q.head < p.first and not q.noun and not q.participle and id(q) not in report_ids]
    if not before:
        return None
    q = before[-1]
    start = tokens[_subject_start(q, tokens, mentions, text, roles)].start
    end = tokens[q.first].start
    return (start, end) if any(start <= m.start and m.end <= end for m in mentions) else None


def _headline(text, tokens, p: _Predicate, mentions, lang, dated=(), written=(), end=-1) -> str:
    """A short phrase of what happened: who (the names before the predicate, or its subject
    words) and the predicate with what follows it in its clause; the date phrases of its clause
    (``written``: the sentence's) left out."""
    lo, hi = p.clause[0], _headline_stop(p, tokens, end)
    if sum(t.word.isalpha() for t in tokens[lo:hi]) < _HEADLINE_MIN_WORDS:
        hi = max(p.clause[1], end)  # "a été fermé, malgré les mises en garde": too little before it
    skip = {k for k in _date_tokens(text, tokens, [*dated, *_set_off_dates(tokens, written)]) if lo <= k < hi}
    begin = lo
    while begin < p.first and (tokens[begin].word in _CLAUSE_PUNCTUATION or begin in skip or tokens[begin].word in function_words().leading_noise):
        if _plural_determiner(tokens, [begin, begin + 1]):
            break
        begin += 1
    subject = [k for k in range(begin, p.first) if k not in skip] if not p.noun or p.verbal else []
    if subject and len(_without_orphan_opener(tokens, subject + [p.first])) < len(subject):
        begin = subject[2]  # "Fondée en 1990, la société a …": "Fondée" is no part of the subject
        subject = subject[2:]
    if subject and _opens_on_circumstance(subject[0], tokens) and "," in (tokens[k].word for k in subject):
        # "Afin de tenir ses engagements, le gouvernement a …": the circumstance before the
        # subject is no part of it; the subject is the words after its last comma
        begin = max(k + 1 for k in subject if tokens[k].word == ",")
        subject = [k for k in subject if k >= begin]
    names = [m for m in _sure_names(mentions, tokens) if tokens[begin].start <= m.start and m.end <= tokens[p.first].start] if subject else []
    aside = _subject_aside(subject, tokens, p.first)
    parts: list[str] = []
    # "en menant des négociations": a gerund has no subject of its own to name; the headline
    # starts at the event noun it makes happen ("des négociations …"), else at "en".
    gerund = next((k for k in range(p.first + 1, p.head + 1) if tokens[k].word.endswith("ant")), -1) if tokens[p.first].word == "en" else -1
    if gerund >= 0:
        parts.append("")
        body = range(gerund + 1 if p.noun and gerund < p.head else p.first, hi)
    elif subject and _words_length(text, tokens, [k for k in subject if k not in aside]) > _LONG_SUBJECT and names:
        # (a long subject is named by its names; with none written in capitals, left out)
        parts.append(_join_names(names, lang))
        body = range(p.first, hi)
    elif not subject and not p.noun and (named := _named_before_comma(p, tokens, mentions)) is not None:
        # "le ministre, Paul Morel, a ajouté : « … »": the clause was cut from its subject
        parts.append(named.surface)
        body = range(p.first, hi)
    else:
        body = range(p.first if p.noun and not p.verbal else begin, hi)
    words = _without_connectives(tokens, _without_orphan_opener(tokens, [k for k in body if k not in skip and k not in aside]))
    while words and tokens[words[0]].word in function_words().leading_noise and not _plural_determiner(tokens, words):
        words.pop(0)
    said = _span_text(text, tokens, words)
    if words and not parts and tokens[words[0]].word in function_words().pronouns:
        # "Apple said that it had sold …": the name the pronoun stands for, from its sentence.
        named = [m for m in _sure_names(mentions, tokens) if m.end <= tokens[words[0]].start and m.surface[:1].isupper()]
        if tokens[words[0]].word in function_words().person_pronouns:
            named = [m for m in named if m.kind == "person"]
        if named:
            said = named[-1].surface + said[tokens[words[0]].end - tokens[words[0]].start :]
    elif words and not parts and tokens[words[0]].word in ("qui", "who"):
        # "…, Paul Morel, le ministre, qui a déclaré …": the person the relative clause is of
        person = _person_before_relative(words[0], tokens, mentions)
        if person is not None:
            said = person.surface + said[tokens[words[0]].end - tokens[words[0]].start :]
    parts.append(said)
    headline = " ".join(part for part in parts if part)
    if _words(headline) < _HEADLINE_MIN_WORDS:
        # "lawsuit", "suit again": a bare noun says too little; its clause ("prompting Apple
        # Corps to file suit again"), else its sentence, says what happened.
        clause = _without_connectives(tokens, [k for k in range(begin, hi) if k not in skip and k not in aside])
        while len(clause) > _HEADLINE_MIN_WORDS and tokens[clause[0]].word in function_words().leading_noise:
            clause.pop(0)  # ("that sales were strong": what was said, without "that")
        headline = _span_text(text, tokens, clause)
        if _words(headline) < _HEADLINE_MIN_WORDS:
            headline = _sentence_headline(text, tokens, list(dated))
    return _shorten(headline)


def _token_starts(tokens: list[_Token]) -> list[int]:
    """Where each token starts, in order. Each predicate's headline asks for those of its
    sentence: made once per sentence (the list of the last call is kept with its tokens, so a
    long sentence's headlines stay linear, not one scan of the sentence per predicate)."""
    global _last_starts
    if _last_starts[0] is not tokens or len(_last_starts[1]) != len(tokens):
        _last_starts = (tokens, [t.start for t in tokens])
    return _last_starts[1]


_last_starts: tuple = (None, [])  # (tokens, their starts) of the last call


def _set_off_dates(tokens: list[_Token], spans) -> list[tuple[int, int]]:
    """The date phrases among ``spans`` a headline can do without: those opened by a
    preposition or set off by punctuation ("les 16 et 17 juin", "on May 4"), not the object
    of a verb ("the quarter which ended December 30")."""
    words = function_words()
    starts = _token_starts(tokens)
    kept = []
    for span in spans:
        first = bisect_left(starts, span[0])
        before = tokens[first - 1].word if 0 < first <= len(tokens) else ""
        if not before.isalpha() or before in words.date_prepositions or before in words.date_preposition_words or before in _DATE_JOINERS:
            kept.append(span)
    return kept


def _named_before_comma(p: _Predicate, tokens: list[_Token], mentions: list[Mention]) -> Mention | None:
    """The person or organisation named right before the comma a verb's clause opens on
    ("Paul Morel, a ajouté"), when no name follows the verb (", a annoncé Paul Morel")."""
    k = p.clause[0]
    if k < 1 or tokens[k].word != "," or p.first != k + 1 or p.first == p.head and tokens[p.head].word.endswith(("ant", "ing")):
        return None  # (", insistant sur …": a participle's subject is its main clause's)
    if p.after < len(tokens) and any(m.start == tokens[p.after].start for m in mentions):
        return None
    end = tokens[k - 1].end
    named = next((m for m in mentions if m.end == end and m.kind in (ActorKind.PERSON, ActorKind.ORGANISATION)), None)
    if named is None or any(t.end == named.start - 1 and t.word in _OF or t.end == named.start and t.word in _OF for t in tokens[:k]):
        return None  # "le programme de François Hollande, …": a noun's complement
    return named


_SUBJECT_ASIDE = 5  # words of an aside set off between a subject and its verb
_LONG_SUBJECT = 32  # characters of a subject beyond which it is told by its names


def _words_length(text: str, tokens: list[_Token], indices: list[int]) -> int:
    return len(_span_text(text, tokens, indices))


def _subject_aside(subject: list[int], tokens: list[_Token], first: int) -> set[int]:
    """The tokens of an aside in lower case closing a subject ("Le gouvernement malien,
    impuissant, a dénoncé", "Acme, the maker of phones, said"), its commas with it; not one
    holding a name ("Le ministre, Paul Morel, a ajouté")."""
    if len(subject) < 4 or tokens[first - 1].word != "," or subject[-1] != first - 1:
        return set()
    opening = next((k for k in reversed(subject[:-1]) if tokens[k].word in _CLAUSE_PUNCTUATION), -1)
    if opening <= subject[0] or first - 1 - opening > _SUBJECT_ASIDE + 1 or tokens[opening].word != ",":
        return set()
    inside = range(opening + 1, first - 1)
    return set(range(opening, first)) if not any(tokens[k].capital for k in inside) else set()


# After "de", an adjective making it the plural indefinite article: "De nombreux habitants ont …"
_BEFORE_PLURAL_NOUNS = frozenset({"nombreux", "nombreuses", "multiples", "nouveaux", "nouvelles", "grands", "grandes", "petits", "petites"})


def _plural_determiner(tokens: list[_Token], words: list[int]) -> bool:
    return tokens[words[0]].word == "de" and len(words) > 1 and tokens[words[1]].word in _BEFORE_PLURAL_NOUNS


def _headline_stop(p: _Predicate, tokens: list[_Token], end: int = -1) -> int:
    """Where a headline stops: at a circumstance opening after the trigger in its clause ("a
    rencontré X malgré l'absence de …", "met Y while …"), else at the clause's end (``end``
    when given)."""
    end = end if end >= 0 else p.clause[1]
    stops = function_words().headline_stops
    openers = _circumstance_openers()
    for k in range(p.after, end):
        if any(_phrase_here(tokens, k, phrase) for phrase in (*stops.get(tokens[k].word, ()), *openers.get(tokens[k].word, ()))):
            return k
    return end


def _object_end(p: _Predicate, predicates: list[_Predicate], tokens: list[_Token]) -> int:
    """Where a verb's headline ends when its clause was cut right before an event noun it acts
    on ("Washington reproche à la Russie | des cyberattaques en série"): after that noun's
    phrase, up to the next punctuation (-1: the clause's end)."""
    if p.noun:
        return -1
    q = next((q for q in predicates if q.head > p.head), None)
    if q is None or not q.noun or q.verbal or q.clause[0] != p.clause[1] or q.clause[0] != q.first:
        return -1
    return next((k for k in range(q.after, q.clause[1]) if tokens[k].word in _CLAUSE_PUNCTUATION or tokens[k].word in ".;!?"), q.clause[1])


def _phrase_here(tokens: list[_Token], k: int, phrase: tuple[str, ...]) -> bool:
    return tuple(t.word for t in tokens[k : k + len(phrase)]) == phrase


def _without_connectives(tokens: list[_Token], indices: list[int]) -> list[int]:
    """``indices`` less the links to the sentences around ("cependant", "pour sa part",
    "however") and the commas setting them off: a headline stands alone."""
    by_first = function_words().connectives
    if not any(tokens[k].word in by_first for k in indices):
        return indices
    kept = set(indices)
    for n, k in enumerate(indices):
        phrase = next((c for c in by_first.get(tokens[k].word, ()) if _phrase_here(tokens, k, c)), None)
        if phrase is None or any(j not in kept for j in range(k, k + len(phrase))):
            continue
        kept.difference_update(range(k, k + len(phrase)))
        before, after = k - 1, k + len(phrase)
        comma_after = after in kept and tokens[after].word == ","
        comma_before = before in kept and tokens[before].word == ","
        if comma_after and (comma_before or before not in kept):
            kept.difference_update((before, after))  # "Cependant, X a …", "X a, pour sa part, condamné"
        elif comma_before and after not in kept:
            kept.discard(before)  # "…, however."
    return [k for k in indices if k in kept]


def _words(text: str) -> int:
    """How many words of ``text`` (split at spaces) hold a letter."""
    # (most words are all letters: str.isalpha answers for them without a loop in Python)
    return sum(1 for w in text.split() if w.isalpha() or any(map(str.isalpha, w)))


_HEADLINE_MIN_WORDS = 4


def _sentence_headline(text, tokens, dates: list[tuple[int, int]]) -> str:
    """The sentence's words less its date phrase (and the preposition before it)."""
    # (made once per sentence and dates: each predicate of a long sentence may ask for it, and
    # it reads the whole sentence)
    global _last_sentence_headline
    key = tuple(dates)
    last_tokens, last_key, headline = _last_sentence_headline
    if last_tokens is tokens and last_key == key:
        return headline
    headline = _span_text(text, tokens, _without_orphan_opener(tokens, _undated_tokens(text, tokens, dates)))
    _last_sentence_headline = (tokens, key, headline)
    return headline


_last_sentence_headline: tuple = (None, None, "")  # (tokens, dates, headline) of the last call


def _without_orphan_opener(tokens: list[_Token], indices: list[int]) -> list[int]:
    """``indices`` less a word its date phrase was cut from before a comma: "Fondée en 1990, la
    société …" would read "Fondée, la société …"; it reads "la société …"."""
    if len(indices) > 3 and tokens[indices[1]].word == "," and indices[1] > indices[0] + 1:
        return indices[2:]
    return indices


def _date_tokens(text, tokens, dates: list[tuple[int, int]]) -> set[int]:
    """The tokens of date phrases and of the prepositions opening them: "In 2004, …" reads
    "…" once the date has its own column."""
    words = function_words()
    skip: set[int] = set()
    starts = _token_starts(tokens)  # in order: a sentence of many dates stays linear
    for date_start, date_end in dates:
        first, end = bisect_left(starts, date_start), bisect_left(starts, date_end)
        if first == end:
            continue
        opening = _date_opening(tokens, first, words)
        if opening > 0 and tokens[opening - 1].word in words.date_keepers:
            continue  # "libérés qu'en janvier 1981": without its date the clause reads nothing
        skip.update(range(opening, end))
    # "les 16 et 17 juin", "on June 3 and 4": the word joining two dates goes with them, and a
    # day the tagger left out of the second ("4")
    for k in [k for k in skip if k + 2 < len(tokens) and k + 1 not in skip and tokens[k + 1].word in _DATE_JOINERS]:
        if k + 2 in skip or _day_number(tokens[k + 2].word):
            skip.update((k + 1, k + 2))
    # "L'élection, les 16 et 17 juin, a été …", "a décidé, jeudi, d'accorder": the commas
    # setting a date off go with it (not before a determiner, in a list: "le port, le 3 mars,
    # le phare")
    determiners = _list_determiners()
    for k in [k for k in skip if k > 0 and k - 1 not in skip and tokens[k - 1].word == ","]:
        end = k
        while end in skip:
            end += 1
        if end + 1 < len(tokens) and tokens[end].word == "," and tokens[end + 1].word not in determiners:
            skip.update((k - 1, end))
    return skip


@lru_cache(maxsize=1)
def _list_determiners() -> frozenset[str]:
    """The determiners of both languages, less "a" (in French, "has")."""
    return frozenset().union(*function_words().determiners.values()) - _FR_COMPOUND_AUXILIARIES


def _day_number(word: str) -> bool:
    return word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31


_DATE_JOINERS = frozenset({"et", "ou", "au", "and", "or", "to", "-", "–"})


_OPENING_REACH = 4  # words of a preposition before a date: "au cours de l'", "à partir du"


def _date_opening(tokens, first: int, words) -> int:
    """Where the preposition before a date phrase starting at token ``first`` begins: "en 2004",
    "lors de la deuxième partie des années 1970", "à l'époque" (``first`` if none opens it;
    a determiner stops it: "the 1991 agreement" is a noun with its date)."""
    opening = first
    while opening > 0 and first - opening < _OPENING_REACH:
        word = tokens[opening - 1].word
        if word not in words.date_prepositions and word not in words.date_preposition_words:
            break
        opening -= 1
    if opening < first:
        for phrase in words.date_preposition_openers:
            start = opening - len(phrase)
            if start >= 0 and all(tokens[start + j].word == w for j, w in enumerate(phrase)):
                return start
    return opening


_OPENING_MARKS = frozenset(".-–—:«\"")  # what a sentence or a quote opens after
# What follows a capitalised word opening a sentence when it is a verb, adverb or participle, not
# a name: "Rappelons que", "Environ 2 000", "Afin de", "Rassemblés devant la mairie".
_AFTER_NO_NAME = frozenset({"que", "qu", "de", "d", "du", "des", "devant", "derriere", "dans", "sur", "sous", "par", "pour", "selon", "avec", "aupres"})


def _sure_names(mentions: list[Mention], tokens: list[_Token]) -> list[Mention]:
    """The mentions less one unknown word opening its sentence whose capital is the sentence's:
    the word after it ("que", "de", a number) shows it names no one ("Apple said" stays)."""
    # (made once per sentence: each predicate's headline asks, and it reads all the tokens)
    global _last_sure_names
    last_tokens, last_mentions, names = _last_sure_names
    if last_tokens is tokens and last_mentions is mentions:
        return names
    starts = {t.start: k for k, t in enumerate(tokens)}
    names = [m for m in mentions if not _opens_as_no_name(m, starts.get(m.start, -1), tokens)]
    _last_sure_names = (tokens, mentions, names)
    return names


_last_sure_names: tuple = (None, None, [])  # (tokens, mentions, names) of the last call


def _opens_as_no_name(m: Mention, k: int, tokens: list[_Token]) -> bool:
    if m.kind != "unknown" or " " in m.surface or k < 0 or k + 1 >= len(tokens):
        return False
    if k > 0 and tokens[k - 1].word not in _OPENING_MARKS:
        return False
    after = tokens[k + 1].word
    return after in _AFTER_NO_NAME or after[:1].isdigit()


def _join_names(mentions: list[Mention], lang: str) -> str:
    """The names of a long subject, people first: "Ratcliffe et Narychkine"."""
    named = [m for m in mentions if m.surface[:1].isupper()]
    people = [m for m in named if m.kind == "person"]
    named = people or sorted(named, key=lambda m: _ACTOR_ORDER.index(m.kind) if m.kind in _ACTOR_ORDER else len(_ACTOR_ORDER))
    unique = list(dict.fromkeys(m.surface for m in named))[:3]
    if not unique:
        return ""
    if len(unique) == 1:
        return unique[0]
    conjunction = " et " if lang == "fr" else " and "
    return ", ".join(unique[:-1]) + conjunction + unique[-1]


def _span_text(text: str, tokens: list[_Token], indices: list[int]) -> str:
    """The text of the tokens ``indices``, with the original spacing between neighbours."""
    out: list[str] = []
    previous = None
    for k in indices:
        if previous is not None:
            out.append(text[tokens[previous].end : tokens[k].start] if k == previous + 1 else " ")
        out.append(text[tokens[k].start : tokens[k].end])
        previous = k
    return " ".join("".join(out).split())


_QUOTE_MARKS = '"«»“”'
_REPEATED_PUNCTUATION = re.compile(r"([,;:])(?:\s*[,;:])+")  # what a date cut out leaves: "Earlier,, Apple"


_SPACE_IN_BRACKETS = re.compile(r"(?<=[(\[]) +| +(?=[)\]])|\s*(?:\(\s*\)|\[\s*\])")  # (and brackets left empty)


# A dateline opening a lead: capitalised words (a place, an agency) and a dash set off by spaces.
_DATELINE = re.compile(r"^[A-ZÀ-Ý][\w’'.]*(?:,?\s+[A-ZÀ-Ý(][\w’'.)]*){0,3}\s+[-–—]\s+(?=\S)")


@lru_cache(maxsize=1)  # (a long sentence's predicates may each ask for the same sentence headline: shortened once)
def _shorten(headline: str) -> str:
    # Quotes cut out of their sentence only half open or close: the headline keeps the words.
    for mark in _QUOTE_MARKS:  # (str.replace: translate maps non-ASCII text one character at a time)
        if mark in headline:
            headline = headline.replace(mark, "")
    headline = " ".join(headline.split())
    headline = _REPEATED_PUNCTUATION.sub(r"\1", headline.replace(" ,", ",")).strip(" ,;:.-–—'")
    headline = _SPACE_IN_BRACKETS.sub("", headline)  # "(- 33 % )", "( l'État)": what a cut word left
    headline = _DATELINE.sub("", headline, count=1)  # "Québec - Le Forum …": where it was written
    headline = _without_dangling_end(_without_open_brackets(headline))
    if len(headline) <= _HEADLINE_MAX:
        return headline
    cut = headline.rfind(" ", 0, _HEADLINE_MAX - 1)
    return headline[: cut if cut > 20 else _HEADLINE_MAX - 1].rstrip(" ,;:") + "…"


_ELIDED = re.compile(r"\w+['’]$")
_BRACKETS = {")": "(", "]": "["}
_HAS_BRACKET = re.compile(r"[()\[\]]")


def _without_open_brackets(headline: str) -> str:
    """The headline less what a cut left of a bracket: the words up to a bracket closed but
    not opened near its start ("dite la crise de 1929), du nom des trois …" reads "du nom des
    trois …") and from one opened but not closed near its end ("a réagi très tard (" reads "a
    réagi très tard"); a stray bracket in the middle (a typo of the source) is only dropped."""
    if headline.strip(" ,;:.-–—") == headline and not _HAS_BRACKET.search(headline):
        return headline  # (most headlines: nothing to cut, and the count of words is not needed)
    opened: list[int] = []
    start = 0
    for k, char in enumerate(headline):
        if char in "([":
            opened.append(k)
        elif char in _BRACKETS:
            if opened and headline[opened[-1]] == _BRACKETS[char]:
                opened.pop()
            else:
                start, opened = k + 1, []
    end = opened[0] if opened else len(headline)
    if _words(headline[:start]) >= _words(headline[start:]):
        start = 0
    if _words(headline[end:]) >= _words(headline[:end]):
        end = len(headline)
    kept = headline[start:end].strip(" ,;:.-–—")
    if _words(kept) < 3:
        kept = headline
    return kept if start or end < len(headline) else _without_stray_brackets(kept)


def _without_stray_brackets(headline: str) -> str:
    """The headline less its brackets if they do not pair up."""
    opened = headline.count("(") + headline.count("[")
    closed = headline.count(")") + headline.count("]")
    if opened == closed:
        return headline
    return " ".join(headline.translate(str.maketrans("", "", "()[]")).split())


def _without_dangling_end(headline: str) -> str:
    """The headline less the prepositions, articles and elided words a cut left at its end
    ("un incendie de grande ampleur suite à", "la formation d'une commission d'"); as it was
    if fewer than three words would be left."""
    words = headline.split()
    noise = function_words().trailing_noise
    end = len(words)
    while end > 3 and words[end - 1].islower() and (_ELIDED.search(words[end - 1]) or fold(words[end - 1].rstrip(",;:")) in noise or words[end - 1] in noise):
        end -= 1  # (lower case only: "Plan A" ends on a name)
    return headline if end == len(words) else " ".join(words[:end]).rstrip(" ,;:")


def _distinct_dates(timex_ids: list[int], timexes: Sequence[Timex]) -> dict[int, list[int]]:
    """The dates of a sentence that cannot be one happening's, each with the dates it stands
    for: of two dates one of which holds the other ("dans l'après-midi, vers 16 h 45"), the
    finer one; in text order."""
    kept: dict[int, list[int]] = {}
    for timex_id in timex_ids:
        when = timexes[timex_id].when
        holding = next((k for k in kept if timexes[k].when.nests_with(when)), None)
        if holding is None:
            kept[timex_id] = [timex_id]
        elif _finer(when, timexes[holding].when):
            kept[timex_id] = [*kept.pop(holding), timex_id]
        else:
            kept[holding].append(timex_id)
    return dict(sorted(kept.items()))


def _finer(a, b) -> bool:
    def key(w):
        return (w.precision.rank, w.span_days, ":" not in w.label)

    return key(a) < key(b)


def _english_past(tokens: list[_Token]) -> bool:
    """Whether an English sentence tells something done: a word in -ed (of five letters or more:
    not "need", "red") or an irregular past or past auxiliary of the language data ("won",
    "was", "had"); its simple present tells a state or a habit ("is priced at", "replaces")."""
    irregular = function_words().english_past
    return any(len(t.word) > 4 and t.word.endswith("ed") or t.word in irregular for t in tokens)


def _undetected(text, sentence, tokens, timex_ids, timexes, mentions, lang, roles) -> list[Happening]:
    """A dated sentence whose predicate the lexicon does not know: one happening of kind
    "other" per date that cannot be another's part; not a future, nor a date alone
    ("3 juillet 2012. -")."""
    if any(t.word in function_words().modals for t in tokens):
        return []
    kind = _named_event_kind(tokens, roles, mentions)
    if kind == "other" and _tells_a_state(tokens, lang):
        return []  # (a named event is what the date dates: "C'est l'aboutissement du Sommet de Montreux en 2010")
    found = []
    span = ((sentence.start, sentence.end),)
    # (a date opening or closing a period dates a state, not a happening: "la première particule
    # découverte depuis 1994", "restera en poste jusqu'en 2030"; nor does a thing's age)
    starts = [t.start for t in tokens]
    periods = function_words().bounds | function_words().period_starts | function_words().ages
    timex_ids = [i for i in timex_ids if not _bounds_state(date_extent(timexes, i), tokens, starts, periods)]
    for timex_id, same in _distinct_dates(timex_ids, timexes).items():
        timex = timexes[timex_id]
        words = _without_orphan_opener(tokens, _undated_tokens(text, tokens, [date_extent(timexes, k, text, lang) for k in same]))
        if sum(tokens[k].word.isalpha() for k in words) < 3:
            continue
        headline = _shorten(_span_text(text, tokens, words))
        found.append(Happening(sentence.start, sentence.end, sentence.start, sentence.end, timex.start, timex.end, kind, timex_id, -1, span, headline))
    return found


_CLEFT = frozenset({"qui", "que", "qu", "who", "which", "that"})  # "C'est X qui a réalisé …" tells X's act
_FR_FUTURE = re.compile(r"[^aeiouy]r(?:a|ont)$")  # "rendra", "tiendront"; not "opéra", "front"
_NOT_FUTURE = frozenset({"cobra", "extra", "ultra", "mantra", "sierra", "tundra", "zebra", "contra", "algebra"})


def _tells_a_state(tokens: list[_Token], lang: str) -> bool:
    """Whether a sentence with no known predicate tells a state or a plan, not a happening: a
    copula before a determiner, a comparison or a measure ("la marge était de 14 euros en 2011",
    "est le fruit de", "was a former banker"), unless a relative clause after it tells the act
    ("C'est la firme X qui a réalisé …"); or a French simple future ("se rendra demain")."""
    words = function_words()
    if lang == "fr" and any(len(t.word) > 4 and _FR_FUTURE.search(t.word) and t.word not in _NOT_FUTURE and not t.capital for t in tokens):
        return True
    if any(t.word in words.state_verbs for t in tokens):
        # "on retrouve une marge pareille en 2008"; a participle may still date an act of its
        # own: "on connaissait trois comètes, dont une aperçue en 1990"
        return not _tells_an_act(tokens, range(0), lang) and not _holds_participle(tokens, lang)
    for k, token in enumerate(tokens[:-1]):
        if token.word not in words.copulas:
            continue
        nxt = k + 1
        while nxt < len(tokens) - 1 and _is_adverb(tokens[nxt].word, lang):
            nxt += 1
        after = tokens[nxt].word
        measure = after[:1].isdigit() or after in ("de", "d", "of") and nxt + 1 < len(tokens) and tokens[nxt + 1].word[:1].isdigit()
        if (measure or after in words.state_openers) and not any(t.word in _CLEFT for t in tokens[nxt:]):
            return not _tells_an_act(tokens, range(k, nxt + 1), lang)
    return False


def _holds_participle(tokens: list[_Token], lang: str) -> bool:
    """Whether a French sentence holds a word read as a past participle ("aperçue", "signé")."""
    return lang == "fr" and any(t.acute or _FR_PARTICIPLE.search(t.word) and not t.capital for t in tokens)


def _tells_an_act(tokens: list[_Token], copula: range, lang: str) -> bool:
    """Whether a sentence tells an act besides its copula and what opens its state (the tokens
    ``copula``): "It was a milestone: the plane landed at 6 pm", "l'indice, qui est le plus
    suivi, a reculé"; not "are expected"."""
    if lang != "fr":
        irregular = function_words().english_past - function_words().copulas
        perfect = any(t.word in ("has", "have") and n.word.endswith(("ed", "en", "wn")) for t, n in zip(tokens, tokens[1:]))
        return perfect or any(k not in copula and (len(t.word) > 4 and t.word.endswith("ed") or t.word in irregular) for k, t in enumerate(tokens))
    for k, token in enumerate(tokens[:-1]):
        if k not in copula and token.word in _FR_COMPOUND_AUXILIARIES:
            following = tokens[k + 1 : k + 4]
            if any(t.acute or _FR_PARTICIPLE.search(t.word) for t in following):
                return True
    return False


def _named_event_kind(tokens: list[_Token], roles, mentions: list[Mention]) -> str:
    """The kind of an event named as a name ("le Forum mondial de la langue française",
    "the Worldwide Developers Conference"): the kind of the event noun inside it, or "other"."""
    for k, token in enumerate(tokens):
        if "noun" in roles[k] and _inside_name(token, mentions):
            return roles[k]["noun"][0].kind
    return "other"
