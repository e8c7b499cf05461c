"""The first page: who the assessment is for, and what the wizard will do."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from wizard.gui.document import Document
from wizard.gui.widgets import (
    ScrollBody,
    breakable,
    fixed_label,
    page_scroll_area,
    secondary,
    text_field,
)

ISO_DATE = "yyyy-MM-dd"


class WelcomePage(QWizardPage):
    """Organisation, project, assessor and date, with a paragraph on what comes next."""

    openRequested = Signal()  # noqa: N815 - Qt naming
    leaving = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setObjectName("page-welcome")
        self.setTitle(self.tr("Is deep learning the right tool?"))
        self.setSubTitle(breakable(
            self.tr("A readiness check for one use case, in plain language.")))

        # Long languages and large type make the page taller than the window: it scrolls.
        self.scroll_area = page_scroll_area(self, at_start_up=True)
        QVBoxLayout(self).addWidget(self.scroll_area)
        body = ScrollBody(self.scroll_area)
        outer = QHBoxLayout(body)
        outer.setContentsMargins(0, 0, 6, 0)
        column = QWidget(body)
        column.setMaximumWidth(self.fontMetrics().horizontalAdvance("m") * 70)
        outer.addWidget(column, 1)
        outer.addStretch(0)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fixed_label(self.tr(
            "This wizard asks plain questions about one use case: the business problem, the "
            "data, the budget, the skills in house and the risks. It then recommends classical "
            "machine learning, a pretrained service or transfer learning, or custom deep "
            "learning, and explains why, with the sources behind each reason and what would "
            "change its mind. It takes about fifteen minutes; every question can be answered "
            "\u201cDon't know\u201d, and nothing leaves this computer.")))
        layout.addSpacing(self.fontMetrics().height())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QLineEdit] = {}
        captions = {
            "organisation": (self.tr("&Organisation:"), self.tr("Company or public body")),
            "project": (self.tr("&Project:"), self.tr("The use case, in a few words")),
            "assessor": (self.tr("&Assessor:"), self.tr("Who answers the questions")),
        }
        for key, (caption, hint) in captions.items():
            field = text_field(self)
            field.setPlaceholderText(hint)
            field.setAccessibleName(caption.replace("&", "").rstrip(":"))
            field.textChanged.connect(lambda text, key=key: document.set_meta(key, text))
            form.addRow(caption, field)
            self.fields[key] = field
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(ISO_DATE)
        self.date.setAccessibleName(self.tr("Date"))
        self.date.dateChanged.connect(self._date_changed)
        form.addRow(self.tr("&Date:"), self.date)
        layout.addLayout(form)

        layout.addSpacing(self.fontMetrics().height())
        row = QHBoxLayout()
        # Text set apart from the constructor: PySide6 would otherwise weigh the (icon, text)
        # overload, and load QIcon's enums, some 2 ms of start-up.
        self.open_button = QPushButton(self)
        self.open_button.setText(self.tr("Open an assessment\u2026"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.openRequested)
        row.addWidget(self.open_button)
        row.addWidget(secondary(self.tr("or fill in the fields above and press Next."),
                                fixed=True), 1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        # Out of the Tab order, as on the other pages, but without the NoFocus policy: the Qt
        # namespace it needs costs start-up time (see widgets.py). Qt's Tab order skips a
        # widget with a focus proxy, and the first focus lands on the first field.
        self.scroll_area.setFocusProxy(self.fields["organisation"])

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        """Load the meta fields from the document."""
        for key, field in self.fields.items():
            value = self._document.meta.get(key, "")
            if field.text() != value:
                field.setText(value)
        shown = QDate.fromString(self._document.meta.get("date", ""), ISO_DATE)
        self.date.blockSignals(True)
        self.date.setDate(shown if shown.isValid() else QDate.currentDate())
        self.date.blockSignals(False)

    def _date_changed(self, value: QDate) -> None:
        self._document.set_meta("date", value.toString(ISO_DATE))

    def validatePage(self) -> bool:  # noqa: N802
        """Nothing is required; the question pages are built here the first time."""
        self.leaving.emit()
        return True

    def nextId(self) -> int:  # noqa: N802
        # The question pages are added when the question bank is first needed; until then
        # there is still a next page, so the wizard shows Next rather than Finish.
        return 1
