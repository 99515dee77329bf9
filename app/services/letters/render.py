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

The parts (issue 17): ``texts`` (types, geometry, texts, formatting), ``blocks``
(styles, tables, signature slots), ``story`` (the story); this module lays it out
and writes the PDF. Every name stays importable from here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    SimpleDocTemplate,
)

from app.services.letters.blocks import (  # noqa: F401 - kept importable from here
    SignatureSlot,
    _answer_citations,
    _answer_notes,
    _compute_inputs,
    _ground_parts,
    _num,
    _provision_rows,
    _rule_text,
    _styles,
    _table,
)
from app.services.letters.story import (  # noqa: F401 - kept importable from here
    _story,
)
from app.services.letters.texts import (  # noqa: F401 - kept importable from here
    _POW,
    APPROVAL_BOX_H,
    CHAPTER_V_APPLIES,
    FONT_FILES,
    MARGIN_B,
    MARGIN_L,
    MARGIN_R,
    MARGIN_T,
    PAGE_H,
    PAGE_W,
    SANS,
    SANS_B,
    SANS_I,
    SERIF,
    SERIF_B,
    SERIF_I,
    SIG_BOX_H,
    SIG_BOX_W,
    STAMP_FONT,
    EvidenceEntry,
    LetterContent,
    RenderedLetter,
    Signatory,
    _e,
    _fmt,
    _visible,
    deadline_key,
    format_date,
    format_flop,
    letterhead,
    metadata_keywords,
    plain_flop,
    register_fonts,
    stamp_font_path,
    strings,
    subject_full,
    template_id,
    title_for,
)

__all__ = [
    "APPROVAL_BOX_H",
    "CHAPTER_V_APPLIES",
    "EvidenceEntry",
    "FONT_FILES",
    "LetterContent",
    "MARGIN_B",
    "MARGIN_L",
    "MARGIN_R",
    "MARGIN_T",
    "PAGE_H",
    "PAGE_W",
    "RenderedLetter",
    "SANS",
    "SANS_B",
    "SANS_I",
    "SERIF",
    "SERIF_B",
    "SERIF_I",
    "SIG_BOX_H",
    "SIG_BOX_W",
    "STAMP_FONT",
    "Signatory",
    "SignatureSlot",
    "_POW",
    "_answer_citations",
    "_answer_notes",
    "_compute_inputs",
    "_e",
    "_fmt",
    "_ground_parts",
    "_num",
    "_provision_rows",
    "_rule_text",
    "_story",
    "_styles",
    "_table",
    "_visible",
    "deadline_key",
    "format_date",
    "format_flop",
    "letterhead",
    "metadata_keywords",
    "plain_flop",
    "register_fonts",
    "render_letter",
    "stamp_font_path",
    "strings",
    "subject_full",
    "template_id",
    "title_for",
]


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

    def page_start(canv: Any, font_size: float) -> None:
        """Every page: the DRAFT watermark on a draft, then grey text for the page's line."""
        canv.saveState()
        if draft:
            _watermark(canv, watermark, banner)
        canv.setFont(SANS, font_size)
        canv.setFillColor(colors.HexColor("#555555"))

    def first_page(canv: Any, d: Any) -> None:
        page_start(canv, 7)
        canv.drawString(MARGIN_L, 12 * mm, footer)
        canv.restoreState()

    def later_pages(canv: Any, d: Any) -> None:
        page_start(canv, 8)
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
