"""The kind of a happening once the words around its trigger are read: a word in or out of
the sense of its kind, a launch, a market's move, a sum, a call, an act of a court, an order."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from tui.extract.happenings.predicates import _SUBJECT_REACH, _Predicate, _after_topic_marker, _misread_noun, _passive
from tui.extract.happenings.tokens import (
    _CLAUSE_PUNCTUATION, _FR_INFINITIVE, _COMPLEMENTIZERS, _INDEFINITE_ONE, _OF, _SPEECH_OPENERS, _Names, _Token,
)
from tui.extract.happenings.words import word_set
from tui.extract.lexicon import function_words, kind_rules, launches, moves, object_kinds, own_act_nouns, senses, subject_kinds, undoing_verbs
from tui.extract.model import ActorKind, Mention


def _kind_in_context(p: _Predicate, roles, tokens: list[_Token], undated: list[int], mentions: list[Mention] = ()) -> str:
    """The kind of a happening once the words around its trigger are read: a verb of no kind of
    its own takes that of a sum after it (economy) or of its clause's event noun; a market's
    crash is economy; a word out of the sense of its kind is of the kind of its other sense
    ("a condamné l'attaque": a statement), else "other"; last, what does it or what it acts on
    may settle it ("les rebelles ont détruit": an attack; "a rappelé 300 000 véhicules": economy)."""
    kind = p.kind
    if p.guessed and tokens[p.head].word in _CALLING and _names_someone_at(tokens, p.after, mentions) and not _urged_to(p, tokens):
        return "call"  # "a appelé Paul Morel lundi": a compound past the lexicon lacks, of someone named
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
        kind = _out_of_sense_kind(p, tokens, kind, undated)
    return _kind_by_subject(p, tokens, kind) or _kind_by_object(p, tokens, undated) or kind


_DOER_REACH = 5  # words before a verb where what does it may stand ("une de ces canalisations qui a cédé")


def _kind_by_subject(p: _Predicate, tokens: list[_Token], kind: str) -> str:
    """The kind a verb takes from what does it (``by_subject`` in the lexicon): its subject just
    before it, or its agent after "par", "by" ("détruit par les flammes"); "" when none is said.
    A rule for any verb reads only verbs of no kind of their own."""
    rules = [
        rule for rule in subject_kinds()
        if (rule.any_verb and kind == "other" and not p.noun) or _phrase_at(rule.words, tokens, p.head)
    ]
    if not rules:
        return ""  # (most verbs)
    before = []
    for t in reversed(tokens[max(0, p.first - _DOER_REACH) : p.first]):
        if t.word in _CLAUSE_PUNCTUATION:
            break
        before.append(t.word)
    agent = [t.word for t in tokens[p.after + 1 : p.after + 4]] if p.after < len(tokens) and tokens[p.after].word in ("par", "by") else []
    return next((rule.kind for rule in rules if any(w in rule.subjects for w in (*before, *agent))), "")


def _kind_by_object(p: _Predicate, tokens: list[_Token], undated: list[int]) -> str:
    """The kind a verb takes from what it acts on (``by_object`` in the lexicon), one of the
    words after it short of punctuation: "a rappelé 300 000 véhicules" (economy), "a remporté
    un contrat" (economy); "" when none is said."""
    rules = [rule for rule in object_kinds() if _phrase_at(rule.words, tokens, p.head)]
    if not rules:
        return ""  # (most verbs)
    after = _words_to_punctuation(p, tokens, undated)
    return next((rule.kind for rule in rules if any(w in rule.subjects for w in after)), "")


def _phrase_at(by_first, tokens: list[_Token], k: int) -> bool:
    """Whether one of the phrases (by first word) is written from token ``k`` on."""
    return any(tuple(t.word for t in tokens[k : k + len(phrase)]) == phrase for phrase in by_first.get(tokens[k].word, ()))


# "appelé" is left out of the lexicon (a call, a demand with "à", a name given); in a compound
# past with someone named right after it, it is a call.
_CALLING = word_set("calling")


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
    # (not the verb's own word: "annonce" is a noun too; nor a word a noun folds to: "marché";
    # nor the topic of the verb: "a écrit au ministre au sujet des sanctions")
    return next(
        (
            roles[k]["noun"][0].kind for k in (*range(p.after, hi), *range(lo, p.head))
            if "noun" in roles[k] and not _misread_noun(roles[k], tokens[k]) and not _after_topic_marker(tokens, k)
        ),
        "",
    )


_SENSE_REACH = 4  # words after an ambiguous trigger that tell its sense


def _reads_what_follows(word: str) -> bool:
    """Whether a trigger's kind depends on the words after it (``_own_act_announced``,
    ``_in_its_sense``, ``_kind_by_object``)."""
    return word in launches()[2] or word in senses() or word in _object_verbs()


@lru_cache(maxsize=1)
def _object_verbs() -> frozenset[str]:
    """The first words of the verbs of ``by_object`` (made once)."""
    return frozenset(first for rule in object_kinds() for first in rule.words)


def _in_its_sense(p: _Predicate, tokens: list[_Token], undated: list[int], mentions: list[Mention] = ()) -> bool:
    """Whether an ambiguous trigger is used in the sense of its kind: "son départ de la
    présidence" (an appointment), not "le départ de la course"; "nommé ministre", not
    "couramment nommée le boson de Higgs" (see ``senses`` in the lexicon)."""
    sense = senses().get(tokens[p.head].word)
    if sense is None or p.after - p.head > 1:
        return True  # (a phrase settles its own sense: "froze to death", "a lancé un ultimatum")
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


def _out_of_sense_tells_nothing(p: _Predicate, tokens: list[_Token], undated: list[int], mentions: list[Mention] = ()) -> bool:
    """Whether a word of two senses is used here in the sense that tells no happening at all
    (``nothing`` of ``senses`` in the lexicon): "the primary cause", "named after his father",
    "nommée le boson de Higgs" are no rows, where "le départ de la course" is one of kind
    "other". Only where the sense is clear: a word refused only by what follows it ("refused:
    nothing") still tells its happening when a word of its sense is near ("a nommé le nouveau
    ministre"). A date in its clause makes the naming or the praise a happening of that day
    ("baptisé le Vaillant en 1990")."""
    sense = senses().get(tokens[p.head].word)
    if sense is None or not sense.nothing or p.launch or p.timex >= 0 or _in_its_sense(p, tokens, undated, mentions):
        return False
    if sense.nothing == "always":
        return True
    first = _next_word(p, undated, 0)
    if first < 0 or first >= p.clause[1] or tokens[first].word not in sense.nothing_after:
        return False
    return sense.needs is None or not any(_settles(w, sense.needs) for w in _words_to_punctuation(p, tokens, undated))


_ACTORS = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY})


def _actor_next(p: _Predicate, tokens: list[_Token], undated: list[int], mentions: list[Mention]) -> bool:
    """Whether a person, an organisation or a country is named right after the trigger, its date
    left out ("a reçu lundi Paul Morel")."""
    k = _next_word(p, undated, 0)
    return k >= 0 and any(m.start == tokens[k].start and m.kind in _ACTORS for m in mentions)


def _names_someone_at(tokens: list[_Token], k: int, mentions: list[Mention]) -> bool:
    """Whether a person, an organisation or a country is named from token ``k`` on, an article
    or a possessive before it or not ("Paul Morel", "les États-Unis", "son homologue")."""
    fw = function_words()
    if k < len(tokens) - 1 and (tokens[k].word in fw.possessives or tokens[k].word in fw.determiners["fr"]):
        k += 1
    return k < len(tokens) and (tokens[k].word in _COUNTERPARTS or any(m.start == tokens[k].start and m.kind in _ACTORS for m in mentions))


_COUNTERPARTS = frozenset({"homologue", "homologues"})
_URGING_REACH = 8  # words after "appelé" where "à" and the infinitive of what was urged may stand


def _urged_to(p: _Predicate, tokens: list[_Token]) -> bool:
    """Whether "à" and an infinitive follow the verb in its clause ("a appelé les États-Unis à
    cesser les frappes"): someone urged to do something, a demand, not a call."""
    hi = min(p.clause[1], len(tokens) - 1, p.after + _URGING_REACH)
    return any(tokens[k].word == "à" and _FR_INFINITIVE.search(tokens[k + 1].word) for k in range(p.after, hi))


def _settles(word: str, words) -> bool:
    """Whether ``word``, its singular or its last part after a hyphen is among ``words``
    ("ambassadeurs", "vice-ministre", "ex-président" are offices)."""
    if word.endswith("s") and word[:-1] in words:
        return True
    return word in words or "-" in word and word.rsplit("-", 1)[1] in words


def _out_of_sense_kind(p: _Predicate, tokens: list[_Token], kind: str, undated: list[int]) -> str:
    """The kind of a word of two senses out of the sense its kind names: the other sense's kind,
    else "other". A passive keeps its kind: the word telling its sense is its subject, before
    it ("l'attentat a été revendiqué", "il a été condamné")."""
    sense = senses()[tokens[p.head].word]
    if sense.otherwise_needs is not None:  # (its evidence may be the subject of a passive)
        # (or after an event noun that ends its clause: "greeted the ruling with relief")
        words = [t.word for t in tokens[p.clause[0] : p.clause[1]]] + _words_to_punctuation(p, tokens, undated)
        return sense.otherwise if any(_settles(w, sense.otherwise_needs) for w in words) else "other"
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
        if _inside_number(tokens, k):
            continue  # "shed 3,000 jobs", "une baisse de 2,5 %": one number, no punctuation
        if tokens[k].word in _CLAUSE_PUNCTUATION or len(words) == _NEEDS_REACH:
            break
        words.append(tokens[k].word)
    return words


def _inside_number(tokens: list[_Token], k: int) -> bool:
    """Whether the token at ``k`` is a comma or a point between two groups of digits
    ("3,000", "2,5", "1.5")."""
    return (
        tokens[k].word in (",", ".") and 0 < k < len(tokens) - 1
        and tokens[k - 1].word.isdigit() and tokens[k + 1].word.isdigit()
        and tokens[k - 1].end == tokens[k].start and tokens[k].end == tokens[k + 1].start
    )


def _told_as_manner(p: _Predicate, tokens: list[_Token]) -> bool:
    """"a revu à la baisse ses prévisions": the noun says how something was done (not with
    what fell after it: "contribuer à la baisse des tensions")."""
    sense = senses().get(tokens[p.head].word)
    if sense is None or not sense.manner_with_of and p.after < len(tokens) and tokens[p.after].word in _OF:
        return False
    words = [t.word for t in tokens[max(0, p.head - 3) : p.head]]
    return any(words[len(words) - len(m) :] == list(m) for m in sense.manner if len(m) <= len(words))


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


# Words before a French imperative in quoted words (it has no subject): the colon opening the
# quote, a comma or "et" between orders, the "ne" of "ne touchez pas".
_BEFORE_ORDER = word_set("before_order")
_NOT_ORDERS = word_set("not_orders")  # (words in -ez that are no verbs)


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


# Kinds an act of a court takes when a judge or court does it or it is done before one (a
# judge's summons, "a sommé", stays a demand).
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
    if not any(t.word in judiciary for t in after):
        return False  # (most clauses: no word of the judiciary after the verb)
    # (after a preposition, or the object of "told": "a déclaré le juge" is the judge speaking)
    addressing = _TO_THE_COURT_TOLD if tokens[p.head].word in ("told", "tells") else _TO_THE_COURT
    determiners = _both_determiners()
    return any(
        t.word in judiciary and (k > 0 and after[k - 1].word in addressing or k > 1 and after[k - 2].word in _TO_THE_COURT and after[k - 1].word in determiners)
        for k, t in enumerate(after)
    )


_TO_THE_COURT = word_set("to_the_court")
_TO_THE_COURT_TOLD = _TO_THE_COURT | {"the", "a"}  # ("told the court")


@lru_cache(maxsize=1)
def _both_determiners() -> frozenset[str]:
    """The French and English determiners (made once, not once per verb)."""
    return function_words().determiners["fr"] | function_words().determiners["en"]


def _named_event_kind(tokens: list[_Token], roles, mentions: _Names) -> str:
    """The kind of an event named as a name ("le Forum mondial de la langue française",
    "the Worldwide Developers Conference"): the kind of the event noun inside it, or "other"."""
    for k, token in enumerate(tokens):
        if "noun" in roles[k] and mentions.cover(token):
            return roles[k]["noun"][0].kind
    return "other"
