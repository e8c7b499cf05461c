"""Languages: one function installs the translators; every window string goes through tr."""

from __future__ import annotations

import pytest

from wizard.gui.language import core_tr, install_language, languages


def test_english_installs_and_translates_as_is(qapp):
    assert install_language(qapp, "en") == "en"
    assert core_tr("questions", "Don't know") == "Don't know"
    assert "en" in languages()


def test_an_unknown_language_is_refused(qapp):
    with pytest.raises(ValueError, match="xx"):
        install_language(qapp, "xx")


@pytest.mark.parametrize("lang", [code for code in languages() if code != "en"])
def test_every_shipped_language_installs(qapp, lang):
    assert install_language(qapp, lang) == lang
    install_language(qapp, "en")
