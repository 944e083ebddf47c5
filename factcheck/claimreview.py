"""schema.org ``ClaimReview`` (JSON-LD) for what the desk has checked.

Every conflict a reviewer resolved gives one ``ClaimReview`` per side: the
sentence as ``claimReviewed``; ``itemReviewed`` a ``Claim`` whose ``appearance``
is the article (URL, outlet as ``author``, ``datePublished``); ``reviewRating``
carrying the desk's verdict as ``alternateName``; the reviewing organisation as
``author``; the review's date as ``datePublished``; and ``url`` (the page of the
fact check, one fragment per conflict) when a base URL is given. Dismissed and
open conflicts are not published.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from .compare import Conflict, describe, find_conflicts
from .ledger import Ledger
from .model import Claim
from .reviews import Review, host_of, review

CONTEXT = "https://schema.org"
#: What Google's fact-check markup requires of each ClaimReview (and of its rating).
GOOGLE_REQUIRED: tuple[str, ...] = ("claimReviewed", "reviewRating", "url")
GOOGLE_RATING_REQUIRED: tuple[str, ...] = ("alternateName",)


def verdict(conflict: Conflict, r: Review) -> str:
    """The desk's verdict in words: the reviewer's note, else what the sources disagree on."""
    if r.note.strip():
        return r.note.strip()
    return f"Sources disagree: {describe(conflict.a)} vs {describe(conflict.b)}"


def _appearance(claim: Claim, url: str, outlet: str) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if url:
        work["url"] = url
    if outlet:
        work["author"] = {"@type": "Organization", "name": outlet}
    if claim.published:
        work["datePublished"] = claim.published[:10]
    return work


def claim_review(conflict: Conflict, side: Claim, r: Review, *, organisation: str, url: str = "",
                 article_url: str = "", outlet: str = "", anchor: str = "") -> dict[str, Any]:
    """One ``ClaimReview`` of ``side`` (one claim of ``conflict``) as a JSON-LD object."""
    appearance = _appearance(side, article_url, outlet)
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if outlet:
        item["author"] = appearance["author"]
    if side.published:
        item["datePublished"] = side.published[:10]
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "@type": "ClaimReview",
        "claimReviewed": side.sentence or side.text,
        "itemReviewed": item,
        "reviewRating": {"@type": "Rating", "alternateName": verdict(conflict, r)},
        "author": {"@type": "Organization", "name": organisation},
    }
    if r.date:
        out["datePublished"] = r.date[:10]
    if url:
        out["url"] = f"{url}#{anchor}" if anchor else url
    return out


def claim_reviews(ledger: Ledger, *, organisation: str, url: str = "", window_days: int = 30,
                  within_document: bool = False, max_ratio: float | None = None) -> list[dict[str, Any]]:
    """ClaimReviews for every resolved conflict in ``ledger`` (both sides of each)."""
    found = find_conflicts(ledger.claims(), window_days=window_days, within_document=within_document,
                           max_ratio=max_ratio)
    docs = {d.source: d for d in ledger.documents()}
    out = []
    for cid, conflict, _state in ledger.save_conflicts(found):
        r = review(ledger, conflict.key)
        if r.state != "confirmed":
            continue
        for side in (conflict.a, conflict.b):
            doc = docs.get(side.source)
            out.append(claim_review(conflict, side, r, organisation=organisation, url=url,
                                    article_url=doc.url if doc else "",
                                    outlet=side.outlet or (doc.outlet or host_of(doc.url) if doc else ""),
                                    anchor=f"conflict-{cid}"))
    return out


def google_problems(item: dict[str, Any]) -> list[str]:
    """What Google's fact-check markup would reject in one ClaimReview (empty when none)."""
    problems = [f"missing {p}" for p in GOOGLE_REQUIRED if not item.get(p)]
    rating = item.get("reviewRating") or {}
    problems += [f"reviewRating is missing {p}" for p in GOOGLE_RATING_REQUIRED if not rating.get(p)]
    return problems


def write_claimreview(items: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """Write the reviews as one JSON-LD array (Hindi kept as written); return how many."""
    items = list(items)
    json.dump(items, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return len(items)
