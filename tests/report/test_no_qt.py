"""The brief needs no Qt widgets: importing and rendering in English loads no QtWidgets."""

from __future__ import annotations

import subprocess
import sys

from tests.helpers.cases import CASES_DIR

SCRIPT = f"""
import sys
import wizard.report
import wizard.report.brief
from wizard.core.storage import load
from wizard.report.brief import render_brief
data = render_brief(load({str(CASES_DIR / "credit-scoring.dlready")!r}), lang="en")
assert data.startswith(b"%PDF")
loaded = sorted(name for name in sys.modules if name.startswith("PySide6"))
assert "PySide6.QtWidgets" not in sys.modules, loaded
assert "matplotlib.pyplot" not in sys.modules
print("ok", loaded)
"""


def test_rendering_loads_no_qt_widgets():
    # A fresh interpreter: pytest-qt has already imported QtWidgets into this one.
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ok")


def test_importing_the_brief_api_loads_no_heavy_library():
    """The window imports write_brief at start-up; reportlab and matplotlib wait for a PDF."""
    script = (
        "import sys, wizard.report.brief, wizard.report.command; "
        "names = ('reportlab', 'matplotlib', 'PySide6.QtWidgets'); "
        "print([name for name in names if name in sys.modules])"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert proc.stdout.strip() == "[]"
