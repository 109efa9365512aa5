"""Score actor recognition against hand-annotated gold actors.

    python tests/bench/eval_actors.py GOLD.yaml [GOLD.yaml ...] [--corpus PATH] [--details]

A gold file (see tests/bench/gold/) names its corpus folder (``corpus:``, relative to the repo
root or absolute; ``--corpus`` overrides it), the annotated ``files`` in it, and the ``actors``
those files name: ``name``, ``kind``, optional ``aliases`` and ``affiliations`` (gold names of
the actors it belongs to). The store is built from exactly those files (plus the folder's
``actors.yaml`` when there is one), as ``newsline`` would build it.

Matching: a system actor (one with at least one mention in the annotated files) matches a gold
actor when its name or one of its aliases equals, after ``tui.util.text.fold``, the gold name or
one of the gold aliases. Matching is many-to-many, so that merge errors show:

- precision: matched system actors / system actors; recall: matched gold actors / gold actors;
- kind accuracy: matched (gold, system) pairs whose kinds agree;
- unknown share: system actors of kind "unknown" / system actors (the gold has no such kind);
- splits: a gold actor matched by two system actors or more ("Narychkine" apart from
  "Sergueï Narychkine"); over-merges: a system actor matched by two gold actors or more;
- affiliations, for gold actors that give the key (``[]`` says "none"): a system link from a
  matched actor is right when its target matches one of the gold actor's gold ancestors (direct
  or not: "Hilliard belongs to États-Unis" is true when the gold says Hilliard → Ohio →
  États-Unis); recall counts the gold direct links whose two ends the system found, and a gold
  link is found when the system links the actor to an actor matching the gold parent.

Counts are summed over gold files for the overall line (micro-average). Exits 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tui.loading import open_store  # noqa: E402
from tui.util.text import fold  # noqa: E402

KINDS = ("person", "organisation", "country", "place", "media")


@dataclass(frozen=True)
class GoldActor:
    name: str
    kind: str
    keys: frozenset[str]  # folded name and aliases
    affiliations: tuple[str, ...] | None  # gold names; None when not annotated


@dataclass
class Gold:
    path: Path
    corpus: Path
    files: list[str]
    actors: list[GoldActor]


@dataclass
class Score:
    """Counts for one gold file (or, summed, for all of them)."""

    system: int = 0
    system_unknown: int = 0  # system actors of kind "unknown"
    system_matched: int = 0
    gold: int = 0
    gold_matched: int = 0
    pairs: int = 0
    kind_right: int = 0
    aff_system: int = 0
    aff_system_right: int = 0
    aff_gold: int = 0  # gold links whose both ends the system found
    aff_gold_found: int = 0
    aff_gold_all: int = 0  # every gold link of the scored actors
    splits: list[tuple[str, list[str]]] = field(default_factory=list)
    merges: list[tuple[str, list[str]]] = field(default_factory=list)
    false_positives: list[tuple[str, str]] = field(default_factory=list)  # (name, system kind)
    misses: list[tuple[str, str]] = field(default_factory=list)  # (name, gold kind)
    kind_errors: list[tuple[str, str, str]] = field(default_factory=list)  # (gold name, gold kind, system kind)
    aff_wrong: list[tuple[str, str]] = field(default_factory=list)  # (system actor, system parent)
    aff_missed: list[tuple[str, str]] = field(default_factory=list)  # (gold actor, gold parent)

    def add(self, other: "Score") -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)


def load_gold(path: Path, corpus_override: str | None) -> Gold:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list) or not data.get("files"):
        raise SystemExit(f"{path}: expected a mapping with 'corpus', 'files' and 'actors'")
    corpus = Path(corpus_override or data.get("corpus") or ".")
    if not corpus.is_absolute():
        corpus = (Path.cwd() if corpus_override else REPO) / corpus
    actors = []
    for number, raw in enumerate(data["actors"], 1):
        name = str(raw.get("name") or "").strip()
        kind = str(raw.get("kind") or "").strip()
        if not name or kind not in KINDS:
            raise SystemExit(f"{path}: actor {number} needs a name and a kind among {', '.join(KINDS)}")
        aliases = [str(a) for a in raw.get("aliases") or []]
        affiliations = raw.get("affiliations")
        actors.append(
            GoldActor(
                name,
                kind,
                frozenset(fold(n.strip()) for n in [name, *aliases] if n.strip()),
                None if affiliations is None else tuple(str(a) for a in affiliations),
            )
        )
    names = {a.name for a in actors}
    if len(names) != len(actors):
        duplicated = [n for n, c in Counter(a.name for a in actors).items() if c > 1]
        raise SystemExit(f"{path}: gold actors listed twice: {', '.join(duplicated)}")
    for actor in actors:
        for parent in actor.affiliations or ():
            if parent not in names:
                raise SystemExit(f"{path}: {actor.name}'s affiliation {parent!r} is not a gold actor")
    return Gold(path, corpus, [str(f) for f in data["files"]], actors)


def system_affiliations(actor) -> tuple[int, ...]:
    """The actor's parents: ``affiliations`` when the model has them, else ``member_of``."""
    parents = getattr(actor, "affiliations", None)
    if parents is None or (not parents and actor.member_of is not None):
        parents = (actor.member_of,) if actor.member_of is not None else ()
    return tuple(parents)


def score(gold: Gold) -> Score:
    paths = [gold.corpus / name for name in gold.files]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise SystemExit(f"{gold.path}: annotated files not found: {', '.join(missing)}")
    actors_file = gold.corpus / "actors.yaml"
    store = open_store(paths, actors_files=[actors_file] if actors_file.is_file() else [])
    for problem in store.problems:
        print(f"warning: {problem}", file=sys.stderr)

    mentioned = sorted({m.actor for mentions in store.mentions for m in mentions})
    system = {i: store.actors[i] for i in mentioned}
    system_keys = {i: {fold(a.name)} | {fold(x) for x in a.aliases} for i, a in system.items()}

    gold_of: dict[int, list[int]] = defaultdict(list)  # system id → gold indices
    system_of: dict[int, list[int]] = defaultdict(list)  # gold index → system ids
    for g, actor in enumerate(gold.actors):
        for i in mentioned:
            if actor.keys & system_keys[i]:
                gold_of[i].append(g)
                system_of[g].append(i)
    gold_of, system_of = dict(gold_of), dict(system_of)  # no entries created by lookups below

    s = Score(system=len(system), gold=len(gold.actors))
    s.system_unknown = sum(1 for a in system.values() if a.kind == "unknown")
    s.system_matched = len(gold_of)
    s.gold_matched = len(system_of)
    for i, actor in system.items():
        if i not in gold_of:
            s.false_positives.append((actor.name, actor.kind))
    for g, actor in enumerate(gold.actors):
        if g not in system_of:
            s.misses.append((actor.name, actor.kind))
        elif len(system_of[g]) > 1:
            s.splits.append((actor.name, [system[i].name for i in system_of[g]]))
        for i in system_of.get(g, ()):
            s.pairs += 1
            if system[i].kind == actor.kind:
                s.kind_right += 1
            else:
                s.kind_errors.append((actor.name, actor.kind, system[i].kind))
    for i, matched in gold_of.items():
        if len(matched) > 1:
            s.merges.append((system[i].name, [gold.actors[g].name for g in matched]))

    # Affiliations.
    index = {a.name: g for g, a in enumerate(gold.actors)}

    def ancestors(g: int) -> set[int]:
        found, stack = set(), [index[p] for p in gold.actors[g].affiliations or ()]
        while stack:
            p = stack.pop()
            if p not in found:
                found.add(p)
                stack.extend(index[q] for q in gold.actors[p].affiliations or ())
        return found

    for i, matched in gold_of.items():
        annotated = [g for g in matched if gold.actors[g].affiliations is not None]
        if not annotated:
            continue
        allowed = set().union(*(ancestors(g) for g in annotated))
        for parent in system_affiliations(system[i]):
            s.aff_system += 1
            if set(gold_of.get(parent, ())) & allowed:
                s.aff_system_right += 1
            else:
                s.aff_wrong.append((system[i].name, store.actors[parent].name))
    for g, actor in enumerate(gold.actors):
        if actor.affiliations is None:
            continue
        s.aff_gold_all += len(actor.affiliations)
        if g not in system_of:
            continue
        linked = {q for i in system_of[g] for p in system_affiliations(system[i]) for q in gold_of.get(p, ())}
        for parent in actor.affiliations:
            if index[parent] not in system_of:
                continue
            s.aff_gold += 1
            if index[parent] in linked:
                s.aff_gold_found += 1
            else:
                s.aff_missed.append((actor.name, parent))
    return s


def ratio(num: int, den: int) -> str:
    return f"{num / den:6.1%}" if den else "     –"


def f1(p_num: int, p_den: int, r_num: int, r_den: int) -> str:
    if not p_den or not r_den or not p_num or not r_num:
        return "     –"
    p, r = p_num / p_den, r_num / r_den
    return f"{2 * p * r / (p + r):6.1%}"


def table(rows: list[tuple[str, Score]]) -> str:
    header = ("gold", "sys", "gold", "P", "R", "F1", "kind", "unk", "splits", "merges", "aff P", "aff R")
    lines = []
    for label, s in rows:
        lines.append(
            (
                label,
                str(s.system),
                str(s.gold),
                ratio(s.system_matched, s.system),
                ratio(s.gold_matched, s.gold),
                f1(s.system_matched, s.system, s.gold_matched, s.gold),
                ratio(s.kind_right, s.pairs),
                ratio(s.system_unknown, s.system),
                str(len(s.splits)),
                str(len(s.merges)),
                f"{ratio(s.aff_system_right, s.aff_system).strip()} {s.aff_system_right}/{s.aff_system}",
                f"{ratio(s.aff_gold_found, s.aff_gold).strip()} {s.aff_gold_found}/{s.aff_gold}",
            )
        )
    widths = [max(len(row[c]) for row in [header, *lines]) for c in range(len(header))]

    def render(row: tuple[str, ...]) -> str:
        return "  ".join(cell.ljust(w) if c == 0 else cell.rjust(w) for c, (cell, w) in enumerate(zip(row, widths)))

    out = [render(header), render(tuple("─" * w for w in widths))]
    out += [render(row) for row in lines[:-1]]
    if len(lines) > 1:
        out.append(render(tuple("─" * w for w in widths)))
    out.append(render(lines[-1]))
    return "\n".join(out)


def report(label: str, s: Score, details: bool) -> list[str]:
    out = [f"{label}:"]
    for name, parts in s.splits:
        out.append(f"  split       {name}: {' | '.join(parts)}")
    for name, parts in s.merges:
        out.append(f"  over-merge  {name}: {' + '.join(parts)}")
    if details:
        by_kind = Counter(kind for _, kind in s.false_positives)
        summary = ", ".join(f"{k} {n}" for k, n in by_kind.most_common())
        out.append(f"  false positives ({len(s.false_positives)}{': ' + summary if summary else ''}):")
        out += [f"    {name}  [{kind}]" for name, kind in sorted(s.false_positives, key=lambda x: (x[1], x[0].casefold()))]
        out.append(f"  misses ({len(s.misses)}):")
        out += [f"    {name}  [{kind}]" for name, kind in sorted(s.misses, key=lambda x: (x[1], x[0].casefold()))]
        out.append(f"  kind errors ({len(s.kind_errors)}):")
        out += [f"    {name}: gold {g}, system {k}" for name, g, k in s.kind_errors]
        out.append(f"  wrong affiliations ({len(s.aff_wrong)}):")
        out += [f"    {name} → {parent}" for name, parent in s.aff_wrong]
        unreachable = s.aff_gold_all - s.aff_gold
        out.append(
            f"  missed affiliations ({len(s.aff_missed)}; {unreachable} more not scored, an end is a miss):"
        )
        out += [f"    {name} → {parent}" for name, parent in s.aff_missed]
    if len(out) == 1:
        out.append("  no merge errors")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, help="gold actors YAML files")
    parser.add_argument("--corpus", help="corpus folder for every gold file (instead of its 'corpus:')")
    parser.add_argument("--details", action="store_true", help="list false positives, misses, kind and affiliation errors")
    args = parser.parse_args(argv)

    rows: list[tuple[str, Score]] = []
    total = Score()
    for path in args.gold:
        gold = load_gold(path, args.corpus)
        s = score(gold)
        rows.append((f"{path.stem} ({len(gold.files)} files)", s))
        total.add(s)
    rows.append(("overall", total))

    print(table(rows))
    print()
    print("P/R: actor names; kind: accuracy over matched pairs; unk: share of system actors of kind")
    print("unknown; aff P/R: affiliation links (R over gold links whose both ends were found).")
    for label, s in rows[:-1] if len(rows) > 2 else rows[:1]:
        print()
        print("\n".join(report(label, s, args.details)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
