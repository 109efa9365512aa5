"""The date-rule unit tests tag invented sentences and check, for each expression, its TIMEX3
type and value and the rule family (``tui/extract/timex/rules/<family>.py``) that resolved it."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tui.corpus.document import DocDate
from tui.extract.model import When
from tui.extract.timex import resolve, tag_timexes


@dataclass(frozen=True)
class Tagged:
    text: str
    type: str
    value: str
    when: When | None
    family: str  # the module of the handler that resolved it: "calendar", "relative", ...


class Tagger:
    """Tags a sentence with the handlers of :data:`resolve.HANDLERS` watched: the latest handler
    to accept a match starting where an expression starts is the one that resolved it."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.accepted: dict[int, str] = {}
        watched = {kind: self._watch(handler) for kind, handler in resolve.HANDLERS.items()}
        monkeypatch.setattr(resolve, "HANDLERS", watched)

    def _watch(self, handler):  # type: ignore[no-untyped-def]
        family = handler.__module__.rsplit(".", 1)[-1]

        def watched(ctx, g, start, end):  # type: ignore[no-untyped-def]
            result = handler(ctx, g, start, end)
            if result is not None:
                self.accepted[start] = family
            return result

        return watched

    def __call__(self, sentence: str, dct: str, lang: str = "fr") -> list[Tagged]:
        self.accepted.clear()
        found = tag_timexes(sentence, DocDate.parse(dct), lang)
        return [Tagged(t.text, t.type.value, t.value, t.when, self.accepted[t.start]) for t in found]

    def family(self, family: str, sentence: str, dct: str, lang: str = "fr") -> list[tuple[str, str, str]]:
        """(text, type, value) of the expressions of ``sentence`` that ``family`` resolved."""
        return [(t.text, t.type, t.value) for t in self(sentence, dct, lang) if t.family == family]

    def one(self, sentence: str, dct: str, lang: str = "fr") -> Tagged:
        found = self(sentence, dct, lang)
        assert len(found) == 1, found
        return found[0]


@pytest.fixture
def tag(monkeypatch: pytest.MonkeyPatch) -> Tagger:
    return Tagger(monkeypatch)
