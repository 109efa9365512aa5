"""Fixtures for the UI tests: the seeds store, a hand-built store, and isolated settings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsline_fakes import make_store  # noqa: E402


@pytest.fixture(autouse=True)
def config_dir(tmp_path, monkeypatch):
    """Settings go to a fresh folder per test; no test touches the real user config."""
    folder = tmp_path / "config"
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def store(seeds_store):
    """The store of the bundled seeds (the suite's one seeds store, tests/conftest.py)."""
    return seeds_store


@pytest.fixture(scope="session")
def fake_store():
    """A hand-built store of 6 articles × 4 events, with markup-like text in some sentences."""
    return make_store(6, 4, markup=True)
