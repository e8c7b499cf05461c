"""The brief's paragraph: reportlab's, breaking its lines once for each width it is given.

reportlab wraps a paragraph again every time something measures it: a table wraps its cells
to size its rows and again to draw them, a KeepTogether (and a keepWithNext heading) wraps its
content to measure it and again to place it, and the board page measures its blocks before it
chooses among them. Breaking lines is most of the brief's layout time, and the lines for a
given width never change, so they are kept and handed back.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph as _Paragraph
from reportlab.rl_config import _FUZZ


class Paragraph(_Paragraph):
    """A reportlab Paragraph whose line breaking is remembered for each width."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        known: dict[float, tuple[Any, ...]] | None = self.__dict__.get("_broken")
        if known is None:
            known = self.__dict__["_broken"] = {}
        kept = known.get(availWidth)
        if kept is not None:
            (self.width, self.height, self.blPara, self._wrapWidths, self._width_max) = kept
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if availWidth >= _FUZZ and "blPara" in self.__dict__:
            known[availWidth] = (
                self.width,
                self.height,
                self.blPara,
                self._wrapWidths,
                self.__dict__.get("_width_max", 0),
            )
        return size  # type: ignore[no-any-return]
