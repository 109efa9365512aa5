"""Compiling a language's YAML data into the tagger's regexes and lookup tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.util import find_spec
from pathlib import Path

from tui.extract.data import DATA_DIR, load
from tui.extract.timex.first_words import first_words
from tui.util.usercache import compiled, regex  # regex: re.compile, its code kept for the cache

_APOS = "['’]"
_GROUP_RE = re.compile(r"\(\?P<(\w+)>")



@lru_cache(maxsize=1 << 12)  # matched words repeat: fold each distinct one once
def fold(word: str) -> str:
    """Fold a matched word for dictionary lookups."""
    return _BLANKS.sub(" ", word.casefold().replace("’", "'")).strip()


_BLANKS = re.compile(r"\s+")


def _alternation(words: Sequence[str], case_sensitive: bool = False) -> str:
    """A trie-factored alternation of ``words``: apostrophes match ' and ’, spaces any blank."""
    # A case-sensitive name also matches in capitals: "MARCH 2008" in a headline or a dateline.
    if case_sensitive:
        folded = {form for w in words for form in (str(w), str(w).upper())}
    else:
        folded = {str(w).casefold() for w in words}
    body = _trie_regex(sorted(folded))
    return f"(?-i:{body})" if case_sensitive else f"(?:{body})"


def _trie_regex(words: Sequence[str]) -> str:
    """A regex alternation of ``words`` factored as a trie (fast: one branch per first letter)."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word.replace("’", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}

    def piece(ch: str) -> str:
        if ch in "'’":
            return _APOS
        if ch == " ":
            return r"[^\S\n]+"
        return re.escape(ch)

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [piece(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(trie) or r"(?!x)x"


@dataclass
class Rule:
    kind: str
    name: str  # outer group name
    groups: dict[str, str]  # local name -> global group name


@dataclass(frozen=True)
class GenericToday:
    """When the word for "today" means the present in general, not the document's day."""

    words: frozenset[str]
    type: str  # the TIMEX3 type of the language's PRESENT_REF
    before: re.Pattern[str] | None  # "encore aujourd'hui", "even today"
    after: re.Pattern[str] | None  # "aujourd'hui encore", "today still"
    negation: re.Pattern[str] | None  # "rien ne justifie aujourd'hui"
    clause: re.Pattern[str]  # where a clause starts: a negation before it is another clause's
    narrated: re.Pattern[str] | None = None  # "Aujourd'hui, le président demandait": a day told


@dataclass(frozen=True)
class ClockWords:
    """The words of times of day: names ("midi", "noon"), minutes after the hour ("et demie"),
    meridians ("du soir", "p.m."), time zones, and the words a time alone must follow."""

    names: dict[str, str] = field(default_factory=dict)  # "midi" -> "12:00"
    hours: dict[str, int] = field(default_factory=dict)  # "onze" -> 11
    fractions: dict[str, int] = field(default_factory=dict)  # "et quart" -> 15
    meridians: dict[str, str] = field(default_factory=dict)  # "du soir" -> "pm"
    zones: dict[str, str] = field(default_factory=dict)  # "gmt" -> "Z", "heure locale" -> ""
    cue: re.Pattern[str] | None = None  # a cue word right before a time alone
    loose_cues: frozenset[str] = frozenset()  # cues that also count a duration ("depuis")
    range_from: re.Pattern[str] | None = None  # "de" before the first time of "de 8 h à 12 h"
    range_to: re.Pattern[str] | None = None  # "à 12 h" after it
    of_noun: re.Pattern[str] | None = None  # "de route" after "3 h": an amount of hours
    pair_before: re.Pattern[str] | None = None  # "3 h à " before "5 h": the second of a pair
    to_words: frozenset[str] = frozenset()  # the words of range_to ("à", "to")
    bracket_day: re.Pattern[str] | None = None  # " (1900 GMT) on Tuesday" after a time: its day
    night_after: re.Pattern[str] | None = None  # " dans la nuit de vendredi à samedi" after a time
    of_place: re.Pattern[str] | None = None  # " de la place" after "14 heures": a time, not an amount
    amount_cue: re.Pattern[str] | None = None  # "pendant", "contre" before "3 h 30": an amount
    scheduled: re.Pattern[str] | None = None  # "au pointage de " before "19 h": that moment's time
    bare_pair_before: re.Pattern[str] | None = None  # "de 9 à " before "18 heures"


@dataclass
class Lang:
    code: str
    rules: dict[str, Rule]
    order: list[str]
    patterns: list[str]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    approx_numbers: dict[str, int]
    units: dict[str, str]
    relative_days: dict[str, int]
    anchor_days: dict[str, int]
    day_parts: dict[str, str]
    seasons: dict[str, str]
    ambiguous_seasons: frozenset[str]
    seasons_lower_case: bool
    season_not_before: re.Pattern[str] | None
    past_words: frozenset[str]
    next_words: frozenset[str]
    this_words: frozenset[str]
    anaphoric_words: frozenset[str]
    calendar_units: dict[str, str]
    ordinals: dict[str, int]
    references: dict[str, tuple[str, str]]
    sets: dict[str, str]
    holidays: dict[str, tuple[int, int]]  # "noël" -> (12, 25): feasts on a fixed day of the year
    duration_words: dict[str, str]
    short_year_cues: frozenset[str]
    noun_after_determiner: frozenset[str]
    determiner_before: re.Pattern[str] | None
    amount_lead: re.Pattern[str] | None  # "il y a " before an amount placed on the timeline
    month_cues: frozenset[str] | None
    year_cues: frozenset[str] | None
    count_year_cues: frozenset[str]  # year cues a count may follow too: "par rapport à 2000 élèves"
    comparison_cues: frozenset[str]  # a year after these is a yardstick, no place on the timeline
    count_after: re.Pattern[str] | None  # the plural noun of a count after such a cue
    clock_cues: frozenset[str]
    year_after_noun: tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None
    season_cues: frozenset[str]
    age_before: re.Pattern[str] | None
    age_after: re.Pattern[str] | None
    age_person: re.Pattern[str] | None
    age_verb: re.Pattern[str] | None
    age_verb_after: re.Pattern[str] | None
    age_possessive: re.Pattern[str] | None
    age_anniversary: re.Pattern[str] | None
    age_units: frozenset[str]
    age_duration_nouns: frozenset[str]
    tense: re.Pattern[str]
    present_tense: re.Pattern[str]
    generic_today: "GenericToday | None"
    # the weekday of the clause that attributes a quotation ("», a-t-il déclaré lundi")
    speech_day: re.Pattern[str] | None
    habitual: re.Pattern[str] | None
    holiday_cue: re.Pattern[str] | None  # "à", "at" right before a feast's name: a date
    onward_cue: re.Pattern[str] | None  # "jusqu'au", "by" right before a date: a deadline ahead
    clause_join: re.Pattern[str] | None  # "et", "and": a present after it is the next clause's
    decade_value: str
    century_value: str
    flags: int
    cue: re.Pattern[str]
    core: re.Pattern[str]
    firsts: list[frozenset[str] | None]
    vocabulary: frozenset[str]
    clock: ClockWords = field(default_factory=ClockWords)
    matchers: dict[tuple[str, int], re.Pattern[str] | None] = field(default_factory=dict)
    # Per rule: the words its matches open with (None: unknown), and its pattern alone as the
    # matchers end it (tui.extract.timex.first_words).
    openers: list[frozenset[str] | None] = field(default_factory=list)
    rule_matchers: list[re.Pattern[str]] = field(default_factory=list)
    word_rules: dict[tuple[str, str, int], tuple[int, ...]] = field(default_factory=dict)
    part_modifier: re.Pattern[str] | None = None  # "tôt " before "ce matin": in the part's extent

    def rules_at(self, char: str, word: str, index: int = 0) -> tuple[int, ...]:
        """The rules from ``index`` on that the matcher of ``char`` holds and that may open with
        ``word`` (an ASCII word, whole, casefolded): tried in this order, one after the other,
        they match as that matcher does there (an alternation takes its first rule that matches),
        without trying the rules that cannot (cached)."""
        key = (char, word, index)
        rules = self.word_rules.get(key)
        if rules is None:
            if len(self.word_rules) >= 100_000:  # (numbers are words too: bounded, however many)
                self.word_rules.clear()
            firsts, openers = self.firsts, self.openers
            rules = self.word_rules[key] = tuple(
                i
                for i in range(index, len(self.patterns))
                if (firsts[i] is None or char in firsts[i]) and (openers[i] is None or word in openers[i])  # type: ignore[operator]
            )
        return rules

    def matcher(self, char: str, index: int = 0) -> re.Pattern[str] | None:
        """The rules from ``index`` on that can start with ``char``, as one regex (cached)."""
        key = (char, index)
        if key not in self.matchers:
            chosen = [
                self.patterns[i]
                for i in range(index, len(self.patterns))
                if self.firsts[i] is None or char in self.firsts[i]  # type: ignore[operator]
            ]
            self.matchers[key] = (
                regex(rf"(?:{'|'.join(chosen)})(?![\w])", self.flags) if chosen else None
            )
        return self.matchers[key]


def _yaml_text(data: object) -> str:
    """All the strings of a parsed YAML document, keys included, joined by spaces."""
    if isinstance(data, dict):
        return " ".join(f"{_yaml_text(k)} {_yaml_text(v)}" for k, v in data.items())
    if isinstance(data, list):
        return " ".join(_yaml_text(v) for v in data)
    return str(data)


def _first_chars(pattern: str, flags: int) -> frozenset[str] | None:
    """The (case-folded) characters a match of ``pattern`` can start with; None if unknown."""
    try:
        import re._constants as c
        import re._parser as sre_parse
    except ImportError:  # pragma: no cover - other Pythons: no dispatch, still correct
        return None

    def seq_first(seq) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
        out: set[str] = set()
        for op, av in seq:
            first, nullable = item_first(op, av)
            if first is None:
                return None, False
            out |= first
            if not nullable:
                return out, False
        return out, True

    def item_first(op, av) -> tuple[set[str] | None, bool]:  # type: ignore[no-untyped-def]
        if op is c.LITERAL:
            return {chr(av)}, False
        if op is c.IN:
            chars: set[str] = set()
            for o, a in av:
                if o is c.LITERAL:
                    chars.add(chr(a))
                elif o is c.RANGE and a[1] - a[0] < 2000:
                    chars.update(chr(x) for x in range(a[0], a[1] + 1))
                elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                    chars.update("0123456789")
                elif o is c.CATEGORY and a is c.CATEGORY_SPACE:
                    chars.update(" \t\n\r\f\v\u00a0")
                else:
                    return None, False
            return chars, False
        if op is c.BRANCH:
            out: set[str] = set()
            any_nullable = False
            for branch in av[1]:
                first, nullable = seq_first(branch)
                if first is None:
                    return None, False
                out |= first
                any_nullable = any_nullable or nullable
            return out, any_nullable
        if op is c.SUBPATTERN:
            return seq_first(av[-1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            first, nullable = seq_first(av[2])
            return first, nullable or av[0] == 0
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return set(), True
        return None, False

    try:
        first, nullable = seq_first(sre_parse.parse(pattern, flags))
    except Exception:
        return None
    if first is None or nullable:
        return None
    return frozenset({ch.casefold() for ch in first} | {ch.lower() for ch in first})


_FLAGS = re.IGNORECASE | re.UNICODE
# Sections of a language file that describe the words around an expression, not its own.
_CONTEXT_SECTIONS = frozenset({"tense", "generic_today", "habitual", "short_year", "clause_joins", "part_modifier"})
_PLACEHOLDER_RE = re.compile(r"\{([A-Z]+)\}")
# The lists whose words make an expression: each gives the core scanner its longest word.
_CORE_LISTS = (
    "months", "weekdays", "units", "calendar_units", "relative_days", "anchor_days",
    "day_parts", "seasons", "sets", "references", "duration_words", "holidays",
    "free_references", "anchored_references", "long_calendar_units",
)


@cache
def language_data(code: str) -> Lang:
    """The compiled data of language ``code`` ("fr", "en"), loaded once (compiled once per
    version of its YAML and of this code, and kept in the user cache)."""
    parser = find_spec("tui.util.yamldata").origin  # (not imported: a cached language needs no YAML)
    sources = [DATA_DIR / f"timex_{code}.yaml", Path(__file__), Path(__file__).with_name("first_words.py"), Path(str(parser))]
    return compiled(f"timex_{code}", sources, lambda: _compile_language(code))


def _compile_language(code: str) -> Lang:
    data = load(f"timex_{code}.yaml")
    case_sensitive = frozenset(data.get("case_sensitive", []))
    placeholders = _placeholders(data, case_sensitive)
    rules, order, patterns = _compile_rules(data["rules"], placeholders)
    firsts = [_first_chars(p, _FLAGS) for p in patterns]
    language = Lang(
        code=code,
        rules=rules,
        order=order,
        patterns=patterns,
        **_word_tables(data),
        **_word_sets(data),
        **_guards(data),
        tense=_tense_pattern(data["tense"]),
        # Scanned apart, and only for the rules that ask (most dates never need it).
        present_tense=_tense_pattern(data["tense"], ("present",)),
        generic_today=_generic_today(data.get("generic_today")),
        speech_day=(
            re.compile(_PLACEHOLDER_RE.sub(lambda m: placeholders[m.group(1)], data["speech_day"]), _FLAGS)
            if data.get("speech_day")
            else None
        ),
        holiday_cue=(
            re.compile(rf"(?<!\w){_alternation(data['holiday_cues'])}[^\S\n]+(?:la[^\S\n]+|l['’])?\Z", _FLAGS)
            if data.get("holiday_cues")
            else None
        ),
        habitual=(
            re.compile(rf"(?<!\w){_alternation(data['habitual'])}(?!\w)", _FLAGS) if data.get("habitual") else None
        ),
        onward_cue=(
            re.compile(rf"(?<!\w){_alternation(data['onward_cues'])}[^\S\n]+\Z", _FLAGS)
            if data.get("onward_cues")
            else None
        ),
        clause_join=(
            re.compile(rf"(?<!\w){_alternation(data['clause_joins'])}(?!\w)", _FLAGS) if data.get("clause_joins") else None
        ),
        part_modifier=(
            re.compile(rf"(?<!\w)(?:{data['part_modifier']})[^\S\n]+\Z", _FLAGS) if data.get("part_modifier") else None
        ),
        decade_value=str(data.get("decade_value", "{}")),
        century_value=str(data.get("century_value", "{}")),
        flags=_FLAGS,
        cue=re.compile(rf"(?<!\w)(?P<cue>{placeholders['CUE']})(?:\s+|(?<=['’\-–]))\Z", _FLAGS),
        core=_core_pattern(data, case_sensitive),
        firsts=firsts,
        vocabulary=_vocabulary(data),
        clock=_clock_words(data.get("clock") or {}, placeholders),
        openers=[first_words(p, _FLAGS) for p in patterns],
        rule_matchers=[regex(rf"(?:{p})(?![\w])", _FLAGS) for p in patterns],
    )
    # Compile the per-first-letter matchers now, so the first document pays no extra.
    for char in sorted(set().union(*(f for f in firsts if f is not None))):
        language.matcher(char)
    return language


def _mapping(data: dict, name: str) -> dict:
    """A YAML table with its keys folded for lookups."""
    return {fold(str(k)): v for k, v in (data.get(name) or {}).items()}


def _folded(words: Sequence[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _placeholders(data: dict, case_sensitive: frozenset[str]) -> dict[str, str]:
    """The regex each ``{NAME}`` of the rule templates stands for, built from the word lists."""
    number_words = _alternation(list(data["numbers"]))
    clock = data.get("clock") or {}
    clock_parts = {
        "CLOCKNAME": _alternation(list(clock.get("names") or {})),
        "FRACTION": _alternation(list(clock.get("fractions") or {})),
        "MERIDIAN": _alternation(list(clock.get("meridians") or {})),
        "ZONE": _alternation(list(clock.get("zones") or {})),
        "HOURMARK": _alternation(clock.get("marks") or []),
        "HOURWORD": _alternation(list(clock.get("hour_words") or {})),
    }
    # The time-of-day grammar ("20 h 15", "onze heures et demie", "3:30 p.m. GMT", "midi"): one
    # template of the language file, with its own word lists filled in.
    clock_re = _PLACEHOLDER_RE.sub(lambda m: clock_parts[m.group(1)], clock.get("pattern", r"(?!x)x"))
    return {
        **clock_parts,
        "CLOCK": clock_re,
        "CLOCKJOIN": _alternation(clock.get("joins") or []),
        "CLOCKAPPROX": _alternation(clock.get("approx") or []),
        "PARTEDGE": _alternation(data.get("day_part_edges") or []),
        "PARTNOUN": _alternation(data.get("day_part_nouns") or []),
        "DAY": data["day"],
        "YEAR": data["year"],
        "MONTH": _alternation(list(data["months"]), "months" in case_sensitive),
        "WEEKDAY": _alternation(list(data["weekdays"]), "weekdays" in case_sensitive),
        "PAST": _alternation(data["past_words"]),
        "NEXT": _alternation(data["next_words"]),
        "THIS": _alternation(data.get("this_words", [])),
        "PART": _alternation(list(data["day_parts"])),
        "SEASON": _alternation(list(data["seasons"])),
        "EDGE": _alternation(data["edges"]),
        "CUE": _alternation(data["cues"]),
        "NUM": rf"(?:\d{{1,3}}(?:(?:,|[^\S\n])\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?|{number_words}(?:(?:[^\S\n]|-)+(?:(?:et|and)(?:[^\S\n]|-)+)?{number_words})*)",
        # "une dizaine d'", "une vingtaine de": a round number before a unit
        "ANUM": (
            rf"(?:{_alternation(data['approx_number_articles'])})[^\S\n]+"
            rf"{_alternation(list(data['approx_numbers']))}[^\S\n]+(?:de[^\S\n]+|d{_APOS}[^\S\n]*)"
            if data.get("approx_numbers")
            else r"(?!x)x"
        ),
        "UNIT": _alternation(list(data["units"])),
        "UNITSG": _alternation(data.get("singular_units", [])),
        "UNITMOD": _alternation(data.get("unit_modifiers") or []),
        "CALUNIT": _alternation(list(data["calendar_units"])),
        "RELDAY": _alternation(list(data["relative_days"])),
        "ANCHORDAY": _alternation(list(data.get("anchor_days") or {})),
        "APPROX": _alternation(data["approx"]),
        "VAGUE": _alternation(data["vague_quantities"]),
        "SET": _alternation(list(data["sets"])),
        "REF": _alternation(list(data["references"])),
        "FREEREF": _alternation(list(data.get("free_references") or {})),
        "AREF": _alternation(list(data.get("anchored_references") or {})),
        "HOLIDAY": _alternation(list(data["holidays"])) if data.get("holidays") else r"(?!x)x",
        "LONGUNIT": _alternation(list(data.get("long_calendar_units") or {})),
        "SHORTYEAR": data.get("short_year", r"(?!x)x"),
        "ORD": _alternation(list(data.get("ordinals") or {})),
        "DURWORD": _alternation(list(data.get("duration_words") or {})),
    }


def _compile_rules(
    entries: Sequence[dict], placeholders: dict[str, str]
) -> tuple[dict[str, Rule], list[str], list[str]]:
    """Each rule's template with its placeholders filled in and its groups renamed apart
    (rule ``r3``'s group ``d`` becomes ``r3_d``): the rules by name, their order, their patterns."""
    rules: dict[str, Rule] = {}
    order: list[str] = []
    patterns: list[str] = []
    for index, rule in enumerate(entries):
        template = rule["re"].replace("'", _APOS)
        body = _PLACEHOLDER_RE.sub(lambda m: placeholders[m.group(1)], template)
        # Blanks inside an expression never cross a line break (a headline above a dateline).
        body = body.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")
        name = f"r{index}"
        groups: dict[str, str] = {}

        def rename(match: re.Match[str], name: str = name, groups: dict[str, str] = groups) -> str:
            local = match.group(1)
            groups[local] = f"{name}_{local}"
            return f"(?P<{name}_{local}>"

        body = _GROUP_RE.sub(rename, body)
        # "(?(po)...)": a conditional on a group refers to its renamed group.
        body = re.sub(r"\(\?\((\w+)\)", lambda m, groups=groups: f"(?({groups[m.group(1)]})", body)
        patterns.append(f"(?P<{name}>{body})")
        rules[name] = Rule(rule["kind"], name, groups)
        order.append(name)
    return rules, order, patterns


def _clock_words(clock: dict, placeholders: dict[str, str]) -> ClockWords:
    """The lookups of the time-of-day grammar (``clock:`` in the language file)."""
    clock_re = placeholders["CLOCK"]
    bracket_day = clock.get("bracket_day")
    night_after = clock.get("night_after")
    cues = clock.get("cues") or []
    pairs = clock.get("pair_cues") or []
    return ClockWords(
        names={fold(str(k)): str(v) for k, v in (clock.get("names") or {}).items()},
        hours={re.sub(r"[\s-]+", " ", fold(str(k))): int(v) for k, v in (clock.get("hour_words") or {}).items()},
        fractions={fold(str(k)): int(v) for k, v in (clock.get("fractions") or {}).items()},
        meridians={fold(str(k)): str(v) for k, v in (clock.get("meridians") or {}).items()},
        zones={fold(str(k)): str(v or "") for k, v in (clock.get("zones") or {}).items()},
        cue=re.compile(rf"(?<!\w){_alternation(cues)}(?:\s+|(?<=['’]))\Z", _FLAGS) if cues else None,
        loose_cues=_folded(clock.get("loose_cues") or []),
        range_from=_optional(r"(?<!\w){}(?:\s+|(?<=['’]))\Z", clock.get("range_from")),
        to_words=_folded(clock.get("range_to") or []),
        range_to=_optional(r"\s*{}\s*\d", clock.get("range_to")),
        # A lower-case word: "3 h de route", not "17 h de Paris"; case matters.
        # "3 h à 5 h", "10 h et 11 h": a time, a word that pairs it, at the end of the text before.
        pair_before=(
            re.compile(rf"(?:{clock_re})\s*(?P<pair>{_alternation(pairs)})\s*\Z", _FLAGS) if pairs else None
        ),
        of_noun=_optional(r"\s*{}(?:\s+|(?<=['’]))(?-i:[a-zà-ÿœ])", clock.get("of")),
        amount_cue=_optional(r"(?<!\w){}(?:\s+|(?<=['’]))\Z", clock.get("amount_cues")),
        bracket_day=_filled(bracket_day, placeholders),
        night_after=_filled(night_after, placeholders),
        of_place=_filled(clock.get("of_place"), placeholders),
        scheduled=_scheduled(clock),
        bare_pair_before=_filled(clock.get("bare_pair_before"), placeholders),
    )


def _scheduled(clock: dict) -> re.Pattern[str] | None:
    """The end of "au pointage de ", "le train de ": an article, a noun of a moment the clock sets,
    "de"; None without such nouns."""
    nouns, determiners = clock.get("scheduled_nouns"), clock.get("scheduled_determiners")
    if not nouns or not determiners:
        return None
    return re.compile(
        rf"(?<!\w){_alternation(determiners)}(?:\s+|(?<=['’])){_alternation(nouns)}\s+de\s+\Z", _FLAGS
    )


def _filled(template: str | None, placeholders: dict[str, str]) -> re.Pattern[str] | None:
    """``template`` with its ``{PLACEHOLDERS}`` filled in, compiled; None without one."""
    if not template:
        return None
    return re.compile(_PLACEHOLDER_RE.sub(lambda m: placeholders[m.group(1)], template), _FLAGS)


def _optional(template: str, words: Sequence[str] | None) -> re.Pattern[str] | None:
    """``template`` with the alternation of ``words`` in it, compiled; None without words."""
    return re.compile(template.format(_alternation(words)), _FLAGS) if words else None


def _vocabulary(data: dict) -> frozenset[str]:
    """Every word of the language file: an expression can only start at one of these, a number or
    a roman numeral, so other words in the window before a core word are skipped."""
    # The tense cues and the context words around an expression are no expression's words
    # (their pronouns and auxiliaries would only make the tagger try the rules at more places).
    words = _yaml_text({k: v for k, v in data.items() if k not in _CONTEXT_SECTIONS})
    return frozenset(piece for piece in re.findall(r"\w+", words.casefold()) if not piece[0].isdigit())


def _core_pattern(data: dict, case_sensitive: frozenset[str]) -> re.Pattern[str]:
    """Every expression contains a digit or one of these words: a cheap scan finds them, and the
    big regex only runs in a window around each."""
    core_words: set[str] = set(str(w).casefold() for w in data.get("core_words", []))
    core_words.update(str(w).casefold() for w in (data.get("clock") or {}).get("names") or {})
    core_exact: set[str] = set()  # from case-sensitive lists: "May" the month, not "may"
    entries = [(name in case_sensitive, str(word)) for name in _CORE_LISTS for word in data.get(name) or {}]
    singles = {text.casefold() for _, text in entries if re.fullmatch(r"\w+", text)}
    for exact, word in entries:
        text = word if exact else word.casefold()
        pieces = re.findall(r"\w+", text)
        if pieces:
            # A phrase is found through one of its words (the window covers the rest): one that
            # is a core word already ("these days" through "days"), else its longest.
            known = [piece for piece in pieces if piece.casefold() in singles]
            chosen = known[-1] if known and not exact else max(reversed(pieces), key=len)
            (core_exact if exact else core_words).add(chosen)
            if exact:
                core_exact.add(chosen.upper())
    return regex(
        rf"\d+(?:[.,:/-]\d+)*|(?<!\w)(?:{_trie_regex(sorted(core_words))}|(?-i:{_trie_regex(sorted(core_exact))}))(?!\w)",
        _FLAGS,
    )


def _generic_today(entry: dict | None) -> GenericToday | None:
    if not entry:
        return None

    def optional(key: str) -> re.Pattern[str] | None:
        return re.compile(entry[key], _FLAGS) if entry.get(key) else None

    return GenericToday(
        _folded(entry["words"]), str(entry["type"]), optional("before"), optional("after"), optional("negation"),
        optional("clause") or re.compile(r"[,;:()«»\"“”—–]"),
        optional("narrated"),
    )


def _tense_pattern(tense: dict, names: Sequence[str] = ("past", "future")) -> re.Pattern[str]:
    """One regex for the tense cues of ``names``: a group per tense, each the alternation of
    its list (a cue of an earlier tense wins where two start at the same word)."""

    def alternative(entry: str | dict) -> str:
        if isinstance(entry, dict):  # {words: [...]}: a word list, as a trie (one branch per letter)
            return f"(?:{_trie_regex(sorted(fold(str(w)) for w in entry['words']))})(?!\\w)"
        return f"(?:{entry.strip()})"

    def alternatives(name: str) -> str:
        entries = tense.get(name) or []
        if isinstance(entries, str):
            entries = [entries]
        return "|".join(alternative(entry) for entry in entries) or r"(?!x)x"

    groups = "|".join(f"(?P<{name}>{alternatives(name)})" for name in names)
    return re.compile(rf"(?<!\w)(?:{groups})", _FLAGS)


def _word_tables(data: dict) -> dict[str, dict]:
    """The word → value lookups of :class:`Lang`."""
    numbers = _mapping(data, "numbers")
    numbers.update(_mapping(data, "article_numbers"))

    def strings(name: str) -> dict[str, str]:
        return {k: str(v) for k, v in _mapping(data, name).items()}

    def ints(name: str) -> dict[str, int]:
        return {k: int(v) for k, v in _mapping(data, name).items()}

    return {
        "months": _mapping(data, "months"),
        "weekdays": _mapping(data, "weekdays"),
        "numbers": numbers,
        "approx_numbers": ints("approx_numbers"),
        "units": strings("units"),
        "relative_days": _mapping(data, "relative_days"),
        "anchor_days": _mapping(data, "anchor_days"),
        "day_parts": strings("day_parts"),
        "seasons": strings("seasons"),
        "calendar_units": {**strings("calendar_units"), **strings("long_calendar_units")},
        "ordinals": ints("ordinals"),
        "references": {
            fold(k): (str(v[0]), str(v[1]))
            for name in ("references", "free_references", "anchored_references")
            for k, v in (data.get(name) or {}).items()
        },
        "sets": strings("sets"),
        "duration_words": strings("duration_words"),
        "holidays": {k: (int(str(v)[:2]), int(str(v)[3:])) for k, v in _mapping(data, "holidays").items()},
    }


def _word_sets(data: dict) -> dict[str, object]:
    """The folded word lists of :class:`Lang` (None: the list is absent, any word will do)."""
    return {
        "ambiguous_months": _folded(data.get("ambiguous_months", [])),
        "ambiguous_seasons": _folded(data.get("ambiguous_seasons", [])),
        "seasons_lower_case": bool(data.get("seasons_lower_case")),
        "past_words": _folded(data["past_words"]),
        "next_words": _folded(data["next_words"]),
        "this_words": _folded(data.get("this_words", [])),
        "anaphoric_words": _folded(data.get("anaphoric_words", [])),
        "short_year_cues": _folded(data.get("short_year_cues", [])),
        "noun_after_determiner": _folded(data.get("noun_after_determiner", [])),
        "month_cues": _folded(data["month_cues"]) if data.get("month_cues") else None,
        "year_cues": _folded(data["year_cues"]) if data.get("year_cues") else None,
        "count_year_cues": _folded(data.get("count_year_cues", [])),
        "comparison_cues": _folded(data.get("comparison_cues", [])),
        "clock_cues": _folded(data.get("clock_cues", [])),
        "season_cues": _folded(data.get("season_cues", [])),
    }


def _guards(data: dict) -> dict[str, object]:
    """The patterns that turn a match down: a season's name, an adjective used as a noun, a
    number that is no year, an age."""
    year_after_noun = data.get("year_after_noun")
    return {
        "season_not_before": (
            re.compile(rf"[^\S\n]+{_alternation(data['season_not_before'])}(?!\w)", _FLAGS)
            if data.get("season_not_before")
            else None
        ),
        "determiner_before": (
            re.compile(rf"(?<!\w){_alternation(data['determiners'])}(?:\s+|(?<=['’]))\Z", _FLAGS)
            if data.get("determiners")
            else None
        ),
        "count_after": re.compile(data["count_after"], _FLAGS) if data.get("count_after") else None,
        "amount_lead": (
            re.compile(rf"(?<!\w){_alternation(data['amount_leads'])}[^\S\n]+\Z", _FLAGS)
            if data.get("amount_leads")
            else None
        ),
        "year_after_noun": (
            (
                re.compile(year_after_noun["before"], _FLAGS),
                re.compile(year_after_noun["not_after"]),  # case matters: a lower-case noun
                _folded(year_after_noun.get("not_nouns", [])),
            )
            if year_after_noun
            else None
        ),
        **_age_guards(data),
    }


def _age_guards(data: dict) -> dict[str, object]:
    """What makes "32 ans" / "47 years" an age rather than a duration."""
    age = data.get("age") or {}

    def optional(key: str) -> re.Pattern[str] | None:
        return re.compile(age[key], _FLAGS) if age.get(key) else None

    return {
        "age_before": re.compile(data["age"]["before"], _FLAGS) if data.get("age") else None,
        "age_after": re.compile(data["age"]["after"], _FLAGS) if data.get("age") else None,
        "age_person": optional("person"),
        "age_verb": optional("verb"),
        "age_verb_after": optional("verb_after"),
        "age_possessive": optional("possessive"),
        "age_anniversary": optional("anniversary"),
        "age_units": _folded(age.get("units", [])),
        "age_duration_nouns": _folded(age.get("duration_nouns", [])),
    }
