"""Dating clauses: each date goes to the predicate of the clause it stands in, unless it
dates something else there (an aside, a state it ends, what was said, which edition)."""

from __future__ import annotations

from bisect import bisect_left
from heapq import heappop, heappush
from collections.abc import Sequence

from tui.extract.happenings.clauses import _clause_end
from tui.extract.happenings.predicates import _Predicate
from tui.extract.happenings.tokens import _CLAUSE_PUNCTUATION, _SPEECH_OPENERS, _Token, _Tokens, _has, _phrase_here
from tui.extract.happenings.words import phrase_list, word_set
from tui.extract.lexicon import function_words, kind_rules, phrases_by_first
from tui.extract.model import Timex
from tui.extract.timex import date_extent


def _attach_dates(predicates: list[_Predicate], tokens: list[_Token], timex_ids: list[int], timexes, roles=None) -> list[int]:
    """Each date goes to the predicate of the clause it stands in, the nearest when a clause
    holds several; a date before the predicate and cut from it by ", and", ", et", ", but"
    belongs to an earlier verb the lexicon does not know ("was started in 1976, and launched
    the store in 2003"): it dates the predicate only when the clause has no other date. Those
    dates that date no predicate are returned (the unknown verb's happening)."""
    starts = [t.start for t in tokens]
    said_from: dict[int, int] = {}  # per reporting predicate (by head): where what it says starts
    cut_off: list[int] = []
    spans = {timex_id: date_extent(timexes, timex_id) for timex_id in timex_ids}  # "[ce matin], vers [7 h 30]": the time from its day on
    owners = _clause_owners(predicates, tokens, sorted({span[0] for span in spans.values()}))
    for timex_id in timex_ids:
        span = spans[timex_id]
        owner = owners[span[0]]
        if owner is None and _before_semicolon_clause(span, predicates, tokens):
            cut_off.append(timex_id)  # "Les skippers sont partis à 13h02 ; X est rentré": the unknown verb's
            continue
        if owner is None or _bounds_state(span, tokens, starts) or _in_aside_before(span, owner, tokens, starts):
            continue
        if _in_other_happening(span, owner, tokens, starts):
            continue  # "Afin de revenir à l'équilibre en 2017, il a annoncé": the goal's date
        if _before_earlier_opener(span, owner, tokens, starts):
            continue  # "X returned in 1997 after the firm bought Y": the return's date, not the purchase's
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


def _clause_owners(predicates: list[_Predicate], tokens: list[_Token], at: list[int]) -> dict[int, _Predicate | None]:
    """For each offset of ``at`` (in order), the first predicate of the list whose clause holds
    it (None: none), all found in one sweep: a scan of the predicates for each date was
    quadratic in a long sentence of dates."""
    by_start = sorted(range(len(predicates)), key=lambda n: tokens[predicates[n].clause[0]].start)
    open_: list[tuple[int, int]] = []  # (place in the list, clause end) of the clauses started
    owners: dict[int, _Predicate | None] = {}
    k = 0
    for offset in at:
        while k < len(by_start) and tokens[predicates[by_start[k]].clause[0]].start <= offset:
            heappush(open_, (by_start[k], _clause_end(predicates[by_start[k]], tokens)))
            k += 1
        while open_ and open_[0][1] <= offset:
            heappop(open_)  # (ended before this offset: before every later one too)
        owners[offset] = predicates[open_[0][0]] if open_ else None
    return owners


_EARLIER_OPENERS = phrase_list("earlier")


def _before_earlier_opener(span: tuple[int, int], p: _Predicate, tokens: list[_Token], starts: list[int]) -> bool:
    """Whether the date stands before "after", "après", "following" and the verb after it,
    no punctuation between ("Jobs returned in 1997 after the company bought NeXT"): it dates
    the clause before, told by a verb the lexicon may not know; what came after "after" is
    earlier. (Not "a date right after the opener": "after March 3" bounds the happening.)"""
    if p.noun or span[1] > tokens[p.head].start:
        return False  # ("était étonné dimanche à la suite de ces déclarations": an event noun after it may share the date)
    for j in range(bisect_left(starts, span[1]), p.first):
        if tokens[j].word in _CLAUSE_PUNCTUATION:
            return False
        if any(_phrase_here(tokens, j, o) for o in _EARLIER_OPENERS):
            return True
    return False


def _before_semicolon_clause(span: tuple[int, int], predicates: list[_Predicate], tokens: list[_Token]) -> bool:
    """Whether the date at ``span`` stands before the first clause, which opens after a
    semicolon or a relative clause set off before its verb: it dates what is told there, not
    that clause."""
    first = predicates[0].clause[0] if predicates else 0
    if predicates and predicates[0].shares_subject and tokens[first].word == ",":
        return span[1] <= tokens[first].start  # (a relative clause before the verb: "X, qui s'est rendu hier à Y, a déclaré")
    return 0 < first and tokens[first - 1].word == ";" and span[1] <= tokens[first - 1].start


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


_RELATIVES = word_set("relatives")


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

# (a phrase opened by these tells another happening than the clause's: its goal, what it
# happened despite, what it followed)
_OTHER_HAPPENING = (*phrase_list("other_happening"), *phrase_list("earlier"))
_OTHER_BY_FIRST = phrases_by_first(list(_OTHER_HAPPENING))  # (a word opens none of them, most words: no phrase tried)
_OTHER_REACH = 24  # words between such an opener and a date inside its phrase


def _in_other_happening(span: tuple[int, int], p: _Predicate, tokens: list[_Token], starts: list[int]) -> bool:
    """Whether the date stands in a phrase telling another happening than the predicate's,
    between the two or opening the clause: "Afin de revenir à l'équilibre en 2017, le
    gouvernement a annoncé …", "sold fewer cars despite a rise in prices in 2009", "a réagi
    suite à la décision de l'ONU, le 3 mai, de …" (what it was for, despite, after). A date
    right after the opener bounds the happening instead ("after March 3"), and a comma before
    the date ends the phrase, unless the date stands after the predicate set off as the
    phrase's noun's ("…, le 3 mai, …")."""
    k = bisect_left(starts, span[0])
    before = span[1] <= tokens[p.head].start
    lo = max(p.clause[0] if before else p.after, k - _OTHER_REACH)
    for j in range(k - 1, lo - 1, -1):
        word = tokens[j].word
        if word in (";", ":") or word == "," and not _in_number(tokens, j) and (before or j < k - 1):
            return False
        length = next((len(o) for o in _OTHER_BY_FIRST.get(word, ()) if _phrase_here(tokens, j, o)), 0)
        if length and (word != "before" or tokens[j + 1].word.endswith("ing")):
            return j + length < k
    return False


def _in_number(tokens: list[_Token], j: int) -> bool:
    """Whether the comma at ``j`` is a decimal comma ("4,5 %"): written between two digits."""
    return 0 < j < len(tokens) - 1 and tokens[j - 1].end == tokens[j].start == tokens[j].end - 1 and tokens[j].end == tokens[j + 1].start and tokens[j - 1].word[-1:].isdigit()


def _possessive(span: tuple[int, int], tokens: list[_Token], starts: list[int]) -> bool:
    """Whether the date is an English possessive ("this year's"): its last token takes the
    apostrophe and an "s" follows it unspaced."""
    k = bisect_left(starts, span[1])
    return 0 < k < len(tokens) and tokens[k].word == "s" and tokens[k].start == tokens[k - 1].end and tokens[k - 1].start < span[1]


_DETERMINERS_EN = word_set("determiners_en")  # ("s": "the company's")


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


_SAID_SUBJECTS = word_set("said_subjects")  # opening what was said, "that" left out


def _date_rank(span, predicate: _Predicate, tokens: list[_Token], roles) -> tuple[bool, bool, int]:
    """How a date ranks as a predicate's in its clause, the lowest first: one cut off from it
    last, then one saying which thing a noun names ("its 2019 models") after one saying when
    ("announced a recall of its 2019 models on Monday" was Monday's), then the nearest."""
    head = tokens[predicate.head]
    cut_off = span[1] <= head.start and roles is not None and any(
        span[1] <= tokens[k].start and tokens[k].word == "," and _has(roles, k + 1, "clause_openers")
        for k in range(predicate.clause[0], predicate.first)
    )
    return cut_off, _names_which(span, tokens), _distance(span, predicate, tokens)


def _names_which(span: tuple[int, int], tokens: list[_Token]) -> bool:
    """Whether the date is a year standing in a noun phrase as its modifier, saying which
    thing the noun names: between a determiner and a noun ("its 2019 models", "the 2024
    budget") or right after a noun after a determiner ("son budget 2024", "l'édition 2012")."""
    k = bisect_left(tokens.starts, span[0]) if isinstance(tokens, _Tokens) else next((j for j, t in enumerate(tokens) if t.start >= span[0]), len(tokens))
    if not 0 < k < len(tokens) or tokens[k].start != span[0] or tokens[k].end != span[1] or not tokens[k].word.isdigit():
        return False
    determiners = function_words().determiners
    if k + 1 < len(tokens) and tokens[k - 1].word in _DETERMINERS_EN and tokens[k + 1].word.isalpha():
        return True
    return k >= 2 and tokens[k - 1].word.isalpha() and tokens[k - 2].word in determiners["fr"] and tokens[k - 1].word not in determiners["fr"]


def _distance(span: tuple[int, int], predicate: _Predicate, tokens: list[_Token]) -> int:
    head = tokens[predicate.head]
    return max(span[0] - head.end, head.start - span[1], 0)


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
