"""The store: one immutable in-memory store of documents, events and actors, its columns and
indexes, and the query API every view reads. Built by ``tui.loading``; imports only ``tui.extract``,
``tui.corpus`` and ``tui.util``."""

from tui.store.store import Query, Store

__all__ = ["Query", "Store"]
