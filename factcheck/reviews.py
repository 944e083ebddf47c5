"""What outputs read of the desk's work: a conflict's latest verdict, and an outlet's host.

The report and the ClaimReview export both show the desk's verdicts; this is the
one place they read them (``Ledger.conflict_history``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .ledger import Ledger


@dataclass(frozen=True)
class Review:
    """A conflict's review: ``state`` (open / confirmed / dismissed), the reviewer's note, when (ISO)."""

    state: str = "open"
    note: str = ""
    date: str = ""


def review(ledger: Ledger, key: str) -> Review:
    """The latest verdict on the conflict with ``key`` (the one place reviews are read)."""
    history = ledger.conflict_history(key)
    if not history:
        return Review()
    last = history[-1]
    return Review(last["verdict"], last["note"], last["reviewed_at"])


def host_of(url: str) -> str:
    """The site of a URL without "www." ("https://www.bhaskar.com/x" -> "bhaskar.com"), or ""."""
    m = re.match(r"https?://([^/?#]+)", url or "")
    return m.group(1).removeprefix("www.") if m else ""
