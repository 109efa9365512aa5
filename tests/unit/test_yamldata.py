"""The one safe YAML loader: alias bombs, self-containing and deep documents refused before they are
built, sizes capped, impossible timestamps kept as text, errors on one short line."""

from __future__ import annotations

import io
import time

import pytest
import yaml

from tui.util.yamldata import MAX_DEPTH, YAMLLimitError, YAMLNotAList, error_summary, safe_load, safe_load_list


def alias_bomb(levels: int = 9, width: int = 9) -> str:
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels)]
    return "\n".join(lines)


def refused(load, text: str, **limits) -> str:
    start = time.perf_counter()
    with pytest.raises(YAMLLimitError) as caught:
        load(text, **limits)
    assert time.perf_counter() - start < 2  # refused before anything is expanded
    message = str(caught.value)
    assert "\n" not in message and len(message) < 120
    return message


@pytest.mark.parametrize("load", [safe_load, safe_load_list])
def test_alias_bombs_are_refused_at_once(load):
    bomb = alias_bomb()
    as_list = "- " + bomb.replace("\n", "\n  ")
    assert "aliases expand" in refused(load, as_list)
    merges = "\n".join(
        ["- &m0 {k: v}"] + [f"- &m{i} {{<<: [{', '.join([f'*m{i - 1}'] * 9)}]}}" for i in range(1, 9)]
    )
    assert "aliases expand" in refused(load, merges)


def test_the_same_big_item_repeated_by_alias_counts_every_time():
    # Item by item, an alias to an earlier item's collection still expands the document.
    text = "- &big [" + ", ".join(["x"] * 100) + "]\n" + "- *big\n" * 200
    assert "aliases expand" in refused(safe_load_list, text)
    assert len(safe_load_list(text, max_alias_nodes=100 * 200 + 200)) == 201


def test_a_few_aliases_are_fine():
    text = "defaults: &d {kind: person, member_of: CIA}\n" + "".join(f"p{i}: {{<<: *d, name: N{i}}}\n" for i in range(100))
    data = safe_load(text)
    assert data["p7"] == {"kind": "person", "member_of": "CIA", "name": "N7"}
    listed = safe_load_list("- &x {a: 1}\n- *x\n- [*x, *x]")
    assert listed == [{"a": 1}, {"a": 1}, [{"a": 1}, {"a": 1}]]


@pytest.mark.parametrize("load", [safe_load, safe_load_list])
def test_a_collection_holding_itself_is_refused(load):
    assert "holds it" in refused(load, "- &a [1, *a]")


@pytest.mark.parametrize("load", [safe_load, safe_load_list])
def test_nesting_is_capped(load):
    assert load("- " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)) is not None
    assert "nested more than" in refused(load, "- " + "[" * MAX_DEPTH + "]" * MAX_DEPTH)
    block = "- " + "".join(" " * (2 * i) + "k:\n" for i in range(100)) + " " * 200 + "v"
    with pytest.raises(yaml.YAMLError):
        load(block)
    with pytest.raises(yaml.YAMLError):  # libyaml's own limit, far below Python's recursion limit
        load("- " + "[" * 100_000)


def test_documents_are_capped_in_size():
    assert safe_load("a: " + "x" * 50, max_chars=100) == {"a": "x" * 50}
    assert "over 100 characters" in refused(safe_load, "a: " + "x" * 100, max_chars=100)
    assert "over 100 characters" in refused(safe_load_list, "- " + "x" * 100, max_chars=100)
    # A stream is read no further than the limit.
    stream = io.StringIO("a: " + "x" * 10_000)
    with pytest.raises(YAMLLimitError):
        safe_load(stream, max_chars=100)
    assert stream.tell() == 101


def test_impossible_timestamps_stay_text():
    import datetime as dt

    assert safe_load("d: 2025-02-28") == {"d": dt.date(2025, 2, 28)}
    assert safe_load("d: 2025-02-30") == {"d": "2025-02-30"}
    assert safe_load("d: 2025-03-01 25:00:00") == {"d": "2025-03-01 25:00:00"}
    assert safe_load("d: !!timestamp 0000-01-01") == {"d": "0000-01-01"}
    assert safe_load_list("- 2025-02-30") == ["2025-02-30"]


def test_unsafe_and_unknown_tags_are_errors():
    for text in ("- !!python/object/apply:os.system [echo hi]", "- !foo bar"):
        with pytest.raises(yaml.YAMLError):
            safe_load(text)
        with pytest.raises(yaml.YAMLError):
            safe_load_list(text)


@pytest.mark.parametrize(
    "text",
    [
        "- name: Jean\n  kind: person\n  aliases: [J, 'Jean D.']\n- {name: {fr: Russie, en: Russia}, kind: country}\n",
        "- &a {x: [1, 2]}\n- <<: *a\n  y: 3\n- [*a]\n",
        "- 1\n- 2.5\n- null\n- true\n- 2025-03-01\n- '2025-03-01'\n- !!str 12\n- !!binary aGk=\n",
        "[]",
        "- - - nested\n    - more\n",
    ],
)
def test_list_items_one_by_one_build_what_the_whole_document_builds(text):
    assert safe_load_list(text) == safe_load(text) == yaml.safe_load(text)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "a: 1", "just text", "- a\n---\n- b"])
def test_a_document_that_is_not_one_list(text):
    with pytest.raises(YAMLNotAList):
        safe_load_list(text)


def test_errors_are_one_short_line_without_the_input():
    line = "key: [" + "x" * 5000 + "\nnext: 1"
    with pytest.raises(yaml.YAMLError) as caught:
        safe_load(line)
    summary = error_summary(caught.value)
    assert "\n" not in summary and len(summary) <= 160 and "xxxxxxxxxx" not in summary
    assert "line 2" in summary
    with pytest.raises(yaml.YAMLError) as caught:
        safe_load("a: &x 1\nb: &x 2")
    assert "duplicate anchor" in error_summary(caught.value)
