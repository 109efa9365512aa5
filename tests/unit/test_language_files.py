"""The language data files: a key written twice in one mapping would silently drop the first
(YAML keeps the last), as a merge of two branches each adding a `core_words:` once did."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import tui

DATA_FILES = sorted(Path(tui.__file__).parent.rglob("data/*.yaml"))


class _StrictLoader(yaml.SafeLoader):
    """A loader that refuses a mapping holding a key twice."""


def _mapping(loader: _StrictLoader, node: yaml.MappingNode) -> dict:
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise ValueError(f"line {key_node.start_mark.line + 1}: {key!r} twice")
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def test_the_data_files_are_found():
    assert {"timex_fr.yaml", "timex_en.yaml", "gazetteer.yaml"} <= {p.name for p in DATA_FILES}


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_no_key_twice(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
