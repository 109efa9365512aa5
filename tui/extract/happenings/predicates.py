"""Predicates: the event verbs and nouns, reporting verbs and French compound pasts of a
sentence, with their tense (done, negated, future, pluperfect), and those that are no happening
of their own (a noun a verb acts on, a participle describing a noun, a name, a work's title)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from operator import attrgetter, not_, or_

from tui.extract.happenings.tokens import (
    _ARTICLES, _CLAUSE_PUNCTUATION, _FR_INFINITIVE, _FR_PARTICIPLE, _SPEECH_OPENERS, _Token, _has, _inside,
)
from tui.extract.happenings.words import phrase_list, word_set
from tui.extract.lexicon import function_words, hearsay_verbs, kind_rules, work_title_words


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
    # Its clause opens on "et", "puis", "and" with no subject of its own: ``shared`` is the
    # subject of the verb before ("ont été arrêtés puis inculpés"), its headline made of it.
    shares_subject: bool = False
    guessed: bool = False  # a compound past of a verb the lexicon lacks ("ont ramassé"), kind "other"


_PREDICATE_ROLES = frozenset({"verb", "reporting", "noun"})


def _predicates(tokens, words, roles, mentions, lang) -> list[_Predicate]:
    predicates: list[_Predicate] = []
    # Most words can start nothing: only those with a predicate's role, and in French those
    # written with their "-é" (an unknown compound past), get a turn; the others, no step of
    # the loop (picked out without a loop in Python).
    may_start = map(not_, map(_PREDICATE_ROLES.isdisjoint, roles))
    if lang == "fr":
        may_start = map(or_, may_start, map(_ACUTE, tokens))
    resume = 0  # the first word not yet read
    for i in compress(range(len(words)), may_start):
        if i < resume:
            continue
        if _PREDICATE_ROLES.isdisjoint(roles[i]):
            if _unknown_compound_past(i, tokens, words, roles, mentions):
                verb = _verb(i, i + 1, "other", False, words, roles, lang, True)
                verb.guessed = True
                # (one not told as done adds nothing: the sentence is read as before it)
                if verb.realis and not (predicates and _acted_by_event_noun(verb, predicates[-1], words)):
                    predicates.append(verb)
            continue
        predicate = _predicate_at(i, tokens, words, roles, mentions, lang)
        if predicate is not None:
            predicates.append(predicate)
            resume = predicate.after
    return predicates


_ACUTE = attrgetter("acute")


def _unknown_compound_past(i, tokens, words, roles, mentions) -> bool:
    """Whether word ``i`` is the "-é" participle of a verb the lexicon does not know, in a
    compound past with "avoir" or "été" ("ont bloqué", "a été retrouvée"): told as done, a
    happening of no kind of the taxonomy. (Not after "est": "il est âgé" is a state; nor in a
    relative clause, which describes its noun: "la banque, qui a été fondée en 1976".)"""
    if not tokens[i].acute or _masculine_singular(words[i]) in _NO_HAPPENING_PARTICIPLES:
        return False
    if not _after_past_auxiliary(i, words, "fr") or mentions.cover(tokens[i]):
        return False
    if any(_has(roles, k, "noun") and not _after_topic_marker(tokens, k) for k in range(i + 1, min(len(words), i + 1 + _OBJECT_REACH))):
        # "a effectué une visite", "a rapproché les pays, en menant des négociations": an event
        # noun after it tells what happened (it would be read as the verb's object, and lost)
        return False
    # (words quoted after a verb of saying and a colon are what was said: "a indiqué : « Le mât
    # a cassé »" is the skipper's statement)
    if any(words[k] == ":" and any(_has(roles, j, "reporting") for j in range(k)) for k in range(i)):
        return False
    if _since_a_time(i, words):
        return False
    first = _before_verb(i, words, roles, "fr")[0]
    return (first == 0 or words[first - 1] not in _RELATIVES) and not _relative_over_subject(first, words)


_SUBJECT_OF_RELATIVE_REACH = 5  # words of the subject between "où", "dont" and its verb ("où les secours ont")
_PLACE_RELATIVES = frozenset({"où", "dont"})  # (relative pronouns only: "que" also opens what was said)


def _relative_over_subject(first: int, words: list[str]) -> bool:
    """Whether "où" or "dont" opens the clause of a verb whose subject stands between them ("le
    village où les secours ont acheminé des vivres"): a relative clause describing its noun."""
    return _found_back(words, first, _SUBJECT_OF_RELATIVE_REACH, _PLACE_RELATIVES)


def _found_back(words: list[str], at: int, reach: int, wanted) -> bool:
    """Whether one of ``wanted`` stands among the ``reach`` words before ``at``, short of the
    punctuation before them."""
    for k in range(at - 1, max(-1, at - 1 - reach), -1):
        if words[k] in wanted:
            return True
        if words[k] in _CLAUSE_PUNCTUATION:
            return False
    return False


def _since_a_time(i: int, words: list[str]) -> bool:
    """Whether "depuis" follows the participle ``i`` before the next punctuation ("la situation
    a changé depuis 1990", "les prix ont grimpé depuis la crise"): a change over a period up to
    now, a state of the present, not a happening at a point in time."""
    for word in words[i + 1 : i + 1 + _OBJECT_REACH]:
        if word in _CLAUSE_PUNCTUATION:
            return False
        if word in function_words().period_starts:
            return True
    return False


_OPENING_QUOTES = {"«": "»", "“": "”", '"': '"'}
_OPENING_QUOTE = re.compile('[«“"]')


def _without_quoted_guesses(predicates: list[_Predicate], text: str, start: int, end: int, tokens: list[_Token]) -> list[_Predicate]:
    """Less the verbs the lexicon lacks told inside quotation marks ("Selon X, « la situation a
    changé »", "« nous avons tout essayé », a dit Y"): someone's words, an opinion or a
    description that the statement quoting them tells; as a happening of its own it is a
    guess on a guess."""
    if not any(p.guessed for p in predicates):
        return predicates
    spans = _quotation_spans(text, start, end)
    return [p for p in predicates if not (p.guessed and any(lo < tokens[p.head].start < hi for lo, hi in spans))]


def _quotation_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Each quotation in ``text[start:end]``, from its opening mark to its closing one."""
    spans = []
    at = start
    while (opening := _OPENING_QUOTE.search(text, at, end)) is not None:
        mark = opening.start()
        close = text.find(_OPENING_QUOTES[text[mark]], mark + 1, end)
        if close < 0:
            break
        spans.append((mark, close))
        at = close + 1
    return spans


_TOPIC_MARKERS = phrase_list("topic_markers")
_TOPIC_LASTS = frozenset(marker[-1] for marker in _TOPIC_MARKERS)


def _after_topic_marker(tokens: list[_Token], k: int) -> bool:
    """Whether the noun at ``k`` follows "au sujet de", "pour évoquer", "to discuss" (a
    determiner between or not): the topic of a verb, not what it did ("a appelé son homologue
    au sujet des sanctions" is no sanction)."""
    if k == 0 or tokens[k - 1].word not in _TOPIC_LASTS and (k < 2 or tokens[k - 2].word not in _TOPIC_LASTS):
        return False  # (most nouns follow none: one look)
    words = [t.word for t in tokens[max(0, k - 5) : k]]
    for end in (len(words), len(words) - 1):  # (right before the noun, or before its determiner)
        if any(end >= len(m) and tuple(words[end - len(m) : end]) == m for m in _TOPIC_MARKERS):
            return True
    return False


_ACTING_NOUN_REACH = 3  # words between an event noun and the verb it is the subject of ("la grève des cheminots a")


def _acted_by_event_noun(verb: _Predicate, before: _Predicate, words: list[str]) -> bool:
    """Whether the event noun ``before`` is the subject of ``verb`` ("la grève a paralysé les
    trains"): what the event did, part of it, not a happening of its own."""
    between = words[before.after : verb.first]
    if not before.noun or before.participle or len(between) > _ACTING_NOUN_REACH or not _CLAUSE_PUNCTUATION.isdisjoint(between):
        return False
    # (after a preposition the noun is another noun's complement: "des opposants aux élections ont volé")
    return before.first == 0 or words[before.first - 1] not in _NOUN_PREPOSITIONS


_NOUN_PREPOSITIONS = word_set("noun_prepositions")


def _masculine_singular(participle: str) -> str:
    """A folded "-é" participle without its agreement: "laissees", "laisses" → "laisse"."""
    participle = participle[:-1] if participle.endswith("s") else participle
    return participle[:-1] if participle.endswith("ee") else participle


_NO_HAPPENING_PARTICIPLES = word_set("no_happening_participles")
_RELATIVES = word_set("relatives")


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
        if mentions.cover(tokens[i]):
            return None
        if words[i] in function_words().speech_only and not _speech_follows(i, after, words, roles):
            # "Apple added recording to its computers", "the bank reported a loss": doing, not saying.
            return _verb(i, after, "other", False, words, roles, lang, tokens[i].acute)
        return _verb(i, after, entry.kind if "verb" in role else "statement", reporting, words, roles, lang, tokens[i].acute)
    if "noun" in role:
        entry, length = role["noun"]
        after = i + length
        if mentions.cover(tokens[i]) or _ends_a_name(i, tokens) or _in_work_title(i, tokens):
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


def _in_opening_title(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether the event noun ``p`` is in a work's title opening the sentence (``_opening_title_end``)."""
    return p.noun and p.head < _opening_title_end(tokens)


def _opening_title_end(tokens: list[_Token]) -> int:
    """Where a work's title opening the sentence ends: at the comma before the noun it names
    ("Intitulé l'Archipel des tortures : arrestations, tortures et disparitions depuis mars
    2011, ce rapport …", "Entitled Strikes: a history, the book …"); a title may hold a colon
    and a list of its own, whose commas no determiner follows (-1: no such title)."""
    start = 1 if tokens and tokens[0].word in ("-", "—", "–") else 0
    if len(tokens) <= start or tokens[start].word not in work_title_words():
        return -1
    fw = function_words()
    named = fw.determiners["fr"] | fw.determiners["en"] | _DEMONSTRATIVE_DETERMINERS
    return next((k for k in range(start + 1, len(tokens) - 1) if tokens[k].word == "," and tokens[k + 1].word in named), -1)


_DEMONSTRATIVE_DETERMINERS = frozenset({"ce", "cet", "cette", "ces", "this", "these", "that", "those"})


def _modifies_noun(i: int, words: list[str], determiners: frozenset[str]) -> bool:
    """Whether the English "-ed" word at ``i`` follows a determiner or "of", with an adverb in
    "-ly" between or not: "the dropped calls", "the recently announced phone"."""
    k = i - 1
    if k > 0 and words[k].endswith("ly") and len(words[k]) > 4:
        k -= 1
    return words[k] in determiners or words[k] == "of"


_PAST_AUXILIARIES = word_set("past_auxiliaries")  # "a été votée", "a demandée"


def _after_past_auxiliary(i: int, words: list[str], lang: str) -> bool:
    """Whether a French participle follows an auxiliary of a compound past or "été" (adverbs
    between): "a été votée", "ont demandé", "avaient été tuées"."""
    k = i - 1
    while k >= 0 and i - k <= 3 and _is_adverb(words[k], lang):
        k -= 1
    return k >= 0 and words[k] in _PAST_AUXILIARIES


_SUBJECT_PRONOUNS = word_set("subject_pronouns")
_FULL_ARTICLES = _ARTICLES["fr"] - {"l"}  # ("l'a cité": "l'" is also a pronoun)


def _after_determiner(i: int, words: list[str], lang: str) -> bool:
    """Whether word ``i`` follows an article, as a noun does ("le juge", "a claim"); "il la
    critique" has the pronoun "la", after its subject."""
    if i == 0 or words[i - 1] not in _ARTICLES["fr" if lang == "fr" else "en"]:
        return False
    return lang != "fr" or words[i - 1] in ("un", "une", "des", "du") or i < 2 or words[i - 2] not in _SUBJECT_PRONOUNS


def _speech_follows(i: int, after: int, words: list[str], roles) -> bool:
    """Whether a verb that also means doing ("added", "reported") is saying here: what was said
    follows ("that", "que", a colon, within a few words) or came before it, the verb after a
    comma with no event noun after it (", he added.", ", ont rapporté mardi les agences")."""
    if any(w in _SPEECH_OPENERS for w in words[after : after + 4]):
        return True
    return "," in words[max(0, i - 3) : i] and not any(_has(roles, k, "noun") for k in range(after, len(words)))


_MANNER = word_set("manner")


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
        # only when dated, like an event noun; after a future or a conditional of "être" it is a
        # passive not done yet ("que la réforme serait votée": what was said).
        future = first > 0 and words[first - 1] in _FUTURE_BE
        return _Predicate(first, i, after, kind, noun=True, reporting=reporting, realis=not (negated or future), participle=True)
    habitual = any("habitual" in role for role in roles[max(0, i - 3) : min(len(words), after + 2)])
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
    realis = not (negated or irrealis or habitual or participial or hearsay or impersonal or _amount_held(first, i, after, words))
    past = aux or (lang != "fr" and word.endswith("ed"))
    # (English simple present or present passive: a state or a habit outside headlines,
    # "which sells music", "is priced at"; decided by the caller, who knows the title)
    present = lang != "fr" and (not past and word.endswith("s") and not word.endswith("ss") or aux and words[i - 1] in ("is", "are"))
    return _Predicate(first, i, after, kind, reporting=reporting, realis=realis, pluperfect=pluperfect, past=past, present=present)


_AMOUNT_VERBS = word_set("amount_verbs")
_FUTURE_BE = word_set("future_be")
_FUTURE_AFTER_NOUN = word_set("future_after_noun")


def _amount_held(first: int, i: int, after: int, words: list[str]) -> bool:
    """Whether a passive of pricing or valuing is followed by "at", "à" ("were priced at $29",
    "was valued at $3 billion", "ont été estimés à deux millions"): the amount a thing stood at,
    a state, not a happening ("Apple priced the phone at $499" did something)."""
    return words[i] in _AMOUNT_VERBS and after < len(words) and words[after] in ("at", "à") and _passive(first, i, words)


# Before an English gerund, they tell the means of the act before ("ended the speech by
# announcing a park", "upon signing"): done as well, like the French "en annonçant".
_GERUND_OF_MEANS = word_set("gerund_of_means")


_PASSIVE_AUXILIARIES = word_set("passive_auxiliaries")


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


_FR_FUTURE_ENDINGS = ("rait", "raient", "ront", "era", "ira")  # a future or a conditional: "signera", "signerait"


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
        elif "auxiliaries" in roles[k]:  # (0 <= k < i: no bounds to test)
            aux = True
            pluperfect = pluperfect or word in ("avait", "avaient", "etait", "etaient", "had")
            irrealis = irrealis or word in ("aura", "auront", "aurait", "auraient", "sera", "seront", "serait", "seraient", "be")
        elif "negation" in roles[k]:
            negated = negated or word not in ("ne", "n") or not _restrictive_ne(i, words)
        elif word in function_words().clitics or _is_adverb(word, lang) or word[:1] == "-" or "habitual" in roles[k]:
            pass  # ("-il" of "a-t-il déclaré": the inverted subject; "a souvent bloqué": a habit, read in ``_verb``)
        elif "future" in roles[k] or "condition" in roles[k]:
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
    if lang == "fr" and words[i].endswith(_FR_FUTURE_ENDINGS):
        irrealis = True
    return first, aux, negated, irrealis, pluperfect


_RESTRICTIVE_REACH = 6  # words between a verb and the "que" of "ne … que" ("n'a été signé qu'en mai")


def _restrictive_ne(i: int, words: list[str]) -> bool:
    """Whether the "ne" before the verb at ``i`` is that of "ne … que", "only", not a negation:
    "n'ont été libérés qu'en janvier" were released, in January only. (The "que" comes before
    any other word of negation or punctuation: "n'a pas dit que" is negated by its "pas".)"""
    for k in range(i + 1, min(len(words), i + 1 + _RESTRICTIVE_REACH)):
        if words[k] in ("que", "qu"):
            return True
        if words[k] in _NEGATION_WORDS or words[k] in _CLAUSE_PUNCTUATION:
            return False
    return False


_NEGATION_WORDS = frozenset({"pas", "jamais", "rien", "plus", "aucun", "aucune", "personne", "ni", "point", "guere"})


# After "no", these make a bound, not a negation: "sold no more than 500 cars", "no later than".
_NO_BOUNDS = word_set("no_bounds")


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
_INDEFINITE = word_set("indefinite")


def _says_that(k: int, words, roles) -> bool:
    """Whether the demonstrative at ``k`` is "that" opening what a reporting verb says ("Doe
    said that losses rose"): a conjunction, no pointer back to a happening told before."""
    return words[k] == "that" and k > 0 and _has(roles, k - 1, "reporting")


def _noun(i, after, kind, words, roles, determiners) -> _Predicate:
    """An event noun; not a happening after a modal or a future in its stretch of sentence
    ("va signer l'accord demain"), nor as the subject of one ("l'accord serait signé", "the
    summit will open")."""
    refers_back = i > 0 and _has(roles, i - 1, "demonstratives") and not _says_that(i - 1, words, roles)
    modals = function_words().modals
    subject_of_future = after < len(words) and words[after] in _FUTURE_AFTER_NOUN
    realis = not any(words[k] in modals for k in range(max(0, i - 6), i)) and not subject_of_future and not _every_time(i, words)
    first = i - 1 if i > 0 and (refers_back or words[i - 1] in determiners) else i
    support_before = next((k for k in range(max(0, first - 3), first) if _has(roles, k, "support") and k + roles[k]["support"][1] >= first - 1), None)
    support = support_before is not None or any(_has(roles, k, "support") for k in range(after, min(len(words), after + 3)))
    if support_before is not None:
        first = _before_verb(support_before, words, roles, "")[0]
    verbal = support_before is not None
    definite = not refers_back and (0 < i <= _DEFINITE_REACH and words[0] in determiners and words[0] not in _INDEFINITE or _definite_after_attribution(i, words, determiners))
    return _Predicate(first, i, after, kind, noun=True, realis=realis, support=support, refers_back=refers_back, verbal=verbal, definite=definite)


_ATTRIBUTION_OPENERS = phrase_list("attribution_openers")
_ATTRIBUTION_REACH = 6  # words of an attribution opening a sentence: "D'après le porte-parole du ministère,"


def _definite_after_attribution(i: int, words, determiners) -> bool:
    """Whether the event noun at ``i`` follows a definite determiner opening the clause after
    an attribution opening the sentence ("Selon le communiqué, la rencontre …"), within
    ``_DEFINITE_REACH`` words of it."""
    if not any(tuple(words[: len(opener)]) == opener for opener in _ATTRIBUTION_OPENERS):
        return False
    comma = next((k for k in range(1, min(i, _ATTRIBUTION_REACH + 1)) if words[k] == ","), None)
    return comma is not None and 0 < i - comma - 1 <= _DEFINITE_REACH and words[comma + 1] in determiners and words[comma + 1] not in _INDEFINITE


_EVERY = word_set("every")
_EVERY_REACH = 3  # words between "every" and the event noun it counts ("at every new device launch")


def _every_time(i: int, words: list[str]) -> bool:
    """Whether the event noun ``i`` is counted by "every", "each", "chaque" ("at every new device
    launch", "à chaque élection"): a habit, no happening of its own."""
    return _found_back(words, i, _EVERY_REACH, _EVERY)


def _misread_noun(role: dict, token: _Token) -> bool:
    """Whether a noun of the lexicon written without an accent matches a word ending in one
    ("marche" read in "marché")."""
    entry, length = role["noun"]
    return entry.plain and length == 1 and token.acute


_SUPPORTED_REACH = 3  # words between a support verb and the event noun it makes happen
_PARTICIPIAL = word_set("participial")  # "les équipes ayant participé à la recherche"


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


_COMPLEMENT_OPENERS = word_set("complement_openers")
_NAMING = word_set("naming")


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


_TERMS_REACH = 10  # words between an agreement and the relative pronoun opening its terms ("reached between the two firms in 1991, which")
_TERMS_OPENERS = word_set("terms_openers")


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


def _index_of(p: _Predicate, predicates: list[_Predicate]) -> int:
    """``predicates.index(p)``, by identity first: comparing predicates field by field makes a
    long sentence's scan quadratic (one equal to ``p`` before it has its head)."""
    at = next(k for k, q in enumerate(predicates) if q is p)
    return next((k for k, q in enumerate(predicates[:at]) if q.head == p.head and q == p), at)


# Words before a verb where its subject is looked for, and of a name and its title taken back as
# a subject ("Apple CEO Tim Cook"). (One module held two values, 12 and 8; the later one, 8, was read.)
_SUBJECT_REACH = 8
