"""The headless commands over events: --kind, --explain, --no-merge and the events table."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsline_testing import write

from tui.cli import main

ARTICLES = {
    "a.txt": (
        "date 2024-05-10\nLe 9 mai 2024, Paul Martin a rencontré Jean Dupont à Paris. Cette rencontre a duré deux heures.\n\n"
        "Le 1er avril, Marie Curie a été élue.\n\nDans les années 1990, Paul Martin a fondé une entreprise.\n\n"
        "Jean Dupont a démissionné de son poste, a annoncé le ministère."
    ),
    "b.txt": (
        "date 2024-05-11\nJean Dupont a rencontré Paul Martin jeudi 9 mai à Paris.\n\n"
        "Marie Curie et Paul Martin ont eu un échange téléphonique, ont rapporté mercredi 8 mai les agences."
    ),
}


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """The corpus folder, as a relative path: documents are named "corpus/a.txt"."""
    for name, text in ARTICLES.items():
        write(tmp_path / "corpus", name, text)
    monkeypatch.chdir(tmp_path)
    return "corpus"


def run(capsys, *args):
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys, *args):
    code, out, _ = run(capsys, *args, "--format", "json")
    assert code == 0
    return json.loads(out)


def the_meeting(events):
    (meeting,) = [e for e in events if e["kind"] == "meeting"]
    return meeting


def test_the_corpus_tells_one_meeting_three_times(corpus, capsys):
    meeting = the_meeting(run_json(capsys, "events", corpus))
    assert [e["rule"] for e in meeting["evidence"]] == ["first", "refers back", "same happening"]
    assert meeting["sources"] == ["corpus/a.txt", "corpus/b.txt"] and meeting["date"] == "2024-05-09"


def test_kind_keeps_the_events_of_those_kinds(corpus, capsys):
    every = run_json(capsys, "events", corpus)
    assert {"meeting", "election", "call"} <= {e["kind"] for e in every}
    meetings = run_json(capsys, "events", corpus, "--kind", "meeting")
    assert meetings == [e for e in every if e["kind"] == "meeting"]
    two = run_json(capsys, "events", corpus, "--kind", "meeting", "--kind", "ELECTION")  # case ignored
    assert two == [e for e in every if e["kind"] in ("meeting", "election")]
    assert run_json(capsys, "events", corpus, "--kind", "protest") == []
    with_actor = run_json(capsys, "events", corpus, "--kind", "call", "--actor", "Marie Curie")
    assert [e["kind"] for e in with_actor] == ["call"]


def test_an_unknown_kind_is_a_usage_error_listing_the_kinds(corpus, capsys):
    code, out, err = run(capsys, "events", corpus, "--kind", "meetings")
    assert code == 2 and out == ""
    assert "unknown kind 'meetings'" in err
    for kind in ("statement", "meeting", "call", "election", "other"):
        assert kind in err
    code, _, err = run(capsys, "export", corpus, "--kind", "nope", "--format", "csv")
    assert code == 2 and "unknown kind 'nope'" in err


def test_export_takes_kind_and_no_merge(corpus, capsys):
    code, out, _ = run(capsys, "export", corpus, "--kind", "meeting", "--format", "csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["kind"] for r in rows] == ["meeting"] and rows[0]["sources"] == "corpus/a.txt; corpus/b.txt"
    code, out, _ = run(capsys, "export", corpus, "--kind", "meeting", "--no-merge", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 3 and {r["kind"] for r in rows} == {"meeting"}
    assert sorted(r["sources"] for r in rows) == ["corpus/a.txt", "corpus/a.txt", "corpus/b.txt"]
    code, out, _ = run(capsys, "export", corpus, "--kind", "election", "--format", "markdown")
    assert code == 0 and "[election] Marie Curie a été élue" in out and "[meeting]" not in out
    decade = run(capsys, "export", corpus, "--format", "markdown")[1]
    assert "**années 1990**" in decade  # the corpus is French


def test_no_merge_gives_one_event_per_telling(corpus, capsys):
    merged = run_json(capsys, "events", corpus)
    unmerged = run_json(capsys, "events", corpus, "--no-merge")
    assert len(unmerged) > len(merged)
    assert all(len(e["evidence"]) == 1 and e["evidence"][0]["rule"] == "first" for e in unmerged)
    assert all(e["sources"] == [e["doc"]] for e in unmerged)
    told = sorted((x["doc"], x["span"], x["clause"]) for e in merged for x in e["evidence"])
    assert sorted((e["doc"], e["span"], e["evidence"][0]["clause"]) for e in unmerged) == told
    # the other commands that load a corpus take it too
    assert main(["check", corpus, "--no-merge"]) == 0
    assert f"{len(unmerged)} events" in capsys.readouterr().out
    assert main(["actors", corpus, "--no-merge", "--format", "json"]) == 0
    assert "Paul Martin" in {a["name"] for a in json.loads(capsys.readouterr().out)}


def test_explain_says_why_each_sentence_tells_the_event(corpus, capsys):
    meeting = the_meeting(run_json(capsys, "events", corpus))
    code, out, _ = run(capsys, "events", corpus, "--explain", str(meeting["id"]))
    assert code == 0
    flat = " ".join(out.split())
    assert f"Event {meeting['id']} 2024-05-09 meeting" in flat
    assert "Paul Martin a rencontré Jean Dupont à Paris" in flat
    assert "Actors: Paul Martin, Jean Dupont, Paris" in flat
    assert "Told by 2 articles, in 3 sentences" in flat
    assert "Le 9 mai 2024, Paul Martin a rencontré Jean Dupont à Paris." in flat
    assert "date phrase: Le 9 mai 2024" in flat and "date phrase: jeudi 9 mai" in flat
    assert "first: gives the event its date" in flat
    assert "refers back: 'Cette rencontre' continues the event told before" in flat
    assert "same happening: told by another article with the same kind, a compatible date and a shared participant" in flat
    assert flat.index("1. corpus/a.txt") < flat.index("2. corpus/a.txt") < flat.index("3. corpus/b.txt")


def test_explain_names_a_definite_noun_referring_back(tmp_path, monkeypatch, capsys):
    text = "date 2024-05-10\nLe 9 mai 2024, Paul Martin a rencontré Jean Dupont à Paris. Le sommet a duré deux heures.\n"
    write(tmp_path / "other", "c.txt", text)
    monkeypatch.chdir(tmp_path)
    (meeting,) = run_json(capsys, "events", "other")
    assert [x["rule"] for x in meeting["evidence"]] == ["first", "refers back"]
    code, out, _ = run(capsys, "events", "other", "--explain", str(meeting["id"]))
    assert code == 0 and "refers back: 'Le sommet' continues the event told before" in " ".join(out.split())


def test_explain_as_json_is_the_event_record_with_reasons(corpus, capsys):
    events = run_json(capsys, "events", corpus)
    meeting = the_meeting(events)
    record = run_json(capsys, "events", corpus, "--explain", str(meeting["id"]))
    assert {k: v for k, v in record.items() if k != "evidence"} == {k: v for k, v in meeting.items() if k != "evidence"}
    assert [{k: v for k, v in x.items() if k != "why"} for x in record["evidence"]] == meeting["evidence"]
    assert [x["why"].split(":")[0] for x in record["evidence"]] == ["first", "refers back", "same happening"]
    by_article = next(e for e in events if e["dated_by_article"])
    record = run_json(capsys, "events", corpus, "--explain", str(by_article["id"]))
    assert record["evidence"][0]["why"] == "first: dated by its article (no sentence gives a date)"


def test_explain_an_unknown_id_is_a_usage_error(corpus, capsys):
    code, out, err = run(capsys, "events", corpus, "--explain", "99")
    assert code == 2 and out == "" and "no event 99" in err
    assert run(capsys, "events", corpus, "--explain", "-1")[0] == 2


def test_the_table_shows_date_kind_headline_actors_and_sources(corpus, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    code, out, _ = run(capsys, "events", corpus)
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert lines[1].split() == ["Date", "Kind", "Event", "Actors"]
    rows = _rows(lines)
    meeting = next(r for r in rows if "meeting" in r)
    assert meeting.startswith("2024-05-09 meeting Paul Martin a rencontré Jean Dupont à Paris ×2")
    assert "Le 9 mai" not in out  # the headline, not the sentence
    assert next(r for r in rows if "démissionné" in r).startswith("2024-05-10 (article) appointment")
    assert next(r for r in rows if "téléphonique" in r).startswith("reported 2024-05-08 call")
    assert next(r for r in rows if "fondé" in r).startswith("années 1990 other")
    assert "×" not in next(r for r in rows if "élue" in r)  # told by one article
    assert out.rstrip().endswith("5 of 5 events")


def _rows(lines: list[str]) -> list[str]:
    """The table's rows, each as its cells (date, kind, event, actors) with their wrapped lines
    joined: a row starts on the line with a kind (never wrapped)."""
    header = lines[1]
    bounds = [0, header.index("Kind"), header.index("Event"), header.index("Actors"), None]
    rows: list[list[list[str]]] = []
    for line in lines[3:]:
        if not line.strip():
            break  # the table's last line, before the count
        cells = [line[bounds[k] : bounds[k + 1]].strip() for k in range(4)]
        if cells[1]:
            rows.append([[] for _ in range(4)])
        for k, cell in enumerate(cells):
            if cell:
                rows[-1][k].append(cell)
    return [" ".join(" ".join(cell) for cell in row) for row in rows]


def test_the_table_names_decades_in_the_corpus_language(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    write(tmp_path, "c.txt", "date 2024-05-10\nIn the 1990s, Peter Smith founded a company in Boston.")
    code, out, _ = run(capsys, "events", str(tmp_path))
    assert code == 0 and "1990s" in out and "années" not in out


def test_the_reader_takes_no_merge(corpus, monkeypatch):
    import tui.ui.app

    made = []

    class Reader:
        return_code = 0

        def __init__(self, **options):
            made.append(options)

        def run(self):
            pass

    monkeypatch.setattr(tui.ui.app, "NewslineApp", Reader)
    assert main([corpus, "--no-merge", "--no-cache"]) == 0
    assert made[-1]["merge"] is False and made[-1]["cache"] is False
    assert main([corpus]) == 0
    assert made[-1]["merge"] is True


async def test_the_reader_loads_an_unmerged_store_with_no_merge(corpus):
    from tui.ui.app import NewslineApp

    app = NewslineApp(paths=[corpus], cache=False, merge=False)
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if app.store is not None:
                break
        assert app.store is not None and all(len(e.evidence) == 1 for e in app.store.events)


def test_the_table_breaks_a_range_of_days_after_its_dash(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    write(tmp_path, "r.txt", "date 2012-06-25\nDu 22 au 24 juin 2012, des milliers de personnes ont manifesté à Paris.")
    code, out, _ = run(capsys, "events", str(tmp_path))
    lines = out.splitlines()
    assert code == 0 and max(len(line) for line in lines) <= 80
    (row,) = _rows(lines)
    assert row.startswith("2012-06-22– 2012-06-24 protest")
