"""CI runs the README's two set-up commands as a reader copies them, so neither can drift."""

from __future__ import annotations

import re

from tests.installer.helpers import ROOT

CI = (ROOT / ".ci" / "run").read_text("utf-8")


def _set_up_commands() -> list[str]:
    """The commands of the README's first code block, without their comments."""
    readme = (ROOT / "README.md").read_text("utf-8")
    block = re.search(r"^```sh\n(.*?)^```", readme, re.MULTILINE | re.DOTALL)
    assert block, "README.md has no sh code block"
    return [line for line in block[1].splitlines() if line.strip() and not line.startswith("#")]


def test_the_readme_opens_with_two_set_up_commands():
    first, second = _set_up_commands()
    assert first.endswith(" && dlready")
    assert "pip install . " in first
    assert 'pip install -e ".[test]"' in second and second.endswith("python -m pytest")


def test_ci_installs_as_the_first_command_says():
    first = _set_up_commands()[0]
    install = first.removesuffix(" && dlready")
    assert f"FIRST='{install}'" in CI


def test_ci_runs_the_second_command_verbatim():
    second = _set_up_commands()[1]
    assert second in CI.splitlines()
