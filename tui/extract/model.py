"""What extraction finds in a document: temporal expressions, actor mentions and events.

Everything here is plain data (no Textual, no I/O) so it can be cached, pickled across
processes and tested without a screen. Offsets index ``Document.text``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple


class Precision(StrEnum):
    """How precisely an event's date is known, finest first (the order sorts ties)."""

    TIME = "time"  # a part of a day ("hier soir"): still placed on its day
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    YEAR = "year"
    RANGE = "range"  # an explicit span: "en 2011 et 2012", "du 3 au 5 mai"
    DECADE = "decade"
    CENTURY = "century"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {p: i for i, p in enumerate(Precision)}


@dataclass(frozen=True, slots=True)
class When:
    """Where a date sits on the timeline: an inclusive day interval at a precision.

    ``label`` is the ISO form at that precision ("2025-03-11", "2025-01", "2014", "2011/2012",
    "2012-SU", "199X"); ``uncertain`` marks a date the text does not pin down (a bare weekday in
    an article dated only by month keeps the month and is uncertain).
    """

    first: dt.date
    last: dt.date
    precision: Precision
    label: str
    uncertain: bool = False

    @property
    def span_days(self) -> int:
        """Days from its first to its last (0 for a day)."""
        return (self.last - self.first).days

    def nests_with(self, other: "When") -> bool:
        """Whether one of the two intervals holds the other: they may be one happening's date."""
        return (self.first <= other.first and other.last <= self.last) or (other.first <= self.first and self.last <= other.last)

    def display(self, lang: str = "en") -> str:
        """Human form for tables and the timeline: '2011–2012', '~2021-11'; decades and centuries
        as people write them in ``lang`` ("1990s", "années 1990"; "15th century", "XVe siècle")."""
        text = _period_name(self, lang) or _time_of_day(self, lang) or self.label.replace("/", "–")
        return f"~{text}" if self.uncertain else text


_PARTS_OF_DAY = {
    "MO": ("morning", "matin"), "MI": ("midday", "midi"), "AF": ("afternoon", "après-midi"),
    "EV": ("evening", "soir"), "NI": ("night", "nuit"), "DT": ("daytime", "journée"),
}


def _time_of_day(when: When, lang: str) -> str | None:
    """A part of a day or a clock time after its day ("2012-10-30 evening", "2012-10-30 07:30")
    rather than TIMEX3's "2012-10-30TEV"."""
    day, sep, part = when.label.partition("T")
    if when.precision is not Precision.TIME or not sep:
        return None
    names = _PARTS_OF_DAY.get(part)
    return f"{day} {names[1] if lang == 'fr' else names[0]}" if names else f"{day} {part}"


def _period_name(when: When, lang: str) -> str | None:
    """A decade's or a century's name in ``lang`` (French, else English), from its ISO label
    ("199X", "14XX"); None for any other date."""
    label = when.label
    if when.precision is Precision.DECADE and len(label) == 4 and label[:3].isdigit() and label[3] == "X":
        start = int(label[:3]) * 10
        return f"années {start}" if lang == "fr" else f"{start}s"
    if when.precision is Precision.CENTURY and len(label) == 4 and label[:2].isdigit() and label[2:] == "XX":
        number = int(label[:2]) + 1
        if lang == "fr":
            return f"{_roman(number)}{'er' if number == 1 else 'e'} siècle"
        suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix} century"
    return None


def _roman(number: int) -> str:
    digits = []
    for value, numeral in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        digits.append(numeral * count)
    return "".join(digits)


class ActorKind(StrEnum):
    """What an actor is. A ``str`` enum: JSON and the tables print its value ("person"). The
    order is the display order: people first, the actors of unknown kind last."""

    PERSON = "person"
    ORGANISATION = "organisation"
    COUNTRY = "country"
    PLACE = "place"
    MEDIA = "media"
    UNKNOWN = "unknown"


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression in TIMEX3 terms, plus its place on the timeline when it has one.

    ``when`` is None for durations, sets and references that name no point (PRESENT_REF).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    when: When | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming an actor, before corpus-wide resolution.

    ``key`` is the folded surface form; ``entry`` the gazetteer entry's canonical name when a
    gazetteer alias matched, else None (a discovered name, resolved against the corpus later).
    """

    start: int
    end: int
    surface: str
    key: str
    entry: str | None
    kind: ActorKind
    # A lone capitalised word opening a sentence: kept only if the corpus knows the name
    # otherwise (a surname met in full, or the same word capitalised mid-sentence elsewhere).
    weak: bool = False
    # An acronym defined in brackets right after a name ("Nouvelle Démocratie (ND)"): that
    # name's key, so the acronym joins it wherever the corpus uses it.
    expands_to: str | None = None
    # How much the evidence for ``kind`` weighs (tui.extract.context: WEAK 1, FAIR 2, STRONG 3;
    # 0 for none, or a kind only copied from another mention of the article).
    weight: int = 0


@dataclass(frozen=True, slots=True)
class Role:
    """A role an article gives an actor: "directeur" "du" SVR, "ambassadeur" "en" Russie."""

    title: str
    preposition: str
    of: int  # the actor the role is at
    date: str  # the article's date (ISO, at its precision): roles change over time
    doc: int


@dataclass(frozen=True, slots=True)
class Actor:
    """One real entity across the corpus, whatever names the articles give it."""

    id: int
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]  # other names met in the corpus or given by the gazetteer
    mentions: int
    member_of: int | None = None  # the actor it belongs to, when that one is in the corpus too
    surfaces: tuple[str, ...] = ()  # the names the articles actually use, most frequent first
    affiliations: tuple[int, ...] = ()  # actors it belongs to: the gazetteer's, then the text's
    roles: tuple[Role, ...] = ()  # in date order


@dataclass(frozen=True, slots=True)
class ResolvedMention:
    start: int
    end: int
    actor: int


class Evidence(NamedTuple):
    """One sentence telling an event: where it is, the date phrase that dates it (-1 when
    none), and the rule that joined it to the event ("first" for the one giving its date)."""

    doc: int
    start: int
    end: int
    timex_start: int = -1
    timex_end: int = -1
    rule: str = "first"
    clause_start: int = -1  # the clause telling it, inside the sentence (-1: the whole sentence)
    clause_end: int = -1

    @property
    def clause(self) -> tuple[int, int] | None:
        """The clause telling the event, or None when only its sentence is known."""
        return (self.clause_start, self.clause_end) if self.clause_start >= 0 else None


@dataclass(frozen=True, slots=True)
class Event:
    """A happening: the timeline's unit.

    ``doc``, ``start``/``end`` (its sentence) and ``timex_start``/``timex_end`` (the date phrase)
    are its first evidence's: the telling that gives its date. ``evidence`` lists every telling,
    that one first. ``id`` is the event's position in date order. ``dated_by_article``: no
    sentence dates it, the article's date stands in ("as of" the article).
    """

    id: int
    doc: int
    start: int
    end: int
    timex_start: int
    timex_end: int
    when: When
    actors: tuple[int, ...]
    text: str
    headline: str = ""
    kind: str = "other"
    reported: When | None = None
    dated_by_article: bool = False
    evidence: tuple[Evidence, ...] = ()
    participants: int = -1  # how many of ``actors`` take part; the rest are places (-1: all)

    @property
    def participant_ids(self) -> tuple[int, ...]:
        return self.actors if self.participants < 0 else self.actors[: self.participants]

    @property
    def place_ids(self) -> tuple[int, ...]:
        return () if self.participants < 0 else self.actors[self.participants :]

    @property
    def dated_by_report(self) -> bool:
        """No sentence dates it, but a reporting clause says when it was told: its date is that
        day's ("reported 2025-03-12")."""
        return (
            not self.dated_by_article and self.reported is not None and self.when == self.reported and self.timex_start < 0
        )

    @property
    def sources(self) -> tuple[int, ...]:
        """The distinct articles telling it, its own first."""
        return tuple(dict.fromkeys(e.doc for e in self.evidence)) or (self.doc,)


class DatedSentence(NamedTuple):
    """An event before the store numbers it: an Event without its id, and without its text
    (the store cuts that from the document when an event is shown). ``evidence`` empty: the
    event's own sentence is its only evidence."""

    doc: int
    start: int
    end: int
    timex_start: int
    timex_end: int
    when: When
    actors: tuple[int, ...]
    headline: str = ""
    kind: str = "other"
    reported: When | None = None
    dated_by_article: bool = False
    evidence: tuple[Evidence, ...] = ()
    participants: int = -1
