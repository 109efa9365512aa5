"""Score the temporal-expression tagger TempEval-3 style, side by side with dateparser.

    python tests/bench/eval_dates.py GOLD.jsonl [GOLD.jsonl ...] [--errors N]

A corpus's ``gold.jsonl`` sits beside its articles: one JSON line per article,
``{"file", "dct", "timex": [{"text", "type", "value", "start", "end"}]}`` with offsets into the
article's decoded text (utf-8, newlines untranslated). The project's own gold files
(``tests/bench/gold/dates_*.jsonl``) add ``"corpus"`` (the articles' folder, relative to the
repository) and ``"region": [start, end]`` (the part of the article they annotate; only that part
is scored). Every article starts with a header line
`` date YYYY-MM[-DD]``; the document date is parsed from it and everything after it is tagged.

Scores (TempEval-3): strict extent (same span) and relaxed extent (overlap) precision, recall and
F1; value F1 (the value is right among relaxed matches: P over system, R over gold); type
accuracy among relaxed matches. Overall and per TIMEX3 type (recall by gold type, precision by
system type). dateparser's ``search_dates`` runs on the same texts (every hit is a DATE at day
precision) when it is installed. Throughput is characters of article body per second, the best of
``--repeat`` runs for each system (language data loaded beforehand).

MEANTIME annotates only the first sentences of each article (headline, dateline and the next
four sentences: every gold TIMEX3 sits in the first 9 lines of these files), so for a corpus
whose folder name contains "meantime" both systems are scored on that region only (they still
tag, and are timed on, the whole text). ``--whole`` turns this off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tui.corpus.document import DocDate  # noqa: E402
from tui.extract.timex import tag_timexes  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from splits import PARTS, in_part  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
TYPES = ("DATE", "TIME", "DURATION", "SET")
MEANTIME_LINES = 9


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class Doc:
    name: str
    text: str
    dct: DocDate
    body_start: int
    region_end: int
    gold: list[Span]
    path: Path
    region_start: int = 0


def read_corpus(gold_path: Path, whole: bool) -> tuple[str, list[Doc]]:
    docs = []
    limited = "meantime" in gold_path.parent.name.lower() and not whole
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        corpus = REPO / record["corpus"] if "corpus" in record else gold_path.parent
        path = corpus / record["file"]
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        if text.startswith("\ufeff"):
            raise SystemExit(f"{path}: unexpected BOM (offsets would be off by one)")
        header_end = text.find("\n")
        header = text[: header_end if header_end >= 0 else len(text)]
        dct = DocDate.parse(header.strip().split()[1])
        body_start = header_end + 1 if header_end >= 0 else len(text)
        region_end = len(text)
        region_start = 0
        if "region" in record:  # an annotation of part of the article: only that part is scored
            region_start, region_end = record["region"]
        elif limited:
            cut = 0
            for _ in range(MEANTIME_LINES):
                nxt = text.find("\n", cut)
                if nxt < 0:
                    cut = len(text)
                    break
                cut = nxt + 1
            region_end = cut
        gold = [Span(t["start"], t["end"], t["type"], str(t["value"]), t["text"]) for t in record["timex"]]
        docs.append(Doc(record["file"], text, dct, body_start, region_end, gold, path, region_start))
    corpus_name = docs[0].path.parent.name.lower() if docs else gold_path.parent.name.lower()
    lang = "fr" if any(w in corpus_name for w in ("fr", "french")) else "en"
    return lang, docs


def run_ours(docs: list[Doc], lang: str, repeat: int) -> tuple[list[list[Span]], float]:
    """Tag every document; the time is the best of ``repeat`` runs (the machine may be shared)."""
    if docs:  # load the language data first: a one-off per process, not throughput
        tag_timexes(" ", docs[0].dct, lang)
    best = float("inf")
    out: list[list[Span]] = []
    for _ in range(max(1, repeat)):
        out = []
        started = time.perf_counter()
        for doc in docs:
            found = tag_timexes(doc.text, doc.dct, lang, [(doc.body_start, len(doc.text))])
            out.append([Span(t.start, t.end, t.type.value, t.value, t.text) for t in found])
        best = min(best, time.perf_counter() - started)
    return out, best


def run_dateparser(docs: list[Doc], lang: str, repeat: int) -> tuple[list[list[Span]], float] | None:
    """dateparser's search_dates on the same bodies; the time is the best of ``repeat`` runs."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    if docs:  # warm up (dateparser loads its language data lazily)
        search_dates("1 janvier 2000", languages=[lang])
    best = float("inf")
    out: list[list[Span]] = []
    for _ in range(max(1, repeat)):
        out, elapsed = _dateparser_once(search_dates, docs, lang)
        best = min(best, elapsed)
    return out, best


def _dateparser_once(search_dates, docs: list[Doc], lang: str) -> tuple[list[list[Span]], float]:  # type: ignore[no-untyped-def]
    out = []
    elapsed = 0.0
    for doc in docs:
        body = doc.text[doc.body_start :]
        base = dt.datetime(doc.dct.year, doc.dct.month, doc.dct.day or 1)
        started = time.perf_counter()
        try:
            hits = search_dates(body, languages=[lang], settings={"RELATIVE_BASE": base}) or []
        except Exception:  # dateparser raises on some inputs; count as nothing found
            hits = []
        elapsed += time.perf_counter() - started
        spans = []
        cursor = 0
        for substring, when in hits:
            index = body.find(substring, cursor)
            if index < 0:
                index = body.find(substring)
                if index < 0:
                    continue
            cursor = index + len(substring)
            start = doc.body_start + index
            spans.append(Span(start, start + len(substring), "DATE", when.date().isoformat(), substring))
        out.append(spans)
    return out, elapsed


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict_gold: int = 0
    strict_sys: int = 0
    relaxed_gold: int = 0
    relaxed_sys: int = 0
    value_ok: int = 0
    type_ok: int = 0

    def add(self, other: "Counts") -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _prf(hit_sys: int, n_sys: int, hit_gold: int, n_gold: int) -> tuple[float, float, float]:
    p = hit_sys / n_sys if n_sys else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(docs: list[Doc], predictions: list[list[Span]], errors: list[str] | None = None) -> dict[str, Counts]:
    """Counts overall ('ALL') and per type (gold type for recall, system type for precision)."""
    table: dict[str, Counts] = defaultdict(Counts)
    for doc, predicted in zip(docs, predictions):
        gold = [g for g in doc.gold if doc.region_start <= g.start < doc.region_end]
        system = [s for s in predicted if doc.region_start <= s.start < doc.region_end]
        used: set[int] = set()
        matches: dict[int, int] = {}  # gold index -> system index (relaxed, one to one)
        for gi, g in enumerate(gold):
            best = None
            for si, s in enumerate(system):
                if si in used or s.end <= g.start or s.start >= g.end:
                    continue
                if best is None or (s.start, s.end) == (g.start, g.end):
                    best = si
                    if (s.start, s.end) == (g.start, g.end):
                        break
            if best is not None:
                used.add(best)
                matches[gi] = best
        for gi, g in enumerate(gold):
            for key in ("ALL", g.type):
                table[key].gold += 1
            si = matches.get(gi)
            if si is None:
                if errors is not None:
                    errors.append(f"MISS {doc.name} [{g.type} {g.value}] {g.text!r}  …{doc.text[max(0, g.start - 40):g.end + 30]!r}")
                continue
            s = system[si]
            strict = (s.start, s.end) == (g.start, g.end)
            for key in ("ALL", g.type):
                table[key].relaxed_gold += 1
                table[key].strict_gold += strict
                table[key].value_ok += s.value == g.value
                table[key].type_ok += s.type == g.type
            if errors is not None and (s.value != g.value or not strict):
                errors.append(
                    f"DIFF {doc.name} gold [{g.type} {g.value}] {g.text!r} / ours [{s.type} {s.value}] {s.text!r}"
                    f"  …{doc.text[max(0, g.start - 40):g.end + 30]!r}"
                )
        matched_sys = {si: gi for gi, si in matches.items()}
        for si, s in enumerate(system):
            for key in ("ALL", s.type):
                table[key].system += 1
            gi = matched_sys.get(si)
            if gi is None:
                if errors is not None:
                    errors.append(f"FALSE {doc.name} [{s.type} {s.value}] {s.text!r}  …{doc.text[max(0, s.start - 40):s.end + 30]!r}")
                continue
            strict = (s.start, s.end) == (gold[gi].start, gold[gi].end)
            for key in ("ALL", s.type):
                table[key].relaxed_sys += 1
                table[key].strict_sys += strict
    return table


def _value_f1(c: Counts) -> float:
    return _prf(c.value_ok, c.system, c.value_ok, c.gold)[2]


def print_table(title: str, table: dict[str, Counts]) -> None:
    print(f"\n{title}")
    header = f"{'type':<9}{'gold':>5}{'sys':>5} | {'strict P':>8}{'R':>6}{'F1':>6} | {'relax P':>8}{'R':>6}{'F1':>6} | {'value F1':>8} | {'type acc':>8}"
    print(header)
    print("-" * len(header))
    for key in ("ALL", *TYPES):
        c = table.get(key)
        if c is None or (c.gold == 0 and c.system == 0):
            continue
        sp, sr, sf = _prf(c.strict_sys, c.system, c.strict_gold, c.gold)
        rp, rr, rf = _prf(c.relaxed_sys, c.system, c.relaxed_gold, c.gold)
        type_acc = c.type_ok / c.relaxed_gold if c.relaxed_gold else 0.0
        print(
            f"{key:<9}{c.gold:>5}{c.system:>5} | {sp:>8.3f}{sr:>6.3f}{sf:>6.3f} | {rp:>8.3f}{rr:>6.3f}{rf:>6.3f}"
            f" | {_value_f1(c):>8.3f} | {type_acc:>8.3f}"
        )


def read_heideltime(directory: Path, corpus: str, docs: list[Doc]) -> tuple[list[list[Span]], float] | None:
    """HeidelTime's saved tags for ``docs`` (run_heideltime.py) and their share of its wall time."""
    tags_file = directory / f"{corpus}.jsonl"
    if not tags_file.exists():
        return None
    saved = {}
    for line in tags_file.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        saved[record["file"]] = [Span(t["start"], t["end"], t["type"], t["value"], t["text"]) for t in record["timex"]]
    time_file = directory / f"{corpus}.time"
    seconds = float(time_file.read_text()) * len(docs) / max(1, len(saved)) if time_file.exists() else 0.0
    return [saved.get(d.name, []) for d in docs], seconds


def _row(table: dict[str, Counts]) -> tuple[float, float, float]:
    c = table["ALL"]
    strict = _prf(c.strict_sys, c.system, c.strict_gold, c.gold)[2]
    relaxed = _prf(c.relaxed_sys, c.system, c.relaxed_gold, c.gold)[2]
    return strict, relaxed, _value_f1(c)


def evaluate(name: str, corpus: str, lang: str, docs: list[Doc], args: argparse.Namespace, show_errors: bool):  # type: ignore[no-untyped-def]
    """Score one set of articles with both systems and print its tables; the summary's row.

    Errors are printed for development articles only: the held-out part is measured, not read.
    """
    chars = sum(len(d.text) - d.body_start for d in docs)
    ours, ours_time = run_ours(docs, lang, args.repeat)
    errors: list[str] | None = [] if args.errors and show_errors else None
    table = score(docs, ours, errors)
    print_table(f"== {name} ({lang}, {len(docs)} docs, {chars} chars) — newsline timex", table)
    if errors:
        print(f"\n-- first {args.errors} of {len(errors)} errors")
        for line in errors[: args.errors]:
            print(line)
    ours_speed = chars / ours_time if ours_time else float("inf")
    heideltime = read_heideltime(args.heideltime, corpus, docs) if args.heideltime else None
    if heideltime is not None:
        ht_table = score(docs, heideltime[0])
        print_table(f"== {name} — HeidelTime 2.2.1 (saved tags)", ht_table)
        ht_speed = chars / heideltime[1] if heideltime[1] else 0.0
        args.heideltime_rows.append((name, ht_table, ht_speed))
    theirs = None if args.no_dateparser else run_dateparser(docs, lang, args.repeat)
    if theirs is None:
        print("\n(dateparser is not installed or was skipped: no comparison)")
        return (name, table, ours_speed, None, None)
    dp_spans, dp_time = theirs
    dp_table = score(docs, dp_spans)
    print_table(f"== {name} — dateparser search_dates", dp_table)
    dp_speed = chars / dp_time if dp_time else float("inf")
    return (name, table, ours_speed, dp_table, dp_speed)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="print up to N of our errors per corpus")
    parser.add_argument("--whole", action="store_true", help="score MEANTIME on the whole text")
    parser.add_argument("--no-dateparser", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="timing runs per system (best is kept)")
    parser.add_argument(
        "--part", choices=("split", "heldout", "dev", "all"), default="split",
        help="split (default): the held-out part, then the development part (splits.yaml); "
        "all: every article as one set",
    )
    parser.add_argument(
        "--heideltime", type=Path, default=None, metavar="DIR",
        help="also score HeidelTime's tags saved by run_heideltime.py in DIR",
    )
    args = parser.parse_args(argv)
    args.heideltime_rows = []
    summary = []
    for gold_path in args.gold:
        lang, docs = read_corpus(gold_path, args.whole)
        parts = PARTS if args.part == "split" else (args.part,)
        for part in parts:
            chosen = [d for d in docs if in_part(d.path, part)]
            if not chosen:
                continue
            name = gold_path.parent.name if gold_path.name == "gold.jsonl" else gold_path.stem
            label = name if part == "all" else f"{name} {part}"
            summary.append(evaluate(label, name, lang, chosen, args, show_errors=part == "dev"))
    print("\n== summary")
    print(f"{'corpus':<38}{'system':<12}{'strict F1':>10}{'relaxed F1':>11}{'value F1':>9}{'chars/s':>12}{'speed x':>9}")
    for name, table, speed, dp_table, dp_speed in summary:
        c = table["ALL"]
        sf = _prf(c.strict_sys, c.system, c.strict_gold, c.gold)[2]
        rf = _prf(c.relaxed_sys, c.system, c.relaxed_gold, c.gold)[2]
        ratio = f"{speed / dp_speed:>9.1f}" if dp_speed else f"{'':>9}"
        print(f"{name:<38}{'newsline':<12}{sf:>10.3f}{rf:>11.3f}{_value_f1(c):>9.3f}{speed:>12,.0f}{ratio}")
        if dp_table is not None:
            d = dp_table["ALL"]
            dsf = _prf(d.strict_sys, d.system, d.strict_gold, d.gold)[2]
            drf = _prf(d.relaxed_sys, d.system, d.relaxed_gold, d.gold)[2]
            print(f"{'':<38}{'dateparser':<12}{dsf:>10.3f}{drf:>11.3f}{_value_f1(d):>9.3f}{dp_speed:>12,.0f}{1.0:>9.1f}")
        for ht_name, ht_table, ht_speed in args.heideltime_rows:
            if ht_name == name:
                hsf, hrf, hvf = _row(ht_table)
                print(f"{'':<38}{'heideltime':<12}{hsf:>10.3f}{hrf:>11.3f}{hvf:>9.3f}{ht_speed:>12,.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
