"""Every font in the brief is DejaVu Sans, embedded as TrueType; no built-in font at all."""

from __future__ import annotations

from tests.report import pdfread
from wizard.report.brief import render_brief


def test_all_fonts_are_embedded_truetype(hostile):
    data = render_brief(hostile, paper="a4")
    names = set()
    for font in pdfread.fonts(data):
        name = str(font.get("/BaseFont"))
        names.add(name)
        assert "Helvetica" not in name
        assert font.get("/Subtype") != "/Type1"
        descriptor = pdfread.descriptor(font)
        assert descriptor is not None, name
        assert "/FontFile2" in descriptor, name
    assert any("DejaVuSans" in name for name in names)
    assert any("DejaVuSans-Bold" in name for name in names)


def test_no_builtin_font_anywhere_in_the_file(credit):
    data = render_brief(credit, consultant="A. Adviser", paper="letter")
    for builtin in (b"/Helvetica", b"/Times-Roman", b"/Courier", b"/Symbol", b"/ZapfDingbats"):
        assert builtin not in data


def test_greek_and_cyrillic_come_back(hostile):
    text = pdfread.text(render_brief(hostile, paper="a4"))
    assert "Ελληνική" in text
    assert "Российская" in text
