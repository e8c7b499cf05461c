"""Render the application icon from resources/dlready.svg: PNGs, a Windows .ico, a macOS .icns.

Every file is generated, never edited: Qt's QSvgRenderer draws each size from the SVG (small
sizes are drawn, not shrunk from a big bitmap), and Pillow, which matplotlib already needs,
packs the drawn PNGs into the .ico and .icns.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "dlready.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The sizes an .icns holds (16 and 32 also at double density); Pillow picks them by size.
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(size: int, svg: Path = SVG) -> bytes:
    """The SVG drawn at size x size pixels, as PNG bytes.

    Painting shapes onto a QImage needs no application object, so none is made: a test run
    may create its own QApplication later.
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def write_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write dlready-SIZE.png for every size, dlready.ico and dlready.icns into `out`."""
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    drawn = {size: render_png(size, svg) for size in sorted({*PNG_SIZES, *ICNS_SIZES})}
    written = []
    for size in PNG_SIZES:
        path = out / f"dlready-{size}.png"
        path.write_bytes(drawn[size])
        written.append(path)
    images = {size: Image.open(io.BytesIO(data)) for size, data in drawn.items()}

    ico = out / "dlready.ico"
    largest = images[max(ICO_SIZES)]
    largest.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    written.append(ico)

    icns = out / "dlready.icns"
    images[max(ICNS_SIZES)].save(icns, format="ICNS",
                                 append_images=[images[s] for s in ICNS_SIZES[:-1]])
    written.append(icns)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for written_path in write_icons(target):
        print(written_path)
