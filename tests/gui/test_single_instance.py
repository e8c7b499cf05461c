"""One running window: a file opened while dlready runs goes to that window (two processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.helpers.cases import CASE_FILES
from wizard.gui import single

ROOT = Path(__file__).resolve().parents[2]


def environment(tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(tmp_path / "run"),
               PYTHONPATH=str(ROOT))
    (tmp_path / "run").mkdir(exist_ok=True)
    return env


def wait_for(condition, seconds: float = 30) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.1)
    return False


def settings_text(tmp_path) -> str:
    return "".join(p.read_text("utf-8", "replace") for p in (tmp_path / "config").rglob("*.ini"))


def test_a_second_start_hands_its_file_to_the_running_window_and_exits(tmp_path, monkeypatch):
    env = environment(tmp_path)
    monkeypatch.setenv("XDG_RUNTIME_DIR", env["XDG_RUNTIME_DIR"])
    first = subprocess.Popen([sys.executable, "-m", "wizard", "gui"], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert wait_for(lambda: Path(single.server_name()).exists()), "the first never listened"
        case = tmp_path / "handed.dlready"
        case.write_bytes(CASE_FILES[0].read_bytes())
        second = subprocess.run([sys.executable, "-m", "wizard", "gui", str(case)], env=env,
                                capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first window still runs
        # The running window opened it: it is now in its recent files.
        assert wait_for(lambda: "handed.dlready" in settings_text(tmp_path)), settings_text(
            tmp_path)
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_a_socket_file_left_by_a_crash_does_not_stop_a_start(tmp_path, monkeypatch, qapp):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    Path(single.server_name()).write_text("left over")
    assert single.might_be_running()
    assert not single.hand_off(None)
    opened = []
    server = single.serve(None, opened.append)
    assert server is not None and server.isListening()
    server.close()


def test_no_socket_file_means_no_connection_attempt(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    if sys.platform != "win32":
        assert not single.might_be_running()
        assert not single.hand_off(str(CASE_FILES[0]))
