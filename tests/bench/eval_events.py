"""Score Newsline's events against hand-made event gold (one YAML file per story).

    python tests/bench/eval_events.py tests/bench/gold/events/*.yaml [--split dev|heldout|all]
                                      [--corpora DIR] [--details]

The gold format, the fixed split and the annotation policy are in tests/bench/gold/events/FORMAT.md.
Without ``--split`` the held-out stories are printed first, then the dev ones, then all together;
``--split all`` prints only the stories all together. Never tune on ``heldout``.

For each gold file the store is built in-process from that story's files only, the way
``newsline events --format json --no-cache FILES...`` builds it (``tui.loading.open_store`` over
the explicit paths, every event of ``store.query(Query())`` through ``tui.export.event_record``),
and ``newsline actors --format json`` gives the actors' names and aliases
(``tui.cli.actor_json``). Corpus folders: ``seeds/`` of the repository for ``corpus: seeds``,
else ``<repo>/../shared/corpora/<corpus>/`` (the nearest ``shared/corpora`` above the repository
when that one does not exist, as in a git worktree), or ``--corpora DIR``.

Events are read in today's contract (``id, date, precision, start, end, uncertain, text, actors,
doc, span``) and in the event layer's (adds ``headline, kind, reported, evidence: [{doc, span,
text, date_text, date_span}], sources``): without ``evidence`` an event has the one evidence
``{doc, span, text}``; without ``headline`` its ``text`` stands for it; without ``kind`` its kind
is unknown (always wrong).

Matching. A gold quote is located in its file (offsets in the NFC text, as Newsline reads it). A
system evidence (doc, span) *covers* a quote when the quote lies inside the span, in the same file
(compared by file name). A system event *touches* a gold event when one of its evidences covers
one of the gold event's quotes; it is matched to the gold event it touches with the most covered
quotes (ties: the one whose covered quote comes first in the text, usually the main clause's). A gold event is
*found* when a system event is matched to it; its *best* system event is the one of those covering
the most of its quotes (ties: the first in the timeline).

Figures, per story and summed (micro) per split:
- rows (system events touching the story's files) and happenings (gold events); found and
  recall; spurious rows (touching no gold event);
- pairwise merge precision and recall over the gold quotes: two quotes are together in gold when
  they belong to one gold event, together in the system when one system event covers both (a
  quote that no system event covers only adds to recall's denominator); within one article,
  across articles, and both;
- over each found gold event and its best system event: participants P/R/F1 (gold names against
  the system event's actors, folded for case, accents, spaces and punctuation, a system actor
  also answering to its aliases; a leading "the", "le", "la", "les", "l'" ignored); kind accuracy; date accuracy (the system ``date`` equals the
  gold date, a clock time on the gold's day counting as it) and compatibility (one date's interval contains the other's); headline readability
  (the system headline, else its text, contains one of the gold triggers as words, folded);
- actor timelines, per split: for each actor named in the gold participants of the split's
  stories, its gold events against the system events listing it (matched when the system event
  is matched to a gold event that names the actor): precision, recall and the share of its
  matched listed events with the right date, macro-averaged over the actors (precision over the
  actors that list at least one system event).

``--details`` lists, per story, the gold events not found and the spurious rows. Prints tables;
always exits 0 unless a gold file is malformed (a quote missing or not unique in its file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tui.util.text import fold  # noqa: E402

SPLITS = ("heldout", "dev")


# -- gold -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quote:
    event: str  # the gold event id
    file: str
    start: int
    end: int


@dataclass
class GoldEvent:
    id: str
    kind: str
    date: str
    participants: list[str]
    triggers: list[str]
    headline: str
    quotes: list[Quote]


@dataclass
class GoldStory:
    story: str
    corpus: str
    split: str
    files: list[str]
    events: list[GoldEvent]

    @property
    def quotes(self) -> list[Quote]:
        return [q for e in self.events for q in e.quotes]


class GoldError(ValueError):
    """A gold file that cannot be scored; the message says where."""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read_article_text(path: Path) -> str:
    """The text offsets refer to: UTF-8 (a BOM dropped), NFC, as ``tui.corpus.reader`` reads it."""
    return nfc(path.read_bytes().decode("utf-8-sig"))


def _date_str(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def parse_gold(data: dict, texts: dict[str, str], where: str = "gold") -> GoldStory:
    """A story from its YAML mapping and the NFC texts of its files (quotes located in them)."""
    files = [str(f) for f in data["files"]]
    events = []
    for raw in data.get("events") or []:
        eid = str(raw["id"])
        quotes = []
        for ev in raw.get("evidence") or []:
            name, quote = str(ev["file"]), nfc(str(ev["quote"]))
            if name not in texts:
                raise GoldError(f"{where}: {eid}: {name} is not among the story's files")
            text = texts[name]
            start = text.find(quote)
            if start < 0:
                raise GoldError(f"{where}: {eid}: quote not found in {name}: {quote!r}")
            if text.find(quote, start + 1) >= 0:
                raise GoldError(f"{where}: {eid}: quote not unique in {name}: {quote!r}")
            quotes.append(Quote(eid, name, start, start + len(quote)))
        events.append(
            GoldEvent(
                id=eid,
                kind=str(raw.get("kind", "")),
                date=_date_str(raw.get("date", "")),
                participants=[str(p) for p in raw.get("participants") or []],
                triggers=[str(t) for t in raw.get("triggers") or []],
                headline=str(raw.get("headline", "")),
                quotes=quotes,
            )
        )
    return GoldStory(str(data["story"]), str(data["corpus"]), str(data["split"]), files, events)


def corpus_folder(corpus: str, corpora: Path | None) -> Path:
    if corpus == "seeds":
        return REPO / "seeds"
    if corpora is not None:
        return corpora / corpus
    default = REPO.parent / "shared" / "corpora"
    if not default.is_dir():  # a git worktree: the shared folder sits beside the main checkout
        for parent in REPO.parents:
            if (parent / "shared" / "corpora").is_dir():
                default = parent / "shared" / "corpora"
                break
    return default / corpus


def load_gold(path: Path, corpora: Path | None) -> tuple[GoldStory, list[Path]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    folder = corpus_folder(str(data["corpus"]), corpora)
    paths = [folder / str(f) for f in data["files"]]
    texts = {p.name: read_article_text(p) for p in paths}
    return parse_gold(data, texts, where=str(path)), paths


# -- system -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    file: str
    start: int
    end: int
    clause: tuple[int, int] | None = None  # the clause telling it, where the system gives one


@dataclass
class SysEvent:
    id: object
    date: str
    start: str
    end: str
    kind: str | None
    headline: str
    actors: list[str]
    evidence: list[Evidence]


def system_events(records: Iterable[dict]) -> list[SysEvent]:
    """Events from ``events --format json`` rows, today's contract or the event layer's."""
    events = []
    for r in records:
        raw = r.get("evidence") or [{"doc": r["doc"], "span": r["span"], "text": r.get("text", "")}]
        evidence = [
            Evidence(Path(str(e["doc"])).name, int(e["span"][0]), int(e["span"][1]), tuple(e["clause"]) if e.get("clause") else None)
            for e in raw
        ]
        events.append(
            SysEvent(
                id=r.get("id"),
                date=str(r.get("date", "")),
                start=str(r.get("start", "")),
                end=str(r.get("end", "")),
                kind=r.get("kind"),
                headline=str(r.get("headline") or r.get("text") or ""),
                # The event's participants where the system tells them from its places.
                actors=[str(a) for a in (r["participants"] if "participants" in r else r.get("actors") or [])],
                evidence=evidence,
            )
        )
    return events


def run_newsline(paths: Sequence[Path]) -> tuple[list[dict], list[dict]]:
    """What ``newsline events/actors --format json --no-cache PATHS...`` print, built in-process."""
    from tui.loading import open_store
    from tui.cli import actor_json
    from tui.export import event_record
    from tui.store import Query

    store = open_store([str(p) for p in paths], cache=False)
    for problem in store.problems:
        print(f"warning: {problem}", file=sys.stderr)
    events = [event_record(store, i) for i in store.query(Query())]
    actors = [actor_json(store, a.id) for a in store.actors]
    # Through JSON, as the command prints them.
    return json.loads(json.dumps(events, ensure_ascii=False)), json.loads(json.dumps(actors, ensure_ascii=False))


# -- folding ----------------------------------------------------------------------------------


_LEADING_ARTICLE = re.compile(r"^(?:(?:the|le|la|les)\s+|l['’]\s*)", re.IGNORECASE)


def name_key(name: str) -> str:
    """Names compared case- and accent-insensitively, spaces, punctuation and a leading article
    ignored ("The Beatles" and "Beatles" are one name)."""
    return "".join(ch for ch in fold(nfc(_LEADING_ARTICLE.sub("", name.strip()))) if ch.isalnum())


def text_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(nfc(text))).split())


def actor_keys(actors: Iterable[dict]) -> dict[str, set[str]]:
    """System actor name -> the keys it answers to (its name and aliases)."""
    keys: dict[str, set[str]] = {}
    for a in actors:
        name = str(a["name"])
        keys.setdefault(name, set()).update(name_key(n) for n in [name, *(a.get("aliases") or [])])
    return keys


def lists_actor(event: SysEvent, gold_name: str, keys: dict[str, set[str]]) -> bool:
    target = name_key(gold_name)
    return any(target in keys.get(a, {name_key(a)}) for a in event.actors)


def has_trigger(headline: str, triggers: Sequence[str]) -> bool:
    text = f" {text_key(headline)} "
    return any(f" {text_key(t)} " in text for t in triggers if text_key(t))


def date_interval(value: str) -> tuple[dt.date, dt.date] | None:
    """A gold date (YYYY, YYYY-MM, YYYY-MM-DD or START/END) as its first and last day."""

    def one(part: str, last: bool) -> dt.date:
        bits = [int(b) for b in part.split("-")]
        if len(bits) == 3:
            return dt.date(*bits)
        if len(bits) == 2:
            if not last:
                return dt.date(bits[0], bits[1], 1)
            nxt = dt.date(bits[0] + bits[1] // 12, bits[1] % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(bits[0], 12, 31) if last else dt.date(bits[0], 1, 1)

    try:
        first, _, second = value.strip().partition("/")
        return one(first, False), one(second or first, True)
    except (ValueError, TypeError):
        return None


def same_date(gold: str, date: str | None, span: tuple[str, str] | None = None) -> bool:
    """The system's date is the gold's: equal, or a clock time on the gold's day (the gold format
    has no times: "2012-11-10T12:02" is right for 2012-11-10), or a named period covering
    exactly the gold's days (``span``: the system's first and last day; "2012-W25-WE" is
    2012-06-23/2012-06-24, "2012-H1" is 2012-01/2012-06)."""
    if date == gold or (date is not None and len(gold) == 10 and date.startswith(gold + "T")):
        return True
    if date is None or span is None or not _NAMED_PERIOD.search(date):
        return False
    try:
        days = dt.date.fromisoformat(span[0]), dt.date.fromisoformat(span[1])
    except (TypeError, ValueError):
        return False
    return days == date_interval(gold)


# A week, weekend, quarter, half or season label: the gold writes such periods as their days.
_NAMED_PERIOD = re.compile(r"-(?:W\d|Q\d|H\d|SP|SU|FA|WI)")


def dates_compatible(gold: str, event: SysEvent) -> bool:
    g = date_interval(gold)
    s = date_interval(event.date)
    try:
        if event.start and event.end:
            s = dt.date.fromisoformat(event.start), dt.date.fromisoformat(event.end)
    except ValueError:
        pass
    if g is None or s is None:
        return gold == event.date
    return (g[0] <= s[0] and s[1] <= g[1]) or (s[0] <= g[0] and g[1] <= s[1])


# -- matching ---------------------------------------------------------------------------------


def covers(ev: Evidence, q: Quote) -> bool:
    """The quote lies in the evidence's sentence and, where the system names the clause telling
    the event, overlaps that clause (two happenings told in one sentence are told apart)."""
    inside = ev.file == q.file and ev.start <= q.start and q.end <= ev.end
    if not inside or ev.clause is None:
        return inside
    return q.start < ev.clause[1] and ev.clause[0] < q.end


def covered_quotes(event: SysEvent, quotes: Iterable[Quote]) -> list[Quote]:
    return [q for q in quotes if any(covers(ev, q) for ev in event.evidence)]


@dataclass
class Match:
    """The matching of one story: system event index -> gold event id, and each found gold
    event's best system event index."""

    assigned: dict[int, str]
    best: dict[str, int]
    covered: dict[int, list[Quote]]  # every quote each system event covers


def match(gold: GoldStory, events: Sequence[SysEvent]) -> Match:
    order = {e.id: i for i, e in enumerate(gold.events)}
    assigned: dict[int, str] = {}
    covered: dict[int, list[Quote]] = {}
    for i, event in enumerate(events):
        cov = covered_quotes(event, gold.quotes)
        covered[i] = cov
        if not cov:
            continue
        per: dict[str, list[Quote]] = {}
        for q in cov:
            per.setdefault(q.event, []).append(q)
        assigned[i] = min(per, key=lambda g: (-len(per[g]), min(q.start for q in per[g]), order[g]))
    best: dict[str, int] = {}
    for i, g in assigned.items():
        n = sum(1 for q in covered[i] if q.event == g)
        if g not in best or n > sum(1 for q in covered[best[g]] if q.event == g):
            best[g] = i
    return Match(assigned, best, covered)


# -- scores -----------------------------------------------------------------------------------


@dataclass
class Counts:
    stories: int = 0
    files: int = 0
    happenings: int = 0
    rows: int = 0
    found: int = 0
    matched_rows: int = 0
    spurious: int = 0
    # pairwise merge: [both, gold, system] for within / across articles
    within: list[int] = field(default_factory=lambda: [0, 0, 0])
    across: list[int] = field(default_factory=lambda: [0, 0, 0])
    part_gold: int = 0
    part_sys: int = 0
    part_gold_hit: int = 0
    part_sys_hit: int = 0
    kind_ok: int = 0
    date_ok: int = 0
    date_compatible: int = 0
    headline_ok: int = 0

    def add(self, other: "Counts") -> None:
        for name, value in vars(other).items():
            if isinstance(value, list):
                mine = getattr(self, name)
                for k, v in enumerate(value):
                    mine[k] += v
            else:
                setattr(self, name, getattr(self, name) + value)


def pair_counts(gold: GoldStory, m: Match) -> tuple[list[int], list[int]]:
    """[together in both, in gold, in system] over the pairs of gold quotes, within one article
    and across articles."""
    quotes = gold.quotes
    holders: dict[Quote, set[int]] = {q: set() for q in quotes}
    for i, cov in m.covered.items():
        for q in cov:
            holders[q].add(i)
    within, across = [0, 0, 0], [0, 0, 0]
    for a in range(len(quotes)):
        for b in range(a + 1, len(quotes)):
            qa, qb = quotes[a], quotes[b]
            in_gold = qa.event == qb.event
            in_sys = bool(holders[qa] & holders[qb])
            bucket = within if qa.file == qb.file else across
            bucket[0] += in_gold and in_sys
            bucket[1] += in_gold
            bucket[2] += in_sys
    return within, across


def score_story(gold: GoldStory, events: Sequence[SysEvent], keys: dict[str, set[str]]) -> tuple[Counts, Match]:
    m = match(gold, events)
    c = Counts(stories=1, files=len(gold.files), happenings=len(gold.events))
    story_files = set(gold.files)
    c.rows = sum(1 for e in events if any(ev.file in story_files for ev in e.evidence))
    c.found = len(m.best)
    c.matched_rows = len(m.assigned)
    c.spurious = sum(1 for i, e in enumerate(events) if i not in m.assigned and any(ev.file in story_files for ev in e.evidence))
    c.within, c.across = pair_counts(gold, m)
    for g in gold.events:
        if g.id not in m.best:
            continue
        s = events[m.best[g.id]]
        c.part_gold += len(g.participants)
        c.part_gold_hit += sum(1 for p in g.participants if lists_actor(s, p, keys))
        c.part_sys += len(s.actors)
        gold_keys = {name_key(p) for p in g.participants}
        c.part_sys_hit += sum(1 for a in s.actors if keys.get(a, {name_key(a)}) & gold_keys)
        c.kind_ok += s.kind is not None and s.kind == g.kind
        c.date_ok += same_date(g.date, s.date, (s.start, s.end))
        c.date_compatible += dates_compatible(g.date, s)
        c.headline_ok += has_trigger(s.headline, g.triggers)
    return c, m


@dataclass
class ScoredStory:
    gold: GoldStory
    events: list[SysEvent]
    keys: dict[str, set[str]]
    counts: Counts
    match: Match


@dataclass
class Timelines:
    actors: int = 0
    with_rows: int = 0
    precision: float = 0.0  # macro over the actors listing at least one system event
    recall: float = 0.0  # macro over all gold actors
    date_share: float = 0.0  # macro over the actors with at least one matched listed event
    with_matched: int = 0


def actor_timelines(stories: Sequence[ScoredStory]) -> Timelines:
    names: dict[str, str] = {}
    for s in stories:
        for g in s.gold.events:
            for p in g.participants:
                names.setdefault(name_key(p), p)
    t = Timelines(actors=len(names))
    precisions, recalls, shares = [], [], []
    for key, name in names.items():
        gold_events = {(s.gold.story, g.id) for s in stories for g in s.gold.events if key in {name_key(p) for p in g.participants}}
        listed = right = right_date = 0
        found: set[tuple[str, str]] = set()
        for s in stories:
            by_id = {g.id: g for g in s.gold.events}
            files = set(s.gold.files)
            for i, e in enumerate(s.events):
                if not any(ev.file in files for ev in e.evidence) or not lists_actor(e, name, s.keys):
                    continue
                listed += 1
                gid = s.match.assigned.get(i)
                if gid is not None and (s.gold.story, gid) in gold_events:
                    right += 1
                    found.add((s.gold.story, gid))
                    right_date += same_date(by_id[gid].date, e.date, (e.start, e.end))
        recalls.append(len(found) / len(gold_events) if gold_events else 0.0)
        if listed:
            precisions.append(right / listed)
        if right:
            shares.append(right_date / right)
    t.with_rows, t.with_matched = len(precisions), len(shares)
    t.precision = sum(precisions) / len(precisions) if precisions else 0.0
    t.recall = sum(recalls) / len(recalls) if recalls else 0.0
    t.date_share = sum(shares) / len(shares) if shares else 0.0
    return t


# -- report -----------------------------------------------------------------------------------


def ratio(num: float, den: float) -> str:
    return f"{num / den:.3f}" if den else "-"


def f1(p_num: int, p_den: int, r_num: int, r_den: int) -> str:
    if not p_den or not r_den:
        return "-"
    p, r = p_num / p_den, r_num / r_den
    return f"{2 * p * r / (p + r):.3f}" if p + r else "0.000"


def prf(both: int, gold: int, system: int) -> tuple[str, str, str]:
    return ratio(both, system), ratio(both, gold), f1(both, system, both, gold)


def render(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[k])) for r in [header, *rows]) for k in range(len(header))]
    lines = []
    for n, row in enumerate([header, *rows]):
        cells = [str(c).ljust(widths[k]) if k == 0 else str(c).rjust(widths[k]) for k, c in enumerate(row)]
        lines.append("  ".join(cells).rstrip())
        if n == 0 or (n == len(rows) - 1 and len(rows) > 1):
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def report(label: str, stories: Sequence[ScoredStory], details: bool) -> str:
    total = Counts()
    lines = [f"== {label}: {len(stories)} stories, {sum(len(s.gold.files) for s in stories)} articles =="]
    events_rows, merge_rows, attr_rows = [], [], []
    for name, c in [*((s.gold.story, s.counts) for s in stories), ("total", None)]:
        if c is None:
            c = total
        else:
            total.add(c)
        events_rows.append([name, c.files, c.happenings, c.rows, c.found, ratio(c.found, c.happenings), c.matched_rows, c.spurious])
        both = [c.within[k] + c.across[k] for k in range(3)]
        merge_rows.append([name, *prf(*c.within)[:2], *prf(*c.across)[:2], *prf(*both), f"{both[1]}/{both[2]}"])
        attr_rows.append(
            [name, c.found,
             ratio(c.part_sys_hit, c.part_sys), ratio(c.part_gold_hit, c.part_gold), f1(c.part_sys_hit, c.part_sys, c.part_gold_hit, c.part_gold),
             ratio(c.kind_ok, c.found), ratio(c.date_ok, c.found), ratio(c.date_compatible, c.found), ratio(c.headline_ok, c.found)]
        )
    lines.append(render(["events", "files", "happen.", "rows", "found", "recall", "matched rows", "spurious"], events_rows))
    lines.append("")
    lines.append(render(["merge (quote pairs)", "in P", "in R", "across P", "across R", "P", "R", "F1", "gold/sys pairs"], merge_rows))
    lines.append("")
    lines.append(render(["over found events", "found", "part. P", "part. R", "part. F1", "kind", "date", "date compat.", "headline"], attr_rows))
    t = actor_timelines(stories)
    lines.append("")
    lines.append(
        f"actor timelines: {t.actors} gold actors, {t.with_rows} listed by some row; "
        f"P {t.precision:.3f} (macro over {t.with_rows}), R {t.recall:.3f} (macro over {t.actors}), "
        f"right date {t.date_share:.3f} (macro over {t.with_matched} with a matched listed row)"
    )
    if details:
        for s in stories:
            missed = [g for g in s.gold.events if g.id not in s.match.best]
            spurious = [e for i, e in enumerate(s.events) if i not in s.match.assigned]
            lines.append(f"\n-- {s.gold.story}: {len(missed)} not found, {len(spurious)} spurious")
            for g in missed:
                lines.append(f"  missed   {g.id:<4} {g.date:<11} {g.headline}")
            for e in spurious:
                lines.append(f"  spurious {e.date:<11} {e.headline[:100]}")
    return "\n".join(lines)


LEGEND = """\
rows: system events in the story's files; found: gold events matched (recall = found/happenings);
matched rows: rows matched to a gold event; spurious: rows touching no gold event.
merge: pairs of gold quotes together in one gold event vs covered by one system event
(in = within one article, across = across articles; gold/sys pairs: pairs together in each).
over found events: each found gold event against its best row: participants P/R/F1, kind, date
(equal, or a clock time on the gold's day), date compat. (one interval contains the other), headline (contains a gold trigger)."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path, metavar="GOLD.yaml")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), help="default: heldout, then dev, then all")
    parser.add_argument("--corpora", type=Path, metavar="DIR", help="folder holding the corpus folders (default: ../shared/corpora)")
    parser.add_argument("--details", action="store_true", help="list the gold events not found and the spurious rows")
    args = parser.parse_args(argv)

    wanted = {"dev": {"dev"}, "heldout": {"heldout"}, "all": {"dev", "heldout"}, None: {"dev", "heldout"}}[args.split]
    scored: list[ScoredStory] = []
    for path in sorted(args.gold):
        gold, paths = load_gold(path, args.corpora)
        if gold.split not in SPLITS:
            raise SystemExit(f"{path}: split must be dev or heldout, not {gold.split!r}")
        if gold.split not in wanted:
            continue
        records, actors = run_newsline(paths)
        events = system_events(records)
        keys = actor_keys(actors)
        counts, m = score_story(gold, events, keys)
        scored.append(ScoredStory(gold, events, keys, counts, m))

    sections = []
    if args.split is None:
        for split in SPLITS:
            part = [s for s in scored if s.gold.split == split]
            if part:
                sections.append(report(split, part, args.details))
        if scored:
            sections.append(report("all", scored, False))
    elif scored:
        sections.append(report(args.split, scored, args.details))
    print("\n\n".join(sections) if sections else "no gold story in the requested split")
    print()
    print(LEGEND)
    return 0


if __name__ == "__main__":
    sys.exit(main())
