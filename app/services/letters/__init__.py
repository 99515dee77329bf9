"""Determination letters: render (ReportLab), sign (pyHanko PAdES), verify, and
the four-eyes workflow on the ``letters`` table. No Qt here."""

LEGAL_NATURES = ("internal_assessment", "letter_to_provider", "draft_decision", "commission_decision")
LANGUAGES = ("en", "fr", "de")
