"""The extraction cache: per-file entries and whole stores, pickled in the user cache directory.

Where: ``$NEWSLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsline``, else ``~/.cache/newsline``.

- ``files/xx/KEY.pickle``: one article's Document, reading problems and DocExtraction. KEY hashes
  the file's absolute path, size, mtime and content, the gazetteer files' contents and
  ``EXTRACTOR_VERSION``, so any change to the file, the actors files or the extraction code
  misses the entry.
- ``stores/KEY.pickle``: a whole resolved Store (its fields pickled one after the other), keyed
  by every file key of the corpus in order, the gazetteer files and the version: reopening an
  unchanged corpus is one read.
- ``stores/by-stat/QUICK``: the KEY last saved for a corpus whose files' paths, sizes and mtimes
  (not contents) give QUICK, so the reader can show that store before the contents are hashed;
  it is replaced if the hashes then give another KEY.

Every entry is written atomically (temporary file + ``os.replace``). Reading never fails: a
missing, truncated, corrupt or foreign entry is a miss, and the caller rebuilds it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import io
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from tui.corpus.reader import max_article_bytes, max_article_paragraphs
from tui.extract.gazetteer import max_actors_file_bytes
from tui.util.atomic import write_with
from tui.util.files import UnreadableFile, read_regular
from tui.util.usercache import ENV_DIR, cache_dir  # noqa: F401 - the folder, found there for all the caches


def _source_digest() -> str:
    """A hash of everything that shapes a cached document, extraction or store: the reading and
    extraction code with its language data, and the store's code. Any rule change invalidates."""
    tui = Path(__file__).resolve().parent.parent  # the package folder
    files = [
        *sorted((tui / "corpus").rglob("*.py")),
        *sorted((tui / "corpus").rglob("*.yaml")),
        *sorted((tui / "extract").rglob("*.py")),
        *sorted((tui / "extract").rglob("*.yaml")),
        *sorted((tui / "store").rglob("*.py")),
        *sorted((tui / "util").rglob("*.py")),
        tui / "loading" / "assemble.py",
        tui / "loading" / "cache.py",
        tui / "loading" / "extraction.py",
        tui / "loading" / "ingest.py",
    ]
    h = hashlib.blake2b(digest_size=12)
    for path in files:
        try:
            h.update(path.relative_to(tui).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            h.update(b"?")
    return h.hexdigest()


# Cache entries name this version: a new rule, word list or store layout misses them all.
EXTRACTOR_VERSION = _source_digest()

# A cache entry or store larger than this is not read (a store of millions of articles is
# far smaller; a link to /dev/zero in the cache folder is never read without end).
_ENTRY_LIMIT = 4 << 30
_MAGIC = b"newsline-cache\n"
STORES_KEPT = 8  # whole stores kept; older ones are removed
ALIASES_KEPT = 64  # stores/by-stat entries kept (40 bytes each)


@dataclass(frozen=True, slots=True)
class FileKey:
    """What identifies one version of an article file."""

    path: str  # absolute
    size: int
    mtime_ns: int
    digest: str  # of the content

    def entry_key(self, context: str) -> str:
        raw = f"{EXTRACTOR_VERSION}\0{context}\0{self.path}\0{self.size}\0{self.mtime_ns}\0{self.digest}"
        return hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def file_key(path: Path) -> FileKey | None:
    """The key of ``path`` as it is now; None when it cannot be read, is no regular file or is
    over the article size limit (the reader reports why, and reads nothing unbounded either)."""
    try:
        name = os.path.abspath(path)
        stat = os.stat(name)
        data = read_regular(name, max_article_bytes())
    except (OSError, ValueError, UnreadableFile):
        return None
    return FileKey(name, stat.st_size, stat.st_mtime_ns, hashlib.blake2b(data, digest_size=16).hexdigest())


def file_keys(paths: Sequence[Path]) -> list[FileKey | None]:
    return [file_key(p) for p in paths]


def read_limits() -> str:
    """The size limits in force, which key the cache too: a file refused under one limit is
    read under a higher one."""
    return f"{max_article_bytes()}\0{max_article_paragraphs()}\0{max_actors_file_bytes()}"


def entries_context(actors_files: Iterable[Path]) -> str:
    """What keys a file's entry besides its contents: the actors files' contents (not their
    names) and the limits."""
    return f"{files_digest(actors_files, names=False)}\0{read_limits()}"


def files_digest(paths: Iterable[Path], *, names: bool = True) -> str:
    """A digest of the actors files that shape extraction: their contents in order, and their
    names unless ``names`` is false (a file entry depends on the contents only)."""
    h = hashlib.blake2b(digest_size=16)
    for path in paths:
        if names:
            h.update(str(path).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
        try:
            h.update(read_regular(path, max_actors_file_bytes()))
        except UnreadableFile as error:  # a pipe or a device is not read: the gazetteer says why
            h.update(f"unreadable:{error}".encode())
        h.update(b"\0")
    return h.hexdigest()


def store_key(items: Sequence[str], context: str) -> str:
    """The key of a whole store: every corpus item (file keys, problems) in order, and the context."""
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{EXTRACTOR_VERSION}\0{context}\0".encode())
    for item in items:
        h.update(item.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


class Cache:
    """Reads and writes entries under ``root``; every failure is silent (a miss, or no write)."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else cache_dir()

    def _file_path(self, key: str) -> Path:
        return self.root / "files" / key[:2] / f"{key}.pickle"

    def _store_path(self, key: str) -> Path:
        return self.root / "stores" / f"{key}.pickle"

    def load_file(self, key: str) -> Any | None:
        return _load(self._file_path(key), key)

    def save_file(self, key: str, value: Any) -> None:
        save_bytes(self._file_path(key), dumps(key, value))

    def save_packed(self, key: str, packed: bytes) -> None:
        """Save an entry already pickled with ``pack``."""
        save_bytes(self._file_path(key), _header(key) + packed)

    def load_store(self, key: str) -> Any | None:
        """A Store saved by ``save_store``, or None."""
        from tui.store import Store

        try:
            data = read_regular(self._store_path(key), _ENTRY_LIMIT)
        except UnreadableFile:  # missing, replaced by a pipe or a device, or absurdly large
            return None
        header = _header(key)
        if not data.startswith(header):
            return None
        view = memoryview(data)
        at = len(header)
        parts = []
        with collector_paused():
            try:
                while at < len(view):
                    size = int.from_bytes(view[at : at + 8], "little")
                    at += 8
                    if size <= 0 or at + size > len(view):
                        return None  # truncated
                    parts.append(pickle.loads(view[at : at + size]))
                    at += size
                return Store(*parts)
            except Exception:  # noqa: BLE001 - a corrupt or foreign entry is a miss, never a crash
                return None

    def _alias_path(self, quick_key: str) -> Path:
        return self.root / "stores" / "by-stat" / quick_key

    def load_alias(self, quick_key: str) -> str | None:
        """The key of the store last saved for a corpus whose paths, sizes and mtimes give
        ``quick_key`` (its contents are not checked: the caller does that)."""
        try:  # (bounded, regular files only: an alias replaced by a pipe or /dev/zero is a miss)
            value = read_regular(self._alias_path(quick_key), 100).decode("ascii").strip()
        except (UnreadableFile, UnicodeDecodeError):
            return None
        return value if len(value) == 40 and all(c in "0123456789abcdef" for c in value) else None

    def save_alias(self, quick_key: str, key: str) -> None:
        path = self._alias_path(quick_key)
        if self.load_alias(quick_key) == key:
            try:
                os.utime(path)  # most recently used: kept longest
            except OSError:
                pass
            return
        save_bytes(path, key.encode("ascii"))
        self._prune_aliases()

    def _prune_aliases(self) -> None:
        try:
            aliases = sorted(
                (p for p in (self.root / "stores" / "by-stat").glob("*") if not p.name.startswith(".")),
                key=lambda p: p.stat().st_mtime,
                reverse=True,
            )
            for old in aliases[ALIASES_KEPT:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass

    def save_store(self, key: str, store: Any) -> None:
        """Save a Store field by field (each pickle after its length): the pickler's memo,
        which keeps every object it wrote alive, never spans more than one field."""
        path = self._store_path(key)
        parts = [getattr(store, f.name) for f in dataclasses.fields(store)]

        def write(stream: BinaryIO) -> None:
            stream.write(_header(key))
            for part in parts:
                # Pickled straight into the file, its length filled in after: a part pickled in
                # memory first (tens of MB, copied once more by BytesIO.getvalue) raised the
                # peak of a first open at 10k articles by ~30 MB and took 0.2 s longer.
                start = stream.tell()
                stream.write(bytes(8))
                _dump(part, stream)
                end = stream.tell()
                stream.seek(start)
                stream.write((end - start - 8).to_bytes(8, "little"))
                stream.seek(end)

        _save_with(path, write)
        self._prune_stores(keep=path)

    def _prune_stores(self, keep: Path) -> None:
        try:
            stores = sorted(
                (p for p in (self.root / "stores").glob("*.pickle") if p != keep),
                key=lambda p: p.stat().st_mtime,
                reverse=True,
            )
            for old in stores[STORES_KEPT - 1 :]:
                old.unlink(missing_ok=True)
        except OSError:
            pass


def dumps(key: str, value: Any) -> bytes:
    """An entry: a magic line, its key (so a renamed or swapped file is a miss), then the pickle."""
    return _header(key) + pack(value)


def pack(value: Any) -> bytes:
    """Pickle ``value``, with dataclasses as constructor calls: ``cls(*fields)`` loads several
    times faster than the generic frozen-slots ``__setstate__`` (which re-reads the fields of the
    class for each of the store's hundreds of thousands of objects)."""
    buffer = io.BytesIO()
    _dump(value, buffer)
    return buffer.getvalue()


def _dump(value: Any, stream: BinaryIO) -> None:
    """Pickle ``value`` into ``stream`` the way ``pack`` does."""
    _Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump(value)


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        names = _init_fields(type(obj))
        if names is None:
            return NotImplemented
        return type(obj), tuple([getattr(obj, name) for name in names])


@functools.cache
def _init_fields(cls: type) -> tuple[str, ...] | None:
    """The fields of a plain dataclass (every field set by ``__init__``, no ``__post_init__``,
    no ``__reduce__`` of its own)."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__") or "__reduce__" in cls.__dict__:
        return None
    fields = dataclasses.fields(cls)
    if not all(f.init for f in fields):
        return None
    return tuple(f.name for f in fields)


def loads(key: str, data: bytes) -> Any | None:
    header = _header(key)
    if not data.startswith(header):
        return None
    with collector_paused():
        try:
            return pickle.loads(memoryview(data)[len(header) :])
        except Exception:  # noqa: BLE001 - a corrupt or foreign entry is a miss, never a crash
            return None


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Loading a store makes hundreds of thousands of objects, none of them garbage: the cyclic
    collector, triggered again and again by the allocations, would double the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _load(path: Path, key: str) -> Any | None:
    try:
        data = read_regular(path, _ENTRY_LIMIT)
    except UnreadableFile:
        return None
    return loads(key, data)


def _header(key: str) -> bytes:
    return _MAGIC + key.encode("ascii") + b"\n"


def save_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; a cache that cannot be written is no error."""
    _save_with(path, lambda stream: stream.write(data))


def _save_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write ``path`` atomically, silently: a cache that cannot be written is no error."""
    try:
        write_with(path, write, durable=False)
    except Exception:  # noqa: BLE001 - a full disk or an unpicklable value: no cache, no error
        pass
