"""The layering: every import points down (import-linter's contracts in pyproject.toml), and
the bundled resources are found wherever tui is installed."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    # The contracts of pyproject.toml: layers (cli > ui > export > loading > store > extract >
    # corpus > util), loading's own layers, and no Textual below the UI. A back-edge fails here.
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(REPO / "pyproject.toml")) == 0


def test_core_does_not_import_textual_at_run_time():
    # The contract reads imports statically; this runs the headless path and looks at sys.modules.
    code = (
        "import sys, tui.corpus.reader, tui.extract.events, tui.store, tui.loading, tui.cli;"
        "from tui.loading import open_store; open_store(None);"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_bundled_seeds_and_themes_are_found_wherever_tui_is_installed():
    from tui.util.resources import seeds_dir, themes_dir

    assert sorted(p.name for p in seeds_dir().glob("*.txt")) == ["000_93aac57783158c4e.txt", "003_9753df447f1b1090.txt"]
    assert {"newsline-dark.yaml", "newsline-light.yaml"} <= {p.name for p in themes_dir().glob("*.yaml")}


def test_python_dash_m_runs_the_headless_commands(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "tui", "check"], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "2 articles loaded, 0 skipped" in result.stdout
