"""Cached loading of the YAML language data that sits beside the code that reads it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml


@cache
def load_yaml(path: Path) -> Any:
    """Parse a bundled, read-only YAML file once per process."""
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)
