"""The reference library: templates with their images per light and features, officer notes,
and the import of a signed library package; beside them, the chip's trusted CSCAs and the
watch lists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from verifier.capture.hotfolder import light_of
from verifier.gui.context import AppContext
from verifier.gui.editor import TemplateEditor
from verifier.gui.fraudalerts import FraudAlertView
from verifier.gui.images import ImagePane, pixmap_of
from verifier.gui.resources import tr_text
from verifier.gui.trust import TrustView
from verifier.gui.watchlists import WatchListView
from verifier.imaging.loading import ImageError
from verifier.inspection.exemplar import draft_from_exemplar
from verifier.library import Template, TemplateError, load_template
from verifier.library.package import (
    PackageError,
    install_package,
    local_publisher_key,
    publish_template,
    trusted_publishers,
)
from verifier.library.units import LIGHTS, px_per_mm


class LibraryView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.templates: list[Template] = []
        self.list = QListWidget()
        self.info = QTextBrowser()
        self.tabs = QTabWidget()
        self.panes = {light: ImagePane() for light in LIGHTS}
        for light, pane in self.panes.items():
            self.tabs.addTab(pane, {"visible": self.tr("Visible light"), "uv": self.tr("UV 365 nm"),
                                    "ir": self.tr("IR 870 nm")}[light])  # fmt: skip
        self.import_button = QPushButton(self.tr("&Import a signed library package…"))
        self.draft_button = QPushButton(self.tr("New &draft from an exemplar…"))
        self.edit_button = QPushButton(self.tr("&Edit a draft…"))
        self.editor: TemplateEditor | None = None
        self.status = QLabel()
        self.status.setWordWrap(True)
        right = QVBoxLayout()
        right.addWidget(self.tabs, 3)
        right.addWidget(self.info, 2)
        right_box = QWidget()
        right_box.setLayout(right)
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(right_box)
        split.setSizes([260, 900])
        bottom = QHBoxLayout()
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.draft_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.status, 1)
        templates = QWidget()
        page = QVBoxLayout(templates)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(split, 1)
        page.addLayout(bottom)
        self.trust = TrustView(ctx)  # the chip's CSCA certificates
        self.watchlists = WatchListView(ctx)  # lost, stolen, revoked documents
        self.fraud_alerts = FraudAlertView(ctx)  # from the regional hub
        self.pages = QTabWidget()
        for page_widget, title in (
            (templates, self.tr("Document templates")),
            (self.trust, self.tr("Chip trust: CSCA certificates")),
            (self.watchlists, self.tr("Watch lists")),
            (self.fraud_alerts, self.tr("Fraud alerts")),
        ):
            self.pages.addTab(page_widget, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        self.list.currentRowChanged.connect(self.show_template)
        if not ctx.is_admin:  # as on the command line: only administrators change the library
            for button in (self.import_button, self.draft_button, self.edit_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Only an administrator changes the library."))
        self.import_button.clicked.connect(self.import_package)
        self.draft_button.clicked.connect(self.new_draft)
        self.edit_button.clicked.connect(self.edit_draft)
        self.reload()

    def reload(self) -> None:
        library = self.ctx.library
        self.templates = []
        problems = []
        for folder in sorted(
            p for p in library.iterdir() if p.is_dir() and not p.name.startswith("_")
        ):
            try:
                self.templates.append(load_template(folder))
            except TemplateError as exc:
                problems.append(str(exc))
        self.list.clear()
        for t in self.templates:
            self.list.addItem(f"{t.id} — {tr_text(t.name)}")
        self.status.setText(
            self.tr("Library: {0} ({1} templates).").format(library.name, len(self.templates))
            + (" " + self.tr("Invalid: {0}").format("; ".join(problems)) if problems else "")
        )
        if self.templates:
            self.list.setCurrentRow(0)

    def show_template(self, index: int) -> None:
        if not 0 <= index < len(self.templates):
            return
        t = self.templates[index]
        k = px_per_mm(t.dpi)
        for light, pane in self.panes.items():
            regions = [
                (QRectF(f.region.x * k, f.region.y * k, f.region.w * k, f.region.h * k),
                 tr_text(f.name), False)
                for f in t.features
                if f.light == light
            ]  # fmt: skip
            if light in t.images:
                pane.show_image(pixmap_of(Path(t.images[light])), regions)
            else:
                pane.clear()
        notes_file = t.folder / "notes.md"
        notes = notes_file.read_text(encoding="utf-8") if notes_file.is_file() else ""
        notes = "\n".join(_translated_line(line) for line in notes.splitlines())
        lights = {"visible": self.tr("visible"), "uv": "UV", "ir": "IR"}
        features = "\n".join(
            f"- **{_md(tr_text(f.name))}** ({lights.get(f.light, f.light)}, {f.routine}, "
            f"`{f.check}`): "
            f"{_md(tr_text(f.description))}"
            for f in t.features
        )
        self.info.setMarkdown(  # the library's notes are Markdown: shown as such, never as code
            f"### {_md(tr_text(t.name))}\n\n{t.issuing_state} · "
            f"{t.format.value if t.format else '?'} · {_md(t.series)}\n\n"
            f"{features}\n\n{notes}"
        )

    @property
    def drafts(self) -> Path:
        return self.ctx.settings.data_dir / "drafts"

    def new_draft(
        self,
        _checked: bool = False,
        template_id: str | None = None,
        images: dict[str, Path] | None = None,
    ) -> None:
        """Draft a template from a genuine exemplar's captures, then mark it in the editor."""
        if images is None:
            names, _ = QFileDialog.getOpenFileNames(
                self, self.tr("The exemplar's captures (visible, UV, IR)"), "",
                self.tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"),
            )  # fmt: skip
            images = {}
            for name in names:
                images.setdefault(light_of(name) or "visible", Path(name))
            if not images:
                return
        if template_id is None:
            template_id, ok = QInputDialog.getText(
                self, self.tr("New template"), self.tr("Template id (e.g. SRB-P-2008):")
            )
            if not ok:
                return
        try:
            inspector = self.ctx.inspector()
            folder, facts = draft_from_exemplar(
                self.drafts,
                template_id.strip().upper(),
                images,
                inspector.reader,
                inspector.face.matcher,
            )
        except (TemplateError, ImageError) as exc:
            reason = exc.reason if isinstance(exc, TemplateError) else str(exc)
            self.status.setText(self.tr("No draft: {0}").format(reason))
            return
        if facts.missing:
            self.status.setText(
                self.tr("Draft made; not found on the exemplar: {0}.").format(
                    "; ".join(facts.missing)
                )
            )
        self.edit_draft(folder=folder)

    def edit_draft(self, _checked: bool = False, folder: Path | None = None) -> None:
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("A draft"), str(self.drafts))
            if not chosen:
                return
            folder = Path(chosen)
        self.editor = TemplateEditor(folder, self, self.publish if self.ctx.is_admin else None)
        self.editor.show()

    def publish(self, draft: Path) -> str:
        """Add a finished template to the library in use as a new signed version (audited)."""
        settings = self.ctx.settings
        try:
            signer = local_publisher_key(settings.keys_dir, settings.trusted_publishers_dir)
            info = publish_template(draft, settings.library_dir, settings.bundled_library, signer)
        except (PackageError, TemplateError, OSError) as exc:
            return self.tr("Not published: {0}").format(str(exc))
        officer = self.ctx.officer.id if self.ctx.officer else None
        self.ctx.station.audit(
            "template_published",
            officer,
            {"template": draft.name, "library": info.id, "version": info.version},
        )
        self.ctx.reload_library()
        self.reload()
        return self.tr("Published {0} into the library (version {1}).").format(
            draft.name, info.version
        )

    def import_package(self, _checked: bool = False, package: Path | None = None) -> None:
        if not self.ctx.is_admin:
            self.status.setText(self.tr("Only an administrator changes the library."))
            return
        if package is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a library package"),
                "",
                self.tr("Library packages (*.zip *.vlib)"),
            )
            if not name:
                return
            package = Path(name)
        library_dir = self.ctx.settings.library_dir
        publishers = trusted_publishers(self.ctx.settings.trusted_publishers_dir)
        chosen = package
        self.status.setText(self.tr("Checking and installing {0}…").format(chosen.name))
        self.import_button.setEnabled(False)
        self.ctx.runner.run(  # verifying and unpacking a package takes seconds: off the GUI
            lambda: install_package(chosen, library_dir, publishers),
            self._imported,
            self._import_failed,
            expected=(PackageError, TemplateError, OSError),
            lane="store",
        )

    def _imported(self, info: Any) -> None:
        self.import_button.setEnabled(True)
        officer = self.ctx.officer.id if self.ctx.officer else None
        self.ctx.station.audit(
            "library_imported", officer, {"package": info.id, "version": info.version}
        )
        self.ctx.reload_library()
        self.reload()
        self.status.setText(self.tr("Installed {0} version {1}.").format(info.id, info.version))

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, PackageError | TemplateError | OSError):
            self.status.setText(self.tr("The package was refused: {0}").format(str(exc)))
        else:  # a fault: the runner reports it
            self.status.setText(self.tr("Not done: {0}").format(self.tr("an internal error.")))


def _translated_line(line: str) -> str:
    """One line of a template's Markdown notes in the officer's language: a heading or a list
    item keeps its marker, the text is looked up like every library text (``tr_text``)."""
    match = re.match(r"(\s*(?:#+\s+|[-*]\s+)?)(.*)", line)
    assert match is not None
    marker, text = match.groups()
    return marker + tr_text(text) if text.strip() else line


def _md(text: str) -> str:
    """Plain text safe inside Markdown (a name with * or _ stays a name)."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#" else ch for ch in text)
