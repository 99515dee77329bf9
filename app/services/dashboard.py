"""Numbers for the dashboard, computed with SQL aggregates (no rows loaded)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select

from app.domain import lifecycle
from app.services.cases import CLOSED_STATES
from app.services.context import AppContext
from db.models import Case
from db.uow import unit_of_work


@dataclass(frozen=True)
class Dashboard:
    by_status: dict[str, int]
    overdue: int
    due_this_week: int
    clock_stopped: int
    total: int
    # "YYYY-MM" -> {outcome label -> count}, oldest month first, last `months` months
    outcomes_by_month: dict[str, dict[str, int]] = field(default_factory=dict)


def _month_keys(today: dt.date, months: int) -> list[str]:
    keys = []
    y, m = today.year, today.month
    for _ in range(months):
        keys.append(f"{y:04d}-{m:02d}")
        m -= 1
        if m == 0:
            y, m = y - 1, 12
    return list(reversed(keys))


def dashboard(ctx: AppContext, *, months: int = 12, today: dt.date | None = None) -> Dashboard:
    today = today or dt.datetime.now(dt.UTC).date()
    open_case = Case.status.not_in(CLOSED_STATES)
    with unit_of_work(ctx.engine, readonly=True) as s:
        by_status = {st.value: 0 for st in lifecycle.Status}
        for status, n in s.execute(select(Case.status, func.count()).group_by(Case.status)):
            by_status[status] = int(n)
        overdue = s.execute(
            select(func.count()).where(
                and_(open_case, Case.due_date < today, Case.clock_stopped_at.is_(None))
            )
        ).scalar_one()
        week = s.execute(
            select(func.count()).where(
                and_(
                    open_case,
                    Case.due_date >= today,
                    Case.due_date <= today + dt.timedelta(days=7),
                    Case.clock_stopped_at.is_(None),
                )
            )
        ).scalar_one()
        stopped = s.execute(
            select(func.count()).where(and_(open_case, Case.clock_stopped_at.is_not(None)))
        ).scalar_one()
        keys = _month_keys(today, months)
        first = dt.datetime(int(keys[0][:4]), int(keys[0][5:]), 1, tzinfo=dt.UTC)
        # Month as text in SQL, portable across SQLite and PostgreSQL: the first 7
        # characters of the ISO timestamp.
        if s.get_bind().dialect.name == "sqlite":
            month = func.substr(Case.decided_at, 1, 7)
        else:
            month = func.to_char(Case.decided_at, "YYYY-MM")
        outcomes: dict[str, dict[str, int]] = {k: {} for k in keys}
        rows = s.execute(
            select(month, Case.outcome_label, func.count())
            .where(
                and_(Case.decided_at.is_not(None), Case.decided_at >= first, Case.status.in_(CLOSED_STATES))
            )
            .group_by(month, Case.outcome_label)
        )
        for mon, label, n in rows:
            if mon in outcomes:
                outcomes[mon][label or "none"] = int(n)
    return Dashboard(
        by_status=by_status,
        overdue=int(overdue),
        due_this_week=int(week),
        clock_stopped=int(stopped),
        total=sum(by_status.values()),
        outcomes_by_month=outcomes,
    )
