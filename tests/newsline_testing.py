"""Helpers shared by the test folders (importable as ``newsline_testing``: pytest puts tests/ on
the path through its conftest)."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def mention_spans(text: str, gazetteer) -> list[tuple[str, str]]:
    """(surface, kind) of each actor mention ``find_mentions`` finds in ``text`` as a whole."""
    from tui.extract.actors import find_mentions

    return [(m.surface, str(m.kind)) for m in find_mentions(text, [(0, len(text))], gazetteer)]


def mention_surfaces(text: str, gazetteer) -> list[str]:
    return [surface for surface, _kind in mention_spans(text, gazetteer)]
