"""The core and the report layer never reach into Qt widgets."""

from __future__ import annotations

import subprocess
import sys


def test_core_and_report_import_no_qt_widgets():
    code = (
        "import sys, pkgutil, importlib, wizard.core, wizard.report\n"
        "for package in (wizard.core, wizard.report):\n"
        "    for info in pkgutil.walk_packages(package.__path__, package.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "QtWidgets" not in run.stdout
    assert "QtGui" not in run.stdout


def test_core_scores_without_any_qt():
    code = (
        "import sys\n"
        "from wizard.core.engine import assess\n"
        "assess({'problem_class': 'text'})\n"
        "print([m for m in sys.modules if m.startswith('PySide6')])\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
