"""Dialogs of the Evidence tab: the details of an intake, and what a model folder
says (with the case subject it proposes)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from app.domain.errors import BadInput
from app.services import evidence as ev
from app.services import model_inspect
from app.ui.dialogs.form import DateEdit, FormDialog
from app.ui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from app.ui.tabs.evidence_state import LARGE_INTAKE
from app.ui.units import format_bytes


class IntakeDialog(FormDialog):
    """Description, source URL, retrieval date and "reference only" for an intake.
    Submit mode: a refusal (a source URL that is not one) comes back into this dialog,
    beside its field, with the files and everything typed kept."""

    def __init__(
        self, paths: list[str], total: int, parent: QWidget | None = None, *, model: bool = False
    ) -> None:
        super().__init__(parent, self.tr("Attach evidence"), self.tr("Attach"), submit_mode=True)
        self.paths = list(paths)
        names = ", ".join(Path(p).name for p in paths[:3]) + (" …" if len(paths) > 3 else "")
        self.set_intro(
            self.tr("%1 item(s): %2 (%3)")
            .replace("%1", str(len(paths)))
            .replace("%2", names)
            .replace("%3", format_bytes(total))
        )
        self.description = QLineEdit()
        self.description.setAccessibleName(self.tr("Description"))
        self.source_url = QLineEdit()
        self.source_url.setPlaceholderText("https://")
        self.source_url.setAccessibleName(self.tr("Source URL"))
        self.retrieved = DateEdit()
        self.retrieved.setDate(dt.date.today())
        self.retrieved.setAccessibleName(self.tr("Retrieval date"))
        big = total > LARGE_INTAKE
        self.reference_only = QCheckBox(
            self.tr("Weight files by reference only (hash them where they lie, do not copy)")
            if model
            else self.tr("Reference only (hash the files where they lie, do not copy)")
        )
        self.reference_only.setChecked(big)
        self.reference_only.setAccessibleName(self.tr("Reference only"))
        self.add_field(self.tr("&Description:"), self.description)
        self.add_field(self.tr("Source &URL:"), self.source_url)
        self.add_field(self.tr("&Retrieved on:"), self.retrieved)
        self.add_field("", self.reference_only)
        self.description.setFocus()

    def field_for(self, message: str) -> QWidget | None:
        """Which field a refusal speaks of (the service names the value it refuses)."""
        url = self.source_url.text().strip()
        if url and url in message or "URL" in message:
            return self.source_url
        if "Description" in message or "description" in message:
            return self.description
        return None

    def values(self) -> dict[str, Any]:
        d = self.retrieved.date()
        url = self.source_url.text().strip()
        return {
            "description": self.description.text().strip(),
            "source_url": url,
            "retrieved_at": dt.datetime(d.year(), d.month(), d.day(), tzinfo=dt.UTC) if url else None,
            "reference_only": self.reference_only.isChecked(),
        }


class ModelImportDialog(QDialog):
    """Shows what a model folder says and proposes the case subject."""

    def __init__(self, facts: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import model folder"))
        self.setMinimumSize(640, 520)
        self.facts = facts
        summary = QTextEdit()
        summary.setReadOnly(True)
        summary.setPlainText("\n".join(model_inspect.summary_lines(facts)))
        summary.setAccessibleName(self.tr("Facts read from the model folder"))
        prop = ev.propose_subject(facts)
        self.name = QLineEdit(prop.name)
        self.name.setAccessibleName(self.tr("Subject name"))
        self.parameters = QLineEdit("" if prop.parameters is None else str(prop.parameters))
        self.parameters.setAccessibleName(self.tr("Parameter count"))
        self.parameters.setPlaceholderText(self.tr("unknown"))
        self.architecture = QLineEdit(prop.architecture)
        self.architecture.setAccessibleName(self.tr("Architecture"))
        self.licence = QLineEdit(prop.licence)
        self.licence.setAccessibleName(self.tr("Licence"))
        self.update_subject = QCheckBox(self.tr("Set the case subject to these values"))
        self.update_subject.setChecked(True)
        self.attach = QCheckBox(self.tr("Attach the folder as evidence"))
        self.attach.setChecked(True)
        self.weights_by_reference = QCheckBox(
            self.tr("Weight files by reference only (hash them where they lie, do not copy)")
        )
        weights = sum(
            f["size"] for f in facts.get("files", []) if str(f["path"]).lower().endswith(ev.WEIGHT_SUFFIXES)
        )
        self.weights_by_reference.setChecked(weights > LARGE_INTAKE)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Parameters"), self.parameters)
        form.addRow(self.tr("Architecture"), self.architecture)
        form.addRow(self.tr("Licence"), self.licence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b91c1c;")
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("What the folder says (each fact names the file it came from):")))
        lay.addWidget(summary, 1)
        lay.addWidget(QLabel(self.tr("Proposed case subject — check and correct before confirming:")))
        lay.addLayout(form)
        lay.addWidget(self.update_subject)
        lay.addWidget(self.attach)
        lay.addWidget(self.weights_by_reference)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def proposal(self) -> ev.SubjectProposal:
        raw = self.parameters.text().replace(",", "").replace("_", "").replace(" ", "").strip()
        if raw and not raw.isdigit():
            raise BadInput(self.tr("The parameter count must be a whole number (or empty if unknown)."))
        return ev.SubjectProposal(
            name=self.name.text().strip(),
            parameters=int(raw) if raw else None,
            architecture=self.architecture.text().strip(),
            licence=self.licence.text().strip(),
        )

    def _accept(self) -> None:
        try:
            prop = self.proposal()
            if self.update_subject.isChecked() and not prop.name:
                raise BadInput(self.tr("The subject name is empty."))
        except BadInput as err:
            self.error.setText(str(err))
            return
        self.accept()
