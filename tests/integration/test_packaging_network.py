"""No network access at start or in normal use.

Two independent guards watch a subprocess:
- a ``sitecustomize`` audit hook (injected through PYTHONPATH) that refuses and records
  every Python-level ``socket.connect``/``getaddrinfo``/``sendto`` to a non-loopback address;
- ``strace -f -e trace=connect,sendto`` (when installed), which also sees connections made
  by C/C++ code such as Qt, and is parsed for AF_INET/AF_INET6 peers that are not loopback.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.helpers.cli import new_case
from tests.helpers.letters import approve_args

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # ~25 s: five CLI runs and a GUI start under strace

SITECUSTOMIZE = textwrap.dedent(
    '''
    """Test guard: refuse and record any non-loopback network use by this process."""
    import ipaddress
    import os
    import socket
    import sys

    _LOG = os.environ["EXEMPTIO_NET_LOG"]


    def _loopback(host):
        if host is None:
            return True
        host = host.decode() if isinstance(host, bytes) else str(host)
        if host in ("", "localhost", "localhost.localdomain"):
            return True
        try:
            return ipaddress.ip_address(host.split("%")[0]).is_loopback
        except ValueError:
            return False


    def _refuse(what):
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"{os.getpid()} {what}\\n")
        raise ConnectionRefusedError(f"network access refused by the test guard: {what}")


    def _hook(event, args):
        if event == "socket.connect" or event == "socket.sendto":
            sock, addr = args[0], args[1]
            if getattr(sock, "family", None) == getattr(socket, "AF_UNIX", object()):
                return
            host = addr[0] if isinstance(addr, tuple) else addr
            if not _loopback(host):
                _refuse(f"{event} {addr!r}")
        elif event == "socket.getaddrinfo":
            if not _loopback(args[0]):
                _refuse(f"{event} {args[0]!r}")
        elif event == "socket.gethostbyname" or event == "socket.gethostbyaddr":
            if not _loopback(args[0]):
                _refuse(f"{event} {args[0]!r}")


    sys.addaudithook(_hook)
    '''
)

_INET = re.compile(r"sa_family=AF_INET6?,.*?(?:inet_addr\(\"([^\"]+)\"\)|inet_pton\(AF_INET6, \"([^\"]+)\")")


def non_loopback_peers(strace_text: str) -> list[str]:
    """Peers of AF_INET/AF_INET6 connect/sendto calls in strace output, loopback excluded."""
    import ipaddress

    peers = []
    for line in strace_text.splitlines():
        if "connect(" not in line and "sendto(" not in line:
            continue
        m = _INET.search(line)
        if not m:
            continue
        addr = m.group(1) or m.group(2)
        ip = ipaddress.ip_address(addr)
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        if not ip.is_loopback and not ip.is_unspecified:
            peers.append(line.strip())
    return peers


@pytest.fixture
def guarded(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Run a command under both guards; returns (CompletedProcess, refused, strace_peers)."""
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    netlog = tmp_path / "net.log"
    netlog.touch()
    home = tmp_path / "home"
    strace = shutil.which("strace")

    def run(*args: str, timeout: float = 180) -> tuple[subprocess.CompletedProcess[str], str, list[str]]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("EXEMPTIO_")}
        env.pop("DISPLAY", None)
        env.update(
            PYTHONPATH=os.pathsep.join([str(guard), str(REPO)]),
            EXEMPTIO_NET_LOG=str(netlog),
            EXEMPTIO_HOME=str(home),
            QT_QPA_PLATFORM="offscreen",
        )
        cmd = [sys.executable, *args]
        trace = tmp_path / "strace.txt"
        if strace:
            cmd = [strace, "-f", "-qq", "-e", "trace=connect,sendto", "-o", str(trace), *cmd]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tmp_path, timeout=timeout)
        peers = non_loopback_peers(trace.read_text(errors="replace")) if strace else []
        return proc, netlog.read_text(encoding="utf-8"), peers

    return run


def test_the_guards_catch_a_connection(guarded) -> None:  # type: ignore[no-untyped-def]
    code = textwrap.dedent(
        """
        import socket
        for attempt in (
            lambda: socket.create_connection(("192.0.2.1", 443), timeout=0.2),
            lambda: socket.socket().connect(("192.0.2.2", 443)),
            lambda: socket.create_connection(("localhost", 9), timeout=0.2),
        ):
            try:
                attempt()
            except OSError as e:
                print(type(e).__name__, e)
        """
    )
    proc, refused, _ = guarded("-c", code)
    lines = proc.stdout.splitlines()
    assert len(lines) == 3, proc.stderr
    assert lines[0].startswith("ConnectionRefusedError network access refused")
    assert lines[1].startswith("ConnectionRefusedError network access refused")
    assert "test guard" not in lines[2]  # loopback is allowed (refused by the OS: nothing listens)
    assert "socket.getaddrinfo '192.0.2.1'" in refused
    assert "socket.connect ('192.0.2.2', 443)" in refused
    assert "localhost" not in refused


@pytest.mark.skipif(
    shutil.which("strace") is None and not os.environ.get("CI"),  # CI installs strace: must run there
    reason="strace is not installed (apt-get install strace)",
)
def test_strace_sees_c_level_connections(guarded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Bypass the audit hook with ctypes' libc connect: only strace can see this one.
    code = textwrap.dedent(
        """
        import ctypes, socket, struct
        libc = ctypes.CDLL(None, use_errno=True)
        fd = libc.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK, 0)
        sa = struct.pack("!HH4s8x", socket.AF_INET, 443, socket.inet_aton("192.0.2.7"))
        sa = struct.pack("=H", socket.AF_INET) + sa[2:]
        libc.connect(fd, ctypes.c_char_p(sa), len(sa))
        print("done")
        """
    )
    proc, _, peers = guarded("-c", code)
    assert proc.stdout.strip() == "done", proc.stderr
    assert any("192.0.2.7" in p for p in peers), peers


def test_cli_normal_use_is_offline(guarded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    proc, refused, peers = guarded("-m", "app", *new_case("Offline check", officer="Test Officer"))
    assert proc.returncode == 0, proc.stderr
    ref = proc.stdout.strip()
    licence = tmp_path / "LICENSE"
    licence.write_text("Apache License\nVersion 2.0, January 2004\n", encoding="utf-8")
    for args in (
        ("case", "list", "--json"),
        ("case", "show", ref, "--json"),
        ("evidence", "add", ref, str(licence), "--officer", "Test Officer"),
        ("evidence", "verify", ref),
        ("audit", "verify"),
    ):
        proc, refused, peers = guarded("-m", "app", *args)
        assert proc.returncode == 0, (args, proc.stderr)
        assert refused == "", (args, refused)
        assert peers == [], (args, peers)


def test_gui_start_is_offline(guarded) -> None:  # type: ignore[no-untyped-def]
    proc, refused, peers = guarded("-m", "app", "gui", "--exit-when-ready")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("ready "), proc.stdout
    assert refused == ""
    assert peers == []


def test_only_a_configured_timestamp_authority_is_contacted(guarded, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Signing contacts nothing, unless a timestamp authority is given: then that one only."""
    import json

    from tests.helpers.officers import grant, register_cert
    from tests.integration.test_packaging import ANSWERS
    from tests.unit.letter_testpki import PASSPHRASE, make_pki

    drafter, reviewer = "GREGOROVÁ Markéta", "GONÇALVES Bruno"

    def ok(*args: str) -> str:
        r = cli(*args)
        assert r.rc == 0, (args, r.err)
        return str(r.out)

    ref = ok("case", "new", "--title", "T", "--provider", "P", "--subject", "S", "--officer", drafter).strip()
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"checklist": "ai-act-oss", "version": "2025.07", "answers": ANSWERS}))
    ok("checklist", "answer", ref, "--file", str(answers), "--officer", drafter)
    pki = make_pki(tmp_path / "pki")
    grant(cli, pki, reviewer, "reviewer")  # signed by the head of unit (single-user mode)
    for status in ("intake", "assessment", "review"):  # letters are issued from a case in review
        ok("case", "move", ref, status, "--officer", drafter)
    ok("letter", "draft", ref, "--out", str(tmp_path / "draft.pdf"), "--officer", drafter)
    register_cert(cli, pki, drafter, pki.officer_pem)  # the signer is the officer
    pw = tmp_path / "pw.txt"
    pw.write_bytes(PASSPHRASE + b"\n")
    register_cert(cli, pki, reviewer, pki.second_pem)  # the reviewer approves with their own key
    ok(*approve_args(ref, pki.second_p12, pw, reviewer))
    issue = ["-m", "app", "letter", "issue", ref, "--key", str(pki.officer_p12), "--passphrase-file", str(pw)]
    issue += ["--officer", drafter]

    proc, refused, peers = guarded(*issue, "--out", str(tmp_path / "signed.pdf"))
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "signed.pdf").stat().st_size > 0
    assert refused == "" and peers == []

    # a timestamp authority given: it, and only it, is contacted (here refused by the guard)
    proc, refused, peers = guarded(
        "-m", "app", "letter", "augment", ref, "--tsa", "http://192.0.2.10/tsa", "--officer", drafter
    )
    assert proc.returncode != 0 and proc.stderr.startswith("exemptio: "), proc.stdout + proc.stderr
    assert refused.strip() and all("192.0.2.10" in line for line in refused.strip().splitlines()), refused
    assert peers == []  # refused before any packet left
