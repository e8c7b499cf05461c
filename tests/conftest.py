"""Shared fixtures; Qt must run without a display, so the platform is set before any import."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402

from tests.helpers.cases import CASES_DIR  # noqa: E402


@pytest.fixture
def cases_dir():
    """The folder of example assessments copied from the shared cases."""
    return CASES_DIR
