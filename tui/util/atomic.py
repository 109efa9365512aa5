"""Writing files so that a crash or a full disk never leaves a half-written one behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` durably: what the user wrote (settings, an export)."""
    write_with(path, lambda stream: stream.write(text.encode("utf-8")), durable=True)


def write_with(path: Path, write: Callable[[BinaryIO], object], *, durable: bool, mode: int | None = None) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then rename it over ``path``.

    ``durable``: synced to disk before the rename, with the permissions of the file it replaces
    (or the usual ones), or ``mode`` when given; without, the temporary file's private mode stays
    (the cache's entries, thousands of them, are not worth a sync each). Raises what writing
    raised, leaving no temporary file behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        if durable:
            os.chmod(temporary, _mode_for(path) if mode is None else mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual ones (0666 less umask)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
