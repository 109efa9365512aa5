"""A live folder's updates redo only what a change touches (tui.loading.incremental), and the store
is still the one a fresh load of the same files gives: ids, order, columns and all."""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import pytest

from newsline_testing import write

from tui.extract import merge as merging
from tui.loading import LoadOptions, open_store
from tui.loading.incremental import is_slim
from tui.loading.watch import LiveCorpus, live_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import make_corpus  # noqa: E402

NEWCOMER = """ date 2013-06-04

Zorana Kwiatkowska met Viktor Moreau in Geneva on May 30, 2013 to discuss debt. On June 2, 2013,
Zorana Kwiatkowska criticised Banque mondiale over its loans to Brazil.
"""

SURNAME_ALONE = """ date 2013-06-05

On June 3, 2013, Kwiatkowska met Emily Marchand in Rome. Brazil signed an agreement with Kwiatkowska
on June 4, 2013 over trade.
"""


def same_store(store, fresh) -> None:
    assert store.documents == fresh.documents
    assert store.actors == fresh.actors
    assert store.mentions == fresh.mentions
    assert store.problems == fresh.problems
    assert store.events == fresh.events  # every column, in the same order
    assert store == fresh
    # The indexes (not compared by ==) answer alike.
    assert [store.events_of_actor(a) for a in range(len(store.actors))] == [fresh.events_of_actor(a) for a in range(len(fresh.actors))]
    assert [store.events_of_document(d) for d in range(len(store.documents))] == [
        fresh.events_of_document(d) for d in range(len(fresh.documents))
    ]
    assert store.kind_counts(range(len(store.events))) == fresh.kind_counts(range(len(fresh.events)))
    assert store._index.firsts == fresh._index.firsts and store._index.max_span == fresh._index.max_span


def settle(path: Path) -> Path:
    """Date ``path`` a minute back: a file written in whole, taken at first sight."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60 * 10**9))
    return path


def update(live: LiveCorpus):
    found, changes = live.poll()
    assert changes
    return live.update(found, changes)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    make_corpus.write_corpus(30, folder)
    return folder


@pytest.mark.parametrize("merge", [True, False])
def test_new_changed_and_removed_articles_are_incremental_updates_equal_to_a_fresh_load(corpus, merge):
    options = LoadOptions(cache=False, merge=merge)
    live, _store = live_store([corpus], options)
    files = sorted(corpus.rglob("*.txt"))
    steps = [
        lambda: settle(write(corpus, "000/000003b.txt", make_corpus.article(500)[1])),  # between two articles
        lambda: settle(write(corpus, "zz/last.md", make_corpus.article(501)[1])),
        lambda: files[4].unlink(),
        lambda: settle(write(corpus, files[6].relative_to(corpus).as_posix(), files[6].read_text(encoding="utf-8") + make_corpus.article(502)[1])),
    ]
    for step in steps:
        step()
        result = update(live)
        assert result.incremental, live.assembly.reason
        same_store(result.store, open_store([corpus], cache=False, merge=merge))


@pytest.mark.parametrize("cache", [True, False])
def test_a_name_new_to_the_corpus_resolves_the_articles_that_use_it_again(corpus, cache):
    settle(write(corpus, "zz/alone.txt", SURNAME_ALONE))
    live, store = live_store([corpus], LoadOptions(cache=cache))
    read_again = []
    if cache:  # what is kept of the extractions is slim: the cache has the rest
        assert all(is_slim(outcome[2]) for outcome in live.outcomes.values())
        full = live.assembly.full
        live.assembly.full = lambda path: read_again.append(full(path)) or read_again[-1]
    assert store.find_actor("Kwiatkowska") is not None
    # Her full name arrives: "Kwiatkowska" alone, in the article already there, is now hers (its
    # tellings are made again, of its whole extraction read again from the cache).
    settle(write(corpus, "000/000001b.txt", NEWCOMER))
    second = update(live)
    assert second.incremental, live.assembly.reason
    fresh = open_store([corpus], cache=cache)
    same_store(second.store, fresh)
    assert fresh.find_actor("Kwiatkowska").name == "Zorana Kwiatkowska"
    assert all(outcome is not None for outcome in read_again) and len(read_again) == (1 if cache else 0)
    (corpus / "000" / "000001b.txt").unlink()
    third = update(live)
    assert third.incremental
    same_store(third.store, open_store([corpus], cache=cache))


def test_a_slim_extraction_the_cache_lost_is_made_again_of_its_document(corpus, monkeypatch):
    settle(write(corpus, "zz/alone.txt", SURNAME_ALONE))
    live, _store = live_store([corpus], LoadOptions(cache=True))
    monkeypatch.setattr(live, "_cached", lambda path: None)  # (the cache emptied meanwhile)
    live.assembly.full = live._cached
    settle(write(corpus, "000/000001b.txt", NEWCOMER))
    result = update(live)
    assert result.incremental
    same_store(result.store, open_store([corpus], cache=False))
    live.assembly = None  # every update assembles the whole: of the whole extractions
    (corpus / "000" / "000001b.txt").unlink()
    same_store(update(live).store, open_store([corpus], cache=False))


@pytest.mark.parametrize("cache", [True, False])
def test_random_changes_keep_the_store_of_a_fresh_load(corpus, cache):
    rng = random.Random(13)
    live, _store = live_store([corpus], LoadOptions(cache=cache))
    texts = [make_corpus.article(600 + n)[1] for n in range(12)] + [NEWCOMER, SURNAME_ALONE]
    for step in range(8):
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        for _ in range(rng.randint(1, 3)):
            action = rng.choice(["add", "remove", "change"])
            if action == "add":
                settle(write(corpus, f"{rng.choice(['000', 'zz'])}/n{step}-{rng.randrange(1000)}.txt", rng.choice(texts)))
            elif files:
                path = files.pop(rng.randrange(len(files)))
                if action == "remove":
                    path.unlink()
                else:
                    settle(write(corpus, path.relative_to(corpus).as_posix(), path.read_text(encoding="utf-8") + rng.choice(texts)))
        result = update(live)
        assert result.incremental, live.assembly.reason
        same_store(result.store, open_store([corpus], cache=cache))


def test_many_files_at_once_make_the_whole_again(corpus):
    live, _store = live_store([corpus], LoadOptions(cache=False))
    for n in range(70):  # more than an update takes (MIN_DIRTY)
        settle(write(corpus, f"yy/{n:03d}.txt", make_corpus.article(700 + n)[1]))
    result = update(live)
    assert not result.incremental
    same_store(result.store, open_store([corpus], cache=False))
    settle(write(corpus, "yy/one-more.txt", NEWCOMER))
    result = update(live)
    assert result.incremental  # (the whole made again is kept for the next update)
    same_store(result.store, open_store([corpus], cache=False))


def test_large_blocks_make_the_whole_again(corpus, monkeypatch):
    # With a tiny block limit most blocks are "large": compared with their neighbours only, which
    # move when a telling comes; such an update makes the whole again, and equals a fresh load.
    monkeypatch.setattr(merging, "BLOCK_LIMIT", 20)
    for n in range(30):  # one person met again and again in one month: a block of 30 tellings
        settle(write(corpus, f"bb/{n:02d}.txt", f" date 2013-06-{n % 28 + 1:02d}\n\nViktor Moreau met Emily Marchand in Geneva on June {n % 28 + 1}, 2013.\n"))
    live, store = live_store([corpus], LoadOptions(cache=False))
    same_store(store, open_store([corpus], cache=False))
    settle(write(corpus, "bb/15b.txt", " date 2013-06-16\n\nViktor Moreau met Emily Marchand in Geneva on June 16, 2013.\n"))
    result = update(live)
    assert not result.incremental and "block" in live.assembly.reason
    same_store(result.store, open_store([corpus], cache=False))


def test_stages_that_make_another_store_than_a_load_are_left_for_the_whole_assembly(corpus):
    live = LiveCorpus([corpus], LoadOptions(cache=False))
    found = live.prime()
    shown = open_store([corpus], cache=False)
    assert live.shows(shown, found) and live.assembly is not None
    other = open_store([corpus], cache=False, merge=False)  # the same documents, another store
    assert live.shows(other, found)
    assert live.assembly is None  # every update assembles the whole from now on
    settle(write(corpus, "zz/new.txt", NEWCOMER))
    result = update(live)
    assert not result.incremental
    same_store(result.store, open_store([corpus], cache=False))


def test_an_actor_whose_kind_changes_has_its_articles_told_again(corpus, monkeypatch):
    from tui.loading.incremental import LiveAssembly

    told_again: list[set[int]] = []
    kinds = LiveAssembly._kinds
    monkeypatch.setattr(LiveAssembly, "_kinds", lambda self, *args: told_again.append(kinds(self, *args)) or told_again[-1])
    settle(write(corpus, "zz/a.txt", " date 2013-06-05\n\nOn June 4, 2013, Brazil signed an agreement with Norvenko over trade. "
                                     "Norvenko met Emily Marchand in Rome on June 3, 2013.\n"))
    live, store = live_store([corpus], LoadOptions(cache=False))
    assert str(store.find_actor("Norvenko").kind) == "unknown"
    # A title makes him a person: the article naming him is told again (who takes part, who is
    # a person for the merge, whom "he" stands for all read the kinds).
    settle(write(corpus, "zz/b.txt", " date 2013-06-06\n\nPresident Norvenko met Viktor Moreau in Geneva on June 5, 2013.\n"))
    result = update(live)
    assert result.incremental and told_again[-1]
    fresh = open_store([corpus], cache=False)
    assert str(fresh.find_actor("Norvenko").kind) == "person"
    same_store(result.store, fresh)
    (corpus / "zz" / "b.txt").unlink()
    result = update(live)
    assert result.incremental and told_again[-1]
    same_store(result.store, open_store([corpus], cache=False))


def test_stages_that_fail_are_given_up_and_the_watching_goes_on(corpus, monkeypatch):
    live, _store = live_store([corpus], LoadOptions(cache=True))

    def broken(*_args):
        raise RuntimeError("a bug in the kept stages")

    monkeypatch.setattr(live.assembly, "assemble", broken)
    settle(write(corpus, "zz/new.txt", NEWCOMER))
    result = update(live)
    assert not result.incremental and live.assembly is None and "a bug in the kept stages" in live.failure
    same_store(result.store, open_store([corpus]))


RETOLD = """ date 2025-03-13

Entretien téléphonique entre John Ratcliffe et Sergueï Narychkine

Le directeur de la CIA John Ratcliffe a eu un entretien téléphonique le 11 mars 2025 avec Sergueï
Narychkine. Ratcliffe a jugé l'échange utile. « Nous continuerons dans cette voie. »

La conférence de presse du 12 mars 2025 a été brève. Une conférence de presse de la CIA a suivi le 12 mars 2025.
"""


@pytest.mark.parametrize("merge", [True, False])
def test_titles_sentences_going_on_and_retellings_across_articles_stay_equal_to_a_fresh_load(tmp_path, merge):
    from newsline_testing import SEEDS

    folder = tmp_path / "news"
    for seed in sorted(SEEDS.glob("*.txt")):
        settle(write(folder, seed.name, seed.read_text(encoding="utf-8")))
    live, _store = live_store([folder], LoadOptions(cache=False, merge=merge))
    settle(write(folder, "zz/retold.txt", RETOLD))
    added = update(live)
    assert added.incremental, live.assembly.reason
    fresh = open_store([folder], cache=False, merge=merge)
    same_store(added.store, fresh)
    if merge:  # the call, told by the seed and again here, is one event
        rules = {e.rule for event in fresh.events for e in event.evidence}
        # (joined across by a dated telling, or first by one the seed dates by its article)
        assert {merging.TITLE, merging.CONTINUES} <= rules and rules & {merging.SAME_HAPPENING, merging.ARTICLE_DATED}
    (folder / "zz" / "retold.txt").unlink()
    removed = update(live)
    assert removed.incremental
    same_store(removed.store, open_store([folder], cache=False, merge=merge))


INDEX_LONG = """ date 2013-06-04

The Lorvax 225 index fell 2% on June 3, 2013. The Minexa Composite rose 1% on June 3, 2013.
"""
INDEX_SHORT = """ date 2013-06-05

The Lorvax closed up 3% on June 4, 2013. The Minexa closed up 1% on June 4, 2013.
"""


def test_an_index_named_long_and_short_in_new_articles_is_one_actor_as_in_a_fresh_load(corpus):
    live, _store = live_store([corpus], LoadOptions(cache=False))
    settle(write(corpus, "idx/a.txt", INDEX_LONG))
    settle(write(corpus, "idx/b.txt", INDEX_SHORT))
    result = update(live)
    assert result.incremental, live.assembly.reason
    fresh = open_store([corpus], cache=False)
    same_store(result.store, fresh)
    assert [a.name for a in fresh.actors if a.name.startswith("Lorvax")] == ["Lorvax 225"]


def test_stages_that_fail_while_priming_are_given_up_and_the_watching_goes_on(corpus, monkeypatch):
    from tui.loading import incremental

    def broken(*_args):
        raise RuntimeError("a bug while priming")

    monkeypatch.setattr(incremental.LiveAssembly, "assemble", broken)
    live, _store = live_store([corpus], LoadOptions(cache=False))
    assert live.assembly is None and "a bug while priming" in live.failure
    settle(write(corpus, "zz/new.txt", NEWCOMER))
    result = update(live)
    assert not result.incremental
    same_store(result.store, open_store([corpus], cache=False))
