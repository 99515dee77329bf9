"""The letter's story (ai-act-open-source.md §7.1): letterhead, references, the
assessment blocks chosen by legal nature, closing, signature slots and annexes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.services.letters.blocks import (
    SignatureSlot,
    _answer_citations,
    _answer_notes,
    _compute_inputs,
    _ground_parts,
    _provision_rows,
    _rule_text,
    _styles,
    _table,
)
from app.services.letters.texts import (
    APPROVAL_BOX_H,
    MARGIN_L,
    MARGIN_R,
    PAGE_W,
    SANS,
    LetterContent,
    Signatory,
    _e,
    _fmt,
    deadline_key,
    format_date,
    format_flop,
    letterhead,
    strings,
    subject_full,
    title_for,
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
