"""Saved files hold ids, never words: a file saved in a German session opens in French."""

from __future__ import annotations

import json

from tests.helpers.cases import CASE_FILES
from wizard.core.engine import assess
from wizard.core.questions import QUESTIONS
from wizard.core.storage import load, save
from wizard.translation import translator_for


def test_assessed_in_german_saved_and_opened_in_french(tmp_path):
    for case in CASE_FILES:
        original = load(case)
        german = assess(original, translator_for("de"))
        path = tmp_path / case.name
        save(original, path)
        document = json.loads(path.read_text("utf-8"))
        for qid, value in document["answers"].items():
            assert value == "unsure" or value in QUESTIONS[qid].option_ids
        reopened = load(path)
        assert reopened.answers == original.answers
        french = assess(reopened, translator_for("fr"))
        assert french.recommendation == german.recommendation
        assert french.fit == german.fit
        assert [r.rule for r in french.reasons] == [r.rule for r in german.reasons]


def test_no_translated_label_reaches_the_file(tmp_path):
    original = load(CASE_FILES[0])
    path = tmp_path / "saved.dlready"
    save(original, path)
    text = path.read_text("utf-8")
    de = translator_for("de")
    for question in QUESTIONS.values():
        for option in question.options:
            label = de("questions", option.label)
            if len(label) > 12:
                assert label not in text
