"""Nothing the user typed or opened is ever shortened by the window."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

from tests.helpers.cases import CASE_FILES
from wizard.core.assessment import parse
from wizard.core.limits import MAX_FILE_BYTES
from wizard.gui.launch import page_names


def long_text(length: int, seed: str) -> str:
    line = f"{seed} – Ünïcødé, tabs\tand ‹marks› & <b>tags</b>; "
    text = "\n".join(line * 4 for _ in range(length // (len(line) * 4) + 1))
    return text[:length]


def test_a_note_of_100k_characters_survives_the_window(window, tmp_path):
    data = json.loads(CASE_FILES[0].read_text("utf-8"))
    data["meta"].update(organisation=long_text(100_000, "Org"), language="en")
    data["notes"] = {"budget": long_text(100_000, "Note"), "data_volume": "x" * 40_000}
    path = tmp_path / "long.dlready"
    path.write_text(parse(json.dumps(data)).to_json(), "utf-8")
    original = path.read_bytes()

    assert window.open_path(str(path))
    for page in page_names():
        window.wizard.show_page(page)
    assert not window.document.modified
    window.document.set_modified(True)
    assert window.save()
    assert path.read_bytes() == original


def test_every_text_field_holds_more_than_any_file(window):
    window.wizard.ensure_pages()
    for page in page_names():
        window.wizard.show_page(page)
    # a date field's own line edit holds a date, never text from a file
    fields = [field for field in window.findChildren(QLineEdit)
              if not isinstance(field.parent(), QAbstractSpinBox)]
    assert len(fields) > 10
    for field in fields:
        assert field.maxLength() > MAX_FILE_BYTES, field.accessibleName()
