"""Extraction: dates, actors and events from documents. Pure functions; no Textual import."""

from __future__ import annotations

import hashlib
from pathlib import Path


def _source_digest() -> str:
    """A hash of everything that shapes a cached document, extraction or store: the reading and
    extraction code with its language data, and the store's code. Any rule change invalidates."""
    tui = Path(__file__).resolve().parent.parent
    files = [
        *sorted((tui / "corpus").rglob("*.py")),
        *sorted((tui / "corpus").rglob("*.yaml")),
        *sorted((tui / "extract").rglob("*.py")),
        *sorted((tui / "extract").rglob("*.yaml")),
        tui / "store.py",
        tui / "build.py",
        tui / "textutil.py",
        tui / "cache.py",
        tui / "ingest.py",
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
