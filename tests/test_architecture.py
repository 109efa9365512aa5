"""The core (corpus, extract, store, headless commands) never imports Textual."""

import subprocess
import sys


def test_core_does_not_import_textual():
    code = (
        "import sys, tui.corpus.reader, tui.extract.events, tui.store, tui.build, tui.cli;"
        "from tui.build import open_store; open_store(None);"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'));"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
