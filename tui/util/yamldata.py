"""YAML parsing for the whole package: one safe loader, bounded, on libyaml's C parser where PyYAML has it.

PyYAML's pure-Python parser costs about 1 ms per article front matter and 2 s for the bundled
language data in every worker process; the C parser (shipped in PyYAML's wheels) is ~10x faster
and builds the same plain data, so everything parses through :func:`safe_load`.

Input YAML (front matter, actors files, settings, themes) is whatever a user or a download put
there, so :func:`safe_load` refuses, with a :class:`YAMLLimitError`, before building anything:

- a document over ``max_chars`` characters;
- aliases that would expand the document by more than ``max_alias_nodes`` nodes (an "alias
  bomb": nine anchors of nine aliases each, 1 KB of YAML, stand for 9**9 strings, and whatever
  walks or prints the data then takes minutes and gigabytes), or an alias inside the node it
  names (a structure that contains itself);
- nesting deeper than ``max_depth`` (Python's own recursion limit would fail further down).

A timestamp that names no real day (``2025-02-30``) is kept as its text rather than raising
ValueError from the middle of the parser: YAML 1.2 has no timestamp type anyway, and the
reader then says in words what is wrong with the date.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import IO, Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import SequenceEndEvent, SequenceStartEvent, StreamEndEvent
from yaml.resolver import Resolver

from tui.util.text import clip

MAX_CHARS = 8_000_000  # a YAML document, by default (actors files may allow more)
MAX_ALIAS_NODES = 10_000  # nodes the aliases of a document may add to it
MAX_DEPTH = 64  # nested collections

_Base: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YAMLLimitError(yaml.YAMLError):
    """A YAML document refused before it is built: too long, too deeply nested, or aliases that
    expand too far. The message says which, in one line."""


class YAMLNotAList(yaml.YAMLError):
    """A document read by :func:`safe_load_list` that is not one list."""


class _Loader(_Base):  # type: ignore[misc, valid-type]
    """The safe loader with impossible timestamps kept as text."""


def _timestamp(loader: SafeConstructor, node: yaml.ScalarNode) -> Any:
    try:
        return SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:  # 2025-02-30, 2025-01-01 25:00, year 0
        return loader.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def safe_load(
    stream: str | bytes | IO[str] | IO[bytes],
    *,
    max_chars: int = MAX_CHARS,
    max_alias_nodes: int = MAX_ALIAS_NODES,
    max_depth: int = MAX_DEPTH,
) -> Any:
    """The data of one YAML document, through the fastest safe loader available, within the
    limits above. Raise ``yaml.YAMLError`` (``YAMLLimitError`` for the limits)."""
    text = _text_of(stream, max_chars)
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except RecursionError:  # the pure-Python composer, on very deep nesting
            raise YAMLLimitError(f"the YAML is nested more than {max_depth} levels deep") from None
        if node is None:
            return None
        _Budget(max_alias_nodes, max_depth, aliases=_may_alias(text)).walk(node)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def safe_load_list(
    stream: str | bytes | IO[str] | IO[bytes],
    *,
    max_chars: int = MAX_CHARS,
    max_alias_nodes: int = MAX_ALIAS_NODES,
    max_depth: int = MAX_DEPTH,
) -> list[Any]:
    """The items of a YAML document that is a list (an actors file), within the same limits as
    :func:`safe_load`. Each item is composed, checked and built on its own, so the parser's
    nodes (some 500 bytes each: 600 MB for a 10 MB file when composed whole) are held for one
    item at a time. Raise ``YAMLNotAList`` when the document is anything else, or empty."""
    text = _text_of(stream, max_chars)
    loader = _ItemLoader(text)
    budget = _Budget(max_alias_nodes, max_depth, aliases=_may_alias(text), under=1)
    loader.anchors = _Anchors(budget.anchored)
    items: list[Any] = []
    try:
        loader.get_event()  # the stream's start
        if loader.check_event(StreamEndEvent):
            raise YAMLNotAList("the YAML is empty")
        loader.get_event()  # the document's start
        if not loader.check_event(SequenceStartEvent):
            raise YAMLNotAList("the YAML is not a list")
        loader.get_event()
        while not loader.check_event(SequenceEndEvent):
            try:
                node = loader.compose_node(None, None)
            except RecursionError:
                raise YAMLLimitError(f"the YAML is nested more than {max_depth} levels deep") from None
            budget.walk(node)
            items.append(loader.construct_document(node))
            budget.forget_unanchored()
        loader.get_event()
        loader.get_event()  # the document's end
        if not loader.check_event(StreamEndEvent):
            raise YAMLNotAList("the YAML holds more than one document")
        return items
    finally:
        loader.dispose()


def _text_of(stream: str | bytes | IO[str] | IO[bytes], max_chars: int) -> str | bytes:
    text = stream.read(max_chars + 1) if hasattr(stream, "read") else stream
    if len(text) > max_chars:
        raise YAMLLimitError(f"the YAML is over {max_chars:,} characters long")
    return text


def _may_alias(text: str | bytes) -> bool:
    """Whether ``text`` may hold an alias at all (an alias is written ``*name``)."""
    return ("*" if isinstance(text, str) else b"*") in text


class _Budget:
    """The alias and depth limits of one document, walked whole or item by item.

    The node graph composed from YAML shares a node wherever an alias names it; expanded as a
    tree (what the built data is, and what anything that walks or prints it sees) it may be
    exponentially larger. :meth:`walk` visits each distinct collection once (no recursion, no
    expansion), computing its expanded size and depth from its children's, and raises
    YAMLLimitError when the expansion adds more than ``max_alias_nodes`` nodes to those written,
    when the depth passes ``max_depth``, or when a collection contains itself. ``aliases=False``
    (the text has no ``*``) skips the size bookkeeping: no node is shared.
    """

    def __init__(self, max_alias_nodes: int, max_depth: int, *, aliases: bool, under: int = 0) -> None:
        self.max_alias_nodes, self.max_depth, self.aliases = max_alias_nodes, max_depth, aliases
        self.under = under  # the depth of what the walked nodes are in (1: the items of a list)
        self.size: dict[int, int] = {}  # id of a collection walked -> its expanded size, in nodes
        self.depth: dict[int, int] = {}
        self.anchored: set[int] = set()  # ids of the anchored nodes (kept alive by the composer)
        self.walked: list[int] = []  # the collections of the item being walked
        self.extra = 0  # expanded nodes minus written nodes, so far

    def walk(self, root: yaml.Node) -> None:
        if isinstance(root, yaml.ScalarNode):
            return
        size, depth, open_nodes = self.size, self.depth, set()  # open: the path from the root
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        written = 0
        while stack:
            node, finished = stack.pop()
            key = id(node)
            if finished:
                total, deepest = 1, 0
                for child in _children(node):
                    if isinstance(child, yaml.ScalarNode):
                        total, deepest, written = total + 1, deepest or 1, written + 1
                    else:
                        total += size[id(child)]
                        deepest = max(deepest, depth[id(child)])
                size[key], depth[key] = total, deepest + 1
                open_nodes.discard(key)
                self.walked.append(key)
                written += 1
                if self.under + deepest + 1 > self.max_depth:
                    raise YAMLLimitError(f"the YAML is nested more than {self.max_depth} levels deep{_where(node)}")
                continue
            if key in size:  # an alias of a collection already walked
                continue
            if key in open_nodes:
                raise YAMLLimitError(f"an alias refers to the collection that holds it{_where(node)}")
            open_nodes.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if not isinstance(child, yaml.ScalarNode))
        self.extra += size[id(root)] - written
        if self.aliases and self.extra > self.max_alias_nodes:
            raise YAMLLimitError(f"the YAML's aliases expand it by more than {self.max_alias_nodes:,} nodes")

    def forget_unanchored(self) -> None:
        """Drop what the last item's walk learnt of nodes no alias can name again: once freed,
        their ids may be given to the next item's nodes."""
        for key in self.walked:
            if key not in self.anchored:
                del self.size[key], self.depth[key]
        self.walked.clear()


class _Anchors(dict):
    """The composer's anchors (name -> node), noting the anchored nodes' ids for the budget."""

    def __init__(self, anchored: set[int]) -> None:
        super().__init__()
        self.anchored = anchored

    def __setitem__(self, name: str, node: yaml.Node) -> None:
        self.anchored.add(id(node))
        super().__setitem__(name, node)


if hasattr(yaml, "CSafeLoader"):
    from yaml.cyaml import CParser

    class _ItemLoader(CParser, Composer, SafeConstructor, Resolver):  # type: ignore[misc]
        """libyaml's parser (events), PyYAML's composer (nodes one item at a time), the safe
        constructor and resolver with impossible timestamps kept as text."""

        def __init__(self, stream: str | bytes) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

else:  # PyYAML without libyaml: all in Python

    class _ItemLoader(yaml.SafeLoader):  # type: ignore[no-redef]
        """The pure-Python safe loader."""


_ItemLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _where(node: yaml.Node) -> str:
    mark = node.start_mark
    return f" (line {mark.line + 1})" if mark is not None else ""


def error_summary(error: yaml.YAMLError, limit: int = 160) -> str:
    """A YAML error on one short line: what is wrong and where ('while parsing a flow sequence
    at line 1, column 7, did not find expected ',' or ']' at line 2, column 1'), without the
    lines of input that PyYAML's messages quote."""
    if not isinstance(error, yaml.MarkedYAMLError):
        return clip(str(error) or type(error).__name__, limit)
    parts = []
    if error.context:
        same_place = error.context_mark is None or (
            error.problem_mark is not None and error.context_mark.line == error.problem_mark.line
        )
        parts.append(error.context + ("" if same_place else _at(error.context_mark)))
    if error.problem:
        parts.append(error.problem + _at(error.problem_mark))
    return clip(", ".join(parts) or "not valid YAML", limit)


def _at(mark: yaml.Mark | None) -> str:
    return f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""


@cache
def load_yaml(path: Path) -> Any:
    """Parse a bundled, read-only YAML file once per process (trusted: no size limit)."""
    text = path.read_text(encoding="utf-8")
    return safe_load(text, max_chars=len(text))
