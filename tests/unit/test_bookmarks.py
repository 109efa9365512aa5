"""Bookmarks (tui/bookmarks.py): the file, and finding the marked events again in other stores."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from tui.bookmarks import (
    ENV_DIR,
    MAX_BYTES,
    Bookmark,
    BookmarksError,
    backup_path,
    bookmark_for,
    bookmarks_path,
    changed,
    data_dir,
    dump,
    load_bookmarks,
    resolve,
    save_change,
    starred_ids,
)
from tui.loading import open_store
from tui.store import Query

ARTICLE_A = """date 2021-03
Le ministre a rencontré le président le 12 mars 2021 à Paris.

Le 3 avril 2021, le gouvernement a annoncé un plan de relance.

Les deux pays ont signé un accord le 20 mai 2021 à Berlin.
"""

ARTICLE_B = """date 2022-01
La conférence s'est ouverte le 10 janvier 2022 à Genève.

Le 15 février 2022, les délégués ont adopté une déclaration commune.
"""


def _corpus(folder: Path, a: str = ARTICLE_A, b: str = ARTICLE_B) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(a, encoding="utf-8")
    (folder / "b.txt").write_text(b, encoding="utf-8")
    return folder


def _store(folder: Path):
    return open_store([folder], cache=False)


def _event_with(store, words: str) -> int:
    return next(i for i in range(len(store.events)) if words in store.events[i].text)


def test_the_data_folder_follows_the_override_then_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_DIR, str(tmp_path / "mine"))
    assert bookmarks_path() == tmp_path / "mine" / "bookmarks.json"
    monkeypatch.delenv(ENV_DIR)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert data_dir() == tmp_path / "xdg" / "newsline"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir() == Path.home() / ".local" / "share" / "newsline"


def test_round_trip_through_the_file(tmp_path):
    store = _store(_corpus(tmp_path / "corpus"))
    path = tmp_path / "data" / "bookmarks.json"
    event = _event_with(store, "plan de relance")
    mark = bookmark_for(store, event, starred=True, note="  à suivre\nvoir aussi B  ")
    saved = save_change(None, mark, path)
    assert saved.problem is None and saved.bookmarks == (mark,)
    assert mark.note == "à suivre\nvoir aussi B"  # trimmed
    loaded = load_bookmarks(path)
    assert loaded.bookmarks == (mark,) and loaded.problem is None
    assert resolve(loaded.bookmarks, store) == {event: mark}
    assert json.loads(path.read_text("utf-8"))["bookmarks"][0]["note"] == "à suivre\nvoir aussi B"


def test_a_rebuilt_store_of_the_same_articles_finds_the_same_events(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    first = _store(folder)
    marks = [bookmark_for(first, e, starred=True) for e in range(len(first.events))]
    again = open_store([folder], cache=True)  # through the cache this time
    assert again is not first
    found = resolve(marks, again)
    assert sorted(found) == list(range(len(again.events)))
    for event, mark in found.items():
        assert again.events[event].text == first.events[marks.index(mark)].text


def test_an_edit_that_shifts_offsets_is_matched_by_the_sentence_text(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    before = _store(folder)
    event = _event_with(before, "accord le 20 mai")
    mark = bookmark_for(before, event, starred=True, note="clé")
    # A paragraph added at the top (and spaces changed inside the sentence): offsets move, the hash changes.
    edited = ARTICLE_A.replace("date 2021-03\n", "date 2021-03\nUn nouveau premier paragraphe, sans date aucune.\n\n")
    edited = edited.replace("signé un accord", "signé   un accord")
    (folder / "a.txt").write_text(edited, encoding="utf-8")
    after = _store(folder)
    moved = _event_with(after, "accord le 20 mai")
    assert after.events.place(moved) != mark.place
    assert resolve([mark], after) == {moved: mark}


def test_a_renamed_article_is_found_by_its_content(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    before = _store(folder)
    mark = bookmark_for(before, _event_with(before, "déclaration commune"), starred=True)
    (folder / "b.txt").rename(folder / "renamed.txt")
    after = _store(folder)
    assert list(resolve([mark], after)) == [_event_with(after, "déclaration commune")]


def test_a_bookmark_whose_event_is_gone_is_kept_in_the_file(tmp_path):
    folder = _corpus(tmp_path / "corpus")
    before = _store(folder)
    path = tmp_path / "bookmarks.json"
    gone = bookmark_for(before, _event_with(before, "déclaration commune"), starred=True)
    save_change(None, gone, path)
    (folder / "b.txt").unlink()
    after = _store(folder)
    assert resolve(load_bookmarks(path).bookmarks, after) == {}
    other = bookmark_for(after, 0, starred=True)
    assert set(save_change(None, other, path).bookmarks) == {gone, other}


def test_unstarring_without_a_note_removes_the_bookmark(tmp_path, seeds_store):
    path = tmp_path / "bookmarks.json"
    mark = bookmark_for(seeds_store, 3, starred=True)
    save_change(None, mark, path)
    assert save_change(mark, bookmark_for(seeds_store, 3, starred=False), path).bookmarks == ()
    assert load_bookmarks(path).bookmarks == ()
    # The previous file is kept beside it.
    assert json.loads(backup_path(path).read_text("utf-8"))["bookmarks"][0]["starred"] is True


def test_a_change_merges_into_the_file_as_it_is_on_disk(tmp_path, seeds_store):
    """Two readers open on the same bookmarks: the second one's change keeps the first one's star."""
    path = tmp_path / "bookmarks.json"
    mine = bookmark_for(seeds_store, 1, starred=True)
    theirs = bookmark_for(seeds_store, 2, note="de l'autre fenêtre")
    stale = load_bookmarks(path).bookmarks  # both opened the (empty) file
    save_change(None, theirs, path)  # the other reader saves first
    assert stale == ()
    result = save_change(None, mine, path).bookmarks
    assert set(result) == {mine, theirs}


def test_a_corrupt_file_is_kept_aside_and_reported_never_written_over(tmp_path, seeds_store):
    path = tmp_path / "bookmarks.json"
    path.write_text('{"version": 1, "bookmarks": [{"oops"', encoding="utf-8")
    when = dt.datetime(2026, 3, 12, 10, 15, 0)
    loaded = load_bookmarks(path, now=when)
    assert loaded.bookmarks == () and "not JSON" in loaded.problem and "kept aside" in loaded.problem
    aside = tmp_path / "bookmarks.json.corrupt-20260312T101500"
    assert aside.read_text("utf-8") == '{"version": 1, "bookmarks": [{"oops"'
    assert not path.exists()
    save_change(None, bookmark_for(seeds_store, 0, starred=True), path)
    assert aside.read_text("utf-8") == '{"version": 1, "bookmarks": [{"oops"'  # untouched


@pytest.mark.parametrize(
    "content, said",
    [
        ('[1, 2]', "no list of bookmarks"),
        ('{"version": 9, "bookmarks": []}', "version 9"),
        ('{"version": 1, "bookmarks": [{"article": "x"}]}', "bookmark 1 is not valid"),
        (b"\xff\xfe".decode("latin-1"), "not JSON"),
    ],
)
def test_what_is_not_a_bookmarks_file_is_said(tmp_path, content, said):
    path = tmp_path / "bookmarks.json"
    path.write_text(content, encoding="latin-1")
    loaded = load_bookmarks(path)
    assert said in loaded.problem
    assert len(list(tmp_path.glob("bookmarks.json.corrupt-*"))) == 1


def test_a_huge_file_is_refused_and_kept_aside(tmp_path):
    path = tmp_path / "bookmarks.json"
    with path.open("wb") as stream:
        stream.truncate(MAX_BYTES + 10)
    assert "larger than" in load_bookmarks(path).problem
    assert not path.exists()


def test_a_file_that_is_not_regular_is_refused_and_left_alone(tmp_path, seeds_store):
    path = tmp_path / "bookmarks.json"
    os.mkfifo(path)
    with pytest.raises(BookmarksError, match="must be a file"):
        load_bookmarks(path)
    with pytest.raises(BookmarksError):
        save_change(None, bookmark_for(seeds_store, 0, starred=True), path)
    assert path.exists()


def test_the_write_is_atomic_a_failed_write_leaves_the_old_file(tmp_path, seeds_store, monkeypatch):
    path = tmp_path / "bookmarks.json"
    first = bookmark_for(seeds_store, 0, starred=True)
    save_change(None, first, path)
    before = path.read_bytes()

    def broken(_path, _text):
        raise OSError("disk full")

    monkeypatch.setattr("tui.bookmarks.write_atomically", broken)
    with pytest.raises(OSError):
        save_change(None, bookmark_for(seeds_store, 1, starred=True), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_changed_replaces_by_key_and_drops_empty_bookmarks(seeds_store):
    a = bookmark_for(seeds_store, 0, starred=True)
    b = bookmark_for(seeds_store, 1, note="x")
    assert changed((a, b), a, Bookmark(*a.key[:1], a.path, a.place, a.kind, a.sentence, starred=False)) == (b,)
    noted = bookmark_for(seeds_store, 0, starred=True, note="y")
    assert changed((a, b), a, noted) == (b, noted)
    assert dump(()) == '{\n "version": 1,\n "bookmarks": []\n}\n'


def test_the_starred_filter_is_a_query_of_ids(seeds_store):
    marks = {5: bookmark_for(seeds_store, 5, starred=True), 9: bookmark_for(seeds_store, 9, note="only a note")}
    starred = starred_ids(marks)
    assert starred == {5}
    assert list(seeds_store.query(Query(starred=starred))) == [5]
    assert list(seeds_store.query(Query(starred=frozenset()))) == []
    assert not Query(starred=frozenset()).is_empty
    kind = seeds_store.events.kind(5)
    assert list(seeds_store.query(Query(starred=frozenset({5, 9, 10**9}), kinds=frozenset({kind})))) == sorted(
        e for e in (5, 9) if seeds_store.events.kind(e) == kind
    )
