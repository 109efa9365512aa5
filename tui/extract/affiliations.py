"""Affiliations and roles read from the text around actor mentions.

"le directeur du SVR Sergueï Narychkine", "William Burns, directeur de la CIA", "CIA Director
William Burns", "le président russe Vladimir Poutine": the person belongs to the organisation
or country, with a role. "William Burns a été ambassadeur en Russie": a role only (an
ambassador to Russia does not belong to Russia). "la CIA américaine": the organisation belongs to
the country. ``find_relations`` is a pure function of one document's text and mentions;
``link_actors`` turns the relations of the whole corpus into each actor's affiliations and roles.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from tui.corpus.document import Document
from tui.extract.data import load
from tui.extract.model import Actor, ActorKind, Mention, ResolvedMention, Role

GROUP_KINDS = frozenset({ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.MEDIA, ActorKind.PLACE})
MEMBER_KINDS = frozenset({ActorKind.PERSON, ActorKind.UNKNOWN})
_WINDOW = 80  # characters looked at before a mention for a role


@dataclass(frozen=True, slots=True)
class Relation:
    """Mention ``member`` has ``role`` at mention ``group`` (indices into the document's mentions)."""

    member: int
    group: int
    role: str  # the role words as written, lowercased ("directeur", "ambassadeur"); "" for none
    preposition: str  # "du", "de la", "en", "of the", ... ("" when the role comes first in English)
    membership: bool  # the member belongs to the group


@dataclass(frozen=True, slots=True)
class _Patterns:
    role_then_prep: re.Pattern[str]  # "... directeur du " before a group
    role_then_adjective: re.Pattern[str]  # "... le président " before "russe Vladimir Poutine"
    after_person: re.Pattern[str]  # ", directeur de la " between a person and a group
    copula: re.Pattern[str]  # " a notamment été ambassadeur en " between a person and a group
    role_alone: re.Pattern[str]  # " Director " between a group and a person ("CIA Director X")
    coordination: re.Pattern[str]  # " et en " between two groups sharing one role
    membership: frozenset[str]
    # Cheap tests that must pass for role_then_prep / role_then_adjective to match (see _tails):
    # the last word of the window, and how many words back a match can start at most.
    prep_tail: re.Pattern[str] | None
    prep_words: int
    prep_most: int  # the most words of a prep
    role_tail: re.Pattern[str] | None
    role_words: int


def _alternation(words: list[str]) -> str:
    ordered = sorted({w.casefold() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)


_ADJUNCTS = ("adjointe", "adjoint", "générale", "général", "deputy")


def _tails(words: list[str]) -> tuple[str, int] | None:
    """An alternation of the last words of ``words`` (as ``_alternation`` writes them) and their
    most words; None when a word holds whitespace other than a plain space (no shortcut then)."""
    pieces = []
    most = 0
    for word in {w.casefold() for w in words}:
        if any(c.isspace() and c != " " for c in word) or word != word.strip() or "  " in word or not word:
            return None
        split = word.split(" ")
        most = max(most, len(split))
        pieces.append(split[-1])
    ordered = sorted(set(pieces), key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]") for w in ordered), most


@cache
def _patterns() -> _Patterns:
    data = load("actor_words.yaml")
    roles = _alternation([r for words in data["roles"].values() for r in words])
    member_preps = [str(p) for p in data["role_membership"]]
    preps = _alternation(member_preps + [str(p) for p in data["role_other"]])
    role = rf"(?P<role>{roles})(?:\s+(?:adjointe?|générale?|deputy|adjoint))?"
    # An elided preposition ("de l'", "d'") touches the name; the others are followed by a space.
    prep = rf"(?P<prep>{preps})(?:\s+|(?<=['’]))"
    article = r"(?:(?:le|la|les|the|an?|son|sa|leur)\s+|l['’])?(?:(?:ex-|former\s+|ancien\s+|ancienne\s+))?"
    copulas = (
        r"été|est|était|fut|sera|devient|devenue?|nommée?|élue?|reste|demeure|"
        r"is|was|has\s+been|had\s+been|became|"
        r"becomes|named|appointed|elected|remains|serves\s+as|served\s+as"
    )
    flags = re.IGNORECASE
    role_words = [r for words in data["roles"].values() for r in words]
    prep_tails = _tails(member_preps + [str(p) for p in data["role_other"]])
    role_tails = _tails(role_words + list(_ADJUNCTS))
    role_most = _tails(role_words)
    return _Patterns(
        role_then_prep=re.compile(rf"(?<!\w){role}\s+{prep}$", flags),
        role_then_adjective=re.compile(rf"(?<!\w){role}\s+$", flags),
        after_person=re.compile(rf"^\s*,\s*{article}{role}\s+{prep}$", flags),
        copula=re.compile(rf"^[^.!?;]*?(?<!\w)(?:{copulas})(?:\s+\w+){{0,2}}?\s+{article}{role}\s+{prep}$", flags),
        role_alone=re.compile(rf"^\s+{role}\s+$", flags),
        coordination=re.compile(rf"^\s*(?:,|et|and|puis|then)\s+(?:,\s*)?{prep}$", flags),
        membership=frozenset(re.sub(r"\s+", " ", p.casefold()).replace("’", "'") for p in member_preps),
        # The prep's last word follows whitespace: the window's last word is exactly it.
        prep_tail=re.compile(rf"(?:{prep_tails[0]})", flags) if prep_tails and role_most else None,
        prep_words=(role_most[1] + 1 + prep_tails[1]) if prep_tails and role_most else 0,
        prep_most=prep_tails[1] if prep_tails else 0,
        # A one-word role may follow punctuation ("«président "): the last word ends with it after
        # a non-word character (the role patterns start with (?<!\w)), or is it.
        role_tail=re.compile(rf"(?s:.*\W)?(?:{role_tails[0]})", flags) if role_tails and role_most else None,
        role_words=(role_most[1] + 1) if role_tails and role_most else 0,
    )


def _norm(words: str) -> str:
    return re.sub(r"\s+", " ", words.casefold()).replace("’", "'")


def find_relations(text: str, mentions: Sequence[Mention]) -> list[Relation]:
    """Relations between the mentions of one document, in text order.

    Each group mention takes the relations of the first rule that applies: a role and
    preposition before it ("le directeur du SVR"), a role and adjective before it ("le président
    russe"), a role between it and a person ("CIA Director William Burns"), or the adjective of
    a country after an organisation ("la CIA américaine").
    """
    patterns = _patterns()
    relations: list[Relation] = []
    for j, group in enumerate(mentions):
        if group.kind not in GROUP_KINDS:
            continue
        before = text[max(0, group.start - _WINDOW) : group.start]
        # The role words must lie after the mention before the group: words of another name
        # ("CEO" of the name "EADS CEO" in "EADS CEO of North America") hold no role here.
        window_start = group.start - len(before)
        previous_end = mentions[j - 1].end if j else 0
        found = _role_then_prep(before, patterns)
        if found and window_start + found.start() >= previous_end:
            _relate_role_then_prep(text, mentions, j, found, patterns, relations)
            continue
        # "le président russe Vladimir Poutine": role, demonym adjective, person.
        if group.surface[:1].islower():
            found = _role_then_adjective(before, patterns)
            if found and window_start + found.start() >= previous_end:
                person = _person_after(text, mentions, j)
                if person is not None:
                    relations.append(_relation(patterns, person, j, found.group("role"), ""))
                    continue
        # "CIA Director William Burns", "Russian President Vladimir Putin"
        if j + 1 < len(mentions) and mentions[j + 1].kind in MEMBER_KINDS:
            matched = patterns.role_alone.match(text[_past_abbreviation(text, group) : mentions[j + 1].start])
            if matched:
                relations.append(_relation(patterns, j + 1, j, matched.group("role"), ""))
                continue
        # "la CIA américaine": an organisation of the country its adjective names.
        if group.kind == ActorKind.COUNTRY and _adjective_country(text, mentions, j):
            relations.append(_relation(patterns, j - 1, j, "", ""))
    return relations


_ABBREVIATED = frozenset({"inc", "corp", "co", "ltd", "cie"})  # "Tarvix Inc. CEO Paul Morel"


def _past_abbreviation(text: str, group: Mention) -> int:
    """Where the words after a name start: past the dot of a company's abbreviated form."""
    last = group.surface.rsplit(None, 1)[-1].lower()
    return group.end + 1 if last in _ABBREVIATED and text[group.end : group.end + 1] == "." else group.end


def _relation(patterns: _Patterns, member: int, group: int, role: str, prep: str) -> Relation:
    """The relation with the role and prep as written, normalised; a prep of membership ("du",
    "de la", "of") or none makes the member belong to the group ("ambassadeur en" does not)."""
    prep = _norm(prep)
    return Relation(member, group, _norm(role), prep, prep in patterns.membership or prep == "")


def _role_then_prep(before: str, patterns: _Patterns) -> re.Match[str] | None:
    """A role and a preposition ending the window before a group ("... directeur du ").

    The pattern ends at the window's end after at most a few words: the window's last word must
    end a prep and one of the words before it must end a role, and a match can start no earlier
    than those words. These cheap tests rule most windows out without a search, and are exact:
    whatever the full search would find, this finds.
    """
    if patterns.prep_tail is None:
        return patterns.role_then_prep.search(before)
    parts = before.rsplit(None, patterns.prep_words)
    # The word before the prep (of one or two words) must end a role.
    if (
        len(parts) >= 2
        and patterns.prep_tail.fullmatch(parts[-1])
        and any(
            _ends_role(parts[-back]) for back in range(2, min(len(parts), patterns.prep_most + 1) + 1)
        )
    ):
        from_ = len(parts[0]) if len(parts) > patterns.prep_words else 0
        return patterns.role_then_prep.search(before, from_)
    return None


@lru_cache(maxsize=1 << 14)
def _ends_role(word: str) -> bool:
    """Whether a word of the window ends a role (``_patterns().role_tail``): words repeat, each
    distinct one is matched once."""
    return _patterns().role_tail.fullmatch(word) is not None


def _role_then_adjective(before: str, patterns: _Patterns) -> re.Match[str] | None:
    """A role ending the window before a group written in lowercase ("... le président " before
    "russe Vladimir Poutine"); the same exact shortcut as ``_role_then_prep``: the window ends
    with a space after a word that ends a role."""
    if patterns.role_tail is None:
        return patterns.role_then_adjective.search(before)
    if not before[-1:].isspace():
        return None
    parts = before.rsplit(None, patterns.role_words)
    if parts and _ends_role(parts[-1]):
        from_ = len(parts[0]) if len(parts) > patterns.role_words else 0
        return patterns.role_then_adjective.search(before, from_)
    return None


def _relate_role_then_prep(
    text: str, mentions: Sequence[Mention], j: int, found: re.Match[str], patterns: _Patterns, relations: list[Relation]
) -> None:
    """Append who holds the role ``found`` names at group j: the person right after the group
    ("le directeur du SVR Sergueï Narychkine", "le chef de la CIA américaine, John Ratcliffe"),
    else the person before it, with that person's own role words in between ("William Burns,
    directeur de la CIA", "Burns a été ambassadeur en Russie et en Jordanie")."""
    person = _person_after(text, mentions, j)
    if person is not None:
        relations.append(_relation(patterns, person, j, found.group("role"), found.group("prep")))
        return
    person = _person_before(mentions, j)
    if person is None:
        return
    gap = text[mentions[person].end : mentions[j].start]
    for pattern in (patterns.after_person, patterns.copula):
        matched = pattern.search(gap)
        if matched:
            relations.append(_relation(patterns, person, j, matched.group("role"), matched.group("prep")))
            _coordinated(text, mentions, j, person, matched.group("role"), patterns, relations)
            return


def _adjective_country(text: str, mentions: Sequence[Mention], j: int) -> bool:
    """Whether country mention j is an adjective right after an organisation or a medium ("la
    CIA américaine": an organisation of that country)."""
    group = mentions[j]
    return (
        j > 0
        and group.surface[:1].islower()
        and mentions[j - 1].kind in (ActorKind.ORGANISATION, ActorKind.MEDIA)
        and text[mentions[j - 1].end : group.start] == " "
    )


def _person_after(text: str, mentions: Sequence[Mention], j: int) -> int | None:
    """The person right after group mention j, past an adjective demonym and a comma."""
    k = j + 1
    end = mentions[j].end
    if k < len(mentions) and mentions[k].kind == ActorKind.COUNTRY and mentions[k].surface[:1].islower():
        if text[end : mentions[k].start].strip() == "":
            end = mentions[k].end
            k += 1
    if k < len(mentions) and mentions[k].kind in MEMBER_KINDS and " " in mentions[k].surface.strip():
        if text[end : mentions[k].start].strip() in ("", ","):
            return k
    return None


def _person_before(mentions: Sequence[Mention], j: int) -> int | None:
    """The nearest person mention before j (none if an organisation or another name intervenes)."""
    k = j - 1
    while k >= 0 and mentions[k].kind == ActorKind.COUNTRY and mentions[k].surface[:1].islower():
        k -= 1  # adjectives do not break the link
    if k >= 0 and mentions[k].kind == ActorKind.PERSON:
        return k
    return None


def _coordinated(
    text: str, mentions: Sequence[Mention], j: int, person: int, role: str, patterns: _Patterns, relations: list[Relation]
) -> None:
    """"ambassadeur en Russie et en Jordanie": the role applies to each coordinated group."""
    k = j + 1
    while k < len(mentions) and mentions[k].kind in GROUP_KINDS:
        link = patterns.coordination.match(text[mentions[k - 1].end : mentions[k].start])
        if not link:
            break
        relations.append(_relation(patterns, person, k, role, link.group("prep")))
        k += 1


def link_actors(
    actors: Sequence[Actor],
    documents: Sequence[Document],
    resolved: Sequence[Sequence[ResolvedMention]],
    relations: Sequence[Sequence[Relation]],
) -> list[Actor]:
    """Actors with the affiliations and roles the corpus's relations give them.

    Affiliations keep the gazetteer's link first, then those the text states, most often stated
    first; a link that would make an actor belong to itself (directly or not) is dropped.
    """
    parents: dict[int, Counter[int]] = defaultdict(Counter)
    roles: dict[int, dict[tuple, Role]] = defaultdict(dict)
    for document, mentions, doc_relations in zip(documents, resolved, relations):
        for relation in doc_relations:
            member = mentions[relation.member].actor
            group = mentions[relation.group].actor
            if member == group or member < 0 or group < 0:
                continue
            # An organisation the gazetteer places already keeps its place: "le Conseil de
            # sécurité russe" must not make the UN's Security Council Russian.
            if relation.membership and not (actors[member].kind != ActorKind.PERSON and actors[member].member_of is not None):
                parents[member][group] += 1
            if relation.role:
                role = Role(relation.role, relation.preposition, group, document.dct.iso(), document.id)
                roles[member].setdefault((role.title, role.preposition, role.of, role.date), role)

    linked: list[Actor] = []
    chosen: dict[int, tuple[int, ...]] = {}
    for actor in actors:
        ordered = [actor.member_of] if actor.member_of is not None else []
        ordered += [g for g, _ in parents[actor.id].most_common() if g not in ordered]
        chosen[actor.id] = tuple(ordered)
    for actor in actors:
        kept = tuple(g for g in chosen[actor.id] if not _reaches(chosen, g, actor.id))
        by_date = sorted(roles[actor.id].values(), key=lambda r: (r.date, r.title))
        linked.append(replace(actor, affiliations=kept, roles=tuple(by_date)))
    return linked


def _reaches(parents: dict[int, tuple[int, ...]], start: int, target: int) -> bool:
    """Whether following affiliations from ``start`` leads back to ``target``."""
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        if node == target:
            return True
        if node in seen:
            continue
        seen.add(node)
        stack.extend(parents.get(node, ()))
    return False
