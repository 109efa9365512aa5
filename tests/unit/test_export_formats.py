"""The exports other programs read: TimelineJS3 JSON, checked against a JSON Schema written from
its published documentation (tests/fixtures/timelinejs3.schema.json), and iCalendar, read back by
the `icalendar` parser; hostile article text and file names through both."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import icalendar
import jsonschema
import pytest

from newsline_testing import REPO, write

from tui.cli import main
from tui.corpus.document import DocDate, Document, Paragraph, ParagraphKind
from tui.export import event_uids, fold_line, format_for, ics_text, left_out, render
from tui.extract.model import Actor, ActorKind, Event, Evidence, Precision, When
from tui.store import Query, Store
from tui.util.safe import safe_display

SCHEMA = json.loads((REPO / "tests" / "fixtures" / "timelinejs3.schema.json").read_text(encoding="utf-8"))
STAMP = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)

# Sentences with what RFC 5545 escapes (\ ; , and a line break), what HTML reads as markup, an
# escape sequence, a bidi override, and a long accented line to fold.
HOSTILE = 'Paul a dit; "oui, non" \\n \\, <script>alert(1)</script> & <b>x</b>\x1b]0;PWNED\x07 fin\u202eX.'
ACCENTED = "Éléonore a rencontré Hélène à Trézéné-lès-" + "éèêëÉÈÊË" * 12 + "."
D = dt.date


def _when(first: dt.date, last: dt.date, precision: Precision, label: str, uncertain: bool = False) -> When:
    return When(first, last, precision, label, uncertain)


WHENS = {
    "day": _when(D(2024, 5, 9), D(2024, 5, 9), Precision.DAY, "2024-05-09"),
    "evening": _when(D(2024, 5, 10), D(2024, 5, 10), Precision.TIME, "2024-05-10TEV"),
    "clock": _when(D(2024, 5, 11), D(2024, 5, 11), Precision.TIME, "2024-05-11T07:30"),
    "uncertain day": _when(D(2024, 5, 12), D(2024, 5, 12), Precision.DAY, "2024-05-12", uncertain=True),
    "week": _when(D(2025, 3, 10), D(2025, 3, 16), Precision.WEEK, "2025-W11"),
    "month": _when(D(2023, 3, 1), D(2023, 3, 31), Precision.MONTH, "2023-03"),
    "uncertain month": _when(D(2023, 4, 1), D(2023, 4, 30), Precision.MONTH, "2023-04", uncertain=True),
    "season": _when(D(2012, 6, 1), D(2012, 8, 31), Precision.SEASON, "2012-SU"),
    "year": _when(D(2014, 1, 1), D(2014, 12, 31), Precision.YEAR, "2014"),
    "years": _when(D(2011, 1, 1), D(2012, 12, 31), Precision.RANGE, "2011/2012"),
    "days": _when(D(2020, 5, 3), D(2020, 5, 5), Precision.RANGE, "2020-05-03/2020-05-05"),
    "decade": _when(D(1990, 1, 1), D(1999, 12, 31), Precision.DECADE, "199X"),
    "century": _when(D(1400, 1, 1), D(1499, 12, 31), Precision.CENTURY, "14XX"),
}


def _store(path: str = "articles/h; a,b \x1b[2J.txt", extra: str = "") -> Store:
    """One article: a sentence per date of WHENS (its key as headline), then the hostile and the
    accented sentences, dated to days and told again by a second article."""
    sentences = [f"Evenement {key}, selon Paul." for key in WHENS] + [HOSTILE, ACCENTED]
    text = "\n\n".join(sentences) + extra
    spans, at = [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 2
    other = "Un autre article; il le redit, aussi."
    documents = [
        Document(0, path, text, DocDate(2025, 3, 12), "fr", "Un titre <i>, ; \\ </i>", tuple(Paragraph(s, e, ParagraphKind.BODY) for s, e in spans)),
        Document(1, "b.txt", other, DocDate(2025, 3), "fr", "Autre", (Paragraph(0, len(other), ParagraphKind.BODY),), source="Le Monde"),
    ]
    whens = [*WHENS.values(), WHENS["day"], WHENS["day"]]
    headlines = [*WHENS, HOSTILE, ACCENTED]
    kinds = ["meeting"] * len(WHENS) + ["statement", "other"]
    events = [
        Event(0, 0, s, e, -1, -1, when, (0,), "", headline=headline, kind=kind,
              evidence=(Evidence(0, s, e), *((Evidence(1, 0, len(other), rule="same happening"),) if kind == "statement" else ())))
        for (s, e), when, headline, kind in zip(spans, whens, headlines, kinds)
    ]
    return Store.build(documents, events, [Actor(0, "Paul", ActorKind.PERSON, (), 1)], [(), ()])


@pytest.fixture(scope="module")
def store() -> Store:
    return _store()


def _slides(store: Store) -> dict[str, dict]:
    data = json.loads(render(store, range(len(store.events)), "timelinejs"))
    jsonschema.validate(data, SCHEMA)
    return {slide["text"]["headline"]: slide for slide in data["events"]}


def _calendar(text: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(text.encode("utf-8")).walk("VEVENT"))


# -- the schema is the published format, and it can fail -------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        {"title": {"text": {"headline": "no events"}}},
        {"events": [{"text": {"headline": "no start_date"}}]},
        {"events": [{"start_date": {"year": 2024, "month": 13}}]},
        {"events": [{"start_date": {"year": "1990s"}}]},
        {"events": [{"start_date": {"month": 3}}]},
        {"events": [{"start_date": {"year": 2024}, "headline": "misplaced"}]},
        {"events": [{"start_date": {"year": 2024}, "text": {"headline": 3}}]},
        {"events": [], "eras": [{"start_date": {"year": 2024}}]},
    ],
)
def test_the_schema_refuses_what_the_documentation_does_not_allow(bad):
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_the_schema_accepts_the_documented_forms():
    # Dates as numbers (the documentation) or strings of digits (its examples), every property.
    data = {
        "title": {"text": {"headline": "T", "text": "<p>x</p>"}, "media": {"url": "https://e.org/a.jpg", "caption": ""}},
        "events": [{
            "start_date": {"year": "1963", "month": "8", "day": "9"}, "end_date": {"year": -500, "hour": 23, "minute": 59},
            "display_date": "c. 1963", "group": "G", "unique_id": "u", "autolink": False,
            "background": {"color": "#0f9bd1", "url": "https://e.org/b.jpg", "alt": "b"},
        }],
        "eras": [{"start_date": {"year": 1960}, "end_date": {"year": 1970}, "text": {"headline": "Sixties"}}],
        "scale": "human",
    }
    jsonschema.validate(data, SCHEMA)


# -- TimelineJS -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        ("day", {"year": 2024, "month": 5, "day": 9}, None),
        ("evening", {"year": 2024, "month": 5, "day": 10}, None),
        ("clock", {"year": 2024, "month": 5, "day": 11, "hour": 7, "minute": 30}, None),
        ("week", {"year": 2025, "month": 3, "day": 10}, {"year": 2025, "month": 3, "day": 16}),
        ("month", {"year": 2023, "month": 3}, None),
        ("season", {"year": 2012, "month": 6}, {"year": 2012, "month": 8}),
        ("year", {"year": 2014}, None),
        ("years", {"year": 2011}, {"year": 2012}),
        ("days", {"year": 2020, "month": 5, "day": 3}, {"year": 2020, "month": 5, "day": 5}),
        ("decade", {"year": 1990}, {"year": 1999}),
        ("century", {"year": 1400}, {"year": 1499}),
    ],
)
def test_timelinejs_dates_keep_their_precision(store, key, start, end):
    slide = _slides(store)[key]
    assert slide["start_date"] == start
    assert slide.get("end_date") == end


def test_timelinejs_says_what_its_dates_cannot(store):
    slides = _slides(store)
    assert slides["uncertain month"]["display_date"] == "~2023-04 (date incertaine)"
    assert slides["uncertain day"]["display_date"] == "~2024-05-12 (date incertaine)"
    assert slides["decade"]["display_date"] == "années 1990"
    assert slides["century"]["display_date"] == "XVe siècle"
    assert slides["evening"]["display_date"] == "2024-05-10 soir"
    assert "display_date" not in slides["day"] and "display_date" not in slides["years"]  # TimelineJS writes those


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.text = ""

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text += data


def _read_html(markup: str) -> _Html:
    parser = _Html()
    parser.feed(markup)
    parser.close()
    return parser


def test_timelinejs_text_is_data_in_html(store):
    data = json.loads(render(store, range(len(store.events)), "timelinejs"))
    hostile = next(s for s in data["events"] if s["group"] == "Statement")
    headline, text = _read_html(hostile["text"]["headline"]), _read_html(hostile["text"]["text"])
    assert headline.tags == set() and headline.text == safe_display(HOSTILE)  # the script is text
    assert text.tags == {"p", "br", "small"}  # only the export's own markup
    # Each sentence telling it, with its article's title, source, date and file.
    assert safe_display(HOSTILE) in text.text and "Un autre article; il le redit, aussi." in text.text
    assert "— Un titre <i>, ; \\ </i> — 2025-03-12 (articles/h; a,b \\x1b[2J.txt)" in text.text
    assert "— Autre — Le Monde, 2025-03 (b.txt)" in text.text
    assert "\x1b" not in json.dumps(data, ensure_ascii=False) and "\u202e" not in json.dumps(data, ensure_ascii=False)


def test_timelinejs_groups_and_ids(store):
    data = json.loads(render(store, range(len(store.events)), "timelinejs"))
    assert {s["group"] for s in data["events"]} == {"Meeting", "Statement", "Other"}
    ids = [s["unique_id"] for s in data["events"]]
    assert len(set(ids)) == len(ids) and all(i.startswith("newsline-") for i in ids)
    assert data["title"]["text"]["text"] == f"<p>{len(store.events)} events told by 2 articles, extracted by Newsline.</p>"


def test_event_ids_are_stable(store):
    every = event_uids(store, range(len(store.events)))
    some = list(range(0, len(store.events), 3))
    assert event_uids(store, some) == [every[i] for i in some]  # a filter does not change them
    rebuilt = _store(extra="\n\nUne phrase de plus à la fin.")  # the article changed: new ids
    assert set(event_uids(rebuilt, range(len(rebuilt.events)))).isdisjoint(every)
    assert event_uids(_store(), range(len(store.events))) == every  # built again: the same ids


def test_the_same_clause_twice_gets_two_ids():
    store = _store()
    twice = [0, 0]
    uids = event_uids(store, twice)
    assert uids[1] == uids[0] + "-2"


# -- iCalendar --------------------------------------------------------------------------------


def test_ics_holds_the_events_dated_to_a_day(store):
    ids = range(len(store.events))
    text = render(store, ids, "ics", stamp=STAMP)
    events = _calendar(text)
    days = [e for e in store.events if e.when.precision in (Precision.DAY, Precision.TIME)]
    assert len(events) == len(days) == 6 and left_out(store, ids, "ics") == len(store.events) - 6
    by_summary = {str(e["SUMMARY"]): e for e in events}
    day = by_summary["day"]
    assert day.decoded("DTSTART") == D(2024, 5, 9) and day.decoded("DTEND") == D(2024, 5, 10)
    assert day["DTSTART"].params["VALUE"] == "DATE" and day.decoded("DTSTAMP") == STAMP
    assert day["CATEGORIES"].cats == ["Meeting"] and "STATUS" not in day
    assert str(day["UID"]).startswith("newsline-") and len({str(e["UID"]) for e in events}) == 6
    assert by_summary["uncertain day"]["STATUS"] == "TENTATIVE"
    assert str(by_summary["uncertain day"]["DESCRIPTION"]).startswith("Uncertain date: ~2024-05-12.")
    assert left_out(store, ids, "timelinejs") == 0


def test_ics_text_round_trips_hostile_text(store):
    events = {str(e["CATEGORIES"].cats[0]): e for e in _calendar(render(store, range(len(store.events)), "ics", stamp=STAMP))
              if e["CATEGORIES"].cats[0] != "Meeting"}
    hostile, accented = events["Statement"], events["Other"]
    assert str(hostile["SUMMARY"]) == safe_display(HOSTILE)
    assert str(hostile["DESCRIPTION"]) == (
        f"{safe_display(HOSTILE)}\n— Un titre <i>, ; \\ </i> — 2025-03-12 (articles/h; a,b \\x1b[2J.txt)\n\n"
        "Un autre article; il le redit, aussi.\n— Autre — Le Monde, 2025-03 (b.txt)"
    )
    assert str(accented["SUMMARY"]) == ACCENTED and str(accented["DESCRIPTION"]).startswith(ACCENTED + "\n— ")


def test_ics_lines_are_crlf_folded_utf8(store):
    raw = render(store, range(len(store.events)), "ics", stamp=STAMP).encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) == 75  # the long lines are folded, to the limit
    assert all(len(line) <= 75 and line.decode("utf-8") for line in lines)  # no character cut
    assert all(0x20 <= c or c == 0x09 for line in lines for c in line)  # no control but the line ends
    assert raw.startswith(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:") and raw.endswith(b"END:VCALENDAR\r\n")


def test_ics_escaping_and_folding():
    assert ics_text('a\\b;c,d\ne "f"') == 'a\\\\b\\;c\\,d\\ne "f"'
    line = "DESCRIPTION:" + "é" * 100 + "x€" * 40
    folded = fold_line(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode("utf-8")) <= 75 for p in parts) and all(p.startswith(" ") for p in parts[1:])
    assert folded.replace("\r\n ", "") == line  # unfolding gives the line back
    assert fold_line("SUMMARY:short") == "SUMMARY:short"


def test_an_empty_calendar_is_still_a_calendar():
    store = _store()
    calendar = icalendar.Calendar.from_ical(render(store, [], "ics", stamp=STAMP))
    assert calendar["VERSION"] == "2.0" and not list(calendar.walk("VEVENT"))
    jsonschema.validate(json.loads(render(store, [], "timelinejs")), SCHEMA)


# -- the command ----------------------------------------------------------------------------

ARTICLES = {
    "a.txt": (
        "date 2024-05-10\nLe 9 mai 2024, Paul Martin a rencontré Jean Dupont à Paris; ils ont parlé, longuement, de <b>tout</b> & rien.\n\n"
        "En mars 2023, Marie Curie a été élue.\n\nEn 2011 et 2012, Jean Dupont a négocié avec Paul Martin.\n\n"
        "Dans les années 1990, Paul Martin a fondé une entreprise."
    ),
    "b.txt": "date 2024-06-05\nLe 3 juin 2024, Éléonore Hérédia a rencontré Jean Dupont à Genève.",
}


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    for name, text in ARTICLES.items():
        write(tmp_path / "corpus", name, text)
    monkeypatch.chdir(tmp_path)
    return "corpus"


def test_format_by_suffix():
    assert format_for("out.ics") == "ics" and format_for("a/b/Out.ICS") == "ics"
    assert format_for("t.timelinejs.json") == "timelinejs" and format_for("timeline.json") == "json"
    assert format_for("x.md") == "markdown" and format_for("x.csv") == "csv" and format_for("x.txt") is None


def test_cli_exports_timelinejs_by_suffix(corpus, capsys):
    assert main(["export", corpus, "--no-cache", "-o", "out/t.timelinejs.json"]) == 0
    assert "wrote 5 events to out/t.timelinejs.json (timelinejs)" in capsys.readouterr().err
    data = json.loads(Path("out/t.timelinejs.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert [s["start_date"] for s in data["events"]] == [
        {"year": 1990}, {"year": 2011}, {"year": 2023, "month": 3}, {"year": 2024, "month": 5, "day": 9},
        {"year": 2024, "month": 6, "day": 3},
    ]
    assert "&lt;b&gt;tout&lt;/b&gt; &amp; rien" in json.dumps(data, ensure_ascii=False)


def test_cli_ics_says_what_it_left_out(corpus, capsys):
    assert main(["export", corpus, "--no-cache", "-o", "t.ics"]) == 0
    err = capsys.readouterr().err
    assert "3 events not dated to a day left out of the calendar" in err and "wrote 2 events to t.ics (ics)" in err
    events = _calendar(Path("t.ics").read_text(encoding="utf-8"))
    assert sorted(e.decoded("DTSTART") for e in events) == [D(2024, 5, 9), D(2024, 6, 3)]
    assert main(["export", corpus, "--no-cache", "--format", "ics", "--kind", "election"]) == 0
    captured = capsys.readouterr()
    assert not _calendar(captured.out) and "1 event not dated to a day left out" in captured.err


def test_seeds_export_validates(seeds_store):
    ids = seeds_store.query(Query())
    jsonschema.validate(json.loads(render(seeds_store, ids, "timelinejs")), SCHEMA)
    assert len(_calendar(render(seeds_store, ids, "ics"))) == len(ids) - left_out(seeds_store, ids, "ics") > 0


@pytest.mark.parametrize("suffix", [".timelinejs.json", ".ics"])
def test_hostile_file_names_reach_neither_file_raw(tmp_path, capsys, suffix):
    # Names with an escape sequence, a bidi override and a byte that is not UTF-8 (a lone
    # surrogate in Python): the files decode as strict UTF-8, with no control but line ends.
    folder = tmp_path / "d"
    folder.mkdir()
    for name in (b"f\x1b]0;PWNED\x07.txt", b"b\xe2\x80\xaeevil.txt", b"k\xff.txt"):
        (folder / os.fsdecode(name)).write_bytes("date 2025-03-12\nLe 11 mars 2025, la Russie a parlé.\n".encode())
    output = tmp_path / f"t{suffix}"
    assert main(["export", str(folder), "--no-cache", "-o", str(output)]) == 0
    text = output.read_bytes().decode("utf-8")  # strict: no lone surrogate was written
    assert not re.search("[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    if suffix == ".ics":
        told = " ".join(str(event["DESCRIPTION"]) for event in _calendar(text))
    else:
        told = " ".join(slide["text"]["text"] for slide in json.loads(text)["events"])
    assert "f\\x1b]0;PWNED\\x07.txt" in told and "b\\u202eevil.txt" in told and "k\\xff.txt" in told  # visible escapes


def test_ics_places_an_event_with_a_clock_time_at_that_time(store):
    events = {str(e["SUMMARY"]): e for e in _calendar(render(store, range(len(store.events)), "ics", stamp=STAMP))}
    clock, evening = events["clock"], events["evening"]
    assert clock.decoded("DTSTART") == dt.datetime(2024, 5, 11, 7, 30) and "DTEND" not in clock  # floating time
    assert evening.decoded("DTSTART") == D(2024, 5, 10) and evening["DTSTART"].params["VALUE"] == "DATE"


def test_the_timelinejs_title_slide_says_the_filter_escaped(store):
    from tui.export import describe_query

    actor = next(a.id for a in store.actors)
    query = Query(actors=frozenset({actor}), kinds=frozenset({"meeting"}), text="rencontre", date_from=D(2024, 1, 1))
    said = describe_query(store, query)
    assert said == f"{store.actors[actor].name} · kinds: meeting · words: rencontre · from 2024-01-01"
    assert describe_query(store, Query()) == ""
    data = json.loads(render(store, store.query(query), "timelinejs", query=query))
    jsonschema.validate(data, SCHEMA)
    assert "<p>Filter: " in data["title"]["text"]["text"]
    hostile = Query(text="<b>x</b> \x1b[2J")
    title = json.loads(render(store, store.query(hostile), "timelinejs", query=hostile))["title"]["text"]["text"]
    assert "<b>x" not in title and "&lt;b&gt;x&lt;/b&gt;" in title and "\x1b" not in title
