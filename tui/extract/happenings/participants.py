"""Where a happening's participants are named (its scope), and who says what: the speaker
of a statement, a reporter, a generic or an attributed speaker."""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property, lru_cache

from tui.extract.data import load
from tui.extract.happenings.clauses import _clause_end
from tui.extract.happenings.predicates import _SUBJECT_REACH, _Neighbours, _Predicate, _index_of
from tui.extract.happenings.tokens import (
    _CLAUSE_PUNCTUATION, _COMPLEMENTIZERS, _COORDINATORS, _OF, _Token, _has, _phrase_here, _word,
)
from tui.extract.happenings.words import word_set
from tui.extract.lexicon import function_words, phrases_by_first
from tui.extract.model import ActorKind, Mention
from tui.util.text import fold


def _speaker_statement(reports: list[_Predicate], tokens: list[_Token], roles, mentions: list[Mention]) -> _Predicate | None:
    """In a sentence telling nothing else, the reporting predicate that is its speaker's
    statement: someone (not a medium, not nobody in particular) saying it, or words attributed
    to someone named ("Selon Paul Martin, la langue est une exigence"). Of two, the first naming
    a person who speaks ("…, indique une étude, a annoncé Paul Morel": his statement, not the
    study's), else one naming who speaks, else the first."""
    saying = [
        p for p in reports
        if (p.kind or _attributed(p, tokens, mentions)) and p.realis and not _by_reporter(p, tokens, roles, False)
        and not _generic_speaker(p, tokens, mentions, roles)
    ]
    speaker = min(saying, key=lambda p: _speaker_rank(p, tokens, mentions), default=None)  # (the first of a rank)
    if speaker is not None and not speaker.kind:
        speaker.kind = "statement"
    return speaker


def _speaker_rank(p: _Predicate, tokens: list[_Token], mentions: list[Mention]) -> int:
    """0 when a reporting clause names a person (or a name the gazetteer does not know, a
    person more often than not), 1 when it names another who may speak ("… effectuée en Russie,
    indique …" may not be Russia speaking), 2 when it names no one."""
    named = {m.kind for m in _named_in_clause(p, tokens, mentions)}
    return 0 if named & _PERSON_LIKE else 1 if named & _SPEAKER_KINDS else 2


_PERSON_LIKE = frozenset({ActorKind.PERSON, ActorKind.UNKNOWN})


def _named_in_clause(p: _Predicate, tokens: list[_Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions inside the clause of ``p``."""
    lo, hi = tokens[p.clause[0]].start, tokens[p.clause[1] - 1].end
    return [m for m in mentions if lo <= m.start and m.end <= hi]


def _speakers_after_semicolon(speaker, reports: list[_Predicate], tokens: list[_Token], roles, mentions: list[Mention]) -> list[_Predicate]:
    """The named speakers whose verb of saying stands after a semicolon following ``speaker``'s:
    each said their own thing."""
    if speaker is None:
        return []
    out = []
    # the semicolons' indexes, found once: scanning the tokens for each report was quadratic
    semicolons = [i for i, t in enumerate(tokens) if t.word == ";"]
    for q in reports:
        if q.head <= speaker.head or not q.realis or _by_reporter(q, tokens, roles) or not _names_speaker(q, tokens, mentions):
            continue
        if _has_index_between(semicolons, speaker.head, q.head) and not _has_index_between(semicolons, q.clause[0], q.head) or q.clause[0] > 0 and tokens[q.clause[0] - 1].word == ";":
            q.kind = q.kind or "statement"
            out.append(q)
    return out


def _has_index_between(indexes: list[int], lo: int, hi: int) -> bool:
    """Whether the sorted ``indexes`` hold one in ``lo`` ≤ i < ``hi``."""
    at = bisect_left(indexes, lo)
    return at < len(indexes) and indexes[at] < hi


_SPEAKER_KINDS = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.UNKNOWN})


def _names_speaker(p: _Predicate, tokens, mentions: list[Mention]) -> bool:
    """Whether the reporting clause names who speaks: a person, an organisation or a country,
    or "il", "elle", "he", "she" standing for one."""
    if any(m.kind in _SPEAKER_KINDS for m in _named_in_clause(p, tokens, mentions)):
        return True
    lo = tokens[p.clause[0]].start
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


# Before a reporter word, these make it where or how it was said ("a précisé en conférence de
# presse", "said in a statement"), not who reported it ("selon l'agence", "said the agency").
_CIRCUMSTANCE = word_set("circumstance")


def _by_reporter(p: _Predicate, tokens, roles, medium_is_reporter: bool = True) -> bool:
    """Whether a reporter word stands in the reporting clause: "ont rapporté les agences". With
    ``medium_is_reporter`` false, not one saying where or how it was said: "Il a précisé en
    conférence de presse : « ... »" is his statement when the sentence tells nothing else."""
    lo, hi = p.clause
    return any(
        "reporters" in roles[k] and (medium_is_reporter or not _circumstance(k, tokens)) for k in range(max(0, lo), min(hi, len(roles)))
    )


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


def _scope(p, predicates, reports, tokens, mentions, text="", roles=(), index: _Told | None = None) -> tuple[tuple[int, int], ...]:
    """Where the happening's participants are named (see :func:`_clause_scope`), and for an
    event noun told as what someone announced, the announcer (see :func:`_announcer`)."""
    spans = _clause_scope(p, predicates, reports, tokens, mentions, text, roles, index)
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

# Words between a verb of saying and what it announces ("a annoncé mardi la …").
_ANNOUNCED_REACH = 3


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


def _clause_scope(p, predicates, reports, tokens, mentions, text="", roles=(), index: _Told | None = None) -> tuple[tuple[int, int], ...]:
    """Where the happening's participants are named: its clause, with the subject its clause
    was cut from ("After the case closed Apple CEO Tim Cook extended an invitation"), and the
    subject of the clause a participle or gerund hangs on ("l'Ukraine a accepté …, appelant
    Moscou à …"); where that names nobody, the nearest clause before it naming someone that
    tells what happened, else every such clause of the sentence (``index``: the sentence's
    predicates indexed, see :class:`_Told`)."""
    lo, hi = tokens[_subject_start(p, tokens, mentions, text, roles)].start, _clause_end(p, tokens)
    # (the name a relative subject stands for: before the clause, its subject; inside, where it starts)
    antecedent = _relative_antecedent(p, tokens, mentions)
    before_clause = antecedent if antecedent and antecedent[0] < lo else None
    lo = max(lo, antecedent[0]) if antecedent else lo
    main = (
        before_clause
        or _main_subject(p, predicates, reports, tokens, mentions, text, roles)
        or _subject_before_aside(p, tokens, mentions, text)
        or _subject_of_main_clause(p, predicates, tokens, mentions)
        or _subject_of_coordinated(p, predicates, reports, tokens, mentions, text, roles)
    )
    if main is None and p.shared is not None:
        main = (tokens[p.shared[0]].start, tokens[p.shared[1] - 1].end)
    spans = ((main, (lo, hi)) if main else ((lo, hi),))
    if any(a <= m.start and m.end <= b for a, b in spans for m in mentions):
        return spans
    # ("Paul Morel, obligé de rentrer au port avant le départ, …": told of the aside's subject)
    subject = _participial_aside_subject(p.clause[0], tokens, mentions, text) if text else None
    if subject is not None:
        return (subject, (lo, hi))
    # (a sentence of thousands of clauses is read around the predicate only: every one of them
    # for each predicate was quadratic, and no sentence of news has this many)
    index = index if index is not None else _Told(predicates, reports)
    told = index.around(p, _FALLBACK_REACH)
    at = _index_of(p, told)
    for q in reversed(told[:at]):
        a, b = tokens[q.clause[0]].start, _clause_end(q, tokens)
        if any(a <= m.start and m.end <= b for m in mentions):
            return ((a, b), (lo, hi))
    # "In a press conference on Friday, Jobs said …": a phrase opening the sentence names
    # no one; the subject of the clause it opens does.
    later = index.neighbours.first_starting_from(p.head + 1) if p.clause[0] == 0 else None
    if later is not None and later.clause[0] < later.first:
        a, b = tokens[later.clause[0]].start, tokens[later.first].start
        if any(a <= m.start and m.end <= b for m in mentions):
            return ((a, b), (lo, hi))
    spans = tuple((tokens[q.clause[0]].start, _clause_end(q, tokens)) for q in told)
    return spans if spans else ((lo, hi),)


_SUBJECT_RELATIVES = word_set("subject_relatives")


def _relative_antecedent(p, tokens, mentions) -> tuple[int, int] | None:
    """The name a relative pronoun subject of the verb stands for, right before it (a comma
    between or not): who acts ("…, malgré les réserves de Paul Morel qui souhaiterait un
    représentant de la Ligue Tarvix qui a remporté les élections", "the Tarvix League, which won
    the elections": the league won, not Paul Morel). Who is named before it in the verb's clause
    does not take part."""
    k = p.first - 1
    if p.noun or k < 1 or k < p.clause[0] or tokens[k].word not in _SUBJECT_RELATIVES:
        return None
    before = tokens[k - 2] if tokens[k - 1].word == "," and k >= 2 else tokens[k - 1]
    named = next((m for m in mentions if m.end == before.end), None)
    return (named.start, named.end) if named else None


_FALLBACK_REACH = 16  # told clauses on each side of a predicate naming no one, read for its participants
_SUBJECT_ASIDE_REACH = 12  # words of an aside between a subject and its verb ("Paul Morel, 49, a …")
_ASIDE_RELATIVES = word_set("aside_relatives")


class _Told:
    """A sentence's predicates as :func:`_clause_scope` reads them around one, indexed once (when
    first asked): the told ones (what happened: not reporting, realis), where each stands, those
    of each head, the neighbours of each (also the headlines': ``_object_end``). A scan of them
    all for each predicate was quadratic in a long sentence ("le sommet, le sommet, …")."""

    def __init__(self, predicates: list[_Predicate], reports: list[_Predicate]) -> None:
        self.predicates, self.reports = predicates, reports

    @cached_property
    def told(self) -> list[int]:
        # (not the clauses of what did not happen: "a signé un accord et rencontrera X jeudi")
        report_ids = {id(q) for q in self.reports}  # (by identity: see _tell)
        return [k for k, q in enumerate(self.predicates) if id(q) not in report_ids and q.realis]

    @cached_property
    def is_told(self) -> set[int]:
        return set(self.told)

    @cached_property
    def places(self) -> dict[int, list[int]]:
        """Where each predicate stands in the sentence's list, by identity."""
        places: dict[int, list[int]] = {}
        for k, q in enumerate(self.predicates):
            places.setdefault(id(q), []).append(k)
        return places

    @cached_property
    def of_head(self) -> dict[int, list[int]]:
        heads: dict[int, list[int]] = {}
        for k, q in enumerate(self.predicates):
            heads.setdefault(q.head, []).append(k)
        return heads

    @cached_property
    def neighbours(self) -> _Neighbours:
        return _Neighbours(self.predicates)

    def around(self, p: _Predicate, reach: int) -> list[_Predicate]:
        """The told predicates and ``p``, in the sentence's order, ``reach`` on each side of
        ``p`` (of the first equal to it, as ``list.index`` finds it: see :func:`_index_of`)."""
        places = self.places[id(p)]
        first = next(k for k in self.of_head[p.head] if k == places[0] or k in self.is_told and self.predicates[k] == p)
        start = bisect_left(self.told, first)
        near = sorted({*self.told[max(0, start - reach) : start + reach + 1], *places, first})
        at = near.index(first)
        return [self.predicates[k] for k in near[max(0, at - reach) : at + reach + 1]]


def _subject_before_aside(p, tokens, mentions, text) -> tuple[int, int] | None:
    """A verb whose clause opens on the comma closing an aside, naming no one before the verb
    ("… that Papermaster, 49, had left", "le ministre, Paul Morel, a ajouté", "Paul Morel, qui
    avait rencontré X, a signé"): its subject is the name right before the aside, or the one
    the aside gives (not one named in a relative clause: that is its own happening's)."""
    k = p.clause[0]
    # (not a verb of saying set off after what was said: "…, a annoncé X" names its sayer after
    # it; but "le ministre, Paul Morel, a ajouté : « … »" says it after the verb)
    if p.noun or p.reporting and not _says_after(p, tokens) or not text or p.first != k + 1 or tokens[k].word != ",":
        return None
    opening = next((j for j in range(k - 2, max(-1, k - 2 - _SUBJECT_ASIDE_REACH), -1) if tokens[j].word in _CLAUSE_PUNCTUATION), -1)
    if opening < 0 or tokens[opening].word != ",":
        return _participial_aside_subject(k, tokens, mentions, text)
    aside_start, aside_end = tokens[opening].start, tokens[k].start
    before = [m for m in mentions if m.end <= aside_start and not text[m.end : aside_start].strip()]
    if tokens[opening + 1].word in _ASIDE_RELATIVES:
        return (before[0].start, before[0].end) if before else None
    named = before + [m for m in mentions if aside_start <= m.start and m.end <= aside_end]
    return (named[0].start, aside_end) if named else _participial_aside_subject(k, tokens, mentions, text)


_PARTICIPIAL_ASIDE_REACH = 40  # words back from a verb to the comma opening a participial aside
# (as written: folded, "obligé" would end like "une")
_ASIDE_PARTICIPLE_ENDINGS = tuple(str(e) for e in load("happening_words.yaml")["aside_participle_endings"])


def _participial_aside_subject(k: int, tokens, mentions, text: str) -> tuple[int, int] | None:
    """The name before a long aside opening on a past participle, in which token ``k`` stands
    or which it closes, no colon, semicolon or sentence end between ("Paul Morel, reconnu
    coupable de … et accusé de …, a été condamné", "Paul Morel, obligé de rentrer …, a pu
    partir"): the subject of what the aside tells and of the verb after it."""
    for j in range(k - 1, max(0, k - _PARTICIPIAL_ASIDE_REACH), -1):
        word = tokens[j].word
        if word in _SENTENCE_BREAKS:
            return None
        if word != "," or j + 1 >= k or not _a_participle(text[tokens[j + 1].start : tokens[j + 1].end]):
            continue
        named = next((m for m in mentions if m.end == tokens[j - 1].end), None)
        if named is not None:
            return (named.start, named.end)
    return None


_SENTENCE_BREAKS = frozenset({";", ":", ".", "!", "?"})
_NOT_ASIDE_PARTICIPLES = word_set("not_aside_participles")


def _a_participle(word: str) -> bool:
    """Whether a word may be a past participle opening an aside (by its ending: see
    data/happening_words.yaml ``aside_participle_endings``)."""
    return (
        word.isalpha() and word.islower() and word.endswith(_ASIDE_PARTICIPLE_ENDINGS) and fold(word) not in _NOT_ASIDE_PARTICIPLES
        and (len(word) > 3 or word.endswith(("é", "u")))
    )


_SAID_OPENERS = frozenset({":", "«", "“", '"'})


def _says_after(p, tokens) -> bool:
    """Whether what a verb of saying says follows it (a colon, a quotation mark, "que",
    "that"): its sayer is not named after it."""
    return p.after < len(tokens) and (tokens[p.after].word in _SAID_OPENERS or tokens[p.after].word in _COMPLEMENTIZERS)


# Opening a sentence, they make a verb non-finite, its subject the main clause's: "Après avoir
# rencontré X, Y a signé", "Avant de partir, …", "After meeting X, Y said".
_NON_FINITE_FR = word_set("non_finite_fr")
_INFINITIVE_OPENERS_FR = word_set("infinitive_openers_fr")
_GERUND_OPENERS_EN = word_set("gerund_openers_en")


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
    while k > max(0, first - _SUBJECT_REACH) and (text[tokens[k - 1].start].isupper() or mentions.cover(tokens[k - 1])):
        k -= 1
    return k if k < first and any(tokens[k].start <= m.start and m.end <= tokens[first].start for m in mentions) else first


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
