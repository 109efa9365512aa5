"""Bounded reading of input files (regular files only, never more than a stated number of bytes),
and decoding their bytes to text whatever the encoding a user's editor chose.

Whatever a user points Newsline at (``/dev/zero``, a named pipe, a terminal, a file of many
gigabytes, a symbolic link to any of them) must cost a bounded time and memory and end in a
message. :func:`read_regular` checks the file's type before opening it (opening some devices
has effects), opens it without blocking (a FIFO with no writer would block ``open`` forever),
checks the type again on the open descriptor (the path may have changed in between), and reads
at most ``limit`` bytes.
"""

from __future__ import annotations

import codecs
import errno
import os
import stat

# Flags that keep open() from blocking or from adopting a terminal, where the platform has them.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 20


class UnreadableFile(Exception):
    """A path that cannot be read as a regular file within a limit; the message says why in words."""


class FileTooLarge(UnreadableFile):
    """A regular file over the size limit its reader allows."""


def kind_of(mode: int) -> str:
    """What a file of this mode is, in words: 'a folder', 'a named pipe (FIFO)', ..."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISREG(mode):
        return "a regular file"
    return "a special file"


def describe_size(size: int) -> str:
    """A byte count for a message: '812 bytes', '35 KB', '8.4 MB', '3.2 GB'."""
    if size < 1000:
        return f"{size} byte{'' if size == 1 else 's'}"
    for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9)):
        if size < scale * 1000 or unit == "GB":
            number = f"{size / scale:.0f}" if size / scale >= 100 else f"{size / scale:.1f}".removesuffix(".0")
            return f"{number} {unit}"
    raise AssertionError("unreachable")


def os_reason(error: OSError) -> str:
    """An OSError in words, without the path (the caller names the file): 'permission denied'."""
    return error.strerror.lower() if error.strerror else type(error).__name__


def why_unreachable(path: str | os.PathLike[str], error: OSError | ValueError) -> str:
    """Why ``os.stat(path)`` failed, in words: 'no such file or folder', 'a loop of symbolic links'."""
    if isinstance(error, ValueError):  # a NUL in the path
        return "not a valid path"
    if error.errno == errno.ELOOP:
        return "a loop of symbolic links"
    if error.errno == errno.ENOENT and os.path.islink(path):
        return "a broken symbolic link (what it points to does not exist)"
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no such file or folder"
    return f"cannot be read ({os_reason(error)})"


_SCALES = {"": 1, "k": 1000, "m": 1000**2, "g": 1000**3}


def limit_from_env(name: str, default: int) -> int:
    """A byte limit from the environment variable ``name``: a number of bytes, optionally with a
    k, M or G suffix (powers of 1000: '8M' is 8,000,000); ``default`` when unset, empty or not
    such a number."""
    text = os.environ.get(name, "").strip().lower().removesuffix("b")
    number, scale = (text[:-1], text[-1]) if text[-1:] in ("k", "m", "g") else (text, "")
    if not number.isascii() or not number.isdigit() or int(number) == 0:
        return default
    return int(number) * _SCALES[scale]


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file at ``path`` (symbolic links followed), at most ``limit`` of them.

    Raise UnreadableFile, saying why, when the path is not a regular file, is larger than
    ``limit`` bytes (or grows past it while read) or cannot be opened.
    """
    try:
        before = os.stat(path)
    except (OSError, ValueError) as error:
        raise UnreadableFile(why_unreachable(path, error)) from None
    _check(before, limit)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise UnreadableFile(f"cannot read the file ({os_reason(error)})") from error
    try:
        _check(os.fstat(fd), limit)  # the path may name another file than the one just checked
        chunks = []
        left = limit + 1  # one byte more than allowed tells a file that grew past the limit
        while left > 0:
            chunk = os.read(fd, min(_CHUNK, left))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise UnreadableFile(f"cannot read the file ({os_reason(error)})") from error
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise FileTooLarge(f"the file grew past {describe_size(limit)} while it was read")
    return data


class NotRegularFile(Exception):
    """The path names something other than a regular file (a folder, a FIFO, a device)."""


def read_user_file(path: str | os.PathLike[str], limit: int) -> bytes | None:
    """A small file the user keeps (settings, bookmarks): its bytes, at most ``limit + 1`` of
    them (one more than allowed tells the caller it is too large); None when there is none.

    Raise NotRegularFile without reading anything from a FIFO or a device, and OSError when the
    file cannot be opened or read.
    """
    try:
        # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(os.fstat(handle).st_mode):
        os.close(handle)
        raise NotRegularFile(str(path))
    with os.fdopen(handle, "rb") as stream:
        return stream.read(limit + 1)


def _check(status: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(status.st_mode):
        raise UnreadableFile(f"{kind_of(status.st_mode)}, not a regular file")
    if status.st_size > limit:
        size, most = describe_size(status.st_size), describe_size(limit)
        if size == most:  # "the file is 1 MB; the limit is 1 MB" would say nothing
            size, most = f"{status.st_size:,} bytes", f"{limit:,} bytes"
        raise FileTooLarge(f"the file is {size}; the limit is {most}")


_BOMS = (  # UTF-32's before UTF-16's: FF FE 00 00 starts with FF FE
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_SNIFF_BYTES = 8192


def decode_text(data: bytes) -> tuple[str, str | None]:
    """The text of a file's bytes, and a warning when it was not clean: UTF-8, or UTF-16 and
    UTF-32 with a byte order mark, or UTF-16 without one (told by its NUL bytes: ASCII text in
    UTF-16 has a NUL in every other byte); other bytes read as Windows-1252, with a warning.
    A byte order mark is dropped. Raise UnreadableFile for a binary file."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], codec, name)
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        codec = _utf16_without_bom(head)
        if codec is None:
            raise UnreadableFile("this is a binary file, not text")
        return _decode_as(data, codec, "UTF-16")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        return text, f"not valid UTF-8 (byte {error.start}); read as Windows-1252"


def _decode_as(data: bytes, codec: str, name: str) -> tuple[str, str | None]:
    try:
        return data.decode(codec), None
    except UnicodeDecodeError as error:
        return data.decode(codec, errors="replace"), f"{name} text with invalid bytes (at byte {error.start}); read with replacement characters"


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when the NULs of ``head`` fall on one side of its byte pairs
    (mostly-ASCII text in UTF-16), else None (a binary file)."""
    pairs = len(head) // 2
    even, odd = head[0 : 2 * pairs : 2].count(0), head[1 : 2 * pairs : 2].count(0)
    if pairs and odd >= pairs * 0.3 and even <= pairs * 0.02:
        return "utf-16-le"
    if pairs and even >= pairs * 0.3 and odd <= pairs * 0.02:
        return "utf-16-be"
    return None
