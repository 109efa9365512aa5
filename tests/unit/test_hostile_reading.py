"""Reading hostile input: folders walked without recursion, files that are not articles named
with the reason, size limits, line ends and encodings read, dates said in words, and actors files
loaded in linear time."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from newsline_testing import write

from tui.util.safe import safe_display
from tui.corpus.document import DocDate, Problem, Severity
from tui.corpus.reader import ArticleError, iter_article_paths, load_corpus, read_article
from tui.extract.gazetteer import Entry, Gazetteer, load_gazetteer

GOOD = "date 2025-03-11 Le 11 mars 2025, la Russie a parlé."


def problems_by_name(corpus) -> dict[str, Problem]:
    return {p.path.rsplit("/", 1)[-1]: p for p in corpus.problems}


def test_folders_are_walked_without_recursion(tmp_path, monkeypatch):
    folder = tmp_path
    for _ in range(150):
        folder = folder / "d"
    write(folder, "deep.txt", GOOD)
    write(tmp_path, "top.txt", GOOD)
    monkeypatch.setattr(sys, "getrecursionlimit", sys.getrecursionlimit)  # (restored after)
    sys.setrecursionlimit(100)  # far fewer frames than folders
    try:
        found = list(iter_article_paths([tmp_path]))
    finally:
        sys.setrecursionlimit(1000)
    assert [Path(path).name for path, _ in found] == ["deep.txt", "top.txt"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_links_pipes_and_devices_in_a_folder_are_named(tmp_path):
    write(tmp_path, "good.txt", GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("/dev/zero", tmp_path / "zero.md")
    os.symlink("loop.txt", tmp_path / "loop.txt")
    os.symlink("nowhere.txt", tmp_path / "dangling.txt")
    os.symlink("good.txt", tmp_path / "alias.txt")
    (tmp_path / "sub").mkdir()
    os.symlink("sub", tmp_path / "sublink")
    os.mkfifo(tmp_path / "pipe.dat")  # not named like an article: passed over
    os.symlink("nowhere", tmp_path / "dangling")
    corpus = load_corpus([tmp_path])
    assert sorted(Path(d.path).name for d in corpus.documents) == ["alias.txt", "good.txt"]
    problems = problems_by_name(corpus)
    assert problems.keys() == {"pipe.txt", "zero.md", "loop.txt", "dangling.txt", "sublink"}
    assert problems["pipe.txt"].message == "a named pipe (FIFO), not a regular file"
    assert problems["zero.md"].message == "links to a character device, not a regular file"
    assert problems["loop.txt"].message == "a loop of symbolic links"
    assert "broken symbolic link" in problems["dangling.txt"].message
    assert problems["sublink"].severity is Severity.WARNING and "not followed" in problems["sublink"].message
    assert [p.severity for n, p in problems.items() if n != "sublink"] == [Severity.ERROR] * 4


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_paths_given_say_what_they_are(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    os.symlink("loop", tmp_path / "loop")
    os.symlink("nowhere", tmp_path / "dangling")
    given = [tmp_path / "pipe.txt", "/dev/null", tmp_path / "loop", tmp_path / "dangling", tmp_path / "missing"]
    messages = [p.message for p in iter_article_paths(given)]
    assert messages == [
        "a named pipe (FIFO), not an article file or a folder",
        "a character device, not an article file or a folder",
        "a loop of symbolic links",
        "a broken symbolic link (what it points to does not exist)",
        "no such file or folder",
    ]


def test_odd_file_names_are_shown_escaped(tmp_path):
    name = os.fsdecode(b"bad\xff\nname\x1b[2J.txt")
    with open(os.fsencode(tmp_path / name), "w") as handle:
        handle.write(GOOD)
    write(tmp_path, "broken\n.txt", "no header")
    corpus = load_corpus([tmp_path])
    (document,) = corpus.documents
    assert document.path == str(tmp_path / name)  # exact: every view escapes it when shown
    assert safe_display(document.path) == str(tmp_path / "bad\\xff\\nname\\x1b[2J.txt")
    (problem,) = corpus.problems
    assert problem.path == str(tmp_path / "broken\n.txt")
    assert safe_display(str(problem)).startswith(str(tmp_path / "broken\\n.txt: "))


def test_a_problem_is_one_printable_line():
    problem = Problem("a\nb", "first line\nsecond line " + "x" * 1000)
    assert safe_display(str(problem)).startswith("a\\nb: first line second line")
    assert "\n" not in problem.message and len(problem.message) <= 300 and problem.message.endswith("…")


def test_articles_over_the_size_limit_are_reported_not_read(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", GOOD + " Encore." * 100)
    assert read_article(path, "big.txt", max_bytes=10_000)[0].dct == DocDate(2025, 3, 11)
    with pytest.raises(ArticleError, match="the file is 852 bytes; the limit is 100 bytes"):
        read_article(path, "big.txt", max_bytes=100)
    monkeypatch.setenv("NEWSLINE_MAX_ARTICLE_BYTES", "500")
    (problem,) = load_corpus([tmp_path]).problems
    assert problem.message == "the file is 852 bytes; the limit is 500 bytes (NEWSLINE_MAX_ARTICLE_BYTES raises it)"


def test_a_file_just_over_the_limit_says_by_how_much(tmp_path, monkeypatch):
    path = write(tmp_path, "big.txt", GOOD + " Encore." * 130_000)
    monkeypatch.setenv("NEWSLINE_MAX_ARTICLE_BYTES", "1M")
    (problem,) = load_corpus([tmp_path]).problems
    size = path.stat().st_size  # 1.04 MB: "1 MB" both
    assert problem.message.startswith(f"the file is {size:,} bytes; the limit is 1,000,000 bytes")


def test_articles_over_the_paragraph_limit_are_reported_not_read(tmp_path, monkeypatch):
    write(tmp_path, "many.txt", GOOD + "\n\nEncore." * 30)  # 31 paragraphs
    write(tmp_path, "few.txt", GOOD + "\n\nEncore." * 29)  # 30
    monkeypatch.setenv("NEWSLINE_MAX_ARTICLE_PARAGRAPHS", "30")
    corpus = load_corpus([tmp_path])
    assert [Path(d.path).name for d in corpus.documents] == ["few.txt"]
    assert len(corpus.documents[0].paragraphs) == 30
    (problem,) = corpus.problems
    assert Path(problem.path).name == "many.txt"
    assert problem.message == (
        "the article has over 30 paragraphs; the limit is 30 (NEWSLINE_MAX_ARTICLE_PARAGRAPHS raises it)"
    )


@pytest.mark.parametrize("newline", ["\r", "\r\n"])
def test_old_mac_and_windows_line_ends(tmp_path, newline):
    raw = "---\ndate: 2025-03-11\n---\nLe 11 mars 2025, la Russie a parlé.\n\nDeuxième paragraphe.\n".replace("\n", newline)
    write(tmp_path, "a.md", raw.encode())
    (document,) = load_corpus([tmp_path]).documents
    assert document.dct == DocDate(2025, 3, 11)
    assert len(document.text) == len(raw)  # offsets are the file's
    assert [document.paragraph_text(p) for p in document.paragraphs][-1].strip() == "Deuxième paragraphe."


def test_utf16_articles_read_like_utf8_ones(tmp_path):
    text = GOOD + "\n\nLe 12 mars, Moscou a répondu."
    write(tmp_path, "a.txt", text)
    write(tmp_path, "b.txt", text.encode("utf-16"))
    write(tmp_path, "c.txt", text.encode("utf-16-le"))
    corpus = load_corpus([tmp_path])
    assert not corpus.problems
    assert len({(d.text, d.dct, d.paragraphs) for d in corpus.documents}) == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "date 2025-02-30 does not exist: February 2025 has 28 days"),
        ("2024-02-30", "date 2024-02-30 does not exist: February 2024 has 29 days"),
        ("2025-13", "date 2025-13 does not exist: there is no month 13"),
        ("2025-00-10", "date 2025-00-10 does not exist: there is no month 0"),
        ("0000-01", "date 0000-01 does not exist: there is no year 0"),
        ("²025-03", "date '²025-03' is not YYYY-MM or YYYY-MM-DD"),
        ("१२३४-03", "date '१२३४-03' is not YYYY-MM or YYYY-MM-DD"),
        ("2025-03-" + "9" * 5000, "is not YYYY-MM or YYYY-MM-DD"),
    ],
)
def test_bad_dates_are_said_in_words(value, message):
    with pytest.raises(ValueError) as caught:
        DocDate.parse(value)
    assert message in str(caught.value) and len(str(caught.value)) < 100


def test_good_dates_still_parse():
    assert DocDate.parse("2024-02-29") == DocDate(2024, 2, 29)
    assert DocDate.parse(" 2025-3-5 ") == DocDate(2025, 3, 5)
    assert DocDate.parse("2025-03") == DocDate(2025, 3)


def test_front_matter_dates_that_do_not_exist(tmp_path):
    write(tmp_path, "a.md", "---\ndate: 2025-02-30\n---\nTexte.\n")
    write(tmp_path, "b.md", "---\ndate: 2025-02-28 25:00:00\n---\nTexte.\n")
    problems = problems_by_name(load_corpus([tmp_path]))
    assert problems["a.md"].message == "bad date in front matter: date 2025-02-30 does not exist: February 2025 has 28 days"
    assert problems["b.md"].message.startswith("bad date in front matter: date '2025-02-28 25:00:00' is not")


def test_front_matter_bombs_are_refused_at_once_in_a_short_line(tmp_path):
    bomb = "\n".join(
        ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        + [f"{c}: &{c} [{','.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")]
    )
    write(tmp_path, "bomb.md", f"---\ndate: 2025-03-11\n{bomb}\ntitle: *i\n---\nTexte.\n")
    write(tmp_path, "date.md", "---\n" + bomb.split("\nf:")[0] + "\ndate: [*e,*e,*e]\n---\nTexte.\n")
    start = time.perf_counter()
    problems = problems_by_name(load_corpus([tmp_path]))
    assert time.perf_counter() - start < 2
    for name in ("bomb.md", "date.md"):
        assert "aliases expand" in problems[name].message and len(problems[name].message) < 120


# -- actors files ---------------------------------------------------------------------------------


def test_hostile_actors_files_are_reported(tmp_path):
    bomb = "- " + "\n  ".join(
        ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        + [f"{c}: &{c} [{','.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi")]
    ) + "\n  name: x\n  kind: person"
    files = [write(tmp_path, "bomb.yaml", bomb), write(tmp_path, "utf16.yaml", "- name: Jean Dupont\n  kind: person\n".encode("utf-16"))]
    os.symlink("/dev/zero", tmp_path / "zero.yaml")
    files.append(tmp_path / "zero.yaml")
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe.yaml")
        files.append(tmp_path / "pipe.yaml")
    gazetteer, problems = load_gazetteer(files)
    by_name = {Path(p.path).name: p.message for p in problems}
    assert "aliases expand" in by_name.pop("bomb.yaml")
    assert by_name.pop("zero.yaml") == "cannot read the actors file: a character device, not a regular file"
    if hasattr(os, "mkfifo"):
        assert by_name.pop("pipe.yaml") == "cannot read the actors file: a named pipe (FIFO), not a regular file"
    assert not by_name
    assert gazetteer.entry("jean dupont") is not None


def _override_naively(gazetteer: Gazetteer, entry: Entry) -> None:
    """The override as it was written: a pass over every entry (the reference)."""
    from tui.util.text import fold

    names = {fold(n) for n in entry.all_names()}
    for old in list(gazetteer.entries.values()):
        if fold(old.name("fr")) in names or fold(old.name("en")) in names:
            del gazetteer.entries[old.key]
            aliases = tuple(dict.fromkeys(entry.aliases + old.all_names()))
            entry = Entry(entry.key, entry.names, entry.kind, aliases, entry.member_of or old.member_of, entry.capital_of or old.capital_of)
    gazetteer.add(entry)


def test_actors_files_override_as_the_quadratic_pass_did(tmp_path):
    import random

    import yaml

    from tui.extract import gazetteer as module

    builtin, _ = load_gazetteer()
    pool = [e.name(lang) for e in list(builtin.entries.values())[:150] for lang in ("fr", "en")] + [f"Nom{i}" for i in range(40)]
    rng = random.Random(7)
    for trial in range(20):
        entries = [
            {"name": rng.choice(pool), "kind": "person", "aliases": rng.sample(pool, rng.randint(0, 3)), "member_of": rng.choice(pool)}
            if rng.random() < 0.5
            else {"name": {"fr": rng.choice(pool), "en": rng.choice(pool)}, "kind": "place", "aliases": rng.sample(pool, 2)}
            for _ in range(rng.randint(5, 60))
        ]
        path = write(tmp_path, f"actors{trial}.yaml", yaml.safe_dump(entries, allow_unicode=True))
        fast, _ = load_gazetteer([path, path])
        reference = Gazetteer(dict(builtin.entries))
        for raw in entries * 2:
            _override_naively(reference, module._entry(raw))
        assert list(fast.entries.items()) == list(reference.entries.items()), trial


def test_large_actors_files_load_in_linear_time(tmp_path):
    def actors(count: int) -> Path:
        text = "".join(
            f"- name: Personne{i} Nom{i}\n  kind: person\n  aliases: [P{i}N, M. Nom{i}]\n  member_of: Org{i % 50}\n"
            for i in range(count)
        )
        return write(tmp_path, f"actors{count}.yaml", text)

    small, large = actors(2_000), actors(20_000)
    timings = []
    for path in (small, large):
        start = time.perf_counter()
        gazetteer, problems = load_gazetteer([path])
        timings.append(time.perf_counter() - start)
        assert not problems
    assert gazetteer.entry("personne19999 nom19999").aliases == ("P19999N", "M. Nom19999")
    # Ten times the actors: about ten times the time (a quadratic pass took a hundred times).
    assert timings[1] < 30 * max(timings[0], 0.05), timings


def test_tellings_of_a_long_article_take_linear_time(tmp_path):
    # Each happening scanned every mention of its article for its actors: 12,000 events in a
    # 1 MB article took 40 s. Ten times the paragraphs now take about ten times the time.
    from tui.extract.events import extract_document, tellings_of
    from tui.extract.model import ResolvedMention

    gazetteer = load_gazetteer([])[0]
    sentence = "Le 11 mars 2025, la Russie et les États-Unis ont repris leurs échanges à Genève. Il a parlé."
    timings, counts = [], []
    for count in (150, 1_500):
        (document,) = load_corpus([write(tmp_path, f"long{count}.txt", f"date 2025-03-11 {sentence}\n\n" * count)]).documents
        extraction = extract_document(document, gazetteer)
        mentions = [ResolvedMention(m.start, m.end, k % 2) for k, m in enumerate(extraction.mentions)]
        best = float("inf")
        for _ in range(3):  # (the least CPU of three: other jobs on the machine only add to it)
            start = time.process_time()
            tellings = tellings_of(document, extraction, mentions, ["country", "person"])
            best = min(best, time.process_time() - start)
        timings.append(best)
        counts.append(len(tellings))
        first = tellings[0]
        assert first.actors and all(t.actors for t in tellings[:10]), tellings[:2]
    assert counts[1] >= 10 * counts[0] > 0
    assert timings[1] < 30 * max(timings[0], 0.01), timings


def test_actors_files_over_the_size_limit_are_reported_not_read(tmp_path, monkeypatch):
    text = "".join(f"- name: Personne{i} Nom{i}\n  kind: person\n" for i in range(100))
    path = write(tmp_path, "actors.yaml", text)
    monkeypatch.setenv("NEWSLINE_MAX_ACTORS_BYTES", str(len(text)))
    gazetteer, problems = load_gazetteer([path])
    assert not problems and gazetteer.entry("personne99 nom99") is not None
    monkeypatch.setenv("NEWSLINE_MAX_ACTORS_BYTES", str(len(text) - 1))
    gazetteer, (problem,) = load_gazetteer([path])
    assert gazetteer.entry("personne99 nom99") is None
    assert problem.message == (
        f"cannot read the actors file: the file is {len(text):,} bytes; the limit is {len(text) - 1:,} bytes"
        " (NEWSLINE_MAX_ACTORS_BYTES raises it)"
    )


@pytest.mark.parametrize("variable", ["NEWSLINE_MAX_ARTICLE_BYTES", "NEWSLINE_MAX_ARTICLE_PARAGRAPHS"])
def test_raising_a_limit_reads_again_what_the_cache_kept_refused(tmp_path, monkeypatch, variable):
    from tui.loading import LoadOptions, load

    monkeypatch.setenv("NEWSLINE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "d"
    folder.mkdir()
    write(folder, "long.txt", GOOD + "\n\nEncore une fois." * 40)  # 41 paragraphs, 728 bytes
    monkeypatch.setenv(variable, "40")
    for _ in range(2):  # extracted, then from the cache: refused both times
        store, _report = load([folder], LoadOptions(workers=1))
        assert not store.documents and "the limit is 40" in store.problems[0].message
    monkeypatch.setenv(variable, "1000")
    store, report = load([folder], LoadOptions(workers=1))
    assert not report.store_from_cache and len(store.documents) == 1 and not store.problems
