"""Where the bundled seeds and themes are, installed or run from a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent  # tui/


def _bundled(name: str) -> Path:
    # A wheel carries them inside the package (see pyproject force-include); a checkout or an
    # editable install finds them at the repository's top level.
    inside = _PACKAGE_DIR / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent / name


def seeds_dir() -> Path:
    """The bundled default corpus."""
    return _bundled("seeds")


def themes_dir() -> Path:
    """The bundled YAML themes."""
    return _bundled("themes")
