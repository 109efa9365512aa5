"""Snapshots of the reader at 80x24 and 160x50 (seeds store, newsline-dark, isolated settings).

Regenerate after an intended change with: pytest tests/ui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from tui.ui.app import NewslineApp

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((160, 50), id="160x50")]


def app_for(store) -> NewslineApp:
    return NewslineApp(store=store, theme_name="newsline-dark")


@pytest.mark.parametrize("size", SIZES)
def test_initial_screen(snap_compare, store, size):
    assert snap_compare(app_for(store), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_after_moving_down(snap_compare, store, size):
    assert snap_compare(app_for(store), terminal_size=size, press=["j", "j", "j"])


@pytest.mark.parametrize("size", SIZES)
def test_after_selecting_an_actor(snap_compare, store, size):
    actor = store.find_actor("Sergueï Narychkine")

    async def select(pilot) -> None:
        await pilot.pause()
        pilot.app.filter_by_actor(actor.id)
        await pilot.pause()

    assert snap_compare(app_for(store), terminal_size=size, run_before=select)


@pytest.mark.parametrize("size", SIZES)
def test_help_screen(snap_compare, store, size):
    assert snap_compare(app_for(store), terminal_size=size, press=["question_mark"])


def test_narrow_screen(snap_compare, store):
    assert snap_compare(app_for(store), terminal_size=(70, 20), press=["j"])


@pytest.mark.parametrize("size", SIZES)
def test_actor_details_screen(snap_compare, store, size):
    actor = store.find_actor("Sergueï Narychkine")

    async def open_details(pilot) -> None:
        await pilot.pause()
        pilot.app.main_screen.open_actor_details(actor.id)
        await pilot.pause()

    assert snap_compare(app_for(store), terminal_size=size, run_before=open_details)


@pytest.mark.parametrize("size", SIZES)
def test_members_and_all_of(snap_compare, store, size):
    russie, cia = store.find_actor("Russie"), store.find_actor("CIA")

    async def filter_(pilot) -> None:
        await pilot.pause()
        pilot.app.filter_by_actor(russie.id)
        pilot.app.filter_by_actor(cia.id)
        await pilot.pause()
        await pilot.press("m", "a", "w")
        await pilot.pause()

    assert snap_compare(app_for(store), terminal_size=size, run_before=filter_)


def test_a_starred_event_with_a_note(snap_compare, store):
    """★ on the starred row, ✎ after its headline, the note above the reader (80x24)."""

    async def star_and_note(pilot) -> None:
        await pilot.pause()
        await pilot.press("j", "asterisk", "N")
        await pilot.pause()
        for character in "to check: who met first?":
            await pilot.press({" ": "space", ":": "colon", "?": "question_mark"}.get(character, character))
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(app_for(store), terminal_size=(80, 24), run_before=star_and_note)
