"""Offline by construction: the whole flow runs with every network call refused, and nothing
in the package can reach the network in the first place."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CASE = ROOT / "tests" / "fixtures" / "cases" / "retail-demand-forecast.dlready"

# Replaces every way Python opens a connection or resolves a name with one that records the
# attempt in LOG and raises; then runs the flow given on the command line.
PRELUDE = textwrap.dedent("""
    import socket, sys

    LOG = sys.argv[1]

    def refuse(name):
        def blocked(*args, **kwargs):
            with open(LOG, "a", encoding="utf-8") as log:
                log.write(f"{name} {args!r:.200}\\n")
            raise OSError(f"offline test: {name} is not allowed")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex",
                 "gethostbyaddr", "getnameinfo"):
        setattr(socket, name, refuse(f"socket.{name}"))
""")

FLOW = textwrap.dedent("""
    import json
    from pathlib import Path

    case, out = sys.argv[2], Path(sys.argv[3])
    from wizard.core.engine import assess
    from wizard.core.storage import load

    result = assess(load(case))
    from wizard.cli import main

    codes = [
        main(["assess", case, "--json"]),
        main(["report", case, "-o", str(out / "brief.pdf"), "--consultant", "A. Adviser"]),
        main(["gui", case, "--page", "results", "--screenshot", str(out / "results.png")]),
    ]
    # reportlab is told to fetch nothing: a URL in a brief must fail before any socket.
    from reportlab.lib.utils import open_for_read
    from wizard.report import safety

    safety.lock_down()
    try:
        open_for_read("http://192.0.2.1/logo.png")
        fetched = True
    except Exception:
        fetched = False
    (out / "result.json").write_text(json.dumps({"codes": codes, "fetched": fetched}))
""")


def run_flow(tmp_path: Path, *wrapper: str) -> tuple[dict, str]:
    log = tmp_path / "attempts.log"
    log.touch()
    env = {key: value for key, value in os.environ.items() if not key.startswith("DBUS")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), MPLCONFIGDIR=str(tmp_path / "mpl"))
    subprocess.run([*wrapper, sys.executable, "-c", PRELUDE + FLOW, str(log), str(CASE),
                    str(tmp_path)], env=env, cwd=tmp_path, check=True, timeout=600,
                   capture_output=True)
    return json.loads((tmp_path / "result.json").read_text()), log.read_text("utf-8")


@pytest.mark.slow
def test_the_whole_flow_tries_no_connection(tmp_path):
    result, attempts = run_flow(tmp_path)
    assert attempts == ""
    assert result == {"codes": [0, 0, 0], "fetched": False}
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF-")
    assert (tmp_path / "results.png").stat().st_size > 10_000


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("strace") is None or not sys.platform.startswith("linux"),
                    reason="needs strace (Linux)")
def test_no_internet_socket_is_even_asked_for(tmp_path):
    """Below Python too (Qt, reportlab, matplotlib's C code): no AF_INET/AF_INET6 socket."""
    trace = tmp_path / "trace.log"
    result, attempts = run_flow(tmp_path, "strace", "-f", "-qq", "-e",
                                "trace=socket,connect", "-o", str(trace))
    assert result["codes"] == [0, 0, 0] and attempts == ""
    calls = trace.read_text()
    assert "AF_INET" not in calls, calls


NETWORK_MODULES = {"socket", "ssl", "http.client", "http.server", "urllib.request", "requests",
                   "httpx", "aiohttp", "ftplib", "smtplib", "xmlrpc.client", "websocket",
                   "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets"}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Constant) and node.value in NETWORK_MODULES:
            names.add(node.value)  # importlib.import_module("...") and the like
    return names


# The one exception: the single-instance hand-off, over a local socket (a Unix domain socket
# or a named pipe), which is inter-process communication on this computer, never the network.
LOCAL_IPC = {("wizard/gui/single.py", "PySide6.QtNetwork"),
             ("wizard/gui/single.py", "PySide6.QtNetwork.QLocalServer"),
             ("wizard/gui/single.py", "PySide6.QtNetwork.QLocalSocket")}


def test_no_module_imports_a_network_library():
    found = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in sorted((ROOT / "wizard").rglob("*.py"))
        for name in imported_modules(path)
        if (name in NETWORK_MODULES or name.split(".")[0] in {"requests", "httpx", "aiohttp"}
            or name.startswith("PySide6.QtNetwork."))
        and (str(path.relative_to(ROOT)), name) not in LOCAL_IPC
    }
    assert not found


def test_qt_network_is_named_only_for_the_local_socket():
    hits = [str(path.relative_to(ROOT)) for path in (ROOT / "wizard").rglob("*.py")
            if "QtNetwork" in path.read_text("utf-8")]
    assert hits == ["wizard/gui/single.py"]
    names = {name for name in imported_modules(ROOT / "wizard/gui/single.py")
             if name.startswith("PySide6.QtNetwork.")}
    assert names == {"PySide6.QtNetwork.QLocalServer", "PySide6.QtNetwork.QLocalSocket"}


def test_the_brief_tells_reportlab_to_fetch_nothing():
    from reportlab import rl_config

    from wizard.core.storage import load
    from wizard.report.brief import render_brief

    render_brief(load(CASE))
    assert rl_config.trustedSchemes == []
    assert not rl_config.trustedHosts


def test_the_prelude_catches_a_connection(tmp_path):
    """The control: a flow that does connect is caught and recorded."""
    log = tmp_path / "attempts.log"
    script = PRELUDE + textwrap.dedent("""
        import urllib.request
        try:
            urllib.request.urlopen("http://192.0.2.1/")
        except OSError:
            pass
    """)
    subprocess.run([sys.executable, "-c", script, str(log)], check=True, timeout=60)
    assert "socket." in log.read_text("utf-8")
