"""What a clause says happened (:class:`Happening`), and a document's happenings kept as columns."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass



@dataclass(slots=True)  # (not frozen: ~180k are made at 10k articles; frozen ones cost 3× more to make)
class Happening:
    """One telling of a happening: a predicate in a clause of a sentence.

    Offsets index the document's text. ``timex`` and ``reported`` index the document's timexes
    (-1: none; without a date of its own the happening is placed at the article's date).
    ``scope`` lists the spans where its participants are named: its clause, or where the
    clause names nobody, the sentence less its reporting clauses. ``refers_back`` marks a
    demonstrative ("cette conversation"): it continues an event told before.
    """

    start: int  # the sentence
    end: int
    clause_start: int
    clause_end: int
    trigger_start: int
    trigger_end: int
    kind: str
    timex: int
    reported: int
    scope: tuple[tuple[int, int], ...]
    headline: str
    refers_back: bool = False
    # An event noun told with no date and no verb making it happen ("à l'issue d'une
    # rencontre"): an event only if its sentence dates it or a later sentence refers back to it.
    weak: bool = False
    # "also", "again", "another", "à nouveau": its clause says it is one more happening, not
    # the one told just before.
    another: bool = False
    # Told by the article's title ("Apple Corps sues Apple Computer"): evidence of the lead's
    # happening, never an event of its own.
    title: bool = False
    # A sentence telling nothing of its own right after one that does, naming someone or
    # quoting: it may go on with what was just told (see tui.extract.merge).
    continues: bool = False
    # A definite event noun opening its sentence ("The settlement included …", "Le sommet a
    # duré …"): given, not new; it may be the happening told just before (see tui.extract.merge).
    definite: bool = False
    # Told by a verb in a past tense as done, not a perfect of now ("a voté", "announced"; not
    # "has sold", "avait signé", "sells"): a step of the story the article narrates.
    narrated: bool = False


class HappeningTable(Sequence[Happening]):
    """A document's happenings kept as columns (a cache entry and the corpus in memory hold
    ~15 per article: as objects, ~70 MB at 10k articles); ``table[i]`` makes happening ``i``."""

    __slots__ = ("numbers", "scopes", "scope_bounds", "headlines", "kinds")
    _WIDTH = 10  # start, end, clause_start, clause_end, trigger_start, trigger_end, kind, timex, reported, flags

    def __init__(self, numbers: array, scopes: array, scope_bounds: array, headlines: tuple[str, ...], kinds: tuple[str, ...]) -> None:
        self.numbers, self.scopes, self.scope_bounds = numbers, scopes, scope_bounds
        self.headlines, self.kinds = headlines, kinds

    @classmethod
    def of(cls, happenings: Sequence[Happening]) -> "HappeningTable":
        numbers, scopes, bounds = array("i"), array("i"), array("i", [0])
        kinds: dict[str, int] = {}
        for h in happenings:
            flags = (1 if h.refers_back else 0) | (2 if h.weak else 0) | (4 if h.another else 0) | (8 if h.title else 0) | (16 if h.continues else 0) | (32 if h.definite else 0) | (64 if h.narrated else 0)
            numbers.extend((h.start, h.end, h.clause_start, h.clause_end, h.trigger_start, h.trigger_end,
                            kinds.setdefault(h.kind, len(kinds)), h.timex, h.reported, flags))
            for lo, hi in h.scope:
                scopes.extend((lo, hi))
            bounds.append(len(scopes))
        return cls(numbers, scopes, bounds, tuple(h.headline for h in happenings), tuple(kinds))

    def __reduce__(self) -> tuple:
        return HappeningTable, (self.numbers, self.scopes, self.scope_bounds, self.headlines, self.kinds)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, HappeningTable) and self.__reduce__()[1] == other.__reduce__()[1]

    __hash__ = None  # type: ignore[assignment]

    def __len__(self) -> int:
        return len(self.headlines)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not 0 <= i < len(self):
            raise IndexError(f"happening {i} of {len(self)}")
        return self._happening(i)

    def __iter__(self) -> Iterator[Happening]:
        # (not Sequence's: its index checks and IndexError cost more than making a happening)
        return map(self._happening, range(len(self)))

    def _happening(self, i: int) -> Happening:
        n = self.numbers[i * self._WIDTH : (i + 1) * self._WIDTH]
        flat = self.scopes[self.scope_bounds[i] : self.scope_bounds[i + 1]]
        scope = tuple(zip(flat[::2], flat[1::2]))  # (lo, hi) pairs
        return Happening(n[0], n[1], n[2], n[3], n[4], n[5], self.kinds[n[6]], n[7], n[8], scope, self.headlines[i],
                         bool(n[9] & 1), bool(n[9] & 2), bool(n[9] & 4), bool(n[9] & 8), bool(n[9] & 16), bool(n[9] & 32),
                         bool(n[9] & 64))
