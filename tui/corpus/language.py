"""Guessing an article's language (French or English) by a stop-word vote."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from tui.util.usercache import bundled_yaml

_WORD = re.compile(r"[^\W\d_]+")
LANGUAGES = ("fr", "en")


@cache
def _stopwords() -> dict[str, frozenset[str]]:
    data = bundled_yaml(Path(__file__).resolve().parent / "data" / "stopwords.yaml")
    return {lang: frozenset(words) for lang, words in data.items()}


def detect_language(text: str, sample: int = 4000) -> str:
    """'fr' or 'en': whichever language's function words are more frequent (French on a tie)."""
    stopwords = _stopwords()
    words = _WORD.findall(text[:sample].casefold())
    votes = {lang: sum(map(stopwords[lang].__contains__, words)) for lang in LANGUAGES}
    return "en" if votes["en"] > votes["fr"] else "fr"
