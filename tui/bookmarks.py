"""Bookmarks: the events the user starred and the notes they wrote, kept in the user data folder.

Bookmarks are the user's data, not extraction: the store never holds them. Each one is keyed by
what finds its event again in any store built from the same articles (after a re-extraction, a
cache rebuild, or in the headless commands): the article's content hash and the event's place in
it (``EventTable.place``: its sentence, date phrase and clause offsets), with its kind; when the
article was edited and the offsets moved, the event is found again by its sentence's text (white
space folded) in the article of the same path or content. A bookmark whose event is gone stays in
the file (the article may come back).

The file (``bookmarks.json``) is read whole and bounded: a huge file or a non-regular one is
refused; a file that is not valid bookmarks is renamed aside with a timestamp and reported,
never written over. It is written only when the user changes something: the change is applied
to the file as it is on disk at that moment (another reader open on the same folder keeps its
stars), the previous file is kept as ``bookmarks.json.bak``, and the write is atomic.

Pure functions and no Textual: the reader and the headless commands both use them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from tui.store import Store
from tui.util.atomic import write_atomically, write_with
from tui.util.files import NotRegularFile, read_user_file

ENV_DIR = "NEWSLINE_DATA_DIR"
FILE_NAME = "bookmarks.json"
VERSION = 1
MAX_BYTES = 16 * 1024 * 1024  # thousands of notes fit; more is not a bookmarks file
MAX_NOTE_CHARS = 4000
MAX_BOOKMARKS = 100_000

Place = tuple[int, int, int]


def data_dir() -> Path:
    """$NEWSLINE_DATA_DIR, else $XDG_DATA_HOME/newsline, else ~/.local/share/newsline."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "newsline"


def bookmarks_path() -> Path:
    return data_dir() / FILE_NAME


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


class BookmarksError(Exception):
    """The bookmarks file cannot be used nor written (not a regular file, unreadable): it is left
    alone, and no bookmark is saved this run."""


@dataclass(frozen=True, slots=True)
class Bookmark:
    """A starred or annotated event, as the file keeps it."""

    article: str  # the hex content hash of the event's article (``article_digest``)
    path: str  # the article's path when it was marked: where to look when its content changed
    place: Place  # the event's place in its article (``EventTable.place``)
    kind: str
    sentence: str  # the event's sentence, white space folded: the match when offsets moved
    starred: bool = False
    note: str = ""

    @property
    def key(self) -> tuple[str, Place, str]:
        """What identifies the bookmark in the file: one bookmark per key."""
        return self.article, self.place, self.kind

    @property
    def is_empty(self) -> bool:
        """Neither starred nor annotated: the file drops it."""
        return not self.starred and not self.note.strip()

    def as_json(self) -> dict:
        return {"article": self.article, "path": self.path, "place": list(self.place), "kind": self.kind,
                "sentence": self.sentence, "starred": self.starred, "note": self.note}


def article_digest(text: str) -> str:
    """The content hash that keys an article's bookmarks (the hash ``tui.export`` ids use)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def folded(text: str) -> str:
    return " ".join(text.split())


def bookmark_for(store: Store, event_id: int, *, starred: bool = False, note: str = "") -> Bookmark:
    """A bookmark of event ``event_id`` of ``store``."""
    events = store.events
    document = store.documents[events.doc[event_id]]
    sentence = folded(document.text[events.start[event_id] : events.end[event_id]])
    return Bookmark(article_digest(document.text), document.path, events.place(event_id), events.kind(event_id), sentence,
                    starred, note.strip()[:MAX_NOTE_CHARS])


# -- finding the events again ------------------------------------------------------------------


def resolve(bookmarks: Iterable[Bookmark], store: Store) -> dict[int, Bookmark]:
    """Which event of ``store`` each bookmark marks (event id → bookmark); bookmarks whose event
    is not found are left out. Only the articles a bookmark names by path are hashed, unless
    some bookmark's article is not found by its path (a renamed file): then all of them."""
    bookmarks = list(bookmarks)
    if not bookmarks:
        return {}
    by_path = {d.path: d.id for d in store.documents}
    digests: dict[int, str] = {}

    def digest(doc: int) -> str:
        if doc not in digests:
            digests[doc] = article_digest(store.documents[doc].text)
        return digests[doc]

    by_digest: dict[str, list[int]] | None = None
    found: dict[int, Bookmark] = {}
    for bookmark in bookmarks:
        doc = by_path.get(bookmark.path)
        docs = [doc] if doc is not None and digest(doc) == bookmark.article else []
        if not docs:
            if by_digest is None:
                by_digest = {}
                for d in range(len(store.documents)):
                    by_digest.setdefault(digest(d), []).append(d)
            docs = by_digest.get(bookmark.article, [])
        event = _exact(store, docs, bookmark)
        if event is None:
            # The article changed (or moved): its sentence, in the article of the same path or content.
            event = _by_text(store, docs or ([doc] if doc is not None else []), bookmark)
        if event is not None and event not in found:
            found[event] = bookmark
    return found


def _own_events(store: Store, doc: int) -> list[int]:
    return [e for e in store.events_of_document(doc) if store.events.doc[e] == doc]


def _exact(store: Store, docs: Sequence[int], bookmark: Bookmark) -> int | None:
    candidates = [e for doc in docs for e in _own_events(store, doc) if store.events.place(e) == bookmark.place]
    return _best(store, candidates, bookmark)


def _by_text(store: Store, docs: Sequence[int], bookmark: Bookmark) -> int | None:
    events = store.events
    candidates = []
    for doc in docs:
        text = store.documents[doc].text
        candidates += [e for e in _own_events(store, doc) if folded(text[events.start[e] : events.end[e]]) == bookmark.sentence]
    return _best(store, candidates, bookmark)


def _best(store: Store, candidates: list[int], bookmark: Bookmark) -> int | None:
    """The candidate of the bookmark's kind nearest to its place (the same date phrase first)."""
    if not candidates:
        return None
    start, timex, _ = bookmark.place

    def distance(e: int) -> tuple:
        where = store.events.place(e)
        return (store.events.kind(e) != bookmark.kind, abs(where[1] - where[0] - (timex - start)), abs(where[0] - start), e)

    return min(candidates, key=distance)


# -- the file ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Loaded:
    """What the file held, and what was wrong with it (``problem``: the file was kept aside)."""

    bookmarks: tuple[Bookmark, ...] = ()
    problem: str | None = None


def load_bookmarks(path: Path | None = None, *, now: dt.datetime | None = None, keep_aside: bool = True) -> Loaded:
    """The bookmarks in the file (none when there is no file). A file that is not bookmarks is
    renamed aside (``bookmarks.json.corrupt-20260312T101500``) and said in ``problem``; with
    ``keep_aside=False`` (a command that only reads) it is only said.

    Raise ``BookmarksError`` when the file cannot be read at all, or is not a regular file."""
    path = path or bookmarks_path()
    return _loaded(path, _read(path), now, keep_aside)


def _loaded(path: Path, raw: bytes | None, now: dt.datetime | None = None, keep_aside: bool = True) -> Loaded:
    if raw is None:
        return Loaded()
    try:
        return Loaded(parse(raw))
    except ValueError as error:
        if not keep_aside:
            return Loaded((), f"{path}: {error}; no bookmarks used")
        aside = _keep_aside(path, now)
        return Loaded((), f"{path}: {error}; kept aside as {aside.name}, starting with no bookmarks")


def save_change(old: Bookmark | None, new: Bookmark, path: Path | None = None) -> Loaded:
    """Replace bookmark ``old`` (None: there was none) by ``new`` in the file as it is on disk
    now (an empty ``new`` removes it), keep the previous file as ``.bak``, and write it
    atomically; return what the file now holds (and, in ``problem``, that the file found on disk
    was not bookmarks and was kept aside).

    Raise ``BookmarksError`` when the file cannot be read, ``OSError`` when writing fails (the
    old file and its backup then stay)."""
    path = path or bookmarks_path()
    target = path.resolve() if path.is_symlink() else path  # a symlinked file is written through
    raw = _read(target)
    loaded = _loaded(target, raw)
    bookmarks = changed(loaded.bookmarks, old, new)
    if raw is not None and loaded.problem is None:
        write_with(backup_path(target), lambda stream: stream.write(raw), durable=True, mode=stat.S_IMODE(target.stat().st_mode))
    write_atomically(target, dump(bookmarks))
    return Loaded(bookmarks, loaded.problem)


def changed(bookmarks: Sequence[Bookmark], old: Bookmark | None, new: Bookmark) -> tuple[Bookmark, ...]:
    """``bookmarks`` with ``old`` (and any bookmark of ``new``'s key) replaced by ``new``, or
    removed when ``new`` is empty."""
    gone = {new.key} | ({old.key} if old is not None else set())
    kept = [b for b in bookmarks if b.key not in gone]
    return tuple(kept if new.is_empty else [*kept, new])


def dump(bookmarks: Iterable[Bookmark]) -> str:
    data = {"version": VERSION, "bookmarks": [b.as_json() for b in bookmarks]}
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def parse(raw: bytes) -> tuple[Bookmark, ...]:
    """The bookmarks of a file's bytes; ValueError saying what is wrong."""
    if len(raw) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise ValueError(f"not JSON ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("bookmarks"), list):
        raise ValueError("not a bookmarks file (no list of bookmarks)")
    if data.get("version") != VERSION:
        raise ValueError(f"bookmarks version {data.get('version')!r}, not {VERSION}")
    if len(data["bookmarks"]) > MAX_BOOKMARKS:
        raise ValueError(f"more than {MAX_BOOKMARKS} bookmarks")
    bookmarks: dict[tuple, Bookmark] = {}
    for n, item in enumerate(data["bookmarks"], 1):
        bookmark = _bookmark(item)
        if bookmark is None:
            raise ValueError(f"bookmark {n} is not valid")
        bookmarks[bookmark.key] = bookmark
    return tuple(bookmarks.values())


def _bookmark(item: object) -> Bookmark | None:
    if not isinstance(item, dict):
        return None
    place, texts = item.get("place"), [item.get(k) for k in ("article", "path", "kind", "sentence", "note")]
    if not all(isinstance(t, str) for t in texts) or not isinstance(item.get("starred"), bool):
        return None
    if not (isinstance(place, list) and len(place) == 3 and all(type(p) is int for p in place)):
        return None
    article, path, kind, sentence, note = texts
    return Bookmark(article, path, (place[0], place[1], place[2]), kind, sentence, item["starred"], note[:MAX_NOTE_CHARS])


def _read(path: Path) -> bytes | None:
    """The file's bytes (at most one more than allowed); None when there is none."""
    try:
        return read_user_file(path, MAX_BYTES)
    except NotRegularFile:
        raise BookmarksError(f"{path}: bookmarks must be a file; leaving it alone, bookmarks are not saved") from None
    except OSError as error:
        raise BookmarksError(f"{path}: cannot read bookmarks ({error.strerror or error}); bookmarks are not saved") from error


def _keep_aside(path: Path, now: dt.datetime | None) -> Path:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, aside)
    return aside


def marks_of(resolved: Mapping[int, Bookmark]) -> dict[int, tuple[bool, bool]]:
    """Event id → (starred, has a note): what the timeline's rows show."""
    return {e: (b.starred, bool(b.note)) for e, b in resolved.items()}


def starred_ids(resolved: Mapping[int, Bookmark]) -> frozenset[int]:
    return frozenset(e for e, b in resolved.items() if b.starred)


def with_star(bookmark: Bookmark, starred: bool) -> Bookmark:
    return replace(bookmark, starred=starred)
