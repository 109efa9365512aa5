"""Start-up: a headless command imports what it uses and no more (tests/bench/bench_startup.py
times it). Each case runs the command twice in fresh processes sharing one cache folder, and
looks at the modules the second run imported (the first fills the caches)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SEED = min((Path(__file__).resolve().parents[2] / "seeds").glob("000_*.txt"))

_RUN = """
import contextlib, io, json, sys
from tui.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as stop:  # --help
        code = stop.code
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _modules(tmp_path: Path, *args: str) -> set[str]:
    env = {**os.environ, "NEWSLINE_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):
        result = subprocess.run([sys.executable, "-c", _RUN, *args], env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return set(report["modules"])


def _under(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


def test_help_imports_nothing_of_the_pipeline(tmp_path):
    modules = _modules(tmp_path, "--help")
    assert _under(modules, "rich", "yaml", "textual", "tui.loading", "tui.extract", "tui.store", "tui.corpus") == []


def test_dates_imports_no_yaml_parser_loading_pipeline_or_rich(tmp_path):
    modules = _modules(tmp_path, "dates", str(SEED))
    assert "tui.extract.timex" in modules
    assert _under(modules, "rich", "yaml", "textual", "tui.loading", "tui.store", "tui.extract.events", "tui.extract.gazetteer") == []


@pytest.mark.parametrize("output", ["table", "json"])
def test_events_from_a_cached_store_import_no_extraction_code(tmp_path, output):
    modules = _modules(tmp_path, "events", str(SEED), "--format", output)
    assert "tui.loading.ingest" in modules
    unused = ["yaml", "textual", "concurrent.futures", "multiprocessing", "tui.extract.events", "tui.extract.timex", "tui.loading.assemble"]
    assert _under(modules, *unused) == []
