"""Merging mentions across the corpus into actors: one actor per real entity.

A surname alone joins the full name met in the same article first, then elsewhere in the corpus
(Narychkine → Sergueï Narychkine), unless two full names share it; accent and case variants share
a folded key; gazetteer aliases link languages.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import cache, lru_cache

from tui.extract.actors import _words  # the word lists discovery uses (stop words, first names)
from tui.extract.data import load
from tui.extract.gazetteer import Gazetteer, is_acronym
from tui.extract.name_structure import core_name, name_words
from tui.extract.model import Actor, ActorKind, Mention, ResolvedMention
from tui.util.text import fold as _fold

fold = lru_cache(maxsize=1 << 16)(_fold)  # names repeat across a corpus: fold each once

_KIND_ORDER = {kind: rank for rank, kind in enumerate(ActorKind)}
GroupKey = tuple[str, str]  # ("g", gazetteer entry key) or ("d", folded discovered name)
_PARTICLES = frozenset({"del", "della", "dos", "das", "van", "von", "der", "den", "bin", "ben", "ibn", "les", "des"})
_FAIR = 2  # tui.extract.context.FAIR: evidence beyond a guess
UNRESOLVED = -1  # the actor id of a mention resolution dropped (a weak one nothing confirmed)


def _group(mention: Mention) -> GroupKey:
    return ("g", mention.entry) if mention.entry else ("d", mention.key)


def resolve_actors(
    mentions_per_doc: Sequence[Sequence[Mention]], gazetteer: Gazetteer, lang: str = "fr"
) -> tuple[list[Actor], list[list[ResolvedMention]]]:
    """Actors (ids in display order) and, per document, its mentions resolved to actor ids."""
    cores = corpus_cores(mentions_per_doc, mentions_per_doc)
    global_moves = corpus_moves(mentions_per_doc, cores)
    companies = set(cores.values())
    surname_owners = _surname_owners(mentions_per_doc, gazetteer, global_moves)
    spelled = _corpus_long_forms(mentions_per_doc, global_moves)
    redirect = [
        _document_moves(mentions, gazetteer, global_moves, surname_owners, companies, spelled)
        for mentions in mentions_per_doc
    ]
    # A weak mention (a lone word opening a sentence) stands only if the corpus knows the name
    # otherwise: as a surname that joined a full name, or written capitalised mid-sentence.
    strong = {_group(m) for mentions in mentions_per_doc for m in mentions if not m.weak}
    surfaces, kinds, weights = _tally(mentions_per_doc, redirect, strong)
    groups = list(surfaces)
    names = {g: _display_name(g, surfaces[g], gazetteer, lang) for g in groups}
    kind = {g: _kind_of(g, kinds[g], gazetteer, weights[g]) for g in groups}
    mention_counts = {g: sum(surfaces[g].values()) for g in groups}
    groups.sort(key=lambda g: (_KIND_ORDER.get(kind[g], 9), -mention_counts[g], names[g].casefold()))
    ids = {g: i for i, g in enumerate(groups)}
    actors = [
        _actor(group, ids, names[group], kind[group], surfaces[group], mention_counts[group], gazetteer)
        for group in groups
    ]
    resolved = []
    for mentions, moves in zip(mentions_per_doc, redirect):
        targets = (_target(m, moves, strong) for m in mentions)
        resolved.append(
            [ResolvedMention(m.start, m.end, ids[t] if t is not None else UNRESOLVED) for m, t in zip(mentions, targets)]
        )
    return actors, resolved


def corpus_cores(distinct: Sequence[Sequence[Mention]], counted: Sequence[Sequence[Mention]]) -> dict[GroupKey, GroupKey]:
    """The names a longer name stands for across the corpus: an index's head ("Lorvax" for
    "Lorvax 225"; ``distinct`` mentions are enough) and a company's core (counted: it weighs
    how often each form is met)."""
    return {**_index_heads(distinct), **_company_cores(counted)}


def corpus_moves(distinct: Sequence[Sequence[Mention]], cores: dict[GroupKey, GroupKey]) -> dict[GroupKey, GroupKey]:
    """Where a name goes across the corpus: to the full form of its initials or its acronym, then
    to its core (``corpus_cores``)."""
    moves = {**_initial_forms(distinct), **_nickname_forms(distinct), **_acronym_definitions(distinct)}
    moves = {group: cores.get(target, target) for group, target in moves.items()}
    moves.update((g, t) for g, t in cores.items() if g not in moves)
    return moves


def _document_moves(
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    global_moves: dict[GroupKey, GroupKey],
    surname_owners: dict[str, set[GroupKey]],
    companies: set[GroupKey] = frozenset(),
    corpus_forms: dict[str, set[GroupKey]] | None = None,
) -> dict[GroupKey, GroupKey]:
    """The groups of one article's discovered mentions that join another group, and where to.

    The corpus-wide moves, plus: an acronym for the one name of the article its letters spell
    out, else for the one such name of the corpus (``corpus_forms``) when it opens no longer
    name of the article; an acronym or a name for the one longer name of the article it
    opens ("PSA" → "PSA Peugeot Citroën", "Ana Pastor" → "Ana Pastor García"); a surname for its
    one owner, the article's own first, else the corpus's (unless two full names share it, or the
    article types the word as no person: "les salariés de Ford"); a first name with no owner for
    the one full name it opens ("Marine"). A company's core name ("Ford" of "Ford Motor Co.")
    stays the company's unless a title makes it a person's ("Mr. Ford"), though a person bears
    it ("William Clay Ford Jr.").
    """
    words = _words()
    local: dict[str, set[GroupKey]] | None = None  # the article's own surnames, once asked
    moves: dict[GroupKey, GroupKey] = dict(global_moves)
    longer = _longer_names(mentions)
    spelled: dict[str, set[str]] | None = None  # the article's long forms by their initials, once asked
    tails: dict[str, set[GroupKey]] | None = None  # the article's armed services by their tails, once asked
    # Names the article types as no person with more than a guess ("Tarvex shares", "la société
    # Ford"): they are not the surname of a person ("William Ford").
    not_people = {m.key for m in mentions if m.weight >= _FAIR and m.kind not in (ActorKind.PERSON, ActorKind.UNKNOWN)}
    for mention in mentions:
        group = _group(mention)
        if mention.entry or group in global_moves:
            continue
        opens = longer.get(mention.key, ())
        # Not "S&P 500" (an index) nor "MD-83" (a model): a number goes with no spelled-out name.
        if is_acronym(mention.surface) and not any(c.isdigit() or c.isspace() for c in mention.surface):
            if spelled is None:
                spelled = _long_forms(mentions)
            forms = spelled.get(_letters(mention.surface), set())
            if len(forms) == 1:  # "NYSE" → "New York Stock Exchange", "GM" → "General Motors Corp."
                _move(moves, group, ("d", next(iter(forms))), global_moves)
                continue
            # Two letters spell too many names out ("GB": gigabytes, Great Britain, Gazprom Bank).
            letters = _letters(mention.surface)
            elsewhere = (corpus_forms or {}).get(letters, set()) if len(letters) > 2 else set()
            if not forms and not opens and len(elsewhere) == 1:
                _move(moves, group, next(iter(elsewhere)), global_moves)
                continue
        if is_acronym(mention.surface) or " " in mention.key:
            if len(opens) == 1 and not _adds_a_thing(mention.key, next(iter(opens))[1], words) and not _named_place(mention):
                _move(moves, group, next(iter(opens)), global_moves)
            elif not opens and mention.kind == ActorKind.ORGANISATION:
                if tails is None:
                    tails = _service_tails(mentions, words)
                if len(tails.get(mention.key, ())) == 1:  # "the Air Force" of "the Lorvanian Air Force"
                    _move(moves, group, next(iter(tails[mention.key])), global_moves)
            continue
        if group in companies and mention.kind != ActorKind.PERSON:
            continue
        if local is None:
            local = _surname_owners([mentions], gazetteer, global_moves)
        owners = local.get(mention.key) or surname_owners.get(mention.key, set())
        if mention.key in not_people:
            owners = set()
        if len(owners) == 1:
            _move(moves, group, next(iter(owners)), global_moves)
        elif not owners and len(opens) == 1 and not _adds_a_thing(mention.key, next(iter(opens))[1], words) and not _named_place(mention):
            _move(moves, group, next(iter(opens)), global_moves)
    return moves


def _named_place(mention: Mention) -> bool:
    """Whether the article types the mention a place with more than a guess ("Lorvanville-based"):
    a longer name it opens is another actor named after it ("the Lorvanville Stock Exchange",
    "Lorvan City"), not its full name."""
    return mention.kind in (ActorKind.PLACE, ActorKind.COUNTRY) and mention.weight >= _FAIR


def _move(moves: dict[GroupKey, GroupKey], group: GroupKey, target: GroupKey, global_moves: dict[GroupKey, GroupKey]) -> None:
    """Move a group to a target, or to where the corpus moves that target ("Bank of America" to
    "Bank of America Corporation", itself "Bank of America" once its suffix is stripped)."""
    target = global_moves.get(target, target)
    if target != group:
        moves[group] = target


def _target(mention: Mention, moves: dict[GroupKey, GroupKey], strong: set[GroupKey]) -> GroupKey | None:
    """The group a mention resolves to; None for a weak mention that neither moved nor has a
    strong mention of its group anywhere in the corpus."""
    group = _group(mention)
    target = moves.get(group, group)
    if mention.weak and target == group and group not in strong:
        return None
    return target


def _tally(
    mentions_per_doc: Sequence[Sequence[Mention]], redirect: list[dict[GroupKey, GroupKey]], strong: set[GroupKey]
) -> tuple[dict[GroupKey, Counter[str]], dict[GroupKey, Counter[ActorKind]], dict[GroupKey, Counter[ActorKind]]]:
    """Per resolved group, how often each surface and each kind was written (in first-met order),
    and the heaviest evidence met for each kind (``Mention.weight``)."""
    surfaces: dict[GroupKey, Counter[str]] = defaultdict(Counter)
    kinds: dict[GroupKey, Counter[ActorKind]] = defaultdict(Counter)
    weights: dict[GroupKey, Counter[ActorKind]] = defaultdict(Counter)
    for mentions, moves in zip(mentions_per_doc, redirect):
        for mention in mentions:
            target = _target(mention, moves, strong)
            if target is None:
                continue
            surfaces[target][mention.surface] += 1
            kinds[target][mention.kind] += 1
            if mention.weight > weights[target][mention.kind]:
                weights[target][mention.kind] = mention.weight
    return surfaces, kinds, weights


def _display_name(group: GroupKey, counts: Counter[str], gazetteer: Gazetteer, lang: str) -> str:
    """The name an actor is shown by: a gazetteer entry's name in ``lang`` (or its acronym, for an
    organisation the articles mostly call by it), else the most written of its longest surfaces."""
    if group[0] == "g":
        entry = gazetteer.entry(group[1])
        if entry:
            # Organisations are known by their acronym when the articles mostly use it
            # ("CIA", not "Central Intelligence Agency").
            top, top_count = counts.most_common(1)[0]
            if entry.kind in (ActorKind.ORGANISATION, ActorKind.MEDIA) and is_acronym(top) and 2 * top_count >= sum(counts.values()):
                return top
            return entry.name(lang)
    longest = max(len(s.split()) for s in counts)
    # The most frequent among the longest forms; on a tie the accented spelling (Sergueï).
    return max(
        (s for s in counts if len(s.split()) == longest),
        key=lambda s: (counts[s], sum(not c.isascii() for c in s), s),
    )


def _kind_of(
    group: GroupKey, kinds: Counter[ActorKind], gazetteer: Gazetteer, weights: Counter[ActorKind] | None = None
) -> ActorKind:
    """A gazetteer entry's kind, else the kind of its mentions with the heaviest evidence
    (``weights``: a title or an apposition outweighs any number of guesses), then the one they
    give most often (UNKNOWN aside; on a tie, the first met)."""
    if group[0] == "g":
        entry = gazetteer.entry(group[1])
        if entry and entry.kind == ActorKind.ORGANISATION and kinds[ActorKind.PLACE] and not kinds[ActorKind.ORGANISATION]:
            return ActorKind.PLACE  # a government's seat named only as a building ("a speech from the White House")
        if entry:
            return entry.kind
    weights = weights or Counter()
    known = [k for k in kinds if k != ActorKind.UNKNOWN]
    return max(known, key=lambda k: (weights[k], kinds[k]), default=ActorKind.UNKNOWN)


def _actor(
    group: GroupKey,
    ids: dict[GroupKey, int],
    name: str,
    kind: ActorKind,
    surfaces: Counter[str],
    mentions: int,
    gazetteer: Gazetteer,
) -> Actor:
    """The actor of one group: its aliases (its surfaces and the gazetteer's names), and the
    gazetteer's parent (the organisation it belongs to, the country it is the capital of) when
    that parent is an actor of the corpus too."""
    aliases = set(surfaces)
    entry = gazetteer.entry(group[1]) if group[0] == "g" else None
    if entry:
        aliases.update(entry.all_names())
    aliases.discard(name)
    parent = None
    if entry and (entry.member_of or entry.capital_of):
        parent = ids.get(("g", entry.member_of or entry.capital_of))
    return Actor(
        id=ids[group],
        name=name,
        kind=kind,
        aliases=tuple(sorted(aliases, key=lambda a: (a.casefold(), a))),
        mentions=mentions,
        member_of=parent,
        surfaces=tuple(s for s, _ in surfaces.most_common() if s != name),
    )


def _initial_forms(mentions_per_doc: Sequence[Sequence[Mention]]) -> dict[GroupKey, GroupKey]:
    """"B. Obama" → "Barack Obama" where exactly one fuller name fits the initials."""
    keys = {m.key for mentions in mentions_per_doc for m in mentions if not m.entry and " " in m.key}
    by_last: dict[str, list[list[str]]] = defaultdict(list)
    for key in keys:
        parts = key.split()
        by_last[parts[-1]].append(parts)
    moves: dict[GroupKey, GroupKey] = {}
    for key in keys:
        parts = key.split()
        if not any(_is_initials(p) for p in parts[:-1]):
            continue
        fits = [
            other
            for other in by_last[parts[-1]]
            if len(other) == len(parts)
            and other != parts
            and all(_abbreviates(a, b) for a, b in zip(parts[:-1], other[:-1]))
            and not any(_is_initials(p) for p in other[:-1])
        ]
        if len(fits) == 1:
            moves[("d", key)] = ("d", " ".join(fits[0]))
    return moves


def _nickname_forms(mentions_per_doc: Sequence[Sequence[Mention]]) -> dict[GroupKey, GroupKey]:
    """Names whose first word is an everyday form of a given name → the one other name of the
    corpus that differs only by the formal form ("Dick Lorvan" → "Richard Lorvan")."""
    formal = _nicknames()
    keys = {m.key for mentions in mentions_per_doc for m in mentions if not m.entry and " " in m.key}
    moves: dict[GroupKey, GroupKey] = {}
    for key in keys:
        first, rest = key.split(" ", 1)
        fits = [f"{name} {rest}" for name in formal.get(first, ()) if f"{name} {rest}" in keys]
        if len(fits) == 1:
            moves[("d", key)] = ("d", fits[0])
    return moves


@cache
def _nicknames() -> dict[str, tuple[str, ...]]:
    data = load("first_names.yaml").get("nicknames") or {}
    return {fold(short): tuple(fold(n) for n in names) for short, names in data.items()}


def _is_initials(word: str) -> bool:
    """"b" of "B. Obama", "j-m" of "J-M Ayrault"."""
    return all(len(part) == 1 for part in word.split("-"))


def _abbreviates(short: str, full: str) -> bool:
    """"j-m" abbreviates "jean-marc"; "b" abbreviates "barack"; a word abbreviates itself."""
    if short == full:
        return True
    shorts, fulls = short.split("-"), full.split("-")
    return len(shorts) == len(fulls) and all(len(a) == 1 and b.startswith(a) for a, b in zip(shorts, fulls))


def _longer_names(mentions: Sequence[Mention]) -> dict[str, set[GroupKey]]:
    """Folded name → the longer names of the article that start with it: discovered ones, and
    the gazetteer's organisations as the article writes them ("the Dow", then "the Dow Jones
    Industrial Average": the index, though the gazetteer does not list "Dow" alone)."""
    names = {(fold(m.surface) if m.entry else m.key, _group(m)) for m in mentions if not m.entry or m.kind == ActorKind.ORGANISATION}
    longer: dict[str, set[GroupKey]] = defaultdict(set)
    for name, group in names:
        parts = name.split()  # (a one-word name opens nothing)
        for n in range(1, len(parts)):
            longer[" ".join(parts[:n])].add(group)
    return longer


def _service_tails(mentions: Sequence[Mention], words) -> dict[str, set[GroupKey]]:
    """Folded tail → the article's longer organisations' names that end with it, for names
    ending with an armed service's word ("air force" → "united states air force",
    "lorvanian air force"): the article's "the Air Force" is the service it named in full."""
    tails: dict[str, set[GroupKey]] = defaultdict(set)
    for name in {m.key for m in mentions if not m.entry and m.kind == ActorKind.ORGANISATION and " " in m.key}:
        parts = name.split()
        if parts[-1] not in words.military_words:
            continue
        for n in range(1, len(parts) - 1):
            tails[" ".join(parts[n:])].add(("d", name))
    return tails


# Words an acronym leaves out of the name it abbreviates: "Bank of America" (BoA aside), "Parti
# de la gauche européenne".
_UNSPELLED = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le", "l", "d", "et", "pour", "en"})


@cache
def _stop_words() -> frozenset[str]:
    """Words a company's core name may not be reduced to: function words, titles, common words."""
    words = _words()
    return words.not_actors | words.titles | words.common_words


@cache
def _company_name_ends() -> frozenset[str]:
    """Last words of a company's name that keep it the company its first word names."""
    return _words().company_words | _words().company_ends


def _letters(acronym: str) -> str:
    return "".join(c for c in fold(acronym) if c.isalpha())


def _long_forms(mentions: Sequence[Mention]) -> dict[str, set[str]]:
    """The article's discovered names of several words (not people's) by the initials of their
    words, with and without their corporate suffixes: "nyse" → {"new york stock exchange"}."""
    stop = _stop_words()
    forms: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        if mention.entry or mention.kind == ActorKind.PERSON or " " not in mention.key:
            continue
        for name in {mention.key, core_name(mention.key, stop)}:
            initials = "".join(w[0] for w in name.split() if w not in _UNSPELLED)
            if len(initials) >= 2:
                forms[initials].add(mention.key)
    return forms


def _corpus_long_forms(
    mentions_per_doc: Sequence[Sequence[Mention]], global_moves: dict[GroupKey, GroupKey]
) -> dict[str, set[GroupKey]]:
    """The corpus's names of several words by their initials, as the groups they resolve to
    ("Apple Computer Inc" and "Apple Computer" are one)."""
    forms: dict[str, set[GroupKey]] = defaultdict(set)
    for mentions in mentions_per_doc:
        for initials, keys in _long_forms(mentions).items():
            forms[initials].update(global_moves.get(("d", k), ("d", k)) for k in keys)
    return forms


def _adds_a_thing(short: str, longer: str, words) -> bool:
    """Whether the longer name adds a product, a division or a plant to the short one rather
    than completing a name: "Airbus A380", "Boeing Commercial Airplanes" (a number or a common
    word next), not "Lockheed Martin", "Marine Le Pen", "Cisco Systems" (a company word last)."""
    if short in words.first_names:
        return False  # "Steve" opens "Steve Jobs" whatever the surname means
    if longer.split()[-1] in _company_name_ends():
        return False  # "Cisco" is "Cisco Systems", "Barclays" "Barclays Capital"
    following = longer.split()[len(short.split())]
    if following in name_words().index_numbers:
        return False  # "Nikkei" is "Nikkei 225", "FTSE" "FTSE 100": an index's number is its name's
    if " ".join(longer.split()[len(short.split()) :]) in name_words().division_regions:
        return True  # "Tarvix Europe" is a division of Tarvix, not its full name
    return (
        any(c.isdigit() for c in following)
        or following in words.common_words
        or following in words.organisation_words
    )


_INDEX_TAIL = frozenset({"index", "indices", "indexes", "composite", "average", "industrial", "industrials", "stock"})


def _index_heads(mentions_per_doc: Sequence[Sequence[Mention]]) -> dict[GroupKey, GroupKey]:
    """Stock indices' long names → their short names the corpus writes alone: "Nikkei 225",
    "Hang Seng Index", "Nasdaq Composite" → "Nikkei", "Hang Seng", "Nasdaq" (an index's number
    and index words stripped), when the short name is a discovered name no other kind than an
    organisation's types ("Straits Times Index" is no newspaper's)."""
    kinds: dict[str, set[ActorKind]] = defaultdict(set)
    for mentions in mentions_per_doc:
        for mention in mentions:
            if not mention.entry:
                kinds[mention.key].add(mention.kind)
    numbers = name_words().index_numbers
    moves: dict[GroupKey, GroupKey] = {}
    for key, typed in kinds.items():
        parts = key.split()
        if len(parts) < 2 or ActorKind.ORGANISATION not in typed or not (parts[-1] in numbers or parts[-1] in _INDEX_TAIL):
            continue
        while len(parts) > 1 and (parts[-1] in numbers or parts[-1] in _INDEX_TAIL):
            parts.pop()
        head = " ".join(parts)
        if head in kinds and kinds[head] <= {ActorKind.ORGANISATION, ActorKind.UNKNOWN}:
            moves[("d", key)] = ("d", head)
    return moves


def _company_cores(mentions_per_doc: Sequence[Sequence[Mention]]) -> dict[GroupKey, GroupKey]:
    """Discovered names that are one company's: "Apple Inc", "Apple Computer" and "Apple Computer
    Inc" → "Apple" (its name without corporate suffixes); not when the core, said alone, is
    mostly a person's or a country's."""
    stop = _stop_words()
    kinds: dict[str, Counter[ActorKind]] = defaultdict(Counter)
    for mentions in mentions_per_doc:
        for mention in mentions:
            if not mention.entry:
                kinds[mention.key][mention.kind] += 1
    moves: dict[GroupKey, GroupKey] = {}
    for key, counted in kinds.items():
        core = core_name(key, stop)
        if core == key:
            continue
        alone = kinds.get(core, Counter())
        if alone[ActorKind.PERSON] + alone[ActorKind.COUNTRY] > alone[ActorKind.ORGANISATION] + counted[ActorKind.ORGANISATION]:
            continue  # a person's or a country's name is no company's core
        moves[("d", key)] = ("d", core)
    return moves


def _acronym_definitions(mentions_per_doc: Sequence[Sequence[Mention]]) -> dict[GroupKey, GroupKey]:
    """Acronyms defined in brackets after a name join that name wherever they appear."""
    defined: dict[str, set[str]] = defaultdict(set)
    for mentions in mentions_per_doc:
        for mention in mentions:
            if mention.expands_to:
                defined[mention.key].add(mention.expands_to)
    return {("d", acronym): ("d", next(iter(names))) for acronym, names in defined.items() if len(names) == 1}


def _surname_owners(
    mentions_per_doc: Sequence[Sequence[Mention]], gazetteer: Gazetteer, initials: dict[GroupKey, GroupKey]
) -> dict[str, set[GroupKey]]:
    """Folded last name → the full-name groups (people, or names that may be people) ending with it."""
    owners: dict[str, set[GroupKey]] = defaultdict(set)
    for mentions in mentions_per_doc:
        for mention in mentions:
            if mention.kind not in (ActorKind.PERSON, ActorKind.UNKNOWN):
                continue
            if mention.entry:
                entry = gazetteer.entry(mention.entry)
                if not entry or entry.kind != ActorKind.PERSON:
                    continue
                names = entry.all_names()
            else:
                names = (mention.key,)
            group = _group(mention)
            for name in names:
                parts = name.split()
                if len(parts) >= 2:
                    owners[fold(parts[-1])].add(initials.get(group, group))
                # Double surnames: "Pastor" for "Ana Pastor García", "Pérez" for "Alfredo Pérez Rubalcaba".
                for inner in parts[1:-1]:
                    if len(inner) > 2 and fold(inner) not in _PARTICLES:
                        owners[fold(inner)].add(initials.get(group, group))
    # "Ana Pastor" and "Ana Pastor García" are one candidate for "Pastor", not two.
    for surname, groups in owners.items():
        keys = {g[1] for g in groups}
        owners[surname] = {g for g in groups if not any(k != g[1] and k.startswith(g[1] + " ") for k in keys)}
    return owners
