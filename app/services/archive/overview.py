"""data/index.html: the case archive as a readable record, in the letter's language.

It is made from case.json, audit.jsonl and the archive's signer only (plus the checklist
definition and letter texts shipped with this Exemptio version), so verify rebuilds it
and compares it byte for byte. Every value that comes from the case is made visible
(control and bidi characters shown as ⟨U+XXXX⟩, app.domain.text.make_visible) and then
HTML-escaped: no markup from a case field ever reaches the page.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import IO, Any
from urllib.parse import quote

from app.domain.text import make_visible

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "intro": "Case archive made by Exemptio. Every file next to this page is listed with its "
        "SHA-256 and SHA-512 in the bag's manifests (bag-info.txt, one folder up, describes the bag).",
        "case": "Case",
        "status": "Status",
        "provider": "Provider",
        "subject": "Model or system",
        "kind": "Kind",
        "officer": "Assigned officer",
        "due": "Due date",
        "outcome": "Outcome",
        "checklist": "Checklist",
        "opened": "Opened",
        "decided": "Decided",
        "notes": "Notes",
        "answers": "Checklist answers",
        "question": "Question",
        "answer": "Answer",
        "basis": "Legal basis",
        "note": "Note",
        "by": "By",
        "no_answers": "No answers recorded.",
        "evidence": "Evidence",
        "file": "File",
        "size": "Size (bytes)",
        "source": "Source and description",
        "no_evidence": "No evidence.",
        "reference_only": "reference only, not in the archive",
        "letters": "Letter register",
        "letter": "Letter",
        "state": "State",
        "drafted": "Drafted",
        "approved": "Approved",
        "issued": "Issued (signer, function, signature level)",
        "no_letters": "No letters.",
        "signature": "Signature of this archive",
        "signed": "This archive carries a detached CMS signature (tagmanifest-sha512.txt.p7s) made with "
        "the certificate of %s. Whether that certificate is trusted is checked against the AI Office's "
        "CA: exemptio archive verify --trust CA.pem, or openssl cms -verify (see the archive documentation).",
        "unsigned": "This archive is not signed: its origin cannot be proven.",
        "history": "History",
        "history_intro": "The full trail with its hashes is in audit.jsonl; evidence custody in "
        "custody.jsonl.",
        "time": "Time (UTC)",
        "action": "Action",
        "item": "Item",
        "more": "more events in audit.jsonl",
        "yes": "Yes",
        "no": "No",
        "unknown": "Unknown",
        "partial": "Partly",
    },
    "fr": {
        "intro": "Archive de dossier produite par Exemptio. Chaque fichier à côté de cette page figure avec "
        "son SHA-256 et son SHA-512 dans les manifestes du sac (bag-info.txt, un dossier plus haut, "
        "décrit le sac).",
        "case": "Dossier",
        "status": "État",
        "provider": "Fournisseur",
        "subject": "Modèle ou système",
        "kind": "Type",
        "officer": "Agent chargé",
        "due": "Échéance",
        "outcome": "Résultat",
        "checklist": "Liste de contrôle",
        "opened": "Ouvert le",
        "decided": "Décidé le",
        "notes": "Notes",
        "answers": "Réponses de la liste de contrôle",
        "question": "Question",
        "answer": "Réponse",
        "basis": "Base juridique",
        "note": "Note",
        "by": "Par",
        "no_answers": "Aucune réponse enregistrée.",
        "evidence": "Pièces",
        "file": "Fichier",
        "size": "Taille (octets)",
        "source": "Source et description",
        "no_evidence": "Aucune pièce.",
        "reference_only": "référence seulement, absente de l'archive",
        "letters": "Registre des lettres",
        "letter": "Lettre",
        "state": "État",
        "drafted": "Rédigée",
        "approved": "Approuvée",
        "issued": "Émise (signataire, fonction, niveau de signature)",
        "no_letters": "Aucune lettre.",
        "signature": "Signature de cette archive",
        "signed": "Cette archive porte une signature CMS détachée (tagmanifest-sha512.txt.p7s) faite avec "
        "le certificat de %s. La confiance dans ce certificat se vérifie avec l'AC du Bureau de l'IA : "
        "exemptio archive verify --trust CA.pem, ou openssl cms -verify (voir la documentation).",
        "unsigned": "Cette archive n'est pas signée : son origine ne peut être prouvée.",
        "history": "Historique",
        "history_intro": "La piste complète avec ses empreintes est dans audit.jsonl ; la garde des pièces "
        "dans custody.jsonl.",
        "time": "Heure (UTC)",
        "action": "Action",
        "item": "Élément",
        "more": "autres événements dans audit.jsonl",
        "yes": "Oui",
        "no": "Non",
        "unknown": "Inconnu",
        "partial": "En partie",
    },
    "de": {
        "intro": "Von Exemptio erstelltes Fallarchiv. Jede Datei neben dieser Seite ist mit SHA-256 und "
        "SHA-512 in den Manifesten des Bags aufgeführt (bag-info.txt, einen Ordner höher, beschreibt "
        "das Bag).",
        "case": "Fall",
        "status": "Stand",
        "provider": "Anbieter",
        "subject": "Modell oder System",
        "kind": "Art",
        "officer": "Zuständige Person",
        "due": "Frist",
        "outcome": "Ergebnis",
        "checklist": "Prüfliste",
        "opened": "Eröffnet",
        "decided": "Entschieden",
        "notes": "Notizen",
        "answers": "Antworten der Prüfliste",
        "question": "Frage",
        "answer": "Antwort",
        "basis": "Rechtsgrundlage",
        "note": "Notiz",
        "by": "Von",
        "no_answers": "Keine Antworten erfasst.",
        "evidence": "Nachweise",
        "file": "Datei",
        "size": "Größe (Bytes)",
        "source": "Quelle und Beschreibung",
        "no_evidence": "Keine Nachweise.",
        "reference_only": "nur Verweis, nicht im Archiv",
        "letters": "Schreibenregister",
        "letter": "Schreiben",
        "state": "Stand",
        "drafted": "Entworfen",
        "approved": "Gebilligt",
        "issued": "Erlassen (Unterzeichner, Funktion, Signaturstufe)",
        "no_letters": "Keine Schreiben.",
        "signature": "Signatur dieses Archivs",
        "signed": "Dieses Archiv trägt eine abgetrennte CMS-Signatur (tagmanifest-sha512.txt.p7s) mit dem "
        "Zertifikat von %s. Ob dem Zertifikat zu trauen ist, prüft man mit der CA des KI-Büros: "
        "exemptio archive verify --trust CA.pem oder openssl cms -verify (siehe Dokumentation).",
        "unsigned": "Dieses Archiv ist nicht signiert: seine Herkunft lässt sich nicht beweisen.",
        "history": "Verlauf",
        "history_intro": "Der vollständige Verlauf mit Hashwerten steht in audit.jsonl, die Verwahrung der "
        "Nachweise in custody.jsonl.",
        "time": "Zeit (UTC)",
        "action": "Aktion",
        "item": "Element",
        "more": "weitere Ereignisse in audit.jsonl",
        "yes": "Ja",
        "no": "Nein",
        "unknown": "Unbekannt",
        "partial": "Teilweise",
    },
}
HISTORY_ROWS = 2000


def _language(doc: dict[str, Any]) -> str:
    """The language of the case's (last issued, else last) letter; English without one."""
    letters = [lt for lt in doc.get("letters") or [] if isinstance(lt, dict)]
    issued = [lt for lt in letters if lt.get("state") == "issued"]
    for lt in reversed(issued or letters):
        if lt.get("language") in _LABELS:
            return str(lt["language"])
    return "en"


def _when(value: Any) -> str:
    """An ISO time as 'YYYY-MM-DD HH:MM' (UTC), a date as is."""
    text = "" if value is None else str(value)
    if len(text) >= 16 and text[10] == "T":
        return f"{text[:10]} {text[11:16]}"
    return text


def _outcomes(language: str) -> dict[str, str]:
    from app.services.letters.render import strings

    try:
        out = strings(language).get("outcomes", {})
    except Exception:  # noqa: BLE001 - no letter texts: the codes are shown
        return {}
    return {str(k): str(v) for k, v in out.items()} if isinstance(out, dict) else {}


def _definition(doc: dict[str, Any], language: str) -> Any:
    from app.services.checklist import load_definition

    found = doc.get("checklist")
    checklist: dict[str, Any] = found if isinstance(found, dict) else {}
    try:
        return load_definition(str(checklist.get("id")), str(checklist.get("version")), language=language)
    except Exception:  # noqa: BLE001 - an unknown checklist version: question ids are shown
        return None


def _answer_words(value: Any, item: Any, t: dict[str, str]) -> str:
    if isinstance(value, dict) and "value" in value and len(value) <= 2:
        value = value["value"]
    if isinstance(value, bool):
        return t["yes"] if value else t["no"]
    if isinstance(value, str):
        if value in ("yes", "no", "unknown", "partial"):
            return t[value]
        if item is not None and value in item.option_labels:
            return str(item.option_labels[value])
        return value
    if isinstance(value, list) and item is not None and item.flag_labels:
        return "; ".join(str(item.flag_labels.get(v, v)) for v in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _index_html(doc: dict[str, Any], audit_file: IO[bytes], signed_by: str | None = None) -> bytes:
    """The overview page. ``signed_by``: the archive signer's certificate name, None when unsigned."""

    def e(value: Any) -> str:
        return html.escape(make_visible("" if value is None else str(value)))

    lang = _language(doc)
    t = _LABELS[lang]
    outcomes = _outcomes(lang)
    definition = _definition(doc, lang)
    c = doc["case"]
    prov, subj = doc["provider"], doc["subject"]

    def row(k: str, v: Any) -> str:
        return f"<tr><th>{e(t[k])}</th><td>{e(v)}</td></tr>"

    def link(path: str | None, label: str) -> str:
        if not path:
            return e(label)
        href = quote(path.removeprefix("data/"), safe="/")
        return f'<a href="{html.escape(href)}">{e(label)}</a>'

    outcome = c.get("outcome_label") or ""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{e(c['reference'])}: {e(c['title'])}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em;"
        "text-align:left;vertical-align:top}th{background:#f3f3f3}code{word-break:break-all}</style>",
        "</head><body>",
        f"<h1>{e(c['reference'])}: {e(c['title'])}</h1>",
        f"<p>{e(t['intro'])}</p>",
        f"<h2>{e(t['case'])}</h2><table>",
        row("status", c.get("status")),
        row("provider", prov.get("name")),
        row("subject", f"{subj.get('name', '')} {subj.get('version', '')}".strip()),
        row("kind", subj.get("kind")),
        row("officer", (doc.get("assigned_officer") or {}).get("name")),
        row("due", c.get("due_date")),
        row("outcome", outcomes.get(str(outcome), outcome)),
        row("checklist", f"{doc['checklist'].get('id')} {doc['checklist'].get('version')}"),
        row("opened", _when(c.get("created_at"))),
        row("decided", _when(c.get("decided_at"))),
        "</table>",
    ]
    if c.get("notes"):
        parts.append(f"<h2>{e(t['notes'])}</h2><p>{e(c['notes'])}</p>")
    parts.append(f"<h2>{e(t['answers'])}</h2>")
    answers = [a for a in doc["checklist"].get("answers") or [] if isinstance(a, dict)]
    if answers:
        heads = ("question", "answer", "basis", "note", "by")
        parts.append("<table><tr>" + "".join(f"<th>{e(t[h])}</th>" for h in heads) + "</tr>")
        items = {it.id: it for it in definition.items} if definition is not None else {}
        for a in answers:
            qid = str(a.get("question_id"))
            item = items.get(qid)
            question = f"{qid}: {item.question}" if item is not None else qid
            parts.append(
                f"<tr><td>{e(question)}</td><td>{e(_answer_words(a.get('value'), item, t))}</td>"
                f"<td>{e(item.basis if item is not None else '')}</td><td>{e(a.get('note'))}</td>"
                f"<td>{e(a.get('answered_by'))} {e(_when(a.get('answered_at')))}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append(f"<p>{e(t['no_answers'])}</p>")
    parts += _evidence(doc, t, e, link)
    parts += _letters(doc, t, e, link)
    parts.append(f"<h2>{e(t['signature'])}</h2>")
    parts.append(f"<p>{e(t['signed'] % signed_by) if signed_by is not None else e(t['unsigned'])}</p>")
    parts.append(
        f"<h2>{e(t['history'])}</h2><p>{e(t['history_intro'])} "
        '(<a href="audit.jsonl">audit.jsonl</a>, <a href="custody.jsonl">custody.jsonl</a>)</p>'
    )
    parts.append(
        "<table><tr>" + "".join(f"<th>{e(t[h])}</th>" for h in ("time", "by", "action", "item")) + "</tr>"
    )
    audit_file.seek(0)
    shown = 0
    for raw in audit_file:
        line = json.loads(raw)
        if line.get("link_only"):
            continue
        if shown >= HISTORY_ROWS:
            parts.append(f"<tr><td colspan=4>… {e(t['more'])}</td></tr>")
            break
        parts.append(
            f"<tr><td>{e(_when(line['ts']))}</td><td>{e(line['actor'])}</td><td>{e(line['action'])}</td>"
            f"<td>{e(line['entity_type'])} {e(line['entity_id'])}</td></tr>"
        )
        shown += 1
    parts.append("</table></body></html>\n")
    return "\n".join(parts).encode("utf-8")


Esc = Callable[[Any], str]


def _table_start(
    doc: dict[str, Any], key: str, heads: tuple[str, ...], t: dict[str, str], e: Esc
) -> tuple[list[str], list[dict[str, Any]]]:
    """The heading and head row of the section ``key`` (its "no_<key>" line when empty), and its rows."""
    parts = [f"<h2>{e(t[key])}</h2>"]
    rows = [row for row in doc.get(key) or [] if isinstance(row, dict)]
    if not rows:
        return [*parts, f"<p>{e(t['no_' + key])}</p>"], []
    parts.append("<table><tr>" + "".join(f"<th>{e(t[h])}</th>" for h in heads) + "<th>SHA-256</th></tr>")
    return parts, rows


def _evidence(
    doc: dict[str, Any], t: dict[str, str], e: Esc, link: Callable[[str | None, str], str]
) -> list[str]:
    parts, items = _table_start(doc, "evidence", ("file", "size", "source"), t, e)
    if not items:
        return parts
    for ev in items:
        name = "/".join(str(x) for x in (ev.get("folder_path"), ev.get("display_name")) if x)
        kept = "" if ev.get("path") else f" ({t['reference_only']})"
        source = " — ".join(str(x) for x in (ev.get("source_url"), ev.get("description")) if x)
        parts.append(
            f"<tr><td>{link(ev.get('path'), name)}{e(kept)}</td><td>{e(ev.get('size'))}</td>"
            f"<td>{e(source)}</td><td><code>{e(ev.get('sha256'))}</code></td></tr>"
        )
    parts.append("</table>")
    return parts


def _letters(
    doc: dict[str, Any], t: dict[str, str], e: Esc, link: Callable[[str | None, str], str]
) -> list[str]:
    parts, letters = _table_start(doc, "letters", ("letter", "state", "drafted", "approved", "issued"), t, e)
    if not letters:
        return parts
    for n, lt in enumerate(letters, start=1):
        label = lt.get("registry_reference") or f"{t['letter']} {n}"
        path = lt.get("issued_file") or lt.get("approved_file") or lt.get("draft_file")
        signer = ", ".join(
            str(x) for x in (lt.get("signer"), lt.get("signer_function"), lt.get("signature_level")) if x
        )
        parts.append(
            f"<tr><td>{link(path, str(label))} ({e(lt.get('language'))}, {e(lt.get('legal_nature'))})</td>"
            f"<td>{e(lt.get('state'))}</td>"
            f"<td>{e(lt.get('drafted_by'))} {e(_when(lt.get('drafted_at')))}</td>"
            f"<td>{e(lt.get('approved_by'))} {e(_when(lt.get('approved_at')))}</td>"
            f"<td>{e(lt.get('issued_by'))} {e(_when(lt.get('issued_at')))}"
            f"{' — ' + e(signer) if signer else ''}</td>"
            f"<td><code>{e(lt.get('issued_sha256') or lt.get('draft_sha256'))}</code></td></tr>"
        )
    parts.append("</table>")
    return parts
