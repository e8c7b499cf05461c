"""Logos: only the raster formats named in wizard.core.limits, judged by content, opened with
that format's decoder alone, and refused from the header when they would decode to too much."""

from __future__ import annotations

import io
import struct
import subprocess
import sys
import zlib

import pytest
from PIL import Image

from wizard.core.limits import LOGO_FORMATS, MAX_LOGO_PIXELS
from wizard.report.brief import BriefError, read_logo

EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nnewpath 0 0 moveto showpage\n"


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width` x `height` pixels: a header and almost no data."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0")) + chunk(b"IEND", b""))


def image(fmt: str, size=(60, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (31, 95, 139)).save(buffer, format=fmt)
    return buffer.getvalue()


def test_no_other_decoder_is_ever_loaded_for_a_logo(tmp_path):
    logo = tmp_path / "logo.png"  # an EPS that calls itself a PNG
    logo.write_bytes(EPS)
    probe = (
        "import sys\n"
        "from wizard.report.brief import BriefError, read_logo\n"
        f"try:\n    read_logo({str(logo)!r})\nexcept BriefError as e:\n    print('refused')\n"
        "print(sorted(m for m in sys.modules if m.startswith('PIL.') and 'Plugin' in m))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True)
    refused, plugins = done.stdout.splitlines()
    assert refused == "refused"
    assert "PIL.EpsImagePlugin" not in plugins
    assert not {"PIL.PdfImagePlugin", "PIL.XVThumbImagePlugin", "PIL.SgiImagePlugin"} & set(
        eval(plugins))  # noqa: S307 - our own probe's list


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF", "PPM"])
def test_a_format_not_named_is_refused_by_its_content(fmt):
    with pytest.raises(BriefError, match="not a readable PNG or JPEG"):
        read_logo(image(fmt))


@pytest.mark.parametrize("fmt", LOGO_FORMATS)
def test_a_named_format_is_accepted_whatever_its_file_is_called(tmp_path, fmt):
    path = tmp_path / "logo.gif"
    path.write_bytes(image(fmt))
    assert read_logo(path)


def test_an_image_bomb_is_refused_from_its_header():
    side = int(MAX_LOGO_PIXELS ** 0.5) + 1
    for width, height in ((side, side), (13000, 13000), (60000, 60000)):
        with pytest.raises(BriefError, match="pixels"):
            read_logo(png_header(width, height))


def test_a_logo_that_is_not_a_regular_file_is_refused(tmp_path):
    import os

    if os.name != "posix":
        pytest.skip("FIFOs")
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    with pytest.raises(BriefError, match="regular file"):
        read_logo(fifo)
