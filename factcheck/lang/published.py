"""A news page's publication date from its own text or URL.

``find_published(text, url)`` -> ``(iso_date, origin)`` or None. Origins, in the
order they are trusted:

- ``dateline``: the wire-copy opening "नई दिल्ली, 16 जून (भाषा)" or
  "नई दिल्ली, जून 16 --". Without a year it counts only when another date on the
  page (URL, updated line, header) supplies the year.
- ``updated``: "प्रकाशित: 16 जून 2024", "अपडेटेड: …", "Updated: Jun 16, 2024".
- ``url``: /2024/06/16/, /2024-06-16/ or 20240616 in the URL.
- ``header``: a line near the top that is nothing but a date ("Fri. Nov 22nd,
  2024"); it may be the site's current date, so it is trusted least.

Only the first lines are read for datelines and headers, so this is cheap.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from factcheck.lang.dates import find_dates, month_number, month_pattern
from factcheck.normalize import fold

_TOP_LINES = 15
_HEADER_LINES = 5
_UPDATED_LINES = 60
_FULL = re.compile(r"^\d{4}-\d\d-\d\d$")
_URL_DATE = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/_.-](\d{1,2})[/_.-](\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
)
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?:T|(?!\d))")
_NOISE = re.compile(
    r"\d{1,2}:\d\d(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:ist|gmt|utc)\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b"
    r"|[^\w\u0900-\u097f]|\d",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    mon = month_pattern()
    day = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    dateline = re.compile(
        r"^[\s*#>]*(?P<place>[^\W\d][^\d,:|()\n]{1,40}?)\s*[,:|]\s*"
        rf"(?:(?P<d1>{day})\s+(?P<m1>{mon})|(?P<m2>{mon})\.?\s+(?P<d2>{day}))"
        rf"(?:\s*,?\s*(?P<y>{year}))?(?!\d)\s*(?:\(|-|:|।|\||$)",
        re.IGNORECASE,
    )
    updated = re.compile(
        r"(?:अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड|प्रकाशन\s+तिथि|प्रकाशन\s+तारीख|last\s+updated|updated(?:\s+on)?"
        r"|first\s+published|published(?:\s+on)?|posted(?:\s+on)?|publish\s+date)\s*(?:on|at|:|-|\|)?\s*",
        re.IGNORECASE,
    )
    return dateline, updated


def _full_date(line: str) -> tuple[str, int, int] | None:
    """The first full date in a folded line as (ISO, start, end)."""
    for m in find_dates(line):
        if _FULL.match(m.when):
            return m.when, m.start, m.end
    iso = _ISO.search(line)
    if iso and (d := _date(*iso.groups())):
        return d, iso.start(), iso.end()
    return None


def _date(y: str, m: str, d: str) -> str | None:
    try:
        day = dt.date(int(y), int(m), int(d))
    except ValueError:
        return None
    return day.isoformat() if 1990 <= day.year <= 2099 else None


def _from_url(url: str) -> str | None:
    for rx in _URL_DATE:
        for m in rx.finditer(url):
            if d := _date(*m.groups()):
                return d
    return None


def find_published(text: str, url: str = "") -> tuple[str, str] | None:
    """The publication date of a page as (ISO date, origin), or None if not found."""
    dateline_re, updated_re = _patterns()
    lines = [ln for ln in text[:20000].splitlines() if ln.strip()][:_UPDATED_LINES]
    # fold only the line starts that can hold a date: the top lines and keyword lines
    top = [
        fold(ln[:160])[0].strip() if i < _TOP_LINES or updated_re.search(ln[:160]) else ""
        for i, ln in enumerate(lines)
    ]

    partial: tuple[int, int] | None = None  # (month, day) of a dateline without a year
    for line in top[:_TOP_LINES]:
        m = dateline_re.match(line)
        if m is None or updated_re.match(m.group("place")) or find_dates(m.group("place")):
            continue  # "प्रकाशित: 3 अक्तूबर", "शुक्रवार, 22 नवंबर" are not places
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(re.sub(r"\D", "", m.group("d1") or m.group("d2")))
        if month is None:
            continue
        if m.group("y"):
            if d := _date(m.group("y"), str(month), str(day)):
                return d, "dateline"
        elif partial is None:
            partial = (month, day)

    updated = None
    for line in top:
        u = updated_re.search(line) if line else None
        if u and (found := _full_date(line[u.end() : u.end() + 60])):
            updated = found[0]
            break
    from_url = _from_url(url) if url else None
    header = None
    for line in top[:_HEADER_LINES]:
        found = _full_date(line)
        if found and len(_NOISE.sub("", line[: found[1]] + line[found[2] :])) <= 3:
            header = found[0]
            break

    if partial is not None:
        for other in (updated, from_url, header):
            if other and (d := _date(other[:4], str(partial[0]), str(partial[1]))):
                return d, "dateline"
    if updated:
        return updated, "updated"
    if from_url:
        return from_url, "url"
    if header:
        return header, "header"
    return None
