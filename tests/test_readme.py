"""The README's limits are the declared ones: one place, wizard.core.limits, read by all."""

from __future__ import annotations

import re
from pathlib import Path

from wizard.core import limits

README = Path(__file__).resolve().parent.parent / "README.md"


def limits_section() -> str:
    text = README.read_text("utf-8")
    return text[text.index("## Limits on what dlready reads"):].split("\n## ", 1)[0]


def test_the_readme_names_every_declared_limit():
    section = limits_section()
    assert f"**{limits.MAX_FILE_BYTES // 2**20} MB**" in section
    assert f"**{limits.MAX_NESTING}** levels" in section
    assert f"**{limits.MAX_INT_DIGITS}** digits" in section
    assert f"**{limits.MAX_LOGO_BYTES // 2**20} MB**" in section
    assert f"**{limits.MAX_LOGO_PIXELS // 1_000_000} million pixels**" in section
    assert f"**{limits.MAX_PRINTED_NOTE:,}** characters" in section
    assert "**" + " or ".join(limits.LOGO_FORMATS) + "**" in section


def test_the_readme_names_no_other_number_for_them():
    section = limits_section()
    bold = set(re.findall(r"\*\*([^*]+)\*\*", section))
    declared = {
        f"{limits.MAX_FILE_BYTES // 2**20} MB", str(limits.MAX_NESTING),
        str(limits.MAX_INT_DIGITS), f"{limits.MAX_LOGO_BYTES // 2**20} MB",
        f"{limits.MAX_LOGO_PIXELS // 1_000_000} million pixels", f"{limits.MAX_PRINTED_NOTE:,}",
        " or ".join(limits.LOGO_FORMATS),
    }
    assert bold == declared
