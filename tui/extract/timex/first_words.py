"""The words a date rule's match can open with, read from the rule's regex.

A rule is tried at a word of the text ("la", "depuis", "2012"); its match covers that word whole
(the matcher ends on ``(?![\\w])``), so a rule whose matches can only open with other words
cannot match there. :func:`first_words` gives, for a rule's pattern, every word its matches can
open with (casefolded), or None when that cannot be told from the pattern (a ``\\w`` class, a
digit run of any length, a back-reference...): such a rule is tried everywhere, as before.

The set is a superset, never a subset: a constraint the walk does not follow (a look-around, an
anchor) only lets more words in. Case: a word of the text is compared casefolded, and only when
it is ASCII; a pattern letter some ASCII letter matches case-insensitively though their
casefolds differ (the dotless "ı" matches "i") makes the rule's set unknown.
"""

from __future__ import annotations

import re

_MAX_STATES = 3000  # partial words followed at once: more, and the set is unknown
_MAX_WORD = 40  # characters of one opening word
_MAX_REPEATS = 45  # turns of a repeat followed


class _Unknown(Exception):
    """The pattern's opening words cannot be told."""


State = tuple[str, bool]  # the opening word so far, and whether a non-word character ended it


def first_words(pattern: str, flags: int) -> frozenset[str] | None:
    """The casefolded words the matches of ``pattern`` can open with ("" for a match that opens
    on a non-word character), or None when unknown."""
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - other Pythons: every rule tried everywhere
        return None
    try:
        states = _Walk(_constants).sequence(_parser.parse(pattern, flags), {("", False)})
    except (_Unknown, RecursionError):
        return None
    except Exception:  # noqa: BLE001 - another Python's parse tree: unknown, never wrong
        return None
    return frozenset(word for word, _ in states)


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w matches (str patterns)


_ASCII_TWINS: dict[str, bool] = {}


def _hidden_twin(char: str) -> bool:
    """Whether some ASCII character matches ``char`` case-insensitively ("ı", "ſ", the Kelvin
    sign): their casefolds differ, so comparing casefolds could miss the match."""
    if char.isascii():
        return False
    if char not in _ASCII_TWINS:
        _ASCII_TWINS[char] = any(re.fullmatch(re.escape(char), chr(a), re.IGNORECASE) for a in range(128))
    return _ASCII_TWINS[char]


class _Walk:
    """Follows a parsed pattern character by character up to the end of its opening word."""

    def __init__(self, constants: object) -> None:
        self.c = constants

    def sequence(self, items: object, states: set[State]) -> set[State]:
        for op, av in items:  # type: ignore[attr-defined]
            if all(done for _, done in states):
                return states
            states = self.item(op, av, states)
            if len(states) > _MAX_STATES:
                raise _Unknown
        return states

    def item(self, op: object, av: object, states: set[State]) -> set[State]:
        c = self.c
        if op is c.LITERAL:
            return _step(states, chr(av))  # type: ignore[arg-type]
        if op is c.IN:
            return self.char_set(av, states)
        if op is c.BRANCH:
            return set().union(*(self.sequence(branch, states) for branch in av[1]))  # type: ignore[index]
        if op is c.SUBPATTERN:
            return self.sequence(av[-1], states)  # type: ignore[index]
        if op is getattr(c, "ATOMIC_GROUP", None):
            return self.sequence(av, states)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            return self.repeat(*av, states)  # type: ignore[misc]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return states  # zero-width: not followed (more words, never fewer)
        raise _Unknown

    def char_set(self, av: object, states: set[State]) -> set[State]:
        c = self.c
        items = list(av)  # type: ignore[call-overload]
        if items and items[0][0] is c.NEGATE:
            # [^\S\n]: white space only, which ends a word; any other negated set is unknown.
            if any(o is c.CATEGORY and a is c.CATEGORY_NOT_SPACE for o, a in items[1:]):
                return {(word, True) for word, _ in states}
            raise _Unknown
        chars: set[str] = set()
        for o, a in items:
            if o is c.LITERAL:
                chars.add(chr(a))
            elif o is c.RANGE and a[1] - a[0] <= 300:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                chars.update("0123456789")  # (a digit run of any length makes too many: unknown)
            elif o is c.CATEGORY and a is c.CATEGORY_SPACE:
                chars.add(" ")  # any white space ends a word alike
            else:
                raise _Unknown
        return set().union(*(_step(states, char) for char in chars)) if chars else set()

    def repeat(self, low: int, high: int, sub: object, states: set[State]) -> set[State]:
        out = set(states) if low == 0 else set()
        current = states
        turns = 0
        while turns < high:
            turns += 1
            following = self.sequence(sub, current)
            if turns >= low:
                out |= following
                if following == current or all(done for _, done in following):
                    break
            if turns > _MAX_REPEATS or len(out) > _MAX_STATES:
                raise _Unknown
            current = following
        return out


def _step(states: set[State], char: str) -> set[State]:
    """The states once ``char`` follows: a word character extends the open words, another ends
    them."""
    if not _is_word(char):
        return {(word, True) for word, _ in states}
    if _hidden_twin(char):
        raise _Unknown
    folded = char.casefold()
    out: set[State] = set()
    for word, done in states:
        if done:
            out.add((word, True))
        elif len(word) >= _MAX_WORD:
            raise _Unknown
        else:
            out.add((word + folded, False))
    return out
