"""Licence reading: identification against the ScanCode LicenseDB (:mod:`.kb`, :mod:`.match`),
clause reading (:mod:`.clauses`) and the languages it reads (:mod:`.lang`)."""
