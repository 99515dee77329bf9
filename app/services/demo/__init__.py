"""Demo data: about twenty FICTIONAL cases covering every state, deadline
situation and outcome. Everything goes through the case services (so it is
audited like real work); only the dates are moved into the past afterwards,
in one audited step, so that the dashboard shows months of history.

Every provider, subject, officer and note says it is fictional.

One module per responsibility: ``catalogue`` (the cases), ``answers`` (checklist
answers per outcome), ``seed`` (seeding and backdating), ``evidence`` (fictional
licences, model cards and a model folder); ``letters`` (the demo
letters and signing keys), ``grants`` (the demo head of unit's signed grants).
"""

from __future__ import annotations

from app.services.demo.answers import ANSWERS
from app.services.demo.catalogue import CASES, DEMO_ACTOR, OFFICERS, DemoCase
from app.services.demo.seed import has_demo_data, real_cases, seed

__all__ = ["ANSWERS", "CASES", "DEMO_ACTOR", "OFFICERS", "DemoCase", "has_demo_data", "real_cases", "seed"]
