"""Start-up benchmark: `dlready gui --screenshot` against a bare two-page QWizard doing the same.

A script, not a test (pytest collects only test_*.py): run `python tests/bench_startup.py`.
Each command runs in a fresh process, alternately, several times; the medians are compared.
Target: a ratio of at most 1.25.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEATS = 11
TARGET = 1.25

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard()
for title in ("Welcome", "Questions"):
    page = QWizardPage()
    page.setTitle(title)
    QVBoxLayout(page).addWidget(QLabel(title))
    wizard.addPage(page)
wizard.resize(1280, 800)
wizard.show()
app.processEvents()
sys.exit(0 if wizard.grab().save(sys.argv[1]) else 1)
"""


def dlready_command() -> list[str]:
    script = Path(sys.executable).with_name("dlready")
    found = str(script) if script.exists() else shutil.which("dlready")
    return [found] if found else [sys.executable, "-m", "wizard"]


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "XDG_CONFIG_HOME": folder, "XDG_DATA_HOME": folder,
               # Both sides get a bytecode cache, as an installed program has: a shell with
               # PYTHONDONTWRITEBYTECODE would otherwise compile dlready's modules every run.
               "PYTHONPYCACHEPREFIX": f"{folder}/pycache"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ours = [*dlready_command(), "gui", "--screenshot", f"{folder}/dlready.png",
                "--size", "1280x800"]
        bare = [sys.executable, "-c", BARE, f"{folder}/bare.png"]
        timed(ours, env), timed(bare, env)  # warm the disk cache
        times: dict[str, list[float]] = {"dlready": [], "bare": []}
        for _ in range(REPEATS):
            times["dlready"].append(timed(ours, env))
            times["bare"].append(timed(bare, env))
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["dlready"] / medians["bare"]
    print(f"dlready gui --screenshot: median {medians['dlready'] * 1000:.0f} ms "
          f"(min {min(times['dlready']) * 1000:.0f}, max {max(times['dlready']) * 1000:.0f})")
    print(f"bare two-page QWizard:    median {medians['bare'] * 1000:.0f} ms "
          f"(min {min(times['bare']) * 1000:.0f}, max {max(times['bare']) * 1000:.0f})")
    print(f"ratio {ratio:.2f} (target <= {TARGET}) over {REPEATS} runs each: "
          f"{'OK' if ratio <= TARGET else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
