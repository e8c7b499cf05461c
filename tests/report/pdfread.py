"""Reading a brief back with pypdf: its text, its fonts and its images."""

from __future__ import annotations

import io
from collections.abc import Iterator

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def reader(data: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """The text of every page."""
    return [page.extract_text() or "" for page in reader(data).pages]


def text(data: bytes) -> str:
    """All the text of the document, pages joined by newlines."""
    return "\n".join(page_texts(data))


def squeezed(value: str) -> str:
    """Text without any whitespace, to compare text that was wrapped onto lines."""
    return "".join(value.split())


def fonts(data: bytes) -> Iterator[DictionaryObject]:
    """Every font dictionary used on any page (including inside form XObjects)."""
    for page in reader(data).pages:
        yield from _fonts_in(page.get("/Resources"))


def _fonts_in(resources: object) -> Iterator[DictionaryObject]:
    if resources is None:
        return
    resources = resources.get_object()  # type: ignore[attr-defined]
    font_dict = resources.get("/Font")
    if font_dict is not None:
        for ref in font_dict.get_object().values():
            yield ref.get_object()
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form":
                yield from _fonts_in(xobject.get("/Resources"))


def descriptor(font: DictionaryObject) -> DictionaryObject | None:
    """The font descriptor of a simple font or of a Type 0 font's descendant."""
    if "/FontDescriptor" in font:
        return font["/FontDescriptor"].get_object()
    if "/DescendantFonts" in font:
        for child in font["/DescendantFonts"].get_object():
            child = child.get_object()
            if "/FontDescriptor" in child:
                return child["/FontDescriptor"].get_object()
    return None


def image_count(data: bytes, page_index: int) -> int:
    """How many image XObjects a page uses."""
    page = reader(data).pages[page_index]
    xobjects = page["/Resources"].get_object().get("/XObject")
    if xobjects is None:
        return 0
    return sum(
        1 for ref in xobjects.get_object().values() if ref.get_object().get("/Subtype") == "/Image"
    )
