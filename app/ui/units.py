"""Sizes, durations and numbers as the officer's language writes them.

Numbers go through ``QLocale`` (the interface language's: "1,5 Go" in French,
"1,5 GB" in German); unit names are translated. Python ints carry any size, so a
50 GB model folder is never squeezed through a 32-bit integer.
"""

from __future__ import annotations

from app.ui.qt import QCoreApplication, QLocale

_UNITS = ("B", "KB", "MB", "GB", "TB")


def unit_names() -> dict[str, str]:
    return {
        "B": QCoreApplication.translate("Units", "%1 B"),
        "KB": QCoreApplication.translate("Units", "%1 KB"),
        "MB": QCoreApplication.translate("Units", "%1 MB"),
        "GB": QCoreApplication.translate("Units", "%1 GB"),
        "TB": QCoreApplication.translate("Units", "%1 TB"),
    }


def format_number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def format_int(value: int) -> str:
    """An integer with the language's digit grouping (Python int: no 32-bit limit)."""
    return QLocale().toString(float(value), "f", 0) if abs(value) >= 2**31 else QLocale().toString(int(value))


def format_bytes(n: float) -> str:
    """1000-based sizes: "512 B", "1.5 MB", "3.2 GB"."""
    names = unit_names()
    value = float(n)
    for unit in _UNITS:
        if abs(value) < 1000 or unit == "TB":
            return names[unit].replace("%1", format_number(value, 0 if unit == "B" else 1))
        value /= 1000
    return names["TB"].replace("%1", format_number(value, 1))  # pragma: no cover


def format_duration(seconds: float) -> str:
    s = max(int(round(seconds)), 0)
    if s < 60:
        return QCoreApplication.translate("Units", "%1 s").replace("%1", str(s))
    if s < 3600:
        text = QCoreApplication.translate("Units", "%1 min %2 s")
        return text.replace("%1", str(s // 60)).replace("%2", f"{s % 60:02d}")
    text = QCoreApplication.translate("Units", "%1 h %2 min")
    return text.replace("%1", str(s // 3600)).replace("%2", f"{(s % 3600) // 60:02d}")
