"""Make the README's screenshots: the reader on the bundled seeds, as SVG files beside this script.

    python tests/screenshots/make_screenshots.py

Run it again when the look changes (the snapshot tests say when: tests/ui/test_snapshots.py).
Each scene is the app driven by keys, as a user would, at 120x34, in the default theme, with
settings, bookmarks and cache kept out of the user's own folders.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

SIZE = (120, 34)
# (file, title, keys pressed after start-up)
SCENES = [
    ("timeline.svg", "Newsline: the timeline and the reader", ["j", "j", "j"]),
    ("filtered.svg", "Newsline: an actor's events, searched", ["slash", *"cia", "down", "space", "ctrl+f", *"moscou", "enter"]),
    ("actor.svg", "Newsline: an actor's details", ["slash", *"burns", "down", "enter"]),
    ("help.svg", "Newsline: the keys", ["question_mark"]),
]


async def shoot(store, name: str, title: str, keys: list[str]) -> None:
    from tui.ui.app import NewslineApp

    app = NewslineApp(store=store, theme_name="newsline-dark")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
        await pilot.pause(0.3)
        svg = app.export_screenshot(title=title)
    (HERE / name).write_text(svg, encoding="utf-8")
    print(f"wrote {HERE / name}")


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        for variable in ("NEWSLINE_CONFIG_DIR", "NEWSLINE_CACHE_DIR", "NEWSLINE_DATA_DIR"):
            os.environ[variable] = str(Path(scratch) / variable.lower())
        from tui.loading import open_store

        os.chdir(HERE.parents[1])  # the articles' paths as the README's reader would see them
        store = open_store(["seeds"], cache=False)
        for name, title, keys in SCENES:
            asyncio.run(shoot(store, name, title, keys))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
