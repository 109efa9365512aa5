"""The user cache directory, and built-in data compiled once and kept there.

Where: ``$NEWSLINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsline``, else ``~/.cache/newsline``.

:func:`compiled` returns what a builder makes of built-in files (the date rules of a language:
their YAML and the code that turns it into regexes), pickled in ``data/NAME.pickle`` under a key
that hashes those files' contents, the Python version and :data:`FORMAT`. Compiling the date
regexes takes ~0.2 s per language at every start; unpickling them takes a few milliseconds.

Python cannot pickle a compiled regex (its pickle is the pattern, compiled again on loading), so
the pickle here carries each regex's compiled code and rebuilds it with ``_sre.compile``, where
``re.compile`` ends; the code is checked when written (the rebuilt regex must equal the one
compiled) and checked again by ``_sre`` when read, and ``re.compile`` takes over whenever
either step fails (another Python, a damaged file).

A missing, truncated, corrupt or stale file is built again and replaced atomically; a cache
folder that cannot be written costs the build, nothing else. Inside :func:`bypassed` (``--no-cache``)
nothing is read or written.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from tui.util.files import UnreadableFile, read_regular

ENV_DIR = "NEWSLINE_CACHE_DIR"
FORMAT = 1  # of the files written here: a change of layout misses every old one
DATA_LIMIT = 64 << 20  # a data file larger than this is not read (~1 MB per language)
_MAGIC = b"newsline-data\n"

T = TypeVar("T")

_enabled = True


def cache_dir() -> Path:
    """$NEWSLINE_CACHE_DIR, else $XDG_CACHE_HOME/newsline, else ~/.cache/newsline."""
    explicit = os.environ.get(ENV_DIR)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsline"


def use(enabled: bool) -> None:
    """Read and write compiled data from now on (``False``: build it in memory every time)."""
    global _enabled
    _enabled = enabled


def in_use() -> bool:
    return _enabled


@contextmanager
def bypassed() -> Iterator[None]:
    """Within: compiled data is neither read nor written (what ``--no-cache`` promises)."""
    before = _enabled
    use(False)
    try:
        yield
    finally:
        use(before)


def data_key(name: str, sources: Sequence[Path]) -> str:
    """The key of ``name`` built from ``sources``: any change to their contents, to the Python
    that compiles the regexes or to :data:`FORMAT` gives another."""
    h = hashlib.blake2b(digest_size=16)
    h.update(f"{FORMAT}\0{sys.version}\0{sys.implementation.cache_tag}\0{name}\0".encode())
    for path in sources:
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def data_path(name: str) -> Path:
    return cache_dir() / "data" / f"{name}.pickle"


def compiled(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``, from the cache when ``sources`` are as they were when it was saved; else
    built and saved (when the cache is in use)."""
    if not _enabled:
        return build()
    key = data_key(name, sources)
    path = data_path(name)
    found = _read(path, key)
    if found is not None:
        return found
    global _recorded
    outer = _recorded  # (a build may use another compiled value: bundled YAML)
    _recorded = _Recording() if outer is None else outer
    try:
        value = build()
        _write(path, key, value)
    finally:
        _recorded = outer
    return value


_YAML_PARSER = Path(__file__).resolve().with_name("yamldata.py")


@cache
def bundled_yaml(path: Path) -> Any:
    """The data of a bundled, read-only YAML file (trusted: no size limit), parsed once per
    process, and once per version of the file: unpickling it is ~10x faster than parsing it, and
    needs no YAML parser imported (~15 ms)."""
    parts = path.resolve().with_suffix("").parts
    name = "yaml-" + "-".join(parts[parts.index("tui") + 1 :] if "tui" in parts else parts[-3:])
    return compiled(name, [path, _YAML_PARSER], lambda: _parse_yaml(path))


def _parse_yaml(path: Path) -> Any:
    from tui.util.yamldata import safe_load

    text = path.read_text(encoding="utf-8")
    return safe_load(text, max_chars=len(text))


def _read(path: Path, key: str) -> Any | None:
    header = _header(key)
    try:
        data = read_regular(path, DATA_LIMIT)
    except (OSError, ValueError, UnreadableFile):
        return None
    if not data.startswith(header):
        return None  # stale, foreign or truncated
    try:
        return pickle.loads(memoryview(data)[len(header) :])
    except Exception:  # noqa: BLE001 - a damaged file of any kind is a miss
        return None


def _write(path: Path, key: str, value: Any) -> None:
    from tui.util.atomic import write_with  # (tempfile: ~5 ms of imports a cache hit does without)

    try:
        stream = io.BytesIO()
        stream.write(_header(key))
        _Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        data = stream.getvalue()
        write_with(path, lambda out: out.write(data), durable=False)
    except Exception:  # noqa: BLE001 - no cache (read-only home, odd value): just slower next time
        pass


def _header(key: str) -> bytes:
    return _MAGIC + key.encode("ascii") + b"\n"


class _Recording:
    """The regexes made by regex() while compiled() builds a value to save, with their code."""

    def __init__(self) -> None:
        self.made: dict[tuple[str, int], re.Pattern] = {}  # by the pattern and flags asked
        self.code: dict[int, tuple] = {}  # what _regex() takes, by id of the regex (kept alive in made)


_recorded: _Recording | None = None  # (None outside a build: nothing kept)


def regex(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``; while :func:`compiled` builds a value to save, the same
    steps with the compiled code kept, so that the regex is saved without being compiled again
    (which doubled the cost of filling the cache: ~0.15 s per language of date rules)."""
    recorded = _recorded
    if recorded is None:
        return re.compile(pattern, flags)
    flags = int(flags)  # (a RegexFlag makes each of the compiler's many tests an enum operation)
    if (pattern, flags) in recorded.made:  # (as re's own cache: the same pattern is compiled once)
        return recorded.made[pattern, flags]
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        args = _code_args(pattern, flags | parsed.state.flags, _compiler._code(parsed, flags), parsed)
        made = _regex(*args)
    except Exception:  # noqa: BLE001 - another Python's re internals
        return re.compile(pattern, flags)
    recorded.made[pattern, flags] = made
    recorded.code[id(made)] = args
    return made


def _code_args(pattern: str, flags: int, code: list, parsed: Any) -> tuple:
    """What ``_sre.compile`` takes to make the regex of ``parsed`` (as ``re._compiler.compile``)."""
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    return pattern, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


class _Pickler(pickle.Pickler):
    """Pickles a compiled regex with its compiled code (see the module's docstring)."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, re.Pattern):
            return _reduce_pattern(obj)
        return NotImplemented


def _reduce_pattern(pattern: re.Pattern) -> tuple:
    known = _recorded.code.get(id(pattern)) if _recorded is not None else None
    if known is not None:  # made by regex(): its code is at hand (its opcodes made plain ints to pickle)
        text, flags, code, groups, groupindex, indexgroup = known
        return _regex, (text, flags, list(map(int, code)), groups, groupindex, indexgroup)
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = list(map(int, _compiler._code(parsed, pattern.flags)))  # (its opcodes are an int subclass)
        args = _code_args(pattern.pattern, pattern.flags | parsed.state.flags, code, parsed)
        if _regex(*args) == pattern:  # the same compiled code: equal regexes compare their code
            return _regex, args
    except Exception:  # noqa: BLE001 - another Python's re internals: compile again on loading
        pass
    return re.compile, (pattern.pattern, pattern.flags)


def _regex(pattern: str, flags: int, code: list[int], groups: int, groupindex: dict, indexgroup: tuple) -> re.Pattern:
    """A regex rebuilt from its compiled code, or compiled again if ``_sre`` refuses the code."""
    try:
        import _sre

        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - damaged or foreign code
        return re.compile(pattern, flags)
