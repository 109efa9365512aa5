"""Stand-ins: the words of a clause that stand for an actor named before it, so that the actor
takes part in what the clause tells. "The company said …" after a sentence naming Tarvix is
Tarvix speaking; "a judge barred him" after one naming Paul Morel bars Paul Morel.
(Subject pronouns and possessives are read in ``tui.extract.events``.)

Pure functions of a document's text, a happening and the document's resolved actor mentions.
Language data: data/participants.yaml."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

from tui.extract.data import load
from tui.extract.happenings import Happening
from tui.extract.model import ActorKind, Mention
from tui.extract.name_structure import name_words
from tui.util.text import WordsIn, aligned_lower, fold, trie

# (start, end, actor) of each resolved mention, in text order, and the starts alone
ActorsAt = Sequence[tuple[int, int, int]]


@dataclass(frozen=True, slots=True)
class StandInWords:
    """The compiled patterns of data/participants.yaml, per language."""

    organisation: dict[str, re.Pattern[str]]  # "the company", "le groupe" (not before a name)
    person: dict[str, re.Pattern[str]]  # "the former executive", "la médaillée d'argent"
    object_pronoun: dict[str, re.Pattern[str]]  # "him", "l'a", "lui a"
    possessed: dict[str, re.Pattern[str]]  # "his company", "son entreprise"
    title: dict[str, re.Pattern[str]]  # "le secrétaire général", "the chief executive" (a title alone)
    title_word: dict[str, re.Pattern[str]]  # any title, to find where the article gave it to someone
    clause_pronoun: re.Pattern[str]  # "it", "elle" (not "it is")
    pair: re.Pattern[str]  # "the two companies", "les deux pays", "the parties"
    pair_kinds: dict[str, frozenset[str]]  # folded noun → the actor kinds it is said of
    publication: re.Pattern[str]  # "dans la revue ", "in the journal " (right before a name)
    serving: dict[str, re.Pattern[str]]  # "l'ex ministre du régime d'", "the spokesman of " (before a person)
    # A noun of people or of an organisation a demonym qualifies, before it ("le journaliste ",
    # "l'agence de renseignement ") and after it (" citizens", " company").
    national_before: dict[str, re.Pattern[str]]
    national_after: dict[str, re.Pattern[str]]
    titled: re.Pattern[str]  # "intitulé", "entitled" right before a name: a work's title
    thing_nouns: dict[str, frozenset[str]]  # lowercase, with and without accents: "télescope", "hurricane", "baptisée"
    heavenly_bodies: frozenset[str]  # as written: "Terre", "Sun"
    # Pre-tests of ``national_before`` and ``titled`` (the words one of which is in every match):
    # a window holding none of them is not scanned.
    national_words: dict[str, WordsIn] | None = None
    titled_words: WordsIn | None = None


def _alternatives(words: Sequence[str]) -> str:
    """A regex matching the words as written and without their accents, for a pattern compiled
    with re.IGNORECASE: longest first, as a trie of their lower case (a branch per letter, not
    per word: the pattern tries one at each position of the text, not each word)."""
    return trie({form.lower() for w in words for form in (str(w), fold(str(w)))})


@cache
def stand_in_words() -> StandInWords:
    data = load("participants.yaml")
    # (not a title before a name: "la société Tarvix", "the company Globex")
    organisation = {
        lang: re.compile(rf"{_THE}(?:{_alternatives(nouns)})\b{_NO_NAME_AFTER}", re.IGNORECASE)
        for lang, nouns in data["organisation_nouns"].items()
    }
    person = {
        lang: re.compile(rf"{_THE}(?:[^\W\d_]+\s+){{0,2}}(?:{_alternatives(nouns)})\b{_NO_NAME_AFTER}{_NOT_SOMEONE_ELSE_S}", re.IGNORECASE)
        for lang, nouns in data["person_nouns"].items()
    }
    possessed = {
        lang: re.compile(rf"\b(?:his|her|their|son|sa|leur)\s+(?:{_alternatives(nouns)})\b{_NO_NAME_AFTER}", re.IGNORECASE)
        for lang, nouns in data["organisation_nouns"].items()
    }
    titles = {lang: _alternatives(words) for lang, words in load("actor_words.yaml")["person_titles"].items()}
    title = {
        lang: re.compile(rf"{_THE}(?!{_SOMEONE_NEW}\b)(?:[^\W\d_]+\s+)??(?P<title>{words})\b{_NO_NAME_AFTER}", re.IGNORECASE)
        for lang, words in titles.items()
    }
    title_word = {lang: re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for lang, words in titles.items()}
    clause = rf"\b(?:{_alternatives(data['clause_pronouns'])})\b(?!\s*(?:{_alternatives(data['not_after_it'])})\b)"
    pair, pair_kinds = _pairs(data)
    return StandInWords(
        organisation, person, _object_pronouns(data["object_pronouns"]), possessed, title, title_word,
        re.compile(clause, re.IGNORECASE), pair, pair_kinds,
        re.compile(rf"{_PUBLISHED_IN}(?:{_alternatives(data['publications'])})\s+$", re.IGNORECASE),
        # (a person's name takes no article, a department does: "le ministre de la Défense X")
        {lang: re.compile(rf"\b(?:{words})\s+{_SERVING}", re.IGNORECASE) for lang, words in titles.items()},
        *_national_nouns(data),
        re.compile(rf"\b(?:{_alternatives(data['titled'])})\s*[«“\"]?\s*(?:(?:the|le|la|les|l['’])\s*)?$", re.IGNORECASE),
        {lang: frozenset(form.lower() for w in words for form in (str(w), fold(str(w)))) for lang, words in data["thing_nouns"].items()},
        frozenset(str(w) for w in data["heavenly_bodies"]),
        {lang: _words_in(words) for lang, words in _nationality_words(data).items()},
        _words_in(data["titled"]),
    )


def _words_in(words: Sequence[str]) -> WordsIn:
    """The pre-test of a pattern made with ``_alternatives(words)``: its forms as written and
    without their accents."""
    return WordsIn(form for w in words for form in (str(w), fold(str(w))))


_OF = r"(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)"


def _national_nouns(data: dict) -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
    """The nouns of people and organisations a demonym qualifies, before it (with up to two
    words of their complement: "l'agence de renseignement ") and after it (" company"); the
    titles too: "le président tchèque", "the Czech president" tell the office's country."""
    nouns = {lang: _alternatives(words) for lang, words in _nationality_words(data).items()}
    # (a complement's word after "de", "du", "des" and a space or "d'": not the "s" of "des" in
    # "le président des États-Unis", which names the country)
    before = {
        lang: re.compile(rf"\b(?:{alts})s?(?:\s+(?:(?:de|du|des)\s+|d['’]\s*)(?-i:[a-zà-ÿ]+)){{0,2}}\s+$", re.IGNORECASE)
        for lang, alts in nouns.items()
    }
    after = {lang: re.compile(rf"\s+(?:{alts})s?\b", re.IGNORECASE) for lang, alts in nouns.items()}
    return before, after
def _nationality_words(data: dict) -> dict[str, list[str]]:
    """The nouns a demonym tells the nationality of, per language (see ``_national_nouns``)."""
    titles = load("actor_words.yaml")["person_titles"]
    return {
        lang: [*words, *data["organisation_nouns"].get(lang, []), *titles.get(lang, [])] for lang, words in data["nationality_nouns"].items()
    }


_SERVING = rf"(?:{_OF}\s*(?-i:[a-zà-ÿ]+\s+){{1,2}})?(?:de|d['’]|of)\s*$"  # "du régime d'", "de cabinet de", "of "


_PUBLISHED_IN = r"\b(?:dans|in|published\s+in|paru\s+dans|publiée?s?\s+dans)\s+(?:the|le|la|l['’]|a|un|une)\s*"


_THE = r"\b(?:the|le|la|l['’])\s*"
# Before a title, someone who does not hold it yet: "le futur chancelier", "the new CEO".
_SOMEONE_NEW = r"(?:futur|future|prochain|prochaine|nouveau|nouvel|nouvelle|next|new|incoming)"
_NO_NAME_AFTER = r"(?!\s+(?-i:[A-ZÀ-Ý]))"
_NOT_SOMEONE_ELSE_S = r"(?![^,;:]{0,24}\b(?:de\s+(?:son|sa|ses|leur)|of\s+(?:his|her|its|their))\b)"


def _object_pronouns(pronouns: dict) -> dict[str, re.Pattern[str]]:
    her_before = _alternatives(pronouns["en_her_before"])
    auxiliaries = _alternatives(pronouns["fr_auxiliaries"])
    return {
        "en": re.compile(rf"\b(?:{_alternatives(pronouns['en'])})\b|\bher\b(?=\s*(?:[,.;:!?)]|$|(?:{her_before})\b))", re.IGNORECASE),
        "fr": re.compile(rf"\b(?:{_alternatives(pronouns['fr'])})(?:['’]\s*|\s+)(?=(?:{auxiliaries})\b)", re.IGNORECASE),
    }


def _pairs(data: dict) -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    pairs = data["pair_nouns"]
    two = _alternatives([w for words in pairs.values() for w in words])
    pair = rf"\b(?:(?:the\s+two|both(?:\s+the)?|les\s+deux)\s+(?P<noun>{two})|(?:the|les)\s+(?P<alone>{_alternatives(data['pair_alone'])}))\b"
    kinds = {"person": _PERSON_KINDS, "organisation": _ORGANISATION_KINDS, "country": frozenset({"country"}), "any": _ACTING_KINDS}
    return re.compile(pair, re.IGNORECASE), {fold(str(w)): kinds[kind] for kind, words in pairs.items() for w in words}


# (a name of no known kind may be an organisation's: "Consumer Reports declined …")
_ORGANISATION_KINDS = frozenset({"organisation", "unknown"})


def described_organisation(
    text: str, happening: Happening, lang: str, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str],
    sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The organisation a description standing as the clause's subject stands for ("The group
    said …", "L'entreprise a annoncé …"): the first organisation named in the sentence that
    names one last before it, when that is the description's own sentence or the one before."""
    lo, hi = happening.clause_start, happening.trigger_start
    if bisect_left(starts, lo) < bisect_left(starts, hi):
        return ()  # (a subject named: "Le groupe de Paul Morel a …" is his)
    return _organisation_before(text, lo, hi, lang, actors_at, starts, actor_kinds, sentence_starts)


def described_person(
    text: str, happening: Happening, lang: str, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str],
    sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The person a role noun standing as the clause's subject stands for ("Paul Morel a gagné
    lundi. Le skipper a déclaré …"): the first person (else name of no known kind) named in the
    sentence that names one last before it, when that is the description's own sentence or the
    one before. (A place may complement the role: "la médaillée des jeux de Beyrouth".)"""
    pattern = stand_in_words().person.get(lang)
    lo, hi = happening.clause_start, happening.trigger_start
    described = pattern.search(text, lo, hi) if pattern else None
    if described is None:
        return ()
    if any(actor_kinds[actors_at[n][2]] not in _WHERE_KINDS for n in range(bisect_left(starts, lo), bisect_left(starts, hi))):
        return ()  # (someone named: "le chef de Paul Morel a …", "le candidat du parti Tarvix")
    return _named_just_before(described.start(), _PERSON_KINDS, "person", actors_at, starts, actor_kinds, sentence_starts)


def _named_just_before(
    at: int, kinds: frozenset[str], preferred: str, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str],
    sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The first actor of ``kinds`` (one of kind ``preferred`` if any) named in the sentence
    naming one last before ``at``, when that is ``at``'s own sentence or the one before."""
    own = _sentence_of(sentence_starts, at)
    # (walked back from ``at`` no further than the sentence before: once per telling, a pass
    # over all the article's names would make a long article quadratic)
    last = bisect_left(starts, at) - 1
    while last >= 0 and actor_kinds[actors_at[last][2]] not in kinds:
        if own - _sentence_of(sentence_starts, starts[last]) > 1:
            return ()
        last -= 1
    if last < 0 or own - _sentence_of(sentence_starts, starts[last]) > 1:
        return ()
    sentence = _sentence_of(sentence_starts, starts[last])
    lo = bisect_left(starts, sentence_starts[sentence]) if sentence >= 0 else 0
    named = (n for n in range(lo, last + 1) if actor_kinds[actors_at[n][2]] in kinds)
    first = next(named)  # (``last`` at least)
    if preferred and actor_kinds[actors_at[first][2]] != preferred:
        first = next((n for n in named if actor_kinds[actors_at[n][2]] == preferred), first)
    return (actors_at[first][2],)


_PERSON_KINDS = frozenset({"person", "unknown"})
_WHERE_KINDS = frozenset({"place", "country"})


def described_object(
    text: str, happening: Happening, lang: str, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str],
    sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The organisation a description after the clause's verb stands for ("Paul Morel has left
    the company", "a quitté le groupe"), as :func:`described_organisation` finds it."""
    # (from the trigger on: "left the company" may be the trigger itself)
    return _organisation_before(text, happening.trigger_start, happening.clause_end, lang, actors_at, starts, actor_kinds, sentence_starts)


def _organisation_before(
    text: str, lo: int, hi: int, lang: str, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str],
    sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The first organisation named in the sentence naming one last before the description
    between ``lo`` and ``hi``, when that is the description's own sentence or the one before."""
    pattern = stand_in_words().organisation.get(lang)
    described = pattern.search(text, lo, hi) if pattern else None
    if described is None or _in_a_name(described.span(), actors_at, starts):
        return ()  # (a name's own words: "the Bank of Japan")
    return (
        _introduced_as(text, described.start(), described.group(), actors_at, starts, actor_kinds)
        or _named_just_before(described.start(), _ORGANISATION_KINDS, "", actors_at, starts, actor_kinds, sentence_starts)
    )


_ARTICLE_BEFORE = re.compile(r"^(?:the|le|la|l['’])\s*", re.IGNORECASE)


def _introduced_as(text: str, at: int, description: str, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str]) -> tuple[int, ...]:
    """The organisation the article last introduced with the description's noun before ``at``
    ("L'ONG Tarvix Watch a publié … l'ONG a demandé": Tarvix Watch, not another organisation
    named in between)."""
    noun = _ARTICLE_BEFORE.sub("", description).lower()
    lo = max(0, at - _TITLE_REACH)
    window = text[lo:at].lower()
    found = window.rfind(noun)
    while found >= 0:
        # (the name right after the noun, or a name opening on it: "l'ONG Tarvix Watch")
        n = bisect_left(starts, lo + found)
        if n < len(starts) and starts[n] - (lo + found) <= len(noun) + 2 and (found == 0 or not window[found - 1].isalpha()):
            between = text[lo + found + len(noun) : starts[n]] if starts[n] > lo + found else ""
            if not between.strip() and actor_kinds[actors_at[n][2]] in _ORGANISATION_KINDS:
                return (actors_at[n][2],)
        found = window.rfind(noun, 0, found)
    return ()


_CLAUSE_OPENING = 24  # characters from a clause's start where its subject pronoun stands


def speaking_organisation(
    text: str, happening: Happening, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str]
) -> tuple[int, ...]:
    """The organisation or country a subject pronoun opening a clause cut from its sentence
    stands for ("Tarvix said on Monday it had signed …", "la Russie a affirmé qu'elle …"): the
    first one named in the sentence before that clause."""
    lo = happening.clause_start
    if lo <= happening.start:
        return ()
    # (the clause may be cut at its auxiliary, its pronoun left before it: "said it | had signed")
    pronoun = stand_in_words().clause_pronoun.search(text, max(happening.start, lo - _CLAUSE_OPENING), min(happening.trigger_start, lo + _CLAUSE_OPENING))
    if pronoun is None or pronoun.start() <= happening.start:
        return ()
    before = range(bisect_left(starts, happening.start), bisect_left(starts, pronoun.start()))
    # (an organisation first, then a country not named as where: "In Japan, Tarvix said it …")
    kinds = [actor_kinds[actors_at[n][2]] if not _WHERE.search(text, max(0, starts[n] - 8), starts[n]) else "" for n in before]
    for kind in _SPEAKING_KINDS:
        if kind in kinds:
            return (actors_at[before[kinds.index(kind)]][2],)
    return ()


_SPEAKING_KINDS = ("organisation", "country", "unknown")
_WHERE = re.compile(r"\b(?:in|at|à|en|au|aux|dans)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$", re.IGNORECASE)


_PAIR_REACH = 3  # sentences back where the two actors a pair stands for are looked for
_PAIR_AFTER_TRIGGER = 40  # characters after a trigger where a pair is still its complement
_AFTER_PREPOSITION = re.compile(r"\b(?:entre|between|avec|with|de|of|pour|for|par|by|à|to)\s+$", re.IGNORECASE)
_ACTING_KINDS = frozenset({"person", "organisation", "country", "unknown"})


def named_pair(
    text: str, happening: Happening, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str],
    sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The two actors a pair as the clause's subject or right after its trigger stands for ("the
    parties agreed", "a settlement between the two companies"): the first two named in the
    nearest sentence naming two, among the pair's own sentence (before it) and the few before."""
    words = stand_in_words()
    # (its subject, or right after its trigger: "a settlement reached between the two parties";
    # further on, the pair is another word's: "since X's arrival, the first contact between the two men")
    pair = words.pair.search(text, happening.clause_start, happening.trigger_start)
    if pair is not None and _AFTER_PREPOSITION.search(text, max(0, pair.start() - 12), pair.start()):
        pair = None  # (another noun's complement before the trigger: "le contact entre les deux hommes depuis …")
    pair = pair or words.pair.search(text, happening.trigger_start, min(happening.clause_end, happening.trigger_end + _PAIR_AFTER_TRIGGER))
    if pair is None:
        return ()
    kinds = words.pair_kinds.get(fold(pair.group("noun") or pair.group("alone")), _ACTING_KINDS)
    own = _sentence_of(sentence_starts, pair.start())
    end = pair.start()
    for sentence in range(own, max(-1, own - _PAIR_REACH - 1), -1):
        start = sentence_starts[sentence] if sentence >= 0 and sentence_starts else 0
        named = range(bisect_left(starts, start), bisect_left(starts, end))
        actors = _first_two(actors_at[n][2] for n in named if actor_kinds[actors_at[n][2]] in kinds and _acts(text, actors_at[n]))
        if len(actors) >= 2:
            return actors
        end = start
    return ()


def _first_two(actors: Iterator[int]) -> tuple[int, ...]:
    """The first two different actors (fewer if there are not two), read no further: a long
    sentence names many."""
    found: dict[int, None] = {}
    for actor in actors:
        found[actor] = None
        if len(found) == 2:
            break
    return tuple(found)


def _acts(text: str, mention: tuple[int, int, int]) -> bool:
    """Whether a name may stand for an actor of a pair: not where ("en Égypte"), not an owner
    ("the Beatles' label")."""
    start, end, _actor = mention
    return not _WHERE.search(text, max(0, start - 8), start) and text[end : end + 1] not in ("'", "’")


_TITLE_REACH = 3000  # characters back where the article gave a title to someone
_NAME_THEN_TITLE = re.compile(r"[\s,]*(?:(?:son|sa|leur|le|la|l['’]|his|her|its|their|the)\s*)?", re.IGNORECASE)
_TITLE_THEN_NAME = re.compile(r"[^.;:!?«»\"]*")
_TITLE_TO_NAME = 60  # characters from a title to the name it is given to ("le ministre des finances, X")


def titled_person(
    text: str, happening: Happening, lang: str, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str],
) -> tuple[int, ...]:
    """The person a title alone standing as the clause's subject stands for: the one the article
    gave that title last before ("Bernard Thibault, son secrétaire général, … Le secrétaire
    général demande …", "le ministre des finances, Paul Morel, … Le ministre a ajouté …")."""
    words = stand_in_words()
    pattern = words.title.get(lang)
    lo, hi = happening.clause_start, happening.trigger_start
    described = pattern.search(text, lo, hi) if pattern else None
    if described is None or any(actor_kinds[actors_at[n][2]] not in _WHERE_KINDS for n in range(bisect_left(starts, lo), bisect_left(starts, hi))):
        return ()
    title = fold(described.group("title"))
    given = [m for m in words.title_word[lang].finditer(text, max(0, described.start() - _TITLE_REACH), described.start()) if fold(m.group()) == title]
    for m in reversed(given):
        holder = _holder_of(text, m.start(), m.end(), actors_at, starts, actor_kinds)
        if holder >= 0:
            return (holder,)
    return ()


def _holder_of(text: str, start: int, end: int, actors_at: ActorsAt, starts: Sequence[int], actor_kinds: Sequence[str]) -> int:
    """The person a title at ``start:end`` is given to: named just after it in the phrase ("le
    ministre des finances, Paul Morel", "Tarvix CEO Paul Morel") or right before it ("Paul
    Morel, son directeur"), else -1."""
    n = bisect_left(starts, end)
    for name_start, _name_end, actor in actors_at[n : n + 3]:
        if name_start - end > _TITLE_TO_NAME or not _TITLE_THEN_NAME.fullmatch(text, end, name_start):
            break
        if actor_kinds[actor] == "person":
            return actor
    n = bisect_left(starts, start) - 1
    if n >= 0:
        _name_start, name_end, actor = actors_at[n]
        if actor_kinds[actor] == "person" and name_end <= start and _NAME_THEN_TITLE.fullmatch(text, name_end, start):
            return actor
    return -1


def employer_of_possessor(
    text: str, happening: Happening, lang: str, people: Sequence[tuple[int, int]], people_starts: Sequence[int],
    employers: dict[int, int], sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The organisation "his company", "son entreprise" stands for in the clause: that of the
    person named last before it, in its own sentence or the one before ("Paul Morel, the head
    of Tarvix, said his company …": Tarvix), when the article says which it is."""
    if not employers:
        return ()  # (no one's organisation is known: the pattern's scan of the clause is spared)
    pattern = stand_in_words().possessed.get(lang)
    possessed = pattern.search(text, happening.clause_start, happening.clause_end) if pattern else None
    last = bisect_left(people_starts, possessed.start()) - 1 if possessed else -1
    if last < 0 or _sentence_of(sentence_starts, possessed.start()) - _sentence_of(sentence_starts, people_starts[last]) > 1:
        return ()
    employer = employers.get(people[last][1], -1)
    return (employer,) if employer >= 0 else ()


def object_antecedent(
    text: str, happening: Happening, lang: str, people: Sequence[tuple[int, int]], people_starts: Sequence[int],
    taken: Sequence[int], sentence_starts: Sequence[int],
) -> tuple[int, ...]:
    """The person an object pronoun of the clause stands for ("a judge barred him", "le juge
    l'a condamné"): the first person named before it in its own sentence, else in the sentence
    before, not already taking part (the subject is not its own object)."""
    if not people:
        return ()  # (no one named in the article: the pattern's scan of the clause is spared)
    pattern = stand_in_words().object_pronoun.get(lang)
    pronoun = pattern.search(text, happening.clause_start, happening.clause_end) if pattern else None
    if pronoun is None:
        return ()
    own = _sentence_of(sentence_starts, pronoun.start())
    since = sentence_starts[own - 1] if own > 0 else 0
    mid = bisect_left(people_starts, sentence_starts[own]) if own >= 0 else 0
    lo, hi = bisect_left(people_starts, since), bisect_left(people_starts, pronoun.start())
    # (its own sentence's people first, then the sentence before's, each in text order; read
    # no further than the first one found: a long sentence names many)
    named = (people[k] for k in chain(range(max(lo, mid), hi), range(lo, min(mid, hi))))
    return next(((actor,) for _start, actor in named if actor not in taken), ())


def _in_a_name(span: tuple[int, int], actors_at: ActorsAt, starts: Sequence[int]) -> bool:
    """Whether a name's span overlaps ``span``."""
    n = bisect_left(starts, span[1]) - 1
    return n >= 0 and actors_at[n][1] > span[0]


def _sentence_of(sentence_starts: Sequence[int], offset: int) -> int:
    return bisect_right(sentence_starts, offset) - 1


def serves_someone(text: str, start: int, lang: str) -> bool:
    """Whether the person named at ``start`` is whom a title holder serves ("l'ex ministre du
    régime d'Hosni Moubarak", "the spokesman of Paul Morel"): the holder acts, not them."""
    # (every match ends on "de", "d'" or "of": most names have none before them, and the test
    # spares them the pattern's scan of every position of the window)
    if not text[max(0, start - 8) : start].rstrip().lower().endswith(("de", "d'", "d’", "of")):
        return False
    pattern = stand_in_words().serving.get(lang)
    return pattern is not None and pattern.search(text, max(0, start - 60), start) is not None


def published_in(text: str, start: int) -> bool:
    """Whether the name at ``start`` is where something was published ("dans la revue Nature")."""
    # (every match ends on a publication noun before white space: a window ending on another
    # word, in ASCII, as most do, is spared the pattern's scan of every position; one ending on
    # other letters may match by case folding, "ſ" for "s", and is scanned)
    lo = max(0, start - 40)
    tail = text[lo:start].rstrip()[-_PUBLICATION_LONGEST:]
    if tail.isascii() and not tail.lower().endswith(_publications()):
        return False
    return stand_in_words().publication.search(text, lo, start) is not None


_PUBLICATION_LONGEST = 16  # letters: longer than any noun of data/participants.yaml ``publications``


@cache
def _publications() -> tuple[str, ...]:
    """data/participants.yaml ``publications``, lower case, with and without accents."""
    forms = tuple({form.lower() for w in load("participants.yaml")["publications"] for form in (str(w), fold(str(w)))})
    return forms


class NeededWords:
    """The pre-tests of the stand-in patterns in one document: every match of a pattern holds
    one of its words (a noun, a title, a pronoun), looked for in the document's lower case
    (made once per document) between the bounds the pattern would scan, by a trie of those
    words alone, which spares the pattern's scan and the rule's calls of most clauses (they hold
    none). ``may_hold(kind, lo, hi)`` is False only when the pattern ``kind`` cannot match
    between ``lo`` and ``hi``."""

    __slots__ = ("_lowered", "_words")

    def __init__(self, text: str, lang: str) -> None:
        self._lowered = aligned_lower(text)  # (None: every clause is scanned)
        self._words = _needed_words(lang)

    def may_hold(self, kind: str, lo: int, hi: int) -> bool:
        words = self._words.get(kind)
        return words is None or self._lowered is None or words.search(self._lowered, lo, hi) is not None


_SHORTEST_NEEDED = 3  # letters: a one- or two-letter word ("m", "l") stands everywhere, a test of it spares nothing


@cache
def _needed_words(lang: str) -> dict[str, re.Pattern[str]]:
    """Per stand-in pattern of ``lang`` (by name), the trie of the lower-case words one of which
    each of its matches holds, as the pattern spells them (see ``_alternatives``); none for a
    pattern needing a word too short to be worth a test."""
    data = load("participants.yaml")
    titles = load("actor_words.yaml")["person_titles"]
    words = {
        "organisation": data["organisation_nouns"].get(lang, ()),  # (the pattern of "his company" too)
        "person": data["person_nouns"].get(lang, ()),
        "title": titles.get(lang, ()),
        "pair": [*(w for nouns in data["pair_nouns"].values() for w in nouns), *data["pair_alone"]],
        "object": [*data["object_pronouns"][lang], "her"] if lang == "en" else [],
    }
    forms = {kind: {form.lower() for w in listed for form in (str(w), fold(str(w)))} for kind, listed in words.items()}
    return {kind: re.compile(trie(found)) for kind, found in forms.items() if found and min(map(len, found)) >= _SHORTEST_NEEDED}


@dataclass(frozen=True, slots=True)
class Named:
    """A document's resolved names as the stand-in rules read them: ``actors_at`` (start, end,
    actor) and its ``starts`` in text order, the people among them, the sentences' starts, who
    belongs to which organisation (person → organisation), and where the words the stand-in
    patterns need stand (None: not known, every clause is scanned)."""

    text: str
    lang: str
    actors_at: ActorsAt
    starts: Sequence[int]
    actor_kinds: Sequence[str]
    people: Sequence[tuple[int, int]]
    people_starts: Sequence[int]
    sentence_starts: Sequence[int]
    employers: dict[int, int]
    needed: NeededWords | None = None

    def may_hold(self, kind: str, lo: int, hi: int) -> bool:
        return self.needed is None or self.needed.may_hold(kind, lo, hi)


def stood_in_subject(named: Named, happening: Happening) -> tuple[int, ...]:
    """The actor a description, a title or a pronoun standing as the clause's subject stands for."""
    n = named
    lo, hi = happening.clause_start, happening.trigger_start
    return (
        (described_organisation(n.text, happening, n.lang, n.actors_at, n.starts, n.actor_kinds, n.sentence_starts) if n.may_hold("organisation", lo, hi) else ())
        or (described_person(n.text, happening, n.lang, n.actors_at, n.starts, n.actor_kinds, n.sentence_starts) if n.may_hold("person", lo, hi) else ())
        or (titled_person(n.text, happening, n.lang, n.actors_at, n.starts, n.actor_kinds) if n.may_hold("title", lo, hi) else ())
        or speaking_organisation(n.text, happening, n.actors_at, n.starts, n.actor_kinds)
    )


def stood_in_others(named: Named, happening: Happening, taken: Sequence[int]) -> tuple[int, ...]:
    """The actors an object pronoun, a description after the verb, "his company" or a pair of
    the clause stand for (``taken``: the actors already taking part)."""
    n = named
    lo, hi = happening.clause_start, happening.clause_end
    # (a pair is looked for before the trigger and a little after it)
    pair_hi = max(happening.trigger_start, min(hi, happening.trigger_end + _PAIR_AFTER_TRIGGER))
    return (
        *(object_antecedent(n.text, happening, n.lang, n.people, n.people_starts, taken, n.sentence_starts) if n.may_hold("object", lo, hi) else ()),
        *(described_object(n.text, happening, n.lang, n.actors_at, n.starts, n.actor_kinds, n.sentence_starts) if n.may_hold("organisation", happening.trigger_start, hi) else ()),
        *(employer_of_possessor(n.text, happening, n.lang, n.people, n.people_starts, n.employers, n.sentence_starts) if n.employers and n.may_hold("organisation", lo, hi) else ()),
        *(named_pair(n.text, happening, n.actors_at, n.starts, n.actor_kinds, n.sentence_starts) if n.may_hold("pair", lo, pair_hi) else ()),
    )


# Between a demonym and the person it describes: nothing, or a comma and a courtesy title ("le
# chef du gouvernement français, M. Paul Morel").
_BEFORE_HOLDER = re.compile(r"\s*(?:,\s*(?:M|Mme|Mr|Mrs|Ms|Dr)\.?\s*)?")


def _is_demonym(surface: str) -> bool:
    return surface[:1].islower() or name_words().demonym_ending.search(fold(surface)) is not None




_DEMONYMS_JOINED = re.compile(r"\s*(?:,|et|and|ou|or)\s*", re.IGNORECASE)


def nationality_only(text: str, actors_at: ActorsAt, n: int, actor_kinds: Sequence[str], lang: str, step: int = 0) -> bool:
    """Whether the ``n``-th mention, a country, only tells the nationality of people or of an
    organisation: of a noun of people or organisations beside it ("le journaliste français",
    "the French reporter", "Mali citizens", "l'agence de renseignement américaine") or, named by
    its demonym, of the person right after it ("l'Américain Paul Morel"). A demonym joined to
    one that does tells it too ("des chercheurs russes et américains", "French and American
    reporters"; ``step``: the side, -1 or 1, already looked at)."""
    start, end, actor = actors_at[n]
    if actor_kinds[actor] != "country":
        return False
    if _is_demonym(text[start:end]) and any(_joined_demonym(text, actors_at, n, side, actor_kinds, lang) for side in (-1, 1) if side != -step):
        return True
    if text[start : start + 1].isupper() and _counted_people().search(text, max(0, start - _COUNTED_REACH), start) and _is_demonym(text[start:end]):
        return True  # ("Neuf Palestiniens ont été tués": people counted)
    person_next = n + 1 < len(actors_at) and actor_kinds[actors_at[n + 1][2]] == "person"
    if person_next and _BEFORE_HOLDER.fullmatch(text, end, actors_at[n + 1][0]) and _is_demonym(text[start:end]):
        return True
    words = stand_in_words()
    before, after = words.national_before.get(lang), words.national_after.get(lang)
    if before is None:
        return False
    # (the anchored pattern after it first: the one before is tried at every position of its window)
    if after.match(text, end) is not None:
        return True
    window = text[max(0, start - 40) : start]
    return words.national_words[lang].may_be_in(window) and before.search(text, max(0, start - 40), start) is not None


_COUNTED_REACH = 24  # characters before a demonym where the word counting its people is


@cache
def _counted_people() -> re.Pattern[str]:
    """A number or a word counting people right before a name (data/participants.yaml
    ``counted_people``; "of" between: "thousands of", "des milliers de")."""
    words = [w for ws in load("participants.yaml")["counted_people"].values() for w in ws]
    return re.compile(rf"(?:\b(?:{_alternatives(words)})|\d)(?:\s+(?:de|d['’]|of))?\s+$", re.IGNORECASE)


@cache
def aside_words() -> frozenset[str]:
    """The words one of which ``published_in`` and ``titles_a_work`` find in the window before a
    name they answer yes for (data/participants.yaml ``publications``, ``titled``), lower case,
    with and without accents."""
    return frozenset({*_publications(), *(form.lower() for w in load("participants.yaml")["titled"] for form in (str(w), fold(str(w))))})


def _joined_demonym(text: str, actors_at: ActorsAt, n: int, side: int, actor_kinds: Sequence[str], lang: str) -> bool:
    """Whether the mention next to the ``n``-th on ``side`` is a demonym joined to it by "et",
    "and" or a comma that tells a nationality only."""
    m = n + side
    if not 0 <= m < len(actors_at):
        return False
    first, second = sorted((actors_at[n], actors_at[m]))
    return (
        _DEMONYMS_JOINED.fullmatch(text, first[1], second[0]) is not None
        and _is_demonym(text[actors_at[m][0] : actors_at[m][1]])
        and nationality_only(text, actors_at, m, actor_kinds, lang, side)
    )


def titles_a_work(text: str, start: int) -> bool:
    """Whether a name at ``start`` is a work's title ("un rapport intitulé Le Tarvix noir", "a
    book entitled The Globex Years"), not who took part."""
    words = stand_in_words()
    return words.titled_words.may_be_in(text[max(0, start - 20) : start]) and words.titled.search(text, max(0, start - 20), start) is not None


_THING_REACH = 48  # characters before a name where the noun of a thing is looked for
_FR_BETWEEN = 3  # lowercase words a French thing noun may stand before the name ("spatial", "de particules")
_QUOTES = "«»“”\"()"
# Words that open another noun phrase between a thing noun and a name: "la sonde de la NASA" is NASA's.
_DETERMINERS = frozenset({"le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "the", "a", "an", "its", "their", "his", "her"})


def things_named(text: str, mentions: Sequence[Mention], lang: str) -> tuple[int, ...]:
    """The mentions (their indices) of what the article names as things: after the noun of a
    thing or a participle of naming ("le télescope spatial Kepler", "Baptisée « PH1 »",
    "hurricane Sandy") at least once, written alike everywhere, or heavenly bodies ("la
    Terre"). Read with the document's extraction, by the few words before each name (no
    pattern scanned over a window)."""
    words = stand_in_words()
    heavenly = words.heavenly_bodies
    nouns = words.thing_nouns.get(lang, frozenset())
    between = _FR_BETWEEN if lang == "fr" else 0  # (English: "the satellite maker X" is a maker)
    keys = set()
    for m in mentions:
        if m.surface in heavenly:
            keys.add(m.key)
            continue
        noun = _thing_noun_before(text[max(0, m.start - _THING_REACH) : m.start].split()[-between - 2 :], nouns, between)
        # (a person may be nicknamed: "Paul Morel, surnommé « le Magicien »" is him)
        if noun and not (noun.endswith(_PARTICIPLE_ENDINGS) and m.kind == ActorKind.PERSON):
            keys.add(m.key)
    return tuple(n for n, m in enumerate(mentions) if m.key in keys) if keys else ()


_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ed")


def _thing_noun_before(before: list[str], nouns: frozenset[str], between: int) -> str:
    """The thing noun the words ``before`` a name (the nearest last) end on, up to ``between``
    words after it, lowercase ("spatial", "de particules"), no article among them ("la sonde de
    la NASA"); else ""."""
    for word in reversed(before):
        word = word.strip(_QUOTES)
        if not word:
            continue  # (a quotation mark alone: "la « planète Tatooine »")
        lowered = word.lower()
        for noun in (lowered, lowered.rpartition("'")[2], lowered.rpartition("’")[2]):
            if noun in nouns:
                return noun
        if between == 0 or not word.isalpha() or not word.islower() or lowered in _DETERMINERS or lowered in _phrase_openers():
            return ""
        between -= 1
    return ""


@cache
def _phrase_openers() -> frozenset[str]:
    """data/participants.yaml ``not_between_thing_and_name``."""
    return frozenset(str(w) for w in load("participants.yaml")["not_between_thing_and_name"])


@cache
def relation_nouns() -> frozenset[str]:
    """data/participants.yaml ``relation_nouns``: "relations", "ties"."""
    return frozenset(str(w) for w in load("participants.yaml")["relation_nouns"])


@cache
def moving_verbs(lang: str) -> frozenset[str]:
    """data/participants.yaml ``moving_verbs`` of a language: "quitte", "left"."""
    return frozenset(str(w) for w in load("participants.yaml")["moving_verbs"].get(lang, ()))
