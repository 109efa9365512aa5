"""Loading, stage by stage (tui.loading.ingest): each stage alone on a small generated corpus,
then what the whole load reports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from newsline_testing import SEEDS, write

import tui.loading.ingest as ingest
from tui.corpus.document import Problem
from tui.corpus.reader import load_corpus
from tui.util.resources import seeds_dir
from tui.loading import LoadOptions, load
from tui.loading.assemble import build_store
from tui.loading.cache import Cache
from tui.loading.extraction import ArticleFile, LazyGazetteer, extract_file

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import make_corpus  # noqa: E402

BROKEN = "no header here"


@pytest.fixture
def corpus(tmp_path):
    """Ten generated articles, then a file that cannot be read as one (last in the scan)."""
    folder = tmp_path / "corpus"
    make_corpus.write_corpus(10, folder)
    write(folder, "zz-broken.txt", BROKEN)
    return folder


def keyed(corpus, cache: bool = True):
    found = ingest.find_files([corpus])
    context = ingest.CacheContext.of(found) if cache else None
    return found, context, ingest.key_files(found, context.entries if context else None)


class Record:
    """A sink that keeps the outcomes and counts the steps."""

    def __init__(self) -> None:
        self.outcomes: dict = {}
        self.steps: list[bool] = []

    def add(self, index, outcome) -> None:
        self.outcomes[index] = outcome

    def step(self, new: bool) -> None:
        self.steps.append(new)


# -- find_files ----------------------------------------------------------------------------------


def test_find_files_lists_articles_in_order_and_the_actors_files(corpus, tmp_path):
    mine = write(tmp_path, "mine.yaml", "[]")
    write(corpus, "actors.yaml", "[]")
    found = ingest.find_files([corpus, tmp_path / "nowhere"], [mine])
    names = [Path(item[1]).name for item in found.items if not isinstance(item, Problem)]
    assert len(names) == 11 and names[-1] == "zz-broken.txt"
    assert [i[1] for i in found.items[:-1]] == sorted(i[1] for i in found.items[:-1])
    assert found.items[-1] == Problem(str(tmp_path / "nowhere"), "no such file or folder")
    assert found.actors_files == (corpus / "actors.yaml", mine)  # the folder's first, then the user's
    assert not found.relative_to_root


def test_find_files_without_paths_finds_the_bundled_seeds():
    for paths in (None, []):
        found = ingest.find_files(paths)
        assert found.relative_to_root
        assert [item[1] for item in found.items] == sorted(p.name for p in SEEDS.glob("*.txt"))
        # The bundled seeds: the repository's in a checkout, the package's own when installed.
        assert found.actors_files == (seeds_dir() / "actors.yaml",)


# -- the cache stages ----------------------------------------------------------------------------


def test_key_files_reads_nothing_without_the_cache(corpus):
    _, _, items = keyed(corpus, cache=False)
    assert all(isinstance(i, ArticleFile) and i.key is None and i.entry is None for i in items)
    assert [i.index for i in items] == list(range(11))


def test_key_files_keys_change_with_the_contents_and_the_actors_files(corpus, tmp_path):
    found, context, items = keyed(corpus)
    assert all(i.key is not None and i.entry for i in items)
    assert len({i.entry for i in items}) == 11
    first = items[0].path
    first.write_text(first.read_text("utf-8") + "\nUne phrase de plus.\n", "utf-8")
    _, _, changed = keyed(corpus)
    assert [a.entry == b.entry for a, b in zip(items, changed)] == [False] + [True] * 10
    other = ingest.CacheContext.of(ingest.find_files([corpus], [write(tmp_path, "a.yaml", "[]")]))
    assert other != context
    assert ingest.key_files(found, other.entries)[1].entry != items[1].entry


def test_the_quick_key_is_the_same_from_the_stats_or_from_the_hashing(corpus):
    found, context, items = keyed(corpus)
    quick, shown = ingest.store_by_stat(Cache(), found, context.stores)
    assert shown is None  # nothing saved yet
    assert ingest.store_keys(items, context.stores).quick == quick


def test_store_keys_tell_contents_apart_with_the_same_stats(corpus):
    _, context, items = keyed(corpus)
    before = ingest.store_keys(items, context.stores)
    path = items[0].path
    stat = path.stat()
    text = path.read_text("utf-8")
    path.write_text(text.replace("a", "b", 1) if "a" in text else text.replace("e", "f", 1), "utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    _, _, items = keyed(corpus)
    after = ingest.store_keys(items, context.stores)
    assert after.quick == before.quick and after.whole != before.whole


def test_a_saved_store_is_found_whole_and_by_stat(corpus):
    found, context, items = keyed(corpus)
    cache = Cache()
    keys = ingest.store_keys(items, context.stores)
    assert ingest.cached_store(cache, keys) is None
    store = build_store(load_corpus([corpus]))
    ingest.save_store(cache, keys, store)
    assert ingest.cached_store(cache, keys) == store
    quick, shown = ingest.store_by_stat(cache, found, context.stores)
    assert quick == keys.quick and shown is not None
    assert shown.key == keys.whole and shown.store == store


def test_cached_entries_serve_what_the_cache_has_and_miss_the_rest(corpus):
    _, _, items = keyed(corpus)
    cache = Cache()
    gazetteer, _ = LazyGazetteer([]).get()
    for item in items[:4]:
        cache.save_file(item.entry, extract_file(item.path, item.display, gazetteer))
    cache.save_file(items[4].entry, {"not": "an extraction"})  # a foreign entry is a miss
    outcomes, missing = ingest.cached_entries(cache, items)
    assert sorted(outcomes) == [0, 1, 2, 3]
    assert [f.index for f in missing] == list(range(4, 11))
    assert ingest.cached_entries(None, items) == ({}, list(items))


# -- extraction and partial stores ---------------------------------------------------------------


def test_extract_in_this_process_below_the_pool_threshold(corpus):
    _, _, items = keyed(corpus)
    record = Record()
    used = ingest.extract(items, (), Cache(), 2, LazyGazetteer([]), record)
    assert used == (0, None)
    assert sorted(record.outcomes) == list(range(11)) and record.steps == [True] * 11
    assert isinstance(record.outcomes[10], Problem)  # the broken file
    outcomes, missing = ingest.cached_entries(Cache(), items)
    assert len(outcomes) == 10 and [f.index for f in missing] == [10]  # written as it went


def test_extract_with_the_pool_gives_the_same_outcomes(corpus, monkeypatch):
    _, _, items = keyed(corpus, cache=False)
    alone, pooled = Record(), Record()
    ingest.extract(items, (), None, 1, LazyGazetteer([]), alone)
    monkeypatch.setattr(ingest, "POOL_MIN_FILES", 5)
    assert ingest.extract(items, (), None, 2, LazyGazetteer([]), pooled) == (2, None)
    assert pooled.outcomes == alone.outcomes
    assert any(pooled.steps)


def test_a_failing_pool_is_finished_in_this_process(corpus, monkeypatch):
    _, _, items = keyed(corpus, cache=False)
    done_by_pool = []

    def failing_pool(files, *, sink, meanwhile, **options):
        meanwhile()
        gazetteer, _ = LazyGazetteer([]).get()
        for file in files[:3]:
            sink.add(file.index, extract_file(file.path, file.display, gazetteer))
            done_by_pool.append(file.index)
        raise OSError("no processes here")

    extracted_here = []
    serially = ingest.extract_serially

    def counted_serially(files, *rest):
        extracted_here.extend(f.index for f in files)
        serially(files, *rest)

    monkeypatch.setattr(ingest, "POOL_MIN_FILES", 1)
    monkeypatch.setattr(ingest, "extract_in_pool", failing_pool)
    monkeypatch.setattr(ingest, "extract_serially", counted_serially)
    record = ingest.Collected({}, 11, None, None)
    assert ingest.extract(items, (), None, 2, LazyGazetteer([]), record) == (0, "OSError: no processes here")
    assert sorted(record.outcomes) == list(range(11))
    assert done_by_pool == [0, 1, 2] and extracted_here == list(range(3, 11))


def test_collected_reports_progress_per_new_batch_and_offers_partial_stores():
    seen, offered = [], []

    class Partials:
        def offer(self, outcomes):
            offered.append(len(outcomes))

    collected = ingest.Collected({}, 3, lambda done, total: seen.append((done, total)), Partials())  # type: ignore[arg-type]
    collected.add(0, Problem("a", "x"))
    collected.step(True)
    collected.step(False)  # the pool was only waited on: no progress, a partial store may be due
    collected.add(1, Problem("b", "x"))
    collected.step(True)
    assert seen == [(1, 3), (2, 3)] and offered == [1, 1, 2]


def test_partial_stores_come_as_the_articles_done_double_up_to_a_share(corpus, monkeypatch):
    _, _, items = keyed(corpus, cache=False)
    gazetteer = LazyGazetteer([])
    outcomes = {item.index: extract_file(item.path, item.display, gazetteer.get()[0]) for item in items}
    given = []
    monkeypatch.setattr(ingest, "PARTIAL_FIRST", 0.0)
    monkeypatch.setattr(ingest, "PARTIAL_MAX_SHARE", 0.5)
    partials = ingest.PartialStores(given.append, items, len(items), gazetteer)
    for done in range(1, len(items) + 1):
        partials.offer({i: outcomes[i] for i in range(done)})
    # 1, 2, 4, then 8 is past half the corpus, and the last is the final store's business.
    assert [len(s.documents) for s in given] == [1, 2, 4] and partials.count == 3
    assert given[-1].documents == build_store(load_corpus([corpus])).documents[:4]
    monkeypatch.setattr(ingest, "PARTIAL_FIRST", 60.0)
    late = ingest.PartialStores(given.append, items, len(items), gazetteer)
    late.offer({0: outcomes[0]})
    assert late.count == 0  # none in the first PARTIAL_FIRST seconds


# -- assembly ------------------------------------------------------------------------------------


def test_assemble_store_follows_the_corpus_order_whatever_the_order_outcomes_came_in(corpus, tmp_path):
    actors = write(tmp_path, "bad.yaml", "not: a list")
    _, _, items = keyed(corpus, cache=False)
    gazetteer, gazetteer_problems = LazyGazetteer([actors]).get()
    outcomes = {item.index: extract_file(item.path, f"elsewhere/{item.index}", gazetteer) for item in reversed(items)}
    store = ingest.assemble_store(items, outcomes, gazetteer, gazetteer_problems)
    reference = build_store(load_corpus([corpus]), [actors])
    assert store.documents == reference.documents  # numbered and named as found, not as extracted
    assert store.events == reference.events and store.actors == reference.actors
    assert store.problems == reference.problems
    assert store.problems[0].path.endswith("zz-broken.txt") and store.problems[-1].path == str(actors)
    del outcomes[3]
    partial = ingest.assemble_store(items, outcomes, gazetteer)
    assert len(partial.documents) == 9 and [d.id for d in partial.documents] == list(range(9))


# -- the whole load ------------------------------------------------------------------------------


def test_the_report_says_where_the_store_came_from(corpus):
    store, cold = load([corpus])
    assert (cold.files, cold.from_cache, cold.extracted, cold.store_from_cache) == (11, 0, 11, False)
    assert cold.problems == len(store.problems) == 1 and cold.workers == 0 and cold.pool_error is None
    assert list(cold.timings) == [
        "scan and file keys", "whole store from the cache", "file entries from the cache", "extraction",
        "resolution, events, indexes", "whole store to the cache",
    ]
    again, warm = load([corpus])
    assert again == store and warm.store_from_cache and warm.extracted == 0
    first = sorted(corpus.rglob("*.md"))[0]
    first.write_text(first.read_text("utf-8") + "\nLe 4 mai 2001, Nadia Okafor a parlé.\n", "utf-8")
    _, changed = load([corpus])
    assert (changed.from_cache, changed.extracted, changed.store_from_cache) == (9, 2, False)  # it and the broken one


def test_without_the_cache_nothing_is_read_or_written(corpus):
    _, report = load([corpus], LoadOptions(cache=False))
    assert not any(Path(os.environ["NEWSLINE_CACHE_DIR"]).rglob("*"))
    assert (report.from_cache, report.extracted) == (0, 11)
    assert list(report.timings) == ["scan and file keys", "file entries from the cache", "extraction", "resolution, events, indexes"]


def test_a_reopen_reports_the_store_shown_by_stat(corpus, monkeypatch):
    load([corpus])
    shown = []
    store, report = load([corpus], partial=shown.append)
    assert shown == [store] and report.shown_by_stat and report.store_from_cache
    monkeypatch.setattr(ingest, "PARTIAL_FIRST", 0.0)
    _, cold = load([corpus], LoadOptions(cache=False), partial=shown.append)
    assert not cold.shown_by_stat and cold.partial_stores == len(shown) - 1 >= 1


def test_a_store_alias_replaced_by_a_pipe_or_a_device_is_a_miss(tmp_path):
    # read_text on the alias blocked on a FIFO for ever, and read /dev/zero until memory ran out.
    import threading

    cache = Cache(tmp_path / "cache")
    cache.save_alias("a" * 40, "b" * 40)
    assert cache.load_alias("a" * 40) == "b" * 40
    folder = cache._alias_path("c" * 40).parent
    os.mkfifo(folder / ("c" * 40))
    os.symlink("/dev/zero", folder / ("d" * 40))
    found: list = []
    worker = threading.Thread(target=lambda: found.extend(cache.load_alias(k * 40) for k in "cd"), daemon=True)
    worker.start()
    worker.join(10)
    assert found == [None, None]
