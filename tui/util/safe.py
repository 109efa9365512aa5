"""Showing untrusted strings safely: file names, actor names, YAML values, messages quoting them.

A file name can carry an escape sequence (``ESC ] 0 ;`` retitles the terminal, OSC 52 writes the
clipboard, ``ESC [ 2 J`` clears the screen), a line break that draws over the next line, a bidi
override that reverses what follows, or bytes that are not UTF-8 (kept by ``surrogateescape`` as
lone surrogates, which no UTF-8 stream can encode). :func:`safe_display` makes each of them a
visible escape on one line; :func:`safe_json` keeps JSON exact while no such character is written
raw.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TextIO

# C0 and C1 controls and DEL; line and paragraph separators (a line break to some renderers);
# the bidi embeddings, overrides and isolates (U+202A-202E, U+2066-2069); lone surrogates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SHORT = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    code = ord(character)
    if character in _SHORT:
        return _SHORT[character]
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as surrogateescape keeps it
        return f"\\x{code - 0xDC00:02x}"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def safe_display(text: str) -> str:
    """``text`` on one line with every control, bidi control and lone surrogate made visible.

    ESC becomes ``\\x1b``, a newline ``\\n``, U+202E ``\\u202e``, the byte 0xFF of a file name that
    is not UTF-8 ``\\xff``. Everything else is kept, so the result is encodable as UTF-8 and
    writes nothing but printable text to a terminal. (A backslash is not doubled: a name spelt
    with a literal ``\\x1b`` looks like one holding ESC, which is ambiguous but harmless.)
    """
    if _UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_escape, text)


# What json.dumps(ensure_ascii=False) leaves raw: it escapes C0 controls only.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def safe_json(value: object) -> str:
    """``value`` as indented JSON, exact when read back, with no control, bidi or surrogate raw.

    Such characters can only stand inside JSON strings, where ``\\uXXXX`` is their escape: a
    reader gets the same string back (a lone surrogate too, which ``os.fsencode`` turns back
    into the file name's bytes), and the text is valid UTF-8 that is safe to print.
    """
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return _JSON_RAW.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def write_safe_json_list(file: TextIO, items: Iterable[object]) -> None:
    """Write ``safe_json(list(items))`` and a newline to ``file``, one item at a time: the same
    bytes, without the whole list's records and text in memory at once (a large corpus's events
    as JSON are several times the size of its articles)."""
    first = True
    for item in items:
        item_text = safe_json(item).replace("\n", "\n  ")  # (a JSON text's newlines are its own)
        file.write(("[\n  " if first else ",\n  ") + item_text)
        first = False
    file.write("[]\n" if first else "\n]\n")
