"""Stars and notes in every export format, and --starred on the headless commands."""

from __future__ import annotations

import csv
import io
import json

import icalendar
import jsonschema
import pytest

from newsline_testing import REPO

from tui.bookmarks import bookmark_for, save_change
from tui.cli import main
from tui.export import day_events, render

SCHEMA = json.loads((REPO / "tests" / "fixtures" / "timelinejs3.schema.json").read_text(encoding="utf-8"))
NOTE = "=HYPERLINK(x) <b>bold</b> *not* ; a, b\nsecond line"


@pytest.fixture
def marked(seeds_store):
    """A day-dated event of the seeds starred with a hostile note, another only starred."""
    store = seeds_store
    day = day_events(store, range(len(store.events)))[0]
    other = next(i for i in range(len(store.events)) if i != day)
    return store, {day: bookmark_for(store, day, starred=True, note=NOTE), other: bookmark_for(store, other, starred=True)}, day, other


def test_json_has_starred_and_note(marked):
    store, marks, day, other = marked
    rows = {r["id"]: r for r in json.loads(render(store, range(len(store.events)), "json", bookmarks=marks))}
    assert (rows[day]["starred"], rows[day]["note"]) == (True, NOTE)
    assert (rows[other]["starred"], rows[other]["note"]) == (True, None)
    assert all(r["starred"] is False and r["note"] is None for i, r in rows.items() if i not in marks)


def test_csv_has_starred_and_note_columns(marked):
    store, marks, day, _ = marked
    rows = list(csv.DictReader(io.StringIO(render(store, range(len(store.events)), "csv", bookmarks=marks))))
    by_id = {int(r["id"]): r for r in rows}
    assert by_id[day]["starred"] == "true" and by_id[day]["note"].startswith("'=HYPERLINK(x)")  # a formula stays text
    assert "\n" not in by_id[day]["note"]  # controls made visible
    assert sum(r["starred"] == "true" for r in rows) == 2 and {r["note"] for r in rows if int(r["id"]) not in marks} == {""}


def test_markdown_stars_and_quotes_the_note(marked):
    store, marks, day, _ = marked
    text = render(store, range(len(store.events)), "markdown", bookmarks=marks)
    assert text.count("- ★ **") == 2
    assert "  > =HYPERLINK(x) \\<b\\>bold\\</b\\> \\*not\\* ; a, b\n  > second line\n" in text


def test_timelinejs_stars_the_headline_and_shows_the_note_as_text(marked):
    store, marks, day, _ = marked
    data = json.loads(render(store, range(len(store.events)), "timelinejs", bookmarks=marks))
    jsonschema.validate(data, SCHEMA)
    starred = [s for s in data["events"] if s["text"]["headline"].startswith("★ ")]
    assert len(starred) == 2
    (noted,) = [s for s in starred if "Note:" in s["text"]["text"]]
    assert noted["text"]["text"].startswith("<p><em>Note: =HYPERLINK(x) &lt;b&gt;bold&lt;/b&gt; *not* ; a, b<br>second line</em></p>")


def test_ics_description_starts_with_the_note(marked):
    store, marks, day, _ = marked
    text = render(store, [day], "ics", bookmarks=marks)
    (event,) = icalendar.Calendar.from_ical(text.encode("utf-8")).walk("VEVENT")
    assert str(event["DESCRIPTION"]).startswith("Note: =HYPERLINK(x) <b>bold</b> *not* ; a, b\nsecond line\n\n")
    assert event["CATEGORIES"].cats[-1] == "Starred"
    plain = icalendar.Calendar.from_ical(render(store, [day], "ics").encode("utf-8")).walk("VEVENT")[0]
    assert "Note:" not in str(plain["DESCRIPTION"]) and "Starred" not in plain["CATEGORIES"].cats


def test_cli_starred_limits_events_and_exports(seeds_store, capsys, tmp_path):
    starred = [2, 5]
    for event in starred:
        save_change(None, bookmark_for(seeds_store, event, starred=True, note="n" if event == 5 else ""))
    save_change(None, bookmark_for(seeds_store, 7, note="a note, not starred"))
    assert main(["events", "--format", "json", "--starred"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == starred and [r["note"] for r in rows] == [None, "n"]
    assert main(["events", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(seeds_store.events) and rows[7]["note"] == "a note, not starred" and not rows[7]["starred"]
    out = tmp_path / "starred.csv"
    assert main(["export", "--starred", "-o", str(out)]) == 0
    assert [r["id"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["2", "5"]
    assert main(["events", "--starred"]) == 0
    assert "★" in capsys.readouterr().out


def test_cli_reads_a_corrupt_bookmarks_file_without_moving_it(capsys):
    from tui.bookmarks import bookmarks_path

    path = bookmarks_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("nonsense", encoding="utf-8")
    assert main(["events", "--format", "json", "--starred"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == [] and "not JSON" in captured.err
    assert path.read_text(encoding="utf-8") == "nonsense"
