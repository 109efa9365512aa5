"""The `newsline` command: the reader, and headless commands over the same store.

    newsline [PATH...]                 open the reader (the bundled seeds without PATH)
    newsline events [PATH...] ...      the timeline as a table or JSON
    newsline actors [PATH...] ...      actors with their counts
    newsline dates FILE...             temporal expressions in TIMEX3 terms
    newsline check [PATH...]           report files that cannot be read (exit 1 if any is skipped)
    newsline export [PATH...] -o FILE  the (filtered) timeline as JSON, CSV or Markdown
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tui import __version__
from tui.loading import open_store
from tui.corpus.document import Severity
from tui.export import event_record
from tui.store import Query, Store

COMMANDS = ("events", "actors", "dates", "check", "export")
TABLE_TEXT_CHARS = 110  # the table shows the start of each sentence; JSON has it whole


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args)
        return _run_reader(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `newsline events | head`
        return 0


# -- the reader -------------------------------------------------------------------------------


def _reader_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsline",
        description="A terminal reader that turns news articles into a timeline of events.",
        epilog="Headless commands: newsline {events,actors,dates,check} --help",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the bundled seeds)")
    parser.add_argument("--actors", action="append", default=[], metavar="FILE", help="extra actors YAML file")
    parser.add_argument("--theme", help="theme to start with (see themes/)")
    parser.add_argument("--no-cache", action="store_true", help="extract every article again; do not read or write the cache")
    parser.add_argument("--version", action="version", version=f"newsline {__version__}")
    return parser


def _run_reader(argv: list[str]) -> int:
    args = _reader_parser().parse_args(argv)
    from tui.ui.app import NewslineApp  # Textual is only imported for the reader

    app = NewslineApp(paths=args.paths, actors_files=args.actors, theme_name=args.theme, cache=not args.no_cache)
    app.run()
    return app.return_code or 0


# -- headless commands ------------------------------------------------------------------------


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsline")
    sub = parser.add_subparsers(dest="command", required=True)

    def corpus_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders (default: the bundled seeds)")
        p.add_argument(
            "--actors", "--actors-file", dest="actors_file", action="append", default=[], metavar="FILE",
            help="extra actors YAML file (overrides the built-in gazetteer and the corpus's actors.yaml)",
        )
        p.add_argument("--no-cache", action="store_true", help="extract every article again; do not read or write the cache")

    def filter_args(p: argparse.ArgumentParser) -> None:
        corpus_args(p)
        p.add_argument("--actor", action="append", default=[], metavar="NAME", help="only events naming this actor (repeatable)")
        p.add_argument("--all-actors", action="store_true", help="events naming all the --actor actors, not any")
        p.add_argument(
            "--members", action="store_true", help="an organisation or country also stands for its members (SVR, Moscou for Russie)"
        )
        p.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
        p.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date, inclusive")
        p.add_argument("--text", default="", help="only events whose sentence has these words")

    events = sub.add_parser("events", help="the timeline of events in date order")
    filter_args(events)
    events.add_argument("--format", choices=("table", "json"), default="table")

    export = sub.add_parser("export", help="write the (filtered) timeline to a file")
    filter_args(export)
    export.add_argument("--format", choices=("json", "csv", "markdown"), help="default: from the file's suffix, else json")
    export.add_argument("-o", "--output", metavar="FILE", help="written atomically; default: standard output")

    actors = sub.add_parser("actors", help="actors with their mention and event counts")
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
    out = Console(soft_wrap=False, highlight=False)
    err = Console(stderr=True, highlight=False)
    if args.command == "dates":
        return _dates(args, out, err)
    try:
        # Dates are checked before the corpus loads (which can take a while); actor names after.
        days = _days(args) if args.command in ("events", "export") else (None, None)
        store = _open_store(args, err)
        if args.command == "check":
            return _check(store, out)
        _report_problems(store, err)
        if args.command == "actors":
            return _actors(args, store, out)
        ids = store.query(_query(args, store, *days))
    except UsageError as error:
        err.print(Text(f"newsline: {error}", style="red"))
        return 2
    if args.command == "events":
        return _events(args, store, ids, out)
    return _export(args, store, ids, out, err)


PROGRESS_MIN_FILES = 200  # a smaller corpus loads too fast for a bar to help


def _open_store(args: argparse.Namespace, err: Console) -> Store:
    """The store, with a progress bar on stderr for a large corpus when stderr is a terminal."""
    if not sys.stderr.isatty():
        return open_store(args.paths, actors_files=args.actors_file, cache=not args.no_cache)
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
        return open_store(args.paths, actors_files=args.actors_file, progress=throttled(show, 0.1), cache=not args.no_cache)
    finally:
        if task is not None:
            bar.stop()


def _report_problems(store: Store, err: Console) -> None:
    for problem in store.problems:
        label = "skipped" if problem.severity is Severity.ERROR else "warning"
        err.print(Text(f"newsline: {label}: {problem}", style="yellow"), soft_wrap=True)


def _check(store: Store, out: Console) -> int:
    skipped = [p for p in store.problems if p.severity is Severity.ERROR]
    for problem in store.problems:
        style = "bold red" if problem.severity is Severity.ERROR else "yellow"
        line = Text()
        line.append(f"{problem.severity.value:<8}", style=style)
        line.append(f"{problem.path}: ", style="bold")
        line.append(problem.message)
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


def _query(args: argparse.Namespace, store: Store, date_from: dt.date | None, date_to: dt.date | None) -> Query:
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
    )


def _events(args: argparse.Namespace, store: Store, ids: Sequence[int], out: Console) -> int:
    if args.format == "json":
        out.file.write(json.dumps([event_record(store, i) for i in ids], ensure_ascii=False, indent=2) + "\n")
        return 0
    table = Table(expand=True, show_lines=False, header_style="bold", pad_edge=False)
    table.add_column("Date", no_wrap=True, style="cyan")
    table.add_column("Event", ratio=3, overflow="fold")
    table.add_column("Actors", ratio=1, overflow="fold", style="magenta")
    for i in ids:
        event = store.events[i]
        text = Text(_shorten(event.text, TABLE_TEXT_CHARS))
        text.append(f"\n{store.documents[event.doc].path}", style="dim")
        table.add_row(event.when.display(), text, Text(", ".join(store.actors[a].name for a in event.actors)))
    out.print(table)
    out.print(Text(f"{len(ids)} of {len(store.events)} events", style="dim"))
    return 0


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


def _export(args: argparse.Namespace, store: Store, ids: Sequence[int], out: Console, err: Console) -> int:
    from tui.export import FORMATS, render
    output = Path(args.output) if args.output and args.output != "-" else None
    fmt = args.format or (FORMATS.get(output.suffix.lower()) if output else None) or "json"
    text = render(store, ids, fmt)
    if output is None:
        out.file.write(text)
        return 0
    from tui.util.atomic import write_atomically

    try:
        write_atomically(output, text)
    except OSError as error:
        err.print(Text(f"newsline: cannot write {output}: {error.strerror or error}", style="red"))
        return 1
    err.print(Text(f"newsline: wrote {_count(len(ids), 'event')} to {output} ({fmt})", style="green"))
    return 0


def _actors(args: argparse.Namespace, store: Store, out: Console) -> int:
    if args.format == "json":
        out.file.write(json.dumps([actor_json(store, a.id) for a in store.actors], ensure_ascii=False, indent=2) + "\n")
        return 0
    table = Table(expand=True, header_style="bold", pad_edge=False, box=box.SIMPLE_HEAD)
    table.add_column("Actor", overflow="fold", ratio=3)
    table.add_column("Kind", style="cyan")
    table.add_column("Ment.", justify="right")
    table.add_column("Events", justify="right")
    table.add_column("Part of", overflow="fold", ratio=2)
    table.add_column("Also called", overflow="fold", style="dim", ratio=2)
    for actor in store.actors:
        table.add_row(
            Text(actor.name),
            actor.kind,
            str(actor.mentions),
            str(store.event_count(actor.id)),
            Text(", ".join(store.actors[a].name for a in actor.affiliations)),
            Text(", ".join(actor.surfaces[:3])),
        )
    out.print(table)
    return 0


def _dates(args: argparse.Namespace, out: Console, err: Console) -> int:
    from tui.corpus.document import Problem
    from tui.corpus.reader import ArticleError, read_article
    from tui.extract.timex import tag_timexes
    from tui.util.text import printable

    results = []
    failed = 0
    for given in args.files:
        name = printable(given)  # a file name's newline, escape or undecodable byte, written as an escape
        try:
            document, _ = read_article(Path(given), name)
        except Exception as error:  # noqa: BLE001 - an ArticleError, or a reader bug: the other files still go
            reason = error if isinstance(error, ArticleError) else f"could not be read ({type(error).__name__}: {error})"
            err.print(Text(f"newsline: skipped: {Problem(name, str(reason))}", style="yellow"), soft_wrap=True)
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
        out.file.write(json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    else:
        for result in results:
            table = Table(title=Text(f"{result['doc']} (dated {result['dct']})"), header_style="bold")
            for column in ("text", "type", "value", "start", "end"):
                table.add_column(column)
            for t in result["timexes"]:
                table.add_row(Text(t["text"]), t["type"], t["value"], str(t["start"]), str(t["end"]))
            out.print(table)
    return 1 if failed and not results else 0
