"""The officer profile form: name, unit, e-mail and role of the officer using this
computer. One widget for Settings and the first-run welcome, so the two always ask
the same things the same way (and say the same when something is wrong)."""

from __future__ import annotations

from typing import Any

from app.services.settings import Settings
from app.ui.qt import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

ROLES = ("officer", "reviewer", "head", "auditor")


class OfficerForm(QGroupBox):
    """``hints``: example values in the empty fields and a note on the role (first
    run); Settings shows the fields plain."""

    def __init__(
        self, title: str, settings: Settings, parent: QWidget | None = None, *, hints: bool = False
    ) -> None:
        super().__init__(title, parent)
        self.name = QLineEdit(settings.officer_name)
        self.name.setPlaceholderText(self.tr("SURNAME Given name"))
        self.unit = QLineEdit(settings.officer_unit)
        self.email = QLineEdit(settings.officer_email)
        self.role = QComboBox()
        role_names = {
            "officer": self.tr("Case officer"),
            "reviewer": self.tr("Reviewer"),
            "head": self.tr("Head of unit"),
            "auditor": self.tr("Auditor"),
        }
        for r in ROLES:
            self.role.addItem(role_names[r], r)
        self.role.setCurrentIndex(max(self.role.findData(settings.officer_role), 0))
        if hints:
            self.unit.setPlaceholderText(self.tr("e.g. AI Office, Unit A.2"))
            self.email.setPlaceholderText(self.tr("name.surname@ec.europa.eu"))
            self.role.setToolTip(
                self.tr(
                    "Your role on this computer's database. On a team database a head of unit "
                    "grants roles; this choice is then only a reminder."
                )
            )
        for w, name in (
            (self.name, self.tr("Officer name")),
            (self.unit, self.tr("Unit")),
            (self.email, self.tr("E-mail")),
            (self.role, self.tr("Role")),
        ):
            w.setAccessibleName(name)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Unit:"), self.unit)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Role:"), self.role)

    def values(self) -> dict[str, Any]:
        """The typed profile as Settings fields."""
        return {
            "officer_name": self.name.text().strip(),
            "officer_unit": self.unit.text().strip(),
            "officer_email": self.email.text().strip(),
            "officer_role": str(self.role.currentData()),
        }

    def problem(self, *, name_required: bool = False) -> tuple[str, QWidget | None]:
        """('', None) when the profile can be saved, else (what is wrong, its field)."""
        v = self.values()
        if name_required and not v["officer_name"]:
            return self.tr("Type your name: it goes into the audit trail and onto letters."), self.name
        if v["officer_email"] and "@" not in v["officer_email"]:
            return self.tr("The e-mail address needs an '@'."), self.email
        return "", None
