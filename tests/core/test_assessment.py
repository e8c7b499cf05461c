"""Loading and saving assessment files: clear errors, nothing lost, nothing half-written."""

from __future__ import annotations

import json
import os

import pytest

from wizard.core.assessment import CURRENT_VERSION, Assessment, AssessmentError, Meta, parse
from wizard.core.storage import atomic_write, load, save


def _doc(**changes):
    document = {
        "format": "dlready-assessment",
        "version": 1,
        "meta": {"organisation": "Acme"},
        "answers": {"problem_class": "tabular"},
    }
    document.update(changes)
    return json.dumps(document)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("{not json", "not valid JSON (line 1"),
        ("[1, 2]", "JSON array"),
        (_doc(format="something-else"), "'format'"),
        (_doc(version="one"), "'version'"),
        (_doc(version=0), "'version' is 0"),
        (_doc(answers=[]), "'answers' is a JSON array"),
        (_doc(meta="Acme"), "'meta' is a JSON string"),
        (_doc(meta={"organisation": 5}), "'meta.organisation'"),
        (_doc(notes={"problem_class": 3}), "'notes.problem_class'"),
        (_doc(notes={"nope": "x"}), "Unknown question id \"nope\""),
    ],
)
def test_bad_documents_are_refused_with_the_field_named(text, expected):
    with pytest.raises(AssessmentError, match=None) as caught:
        parse(text)
    assert expected in str(caught.value)


def test_a_bad_value_names_the_question_the_value_and_the_allowed_values():
    with pytest.raises(AssessmentError) as caught:
        parse(_doc(answers={"data_volume": "lots"}))
    message = str(caught.value)
    assert "data_volume" in message and '"lots"' in message
    for allowed in ("lt_1k", "1k_10k", "10k_100k", "100k_1m", "gt_1m", "unsure"):
        assert allowed in message


def test_an_unknown_question_is_named_with_the_known_ones():
    with pytest.raises(AssessmentError) as caught:
        parse(_doc(answers={"colour": "blue"}))
    assert '"colour"' in str(caught.value) and "problem_class" in str(caught.value)


def test_a_newer_version_is_refused_naming_both_versions():
    with pytest.raises(AssessmentError) as caught:
        parse(_doc(version=CURRENT_VERSION + 1))
    assert f"version {CURRENT_VERSION + 1}" in str(caught.value)
    assert f"version {CURRENT_VERSION}" in str(caught.value)


def test_missing_and_unsure_answers_are_allowed():
    assessment = parse(_doc(answers={"problem_class": "unsure"}))
    assert assessment.answer("problem_class") == "unsure"
    assert assessment.answer("budget") == "unsure"
    assert assessment.known_answers() == {}


def test_unknown_top_level_and_meta_keys_survive_a_round_trip():
    text = _doc(crm_id="A-17", meta={"organisation": "Acme", "sector": "retail"})
    again = json.loads(parse(text).to_json())
    assert again["crm_id"] == "A-17"
    assert again["meta"]["sector"] == "retail"


def test_saved_files_hold_ids_in_bank_order_and_reload_equal(tmp_path):
    assessment = Assessment(
        meta=Meta(organisation="Ünïcødé Ελληνικά Кириллица & <b>"),
        answers={"budget": "lt_50k", "problem_class": "text"},
        notes={"budget": "Ask the CFO"},
    )
    path = tmp_path / "client.dlready"
    save(assessment, path)
    document = json.loads(path.read_text("utf-8"))
    assert list(document["answers"]) == ["problem_class", "budget"]
    assert load(path) == assessment


def test_saving_keeps_the_previous_file_as_bak(tmp_path):
    path = tmp_path / "client.dlready"
    save(Assessment(answers={"budget": "lt_50k"}), path)
    save(Assessment(answers={"budget": "gt_1m"}), path)
    assert load(path).answers == {"budget": "gt_1m"}
    assert load(tmp_path / "client.dlready.bak").answers == {"budget": "lt_50k"}


def test_a_failed_save_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "client.dlready"
    save(Assessment(answers={"budget": "lt_50k"}), path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(path, b"new content")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["client.dlready"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'{"format": "dlready-assessment", "version": 1, "answ', "not valid JSON"),
    ],
)
def test_load_names_the_file_and_leaves_it_untouched(tmp_path, content, expected):
    path = tmp_path / "bad.dlready"
    path.write_bytes(content)
    with pytest.raises(AssessmentError) as caught:
        load(path)
    assert str(path) in str(caught.value) and expected in str(caught.value)
    assert path.read_bytes() == content


def test_load_of_a_missing_file_or_a_folder(tmp_path):
    with pytest.raises(AssessmentError, match="no such file"):
        load(tmp_path / "missing.dlready")
    with pytest.raises(AssessmentError, match="folder"):
        load(tmp_path)


def test_saved_files_get_the_usual_mode_or_keep_their_own(tmp_path):
    path = tmp_path / "client.dlready"
    umask = os.umask(0o022)
    try:
        save(Assessment(), path)
        assert path.stat().st_mode & 0o777 == 0o644
        path.chmod(0o600)
        save(Assessment(answers={"budget": "gt_1m"}), path)
        assert path.stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(umask)


def test_errors_can_be_shown_in_another_language(tmp_path):
    path = tmp_path / "bad.dlready"
    path.write_text(_doc(answers={"budget": "lots"}), "utf-8")
    with pytest.raises(AssessmentError) as caught:
        load(path)
    marked = caught.value.translated(lambda context, text: f"[{context}] {text}")
    # The file's name wraps the problem: both sentences are translated, the values kept.
    assert marked.startswith(f"[errors] {path}: [errors] Question 'budget'")
    assert '"lots"' in marked and "lt_50k" in marked


def test_a_taken_temporary_name_is_skipped_and_nothing_is_left_behind(tmp_path, monkeypatch):
    import os

    from wizard.core import writing

    names = iter(["taken", "taken", "free"])
    monkeypatch.setattr(writing, "_token", lambda: next(names))
    taken = tmp_path / f".client.dlready.{os.getpid()}-taken.tmp"
    taken.write_bytes(b"someone else's")
    save(Assessment(answers={"budget": "lt_50k"}), tmp_path / "client.dlready")
    assert load(tmp_path / "client.dlready").answers == {"budget": "lt_50k"}
    assert taken.read_bytes() == b"someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == [taken.name, "client.dlready"]
