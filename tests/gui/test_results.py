"""The results page names what the core returns with the core's own declarations."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGroupBox, QLabel, QToolButton

from tests.helpers.cases import CASE_FILES
from wizard.core.labels import BAND_LABELS, CONFIDENCE_LABELS, DIMENSION_LABELS
from wizard.core.paths import PATH_ORDER, PATHS
from wizard.core.questions import QUESTIONS
from wizard.gui.charts import FitBars, RadarChart
from wizard.gui.language import install_language
from wizard.translation import available_languages, translator_for


@pytest.fixture
def english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


@pytest.mark.parametrize("lang", available_languages())
def test_band_confidence_dimension_and_path_names_come_from_the_core(qapp, english, window,
                                                                     lang):
    install_language(qapp, lang)
    window.language = lang
    tr = translator_for(lang)
    window.open_path(str(CASE_FILES[0]))
    window.wizard.show_page("results")
    page = window.wizard.results
    result = page.result

    readiness = result.readiness
    radar = page.findChild(RadarChart)
    named = [f"{tr('labels', DIMENSION_LABELS[key])}: {value}"
             for key, value in readiness.dimensions.items()]
    assert radar.accessibleDescription() == "; ".join(named) + f". {readiness.score}/100"
    band = tr("labels", BAND_LABELS[readiness.band])
    assert any(band in box.title() for box in page.findChildren(QGroupBox))
    confidence = page.findChild(QLabel, "confidence")
    assert confidence.accessibleDescription() == tr("labels", CONFIDENCE_LABELS[result.confidence])

    fit = page.findChild(FitBars)
    assert fit.accessibleDescription() == "; ".join(
        f"{tr('paths', PATHS[p].name)}: {result.fit[p]}" for p in PATH_ORDER)
    links = [b for b in page.findChildren(QToolButton) if b.property("question_id")]
    assert links
    for link in links:
        question = QUESTIONS[link.property("question_id")]
        assert link.text() == "\u2192 " + tr("questions", question.label)
