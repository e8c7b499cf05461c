"""`dlready merge`, `compare` and `plan` as a person or a script runs them: real processes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.helpers.cases import CASE_FILES
from tests.test_cli import dlready
from wizard.core.engine import assess
from wizard.core.outcome import StepRow, steps
from wizard.core.storage import load
from wizard.teamcli import PLAN_COLUMNS, write_plan_csv

CREDIT = next(p for p in CASE_FILES if p.stem == "credit-scoring")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _participant(folder, name, **answers):
    document = json.loads(CREDIT.read_text("utf-8"))
    document["meta"]["assessor"] = name
    document["answers"].update(answers)
    path = folder / f"{name.lower()}.dlready"
    path.write_text(json.dumps(document), "utf-8")
    return path


def test_merge_writes_a_team_file_and_leaves_the_inputs_alone(tmp_path):
    files = [
        _participant(tmp_path, "Ana", problem_class="text", data_volume="lt_1k"),
        _participant(tmp_path, "Ben", problem_class="image"),
        _participant(tmp_path, "Cy"),
    ]
    before = [f.read_bytes() for f in files]
    team = tmp_path / "team.dlready"
    run = dlready("merge", *files, "-o", team)
    assert run.returncode == 0, run.stderr
    assert [f.read_bytes() for f in files] == before
    assert "problem_class" in run.stdout  # the tie is listed
    result = json.loads(dlready("assess", team, "--json").stdout)
    assert set(result["participants"]) == {"Ana", "Ben", "Cy"}
    for name, path in zip(("Ana", "Ben", "Cy"), files, strict=True):
        own = assess(load(path))
        assert result["participants"][name]["recommendation"] == own.recommendation.value
        assert result["participants"][name]["readiness"] == own.readiness.score
    by_question = {d["question"]: d for d in result["disagreement"]}
    assert set(by_question) == {"problem_class", "data_volume"}
    kind = json.loads(CREDIT.read_text("utf-8"))["answers"]["problem_class"]
    assert by_question["problem_class"]["answers"] == {"Ana": "text", "Ben": "image", "Cy": kind}


def test_merge_refuses_other_organisations_and_writing_over_an_input(tmp_path):
    ana = _participant(tmp_path, "Ana")
    other = json.loads(ana.read_text("utf-8"))
    other["meta"]["organisation"] = "Someone Else Ltd"
    stranger = tmp_path / "stranger.dlready"
    stranger.write_text(json.dumps(other), "utf-8")
    team = tmp_path / "team.dlready"
    run = dlready("merge", ana, stranger, "-o", team)
    assert run.returncode == 2 and "different organisations" in run.stderr
    assert not team.exists()
    assert dlready("merge", ana, stranger, "-o", team, "--force").returncode == 0
    original = ana.read_bytes()
    run = dlready("merge", ana, stranger, "-o", ana, "--force")
    assert run.returncode == 2 and ana.read_bytes() == original


def test_a_file_without_participants_prints_no_room_keys():
    result = json.loads(dlready("assess", CREDIT, "--json").stdout)
    assert "participants" not in result and "disagreement" not in result


def test_compare_json_lists_the_changes(tmp_path):
    later = _participant(tmp_path, "Later", data_volume="lt_1k")
    run = dlready("compare", CREDIT, later, "--json")
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    before = json.loads(CREDIT.read_text("utf-8"))["answers"]["data_volume"]
    assert result["changes"] == [{"question": "data_volume", "before": before, "after": "lt_1k"}]
    assert set(result["readiness"]["dimensions"]) == set(
        assess(load(CREDIT)).readiness.dimensions)
    text = dlready("compare", CREDIT, later)
    assert text.returncode == 0 and "→" in text.stdout


def test_plan_csv_has_one_row_per_step():
    run = dlready("plan", CREDIT, "--csv")
    assert run.returncode == 0, run.stderr
    rows = list(csv.reader(io.StringIO(run.stdout)))
    expected = steps(assess(load(CREDIT)))
    assert rows[0] == list(PLAN_COLUMNS)
    assert len(rows) == 1 + len(expected)
    assert [r[0] for r in rows[1:]] == [s.id for s in expected]
    assert all(r[5:] == ["", "", ""] for r in rows[1:])


def test_plan_csv_writes_one_row_per_step_even_with_line_breaks():
    rows = [StepRow(id=f"step-{i}", when=when, owner="ml_lead", text=f"Do {i}\nthen check\r",
                    done_when=f"{i} is done") for i, when in enumerate(("now", "30", "60", "90"))]
    out = io.StringIO()
    write_plan_csv(rows, out)
    parsed = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert [r[0] for r in parsed[1:]] == [row.id for row in rows]
    assert [r[3] for r in parsed[1:]] == [row.text for row in rows]


@pytest.mark.parametrize("payload", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)",
                                     "\t=1", "\r=1"])
def test_plan_csv_survives_a_formula_injection(payload):
    rows = [StepRow(id=payload, when="now", owner=payload, text=payload, done_when=payload)]
    out = io.StringIO()
    write_plan_csv(rows, out)
    parsed = list(csv.reader(io.StringIO(out.getvalue())))
    assert len(parsed) == 2
    assert all(not cell.startswith(FORMULA_START) for cell in parsed[1])
    # the text kept, but a quote before every line of it that would start a formula
    assert all(cell.replace("'", "") == payload for cell in (parsed[1][0], parsed[1][3]))


def test_missing_file_is_exit_2(tmp_path):
    for args in (("plan", tmp_path / "none.dlready"),
                 ("compare", CREDIT, tmp_path / "none.dlready")):
        run = dlready(*args)
        assert run.returncode == 2 and "no such file" in run.stderr


def test_assess_text_shows_where_the_room_disagrees(tmp_path):
    files = [_participant(tmp_path, "Ana", problem_class="text"), _participant(tmp_path, "Ben")]
    team = tmp_path / "team.dlready"
    assert dlready("merge", *files, "-o", team).returncode == 0
    run = dlready("assess", team)
    assert run.returncode == 0, run.stderr
    assert "Where the room disagrees:" in run.stdout and "Ana:" in run.stdout
    assert "Where the room disagrees" not in dlready("assess", CREDIT).stdout
