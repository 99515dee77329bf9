"""The licence knowledge base for identification: the ScanCode LicenseDB texts shipped by
the ``licensedcode-data`` package (read as data files, never imported as code), indexed
by normalised word shingles and cached on disk so that later runs load in milliseconds.

``resources/licences`` stays the officer-reviewed legal layer on top, keyed by the ids
this base produces (SPDX id, else ``LicenseRef-scancode-<key>``).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.util
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

INDEX_VERSION = 10
SHINGLE = 5  # words per shingle
SAMPLE = 4  # keep shingles whose hash is divisible by this (a fixed sample: same on both sides)

_WORD = re.compile(r"[a-z0-9]+|[\u3400-\u9fff\uf900-\ufaff]")
# spelling variants that must not tell two texts apart
_SAME = {
    "licence": "license",
    "licences": "licenses",
    "licenced": "licensed",
    "licensor": "licensor",
    "organisation": "organization",
    "authorised": "authorized",
    "copyright": "copyright",
}


def words(text: str) -> list[str]:
    """Lower-case words (and single CJK characters) of a text, spelling variants unified."""
    return [_SAME.get(w, w) for w in _WORD.findall(text.lower())]


def words_with_offsets(text: str) -> tuple[list[str], list[int]]:
    low = text.lower()
    toks: list[str] = []
    offs: list[int] = []
    for m in _WORD.finditer(low):
        toks.append(_SAME.get(m.group(), m.group()))
        offs.append(m.start())
    return toks, offs


@dataclass(frozen=True)
class KbLicence:
    key: str  # ScanCode key
    spdx: str  # SPDX id or LicenseRef-scancode-<key>
    name: str
    category: str
    path: str  # the .LICENSE file (text read lazily for alignment)
    length: int  # words
    deprecated: bool = False  # kept for matching (old translations, renamed keys); active texts win ties
    title: str = (
        ""  # the text's first line (its official name, e.g. "CeCILL FREE SOFTWARE LICENSE AGREEMENT")
    )
    urls: tuple[str, ...] = ()  # its canonical addresses (homepage, text, OSI), normalised by norm_url
    exception: bool = False  # a licence exception (Classpath, Swift ...): it goes WITH a licence
    rule: bool = False  # a LicenseDB rule (a notice or another wording of a licence), not a licence


def data_dir() -> Path | None:
    """The LicenseDB folder of the installed ``licensedcode-data`` package, or None."""
    frozen = Path(getattr(sys, "_MEIPASS", "") or "/nonexistent") / "licensedcode" / "data" / "licenses"
    if frozen.is_dir():  # the desktop bundle ships the data files beside the code
        return frozen
    spec = importlib.util.find_spec("licensedcode")
    if spec is None or not spec.submodule_search_locations:
        return None
    for loc in spec.submodule_search_locations:
        p = Path(loc) / "data" / "licenses"
        if p.is_dir():
            return p
    return None


def _parse(path: Path, raw: str | None = None) -> tuple[dict[str, str], str]:
    if raw is None:
        raw = path.read_text(encoding="utf-8", errors="replace")
    meta: dict[str, str] = {}
    body = raw
    if raw.startswith("---"):
        end = raw.find("\n---", 3)
        if end > 0:
            head = raw[3:end]
            body = raw[end + 4 :]
            for line in head.splitlines():
                if line and not line.startswith((" ", "-", "\t")) and ":" in line:
                    k, _, v = line.partition(":")
                    meta[k.strip()] = v.strip().strip("'\"")
    return meta, body


_URL = re.compile(r"https?://[^\s)\]>\"'*]+", re.IGNORECASE)


def norm_url(url: str) -> str:
    """An address without scheme, ``www.``, language or format suffix and trailing slash, so that
    ``https://creativecommons.org/licenses/by/4.0/deed.fr`` and ``http://creativecommons.org/
    licenses/by/4.0/legalcode`` name the same licence."""
    u = re.sub(r"^https?://(www\.)?", "", url.strip().lower()).rstrip("/.,;:")
    u = re.sub(r"/(legalcode|deed)(\.[a-z-]+)?$|\.(html?|txt|php|md)$", "", u)
    return u.rstrip("/")


def urls_in(text: str) -> list[str]:
    return [norm_url(m.group()) for m in _URL.finditer(text)]


def _meta_urls(raw: str) -> tuple[str, ...]:
    """homepage_url, osi_url and the text_urls / other_urls lists of a .LICENSE file's header."""
    end = raw.find("\n---", 3) if raw.startswith("---") else -1
    found: list[str] = []
    key = ""
    for line in raw[3:end].splitlines() if end > 0 else []:
        if line and not line.startswith((" ", "-", "\t")):
            key, _, v = line.partition(":")
            if key in ("homepage_url", "osi_url") and v.strip():
                found.append(v.strip())
        elif key in ("text_urls", "other_urls") and line.strip().startswith("- "):
            found.append(line.strip()[2:])
    return tuple(dict.fromkeys(norm_url(u) for u in found if u.startswith("http")))


def licence_text(lic: KbLicence) -> str:
    return _parse(Path(lic.path))[1]


def _shingles(toks: Sequence[int]) -> Iterator[int]:
    for i in range(len(toks) - SHINGLE + 1):
        h = hash(tuple(toks[i : i + SHINGLE]))
        if h % SAMPLE == 0:
            yield h


@dataclass
class Index:
    licences: list[KbLicence]
    vocab: dict[str, int]
    postings: dict[int, tuple[int, ...]]  # sampled shingle -> licence numbers
    sizes: list[int]  # sampled shingles per licence

    def ids(self, toks: Sequence[str]) -> list[int]:
        v = self.vocab
        return [v.get(t, -1 - (i % 1000)) for i, t in enumerate(toks)]

    def candidates(
        self, toks: Sequence[str], limit: int = 12, rules: bool = False
    ) -> list[tuple[float, int]]:
        """Licences (or, with ``rules``, the LicenseDB rules: notices and other wordings)
        sharing the most sampled shingles with the text, as (containment, n)."""
        counts: dict[int, int] = {}
        lics = self.licences
        for h in set(_shingles(self.ids(toks))):
            for n in self.postings.get(h, ()):
                if lics[n].rule == rules:
                    counts[n] = counts.get(n, 0) + 1
        # the references that explain the most of the text first (a short licence contained in
        # a longer one must not crowd out the longer one), among those largely present
        scored = [(c / max(self.sizes[n], 1), c, n) for n, c in counts.items()]
        scored = [x for x in scored if x[0] >= 0.3] or scored
        scored.sort(key=lambda x: (x[1] * min(1.0, x[0] + 0.2), x[0]), reverse=True)
        return [(est, n) for est, _c, n in scored[:limit]]


def _build(root: Path) -> Index:
    licences: list[KbLicence] = []
    vocab: dict[str, int] = {}
    postings: dict[int, list[int]] = {}
    sizes: list[int] = []
    generic: set[str] = set()  # "proprietary-license", "other-permissive" ...: no licence of its own
    for path in sorted(root.glob("*.LICENSE")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        meta, body = _parse(path, raw)
        deprecated = meta.get("is_deprecated", "").lower() in ("yes", "true")
        if meta.get("is_unknown", "").lower() in ("yes", "true"):
            continue
        if meta.get("is_generic", "").lower() in ("yes", "true"):
            generic.add(meta.get("key") or path.stem)
        toks = words(body)
        if len(toks) < 8:
            continue
        key = meta.get("key") or path.stem
        spdx = meta.get("spdx_license_key") or f"LicenseRef-scancode-{key}"
        if deprecated and meta.get("replaced_by"):
            spdx = meta["replaced_by"]
        n = len(licences)
        licences.append(
            KbLicence(
                key=key,
                spdx=spdx,
                name=meta.get("name") or meta.get("short_name") or key,
                category=meta.get("category", ""),
                path=str(path),
                length=len(toks),
                deprecated=deprecated,
                title=next((ln.strip() for ln in body.splitlines() if ln.strip()), "")[:120],
                urls=_meta_urls(raw),
                exception=meta.get("is_exception", "").lower() in ("yes", "true"),
            )
        )
        ids = [vocab.setdefault(t, len(vocab)) for t in toks]
        sh = set(_shingles(ids))
        sizes.append(len(sh))
        for h in sh:
            postings.setdefault(h, []).append(n)
    _adopt_successors(licences)
    for rule in _rules(root.parent / "rules", licences, generic):
        n = len(licences)
        licences.append(rule)
        ids = [vocab.setdefault(t, len(vocab)) for t in words(licence_text(rule))]
        sh = set(_shingles(ids))
        sizes.append(len(sh))
        for h in sh:
            postings.setdefault(h, []).append(n)
    return Index(licences, vocab, {h: tuple(v) for h, v in postings.items()}, sizes)


RULE_MIN_WORDS = 20  # a shorter rule is a mention ("MIT licensed"), not a notice worth aligning
RULE_MIN_RELEVANCE = 90
_RULE_KINDS = ("is_license_text", "is_license_notice")
_EXPR_TOKEN = re.compile(r"\s+|\(|\)")


def rule_expression(expression: str, spdx_of: dict[str, str]) -> str:
    """A rule's ScanCode licence expression in SPDX words ("gpl-2.0-plus WITH
    autoconf-simple-exception-2.0" -> "GPL-2.0-or-later WITH Autoconf-exception-generic");
    "" when a key is unknown."""
    out: list[str] = []
    pos = 0
    for m in _EXPR_TOKEN.finditer(expression + " "):
        tok = expression[pos : m.start()]
        pos = m.end()
        if tok:
            low = tok.lower()
            if low in ("and", "or", "with"):
                out.append(low.upper())
            elif low in spdx_of:
                out.append(spdx_of[low])
            else:
                return ""
        if m.group().strip():
            out.append(m.group())
    return " ".join(out).replace("( ", "(").replace(" )", ")")


def _rules(folder: Path, licences: list[KbLicence], generic: set[str]) -> Iterator[KbLicence]:
    """The LicenseDB rules that are a licence's notice or another wording of its text (not mere
    references, tags or false positives), of some length and full relevance, as references to
    align against: a GPL "or any later version" header with the Autoconf exception, a Debian
    stanza, an edition ScanCode files under the licence's key. Each goes by the SPDX expression
    of its licence keys; a rule naming a generic key ("proprietary-license") names no licence."""
    if not folder.is_dir():
        return
    spdx_of = {lic.key: lic.spdx for lic in licences if lic.key not in generic}
    category_of = {lic.key: lic.category for lic in licences}
    for path in sorted(folder.glob("*.RULE")):
        raw = path.read_text(encoding="utf-8", errors="replace")
        meta, body = _parse(path, raw)
        yes = {k for k, v in meta.items() if v.lower() in ("yes", "true")}
        if not yes.intersection(_RULE_KINDS) or "is_false_positive" in yes or "is_deprecated" in yes:
            continue
        try:
            if int(meta.get("relevance", "100")) < RULE_MIN_RELEVANCE:
                continue
        except ValueError:
            continue
        length = len(words(body))
        expression = meta.get("license_expression", "")
        spdx = rule_expression(expression, spdx_of)
        if length < RULE_MIN_WORDS or not spdx:
            continue
        first = _EXPR_TOKEN.split(expression)[0].lower() if expression else ""
        yield KbLicence(
            key=f"rule:{path.stem}",
            spdx=spdx,
            name=spdx,
            category=category_of.get(first, ""),
            path=str(path),
            length=length,
            rule=True,
        )


_OSI_PAGE = "opensource.org/licenses/"


def _adopt_successors(licences: list[KbLicence]) -> None:
    """A deprecated ScanCode key without ``replaced_by`` takes the SPDX id of the one active key
    that has an SPDX id and the same OSI page (an OSI page names one licence: ScanCode's ``ntpl``
    is SPDX ``NTP``, which ScanCode now files under ``mit-old-style-no-advert``); a page shared
    by several active keys names none of them, and other addresses (project home pages, wiki
    pages listing many variants) are not evidence of one licence."""
    by_url: dict[str, set[str]] = {}
    for lic in licences:
        if not lic.deprecated and not lic.spdx.startswith("LicenseRef-"):
            for u in lic.urls:
                by_url.setdefault(u, set()).add(lic.spdx)
    for i, lic in enumerate(licences):
        if lic.deprecated and lic.spdx.startswith("LicenseRef-scancode-"):
            heirs = {
                h
                for u in lic.urls
                if u.startswith(_OSI_PAGE) and len(by_url.get(u, ())) == 1
                for h in by_url[u]
            }
            if len(heirs) == 1:
                licences[i] = dataclasses.replace(lic, spdx=heirs.pop())


def _cache_dir() -> Path:
    env = os.environ.get("EXEMPTIO_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "exemptio"


def _fingerprint(root: Path) -> str:
    about = root.parent / "scancode-data.ABOUT"
    h = hashlib.sha256(f"{INDEX_VERSION}|{root}".encode())
    try:
        h.update(about.read_bytes())
        st = root.stat()
        h.update(f"{st.st_mtime_ns}|{sum(1 for _ in root.iterdir())}".encode())
    except OSError:
        pass
    return h.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def index() -> Index | None:
    """The LicenseDB index (None when licensedcode-data is not installed), built once
    and cached in the user cache folder (``EXEMPTIO_CACHE_DIR`` overrides it)."""
    root = data_dir()
    if root is None:
        return None
    cache = _cache_dir() / f"licencedb-{_fingerprint(root)}.pickle"
    try:
        with cache.open("rb") as fh:
            idx = pickle.load(fh)  # our own file, written below
        if isinstance(idx, Index):
            return idx
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        pass
    idx = _build(root)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=cache.parent, delete=False) as tmp:
            pickle.dump(idx, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, cache)
    except OSError:
        pass  # a read-only home: the index lives in memory for this process
    return idx


def family(licence_id: str) -> str:
    """The name a licence's editions share: "libpng" for libpng-2.0 and Libpng, "gpl" for
    GPL-2.0-only and "GPL-2.0-or-later WITH Autoconf-exception-generic"."""
    base = licence_id.removeprefix("LicenseRef-scancode-").lower()
    return re.split(r"[-_.\d ]", base, maxsplit=1)[0]
