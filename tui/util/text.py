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


def one_line(text: str) -> str:
    """``text`` for one line of a pane: line breaks and tabs too become spaces (offsets kept)."""
    return strip_controls(text.replace("\n", " ").replace("\t", " "))


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
