"""The charts set their own look: they neither read nor change matplotlib's global settings."""

from __future__ import annotations

import matplotlib
import pytest

from wizard.report.brief import render_brief


def test_charts_change_no_global_setting(credit, monkeypatch):
    def refuse(self, key, value):
        raise AssertionError(f"a chart changed rcParams[{key!r}]")

    render_brief(credit, paper="a4")  # matplotlib's own first-use set-up happens here
    monkeypatch.setattr(matplotlib.RcParams, "__setitem__", refuse)
    render_brief(credit, paper="a4")


@pytest.mark.parametrize(
    "settings",
    [
        {"font.size": 20, "font.family": "serif", "text.color": "red", "text.parse_math": True},
        {"font.weight": "bold", "font.style": "italic", "patch.force_edgecolor": True},
        {"lines.linewidth": 4, "axes.facecolor": "yellow", "axes.edgecolor": "red"},
    ],
)
def test_charts_ignore_the_callers_settings(credit, settings):
    plain = render_brief(credit, paper="a4")
    with matplotlib.rc_context(settings):
        assert render_brief(credit, paper="a4") == plain
