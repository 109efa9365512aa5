"""Rendering a (filtered) timeline for other tools: JSON, CSV, Markdown, TimelineJS3 JSON and
iCalendar. Each event carries the user's star and note when ``bookmarks`` (event id → bookmark,
``tui.bookmarks.resolve``) are given.

Pure functions of the store and the events' ids (the date stamp of an iCalendar file is passed in);
writing the result is the caller's (the CLI, the reader's palette).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import html
import io
import re
from collections.abc import Mapping, Sequence
from pathlib import PurePath

from tui import __version__
from tui.bookmarks import Bookmark
from tui.corpus.document import main_language
from tui.extract.lexicon import function_words, lexicon
from tui.extract.merge import (
    ARTICLE_DATED, CONTINUES, FIRST, NAMES_AGAIN, NOUN_AGAIN, QUOTED_ON, REFERS_BACK, REFERS_BY_NOUN, RETOLD, SAME_ARTICLE, SAME_ARTICLE_WORD, SAME_KIND_DAY, SAME_HAPPENING, SAME_LAUNCH, SAME_NAME,
    SAME_REPORT, SAME_WORD, SPEAKS_ON, SAME_WORDS_DAY, TELLS_AGAIN, TITLE, TITLE_PERSON, TITLE_WORDS,
)
from tui.extract.model import Event, Evidence, Precision, When
from tui.store import Query, Store
from tui.util.safe import safe_display, safe_json
from tui.util.text import fold, folded_span

FORMATS = {".json": "json", ".csv": "csv", ".md": "markdown", ".markdown": "markdown", ".ics": "ics"}
# A TimelineJS file is JSON too: only this double suffix (or --format) asks for it, so that a
# plain "timeline.json" keeps the JSON contract.
TIMELINEJS_SUFFIX = ".timelinejs.json"
FORMAT_NAMES = {"json": "JSON", "csv": "CSV", "markdown": "Markdown", "timelinejs": "TimelineJS", "ics": "iCalendar"}


def format_for(path: str | PurePath) -> str | None:
    """The export format a file name asks for by its suffix (".ics", ".timelinejs.json", ".csv"...),
    or None when its suffix names none."""
    name = PurePath(path).name.lower()
    if name.endswith(TIMELINEJS_SUFFIX):
        return "timelinejs"
    return FORMATS.get(PurePath(name).suffix)


Bookmarks = Mapping[int, Bookmark]
NO_BOOKMARKS: Bookmarks = {}


def event_record(store: Store, event_id: int, *, evidence: bool = True, bookmark: Bookmark | None = None) -> dict:
    """The JSON contract of one event (README lists the fields; scripts rely on them).
    ``evidence=False`` leaves out the sentences telling it (a CSV row has no room for them);
    ``bookmark``: the user's star and note on it."""
    event = store.events[event_id]
    when = event.when
    return {
        "id": event.id,
        "date": when.label,
        "precision": when.precision.value,
        "start": when.first.isoformat(),
        "end": when.last.isoformat(),
        "uncertain": when.uncertain,
        "text": event.text,
        "actors": [store.actors[a].name for a in event.actors],
        "participants": [store.actors[a].name for a in event.participant_ids],
        "places": [store.actors[a].name for a in event.place_ids],
        "doc": store.documents[event.doc].path,
        "span": [event.start, event.end],
        "headline": event.headline or event.text,
        "kind": event.kind,
        "reported": event.reported.label if event.reported else None,
        "dated_by_article": event.dated_by_article,
        **({"evidence": [_evidence_record(store, e) for e in event.evidence]} if evidence else {}),
        "sources": [store.documents[d].path for d in event.sources],
        "starred": bool(bookmark and bookmark.starred),
        "note": bookmark.note if bookmark and bookmark.note else None,
    }


def _evidence_record(store: Store, evidence: Evidence) -> dict:
    text = store.documents[evidence.doc].text
    dated = evidence.timex_start >= 0
    return {
        "doc": store.documents[evidence.doc].path,
        "span": [evidence.start, evidence.end],
        "text": folded_span(text, evidence.start, evidence.end),
        "date_text": text[evidence.timex_start : evidence.timex_end] if dated else None,
        "date_span": [evidence.timex_start, evidence.timex_end] if dated else None,
        "clause": list(evidence.clause) if evidence.clause else None,
        "rule": evidence.rule,
    }


def explanation(store: Store, event_id: int) -> dict:
    """Event ``event_id``'s record with, for each piece of evidence, why it tells the event
    (``why``: the rule that joined it, in words)."""
    record = event_record(store, event_id)
    event = store.events[event_id]
    for row, evidence in zip(record["evidence"], event.evidence):
        row["why"] = why_joined(store, event, evidence)
    return record


# Why a rule joins a telling to an event, in words (``newsline events --explain``); "first" and
# "refers back" are told by why_joined, which names the telling's own words.
_JOINED_BECAUSE = {
    SAME_ARTICLE: "told again by the same article, with the same kind, a compatible date and a shared participant",
    SAME_ARTICLE_WORD: "told again further on in the same article, with the same kind and word, to a person it names",
    SAME_HAPPENING: "told by another article with the same kind, a compatible date and a shared participant",
    SAME_WORD: "told by another article with the same kind and date, in the same word, naming one of its participants",
    SAME_NAME: "told by another article on the same day with the same kind, named alike ('le Forum')",
    ARTICLE_DATED: "told by another article with the same kind and a shared participant, one of the two dated only by its article, on a compatible day",
    RETOLD: "told again, undated, by another article naming the same thing and a shared participant, up to three months after",
    SAME_WORDS_DAY: "told by another article on the same day, naming one of its organisations and saying three of the same words",
    TITLE: "the article's title tells it (the lead's first telling of its kind, naming the title's actor)",
    TITLE_WORDS: "the title tells nothing the lexicon knows, but says the words of this telling of the lead",
    TITLE_PERSON: "the title tells nothing the lexicon knows nor the lead's words, and names the person of this telling of the lead",
    NAMES_AGAIN: "a sentence opening on a demonstrative shows the noun an earlier telling of it used ('Cette découverte …')",
    REFERS_BY_NOUN: "a later sentence telling nothing of its own there names it by a noun of its kind after a demonstrative or opening the sentence ('Cette victoire …', 'The report …')",
    QUOTED_ON: "the next sentence quotes on the one person who spoke here, naming them only by a pronoun ('« Moi, dit-il, … »')",
    TELLS_AGAIN: "a later sentence telling nothing the lexicon knows names its actors again and says its words",
    SAME_LAUNCH: "a later sentence of the article tells what the presenter of the lead's launch did there, naming no one and nothing else",
    NOUN_AGAIN: "a later event noun after 'the', 'leur' ('lors de leur rencontre') names it again, said with its word, naming no other person",
    SPEAKS_ON: "the one person who spoke just before is quoted on, naming no one else and no other date",
    SAME_KIND_DAY: "told again further on in the same article, with the same kind, on its day (or undated), with an actor in common and no other person",
    SAME_REPORT: "a later statement of the author of the report the lead tells, naming no one else, says what the report says",
    CONTINUES: "the next sentence goes on with it, naming one of its actors again or quoting what was said",
}


def why_joined(store: Store, event: Event, evidence: Evidence) -> str:
    """The rule that joined ``evidence`` to ``event``, in words."""
    if evidence.rule == FIRST:
        if event.dated_by_article:
            return "first: dated by its article (no sentence gives a date)"
        if event.dated_by_report:
            return "first: dated by the day it was reported (no sentence gives its own date)"
        return "first: gives the event its date"
    if evidence.rule == REFERS_BACK:
        phrase = referring_phrase(store, evidence)
        said = f"'{phrase}'" if phrase else "it"
        return f"refers back: {said} continues the event told before"
    return f"{evidence.rule}: {_JOINED_BECAUSE[evidence.rule]}" if evidence.rule in _JOINED_BECAUSE else evidence.rule


_WORD = re.compile(r"[^\W_]+")


def referring_phrase(store: Store, evidence: Evidence) -> str:
    """The words of ``evidence``'s clause that refer back to an event told before ("cette
    conversation"): a demonstrative and the event noun after it, else the article and event
    noun opening it ("The settlement"); "" when none is found."""
    document = store.documents[evidence.doc]
    lo, hi = evidence.clause or (evidence.start, evidence.end)
    words = list(_WORD.finditer(document.text, lo, hi))
    roles = lexicon(document.lang).roles([fold(w.group()) for w in words])
    fallback = ""
    for k in range(len(words) - 1):
        if "demonstratives" not in roles[k]:
            continue
        noun = roles[k + 1].get("noun")
        last = words[k + noun[1]] if noun else words[k + 1]
        phrase = " ".join(document.text[words[k].start() : last.end()].split())
        if noun:
            return phrase
        fallback = fallback or phrase
    return fallback or _definite_phrase(document.text, words, roles, document.lang)


def _definite_phrase(text: str, words: list, roles: list, lang: str) -> str:
    """A clause's opening article and event noun ("The settlement", "Le sommet"), else ""."""
    if not words or fold(words[0].group()) not in function_words().determiners["fr" if lang == "fr" else "en"]:
        return ""
    noun = next((k for k in range(1, min(len(words), 4)) if "noun" in roles[k]), None)
    return " ".join(text[words[0].start() : words[noun].end()].split()) if noun else ""


def render(store: Store, ids: Sequence[int], fmt: str, *, stamp: dt.datetime | None = None,
           bookmarks: Bookmarks = NO_BOOKMARKS, query: Query | None = None) -> str:
    """Events ``ids`` of ``store`` in format ``fmt`` (a value of FORMATS, or "timelinejs").
    ``stamp``: when an iCalendar file says it was made (default: now); ``bookmarks``: the user's
    stars and notes, by event id; ``query``: the filter that chose them (a TimelineJS title
    slide says it)."""
    if fmt == "json":
        return safe_json([event_record(store, i, bookmark=bookmarks.get(i)) for i in ids]) + "\n"
    if fmt == "csv":
        return _csv(store, ids, bookmarks)
    if fmt == "markdown":
        return _markdown(store, ids, bookmarks)
    if fmt == "timelinejs":
        return _timelinejs(store, ids, bookmarks, describe_query(store, query) if query else "")
    if fmt == "ics":
        return _ics(store, ids, stamp or dt.datetime.now(dt.timezone.utc), bookmarks)
    raise ValueError(f"unknown export format {fmt!r}")


def _csv(store: Store, ids: Sequence[int], bookmarks: Bookmarks) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["id", "date", "precision", "start", "end", "uncertain", "text", "actors", "doc", "span_start", "span_end",
                     "headline", "kind", "reported", "sources", "starred", "note"])
    for i in ids:
        r = event_record(store, i, evidence=False, bookmark=bookmarks.get(i))
        # A spreadsheet or a `cat` shows these cells: no control character is written raw.
        writer.writerow(
            [r["id"], r["date"], r["precision"], r["start"], r["end"], str(r["uncertain"]).lower(), _cell(r["text"]),
             _cell("; ".join(r["actors"])), _cell(r["doc"]), *r["span"], _cell(r["headline"]), r["kind"],
             r["reported"] or "", _cell("; ".join(r["sources"])), str(r["starred"]).lower(), _cell(r["note"] or "")]
        )
    return buffer.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """A CSV cell from data: controls made visible, and a text a spreadsheet would run as a
    formula ("=HYPERLINK(...)", "+1", "@SUM") quoted with a leading apostrophe (OWASP's advice)."""
    shown = safe_display(text)
    return "'" + shown if shown.startswith(FORMULA_STARTS) else shown


def _markdown(store: Store, ids: Sequence[int], bookmarks: Bookmarks) -> str:
    lines = ["# Timeline", ""]
    lang = main_language(store.documents)
    year = None
    for i in ids:
        event = store.events[i]
        if event.when.first.year != year:
            year = event.when.first.year
            lines += ["", f"## {year}", ""]
        actors = ", ".join(store.actors[a].name for a in event.actors)
        suffix = f" — {_escape(actors)}" if actors else ""
        sources = "; ".join(store.documents[d].path for d in event.sources)
        headline = event.headline or event.text
        bookmark = bookmarks.get(i)
        star = "★ " if bookmark and bookmark.starred else ""
        lines.append(f"- {star}**{event.when.display(lang)}** [{event.kind}] {_escape(headline)}{suffix} _({_escape(sources)})_")
        if bookmark and bookmark.note:
            lines += [f"  > {_escape(line)}" if line.strip() else "  >" for line in bookmark.note.splitlines()]
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def _escape(text: str) -> str:
    """Article text is data: keep Markdown from reading it as markup, and controls visible."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in safe_display(text))


# -- what TimelineJS and iCalendar share: names, ids, citations --------------------------------


def kind_name(kind: str) -> str:
    """An event kind as a heading or a calendar category shows it ("Meeting")."""
    return kind.capitalize()


def event_uids(store: Store, ids: Sequence[int]) -> list[str]:
    """A stable id per event of ``ids``: a hash of its article's content and of the sentence and
    clause telling it first, with its kind. It survives re-extraction, cache rebuilds and other
    filters while the article and the rules reading it are unchanged. Two events told by the same
    clause with the same kind get "-2", "-3" after the second and third."""
    digests: dict[int, bytes] = {}
    seen: dict[str, int] = {}
    uids = []
    for i in ids:
        event = store.events[i]
        digest = digests.get(event.doc)
        if digest is None:
            text = store.documents[event.doc].text.encode("utf-8", "surrogatepass")
            digest = digests[event.doc] = hashlib.blake2b(text, digest_size=16).digest()
        first = event.evidence[0] if event.evidence else Evidence(event.doc, event.start, event.end)
        where = f":{first.start}:{first.end}:{first.clause_start}:{first.clause_end}:{event.kind}"
        uid = "newsline-" + hashlib.blake2b(digest + where.encode("ascii"), digest_size=10).hexdigest()
        seen[uid] = seen.get(uid, 0) + 1
        uids.append(uid if seen[uid] == 1 else f"{uid}-{seen[uid]}")
    return uids


def tellings(store: Store, event: Event) -> list[tuple[str, str]]:
    """(sentence, citation) for each sentence telling ``event``, the one giving its date first;
    plain text from the articles (untrusted: each format escapes it)."""
    told = event.evidence or (Evidence(event.doc, event.start, event.end),)
    return [
        (" ".join(store.documents[e.doc].text[e.start : e.end].split()), citation(store, e.doc)) for e in told
    ]


def citation(store: Store, doc: int) -> str:
    """Where a sentence was read: "Title — Source, 2025-03-12 (folder/file.txt)"."""
    document = store.documents[doc]
    said = ", ".join(part for part in (document.source, document.dct.iso()) if part)
    return f"{document.title} — {said} ({document.path})"


# -- TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html) -----------------------

# How many date parts (year, month, day) place each precision; a range's ends have their own.
_DATE_PARTS = {
    Precision.TIME: 3, Precision.DAY: 3, Precision.WEEK: 3, Precision.MONTH: 2, Precision.SEASON: 2,
    Precision.QUARTER: 2, Precision.YEAR: 1, Precision.DECADE: 1, Precision.CENTURY: 1,
}
# TimelineJS writes a day, a month, a year or a span of them itself; these it cannot say.
_SHOWN_AS_WRITTEN = (Precision.TIME, Precision.DECADE, Precision.CENTURY)
_UNCERTAIN = {"fr": "date incertaine", "en": "uncertain date"}
_CLOCK = re.compile(r"T(\d{2}):(\d{2})")


def _timelinejs(store: Store, ids: Sequence[int], bookmarks: Bookmarks, filtered: str = "") -> str:
    """The TimelineJS3 JSON of events ``ids``: a title slide, then one slide per event."""
    lang = main_language(store.documents)
    slides = [_slide(store, store.events[i], uid, lang, bookmarks.get(i)) for i, uid in zip(ids, event_uids(store, ids))]
    return safe_json({"title": _title_slide(store, ids, filtered), "events": slides}) + "\n"


def _title_slide(store: Store, ids: Sequence[int], filtered: str = "") -> dict:
    articles = len({d for i in ids for d in store.events[i].sources})
    text = f"<p>{_count(len(ids), 'event')} told by {_count(articles, 'article')}, extracted by Newsline.</p>"
    if filtered:
        text += f"<p>Filter: {_html(filtered)}</p>"
    return {"text": {"headline": "Timeline", "text": text}}


def describe_query(store: Store, query: Query) -> str:
    """The filter in words, as the filter bar shows it: "CIA, SVR (all of them, with their
    members) · kinds: call · words: premier contact · from 2025-03-01 to 2025-03-31 · starred";
    "" when it keeps every event."""
    parts = []
    if query.actors:
        names = ", ".join(sorted(store.actors[a].name for a in query.actors))
        how = [("all of them" if query.match_all else "any of them")] if len(query.actors) > 1 else []
        how += ["with their members"] if query.include_members else []
        parts.append(names + (f" ({', '.join(how)})" if how else ""))
    if query.kinds:
        parts.append("kinds: " + ", ".join(sorted(query.kinds)))
    if query.text.strip():
        parts.append("words: " + " ".join(query.text.split()))
    if query.date_from or query.date_to:
        since = f"from {query.date_from.isoformat()}" if query.date_from else ""
        until = f"to {query.date_to.isoformat()}" if query.date_to else ""
        parts.append(" ".join(p for p in (since, until) if p))
    if query.starred is not None:
        parts.append("starred")
    return " · ".join(parts)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _slide(store: Store, event: Event, uid: str, lang: str, bookmark: Bookmark | None = None) -> dict:
    """One event as a TimelineJS slide: its dates at their precision, its headline (starred: "★"),
    the user's note, the sentences telling it with their sources (HTML-escaped: TimelineJS renders
    both as HTML), its kind."""
    slide: dict = dict(zip(("start_date", "end_date"), _timeline_dates(event.when)))
    shown = _display_date(event.when, lang)
    if shown:
        slide["display_date"] = shown
    told = "".join(f"<p>{_html(sentence)}<br><small>— {_html(cited)}</small></p>" for sentence, cited in tellings(store, event))
    if bookmark and bookmark.note:
        note = "<br>".join(_html(line) for line in bookmark.note.splitlines())
        told = f"<p><em>Note: {note}</em></p>" + told
    star = "★ " if bookmark and bookmark.starred else ""
    slide["text"] = {"headline": star + _html(event.headline or event.text), "text": told}
    slide["group"] = kind_name(event.kind)
    slide["unique_id"] = uid
    return slide


def _timeline_dates(when: When) -> list[dict]:
    """[start] or [start, end] as TimelineJS date objects, each with only the parts its precision
    knows: a year alone for a year, a year and a month for a month, a day for a day."""
    first_parts, last_parts = _parts_of(when)
    start = _date_object(when.first, first_parts)
    if when.precision is Precision.TIME and (clock := _CLOCK.search(when.label)):
        start |= {"hour": int(clock[1]), "minute": int(clock[2])}
    end = _date_object(when.last, last_parts)
    return [start] if end.items() <= start.items() else [start, end]


def _parts_of(when: When) -> tuple[int, int]:
    """How many date parts place the first and the last day of ``when``."""
    if when.precision is Precision.RANGE:
        sides = when.label.split("/")
        return _label_parts(sides[0]), _label_parts(sides[-1])
    parts = _DATE_PARTS[when.precision]
    return parts, parts


def _label_parts(label: str) -> int:
    """The date parts an ISO label gives: 3 for a day or a week ("2025-03-11", "2025-W11"), 2 for a
    month, a season or a quarter ("2025-03", "2025-SU", "2025-Q1"), else 1 (a year, "199X")."""
    if re.match(r"\d{4}-(\d{2}-\d{2}|W\d)", label):
        return 3
    return 2 if re.match(r"\d{4}-(\d{2}|[A-Z]{2}|[QH]\d)", label) else 1


def _date_object(day: dt.date, parts: int) -> dict:
    return dict(list({"year": day.year, "month": day.month, "day": day.day}.items())[:parts])


def _display_date(when: When, lang: str) -> str | None:
    """The date as the reader shows it, when TimelineJS's own formatting would not say it: a part
    of a day, a decade, a century, or a date the text does not pin down (said in words)."""
    if when.uncertain:
        return f"{when.display(lang)} ({_UNCERTAIN.get(lang, _UNCERTAIN['en'])})"
    return when.display(lang) if when.precision in _SHOWN_AS_WRITTEN else None


def _html(text: str) -> str:
    """Article text is data: controls made visible, and the characters HTML reads as markup (< > &)
    escaped. It only ever stands between tags, never in an attribute, so quotes stay as written."""
    return html.escape(safe_display(text), quote=False)


# -- iCalendar (RFC 5545) ---------------------------------------------------------------------

ICS_LINE_OCTETS = 75  # RFC 5545 3.1: longer content lines are folded


def day_events(store: Store, ids: Sequence[int]) -> list[int]:
    """The events of ``ids`` a calendar can place on one day: those dated to a day (or a part of
    one); an iCalendar export leaves the others out."""
    return [i for i in ids if _on_one_day(store.events[i].when)]


def _on_one_day(when: When) -> bool:
    return when.precision in (Precision.DAY, Precision.TIME) and when.first == when.last < dt.date.max


def left_out(store: Store, ids: Sequence[int], fmt: str) -> int:
    """How many events of ``ids`` format ``fmt`` cannot hold (iCalendar: those not dated to a day)."""
    return len(ids) - len(day_events(store, ids)) if fmt == "ics" else 0


def _ics(store: Store, ids: Sequence[int], stamp: dt.datetime, bookmarks: Bookmarks) -> str:
    """An iCalendar file of the events of ``ids`` dated to a day: one all-day VEVENT each."""
    written = day_events(store, ids)
    stamped = stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Newsline//Newsline {__version__}//EN", "CALSCALE:GREGORIAN"]
    for i, uid in zip(written, event_uids(store, written)):
        lines += _vevent(store, store.events[i], uid, stamped, bookmarks.get(i))
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def _vevent(store: Store, event: Event, uid: str, stamped: str, bookmark: Bookmark | None = None) -> list[str]:
    """One event as a VEVENT: its day (all day) or its clock time (at that time, in the
    article's own local time: a floating time, RFC 5545 3.3.5), headline, sentences with their
    sources (after the user's note), kind (and "Starred" when starred)."""
    day = event.when.first
    told = [f"{safe_display(sentence)}\n— {safe_display(cited)}" for sentence, cited in tellings(store, event)]
    if event.when.uncertain:
        told.insert(0, f"Uncertain date: {event.when.display()}.")
    if bookmark and bookmark.note:
        told.insert(0, "Note: " + "\n".join(safe_display(line) for line in bookmark.note.splitlines()))
    description = "\n\n".join(told)  # a blank line between tellings
    lines = [
        "BEGIN:VEVENT", f"UID:{uid}@newsline", f"DTSTAMP:{stamped}",
        *_ics_start(event.when),
        f"SUMMARY:{ics_text(safe_display(event.headline or event.text))}", f"DESCRIPTION:{ics_text(description)}",
        f"CATEGORIES:{ics_text(kind_name(event.kind))}" + (",Starred" if bookmark and bookmark.starred else ""),
    ]
    if event.when.uncertain:
        lines.append("STATUS:TENTATIVE")
    return [*lines, "END:VEVENT"]




def _ics_start(when: When) -> list[str]:
    """DTSTART (and DTEND for a whole day): a clock time ("2012-11-10T16:45") at that time and
    no length; a day or a part of one ("2012-11-10TEV") all day."""
    day = when.first
    clock = _CLOCK.search(when.label)
    if clock:
        return [f"DTSTART:{_ics_date(day)}T{clock.group(1)}{clock.group(2)}00"]
    return [f"DTSTART;VALUE=DATE:{_ics_date(day)}", f"DTEND;VALUE=DATE:{_ics_date(day + dt.timedelta(days=1))}"]


def _ics_date(day: dt.date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"  # (strftime leaves years before 1000 short)


def ics_text(text: str) -> str:
    """An RFC 5545 TEXT value (3.3.11): backslash, semicolon, comma and line break escaped.
    ``text`` has been through safe_display but for the line breaks the program put in."""
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """A content line folded to lines of at most 75 octets (RFC 5545 3.1): each fold is a CRLF
    and a space, and never splits a character's UTF-8 bytes."""
    data = line.encode("utf-8")
    if len(data) <= ICS_LINE_OCTETS:
        return line
    pieces, start, room = [], 0, ICS_LINE_OCTETS
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # a continuation byte: cut before its character
            cut -= 1
        pieces.append(data[start:cut])
        start, room = cut, ICS_LINE_OCTETS - 1  # the space opening the next line counts
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode("utf-8")
