"""Loading the scripts in packaging/ (a folder of scripts, not a package: `packaging` is taken)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(name: str) -> ModuleType:
    """packaging/NAME.py as a module named dlready_packaging_NAME.

    While it loads, packaging/ leads sys.path, as it does when the script runs or the spec
    imports it, so that its own imports of the folder's modules (elf64) are found.
    """
    module_name = f"dlready_packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    sys.path.insert(0, str(PACKAGING))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(PACKAGING))
    return module
