"""YAML parsing for the whole package: libyaml's C parser where PyYAML has it, cached bundled data.

PyYAML's pure-Python parser costs about 1 ms per article front matter and 2 s for the bundled
language data in every worker process; the C parser (shipped in PyYAML's wheels) is ~10x faster
and builds the same plain data, so everything parses through :func:`safe_load`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import IO, Any

import yaml

_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: str | bytes | IO[str]) -> Any:
    """``yaml.safe_load`` through the fastest safe loader available; raises ``yaml.YAMLError``."""
    return yaml.load(stream, Loader=_SafeLoader)  # noqa: S506 - a safe loader


@cache
def load_yaml(path: Path) -> Any:
    """Parse a bundled, read-only YAML file once per process."""
    with path.open(encoding="utf-8") as handle:
        return safe_load(handle)
