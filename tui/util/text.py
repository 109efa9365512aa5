"""Small text helpers shared by every layer: folding for matching, and control-character hygiene."""

from __future__ import annotations

import re
import unicodedata

# C0 and C1 control characters except tab and newline. They are replaced one for one so that
# every character offset into the decoded file stays valid.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def strip_controls(text: str) -> str:
    """Replace terminal control characters (ESC, BEL, CR, ...) by spaces, keeping offsets."""
    return _CONTROL.sub(" ", text)


# Bidi embeddings, overrides and isolates reorder what follows them on a terminal that applies
# bidi; a lone surrogate (a file name's non-UTF-8 byte) is written as six characters where one
# cell was counted. Either is shown as U+FFFD in a pane (tui.util.safe escapes them visibly where
# the length may change).
_HIDDEN = re.compile("[\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` for one line of a pane: line breaks and tabs too become spaces, bidi controls and
    lone surrogates U+FFFD (one for one: offsets kept)."""
    return _HIDDEN.sub("\ufffd", strip_controls(text.replace("\n", " ").replace("\t", " ")))


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Sergueï' and 'SERGUEI' fold to 'serguei'."""
    if text.isascii():  # nothing to decompose, no accent to drop
        return text.casefold()
    return unicodedata.normalize("NFKD", text).translate(_DROP_COMBINING).casefold()


class _CombiningTable(dict):
    """A str.translate table deleting combining marks, filled as characters are met."""

    def __missing__(self, code: int) -> str | None:
        character = chr(code)
        value = None if unicodedata.combining(character) else character
        self[code] = value
        return value


_DROP_COMBINING = _CombiningTable()


# Typographic variants that should compare equal when matching names.
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "«": '"', "»": '"', "“": '"', "”": '"'})


def normalise_quotes(text: str) -> str:
    """Same length mapping of curly and guillemet quotes to ASCII ones."""
    return text.translate(_QUOTES)


# What must not reach a terminal or a one-line message as is: control characters, lone surrogates
# (a file name's undecodable bytes), line and paragraph separators, and bidirectional overrides.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """``text`` with every unprintable character written as an escape: a newline as ``\\n``, the
    undecodable byte 0xff of a file name as ``\\xff``, ESC as ``\\x1b``. Idempotent."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's surrogateescape of one undecodable byte
        return f"\\x{code - 0xDC00:02x}"
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(match.group()) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def clip(text: str, limit: int = 80) -> str:
    """``text`` on one printable line (white space runs become one space) and at most ``limit``
    characters long, an ellipsis marking a cut: a piece of input quoted in a message."""
    line = printable(" ".join(text[: 4 * limit].split()))  # (a prefix: the text may be megabytes)
    return line if len(line) <= limit else line[: limit - 1] + "…"
