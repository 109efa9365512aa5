"""The structure of names: which span of words is one actor's name (tui/extract/actors.py asks).

Institutions named by a common noun and a place or a person ("le tribunal de grande instance de
Nancy", "le collège Victor-Hugo"), modifiers glued to a name ("Chicago-based Boeing", "Rival
Boeing"), titles inside a company's name ("General Motors"), stock indices with their numbers
("FTSE 100"), companies' corporate suffixes ("Apple Inc." is "Apple"), and city demonyms and
datelines (no actors). The word lists are in data/name_structure.yaml; tokens are those of
actors.py (``start``, ``end``, ``text``, ``folded``, ``sentence_initial``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from tui.extract.data import load
from tui.extract.gazetteer import Gazetteer, is_acronym, tokens_of
from tui.extract.model import ActorKind
from tui.util.text import fold

_LINKS = frozenset({"de", "du", "des", "d"})  # "de", "du", "des", "d'" before an institution's place
_LINK_ARTICLES = frozenset({"la", "l", "les"})  # "de la Meurthe-et-Moselle", "de l'Isère"
_ADJECTIVE = re.compile(r"(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|ique|if|ive|aire|ier|ière)$")
MAX_COMPLEMENT_WORDS = 4  # "de Saint-Dié-des-Vosges" is one word; a place name is short


@dataclass(frozen=True, slots=True)
class NameWords:
    institution_heads: dict[str, tuple[tuple[str, ...], ...]]  # first word → heads, longest first
    place_heads: frozenset[tuple[str, ...]]  # heads taking "de" and a place
    eponymous_heads: frozenset[tuple[str, ...]]  # heads taking a name directly
    venue_heads: frozenset[tuple[str, ...]]
    glued_endings: frozenset[str]
    place_endings: frozenset[str]  # "-based": the glued name is a place's
    sentence_modifiers: frozenset[str]
    corporate_suffixes: frozenset[str]
    company_words: frozenset[str]
    company_heads: frozenset[str]  # "Air" of "Air France": a company's name goes on past a place
    index_numbers: frozenset[str]
    index_words: frozenset[str]
    index_moves: frozenset[str]  # "rose" of "the FTSE 100 rose": no count of roses
    society_heads: frozenset[str]  # "the Lorvanian Medical Association": a country's name opens it
    division_regions: frozenset[str]  # "Tarvix Europe": a company's regional division
    demonym_endings: tuple[str, ...]  # longest first
    demonym_ending: re.Pattern[str]  # any of them, at a word's end
    abbreviated: frozenset[str]  # as written: "St", "Mt"


def _phrase(words: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in tokens_of(words))


def _merged(data: dict, key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, dict):
        return [str(w) for words in value.values() for w in words or ()]
    return [str(w) for w in value]


@cache
def name_words() -> NameWords:
    """The word lists of data/name_structure.yaml, folded (once per process)."""
    data = load("name_structure.yaml")
    endings = tuple(sorted({fold(w) for w in _merged(data, "demonym_endings")}, key=len, reverse=True))
    eponymous = {_phrase(w) for w in _merged(data, "eponymous_heads")}
    venues = {_phrase(w) for w in _merged(data, "venue_heads")}
    place_heads = {_phrase(w) for w in _merged(data, "institution_heads")} | venues  # "stade de la Meinau"
    heads: dict[str, list[tuple[str, ...]]] = {}
    for phrase in place_heads | eponymous:
        if phrase:
            heads.setdefault(phrase[0], []).append(phrase)
    return NameWords(
        institution_heads={first: tuple(sorted(p, key=len, reverse=True)) for first, p in heads.items()},
        place_heads=frozenset(place_heads),
        eponymous_heads=frozenset(eponymous),
        venue_heads=frozenset(venues),
        glued_endings=frozenset(fold(w) for w in _merged(data, "glued_modifier_endings")),
        place_endings=frozenset(fold(w) for w in _merged(data, "place_modifier_endings")),
        sentence_modifiers=frozenset(fold(w) for w in _merged(data, "sentence_modifiers")),
        corporate_suffixes=frozenset(fold(w) for w in _merged(data, "corporate_suffixes")),
        company_words=frozenset(fold(w) for w in _merged(data, "company_words")),
        company_heads=frozenset(fold(w) for w in _merged(data, "company_heads_before_place")),
        index_numbers=frozenset(_merged(data, "index_numbers")),
        index_words=frozenset(fold(w) for w in _merged(data, "index_words")),
        index_moves=frozenset(fold(w) for w in _merged(data, "index_moves")),
        society_heads=frozenset(fold(w) for w in _merged(data, "society_heads")),
        division_regions=frozenset(fold(w) for w in _merged(data, "division_regions")),
        abbreviated=frozenset(str(w) for w in data.get("abbreviated_name_words") or ()),
        demonym_endings=endings,
        demonym_ending=re.compile("(?:" + "|".join(map(re.escape, endings)) + ")$"),
    )


Joined = Callable[[str, object, object], bool]


def _is_name(token) -> bool:
    return token.text[:1].isupper() and not token.text.isdigit()


def institution_at(
    text: str, tokens: Sequence, i: int, joined: Joined, stops: Callable[[int, bool], bool], refuses: Callable[[int], bool]
) -> tuple[int, ActorKind] | None:
    """An institution named by a head noun at token i and a name: how many tokens it spans and
    its kind, or None.

    "le tribunal de grande instance de Nancy", "la mairie de Lunéville", "le conseil général de
    la Meurthe-et-Moselle" (head, one or two adjectives, de/du/des/d'/de la/de l', a capitalised
    name); "le collège Victor-Hugo" (an eponymous head, then the name, and maybe "de" and a
    place). ``stops(k, place)`` says that capitalised token k cannot go on the name (a person's
    first name after a place: "le tribunal de Nancy Jean Dupont a dit"); ``refuses(k)`` whether
    token k opens it: the length of a gazetteer name starting there ("de New York"), True when
    it cannot ("l'université d'État"), False when it opens a name of unknown length.
    """
    words = name_words()
    heads = words.institution_heads.get(tokens[i].folded)
    if not heads:
        return None
    count = len(tokens)
    for head in heads:
        n = len(head)
        if i + n > count or any(tokens[i + m].folded != head[m] for m in range(1, n)):
            continue
        if any(not joined(text, tokens[i + m - 1], tokens[i + m]) for m in range(1, n)):
            continue
        k = i + n
        # "le tribunal correctionnel de Nancy", "l'hôpital central de Nancy"
        while k < count and k - (i + n) < 2 and tokens[k].text.islower() and _ADJECTIVE.search(tokens[k].folded) and joined(text, tokens[k - 1], tokens[k]):
            k += 1
        place = _place_complement(text, tokens, k, joined, stops, refuses) if head in words.place_heads else None
        if place is not None:  # "le régiment de Tirailleurs d'Épinal"
            end = _place_complement(text, tokens, place, joined, stops, refuses) or place
        elif k == i + n and head in words.eponymous_heads:
            end = _name_complement(text, tokens, k, joined, stops, refuses, place=False)
            if end is not None:
                end = _place_complement(text, tokens, end, joined, stops, refuses) or end
        else:
            end = None
        if end is None:
            continue
        kind = ActorKind.PLACE if head in words.venue_heads else ActorKind.ORGANISATION
        return end - i, kind
    return None


def _place_complement(text: str, tokens: Sequence, k: int, joined: Joined, stops, refuses) -> int | None:
    """Where "de/du/des/d'/de la/de l'" and a capitalised name starting at token k end."""
    count = len(tokens)
    if k >= count or tokens[k].folded not in _LINKS or tokens[k].text[:1].isupper() or not joined(text, tokens[k - 1], tokens[k]):
        return None
    k += 1
    if k < count and tokens[k - 1].folded == "de" and tokens[k].folded in _LINK_ARTICLES and tokens[k].text.islower():
        if not joined(text, tokens[k - 1], tokens[k]):
            return None
        k += 1
    return _name_complement(text, tokens, k, joined, stops, refuses, place=True)


def _name_complement(text: str, tokens: Sequence, k: int, joined: Joined, stops, refuses, place: bool) -> int | None:
    """Where the capitalised name starting at token k ends (None when there is none)."""
    count = len(tokens)
    if k >= count or not _is_name(tokens[k]) or not joined(text, tokens[k - 1], tokens[k]):
        return None
    known = refuses(k)
    if known is not False:  # a gazetteer name is the whole name ("de New York"); True refuses it
        return None if known is True else k + known
    end = k + 1
    while (
        end < count
        and end - k < MAX_COMPLEMENT_WORDS
        and _is_name(tokens[end])
        and joined(text, tokens[end - 1], tokens[end])
        and not stops(end, place)
    ):
        end += 1
    return end


# A product's model code: one or two capitals and a number of three digits or more ("A380",
# "KC135", "A400M"), or capitals, a hyphen and a number ("C-17", "MD-95", "KC-30s"). Not a
# capital and a short number: "G8", "D66" name a group and a party.
# A variant or a modifier may be glued to it: "A330-200", "A380-ready".
_MODEL_CODE = re.compile(r"(?:[A-Z]{1,2}\d{3,5}[A-Z]{0,2}|[A-Z]{1,4}-\d{1,5}[A-Z]{0,2})s?(?:-[^\W_]+)*")
# A currency mark right after a country's code: "US$ 23 billion", "US $129", "HK$5".
_CURRENCY_AFTER = re.compile(r" ?[$€£¥]")


def is_model_code(word: str) -> bool:
    """Whether a word is a product's model code ("A380", "C-17"), which names no actor; not a
    stock index's name written with a hyphen ("FTSE-100", "CAC-40")."""
    if not _MODEL_CODE.fullmatch(word):
        return False
    letters, _, number = word.partition("-")
    return not (len(letters) > 2 and letters.isalpha() and number in name_words().index_numbers)


def currency_follows(text: str, end: int) -> bool:
    """Whether a currency sign follows the name ending at ``end`` ("US$", "US $129"): the name
    is then part of a currency's mark, not a mention of its country."""
    return bool(_CURRENCY_AFTER.match(text, end))


def glued_stem(word: str) -> int:
    """The length of the name part of a hyphenated modifier ("Chicago-based": 7), 0 when the word
    is no such modifier."""
    head, dash, ending = word.rpartition("-")
    if not dash or not head or not head[:1].isupper() or fold(ending) not in name_words().glued_endings:
        return 0
    return len(head)


def is_sentence_modifier(token, common_words: frozenset[str]) -> bool:
    """A capitalised word opening a sentence before a name that is not part of the name ("Rival
    Boeing", "Struggling GM", "Actual Airbus deliveries")."""
    return token.sentence_initial and (token.folded in name_words().sentence_modifiers or token.folded in common_words)


def company_after_title(run: Sequence) -> bool:
    """Whether a title opening a run is part of a company's name ("General Motors", "General
    Electric Co."): the word after it is a company word or a corporate suffix."""
    if len(run) < 2:
        return False
    words = name_words()
    return any(t.folded in words.company_words or t.folded in words.corporate_suffixes for t in run[1:])


def index_number_end(text: str, tokens: Sequence, run: Sequence, j: int, nouns: frozenset[str]) -> int:
    """Where a stock index's name ends once its number is kept ("FTSE 100", "CAC 40", "S&P 500",
    "the Nikkei 225 index"): j + 1 when token j is an index number right after a name written in
    capitals, or after any name when an index word follows the number; else j. A common noun
    after the number makes it a count ("GM 500 workers"; ``nouns``: common words)."""
    words = name_words()
    if j >= len(tokens) or tokens[j].text not in words.index_numbers:
        return j
    last = run[-1]
    if text[last.end : tokens[j].start] != " ":
        return j
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    if after is not None and after.folded in _INDEX_KINDS and j + 2 < len(tokens) and tokens[j + 2].folded in words.index_words:
        after = tokens[j + 2]  # "the Nikkei 225 stock index"
    # "the Tarvix 2000 index", "the Tarvix 2000 Index" (the index word in capitals is the name's).
    said_index = after is not None and (after.text.islower() or after.text.istitle()) and after.folded in words.index_words
    counted = after is not None and after.text.islower() and after.folded in nouns and not said_index and after.folded not in words.index_moves
    if is_acronym(last.text):
        return j if counted else j + 1
    if after is not None and after.text.islower() and after.folded in words.index_moves and text[tokens[j].end : after.start] == " ":
        return j + 1  # "the Nikkei 225 fell": the index moved
    return j + 1 if said_index and text[tokens[j].end : after.start] in (" ", " stock ", " share ", " benchmark ") else j


_INDEX_KINDS = frozenset({"stock", "share", "benchmark"})  # "the Nikkei 225 stock index"


def core_name(key: str, stop_words: frozenset[str]) -> str:
    """A company's folded name without its corporate suffixes ("apple computer inc" → "apple");
    the name itself when it has none, or when stripping would leave a lone word of
    ``stop_words`` (titles, function and common words: "general motors" stays)."""
    suffixes = name_words().corporate_suffixes
    parts = key.split()
    while len(parts) > 1 and parts[-1].rstrip(".") in suffixes:
        if len(parts) == 2 and parts[0] in stop_words:
            break
        parts.pop()
    return " ".join(parts)


def has_corporate_suffix(key: str) -> bool:
    parts = key.split()
    return len(parts) > 1 and parts[-1] in name_words().corporate_suffixes


_places_of: list = [None, frozenset()]  # the last gazetteer asked and its one-word place names


def _gazetteer_places(gazetteer: Gazetteer) -> frozenset[str]:
    if _places_of[0] is not gazetteer:
        _places_of[1] = frozenset(
            fold(name)
            for entry in gazetteer.entries.values()
            if entry.kind in (ActorKind.PLACE, ActorKind.COUNTRY)
            for name in entry.all_names()  # ("new york" for "New Yorkers")
        )
        _places_of[0] = gazetteer
    return _places_of[1]


def is_demonym(folded: str, places: frozenset[str] | set[str], gazetteer: Gazetteer, first_names: frozenset[str]) -> bool:
    """Whether a folded word names a place's inhabitants: a place's name (of the gazetteer or of
    ``places``, the article's own capitalised words) with a demonym ending ("lyonnais",
    "nanceiens", "parisians"). First names are not ("romain" is no inhabitant of Rome)."""
    words = name_words()
    if len(folded) < 5 or not words.demonym_ending.search(folded) or folded in first_names:
        return False
    known = _gazetteer_places(gazetteer)
    for ending in words.demonym_endings:
        if not folded.endswith(ending) or len(folded) - len(ending) < 3:
            continue
        stem = folded[: -len(ending)]
        # "paris|ians", "lyon|n|ais", "nanc(y)|eiens", "marseill(e)|ais"
        for place in (stem, stem[:-1], *(stem + c for c in "eya"), stem + "as"):  # "tex|ans": Texas
            if len(place) >= 3 and place != folded and (place in known or place in places):
                return True
    return False
