"""Random keys and resizes against the reader, as a careless or hostile user would send them.

``monkey(app, keys=N, seed=S)`` runs the app under Textual's Pilot, presses ``N`` keys drawn
from every key the reader binds plus stray ones, and resizes the terminal between 40x12 and
200x60 every few dozen keys. Any exception inside the app makes ``run_test`` raise; the result
says how many keys were sent and which screen was on top at the end. Used by the fast test in
``tests/hostile/test_monkey.py`` and by the full sweep, ``tests/bench/bench_monkey.py``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from textual.app import App

# Every key the reader binds (but q: quitting ends the run), and keys it does not know.
KEYS = (
    "j k g G down up left right pagedown pageup home end left_square_bracket right_square_bracket "
    "n p slash escape space enter tab shift+tab a m o w b f v V s t e c question_mark backspace "
    "ctrl+p x z 1 é minus period comma delete insert f1 ctrl+l"
).split()
SIZES = ((40, 12), (60, 20), (80, 24), (120, 40), (160, 50), (200, 60), (41, 13))


@dataclass
class MonkeyRun:
    keys: int
    resizes: int
    screens: set[str]


async def monkey(app: App, keys: int, seed: int = 0, resize_every: int = 40) -> MonkeyRun:
    """Send ``keys`` random keys (and a resize every ``resize_every``) to ``app``."""
    chance = random.Random(seed)
    sent = resizes = 0
    screens: set[str] = set()
    async with app.run_test(size=chance.choice(SIZES)) as pilot:
        await pilot.pause()
        while sent < keys:
            if sent and sent % resize_every == 0:
                await pilot.resize_terminal(*chance.choice(SIZES))
                resizes += 1
            burst = [chance.choice(KEYS) for _ in range(min(8, keys - sent))]
            await pilot.press(*burst)
            sent += len(burst)
            screens.add(type(app.screen).__name__)
        await pilot.pause()
    return MonkeyRun(sent, resizes, screens)
