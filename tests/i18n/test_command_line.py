"""`dlready --lang`: the same advice in every language, texts in the chosen one."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from tests.helpers.cases import CASE_FILES, CASES_DIR
from wizard.batch import run_assess
from wizard.core.assessment import AssessmentError, parse
from wizard.translation import translator_for

CREDIT = CASES_DIR / "credit-scoring.dlready"


def dlready(*args, lang_env="C.UTF-8"):
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DLREADY_PSEUDO")}
    env["LANG"] = lang_env
    return subprocess.run(
        [sys.executable, "-m", "wizard", *map(str, args)],
        capture_output=True, text=True, encoding="utf-8", env=env, check=False,
    )


def assess_json(case, *extra, **kwargs):
    run = dlready("assess", case, "--json", *extra, **kwargs)
    assert run.returncode == 0, run.stderr
    return run.stdout, json.loads(run.stdout)


def test_german_json_gives_the_english_advice_in_german_words():
    _, english = assess_json(CREDIT, "--lang", "en")
    text, german = assess_json(CREDIT, "--lang", "de")
    for key in ("recommendation", "fit", "readiness", "confidence", "unknown"):
        assert german[key] == english[key]
    assert [r["rule"] for r in german["reasons"]] == [r["rule"] for r in english["reasons"]]
    de = translator_for("de")
    assert german["reasons"]
    for en_reason, de_reason in zip(english["reasons"], german["reasons"], strict=True):
        if en_reason["rules"] == [en_reason["rule"]]:
            # One rule said alone is its own text; rules said together are joined in a line.
            assert de_reason["text"] == de("rules", en_reason["text"])
        assert de_reason["text"] != en_reason["text"]
        assert en_reason["text"] not in text
    # A part the engine does not compute yet is null in both languages.
    for en_risk, de_risk in zip(english["risks"] or [], german["risks"] or [], strict=True):
        assert de_risk["text"] != en_risk["text"]
    assert "Sicherheit" in german["confidence_note"]
    assert all(step["text"] != en["text"]
               for step, en in zip(german["next_steps"] or [], english["next_steps"] or [],
                                   strict=True))


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_every_case_gets_the_same_recommendation_in_every_language(lang):
    out = io.StringIO()
    assert run_assess([str(CASES_DIR)], csv_out=True, lang=lang, stdout=out) == 0
    english = io.StringIO()
    assert run_assess([str(CASES_DIR)], csv_out=True, lang="en", stdout=english) == 0
    assert out.getvalue() == english.getvalue()
    assert len(out.getvalue().splitlines()) == len(CASE_FILES) + 1


def test_text_output_is_german():
    run = dlready("assess", CREDIT, "--lang", "de")
    assert run.returncode == 0, run.stderr
    assert "Empfehlung: Klassisches Machine Learning" in run.stdout
    for english in ("Recommendation:", "Fit of each path:", "Why:", "Risks to watch:"):
        assert english not in run.stdout


def test_system_language_is_the_default():
    run = dlready("assess", CREDIT, lang_env="fr_FR.UTF-8")
    assert run.returncode == 0, run.stderr
    assert "Recommandation\u00a0: Machine learning classique" in run.stdout
    assert "Recommendation:" in dlready("assess", CREDIT, lang_env="C.UTF-8").stdout


@pytest.mark.parametrize("command", [("assess", CREDIT), ("report", CREDIT, "-o"), ("gui",)])
def test_unknown_language_is_one_line_and_exit_2(command, tmp_path):
    if command[0] == "report":
        command = (*command, tmp_path / "never.pdf")
    run = dlready(*command, "--lang", "xx")
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1
    assert "'xx'" in run.stderr and "de, es, fr" in run.stderr
    assert not (tmp_path / "never.pdf").exists()


def test_language_codes_are_normalised():
    _, german = assess_json(CREDIT, "--lang", "de_DE")
    assert german["reasons"][0]["text"] == translator_for("de")(
        "rules", json.loads(dlready("assess", CREDIT, "--json", "--lang", "en").stdout)
        ["reasons"][0]["text"])


def test_file_errors_are_translated(tmp_path):
    err = io.StringIO()
    missing = tmp_path / "missing.dlready"
    assert run_assess([str(missing)], lang="de", stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue() == f"dlready: {missing}: Datei nicht gefunden.\n"
    err = io.StringIO()
    assert run_assess([str(tmp_path)], lang="es", stdout=io.StringIO(), stderr=err) == 2
    assert "no hay archivos .dlready" in err.getvalue()
    bad = tmp_path / "bad.dlready"
    bad.write_text('{"format": "dlready-assessment", "version": 1, "answers": {"budget": "x"}}')
    err = io.StringIO()
    assert run_assess([str(bad)], lang="fr", stdout=io.StringIO(), stderr=err) == 2
    assert "La question 'budget' a la valeur" in err.getvalue()


def test_errors_stay_english_as_strings():
    with pytest.raises(AssessmentError) as caught:
        parse("")
    assert str(caught.value) == "The file is empty; expected a dlready assessment (JSON)."
    assert caught.value.translated(translator_for("de")).startswith("Die Datei ist leer")
