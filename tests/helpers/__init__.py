"""Helpers shared by tests (and benchmarks): canonical data, small builders. No fixtures here
(those are in tests/conftest.py); plain functions and constants any test can import."""
