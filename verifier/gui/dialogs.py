"""The dialogs of a decision that must be defended: a reason that cannot be left empty, what to
do with an inspection left without a decision, and an addendum to a signed report."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from verifier.gui.resources import tr_text
from verifier.reports.book import MAX_NOTES, Decision
from verifier.reports.render import CLASSIFICATIONS, DECISIONS, VERDICTS

ROLE_WORDS = {  # translated where shown: words()
    "officer": QT_TRANSLATE_NOOP("words", "Officer"),
    "trainer": QT_TRANSLATE_NOOP("words", "Trainer"),
    "admin": QT_TRANSLATE_NOOP("words", "Administrator"),
}
KIND_WORDS = {  # training sessions
    "pre": QT_TRANSLATE_NOOP("words", "Pre-test"),
    "post": QT_TRANSLATE_NOOP("words", "Post-test"),
    "practice": QT_TRANSLATE_NOOP("words", "Practice"),
}
THEME_WORDS = {
    "default": QT_TRANSLATE_NOOP("words", "Standard"),
    "high-contrast": QT_TRANSLATE_NOOP("words", "High contrast"),
}


def words(value: str | None, table: dict[str, object]) -> str:
    """A stored value of the GUI's own (role, session kind, theme) in the officer's language."""
    english = table.get(value or "", value)
    return QCoreApplication.translate("words", str(english))


def decision_word(outcome: str | None) -> str:
    """A decision's outcome in the officer's language: the same words as the printed report
    (``reports.render.DECISIONS``); none recorded for an empty outcome."""
    return tr_text(DECISIONS.get(outcome or None, outcome))


def verdict_word(verdict: str | None) -> str:
    """A verdict value in the officer's language (``reports.render.VERDICTS``)."""
    return tr_text(VERDICTS.get(verdict or "", verdict))


class ReasonDialog(QDialog):
    """Asks for a reason; the action button stays off until there is one."""

    def __init__(
        self, title: str, explanation: str, action: str, text: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        label = QLabel(explanation)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.reason = QPlainTextEdit()
        self.reason.setPlainText(text)
        self.reason.setPlaceholderText(self.tr("Your reason (it is signed into the report)"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = QPushButton(action)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(self._changed)
        self._changed()
        self.reason.setFocus()

    def _changed(self) -> None:
        text = self.reason.toPlainText()
        if len(text) > MAX_NOTES:
            self.reason.setPlainText(text[:MAX_NOTES])
        self.accept_button.setEnabled(bool(text.strip()))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def ask_reason(
    parent: QWidget, title: str, explanation: str, action: str, text: str = ""
) -> str | None:
    """The reason, or None when the officer cancels."""
    dialog = ReasonDialog(title, explanation, action, text, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def undecided_box(parent: QWidget) -> tuple[QMessageBox, QPushButton]:
    """The question asked when an inspection without a decision would be left, and its
    "record as not decided" button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("NoDecisionYet", "No decision yet"))
    box.setText(QCoreApplication.translate("NoDecisionYet", "This inspection has no decision yet."))
    box.setInformativeText(
        QCoreApplication.translate(
            "NoDecisionYet",
            "Decide it now, or record it as not decided with a reason: either way the "
            "inspection stays in the record.",
        )
    )
    decide = box.addButton(
        QCoreApplication.translate("NoDecisionYet", "&Decide now"),
        QMessageBox.ButtonRole.RejectRole,
    )
    record = box.addButton(
        QCoreApplication.translate("NoDecisionYet", "&Record as not decided…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.setDefaultButton(decide)
    return box, record


def ask_undecided(parent: QWidget) -> str:
    """An inspection has no decision: ``record`` (as not decided, with a reason) or
    ``decide`` (go back to it)."""
    box, record = undecided_box(parent)
    box.exec()
    return "record" if box.clickedButton() is record else "decide"


class AddendumDialog(QDialog):
    """An addendum: its text (required) and, if it changes, the corrected decision."""

    def __init__(self, seq: int, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Addendum to report #{0}").format(seq))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "A signed report is never changed. An addendum corrects or completes it: it is "
                "signed, added to the chain and shown with the report."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.decision = QComboBox()
        self.decision.addItem(
            self.tr("Decision unchanged ({0})").format(decision_word(current)), ""
        )
        for value in (Decision.RELEASED, Decision.REFERRED, Decision.SUSPECTED_FRAUD):
            self.decision.addItem(
                self.tr("Correct the decision to: {0}").format(decision_word(value.value)),
                value.value,
            )
        layout.addWidget(self.decision)
        self.classification = QComboBox()  # an expert's finding, counted at the regional hub
        self.classification.addItem(self.tr("No expert classification"), "")
        for kind, words in CLASSIFICATIONS.items():
            self.classification.addItem(
                self.tr("Expert's classification: {0}").format(tr_text(words)), kind
            )
        layout.addWidget(self.classification)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("What it corrects or adds, and why"))
        layout.addWidget(self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = QPushButton(self.tr("&Sign and add"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(
            lambda: self.accept_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.accept_button.setEnabled(False)

    def chosen(self) -> tuple[str, Decision | None, str | None]:
        """The text, the corrected decision, the expert's classification (None: unchanged)."""
        value = str(self.decision.currentData() or "")
        kind = str(self.classification.currentData() or "") or None
        text = self.reason.toPlainText().strip()[:MAX_NOTES]
        return text, Decision(value) if value else None, kind
