"""CLI commands of this area (registered by app/cli/main.py)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Area not yet built: adds no commands."""
