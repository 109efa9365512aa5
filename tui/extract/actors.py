"""Finding actor mentions in a document: gazetteer names first, then discovered proper names.

``find_mentions`` is a pure function of one document (so it can run in a worker process and be
cached); ``tui.extract.resolve`` then merges mentions across the corpus into actors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import accumulate, compress, repeat
from operator import and_, not_, or_
from typing import Any, NamedTuple

from tui.extract import name_structure as structure
from tui.extract.context import FAIR, STRONG, WEAK, retype
from tui.extract.data import load
from tui.extract.gazetteer import _ROMAN_NUMERAL, Gazetteer, is_acronym
from tui.extract.model import ActorKind, Mention
from tui.util.text import fold

# Words: letters and digits, hyphen-joined ("États-Unis", "al-Assad", "COP26"), or joined by an
# ampersand before a capital ("S&P", "AT&T": one name, not an initial and another word).
_TOKEN = re.compile(r"[^\W_]+(?:[-‑][^\W_]+|&(?=[A-Z])[^\W_]+)*")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")  # the same, kept by re.split
# What may separate two words of one name: a space, an elision apostrophe ("d'Estaing"), or
# the full stop of an initial ("George W. Bush", "B. Obama").
_NAME_GAP = re.compile(r"[^\S\n]{1,2}|[^\S\n]?['’´`ʼ][^\S\n]?|\s&\s")  # (a line's end ends a name: a title or a list item has no full stop)
_INITIAL_GAP = re.compile(r"\.\s{1,2}")
_APOSTROPHES = frozenset("'’´`ʼ")
# French place names joined by a linking word: "Aulnay-sous-Bois", "Boulogne-sur-Mer".
_TOPONYM = re.compile(r"-(?:sur|sous|lès|lez|en|le|la|les|de|du|des|aux)-", re.IGNORECASE)
_OF = frozenset({"de", "du", "d"})
# Endings of French adjectives that complete an organisation's name.
_ADJECTIVE = re.compile(r"(?:al|ale|aux|ales|el|elle|els|elles|ien|ienne|ique|iste|ain|aine|ais|aise|if|ive|aire|ier|ière|ème|ême)$")
# Articles that may open a name inside a sentence ("selon Le Monde", "according to Die Welt",
# "il Corriere"): French, English, Spanish, Italian, German, Dutch.
_ARTICLES = frozenset({"le", "la", "les", "des", "los", "las", "el", "the", "il", "lo", "die", "der", "das", "het"})
# A run of capitalised words longer than this is no name (a heading in Title Case, a list of names
# without commas): it gives no mention, and is not scanned past this length (a run of 300,000
# capitalised words once took minutes and gigabytes).
MAX_NAME_WORDS = 12
# "WikiLeaks", "SpaceX", "YouTube" (but not "McCain", "DeSantis", "MacArthur": names).
_CAMEL_CASE = re.compile(r"(?!Mc|Mac|De|Di|Da|Du|Le|La|Van|Von)[A-Z][a-z]+[A-Z]\w*")
_ACRONYM_DEFINITION = re.compile(r"\s*[(\[]\s*")
_ACRONYM_CLOSE = re.compile(r"\s*[)\]]")
_SENTENCE_OPENERS = frozenset('.!?…:;"«“(—–-•')


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    folded: str
    sentence_initial: bool


@dataclass(frozen=True, slots=True)
class _Words:
    not_actors: frozenset[str]
    accented_not_actors: frozenset[str]  # "noel" of "noël": no function word when written "Noel"
    titles: frozenset[str]
    employer_titles: frozenset[str]  # "Tarvix Chairman Lorvin Zeph": the employer, then the holder
    numbered_things: frozenset[str]  # "Flight" of "Lorvan Air Flight 447"
    company_heads: frozenset[str]  # "Air" of "Air France"
    colours: frozenset[str]  # "two colours: Black and White"
    place_words: frozenset[str]
    place_prepositions: frozenset[str]
    first_names: frozenset[str]
    place_first_names: frozenset[str]  # first names that are also places: no guess alone
    common_words: frozenset[str]  # nouns that are no actor alone even when capitalised
    accented_common_words: frozenset[str]  # "unite" of "unité": no common word when written "Unite"
    thing_heads: frozenset[str]  # "ouragan Sandy", "Prix Nobel": things, not actors
    thing_ends: frozenset[str]  # "Developers Conference", "Relief Program": events, laws, plans
    product_ends: frozenset[str]  # "Tarvix Pro", "Lorvan Store": products
    products_after: frozenset[str]  # "Intel processors": the name is a product's modifier
    institution_names: frozenset[str]  # as written: "Senate", "Congress"
    products_before: frozenset[str]  # "web browser Safari": the name is a product's
    companies_before: frozenset[str]  # "automaker Tarvix": the name is a company's
    companies_after: frozenset[str]  # "Tarvix shares", "Tarvix's profits"
    companies_of: frozenset[str]  # "shares of Tarvix", "a stake in Tarvix"
    place_ends: frozenset[str]  # "Tarvix Airport", "Lorvan Assembly Plant": places
    venue_ends: frozenset[str]  # "the Lorvania Theater": a venue even named after its place alone
    places_after: frozenset[str]  # "Tarvix airport", "the Lorvan river": places
    media_ends: frozenset[str]  # "the Tarvix Times", "Lorvan News": media
    eponym_heads: frozenset[str]  # "boson de Higgs", "maladie d'Alzheimer"
    organisation_words: frozenset[str]
    of_heads: frozenset[str]  # "Bank" of "Bank of Lorvania": opens a name with "of"
    particles: frozenset[str]
    company_words: frozenset[str]  # "Motors", "Electric": a company's name even after a title
    military_words: frozenset[str]  # "Force", "Navy": an armed service's name, after a country's too
    company_ends: frozenset[str]  # corporate suffixes and index words: "Inc", "Composite"
    sentence_modifiers: frozenset[str]  # "Rival", "Struggling": open a sentence, not a name
    works_before: frozenset[str]  # "the sitcom Tarvix", "programs such as Tarvix": works
    things_such_as: frozenset[str]  # "features such as Zeplight": things
    products_plural: frozenset[str]  # "two sedans, the Zephyr and Lorvane": products
    naming: re.Pattern[str]  # "named the Zephyr", "rename it to the Zephyr": a thing's name
    number_words: frozenset[str]  # "the Five Hundred": a model's or a work's name
    things_named: frozenset[str]  # "a task manager named Zephyr": a thing's name
    named_days: frozenset[str]  # "Black Monday": a named day, an event
    thing_followers: frozenset[str]  # "a Zephyx with": function words after a counted thing
    copula_thing: re.Pattern[str]  # " is an electric car.": the name before is a product's
    agent_verbs: frozenset[str]  # "Tarvix said", "Tarvix has": the name acts
    brands_after: frozenset[str]  # "Zephyx users": the name is a brand's
    product_before: re.Pattern[str]  # "released the new ": the name after is a product's
    product_after: re.Pattern[str]  # " 7 will", " OS", " mini": the name before is a product's
    thing_verbs: frozenset[str]  # "Zephyx has": verbs of things too, no agent's
    makers_nouns: frozenset[str]  # "Tarvix processors", "Tarvix customers": the name is a maker's
    thing_apposition: re.Pattern[str]  # ", the newest version of": the name before is a thing's
    markers_fr: frozenset[str]  # function words that tell a French article from an English one
    markers_en: frozenset[str]


def _accented_only(by_language: dict) -> frozenset[str]:
    """The folded forms of words listed only with their accents ("noël" → "noel"): written
    without the accent ("Noel Forgeard"), the word is another (a first name)."""
    written = {str(w).lower() for words in by_language.values() for w in words}
    return frozenset(fold(w) for w in written if fold(w) != w and fold(w) not in written)


def _not_actor(token: _Token, words: "_Words") -> bool:
    """Whether the token is one of the words that are never an actor alone, as written."""
    return token.folded in words.not_actors and not (
        token.folded in words.accented_not_actors and token.text.lower() == token.folded
    )


@cache
def _words() -> _Words:
    data = load("actor_words.yaml")

    def merged(key: str) -> frozenset[str]:
        return frozenset(fold(w) for words in data[key].values() for w in words)

    return _Words(
        not_actors=merged("not_actors"),
        accented_not_actors=_accented_only(data["not_actors"]),
        titles=merged("person_titles"),
        employer_titles=merged("employer_titles"),
        numbered_things=merged("numbered_things"),
        company_heads=structure.name_words().company_heads,
        colours=merged("colours"),
        place_words=merged("place_words"),
        # As written, accents kept: "à Paris" is no "a Paris" (an English article).
        place_prepositions=frozenset(w.lower() for words in data["place_prepositions"].values() for w in words),
        thing_heads=merged("thing_heads"),
        thing_ends=merged("thing_ends"),
        product_ends=merged("product_ends"),
        products_after=merged("product_nouns_after"),
        institution_names=frozenset(w for words in data["institution_names"].values() for w in words),
        products_before=merged("product_nouns_before"),
        companies_before=merged("company_nouns_before"),
        companies_after=merged("company_nouns_after"),
        companies_of=merged("company_nouns_of"),
        place_ends=merged("place_ends"),
        venue_ends=merged("venue_ends"),
        places_after=merged("place_nouns_after"),
        media_ends=merged("media_ends"),
        eponym_heads=merged("eponym_heads"),
        first_names=frozenset(fold(n) for n in load("first_names.yaml")["first_names"]),
        place_first_names=frozenset(fold(n) for n in load("actor_context.yaml")["first_names_also_places"]),
        common_words=frozenset(fold(w) for words in (load("common_words.yaml") or {}).values() for w in words),
        accented_common_words=_accented_only(load("common_words.yaml") or {}),
        organisation_words=merged("organisation_words") | merged("military_words"),
        military_words=merged("military_words"),
        of_heads=merged("of_heads"),
        particles=frozenset(fold(w) for w in data["name_particles"]),
        company_words=structure.name_words().company_words,
        company_ends=structure.name_words().corporate_suffixes | structure.name_words().index_words,
        sentence_modifiers=structure.name_words().sentence_modifiers,
        works_before=merged("work_nouns_before"),
        things_such_as=merged("thing_nouns_such_as"),
        products_plural=merged("product_nouns_plural"),
        naming=_naming_pattern(merged("naming_verbs")),
        number_words=merged("number_words"),
        things_named=merged("things_named"),
        named_days=merged("named_days"),
        thing_followers=merged("thing_followers"),
        copula_thing=_copula_thing(merged("copula_things"), merged("thing_followers")),
        agent_verbs=merged("agent_verbs"),
        brands_after=merged("brand_nouns_after"),
        product_before=_product_before(merged("product_verbs_before"), merged("product_modifiers_before")),
        thing_verbs=merged("thing_verbs"),
        makers_nouns=merged("product_nouns_after") | merged("company_nouns_after"),
        product_after=_product_after(merged("product_words_after")),
        thing_apposition=_thing_apposition(merged("thing_apposition_nouns")),
        markers_fr=frozenset(data["language_markers"]["fr"]),
        markers_en=frozenset(data["language_markers"]["en"]),
    )


def _thing_apposition(nouns: frozenset[str]) -> re.Pattern[str]:
    """An apposition right after a name whose head noun, last in its noun phrase (a stop or a
    preposition follows), names a thing: ", the newest version of", ", a sedan that", ", Tarvix's
    new airliner,"."""
    alternatives = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    return re.compile(
        rf",\s(?:the|a|an|its|their|[A-Z][\w&.-]*['’]s)\s(?:[\w-]+\s){{0,2}}?(?:{alternatives})(?=\s(?:of|for|from|that|which|to|in|with|by|and)\b|[,.;:])",
        re.IGNORECASE,
    )


def _product_before(verbs: frozenset[str], modifiers: frozenset[str]) -> re.Pattern[str]:
    """What may stand right before a product's name: a verb of putting out or using it ("released
    ", "runs on ") with an article or a possessive and a modifier after it ("unveiled its new
    "), or an article or a possessive and a modifier alone ("the new ", "Tarvix's latest ", "The
    new " opening a sentence)."""
    verb = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in verbs), key=len, reverse=True))
    modifier = "|".join(sorted(map(re.escape, modifiers), key=len, reverse=True))
    determiner = r"(?:the|a|an|its|their|his|her|our)\s+|[\w.&-]+['’]s\s+"
    return re.compile(
        rf"(?:\b(?:{verb})\s+(?:{determiner})?(?:(?:{modifier})\s+)?|(?:\b(?:[Tt]he|an?|An?|[Ii]ts|[Tt]heir|his|her|our)|['’]s)\s+(?:{modifier})\s+)$"
    )


def _copula_thing(nouns: frozenset[str], followers: frozenset[str]) -> re.Pattern[str]:
    """" is an electric car.", " was a jet that": "is a/an", up to three lowercase words, then
    one of ``nouns`` as the head (a stop or a function word after it: not "a car company")."""
    return re.compile(
        rf"\s(?:is|was|remains|will be)\s(?:a|an)\s(?:(?!(?:{'|'.join(sorted(followers))}|of|the|a|an)\s)[a-z-]+\s){{0,3}}?"
        rf"(?:{'|'.join(sorted(nouns))})"
        rf"(?:[,.;:!?)]|$|\s(?:{'|'.join(sorted(followers))})\b)"
    )


def _naming_pattern(verbs: frozenset[str]) -> re.Pattern[str]:
    """What precedes a name a verb gives to a thing, up to the name: "named the ", "dubbed it
    the ", "rename the Tarvix Five to the " (searched over the text before the name)."""
    alternatives = "|".join(sorted(map(re.escape, verbs), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{alternatives})\s+(?:(?:it|them)\s+)?(?:[^.;:!?\n]{{1,60}}?\s(?:to|as)\s+)?the\s+$", re.IGNORECASE
    )


class _Memo(dict):
    """The values of a pure function of one string, each computed once per process: read with
    ``memo[key]`` (``map(memo.__getitem__, ...)`` over every word: a dict lookup costs a
    quarter of an lru_cache call). Bounded: emptied when full."""

    def __init__(self, function: Callable[[str], Any], limit: int = 1 << 16) -> None:
        super().__init__()
        self.function, self.limit = function, limit

    def __missing__(self, key: str) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.function(key)
        return value


# Words repeat across a corpus: fold each distinct one once per process.
_fold_word = _Memo(fold)
# is_acronym is a pure function of the word: decide each distinct one once per process.
_is_acronym = _Memo(is_acronym)


def _gap_opens_sentence(gap: str) -> bool:
    """Whether the word after this gap between two words starts a sentence (or a line: a title
    or a list item ends with no full stop)."""
    if "\n" in gap:
        return True
    gap = gap.rstrip()
    return bool(gap) and gap[-1] in _SENTENCE_OPENERS


_opens_sentence = _Memo(_gap_opens_sentence)


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    return _token_columns(text, start, end)[0]


def _token_columns(text: str, start: int, end: int) -> tuple[list[_Token], list[str], list[str], list[bool]]:
    """The tokens of text[start:end], and their texts, folded texts and sentence_initial flags
    as lists (made anyway: not picked out of the tokens again)."""
    # One split gives the words and the gaps around them (the same words as
    # _TOKEN.finditer(text, start, end): the pattern looks neither behind nor ahead):
    # [gap, word, gap, word, ..., gap].
    parts = _TOKEN_SPLIT.split(text[start:end])
    offsets = list(accumulate(map(len, parts), initial=start))  # where each part starts
    words = parts[1::2]
    folds = list(map(_fold_word.__getitem__, words))
    initial = [True]  # the first word opens its paragraph
    initial += map(_opens_sentence.__getitem__, parts[2::2])
    del initial[len(words) :]  # (no word: no flag)
    tokens = list(map(tuple.__new__, repeat(_Token), zip(offsets[1::2], offsets[2::2], words, folds, initial)))
    return tokens, words, folds, initial


def _joined(text: str, left: _Token, right: _Token) -> bool:
    gap = text[left.end : right.start]
    if gap == " ":  # (most gaps: _NAME_GAP's, and no apostrophe)
        return True
    if gap == " - ":
        return _spaced_hyphen(text, left, right)
    if _NAME_GAP.fullmatch(gap):
        # "the Beatles' Apple Corps": a possessive apostrophe ends a name, an elision does not.
        return not (len(gap) > 1 and gap[0] in _APOSTROPHES and gap[-1].isspace() and left.text[-1:] in "sS")
    if gap == "." and len(left.text) == len(right.text) == 1 and left.text.isupper() and right.text.isupper():
        return True  # "J.P. Lorvan": initials written together
    # "B. Obama", and "St. Louis", "Mt. Everest": a name word abbreviated with a full stop.
    return bool(_INITIAL_GAP.fullmatch(gap)) and (
        (len(left.text) == 1 and left.text.isupper()) or left.text in structure.name_words().abbreviated
    )


def _spaced_hyphen(text: str, left: _Token, right: _Token) -> bool:
    """"Wal - Mart" (text tokenised with spaces around its hyphens): two capitalised words make one
    hyphenated name when the first is never written apart from it ("Tarvix - Lorvan talks", with
    "Tarvix" said alone elsewhere, are two names)."""
    first = left.text
    return (
        first[:1].isupper()
        and right.text[:1].isupper()
        and not first.isupper()
        and text.count(first) == text.count(f"{first} - {right.text}") + text.count(f"{first}-{right.text}")
    )


def find_mentions(text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[Mention]:
    """Actor mentions in ``text`` within ``spans`` (paragraphs), in text order."""
    words = _words()
    columns = [_token_columns(text, start, end) for start, end in spans]
    paragraphs = [tokens for tokens, _, _, _ in columns]
    lowercase: set[str] = set()
    capitalised_inside: set[str] = set()
    per_paragraph = []
    for _, texts, folds, initial in columns:
        # A word may be part of a name when it starts with a capital (_is_name_text: a word
        # starting with a capital is no number).
        names = list(map(_starts_upper.__getitem__, texts))
        if any(map(_lower_camel.__getitem__, texts)):
            names = _lower_camel_companies(texts, folds, names)
        per_paragraph.append((texts, folds, names))
        lowercase.update(compress(folds, map(_starts_lower.__getitem__, texts)))
        inside = map(not_, initial)
        capitalised_inside.update(compress(folds, map(and_, names, inside)))
    vocabulary = _Vocabulary(lowercase=lowercase, capitalised_inside=capitalised_inside, gazetteer=gazetteer, french=_french(lowercase, words))
    institution_words = structure.name_words().institution_heads
    summary = gazetteer.pattern_summary()
    mentions: list[Mention] = []
    for tokens, (texts, folds, names) in zip(paragraphs, per_paragraph):
        if _title_case(texts):
            names = _names_said_elsewhere(text, tokens, names)
        # Whether each word may be part of a name (``names``), and the gazetteer match at each
        # index: both are asked several times for the same word (by a name's run, then alone).
        # Whether a gazetteer pattern starts with the word (as written or folded).
        known = list(map(or_, map(summary.__contains__, texts), map(summary.__contains__, folds)))
        memo: dict[int, tuple[int, Mention] | None] = {}

        count = len(tokens)

        def match(
            k: int, tokens: list[_Token] = tokens, memo: dict = memo, count: int = count, known: list[bool] = known
        ) -> tuple[int, Mention] | None:
            if not known[k]:
                return None
            if k in memo:
                return memo[k]
            token = tokens[k]
            by_text = summary.get(token.text)
            by_folded = summary.get(token.folded)
            # A pattern can only match if it is one word long or the next word is its second.
            possible = False
            second = tokens[k + 1] if k + 1 < count else None
            for info in (by_text, by_folded):
                if info is not None and (
                    info[0] or (second is not None and (second.text in info[1] or second.folded in info[1]))
                ):
                    possible = True
                    break
            result = memo[k] = _match_gazetteer(text, tokens, k, gazetteer) if possible else None
            return result

        # Only a word the gazetteer knows, an institution's head or a name word starts anything:
        # the loop steps over the others (most words) without a turn.
        starts = map(or_, map(or_, names, known), map(institution_words.__contains__, folds))
        resume = _dateline_end(text, tokens)  # the first token not yet consumed
        for i in compress(range(count), starts):
            if i < resume:
                continue
            if known[i]:
                matched = match(i)
                if matched:
                    length, mention = matched
                    if mention.kind == ActorKind.COUNTRY and structure.currency_follows(text, mention.end):
                        resume = i + length  # "US$ 23 billion": a currency's mark
                        continue
                    if mention.kind in (ActorKind.PLACE, ActorKind.COUNTRY):
                        thing_end = _thing_after_place(text, tokens, i + length, names, words)
                        if thing_end:
                            resume = thing_end  # "the Lorvanian Recovery and Reinvestment Act": a law
                            continue
                        length, mention = _organisation_after_place(text, tokens, i, length, mention, match, names, gazetteer)
                        if mention.kind != ActorKind.ORGANISATION:
                            length, mention = _short_form_after_place(text, tokens, i, length, mention, mentions, names, match)
                        if mention.kind == ActorKind.ORGANISATION and _word_before_organisation(text, mentions, mention):
                            mention = _joined_mentions(text, mentions.pop(), mention)  # "the Royal Lorvanian Navy"
                    if mention.kind == ActorKind.COUNTRY and i > 0 and _region_word(text, tokens[i - 1], tokens[i]):
                        _region_of_continent(text, mentions, tokens[i - 1], mention)  # "Latin American"
                        resume = i + length
                        continue
                    if mention.kind == ActorKind.PLACE and _regional_post(text, mentions, mention, words):
                        resume = i + length  # "Tarvix's North America chief": the company's post
                        continue
                    if mention.kind == ActorKind.PLACE and _division_of_company(text, mentions, mention, words):
                        mentions[-1] = _division_mention(text, mentions[-1], mention)  # "Tarvix Europe"
                        resume = i + length
                        continue
                    if mention.kind == ActorKind.PLACE and _model_after_maker(text, mentions, mention):
                        resume = i + length  # "the Lorvex Malibu": a maker's model, named after a place
                        continue
                    if mention.kind == ActorKind.ORGANISATION and _seat_as_building(text, mention):
                        mention = replace(mention, kind=ActorKind.PLACE)  # "a speech from the White House"
                    if mention.kind == ActorKind.PERSON and _first_name_before_surname(text, mentions, mention, words):
                        before = mentions.pop()  # "Michelle Lorvan" beside the gazetteer's "Barack Lorvan": another person
                        surface = text[before.start : mention.end]
                        mention = Mention(before.start, mention.end, surface, fold(surface), None, ActorKind.PERSON, weight=STRONG)
                    mentions.append(mention)
                    resume = i + length
                    continue
            # "le tribunal de grande instance de Nancy"; "Chicago" of "Chicago-based Boeing"
            shaped = _institution(text, tokens, i, words, match) if folds[i] in institution_words else None
            if not shaped and names[i] and "-" in texts[i] and structure.glued_stem(texts[i]):
                shaped = 1, _glued_modifier(text, tokens[i], gazetteer)
            if shaped:
                if shaped[1]:
                    mentions.append(shaped[1])
                resume = i + shaped[0]
                continue
            if not names[i]:  # _discover finds nothing that does not start with a name word
                resume = i + 1
                continue
            found = _discover(text, tokens, i, words, vocabulary, match, names)
            if found:
                length, mention = found
                if mention:
                    _append_discovered(mentions, mention, vocabulary)
                resume = i + length
                continue
            resume = i + 1
    if vocabulary.french:
        mentions = _genitive_names_joined(text, mentions)
    return _article_wide(text, spans, mentions, words, vocabulary)


def _genitive_names_joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """In French text, a name ending with an English "'s" and the name right after it are one
    ("Lorvan's Investors Service"): the "'s" is the name's own, no possessive."""
    out = mentions[:1]
    for mention in mentions[1:]:
        owner = out[-1]
        genitive = owner.entry is None and owner.surface.endswith(("'s", "’s"))
        if genitive and mention.entry is None and text[owner.end : mention.start] == " ":
            out[-1] = _joined_mentions(text, owner, mention)
        else:
            out.append(mention)
    return out


# English function words written with a capital inside a line only in Title Case ("Shares Tumble
# As Tarvix Misses Forecast"); "of" is left out ("Bank Of America" may be a name's own capital).
_TITLE_CASE_WORDS = frozenset({"As", "To", "In", "For", "On", "At", "With", "From", "By", "And", "The", "After", "Over", "Amid", "Into", "Is", "Are", "Was", "Will", "Than"})


def _french(lowercase: set[str], words: _Words) -> bool:
    """Whether an article's lowercase words are more French than English (its function words)."""
    return len(lowercase & words.markers_fr) > len(lowercase & words.markers_en)


def _title_case(texts: list[str]) -> bool:
    """Whether a paragraph is a line in Title Case: four words or more, nearly all capitalised,
    one of them an English function word after the first."""
    if len(texts) < 4 or len(texts) > 30 or _TITLE_CASE_WORDS.isdisjoint(texts):
        return False
    capitalised = sum(1 for w in texts if w[:1].isupper() or w[:1].isdigit())
    return capitalised >= 0.8 * len(texts) and not _TITLE_CASE_WORDS.isdisjoint(texts[1:])


def _names_said_elsewhere(text: str, tokens: list[_Token], names: list[bool]) -> list[bool]:
    """The name words of a Title Case line: only those of a phrase the article also writes
    elsewhere ("Tarvix" of "Shares Tumble As Tarvix Misses Forecast", when the text says
    "Tarvix said"); capitals are no evidence there. A one-word phrase must be written elsewhere
    inside a sentence, capitalised."""
    kept = [False] * len(names)
    k = 0
    while k < len(tokens):
        if not names[k]:
            k += 1
            continue
        end = k + 1
        while end < len(tokens) and end - k < 4 and names[end] and _joined(text, tokens[end - 1], tokens[end]):
            end += 1
        while end > k and text.count(text[tokens[k].start : tokens[end - 1].end]) < 2:
            end -= 1
        for m in range(k, max(end, k + 1)):
            kept[m] = end > k
        k = max(end, k + 1)
    return kept


# Words that make a region of a continent named after one of its countries ("Latin America",
# "North American", "Central American markets"): the country is not named.
_REGION_WORDS = frozenset({"north", "south", "latin", "central", "meso", "pan"})


def _region_word(text: str, word: _Token, country: _Token) -> bool:
    return word.folded in _REGION_WORDS and word.text[:1].isupper() and text[word.end : country.start] == " "


def _region_of_continent(text: str, mentions: list[Mention], word: _Token, country: Mention) -> None:
    """"Latin America" is a place of its own; "Latin American", an adjective, names no actor:
    either way the word before the country's name is no mention of its own."""
    if mentions and mentions[-1].start == word.start:
        mentions.pop()
    if not structure.name_words().demonym_ending.search(fold(country.surface)):  # not its adjective ("American")
        key = fold(text[word.start : country.end])
        mentions.append(Mention(word.start, country.end, text[word.start : country.end], key, None, ActorKind.PLACE, weight=STRONG))


@cache
def _seat_preposition() -> tuple[frozenset[str], re.Pattern[str]]:
    """The gazetteer keys of governments' seats, and a preposition of place (and an article)
    ending the text before a name."""
    data = load("actor_words.yaml")
    prepositions = sorted({p for words in data["seat_prepositions"].values() for p in words}, key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in prepositions)
    pattern = re.compile(rf"(?:^|[^\w'’])(?:{alternation})\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$", re.IGNORECASE)
    return frozenset(fold(name) for name in data["seat_buildings"]), pattern


def _seat_as_building(text: str, mention: Mention) -> bool:
    """Whether a government's seat is named as a building: "a speech from the White House",
    "reçu à l'Élysée" (not "the White House said", "un conseiller de l'Élysée")."""
    seats, preposition = _seat_preposition()
    return mention.entry in seats and preposition.search(text, max(0, mention.start - 40), mention.start) is not None


def _division_of_company(text: str, mentions: list[Mention], region: Mention, words: "_Words") -> bool:
    """Whether a world region's name right after a discovered name that is no person's, place's
    nor country's names that company's regional division ("Tarvix Europe", "Lorvan North
    America"): the whole is one organisation."""
    if not mentions or fold(region.surface) not in structure.name_words().division_regions:
        return False
    company = mentions[-1]
    if company.entry is not None or company.kind not in (ActorKind.ORGANISATION, ActorKind.UNKNOWN):
        return False
    return text[company.end : region.start] == " " and company.key.split(" ", 1)[0] not in words.first_names


_TITLE_AFTER = re.compile(r" ([A-Za-z]+)")


def _regional_post(text: str, mentions: list[Mention], region: Mention, words: "_Words") -> bool:
    """Whether a world region's name between an organisation's possessive and a title names the
    organisation's regional post ("Tarvix's North America chief", "Lorvan's Europe CEO"), no
    mention of the region."""
    if not mentions or fold(region.surface) not in structure.name_words().division_regions:
        return False
    owner = mentions[-1]
    if owner.kind in (ActorKind.PERSON, ActorKind.PLACE, ActorKind.COUNTRY) or text[owner.end : region.start] not in ("'s ", "’s "):
        return False
    title = _TITLE_AFTER.match(text, region.end)
    return title is not None and fold(title.group(1)) in words.titles


def _division_mention(text: str, company: Mention, region: Mention) -> Mention:
    surface = text[company.start : region.end]
    return Mention(company.start, region.end, surface, fold(surface), None, ActorKind.ORGANISATION, weight=FAIR)


def _model_after_maker(text: str, mentions: list[Mention], place: Mention) -> bool:
    """Whether a place's name right after a discovered name that the article also writes apart
    names that one's model, no place ("the Lorvex Malibu", with "Lorvex said" elsewhere): a maker
    is no place nor person, and the place is not where it is ("Tarvix Paris" is rare)."""
    if not mentions:
        return False
    maker = mentions[-1]
    if maker.entry is not None or maker.kind in (ActorKind.PLACE, ActorKind.COUNTRY, ActorKind.PERSON):
        return False
    if text[maker.end : place.start] != " ":
        return False
    return text.count(maker.surface) > text.count(f"{maker.surface} {place.surface}")


def _short_form_after_place(
    text: str, tokens: list[_Token], i: int, length: int, place: Mention, mentions: list[Mention], names: list[bool], match
) -> tuple[int, Mention]:
    """A place's name and capitalised words after it that open an organisation's name the article
    gave before ("China Lorvan's board" after "China Lorvan Airlines"): that organisation's short
    form, one mention. Returns the tokens consumed and the mention (the place's when none)."""
    k = i + length
    end = k
    while end < len(tokens) and end - k < 3 and names[end] and _joined(text, tokens[end - 1], tokens[end]) and not match(end):
        end += 1
    if end == k:
        return length, place
    short = fold(text[tokens[i].start : tokens[end - 1].end]) + " "
    if not any(m.kind == ActorKind.ORGANISATION and m.key.startswith(short) for m in mentions):
        return length, place
    start, stop = tokens[i].start, tokens[end - 1].end
    return end - i, Mention(start, stop, text[start:stop], fold(text[start:stop]), None, ActorKind.ORGANISATION, weight=FAIR)


def _first_name_before_surname(text: str, mentions: list[Mention], person: Mention, words: _Words) -> bool:
    """Whether the gazetteer's person was matched by a surname alone right after a discovered
    first name of another, or a word of no kind ("Michelle Lorvan" when the gazetteer knows
    "Barack Lorvan" as "Lorvan"): the two words name another person."""
    if not mentions or " " in person.surface:
        return False
    before = mentions[-1]
    first = before.surface.rsplit(" ", 1)[-1]
    return (
        before.entry is None
        and " " not in before.surface
        and text[before.end : person.start] == " "
        and (fold(first) in words.first_names or (before.kind in (ActorKind.PERSON, ActorKind.UNKNOWN) and not before.weak))
        and not fold(person.entry or "").startswith(fold(first) + " ")
    )


def _word_before_organisation(text: str, mentions: list[Mention], organisation: Mention) -> bool:
    """Whether the mention before an organisation named after a country ("Lorvanian Air Force") is
    one capitalised word of no known kind right before it, opening its name ("the Royal
    Lorvanian Air Force": the run stopped where the country's adjective starts)."""
    if not mentions:
        return False
    before = mentions[-1]
    return (
        before.entry is None
        and before.kind == ActorKind.UNKNOWN
        and " " not in before.surface
        and text[before.end : organisation.start] == " "
    )


def _joined_mentions(text: str, first: Mention, second: Mention) -> Mention:
    """One mention spanning two adjacent ones, of the second's kind and weight."""
    surface = text[first.start : second.end]
    return Mention(first.start, second.end, surface, fold(surface), None, second.kind, weight=second.weight)


def _append_discovered(mentions: list[Mention], mention: Mention, vocabulary: "_Vocabulary") -> None:
    """Add a discovered mention; a person's full name makes its last word a surname the article
    may use alone ("Walter Jobs", then "Jobs said")."""
    mentions.append(mention)
    if mention.kind == ActorKind.PERSON and mention.weight >= FAIR and " " in mention.key:
        vocabulary.surnames.add(mention.key.rsplit(" ", 1)[1])


def _article_wide(
    text: str, spans: Sequence[tuple[int, int]], mentions: list[Mention], words: _Words, vocabulary: "_Vocabulary"
) -> list[Mention]:
    """The article's mentions once what the whole article says is known: no mention of the
    things it names (``vocabulary.things``), makers of models, relations between two names,
    kinds from context (tui.extract.context), guesses in quotations, products in the plural,
    acronyms defined in brackets."""
    if vocabulary.things:  # "WWDC", once defined as an event's acronym, is the event
        mentions = [m for m in mentions if m.entry or not _names_a_thing(m, vocabulary.things)]
    mentions = _pairs_of_names(_makers_of_models(text, mentions, words))
    mentions = _products_in_plural(_quoted_guesses(text, retype(text, mentions, spans)))
    mentions = _brands(text, _makers_of_products(text, mentions, words), words)
    return _link_acronym_definitions(text, _terms_defined_by_acronyms(text, _slashed_prefixes(text, mentions), words))


def _slashed_prefixes(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the S&P/TSX Composite", "the S&P/ASX 200": a name glued by a slash before a name the
    gazetteer knows is part of that name (an index's sponsor), no actor of its own."""
    return [
        m for m, after in zip(mentions, [*mentions[1:], None])
        if not (after is not None and after.entry is not None and m.entry is None and after.start == m.end + 1 and text[m.end] == "/")
    ]


def _names_a_thing(mention: Mention, things: set[str]) -> bool:
    """Whether the mention names a thing of the article: its name, or (untyped, two words) a
    maker's name before it ("the Tarvix Zephyx", once "the Zephyx is an electric car")."""
    if mention.key in things:
        return True
    maker, _, thing = mention.key.rpartition(" ")
    return mention.kind == ActorKind.UNKNOWN and bool(maker) and " " not in maker and thing in things


_WORD_AFTER = re.compile(r"\s(?:[a-z]+ly\s)?([a-z]+)\b")  # the next word, past an adverb in -ly
_BY_BEFORE = re.compile(r"\b(?:by|[Aa]ccording to)\s$")


_OWNERS = frozenset({ActorKind.ORGANISATION, ActorKind.UNKNOWN})  # a person's or a country's "X" may be anyone


def _owned_by_company(text: str, owner: Mention | None, mention: Mention, words: _Words) -> bool:
    """"Tarvix's Zephyx Express": a name right after an organisation's possessive, with no
    organisation's, company's or first name in it, is its product or its line."""
    if owner is None or owner.kind not in _OWNERS or text[owner.end : mention.start] not in ("'s ", "’s "):
        return False
    parts = mention.key.split()
    if parts[0] in words.first_names or parts[0] in words.titles:
        return False
    return not any(p in words.organisation_words or p in words.company_words or p in words.company_ends for p in parts)


def _brands(text: str, mentions: list[Mention], words: _Words) -> list[Mention]:
    """A name typed by a guess at most ("in Zephyx") that the article uses as a product's
    modifier ("Zephyx users", "Zephyx machines") or as a company's thing ("Tarvix's Zephyx"),
    and never as an agent (before a verb of acting or saying: "Zephyx said", "Zephyx has
    added"; after "by" or "according to"), names a brand or a product line, no actor, wherever
    the article writes it. A name typed with more than a guess keeps its mentions. So does a
    name the article puts out, uses or counts as a product ("released Zephyx", "the new
    Zephyx", "Zephyx 7"), its shape's guess aside ("ZephyxPlay": no company for that), unless it
    acts as more than a thing does ("Zephyx said"; not "Zephyx has two screens")."""
    modifiers = set()
    products = set()  # put out, used or counted: a verb of things makes no agent of them
    previous = None
    for mention in mentions:
        guess = mention.entry is None and mention.weight < FAIR
        if guess or _shape_guess(mention):
            after = _WORD_AFTER.match(text, mention.end)
            if _brand_modifier(text, mention, after, words):
                modifiers.add(mention.key)
            elif guess and _owned_by_company(text, previous, mention, words):
                modifiers.add(mention.key)
            elif (mention.kind != ActorKind.PERSON or (guess and " " not in mention.key)) and _used_as_product(text, mention, words):
                products.add(mention.key)
        previous = mention
    if not modifiers and not products:
        return mentions
    keep = set()
    for mention in mentions:
        if mention.key not in modifiers and mention.key not in products:
            continue
        after = _WORD_AFTER.match(text, mention.end)
        if mention.entry is not None or (mention.weight >= FAIR and not _shape_guess(mention)):
            keep.add(mention.key)
        elif after is not None and after.group(1) in words.agent_verbs:
            if mention.key not in products or after.group(1) not in words.thing_verbs:
                keep.add(mention.key)
        elif _BY_BEFORE.search(text, max(0, mention.start - 15), mention.start):
            keep.add(mention.key)
    drop = (modifiers | products) - keep
    return [m for m in mentions if m.entry is not None or m.key not in drop] if drop else mentions


_LISTED_BEFORE = re.compile(r",? (?:and|or) [A-Z][\w-]* ([a-z]+)\b")  # "Zephyx and Lorvan users"


def _makers_of_products(text: str, mentions: list[Mention], words: _Words) -> list[Mention]:
    """"Users of Tarvix Zephyx", "Tarvix Zephyx 7 will ship": a name nothing types, used here as
    a product's (or whose rest the article says its first word owns: "Tarvix's Zephyx"), whose
    first word the article also names alone ("Tarvix said") is a maker and its product; the
    mention is the maker's (its first word), the product's words name no actor.
    A first name, a title or a company's word after the maker keeps the name whole."""
    alone = {m.key for m in mentions if " " not in m.key and not m.weak and m.kind in _OWNERS}
    if not alone:
        return mentions
    # "Tarvix's Zephyx" once: "Tarvix Zephyx" is the same maker and thing
    owned = {(a.key, b.key) for a, b in zip(mentions, mentions[1:]) if text[a.end : b.start] in ("'s ", "’s ")}
    out = []
    for mention in mentions:
        maker, _, rest = mention.key.partition(" ")
        if (
            maker in alone
            and rest
            and mention.entry is None
            and mention.kind == ActorKind.UNKNOWN
            and mention.weight < FAIR
            and not any(w in words.first_names or w in words.titles or w in words.company_words or w in words.company_ends for w in rest.split())
            and (
                _used_as_product(text, mention, words)
                or _brand_modifier(text, mention, _WORD_AFTER.match(text, mention.end), words)
                or (maker, rest) in owned
            )
        ):
            end = mention.start + len(maker)
            mention = replace(mention, end=end, surface=text[mention.start : end], key=maker)
        out.append(mention)
    return out


def _brand_modifier(text: str, mention: Mention, after: re.Match[str] | None, words: _Words) -> bool:
    """Whether a brand's noun follows the name, or the next name of a pair ("Zephyx users",
    "Zephyx and Lorvan machines")."""
    if after is not None and after.group(1) in words.brands_after and after.start(1) - mention.end < 3:
        return True
    listed = _LISTED_BEFORE.match(text, mention.end)
    return listed is not None and listed.group(1) in words.brands_after


def _product_after(model_words: frozenset[str]) -> re.Pattern[str]:
    """What may follow a product's name: a version's number ("Zephyx 7 will ship", "Zephyx
    10.4.") before a stop, a verb, a conjunction or a name ("Lorvania 12 people" is a count), an
    operating system's "OS" ("Zephyx OS X"), or a model's word in lowercase ("Zephyx mini")."""
    models = "|".join(sorted(map(re.escape, model_words), key=len, reverse=True))
    return re.compile(
        r" (?:\d{1,2}(?:\.\d{1,2}){0,2}(?![.,]?\d)(?=[.,;:)]|$|\s(?:is|was|will|would|has|had|can|could|for|and|or|on|with|to|"
        rf"runs?|includes?|goes|features?|comes?|went|users?)\b|\s[A-Z])|OS\b|(?:{models})\b(?![\w-]))"
    )


# The version's number or a product's noun before "for" and a name: "Zephyx 7 for Lorvix".
_FOR_AFTER_PRODUCT = re.compile(r"(?:\d|\b(?:version|versions|edition|editions|port|release))\s+for\s+$")


def _used_as_product(text: str, mention: Mention, words: _Words) -> bool:
    """Whether the article puts out, uses or counts the mention as a product here: "released
    Zephyx", "runs on Zephyx", "the new Zephyx", "Zephyx 7 will ship", "Zephyx OS X"; not its
    maker before a product's or a company's noun ("runs on Tarvix processors", "available for
    Tarvix customers") or its possessive."""
    if words.product_after.match(text, mention.end) or _FOR_AFTER_PRODUCT.search(text, max(0, mention.start - 20), mention.start):
        return True
    if not words.product_before.search(text, max(0, mention.start - 60), mention.start):
        return False
    if text.startswith(("'s", "’s", "'", "’"), mention.end):
        return False  # "released Tarvix's new phone": the maker
    after = _WORD_AFTER.match(text, mention.end)
    return after is None or after.start(1) - mention.end > 2 or after.group(1) not in words.makers_nouns


_LOWER_CAMEL = re.compile(r"[a-z]{1,2}[A-Z][a-z]\w*")  # "iZephyx", "eTarvix"


def _shape_guess(mention: Mention) -> bool:
    """Whether the mention is typed an organisation by its shape alone, a guess whatever its
    weight: a camel-case word ("ZephyxPlay", "iZephyx")."""
    if mention.entry is not None or mention.kind != ActorKind.ORGANISATION or mention.weight != FAIR or " " in mention.surface:
        return False
    return bool(_CAMEL_CASE.fullmatch(mention.surface) or _LOWER_CAMEL.fullmatch(mention.surface))


def _products_in_plural(mentions: list[Mention]) -> list[Mention]:
    """A name the article also writes in the plural ("the Zephyr" and "20 Zephyrs", "Macs")
    names things one can count, products, unless the article types it with more than a guess
    ("Tarvix", a company by its context, may make "Tarvixes")."""
    keys = {m.key for m in mentions if not m.entry}
    plural = {k for k in keys if len(k) > 3 and k.endswith("s") and (k[:-1] in keys or (k.endswith("es") and k[:-2] in keys))}
    if not plural:
        return mentions
    singular = {k[:-1] if k[:-1] in keys else k[:-2] for k in plural}
    typed = {m.key for m in mentions if m.key in singular and m.weight >= FAIR and m.kind != ActorKind.UNKNOWN}
    drop = (plural | singular) - typed - {k + "s" for k in typed} - {k + "es" for k in typed}
    return [m for m in mentions if m.entry or m.key not in drop]


def _pairs_of_names(mentions: list[Mention]) -> list[Mention]:
    """"the Tarvix-Lorvan Force contract", "Minexa-Zephyx flights": two names the article also
    names apart, joined by a hyphen, say a relation between them; the compound is no actor."""
    hyphenated = [m for m in mentions if not m.entry and "-" in m.key]
    if not hyphenated:
        return mentions
    known = {fold(m.surface) for m in mentions if "-" not in m.surface}
    drop = set()
    for mention in hyphenated:
        left, _, right = mention.key.partition("-")
        if left in known and right in known:
            drop.add(mention.key)
    return [m for m in mentions if m.entry or m.key not in drop] if drop else mentions


_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|A|An)\s+$")


def _makers_of_models(text: str, mentions: list[Mention], words: _Words) -> list[Mention]:
    """"a Tarvix Zephyr", "the Tarvix Explorer": after an article, a name whose first word the
    article names alone too, and whose last word is no company or organisation word, is the
    maker's name and a model's: the mention is the maker's only, there and wherever else the
    article writes the same name."""
    alone = {m.key for m in mentions if not m.entry and " " not in m.key}
    if not alone:
        return mentions
    models = set()
    for mention in mentions:
        parts = mention.key.split()
        if (
            not mention.entry
            and len(parts) > 1
            and parts[0] in alone
            and parts[-1] not in words.company_words
            and parts[-1] not in words.company_ends
            and parts[-1] not in words.organisation_words
            and not (mention.kind == ActorKind.ORGANISATION and mention.weight >= STRONG)  # "the FTSE 100": an index
            and _ARTICLE_BEFORE.search(text, max(0, mention.start - 5), mention.start)
        ):
            models.add(mention.key)
    models -= _named_as_actors(text, mentions, words)
    if not models:
        return mentions
    out = []
    previous_end = -1  # where the last model, or a name listed after one, ends
    for mention in mentions:
        # The same name without its article (a headline's "Tarvix Zephyr sells") is the model's too.
        if not mention.entry and mention.key in models:
            first = mention.surface.split()[0]
            out.append(replace(mention, end=mention.start + len(first), surface=first, key=mention.key.split()[0], kind=ActorKind.UNKNOWN, weight=0))
            previous_end = mention.end
            continue
        listed = previous_end >= 0 and _MODEL_LIST_GAP.fullmatch(text, previous_end, mention.start) is not None
        if listed and not mention.entry and mention.kind == ActorKind.UNKNOWN and mention.weight < FAIR:
            previous_end = mention.end
            continue  # "the Tarvix Aspen, PT Lorvi, and Durango": models listed after a model
        previous_end = -1
        out.append(mention)
    return out


_MODEL_LIST_GAP = re.compile(r",\s|,?\s(?:and|or)\s")


def _named_as_actors(text: str, mentions: list[Mention], words: _Words) -> set[str]:
    """The keys of the names the article writes before a person's title ("Zorvan Tarvix CEO
    Lorvin Sugar") or after "based": an employer, a company, so no maker's model even where an
    article comes first ("the Zorvan Tarvix KC-45 tankers"). Verbs do not tell: a model is
    "sold" and "has" things too."""
    keys = set()
    for mention in mentions:
        after = _TITLE_WORD_AFTER.match(text, mention.end)
        if after is not None and fold(after.group(1)) in words.titles:
            keys.add(mention.key)
        elif text.endswith("based ", 0, mention.start):
            keys.add(mention.key)  # "Lorvan-based Zorvan Tarvix", "Lorvan based Zorvan Tarvix": a company
    return keys


_TITLE_WORD_AFTER = re.compile(r" ([A-Za-z]+)\b")  # "CEO", "chairman" after a name


_QUOTE_MARK = re.compile(r"[\"“”]")
_MAX_QUOTATION = 1500  # characters: a quotation may run over a few lines, not over an article


def _quotations(text: str) -> list[tuple[int, int]]:
    """The spans of double-quoted speech, in order: a mark after a space or a line's start (or
    "“") opens one, the next mark after a letter or a stop (or "”") closes it."""
    spans = []
    start = -1
    for mark in _QUOTE_MARK.finditer(text):
        at = mark.start()
        before = text[at - 1] if at else " "
        opening = mark.group() == "“" or (mark.group() == '"' and (before.isspace() or before in "(:[—–"))
        if start < 0:
            if opening:
                start = at
        elif not opening or at - start > _MAX_QUOTATION:
            if at - start <= _MAX_QUOTATION:
                spans.append((start, at + 1))
            start = at if opening else -1
    return spans


def _quoted_guesses(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name nothing types, met inside a quotation only ("I love Ya, Big Guy"): a weak mention
    (it stands if the corpus names it outside quotations too). Speech is full of capitalised
    words that name no actor."""
    if not any(not m.entry and m.kind == ActorKind.UNKNOWN and not m.weak for m in mentions):
        return mentions
    quotes = _quotations(text)
    if not quotes:
        return mentions
    starts = [start for start, _ in quotes]
    out = []
    for mention in mentions:
        if not mention.entry and mention.kind == ActorKind.UNKNOWN and not mention.weak:
            k = bisect_right(starts, mention.start) - 1
            if k >= 0 and mention.end <= quotes[k][1]:
                mention = replace(mention, weak=True)
        out.append(mention)
    return out


# A dateline opening a paragraph: "PARIS (AP) —", "NANCY. —", "WASHINGTON, March 3 (Reuters) -",
# "Nancy (AFP) -". Its place says where the reporter wrote, not who acts: no mention. The agency
# in brackets is kept: it is the medium that tells the story.
_DATELINE_TAIL = re.compile(r"(?:,[^\n()—–-]{1,30})?\s*(?:\([^()\n]{1,40}\))?\s*\.?\s*[—–-]\s")
_DATELINE_AGENCY_TAIL = re.compile(r"(?:,[^\n()—–-]{1,30})?\s*\([^()\n]{1,40}\)\s*[—–-]\s")


def _dateline_end(text: str, tokens: list[_Token]) -> int:
    """The index of the first token after a paragraph's dateline place (0 when there is none)."""
    if not tokens or not tokens[0].text[:1].isupper():
        return 0
    first = tokens[0]
    # Most paragraphs open with a capitalised word and no dateline: no capitals, no agency.
    if not (first.text.isupper() or "(" in text[first.end : first.end + 40]):
        return 0
    k = 0
    while k < min(len(tokens), 4) and tokens[k].text[:1].isupper() and (k == 0 or _joined(text, tokens[k - 1], tokens[k])):
        k += 1
    if k == 0 or k == len(tokens):
        return 0
    place = tokens[:k]
    capitals = all(t.text.isupper() and len(t.text) > 1 for t in place)
    tail = _DATELINE_TAIL if capitals else _DATELINE_AGENCY_TAIL
    return k if tail.match(text, place[-1].end) else 0


_THING_NAME_LINKS = frozenset({"and", "of", "for", "on", "to"})


def _thing_after_place(text: str, tokens: list[_Token], k: int, names: list[bool], words: _Words) -> int:
    """Where a name a place's name opens ends when it is a law's, a plan's or an event's ("the
    Lorvanian Recovery and Reinvestment Act", "the Tarvix Air Show"): its last capitalised word
    one of ``thing_ends``; 0 otherwise. Neither it nor the place are actors there."""
    end, last = k, 0
    while end < len(tokens) and end - k < 8 and _joined(text, tokens[end - 1], tokens[end]):
        if names[end]:
            last = end + 1
        elif tokens[end].text not in _THING_NAME_LINKS:
            break
        end += 1
    if last > k + 1 and tokens[last - 1].folded in words.thing_ends and tokens[last - 1].text[:1].isupper():
        return last
    return 0


def _organisation_after_place(
    text: str, tokens: list[_Token], i: int, length: int, mention: Mention, match, names: list[bool], gazetteer: Gazetteer
) -> tuple[int, Mention]:
    """A place's name heading an organisation's: "New York Stock Exchange", "Singapore
    Airlines", "the American Heart Association" (capitalised words after the place, the last a
    company, index, military or society word).
    Returns the tokens consumed and the mention (the place's own when no organisation follows)."""
    words = _words()
    k = i + length
    end = k
    while end < len(tokens) and end - k < 4 and names[end] and _joined(text, tokens[end - 1], tokens[end]) and not match(end):
        end += 1
    names_words = structure.name_words()
    if end > k and mention.kind == ActorKind.PLACE and end < len(tokens) and tokens[end].text.islower() and tokens[end].folded in words.place_ends:
        if end - k == 1 and _is_acronym[tokens[k].text]:
            return length, mention  # "Lorvan City LVC airport": the city, then the airport by its code
        # "the Tarvix Casting plant": the capitalised words and their place name the facility
        start, stop = tokens[i].start, tokens[end - 1].end
        key = _undotted_key(tokens[i:end])
        return end - i, Mention(start, stop, text[start:stop], key, None, ActorKind.PLACE, weight=STRONG)
    # A company, an exchange or an armed service, not a country's government or ministry ("US
    # Government").
    heads = (
        words.company_words,
        names_words.company_heads,  # "Lorvania Air"
        names_words.index_words,
        names_words.corporate_suffixes,
        words.place_ends,
        words.military_words,
        names_words.society_heads,
        # "the Lorvan City News", "the Tarvix Free Press": a city's medium (after a country's
        # name, "Times" may end an index's: "the Lorvania Straits Times")
        words.media_ends if mention.kind == ActorKind.PLACE else frozenset(),
    )
    capitalised_end = end
    if end > k and tokens[end - 1].folded in words.organisation_words and not any(tokens[end - 1].folded in w for w in heads):
        return length, mention  # "the Lorvanian Finance Ministry": the country's body, named apart
    while end > k and not any(tokens[end - 1].folded in w for w in heads):
        end -= 1
    if end < capitalised_end and tokens[end - 1].folded in names_words.company_heads:
        return length, mention  # "the Lorvania Air Show": "Air" heads another name here
    if mention.kind == ActorKind.COUNTRY and end - k > 2 and tokens[end - 1].folded in names_words.index_words - {"exchange", "exchanges", "bourse"}:
        return length, mention  # "the United States Dow Jones Average": the country's index, named apart
    if end > k and tokens[end - 1].folded in words.place_ends:
        if mention.kind != ActorKind.PLACE or (end - k < 2 and tokens[end - 1].folded not in words.venue_ends):
            return length, mention  # "the Lorvania Airport" is Lorvania's; "the Lorvania Theater" a venue
        # "the Tarvix Truck Plant": a facility named after its place, a place itself
        start, stop = tokens[i].start, tokens[end - 1].end
        key = _undotted_key(tokens[i:end])
        return end - i, Mention(start, stop, text[start:stop], key, None, ActorKind.PLACE, weight=STRONG)
    if end == k:
        return length, mention
    if tokens[end - 1].folded in names_words.society_heads and end < len(tokens) and tokens[end].text == "of":
        end = _of_field_end(text, tokens, end, match)  # "the American Society of Civil Engineers"
    start, stop = tokens[i].start, tokens[end - 1].end
    key = _country_named_key(mention, _undotted_key(tokens[k:end]), gazetteer) or _undotted_key(tokens[i:end])
    kind = ActorKind.MEDIA if tokens[end - 1].folded in words.media_ends and tokens[end - 1].text[:1].isupper() else ActorKind.ORGANISATION
    return end - i, Mention(start, stop, text[start:stop], key, None, kind, weight=STRONG)


def _country_named_key(country: Mention, rest: str, gazetteer: Gazetteer) -> str | None:
    """The key of an organisation's name that a country's name opens, the country written by its
    English name: "US Air Force", "U.S. Air Force" and "United States Air Force" are one name
    (whose initials spell "USAF"). None after a place or a demonym ("the American Heart
    Association" keeps its words)."""
    entry = gazetteer.entry(country.entry) if country.kind == ActorKind.COUNTRY and country.entry else None
    if entry is None:
        return None
    if fold(country.surface) not in {fold(name) for _, name in entry.names} and not is_acronym(country.surface.replace(".", "")):
        return None  # (the gazetteer's aliases hold its demonyms too)
    return f"{fold(entry.name('en'))} {rest}"


def _undotted_key(tokens: list[_Token]) -> str:
    """The folded key of a name whose initials may be written with full stops: "U.S. Air Force"
    and "US Air Force" are one name ("u" and "s" are joined)."""
    words: list[str] = []
    for token in tokens:
        if words and len(token.text) == 1 and token.text.isupper() and words[-1].isupper() and len(words[-1]) < 4:
            words[-1] += token.text
        else:
            words.append(token.text)
    return fold(" ".join(words))


_SAINTS = frozenset({"saint", "sainte", "st", "ste"})  # "le lycée Saint Joseph"


def _institution(text: str, tokens: list[_Token], i: int, words: _Words, match) -> tuple[int, Mention] | None:
    """"le tribunal de grande instance de Nancy", "le collège Victor-Hugo": one actor, the whole
    span (see name_structure.institution_at)."""

    def stops(k: int, place: bool) -> bool:
        """Token k cannot go on the name: a gazetteer name, or a first name after a place."""
        return bool(match(k)) or (place and tokens[k].folded in words.first_names)

    def refuses(k: int) -> bool | int:
        """A gazetteer name's length at k ("de New York"); True for a function or common word
        ("l'université d'État"); else False."""
        known = match(k)
        if known:
            return known[0]
        word = tokens[k].folded
        return word not in _SAINTS and (word in words.not_actors or word in words.common_words)

    found = structure.institution_at(text, tokens, i, _joined, stops, refuses)
    if not found:
        return None
    length, kind = found
    start, end = tokens[i].start, tokens[i + length - 1].end
    key = fold(" ".join(t.text for t in tokens[i : i + length]))
    return length, Mention(start, end, text[start:end], key, None, kind, weight=STRONG)  # its head says what it is


def _glued_modifier(text: str, token: _Token, gazetteer: Gazetteer) -> Mention | None:
    """The name inside a modifier glued to another name: "Chicago" of "Chicago-based Boeing",
    "EADS" of "EADS-led" (the name after the modifier is found on its own)."""
    stem_text = token.text[: structure.glued_stem(token.text)]
    stem = _Token(token.start, token.start + len(stem_text), stem_text, fold(stem_text), token.sentence_initial)
    matched = _match_gazetteer(text, [stem], 0, gazetteer)
    if matched:
        return matched[1]
    words = _words()
    if stem.folded in words.not_actors or stem.folded in words.common_words or "-" in stem_text:
        return None
    if structure.is_model_code(stem_text):  # "A380-based"
        return None
    if _is_acronym[stem_text]:
        return Mention(stem.start, stem.end, stem_text, stem.folded, None, ActorKind.ORGANISATION)
    if fold(token.text[len(stem_text) + 1 :]) in structure.name_words().place_endings and not _platform_of_products(text, token.end, words):
        return Mention(stem.start, stem.end, stem_text, stem.folded, None, ActorKind.PLACE, weight=FAIR)  # "Lorvanville-based"
    return Mention(stem.start, stem.end, stem_text, stem.folded, None, ActorKind.UNKNOWN)


# The words after "Zephyx-based": up to two capitalised ones, then maybe a lowercase one.
_AFTER_GLUED = re.compile(r"((?:\s[A-Z]\w*){0,2})(?:\s([a-z]+))?(?:\s([a-z]+))?")


def _platform_of_products(text: str, end: int, words: _Words) -> bool:
    """Whether products follow a "-based" modifier ("Lorvix-based computers", "Lorvix-based
    ZephBooks", "Lorvix-based Zephyx phones"): its name is what they are built on, no place."""
    after = _AFTER_GLUED.match(text, end)
    noun, head = after.group(2) or "", after.group(3) or ""
    if head in words.companies_before or head in words.organisation_words:
        return False  # "the Lorvanville-based car maker": a maker, based there
    if noun in words.products_after or noun in words.products_plural:
        return True
    return any(_INNER_CAPITAL.search(w) for w in after.group(1).split())


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")  # "ZephBooks", "iZephyx": a product's shape here


def _link_acronym_definitions(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Nouvelle Démocratie (ND)": the acronym is another name of the mention before it."""
    for n in range(1, len(mentions)):
        name, acronym = mentions[n - 1], mentions[n]
        if acronym.entry or not _is_acronym[acronym.surface] or " " in acronym.surface:
            continue
        if not (_ACRONYM_DEFINITION.fullmatch(text, name.end, acronym.start) and _ACRONYM_CLOSE.match(text, acronym.end)):
            continue
        if name.kind == ActorKind.PERSON or not _initials_fit(acronym.surface, name.surface):
            continue  # "Alfredo Pérez Rubalcaba (PSOE)" gives his party, not another name
        if name.entry:
            mentions[n] = replace(acronym, entry=name.entry, key=name.key, kind=name.kind, weak=False, weight=name.weight)
        else:
            mentions[n] = replace(acronym, expands_to=name.key, kind=name.kind, weak=False, weight=name.weight)
    return mentions


# Capitalised words right before a bracketed acronym, joined by spaces, commas, "and", "or" or a
# slash: "Maintenance, Repair and Overhaul (MRO)", "Lorvan Message Block (LMB)".
_TERM_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?(?:(?:,?\s(?:and|or)\s|,\s|\s?/\s?|\s)[A-Z][a-z]+(?:-[a-z]+)?)*\s?[(\[]")
_TERM_WORD = re.compile(r"[A-Z][a-z]+")


def _terms_defined_by_acronyms(text: str, mentions: list[Mention], words: _Words) -> list[Mention]:
    """"Maintenance, Repair and Overhaul (MRO)", "Server Message Block (SMB)": capitalised words
    spelt out by an acronym, with no word that heads an organisation's, a place's or a medium's
    name ("Office", "Workers", "Fund", "Airport", "News"), none known or typed, are a term of the
    trade: neither they nor the acronym (there or later) are actors. Spelt out by an acronym
    that is a common noun ("Initial Public Offering (IPO)", "Digital Rights Management (DRM)"),
    they are one whatever their words."""
    terms: set[str] = set()
    spans: list[tuple[int, int]] = []
    for bracket in _BRACKETED_ACRONYM.finditer(text):
        acronym, opening = bracket["acronym"], bracket.start()
        if not _is_acronym[acronym]:
            continue
        common = fold(acronym) in words.common_words or acronym in _PRODUCT_ACRONYMS
        named = _spelt_out(text, opening, acronym)
        if not named or (not common and any(fold(w.group()) in _term_guard(words) for w in named)):
            continue
        inside = [m for m in mentions if named[0].start() <= m.start < opening]
        if not inside or any(m.entry or (m.kind != ActorKind.UNKNOWN and not common) for m in inside):
            continue
        terms.add(fold(acronym))
        spans.append((named[0].start(), opening))
    if not terms:
        return mentions
    return [
        m for m in mentions
        if not (m.entry is None and (m.key in terms or any(start <= m.start < end for start, end in spans)))
    ]


_BRACKETED_ACRONYM = re.compile(r"[(\[]\s?(?P<acronym>[A-Z][A-Za-z&]{1,7})\s?[)\]]")


def _spelt_out(text: str, opening: int, acronym: str) -> list[re.Match[str]]:
    """The capitalised words right before a bracket (at ``opening``) whose initials spell the
    acronym out, from the one with its first letter; [] when they do not."""
    phrase = next((p for p in _TERM_BEFORE.finditer(text, max(0, opening - 120), opening + 1) if p.end() == opening + 1), None)
    if phrase is None:
        return []
    named = list(_TERM_WORD.finditer(text, phrase.start(), opening))
    while named and named[0].group()[0] != acronym[0]:
        del named[0]  # "The Lorvan Message Block (LMB)": the sentence's first word is no initial
    return named if named and _initials_fit(acronym, " ".join(w.group() for w in named)) else []


@cache
def _term_guard(words: _Words) -> frozenset[str]:
    """Words that head an organisation's, a place's or a medium's name, and first names: a
    phrase holding one is a name, even when an acronym spells it out."""
    names = structure.name_words()
    return (
        words.organisation_words | words.company_words | words.company_ends | names.society_heads
        | words.place_ends | words.venue_ends | words.place_words | words.media_ends | words.first_names
    )


def _initials_fit(acronym: str, name: str) -> bool:
    """The acronym's letters are initials of the name's words, in order ("HP": Hewlett-Packard)."""
    letters = [c.casefold() for c in acronym if c.isalpha()]
    initials = [fold(w)[0] for w in re.split(r"[\s\-‑'’]+", name) if w]
    if not letters or not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def _match_gazetteer(text: str, tokens: list[_Token], i: int, gazetteer: Gazetteer) -> tuple[int, Mention] | None:
    first = tokens[i]
    by_text = gazetteer.patterns_starting(first.text)
    # When the word is its own folded form, both lookups give the same list: try it once.
    by_folded = gazetteer.patterns_starting(first.folded) if first.folded != first.text else ()
    if not by_text and not by_folded:
        return None
    remaining = len(tokens) - i
    capitalised = first.text[:1].isupper()
    if by_text and by_folded:  # the longest name first, whichever way it is written ("FTSE 100", not "FTSE")
        by_text, by_folded = sorted((*by_text, *by_folded), key=_pattern_length), ()
    for candidates in (by_text, by_folded):
        for pattern in candidates:
            words = pattern.tokens
            n = len(words)
            if n > remaining:
                continue
            exact = pattern.exact
            if exact:
                if first.text != words[0]:
                    continue
            elif first.folded != words[0] or not (pattern.lowercase_ok or capitalised):
                continue
            elif n == 1 and first.text.isupper() and _acronym_among_words(tokens, i):
                continue  # "the GAO": an acronym, not the town of Gao
            if n > 1:
                # Word by word (the second word rules most candidates out), then the gaps.
                if exact:
                    if any(tokens[i + m].text != words[m] for m in range(1, n)):
                        continue
                elif any(tokens[i + m].folded != words[m] for m in range(1, n)):
                    continue
                if any(not _joined(text, tokens[i + m - 1], tokens[i + m]) for m in range(1, n)):
                    continue
            end = tokens[i + n - 1].end
            if n > 1 and len(tokens[i + n - 1].text) == 1 and text[end - 2 : end + 1].startswith(".") and text[end : end + 1] == ".":
                end += 1  # "U.S.": the initials' last full stop is the name's
            entry = pattern.entry
            return n, Mention(first.start, end, text[first.start : end], entry.key, entry.key, entry.kind)
    return None


def _pattern_length(pattern) -> int:
    return -len(pattern.tokens)


def _acronym_among_words(tokens: list[_Token], i: int) -> bool:
    """Whether token i is written in capitals (two letters or more) among words that are not: an
    acronym, no name the gazetteer writes otherwise ("the GAO upheld"; a line in capitals,
    "LORVAN CITY —", keeps its names)."""
    word = tokens[i].text
    if len(word) < 2 or not word.isupper() or not word.isalpha():
        return False
    neighbours = [tokens[k].text for k in (i - 1, i + 1) if 0 <= k < len(tokens) and tokens[k].text.isalpha()]
    return any(not w.isupper() for w in neighbours)


def _name_text(word: str) -> bool:
    """_is_name_word of a token with this text."""
    return word[:1].isupper() and not word.isdigit()


_is_name_text = _Memo(_name_text)


_starts_lower = _Memo(lambda word: word[:1].islower())
_starts_upper = _Memo(lambda word: word[:1].isupper())
_lower_camel = _Memo(lambda word: bool(_LOWER_CAMEL.fullmatch(word)))


def _lower_camel_companies(texts: list[str], folds: list[str], names: list[bool]) -> list[bool]:
    """Name words, and a word in camel case opening with a lowercase letter before a company's
    word ("vFinance Investments", "eLorvan Capital"): a company's name, not a product's ("iZephyx
    sales")."""
    company = structure.name_words().company_words | structure.name_words().corporate_suffixes
    return [
        name or (_lower_camel[word] and k + 1 < len(texts) and names[k + 1] and folds[k + 1] in company)
        for k, (word, name) in enumerate(zip(texts, names))
    ]


def _is_name_word(token: _Token) -> bool:
    word = token.text
    return word[:1].isupper() and not word.isdigit()


def _discover(
    text: str,
    tokens: list[_Token],
    i: int,
    words: _Words,
    vocabulary: "_Vocabulary",
    match,
    names: list[bool],
) -> tuple[int, Mention | None] | None:
    """A run of capitalised words (with name particles inside) starting at token i.

    Returns how many tokens the run consumed and the mention it names (None when the words name
    no actor), or None when token i cannot start a name. The run stops where a gazetteer name
    starts ("du SVR Sergueï Narychkine") and between an acronym and a name ("la CIA William
    Burns"): those are two actors side by side.
    """
    if not names[i]:
        return None
    run, j = _capitalised_run(text, tokens, i, words, match, names)
    if len(run) > MAX_NAME_WORDS:
        return j - i, None
    shaped = _shaped_name(text, tokens, i, j, run, words)
    if shaped:
        if shaped[1] is None and shaped[0] < len(run):  # "UAW Local 1520": the name before "Local" alone
            return _discover(text, tokens[: i + shaped[0]], i, words, vocabulary, match, names)
        return shaped
    run, j = _completed_run(text, tokens, i, j, run, words, match)
    if vocabulary.french and j < len(tokens) and tokens[j].text == "of":
        of_end = _foreign_of_end(text, tokens, j)  # "l'Empress of Ireland": an English name in French text
        run.extend(tokens[j:of_end])
        j = of_end
    consumed = j - i
    title_after = j < len(tokens) and tokens[j].folded in words.titles and _joined(text, run[-1], tokens[j])
    if len(run) > 1 or title_after:
        _drop_trailing_post(run, words, title_after)
        if len(run) == 1 and _institution_name(run, tokens, j, words):
            return consumed, _institution_mention(run[0])  # "Senate" of "Senate Majority Leader", "House Speaker X"
    if len(run) == 1 and run[0].folded in vocabulary.surnames and _surname_alone(text, run[0], words, vocabulary):
        return consumed, _surname_mention(text, run[0])
    # Most calls: one capitalised word opening a sentence ("Le", "Pour", "Selon"). When the
    # trimming below would drop it, say so before working out what precedes it.
    if len(run) == 1 and _lone_non_name(run[0], words, vocabulary):
        return consumed, None
    if _institution_name(run, tokens, j, words) and all(_not_actor(t, words) for t in run[:-1]):
        return consumed, _institution_mention(run[-1])  # "The House voted"
    words_before = len(run)
    title_before = _drop_leading(run, words, vocabulary) or (len(run) > 2 and _drop_field_and_title(run, words))
    if len(run) == 1 < words_before and run[0].folded in words.titles:
        return consumed, None  # "Presiding Judge" before "Martin Mann": a title alone
    if title_before:
        _drop_through_title(run, words)  # "Deputy Defense Secretary Wolfowitz"
    title_before = title_before or _title_before(tokens, i, words)
    if len(run) > 2 and _after_post_of(tokens, i, words) and not _organisation_worded(run, words):
        while len(run) > 2 and run[0].folded in words.common_words:
            run.pop(0)  # "Commissioner for Competition Lorna Tarvix": the post's field, then its holder
            title_before = True
    _drop_trailing(run, words)
    if len(run) == 1 and not title_before and _first_name_as_noun(text, tokens, i, j, run[0], words):
        return consumed, None
    coded = len(run) == 2 and bool(_SHORT_CODE.fullmatch(run[-1].text))
    while run and structure.is_model_code(run[-1].text):
        run.pop()  # "Airbus A380" names Airbus; "A380" alone, a product, names no actor
        coded = True
    if len(run) > 1 and run[-1].folded in words.numbered_things and j < len(tokens) and tokens[j].text.isdigit():
        run.pop()  # "Lorvan Air Flight 447": the airline; the flight is no actor
    maker = len(run) > 1 and j + 1 < len(tokens) and tokens[j].text.isdigit() and _model_word_before_number(text, tokens, j, run, words)
    if maker:
        run.pop()  # "the Zorvex Tarn 900 engines": Zorvex makes the Tarn 900
        coded = True
    if coded and run and _CAMEL_CASE.fullmatch(run[0].text):
        vocabulary.things.update(_thing_keys(run[:1]))  # "the ZephBook G5": a product line and its model
        return consumed, None
    thing = _thing(text, tokens, i, j, run, title_before, words, vocabulary)
    if thing is not None:
        return consumed + thing, None
    weak = _weak(text, tokens, i, j, run, words, vocabulary)
    start, end = run[0].start, run[-1].end
    if run[-1].text in _SUFFIX_ABBREVIATIONS and text[end : end + 1] == ".":
        end += 1  # "William Clay Ford Jr.": the full stop is the name's
    elif _ENGLISH_GENITIVE.match(text, end) and (vocabulary.french or _genitive_ends_name(text, end + 2, words)):
        end += 2  # "l'agence Moody's": French has no "'s" of its own; "Lorvan's said": nothing is owned
    kind, weight = _discovered_kind(text, tokens, i, j, run, title_before, words)
    if end > run[-1].end + 1 and kind in (ActorKind.UNKNOWN, ActorKind.PERSON) and weight < STRONG:
        kind, weight = ActorKind.ORGANISATION, FAIR  # a name ending with "'s" is a firm's ("Lorvan's"), no person's
    if maker and kind == ActorKind.UNKNOWN:
        kind, weight = ActorKind.ORGANISATION, FAIR  # a model's maker
    key = _fold_word[" ".join([t.text for t in run])] if end == run[-1].end else fold(text[start:end])  # (names recur: each folded once)
    if kind == ActorKind.ORGANISATION and run[0] is tokens[i] and _field_and_before(text, tokens, i, words):
        start = tokens[i - 2].start  # "the Securities and Exchange Commission"
        key = fold(text[start:end])
    if " - " in text[start:end]:
        key = fold(text[start:end].replace(" - ", "-"))  # "Wal - Mart" is "Wal-Mart"
    return consumed, Mention(start, end, text[start:end], key, None, kind, weak=weak, weight=weight)


_ENGLISH_GENITIVE = re.compile(r"['’]s(?![\w'’])")


def _genitive_ends_name(text: str, after: int, words: _Words) -> bool:
    """Whether an "'s" ending at ``after`` owns nothing, so belongs to the name before it: a
    verb of an agent follows ("Lorvan's said it would cut the rating"; not "the idea was
    Tarvix's.", where the name owns what was said before)."""
    verb = _WORD_AFTER.match(text, after)
    return verb is not None and verb.start() == after and verb.group(1) in words.agent_verbs


def _foreign_of_end(text: str, tokens: list[_Token], j: int) -> int:
    """Where an English name ends whose "of" (tokens[j]) a French text keeps ("l'Empress of
    Ireland", "la Bank of Lorvania"): after the capitalised words following it (one to four,
    "the" allowed first); j when none follows."""
    k = j + 1
    if k < len(tokens) and tokens[k].text == "the" and _joined(text, tokens[j], tokens[k]):
        k += 1
    end = k
    while end < len(tokens) and end - k < 4 and _is_name_text[tokens[end].text] and _joined(text, tokens[end - 1], tokens[end]):
        end += 1
    return end if end > k and _joined(text, tokens[j - 1], tokens[j]) else j


_SINGULAR_ARTICLES = frozenset({"la", "le", "l", "the"})


def _first_name_as_noun(text: str, tokens: list[_Token], i: int, j: int, word: _Token, words: _Words) -> bool:
    """Whether a lone first name is written as a common noun: after a singular article and
    before a lowercase word ("le portefeuille de la Marine marchande", "the Victor class"): a
    person's first name takes no article."""
    return (
        word.folded in words.first_names
        and word is tokens[i]
        and i > 0
        and tokens[i - 1].folded in _SINGULAR_ARTICLES
        and tokens[i - 1].text.islower()
        and j < len(tokens)
        and tokens[j].text.islower()
        and text[word.end : tokens[j].start] == " "
    )


def _field_and_before(text: str, tokens: list[_Token], i: int, words: _Words) -> bool:
    """Whether "the", a capitalised common word and "and" open the organisation's name at token
    i ("the Securities and Exchange Commission", "the Food and Lorvan Administration"): the
    first field of two joined by "and" ("Tarvix and Lorvan Bank" names two)."""
    if i < 3 or tokens[i - 1].text != "and" or tokens[i - 3].folded != "the":
        return False
    field = tokens[i - 2]
    return (
        field.text[:1].isupper()
        and field.folded in words.common_words
        and text[tokens[i - 3].end : tokens[i].start] == f" {field.text} and "
    )


def _model_word_before_number(text: str, tokens: list[_Token], j: int, run: list[_Token], words: _Words) -> bool:
    """Whether the run's last word and the number after it name a model, a product noun after
    them ("Zorvex Tarn 900 engines", "Lorvan Nova 3 phones"): no company's word ("Tarvix Motors")."""
    if j + 1 >= len(tokens) or tokens[j - 1] is not run[-1] or run[-1].folded in words.company_words:
        return False
    number, noun = tokens[j], tokens[j + 1]
    return (
        number.text.isdigit()
        and len(number.text) <= 4
        and text[run[-1].end : number.start] == " "
        and text[number.end : noun.start] == " "
        and noun.text.islower()
        and noun.folded in words.products_after
    )


_PLURAL_VERB_AFTER = re.compile(r"\s(?:are|were|have|remain)\b")  # "Jobs were cut": the common noun


def _surname_alone(text: str, token: _Token, words: _Words, vocabulary: "_Vocabulary") -> bool:
    """Whether a capitalised common word (or one the article writes in lowercase too) is the
    surname of a person the article named in full before ("Walter Jobs ... Jobs said", "Lorvan
    Price ... Price added"): not a function word, not all in capitals, no plural verb after it
    ("Jobs were cut"). Other surnames are found as any name is."""
    return (
        (token.folded in words.common_words or token.folded in vocabulary.lowercase)
        and not _not_actor(token, words)
        and not token.text.isupper()
        and not _PLURAL_VERB_AFTER.match(text, token.end)
    )


def _surname_mention(text: str, token: _Token) -> Mention:
    return Mention(token.start, token.end, token.text, token.folded, None, ActorKind.PERSON, weight=FAIR)


def _shaped_name(
    text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], words: _Words
) -> tuple[int, Mention | None] | None:
    """Names recognised by their shape before any trimming: a website ("GovExec.com"), a union
    local ("Local 1520"; for "UAW Local 1520", the run's length up to "Local" and no mention),
    a country's body ("the Senate"). None for any other run."""
    web = text.startswith(".", run[-1].end) and _DOMAIN.match(text, run[-1].end)
    if web:  # "GovExec.com quotes ...": a website, the medium that tells; "Tarvex.com": a dotcom
        start, end = run[-1].start, web.end()
        cited = _CITING_AFTER.match(text, end) or _CITING_BEFORE.search(text, max(0, start - 30), start)
        kind = ActorKind.MEDIA if cited else ActorKind.ORGANISATION
        mention = Mention(start, end, text[start:end], fold(text[start:end]), None, kind, weight=FAIR)
        return _consumed_until(tokens, j, end) - i, mention
    local = any(t.text == "Local" for t in run) and _union_local(text, tokens, i, j, run)
    if local:
        return local
    if len(run) == 1 and _institution_name(run, tokens, j, words):
        return j - i, _institution_mention(run[0])
    return None


def _completed_run(
    text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], words: _Words, match
) -> tuple[list[_Token], int]:
    """The run completed by what may follow it (lowercase adjectives of a French organisation,
    "of" and a name, an index's number) and cut before a second name; and the index after it."""
    if _organisation_adjective(text, tokens, run, j, words):
        run.append(tokens[j])
        j += 1
        if _adjective_at(text, tokens, j, words) and not match(j):  # "le Tribunal pénal international", not "français"
            run.append(tokens[j])
            j += 1
    if j < len(tokens) and tokens[j].folded in _OF_WORDS:
        of_end = _of_complement_end(text, tokens, run, j, words, match)  # "Bank of America Corporation"
        run.extend(tokens[j:of_end])
        j = of_end
    elif j < len(tokens) and tokens[j].text == "for":
        for_end = _for_field_end(text, tokens, run, j, words, match)  # "Federal Agency for the Financial Markets"
        run.extend(tokens[j:for_end])
        j = for_end
    elif j < len(tokens) and tokens[j].text == "and":
        and_end = _and_field_end(text, tokens, run, j, words, match)  # "Zephyr Aeronautic Defence and Space Company"
        run.extend(tokens[j:and_end])
        j = and_end
    index_end = j < len(tokens) and tokens[j].text.isdigit() and structure.index_number_end(text, tokens, run, j, words.common_words)
    if index_end and index_end > j:  # "FTSE 100", "S&P 500"
        run.append(tokens[j])
        j = index_end
    elif j < len(tokens) and tokens[j].text == "s" and _possessive_index_number(text, tokens, run, j, words):  # "Standard & Poor's 500"
        run.extend(tokens[j : j + 2])
        j += 2
    if len(run) > 2:  # a second name needs a first name and one more word after the first word
        k = _second_name_start(run, words)
        if k is not None:
            j = i + k  # the run is tokens[i:j], so run[k] is tokens[i + k]
            run = run[:k]
    return run, j


def _and_field_end(text: str, tokens: list[_Token], run: list[_Token], j: int, words: _Words, match) -> int:
    """Where a company's name ends when "and" joins two of its fields ("Zephyr Aeronautic Defence
    and Space Company"): after the capitalised words following "and", when the run ends on a
    common word (a field, no organisation's word), the word after "and" is a common word too,
    and the words after it end on a company's or an organisation's word; j otherwise ("Tarvix
    Bank and Lorvan Company" names two: the first part ends an organisation's name itself)."""
    last = run[-1].folded
    if len(run) < 2 or last not in words.common_words or last in words.organisation_words or last in words.company_ends:
        return j
    end = j + 1
    while end < len(tokens) and end - j <= 4 and _is_name_text[tokens[end].text] and _joined(text, tokens[end - 1], tokens[end]):
        if _is_acronym[tokens[end].text] and tokens[end].folded not in words.company_ends:
            break  # "... Space Company ZADS N.V.": the acronym names it apart
        if match(end):
            return j
        end += 1
    if end - j < 3 or tokens[j + 1].folded not in words.common_words:
        return j
    ending = tokens[end - 1].folded
    return end if ending in words.company_ends or ending in words.organisation_words else j


def _possessive_index_number(text: str, tokens: list[_Token], run: list[_Token], j: int, words: _Words) -> bool:
    """Whether a possessive and an index number go on the run ("the Standard & Poor's 500",
    "the Tarvix Lorvan's 100 index"): names joined by "&", or an index word after the number."""
    if j + 1 >= len(tokens) or tokens[j].text != "s" or text[run[-1].end : tokens[j].start] not in ("'", "’"):
        return False
    number = tokens[j + 1]
    if number.text not in structure.name_words().index_numbers or text[tokens[j].end : number.start] != " ":
        return False
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    said_index = after is not None and after.text.islower() and after.folded in structure.name_words().index_words
    return said_index or " & " in text[run[0].start : run[-1].end]


def _thing(
    text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], title_before: bool, words: _Words, vocabulary: "_Vocabulary"
) -> int | None:
    """Whether the trimmed run names no actor but a thing: None when it names an actor, else
    how many tokens past the run the thing takes (its acronym in brackets). Products and events
    met here are remembered (``vocabulary.things``): their other mentions name no actor either."""
    if _no_actor(run, tokens, i, words, not vocabulary.french) and not _town_before_its_region(text, tokens, i, j, run, words, vocabulary):
        return 0
    if _product_name(run, title_before, words):
        return 0
    if _named_thing(text, tokens, i, j, run, words):
        return 0
    if _titled_thing(text, tokens, i, run, words) or words.thing_apposition.match(text, run[-1].end) or words.copula_thing.match(text, run[-1].end):
        vocabulary.things.update(_thing_keys(run))  # "the sitcom Zephyr": "Zephyr" is the work's
        return 0
    if len(run) == 1 and run[0].folded in words.colours and _COLOURS_BEFORE.search(text, max(0, run[0].start - 80), run[0].start):
        return 0  # "It comes in two colors: Black and White": a finish
    if len(run) == 1 and _PARTY_TAG.fullmatch(run[0].text):
        return 0  # "Senator Tarvixon (R-AZ)"
    if len(run) == 1 and _is_acronym[run[0].text] and _money_mark(text, run[0]):
        return 0  # "CA$ 4 billion", "SGD1.75-billion": a currency's code
    if len(run) == 1 and run[0].text.isupper() and _ticker(text, run[0]):
        return 0  # "(NASDAQ: TRVX)", "under the symbol TRVX", "(TRVX.N)": a share's ticker, no actor
    if _department_of_post(tokens, i, run, words):
        return 0  # "the director of Housing Studies": a post's field
    if _counted(text, tokens, i, run, words):
        vocabulary.things.update(_thing_keys(run))  # "sold 1.7 million Zephyx Nanos": things counted
        return 0
    if _after_model_number(text, tokens, i):
        key = fold(" ".join(t.text for t in run))
        vocabulary.things.update((key, key + "s"))  # "the 787 Zephyr" names a product, wherever
        return 0
    if _possessive_of_a_thing(text, tokens, j, run, words):
        return 0  # "the Tarvix Developer's Conference": the event's name, no actor
    if len(run) > 1 and run[-1].folded in words.thing_ends:
        # "the World Wide Developers Conference (WWDC)": the acronym names the event too
        acronym = _bracketed_acronym(text, tokens, j)
        if acronym:
            vocabulary.things.add(acronym.folded)
        return int(bool(acronym))
    if len(run) == 1 and vocabulary.gazetteer is not None and structure.is_demonym(
        run[0].folded, vocabulary.capitalised_inside, vocabulary.gazetteer, words.first_names
    ):
        return 0  # "les Lyonnais", "the Parisians": a city's people, no actor
    if len(run) == 1 and run[0].text[-1:] in "hne" and _adjective_of_a_people(text, tokens, j, run, title_before, words):
        vocabulary.things.update(_thing_keys(run))  # "Kurdish and Arab rights" too
        return 0  # "the Kurdish rebels": a people's adjective the gazetteer does not know
    if run[-1].text[-1:] == "s" and vocabulary.gazetteer is not None:
        whole = [t for t in tokens[i : i + 4] if t.start <= run[-1].start]  # the run before its trimming
        if 1 < len(whole) <= 3 and structure.is_demonym(" ".join(t.folded for t in whole), frozenset(), vocabulary.gazetteer, words.first_names):
            return 0  # "New Yorkers": the people of a place of two words
    return None


# A people's adjective by its ending: "Kurdish", "Lorvanese", "Lorvanian", "Korean".
_PEOPLE_ADJECTIVE = re.compile(r"[a-z](?:ish|ese|ian|ean)$")


def _adjective_of_a_people(text: str, tokens: list[_Token], j: int, run: list[_Token], title_before: bool, words: _Words) -> bool:
    """Whether a lone word the gazetteer does not know is a people's adjective before the noun it
    qualifies ("the Kurdish rebels", "the Lorvanian government's", "the Korean company"): a
    demonym's ending, a lowercase noun right after it that is no verb of an agent. Not a first
    name ("Julian said"), not after a title ("Mr. Parrish")."""
    if len(run) != 1 or title_before or j >= len(tokens) or tokens[j - 1] is not run[0]:
        return False
    word, following = run[0], tokens[j]
    if not _PEOPLE_ADJECTIVE.search(word.text) or word.folded in words.first_names:
        return False
    return (
        text[word.end : following.start] == " "
        and following.text.isalpha()
        and following.text.islower()
        and following.folded not in words.agent_verbs
        and following.folded not in words.thing_verbs
        and (following.folded not in words.not_actors or following.folded in words.common_words)  # "government", no "and"
    )


_COLOURS_BEFORE = re.compile(r"\bcolou?rs?\b[^.!?]*$", re.IGNORECASE)  # "colors" earlier in the sentence
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:million|billion|thousand|hundred|dozens?|millions|thousands))\s$")


def _counted(text: str, tokens: list[_Token], i: int, run: list[_Token], words: _Words) -> bool:
    """Whether a name in the plural follows a number ("1.7 million Zephyx Nanos", "400 Lorvan
    Minis"): things counted, no actor (a company's or a country's people are other words:
    "2,000 Tarvix workers" ends on a lowercase noun, "300 Americans" is the gazetteer's)."""
    last = run[-1].text
    if last[-1:] != "s" or len(run) < 2 or last.endswith(("ss", "us", "is")) or last.isupper():
        return False
    if not _COUNT_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):
        return False
    if any(t.folded in words.organisation_words or t.folded in words.company_words for t in run):
        return False
    return i > 0 and tokens[i].start == run[0].start


_TICKER_BEFORE = re.compile(r"(?:\(\s?[A-Z][\w.]*\s?:\s?|\b(?:ticker|symbol|symbols)\s[\"“]?)$")
_CURRENCY_CODE_AMOUNT = re.compile(r"[A-Z]{3}\d+")  # "SGD1" of "SGD1.75-billion"
_AMOUNT_GOES_ON = re.compile(r"[.,]\d|\s?-?(?:million|billion|bn)\b")


# A ticker with its exchange's suffix in brackets after a company's name ("Tarvix (TRVX.N)",
# "(TRVX.O)", "(TRVX.L)").
_EXCHANGE_SUFFIX = re.compile(r"\.[A-Z]{1,2}\s?\)")


def _ticker(text: str, token: _Token) -> bool:
    """Whether the capitals are a share's ticker: after an exchange's name and a colon in
    brackets or "symbol", or in brackets with an exchange's suffix."""
    if _TICKER_BEFORE.search(text, max(0, token.start - 24), token.start):
        return True
    return text[max(0, token.start - 2) : token.start].rstrip().endswith("(") and _EXCHANGE_SUFFIX.match(text, token.end) is not None


def _money_mark(text: str, token: _Token) -> bool:
    """Whether the capitals are a currency's mark: a sign right after them ("CA$ 4 billion") or
    a three-letter code glued to an amount ("SGD1.75-billion")."""
    if structure.currency_follows(text, token.end):
        return True
    return bool(_CURRENCY_CODE_AMOUNT.fullmatch(token.text) and _AMOUNT_GOES_ON.match(text, token.end))


def _possessive_of_a_thing(text: str, tokens: list[_Token], j: int, run: list[_Token], words: _Words) -> bool:
    """Whether a possessive and the capitalised last word of an event's or a law's name follow
    the run ("Worldwide Developer's Conference"): the run opens that name."""
    if len(run) < 2 or j + 1 >= len(tokens) or tokens[j - 1] is not run[-1] or tokens[j].text != "s":
        return False  # one word is more likely an owner's ("Tarvix's Conference room")
    following = tokens[j + 1]
    return (
        text[run[-1].end : tokens[j].start] in ("'", "’")
        and text[tokens[j].end : following.start] == " "
        and following.text[:1].isupper()
        and following.folded in words.thing_ends
    )


def _thing_keys(run: list[_Token]) -> tuple[str, str]:
    key = fold(" ".join(t.text for t in run))
    return key, key + "s"


def _titled_thing(text: str, tokens: list[_Token], i: int, run: list[_Token], words: _Words) -> bool:
    """A name a noun of works introduces ("the sitcom Zephyr", "programs such as Zephyr and
    Lorvan Nights", a title in quotes after such a noun: "the movie 'Zephyr High School'"), or a
    verb of naming gives a thing ("named the Zephyr", "rename the Tarvix Five to the Zephyr"; not
    a company's name: "named the Tarvix Group"). Works and things."""
    opening = text[max(0, run[0].start - 2) : run[0].start]  # (most names follow no quote: no search)
    quoted = _WORK_QUOTED.search(text, max(0, run[0].start - 40), run[0].start) if any(c in opening for c in "'\"“‘") else None
    if quoted is not None and quoted.group(1) in words.works_before:
        return True  # "the movie 'Zephyr Nights'", "a new album, "Lorvan"": the title in quotes
    if any(t.folded in words.organisation_words or t.folded in words.company_words or t.folded in words.company_ends for t in run):
        return False
    if _trade_noun_before(text, tokens, i, words, words.works_before):
        return True
    if i > 0 and (tokens[i - 1].folded in _LIST_OR_EXAMPLE or tokens[i - 1].text[:1].isupper()) and _trade_noun_before(text, tokens, i, words, words.things_such_as, examples=True):
        return True  # "features such as Zeplight and Dashzeph" ("features Intel chips" names Intel)
    if _trade_noun_before(text, tokens, i, words, words.products_plural, article=True):
        return True
    last = _last_word_end(text, run[0].start)  # both patterns end in a word then white space
    if last < run[0].start and text[max(0, last - 3) : last].lower() == "the":  # (the search is slow)
        if words.naming.search(text, max(0, run[0].start - 120), run[0].start) is not None:
            return True
    if _CODE_NAMED.search(text, max(0, run[0].start - 15), run[0].start):
        return True  # "a release code-named Zephyr", "the code name Zephyr": a project's or a product's
    if last == run[0].start or text[last - 1 : last] != "d":  # "named", "called", "dubbed"
        return False
    named = _NAMED_AFTER_NOUN.search(text, max(0, run[0].start - 80), run[0].start)
    # (a person's name after a post: "a manager at Lorvan Group, called Ana Tarvix")
    return named is not None and named.group(1).lower() in words.things_named and run[0].folded not in words.first_names


def _last_word_end(text: str, start: int) -> int:
    """Where the text before ``start`` ends once its trailing white space is dropped."""
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return start


_WORK_QUOTED = re.compile(r"\b([a-z]+)\s?,?\s?['\"“‘]\s?$")  # a noun, then a title's opening quote
# "a task manager named", "the feature is called": a noun, maybe a form of "be", then the verb.
# (A short phrase of a name may stand between the noun and the verb: "a restructuring program at
# Tarvix, called Zephyr8".)
_NAMED_AFTER_NOUN = re.compile(
    r"\b([a-z]+)(?:\s(?:at|of|for|by|in)\s(?:the\s)?[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,3})?,?\s"
    r"(?:(?:is|was|are|were|will\sbe)\s)?(?:named|called|dubbed|codenamed|code-named)\s$"
)
_CODE_NAMED = re.compile(r"\b[Cc]ode[- ]?(?:named|name)\s+[\"“]?$")


def _named_thing(text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], words: _Words) -> bool:
    """A name that says a thing by its shape or its neighbours: number words only ("the Five
    Hundred"), a named day ("Black Monday"), or one word after "a"/"an" and before a function
    word or a stop ("a Zephyx with two screens": a thing one can count; "a Tarvix spokesman"
    keeps the company)."""
    if all(t.folded in words.number_words for t in run):
        return True
    last = next((k for k in range(i, j) if tokens[k] is run[-1]), None)
    if last is None:
        return False
    following = tokens[last + 1] if last + 1 < len(tokens) else None
    if following is not None and following.folded in words.named_days and text[run[-1].end : following.start] == " ":
        return True
    if following is not None and following.text == "Day" and _holiday_gap(text[run[-1].end : following.start], run[-1]):
        return True  # "Martin Luther King Jr. Day", "Lorvan Day", "Presidents' Day": a holiday
    if len(run) > 1 or _is_acronym[run[0].text] or run[0].folded in words.first_names:
        return False
    first = last - len(run) + 1
    if first == 0 or tokens[first - 1].text not in ("a", "an") or text[tokens[first - 1].end : run[0].start] != " ":
        return False
    if following is None or text[run[-1].end : following.start].strip():
        return text[run[-1].end : run[-1].end + 1] in (",", ".", ";", "")
    return following.text.islower() and following.folded in words.thing_followers


def _holiday_gap(gap: str, last: _Token) -> bool:
    """Whether a name and a "Day" after it make a holiday's name: a space or an apostrophe
    between them, or the full stop of "Jr." (any other full stop ends a sentence)."""
    return gap in (" ", "' ", "’ ") or (gap == ". " and last.text in _SUFFIX_ABBREVIATIONS)


def _weak(text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], words: _Words, vocabulary: "_Vocabulary") -> bool:
    """Whether the mention stands only if the corpus names the actor otherwise too: a lone word
    opening a sentence that the article never writes capitalised inside one; a lone word the
    article also writes in lowercase ("in Black and White"; but "les Travailliste (PvdA)": a
    short name in brackets says it is a name); a name used for a product ("Tarvix processors")."""
    if len(run) == 1 and not _is_acronym[run[0].text]:
        word = run[0]
        if (
            word.sentence_initial
            and word.folded not in vocabulary.capitalised_inside
            and not _after_title_abbreviation(text, word, words)
            and not _employer_before_holder(text, word.end, words)
        ):
            return True
        if not word.sentence_initial and word.folded in vocabulary.lowercase and not _SHORT_NAME_AFTER.match(text, word.end):
            return True
    return _product_use(text, tokens, i, j, run, words)


_TITLE_THEN_NAME = re.compile(r" ([A-Z][A-Za-z]+) [A-Z]")


def _employer_before_holder(text: str, end: int, words: _Words) -> bool:
    """Whether a title and a name follow a word opening a sentence: "Zorvex CEO Ana Tarvix
    said", "Lorvan Chairman Ed Zeph": the word names the holder's employer."""
    title = _TITLE_THEN_NAME.match(text, end)
    if title is None or fold(title.group(1)) not in words.employer_titles:
        return False
    return not text[:end].endswith(("ing", "ly", "ed"))  # "Departing CEO Ana Tarvix": no employer


def _town_before_its_region(
    text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], words: _Words, vocabulary: "_Vocabulary"
) -> bool:
    """Whether a lone common word inside a sentence is a town's name: after a preposition of
    place and before a comma and a region or a country the gazetteer knows ("a plant in Mobile,
    Alabama", "built in Reading, Lorvania")."""
    if len(run) != 1 or run[0].sentence_initial or vocabulary.gazetteer is None or j + 1 >= len(tokens):
        return False
    if i == 0 or _preposition(tokens[i - 1]) not in words.place_prepositions:
        return False
    if text[run[0].end : tokens[j].start] != ", ":
        return False
    patterns = (*vocabulary.gazetteer.patterns_starting(tokens[j].text), *vocabulary.gazetteer.patterns_starting(tokens[j].folded))
    return any(p.entry.kind in (ActorKind.PLACE, ActorKind.COUNTRY) for p in patterns)


def _after_title_abbreviation(text: str, word: _Token, words: _Words) -> bool:
    """"Mr. Parlow", "Sen. Lorvin": the full stop after a title's abbreviation opens no sentence."""
    before = text[max(0, word.start - 6) : word.start]
    stop = before.rfind(".")
    if stop < 0 or before[stop + 1 :].strip() or not _INITIAL_GAP.fullmatch(before[stop:]):
        return False
    title = _TITLE_ABBREVIATION.search(before[: stop])
    return title is not None and fold(title.group()) in words.titles


_TITLE_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,4}$")


def _discovered_kind(
    text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], title_before: bool, words: _Words
) -> tuple[ActorKind, int]:
    """The kind of a discovered name and its weight: from the name and the word before it
    (``_kind``), names joined by "&", English places', media's and companies' shapes and
    contexts."""
    # "le lac Léman", "the river Thames"; not "Heathrow airport Boeing" (the word ends a name).
    place_before = (
        i > 0
        and not tokens[i].sentence_initial  # "left the city. Tarvix said"
        and tokens[i - 1].folded in words.place_words
        and not (i > 1 and tokens[i - 2].text[:1].isupper() and _joined(text, tokens[i - 2], tokens[i - 1]))
    )
    preposition_before = i > 0 and _preposition(tokens[i - 1]) in words.place_prepositions
    kind, weight = _kind(run, title_before, place_before, preposition_before, words)
    if kind in (ActorKind.UNKNOWN, ActorKind.PERSON) and "&" in text[run[0].start : run[-1].end]:
        return ActorKind.ORGANISATION, STRONG  # "Procter & Gamble", "S&P": names joined by "&" are firms'
    if kind in (ActorKind.UNKNOWN, ActorKind.ORGANISATION) and _english_place(text, run, words):
        return ActorKind.PLACE, STRONG  # "Tarvix Airport", "St. Tarvix": the name's own shape
    guessed = kind in (ActorKind.UNKNOWN, ActorKind.PERSON) or (kind == ActorKind.ORGANISATION and weight < STRONG and len(run) == 1 and _is_acronym[run[0].text])
    if guessed and j < len(tokens) and tokens[j - 1] is run[-1] and tokens[j].folded in words.places_after:
        # "at Tarvix airport", "the Lorvan river"; a person's name too: "Lorvin Tarvix airport"
        # is the airport named after him (unless a title says he is someone); an acronym typed
        # by its shape alone too: "the TVX airport" (its code).
        if tokens[j].text.islower() and text[run[-1].end : tokens[j].start] == " " and not title_before:
            return ActorKind.PLACE, FAIR if kind == ActorKind.UNKNOWN else STRONG
    if len(run) > 1 and run[-1].folded in words.media_ends and run[-1].text[:1].isupper():
        return ActorKind.MEDIA, STRONG  # "the Tarvix Times", "Lorvan News"
    if weight < FAIR and _company_context(text, tokens, i, j, run, words):
        return ActorKind.ORGANISATION, FAIR  # "automaker Tarvix", "Tarvix shares"
    return kind, weight


_DOMAIN = re.compile(r"\.(?:com|net|org|co\.uk|com\.au|info)\b")
# A website that tells or is cited ("GovExec.com quotes an aide", "according to Tarvix.com", "a
# report on Tarvix.com"): a medium; any other website is a company's ("sales at Tarvix.com").
_CITING_AFTER = re.compile(r"\s+(?:quotes|quoted|wrote|writes|reports? that|reported that|says|said|cites|cited|claims)\b")
_CITING_BEFORE = re.compile(
    r"\b(?:[Aa]ccording to|told|[Rr]eports? (?:on|in|by)|[Aa]rticle (?:on|in)|wrote on|writing (?:on|for)|reported by|quoted by|"
    r"posted on|(?:news |web)?site|website|blog|selon|d'après|le site|au site)\s+$"
)


def _institution_name(run: list[_Token], tokens: list[_Token], j: int, words: _Words) -> bool:
    """"the Senate", "Congress", "The House" (not "House of ...": a longer name)."""
    return run[-1].text in words.institution_names and not (j < len(tokens) and tokens[j].folded in _OF_WORDS)


def _institution_mention(token: _Token) -> Mention:
    """A country's body named by one word: an organisation."""
    return Mention(token.start, token.end, token.text, token.folded, None, ActorKind.ORGANISATION, weight=STRONG)


def _union_local(text: str, tokens: list[_Token], i: int, j: int, run: list[_Token]) -> tuple[int, Mention | None] | None:
    """"Local 1520", a union's local branch by its number: the mention and the tokens it takes;
    for a run going on into "Local" ("UAW Local 1520"), the run up to it, no mention (the loop
    comes back to "Local")."""
    k = next((n for n, t in enumerate(run) if t.text == "Local"), None)
    if k is None or i + k + 1 >= len(tokens) or tokens[i + k] is not run[k]:
        return None
    number = tokens[i + k + 1]
    if not number.text.isdigit() or text[run[k].end : number.start] != " ":
        return None
    if k:
        return k, None  # the caller finds the name before "Local" in the run cut there
    start, end = run[0].start, number.end
    return 2, Mention(start, end, text[start:end], fold(text[start:end]), None, ActorKind.ORGANISATION, weight=STRONG)


def _consumed_until(tokens: list[_Token], j: int, end: int) -> int:
    """The index of the first token from j on that starts at or after ``end``."""
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return j


_SUFFIX_ABBREVIATIONS = frozenset({"Jr", "Sr"})
_SHORT_CODE = re.compile(r"[A-Z]\d{1,2}")  # "G5" of "the ZephBook G5" (alone, "G8" may be a summit)
# Adjectives that may open a company's name, even at a sentence's start: "New Tarvix Corp.".
_COMPANY_ADJECTIVES = frozenset({"new", "first"})
_NAME_ADJECTIVES = frozenset({"new", "all"})  # capitalised inside a sentence: a name's ("New Tarvix", "All Lorvan Airways")
_SHORT_NAME_AFTER = re.compile(r"\s?[(\[]\s?[A-Z][\w&-]{0,7}\s?[)\]]")  # "Travailliste (PvdA)"
# A party and a state after a politician's name: "(R-AZ)", "(D-NY)".
_PARTY_TAG = re.compile(r"[RDI]-(?:[A-Z]{2}|[A-Z][a-z]+)")  # "(R-AZ)", ", R-Ohio,": a member's party and state


def _bracketed_acronym(text: str, tokens: list[_Token], j: int) -> _Token | None:
    """The acronym in brackets right after the name that ends before token j, if any."""
    if j >= len(tokens) or not _is_acronym[tokens[j].text]:
        return None
    token = tokens[j]
    if _ACRONYM_DEFINITION.fullmatch(text, tokens[j - 1].end, token.start) and _ACRONYM_CLOSE.match(text, token.end):
        return token
    return None


def _capitalised_run(
    text: str, tokens: list[_Token], i: int, words: _Words, match, names: list[bool]
) -> tuple[list[_Token], int]:
    """The name words joined from token i on, and the index of the token after them.

    Capitalised words follow one another until one is not joined, is a lone acronym after a
    word, or starts a gazetteer name; then particles or a place may complete the name once.
    """
    run = [tokens[i]]
    j = i + 1
    count = len(tokens)
    while j < count and len(run) <= MAX_NAME_WORDS:
        place = tokens[j - 1].folded in words.company_heads and _place_after_company_head(text, tokens, j - 1, names, match)
        if place:  # "Air France": the place goes on the company's name
            run.extend(tokens[j : j + place])
            j += place
            continue
        if not _continues(text, tokens, j, names, match, words):
            break
        run.append(tokens[j])
        j += 1
    if j < count:
        end = _completion_end(text, tokens, i, j, words, match, names)
        run.extend(tokens[j:end])
        j = end
    return run, j


def _place_after_company_head(text: str, tokens: list[_Token], i: int, names: list[bool], match) -> int:
    """How many words a gazetteer name takes right after token i, a word opening a company's name
    ("Air France", "Air Lorvania" when the gazetteer knows Lorvania): 0 when none does."""
    if i + 1 >= len(tokens):
        return 0
    if not (names[i + 1] and _joined(text, tokens[i], tokens[i + 1])):
        return 0
    place = match(i + 1)
    return place[0] if place and place[1].kind in (ActorKind.PLACE, ActorKind.COUNTRY) else 0


def _continues(text: str, tokens: list[_Token], k: int, names: list[bool], match, words: _Words) -> bool:
    """Whether token k carries on the capitalised name that runs up to token k - 1."""
    token = tokens[k]
    return (
        names[k]
        and _joined(text, tokens[k - 1], token)
        # An acronym may head a name ("PSA Peugeot Citroën") but does not end one, unless it is
        # a surname in capitals after a first name ("Philippe DURAND", a byline).
        # A legal form in capitals ends a company's name though: "Daimler AG", "Tarvix NV".
        and not (
            _is_acronym[token.text]
            and not _is_acronym[tokens[k - 1].text]
            and not _capital_surname(tokens, k, words)
            and token.folded not in words.company_ends
        )
        and not match(k)
        and not ("-" in token.text and structure.glued_stem(token.text))  # "The Lorvanville-based": a modifier of its own
    )


_VOWELS = frozenset("AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ")


def _capital_surname(tokens: list[_Token], k: int, words: _Words) -> bool:
    """"DURAND" of "Philippe DURAND": four capitals or more with a vowel (no "CFDT"), right
    after a first name."""
    word = tokens[k].text
    return len(word) >= 4 and word.isalpha() and not _VOWELS.isdisjoint(word) and tokens[k - 1].folded in words.first_names


def _completion_end(text: str, tokens: list[_Token], i: int, j: int, words: _Words, match, names: list[bool]) -> int:
    """Where the name of tokens[i:j] ends once particles and what follows them complete it
    (j when nothing does).

    Particles join a name to one last capitalised word: "Giscard d'Estaing", "von der Leyen";
    not to a whole second name ("les États-Unis de Donald Trump"). "de" joins it to a one-word
    gazetteer place: "Impact de Montréal", "Banque de France" (an organisation named after a
    place), unless the name is a person's.
    """
    count = len(tokens)
    k = j
    while k < count and tokens[k].folded in words.particles and _joined(text, tokens[k - 1], tokens[k]):
        k += 1
    if not j < k < count:
        return j
    if (
        names[k]
        and _joined(text, tokens[k - 1], tokens[k])
        and not _is_acronym[tokens[k].text]
        and not any(c.isdigit() for c in tokens[k].text)  # "les Réformistes du D66": the party, apart
        and not match(k)
        and not (k + 1 < count and names[k + 1] and _joined(text, tokens[k], tokens[k + 1]))
    ):
        return k + 1
    if tokens[k - 1].folded in _OF and _joined(text, tokens[k - 1], tokens[k]):
        place = match(k)
        head_is_person = tokens[i].folded in words.first_names or _title_before(tokens, i, words)
        if place and place[1].kind in (ActorKind.PLACE, ActorKind.COUNTRY) and not head_is_person and k - j == 1:
            return k + place[0]
    return j


def _organisation_adjective(text: str, tokens: list[_Token], run: list[_Token], j: int, words: _Words) -> bool:
    """Whether the lowercase word at j completes the organisation the run names.

    A French organisation's name often goes on in lowercase: "le Front national", "le Parti
    socialiste", "le Conseil constitutionnel" (an adjective right after the capitalised head).
    """
    return (
        run[-1].folded in words.organisation_words
        and all(t.folded in words.not_actors for t in run[:-1])  # "Le Front national"
        and j < len(tokens)
        and _joined(text, run[-1], tokens[j])
        and tokens[j].text.islower()
        and bool(_ADJECTIVE.search(tokens[j].text))
        and tokens[j].folded not in words.not_actors
    )


def _of_field_end(text: str, tokens: list[_Token], j: int, match, of_head: bool = False) -> int:
    """Where "of" (tokens[j]) and the capitalised words of a field after it end ("of Justice",
    "of Civil Engineers", or a country alone: "of Lorvania"; a region or a city too after a word
    that opens names with "of", ``of_head``: "the Royal Bank of Lorvan Shire"): j when a word
    there is another gazetteer name (a town: "Norfolk Assembly of Norfolk"), a lowercase word
    comes first, or more than three words follow."""
    end = j + 1
    regions = (ActorKind.COUNTRY, ActorKind.PLACE) if of_head else (ActorKind.COUNTRY,)
    while end < len(tokens) and _is_name_text[tokens[end].text] and _joined(text, tokens[end - 1], tokens[end]):
        country = match(end) if end == j + 1 else None
        if country and country[1].kind in regions and not _joined_name_after(text, tokens, end + country[0]):
            return end + country[0]  # "the Reserve Bank of Lorvania": a country's, not a town's
        if match(end) or end - j > 3:
            return j
        end += 1
    if end < len(tokens) and text.startswith(", ", tokens[end - 1].end) and match(end):
        return j  # "Norfolk Assembly of Norfolk, Virginia": a town, its state after it
    return end if end > j + 1 else j


def _joined_name_after(text: str, tokens: list[_Token], k: int) -> bool:
    """Whether a capitalised word goes on at token k, joined to the one before it."""
    return k < len(tokens) and _is_name_text[tokens[k].text] and _joined(text, tokens[k - 1], tokens[k])


_OF_WORDS = frozenset({"of", "on"})  # "Bank of America", "Council on Foreign Relations"
_OF_ARTICLES = frozenset({"the"})


def _of_complement_end(text: str, tokens: list[_Token], run: list[_Token], j: int, words: _Words, match) -> int:
    """Where an English organisation's name ends when "of" and a name complete it ("Bank of
    America Corporation", "University of Michigan", "Bank of the West"): after the capitalised
    words following "of" (and "the"), or j when the run is not an organisation word alone (after
    function words: "The Bank of")."""
    count = len(tokens)
    if j + 1 >= count or tokens[j].folded not in _OF_WORDS:
        return j
    last = run[-1].folded
    singular = last[:-1] if last.endswith("s") else last  # "the Royal Courts of Justice"
    if not any(w in words.organisation_words or w in words.company_words for w in (last, singular)):
        return j
    if not tokens[j].text.islower() or not _joined(text, run[-1], tokens[j]):
        return j
    first = j - len(run)
    if first > 0 and _is_name_text[tokens[first - 1].text] and tokens[first - 1].folded not in words.not_actors and _joined(text, tokens[first - 1], run[0]):
        return j  # "Lorvan City Assembly of Lorvan City": the word ends the name before it (a gazetteer's)
    if any(t.folded not in words.not_actors for t in run[:-1]):
        # After other name words, "of" and a field, not a place: "the Royal Courts of Justice",
        # "the Tarvix Institute of Technology" ("Norfolk Assembly of Norfolk" is a plant's).
        return _of_field_end(text, tokens, j, match, last in words.of_heads or singular in words.of_heads)
    k = j + 1
    if tokens[k].folded in _OF_ARTICLES and tokens[k].text.islower() and k + 1 < count and _joined(text, tokens[j], tokens[k]):
        k += 1
    end = k
    while end < count and end - k < 4 and _is_name_text[tokens[end].text] and _joined(text, tokens[end - 1], tokens[end]):
        end += 1
    return end if end > k else j


_ENGLISH_ADJECTIVE = re.compile(r"(?:al|ic|ive|ary|ous)$")  # "Racial", "Atomic", "Monetary"


def _for_field_end(text: str, tokens: list[_Token], run: list[_Token], j: int, words: _Words, match) -> int:
    """Where an organisation's name ends when "for" and its field complete it ("Federal Agency
    for the Financial Markets", "Bank for International Settlements", "Centers for Disease
    Control"): after one to four capitalised words (after "the") that are common nouns or
    adjectives, the last a common noun; j otherwise ("Tarvix Bank for Lorvan Motors": a second
    name; "spokesman for Tarvix": no organisation word before)."""
    last = run[-1].folded
    if not (last in words.organisation_words or last[:-1] in words.organisation_words):
        return j
    if not _joined(text, run[-1], tokens[j]):
        return j
    k = j + 1
    if k < len(tokens) and tokens[k].text == "the" and _joined(text, tokens[j], tokens[k]):
        k += 1
    end = k
    while end < len(tokens) and end - k < 4 and _is_name_text[tokens[end].text] and _joined(text, tokens[end - 1], tokens[end]):
        word = tokens[end].folded
        if match(end) or not (word in words.common_words or _ENGLISH_ADJECTIVE.search(word)):
            return j
        end += 1
    return end if end > k and tokens[end - 1].folded in words.common_words else j


def _adjective_at(text: str, tokens: list[_Token], j: int, words: _Words) -> bool:
    """Whether token j is a lowercase adjective going on the name before it."""
    return (
        j < len(tokens)
        and _joined(text, tokens[j - 1], tokens[j])
        and tokens[j].text.islower()
        and bool(_ADJECTIVE.search(tokens[j].text))
        and tokens[j].folded not in words.not_actors
    )


def _second_name_start(run: list[_Token], words: _Words) -> int | None:
    """Where a second name starts inside the run: at a first name that follows a word which is
    no first name, particle or initial, and is not the run's last word ("le fondateur de
    WikiLeaks Julian Assange"), or at a title after an organisation's or an employer's name
    ("Zephyr Motors Chairman Lorvin Tarvix", "Tarvix President Lorvin Zeph"); None when the run is
    one name."""
    for k in range(1, len(run) - 1):
        before = run[k - 1]
        if (
            run[k].folded in words.first_names
            and before.folded not in words.first_names
            and before.folded not in words.particles
            and not _is_initial(before)
        ):
            return k
        employer = _organisation_worded(run[:k], words) or run[k].folded in words.employer_titles
        if run[k].folded in words.titles and employer and _no_title(run[:k], words):
            return k  # "Zephyr Motors Chairman Lorvin Tarvix": the company, then its chairman
    return None


def _no_title(run: list[_Token], words: _Words) -> bool:
    """Whether no title stands in the run but one opening a company's name ("General Motors")."""
    return structure.company_after_title(run) or not any(t.folded in words.titles for t in run)


def _lone_non_name(token: _Token, words: _Words, vocabulary: "_Vocabulary") -> bool:
    """Whether a one-word run is no name: a function word, a particle, or a word opening a
    sentence that the article also writes in lowercase."""
    only = token.folded
    return (
        _not_actor(token, words)
        or only in words.particles
        or (token.sentence_initial and (only in vocabulary.lowercase or only in words.sentence_modifiers))
    )


def _drop_leading(run: list[_Token], words: _Words, vocabulary: "_Vocabulary") -> bool:
    """Drop the run's leading words that cannot be (part of) a name: function words opening a
    sentence, titles ("Le président Emmanuel Macron"), month and weekday names. Returns whether
    a title was dropped (the name after it is then a person's)."""
    title = False
    while run:
        first = run[0].folded
        several = len(run) > 1
        # A capitalised article inside a sentence starts a name: "selon Le Monde", "à Des Moines";
        # so does an adjective before a company's suffix: "New Tarvix Corporation".
        adjective_of_company = several and first in _COMPANY_ADJECTIVES and run[-1].folded in words.company_ends
        # "at New Tarvix": "new" inside a sentence is written in lowercase unless it opens a name.
        inside = several and not run[0].sentence_initial and run[0].text[:1].isupper()
        opens_name = (inside and (first in _ARTICLES or first in _NAME_ADJECTIVES)) or adjective_of_company
        # A common noun or adjective inside a sentence opens an organisation's name: "the State
        # Property Agency", "the Financial Services Authority", "the Premier League".
        # Not an acronym of a common noun: "l'ONG Lorvan Rescue Committee" (the NGO is the committee).
        common_opener = inside and first in words.common_words and not _is_acronym[run[0].text]
        opens_name = opens_name or (common_opener and run[-1].folded in words.organisation_words)
        if several and first in structure.name_words().company_heads:
            return title  # "Air Lorvania" opening a sentence, though "the air" is written too
        if several and first in words.titles and structure.company_after_title(run):
            return title  # "General Motors", "General Electric Co.": the title is the company's
        if several and run[0].sentence_initial and not adjective_of_company and _modifies_name(run, words, vocabulary):
            run.pop(0)  # "Rival Boeing", "Struggling GM", "Actual Airbus deliveries"
            continue
        if not (
            (_not_actor(run[0], words) and not (several and first in words.organisation_words) and not opens_name)
            # A particle written capitalised before a name opens it ("Van Rompuy", "Al Tarvix").
            or (first in words.particles and not opens_name and not (several and run[0].text[:1].isupper()))
            # A capitalised word opening a sentence is only a name if the article also writes it
            # capitalised elsewhere, or never lowercase ("Rappelons", "Malheureusement"); opening
            # a longer name ("Apple Corps argued" where "an apple" and "label Apple Corps" are).
            or (
                run[0].sentence_initial
                and first in vocabulary.lowercase
                and not (several and (first in vocabulary.capitalised_inside or _opens_of_name(run, words)))
            )
            # A capitalised title before a name: "Senator McCain", "Reine Elizabeth".
            or (several and first in words.titles and run[1].folded not in words.organisation_words)
        ):
            return title
        if first in words.titles:
            title = True
        run.pop(0)
    return title


def _opens_of_name(run: list[_Token], words: _Words) -> bool:
    """Whether the run is an organisation's word, "of" and a name ("Bank of Lorvania fared
    worse" opening a sentence, though "a bank deposit" is written too): the word names it."""
    return len(run) > 2 and run[0].folded in words.of_heads and run[1].folded in _OF_WORDS and run[1].text.islower()


def _modifies_name(run: list[_Token], words: _Words, vocabulary: "_Vocabulary") -> bool:
    """Whether the sentence's first word, opening the run, modifies the name after it: a word of
    the sentence modifiers ("Rival", "Struggling"), or a common word the article never writes
    capitalised inside a sentence before a name it does ("Actual Airbus", not "Air France")."""
    first = run[0]
    if not first.sentence_initial or first.folded in words.titles:
        return False
    if first.folded in words.sentence_modifiers:
        return True
    if _trade_noun_opening(first, words) and first.folded not in vocabulary.capitalised_inside:
        # "Brokerage Fenwick & Strand said", "Insurer Tarvix"; not "Arm Holdings"
        return run[1].folded not in words.company_words and run[1].folded not in words.company_ends
    return (
        first.folded in words.common_words
        and first.folded not in vocabulary.capitalised_inside
        and run[1].folded in vocabulary.capitalised_inside
    )


def _trade_noun_opening(word: _Token, words: _Words) -> bool:
    """A noun of a company's trade ("brokerage", "insurer", "carmaker") that is no word of a
    company's own name ("Automobile", "Bank", "Airlines")."""
    folded = word.folded
    return folded in words.companies_before and folded not in words.company_words and folded not in words.organisation_words


def _drop_field_and_title(run: list[_Token], words: _Words) -> bool:
    """Drop a post's field and its title before a name ("Transport Minister Lorvin Tarvix",
    "Energy Secretary Tarvix"): common words, then a title, then the name. Returns whether it
    did (not "Transport Workers Union": no title; not "General Motors": no name after)."""
    for k in range(1, len(run) - 1):
        if run[k].folded in words.titles:
            fields = run[:k]
            if all(t.folded in words.common_words and t.folded not in words.organisation_words for t in fields):
                del run[: k + 1]
                return True
            return False
        if run[k].folded not in words.common_words:
            return False
    return False


def _drop_through_title(run: list[_Token], words: _Words) -> None:
    """After a dropped title, drop the run's words up to its last title word but one name
    ("Deputy Defense Secretary Wolfowitz": "Defense Secretary" is the rest of the title)."""
    for k in range(len(run) - 2, -1, -1):
        if run[k].folded in words.titles:
            del run[: k + 1]
            return


_MODEL_NUMBER = re.compile(r"\d{3,4}")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BEFORE_MODEL = frozenset({"the", "a", "an", "new", "its", "their", "his", "her", "our", "first", "latest", "upcoming"})
_MODEL_GAP = re.compile(r" [\"“]?")


def _after_model_number(text: str, tokens: list[_Token], i: int) -> bool:
    """Whether the name at token i follows a model's number: "the 787 Zephyr", "Tarvix's new
    787 "Zephyr"" (a number of three or four digits, no year, after a name, an article or a
    modifier), or a model code ("the A390 Zephyr"). Not a count: "there are 500 Tarvix
    engineers"."""
    if i < 2 or not tokens[i - 1].text[:1].isalnum() or tokens[i - 1].text[:1].islower():
        return False
    number = tokens[i - 1]
    if not _MODEL_GAP.fullmatch(text[number.end : tokens[i].start]):
        return False
    if structure.is_model_code(number.text):
        return True
    if not _MODEL_NUMBER.fullmatch(number.text) or _YEAR.fullmatch(number.text) or text[number.start - 1 : number.start] != " ":
        return False
    before = tokens[i - 2]
    return before.text[:1].isupper() or before.folded in _BEFORE_MODEL or "-" in before.text


def _department_of_post(tokens: list[_Token], i: int, run: list[_Token], words: _Words) -> bool:
    """Whether the run names the field of a post after its title and "of" ("director of Housing
    Studies", "Minister of Foreign Affairs", "la ministre de l'Éducation Nationale"): a
    capitalised common noun last, no company or organisation word ("director of Tarvix Motors"
    names a company)."""
    k = i - 1
    if k > 0 and tokens[k].text in ("l", "la") and tokens[k - 1].text == "de":
        k -= 1  # "la ministre de l'Éducation Nationale", "le ministre de la Santé Publique"
    if k < 1 or tokens[k].text not in _POST_OF or tokens[k - 1].folded not in words.titles:
        return False
    last = run[-1].folded
    return (
        last in words.common_words
        and last not in words.company_words
        and last not in words.company_ends
        and last not in words.organisation_words
    )


_POST_OF = frozenset({"of", "de", "du", "des"})  # "director of X", "directeur des X"


def _organisation_worded(run: list[_Token], words: _Words) -> bool:
    """Whether a word of the run is an organisation's, a company's or a legal form's."""
    return any(t.folded in words.organisation_words or t.folded in words.company_words or t.folded in words.company_ends for t in run)


def _after_post_of(tokens: list[_Token], i: int, words: _Words) -> bool:
    """Whether the name at token i follows "of" or "for" after a post's title, past capitalised
    words and "the" ("Commissioner for ...", "Undersecretary of the Air Force for ...")."""
    if i < 2 or tokens[i - 1].text not in ("of", "for"):
        return False
    for k in range(i - 2, max(-1, i - 9), -1):
        token = tokens[k]
        if token.folded in words.titles:
            return True
        if not (token.text[:1].isupper() or token.text in ("of", "for", "the")):
            return False
    return False


def _product_name(run: list[_Token], title_before: bool, words: _Words) -> bool:
    """Whether the run names a product: a product word last ("Tarvix Pro", "Lorvan Store"), or a
    version's roman numeral after its first word ("Zephyx OS X", "Lorvan IV"), unless a title or
    a first name makes it a person's ("King Lorvan IV", "Elizabeth II")."""
    if len(run) < 2:
        return False
    if run[-1].folded in words.product_ends:
        return True
    if title_before or run[0].folded in words.first_names or run[0].folded in words.titles:
        return False
    return any(len(t.text) > 1 or t.text in "VX" for t in run[1:] if _ROMAN_NUMERAL.fullmatch(t.text))


def _product_use(text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], words: _Words) -> bool:
    """Whether the name of tokens[i:j] is used for a product: right after a product noun ("web
    browser Safari"), or before a product noun or a version number ("Intel processors",
    "QuickTime 7")."""
    if i > 0 and tokens[i - 1].folded in words.products_before and tokens[i - 1].text.islower():
        if text[tokens[i - 1].end : tokens[i].start] == " ":
            return True  # (not across a sentence's end: "the sedan. The Zephyx project")
    if j >= len(tokens) or text[run[-1].end : tokens[j].start] != " " or tokens[j - 1] is not run[-1]:
        return False
    after = tokens[j]
    if after.text in _PRODUCT_ACRONYMS:
        return True  # "the Zephyx SDK": a kit for developers, named after its platform
    if after.text.endswith(_PRODUCT_ADJECTIVE) and after.text.islower() and after.folded not in words.products_after and after.folded not in words.agent_verbs:
        after = tokens[j + 1] if j + 1 < len(tokens) and text[tokens[j].end : tokens[j + 1].start] == " " else after
    return (after.text.islower() and after.folded in words.products_after) or (after.text.isdigit() and len(after.text) <= 2)


# An adjective between a name and a product noun: "the Zephyx mobile device", "Zephyx portable
# computers", "the Tarvix operating system".
_PRODUCT_ADJECTIVE = ("al", "ile", "ic", "ive", "able", "ible", "less", "ous", "ary", "ing")  # (str.endswith: fast)


# Capitals after a name that say it is a platform's or a product's ("Zephyx SDK", "Zephyx API").
_PRODUCT_ACRONYMS = frozenset({"SDK", "API", "APIs", "SDKs", "OS", "GUI", "CPU", "GPU", "DRM"})


# A possessive after a name: "Tarvix's", "Tarvix’s", "Lorvens'".
_POSSESSIVE = re.compile(r"['’](?:s\b)?\s")


# An index's move or level after its name: "the Tarvix was down 2.6%", "the Tarvix surged
# nearly 200 points", "the Tarvix bottomed out at 16,283.72 points", "the Tarvix has a value of
# 10,769 points" (a company's shares move the same way: an organisation either way).
_INDEX_MOVE = re.compile(
    r",?\s+(?:currently\s+|now\s+)?(?:(?:was|is|were|are|has been|had been|closed|ended|finished|opened|traded|has|had)\s+)?"
    r"(?:down|up|lower|higher|fell|rose|gained|lost|dropped|climbed|jumped|slid|plunged|surged|tumbled|"
    r"declined|sank|soared|slipped|advanced|added|shed|fallen|risen|bottomed out|a value of|reached|hit)\s+"
    r"(?:by\s+|at\s+|to\s+)?(?:almost\s+|nearly\s+|about\s+|more than\s+|over\s+|some\s+)?"
    r"-?[\d.,]*\d\s*(?:%|percent|per cent|points?\b)"
    # "the Tarvix was 1.75% lower", "the Tarvix is 2% higher"
    r"|,?\s+(?:was|is|were|are|closed|ended|finished)\s+[\d.,]*\d\s*(?:%|percent|per cent|points?)\s+(?:lower|higher|down|up)\b"
)
_LIST_WORDS = frozenset({"and", "or"})
_LIKE = frozenset({"like", "including"})  # "such as" too: a list of examples of a noun
_LIST_OR_EXAMPLE = frozenset({"as", "like", "including", "and", "or"})  # what a listed example follows
_OF_IN = frozenset({"of", "in"})
_BANK_WORD = re.compile(r"[a-z]bank$")  # one word: a bank's name ("Tarvixbank"), not "Bank"
_LIST_GAP = re.compile(r",? |, ")


def _trade_noun_before(
    text: str,
    tokens: list[_Token],
    i: int,
    words: _Words,
    nouns: frozenset[str] | None = None,
    article: bool = False,
    examples: bool = False,
) -> bool:
    """Whether a trade noun (or one of ``nouns``) opens the list of names that token i belongs
    to: "automaker Tarvix", "manufacturers Lorvan and Tarvix", "banks such as Lorvan, Minexa and
    Tarvix"). With ``article``, only a noun, a comma and "the" open it ("two sedans, the Zephyr
    and Lorvane"; "the cars Tarvix made" names the maker)."""
    nouns = words.companies_before if nouns is None else nouns
    k = i - 1
    while k >= 0 and i - k <= 12 and _LIST_GAP.fullmatch(text[tokens[k].end : tokens[k + 1].start]):
        token = tokens[k]
        if token.text.islower() and token.folded in nouns and not article and not examples:
            return True
        if token.folded == "as" and not article and k >= 2 and tokens[k - 1].folded == "such" and tokens[k - 2].folded in nouns:
            return True
        if token.folded in _LIKE and not article and k >= 1 and tokens[k - 1].folded in nouns and tokens[k - 1].text.islower():
            return True  # "banks like Tarvix", "features including Zeplight"
        if article and token.folded == "the" and k >= 1 and tokens[k - 1].folded in nouns:
            return text[tokens[k - 1].end : token.start] == ", "  # "two sedans, the Zephyr"
        if not (token.text in _LIST_WORDS or token.text[:1].isupper() or (token.text == "the" and not article and k == i - 1)):
            return False  # "indices such as the Tarvix": "the" right before the name is let through
        k -= 1
    return False


def _english_place(text: str, run: list[_Token], words: _Words) -> bool:
    """Whether an English name is a place's by its shape: a place word last ("Tarvix Airport",
    "the Lorvan Assembly Plant"), or an abbreviated saint or mount first ("St. Tarvix")."""
    if len(run) < 2:
        return False
    if run[-1].folded in words.place_ends and run[-1].text[:1].isupper():
        return True
    return run[0].text in structure.name_words().abbreviated and text[run[0].end : run[0].end + 1] == "."


_MAKER_GAP = re.compile(r" ")
_ARTICLES_EN = frozenset({"the", "a", "an"})


_MODEL_NOUNS = frozenset({"jet", "jets", "aircraft", "plane", "planes", "airliner", "airliners", "freighter", "freighters", "model", "models", "series", "family"})
_AFTER_NUMBER = re.compile(r"([.,]\d)|(\s?%)|\s+([a-z]+)")


def _is_model(text: str, token: _Token, article: bool) -> bool:
    """A model's code or number after its maker's name: "A390", "C-19", "787" (three or four
    digits, no year, no part of a larger number, a percentage or a count: "Tarvix 500 workers";
    after an article, any word may follow: "the Tarvix 787 flew")."""
    if structure.is_model_code(token.text):
        return True
    if not _MODEL_NUMBER.fullmatch(token.text) or _YEAR.fullmatch(token.text):
        return False
    after = _AFTER_NUMBER.match(text, token.end)
    if after is not None and (after.group(1) or after.group(2)):
        return False
    return after is None or article or after.group(3) in _MODEL_NOUNS


def _company_context(text: str, tokens: list[_Token], i: int, j: int, run: list[_Token], words: _Words) -> bool:
    """Whether the words around the name of tokens[i:j] make it a company's: a trade noun right
    before it ("automaker Tarvix"), a bank's name in one word ("Tarvixbank"), a noun of holding
    and "of" or "in" before it ("shares of Tarvix"), or a noun of business right after it or
    its possessive ("Tarvix shares", "Tarvix's profits")."""
    if _trade_noun_before(text, tokens, i, words) or _BANK_WORD.search(run[-1].text):
        return True  # "automaker Tarvix", "Tarvixbank"
    if i > 1 and tokens[i - 1].folded in _OF_IN and tokens[i - 2].folded in words.companies_of:
        return True  # "shares of Tarvix", "a stake in Tarvix"
    if _MAKER_GAP.fullmatch(text, run[-1].end, run[-1].end + 1):
        model = next((t for t in tokens[i:j] if t.start == run[-1].end + 1), None) or (tokens[j] if j < len(tokens) else None)
        article = i > 0 and tokens[i - 1].folded in _ARTICLES_EN
        if model is not None and model.start == run[-1].end + 1 and _is_model(text, model, article):
            return True  # "the Tarvix 787", "Tarvix A390 jets": a maker and its model
    if j >= len(tokens) or tokens[j - 1] is not run[-1]:
        return False
    if _INDEX_MOVE.match(text, run[-1].end):
        return True
    after = tokens[j]
    if after.folded == "s" and j + 1 < len(tokens):  # the "s" of a possessive is a token
        after = tokens[j + 1]
    gap = text[run[-1].end : after.start]
    return after.text.islower() and after.folded in words.companies_after and (gap == " " or bool(_POSSESSIVE.fullmatch(gap)))


def _drop_trailing(run: list[_Token], words: _Words) -> None:
    """Drop the run's trailing particles and function words (but not a closing organisation
    word: "Le Parti", nor the name a particle introduces: "Corriere della Sera")."""
    while run and (
        run[-1].folded in words.particles
        or (
            run[-1].folded in words.not_actors
            and not (len(run) > 1 and run[-1].folded in words.organisation_words)
            # "Corriere della Sera": a foreign particle's name ("Au-delà des États" is no name)
            and not (len(run) > 2 and run[-2].folded in words.particles and run[-2].folded not in _OF and run[-2].folded != "des")
        )
    ):
        run.pop()


def _drop_trailing_post(run: list[_Token], words: _Words, title_after: bool) -> None:
    """Drop a post ending the run (or before the title right after it) after the body it is in:
    a title, and the field before it ("Senate Majority Leader" before "Harry Lorvan" is the
    Senate's post; "Lorvan Party Leader"). Not a surname that is a title after a name ("Stephen
    King": neither a field nor a body before it)."""
    if not title_after:  # the title is the run's last word, else the word after the run
        if len(run) < 2 or run[-1].folded not in words.titles:
            return
        before = run[-2].folded
        if before not in words.common_words and before not in words.organisation_words and run[-2].text not in words.institution_names:
            return
        run.pop()
    k = len(run)
    while k > 1 and run[k - 1].folded in words.common_words and run[k - 1].folded not in words.organisation_words:
        k -= 1
    del run[k:]


def _no_actor(run: list[_Token], tokens: list[_Token], i: int, words: _Words, english: bool = False) -> bool:
    """Whether the trimmed run names no actor: nothing left, a lone initial ("B." of "B. Obama"
    when the gazetteer knows "Obama"), roman numerals, a thing ("Boson de Higgs", "le boson de
    Higgs", "l'ouragan Sandy"), or a lone organisation, company, product or common word
    ("Automotive", "the Pro", the "Store" of "Music Store")."""
    if not run or (len(run) == 1 and _is_initial(run[0])) or all(_ROMAN_NUMERAL.fullmatch(t.text) for t in run):
        return True
    if run[0].folded in words.thing_heads or _after_eponym_head(tokens, i, words):
        return True
    if len(run) != 1:
        return False
    word = run[0].folded
    if word in words.product_ends or (word.endswith("es") and word[:-2] in words.product_ends):
        return True  # "the Pro", "Music Store", "iZephyx Touches": a product's word alone
    if word in words.thing_ends:
        return True  # "Airshow" after "the Lorvania": an event's word alone
    if word in words.company_ends and word not in words.company_words and (len(word) <= 2 or not _is_acronym[run[0].text]):
        return True  # "NV", "AG": a legal form cut from its company's name ("SAS" may be an airline)
    # In English text a word with no accent is not the French common word that has one ("Unite",
    # the union, is no "unité"); French capitals may drop their accents ("l'Etat").
    unaccented = english and word in words.accented_common_words and run[0].text.lower() == word
    common = word in words.common_words and not unaccented
    return common or word in words.organisation_words or word in words.company_words


def _after_eponym_head(tokens: list[_Token], i: int, words: _Words) -> bool:
    """The name follows "boson de", "maladie d'", "ouragan": it names a thing (not across a
    sentence's end: "announced a plan. Tarvix rose")."""
    if tokens[i].sentence_initial:
        return False
    if i >= 1 and tokens[i - 1].folded in words.thing_heads:
        return True
    # "l'ouragan meurtrier Sandy": an adjective between the noun and the name.
    if i >= 2 and tokens[i - 1].text[:1].islower() and tokens[i - 2].folded in words.thing_heads:
        return True
    return i >= 2 and tokens[i - 1].folded in ("de", "d", "du") and tokens[i - 2].folded in words.eponym_heads


def _title_before(tokens: list[_Token], i: int, words: _Words) -> bool:
    """Whether a title of one or two words ends right before token i, in its sentence (a
    title's abbreviation and its stop open none: "Sen. Tarvix")."""
    if tokens[i].sentence_initial and not (i > 0 and _title_abbreviation(tokens[i - 1], words)):
        return False  # "he met the president. Tarvix said"
    for back in (1, 2):
        if i - back >= 0:
            phrase = " ".join(t.folded for t in tokens[i - back : i])
            if phrase in words.titles:
                return True
    return False


def _title_abbreviation(token: _Token, words: _Words) -> bool:
    """"Mr", "Sen", "Gov": a short capitalised title, written before its stop."""
    return token.text[:1].isupper() and len(token.text) <= 4 and token.folded in words.titles


def _preposition(token: _Token) -> str:
    """The word in lowercase; a capital "A" opening a sentence is "à" written without its accent
    ("A Mitrovica, ..."), a lowercase "a" is none."""
    return "à" if token.text == "A" and token.sentence_initial else token.text.lower()


def _kind(
    run: list[_Token], title_before: bool, place_before: bool, preposition_before: bool, words: _Words
) -> tuple[ActorKind, int]:
    """The kind the name itself and the word before it give, and how much that weighs
    (tui.extract.context may type it again from a wider context)."""
    if place_before or any("-" in t.text and _TOPONYM.search(t.text) for t in run):
        return ActorKind.PLACE, STRONG
    if any(t.folded in words.organisation_words for t in run) or _company_shaped(run, words):
        return ActorKind.ORGANISATION, STRONG
    if len(run) == 1 and (_is_acronym[run[0].text] or _CAMEL_CASE.fullmatch(run[0].text)):
        return ActorKind.ORGANISATION, FAIR  # "CIA", "WikiLeaks", "YouTube"
    if title_before:
        return ActorKind.PERSON, STRONG
    first = run[0].folded
    first_name = first in words.first_names or first.split("-")[0] in words.first_names
    if len(run) >= 2 and (first_name or _is_initial(run[0])):
        return ActorKind.PERSON, FAIR  # "Jean Dupont", "J. Dupont"
    if preposition_before and len(run) == 1:
        return ActorKind.PLACE, WEAK  # "à Toulouse", "in Ohio": outvoted by any other evidence
    if first_name and first not in words.place_first_names:
        return ActorKind.PERSON, WEAK  # a first name alone ("William a écrit"): a guess
    return ActorKind.UNKNOWN, 0


def _company_shaped(run: list[_Token], words: _Words) -> bool:
    """A company's name by its shape: a corporate suffix at its end ("Ford Motor Co"), a company
    word after its first ("General Dynamics"), a company's head first ("Air Lorvania") or after
    a people's adjective ("Lorvanian Air"), an index number ("FTSE 100")."""
    if len(run) < 2:
        return False
    return (
        run[-1].folded in words.company_ends
        or not words.company_words.isdisjoint(t.folded for t in run[1:])
        or run[0].folded in structure.name_words().company_heads  # "Air Lorvania"
        or (run[-1].folded in structure.name_words().company_heads and bool(_PEOPLE_ADJECTIVE.search(run[-2].text)))  # "Lorvanian Air"
        or run[-1].text.isdigit()  # an index number, kept only after an index's name
    )


def _is_initial(token: _Token) -> bool:
    return len(token.text) == 1 and token.text.isupper()


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """What the whole article tells about its words' capitalisation."""

    lowercase: set[str]  # folded words met in lowercase
    capitalised_inside: set[str]  # folded words met capitalised away from a sentence start
    gazetteer: Gazetteer | None = None  # the places that city demonyms are made from
    things: set[str] = field(default_factory=set)  # folded acronyms of events and laws met so far
    surnames: set[str] = field(default_factory=set)  # last words of the people named in full so far
    french: bool = False  # the article is written in French: "of" and "'s" there belong to foreign names
