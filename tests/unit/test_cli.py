"""The headless commands: the contract scripts rely on."""

from __future__ import annotations

import json
import re

from newsline_testing import SEEDS, write

from tui.cli import main


def run_json(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr().out
    return code, json.loads(out)


def test_events_on_the_seeds(capsys):
    code, events = run_json(capsys, "events", "--format", "json")
    assert code == 0
    by_date = {}
    for event in events:
        by_date.setdefault(event["date"], []).append(event)
        assert set(event) == {
            "id", "date", "precision", "start", "end", "uncertain", "text", "actors", "doc", "span",
            "headline", "kind", "reported", "dated_by_article", "evidence", "sources", "participants", "places", "starred", "note",
        }
        first = event["evidence"][0]
        assert (first["doc"], first["span"], first["text"]) == (event["doc"], event["span"], event["text"])
    call = [e for e in by_date["2025-03-11"] if "entretien téléphonique" in e["text"]]
    assert call and {"Sergueï Narychkine", "John Ratcliffe"} <= set(call[0]["actors"])
    summit = by_date["2021-06-16"][0]
    assert {"Joe Biden", "Vladimir Poutine"} <= set(summit["actors"]) and summit["precision"] == "day"
    geneva = by_date["2021-09-30"][0]
    assert "Genève" in geneva["text"] and "Genève" in geneva["actors"]
    assert by_date["2011/2012"][0]["precision"] == "range"
    assert [e["id"] for e in events] == list(range(len(events)))
    # span indexes the sentence in the file's decoded text
    for event in events:
        text = (SEEDS / event["doc"]).read_text(encoding="utf-8")
        start, end = event["span"]
        assert " ".join(text[start:end].split()) == event["text"]


def test_events_filtered_by_actor_and_dates(capsys):
    _, events = run_json(capsys, "events", "--actor", "narychkine", "--format", "json")
    assert events and all("Sergueï Narychkine" in e["actors"] for e in events)
    _, windowed = run_json(capsys, "events", "--from", "2021-06", "--to", "2021-09", "--format", "json")
    assert windowed and all("2021-06-01" <= e["end"] and e["start"] <= "2021-09-30" for e in windowed)


def test_unknown_actor_is_an_error_with_a_hint(capsys):
    assert main(["events", "--actor", "Nobody At All"]) == 2
    assert "no actor named" in capsys.readouterr().err


def test_actors_list_each_person_once(capsys):
    code, actors = run_json(capsys, "actors", "--format", "json")
    assert code == 0
    names = [a["name"] for a in actors]
    assert names.count("Sergueï Narychkine") == 1 and "Narychkine" not in names
    for actor in actors:
        assert set(actor) == {"name", "kind", "aliases", "mentions", "events", "affiliations", "roles"}
    narychkine = actors[names.index("Sergueï Narychkine")]
    assert narychkine["kind"] == "person" and narychkine["events"] >= 1


def test_table_output_fits_80_columns(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["events"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and max(len(line) for line in lines) <= 80


def test_dates_gives_timex3_with_offsets_into_the_file(capsys):
    path = str(SEEDS / "000_93aac57783158c4e.txt")
    code, (result,) = run_json(capsys, "dates", path, "--format", "json")
    assert code == 0 and result["dct"] == "2025-03"
    text = open(path, encoding="utf-8").read()
    values = {t["text"]: t["value"] for t in result["timexes"]}
    assert values["Le 11 mars 2025"] == "2025-03-11" or values.get("11 mars 2025") == "2025-03-11"
    for timex in result["timexes"]:
        assert text[timex["start"] : timex["end"]] == timex["text"]
        assert timex["type"] in {"DATE", "TIME", "DURATION", "SET"}
        assert re.fullmatch(r"[0-9A-Z:\-T.X]+|PRESENT_REF|PAST_REF|FUTURE_REF", timex["value"])


def test_check_exits_1_when_a_file_is_skipped(tmp_path, capsys):
    write(tmp_path, "good.txt", "date 2025-03 Le 11 mars 2025, un entretien a eu lieu.")
    assert main(["check", str(tmp_path)]) == 0
    write(tmp_path, "bad.txt", "no header here")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "bad.txt" in out and "no date header" in out and "1 article loaded, 1 skipped" in out


def test_export_writes_each_format_atomically(tmp_path, capsys):
    import csv

    target = tmp_path / "out" / "timeline.csv"
    assert main(["export", "--actor", "Russie", "-o", str(target)]) == 0
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and all("Russie" in row["actors"].split("; ") for row in rows)
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".")]  # no temporary left

    markdown = tmp_path / "timeline.md"
    assert main(["export", "-o", str(markdown)]) == 0
    text = markdown.read_text(encoding="utf-8")
    assert "## 2025" in text and "**2025-03-11**" in text and "000\\_93aac57783158c4e.txt" in text

    capsys.readouterr()
    assert main(["export", "--format", "json", "--from", "2025"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert events and all(e["end"] >= "2025-01-01" for e in events)


def test_export_to_an_unwritable_place_says_so(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["export", "-o", str(blocker / "sub" / "t.json")]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_user_actors_file_overrides(tmp_path, capsys):
    extra = write(tmp_path, "mine.yaml", "- name: Narychkine l'espion\n  kind: person\n  aliases: [Sergueï Narychkine, Narychkine]\n")
    code, actors = run_json(capsys, "actors", "--actors", str(extra), "--format", "json")
    names = [a["name"] for a in actors]
    assert code == 0 and "Narychkine l'espion" in names and "Sergueï Narychkine" not in names
