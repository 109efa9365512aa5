"""Loading of the language data files that sit beside the extraction code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tui.util.usercache import bundled_yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


def load(name: str) -> Any:
    """Parse ``data/NAME`` (cached per process, and compiled in the user cache)."""
    return bundled_yaml(DATA_DIR / name)
