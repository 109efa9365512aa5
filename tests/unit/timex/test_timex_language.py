"""language.py: compiling a language file, in its parts."""

from __future__ import annotations

import re

import pytest

from tui.extract.data import load
from tui.extract.timex import language
from tui.extract.timex.language import language_data


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_placeholder_of_the_templates_is_known(code) -> None:
    data = load(f"timex_{code}.yaml")
    placeholders = language._placeholders(data, frozenset(data.get("case_sensitive", [])))
    used = {name for rule in data["rules"] for name in re.findall(r"\{([A-Z]+)\}", rule["re"])}
    assert used <= set(placeholders)


def test_compile_rules_renames_each_rules_groups_apart() -> None:
    rules, order, patterns = language._compile_rules(
        [{"kind": "year", "re": r"(?P<t>(?P<y>\d{4}))"}, {"kind": "date", "re": r"(?P<t>{X} (?P<y>\d{4}))"}],
        {"X": "le"},
    )
    assert order == ["r0", "r1"]
    assert (rules["r1"].kind, rules["r1"].groups) == ("date", {"t": "r1_t", "y": "r1_y"})
    assert patterns[1] == r"(?P<r1>(?P<r1_t>le (?P<r1_y>\d{4})))"


def test_blanks_in_a_rule_never_cross_a_line() -> None:
    _, _, patterns = language._compile_rules([{"kind": "year", "re": r"en\s(?P<y>\d{4})"}], {})
    assert re.fullmatch(patterns[0], "en 2009") and not re.fullmatch(patterns[0], "en\n2009")


@pytest.mark.parametrize(
    "code, text, core",
    [("fr", "Il est arrivé en mai 2011.", ["mai", "2011"]), ("en", "It may rain in May.", ["May"])],
)
def test_the_core_scanner_finds_numbers_and_core_words(code, text, core) -> None:
    assert [m.group() for m in language_data(code).core.finditer(text)] == core


def test_tables_are_folded_for_lookups() -> None:
    fr = language_data("fr")
    assert fr.months["mai"] == 5 and fr.weekdays["mardi"] == 1
    assert fr.numbers["vingt"] == 20 and fr.ordinals["premier"] == 1
    assert "dernier" in fr.past_words and "prochain" in fr.next_words


def test_languages_without_age_data_have_no_age_guards() -> None:
    guards = language._age_guards({})
    assert all(guards[name] is None for name in ("age_before", "age_after", "age_person", "age_verb", "age_verb_after", "age_possessive"))
    assert guards["age_units"] == frozenset()


def test_the_tense_pattern_tells_past_from_future() -> None:
    tense = language._tense_pattern({"past": "a|ont", "future": "sera"})
    assert [m.lastgroup for m in tense.finditer("il a dit qu'il sera là")] == ["past", "future"]


def test_tense_lists_are_alternatives_and_word_lists() -> None:
    tense = language._tense_pattern({"past": ["a\\s+dit", {"words": ["fut", "était"]}], "future": ["sera"]})
    # each entry is a whole alternative: a cue before a full stop counts ("sera.")
    found = [(m.group(), m.lastgroup) for m in tense.finditer("il a dit qu'il était là et le sera.")]
    assert found == [("a dit", "past"), ("était", "past"), ("sera", "future")]
    assert tense.search("un futur proche") is None  # a listed word is a whole word
    present = language._tense_pattern({"present": ["se\\s+\\w+it"]}, ("present",))
    assert [m.lastgroup for m in present.finditer("il se réunit")] == ["present"]
