"""Typing discovered names from the words around them (data/actor_context.yaml).

``find_mentions`` first types a name from the name alone (a first name, an organisation word, an
acronym, "à" before it); ``retype`` then reads its context: a role or a company noun before it
("le maire X", "the carmaker X"), a verb of saying ("a déclaré X", "X told reporters"), an age
or an apposition after it ("X, 45 ans,", "X, the company's chief executive,"), a legal form
("X Inc"), a sports result (the city's club: "Nantes a battu Lyon 2-1"). Each kind comes with a
weight (``WEAK`` < ``FAIR`` < ``STRONG``): a cue replaces the kind of the name alone only when it
weighs more, and corpus-wide resolution prefers the kind with the heaviest evidence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from typing import NamedTuple

from tui.extract.data import load
from tui.extract.gazetteer import is_acronym
from tui.extract.model import ActorKind, Mention
from tui.util.text import fold

WEAK, FAIR, STRONG = 1, 2, 3  # how much a kind decision weighs (0: no evidence)
_LEVELS = {"weak": WEAK, "fair": FAIR, "strong": STRONG}
_WINDOW = 64  # characters of context read on each side of a name
_APOSTROPHES = str.maketrans("’´`ʼ", "''''")
# Words that cannot be the adjective between a role noun and the name ("le maire de X").
_FUNCTION = (
    "de|du|des|d|la|le|les|l|un|une|of|the|a|an|et|and|ou|or|en|in|au|aux|pour|for|to|with|avec|"
    "sur|on|par|by|at|qui|que|dont|which|who|whose|where|when|while|puis|then|alors|selon|mais|but|"
    "son|sa|ses|his|her|its|their|leur|leurs|ce|cet|cette|this|that|is|was|est|a|ont|has|have|had|"
    "from|at|with|into|after|before|than|as|like|chez|dans|depuis|vers|entre|sans|sous|named|called|"
    "dubbed|nicknamed|nomme|appele|baptise|surnomme|dit"
)
_FUNCTION_WORDS = frozenset(_FUNCTION.split("|"))
_TAIL_OF_NAME = re.compile(r"[A-Z][\w&.-]*\s+(?:of|de|du|des|d')\s*$")
_TAIL_WORDS = ("of", "de", "du", "des", "d'")  # what _TAIL_OF_NAME's text ends with (its search is slow)
# A capitalised adjective of nationality in an apposition: "X, the Japanese minister of ...".
_DEMONYM = r"[A-Z][a-z]+(?:an|ian|ese|ish|ch|ais|aise|ien|ienne|ois|oise|ain|aine|i|ic)(?![\w'])"
# An abbreviation before the head noun, a country's or a company's: "X, another U.S. car maker",
# "X, a UK bank", "X, a GM unit".
_ABBREVIATION = r"(?:[A-Z]\.){2,3}(?!\w)|[A-Z]{2,4}(?![\w'])"
# A name glued to a participle before the head noun: "X, a Lorvanville-based insurer", "X, a
# Kremlin-owned maker".
_GLUED_MODIFIER = r"[A-Z][\w.&]*-[a-z]+(?![\w'-])"
# A lowercase word (capitalised words belong to names: "a major iTunes Music Store update").
_ADJECTIVE = rf"(?!(?:{_FUNCTION})(?![\w'-]))[a-z][a-z-]*(?![\w'])"
_AGE = re.compile(r"\s*,\s*(?:\d{1,2}\s*ans\b|\d{1,2}\s*,|aged?\s+\d{1,2}\b)|\s*\(\s*\d{1,2}\s*ans\s*\)")
_SCORE = re.compile(r"(?<![\d.,/:-])\d{1,2}\s*(?:-|–|à|a)\s*\d{1,2}(?![\d.,/:-])")
# "Wixom, Michigan", "Des Moines, dans l'Iowa", "Quincy, in Illinois".
_COMMA = re.compile(r", (?:(?:dans|en|au|aux|in)\s+(?:l'|le\s+|la\s+|les\s+|the\s+)?)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*[A-Z]|\s(?:et|and|ou|or)\s)")
# A sentence opening on a preposition before the name: the comma after the name closes that
# phrase ("Selon X, le maire a dit", "Sur Nancy, le réseau"), it opens no apposition.
_INTRODUCED = re.compile(
    r"(?:^|[.!?:;\"»”]\s+)(?:selon|sur|pour|dans|en|à|a|au|aux|après|avant|chez|avec|d'après|quant à|"
    r"according to|in|on|for|at|with|after|before|from|by|like|unlike|as for)\s[^,.!?;:]*$",
    re.IGNORECASE,
)
_OPEN_BRACKET = re.compile(r"\s?\(")
_WORD_AFTER = re.compile(r" ([A-Z][\w-]*)")
_DEPARTMENT = re.compile(r"\s?\((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)")  # a French department's number
_WHO = re.compile(r",?\s+who(?![\w'])")
# An apposition saying where the name is based: "Tarvix Aero, based in Lorvan," (a firm; said of
# a person, "a Lorvan-based analyst" is the usual turn).
_BASED_IN = re.compile(r",\s(?:which\sis\s|that\sis\s)?(?:based|headquartered)\sin\s")
# A possessive before a product's name in lower camel case: "Tarvix's iZephyr", "its new eLorvan".
_OWNED_PRODUCT = re.compile(r"'s\s+(?:(?:new|latest|upcoming)\s+)?[a-z]{1,3}[A-Z][a-z]?\w*")
_STOCK_MOVE = re.compile(
    r"(?:'s\s+shares\s+|\s+shares\s+)?\s*(?:rose|fell|gained|lost|dropped|climbed|jumped|slid|plunged|surged|"
    r"tumbled|declined|sank|soared|slipped|advanced|rising|falling|gaining|losing|dropping|climbing|jumping|"
    r"sliding|plunging|surging|tumbling|declining|sinking|soaring|slipping|advancing|"
    r"a (?:gagné|perdu|chuté|bondi|progressé|reculé)|"
    r"gagne|perd|chute|bondit|progresse|recule)\s+(?:by\s+|de\s+)?(?:almost\s+|nearly\s+|about\s+)?"
    r"[\d.,]+\s*(?:%|percent|per cent|pour cent|cents?)"
)
_AND = re.compile(r"\s+(?:et|and|ou|or)\s+")
_CHAIN_GAP = re.compile(r"\s*(?:,|,?\s+(?:et|and|ou|or))\s*")


@dataclass(frozen=True, slots=True)
class _Rule:
    pattern: re.Pattern[str]
    kind: ActorKind
    weight: int
    several_words: bool = False  # only for a name of several words (a weak "X said")


@dataclass(frozen=True, slots=True)
class _Context:
    before: dict[tuple[str, ...], list[_Cue]]
    after: tuple[_Rule, ...]
    corporate: re.Pattern[str]
    apposition: re.Pattern[str]
    copula: re.Pattern[str]  # " is a maker of", " was the best performing company"
    political_side: re.Pattern[str]  # " (centre-gauche)" after a party's name
    heads: dict[str, ActorKind]
    clause: frozenset[str]
    clubs: frozenset[str]
    roles: frozenset[tuple[str, ...]]  # "le chef du parti, " before a name: that person
    sports: re.Pattern[str]
    sports_before: dict[tuple[str, ...], list[_Cue]]
    sports_after: re.Pattern[str]
    glued_company: re.Pattern[str]  # "Tokyo-based ", "Kremlin-owned " right before the name
    company_relation: re.Pattern[str]  # "'s rival" after an organisation's name


def _phrase(cue: str) -> str:
    """A folded cue as a regex: its words in a row, whatever the spaces between them."""
    return r"\s+".join(re.escape(w) for w in fold(cue).translate(_APOSTROPHES).split())


def _alternatives(cues: Iterable[str]) -> str:
    return "|".join(sorted({_phrase(c) for c in cues if str(c).strip()}, key=len, reverse=True))


class _Cue(NamedTuple):
    kind: ActorKind
    weight: int
    adjective: bool  # an adjective may stand between the cue and the name
    after_quote: bool  # a verb of saying in inversion: after a quote or a comma


# Words and single signs of the (accent-stripped) text: "l'entraineur" is "l", "'", "entraineur".
_WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
_QUOTE_OR_COMMA = frozenset(',"”»\'')
_OPENERS = frozenset('.!?:;«"“(\'')
_LONGEST_CUE = 6  # words


def _cue_words(cue: str) -> tuple[str, ...]:
    """A cue's words, lowercase, accents kept: "à" is no "a" ("a Intel processor")."""
    return tuple(_WORD.findall(_plain(cue.lower())))


def _phrase_table(entries: Iterable[tuple[str, _Cue]]) -> dict[tuple[str, ...], list[_Cue]]:
    """Cue phrases (as words) → what they say; "... de" also as "... d'" and "... du"."""
    table: dict[tuple[str, ...], list[_Cue]] = {}
    for cue, meaning in entries:
        words = _cue_words(cue)
        if not words:
            continue
        forms = [words]
        if words[-1] == "de" and len(words) > 1:
            forms += [words[:-1] + ("d", "'"), words[:-1] + ("du",)]
        for form in forms:
            table.setdefault(form[-_LONGEST_CUE:], []).append(meaning)
    return table


def _example_of(heads: dict[str, ActorKind], left: str) -> ActorKind | None:
    """"carriers such as X", "des banques comme X": the kind of the noun the name exemplifies."""
    if not left.rstrip().endswith(_EXAMPLE_ENDS):  # (most names: no need to read the words)
        return None
    words = _WORD.findall(left[-60:])
    for n in (2, 1):
        if len(words) > n and tuple(words[-n:]) in _EXAMPLE_WORDS:
            noun = words[-n - 2] if words[-n - 1] == "," and len(words) > n + 1 else words[-n - 1]
            noun = fold(noun)
            for form in (noun, noun[:-1] if noun[-1:] in ("s", "x") else noun):
                if form in heads:
                    return heads[form]
    return None


_EXAMPLE_WORDS = frozenset({("such", "as"), ("including",), ("like",), ("comme",), ("notamment",), ("tels", "que"), ("telles", "que"), ("dont",)})
_EXAMPLE_ENDS = tuple({words[-1] for words in _EXAMPLE_WORDS})  # what the text before ends with


def _left_cues(table: dict[tuple[str, ...], list[_Cue]], left: str) -> Iterable[_Cue]:
    """The cues the text before a name ends with (lowercase words; the word opening a sentence
    may be capitalised), allowing one adjective after the cue nouns that take one."""
    words = _WORD.findall(left[-50:])
    if not words:
        return
    adjective = words[-1].islower() and words[-1].isalpha() and words[-1] not in _FUNCTION_WORDS and not _english_verb(words[-1])
    endings = _cue_endings(table)
    # The ends of the phrases looked up: those a cue ends with (most names have none).
    ends = (len(words), len(words) - 1) if adjective else (len(words),)
    ends = [end for end in ends if end >= 1 and _may_end_cue(words[end - 1], endings)]
    if not ends:
        return
    # Acronyms count in lowercase ("CEO of").
    lowered = [_lowered(w) for w in words]
    for end in ends:
        skip = len(words) - end
        for n in range(1, min(_LONGEST_CUE, end) + 1):
            start = end - n
            phrase = tuple(lowered[start:end])
            # The word opening a sentence counts in lowercase, and its "A" is "à" ("A Mitrovica,
            # ...": French capitals often go without their accent).
            if words[start][:1].isupper() and (start == 0 or words[start - 1] in _OPENERS):
                phrase = ("à" if words[start] == "A" else phrase[0].lower(), *phrase[1:])
            for cue in table.get(phrase, ()):
                if skip and not cue.adjective:
                    continue
                if cue.after_quote and not (start > 0 and words[start - 1] in _QUOTE_OR_COMMA):
                    continue
                yield cue


# English verbs are no adjective after a role noun: "the administration gave Tarvix a loan" names
# no administration's head ("l'administration Obama" does).
_ENGLISH_VERBS = frozenset(
    "gave gives give met meets paid pays sent sends took takes told tells became becomes got gets "
    "sold sells bought buys made makes won wins lost loses left leaves hired hires said says asked "
    "urged named names chose chooses sued sues let lets put puts set sets".split()
)


def _english_verb(word: str) -> bool:
    """Whether a lowercase word is an English verb in the past ("ordered") or a common one."""
    return (word.endswith("ed") and len(word) > 4) or word in _ENGLISH_VERBS


def _lowered(word: str) -> str:
    """An acronym in lowercase ("CEO"), any other word as written."""
    return word.lower() if word.isupper() and len(word) <= 4 else word


def _may_end_cue(word: str, endings: frozenset[str]) -> bool:
    """Whether a cue phrase may end with ``word`` (as looked up: lowered, or in lowercase or as
    "à" when it opens the phrase)."""
    last = _lowered(word)
    return last in endings or last.lower() in endings or (word == "A" and "à" in endings)


_ENDINGS: dict[int, tuple[dict, frozenset[str]]] = {}


def _cue_endings(table: dict[tuple[str, ...], list[_Cue]]) -> frozenset[str]:
    """The last words of the cue phrases of ``table`` (one of the cached context's tables)."""
    known = _ENDINGS.get(id(table))
    if known is None or known[0] is not table:
        known = _ENDINGS[id(table)] = (table, frozenset(phrase[-1] for phrase in table))
    return known[1]


def _after(cues: list[str], possessed: bool = False, adjectives: int = 0, names: int = 0) -> re.Pattern[str]:
    """The cues right after a name, in any case ("Tarvex CEO Jane Doe"), or after its possessive
    and up to ``adjectives`` lowercase words ("Tarvex's new mobile phone") or ``names``
    capitalised ones ("Tarvex's Lorvan plant")."""
    lead = r"'s\s+" if possessed else r"\s+"
    if names:
        lead += rf"(?:(?-i:[A-Z])[\w&-]*\s+){{0,{names}}}"
    if adjectives:
        return re.compile(rf"^{lead}(?:{_ADJECTIVE}\s+){{0,{adjectives}}}(?:{_alternatives(cues)})(?![\w-])")
    return re.compile(rf"^{lead}(?:{_alternatives(cues)})(?![\w-])", re.IGNORECASE)


def _merged(by_language: dict | None) -> list[str]:
    return [str(w) for words in (by_language or {}).values() for w in words or ()]


@cache
def _context() -> _Context:
    data = load("actor_context.yaml")
    words = load("actor_words.yaml")
    excluded = {fold(w) for w in data["not_person_cues"]}
    titles = [t for t in _merged(words["person_titles"]) + _merged(words["roles"]) if fold(t) not in excluded]
    before: list[tuple[str, _Cue]] = []
    person_roles = _merged(data["before"]["person"]["strong"]) + titles
    for kind_name, levels in data["before"].items():
        kind = ActorKind(kind_name)
        for level, cues in levels.items():
            cues = _merged(cues) + (titles if (kind, level) == (ActorKind.PERSON, "strong") else [])
            adjective = level == "strong" and kind != ActorKind.PLACE
            inverted = (kind, level) == (ActorKind.PERSON, "fair")
            before += [(cue, _Cue(kind, _LEVELS[level], adjective, inverted)) for cue in cues]
    after: list[_Rule] = []
    for kind_name, levels in data["after"].items():
        kind = ActorKind(kind_name)
        for level, cues in levels.items():
            if level == "possessed":
                company = kind == ActorKind.ORGANISATION
                weight = STRONG if company else FAIR  # "Apple's shares", "Tarvix's Lorvan plant"; "X's wife"
                after.append(_Rule(_after(_merged(cues), possessed=True, names=2 if company else 0), kind, weight))
            elif level == "possessed_products":  # "Tarvex's latest mobile operating system"
                after.append(_Rule(_after(_merged(cues), possessed=True, adjectives=3), kind, WEAK))
            elif _merged(cues):
                weak_person = (kind, level) == (ActorKind.PERSON, "weak")
                after.append(_Rule(_after(_merged(cues)), kind, _LEVELS[level], several_words=weak_person))
    heads = {fold(h): ActorKind.PERSON for h in _merged(words["roles"])}
    for kind_name, nouns in data["apposition"].items():
        heads.update({" ".join(fold(h).split()): ActorKind(kind_name) for h in nouns})
    skip = "|".join(sorted((_phrase(w) for w in data["apposition_skip"]), key=len, reverse=True))
    noun_phrase = (
        rf"(?:l'|d'|[\w-]+'s\s+|(?:{skip})\s+)*(?:(?:{_ADJECTIVE}|{_DEMONYM}|{_ABBREVIATION}|{_GLUED_MODIFIER})\s+){{0,3}}?(?P<head>{_alternatives(heads)})(?![\w'-])"
        r"(?:\s+(?P<next>[\w']+))?"
    )
    apposition = re.compile(rf"^\s*,\s+{noun_phrase}")
    copula = re.compile(rf"^\s+(?:is|was|remains|became|has\s+been|had\s+been)\s+(?:a|an|the)\s+{noun_phrase}")
    suffixes = "|".join(re.escape(s) for s in sorted(data["corporate_suffixes"], key=len, reverse=True))
    return _Context(
        before=_phrase_table(before),
        after=tuple(after),
        corporate=re.compile(rf"^,?\s+(?:{suffixes})(?![\w-])"),
        apposition=apposition,
        copula=copula,
        political_side=re.compile(rf"\s*\(\s*(?:{_alternatives(data['political_sides'])})\s*\)", re.IGNORECASE),
        heads=heads,
        clause=frozenset(str(w).lower() for w in data["apposition_clause"]),
        clubs=frozenset(data["club_prefixes"]),
        roles=frozenset(_cue_words(r) for r in person_roles),
        sports=re.compile(rf"(?:^|[^\w-])(?:{_alternatives(data['sports_words'])})(?![\w-])"),
        sports_before=_phrase_table((c, _Cue(ActorKind.ORGANISATION, STRONG, False, False)) for c in data["sports_before"]),
        sports_after=_after(data["sports_after"]),
        glued_company=re.compile(rf"\w-(?:{_alternatives(data['company_modifier_endings'])})\s$", re.IGNORECASE),
        company_relation=re.compile(rf"['’]s\s+(?:[a-z-]+\s+)?(?:{_alternatives(_merged(data['company_relations']))})(?![\w'-])"),
    )


def _head_kind(heads: dict[str, ActorKind], phrase: re.Match[str], after_head: str) -> ActorKind:
    """The kind a noun phrase's head gives; the last noun's when two heads follow each other ("a
    company spokesman" is a person, "a bank analyst" too)."""
    following = heads.get(fold(after_head)) if after_head else None
    return following if following is not None else heads[" ".join(phrase["head"].split())]


def _windows(text: str, start: int, end: int, bounds: tuple[int, int] | None = None) -> tuple[str, str]:
    """The text of the paragraph (within ``bounds``) before and after a span (at most _WINDOW
    characters each)."""
    low, high = bounds or (0, len(text))
    left = text[max(low, start - _WINDOW) : start]
    left = left[left.rfind("\n") + 1 :]
    right = text[end : min(high, end + _WINDOW)]
    cut = right.find("\n")
    return left, right if cut < 0 else right[:cut]


def _plain(part: str) -> str:
    """In its own case and accents (composed), with plain apostrophes."""
    if part.isascii():
        return part
    return _plain_apostrophes(unicodedata.normalize("NFC", part))


def _folded(part: str) -> str:
    """Without accents, with plain apostrophes, in its own case (context cues are lowercase
    words: "Group" in "Capital Group Charlie Smith" is part of a name, not the noun)."""
    if part.isascii():
        return part
    return _plain_apostrophes(_COMBINING.sub("", unicodedata.normalize("NFKD", part)))


_COMBINING = re.compile("[\u0300-\u036f]+")  # the accents NFKD parts from Latin letters


def _plain_apostrophes(part: str) -> str:
    """``part.translate(_APOSTROPHES)``, faster: translate maps a non-ASCII string through a
    dict one character at a time (~50 µs for a paragraph), a replace is a scan."""
    for curly in "’´`ʼ":
        if curly in part:
            part = part.replace(curly, "'")
    return part


class _Views:
    """An article's paragraphs in plain and in folded form, each made once (not once per name),
    when that keeps their offsets."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.made: dict[tuple[int, int], tuple[str, str] | None] = {}

    def windows(self, start: int, end: int, left: str, right: str, bounds: tuple[int, int] | None) -> tuple[str, str]:
        """The plain text before a span and the folded text after it (``left``, ``right``)."""
        views = None
        if bounds is not None:
            if bounds not in self.made:
                part = self.text[bounds[0] : bounds[1]]
                plain, folded = _plain(part), _folded(part)
                self.made[bounds] = (plain, folded) if len(plain) == len(folded) == len(part) else None
            views = self.made[bounds]
        if views is None:
            return _plain(left), _folded(right)
        low = bounds[0]
        return views[0][start - len(left) - low : start - low], views[1][end - low : end - low + len(right)]


def context_kind(
    text: str, mention: Mention, bounds: tuple[int, int] | None = None, views: _Views | None = None
) -> tuple[ActorKind, int]:
    """The kind the words around a discovered name (in its paragraph, ``bounds``) give it, and
    its weight (UNKNOWN, 0: none)."""
    context = _context()
    left, right = _windows(text, mention.start, mention.end, bounds)
    if _AGE.match(right):
        return ActorKind.PERSON, STRONG
    if context.corporate.match(right):
        return ActorKind.ORGANISATION, STRONG
    if _WHO.match(right):
        return ActorKind.PERSON, FAIR  # "X, who ...": organisations are "which"
    if context.political_side.match(right):
        return ActorKind.ORGANISATION, STRONG  # "les Réformistes du Lorvan (centre-gauche)": a party
    plain_left, folded_right = (views or _Views(text)).windows(mention.start, mention.end, left, right, bounds)
    apposition = context.apposition.match(folded_right)
    # The word after the head as written ("né à Paris": "à" is no verb "a").
    after_head = right[apposition.start("next") : apposition.end("next")].lower() if apposition and apposition["next"] else ""
    if apposition and after_head not in context.clause and not _INTRODUCED.search(plain_left):
        return _head_kind(context.heads, apposition, after_head), STRONG
    best = (ActorKind.UNKNOWN, 0)
    copula = context.copula.match(folded_right)
    if copula:  # "Tarvix is a supplier of engines", "Lorvan Travel was the best performing company"
        after_head = right[copula.start("next") : copula.end("next")].lower() if copula["next"] else ""
        best = (_head_kind(context.heads, copula, after_head), FAIR)
    acronym = is_acronym(mention.surface)
    several = " " in mention.key and not acronym
    # "Bank of America shares": what follows the name is said of the longer name it ends.
    tail = plain_left.rstrip().endswith(_TAIL_WORDS) and _TAIL_OF_NAME.search(plain_left) is not None
    if several and _role_then_comma(context.roles, plain_left) and not _LIST_GOES_ON.match(folded_right):
        best = (ActorKind.PERSON, FAIR)  # "le chef du Parti travailliste, Amram Mitzna, a dit"
    if not tail and best[1] < FAIR and _STOCK_MOVE.match(right) and not acronym:
        best = (ActorKind.ORGANISATION, FAIR)  # "Tarvex fell 5%": its shares did
    # Each rule after a name opens on white space or "'s": skip them all when neither follows,
    # or when none matches (one regex for all of them: most names are followed by no cue).
    follows = not tail and (folded_right[:1].isspace() or folded_right[:1] == "'")
    for rule in context.after if follows and _any_after().match(folded_right) else ():
        if rule.weight > best[1] and (several or not rule.several_words) and rule.pattern.match(folded_right):
            best = (rule.kind, rule.weight)
    if best[1] < FAIR and _BASED_IN.match(folded_right):
        best = (ActorKind.ORGANISATION, FAIR)  # "Tarvix Aero, based in Lorvan, builds": a firm's seat
    if best[1] == 0 and _OWNED_PRODUCT.match(folded_right):
        best = (ActorKind.ORGANISATION, WEAK)  # "Tarvix's iZephyr", "Tarvix's new eLorvan": its maker
    if best[1] < STRONG and context.glued_company.search(plain_left[-30:]):
        best = (ActorKind.ORGANISATION, STRONG)  # "Tokyo-based Tarvex", "Kremlin-owned Quillon"
    example = _example_of(context.heads, plain_left)
    if example is not None and best[1] < FAIR:
        best = (example, FAIR)
    possessor = folded_right.startswith("'s")  # "according to X's report": X may be anything
    # "le sénateur RPR", "the GOP senator": a title before an acronym gives the person's party.
    for cue in _left_cues(context.before, plain_left):
        if acronym and cue.kind == ActorKind.PERSON:
            continue
        if cue.weight > best[1] and not (possessor and cue.weight == WEAK):
            best = (cue.kind, cue.weight)
    if best[1] == 0 and _PLURAL_NAME.search(mention.surface) and _THE_BEFORE.search(plain_left) and _GROUP_AFTER.match(right):
        best = (ActorKind.ORGANISATION, WEAK)  # "the Tarvixes": a band, a team, a group
    if best[1] == 0 and _CLAUSE_OPENS.search(plain_left[-20:]):
        best = _possessive_pronoun_kind(text, mention.end, bounds)
    return best


# Where a clause's subject stands: a sentence's start, after "that" or a comma, one
# capitalised word (an adverb: "Yesterday") allowed before it.
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?:;\"“]\s*|\bthat\s|,\s)(?:[A-Z][a-z]{1,14},?\s)?$")  # (read on the last 20 characters)
_SUBJECT_CLAUSE = re.compile(r" (?:[a-z][\w'-]*[ ,]{1,2}){1,14}?(its|his|her)\b")
_CLAUSE_END = re.compile(r"[.!?;:\"“”()]|\b(?:and|but|while|whereas|because|although)\b|\s[A-Z]")


def _possessive_pronoun_kind(text: str, end: int, bounds: tuple[int, int] | None) -> tuple[ActorKind, int]:
    """A name that opens a clause and the first possessive pronoun of that clause, no other name
    between ("Tarvix would offer free access in its cafes", "Lorvan said his plan failed"):
    "its" says a thing or a body, "his"/"her" a person; a guess."""
    high = min(bounds[1] if bounds else len(text), end + 120)
    found = _SUBJECT_CLAUSE.match(text, end, high)
    if found is None:
        return ActorKind.UNKNOWN, 0
    if _CLAUSE_END.search(text, end, found.start(1)):
        return ActorKind.UNKNOWN, 0
    return (ActorKind.ORGANISATION if found.group(1) == "its" else ActorKind.PERSON), WEAK


# A name in the plural after "the" ("the Lorvans", "founded by the Quillers"): a group of
# people, a band or a team; a guess (mountains and islands in the plural are the gazetteer's).
_PLURAL_NAME = re.compile(r"[^su'’]s$")
# English only (French plural names are as often places': "les Amériques", "les Vosges"), and
# not after a preposition of place ("in the Lorvans", "across the Quillers").
_THE_BEFORE = re.compile(r"(?:^|[^\w'])(?<!in )(?<!into )(?<!across )(?<!through )(?<!throughout )(?<!over )(?<!near )(?<!from )(?:the|The)\s+$")
# ... and not a modifier of the noun after it ("the Harris family", "the Adams administration"):
# a stop, a possessive, a function word, an auxiliary or a past tense follows.
_GROUP_AFTER = re.compile(
    r"$|\s*[',.;:)!?’]|\s+(?:and|or|in|on|at|to|for|with|from|who|were|are|have|had|will|would|"
    r"[a-z]+ed)(?![\w'])"
)


@cache
def _any_after() -> re.Pattern[str]:
    """The rules after a name (``_Context.after``) as one pattern: whether any of them matches."""
    rules = _context().after
    flags = {rule.pattern.flags for rule in rules}
    if len(flags) != 1:  # (all alike today; were they not, each would be matched in turn)
        return re.compile("")
    return re.compile("|".join(f"(?:{rule.pattern.pattern})" for rule in rules) or r"(?!x)x", flags.pop())


def _role_then_comma(roles: frozenset[tuple[str, ...]], left: str) -> bool:
    """Whether the text before a name is a phrase holding a person's role, then a comma."""
    left = left.rstrip()
    if not left.endswith(","):
        return False
    phrase = re.split(r"[,.;:!?«»\"]", left[-61:-1])[-1]
    words = _WORD.findall(phrase)
    singular = [w[:-1] if w[-1:] in ("s", "x") and len(w) > 3 else w for w in words]  # "chercheurs"
    firsts = _first_words(roles)  # (a phrase can only start at a word some role starts with)
    return any(
        tuple(ws[k : k + n]) in roles for ws in (words, singular) for k in range(len(ws)) if ws[k] in firsts for n in (1, 2, 3)
    )


@cache
def _first_words(phrases: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(phrase[0] for phrase in phrases if phrase)


def retype(text: str, mentions: list[Mention], spans: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """The mentions of one article, typed again from their context in their paragraph (one of
    ``spans``; the whole text when none holds it). See the module's doc."""
    mentions = _join_club_prefixes(text, mentions)
    sporty: dict[int, bool] = {}
    views = _Views(text)
    starts = [start for start, _ in spans]
    out = []
    for mention in mentions:
        k = bisect_right(starts, mention.start) - 1
        bounds = spans[k] if k >= 0 and mention.end <= spans[k][1] else None
        if mention.entry is None and mention.surface.endswith("-based"):
            mention = replace(mention, end=mention.end - 6, surface=mention.surface[:-6], key=fold(mention.surface[:-6]))
            mention = replace(mention, kind=ActorKind.PLACE, weight=STRONG)
        elif _is_club(text, mention, sporty, bounds):
            mention = replace(mention, key=fold(mention.surface), entry=None, kind=ActorKind.ORGANISATION, weight=STRONG)
        elif mention.entry is None and mention.weight < STRONG:  # nothing outweighs STRONG
            kind, weight = context_kind(text, mention, bounds, views)
            if weight > mention.weight:
                mention = replace(mention, kind=kind, weight=weight)
            if mention.weak and weight == STRONG and _CLOSED_APPOSITION.match(text, mention.end) and not mention.surface.endswith("ly"):
                mention = replace(mention, weak=False)  # "Quillon, a unit of Tarvix, cut jobs": a name, though it opens the sentence
        out.append(mention)
    _type_lists(text, out)
    _type_members(text, out)
    _type_employers(text, out)
    _type_based_in_known_places(text, out)
    _type_regions_after_places(text, out)
    _type_places_in_places(text, out)
    _type_national_companies(text, out)
    out = _propagate(out)
    if _type_lists(text, out, _firm_kinds(out)):  # "Boeing and Lorvix Martin", Boeing typed elsewhere
        out = _propagate(out)
    if _type_companies_of_companies(text, out):  # once the owner's kind is the article's
        out = _propagate(out)
    return out


# An apposition closed by a second comma and followed by the verb: "X, a unit of Tarvix, cut"
# ("Still, the chief executive said" opens none).
_CLOSED_APPOSITION = re.compile(r",\s[^,.;:!?()\"“”]{2,60},\s[a-z]")


def _join_club_prefixes(text: str, mentions: list[Mention]) -> list[Mention]:
    """"le FC Metz": the club prefix and the city after it are one organisation."""
    clubs = _context().clubs
    out: list[Mention] = []
    for mention in mentions:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.entry is None
            and previous.surface in clubs
            and text[previous.end : mention.start] == " "
            and mention.kind in (ActorKind.PLACE, ActorKind.UNKNOWN)
        ):
            surface = text[previous.start : mention.end]
            out[-1] = Mention(previous.start, mention.end, surface, fold(surface), None, ActorKind.ORGANISATION, weight=STRONG)
            continue
        out.append(mention)
    return out


def _is_club(text: str, mention: Mention, sporty: dict[int, bool], bounds: tuple[int, int] | None) -> bool:
    """A city named in a sports result ("Nantes a battu Lyon 2-1", "face à Metz"): its club."""
    if mention.kind != ActorKind.PLACE or " " in mention.surface.strip():
        return False
    context = _context()
    left, right = _windows(text, mention.start, mention.end, bounds)
    plain_left, folded_right = _plain(left).lower(), _folded(right).lower()
    if not (any(_left_cues(context.sports_before, plain_left)) or context.sports_after.match(folded_right)):
        return False
    start = max(text.rfind(c, 0, mention.start) for c in ".!?\n") + 1
    if start not in sporty:
        ends = [e for e in (text.find(c, mention.end) for c in ".!?\n") if e >= 0]
        sentence = _folded(text[start : min(ends, default=len(text))]).lower()
        sporty[start] = bool(_SCORE.search(sentence) or context.sports.search(sentence))
    return sporty[start]


_OF_PARTY = frozenset({" du ", " de la ", " des ", " de l'", " de l’"})


def _type_members(text: str, mentions: list[Mention]) -> None:
    """"les Réformistes du Lorvan": a plural name of no kind right before "du" and an
    organisation names its members, the organisation's other name (a party's, mostly)."""
    for k in range(len(mentions) - 1):
        mention, body = mentions[k], mentions[k + 1]
        if (
            mention.entry is None
            and mention.kind == ActorKind.UNKNOWN
            and " " not in mention.surface
            and mention.surface.endswith(("s", "x"))
            and body.kind == ActorKind.ORGANISATION
            and text[mention.end : body.start] in _OF_PARTY
        ):
            mentions[k] = replace(mention, kind=ActorKind.ORGANISATION, weight=WEAK)


def _type_employers(text: str, mentions: list[Mention]) -> None:
    """"Warren Tarvix of Lorvan Hathaway said", "Tarvix's Jim Lorvan spoke": a name of no kind
    right after a person's and "of", or right before a person's with a possessive, is where the
    person works, an organisation, guessed (a town the gazetteer knows is typed already: "Ed Lee
    of Detroit")."""
    for k in range(1, len(mentions)):
        first, second = mentions[k - 1], mentions[k]
        gap = text[first.end : second.start]
        if gap == " of " and first.kind == ActorKind.PERSON and _untyped(second):
            mentions[k] = replace(second, kind=ActorKind.ORGANISATION, weight=WEAK)
        elif gap in _POSSESSIVE_GAPS and second.kind == ActorKind.PERSON and " " in second.surface and _untyped(first):
            mentions[k - 1] = replace(first, kind=ActorKind.ORGANISATION, weight=WEAK)


_POSSESSIVE_GAPS = frozenset({"'s ", "’s "})
_BASED_GAPS = frozenset({"-based ", "-headquartered "})


def _type_regions_after_places(text: str, mentions: list[Mention]) -> None:
    """"in Asia and the Pacific": one word of no kind after a place the gazetteer knows and
    "and the" is a region, a place too (a guess)."""
    for k in range(1, len(mentions)):
        place, region = mentions[k - 1], mentions[k]
        if (
            place.entry is not None
            and place.kind == ActorKind.PLACE
            and text[place.end : region.start] == " and the "
            and " " not in region.surface
            and _untyped(region)
        ):
            mentions[k] = replace(region, kind=ActorKind.PLACE, weight=WEAK)


def _type_based_in_known_places(text: str, mentions: list[Mention]) -> None:
    """"Tokyo-based Tarvex": a name of no kind right after a modifier glued to a place or a
    country the gazetteer knows is a company based there."""
    for k in range(1, len(mentions)):
        place, firm = mentions[k - 1], mentions[k]
        if (
            place.entry is not None
            and place.kind in (ActorKind.PLACE, ActorKind.COUNTRY)
            and text[place.end : firm.start] in _BASED_GAPS
            and _untyped(firm)
        ):
            mentions[k] = replace(firm, kind=ActorKind.ORGANISATION, weight=STRONG)


def _untyped(mention: Mention) -> bool:
    return mention.entry is None and mention.kind == ActorKind.UNKNOWN


def _firm_kinds(mentions: list[Mention]) -> frozenset[str]:
    """The keys of the names the article types by more than a guess somewhere."""
    return frozenset(m.key for m in mentions if m.entry is None and m.kind != ActorKind.UNKNOWN and m.weight >= FAIR)


def _type_lists(text: str, mentions: list[Mention], firm: frozenset[str] = frozenset()) -> bool:
    """"A, B, C et D": the untyped names of a list of three or more take the one kind the
    others share (at least two of them typed, or the first one from its context: "des œuvres
    de A, B et C"; none of another kind). A pair ("IBM and Motorola") does so for people and
    organisations, when its other name is known or typed by more than a guess (there or, with
    ``firm``, anywhere in the article). Returns whether a name was typed."""
    typed_any = False
    n = 0
    while n < len(mentions):
        end = n + 1
        while end < len(mentions) and _CHAIN_GAP.fullmatch(text, mentions[end - 1].end, mentions[end].start):
            end += 1
        if end == n + 1:  # one name: no list (``_pair`` asks for a second name)
            n = end
            continue
        chain = range(n, end)
        typed = {mentions[k].kind for k in chain if mentions[k].kind != ActorKind.UNKNOWN}
        count = sum(1 for k in chain if mentions[k].kind != ActorKind.UNKNOWN)
        if len(chain) >= 3 or _pair(text, mentions[n], mentions[n + 1] if len(chain) == 2 else None, typed, firm):
            sure = any(mentions[k].entry is not None or mentions[k].weight >= FAIR or mentions[k].key in firm for k in chain)
            if len(typed) == 1 and (count >= 2 or mentions[n].weight >= FAIR or sure):
                kind = typed.pop()
                for k in chain:
                    if mentions[k].kind == ActorKind.UNKNOWN and mentions[k].entry is None:
                        mentions[k] = replace(mentions[k], kind=kind, weight=WEAK)
                        typed_any = True
        n = end
    return typed_any


def _pair(text: str, first: Mention, second: Mention | None, typed: set[ActorKind], firm: frozenset[str] = frozenset()) -> bool:
    """Whether two names make a list: "A and B", "A et B", people or organisations ("X pour le
    SPD et Jean Dupont" is none), as many words each, or a one-word name and an organisation
    its own name types ("Tarvex and General Lorvan Motors") or the article types elsewhere
    (``firm``: "Lorvan-based Quillon Grumman" earlier, then "between Tarvex and Quillon
    Grumman")."""
    if second is None or not typed <= {ActorKind.PERSON, ActorKind.ORGANISATION} or _AND.fullmatch(text, first.end, second.start) is None:
        return False
    if first.surface.count(" ") == second.surface.count(" "):
        return True
    lone, other = (first, second) if " " not in first.surface else (second, first)
    if " " in lone.surface or lone.key in _first_names() or other.key.split(" ", 1)[0] in _first_names():
        return False  # not the first name of a pair of founders ("Sterling and Francine Clark Art Institute")
    # "Tarvex and General Lorvan Motors": the longer name's own words type it; in English
    # business news, "Tarvex and Lorvan Martin": the one-word name is a company, and the other
    # no person's (no first name); not in French ("le SPD et Kovacz Terlane" names a person).
    if other.kind == ActorKind.ORGANISATION and (other.weight >= STRONG or other.key in firm):
        return True
    # "Tarvex and Lorvan Martin", "Lorvan Martin and Tarvex" (Tarvex typed there or elsewhere).
    lone_firm = lone is first or lone.key in firm
    return lone_firm and lone.kind == ActorKind.ORGANISATION and other.kind == ActorKind.UNKNOWN and text[first.end : second.start] == " and "


@cache
def _first_names() -> frozenset[str]:
    return frozenset(fold(n) for n in load("first_names.yaml")["first_names"])


@cache
def _titles() -> frozenset[str]:
    return frozenset(fold(t) for t in _merged(load("actor_words.yaml")["person_titles"]))


def _title_follows(text: str, end: int) -> bool:
    """Whether a person's title follows a place ("German Chancellor", "Lorvanian President"): the
    place is the title's, not the address of the name before it."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and fold(word.group(1)) in _titles()


def _unknown_places(text: str, mention: Mention, place: Mention) -> bool:
    """"Ormécourt (Doubs)": two one-word names nothing types, the second in brackets: a town
    and its region, guessed."""
    return (
        mention.entry is None
        and place.entry is None
        and mention.kind == place.kind == ActorKind.UNKNOWN
        and " " not in mention.surface + place.surface
        and not is_acronym(place.surface)
        and _OPEN_BRACKET.fullmatch(text, mention.end, place.start) is not None
        and text.startswith(")", place.end)
    )


def _type_national_companies(text: str, mentions: list[Mention]) -> None:
    """"France's Thales", "Japan's Tarvex": a one-word name nothing else types, owned by a
    country, is guessed a company."""
    for k in range(1, len(mentions)):
        country, mention = mentions[k - 1], mentions[k]
        if (
            mention.entry is None
            and mention.kind == ActorKind.UNKNOWN
            and " " not in mention.surface
            and country.kind == ActorKind.COUNTRY
            and country.surface[:1].isupper()
            and text[country.end : mention.start] in ("'s ", "’s ")
        ):
            mentions[k] = replace(mention, kind=ActorKind.ORGANISATION, weight=WEAK)


_APPOSITION_OPENS = re.compile(r",\s+(?:the\s+)?")


def _type_companies_of_companies(text: str, mentions: list[Mention]) -> bool:
    """"Lorvex, Tarvix's rival during the bid": a name nothing types more than a guess, whose
    apposition makes it an organisation's rival, supplier or unit, is a company, guessed.
    Returns whether it typed one."""
    relation = _context().company_relation
    typed = False
    for k in range(len(mentions) - 1):
        mention, owner = mentions[k], mentions[k + 1]
        if (
            owner.kind == ActorKind.ORGANISATION
            and mention.entry is None
            and mention.weight < FAIR
            and _APPOSITION_OPENS.fullmatch(text, mention.end, owner.start)
            and relation.match(text, owner.end)
        ):
            mentions[k] = replace(mention, kind=ActorKind.ORGANISATION, weight=FAIR)
            typed = True
    return typed


def _type_places_in_places(text: str, mentions: list[Mention]) -> None:
    """"Wixom, Michigan", "Giromagny (Doubs)": a name typed by nothing stronger than a guess,
    followed by a comma and a known place or country, or by one in brackets, is a place in it."""
    for k, mention in enumerate(mentions):
        if mention.entry is None and mention.weight < FAIR and _DEPARTMENT.match(text, mention.end):
            mentions[k] = replace(mention, kind=ActorKind.PLACE, weight=FAIR)  # "Ormécourt (25)"
    for k in range(len(mentions) - 1):
        mention, place = mentions[k], mentions[k + 1]
        # "Wimborne, UK's Tarvix": the place's possessive opens the next name, the town's address
        owner = k + 2 < len(mentions) and text[place.end : mentions[k + 2].start] in ("'s ", "’s ")
        if _unknown_places(text, mention, place):
            mentions[k] = replace(mention, kind=ActorKind.PLACE, weight=WEAK)
            mentions[k + 1] = replace(place, kind=ActorKind.PLACE, weight=WEAK)
            continue
        if (
            mention.entry is None
            and mention.weight < FAIR
            and place.entry is not None
            and place.kind in (ActorKind.PLACE, ActorKind.COUNTRY)
            and (
                (
                    _COMMA.fullmatch(text, mention.end, place.start)
                    and (owner or not text.startswith(("'s", "’s"), place.end))
                    and not _title_follows(text, place.end)  # "buy Tarvix, German Chancellor X said"
                )
                or (_OPEN_BRACKET.fullmatch(text, mention.end, place.start) and text.startswith(")", place.end))
            )
        ):
            mentions[k] = replace(mention, kind=ActorKind.PLACE, weight=FAIR)


def _propagate(mentions: list[Mention]) -> list[Mention]:
    """A name left untyped takes the kind the article gives it elsewhere (its heaviest), with no
    weight of its own: corpus-wide resolution counts that evidence once."""
    best: dict[str, tuple[int, ActorKind]] = {}
    for mention in mentions:
        if mention.entry is None and mention.kind != ActorKind.UNKNOWN:
            if mention.weight > best.get(mention.key, (-1, ActorKind.UNKNOWN))[0]:
                best[mention.key] = (mention.weight, mention.kind)
    return [
        replace(m, kind=best[m.key][1], weight=0) if m.entry is None and m.kind == ActorKind.UNKNOWN and m.key in best else m
        for m in mentions
    ]
