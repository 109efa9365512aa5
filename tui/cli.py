"""The `newsline` command: the reader, and headless commands over the same store.

    newsline [PATH...]                 open the reader (the bundled seeds without PATH)
    newsline events [PATH...] ...      the timeline as a table or JSON
    newsline actors [PATH...] ...      actors with their counts
    newsline dates FILE...             temporal expressions in TIMEX3 terms
    newsline check [PATH...]           report files that cannot be read (exit 1 if any is skipped)
    newsline export [PATH...] -o FILE  the (filtered) timeline as JSON, CSV, Markdown, TimelineJS or iCalendar
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, NoReturn

from tui import __version__

# What a command needs is imported where it runs: `newsline dates FILE` should not pay for the
# loading pipeline, Rich's tables or the store, nor `newsline --help` for anything (start-up is
# most of a short command's time; tests/bench/bench_startup.py measures it).
if TYPE_CHECKING:
    import datetime as dt

    from rich.console import Console
    from rich.text import Text

    from tui.bookmarks import Bookmark
    from tui.extract.model import Event, Evidence
    from tui.store import Query, Store

COMMANDS = ("events", "actors", "dates", "check", "export")
TABLE_TEXT_CHARS = 110  # the table shows the start of each headline; JSON has it whole


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _lenient_output()
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args)
        return _run_reader(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `newsline events | head`
        return 0


def _lenient_output() -> None:
    """Characters the output's encoding lacks (an article's "é" on an ASCII or Latin-1
    terminal) written as escapes rather than failing the command half-way."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # (not on a replaced stream)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            reconfigure(errors="backslashreplace")


class _Parser(argparse.ArgumentParser):
    """argparse, with the argument it quotes in an error (`*` can expand to a file named
    ``-\x1b]0;...``) shown through safe_display."""

    def error(self, message: str) -> NoReturn:
        from tui.util.safe import safe_display

        super().error(safe_display(message))


# -- the reader -------------------------------------------------------------------------------


def _reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="newsline",
        description="A terminal reader that turns news articles into a timeline of events.",
        epilog="Headless commands: newsline {events,actors,dates,check} --help",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the bundled seeds)")
    parser.add_argument("--actors", dest="actors_files", action="append", default=[], metavar="FILE", help="extra actors YAML file")
    parser.add_argument("--theme", help="theme to start with (see themes/)")
    parser.add_argument(
        "--no-cache", dest="cache", action="store_false", help="extract every article again; do not read or write the cache"
    )
    _merge_arg(parser)
    parser.add_argument(
        "--watch", action="store_true", help="watch the folders: new, changed and removed articles update the timeline"
    )
    parser.add_argument("--version", action="version", version=f"newsline {__version__}")
    return parser


def _merge_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-merge", dest="merge", action="store_false",
        help="one event per telling: do not join the sentences telling one happening (cached apart)",
    )


def _run_reader(argv: list[str]) -> int:
    args = _reader_parser().parse_args(argv)
    from tui.ui.app import NewslineApp  # Textual is only imported for the reader

    app = NewslineApp(
        paths=args.paths, actors_files=args.actors_files, theme_name=args.theme, cache=args.cache, merge=args.merge,
        watch=args.watch,
    )
    with _no_cache_if(not args.cache):
        app.run()
    return app.return_code or 0


@contextmanager
def _no_cache_if(no_cache: bool) -> Iterator[None]:
    """Within, ``--no-cache`` holds for the compiled language data too (tui.util.usercache)."""
    if not no_cache:
        yield
        return
    from tui.util.usercache import bypassed

    with bypassed():
        yield


# -- headless commands ------------------------------------------------------------------------


def _command_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="newsline")
    sub = parser.add_subparsers(dest="command", required=True)

    def corpus_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the bundled seeds)")
        p.add_argument(
            "--actors", "--actors-file", dest="actors_files", action="append", default=[], metavar="FILE",
            help="extra actors YAML file (overrides the built-in gazetteer and the corpus's actors.yaml)",
        )
        p.add_argument(
            "--no-cache", dest="cache", action="store_false", help="extract every article again; do not read or write the cache"
        )
        _merge_arg(p)

    def filter_args(p: argparse.ArgumentParser) -> None:
        corpus_args(p)
        p.add_argument("--actor", action="append", default=[], metavar="NAME", help="only events naming this actor (repeatable)")
        p.add_argument("--all-actors", action="store_true", help="events naming all the --actor actors, not any")
        p.add_argument(
            "--members", action="store_true", help="an organisation or country also stands for its members (SVR, Moscou for Russie)"
        )
        p.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
        p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date, inclusive")
        p.add_argument("--text", default="", help="only events whose headline or sentences have these words")
        p.add_argument(
            "--kind", action="append", default=[], metavar="KIND",
            help="only events of this kind (repeatable): meeting, statement, ...; an unknown kind lists them all",
        )
        p.add_argument("--starred", action="store_true", help="only the events starred in the reader (*)")

    events = sub.add_parser("events", help="the timeline of events in date order")
    filter_args(events)
    events.add_argument("--format", choices=("table", "json"), default="table")
    events.add_argument(
        "--explain", type=int, metavar="ID",
        help="event ID (its id in the JSON): every sentence telling it, and why each was joined to it",
    )

    export = sub.add_parser("export", help="write the (filtered) timeline to a file")
    filter_args(export)
    export.add_argument(
        "--format", choices=("json", "csv", "markdown", "timelinejs", "ics"),
        help="default: from the file's suffix (.json .csv .md .ics; .timelinejs.json for TimelineJS), else json; "
        "ics holds only the events dated to a day",
    )
    export.add_argument("-o", "--output", metavar="FILE", help="written atomically; default: standard output")

    actors = sub.add_parser(
        "actors", help="actors with their mention and event counts",
        description="Every actor found, with its mention and event counts: those named in no event too "
        "(Events 0), which the reader's Actors sidebar leaves out (they would filter the timeline to nothing).",
    )
    corpus_args(actors)
    actors.add_argument("--format", choices=("table", "json"), default="table")

    dates = sub.add_parser("dates", help="temporal expressions of each file, as TIMEX3")
    dates.add_argument("files", nargs="+", metavar="FILE")
    dates.add_argument("--format", choices=("table", "json"), default="json")

    check = sub.add_parser("check", help="report files that cannot be read")
    corpus_args(check)
    return parser


def _run_command(argv: list[str]) -> int:
    args = _command_parser().parse_args(argv)
    if args.command == "dates":
        return _dates(args)
    with _no_cache_if(not args.cache):
        return _run_corpus_command(args)


def _run_corpus_command(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.text import Text

    from tui.util.safe import safe_display

    out = Console(soft_wrap=False, highlight=False)
    err = Console(stderr=True, highlight=False)
    try:
        # Dates are checked before the corpus loads (which can take a while); actor names after.
        days = _days(args) if args.command in ("events", "export") else (None, None)
        kinds = _kinds(args) if args.command in ("events", "export") else frozenset()
        store = _open_store(args, err)
        if args.command == "check":
            return _check(store, out)
        _report_problems(store, err)
        if args.command == "actors":
            return _actors(args, store, out)
        if args.command == "events" and args.explain is not None:
            return _explain(args, store, out)
        marks = _bookmarks(store, err)
        query = _query(args, store, *days, kinds)
        if args.starred:
            from dataclasses import replace

            query = replace(query, starred=frozenset(e for e, b in marks.items() if b.starred))
        ids = store.query(query)
    except UsageError as error:
        err.print(Text(safe_display(f"newsline: {error}"), style="red"))
        return 2
    if args.command == "events":
        return _events(args, store, ids, out, marks)
    return _export(args, store, ids, out, err, marks, query)


def _bookmarks(store: Store, err: Console) -> dict[int, Bookmark]:
    """The reader's bookmarks found in ``store`` (event id → bookmark); a file that cannot be
    used is said on stderr and left as it is (only the reader keeps a corrupt one aside)."""
    from rich.text import Text

    from tui.bookmarks import BookmarksError, load_bookmarks, resolve
    from tui.util.safe import safe_display

    try:
        loaded = load_bookmarks(keep_aside=False)
    except BookmarksError as error:
        err.print(Text(safe_display(f"newsline: {error}"), style="yellow"))
        return {}
    if loaded.problem:
        err.print(Text(safe_display(f"newsline: {loaded.problem}"), style="yellow"))
    return resolve(loaded.bookmarks, store)


PROGRESS_MIN_FILES = 200  # a smaller corpus loads too fast for a bar to help


def _open_store(args: argparse.Namespace, err: Console) -> Store:
    """The store, with a progress bar on stderr for a large corpus when stderr is a terminal."""
    from tui.loading import open_store

    if not sys.stderr.isatty():
        return open_store(args.paths, actors_files=args.actors_files, cache=args.cache, merge=args.merge)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from tui.loading.ingest import throttled

    # No refresh thread (auto_refresh=False): the extraction pool can then fork its workers.
    bar = Progress(
        TextColumn("newsline: reading articles"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=err, transient=True, auto_refresh=False,
    )
    task = None

    def show(done: int, total: int) -> None:
        nonlocal task
        if total < PROGRESS_MIN_FILES:
            return
        if task is None:
            bar.start()
            task = bar.add_task("read", total=total)
        bar.update(task, completed=done)
        bar.refresh()

    try:
        return open_store(
            args.paths, actors_files=args.actors_files, progress=throttled(show, 0.1), cache=args.cache, merge=args.merge
        )
    finally:
        if task is not None:
            bar.stop()


def _report_problems(store: Store, err: Console) -> None:
    from rich.text import Text

    from tui.corpus.document import Severity
    from tui.util.safe import safe_display

    for problem in store.problems:
        label = "skipped" if problem.severity is Severity.ERROR else "warning"
        err.print(Text(safe_display(f"newsline: {label}: {problem}"), style="yellow"), soft_wrap=True)


def _check(store: Store, out: Console) -> int:
    from rich.text import Text

    from tui.corpus.document import Severity
    from tui.util.safe import safe_display

    skipped = [p for p in store.problems if p.severity is Severity.ERROR]
    for problem in store.problems:
        style = "bold red" if problem.severity is Severity.ERROR else "yellow"
        line = Text()
        line.append(f"{problem.severity.value:<8}", style=style)
        line.append(f"{safe_display(problem.path)}: ", style="bold")
        line.append(safe_display(problem.message))
        out.print(line, soft_wrap=True)
    summary = (
        f"{_count(len(store.documents), 'article')} loaded, {len(skipped)} skipped, "
        f"{_count(len(store.events), 'event')}, {_count(len(store.actors), 'actor')}"
    )
    out.print(Text(summary, style="bold red" if skipped else "green"), soft_wrap=True)
    return 1 if skipped else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _parse_day(value: str | None, *, end: bool) -> dt.date | None:
    if value is None:
        return None
    import datetime as dt

    from tui.corpus.document import DocDate

    text = value.strip()
    if len(text) == 4 and text.isdigit():
        return dt.date(int(text), 12, 31) if end else dt.date(int(text), 1, 1)
    day = DocDate.parse(text)
    return day.last_day() if end else day.first_day()


class UsageError(Exception):
    """A command-line value that does not make sense; the message says which."""


def _days(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    try:
        return _parse_day(args.date_from, end=False), _parse_day(args.date_to, end=True)
    except ValueError as error:
        raise UsageError(str(error)) from error


def _kinds(args: argparse.Namespace) -> frozenset[str]:
    """The ``--kind`` values, each checked against the taxonomy."""
    if not args.kind:
        return frozenset()  # (no taxonomy to load)
    from tui.extract.lexicon import event_kinds

    known = event_kinds()
    kinds = frozenset(kind.strip().lower() for kind in args.kind)
    unknown = sorted(kinds - set(known))
    if unknown:
        raise UsageError(f"unknown kind {unknown[0]!r} (kinds: {', '.join(known)})")
    return kinds


def _query(
    args: argparse.Namespace,
    store: Store,
    date_from: dt.date | None,
    date_to: dt.date | None,
    kinds: frozenset[str] = frozenset(),
) -> Query:
    from tui.store import Query

    actor_ids = []
    for name in args.actor:
        actor = store.find_actor(name)
        if actor is None:
            close = ", ".join(a.name for a in store.search_actors(name)[:5])
            hint = f" (did you mean: {close}?)" if close else ""
            raise UsageError(f"no actor named {name!r}{hint}")
        actor_ids.append(actor.id)
    return Query(
        actors=frozenset(actor_ids),
        match_all=args.all_actors,
        include_members=args.members,
        text=args.text,
        date_from=date_from,
        date_to=date_to,
        kinds=kinds,
    )


def _events(args: argparse.Namespace, store: Store, ids: Sequence[int], out: Console, marks: Mapping[int, Bookmark]) -> int:
    from tui.util.safe import safe_display, write_safe_json_list

    if args.format == "json":
        from tui.export import event_record

        write_safe_json_list(out.file, (event_record(store, i, bookmark=marks.get(i)) for i in ids))
        return 0
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from tui.corpus.document import main_language

    lang = main_language(store.documents)
    table = Table(expand=True, header_style="bold", pad_edge=False, box=box.SIMPLE_HEAD)
    table.add_column("Date", no_wrap=True, style="cyan")
    table.add_column("Kind", no_wrap=True, style="green")
    table.add_column("Event", ratio=3, overflow="fold")
    table.add_column("Actors", ratio=2, overflow="fold", style="magenta")
    for i in ids:
        event = store.events[i]
        bookmark = marks.get(i)
        text = Text("★ " if bookmark and bookmark.starred else "", style="bold yellow")
        text.append(safe_display(_shorten(event.headline or event.text, TABLE_TEXT_CHARS)), style="")
        if len(event.sources) > 1:
            text.append(f" ×{len(event.sources)}", style="bold")
        if bookmark and bookmark.note:
            text.append(f"\n✎ {safe_display(_shorten(' '.join(bookmark.note.split()), TABLE_TEXT_CHARS))}", style="italic")
        text.append(f"\n{safe_display(store.documents[event.doc].path)}", style="dim")
        actors = Text(safe_display(", ".join(store.actors[a].name for a in event.actors)))
        table.add_row(_date_cell(event, lang, "\n"), Text(safe_display(event.kind)), text, actors)
    out.print(table)
    out.print(Text(f"{len(ids)} of {len(store.events)} events", style="dim"))
    return 0


DATE_CHARS = 11  # a longer date (a range of days, a time) is broken in two in the table


def _date_cell(event: Event, lang: str, space: str = " ") -> Text:
    """An event's date at its precision; "(article)" when only its article dates it, "reported"
    when only the day it was reported does (``space`` between the two; a newline in the table,
    which also breaks a long date after its dash or before its time)."""
    from rich.text import Text

    shown = event.when.display(lang)
    if space == "\n" and len(shown) > DATE_CHARS:
        shown = shown.replace("–", "–\n", 1) if "–" in shown else shown.replace("T", "\nT", 1)
    if event.dated_by_article:
        return Text.assemble(shown, (f"{space}(article)", "dim"))
    if event.dated_by_report:
        return Text.assemble((f"reported{space}", "dim"), shown)
    return Text(shown)


def _explain(args: argparse.Namespace, store: Store, out: Console) -> int:
    """Event ``args.explain``: its date, kind, headline and actors, and each sentence telling it
    with its date phrase and the rule that joined it."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.text import Text

    from tui.corpus.document import main_language
    from tui.export import explanation
    from tui.util.safe import safe_display, safe_json

    n = len(store.events)
    if not 0 <= args.explain < n:
        raise UsageError(f"no event {args.explain} (ids run from 0 to {n - 1})" if n else "the store has no events")
    record = explanation(store, args.explain)
    if args.format == "json":
        out.file.write(safe_json(record) + "\n")
        return 0
    event = store.events[args.explain]
    head = Text.assemble((f"Event {event.id}", "bold"), "  ", _date_cell(event, main_language(store.documents)), "  ")
    head.append(safe_display(event.kind), style="green")
    out.print(head)
    out.print(Text(safe_display(record["headline"]), style="bold"))
    if record["actors"]:
        out.print(Text.assemble(("Actors: ", "dim"), (safe_display(", ".join(record["actors"])), "magenta")))
    told = f"Told by {_count(len(record['sources']), 'article')}, in {_count(len(record['evidence']), 'sentence')}:"
    out.print(Text(told, style="dim"))
    for number, (row, evidence) in enumerate(zip(record["evidence"], event.evidence), 1):
        out.print()
        out.print(Text.assemble((f"{number}. ", "bold"), (safe_display(row["doc"]), "cyan")))
        lines = [_told_sentence(store, evidence)]
        if row["date_text"] is not None:
            lines.append(Text.assemble(("date phrase: ", "dim"), safe_display(" ".join(row["date_text"].split()))))
        lines.append(Text(safe_display(row["why"]), style="italic"))
        out.print(Padding(Group(*lines), (0, 0, 0, 3), expand=False))
    return 0


def _told_sentence(store: Store, evidence: Evidence) -> Text:
    """The sentence of one piece of evidence on one line, the clause telling the event in bold."""
    import re

    from rich.text import Text

    from tui.util.safe import safe_display

    text = store.documents[evidence.doc].text
    lo, hi = evidence.clause or (evidence.start, evidence.start)  # no clause known: nothing bold
    line = Text()
    for start, end, style in ((evidence.start, lo, ""), (lo, hi, "bold"), (hi, evidence.end, "")):
        line.append(safe_display(re.sub(r"\s+", " ", text[start:end])), style=style)
    line.rstrip()
    return line[len(line.plain) - len(line.plain.lstrip()) :]


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1] + "…"


def actor_json(store: Store, actor_id: int) -> dict:
    actor = store.actors[actor_id]
    return {
        "name": actor.name,
        "kind": actor.kind,
        "aliases": list(actor.aliases),
        "mentions": actor.mentions,
        "events": store.event_count(actor.id),
        "affiliations": [store.actors[a].name for a in actor.affiliations],
        "roles": [
            {"role": role.title, "preposition": role.preposition, "of": store.actors[role.of].name, "date": role.date,
             "doc": store.documents[role.doc].path}
            for role in actor.roles
        ],
    }


def _export(args: argparse.Namespace, store: Store, ids: Sequence[int], out: Console, err: Console,
            marks: Mapping[int, Bookmark], query: Query | None = None) -> int:
    from pathlib import Path

    from rich.text import Text

    from tui.export import format_for, left_out, render
    from tui.util.safe import safe_display

    output = Path(args.output) if args.output and args.output != "-" else None
    fmt = args.format or (format_for(output) if output else None) or "json"
    text = render(store, ids, fmt, bookmarks=marks, query=query)
    skipped = left_out(store, ids, fmt)
    if skipped:
        err.print(Text(f"newsline: {_count(skipped, 'event')} not dated to a day left out of the calendar", style="yellow"))
    if output is None:
        out.file.write(text)
        return 0
    from tui.util.atomic import write_atomically

    try:
        write_atomically(output, text)
    except OSError as error:
        err.print(Text(safe_display(f"newsline: cannot write {output}: {error.strerror or error}"), style="red"))
        return 1
    err.print(Text(safe_display(f"newsline: wrote {_count(len(ids) - skipped, 'event')} to {output} ({fmt})"), style="green"))
    return 0


def _actors(args: argparse.Namespace, store: Store, out: Console) -> int:
    from tui.util.safe import safe_display, write_safe_json_list

    if args.format == "json":
        write_safe_json_list(out.file, (actor_json(store, a.id) for a in store.actors))
        return 0
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(expand=True, header_style="bold", pad_edge=False, box=box.SIMPLE_HEAD)
    table.add_column("Actor", overflow="fold", ratio=3)
    table.add_column("Kind", style="cyan")
    table.add_column("Ment.", justify="right")
    table.add_column("Events", justify="right")
    table.add_column("Part of", overflow="fold", ratio=2)
    table.add_column("Also called", overflow="fold", style="dim", ratio=2)
    for actor in store.actors:
        table.add_row(
            Text(safe_display(actor.name)),
            Text(safe_display(actor.kind)),
            str(actor.mentions),
            str(store.event_count(actor.id)),
            Text(safe_display(", ".join(store.actors[a].name for a in actor.affiliations))),
            Text(safe_display(", ".join(actor.surfaces[:3]))),
        )
    out.print(table)
    return 0


@cache
def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _yellow(message: str) -> Text:
    from rich.text import Text

    return Text(message, style="yellow")


def _dates(args: argparse.Namespace) -> int:
    from pathlib import Path

    from tui.corpus.document import Problem
    from tui.corpus.reader import ArticleError, read_article
    from tui.extract.timex import tag_timexes
    from tui.util.safe import safe_display, safe_json

    results = []
    failed = 0
    for given in args.files:
        name = given  # exact in the JSON; escaped where a table or a message shows it
        try:
            document, _ = read_article(Path(given), name)
        except Exception as error:  # noqa: BLE001 - an ArticleError, or a reader bug: the other files still go
            reason = error if isinstance(error, ArticleError) else f"could not be read ({type(error).__name__}: {error})"
            _stderr().print(_yellow(safe_display(f"newsline: skipped: {Problem(name, str(reason))}")), soft_wrap=True)
            failed += 1
            continue
        spans = [(p.start, p.end) for p in document.paragraphs]
        timexes = tag_timexes(document.text, document.dct, document.lang, spans)
        results.append(
            {
                "doc": name,
                "dct": document.dct.iso(),
                "timexes": [
                    {"start": t.start, "end": t.end, "text": t.text, "type": t.type.value, "value": t.value} for t in timexes
                ],
            }
        )
    if args.format == "json":
        sys.stdout.write(safe_json(results) + "\n")
    else:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        out = Console(soft_wrap=False, highlight=False)
        for result in results:
            table = Table(title=Text(safe_display(f"{result['doc']} (dated {result['dct']})")), header_style="bold")
            for column in ("text", "type", "value", "start", "end"):
                table.add_column(column)
            for t in result["timexes"]:
                table.add_row(Text(safe_display(t["text"])), t["type"], t["value"], str(t["start"]), str(t["end"]))
            out.print(table)
    return 1 if failed and not results else 0
