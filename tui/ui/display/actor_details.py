"""What the actor details screen shows: who an actor is, when it appears, and with whom.

Each piece comes with its plain text (what the tests and the screen's ``info_text`` read).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from tui.extract.model import Actor, ActorKind, Role
from tui.store import Store
from tui.ui.display.cells import fit
from tui.util.text import one_line

MEMBERS_SHOWN = 8
MAX_NAME_WIDTH = 30  # the co-actors' name column
KIND_NAMES = {
    ActorKind.PERSON: "person",
    ActorKind.ORGANISATION: "organisation",
    ActorKind.COUNTRY: "country",
    ActorKind.PLACE: "place",
    ActorKind.MEDIA: "media",
    ActorKind.UNKNOWN: "other",
}


def kind_name(kind: str) -> str:
    """How the details name an actor kind ("other" for the unknown ones)."""
    return KIND_NAMES.get(kind, kind)  # type: ignore[call-overload]


def role_text(store: Store, role: Role) -> str:
    """ "directeur du SVR", "chef de la CIA", "ambassadeur d'Iran"."""
    of = store.actors[role.of].name if 0 <= role.of < len(store.actors) else "?"
    if not role.preposition:
        return one_line(f"{role.title} {of}")
    joiner = "" if role.preposition.endswith(("'", "’")) else " "
    return one_line(f"{role.title} {role.preposition}{joiner}{of}")


def unseen(names: tuple[str, ...], seen: set[str]) -> list[str]:
    """``names`` not in ``seen`` (case-insensitively), each once; adds them to ``seen``."""
    kept = []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(name)
    return kept


def info_table(store: Store, actor: Actor) -> tuple[Table, list[str]]:
    """A "label  value" table (kind, aliases, names in the text, affiliations, members, roles,
    counts) and its lines as "label: value"."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    plain: list[str] = []

    def row(label: str, value: Text) -> None:
        table.add_row(Text(label), value)
        plain.append(f"{label}: {value.plain}")

    row("Kind", Text(kind_name(actor.kind)))
    seen = {actor.name.casefold()}
    aliases = unseen(actor.aliases, seen)
    if aliases:
        row("Aliases", Text(", ".join(one_line(a) for a in aliases)))
    surfaces = unseen(actor.surfaces, seen)
    if surfaces:
        row("In the text", Text(", ".join(one_line(s) for s in surfaces)))
    parents = actor.affiliations or ((actor.member_of,) if actor.member_of is not None else ())
    if parents:
        row("Belongs to", Text(", ".join(one_line(store.actors[p].name) for p in parents if 0 <= p < len(store.actors))))
    members = store.members(actor.id)
    if members:
        names = sorted(store.actors[m].name for m in members)
        shown = ", ".join(one_line(n) for n in names[:MEMBERS_SHOWN])
        more = len(names) - MEMBERS_SHOWN
        row("Members", Text(shown + (f", +{more} more" if more > 0 else "")))
    if actor.roles:
        row("Roles", roles_text(store, actor.roles))
    count = store.event_count(actor.id)
    row("Events", Text(f"{count} event{'s' if count != 1 else ''}, {actor.mentions} mention{'s' if actor.mentions != 1 else ''}"))
    return table, plain


def roles_text(store: Store, roles: Sequence[Role]) -> Text:
    """One line per role: the role, its date and the article giving it (dimmed)."""
    text = Text()
    for n, role in enumerate(roles):
        if n:
            text.append("\n")
        text.append(role_text(store, role))
        text.append(f"  {role.date}", style="dim")
        if 0 <= role.doc < len(store.documents):
            text.append(f"  {one_line(store.documents[role.doc].path)}", style="dim italic")
    return text


def event_row(store: Store, which: str, event_id: int) -> tuple[Table, str]:
    """A first/last event line: label, date, and the sentence wrapped in its own column."""
    event = store.events[event_id]
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True, width=5)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    date, sentence = event.when.display(), one_line(event.text)
    table.add_row(Text(which), Text(date), Text(sentence, style="italic"))
    return table, f"{which} {date} {sentence}"


def co_actor_name_width(store: Store, co_actors: Sequence[tuple[int, int]]) -> int:
    """The width of the co-actors' name column: their longest name, up to ``MAX_NAME_WIDTH``."""
    return min(MAX_NAME_WIDTH, max(cell_len(one_line(store.actors[a].name)) for a, _ in co_actors))


def co_actor_row(store: Store, actor_id: int, shared: int, name_w: int) -> tuple[Text, str]:
    """A co-actor line: its name, its kind and the number of events it shares."""
    other = store.actors[actor_id]
    name = fit(other.name, name_w)
    kind = kind_name(other.kind)
    events_ = f"{shared} shared event{'s' if shared != 1 else ''}"
    text = Text(end="", no_wrap=True, overflow="ellipsis")
    text.append(name, style="bold")
    text.append(" " * (name_w - cell_len(name) + 2))
    text.append(f"{kind:<13}", style="dim")
    text.append(events_)
    return text, f"{other.name} {kind} {events_}"
