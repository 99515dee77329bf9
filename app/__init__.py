"""Exemptio: assessing "open-source" claims under the EU AI Act."""

__version__ = "0.1.0"
