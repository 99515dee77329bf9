"""Render a determination letter as PDF with ReportLab.

The letter is built from a :class:`LetterContent` snapshot (case, provider,
subject, evidence, checklist outcome and trace). Rendering is deterministic:
the same content, date, signer and mode give byte-identical PDFs, which is
what lets an approval bind to the SHA-256 of the exact draft the reviewer saw
(service.py re-renders the draft at issue time and compares).

Blocks follow ai-act-open-source.md §7.1; which of the "right to be heard",
"means of redress" and "nature of this letter" blocks appear is driven by the
letter's legal nature. Texts come from resources/letters/<lang>.json, the
letterhead from resources/letters/letterhead.json, fonts (Noto, OFL) from
resources/fonts/, all embedded and subset.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

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


# --- content -----------------------------------------------------------------


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


# --- resources ---------------------------------------------------------------


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


# --- formatting helpers --------------------------------------------------------


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


# --- PDF plumbing ------------------------------------------------------------------


class _Info(pdfdoc.PDFInfo):  # type: ignore[misc]
    """Document info with fixed dates and Exemptio's own keys."""

    extra: dict[str, str]
    pdf_date: str

    def format(self, document: Any) -> Any:
        d: dict[str, Any] = {
            "Title": pdfdoc.PDFString(self.title),
            "Author": pdfdoc.PDFString(self.author),
            "Subject": pdfdoc.PDFString(self.subject),
            "Keywords": pdfdoc.PDFString(self.keywords),
            "Creator": pdfdoc.PDFString(self.creator),
            "Producer": pdfdoc.PDFString(self.producer),
            "CreationDate": pdfdoc.PDFString(self.pdf_date),
            "ModDate": pdfdoc.PDFString(self.pdf_date),
            "Trapped": pdfdoc.PDFName("False"),
        }
        for key, value in self.extra.items():
            d[key] = pdfdoc.PDFString(value)
        return pdfdoc.PDFDictionary(d).format(document)


def _canvas_maker(info_extra: dict[str, str], pdf_date: str, page_label: str, footer_font: str) -> Any:
    class NumberedCanvas(rl_canvas.Canvas):  # type: ignore[misc]
        """Defers pages so each can show "Page x of y"."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            info = _Info()
            info.extra = info_extra
            info.pdf_date = pdf_date
            self._doc.info = info
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.setFont(footer_font, 8)
                self.setFillColor(colors.HexColor("#444444"))
                self.drawRightString(
                    PAGE_W - MARGIN_R, 12 * mm, page_label.format(page=self._pageNumber, pages=total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas


class SignatureSlot(Flowable):  # type: ignore[misc]
    """Reserved area for a visible signature; remembers where it was drawn
    (``sink[key + "page"]`` and ``sink[key + "box"]``)."""

    def __init__(
        self,
        caption: str,
        draft_text: str,
        draft: bool,
        sink: dict[str, Any],
        *,
        key: str = "",
        height: float = SIG_BOX_H,
    ) -> None:
        super().__init__()
        self.caption, self.draft_text, self.draft, self.sink = caption, draft_text, draft, sink
        self.key, self.box_h = key, height
        self.width, self.height = SIG_BOX_W, height + 14

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        self.sink[self.key + "page"] = canvas.getPageNumber() - 1
        self.sink[self.key + "box"] = (x, y, x + SIG_BOX_W, y + self.box_h)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        c = self.canv
        c.setFont(SANS, 8)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(0, self.box_h + 4, self.caption)
        if self.draft:
            c.setStrokeColor(colors.HexColor("#999999"))
            c.setDash(3, 3)
            c.rect(0, 0, SIG_BOX_W, self.box_h)
            c.setDash()
            c.setFont(SANS_I, 8)
            c.drawCentredString(SIG_BOX_W / 2, self.box_h / 2 - 3, self.draft_text)


# --- the letter -------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=10.5, leading=14.5, spaceAfter=6, bulletFontName=SERIF
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontName=SANS, fontSize=8, leading=10, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontName=SANS, fontSize=8.5, leading=10.5, spaceAfter=0),
        "cellb": ParagraphStyle(
            "cellb", parent=body, fontName=SANS_B, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        "hash": ParagraphStyle(
            "hash", parent=body, fontName=SANS, fontSize=6.5, leading=8.5, spaceAfter=0, splitLongWords=1
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=SANS_B, fontSize=12, leading=15, spaceBefore=6, spaceAfter=8
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_B,
            fontSize=10.5,
            leading=13,
            spaceBefore=8,
            spaceAfter=4,
            keepWithNext=1,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=body,
            fontName=SERIF_B,
            fontSize=10.5,
            leading=14,
            spaceBefore=4,
            spaceAfter=2,
            keepWithNext=1,
        ),
        "lh": ParagraphStyle("lh", parent=body, fontName=SANS_B, fontSize=10, leading=12.5, spaceAfter=0),
        "lh2": ParagraphStyle("lh2", parent=body, fontName=SANS, fontSize=8.5, leading=11, spaceAfter=0),
        "right": ParagraphStyle("right", parent=body, fontName=SANS, fontSize=9.5, alignment=TA_RIGHT),
        "addr": ParagraphStyle(
            "addr", parent=body, fontName=SERIF, fontSize=10.5, leading=13.5, spaceAfter=0
        ),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3),
    }


def _table(rows: list[list[Any]], widths: list[float], header: bool = True) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8ecf4"))]
    t.setStyle(TableStyle(style))
    return t


def _rule_text(s: dict[str, Any], rule: str) -> str:
    """The plain-words text of a trace rule in the letter's language."""
    text = s.get("rules", {}).get(rule)
    if text:
        return str(text)
    try:
        from app.domain.decision import RULE_TEXT

        return str(RULE_TEXT.get(rule) or rule.replace("_", " "))
    except ImportError:  # pragma: no cover
        return rule.replace("_", " ")


def _ground_parts(ground: str) -> tuple[str, str]:
    base, _, flag = ground.partition(":")
    return base, flag


def _provision_rows(c: LetterContent) -> list[tuple[str, str]]:
    """(provision key, status key) pairs for the conclusion table."""
    rows: list[tuple[str, str]] = []
    tm = c.outcome.get("track_m")
    if tm:
        outcome = tm.get("outcome", "undetermined")
        obligations = set(tm.get("obligations") or [])
        if outcome == "partially_exempt":
            rows += [
                ("53(1)(a)", "waived"),
                ("53(1)(b)", "waived"),
                ("54", "waived"),
                ("53(1)(c)", "applies"),
                ("53(1)(d)", "applies"),
            ]
        elif outcome == "not_gpai":
            rows += [(p, "not_applicable") for p in ("53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)")]
        elif outcome == "undetermined":
            rows += [(p, "pending") for p in ("53(1)(a)", "53(1)(b)", "54")]
            rows += [("53(1)(c)", "applies"), ("53(1)(d)", "applies")]
        else:
            for p in ("53(1)(a)", "53(1)(b)", "53(1)(c)", "53(1)(d)", "54", "55"):
                if p in obligations:
                    rows.append((p, "applies"))
                elif p in ("54", "55"):
                    rows.append((p, "not_applicable"))
                else:
                    rows.append((p, "applies"))
    ts = c.outcome.get("track_s")
    if ts:
        outcome = ts.get("outcome", "undetermined")
        status = {"excluded_art_2_12": "excluded", "undetermined": "pending"}.get(outcome, "not_excluded")
        rows.append(("2(12)", status))
    return rows


def _answer_notes(c: LetterContent, items: list[str]) -> list[tuple[str, str]]:
    notes = []
    for item in items:
        a = c.answers.get(item)
        if isinstance(a, dict) and str(a.get("note", "")).strip():
            notes.append((item, str(a["note"]).strip()))
    return notes


def _answer_citations(c: LetterContent, items: list[str], s: dict[str, Any]) -> str:
    """ "Evidence relied on for M4, M8: [2] LICENSE, [5] README.md." from the evidence each
    answer cites (numbers of the evidence table above), or that none is cited."""
    numbers = {ev.sha256: i for i, ev in enumerate(c.evidence, 1)}
    answered = [it for it in dict.fromkeys(items) if isinstance(c.answers.get(it), dict)]
    if not answered:
        return ""
    cited: dict[str, int] = {}
    for it in answered:
        for sha in c.answers[it].get("evidence") or []:
            if isinstance(sha, str) and sha in numbers:
                cited.setdefault(sha, numbers[sha])
    names = ", ".join(answered)
    if not cited:
        return str(s.get("evidence_none", "No evidence is cited for {items}.")).format(items=names)
    listed = ", ".join(f"[{n}] {c.evidence[n - 1].name}" for n in sorted(cited.values()))
    return str(s.get("evidence_relied", "Evidence relied on for {items}: {list}.")).format(
        items=names, list=listed
    )


def _story(
    c: LetterContent, *, draft: bool, date: dt.date, signatory: Signatory | None, sink: dict[str, Any]
) -> list[Any]:
    s = strings(c.language)
    lh = letterhead()
    lang = c.language
    st = _styles()
    width = PAGE_W - MARGIN_L - MARGIN_R
    out: list[Any] = []
    guidelines = lh.get("guidelines", "C(2025) 5045")

    # Letterhead, place and date, references.
    head_left = [
        Paragraph(_e(lh["institution"][lang]), st["lh"]),
        Paragraph(_e(lh["directorate"][lang]), st["lh2"]),
        Paragraph(_e(lh["unit"][lang]), st["lh2"]),
    ]
    place_date = _fmt(s["place_date"], place=lh["place"][lang], date=format_date(lang, date))
    refs = [Paragraph(place_date, st["right"])]
    refs.append(Paragraph(f"{_e(s['our_ref'])} {_e(c.reference)}", st["right"]))
    if c.registry_reference:
        refs.append(Paragraph(f"{_e(s['registry_ref'])} {_e(c.registry_reference)}", st["right"]))
    head = Table([[head_left, refs]], colWidths=[width * 0.58, width * 0.42], hAlign="LEFT")
    head.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONT", (0, 0), (-1, -1), SANS),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    out += [head, Spacer(1, 12 * mm)]

    # Addressee.
    if c.legal_nature == "internal_assessment":
        out.append(Paragraph(f"<b>{_e(s['note_to_file'])}</b>", st["addr"]))
    else:
        out.append(Paragraph(f"<b>{_e(c.provider_name)}</b>", st["addr"]))
        if c.provider_representative:
            out.append(Paragraph(_fmt(s["for_attention"], name=c.provider_representative), st["addr"]))
        for line in c.provider_address.splitlines():
            if line.strip():
                out.append(Paragraph(_e(line.strip()), st["addr"]))
        if c.provider_country:
            out.append(Paragraph(_e(c.provider_country.upper()), st["addr"]))
    out.append(Spacer(1, 10 * mm))

    # Heading, title, subject line, salutation.
    heading = s["heading"].get(c.legal_nature, "")
    if heading:
        out.append(Paragraph(_e(heading), st["h1"]))
    title = title_for(c)
    out.append(Paragraph(f"<b>{_e(s['subject_line'])}</b> {title}", st["body"]))
    if c.legal_nature != "internal_assessment" and c.legal_nature != "commission_decision":
        out.append(Paragraph(_e(s["salutation"]), st["body"]))

    sections = s["sections"]
    n = 0

    def section(key: str) -> None:
        nonlocal n
        n += 1
        out.append(Paragraph(f"{n}. {_e(sections[key])}", st["h2"]))

    outcome = c.outcome
    checklist, version = outcome.get("checklist", ""), outcome.get("version", "")
    try:
        opened = format_date(lang, dt.date.fromisoformat(c.opened_on))
    except ValueError:
        opened = c.opened_on

    section("procedure")
    out.append(
        Paragraph(
            _fmt(
                s["procedure"],
                opened=opened,
                ref=c.reference,
                subject_full=subject_full(c),
                provider=c.provider_name,
                checklist=checklist,
                version=version,
                guidelines=guidelines,
            ),
            st["body"],
        )
    )

    section("legal_framework")
    for para in s["legal_framework"]:
        out.append(Paragraph(_fmt(para, guidelines=guidelines), st["body"]))

    section("facts")
    facts = s["facts"]
    out.append(Paragraph(_e(s["facts_intro"]), st["body"]))
    kind = s["kinds"].get(c.subject_kind, c.subject_kind)
    bullets = [
        _fmt(facts["subject"], subject_full=subject_full(c), kind=kind),
        _fmt(facts["provider"], provider=c.provider_name),
    ]
    if c.licence:
        bullets.append(_fmt(facts["licence"], licence=c.licence))
    comp = outcome.get("compute") or {}
    if comp.get("flop"):
        method = s["methods"].get(comp.get("method", "unknown"), comp.get("method", ""))
        bullets.append(
            facts["compute"].format(
                flop=format_flop(comp.get("flop")),
                method=_e(method),
                low=format_flop(comp.get("low")),
                high=format_flop(comp.get("high")),
            )
        )
    elif c.subject_kind != "system":
        bullets.append(_e(facts["compute_unknown"]))
    for b in bullets:
        out.append(Paragraph(b, st["bullet"], bulletText="•"))
    if c.evidence:
        out.append(Paragraph(_fmt(facts["evidence"], count=len(c.evidence)), st["body"]))
        cols = s["evidence_cols"]
        rows: list[list[Any]] = [[Paragraph(_e(h), st["cellb"]) for h in cols]]
        for i, ev in enumerate(c.evidence, 1):
            rows.append(
                [
                    Paragraph(str(i), st["cell"]),
                    Paragraph(_e(ev.name), st["cell"]),
                    Paragraph(_e(ev.sha256), st["hash"]),
                ]
            )
        out.append(_table(rows, [22, width - 22 - 250, 250]))
        out.append(Spacer(1, 6))
    else:
        out.append(Paragraph(_e(facts["no_evidence"]), st["body"]))

    section("assessment")
    out.append(Paragraph(_e(s["assessment_intro"]), st["body"]))
    grounds_txt = s["grounds"]
    flags_txt = s["flags"]
    all_grounds: list[str] = []
    for track in ("track_m", "track_s"):
        t = outcome.get(track)
        if t:
            all_grounds += [g for g in t.get("grounds", []) if g not in all_grounds]
    trace = outcome.get("trace") or []
    if all_grounds:
        by_base: dict[str, list[str]] = {}
        for g in all_grounds:
            base, flag = _ground_parts(g)
            by_base.setdefault(base, [])
            if flag:
                by_base[base].append(flag)
        for i, (base, flags) in enumerate(by_base.items(), 1):
            info = grounds_txt.get(base, {"title": base.replace("_", " "), "text": "", "basis": ""})
            block: list[Any] = [Paragraph(f"{n}.{i} {_e(info['title'])}", st["h3"])]
            if info.get("text"):
                block.append(Paragraph(_e(info["text"]), st["body"]))
            for flag in flags:
                block.append(
                    Paragraph(_e(flags_txt.get(flag, flag.replace("_", " "))), st["bullet"], bulletText="–")
                )
            items = [it for tr in trace if base in str(tr.get("rule", "")) for it in tr.get("items", [])]
            for item, note in _answer_notes(c, items):
                block.append(
                    Paragraph(f"<i>{_fmt(s['officer_note'], item=item)}:</i> {_e(note)}", st["body"])
                )
            cited = _answer_citations(c, items, s)  # the evidence each answer relies on (issue 18)
            if cited:
                block.append(Paragraph(_e(cited), st["body"]))
            if info.get("basis"):
                block.append(Paragraph(f"<i>{_e(s['legal_basis'])}:</i> {_e(info['basis'])}", st["body"]))
            out.append(KeepTogether(block))
    else:
        out.append(Paragraph(_e(s["assessment_no_grounds"]), st["body"]))
    missing: list[str] = []
    for track in ("track_m", "track_s"):
        t = outcome.get(track)
        if t:
            missing += [m for m in t.get("missing", []) if m not in missing]
    if missing:
        out.append(Paragraph(_fmt(s["missing"], items=", ".join(missing)), st["body"]))
    if trace:
        out.append(Paragraph(_fmt(s["trace_intro"], checklist=checklist, version=version), st["body"]))
        rows = [[Paragraph(_e(h), st["cellb"]) for h in s["trace_cols"]]]
        for i, tr in enumerate(trace, 1):
            label = _rule_text(s, str(tr.get("rule", "")))
            rows.append(
                [
                    Paragraph(f"{i}. {_e(label)}", st["cell"]),
                    Paragraph(_e(", ".join(tr.get("items", []))), st["cell"]),
                    Paragraph(_e(tr.get("basis", "")), st["cell"]),
                ]
            )
        out.append(_table(rows, [width * 0.45, width * 0.2, width * 0.35]))
        out.append(Spacer(1, 6))

    section("conclusion")
    out.append(Paragraph(_e(s["conclusion_intro"]), st["body"]))
    for track in ("track_m", "track_s"):
        t = outcome.get(track)
        if t:
            label = t.get("outcome", "undetermined")
            out.append(Paragraph(f"<b>{_e(s['outcomes'].get(label, label))}</b>", st["body"]))
    prov = _provision_rows(c)
    if prov:
        rows = [[Paragraph(_e(h), st["cellb"]) for h in s["conclusion_cols"]]]
        for p, status in prov:
            rows.append(
                [
                    Paragraph(_e(s["provisions"].get(p, p)), st["cell"]),
                    Paragraph(_e(s["status"][status]), st["cell"]),
                ]
            )
        out.append(KeepTogether(_table(rows, [width * 0.65, width * 0.35])))
        out.append(Spacer(1, 6))
    tm = outcome.get("track_m") or {}
    if tm.get("deadline") and tm.get("outcome") not in ("not_gpai", "undetermined"):
        out.append(Paragraph(_e(s[deadline_key(c)]), st["body"]))

    if outcome.get("track_m"):
        section("obligations")
        if tm.get("outcome") == "not_gpai":
            out.append(Paragraph(_e(s["obligations_not_gpai"]), st["body"]))
        else:
            out.append(Paragraph(_e(s["obligations_always"]), st["body"]))
            for f in tm.get("findings") or []:
                out.append(Paragraph(_e(s["findings"].get(f, f)), st["bullet"], bulletText="•"))

    if c.legal_nature == "draft_decision":
        section("right_to_be_heard")
        out.append(Paragraph(_fmt(s["right_to_be_heard"], days=lh.get("observations_days", 14)), st["body"]))
    elif c.legal_nature == "commission_decision":
        section("redress")
        out.append(Paragraph(_e(s["redress"]), st["body"]))
    else:
        section("legal_effect")
        key = "legal_effect_internal" if c.legal_nature == "internal_assessment" else "legal_effect"
        out.append(Paragraph(_e(s[key]), st["body"]))
    section("confidentiality")
    out.append(Paragraph(_e(s["confidentiality"]), st["body"]))

    # Closing and signature block.
    closing = s["closing_decision"] if c.legal_nature == "commission_decision" else s["closing"]
    sig: list[Any] = [Spacer(1, 4), Paragraph(_e(closing), st["body"]), Spacer(1, 6)]
    if signatory is not None:
        sig.append(Paragraph(f"<b>{_e(signatory.name)}</b>", st["addr"]))
        sig.append(Paragraph(_e(signatory.function), st["addr"]))
        sig.append(Spacer(1, 4))
        sig.append(Paragraph(_e(s["signed_electronically"]), st["small"]))
    elif not draft:  # approved and issued: the two signature blocks name who approved and who signed
        sig.append(Paragraph(_e(s["signatories_in_blocks"]), st["addr"]))
        sig.append(Spacer(1, 4))
        sig.append(Paragraph(_e(s["signed_electronically"]), st["small"]))
    else:
        sig.append(Paragraph(f"<i>{_e(s['signature_pending'])}</i>", st["addr"]))
    if lh.get("contact"):
        sig += [Spacer(1, 6), Paragraph(_fmt(s["contact"], contact=lh["contact"]), st["small"])]
    out.append(KeepTogether(sig))

    # Annexes.
    out.append(PageBreak())
    out.append(Paragraph(_e(s["annex_evidence"]), st["h2"]))
    out.append(Paragraph(_e(s["annex_evidence_intro"]), st["body"]))
    rows = [[Paragraph(_e(h), st["cellb"]) for h in s["annex_evidence_cols"]]]
    for i, ev in enumerate(c.evidence, 1):
        name = _e(ev.name) + (f"<br/><font size='7.5'>{_e(ev.description)}</font>" if ev.description else "")
        rows.append(
            [
                Paragraph(str(i), st["cell"]),
                Paragraph(name, st["cell"]),
                Paragraph(f"{ev.size:,}".replace(",", "\u202f"), st["cell"]),
                Paragraph(_e(ev.sha256), st["hash"]),
            ]
        )
    if not c.evidence:
        rows.append(
            [
                Paragraph("–", st["cell"]),
                Paragraph(_e(s["facts"]["no_evidence"]), st["cell"]),
                Paragraph("", st["cell"]),
                Paragraph("", st["cell"]),
            ]
        )
    out.append(_table(rows, [22, width - 22 - 60 - 240, 60, 240]))
    out.append(Spacer(1, 10))

    out.append(CondPageBreak(60 * mm))
    out.append(Paragraph(_e(s["annex_compute"]), st["h2"]))
    out.append(Paragraph(_e(s["annex_compute_intro"]), st["body"]))
    cr = s["compute_rows"]
    method_key = comp.get("method", "unknown") if comp else "unknown"
    inputs = _compute_inputs(c)
    band = comp.get("band", "unknown") if comp else "unknown"
    rows = [
        [
            Paragraph(_e(cr["method"]), st["cellb"]),
            Paragraph(_e(s["methods"].get(method_key, method_key)), st["cell"]),
        ],
        [Paragraph(_e(cr["inputs"]), st["cellb"]), Paragraph(inputs or "–", st["cell"])],
        [
            Paragraph(_e(cr["estimate"]), st["cellb"]),
            Paragraph(format_flop(comp.get("flop")) + " FLOP" if comp.get("flop") else "–", st["cell"]),
        ],
        [
            Paragraph(_e(cr["band"]), st["cellb"]),
            Paragraph(
                f"{format_flop(comp.get('low'))} – {format_flop(comp.get('high'))} FLOP"
                if comp.get("flop")
                else "–",
                st["cell"],
            ),
        ],
        [
            Paragraph(_e(cr["gpai_threshold"]), st["cellb"]),
            Paragraph(format_flop(1e23) + " FLOP", st["cell"]),
        ],
        [
            Paragraph(_e(cr["systemic_threshold"]), st["cellb"]),
            Paragraph(format_flop(1e25) + " FLOP", st["cell"]),
        ],
        [
            Paragraph(_e(cr["band_result"]), st["cellb"]),
            Paragraph(_e(s["bands"].get(band, band)), st["cell"]),
        ],
    ]
    out.append(_table(rows, [width * 0.42, width * 0.58], header=False))
    out.append(Spacer(1, 14))
    # Two signatures (four eyes): the reviewer's approval, then the issuing signature.
    out.append(
        SignatureSlot(
            s["approval_slot"], s["approval_slot_draft"], draft, sink, key="approval_", height=APPROVAL_BOX_H
        )
    )
    out.append(Spacer(1, 8))
    out.append(SignatureSlot(s["signature_slot"], s["signature_slot_draft"], draft, sink))
    return out


def _num(v: Any) -> str:
    try:
        return format_flop(float(v)).replace(" FLOP", "")
    except (TypeError, ValueError):
        return _e(v)


def _compute_inputs(c: LetterContent) -> str:
    a = c.answers
    parts: list[str] = []
    a2 = (a.get("A2") or {}).get("value") if isinstance(a.get("A2"), dict) else None
    if isinstance(a2, int | float):
        parts.append(f"A2 = {format_flop(float(a2))} FLOP")
    a2a = (a.get("A2a") or {}).get("value") if isinstance(a.get("A2a"), dict) else None
    if isinstance(a2a, dict) and "P" in a2a and "D" in a2a:
        parts.append(f"P = {_num(a2a['P'])}; D = {_num(a2a['D'])}; C = 6 × P × D")
    a2b = (a.get("A2b") or {}).get("value") if isinstance(a.get("A2b"), dict) else None
    if isinstance(a2b, list) and a2b:
        for i, period in enumerate(a2b, 1):
            if isinstance(period, list) and len(period) == 4:
                n, secs, h, u = period
                parts.append(f"{i}: N = {_e(n)}, L = {_e(secs)} s, H = {_num(h)} FLOP/s, U = {_e(u)}")
        parts.append("C = Σ N × L × H × U")
    return "<br/>".join(parts)


def render_letter(
    content: LetterContent,
    *,
    draft: bool,
    date: dt.date,
    signatory: Signatory | None = None,
    creator: str = "Exemptio",
) -> RenderedLetter:
    """Render the letter. ``draft`` adds the DRAFT watermark and a placeholder
    signature area; the issued form carries the signatory's name and function."""
    content.validate()
    register_fonts()
    s = strings(content.language)
    tid, tver = template_id()
    sink: dict[str, Any] = {}
    buf = io.BytesIO()
    title = title_for(content).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    pdf_date = f"D:{date:%Y%m%d}000000Z"
    extra = {
        "ExemptioChecklist": f"{content.outcome.get('checklist', '')} {content.outcome.get('version', '')}",
        "ExemptioTemplate": f"{tid} {tver}",
        "ExemptioCase": content.reference,
        "ExemptioLegalNature": content.legal_nature,
        "ExemptioState": "draft" if draft else "final",
    }
    lh = letterhead()
    lang = content.language
    doc = SimpleDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_L,
        rightMargin=MARGIN_R,
        topMargin=MARGIN_T,
        bottomMargin=MARGIN_B,
        title=_visible(title),
        author=f"{lh['institution'][lang]} – {lh['unit'][lang]}",
        subject=_visible(f"{content.reference}: {content.case_title}"),
        creator=creator,
        keywords=metadata_keywords(content),
        invariant=1,
        initialFontName=SANS,
        lang=lang,
    )
    watermark = s["watermark"]
    footer = lh.get("footer", "")
    banner = s["draft_banner"]
    short_title = _visible(f"{content.reference} – {subject_full(content)}")

    def first_page(canv: Any, d: Any) -> None:
        canv.saveState()
        if draft:
            _watermark(canv, watermark, banner)
        canv.setFont(SANS, 7)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(MARGIN_L, 12 * mm, footer)
        canv.restoreState()

    def later_pages(canv: Any, d: Any) -> None:
        canv.saveState()
        if draft:
            _watermark(canv, watermark, banner)
        canv.setFont(SANS, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(MARGIN_L, PAGE_H - 12 * mm, short_title)
        canv.setStrokeColor(colors.HexColor("#cccccc"))
        canv.line(MARGIN_L, PAGE_H - 13.5 * mm, PAGE_W - MARGIN_R, PAGE_H - 13.5 * mm)
        canv.restoreState()

    story = _story(content, draft=draft, date=date, signatory=None if draft else signatory, sink=sink)

    doc.build(
        story,
        onFirstPage=first_page,
        onLaterPages=later_pages,
        canvasmaker=_canvas_maker(extra, pdf_date, s["page_of"], SANS),
    )
    pdf = buf.getvalue()
    box = sink.get("box", (MARGIN_L, MARGIN_B, MARGIN_L + SIG_BOX_W, MARGIN_B + SIG_BOX_H))
    page = int(sink.get("page", max(doc.page - 1, 0)))
    top = box[3] + 22
    abox = sink.get("approval_box", (box[0], top, box[2], top + APPROVAL_BOX_H))
    return RenderedLetter(
        pdf=pdf,
        sha256=hashlib.sha256(pdf).hexdigest(),
        pages=doc.page,
        signature_page=page,
        signature_box=(float(box[0]), float(box[1]), float(box[2]), float(box[3])),
        approval_page=int(sink.get("approval_page", page)),
        approval_box=(float(abox[0]), float(abox[1]), float(abox[2]), float(abox[3])),
    )


def _watermark(canv: Any, text: str, banner: str) -> None:
    canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
    canv.setFont(SANS_B, 110)
    canv.translate(PAGE_W / 2, PAGE_H / 2)
    canv.rotate(52)
    canv.drawCentredString(0, -35, text)
    canv.rotate(-52)
    canv.translate(-PAGE_W / 2, -PAGE_H / 2)
    canv.setFont(SANS_B, 8)
    canv.setFillColor(colors.HexColor("#b00020"))
    canv.drawRightString(PAGE_W - MARGIN_R, PAGE_H - 8 * mm, banner)
