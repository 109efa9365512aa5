from __future__ import annotations

import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache_session(tmp_path_factory):
    """Session fixtures (the seeds store) build before the per-test settings: no test, nor a
    subprocess it starts, writes the real user cache."""
    before = os.environ.get("NEWSLINE_CACHE_DIR")
    os.environ["NEWSLINE_CACHE_DIR"] = str(tmp_path_factory.mktemp("session-cache"))
    yield
    if before is None:
        os.environ.pop("NEWSLINE_CACHE_DIR", None)
    else:
        os.environ["NEWSLINE_CACHE_DIR"] = before


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory, monkeypatch):
    """No test reads or writes the real user settings, bookmarks or cache."""
    monkeypatch.setenv("NEWSLINE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("NEWSLINE_DATA_DIR", str(tmp_path_factory.mktemp("data")))
    monkeypatch.setenv("NEWSLINE_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="session")
def seeds_store():
    from tui.loading import open_store

    return open_store(None)


@pytest.fixture(scope="session")
def gazetteer():
    """The built-in gazetteer, no actors file."""
    from tui.extract.gazetteer import load_gazetteer

    return load_gazetteer()[0]
