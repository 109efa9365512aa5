"""Clauses: each predicate's stretch of sentence, cut at punctuation, at the words opening a
clause (", and", "after", "although") and at a second thing told under one verb."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from tui.extract.happenings.predicates import _Predicate
from tui.extract.happenings.tokens import (
    _CLAUSE_PUNCTUATION, _COORDINATORS, _FR_COMPOUND_AUXILIARIES, _FR_PARTICIPLE, _SPEECH_OPENERS, _Token, _has, _inside, _phrase_here,
)
from tui.extract.happenings.words import phrase_list, word_set
from tui.extract.lexicon import function_words, launches, time_openers


_CLAUSE_REACH = 24  # words of a cut-off clause shown before its date


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
        # (the word tested here first: most words are no semicolon, and a call per word costs)
        end = next((k for k in range(predicate.after, end - 1) if tokens[k].word == ";" and _ends_clause(tokens, k, date_spans)), end)
        # (a verb's clause starts after a semicolon before it; an event noun's may be told of
        # what came before: "…; il est rentré au port avant même le départ")
        start = starts[n] if predicate.noun else _after_semicolon(tokens, starts[n], predicate.first, date_spans)
        predicate.clause = (start, end)
        if n == 0 and not predicate.noun:
            _cut_relative_aside(predicate, tokens, roles)


_ASIDE_RELATIVES = frozenset({"qui", "who"})
_BARE_ETRE = frozenset({"est", "sont", "etait", "etaient"})  # (folded)


def _cut_relative_aside(p: _Predicate, tokens: list[_Token], roles) -> None:
    """A relative clause with a verb told as done between the subject and the verb, closed by
    a comma ("L'envoyé spécial, qui s'est rendu hier à Belgrade, s'est déclaré satisfait"),
    tells a happening of its own: the verb's clause starts at that comma and shares the
    subject before the relative pronoun (its date is the relative clause's, see dates.py)."""
    lo = p.clause[0]
    comma = p.first - 1
    if comma <= lo or tokens[comma].word != ",":
        return
    k = next((k for k in range(lo + 1, min(comma, lo + 2 + _APPOSED_SUBJECT_WORDS)) if tokens[k].word in _ASIDE_RELATIVES), -1)
    if k < 0 or any(tokens[j].word in _CLAUSE_PUNCTUATION for j in (*range(lo, k - 1), *range(k, comma))):
        return  # (a subject of a few words, no punctuation but the comma before "qui")
    lang = "en" if tokens[k].word == "who" else "fr"
    # (told as done: "qui a rencontré", "qui s'est rendu"; not "qui est de protéger", a state,
    # nor a passive describing its noun: "La banque, qui a été fondée en 1976, a vendu …")
    if any(tokens[j].word in ("ete", "was", "were", "been") for j in range(k + 1, comma)):
        return
    if not any(_verb_at(tokens, roles, j, lang) and tokens[j].word not in _BARE_ETRE for j in range(k + 1, min(comma, k + 1 + _VERB_REACH))):
        return
    subject_end = k - 1 if tokens[k - 1].word == "," else k
    p.clause, p.shared, p.shares_subject = (comma, p.clause[1]), (lo, subject_end), True


def _after_semicolon(tokens: list[_Token], start: int, first: int, date_spans) -> int:
    """Where a clause starting at ``start`` starts when a semicolon stands before its
    material: after it. What stands before is a sentence of its own, told by a verb the lexicon
    may not know ("La foire s'est ouverte lundi ; le maire a inauguré le pavillon": the
    inauguration's clause is from "le maire" on)."""
    semicolon = next((k for k in range(first - 1, start - 1, -1) if tokens[k].word == ";" and _ends_clause(tokens, k, date_spans)), None)
    return start if semicolon is None else semicolon + 1


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


# (words are folded: "après" is read "apres"; "à" keeps its accent, see ``_ACCENT_KEPT``)
_EARLIER = phrase_list("earlier")


# Opening a clause of its own after a comma, its subject and verb whatever they are: ", bien
# que la Russie a bloqué …", ", although the court ruled …"
_CONTRASTS = phrase_list("contrasts")
# ", avant de …": what happened next, told as an infinitive (its own happening or none)
_LATER = (("avant", "de"), ("avant", "d"))
# "lorsqu'elle a su que …", "when the board sued him": a clause of its own, its verb told as done
_WHEN = frozenset({"lorsque", "lorsqu", "quand", "when"})
_BOUNDARY_WORDS = _COORDINATORS | {e[0] for e in _EARLIER} | {c[0] for c in _CONTRASTS} | {"as", "avant"} | _WHEN
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
        if word not in _BOUNDARY_WORDS and word not in _SHARING_COORDINATORS:
            continue
        previous = tokens[k - 1].word
        if word in _SHARING_COORDINATORS and word not in _COORDINATORS:
            if previous not in _CLAUSE_PUNCTUATION and k + 1 in heads and _shares_auxiliary(tokens, roles, k, lang):
                found.append((k, k, True))  # "a démissionné puis annoncé"
        elif word in _COORDINATORS:
            if previous == "," and _finite_verb_follows(tokens, roles, k + 1, lang):
                found.append((k - 1, k, _verb_at(tokens, roles, k + 1, lang)))
            elif previous not in _CLAUSE_PUNCTUATION and _opens_verb_phrase(tokens, roles, k + 1, lang) and not _verb_at(tokens, roles, k - 1, lang):
                found.append((k, k, True))
            elif previous not in _CLAUSE_PUNCTUATION and k + 1 in heads and _shares_auxiliary(tokens, roles, k, lang):
                found.append((k, k, True))  # "a démissionné et annoncé sa candidature": the subject of the verb before
            elif previous not in _CLAUSE_PUNCTUATION and _pronoun_and_verb(tokens, roles, k + 1, lang):
                found.append((k, k, False))  # "… s'était détérioré et il avait sombré": a clause with its own subject
        elif word in _WHEN and _finite_verb_follows(tokens, roles, k + 1, lang):
            found.append((k - 1, k, False) if previous == "," else (k, k, False))  # "s'est précipitée dehors lorsqu'elle a su"
        elif word == "avant" and previous == "," and _phrase_at(tokens, k, _LATER):
            found.append((k - 1, k, False))  # "a été hospitalisé dimanche, avant d'être transféré lundi"
        elif word == "as" and previous == "," and _finite_verb_follows(tokens, roles, k + 1, lang):
            found.append((k - 1, k + 1, False))  # ", as the firm began selling films": a clause of its own
        elif previous == "," and _phrase_at(tokens, k, _CONTRASTS):
            found.append((k - 1, k + _phrase_at(tokens, k, _CONTRASTS), False))
        elif previous not in _CLAUSE_PUNCTUATION and (_phrase_at(tokens, k, _CONTRASTS) > 1 or word in ("whereas", "although")):
            # "engageaient des travaux tandis que les pompiers s'organisaient": "tandis que",
            # "alors que", "whereas" open a clause of their own, comma or not
            found.append((k, k + _phrase_at(tokens, k, _CONTRASTS), False))
        elif word in ("after", "following", "apres", "à"):
            length = _phrase_at(tokens, k, _EARLIER)
            # (what follows tells a happening: a predicate or a verb before the next
            # punctuation; not "named after a poet"; after a comma, the comma cuts already)
            if length and k + length < n and _tells_something(tokens, roles, k + length, heads, lang):
                goes_on = _earlier_clause_end(tokens, roles, k + length, lang)
                if previous not in _CLAUSE_PUNCTUATION:
                    found.append((k, k + length, False))
                elif previous == "," and not goes_on and not any(j in heads for j in range(k + length, n)):
                    # ("X a été libéré, après avoir payé une caution.": the comma ends the
                    # clause before, even with no predicate of the lexicon after it; not a
                    # quote's: "« …, après l'avoir vu » a indiqué X")
                    found.append((k - 1, k + length, False))
                found.extend(goes_on)
    return sorted(found)


def _clause_around(tokens: list[_Token], roles, lang: str, k: int) -> tuple[int, int]:
    """The token range of the clause holding token ``k`` in a sentence whose verbs the lexicon
    does not know, cut at the clause boundaries (see ``_clause_boundaries``): "Hier soir, les
    services engageaient des travaux tandis que les pompiers s'organisaient" dates the works
    in the clause before "tandis que"."""
    lo, hi = 0, len(tokens)
    # (a semicolon or a colon ends a clause too: "… brûlait : « Je suis passée à midi »")
    stops = [(j, j + 1, False) for j, t in enumerate(tokens) if t.word in (";", ":")]
    for end, start, _subjectless in sorted([*_clause_boundaries(tokens, roles, lang, frozenset()), *stops]):
        if _opens_earlier(tokens, end):
            continue  # ("a dû faire demi-tour après avoir entendu, vers 16h45, deux bangs": one telling)
        if start <= k:
            lo = start
        elif end >= k:
            hi = min(hi, end)
    return lo, hi


def _opens_earlier(tokens: list[_Token], end: int) -> bool:
    """Whether the boundary ending a clause at ``end`` opens an earlier happening ("après", ", after")."""
    at = end + 1 if tokens[end].word == "," and end + 1 < len(tokens) else end
    return any(_phrase_here(tokens, at, e) for e in _EARLIER)


def _earlier_clause_end(tokens: list[_Token], roles, k: int, lang: str) -> list[tuple[int, int, bool]]:
    """Where the earlier happening opened at ``k`` ends: at the next comma, when a verb told as
    done follows it ("X, après avoir heurté un poteau, a pu partir": the main clause goes on)."""
    comma = next((j for j in range(k, min(len(tokens), k + _CLAUSE_REACH)) if tokens[j].word in _CLAUSE_PUNCTUATION), None)
    if comma is None or tokens[comma].word != "," or not _finite_verb_follows(tokens, roles, comma + 1, lang):
        return []
    return [(comma, comma + 1, False)]


_MODALS = word_set("modals")


# Joining two French participles under one auxiliary: "a démissionné puis annoncé sa candidature".
# (not "ou": "ont été tuées ou blessées" tells one toll, not two happenings)
_SHARING_COORDINATORS = frozenset({"et", "puis"})
_SHARING_REACH = 12  # words between the auxiliary and the coordinator ("a signé l'accord de paix avec le pays voisin et")


def _shares_auxiliary(tokens: list[_Token], roles, k: int, lang: str) -> bool:
    """Whether the French participle after the coordinator at ``k`` takes the auxiliary of a
    verb before it in the same stretch of sentence ("ont été arrêtés puis inculpés", "a
    démissionné et annoncé sa candidature"): it is told as done, like the first one, and has
    the same subject."""
    if lang != "fr" or k + 1 >= len(tokens) or not tokens[k + 1].acute:
        return False
    for j in range(k - 1, max(-1, k - 1 - _SHARING_REACH), -1):
        if tokens[j].word in _CLAUSE_PUNCTUATION:
            return False
        if _verb_at(tokens, roles, j, lang) and tokens[j].word not in _BARE_ETRE:
            # (the participle joined is the auxiliary's own, not one describing a noun after
            # it: "a inauguré le pont construit et financé par la région"; "est", "était"
            # alone: "il est âgé et marié" is a state)
            return sum(_may_be_participle(tokens[i]) and tokens[i].word != "ete" for i in range(j + 1, k)) == 1
    return False


def _may_be_participle(token: _Token) -> bool:
    # (not a word in "-i": "lundi", "mardi" are no participles; "construit", "vendu" may be)
    return token.acute or not token.word.endswith("i") and _FR_PARTICIPLE.search(token.word) is not None


def _share_auxiliaries(predicates: list[_Predicate], tokens: list[_Token], roles, lang: str) -> None:
    """A participle right after "et" or "puis" that takes the auxiliary of the verb before
    (see ``_shares_auxiliary``) is a verb told as done, not a participle describing a noun:
    "a démissionné puis annoncé sa candidature" tells two happenings, the second as done as
    the first (negated or not as it is)."""
    for n, p in enumerate(predicates):
        if not p.participle or p.head != p.first or p.head == 0 or tokens[p.head - 1].word not in _SHARING_COORDINATORS:
            continue
        if not _shares_auxiliary(tokens, roles, p.head - 1, lang):
            continue
        verb = next((q for q in reversed(predicates[:n]) if not q.noun), None)
        p.noun, p.participle, p.past = False, False, True
        if verb is not None:
            p.realis, p.pluperfect = verb.realis, verb.pluperfect


def _share_subjects(predicates: list[_Predicate], tokens: list[_Token]) -> None:
    """A verb whose clause opens on "et", "puis", "and" right before it has no subject of its
    own: it shares the subject of the verb before ("Trois suspects ont été arrêtés puis
    inculpés", "The firm cut 500 jobs and sold its plant"): ``shared`` is that subject's words,
    up to the verb before's auxiliaries."""
    verb = None
    for n, p in enumerate(predicates):
        lo = p.clause[0]
        opens = lo + 1 == p.first and (tokens[lo].word in _SHARING_COORDINATORS or tokens[lo].word in _COORDINATORS)
        if opens and not p.noun and p.shared is None and verb is not None and verb.clause[0] < verb.first:
            p.shared, p.shares_subject = (verb.clause[0], verb.first), True
        elif n and not p.noun and p.shared is None and lo + 1 == p.first and tokens[lo].word == ",":
            subject = _subject_before_aside(predicates[n - 1], tokens)
            if subject is not None:
                p.shared, p.shares_subject = subject, True
        if not p.noun:
            verb = p


_APPOSED_SUBJECT_WORDS = 6  # a subject is a few words: "Le président de la région"
_RELATIVE_OPENERS = frozenset({"qui", "who", "which"})


def _subject_before_aside(q: _Predicate, tokens: list[_Token]) -> tuple[int, int] | None:
    """The words before the participle ``q`` set off by commas, when they hold no verb ("Le
    président, élu en 2012, a démissionné", "The deal, signed in May, was ratified"): the
    subject of the verb after the aside (``None``: no such aside)."""
    lo, comma = q.clause[0], q.first - 1
    if comma > lo and tokens[comma].word in _RELATIVE_OPENERS:
        comma -= 1  # ("Le président, qui a été élu en 2012, a démissionné": a relative clause)
    elif q.first != q.head:
        return None  # (a verb with an auxiliary and no relative pronoun is no aside)
    if comma <= lo or tokens[comma].word != "," or comma - lo > _APPOSED_SUBJECT_WORDS:
        return None
    if any(tokens[k].word in _CLAUSE_PUNCTUATION or _verb_at(tokens, (), k, "fr") for k in range(lo, comma)):
        return None
    return lo, comma


def _pronoun_and_verb(tokens: list[_Token], roles, k: int, lang: str) -> bool:
    """Whether a subject pronoun at ``k`` is followed by a verb told as done ("et il avait
    sombré", "and they closed"): after "et", "and", a clause of its own, telling another
    happening with its own subject."""
    return k + 1 < len(tokens) and tokens[k].word in function_words().pronouns and _verb_at(tokens, roles, k + 1, lang)


def _opens_verb_phrase(tokens: list[_Token], roles, k: int, lang: str) -> bool:
    """Whether token ``k`` opens a verb phrase of its own: a verb told as done, or a modal
    ("was shown in March and will replace the old one"): what follows "and" tells another thing."""
    return _verb_at(tokens, roles, k, lang) or k < len(tokens) and tokens[k].word in _MODALS


def _phrase_at(tokens: list[_Token], k: int, phrases) -> int:
    """The length of the first of ``phrases`` written from token ``k`` on (0: none)."""
    for phrase in phrases:
        if _phrase_here(tokens, k, phrase):
            return len(phrase)
    return 0


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
        if j in heads or _verb_at(tokens, roles, j, lang) or tokens[j].word in _PAST_INFINITIVES:
            return True  # ("après avoir été retenus", "after having met": a past infinitive, done)
    return False


_PAST_INFINITIVES = frozenset({"avoir", "etre", "having"})


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
_SECOND_OBJECTS = phrase_list("second_objects")
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


_PRODUCT_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "leurs"})
_PRODUCT_REACH = 12  # words of a product's name after "and the" ("the 2011 version of the company's software suite")


def _second_products(predicates: list[_Predicate], tokens: list[_Token]) -> list[_Predicate]:
    """A verb of launching or selling with two products for objects, joined by "and", "et" and a
    determiner ("released a new line of laptops and the new version of its software",
    "a présenté un téléphone et une tablette"): two launches, the second a telling of its own
    of the same verb, its clause from "and" on; in trigger order. (Not when a verb follows:
    "launched a phone and the shares rose" joins two clauses.)"""
    verbs, products = launches()[:2]
    out: list[_Predicate] = []
    for p in predicates:
        out.append(p)
        if p.noun or p.second >= 0 or not (tokens[p.head].word in verbs or p.kind == "economy"):
            continue
        lo, hi = p.clause
        at = next((k for k in range(p.after + 1, hi - 1) if tokens[k].word in ("and", "et") and tokens[k + 1].word in _PRODUCT_DETERMINERS), -1)
        if at < 0 or tokens[p.after].word not in _PRODUCT_DETERMINERS or any(tokens[k].word in _CLAUSE_PUNCTUATION for k in range(p.after, at)):
            continue
        end = next((k for k in range(at + 1, hi) if tokens[k].word in _CLAUSE_PUNCTUATION), hi)
        second = range(at + 1, min(end, at + 1 + _PRODUCT_REACH))
        if not any(tokens[k].word in products for k in range(p.after, at)) or not any(tokens[k].word in products for k in second):
            continue
        if any(_verb_at(tokens, (), k, "en") for k in second):
            continue
        out.append(replace(p, clause=(at, hi), shared=p.shared or (lo, p.first), second=at + 1))
        p.clause = (lo, at)
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


def _clause_end(predicate: _Predicate, tokens: list[_Token]) -> int:
    return tokens[predicate.clause[1] - 1].end if predicate.clause[1] > 0 else tokens[0].end
