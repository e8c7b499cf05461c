"""Workshop mode: participants by name, votes from the keyboard, blind until the reveal; the
compare view; the room on the results page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel

from tests.helpers.cases import CASE_FILES
from wizard.core.assessment import Assessment
from wizard.core.compare import compare
from wizard.core.questions import QUESTION_IDS, QUESTIONS, answer_label
from wizard.core.storage import load
from wizard.core.team import participants
from wizard.gui.compare import CompareDialog
from wizard.gui.workshop import WorkshopDialog, option_keys

CREDIT = next(p for p in CASE_FILES if p.stem == "credit-scoring")


def _dialog(qtbot, assessment=None):
    dialog = WorkshopDialog(assessment or Assessment())
    qtbot.addWidget(dialog)
    dialog.resize(1024, 768)
    dialog.show()
    return dialog


def _add(qtbot, dialog, *names):
    for name in names:
        dialog.name_edit.setFocus()
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    dialog.voters.setFocus()


def _shown_text(dialog):
    texts = [dialog.voters.item(i).text() for i in range(dialog.voters.count())]
    texts += [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
    return "\n".join(texts)


def test_votes_stay_hidden_until_the_facilitator_reveals_them(qtbot):
    dialog = _dialog(qtbot)
    _add(qtbot, dialog, "Ana", "Ben", "Cy")
    assert dialog.session.names == ["Ana", "Ben", "Cy"]
    qid = dialog.question_id
    keys = option_keys(qid)
    first, second = keys[0], keys[1]
    for key in (first[0], second[0], first[0]):  # Ana, Ben, Cy in turn
        qtbot.keyClicks(dialog, key)
    assert dialog.session.votes[qid] == {"Ana": first[1], "Ben": second[1], "Cy": first[1]}
    hidden = _shown_text(dialog)
    first_label = answer_label(qid, first[1])
    second_label = answer_label(qid, second[1])
    for row in dialog._rows:
        assert not row.bar.isVisible() and not row.who.isVisible()
    assert "Ana \u2014 " + first_label not in hidden
    assert second_label not in [dialog.voters.item(i).text().split(" \u2014 ")[1]
                                for i in range(3)]
    qtbot.keyClick(dialog, Qt.Key.Key_Space)  # reveal
    shown = _shown_text(dialog)
    assert f"Ana \u2014 {first_label}" in shown and f"Ben \u2014 {second_label}" in shown
    spread = {option: row for (_, option), row in zip(keys, dialog._rows, strict=True)}
    assert spread[first[1]].bar.isVisible() and spread[first[1]].bar.value() == 2
    assert spread[second[1]].bar.value() == 1
    assert spread[first[1]].who.text().endswith("Ana, Cy")
    assert spread[first[1]].choice.isChecked()  # the majority is the consensus by default
    qtbot.keyClicks(dialog, second[0])  # the facilitator decides
    assert dialog.session.consensus(qid) == second[1]
    assert spread[second[1]].choice.isChecked()


def test_done_writes_participants_and_the_consensus(qtbot):
    base = load(CREDIT)
    dialog = _dialog(qtbot, base)
    _add(qtbot, dialog, "Ana", "Ben")
    dialog.go(QUESTION_IDS.index("data_volume"))
    keys = dict((option, key) for key, option in option_keys("data_volume"))
    qtbot.keyClicks(dialog, keys["lt_1k"])
    qtbot.keyClicks(dialog, keys["lt_1k"])
    qtbot.keyClick(dialog, Qt.Key.Key_PageDown)
    assert dialog.question_id == QUESTION_IDS[QUESTION_IDS.index("data_volume") + 1]
    team = dialog.result_assessment()
    assert team.answers["data_volume"] == "lt_1k"
    assert {p.name: p.answers for p in participants(team)} == {
        "Ana": {"data_volume": "lt_1k"}, "Ben": {"data_volume": "lt_1k"}}
    for qid, value in base.answers.items():  # questions the room left alone are kept
        if qid != "data_volume":
            assert team.answers[qid] == value


def test_the_window_shows_the_room_on_the_results_page(window, qtbot, monkeypatch):
    from wizard.core.team import merge

    base = load(CREDIT)
    team = merge([("Ana", base.with_answers({"problem_class": "text"})),
                  ("Ben", base.with_answers({"problem_class": "image"})),
                  ("Cy", base)]).assessment
    window.document.replace(team, None, modified=False)
    window.go_to_page("results")
    boxes = [b for b in window.findChildren(QGroupBox) if b.objectName() == "section-room"]
    assert len(boxes) == 1
    text = "\n".join(w.text() for w in boxes[0].findChildren(QLabel))
    assert QUESTIONS["problem_class"].label in text
    assert all(name in text for name in ("Ana", "Ben", "Cy"))


def test_compare_view_shows_both_sides_and_the_changes(qtbot):
    before = load(CREDIT)
    after = before.with_answers({"data_volume": "lt_1k"})
    comparison = compare(before, after)
    dialog = CompareDialog(comparison)
    qtbot.addWidget(dialog)
    dialog.show()
    text = "\n".join(w.text() for w in dialog.findChildren(QLabel))
    assert QUESTIONS["data_volume"].label in text
    assert str(comparison.before_result.readiness.score) in text
    assert str(comparison.after_result.readiness.score) in text


def test_the_export_dialog_can_number_the_participants_and_remembers_it(qtbot):
    from wizard.gui.export import ExportDialog
    from wizard.gui.settings import Settings

    settings = Settings()
    dialog = ExportDialog(None, settings, "brief.pdf")
    qtbot.addWidget(dialog)
    assert not dialog.options().hide_names
    dialog.hide_names.setChecked(True)
    assert dialog.options().hide_names
    dialog.accept()
    assert Settings().hide_names
    again = ExportDialog(None, Settings(), "brief.pdf")
    qtbot.addWidget(again)
    assert again.hide_names.isChecked()


def test_a_long_list_of_options_is_keyed_past_nine(qtbot):
    dialog = _dialog(qtbot)
    _add(qtbot, dialog, "Ana")
    dialog.go(QUESTION_IDS.index("decision_area"))
    keys = option_keys("decision_area")
    assert len(keys) == len(QUESTIONS["decision_area"].allowed) > 10
    assert len({key for key, _ in keys}) == len(keys)
    last_key, last_option = keys[-2]  # the last option before "don't know"
    qtbot.keyClicks(dialog, last_key)
    assert dialog.session.votes["decision_area"] == {"Ana": last_option}


def test_file_menu_compare_and_portfolio(window, dialogs, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from wizard.gui import workshop_menu
    from wizard.gui.compare import CompareDialog

    texts = workshop_menu.texts()
    shown = {a.text() for a in window.menuBar().actions()[0].menu().actions()}
    assert {texts["workshop"], texts["compare"], texts["portfolio"]} <= shown

    window.open_path(str(CREDIT))
    earlier = tmp_path / "earlier.dlready"
    earlier.write_text(load(CREDIT).with_answers({"budget": "lt_50k"}).to_json(), "utf-8")
    dialogs.open_path = str(earlier)
    opened = []
    monkeypatch.setattr(CompareDialog, "exec", lambda self: opened.append(self) or 0)
    assert workshop_menu.compare_with(window)
    assert [c.question for c in opened[0].comparison.changes] == ["budget"]

    folder = tmp_path / "clients"
    folder.mkdir()
    for path in CASE_FILES[:3]:
        (folder / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialogs.save_path = str(tmp_path / "portfolio.pdf")
    monkeypatch.setattr("wizard.gui.export.offer_to_open", lambda *a: False)
    assert workshop_menu.make_portfolio(window)
    assert (tmp_path / "portfolio.pdf").read_bytes().startswith(b"%PDF")


def test_the_room_is_saved_with_the_file_and_opens_again(window, qtbot, tmp_path, monkeypatch):
    from wizard.gui import workshop_menu

    window.open_path(str(CREDIT))

    def vote(self):
        for name in ("Ana", "Ben", "Cy"):
            self.add_participant(name)
        self.go(QUESTION_IDS.index("budget"))
        keys = dict((option, key) for key, option in option_keys("budget"))
        for option in ("lt_50k", "lt_50k", "gt_1m"):
            self.record(keys[option])
        return WorkshopDialog.DialogCode.Accepted

    monkeypatch.setattr(WorkshopDialog, "exec", vote)
    assert workshop_menu.open_workshop(window)
    assert window.document.modified
    path = tmp_path / "team.dlready"
    window.document.save(path)
    saved = load(path)
    assert saved.answers["budget"] == "lt_50k"
    assert [p.name for p in participants(saved)] == ["Ana", "Ben", "Cy"]
    assert participants(saved)[2].answers == {"budget": "gt_1m"}
    window.open_path(str(path))
    again = WorkshopDialog(window.document.to_assessment())
    qtbot.addWidget(again)
    assert again.session.votes["budget"] == {"Ana": "lt_50k", "Ben": "lt_50k", "Cy": "gt_1m"}
    assert again.session.is_revealed("budget")
