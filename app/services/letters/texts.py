"""What a letter is made of, before layout: the content snapshot and rendered-letter
types, page geometry and fonts, the letter texts and letterhead (resources/letters),
and the formatting of dates, compute figures and titles."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.domain.errors import BadInput
from app.domain.text import make_visible
from app.resources import resource_path
from app.services.letters import LANGUAGES, LEGAL_NATURES

PAGE_W, PAGE_H = A4


MARGIN_L = 25 * mm


MARGIN_R = 20 * mm


MARGIN_T = 22 * mm


MARGIN_B = 22 * mm


SIG_BOX_W = 300.0


SIG_BOX_H = 92.0


APPROVAL_BOX_H = 56.0


SANS, SANS_B, SANS_I = "NotoSans", "NotoSans-Bold", "NotoSans-Italic"


SERIF, SERIF_B, SERIF_I = "NotoSerif", "NotoSerif-Bold", "NotoSerif-Italic"


FONT_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_B: "NotoSans-Bold.ttf",
    SANS_I: "NotoSans-Italic.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_B: "NotoSerif-Bold.ttf",
    SERIF_I: "NotoSerif-Italic.ttf",
}


STAMP_FONT = "NotoSans-Regular.ttf"  # unitsPerEm 1000: required by pyHanko stamps


@dataclass(frozen=True)
class EvidenceEntry:
    name: str
    sha256: str
    size: int = 0
    description: str = ""


@dataclass(frozen=True)
class Signatory:
    name: str
    function: str


@dataclass
class LetterContent:
    """Everything the letter says; stored as JSON with the letter (a snapshot)."""

    reference: str
    case_title: str
    opened_on: str  # ISO date
    provider_name: str
    subject_name: str
    outcome: dict[str, Any]
    language: str = "en"
    legal_nature: str = "letter_to_provider"
    registry_reference: str = ""
    provider_representative: str = ""
    provider_address: str = ""
    provider_country: str = ""
    subject_version: str = ""
    subject_kind: str = "model"
    licence: str = ""
    evidence: list[EvidenceEntry] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)  # question id -> {"value", "note", "evidence"}
    drafted_on: str = ""  # ISO date of the draft

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LetterContent:
        data = json.loads(text)
        data["evidence"] = [EvidenceEntry(**e) for e in data.get("evidence", [])]
        return cls(**data)

    def validate(self) -> None:
        if self.language not in LANGUAGES:
            raise BadInput(f"Letter language must be one of {', '.join(LANGUAGES)} (got '{self.language}').")
        if self.legal_nature not in LEGAL_NATURES:
            raise BadInput(
                f"Legal nature must be one of {', '.join(LEGAL_NATURES)} (got '{self.legal_nature}')."
            )
        if not isinstance(self.outcome, dict) or not self.outcome.get("checklist"):
            raise BadInput(f"Case {self.reference} has no checklist outcome yet: answer the checklist first.")


@dataclass(frozen=True)
class RenderedLetter:
    pdf: bytes
    sha256: str
    pages: int
    # 0-based page index and (x1, y1, x2, y2) of the reserved signature area.
    signature_page: int
    signature_box: tuple[float, float, float, float]
    # ... and of the reviewer's approval signature (four eyes), above it.
    approval_page: int = 0
    approval_box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)


@functools.cache
def letterhead() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("letters", "letterhead.json").read_text("utf-8"))
    return data


@functools.cache
def strings(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise BadInput(f"Letter language must be one of {', '.join(LANGUAGES)}.")
    data: dict[str, Any] = json.loads(resource_path("letters", f"{language}.json").read_text("utf-8"))
    return data


def template_id() -> tuple[str, str]:
    lh = letterhead()
    return str(lh["template_id"]), str(lh["template_version"])


@functools.cache
def register_fonts() -> None:
    for name, filename in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_B, italic=SANS_I, boldItalic=SANS_B)
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_B, italic=SERIF_I, boldItalic=SERIF_B)


def stamp_font_path() -> str:
    return str(resource_path("fonts", STAMP_FONT))


_POW = re.compile(r"10\^(\d+)")


def _e(value: object) -> str:
    """Escape for ReportLab markup; 10^25 becomes a superscript. Control and bidi characters
    (from case data or an imported archive) are shown as ``[U+202E]`` markers: a letter never
    carries text that reads otherwise than it is stored."""
    return _POW.sub(r"10<super>\1</super>", escape(_visible(str(value))))


def _visible(text: str) -> str:
    """Plain text (page headers, document properties) with control/bidi characters shown."""
    return make_visible(text, marker="[U+{:04X}]")


def _fmt(template: str, **values: object) -> str:
    """Fill a template with escaped values (templates may hold markup)."""
    return template.format_map({k: _e(v) for k, v in values.items()})


def format_date(language: str, value: dt.date) -> str:
    return str(strings(language)["date_format"]).format(d=value.day, m=value.month, y=value.year)


CHAPTER_V_APPLIES = dt.date(2025, 8, 2)  # Art. 113(b)


def deadline_key(c: LetterContent) -> str:
    """Which compliance sentence the letter carries, from A5 (first placing on the EU market):
    before 2 August 2025 → comply by 2 August 2027 (Art. 111(3)); on or after → the obligations
    apply from the placing on the market (Art. 113(b)); unknown → an open item, no deadline."""
    value = (c.answers.get("A5") or {}).get("value")
    try:
        placed = dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        placed = None
    if placed is None:
        return "deadline_unknown"
    return "deadline_legacy" if placed < CHAPTER_V_APPLIES else "deadline_new"


def format_flop(value: float | None) -> str:
    """Two significant figures as in the Guidelines (¶31): 3.8 × 10^25."""
    if value is None:
        return "–"
    if value <= 0:
        return "0"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa} × 10<super>{int(exponent)}</super>"


def plain_flop(value: float | None) -> str:
    if value is None:
        return "–"
    mantissa, exponent = f"{value:.1e}".split("e")
    return f"{mantissa}×10^{int(exponent)}"


def subject_full(c: LetterContent) -> str:
    return f"{c.subject_name} {c.subject_version}".strip()


def title_for(c: LetterContent) -> str:
    s = strings(c.language)
    kind = c.subject_kind if c.subject_kind in ("model", "system", "both") else "model"
    return _fmt(s["title"][kind], subject=subject_full(c))


def metadata_keywords(c: LetterContent) -> str:
    tid, tver = template_id()
    return (
        f"checklist={c.outcome.get('checklist', '')} {c.outcome.get('version', '')}; "
        f"template={tid} {tver}; case={c.reference}; language={c.language}; nature={c.legal_nature}"
    )
