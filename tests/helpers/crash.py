"""Killing a CLI process at a random moment measured in bytes written, not seconds: one
uninterrupted run tells how many bytes the command writes (``written_by``); each trial is then
killed once it has written a random share of that (``kill_after``). Counting bytes keeps the
kill moments spread the same way whatever the machine's load (Linux: /proc/PID/io)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path


def io_written(pid: int) -> int | None:
    """Bytes the process has written so far (/proc/PID/io wchar), None once it is gone."""
    try:
        for line in Path(f"/proc/{pid}/io").read_text().splitlines():
            if line.startswith("wchar:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def written_by(p: subprocess.Popen[bytes]) -> int:
    """Let the process finish (it must succeed); the most bytes it was seen to have written."""
    most = 0
    while p.poll() is None:
        most = max(most, io_written(p.pid) or 0)
        time.sleep(0.001)
    assert p.returncode == 0
    return most


def kill_after(p: subprocess.Popen[bytes], target: float) -> bool:
    """SIGKILL the process once it has written ``target`` bytes; False when it ended first."""
    while p.poll() is None:
        written = io_written(p.pid)
        if written is not None and written >= target:
            p.kill()
            return True
        time.sleep(0.001)
    return False
