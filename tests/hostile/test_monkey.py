"""A fast subset of the random-key sweep (the full one: tests/bench/bench_monkey.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from monkey import monkey  # noqa: E402
from newsline_fakes import make_store  # noqa: E402

from tui.ui.app import NewslineApp  # noqa: E402


async def test_random_keys_and_resizes_on_the_seeds_raise_nothing(seeds_store):
    run = await monkey(NewslineApp(store=seeds_store), keys=160, seed=1)
    assert run.keys == 160 and run.resizes >= 3
    assert len(run.screens) >= 2  # the keys reached other screens than the main one


async def test_random_keys_on_markup_laden_text_raise_nothing():
    # Sentences written like Rich markup ("[bold]", "[/]") and an empty store's edge cases.
    run = await monkey(NewslineApp(store=make_store(6, 4, markup=True)), keys=100, seed=2)
    assert run.keys == 100
    empty = await monkey(NewslineApp(store=make_store(0, 0)), keys=60, seed=3)
    assert empty.keys == 60


async def test_the_sweep_notices_a_key_that_crashes_the_app(seeds_store, monkeypatch):
    import pytest

    from tui.ui.widgets.reader import Reader

    shown = Reader.show
    calls = []

    def breaks_on_the_fifth_event(self, event_id):  # the reader follows every move
        calls.append(event_id)
        if len(calls) == 5:
            raise RuntimeError("showing an event broke")
        shown(self, event_id)

    monkeypatch.setattr(Reader, "show", breaks_on_the_fifth_event)
    with pytest.raises(Exception, match="showing an event broke"):
        await monkey(NewslineApp(store=seeds_store), keys=200, seed=1)
