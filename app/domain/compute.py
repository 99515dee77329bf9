"""Training-compute estimate (Guidelines C(2025) 5045, Annex A) and its band.

``C`` is the stated figure (A2) when given; else the architecture estimate
``6 × P × D`` (A2a); else the hardware estimate ``Σ N·L·H·U`` (A2b); else
unknown. The band is ``C × (1 ± uncertainty)``. Pure standard library; every
function here accepts garbage and answers "unknown" rather than raising.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

SYSTEMIC_PRESUMED = "systemic_presumed"
BORDERLINE = "borderline"
NOT_PRESUMED = "not_presumed"
UNKNOWN = "unknown"

METHOD_STATED = "stated"
METHOD_6PD = "6PD"
METHOD_HARDWARE = "NLHU"

METHOD_LABELS = {
    METHOD_STATED: "figure stated by the provider",
    METHOD_6PD: "architecture estimate 6 × P × D",
    METHOD_HARDWARE: "hardware estimate Σ N × L × H × U",
}


@dataclass(frozen=True)
class Thresholds:
    gpai_flop: float = 1e23
    systemic_flop: float = 1e25
    compute_uncertainty: float = 0.30


@dataclass(frozen=True)
class ComputeEstimate:
    flop: float | None
    method: str | None
    low: float | None
    high: float | None
    band: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "flop": _tidy(self.flop),
            "method": self.method,
            "low": _tidy(self.low),
            "high": _tidy(self.high),
            "band": self.band,
        }

    @property
    def known(self) -> bool:
        return self.flop is not None


def _tidy(x: float | None) -> float | None:
    """Drop binary floating-point noise (4.9280400000000005e25 → 4.92804e25) for documents."""
    return None if x is None else float(f"{x:.12g}")


def as_number(value: Any) -> float | None:
    """A finite, non-negative number, or None (bools, strings, NaN, inf are refused)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        f = float(value)
    except (OverflowError, ValueError):
        return None
    if not math.isfinite(f) or f < 0:
        return None
    return f


def parse_flop(text: str) -> float:
    """Parse what an officer types: ``3.8e25``, ``3.8E+25``, ``3.8×10^25``, ``3.8 x 10^25``,
    ``38 000 000``. Raises ValueError with a plain message."""
    s = text.strip().replace("\u202f", "").replace("\u00a0", "").replace(" ", "").replace("_", "")
    if not s:
        raise ValueError("Enter a number, e.g. 3.8e25.")
    low = s.lower().replace("·", "*").replace("×", "*").replace("x10^", "*10^")
    for sep in ("*10^", "*10**"):
        if sep in low:
            mant, exp = low.split(sep, 1)
            try:
                value = float(mant or "1") * 10.0 ** int(exp)
            except (ValueError, OverflowError):
                raise ValueError(f"'{text}' is not a number (try 3.8e25).") from None
            break
    else:
        if low.startswith("10^"):
            low = "1e" + low[3:]
        try:
            value = float(low.replace(",", ""))
        except ValueError:
            raise ValueError(f"'{text}' is not a number (try 3.8e25).") from None
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"'{text}' must be a positive, finite number.")
    return value


def pd_flop(value: Any) -> float | None:
    """6 × P × D from ``{"P": .., "D": ..}``; None if the input is unusable."""
    if not isinstance(value, Mapping):
        return None
    p, d = as_number(value.get("P")), as_number(value.get("D"))
    if p is None or d is None or p <= 0 or d <= 0:
        return None
    c = 6.0 * p * d
    return c if math.isfinite(c) else None


def hardware_flop(value: Any) -> float | None:
    """Σ N·L·H·U from ``[[N, L_seconds, H_flops, U], ...]``; None if unusable."""
    if not isinstance(value, list | tuple) or not value:
        return None
    total = 0.0
    for row in value:
        if not isinstance(row, list | tuple) or len(row) != 4:
            return None
        nums = [as_number(x) for x in row]
        if any(x is None or x <= 0 for x in nums):
            return None
        n, seconds, h, u = (float(x) for x in nums if x is not None)
        if u > 1:
            return None
        total += n * seconds * h * u
    return total if math.isfinite(total) else None


def band_of(flop: float | None, th: Thresholds) -> tuple[float | None, float | None, str]:
    if flop is None:
        return None, None, UNKNOWN
    low = flop * (1 - th.compute_uncertainty)
    high = flop * (1 + th.compute_uncertainty)
    if low > th.systemic_flop:
        band = SYSTEMIC_PRESUMED
    elif low <= th.systemic_flop < high:
        band = BORDERLINE
    else:
        band = NOT_PRESUMED
    return low, high, band


def estimate(values: Mapping[str, Any], th: Thresholds) -> ComputeEstimate:
    """The compute estimate from the answer values (A2, A2a, A2b)."""
    flop: float | None = None
    method: str | None = None
    stated = as_number(values.get("A2"))
    if stated is not None and stated > 0:
        flop, method = stated, METHOD_STATED
    else:
        arch = pd_flop(values.get("A2a"))
        if arch is not None:
            flop, method = arch, METHOD_6PD
        else:
            hw = hardware_flop(values.get("A2b"))
            if hw is not None:
                flop, method = hw, METHOD_HARDWARE
    low, high, band = band_of(flop, th)
    return ComputeEstimate(flop=flop, method=method, low=low, high=high, band=band)


_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def two_sig(x: float) -> tuple[float, int]:
    """Mantissa (1 ≤ m < 10, two significant figures) and exponent."""
    if x == 0:
        return 0.0, 0
    exp = math.floor(math.log10(abs(x)))
    mant = round(x / 10**exp, 1)
    if abs(mant) >= 10:
        mant, exp = round(mant / 10, 1), exp + 1
    return mant, exp


def format_flop(x: float | None, *, unicode: bool = True) -> str:
    """Two significant figures: ``3.8 × 10²⁵`` (or ``3.8e25`` when ``unicode`` is False)."""
    if x is None:
        return "unknown"
    mant, exp = two_sig(x)
    if not unicode:
        return f"{mant:.1f}e{exp}"
    return f"{mant:.1f} × 10{str(exp).translate(_SUPERSCRIPT)}"


def explain(est: ComputeEstimate, th: Thresholds) -> str:
    """What the estimate means, in plain words for an officer."""
    if est.flop is None:
        return (
            "Training compute is unknown: enter the stated figure, or parameters and tokens, "
            "or the hardware used."
        )
    c = format_flop(est.flop)
    band = f"{format_flop(est.low)} to {format_flop(est.high)}"
    method = METHOD_LABELS.get(est.method or "", est.method or "")
    sr = format_flop(th.systemic_flop)
    gp = format_flop(th.gpai_flop)
    head = f"C ≈ {c} FLOP ({method}); with ±{round(th.compute_uncertainty * 100)}% the range is {band}."
    if est.band == SYSTEMIC_PRESUMED:
        tail = (
            f"Even the low end is above {sr}: the model is presumed to have systemic risk (Art. 51(2)) "
            "and cannot benefit from the open-source exemption (Art. 53(2) second sentence)."
        )
    elif est.band == BORDERLINE:
        tail = (
            f"The range straddles {sr}: the presumption is borderline. Record your own finding (C1), "
            "e.g. after a request for information to the provider."
        )
    elif est.flop > th.gpai_flop:
        tail = (
            f"Below the systemic-risk threshold of {sr}, above the {gp} indicator of a "
            "general-purpose model (Guidelines ¶17)."
        )
    else:
        tail = (
            f"At or below {gp}: not presumed general-purpose unless the model shows significant "
            "generality (Guidelines ¶17-20)."
        )
    return f"{head} {tail}"
