"""Gazetteers: known actors with their kinds, names in French and English, aliases and links.

The built-in one (data/gazetteer.yaml) covers what every news corpus needs (countries and their
demonyms, capitals, international organisations); a corpus adds its own ``actors.yaml`` and a
user passes more with ``--actors FILE``. Later files override earlier ones entry by entry.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from tui.corpus.document import Problem, Severity
from tui.extract.data import DATA_DIR
from tui.extract.model import ActorKind
from tui.util.files import FileTooLarge, UnreadableFile, decode_text, limit_from_env, read_regular
from tui.util.text import fold
from tui.util.usercache import bundled_yaml

# As the recogniser cuts a text's words (tui.extract.actors): "S&P", "AT&T" are one word.
_TOKEN = re.compile(r"[^\W_]+(?:[-‑][^\W_]+|&(?=[A-Z])[^\W_]+)*")


def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


_ROMAN_NUMERAL = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


@lru_cache(maxsize=1 << 16)  # asked of the same few thousand words all over a corpus
def is_acronym(word: str) -> bool:
    """"CIA", "SVR", "COP26"; not Roman numerals ("Titan III", "Louis XIV")."""
    if len(word) > 8:  # (first: a long name's letters are not listed for nothing)
        return False
    letters = [c for c in word if c.isalpha()]
    return (
        len(letters) >= 2
        and all(c.isupper() for c in letters)
        and len(word) <= 8
        and not _ROMAN_NUMERAL.fullmatch(word)
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """A known actor. ``key`` (its French name, folded) identifies it across files."""

    key: str
    names: tuple[tuple[str, str], ...]  # (lang, name) pairs, French first
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    member_of: str | None = None  # the key of the entry it belongs to
    capital_of: str | None = None

    def name(self, lang: str = "fr") -> str:
        for code, name in self.names:
            if code == lang:
                return name
        return self.names[0][1]

    def all_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys([name for _, name in self.names] + list(self.aliases)))


@dataclass(frozen=True, slots=True)
class AliasPattern:
    tokens: tuple[str, ...]  # folded, or exact for acronyms
    exact: bool  # acronyms match with their case ("US" is not "us")
    lowercase_ok: bool  # demonyms used as adjectives: "l'offensive russe"
    entry: Entry


@dataclass
class Gazetteer:
    entries: dict[str, Entry] = field(default_factory=dict)
    _patterns: dict[str, list[AliasPattern]] | None = None
    # Per first token: whether a one-word pattern starts with it, and the second tokens of the
    # longer ones (exact or folded): a quick test before trying the patterns one by one.
    _summary: dict[str, tuple[bool, frozenset[str]]] | None = field(default=None, compare=False, repr=False)

    def add(self, entry: Entry) -> None:
        self.entries[entry.key] = entry
        self._patterns = None
        self._summary = None

    def entry(self, key: str) -> Entry | None:
        return self.entries.get(key)

    def patterns_starting(self, first_token: str) -> list[AliasPattern]:
        """Alias patterns whose first token is ``first_token`` (folded or exact), longest first."""
        if self._patterns is None:
            self._patterns = self._build_patterns()
        return self._patterns.get(first_token, [])

    def pattern_summary(self) -> dict[str, tuple[bool, frozenset[str]]]:
        """For each first token: (a one-word pattern starts with it, the second tokens of the others)."""
        if self._patterns is None or self._summary is None:
            self._summary = {
                first: (
                    any(len(p.tokens) == 1 for p in patterns),
                    frozenset(p.tokens[1] for p in patterns if len(p.tokens) > 1),
                )
                for first, patterns in self.pattern_index().items()
            }
        return self._summary

    def pattern_index(self) -> dict[str, list[AliasPattern]]:
        """All alias patterns by first token (the index ``patterns_starting`` reads): do not modify."""
        if self._patterns is None:
            self._patterns = self._build_patterns()
        return self._patterns

    def _build_patterns(self) -> dict[str, list[AliasPattern]]:
        chosen: dict[tuple[tuple[str, ...], bool], AliasPattern] = {}
        for entry in self.entries.values():
            for alias in entry.all_names():
                words = tokens_of(alias)
                if not words:
                    continue
                exact = len(words) == 1 and is_acronym(words[0])
                toks = tuple(words) if exact else tuple(fold(w) for w in words)
                lowercase_ok = alias[:1].islower()
                previous = chosen.get((toks, exact))
                if previous is None:
                    chosen[(toks, exact)] = AliasPattern(toks, exact, lowercase_ok, entry)
                elif previous.entry is entry and lowercase_ok and not previous.lowercase_ok:
                    # "Suisse" and "suisse" fold alike: the adjective form must still match.
                    chosen[(toks, exact)] = AliasPattern(toks, exact, True, entry)
                # else two entries share an alias: the first one keeps it
        index: dict[str, list[AliasPattern]] = {}
        for pattern in chosen.values():
            index.setdefault(pattern.tokens[0], []).append(pattern)
        for patterns in index.values():
            patterns.sort(key=lambda p: -len(p.tokens))
        return index


# An actors file is read whole and parsed item by item: 100,000 actors take about 10 MB, 8 s and
# 290 MB to load (PyYAML's composer and constructor are Python; the gazetteer's indexes hold
# ~2 KB per actor). 4 MB (some 40,000 actors) keeps a file within ~5 s and 3x its size + 200 MB;
# NEWSLINE_MAX_ACTORS_BYTES ("20M") raises it.
MAX_ACTORS_FILE_BYTES = 4_000_000
MAX_ACTORS_FILE_BYTES_ENV = "NEWSLINE_MAX_ACTORS_BYTES"


def max_actors_file_bytes() -> int:
    """The actors file size limit: $NEWSLINE_MAX_ACTORS_BYTES when it is a size, else 4 MB."""
    return limit_from_env(MAX_ACTORS_FILE_BYTES_ENV, MAX_ACTORS_FILE_BYTES)


def load_gazetteer(actors_files: Sequence[Path] = (), *, builtin: bool = True) -> tuple[Gazetteer, list[Problem]]:
    """The built-in gazetteer overlaid with ``actors_files`` in order; broken files become problems."""
    gazetteer = Gazetteer()
    problems: list[Problem] = []
    if builtin:
        # gazetteer.yaml (countries, capitals, organisations, people), then the other
        # gazetteer_*.yaml files (regions, ...), in name order.
        for data_file in sorted(DATA_DIR.glob("gazetteer*.yaml")):
            for raw in bundled_yaml(data_file) or []:
                entry = _entry(raw)
                if entry and entry.key not in gazetteer.entries:
                    gazetteer.add(entry)
    names = _NameIndex(gazetteer)
    for path in actors_files:
        data = _read_actors_file(Path(path), problems)
        if data is None:
            continue
        for number, raw in enumerate(data, 1):
            entry = _entry(raw)
            if entry is None:
                problems.append(
                    Problem(str(path), f"entry {number} has no usable 'name' or an unknown 'kind'", Severity.WARNING)
                )
                continue
            names.override(entry)
    return gazetteer, problems


def _read_actors_file(path: Path, problems: list[Problem]) -> list | None:
    """The list of entries of an actors file, or None with the reason added to ``problems``."""
    import yaml  # (here: a corpus without actors files needs no YAML parser)

    from tui.util.yamldata import YAMLLimitError, YAMLNotAList, error_summary, safe_load_list

    limit = max_actors_file_bytes()
    try:
        text, warning = decode_text(read_regular(path, limit))
        # Composed like the articles (tui.corpus.reader): names written decomposed still match.
        data = safe_load_list(unicodedata.normalize("NFC", text), max_chars=limit)
    except FileTooLarge as error:
        raises = f"{MAX_ACTORS_FILE_BYTES_ENV} raises it"
        problems.append(Problem(str(path), f"cannot read the actors file: {error} ({raises})"))
        return None
    except UnreadableFile as error:
        problems.append(Problem(str(path), f"cannot read the actors file: {error}"))
        return None
    except YAMLNotAList:
        problems.append(Problem(str(path), "actors file must be a YAML list of entries"))
        return None
    except YAMLLimitError as error:
        problems.append(Problem(str(path), f"actors file refused: {error}"))
        return None
    except yaml.YAMLError as error:
        problems.append(Problem(str(path), f"actors file is not valid YAML ({error_summary(error)})"))
        return None
    if warning:
        problems.append(Problem(str(path), warning, Severity.WARNING))
    return data


class _NameIndex:
    """The gazetteer's entries by their folded French and English names, so that a user entry
    finds the entries it overrides without a pass over all of them (which made loading an
    actors file quadratic: 10,000 actors took 30 s)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.keys: dict[str, list[str]] = {}  # may name keys since removed or replaced: checked on use
        self.added: dict[str, int] = {}  # entry key -> when it was added: the entries' order
        self.clock = itertools.count()
        for entry in gazetteer.entries.values():
            self._note(entry)

    def _note(self, entry: Entry) -> None:
        self.added[entry.key] = next(self.clock)
        for name in {fold(entry.name("fr")), fold(entry.name("en"))}:
            self.keys.setdefault(name, []).append(entry.key)

    def override(self, entry: Entry) -> None:
        """A user entry replaces every entry whose French or English name is one of its names
        (canonical or alias), taking over their aliases and links, in the entries' order."""
        names = {fold(n) for n in entry.all_names()}
        entries = self.gazetteer.entries
        candidates: set[str] = set()
        for name in names & self.keys.keys():
            # Keys since removed are dropped as they are met: each is listed, and dropped, once.
            live = self.keys[name] = [key for key in dict.fromkeys(self.keys[name]) if key in entries]
            candidates.update(live)
        for key in sorted(candidates, key=self.added.__getitem__):
            old = entries[key]
            if fold(old.name("fr")) not in names and fold(old.name("en")) not in names:
                continue  # the index's entry under that key was replaced since
            del entries[key]
            aliases = tuple(dict.fromkeys(entry.aliases + old.all_names()))
            entry = Entry(
                entry.key,
                entry.names,
                entry.kind,
                aliases,
                entry.member_of or old.member_of,
                entry.capital_of or old.capital_of,
            )
        self.gazetteer.add(entry)
        self._note(entry)  # last in the order, as in the dict


def _entry(raw: object) -> Entry | None:
    if not isinstance(raw, dict):
        return None
    name = raw.get("name")
    if isinstance(name, str) and name.strip():
        names = (("fr", name.strip()), ("en", name.strip()))
    elif isinstance(name, dict) and any(isinstance(v, str) for v in name.values()):
        pairs = {str(k): str(v).strip() for k, v in name.items() if isinstance(v, str) and v.strip()}
        first = pairs.get("fr") or next(iter(pairs.values()))
        names = (("fr", first), ("en", pairs.get("en", first)))
    else:
        return None
    word = str(raw.get("kind") or "unknown").lower()
    try:
        kind = ActorKind({"organization": "organisation", "org": "organisation", "city": "place"}.get(word, word))
    except ValueError:
        return None
    aliases = tuple(str(a).strip() for a in _as_list(raw.get("aliases")) + _as_list(raw.get("demonyms")) if str(a).strip())
    member_of = raw.get("member_of")
    capital_of = raw.get("capital_of")
    return Entry(
        key=fold(names[0][1]),
        names=names,
        kind=kind,
        aliases=aliases,
        member_of=fold(str(member_of)) if member_of else None,
        capital_of=fold(str(capital_of)) if capital_of else None,
    )


def _as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def actors_files_in(roots: Iterable[str | Path]) -> list[Path]:
    """``actors.yaml`` files at the top of the given corpus folders."""
    found = []
    for root in roots:
        candidate = Path(root) / "actors.yaml"
        if Path(root).is_dir() and candidate.is_file():
            found.append(candidate)
    return found
