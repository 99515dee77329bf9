"""Case list filter values, deadline arithmetic and search-box hints.

The rules live in the domain (``app.domain.case_filter``, ``app.domain.deadlines``);
this leaf module (no SQLAlchemy, no other service) re-exports them with the search-box
hint, which needs the search tokeniser (``db.search``). ``app.services.case_read`` (the
GUI's light read path), ``app.services.case_list`` (the SQL list) and
``app.services.cases`` all import it, so none of them imports another in a cycle.
"""

from __future__ import annotations

from app.domain.case_filter import SUBJECT_KINDS, CaseFilter
from app.domain.deadlines import CLOSED_STATES, DEFAULT_DEADLINE_DAYS, _today, days_remaining, is_overdue
from db import search

__all__ = [
    "CLOSED_STATES",
    "DEFAULT_DEADLINE_DAYS",
    "EMPTY_SEARCH_HINT",
    "SUBJECT_KINDS",
    "CaseFilter",
    "_today",
    "days_remaining",
    "is_overdue",
    "search_terms_or_hint",
]

EMPTY_SEARCH_HINT = (
    'Type words to search; "two words" in quotes finds that phrase. '
    "Quotes, * and - on their own are not words."
)


def search_terms_or_hint(query: str) -> str | None:
    """A hint for the search box when the entry has no searchable words."""
    if query.strip() and not search.tokens(query):
        return EMPTY_SEARCH_HINT
    return None
