"""The actor list's rows without the app: actors grouped by kind, with their counts."""

from __future__ import annotations

from rich.style import Style

from tui.extract.model import Actor, ActorKind
from tui.ui.display.actor_groups import (
    KIND_ORDER,
    actor_segments,
    group_rows,
    heading_segments,
)

ACTORS = [
    Actor(0, "Russie", ActorKind.COUNTRY, (), 9),
    Actor(1, "Sergueï Narychkine", ActorKind.PERSON, (), 4),
    Actor(2, "CIA", ActorKind.ORGANISATION, (), 3),
    Actor(3, "William Burns", ActorKind.PERSON, (), 2),
    Actor(4, "Iran", ActorKind.COUNTRY, (), 2),
    Actor(5, "Quelqu’un", "a kind from elsewhere", (), 1),  # type: ignore[arg-type]
    Actor(6, "Anna", ActorKind.PERSON, (), 1),
]
NAMES = [a.name.casefold() for a in ACTORS]
COUNTS = [5, 2, 3, 2, 0, 1, 7]


def style(component: str) -> Style:
    return Style(color="white") if component == "" else Style(meta={"component": component})


def render(rows, width=30, by_name=False) -> list[str]:
    lines = []
    for n, (kind, value) in enumerate(rows):
        if kind == "heading":
            segments = heading_segments(value, width, n == 0, by_name, style)
        else:
            segments = actor_segments(ACTORS[value], COUNTS[value], value == 1, width, style)
        lines.append("".join(s.text for s in segments))
    return lines


def test_actors_grouped_by_kind_most_counted_first():
    rows = group_rows(ACTORS, range(len(ACTORS)), COUNTS, NAMES, by_name=False)
    assert render(rows) == [
        " People              by count",
        " ○ Anna                     7",
        " ● Sergueï Narychkine       2",  # selected
        " ○ William Burns            2",  # same count: by name
        " Organisations",
        " ○ CIA                      3",
        " Countries",
        " ○ Russie                   5",
        " ○ Iran                     0",
        " Other",
        " ○ Quelqu’un                1",  # a kind the list does not know goes with the others
    ]


def test_actors_by_name_and_only_those_shown():
    rows = group_rows(ACTORS, [0, 3, 4, 6], COUNTS, NAMES, by_name=True)
    assert rows == [("heading", 0), ("actor", 6), ("actor", 3), ("heading", 2), ("actor", 4), ("actor", 0)]
    assert render(rows, width=20, by_name=True)[0] == " People     by name"  # the last cell left blank
    assert render(rows, width=14, by_name=True)[0] == " People   a–z"  # short of room: the short label
    assert render(rows, width=8, by_name=True)[0] == " People"


def test_headings_follow_the_kinds_order():
    assert KIND_ORDER == tuple(ActorKind)
    assert KIND_ORDER[0] is ActorKind.PERSON and KIND_ORDER[-1] is ActorKind.UNKNOWN


def test_an_actor_row_is_coloured_by_kind_and_dims_a_zero_count():
    name, count = actor_segments(ACTORS[4], 0, False, 20, style)[1::2]
    assert name.style == style("") + style("actor-list--country")
    assert count.style == style("") + style("actor-list--zero")
    mark, name = actor_segments(ACTORS[1], 2, True, 20, style)[:2]
    assert name.style == style("") + style("actor-list--person") + style("actor-list--selected")
    assert mark.style == name.style and mark.text == " ● "
    assert "".join(s.text for s in actor_segments(ACTORS[1], 2, True, 20, style)) == " ● Sergueï Naryc… 2"
