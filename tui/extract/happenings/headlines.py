"""Headlines: a short phrase of what happened, from its clause, its subject told by its
names, its date phrases left out, shortened to fit a row."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from tui.extract.happenings.participants import (
    _circumstance_openers, _named_before_comma, _opens_on_circumstance, _person_before_relative,
)
from tui.extract.happenings.predicates import _Neighbours, _Predicate
from tui.extract.happenings.tokens import (
    _CLAUSE_PUNCTUATION, _FR_COMPOUND_AUXILIARIES, _OF, _OPENING_QUOTES, _Token, _Tokens, _phrase_here,
)
from tui.extract.happenings.words import named_as_source, word_set
from tui.extract.lexicon import function_words
from tui.extract.model import ActorKind, Mention
from tui.util.text import fold


_HEADLINE_MAX = 70
_ACTOR_ORDER = tuple(ActorKind)  # people first: the names a long subject is shortened to


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


def _undated_tokens(text, tokens: list[_Token], dates: list[tuple[int, int]]) -> list[int]:
    """The indices of the tokens outside the date phrases ``dates`` (see ``_date_tokens``)."""
    skip = _date_tokens(text, tokens, dates)
    return [k for k in range(len(tokens)) if k not in skip]


def _headline(text, tokens, p: _Predicate, mentions, lang, dated=(), written=(), end=-1) -> str:
    """A short phrase of what happened: who (the names before the predicate, or its subject
    words) and the predicate with what follows it in its clause; the date phrases of its clause
    (``written``: the sentence's) left out."""
    lo, hi = p.clause[0], _headline_end(p, tokens, end)
    sentence_dates = _date_tokens(text, tokens, [*dated, *_set_off_dates(tokens, written)])
    in_order = _in_order(tokens, sentence_dates)
    left_out = set(in_order[bisect_left(in_order, lo) : bisect_left(in_order, hi)])
    fronted = _fronted_phrase_end(tokens, sentence_dates)
    if p.noun and not p.verbal and p.head < fronted == p.clause[1]:
        return _shorten(_fronted_noun_headline(text, tokens, p, mentions, lang, fronted, [*dated, *written]))
    begin, subject = _subject(tokens, p, _subject_start(tokens, p, lo, left_out), left_out)
    left_out |= _subject_aside(subject, tokens, p.first)
    who, body = _who_and_body(text, tokens, p, mentions, lang, begin, subject, left_out, hi)
    words = _body_words(tokens, body, left_out)
    said = _span_text(text, tokens, words)
    if words and who is None:
        said = _with_pronoun_named(text, said, words[0], tokens, mentions)
    headline = " ".join(part for part in (who, said) if part)
    if _words(headline) < _HEADLINE_MIN_WORDS:
        # "lawsuit", "suit again": a bare noun says too little; its clause ("prompting Apple
        # Corps to file suit again"), else its sentence, says what happened.
        # (the sentence's less a phrase fronted before the predicate's clause: "After the vote,
        # the senator resigned" reads "the senator resigned")
        after_fronted = fronted + 1 if 0 <= fronted < p.first else 0
        headline = _clause_headline(text, tokens, range(begin, hi), left_out, dated, after_fronted)
    return _shorten(headline)


_FRONTED_REACH = 12  # words of a phrase fronted before the main clause ("Lors de leur rencontre à Genève,")


def _fronted_phrase_end(tokens: list[_Token], dates: set[int]) -> int:
    """The comma closing a phrase of circumstance opening the sentence ("Pendant leur sommet,
    X et Y ont …", "After the vote on May 4, 2019, …": not a comma inside the date phrases
    ``dates``), -1 if the sentence opens on none."""
    start = 1 if tokens and tokens[0].word in _CLAUSE_PUNCTUATION else 0
    if start >= len(tokens) or not _opens_on_circumstance(start, tokens):
        return -1
    reach = min(len(tokens) - 1, start + _FRONTED_REACH)
    return next((k for k in range(start + 1, reach) if tokens[k].word == "," and not (k - 1 in dates and k + 1 in dates)), -1)


def _fronted_noun_headline(text, tokens, p: _Predicate, mentions, lang, comma: int, dates) -> str:
    """The headline of an event noun in a fronted phrase: the noun with its words up to the comma,
    with the main clause's names when a possessive makes them its own ("Pendant leur sommet à
    Genève, Paul Morel et Jean Dupin ont …": "Sommet à Genève de Paul Morel et Jean Dupin"),
    else followed by what the main clause says ("Sommet : Paul Morel a démissionné")."""
    left_out = _date_tokens(text, tokens, dates)
    noun = _span_text(text, tokens, [k for k in range(p.head, comma) if k not in left_out])
    noun = noun[:1].upper() + noun[1:]
    names = _names_opening(tokens, comma + 1, mentions)
    joined = _join_names(names, lang)
    if joined and p.head > 0 and tokens[p.head - 1].word in function_words().possessives:
        of = "of " if lang != "fr" else "d'" if fold(joined[:1]) in "aeiouy" else "de "
        return f"{noun} {of}{joined}"
    rest = [k for k in range(comma + 1, len(tokens)) if k not in left_out]
    return f"{noun}{' :' if lang == 'fr' else ':'} {_span_text(text, tokens, rest)}"


def _names_opening(tokens: _Tokens, start: int, mentions: list[Mention]) -> list[Mention]:
    """The names opening the tokens from ``start``, joined by commas, "et", "and" ("Paul Morel
    et Jean Dupin ont …")."""
    by_start = {m.start: m for m in mentions if start < len(tokens) and m.start >= tokens[start].start}
    names, k = [], start
    while k < len(tokens):
        name = by_start.get(tokens[k].start)
        if name is not None:
            names.append(name)
            k = bisect_left(tokens.starts, name.end)
        elif names and tokens[k].word in _NAME_JOINERS:
            k += 1
        else:
            break
    return names


_NAME_JOINERS = frozenset({",", "et", "and"})


def _headline_end(p: _Predicate, tokens: list[_Token], end: int) -> int:
    """Where a headline's words end: at its stop (see ``_headline_stop``), or at the clause's end
    when too few words stand before the stop ("a été fermé, malgré les mises en garde")."""
    hi = _headline_stop(p, tokens, end)
    if not _has_words(tokens, p.clause[0], hi, _HEADLINE_MIN_WORDS):
        return max(p.clause[1], end)
    return hi


def _subject_start(tokens: list[_Token], p: _Predicate, lo: int, left_out: set[int]) -> int:
    """The first token of the clause from ``lo`` past its opening punctuation, dates and leading
    words ("et", "but"); not past "de" making a plural article ("De nombreux habitants")."""
    begin, noise = lo, function_words().leading_noise
    while begin < p.first and (tokens[begin].word in _CLAUSE_PUNCTUATION or begin in left_out or tokens[begin].word in noise):
        if _plural_determiner(tokens, [begin, begin + 1]):
            break
        begin += 1
    return begin


def _subject(tokens: list[_Token], p: _Predicate, begin: int, left_out: set[int]) -> tuple[int, list[int]]:
    """Where a verb's subject starts and its tokens (none for an event noun): from ``begin`` to
    the predicate, less a participle a date was cut from and a circumstance before it."""
    if p.noun and not p.verbal:
        return begin, []
    subject = [k for k in range(begin, p.first) if k not in left_out]
    if subject and len(_without_orphan_opener(tokens, subject + [p.first])) < len(subject):
        subject = subject[2:]  # "Fondée en 1990, la société a …": "Fondée" is no part of the subject
        begin = subject[0]
    if subject and _opens_on_circumstance(subject[0], tokens) and "," in (tokens[k].word for k in subject):
        # "Afin de tenir ses engagements, le gouvernement a …": the circumstance before the
        # subject is no part of it; the subject is the words after its last comma
        begin = max(k + 1 for k in subject if tokens[k].word == ",")
        subject = [k for k in subject if k >= begin]
    return begin, subject


def _who_and_body(text, tokens, p: _Predicate, mentions, lang, begin: int, subject: list[int], left_out: set[int], hi: int) -> tuple[str | None, range]:
    """Who a headline names before its body (None: its body opens on its own subject; "": no one)
    and the tokens of its body."""
    gerund = _gerund(tokens, p)
    if gerund >= 0:
        # "en menant des négociations": a gerund has no subject of its own to name; the headline
        # starts at the event noun it makes happen ("des négociations …"), else at "en".
        return "", range(gerund + 1 if p.noun and gerund < p.head else p.first, hi)
    if subject and _words_length(text, tokens, [k for k in subject if k not in left_out]) > _LONG_SUBJECT:
        # (a long subject is named by its names; with none written in capitals, left out)
        names = _sure_names(mentions, tokens, tokens[begin].start, tokens[p.first].start)
        if names:
            return _join_names(names, lang), range(p.first, hi)
    elif not subject and not p.noun and (named := _named_before_comma(p, tokens, mentions)) is not None:
        # "le ministre, Paul Morel, a ajouté : « … »": the clause was cut from its subject
        return named.surface, range(p.first, hi)
    return None, range(p.first if p.noun and not p.verbal else begin, hi)


def _gerund(tokens: list[_Token], p: _Predicate) -> int:
    """The gerund's token in a predicate opening on "en" ("en menant des négociations"), else -1."""
    if tokens[p.first].word != "en":
        return -1
    return next((k for k in range(p.first + 1, p.head + 1) if tokens[k].word.endswith("ant")), -1)


def _body_words(tokens: list[_Token], body: range, left_out: set[int]) -> list[int]:
    """The tokens of ``body`` a headline tells: less those left out, the links to the sentences
    around and the leading words ("et", "that")."""
    words = _without_connectives(tokens, _without_orphan_opener(tokens, [k for k in body if k not in left_out]))
    noise = function_words().leading_noise
    while words and tokens[words[0]].word in noise and not _plural_determiner(tokens, words):
        words.pop(0)
    return words


def _with_pronoun_named(text: str, said: str, first: int, tokens: list[_Token], mentions) -> str:
    """``said`` opening at token ``first`` with the name its opening pronoun or relative stands
    for ("Apple said that it had sold …": "Apple had sold …"); as it was if none is found. The
    source of an attribution stands for no one after it ("Selon son avocat, Paul Morel, son état
    s'est aggravé et il a …": not Paul Morel)."""
    word = tokens[first].word
    cut = tokens[first].end - tokens[first].start
    if word in function_words().pronouns:
        named = [
            m for m in _sure_names(mentions, tokens, 0, tokens[first].start)
            if m.surface[:1].isupper() and not named_as_source(text, m.start, m.end, tokens[0].start)
        ]
        if word in function_words().person_pronouns:
            named = [m for m in named if m.kind == "person"]
        return named[-1].surface + said[cut:] if named else said
    if word in ("qui", "who"):
        # "…, Paul Morel, le ministre, qui a déclaré …": the person the relative clause is of
        person = _person_before_relative(first, tokens, mentions)
        return person.surface + said[cut:] if person is not None else said
    return said


def _clause_headline(text, tokens, clause: range, left_out: set[int], dated, sentence_start: int = 0) -> str:
    """The words of the clause less those left out and its leading words ("that sales were
    strong": what was said, without "that"); the sentence's from token ``sentence_start`` if
    fewer than four are left."""
    words = _without_connectives(tokens, [k for k in clause if k not in left_out])
    noise = function_words().leading_noise
    while len(words) > _HEADLINE_MIN_WORDS and tokens[words[0]].word in noise:
        words.pop(0)
    headline = _span_text(text, tokens, words)
    if _words(headline) < _HEADLINE_MIN_WORDS:
        return _sentence_headline(text, tokens, list(dated), sentence_start)
    return headline


def _has_words(tokens: list[_Token], lo: int, hi: int, count: int) -> bool:
    """Whether ``count`` of the tokens lo:hi are words (all letters), counted up to ``count``
    only (a long clause is not read to its end)."""
    for t in tokens[lo:hi]:
        if t.word.isalpha():
            count -= 1
            if count == 0:
                return True
    return count <= 0


def _in_order(tokens: _Tokens, indices: set[int]) -> list[int]:
    """``sorted(indices)``, kept with the sentence's tokens for the last set asked for (each
    predicate's headline asks for its sentence's date words)."""
    last = tokens.memo.get("in_order") if isinstance(tokens, _Tokens) else None
    if last is not None and last[0] == indices:
        return last[1]
    in_order = sorted(indices)
    if isinstance(tokens, _Tokens):
        tokens.memo["in_order"] = (frozenset(indices), in_order)
    return in_order


def _set_off_dates(tokens: _Tokens, spans) -> list[tuple[int, int]]:
    """The date phrases among ``spans`` a headline can do without: those opened by a
    preposition or set off by punctuation ("les 16 et 17 juin", "on May 4"), not the object
    of a verb ("the quarter which ended December 30"). (Kept with the sentence's tokens for the
    last spans asked for: each predicate's headline asks for its sentence's.)"""
    last = tokens.memo.get("set_off") if isinstance(tokens, _Tokens) else None
    if last is not None and last[0] == tuple(spans):
        return list(last[1])
    kept = _read_set_off_dates(tokens, spans)
    if isinstance(tokens, _Tokens):
        tokens.memo["set_off"] = (tuple(spans), tuple(kept))
    return kept


def _read_set_off_dates(tokens: _Tokens, spans) -> list[tuple[int, int]]:
    words = function_words()
    starts = tokens.starts
    kept = []
    for span in spans:
        first = bisect_left(starts, span[0])
        before = tokens[first - 1].word if 0 < first <= len(tokens) else ""
        if not before.isalpha() or before in words.date_prepositions or before in words.date_preposition_words or before in _DATE_JOINERS:
            kept.append(span)
    return kept


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
_BEFORE_PLURAL_NOUNS = word_set("before_plural_nouns")


def _plural_determiner(tokens: list[_Token], words: list[int]) -> bool:
    return tokens[words[0]].word == "de" and len(words) > 1 and tokens[words[1]].word in _BEFORE_PLURAL_NOUNS


def _headline_stop(p: _Predicate, tokens: list[_Token], end: int = -1) -> int:
    """Where a headline stops: at a circumstance opening after the trigger in its clause ("a
    rencontré X malgré l'absence de …", "met Y while …"), else at the clause's end (``end``
    when given)."""
    end = end if end >= 0 else p.clause[1]
    stops = _headline_stop_phrases()
    for k in range(p.after, end):
        phrases = stops.get(tokens[k].word)
        if phrases and any(_phrase_here(tokens, k, phrase) for phrase in phrases):
            return k
    return end


@lru_cache(maxsize=1)
def _headline_stop_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The headline stops and the circumstance openers by first word: one lookup a word."""
    stops, openers = function_words().headline_stops, _circumstance_openers()
    return {word: (*stops.get(word, ()), *openers.get(word, ())) for word in {*stops, *openers}}


def _object_end(p: _Predicate, around: _Neighbours, tokens: list[_Token]) -> int:
    """Where a verb's headline ends when its clause was cut right before an event noun it acts
    on ("Washington reproche à la Russie | des cyberattaques en série"): after that noun's
    phrase, up to the next punctuation (-1: the clause's end). (``around``: the sentence's
    predicates, indexed once: a scan of them all for each verb was quadratic in a long sentence.)"""
    if p.noun:
        return -1
    q = around.first_starting_from(p.head + 1)
    if q is None or not q.noun or q.verbal or q.clause[0] != p.clause[1] or q.clause[0] != q.first:
        return -1
    return next((k for k in range(q.after, q.clause[1]) if tokens[k].word in _CLAUSE_PUNCTUATION or tokens[k].word in ".;!?"), q.clause[1])


def _without_connectives(tokens: list[_Token], indices: list[int]) -> list[int]:
    """``indices`` less the links to the sentences around ("cependant", "pour sa part",
    "however") and the commas setting them off: a headline stands alone."""
    by_first = function_words().connectives
    if by_first.keys().isdisjoint([tokens[k].word for k in indices]):  # (a list: no generator to step)
        return indices
    kept = set(indices)
    for k in indices:
        phrases = by_first.get(tokens[k].word)
        if not phrases:  # (most words open no connective)
            continue
        phrase = next((c for c in phrases if _phrase_here(tokens, k, c)), None)
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
    # (most words are all letters: str.isalpha counts them without a loop in Python; the others
    # are read one by one)
    words = text.split()
    letters = sum(map(str.isalpha, words))
    if letters < len(words):
        letters += sum(1 for w in words if not w.isalpha() and any(map(str.isalpha, w)))
    return letters


_HEADLINE_MIN_WORDS = 4


def _sentence_headline(text, tokens: _Tokens, dates: list[tuple[int, int]], start: int = 0) -> str:
    """The sentence's words from token ``start`` less its date phrase (and the preposition before it)."""
    if not tokens:
        return ""
    return _sentence_headline_of(_SentenceTokens(text, tokens[0].start, tokens[-1].end, tokens), tuple(dates), start)


@dataclass(frozen=True)
class _SentenceTokens:
    """A sentence's tokens, known by its text and where it starts and ends (its tokens are the
    tokenizer's for that span): a key for what is made of the whole sentence."""

    text: str
    start: int
    end: int
    tokens: _Tokens = field(compare=False)


# (made once per sentence and dates: each predicate of a long sentence of short clauses may ask
# for it, and it reads the whole sentence; the key's text hashes once, then answers at once)
@lru_cache(maxsize=1)
def _sentence_headline_of(sentence: _SentenceTokens, dates: tuple[tuple[int, int], ...], start: int) -> str:
    text, tokens = sentence.text, sentence.tokens
    words = [k for k in _undated_tokens(text, tokens, list(dates)) if k >= start]
    return _span_text(text, tokens, _without_orphan_opener(tokens, words))


def _without_orphan_opener(tokens: list[_Token], indices: list[int]) -> list[int]:
    """``indices`` less a word its date phrase was cut from before a comma: "Fondée en 1990, la
    société …" would read "Fondée, la société …"; it reads "la société …"."""
    if len(indices) > 3 and tokens[indices[1]].word == "," and indices[1] > indices[0] + 1:
        return indices[2:]
    return indices


_DATE_WORDS_KEPT = 8  # sets of date phrases whose tokens a sentence keeps (see _Tokens.memo)


def _date_tokens(text, tokens: _Tokens, dates: list[tuple[int, int]]) -> set[int]:
    """The tokens of date phrases and of the prepositions opening them: "In 2004, …" reads
    "…" once the date has its own column. (Kept with the sentence's tokens: each predicate's
    headline asks for those of all its dates, a scan of them all for each predicate.)"""
    kept = tokens.memo.setdefault("date_tokens", {}) if isinstance(tokens, _Tokens) else None
    key = tuple(dates)
    if kept is not None and key in kept:
        return set(kept[key])
    skip = _read_date_tokens(tokens, dates)
    if kept is not None:
        if len(kept) >= _DATE_WORDS_KEPT:
            kept.clear()
        kept[key] = frozenset(skip)
    return skip


def _read_date_tokens(tokens: _Tokens, dates: list[tuple[int, int]]) -> set[int]:
    words = function_words()
    skip: set[int] = set()
    starts = tokens.starts  # (made once per sentence: a sentence of many dates stays linear)
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


_DATE_JOINERS = word_set("date_joiners")


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
_AFTER_NO_NAME = word_set("after_no_name")


def _sure_names(mentions: list[Mention], tokens: _Tokens, start: int, end: int) -> list[Mention]:
    """The mentions between the characters ``start`` and ``end`` less one unknown word opening
    its sentence whose capital is the sentence's: the word after it ("que", "de", a number)
    shows it names no one ("Apple said" stays)."""
    # (the range first: few mentions are in it, and only those are looked up among the tokens)
    return [m for m in mentions if start <= m.start and m.end <= end and not _opens_as_no_name(m, tokens)]


def _opens_as_no_name(m: Mention, tokens: _Tokens) -> bool:
    if m.kind != "unknown" or " " in m.surface:
        return False
    starts = tokens.starts
    k = bisect_left(starts, m.start)
    if k + 1 >= len(tokens) or starts[k] != m.start:
        return False  # (a name starting inside a token, or on the sentence's last one)
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
    # (a run of neighbours is one slice of the text; runs are joined by a space)
    runs: list[str] = []
    rest = iter(indices)
    first = previous = next(rest, None)
    if first is None:
        return ""
    for k in rest:
        if k != previous + 1:
            runs.append(text[tokens[first].start : tokens[previous].end])
            first = k
        previous = k
    runs.append(text[tokens[first].start : tokens[previous].end])
    return " ".join(" ".join(runs).split())


_QUOTE_MARKS = '"«»“”'
_QUOTE_MARK = re.compile(f"[{_QUOTE_MARKS}]")  # one of them (a search, not a loop over characters)
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
    headline = " ".join(headline.split()).replace(" ,", ",")
    if headline.count(",") + headline.count(";") + headline.count(":") > 1:  # (two marks, or nothing to join)
        headline = _REPEATED_PUNCTUATION.sub(r"\1", headline)
    headline = headline.strip(" ,;:.-–—'")
    if _HAS_BRACKET.search(headline):  # (most headlines have none, and this scan is slow)
        headline = _SPACE_IN_BRACKETS.sub("", headline)  # "(- 33 % )", "( l'État)": what a cut word left
    dateline = _DATELINE.match(headline) if _has_dash(headline) else None  # (a dateline ends on a dash)
    if dateline:
        headline = headline[dateline.end() :]  # "Québec - Le Forum …": where it was written
    headline = _without_dangling_end(_without_open_brackets(headline))
    if len(headline) <= _HEADLINE_MAX:
        return headline
    cut = headline.rfind(" ", 0, _HEADLINE_MAX - 1)
    return headline[: cut if cut > 20 else _HEADLINE_MAX - 1].rstrip(" ,;:") + "…"


def _has_dash(headline: str) -> bool:
    return "-" in headline or "–" in headline or "—" in headline


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


_CHAIN_AUXILIARIES = frozenset({"ete", "been", "was", "were", "has", "have", "had"})  # (folded: "été" is "ete")


def _shared_subject_headline(text, tokens, p: _Predicate, dated) -> str:
    """The headline of a clause with no subject of its own ("… a démissionné puis annoncé sa
    candidature", "… cut 500 jobs and sold its plant"): the subject and auxiliaries of the verb
    before, then its own clause from its trigger on ("Le ministre a annoncé sa candidature");
    empty when the verb before has no subject written."""
    lo, verb = p.shared or (0, 0)
    skip = _date_tokens(text, tokens, dated)
    subject = [k for k in range(lo, verb) if k not in skip]
    while subject and tokens[subject[0]].word in _CLAUSE_PUNCTUATION:
        subject.pop(0)  # (", la police a arrêté …": the comma before its subject)
    if not subject:
        return ""
    # (a French participle with no auxiliary of its own takes those of the verb before: "ont
    # été arrêtés puis inculpés"; a verb with its own, or an English past, none)
    chain = verb
    while tokens[p.head].acute and p.first == p.head and chain < p.head and (tokens[chain].word in _FR_COMPOUND_AUXILIARIES or tokens[chain].word in _CHAIN_AUXILIARIES):
        chain += 1
    if chain == verb and not tokens[p.head].acute and verb < p.head and tokens[verb].word in _CHAIN_AUXILIARIES:
        return ""  # ("The phone was announced and released": English says not which voice)
    own = [k for k in range(p.first, p.clause[1]) if k not in skip]
    return _shorten(_span_text(text, tokens, [*subject, *range(verb, chain), *own]))


_OPENING_SUBJECT_WORDS = 6  # words of the main clause's subject named with an opening participle


def _opening_participle_headline(text, tokens, p: _Predicate, main: _Predicate, dated) -> str:
    """The headline of a participle opening its sentence, set off by a comma from the main
    clause ("Élu en 2007, le maire a démissionné en 2012"): the main clause's subject, then the
    participle's own words ("le maire Élu" reads "le maire élu"); empty when the subject is
    not a few words before the main verb."""
    comma = p.clause[1]
    if comma >= len(tokens) or tokens[comma].word != "," or main.clause[0] != comma:
        return ""
    subject = list(range(comma + 1, main.first))
    if not subject or len(subject) > _OPENING_SUBJECT_WORDS or any(tokens[k].word in _CLAUSE_PUNCTUATION for k in subject):
        return ""
    skip = _date_tokens(text, tokens, dated)
    own = [k for k in range(p.head, comma) if k not in skip]
    said = _span_text(text, tokens, own)
    return _shorten(_span_text(text, tokens, subject) + " " + said[:1].lower() + said[1:])
