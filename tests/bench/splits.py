"""The fixed development / held-out split of the corpora in ``../shared/corpora``.

``splits.yaml`` beside this file lists each corpus's held-out articles (its header says how they
were drawn); every other article of a corpus is development. The evaluation scripts score the
held-out part first, then the development part.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

SPLITS_FILE = Path(__file__).with_name("splits.yaml")
PARTS = ("heldout", "dev")


@cache
def _heldout_lists() -> dict[str, frozenset[str]]:
    data = yaml.safe_load(SPLITS_FILE.read_text(encoding="utf-8"))
    return {corpus: frozenset(names) for corpus, names in data.items()}


def corpus_of(path: Path) -> str | None:
    """The split's name for the corpus holding ``path`` (a file or the corpus folder), if any."""
    lists = _heldout_lists()
    for part in (path, *path.parents):
        if part.name in lists:
            return part.name
    return None


def part_of(path: Path) -> str:
    """``"heldout"`` or ``"dev"`` for an article; ``"dev"`` for corpora without a split."""
    corpus = corpus_of(path)
    if corpus is None:
        return "dev"
    return "heldout" if path.name in _heldout_lists()[corpus] else "dev"


def in_part(path: Path, part: str) -> bool:
    """Whether an article belongs to ``part`` (``"heldout"``, ``"dev"`` or ``"all"``)."""
    return part == "all" or part_of(path) == part
