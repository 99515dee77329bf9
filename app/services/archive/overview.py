"""data/index.html: the human-readable overview of a case archive."""

from __future__ import annotations

import html
import json
from typing import IO, Any
from urllib.parse import quote


def _index_html(doc: dict[str, Any], audit_file: IO[bytes]) -> bytes:
    e = html.escape
    c = doc["case"]

    def row(k: str, v: Any) -> str:
        return f"<tr><th>{e(k)}</th><td>{e('' if v is None else str(v))}</td></tr>"

    def link(path: str | None, label: str) -> str:
        if not path:
            return e(label)
        href = quote(path.removeprefix("data/"), safe="/")
        return f'<a href="{e(href)}">{e(label)}</a>'

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(c['reference'])}: {e(c['title'])}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.3em;"
        "text-align:left;vertical-align:top}th{background:#f3f3f3}code{word-break:break-all}</style>",
        "</head><body>",
        f"<h1>{e(c['reference'])}: {e(c['title'])}</h1>",
        "<p>Case archive made by Exemptio. The files next to this page are listed with their "
        "SHA-256 and SHA-512 in the bag's manifests; see bag-info.txt one folder up.</p>",
        "<h2>Case</h2><table>",
        row("Status", c["status"]),
        row("Provider", doc["provider"]["name"]),
        row("Subject", f"{doc['subject']['name']} {doc['subject']['version']}".strip()),
        row("Kind", doc["subject"]["kind"]),
        row("Assigned officer", (doc["assigned_officer"] or {}).get("name")),
        row("Due date", c["due_date"]),
        row("Outcome", c["outcome_label"]),
        row("Checklist", f"{doc['checklist']['id']} version {doc['checklist']['version']}"),
        row("Opened", c["created_at"]),
        row("Decided", c["decided_at"]),
        "</table>",
    ]
    if c["notes"]:
        parts.append(f"<h2>Notes</h2><p>{e(c['notes'])}</p>")
    parts.append("<h2>Checklist answers</h2>")
    if doc["checklist"]["answers"]:
        parts.append("<table><tr><th>Question</th><th>Answer</th><th>Note</th><th>By</th></tr>")
        for a in doc["checklist"]["answers"]:
            parts.append(
                f"<tr><td>{e(a['question_id'])}</td><td>{e(json.dumps(a['value'], ensure_ascii=False))}</td>"
                f"<td>{e(a['note'])}</td><td>{e(a['answered_by'])}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No answers recorded.</p>")
    parts.append("<h2>Evidence</h2>")
    if doc["evidence"]:
        parts.append("<table><tr><th>File</th><th>Size</th><th>SHA-256</th><th>Source</th></tr>")
        for ev in doc["evidence"]:
            name = "/".join(x for x in (ev["folder_path"], ev["display_name"]) if x)
            kept = "" if ev["path"] else " (reference only, not in the archive)"
            parts.append(
                f"<tr><td>{link(ev['path'], name)}{e(kept)}</td><td>{ev['size']}</td>"
                f"<td><code>{e(ev['sha256'])}</code></td><td>{e(ev['source_url'])}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No evidence.</p>")
    parts.append("<h2>Letters</h2>")
    if doc["letters"]:
        parts.append(
            "<table><tr><th>Letter</th><th>State</th><th>Drafted</th><th>Approved</th><th>Issued</th></tr>"
        )
        for n, lt in enumerate(doc["letters"], start=1):
            label = lt["registry_reference"] or f"Letter {n}"
            path = lt["issued_file"] or lt["draft_file"]
            parts.append(
                f"<tr><td>{link(path, label)}</td><td>{e(lt['state'])}</td>"
                f"<td>{e(lt['drafted_by'])} {e(lt['drafted_at'] or '')}</td>"
                f"<td>{e(lt['approved_by'])} {e(lt['approved_at'] or '')}</td>"
                f"<td>{e(lt['issued_by'])} {e(lt['issued_at'] or '')}</td></tr>"
            )
        parts.append("</table>")
    else:
        parts.append("<p>No letters.</p>")
    parts.append(
        '<h2>History</h2><p>The full trail with hashes is in <a href="audit.jsonl">audit.jsonl</a>; '
        'evidence custody in <a href="custody.jsonl">custody.jsonl</a>.</p>'
    )
    parts.append("<table><tr><th>Time (UTC)</th><th>Officer</th><th>Action</th><th>Item</th></tr>")
    audit_file.seek(0)
    shown = 0
    for raw in audit_file:
        line = json.loads(raw)
        if line.get("link_only"):
            continue
        if shown >= 2000:
            parts.append("<tr><td colspan=4>… more events in audit.jsonl</td></tr>")
            break
        parts.append(
            f"<tr><td>{e(line['ts'])}</td><td>{e(line['actor'])}</td><td>{e(line['action'])}</td>"
            f"<td>{e(line['entity_type'])} {e(line['entity_id'])}</td></tr>"
        )
        shown += 1
    parts.append("</table></body></html>\n")
    return "\n".join(parts).encode("utf-8")
