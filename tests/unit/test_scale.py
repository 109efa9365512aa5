"""Scale: the extraction cache, the process pool, the synthetic corpus and the shard path."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from newsline_testing import write

import tui.loading.assemble
import tui.loading.cache
import tui.loading.extraction
import tui.loading.ingest
from tui.loading import open_store
from tui.loading.assemble import build_store
from tui.loading.cache import Cache, cache_dir
from tui.corpus.reader import load_corpus
from tui.store import Query

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import make_corpus  # noqa: E402


def same_store(a, b) -> None:
    assert a.documents == b.documents
    assert a.events == b.events
    assert a.actors == b.actors
    assert a.problems == b.problems
    assert [tuple(m) for m in a.mentions] == [tuple(m) for m in b.mentions]
    # The word index is built on demand, from the events' sentences: the same either way.
    for word in ("le", "the", "minist", "2019"):
        assert a.query(Query(text=word)) == b.query(Query(text=word))
    assert a.query(Query(text="le")), "the check above compared empty results"


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus.write_corpus(12, folder)
    write(folder, "broken.txt", "no header here")
    return folder


@pytest.fixture
def extractions(monkeypatch):
    """Counts the files actually read and extracted (not served by the cache)."""
    calls: list[str] = []
    real = tui.loading.extraction.extract_file

    def counting(path, display, gazetteer):
        calls.append(display)
        return real(path, display, gazetteer)

    monkeypatch.setattr(tui.loading.extraction, "extract_file", counting)
    return calls


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSLINE_CACHE_DIR", str(tmp_path / "x"))
    assert cache_dir() == tmp_path / "x"
    monkeypatch.delenv("NEWSLINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "newsline"


def test_a_cached_corpus_reopens_without_extracting(corpus, extractions):
    first = open_store([corpus])
    assert len(extractions) == 13
    extractions.clear()
    again = open_store([corpus])
    assert extractions == []
    same_store(first, again)
    same_store(first, build_store(load_corpus([corpus])))
    assert any("broken.txt" in p.path for p in again.problems)


def test_per_file_entries_serve_a_changed_corpus(corpus, extractions):
    open_store([corpus])
    extractions.clear()
    changed = corpus / "000" / "000003.md"
    changed.write_text(changed.read_text(encoding="utf-8").replace("---\n\n", "---\n\nLe 4 mai 2001, Nadia Okafor a parlé.\n\n", 1), encoding="utf-8")
    os.utime(changed, ns=(1, 1))
    store = open_store([corpus])
    assert [Path(p).name for p in extractions] == ["000003.md", "broken.txt"]
    assert any(e.when.label == "2001-05-04" for e in store.events)
    same_store(store, build_store(load_corpus([corpus])))


def test_a_corrupt_cache_is_rebuilt_silently(corpus, extractions):
    reference = open_store([corpus])
    entries = list(Path(os.environ["NEWSLINE_CACHE_DIR"]).rglob("*.pickle"))
    assert len(entries) == 13  # 12 articles and the store
    for n, entry in enumerate(entries):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if n % 2 else b"garbage")
    extractions.clear()
    store = open_store([corpus])
    assert len(extractions) == 13
    same_store(reference, store)
    extractions.clear()
    open_store([corpus])
    assert extractions == []  # rewritten


def test_a_new_extractor_version_misses_every_entry(corpus, extractions, monkeypatch):
    open_store([corpus])
    extractions.clear()
    monkeypatch.setattr(tui.loading.cache, "EXTRACTOR_VERSION", "another")
    open_store([corpus])
    assert len(extractions) == 13


def test_actors_files_are_part_of_the_key(corpus, extractions, tmp_path):
    open_store([corpus])
    extractions.clear()
    actors = write(tmp_path, "actors.yaml", "- name: Nadia Okafor\n  kind: person\n")
    open_store([corpus], actors_files=[actors])
    assert len(extractions) == 13


def test_merged_and_unmerged_stores_are_cached_apart(corpus, extractions):
    merged = open_store([corpus], workers=1)
    assert len(extractions) == 13
    extractions.clear()
    unmerged = open_store([corpus], workers=1, merge=False)
    assert [Path(p).name for p in extractions] == ["broken.txt"]  # the per-file entries serve both
    extractions.clear()
    # (twelve synthetic articles may hold no two tellings of one happening: the merged store
    # differs by the evidence it joins, sentences going on, not always by its count)
    assert len(unmerged.events) >= len(merged.events)
    assert max(len(e.evidence) for e in merged.events) > 1
    assert all(len(e.evidence) == 1 and e.evidence[0].rule == "first" for e in unmerged.events)
    assert len(list((cache_dir() / "stores").glob("*.pickle"))) == 2
    for merge, expected in ((False, unmerged), (True, merged), (False, unmerged)):
        shown = []
        again = open_store([corpus], workers=1, merge=merge, partial=shown.append)
        assert shown == [again]  # the by-stat alias of its own kind of store, confirmed
        same_store(again, expected)
    assert extractions == []


def test_no_merge_reaches_every_assembly_of_a_load(corpus, monkeypatch):
    monkeypatch.setattr(tui.loading.ingest, "PARTIAL_FIRST", 0.0)
    real = tui.loading.assemble.assemble
    merges = []

    def recording(*args, merge=True, **kwargs):
        merges.append(merge)
        return real(*args, merge=merge, **kwargs)

    monkeypatch.setattr(tui.loading.assemble, "assemble", recording)  # (ingest imports it where it runs)
    shown = []
    open_store([corpus], cache=False, workers=1, merge=False, partial=shown.append)
    assert shown and len(merges) == len(shown) + 1 and set(merges) == {False}  # partial stores too
    merges.clear()
    open_store([corpus], cache=False, workers=1)
    assert merges == [True]


def test_no_cache_reads_and_writes_nothing(corpus, extractions):
    open_store([corpus], cache=False)
    open_store([corpus], cache=False)
    assert len(extractions) == 26
    assert not Path(os.environ["NEWSLINE_CACHE_DIR"]).exists() or not any(Path(os.environ["NEWSLINE_CACHE_DIR"]).rglob("*.pickle"))


def test_cache_entries_are_checked_against_their_key(tmp_path):
    cache = Cache(tmp_path)
    cache.save_file("ab" * 20, {"x": 1})
    assert cache.load_file("ab" * 20) == {"x": 1}
    (tmp_path / "files" / "ab" / f"{'ab' * 20}.pickle").rename(tmp_path / "files" / "ab" / f"{'ab' * 19}cd.pickle")
    assert cache.load_file("ab" * 19 + "cd") is None  # an entry under another name is a miss
    assert not list(tmp_path.rglob("*.tmp"))


def test_the_process_pool_gives_the_in_process_store(corpus, monkeypatch):
    from tui.loading import LoadOptions, load

    monkeypatch.setattr(tui.loading.ingest, "POOL_MIN_FILES", 0)
    pooled, report = load([corpus], LoadOptions(cache=False, workers=2))
    assert (report.workers, report.pool_error, report.extracted) == (2, None, 13)
    alone, report = load([corpus], LoadOptions(cache=False, workers=1))
    assert (report.workers, report.extracted) == (0, 13)
    same_store(pooled, alone)
    same_store(pooled, build_store(load_corpus([corpus])))


def test_partial_stores_are_published_during_a_long_load(corpus, monkeypatch):
    monkeypatch.setattr(tui.loading.ingest, "PARTIAL_FIRST", 0.0)
    seen = []
    final = open_store([corpus], cache=False, workers=1, partial=seen.append)
    assert seen and all(len(s.documents) < len(final.documents) for s in seen)
    assert [len(s.documents) for s in seen] == sorted(len(s.documents) for s in seen)


def test_the_synthetic_corpus_is_deterministic(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    make_corpus.write_corpus(30, one)
    make_corpus.write_corpus(30, two)
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert all((one / f).read_bytes() == (two / f).read_bytes() for f in files)
    assert {f.suffix for f in files} == {".txt", ".md"}
    texts = [(one / f).read_text(encoding="utf-8") for f in files]
    assert any("lang: en" in t for t in texts) and any("lang: fr" in t for t in texts)
    assert all(1000 <= len(t.encode()) <= 5 * 1024 for t in texts)
    store = open_store([one], cache=False)
    assert len(store.events) >= 5 * len(files)  # about ten events an article
    assert not store.problems


def test_shards_extracted_elsewhere_are_what_the_reader_loads(corpus, extractions, tmp_path, monkeypatch):
    from tui.loading.shards import extract_shard, plan, run_local

    write(corpus, "actors.yaml", "- name: Nadia Okafor\n  kind: person\n  member_of: ONU\n")
    monkeypatch.chdir(corpus.parent)
    corpus = Path(corpus.name)  # relative, as typed on a command line: entries must still match
    shards = plan([corpus], size=5)
    assert [len(s.files) for s in shards] == [5, 5, 3]
    root = tmp_path / "shared-cache"
    reports = run_local(shards, root, workers=2)
    assert sum(r.extracted for r in reports) == 12 and sum(r.skipped for r in reports) == 1
    assert extract_shard(shards[0], root).cached == 5  # idempotent: a retried task costs nothing
    os.environ["NEWSLINE_CACHE_DIR"] = str(root)  # restored by the autouse fixture
    extractions.clear()
    store = open_store([corpus])
    assert [Path(e).name for e in extractions] == ["broken.txt"]
    same_store(store, build_store(load_corpus([corpus]), [corpus / "actors.yaml"]))


def _reference_paths(paths):
    """iter_article_paths as it was written with Path.rglob (the fast scan must match it)."""
    for given in paths:
        root = Path(given)
        found = sorted(
            p
            for p in root.rglob("*")
            if p.suffix.lower() in (".txt", ".md")
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
        for path in found:
            yield path, str(Path(given) / path.relative_to(root))


def test_the_folder_scan_finds_what_rglob_finds(tmp_path, monkeypatch):
    from tui.corpus.document import Problem
    from tui.corpus.reader import iter_article_paths

    for name in [
        "a.txt", "B.TXT", "c.Md", "notes.rst", ".hidden.txt", ".git/x.txt", "sub/.x/y.md", "sub/z.txt",
        "sub-a/q.md", "sub/deeper/r.txt", "é/ü.txt", "folder.txt/inner.md", "Z.md", "a-b/c.txt",
    ]:
        write(tmp_path / "root", name, "date 2020-01 x")
    (tmp_path / "root" / "link").symlink_to(tmp_path / "root" / "sub", target_is_directory=True)
    (tmp_path / "root" / "filelink.txt").symlink_to(tmp_path / "root" / "a.txt")
    monkeypatch.chdir(tmp_path)
    for given in (str(tmp_path / "root"), "root", "root/", "./root"):
        found = list(iter_article_paths([given]))
        # The symbolic link to a folder is not followed, and now said so (a warning).
        (link,) = [item for item in found if isinstance(item, Problem)]
        assert link.path == str(Path(given) / "link") and "not followed" in link.message
        assert [item for item in found if item is not link] == list(_reference_paths([given]))
    assert len(list(iter_article_paths(["root"]))) == 12


async def test_the_reader_loads_through_the_worker_pool(corpus, monkeypatch):
    """Under Textual stderr is captured (fileno -1): the spawned pool must still start."""
    from tui.ui.app import NewslineApp

    monkeypatch.setattr(tui.loading.ingest, "POOL_MIN_FILES", 1)
    reports = []

    def load(*args, **kwargs):
        store, report = tui.loading.ingest.load(*args, **kwargs)
        reports.append(report)
        return store, report

    monkeypatch.setattr(tui.loading, "load", load)
    app = NewslineApp(paths=[str(corpus)], cache=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.load_error is None
        assert [r.pool_error for r in reports] == [None]
        cores = tui.loading.extraction.default_workers()
        assert reports[0].workers == (cores if cores > 1 else 0)  # the pool did the work
        same_store(app.store, build_store(load_corpus([corpus])))


def test_headless_commands_take_no_cache_and_keep_stderr_clean(corpus, capsys, monkeypatch):
    from tui import cli

    monkeypatch.setattr(cli, "PROGRESS_MIN_FILES", 1)
    root = Path(os.environ["NEWSLINE_CACHE_DIR"])
    assert cli.main(["events", str(corpus), "--no-cache", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert len(__import__("json").loads(captured.out)) > 50
    assert "reading articles" not in captured.err  # stderr is not a terminal: no bar
    assert not root.exists() or not any(root.rglob("*.pickle"))
    assert cli.main(["check", str(corpus)]) == 1  # broken.txt is skipped
    assert any(root.rglob("*.pickle"))


def test_the_progress_bar_shows_on_a_terminal(corpus, monkeypatch):
    import io

    from rich.console import Console

    from tui import cli

    monkeypatch.setattr(cli, "PROGRESS_MIN_FILES", 1)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    buffer = io.StringIO()
    err = Console(file=buffer, force_terminal=True, width=100)
    args = cli._command_parser().parse_args(["events", str(corpus), "--no-cache"])
    store = cli._open_store(args, err)
    assert len(store.documents) == 12
    assert "reading articles" in buffer.getvalue()


def test_extraction_makes_no_reference_cycles(corpus):
    """The ingest pauses the cyclic collector while results pile up: extraction must leave no
    garbage that only the collector could free."""
    import gc

    from tui.corpus.reader import iter_article_paths
    from tui.extract.gazetteer import load_gazetteer

    gazetteer, _ = load_gazetteer([])
    files = [item for item in iter_article_paths([corpus]) if isinstance(item, tuple)]
    for path, display in files:  # each language's data compiled once, outside the count
        tui.loading.extraction.extract_file(path, display, gazetteer)
    gc.collect()
    gc.disable()
    try:
        for path, display in files:
            tui.loading.extraction.extract_file(path, display, gazetteer)
        assert gc.collect() == 0
    finally:
        gc.enable()


def test_a_forked_worker_collects_as_usual():
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from tui.loading.cache import collector_paused

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork here")
    worker = tui.loading.extraction._init_worker
    with collector_paused():  # as the ingest forks its workers
        with ProcessPoolExecutor(1, multiprocessing.get_context("fork"), worker, ([], os.getpid())) as pool:
            assert pool.submit(gc.isenabled).result(timeout=30)
        with ProcessPoolExecutor(1, multiprocessing.get_context("fork")) as pool:
            assert not pool.submit(gc.isenabled).result(timeout=30)  # (what the initializer mends)


def test_a_reopen_shows_the_store_of_the_same_paths_sizes_and_mtimes_first(corpus, extractions):
    open_store([corpus], workers=1)  # fills the cache
    extracted = len(extractions)
    shown = []
    final = open_store([corpus], workers=1, partial=shown.append)
    assert len(shown) == 1 and shown[0] is final  # the contents matched: shown once, kept
    assert len(extractions) == extracted  # the reopen extracted nothing


def test_a_store_shown_by_mtime_is_replaced_when_the_contents_differ(corpus, extractions):
    before = open_store([corpus], workers=1)
    extracted = len(extractions)
    # Same size, same mtime, another word: only the content hash tells.
    path = sorted(corpus.rglob("*.txt"))[0]
    stat = path.stat()
    text = path.read_text("utf-8")
    at = text.index(" ", len(text) // 2)
    path.write_text(text[:at] + " Prusse" + text[at + 7 :], "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert path.stat().st_size == stat.st_size and path.stat().st_mtime_ns == stat.st_mtime_ns
    shown = []
    after = open_store([corpus], workers=1, partial=shown.append)
    assert len(shown) == 1 and shown[0] == before  # the stale store, for a moment
    assert after != before and after is not shown[0]
    assert any("Prusse" in d.text for d in after.documents)
    changed = next(d.path for d in after.documents if "Prusse" in d.text)
    assert changed in extractions[extracted:] and len(extractions[extracted:]) <= 2  # it (and broken.txt)
    shown.clear()
    again = open_store([corpus], workers=1, partial=shown.append)
    assert shown == [again] and again == after  # the alias now names the rebuilt store


def test_a_corrupt_alias_shows_nothing_first(corpus):
    open_store([corpus], workers=1)
    (alias,) = (cache_dir() / "stores" / "by-stat").iterdir()
    alias.write_text("not a key")
    shown = []
    store = open_store([corpus], workers=1, partial=shown.append)
    assert shown == [] and len(store.documents) == 12
    assert len(alias.read_text()) == 40  # written again


def test_no_cache_shows_nothing_first(corpus):
    open_store([corpus], workers=1)
    shown = []
    open_store([corpus], workers=1, cache=False, partial=shown.append)
    assert shown == []


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    from tui.util.atomic import write_atomically, write_with

    target = tmp_path / "settings.yaml"
    write_atomically(target, "theme: dark\n")

    def failing(stream):
        stream.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_with(target, failing, durable=True)
    assert target.read_text() == "theme: dark\n" and list(tmp_path.iterdir()) == [target]
    # The cache writes the same way but never raises: no entry, no error.
    tui.loading.cache._save_with(tmp_path / "cache" / "x.pickle", failing)
    assert not (tmp_path / "cache" / "x.pickle").exists() and list((tmp_path / "cache").iterdir()) == []


def test_progress_reports_are_throttled_but_the_last_always_comes(monkeypatch):
    clock = iter([0.0, 0.01, 0.02, 0.2, 0.21, 0.22])
    monkeypatch.setattr(tui.loading.ingest.time, "monotonic", lambda: next(clock))
    seen = []
    report = tui.loading.ingest.throttled(lambda done, total: seen.append(done), 0.1)
    for done in range(1, 7):
        report(done, 6)
    assert seen == [1, 4, 6]  # the first, the next 0.1 s later, and the last
