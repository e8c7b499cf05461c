"""Names in scripts the brief's font lacks are named before the brief is written."""

from __future__ import annotations

from tests.helpers.cases import CASES_DIR
from tests.report.conftest import GREEK_CYRILLIC
from wizard.cli import main
from wizard.core.storage import load, save
from wizard.report.scripts import problems, warnings

CHINESE = "上海数据科技有限公司"
ARABIC = "شركة البيانات"
HEBREW = "חברת נתונים"


def test_latin_greek_and_cyrillic_are_printed_as_written():
    assert problems(["Zoë Ångström, Łódź, Çağlar, Dvořák", GREEK_CYRILLIC]) == ("", "")


def test_chinese_is_named_as_missing_and_arabic_and_hebrew_as_backwards():
    missing, backwards = problems([CHINESE, ARABIC, HEBREW])
    assert set(missing) == set(CHINESE)
    assert set(backwards) == set((ARABIC + HEBREW).replace(" ", ""))


def test_warnings_come_in_the_users_language(credit):
    meta = credit.meta.model_copy(update={"organisation": CHINESE})
    found = warnings(credit.model_copy(update={"meta": meta}), lambda c, t: f"[{t}]")
    assert len(found) == 1 and found[0].startswith("[") and "上" in found[0]
    assert warnings(credit, lambda c, t: t) == []


def test_the_command_names_the_characters_and_still_writes_the_brief(tmp_path, capsys):
    credit = load(CASES_DIR / "credit-scoring.dlready")
    notes = {"problem_class": f"Ask {ARABIC}"}
    meta = credit.meta.model_copy(update={"organisation": CHINESE})
    source = tmp_path / "cn.dlready"
    save(credit.model_copy(update={"meta": meta, "notes": notes}), source)
    out = tmp_path / "brief.pdf"
    assert main(["report", str(source), "-o", str(out), "--lang", "de"]) == 0
    err = capsys.readouterr().err
    assert out.read_bytes().startswith(b"%PDF")
    lines = err.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("dlready: warning: ") for line in lines)
    assert "上" in lines[0] and "ش" in lines[1]
    assert "Schrift" in err  # German, as asked


def test_a_plain_brief_warns_of_nothing(tmp_path, capsys):
    out = tmp_path / "brief.pdf"
    assert main(["report", str(CASES_DIR / "credit-scoring.dlready"), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
