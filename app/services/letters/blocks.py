"""The building blocks of the letter's story: paragraph styles, tables, the signature
slots, and the rows and citations drawn from the answers."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    Table,
    TableStyle,
)

from app.services.letters.texts import (
    SANS,
    SANS_B,
    SANS_I,
    SERIF,
    SERIF_B,
    SIG_BOX_H,
    SIG_BOX_W,
    LetterContent,
    _e,
    format_flop,
)


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


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body", fontName=SERIF, fontSize=10.5, leading=14.5, spaceAfter=6, bulletFontName=SERIF
    )
    h2 = ParagraphStyle(
        "h2", parent=body, fontName=SANS_B, leading=13, spaceBefore=8, spaceAfter=4, keepWithNext=1
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
        "h2": h2,
        "h3": ParagraphStyle("h3", parent=h2, fontName=SERIF_B, leading=14, spaceBefore=4, spaceAfter=2),
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
