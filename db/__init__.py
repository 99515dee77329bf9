"""Persistence: SQLAlchemy models, engine factory, unit of work, repositories.

Never imports Qt and never imports ``app``; hands out plain dataclasses.
"""
