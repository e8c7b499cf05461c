"""User text reaches the page literally: no markup runs, nothing is fetched."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.report import pdfread
from tests.report.conftest import GREEK_CYRILLIC, HOSTILE_NAME
from wizard.report.brief import render_brief


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection or a URL fails the test."""

    def refuse(*args, **kwargs):
        raise AssertionError(f"the brief tried to fetch something: {args!r}")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


def test_hostile_text_is_shown_literally(hostile, no_network):
    data = render_brief(hostile, paper="a4")
    text = pdfread.squeezed(pdfread.text(data))
    for literal in (
        HOSTILE_NAME[:60],
        '<img src="http://example.invalid/x.png"/>',
        "&amp; </para>",
        GREEK_CYRILLIC,
        '<img src="file:///etc/passwd"/> Ann <i>',
        '<font name="Helvetica">x</font>',
        "1 < 2 & 3 > 2",
        "<seq id='x'/> paragraph two",
    ):
        assert pdfread.squeezed(literal) in text


def test_hostile_text_adds_no_image_and_no_link(hostile):
    data = render_brief(hostile, paper="a4")
    reader = pdfread.reader(data)
    for index, page in enumerate(reader.pages):
        assert pdfread.image_count(data, index) == 0
        assert "/Annots" not in page


def test_reportlab_may_fetch_nothing(credit):
    from reportlab import rl_config

    render_brief(credit, paper="a4")
    assert not rl_config.trustedSchemes
    assert not rl_config.trustedHosts


def test_cli_and_settings_text_is_escaped_too(credit):
    data = render_brief(credit, consultant='<b>Ann</b> & <img src="x.png"/>', paper="a4")
    assert pdfread.squeezed('<b>Ann</b> & <img src="x.png"/>') in pdfread.squeezed(
        pdfread.text(data)
    )
