"""The small mechanisms under the declarations: migration, validation of rules, lookups."""

from __future__ import annotations

import json
import os

import pytest

from wizard.core import assessment as assessment_module
from wizard.core.assessment import AssessmentError, parse
from wizard.core.questions import QUESTIONS, answer_label, section
from wizard.core.rulemodel import FitRule, any_of
from wizard.core.storage import load


def test_an_older_version_is_migrated_step_by_step(monkeypatch):
    def rename_field(document):
        document["answers"] = document.pop("responses")
        return document

    current = assessment_module.CURRENT_VERSION
    monkeypatch.setattr(assessment_module, "CURRENT_VERSION", current + 1)
    monkeypatch.setitem(assessment_module.MIGRATIONS, current, rename_field)
    old = {"format": "dlready-assessment", "version": 1, "responses": {"budget": "gt_1m"}}
    migrated = parse(json.dumps(old))
    assert migrated.answers == {"budget": "gt_1m"}
    assert migrated.version == current + 1


def test_a_rule_reading_an_unknown_option_is_refused_when_declared():
    with pytest.raises(ValueError, match="budget"):
        FitRule(id="x", when=any_of("budget", "infinite"), fit={}, text="t", source="cs231n")


def test_a_rule_citing_an_unknown_source_is_refused_when_declared():
    with pytest.raises(ValueError, match="unknown source"):
        FitRule(id="x", fit={}, text="t", source="hearsay")


def test_lookups_name_what_is_missing():
    with pytest.raises(KeyError):
        QUESTIONS["budget"].option("infinite")
    with pytest.raises(KeyError):
        section("nowhere")
    assert section("data").title == "Data"
    assert answer_label("budget", "unsure") == "Don't know"
    assert answer_label("budget", "gt_1m") == "More than $1 million"


def test_an_unreadable_file_is_reported_not_raised(tmp_path, monkeypatch):
    path = tmp_path / "locked.dlready"
    path.write_text("{}", "utf-8")

    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: refuse the open instead
        import wizard.core.reading

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(wizard.core.reading.os, "open", refuse)
    with pytest.raises(AssessmentError, match="cannot be read"):
        load(path)


def test_with_answers_changes_a_copy():
    original = parse('{"format": "dlready-assessment", "version": 1}')
    changed = original.with_answers({"budget": "lt_50k"})
    assert changed.answers == {"budget": "lt_50k"}
    assert original.answers == {}
