"""Which language dlready speaks when none is given, and how codes are read."""

from __future__ import annotations

import pytest

from wizard import translation
from wizard.translation import (
    check_language,
    normalise_language,
    qt_translations_file,
    system_language,
)


@pytest.fixture
def environment(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize(("variables", "expected"), [
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "es_MX"}, "es"),
    ({"LANG": "it_IT.UTF-8"}, "en"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "de_DE.UTF-8", "LC_ALL": "C"}, "en"),
    ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"),
    ({"LANG": "de_DE.UTF-8", "LANGUAGE": "it:fr:de"}, "fr"),
    ({"LANG": "C", "LANGUAGE": "fr"}, "en"),
])
def test_system_language_follows_the_environment(environment, variables, expected):
    for name, value in variables.items():
        environment.setenv(name, value)
    assert system_language() == expected


def test_without_any_variable_the_platform_decides(environment):
    environment.setattr(translation, "_platform_languages", lambda: ["fr-FR", "en-US"])
    assert system_language() == "fr"
    environment.setattr(translation, "_platform_languages", lambda: [])
    assert system_language() == "en"


@pytest.mark.parametrize(("code", "expected"), [
    ("de", "de"), ("DE", "de"), ("de_AT", "de"), ("fr-CH", "fr"), ("es_ES.UTF-8", "es"),
    ("en@euro", "en"),
])
def test_codes_are_normalised(code, expected):
    assert normalise_language(code) == expected
    assert check_language(code) == expected


def test_unknown_language_names_the_choices():
    with pytest.raises(ValueError, match=r"'pt' is not available; choose one of: en, de, es, fr"):
        check_language("pt")


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_qt_ships_its_own_strings_for_each_language(lang):
    path = qt_translations_file(lang)
    assert path is not None and path.name == f"qtbase_{lang}.qm" and path.is_file()


def test_no_qt_file_for_a_language_qt_lacks():
    assert qt_translations_file("xx") is None
