"""Word wrapping of a paragraph in one pass: where its lines start.

The lines are the ones Rich gives a ``Text`` wrapped with ``fold`` (words split at white space,
a word longer than a line cut into line-long pieces, the white space after a word kept at the
end of its line), worked out with Rich's public cell measures only. A paragraph whose
characters are all one cell wide (any Latin, Greek or Cyrillic text) is wrapped a line at a
time with searches that run in C, so a paragraph of megabytes wraps in a fraction of a second;
any other (wide or zero-width characters) is wrapped a word at a time.
"""

from __future__ import annotations

import re
from array import array
from functools import lru_cache

from rich.cells import cell_len, chop_cells

# A word: its leading white space (only the first word has any), its letters, its trailing
# white space. "White space" is Unicode's, as str.isspace and str.rstrip see it.
_WORD = re.compile(r"\s*\S+\s*")
_SPACES = re.compile(r"\s*")
_LETTERS = re.compile(r"\S*")
_THROUGH_LAST_SPACE = re.compile(r"(?s:.*)\s")  # with an end position: up to the last space before it
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def line_starts(text: str, width: int) -> array:
    """Offsets in ``text`` where its second, third... lines start when wrapped at ``width``
    cells (``width`` >= 1). An empty list: one line."""
    if width < 1:
        raise ValueError(f"a line is at least one cell wide, not {width}")
    if _single_cells(text):
        return _starts_single_cells(text, width)
    return _starts_by_word(text, width)


@lru_cache(maxsize=4096)
def _one_cell(character: str) -> bool:
    return cell_len(character) == 1


def _single_cells(text: str) -> bool:
    """Whether every character of ``text`` takes one cell (so that cells count as characters)."""
    if text.isascii():
        return _ASCII_CONTROL.search(text) is None
    return all(_one_cell(character) for character in set(text))


def _starts_single_cells(text: str, width: int) -> array:
    """``line_starts`` for text whose characters are one cell each, a line per step.

    On a line starting at ``line``, a word fits when its letters end at ``line + width`` at the
    latest: the first word that does not is the one whose letters cover that position, or the
    first one after it. That word starts the next line, or is cut into pieces when longer than
    a line (the last piece starting the line after).
    """
    starts = array("q")
    size = len(text)
    lead = _SPACES.match(text).end()  # the first word starts at 0, with this white space
    if lead == size:
        return starts
    line = position = 0  # where the current line starts; where its next word starts
    while line + width < size:
        limit = line + width
        if text[limit].isspace():
            letters = _SPACES.match(text, limit).end()
            if letters == size:
                break
        else:
            before = _THROUGH_LAST_SPACE.match(text, position, limit)
            letters = before.end() if before else position
        word = 0 if letters == lead else letters
        end = _LETTERS.match(text, letters).end()
        position = _SPACES.match(text, end).end()
        if end - word > width:  # cut into pieces of a line each
            if word:
                starts.append(word)
            pieces = (position - word - 1) // width
            starts.extend(range(word + width, word + pieces * width + 1, width))
            line = word + pieces * width
        else:
            starts.append(word)
            line = word
    return starts


def _starts_by_word(text: str, width: int) -> array:
    """``line_starts`` for any text, a word per step, measuring cells."""
    starts = array("q")
    used = 0  # cells taken on the current line, the white space after its last word included
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = cell_len(word.rstrip())
        if width - used >= length:
            used += cell_len(word)
        elif length > width:  # longer than a line: cut into pieces of a line each
            pieces = chop_cells(word, width)
            for piece in pieces:
                if start:
                    starts.append(start)
                start += len(piece)
                used = cell_len(piece)
        elif used and start:
            starts.append(start)
            used = cell_len(word)
    return starts
