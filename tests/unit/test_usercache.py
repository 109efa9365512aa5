"""The compiled built-in data kept in the user cache (tui.util.usercache): the same value as a
fresh build, rebuilt whenever its sources change, and never trusted when damaged."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tui.extract.timex.language import _compile_language, language_data
from tui.util import usercache
from tui.util.usercache import bypassed, compiled, data_key, data_path


@pytest.fixture
def sources(tmp_path):
    data = tmp_path / "words.yaml"
    data.write_text("a: 1\n", encoding="utf-8")
    code = tmp_path / "build.py"
    code.write_text("# the compiler\n", encoding="utf-8")
    return [data, code]


class Builds:
    """A builder that counts its calls and returns regexes, as the date rules' compiler does."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        words = re.compile(r"(?P<month>janvier|février)\s+(?P<year>\d{4})", re.IGNORECASE)
        return {"words": words, "again": words, "plain": [1, "two", frozenset({3})]}


def test_a_saved_value_is_read_back_equal_without_building(sources):
    build = Builds()
    first = compiled("test", sources, build)
    second = compiled("test", sources, build)
    assert build.calls == 1 and data_path("test").is_file()
    assert second == first  # regexes compare their compiled code
    assert second["words"].groupindex == {"month": 1, "year": 2}
    assert second["words"].match("Février 2024").group("year") == "2024"
    assert second["again"] is second["words"]  # one regex shared stays one


def test_the_key_changes_with_each_source_and_the_name(sources):
    data, code = sources
    key = data_key("test", sources)
    assert data_key("test", sources) == key
    assert data_key("other", sources) != key
    data.write_text("a: 2\n", encoding="utf-8")
    changed_data = data_key("test", sources)
    code.write_text("# the compiler, changed\n", encoding="utf-8")
    assert len({key, changed_data, data_key("test", sources)}) == 3


def test_a_changed_source_is_built_again(sources):
    build = Builds()
    compiled("test", sources, build)
    sources[0].write_text("a: 2\n", encoding="utf-8")
    compiled("test", sources, build)
    compiled("test", sources, build)
    assert build.calls == 2


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"",
        lambda data: b"something else entirely",
        lambda data: data.split(b"\n", 2)[0] + b"\n" + data.split(b"\n", 2)[1] + b"\n" + b"\x00" * 64,  # right key, no pickle
    ],
)
def test_a_damaged_file_is_ignored_and_replaced(sources, damage):
    build = Builds()
    good = compiled("test", sources, build)
    path = data_path("test")
    path.write_bytes(damage(path.read_bytes()))
    again = compiled("test", sources, build)
    assert build.calls == 2 and again == good
    assert compiled("test", sources, build) == good and build.calls == 2  # written anew


def test_regex_code_that_sre_refuses_is_compiled_again_from_its_pattern():
    pattern = r"(?P<d>\d+)\s+jours?"
    regex = usercache._regex(pattern, re.UNICODE, [1, 2, 3], 1, {"d": 1}, (None, "d"))
    assert regex == re.compile(pattern) and regex.match("12 jours").group("d") == "12"


def test_a_folder_that_cannot_be_written_costs_only_the_build(sources, monkeypatch, tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("NEWSLINE_CACHE_DIR", str(blocker))
    build = Builds()
    assert compiled("test", sources, build) == compiled("test", sources, build)
    assert build.calls == 2


def test_bypassed_reads_and_writes_nothing(sources):
    build = Builds()
    with bypassed():
        compiled("test", sources, build)
        assert not usercache.in_use()
    assert usercache.in_use()
    assert not data_path("test").exists() and not any(Path(os.environ["NEWSLINE_CACHE_DIR"]).rglob("*"))
    compiled("test", sources, build)
    with bypassed():
        compiled("test", sources, build)
    assert build.calls == 3


@pytest.mark.parametrize("code", ["fr", "en"])
def test_the_date_rules_read_from_the_cache_equal_a_fresh_compilation(code):
    fresh = _compile_language(code)
    language_data.cache_clear()
    try:
        language_data(code)  # builds and saves
        language_data.cache_clear()
        cached = language_data(code)  # reads back
    finally:
        language_data.cache_clear()
    assert data_path(f"timex_{code}").is_file()
    assert cached is not fresh and cached == fresh  # every table, and every regex's compiled code
    assert cached.matchers and all(cached.matchers[k] == fresh.matchers[k] for k in fresh.matchers)


def test_dates_output_is_the_same_from_a_cold_and_a_warm_cache(tmp_path):
    seed = min((Path(__file__).parents[2] / "seeds").glob("000_*.txt"))
    env = {**os.environ, "NEWSLINE_CACHE_DIR": str(tmp_path / "cache")}
    runs = [
        subprocess.run([sys.executable, "-m", "tui", "dates", str(seed)], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert (tmp_path / "cache" / "data" / "timex_fr.pickle").is_file()
    assert runs[0].returncode == runs[1].returncode == 0 and runs[0].stdout == runs[1].stdout
    assert '"timexes"' in runs[0].stdout and runs[0].stderr == runs[1].stderr == ""


def test_bundled_yaml_is_the_parsed_file_read_back_from_its_pickle(monkeypatch):
    from tui.extract.data import DATA_DIR
    from tui.util.usercache import bundled_yaml
    from tui.util.yamldata import safe_load

    path = DATA_DIR / "event_triggers.yaml"
    parsed = safe_load(path.read_text(encoding="utf-8"))
    bundled_yaml.cache_clear()
    try:
        assert bundled_yaml(path) == parsed  # built, saved
        saved = data_path("yaml-extract-data-event_triggers")
        assert saved.is_file()
        bundled_yaml.cache_clear()
        monkeypatch.setattr(usercache, "_parse_yaml", lambda _path: pytest.fail("parsed again"))
        assert bundled_yaml(path) == parsed  # read back, not parsed
    finally:
        bundled_yaml.cache_clear()


def test_no_cache_on_the_command_line_writes_no_compiled_data(tmp_path, capsys):
    from tui.cli import main
    from tui.extract.lexicon import event_kinds
    from tui.util.usercache import bundled_yaml

    event_kinds.cache_clear()
    bundled_yaml.cache_clear()  # so that --kind has to load the event lexicon again
    try:
        assert main(["events", str(min(Path(__file__).parents[2].glob("seeds/000_*.txt"))), "--kind", "meeting", "--no-cache"]) == 0
    finally:
        event_kinds.cache_clear()
        bundled_yaml.cache_clear()
    assert not any(Path(os.environ["NEWSLINE_CACHE_DIR"]).rglob("*"))
    assert usercache.in_use()


def test_a_regex_made_by_regex_in_a_build_is_saved_without_being_compiled_again(sources):
    from re import _parser

    from tui.util.usercache import regex

    pattern = r"(?P<n>\d+)\s+(?:jours|days)\b"
    parse = _parser.parse
    parsed_again = []

    def refused(*args, **kwargs):
        parsed_again.append(args)
        return parse(*args, **kwargs)

    def build() -> dict:
        made = regex(pattern, re.IGNORECASE)
        assert regex(pattern, re.IGNORECASE) is made  # compiled once
        _parser.parse = refused  # from here until it is saved
        return {"r": made}

    try:
        value = compiled("test", sources, build)
    finally:
        _parser.parse = parse
    assert parsed_again == []
    assert value["r"] == re.compile(pattern, re.IGNORECASE) == regex(pattern, re.IGNORECASE)
    again = Builds()
    back = compiled("test", sources, again)
    assert again.calls == 0 and back["r"] == value["r"] and back["r"].match("3 Days").group("n") == "3"
