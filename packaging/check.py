"""Run a built dlready bundle with no Python around it and check what it makes.

`python packaging/build.py --check-only` runs these checks on dist/dlready, and
tests/installer/test_bundle.py runs them under pytest when DLREADY_BUNDLE names a bundle.
The program runs with a clean environment: no PYTHONPATH, no virtual environment on PATH,
a temporary HOME, and Qt's offscreen platform.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "samples" / "example.dlready"
SCREEN = (1280, 800)


class CheckError(AssertionError):
    """A bundled command did not do what it should."""


def executable(bundle: Path) -> Path:
    """The dlready program inside a one-folder bundle (or the .app on macOS)."""
    for candidate in (bundle / "dlready", bundle / "dlready.exe",
                      bundle / "Contents" / "MacOS" / "dlready"):
        if candidate.is_file():
            return candidate
    raise CheckError(f"{bundle}: no dlready program in it")


def clean_env(home: Path) -> dict[str, str]:
    """An environment with nothing of Python in it: system PATH, a fresh HOME, offscreen Qt."""
    for folder in ("config", "data", "cache"):
        (home / folder).mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"], env["SYSTEMROOT"] = system_root + r"\System32", system_root
        env["APPDATA"] = env["LOCALAPPDATA"] = env["USERPROFILE"] = str(home)
    return env


def run(bundle: Path, work: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the bundled dlready in `work` with a clean environment; CheckError unless exit 0."""
    program = executable(bundle)
    result = subprocess.run([str(program), *args], cwd=work, env=clean_env(work / "home"),
                            capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        raise CheckError(f"dlready {' '.join(args)} exited {result.returncode}: "
                          f"{result.stderr.strip()[-2000:]}")
    return result


def package_version() -> str:
    """wizard.__version__, read from the source without importing the package."""
    text = (ROOT / "wizard" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not match:
        raise CheckError("no __version__ in wizard/__init__.py")
    return match[1]


def organisation(case: Path = SAMPLE) -> str:
    return str(json.loads(case.read_text("utf-8"))["meta"]["organisation"])


def check_version(bundle: Path, work: Path) -> str:
    out = run(bundle, work, "--version").stdout.strip()
    if out != f"dlready {package_version()}":
        raise CheckError(f"--version printed {out!r}, expected dlready {package_version()}")
    return out


def check_assess(bundle: Path, work: Path) -> str:
    out = run(bundle, work, "assess", str(SAMPLE), "--json").stdout
    result = json.loads(out)
    missing = {"recommendation", "fit", "readiness", "confidence", "reasons"} - set(result)
    if missing:
        raise CheckError(f"assess --json lacks {sorted(missing)}")
    return (f"recommendation {result['recommendation']}, readiness "
            f"{result['readiness']['score']}, {len(result['reasons'])} reasons")


def check_report(bundle: Path, work: Path) -> str:
    pdf = work / "brief.pdf"
    said = run(bundle, work, "report", str(SAMPLE), "-o", str(pdf)).stderr.strip()
    if said:
        raise CheckError(f"report wrote to standard error: {said[-500:]}")
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckError(f"{pdf} is not a PDF")
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    if organisation() not in " ".join(text.split()):
        raise CheckError(f"the brief does not name {organisation()!r}")
    fonts = {str(font["/BaseFont"]) for page in reader.pages
             for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values()
             if "/BaseFont" in font.get_object()}
    return (f"{pdf.name}: {len(data)} bytes, {len(reader.pages)} pages, names "
            f"{organisation()!r}, fonts {', '.join(sorted(fonts)) or '?'}")


def check_screenshot(bundle: Path, work: Path) -> str:
    png = work / "results.png"
    size = f"{SCREEN[0]}x{SCREEN[1]}"
    run(bundle, work, "gui", str(SAMPLE), "--page", "results", "--screenshot", str(png),
        "--size", size)
    from PIL import Image, ImageStat

    with Image.open(png) as image:
        if image.size != SCREEN:
            raise CheckError(f"{png} is {image.size}, expected {SCREEN}")
        rgb = image.convert("RGB")
        colours = len(rgb.getcolors(maxcolors=1 << 20) or ())
        spread = max(ImageStat.Stat(rgb).stddev)
    if colours < 50 or spread < 10:
        raise CheckError(f"{png} looks blank ({colours} colours, spread {spread:.1f})")
    return f"{png.name}: {size}, {colours} colours"


CHECKS: dict[str, Callable[[Path, Path], str]] = {
    "version": check_version,
    "assess": check_assess,
    "report": check_report,
    "screenshot": check_screenshot,
}


def run_checks(bundle: Path, out: Path | None = None) -> int:
    """Run every check, print one line each; 0 if all passed. Outputs are kept in `out`."""
    failed = 0
    with tempfile.TemporaryDirectory(prefix="dlready-check-") as scratch:
        work = out or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        for name, check in CHECKS.items():
            try:
                print(f"ok    {name}: {check(bundle, work)}", flush=True)
            except (CheckError, OSError, ValueError, subprocess.TimeoutExpired) as error:
                failed += 1
                print(f"FAIL  {name}: {error}", flush=True)
    print(f"outputs in {work}" if out else "outputs removed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run_checks(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "dlready"))
