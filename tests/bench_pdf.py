"""Benchmark: the full brief's export time against a floor, a one-page PDF with one chart.

Run it as a script (pytest does not collect it):

    /work/venv/bin/python tests/bench_pdf.py [--reps N] [--case FILE]

Both are measured in this one process after a warm-up run of each, so imports, font
registration and matplotlib's font cache are paid before timing starts; the two alternate,
and the median of N runs of each is compared. Both write a PDF file to the same temporary
folder; the brief goes through `write_brief` exactly as `dlready report` does (temporary
file, fsync, rename).

The floor is the least a PDF with a chart costs here: one matplotlib figure (object API,
Agg) of the same size and resolution as the brief's charts, saved as PNG and placed with a
heading on one reportlab page with the default style sheet (built-in Helvetica, nothing
embedded). Two more floors are printed for reference: the same page with DejaVu Sans
embedded as the brief needs, and the same page with its chart drawn as vectors by the
brief's own renderer (wizard.report.vector) instead of as a PNG.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TARGET = 1.2
CHART_MM = (170, 68)


def floor_vector(path: Path) -> None:
    """One page: a heading and one chart, drawn by the brief's vector renderer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from wizard.report import charts, fonts
    from wizard.report.styles import styles
    from wizard.report.vector import VectorChart

    fonts.register()
    figure = charts.bar_figure(
        ["Strategy", "Data", "People", "Infrastructure", "Governance"],
        [70, 55, 60, 72, 65],
        colours=[charts.ACCENT] * 5,
        width_mm=CHART_MM[0],
        height_mm=CHART_MM[1],
    )
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, initialFontName=fonts.REGULAR)
    doc.build([Paragraph("Readiness by dimension", styles().h1), VectorChart(figure)])


def floor(path: Path, *, embed: bool) -> None:
    """One page: a heading and one matplotlib bar chart as a PNG image."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Paragraph, SimpleDocTemplate

    figure = Figure(figsize=(CHART_MM[0] / 25.4, CHART_MM[1] / 25.4), dpi=200)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.barh(range(5), [70, 55, 60, 72, 65])
    axes.set_yticks(range(5), ["Strategy", "Data", "People", "Infrastructure", "Governance"])
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=200, metadata={"Software": None})
    png.seek(0)
    heading = getSampleStyleSheet()["Heading1"]
    doc_args = {}
    if embed:
        from wizard.report import fonts

        fonts.register()
        heading.fontName = fonts.BOLD
        doc_args = {"initialFontName": fonts.REGULAR}
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, **doc_args)
    doc.build(
        [
            Paragraph("Readiness by dimension", heading),
            Image(png, width=CHART_MM[0] * mm, height=CHART_MM[1] * mm),
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=21)
    parser.add_argument(
        "--case", default=str(ROOT / "tests" / "fixtures" / "cases" / "credit-scoring.dlready")
    )
    args = parser.parse_args()

    from wizard.core.storage import load
    from wizard.report.brief import write_brief

    assessment = load(args.case)
    runs: dict[str, list[float]] = {
        "brief": [],
        "floor": [],
        "floor_embedded": [],
        "floor_vector": [],
    }
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        jobs = {
            "brief": lambda: write_brief(
                assessment, out / "brief.pdf", consultant="A. Adviser", paper="a4"
            ),
            "floor": lambda: floor(out / "floor.pdf", embed=False),
            "floor_embedded": lambda: floor(out / "floor-embedded.pdf", embed=True),
            "floor_vector": lambda: floor_vector(out / "floor-vector.pdf"),
        }
        for job in jobs.values():  # warm-up: imports, fonts, caches
            job()
        for _ in range(args.reps):
            for name, job in jobs.items():
                start = time.perf_counter()
                job()
                runs[name].append(time.perf_counter() - start)
        pages = _pages(out / "brief.pdf")

    median = {name: statistics.median(times) for name, times in runs.items()}
    ratio = median["brief"] / median["floor"]
    rows = (
        ("full brief", f"{pages} pages, 3 charts (vector)", median["brief"]),
        ("floor", "1 page, 1 PNG chart, Helvetica", median["floor"]),
        ("floor, embedded font", "1 page, 1 PNG chart, DejaVu", median["floor_embedded"]),
        ("floor, vector chart", "1 page, 1 vector chart, DejaVu", median["floor_vector"]),
    )
    print(f"in-process, warm, median of {args.reps} runs each ({Path(args.case).name})")
    for name, what, seconds in rows:
        print(f"  {name:<22} {what:<32} {seconds * 1000:7.1f} ms")
    print(f"  brief / floor                {ratio:.2f}x   (target <= {TARGET}x)")
    print(f"  brief / embedded-font floor  {median['brief'] / median['floor_embedded']:.2f}x")
    print(f"  brief / vector-chart floor   {median['brief'] / median['floor_vector']:.2f}x")
    return 0 if ratio <= TARGET else 1


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


if __name__ == "__main__":
    sys.exit(main())
