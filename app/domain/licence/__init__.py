"""Licence reading: identification against the ScanCode LicenseDB (:mod:`.kb`, :mod:`.match`),
clause reading (:mod:`.segment` into clauses, :mod:`.judge` into findings, on the cues of
:mod:`.cues`) and the languages it reads (:mod:`.lang`)."""
