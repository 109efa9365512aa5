"""resolve.py: the table from rule kind to handler."""

from __future__ import annotations

import inspect

import pytest

from tui.corpus.document import DocDate
from tui.extract.timex import resolve
from tui.extract.timex.context import Context
from tui.extract.timex.language import language_data


@pytest.mark.parametrize("code", ["fr", "en"])
def test_every_rule_kind_of_the_language_files_has_a_handler(code) -> None:
    kinds = {rule.kind for rule in language_data(code).rules.values()}
    assert kinds <= set(resolve.HANDLERS)


def test_every_handler_is_used_by_a_language_file() -> None:
    kinds = {rule.kind for code in ("fr", "en") for rule in language_data(code).rules.values()}
    assert set(resolve.HANDLERS) == kinds


def test_handlers_are_plain_functions_of_the_rule_modules() -> None:
    for kind, handler in resolve.HANDLERS.items():
        assert inspect.isfunction(handler), kind
        assert handler.__module__.startswith("tui.extract.timex.rules."), kind
        assert list(inspect.signature(handler).parameters) == ["ctx", "g", "start", "end"], kind


def test_resolve_calls_the_handler_of_the_kind() -> None:
    ctx = Context("some time ago", DocDate(2011, 6, 15), language_data("en"))
    kind, value, when = resolve.resolve(ctx, "pastref", {}.get, 0, 13)
    assert (kind.value, value, when) == ("DATE", "PAST_REF", None)


def test_an_unknown_kind_raises_and_the_tagger_skips_it() -> None:
    ctx = Context("", DocDate(2011, 6, 15), language_data("en"))
    with pytest.raises(KeyError):
        resolve.resolve(ctx, "no such kind", {}.get, 0, 0)
