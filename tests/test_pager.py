"""Long output goes through the pager on a terminal, and straight out when piped."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

FACTCHECK = str(Path(sys.executable).parent / "factcheck")


def on_terminal(args: list[str], tmp_path: Path) -> tuple[str, str]:
    """Run ``factcheck ARGS`` on a pseudo-terminal 80x20 whose pager writes to a file: (paged, screen)."""
    paged = tmp_path / "paged.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("MANPAGER", "FACTCHECK_NO_PAGER")}
    env.update(PAGER=f"cat > {paged}", LINES="20", COLUMNS="80", TERM="xterm")
    master, slave = pty.openpty()
    screen: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                return
            if not chunk:
                return
            screen.append(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        subprocess.run([FACTCHECK, *args], stdin=slave, stdout=slave, stderr=slave, env=env, timeout=120,
                       check=True)
    finally:
        os.close(slave)
        reader.join(timeout=10)
        os.close(master)
    return (paged.read_text(encoding="utf-8") if paged.exists() else ""), b"".join(screen).decode("utf-8", "replace")


@pytest.mark.slow
def test_a_long_listing_is_paged_on_a_terminal(tmp_path: Path) -> None:
    paged, screen = on_terminal(["entities", "--db", str(tmp_path / "x.db"), "--limit", "40"], tmp_path)
    assert "40 entities" in paged and "40 entities" not in screen


@pytest.mark.slow
def test_a_short_listing_is_not_paged(tmp_path: Path) -> None:
    paged, screen = on_terminal(["entities", "--db", str(tmp_path / "x.db"), "--limit", "2"], tmp_path)
    assert paged == "" and "2 entities" in screen


def test_piped_output_is_never_paged(tmp_path: Path) -> None:
    env = {**os.environ, "PAGER": f"cat > {tmp_path / 'paged.txt'}"}
    out = subprocess.run([FACTCHECK, "entities", "--db", str(tmp_path / "x.db"), "--limit", "40"],
                         capture_output=True, text=True, env=env, timeout=120, check=True).stdout
    assert "40 entities" in out and not (tmp_path / "paged.txt").exists()
