"""Logos: PNG or JPEG, transparent or not, scaled down when they are larger than print needs."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests.report import pdfread
from wizard.report.brief import LOGO_MAX_SIDE, BriefError, read_logo, render_brief


def _png(size, mode="RGB", colour=(31, 95, 139)):
    buffer = io.BytesIO()
    Image.new(mode, size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def _logo_widths(data):
    page = pdfread.reader(data).pages[0]
    xobjects = page["/Resources"].get_object()["/XObject"].get_object()
    return [int(ref.get_object()["/Width"]) for ref in xobjects.values()]


def test_a_large_logo_is_scaled_down(credit):
    data = render_brief(credit, logo=_png((4000, 1000)), paper="a4")
    assert _logo_widths(data) == [LOGO_MAX_SIDE]


def test_a_small_logo_is_kept_as_it_is():
    logo = _png((300, 100))
    assert read_logo(logo) == logo


def test_a_transparent_logo(credit):
    data = render_brief(credit, logo=_png((600, 200), "RGBA", (31, 95, 139, 0)), paper="a4")
    assert _logo_widths(data) == [600]


def test_a_logo_path_or_bytes(tmp_path, credit):
    path = tmp_path / "logo.png"
    path.write_bytes(_png((200, 80)))
    assert render_brief(credit, logo=path, paper="a4") == render_brief(
        credit, logo=path.read_bytes(), paper="a4"
    )


def test_not_an_image():
    with pytest.raises(BriefError, match="not a readable PNG or JPEG"):
        read_logo(b"<svg/>")
