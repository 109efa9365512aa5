"""The actor list's rows: actors grouped by kind under headings, each with its count.

A row is ``("heading", kind index)`` (an index into ``KIND_ORDER``) or ``("actor", actor id)``.
Within a kind the actors are sorted by count (most first) or by name; the first heading also
says the order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style

from tui.extract.model import Actor, ActorKind
from tui.ui.display.cells import fit

KIND_ORDER: tuple[ActorKind, ...] = tuple(ActorKind)
KIND_HEADINGS = {
    ActorKind.PERSON: "People",
    ActorKind.ORGANISATION: "Organisations",
    ActorKind.COUNTRY: "Countries",
    ActorKind.PLACE: "Places",
    ActorKind.MEDIA: "Media",
    ActorKind.UNKNOWN: "Other",
}
KIND_COMPONENTS = {kind: f"actor-list--{kind.value}" for kind in ActorKind}
SELECTED_MARK = "●"
UNSELECTED_MARK = "○"
ORDER_LABELS = {False: ("by count", "#"), True: ("by name", "a–z")}  # (label, short label) per sort_by_name

Row = tuple[str, int]  # ("heading", index in KIND_ORDER) or ("actor", actor id)
StyleOf = Callable[[str], Style]  # a component class's style; "" for the widget's own


def kind_index(kind: str) -> int:
    """``kind``'s place in ``KIND_ORDER`` (an unknown kind goes with the unknown ones)."""
    return KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER) - 1  # type: ignore[arg-type]


def group_rows(
    actors: Sequence[Actor], shown: Iterable[int], counts: Sequence[int], names: Sequence[str], by_name: bool
) -> list[Row]:
    """The rows listing the actors ``shown`` (ids into ``actors``): a heading per kind present,
    in ``KIND_ORDER``, then its actors by ``counts`` (most first; then by name) or by
    ``names`` (folded names per actor id)."""
    groups: dict[int, list[int]] = {}
    for actor_id in shown:
        groups.setdefault(kind_index(actors[actor_id].kind), []).append(actor_id)
    if by_name:
        key = lambda a: (names[a], a)  # noqa: E731
    else:
        key = lambda a: (-counts[a], names[a], a)  # noqa: E731
    rows: list[Row] = []
    for index in sorted(groups):
        rows.append(("heading", index))
        rows.extend(("actor", a) for a in sorted(groups[index], key=key))
    return rows


def heading_segments(index: int, width: int, first: bool, by_name: bool, style: StyleOf) -> list[Segment]:
    """A kind's heading; the first one also says the order (in short when the room is short)."""
    base = style("")
    title = " " + KIND_HEADINGS[KIND_ORDER[index]]
    segments = [Segment(fit(title, width), base + style("actor-list--heading"))]
    if first:
        for order in ORDER_LABELS[by_name]:
            gap = width - cell_len(title) - cell_len(order) - 1
            if gap >= 1:
                segments += [Segment(" " * gap, base), Segment(order, base + style("actor-list--count"))]
                break
    return segments


def actor_segments(actor: Actor, count: int, selected: bool, width: int, style: StyleOf) -> list[Segment]:
    """An actor's row: its mark (selected or not), its name in its kind's colour, its count."""
    base = style("")
    mark = SELECTED_MARK if selected else UNSELECTED_MARK
    shown_count = str(count)
    count_style = style("actor-list--count" if count else "actor-list--zero")
    name_style = base + style(KIND_COMPONENTS[KIND_ORDER[kind_index(actor.kind)]])
    if selected:
        name_style += style("actor-list--selected")
    name_w = max(1, width - 4 - cell_len(shown_count) - 1)
    name = fit(actor.name, name_w)
    gap = max(1, width - 3 - cell_len(name) - cell_len(shown_count) - 1)
    return [
        Segment(f" {mark} ", name_style if selected else base + style("actor-list--count")),
        Segment(name, name_style),
        Segment(" " * gap, base),
        Segment(shown_count, base + count_style),
    ]


def empty_segments(message: str, width: int, style: StyleOf) -> list[Segment]:
    """The first row of an empty list."""
    return [Segment(fit(" " + message, width), style("") + style("actor-list--empty"))]
