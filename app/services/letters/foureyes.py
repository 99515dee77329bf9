"""The four eyes of a signed letter checked against the letters database (where it is
at hand): the approval signature's certificate must be registered to a reviewer or the
head of unit, the issuing signature's to an officer, two different officers, and the
approver must not be the letter's drafter. ``letter verify`` adds the findings to its
report (``register``) and a failed check to its problems."""

from __future__ import annotations

from sqlalchemy import or_, select

from app.services import roles
from app.services.context import AppContext
from app.services.letters.verify import VerifyReport
from db.models import Letter, Officer, OfficerCertificate
from db.uow import unit_of_work


def check_register(ctx: AppContext, report: VerifyReport) -> None:
    approval, issuing = report._approval(), report._issuing()
    if approval is None or issuing is None or issuing is approval:
        return
    with unit_of_work(ctx.engine, readonly=True) as s:

        def owner(fp: str) -> Officer | None:
            row = s.execute(
                select(OfficerCertificate).where(OfficerCertificate.fingerprint_sha256 == fp)
            ).scalar_one_or_none()
            return s.get(Officer, row.officer_id) if row is not None else None

        approver, issuer = owner(approval.fingerprint_sha256), owner(issuing.fingerprint_sha256)
        letter = s.execute(
            select(Letter).where(
                or_(Letter.issued_sha256 == report.sha256, Letter.current_sha256 == report.sha256)
            )
        ).scalar_one_or_none()
        if approver is None:
            report.register.append(
                f"the approval certificate ({approval.signer}) is registered to no officer"
            )
            report.problems.append("four eyes: the approval certificate is registered to no officer here")
        else:
            role = roles.role_of(ctx, s, actor=approver.name)
            label = roles.ROLE_LABELS.get(role, role)
            report.register.append(f"approved with the certificate of {approver.name} ({label})")
            if role not in (roles.REVIEWER, roles.HEAD):
                report.problems.append(
                    f"four eyes: {approver.name} approved the letter but is {label}, "
                    "not a reviewer or head of unit"
                )
        if issuer is None:
            report.register.append(f"the issuing certificate ({issuing.signer}) is registered to no officer")
            report.problems.append("four eyes: the issuing certificate is registered to no officer here")
        else:
            report.register.append(f"issued with the certificate of {issuer.name}")
        if approver is not None and issuer is not None and approver.id == issuer.id:
            report.problems.append(f"four eyes: {approver.name} both approved and issued the letter")
        if letter is None:
            report.register.append("this file is not in the letters register of this database")
        else:
            report.register.append(f"letter {letter.id} of the register, drafted by {letter.drafted_by}")
            if approver is not None and roles.same_officer(approver.name, letter.drafted_by):
                report.problems.append(f"four eyes: {approver.name} drafted and approved the letter")
