"""The icon drawn from its SVG for every platform, the desktop file and the AppStream data."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from tests.installer.helpers import ROOT, load_script

RESOURCES = ROOT / "resources"
APP_ID = "org.dlready.dlready"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    out = tmp_path_factory.mktemp("icons")
    load_script("icons").write_icons(out)
    return out


def test_every_png_size_is_drawn_from_the_svg(icons):
    icons_module = load_script("icons")
    for size in icons_module.PNG_SIZES:
        with Image.open(icons / f"dlready-{size}.png") as image:
            assert image.size == (size, size)
            # Drawn, not blank: the background and the three steps are all there.
            assert len(image.convert("RGB").getcolors(1 << 16) or ()) >= 4


def test_the_16_pixel_icon_is_sharp(icons):
    """The SVG's edges sit on the 16-pixel grid: the steps are solid, unblended pixels."""
    with Image.open(icons / "dlready-16.png") as image:
        rgb = image.convert("RGB")
        assert rgb.getpixel((12, 8)) == (0xF2, 0xA9, 0x3B)  # the tallest step, orange
        assert rgb.getpixel((2, 12)) == (0x8F, 0xB8, 0xDE)  # the first step
        assert rgb.getpixel((8, 2)) == (0x1F, 0x4E, 0x79)  # the background


def test_the_ico_holds_each_size(icons):
    with Image.open(icons / "dlready.ico") as ico:
        assert ico.format == "ICO"
        assert {(s, s) for s in load_script("icons").ICO_SIZES} <= set(ico.info["sizes"])


def test_the_icns_holds_the_retina_sizes(icons):
    with Image.open(icons / "dlready.icns") as icns:
        assert icns.format == "ICNS"
        assert {(512, 512, 2), (128, 128, 1), (16, 16, 2)} <= set(icns.info["sizes"])


def test_the_desktop_file_names_the_icon_and_the_command():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "dlready"
    assert desktop["Type"] == "Application"


def test_the_metainfo_launches_the_desktop_file():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "dlready"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_the_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli (appstream) is not installed")
def test_the_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout
