"""What a sentence does not assert happened: questions, conditions, beliefs, aims, goals,
plans, lasting states, general truths; and the tenses that tell something done."""

from __future__ import annotations

import re

from tui.extract.happenings.predicates import _SUBJECT_REACH, _Predicate, _is_adverb
from tui.extract.happenings.tokens import (
    _ARTICLES, _CLAUSE_PUNCTUATION, _COORDINATORS, _FR_COMPOUND_AUXILIARIES, _FR_INFINITIVE, _FR_PARTICIPLE,
    _FR_PRESENT, _INDEFINITE_ONE, _SPEECH_OPENERS, _Token, _phrase_here,
)
from tui.extract.happenings.words import word_set
from tui.extract.lexicon import function_words, kind_rules, someone_words
from tui.extract.model import Mention


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
    _mark_aims(predicates, tokens, words)
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


_INFINITIVE_MARKS_FR = word_set("infinitive_marks_fr")


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


_LASTING_OPENERS = word_set("lasting_openers")
_LASTING_UNITS = word_set("lasting_units")
_PRESENT_AUXILIARIES = word_set("present_auxiliaries")


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


def _mark_aims(predicates: list[_Predicate], tokens: list[_Token], words: list[str]) -> None:
    """An event noun before a verb of aim ("Le sommet vise à élargir le débat", "the forum aims
    to …") tells what the event is for, and one after it up to the next punctuation is its goal:
    neither says anything took place."""
    by_first = function_words().aims
    if by_first.keys().isdisjoint(words):
        return  # (most sentences: no word of theirs opens an aim)
    for k, token in enumerate(tokens):
        if token.word not in by_first or not any(_phrase_here(tokens, k, phrase) for phrase in by_first[token.word]):
            continue
        end = next((j for j in range(k, len(tokens)) if tokens[j].word in ".;:()"), len(tokens))
        for p in predicates:
            subject = p.noun and not p.support and 0 <= k - p.after <= _AIM_REACH and not any(q.head < k and not q.noun for q in predicates if q.head > p.head)
            if subject or p.noun and k < p.head < end:
                p.realis = False


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


def _told_as_done(tokens: list[_Token], lang: str) -> bool:
    """Whether words tell something done: an English past ("was set up", "moved"), a French
    compound or simple past of an auxiliary and its participle ("a été fondée", "fut créé")."""
    if lang != "fr":
        return _english_past(tokens)
    return any(
        a.word in _FR_COMPOUND_AUXILIARIES and (b.acute or _FR_PARTICIPLE.search(b.word) is not None) for a, b in zip(tokens, tokens[1:])
    )


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
_OPEN_QUESTION = word_set("open_question")


_FIRST_PERSONS = word_set("first_persons")


def _own_words_opinion(p: _Predicate, tokens: list[_Token], lang: str) -> bool:
    """Whether ``p`` is a verb of belief in the first person ("« Je pense que ... », a dit X",
    "we think"): the words of a quote, whose saying is the statement, not one of its own."""
    beliefs = kind_rules().beliefs.get("fr" if lang == "fr" else "en", frozenset())
    return tokens[p.head].word in beliefs and p.first > 0 and tokens[p.first - 1].word in _FIRST_PERSONS


def _english_past(tokens: list[_Token]) -> bool:
    """Whether an English sentence tells something done: a word in -ed (of five letters or more:
    not "need", "red") or an irregular past or past auxiliary of the language data ("won",
    "was", "had"); its simple present tells a state or a habit ("is priced at", "replaces")."""
    irregular = function_words().english_past
    return any(len(t.word) > 4 and t.word.endswith("ed") or t.word in irregular for t in tokens)


_CLEFT = word_set("cleft")  # "C'est X qui a réalisé …" tells X's act
_FR_FUTURE = re.compile(r"[^aeiouy]r(?:a|ont)$")  # "rendra", "tiendront"; not "opéra", "front"
_NOT_FUTURE = word_set("not_future")


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
