"""Announced plans: an event noun a verb of announcing or demanding acts on is a plan or a
wish, not a happening; its announcement is (and a date after the plan may date it)."""

from __future__ import annotations

from tui.extract.happenings.clauses import _BOUNDARY_WORDS
from tui.extract.happenings.predicates import _Neighbours, _Predicate
from tui.extract.happenings.tokens import _CLAUSE_PUNCTUATION, _OF, _SPEECH_OPENERS, _Token
from tui.extract.lexicon import function_words, kind_rules


def _without_announced_plans(predicates: list[_Predicate], tokens: list[_Token], timexes) -> list[_Predicate]:
    """Less the plans a verb of announcing acts on ("a annoncé des baisses d'impôt": the plan is
    no happening, its announcement is), the verb's clause going on over the plan's words; a
    past date after the plan dates the announcement."""
    verbs = _verbs(predicates)
    _date_the_announcement(predicates, verbs, tokens, timexes)
    plans = [q for q in predicates if _announced_plan(q, verbs, tokens)]
    for q in plans:
        verb = verbs.last_ending_by(q.head)
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


def _verbs(predicates: list[_Predicate]) -> _Neighbours:
    """A sentence's verbs, indexed once: the verb before each noun was found by a scan of every
    predicate, quadratic in a long sentence of nouns ("le sommet, le sommet, …")."""
    return _Neighbours([p for p in predicates if not p.noun])


def _announced_plan(q: _Predicate, verbs: _Neighbours, tokens: list[_Token]) -> bool:
    """Whether ``q`` is an undated event noun that a verb of announcing or demanding, just
    before it, acts on ("a annoncé des baisses d'impôt", "promised a referendum", "called for a
    ceasefire"): a plan or a wish, not a happening."""
    return q.timex < 0 and _announcing_verb(q, verbs, tokens) is not None


def _announcing_verb(q: _Predicate, verbs: _Neighbours, tokens: list[_Token]) -> _Predicate | None:
    """The verb of announcing, demanding or charging that acts on the event noun ``q`` right
    after it (``verbs``: the sentence's, see :func:`_verbs`)."""
    if not q.noun or q.support or q.refers_back or q.participle:
        return None
    if q.head > 0 and tokens[q.head - 1].word in function_words().possessives:
        return None  # "a annoncé sa démission": the speaker's own act (``_own_act_announced``)
    verb = verbs.last_ending_by(q.head)
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


def _date_the_announcement(predicates: list[_Predicate], verbs: _Neighbours, tokens: list[_Token], timexes) -> None:
    """A past date after the plan an undated verb of announcing or demanding acts on dates the
    announcement ("called for a ceasefire on Monday", "a annoncé des hausses d'impôt mardi"):
    the plan is then no happening (a date in the future stays the plan's, which did not happen)."""
    for q in predicates:
        if q.timex < 0 or not q.realis or timexes[q.timex].start < tokens[q.head].end:
            continue
        verb = _announcing_verb(q, verbs, tokens)
        if verb is not None and verb.timex < 0:
            verb.timex, q.timex = q.timex, -1


# Words between a verb of announcing and the noun of the plan. (4 was written here once, but a
# later definition of the same name, 3, was the one read.)
_ANNOUNCED_REACH = 3
