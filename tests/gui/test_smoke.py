"""Every page builds and shows."""

from wizard.gui.wizard import RESULTS, WELCOME


def test_every_page_shows(window):
    from wizard.core.questions import SECTION_IDS

    for name in (WELCOME, *SECTION_IDS, RESULTS):
        window.wizard.show_page(name)
        assert window.wizard.page_name() == name
    assert window.wizard.results.result is not None
