"""Rewrite the README's table of sources from the declarations (run with python -m)."""

from __future__ import annotations

import re
from pathlib import Path

from wizard.core.sources import markdown_table

README = Path(__file__).resolve().parents[2] / "README.md"
_TABLE = re.compile(r"(<!-- sources:begin -->\n)(.*?)(<!-- sources:end -->)", re.S)


def main() -> None:
    """Replace the text between the README's markers with the current table."""
    text = README.read_text(encoding="utf-8")
    if not _TABLE.search(text):
        raise SystemExit("README.md lacks <!-- sources:begin --> / <!-- sources:end -->")
    README.write_text(_TABLE.sub(lambda m: m[1] + markdown_table() + m[3], text), "utf-8")


if __name__ == "__main__":
    main()
