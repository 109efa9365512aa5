"""The event lexicon (data/event_triggers.yaml) compiled into a matcher over folded words.

A phrase is a sequence of word patterns: an exact folded word, or a prefix ("rencontr*").
``Lexicon.matches`` finds, at each word of a sentence, the longest phrases that start there, with
the role they play (an event verb or noun of a kind, a reporting verb, a support verb, ...).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from operator import itemgetter

from tui.extract.data import load
from tui.util.text import fold


@dataclass(frozen=True, slots=True)
class Entry:
    """One phrase of the lexicon and what it says."""

    words: tuple[str, ...]  # folded; a trailing "*" marks a prefix
    role: str  # "verb", "noun", "reporting", "reporter", "support", "demonstrative", ...
    kind: str = ""  # the event kind of a verb or noun
    # A French participle written with its accent ("sommé", "nommée"): once folded it reads as
    # another word ("somme", "nomme"), so it matches only a word ending in é, ée, és, ées.
    acute: bool = False
    # A French noun written without it ("marche", "vote"): it does not match a word ending in é
    # ("marché" is a market, "voté" a verb).
    plain: bool = False
    # A feminine or plural form made from a listed participle ("votée" of "voté"): read only in
    # a compound past or a past passive ("a été votée"), not in a present passive, which tells a
    # state as often as news ("est sommée de s'ouvrir", "sont investis d'une mission").
    agreed: bool = False


_PREDICATIVE = frozenset({"verb", "noun", "reporting"})
# Words remembered per lexicon (what each starts): a corpus's common words, not every word a
# hostile file can invent (a million distinct "words" would otherwise be a million entries).
_WORDS_KEPT = 1 << 16


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


# Per word: the roles of the one-word phrases it is, the longer phrases it may start, and the
# second words of those (as written, and the stems of the "word*" patterns among them).
_WordInfo = tuple[dict[str, tuple[Entry, int]], tuple[Entry, ...], frozenset[str], tuple[str, ...]]


class Lexicon:
    """The phrases of one language, indexed by their first word (exact) or its first letters
    (prefix patterns), so a sentence is matched in one pass over its words."""

    _PREFIX_KEY = 3

    def __init__(self, entries: list[Entry]) -> None:
        self._exact: dict[str, list[Entry]] = defaultdict(list)
        self._prefix: dict[str, list[Entry]] = defaultdict(list)
        # The entries each word can start, found once per distinct word: most words start none.
        self._starting: dict[str, tuple[Entry, ...]] = {}
        # Per word: its _WordInfo.
        self._by_word: dict[str, _WordInfo] = {}
        self._predicative: dict[str, bool] = {}
        for entry in entries:
            first = entry.words[0]
            if first.endswith("*"):
                self._prefix[first[: self._PREFIX_KEY]].append(entry)
            else:
                self._exact[first].append(entry)

    def starting(self, word: str) -> tuple[Entry, ...]:
        """The entries whose first word matches ``word``."""
        found = self._starting.get(word)
        if found is None:
            candidates = (*self._exact.get(word, ()), *self._prefix.get(word[: self._PREFIX_KEY], ()))
            found = tuple(e for e in candidates if _word_matches(e.words[0], word))
            if len(self._starting) < _WORDS_KEPT:
                self._starting[word] = found
        return found

    def may_predicate(self, word: str) -> bool:
        """Whether ``word`` starts an event verb, an event noun or a reporting phrase."""
        found = self._predicative.get(word)
        if found is None:
            found = any(e.role in _PREDICATIVE for e in self.starting(word))
            if len(self._predicative) < _WORDS_KEPT:
                self._predicative[word] = found
        return found

    def roles(self, words: list[str]) -> list[dict[str, tuple[Entry, int]]]:
        """For each word, the longest phrase of each role starting there, with its length in
        words. Words that start only one-word phrases (or none), and words whose next word is
        no longer phrase's second, share one dict per word."""
        known = self._by_word
        infos = [known.get(word) or self._word_info(word) for word in words]
        out = [info[0] for info in infos]
        # (only the words starting a longer phrase, picked out without a loop in Python)
        for i in compress(range(len(words) - 1), map(itemgetter(1), infos)):
            info = infos[i]
            # Most phrases fail on their second word: told apart by one set lookup, no loop.
            if words[i + 1] in info[2] or (info[3] and words[i + 1].startswith(info[3])):
                out[i] = self._with_longer(info[0], info[1], words, i)
        return out

    def _word_info(self, word: str) -> _WordInfo:
        starting = self.starting(word)
        single = self._longest([(e, 1) for e in starting if len(e.words) == 1])
        multi = tuple(e for e in starting if len(e.words) > 1)
        seconds = frozenset(e.words[1] for e in multi)
        stems = tuple(sorted({second[:-1] for second in seconds if second.endswith("*")}))
        info = (single, multi, seconds, stems)
        if len(self._by_word) < _WORDS_KEPT:
            self._by_word[word] = info
        return info

    def _with_longer(self, single, multi, words: list[str], i: int) -> dict[str, tuple[Entry, int]]:
        found = list(single.values())
        following = words[i + 1]
        for entry in multi:
            patterns = entry.words
            second = patterns[1]
            if second != following and not (second[-1] == "*" and following.startswith(second[:-1])):
                continue
            n = len(patterns)
            if n == 2 or i + n <= len(words) and all(_word_matches(p, w) for p, w in zip(patterns[2:], words[i + 2 : i + n])):
                found.append((entry, n))
        return self._longest(found)

    @staticmethod
    def _longest(found: list[tuple[Entry, int]]) -> dict[str, tuple[Entry, int]]:
        best: dict[str, tuple[Entry, int]] = {}
        for entry, after in found:
            if entry.role not in best or after > best[entry.role][1]:
                best[entry.role] = (entry, after)
        return best


def _words_of(values: list) -> list[str]:
    # YAML reads a bare `no` or `on` as a boolean: a word list holding one has lost a word.
    for value in values or ():
        if not isinstance(value, str):
            raise ValueError(f"event_triggers.yaml: {value!r} in a word list (quote it)")
    return list(values or ())


def _phrases(values: list) -> list[tuple[str, ...]]:
    # "s'est tenu" and "s est tenu" are the same phrase: words are split like the text's.
    return [tuple(_fold_word(w) for w in v.replace("'", " ").replace("’", " ").split()) for v in _words_of(values)]


PhrasesByFirst = dict[str, tuple[tuple[str, ...], ...]]


def phrases_by_first(phrases: list[tuple[str, ...]]) -> PhrasesByFirst:
    """``phrases`` by their first word, in their order: a word starts few of them, so a rule
    tries only those."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], []).append(phrase)
    return {first: tuple(these) for first, these in found.items()}


def _fold_word(word: str) -> str:
    # As the text's words are folded (tui.extract.happenings): "à", "où", "là" keep accents.
    lower = word.lower()
    return lower if lower in ("à", "où", "là") else fold(word)


# The sections read like ``kinds``, ``contextual`` and ``senses``: the first lists, then the
# additions kept apart in their own sections (``detection``, ``breadth``) to ease merging.
_EXTRA_SECTIONS = ("detection", "breadth")


def _sections(data: dict, key: str) -> list:
    """The ``key`` table of the lexicon and of each of its added sections, in that order."""
    return [data.get(key) or {}, *((data.get(extra) or {}).get(key) or {} for extra in _EXTRA_SECTIONS)]


def _kind_tables(data: dict) -> list[dict]:
    """The words of each kind (``kinds``), of the lexicon and of its added sections."""
    return _sections(data, "kinds")


_ACUTE_END = ("é", "ée", "és", "ées")


def _acute_only(data: dict, lang: str, role: str = "verbs", acute: bool = True) -> frozenset[str]:
    """The folded one-word verbs (or nouns) every spelling of which in the lexicon ends in an
    acute "é" ("sommé" but not "accepte", listed beside "accepté"); with ``acute`` false, those
    no spelling of which does ("marche", which folded reads as "marché")."""
    spellings: dict[str, set[bool]] = defaultdict(set)
    for by_lang in (by_lang for table in _kind_tables(data) for by_lang in table.values()):
        for raw in _words_of(by_lang.get(lang, {}).get(role)):
            if " " not in raw and "'" not in raw and "*" not in raw:
                spellings[_fold_word(raw)].add(raw.lower().endswith(_ACUTE_END))
    return frozenset(word for word, ends in spellings.items() if ends == {acute})


def _simple_pasts(data: dict) -> list[tuple[str, str]]:
    """French passé simple forms of the lexicon's "-é" participles, with their kind: "signa",
    "signèrent" of "signé" (the "-a" form only of stems of four letters or more: "visa", "tua"
    read as other words)."""
    forms = []
    for by_kind in _kind_tables(data):
        for kind, by_lang in by_kind.items():
            for raw in _words_of(by_lang.get("fr", {}).get("verbs")):
                raw = raw.lower()
                if " " in raw or "'" in raw or not raw.endswith("é") or raw.endswith(("ée", "és")):
                    continue
                stem = _fold_word(raw[:-1])
                forms.append((stem + "erent", kind))
                if len(stem) >= 4:
                    forms.append((stem + ("ea" if stem.endswith("g") else "a"), kind))
    return forms


def _agreed_forms(data: dict) -> list[tuple[str, str, bool]]:
    """The feminine and plural forms of the lexicon's French one-word participles, with their
    kind and whether they end in an acute "é": "demandée", "demandés", "demandées" of
    "demandé", "élue", "élues" of "élu", "réunies" of "réuni" (a passive or a compound past
    agrees: "la loi a été votée", "l'ONG a demandé"/"s'est vue demandée")."""
    forms = []
    for by_kind in _kind_tables(data):
        for kind, by_lang in by_kind.items():
            for raw in _words_of(by_lang.get("fr", {}).get("verbs")):
                raw = raw.lower()
                if " " in raw or "'" in raw or "*" in raw or len(raw) < 3:
                    continue
                if raw.endswith("é"):
                    forms.extend((_fold_word(raw + end), kind, True) for end in ("e", "s", "es"))
                elif raw.endswith(("u", "i")) and len(raw) >= 4:
                    forms.extend((_fold_word(raw + end), kind, False) for end in ("e", "s", "es"))
    # (a form listed under a kind gives its kind to its siblings: "tué" is listed as an attack
    # and a death, "tuée", "tués" as a death, so "tuées" is a death)
    listed = _listed_verbs(data)
    return [(form, next((listed[f] for f in _siblings(form) if f in listed), kind), acute) for form, kind, acute in forms]


def _siblings(form: str) -> tuple[str, ...]:
    stem = form[:-2] if form.endswith("es") else form[:-1]
    return tuple(stem + end for end in ("e", "s", "es"))


def _listed_verbs(data: dict) -> dict[str, str]:
    """The French one-word verbs of the lexicon, folded, with the kind each is first listed under."""
    listed: dict[str, str] = {}
    for by_kind in _kind_tables(data):
        for kind, by_lang in by_kind.items():
            for raw in _words_of(by_lang.get("fr", {}).get("verbs")):
                if " " not in raw and "*" not in raw:
                    listed.setdefault(_fold_word(raw), kind)
    return listed


def _entries(data: dict, lang: str) -> list[Entry]:
    entries = []
    acute = _acute_only(data, lang) if lang == "fr" else frozenset()
    # (a French noun written without "é" is not the participle its folded word reads as:
    # "marche" is no "marché", "vote" no "voté")
    plain = _acute_only(data, lang, "nouns", acute=False) if lang == "fr" else frozenset()
    if lang == "fr":
        entries.extend(Entry((form,), "verb", kind) for form, kind in _simple_pasts(data))
    for kinds in _kind_tables(data):
        for kind, by_lang in kinds.items():
            for role in ("verbs", "nouns"):
                for words in _phrases(by_lang.get(lang, {}).get(role)):
                    one = len(words) == 1
                    entries.append(Entry(words, role[:-1], kind, role == "verbs" and one and words[0] in acute, role == "nouns" and one and words[0] in plain))
    if lang == "fr":
        # (after the listed words: a spelling listed keeps its own kind, "levée" a noun)
        entries.extend(Entry((form,), "verb", kind, acute, agreed=True) for form, kind, acute in _agreed_forms(data))
    for contextual in _sections(data, "contextual"):
        for words in _phrases(contextual.get(lang)):
            entries.append(Entry(words, "verb", "other"))  # its kind is its clause's event noun's
    for role in ("reporting", "reporters", "support", "demonstratives", "additive", "auxiliaries", "clause_openers"):
        for words in _phrases([word for table in _sections(data, role) for word in table.get(lang) or ()]):
            entries.append(Entry(words, role))
    for role, values in data["modality"].get(lang, {}).items():
        for words in _phrases(values):
            entries.append(Entry(words, role))
    return entries


@cache
def lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` ("fr" or "en"; anything else reads as English)."""
    data = load("event_triggers.yaml")
    return Lexicon(_entries(data, lang if lang in ("fr", "en") else "en"))


@dataclass(frozen=True, slots=True)
class FunctionWords:
    """The function words the clause and headline rules read, folded (data/event_triggers.yaml)."""

    clitics: frozenset[str]
    determiners: dict[str, frozenset[str]]  # per language
    adverbs: dict[str, frozenset[str]]
    person_pronouns: frozenset[str]
    pronouns: frozenset[str]  # the person pronouns and the others
    date_prepositions: frozenset[str]
    leading_noise: frozenset[str]
    modals: frozenset[str]
    speech_only: frozenset[str]  # reporting verbs that say only before what was said
    english_past: frozenset[str]  # irregular English past forms: "won", "took", "began"
    possessives: frozenset[str]  # "son", "sa", "its", "their": whose act a noun is
    recent_past: frozenset[str] = frozenset()  # "vient" of "vient d'annoncer"
    implicatives: dict[str, frozenset[str]] | None = None  # per language: "a pu partir", "managed to"
    asides: tuple[tuple[str, ...], ...] = ()  # "pour sa part", folded words
    generic_speakers: frozenset[str] = frozenset()  # "people", "certains"
    bounds: frozenset[str] = frozenset()  # "until", "jusqu": a date after them ends a state
    period_starts: frozenset[str] = frozenset()  # "since", "depuis": a date after them opens one
    date_preposition_words: frozenset[str] = frozenset()  # "lors", "cours": of "lors de 2004"
    date_keepers: frozenset[str] = frozenset()  # "qu": "qu'en janvier" keeps its date
    date_preposition_openers: tuple[tuple[str, ...], ...] = ()  # "à partir" of "à partir de 2012"
    copulas: frozenset[str] = frozenset()  # "est", "was": with a state opener after, a state
    state_openers: frozenset[str] = frozenset()  # "le", "plus", "the"
    ages: frozenset[str] = frozenset()  # "datant": a date after it is a thing's age
    trailing_noise: frozenset[str] = frozenset()  # "suite à": no headline ends with them
    state_verbs: frozenset[str] = frozenset()  # "connaissaient", "knew": a state of knowledge
    circumstance_prepositions: frozenset[str] = frozenset()  # "afin", "despite": before a subject
    connectives: PhrasesByFirst = field(default_factory=dict)  # "cependant", "however": left out of headlines; by first word
    headline_stops: PhrasesByFirst = field(default_factory=dict)  # "malgré", "despite": a headline stops there; by first word
    aims: PhrasesByFirst = field(default_factory=dict)  # "vise à", "aims to": what an event is for; by first word
    results: frozenset[str] = frozenset()  # ", creating", ", totaling": what something amounts to
    plans_after: PhrasesByFirst = field(default_factory=dict)  # "est prévue", "is scheduled": after a noun, a plan; by first word


@cache
def function_words() -> FunctionWords:
    data = load("event_triggers.yaml")["words"]

    def words(values) -> frozenset[str]:
        return frozenset(_fold_word(v) for v in _words_of(values))

    person = words(data["person_pronouns"])
    return FunctionWords(
        words(data["clitics"]),
        {lang: words(values) for lang, values in data["determiners"].items()},
        {lang: words(values) for lang, values in data["adverbs"].items()},
        person,
        person | words(data["other_pronouns"]),
        words(data["date_prepositions"]),
        words(data["leading_noise"]),
        words(data["modals"]),
        words(data["speech_only"]),
        words(data["english_past"]),
        words(data["possessives"]),
        words(data["recent_past"]),
        {lang: words(values) for lang, values in data["implicatives"].items()},
        tuple(_phrases(data["asides"])),
        words(data["generic_speakers"]),
        words(data["bounds"]),
        words(data["period_starts"]),
        words(data["date_preposition_words"]),
        words(data["date_keepers"]),
        tuple(_phrases(data["date_preposition_openers"])),
        words(data["copulas"]),
        words(data["state_openers"]),
        words(data["ages"]),
        words(data["trailing_noise"]),
        words(data["state_verbs"]),
        words(data["circumstance_prepositions"]),
        phrases_by_first(_phrases([*data["connectives"], *data["asides"]])),
        phrases_by_first(_phrases(data["headline_stops"])),
        phrases_by_first(_phrases(data["aims"])),
        words(data["results"]),
        phrases_by_first(_phrases(data["plans_after"])),
    )


@cache
def common_words() -> frozenset[str]:
    """Stems (five folded letters) of words too common to tell two happenings apart."""
    return frozenset(_fold_word(w)[:5] for w in _words_of(load("event_triggers.yaml")["words"]["common"]))


@cache
def demonstratives() -> frozenset[str]:
    """"ce", "cette", "this", "that" (both languages, folded): what follows shows what was told."""
    return frozenset(_fold_word(w) for words in load("event_triggers.yaml")["demonstratives"].values() for w in words)


@cache
def actor_nouns() -> frozenset[str]:
    """Nouns naming who acts, not what happened (titles, roles, organisations, places: "ce
    dirigeant", "cette entreprise", "this city"), from actor_words.yaml."""
    data = load("actor_words.yaml")
    lists = ("person_titles", "roles", "organisation_words", "place_words")
    return frozenset(_fold_word(w) for key in lists for words in data[key].values() for w in words)


@cache
def someone_words() -> frozenset[str]:
    """French words naming someone without a name: titles, organisations' head words (from
    actor_words.yaml) and groups of people (event_triggers.yaml ``detection.groups``)."""
    titles = load("actor_words.yaml")
    groups = (load("event_triggers.yaml").get("detection") or {}).get("groups")
    words = (*titles["person_titles"]["fr"], *titles["organisation_words"]["fr"], *_words_of(groups))
    return frozenset(_fold_word(w) for w in words if " " not in w)


@cache
def hearsay_verbs() -> frozenset[str]:
    """English participles that, passive before "to", tell hearsay or a plan ("is said to")."""
    return frozenset(_fold_word(w) for w in _words_of((load("event_triggers.yaml").get("detection") or {}).get("hearsay")))


@cache
def time_openers() -> frozenset[str]:
    """Prepositions of time that open an event noun's clause ("depuis l'arrivée de X")."""
    return frozenset(_fold_word(w) for w in _words_of(load("event_triggers.yaml")["words"]["time_openers"]))


@cache
def title_settings() -> frozenset[str]:
    """Prepositions opening a title's setting (place, time, occasion, cause: "… at the Expo",
    "… after the storm"): the words after them do not say what happened."""
    return frozenset(_fold_word(w) for w in _words_of(load("event_triggers.yaml")["words"]["title_settings"]))


@cache
def event_kinds() -> tuple[str, ...]:
    """The taxonomy's kinds in the lexicon's order, then "other"."""
    return (*load("event_triggers.yaml")["kinds"], "other")


@dataclass(frozen=True, slots=True)
class WordSet:
    """Folded words and prefixes ("fonction*" holds "fonctions", "fonctionnaire")."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    @classmethod
    def of(cls, values) -> "WordSet":
        words = [_fold_word(v) for v in _words_of(values)]
        return cls(frozenset(w for w in words if not w.endswith("*")), tuple(w[:-1] for w in words if w.endswith("*")))

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and (word in self.exact or word.startswith(self.prefixes))


@dataclass(frozen=True, slots=True)
class Sense:
    """A trigger word of two senses (data/event_triggers.yaml ``senses``): its kind holds only
    with one of ``needs`` within eight words after it, short of punctuation (when given), and
    never with one of ``refuses`` right after it; after one of the ``manner`` phrases it tells
    no event. Out of its sense it is of kind ``otherwise`` ("other" unless given)."""

    needs: WordSet | None
    refuses: WordSet | None
    manner: tuple[tuple[str, ...], ...] = ()
    otherwise: str = "other"
    # Words settling the sense as the subject of a passive ("the new chief executive was
    # named", "la nouvelle version a été lancée"): the titles and roles of actor_words.yaml
    # (``needs_roles``), the products of ``launches`` (``needs_products``), or all of ``needs``
    # (``passive_subject``).
    subjects: WordSet | None = None
    # "a textbook case of fraud": the manner phrase holds even with a complement after the word
    # (not "contribuer à la baisse des tensions", a fall).
    manner_with_of: bool = False
    # An actor named right after the word settles it too (``needs_actor``): "a reçu Paul Morel"
    # meets him, "a reçu des menaces" does not.
    actor: bool = False
    # The words that must stand in the clause for ``otherwise`` to hold (else "other"): "la loi a
    # été adoptée" is a vote, "a adopté une stratégie" neither a vote nor an agreement.
    otherwise_needs: WordSet | None = None
    # Out of its sense the word may tell nothing at all (``nothing``): "always" (YAML
    # ``otherwise: nothing``: "the primary cause", "named after his father"), or "after" when one
    # of ``nothing_after`` follows it and none of ``needs`` is near (YAML ``nothing_after``, or
    # ``refused: nothing`` for all of ``refuses``: "nommée le boson de Higgs", "ruled the
    # country", not "a nommé le nouveau ministre").
    nothing: str = ""
    nothing_after: WordSet | None = None


@cache
def senses() -> dict[str, Sense]:
    """Each ambiguous trigger word (folded) and what tells its senses apart."""
    found: dict[str, Sense] = {}
    # (a word listed in an added section's senses takes that sense: the later list wins)
    for item in (item for items in _sections(load("event_triggers.yaml"), "senses") for item in items or ()):
        subjects = [
            *(_role_words() if item.get("needs_roles") else ()),
            *(_words_of(load("event_triggers.yaml")["launches"]["products"]) if item.get("needs_products") else ()),
        ]
        needs = [*_words_of(item.get("needs")), *subjects]
        if item.get("passive_subject"):
            subjects = needs
        nothing_after = item.get("refuses") if item.get("refused") == "nothing" else item.get("nothing_after")
        nothing = "always" if item.get("otherwise") == "nothing" else "after" if nothing_after else ""
        sense = Sense(
            WordSet.of(needs) if needs else None,
            WordSet.of(item["refuses"]) if "refuses" in item else None,
            tuple(_phrases(item.get("manner"))),
            "other" if nothing == "always" else str(item.get("otherwise", "other")),
            WordSet.of(subjects) if subjects else None,
            bool(item.get("manner_with_of")),
            bool(item.get("needs_actor")),
            WordSet.of(item["otherwise_needs"]) if "otherwise_needs" in item else None,
            nothing,
            WordSet.of(nothing_after) if nothing_after else None,
        )
        for word in _words_of(item["words"]):
            found[_fold_word(word)] = sense
    return found


def _role_words() -> list[str]:
    """The titles and roles of actor_words.yaml of one word ("ministre", "ceo"; a phrase's
    words alone say no office: "numéro deux", "secrétaire d'État"), none of two letters ("M.",
    "Dr", "me" would be read in "m'a nommé")."""
    data = load("actor_words.yaml")
    words = (w for key in ("person_titles", "roles") for by_lang in data[key].values() for w in _words_of(by_lang))
    return [w for w in words if " " not in w and "'" not in w and len(w) > 2]


@cache
def undoing_verbs() -> frozenset[str]:
    """Verbs of refusing, leaving or undoing (event_triggers.yaml ``undoing``): they do not take
    the kind of the event noun they act on ("a rejeté l'accord" is no agreement)."""
    return frozenset(_fold_word(w) for w in _words_of(load("event_triggers.yaml").get("undoing")))


@cache
def work_title_words() -> frozenset[str]:
    """"intitulé", "entitled": the words after them are a work's title (participants.yaml ``titled``)."""
    return frozenset(_fold_word(w) for w in _words_of(load("participants.yaml")["titled"]))


@cache
def moves() -> tuple[WordSet, WordSet]:
    """The words of rising and falling, and the words of what rises that is not the economy
    (event_triggers.yaml ``detection.moves`` and ``breadth.moves``)."""
    data = load("event_triggers.yaml")
    tables = [(data.get(extra) or {}).get("moves") or {} for extra in _EXTRA_SECTIONS]
    return tuple(WordSet.of([w for table in tables for w in table.get(key) or ()]) for key in ("words", "not_economy"))


@cache
def own_act_nouns() -> WordSet:
    """Nouns of an act of no kind of the taxonomy that announcing it makes happen ("annonce son
    abandon", "announced its withdrawal"; event_triggers.yaml ``launches.own_act_nouns``)."""
    return WordSet.of(load("event_triggers.yaml")["launches"]["own_act_nouns"])


@cache
def launches() -> tuple[WordSet, WordSet, WordSet, WordSet]:
    """The verbs of showing or adding, the products whose launch they tell, the verbs
    announcing one's own act, and the words of a product made available."""
    data = load("event_triggers.yaml")["launches"]
    return WordSet.of(data["verbs"]), WordSet.of(data["products"]), WordSet.of(data["own_act"]), WordSet.of(data["available"])


@dataclass(frozen=True, slots=True)
class NotActors:
    """Words telling that a name is not a participant (data/event_triggers.yaml ``not_actors``)."""

    before_demonyms: frozenset[str]  # "langue", "heure", "en": a demonym after them is no country acting
    venues: frozenset[str]  # "Center", "Palais": a name holding one, after a locative, is a place


@cache
def not_actors() -> NotActors:
    data = load("event_triggers.yaml")["not_actors"]
    return NotActors(frozenset(_fold_word(w) for w in _words_of(data["before_demonyms"])), frozenset(_fold_word(w) for w in _words_of(data["venues"])))


@dataclass(frozen=True, slots=True)
class KindRules:
    """Words that settle the kind of a sentence telling two things (data/event_triggers.yaml
    ``detection``): how a talk was held ("par téléphone", "by phone": a call, not a meeting) and
    the verbs announcing a plan ("announced tax cuts": the announcement is what happened)."""

    call_means: PhrasesByFirst  # by first word
    announcing: WordSet
    beliefs: dict[str, frozenset[str]]  # per language: "believe", "pensent": an opinion follows
    judiciary: frozenset[str] = frozenset()  # "judge", "tribunal": what they do or hear is legal
    occasions: tuple[tuple[str, ...], ...] = ()  # "at", "lors de": the event where something was done
    money: frozenset[str] = frozenset()  # "$", "euros": a sum after a verb makes it economy
    markets: frozenset[str] = frozenset()  # "market", "Bourse": their crash is economy
    attributions: frozenset[tuple[str, ...]] = frozenset()  # "d'après", "de l'avis de": whose words follow


@cache
def kind_rules() -> KindRules:
    data = load("event_triggers.yaml").get("detection") or {}
    beliefs = {lang: frozenset(_fold_word(w) for w in _words_of(words)) for lang, words in (data.get("beliefs") or {}).items()}
    judiciary = frozenset(_fold_word(w) for w in _words_of(data.get("judiciary")))
    occasions = tuple(_phrases(data.get("occasions")))
    money = frozenset(_fold_word(w) for w in _words_of(data.get("money")))
    markets = frozenset(_fold_word(w) for w in _words_of(data.get("markets")))
    return KindRules(
        phrases_by_first(_phrases(data.get("call_means"))), WordSet.of(data.get("announcing")), beliefs, judiciary, occasions, money, markets,
        frozenset(_phrases(data.get("attributions"))),
    )


@dataclass(frozen=True, slots=True)
class TriggerFamily:
    """Words of one act ("unveiled", "introduced", "dévoilé"): two articles saying one happening
    with two of them tell it alike (data/same_happening.yaml)."""

    name: str
    kind: str  # the kind its statements are compared as; "" when it only widens the words
    words: tuple[str, ...]  # as written: the merge compares them as it compares triggers
    once: bool = False  # an act that befalls a person once ("died", "resigned")


@cache
def report_nouns() -> frozenset[str]:
    """"rapport", "study" (folded, whole words): documents whose author's statements say what
    they say (same_happening.yaml)."""
    return frozenset(_fold_word(w) for w in load("same_happening.yaml")["reports"])


@cache
def discussing_words() -> frozenset[str]:
    """"évoqué", "discussed" (folded): verbs of talking a matter over (referring_nouns.yaml)."""
    return frozenset(fold(str(w)) for w in load("referring_nouns.yaml")["discussing"])


@cache
def new_happening_openers() -> tuple[str, ...]:
    """"par ailleurs,", "meanwhile," (folded, with their comma): a sentence opening on one turns
    to another happening (same_happening.yaml)."""
    return tuple(fold(w).lower() + "," for words in load("same_happening.yaml")["new_happening_openers"].values() for w in words)


@cache
def trigger_families() -> tuple[TriggerFamily, ...]:
    families = load("same_happening.yaml")["families"]
    return tuple(
        TriggerFamily(name, str(data.get("kind") or ""), tuple(_words_of(data["words"])), bool(data.get("once")))
        for name, data in families.items()
    )
