"""Compiling a language's YAML data into the tagger's regexes and lookup tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from tui.extract.data import load

_APOS = "['’]"
_GROUP_RE = re.compile(r"\(\?P<(\w+)>")



def fold(word: str) -> str:
    """Fold a matched word for dictionary lookups."""
    return re.sub(r"\s+", " ", word.casefold().replace("’", "'")).strip()


def _alternation(words: Sequence[str], case_sensitive: bool = False) -> str:
    """A trie-factored alternation of ``words``: apostrophes match ' and ’, spaces any blank."""
    folded = {str(w) if case_sensitive else str(w).casefold() for w in words}
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
    duration_words: dict[str, str]
    short_year_cues: frozenset[str]
    noun_after_determiner: frozenset[str]
    determiner_before: re.Pattern[str] | None
    month_cues: frozenset[str] | None
    year_cues: frozenset[str] | None
    clock_cues: frozenset[str]
    year_after_noun: tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None
    season_cues: frozenset[str]
    age_before: re.Pattern[str] | None
    age_after: re.Pattern[str] | None
    age_person: re.Pattern[str] | None
    age_verb: re.Pattern[str] | None
    age_verb_after: re.Pattern[str] | None
    age_possessive: re.Pattern[str] | None
    age_units: frozenset[str]
    age_duration_nouns: frozenset[str]
    tense: re.Pattern[str]
    decade_value: str
    century_value: str
    flags: int
    cue: re.Pattern[str]
    core: re.Pattern[str]
    firsts: list[frozenset[str] | None]
    vocabulary: frozenset[str]
    matchers: dict[tuple[str, int], re.Pattern[str] | None] = field(default_factory=dict)

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
                re.compile(rf"(?:{'|'.join(chosen)})(?![\w])", self.flags) if chosen else None
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




@cache
def language_data(code: str) -> Lang:
    data = load(f"timex_{code}.yaml")
    case_sensitive = set(data.get("case_sensitive", []))

    def mapping(name: str) -> dict:
        return {fold(str(k)): v for k, v in (data.get(name) or {}).items()}

    months = mapping("months")
    weekdays = mapping("weekdays")
    numbers = mapping("numbers")
    numbers.update(mapping("article_numbers"))
    units = {k: str(v) for k, v in mapping("units").items()}
    number_words = _alternation(list(data["numbers"]))
    placeholders = {
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
        "CALUNIT": _alternation(list(data["calendar_units"])),
        "RELDAY": _alternation(list(data["relative_days"])),
        "ANCHORDAY": _alternation(list(data.get("anchor_days") or {})),
        "APPROX": _alternation(data["approx"]),
        "VAGUE": _alternation(data["vague_quantities"]),
        "SET": _alternation(list(data["sets"])),
        "REF": _alternation(list(data["references"])),
        "ORD": _alternation(list(data.get("ordinals") or {})),
        "DURWORD": _alternation(list(data.get("duration_words") or {})),
    }
    placeholder_re = re.compile(r"\{([A-Z]+)\}")
    rules: dict[str, Rule] = {}
    order: list[str] = []
    patterns: list[str] = []
    for index, rule in enumerate(data["rules"]):
        template = rule["re"].replace("'", _APOS)
        body = placeholder_re.sub(lambda m: placeholders[m.group(1)], template)
        # Blanks inside an expression never cross a line break (a headline above a dateline).
        body = body.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")
        name = f"r{index}"
        groups: dict[str, str] = {}

        def rename(match: re.Match[str], name: str = name, groups: dict[str, str] = groups) -> str:
            local = match.group(1)
            groups[local] = f"{name}_{local}"
            return f"(?P<{name}_{local}>"

        body = _GROUP_RE.sub(rename, body)
        patterns.append(f"(?P<{name}>{body})")
        rules[name] = Rule(rule["kind"], name, groups)
        order.append(name)
    flags = re.IGNORECASE | re.UNICODE
    cue = re.compile(rf"(?<!\w)(?P<cue>{placeholders['CUE']})(?:\s+|(?<=['’\-–]))\Z", flags)
    firsts = [_first_chars(p, flags) for p in patterns]
    # Every word of the language file: an expression can only start at one of these, a number or
    # a roman numeral, so other words in the window before a core word are skipped.
    vocabulary = frozenset(
        piece for piece in re.findall(r"\w+", _yaml_text(data).casefold()) if not piece[0].isdigit()
    )
    # Every expression contains a digit or one of these words: a cheap scan finds them, and the
    # big regex only runs in a window around each.
    core_words: set[str] = set(str(w).casefold() for w in data.get("core_words", []))
    core_exact: set[str] = set()  # from case-sensitive lists: "May" the month, not "may"
    for name in ("months", "weekdays", "units", "calendar_units", "relative_days", "anchor_days",
                 "day_parts", "seasons", "sets", "references", "duration_words"):
        exact = name in case_sensitive
        for word in data.get(name) or {}:
            text = str(word) if exact else str(word).casefold()
            pieces = re.findall(r"\w+", text)
            if pieces:  # a phrase is found through its longest word (the window covers the rest)
                longest = max(reversed(pieces), key=len)
                (core_exact if exact else core_words).add(longest)
    core = re.compile(
        rf"\d+(?:[.,:/-]\d+)*|(?<!\w)(?:{_trie_regex(sorted(core_words))}|(?-i:{_trie_regex(sorted(core_exact))}))(?!\w)",
        flags,
    )
    age = data.get("age") or {}
    tense = data["tense"]
    tense_re = re.compile(
        rf"(?<!\w)(?:(?P<past>{tense['past']})|(?P<future>{tense['future']}))", flags
    )
    refs = {fold(k): (str(v[0]), str(v[1])) for k, v in (data.get("references") or {}).items()}
    language = Lang(
        code=code,
        rules=rules,
        order=order,
        patterns=patterns,
        months=months,
        ambiguous_months=frozenset(fold(w) for w in data.get("ambiguous_months", [])),
        weekdays=weekdays,
        numbers=numbers,
        approx_numbers={k: int(v) for k, v in mapping("approx_numbers").items()},
        units=units,
        relative_days=mapping("relative_days"),
        anchor_days=mapping("anchor_days"),
        day_parts={k: str(v) for k, v in mapping("day_parts").items()},
        seasons={k: str(v) for k, v in mapping("seasons").items()},
        ambiguous_seasons=frozenset(fold(w) for w in data.get("ambiguous_seasons", [])),
        seasons_lower_case=bool(data.get("seasons_lower_case")),
        season_not_before=(
            re.compile(rf"[^\S\n]+{_alternation(data['season_not_before'])}(?!\w)", flags)
            if data.get("season_not_before")
            else None
        ),
        past_words=frozenset(fold(w) for w in data["past_words"]),
        next_words=frozenset(fold(w) for w in data["next_words"]),
        this_words=frozenset(fold(w) for w in data.get("this_words", [])),
        anaphoric_words=frozenset(fold(w) for w in data.get("anaphoric_words", [])),
        calendar_units={k: str(v) for k, v in mapping("calendar_units").items()},
        ordinals={k: int(v) for k, v in mapping("ordinals").items()},
        references=refs,
        sets={k: str(v) for k, v in mapping("sets").items()},
        duration_words={k: str(v) for k, v in mapping("duration_words").items()},
        short_year_cues=frozenset(fold(w) for w in data.get("short_year_cues", [])),
        noun_after_determiner=frozenset(fold(w) for w in data.get("noun_after_determiner", [])),
        determiner_before=(
            re.compile(rf"(?<!\w){_alternation(data['determiners'])}(?:\s+|(?<=['’]))\Z", flags)
            if data.get("determiners")
            else None
        ),
        month_cues=frozenset(fold(w) for w in data["month_cues"]) if data.get("month_cues") else None,
        year_cues=frozenset(fold(w) for w in data["year_cues"]) if data.get("year_cues") else None,
        clock_cues=frozenset(fold(w) for w in data.get("clock_cues", [])),
        year_after_noun=(
            (
                re.compile(data["year_after_noun"]["before"], flags),
                re.compile(data["year_after_noun"]["not_after"]),  # case matters: a lower-case noun
                frozenset(fold(w) for w in data["year_after_noun"].get("not_nouns", [])),
            )
            if data.get("year_after_noun")
            else None
        ),
        season_cues=frozenset(fold(w) for w in data.get("season_cues", [])),
        age_before=re.compile(data["age"]["before"], flags) if data.get("age") else None,
        age_after=re.compile(data["age"]["after"], flags) if data.get("age") else None,
        age_person=re.compile(age["person"], flags) if age.get("person") else None,
        age_verb=re.compile(age["verb"], flags) if age.get("verb") else None,
        age_verb_after=re.compile(age["verb_after"], flags) if age.get("verb_after") else None,
        age_possessive=re.compile(age["possessive"], flags) if age.get("possessive") else None,
        age_units=frozenset(fold(w) for w in age.get("units", [])),
        age_duration_nouns=frozenset(fold(w) for w in age.get("duration_nouns", [])),
        tense=tense_re,
        decade_value=str(data.get("decade_value", "{}")),
        century_value=str(data.get("century_value", "{}")),
        flags=flags,
        cue=cue,
        core=core,
        firsts=firsts,
        vocabulary=vocabulary,
    )
    # Compile the per-first-letter matchers now, so the first document pays no extra.
    for char in sorted(set().union(*(f for f in firsts if f is not None))):
        language.matcher(char)
    return language


