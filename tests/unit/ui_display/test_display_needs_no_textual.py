"""The display modules run without Textual (import-linter checks the imports; this runs them)."""

import subprocess
import sys


def test_the_display_modules_do_not_load_textual():
    code = (
        "import sys, pkgutil, importlib, tui.ui.display as d;"
        "[importlib.import_module(f'tui.ui.display.{m.name}') for m in pkgutil.iter_modules(d.__path__)];"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
