"""The chip's trust: the CSCA certificates this workstation trusts to sign documents (Doc
9303-12), listed for everyone, imported (master list, CSCA certificate, CRL) by an
administrator. The import and its audit entry are the station's (verifier/station/chip.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from verifier.chip.pki import PkiError
from verifier.chip.trust import ImportOutcome, Kind, Listed
from verifier.gui.context import AppContext
from verifier.station.chip import csca_listing, import_csca


class TrustView(QWidget):
    """Validity is judged on the context's day (today unless a demo or test fixes it)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listed: list[Listed] = []
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by country or name (e.g. DEU, Utopia)"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Country"),
                self.tr("Certificate"),
                self.tr("Valid until"),
                self.tr("Status"),
                self.tr("SHA-256 fingerprint"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.import_button = QPushButton(self.tr("&Import a master list, CSCA or CRL…"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explain = QLabel(
            self.tr(
                "A chip's data is proved genuine only when its Document Signer is certified by "
                "one of these Country Signing CAs. Import them from a master list signed by a "
                "State you trust, or from a State's own CSCA certificate."
            )
        )
        explain.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        if not ctx.is_admin:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.tr("Only an administrator changes the trust list."))
        self.import_button.clicked.connect(self.import_file)
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.reload()

    def reload(self) -> None:
        self.listed = csca_listing(self.ctx.settings, self.ctx.today or dt.date.today())
        self._fill()

    def _fill(self) -> None:
        words = {
            "valid": self.tr("valid"),
            "expired": self.tr("expired"),
            "not_yet_valid": self.tr("not yet valid"),
        }
        wanted = self.filter.text().strip().casefold()
        shown = [
            c for c in self.listed if not wanted or wanted in f"{c.country} {c.subject}".casefold()
        ]
        self.table.setRowCount(len(shown))
        for row, cert in enumerate(shown):
            cells = (
                cert.country,
                cert.subject,
                cert.not_after.date().isoformat(),
                words.get(cert.status, cert.status),
                cert.fingerprint,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if cert.status != "valid":  # kept (documents it signed stay checkable), greyed
                    item.setForeground(QColor("#777777"))
                self.table.setItem(row, column, item)
        countries = len({c.country for c in self.listed})
        if not self.listed:
            self.status.setText(
                self.tr(
                    "No CSCA is trusted yet: chips can be read, but their data cannot be proved "
                    "genuine. An administrator imports a master list."
                )
            )
        else:
            self.status.setText(
                self.tr("{0} CSCA certificates of {1} countries; {2} shown.").format(
                    len(self.listed), countries, len(shown)
                )
            )

    def import_file(self, _checked: bool = False, path: Path | None = None) -> None:
        if not self.ctx.is_admin:
            self.status.setText(self.tr("Only an administrator changes the trust list."))
            return
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a master list, CSCA certificate or CRL"),
                "",
                self.tr("Master lists and certificates (*.ml *.der *.cer *.crt *.pem *.crl);;"
                        "All files (*)"),
            )  # fmt: skip
            if not name:
                return
            path = Path(name)
        chosen = path
        officer = self.ctx.officer.id if self.ctx.officer else None
        self.status.setText(self.tr("Checking {0}…").format(chosen.name))
        self.import_button.setEnabled(False)
        self.ctx.runner.run(  # a national master list takes a second to verify: off the GUI
            lambda: import_csca(self.ctx.station, chosen, officer),
            self._imported,
            self._failed,
            expected=(PkiError,),
            lane="store",
        )

    def _imported(self, outcome: ImportOutcome) -> None:
        self.import_button.setEnabled(True)
        self.reload()
        kinds = {
            Kind.MASTER_LIST: self.tr("Master list"),
            Kind.CERTIFICATE: self.tr("Certificate"),
            Kind.CRL: self.tr("Revocation list"),
        }
        text = self.tr("{0}: {1} added, {2} already trusted, {3} refused.").format(
            kinds[outcome.kind], outcome.added, outcome.already, len(outcome.refused)
        )
        if outcome.signer is not None and not outcome.signer_csca_trusted_before:
            text += " " + self.tr(
                "Its signer's CSCA was not trusted before: compare its SHA-256 fingerprint with "
                "the one its State publishes: {0}"
            ).format(outcome.signer_csca_fingerprint)
        self.status.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, PkiError):
            self.status.setText(self.tr("Refused, nothing was added: {0}").format(str(exc)))
        else:  # a fault: the runner reports it
            self.status.setText(self.tr("Not done: {0}").format(self.tr("an internal error.")))
