"""The live folder (tui.loading.watch): what a scan finds changed, and the store an update makes,
which must be the store a fresh load of the same files gives."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from newsline_testing import write

from tui.export import render
from tui.loading import LoadOptions, open_store
from tui.loading.watch import ChangeDetector, Changes, LiveCorpus, live_store, scan

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import make_corpus  # noqa: E402

NOW = 10**18  # a clock far past every stat below
OLD = NOW - 60 * 10**9  # a minute before it: quiet
A, B, C = Path("a.txt"), Path("b.txt"), Path("c.txt")

NEW_ARTICLE = """ date 2013-06-02

Viktor Moreau met Emily Marchand in Geneva on May 30, 2013 to discuss debt. Banque mondiale signed an
agreement with Brazil on May 31, 2013 over trade, and Moreau criticised Dmitri Tanaka on June 1, 2013.
"""


# -- change detection ----------------------------------------------------------------------------


def test_an_unchanged_scan_finds_nothing():
    detector = ChangeDetector({A: (10, OLD), B: (20, OLD)})
    changes = detector.observe({A: (10, OLD), B: (20, OLD)}, NOW)
    assert not changes
    assert changes == Changes()


def test_new_changed_and_removed_files():
    detector = ChangeDetector({A: (10, OLD), B: (20, OLD)})
    changes = detector.observe({A: (11, OLD + 1), C: (5, OLD)}, NOW)
    assert changes == Changes(added=(C,), changed=(A,), removed=(B,))
    assert detector.known == {A: (11, OLD + 1), C: (5, OLD)}
    assert not detector.observe({A: (11, OLD + 1), C: (5, OLD)}, NOW)  # taken once only


def test_a_file_being_written_waits_for_a_scan_that_sees_it_still():
    detector = ChangeDetector({A: (10, OLD)})
    fresh = NOW - 10**8  # written a tenth of a second ago
    first = detector.observe({A: (10, OLD), C: (100, fresh)}, NOW)
    assert not first and first.waiting == (C,)
    # Still growing at the next scan: it waits one more.
    second = detector.observe({A: (10, OLD), C: (250, fresh + 10**8)}, NOW + 2 * 10**9)
    assert not second and second.waiting == (C,)
    # Size and mtime as the previous scan saw them: taken.
    third = detector.observe({A: (10, OLD), C: (250, fresh + 10**8)}, NOW + 4 * 10**9)
    assert third == Changes(added=(C,))


def test_a_changed_file_being_written_waits_too():
    detector = ChangeDetector({A: (10, OLD)})
    assert detector.observe({A: (15, NOW)}, NOW).waiting == (A,)
    assert detector.observe({A: (15, NOW)}, NOW + 10**9) == Changes(changed=(A,))


def test_a_file_gone_is_removed_at_once_and_one_back_is_new():
    detector = ChangeDetector({A: (10, OLD), B: (20, OLD)})
    assert detector.observe({A: (10, OLD)}, NOW) == Changes(removed=(B,))
    assert detector.observe({A: (10, OLD), B: (20, OLD)}, NOW) == Changes(added=(B,))


def test_scan_stats_every_article_file(tmp_path):
    write(tmp_path, "one.txt", " date 2020-01-01\n\nText.\n")
    write(tmp_path, "sub/two.md", "---\ndate: 2020-01-02\n---\nText.\n")
    write(tmp_path, "notes.csv", "not an article")
    found = scan([tmp_path])
    assert sorted(p.name for p in found.stats) == ["one.txt", "two.md"]
    assert all(stat is not None and stat[0] > 0 for stat in found.stats.values())


# -- updates equal a fresh load ------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus.write_corpus(12, folder)
    return folder


def same_store(store, fresh) -> None:
    """Events and actors as the JSON export and the store's own comparison see them."""
    assert len(store.events) == len(fresh.events)
    assert render(store, range(len(store.events)), "json") == render(fresh, range(len(fresh.events)), "json")
    assert store.actors == fresh.actors
    assert store.documents == fresh.documents
    assert store.mentions == fresh.mentions
    assert store.problems == fresh.problems
    assert store == fresh


def settle(path: Path) -> None:
    """Date ``path`` a minute back: a file written in whole, taken at first sight."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60 * 10**9))


def poll_and_update(live: LiveCorpus):
    found, changes = live.poll()
    assert changes
    return live.update(found, changes)


def test_a_primed_corpus_gives_the_store_of_a_load(corpus):
    _live, store = live_store([corpus])
    same_store(store, open_store([corpus]))


@pytest.mark.parametrize("cache", [True, False])
def test_new_changed_and_removed_articles_give_the_store_of_a_fresh_load(corpus, cache):
    options = LoadOptions(cache=cache)
    live, _store = live_store([corpus], options)
    files = sorted(corpus.rglob("*.txt"))
    settle(write(corpus, "000/000005b.txt", NEW_ARTICLE))  # between two articles in the scan order
    changed = files[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nViktor Moreau met Emily Marchand on June 3, 2013.\n", encoding="utf-8")
    settle(changed)
    files[2].unlink()
    update = poll_and_update(live)
    assert update.changes.added == (corpus / "000" / "000005b.txt",)
    assert update.changes.changed == (changed,)
    assert update.changes.removed == (files[2],)
    assert update.events > 0
    assert update.summary() == f"1 new article, 1 changed, 1 removed: {update.events} events"
    same_store(update.store, open_store([corpus], cache=cache))


def test_an_update_saves_the_store_a_reopen_reads(corpus):
    live, _store = live_store([corpus])
    settle(write(corpus, "zz/new.txt", NEW_ARTICLE))
    update = poll_and_update(live)
    live.save(update)
    from tui.loading import load

    store, report = load([corpus])
    assert report.store_from_cache
    same_store(update.store, store)


def test_new_actors_files_read_every_article_again(corpus, tmp_path):
    live, _store = live_store([corpus])
    settle(write(corpus, "actors.yaml", "- name: Viktor Moreau\n  kind: person\n  aliases: [V. Moreau]\n"))
    update = poll_and_update(live)
    assert update.changes.actors
    assert update.summary().startswith("actors files changed")
    same_store(update.store, open_store([corpus]))


def test_an_article_that_cannot_be_read_is_a_problem_as_in_a_load(corpus):
    live, _store = live_store([corpus])
    settle(write(corpus, "zz/broken.txt", b"\xff\xfe not an article"))
    update = poll_and_update(live)
    same_store(update.store, open_store([corpus]))
    shutil.rmtree(corpus / "zz")
    update = poll_and_update(live)
    assert update.summary() == "1 article removed"
    same_store(update.store, open_store([corpus]))


def test_a_path_skipped_that_comes_or_goes_makes_a_store_with_its_problem(corpus):
    live, _store = live_store([corpus])
    link = corpus / "000" / "zz-broken.txt"
    link.symlink_to(corpus / "nowhere.txt")  # a broken link: a problem, no file to stat
    update = poll_and_update(live)
    assert update.changes == Changes(problems=True)
    assert update.summary() == "files skipped changed (press e)"
    assert any("zz-broken" in p.path for p in update.store.problems)
    same_store(update.store, open_store([corpus]))
    assert not live.poll()[1]  # seen once
    link.unlink()
    update = poll_and_update(live)
    assert update.changes == Changes(problems=True) and not update.store.problems
    same_store(update.store, open_store([corpus]))
