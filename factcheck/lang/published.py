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

from factcheck.lang.dates import find_dates, month_day_words, month_number, month_pattern, weekday_number
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
    # a day as digits or as a word ("कीव, नौ जुलाई (एपी)")
    words = "|".join(sorted(map(re.escape, month_day_words()), key=len, reverse=True))
    day = rf"(?:(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?|(?:{words}))"
    year = r"(?:19|20)\d\d"
    dateline = re.compile(
        r"^[\s*#>]*(?P<place>[^\W\d][^\d,:|()\n]{1,40}?)\s*[,:|]\s*"
        rf"(?:(?P<d1>{day})\s+(?P<m1>{mon})|(?P<m2>{mon})\.?\s+(?P<d2>{day}))"
        rf"(?:\s*,?\s*(?P<y>{year}))?(?!\d)\s*,?\s*(?:\(|-|:|।|\||$)",
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
        if m is None or updated_re.match(m.group("place")) or (find_dates(m.group("place")) and not (
                _is_weekday(m.group("place").strip()) and m.group().rstrip()[-1:] in "(-:।|")):
            continue  # "प्रकाशित: 3 अक्तूबर" is no place; "सोमवार, 14 जुलाई।" opens like one
        month = month_number(m.group("m1") or m.group("m2"))
        said = m.group("d1") or m.group("d2")
        day = month_day_words().get(said) or int(re.sub(r"\D", "", said))
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


# --- the page's own date stamps --------------------------------------------------------------

_STAMP_MAX_LINE = 160  # a stamp, byline or dateline head is short; longer lines are body text
_BYLINE_WORDS = 16
_NW = r"(?![\w\u0900-\u097f])"  # a word ends here
_BYLINE = re.compile(
    r"^\W*(?:by|written\s+by|edited\s+by|reported\s+by|posted\s+by|author|लेखक|रिपोर्ट|रिपोर्टर"
    rf"|एडिटेड\s+बाय){_NW}|[|•·]|(?<![\w\u0900-\u097f])(?:द्वारा|ब्यूरो|डेस्क|संवाददाता){_NW}",
    re.IGNORECASE,
)
_STAMP_KEYWORD = re.compile(
    r"(?:^|(?<=[|•·(]))[^\w\u0900-\u097f]*(?:अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड|प्रकाशन\s+तिथि|प्रकाशन\s+तारीख"
    r"|last\s+updated|updated(?:\s+on)?|first\s+published|published(?:\s+on)?|posted(?:\s+on)?|publish\s+date"
    rf"){_NW}\s*(?:on|at)?\s*[:|-]?\s*"
    # after a byline's danda, with its colon: "जागरण संवाददाता, डोडा। प्रकाशित: 21 अगस्त 2026"
    r"|(?<=।)\s*(?:अपडेटेड|प्रकाशित|पब्लिश्ड|updated|published|publish\s+date)\s*:\s*"
    rf"|(?:^|(?<=[|•·]))[^\w\u0900-\u097f]*(?:दिनांक|तारीख|date){_NW}\s*[:|]\s*",  # "दिनांक 5 मई को" is body text
    re.IGNORECASE,
)
#: An English stamp keyword inside a byline line ("न्यूज डेस्क, अमर उजाला, तिरुपति Published by: … Updated
#: Thu, 09 Jan 2025"): capitalised, so body text ("updated figures") is not one.
_STAMP_KEYWORD_INLINE = re.compile(
    rf"(?<![\w\u0900-\u097f])(?:Last Updated|Updated|First Published|Published){_NW}(?:\s+(?:on|at|by))?\s*[:|-]?\s*")
#: "2 घंटे पहले", "15 mins ago", "3 मिनट में पढ़ें", "4 min read": when the page was posted, how long it reads
_POSTED_AGO = re.compile(
    r"(?<![\w\u0900-\u097f])\d{1,2}\s+(?:(?:घंटे|घंटा|मिनट|सेकंड|दिन)\s+(?:पहले|में\s+पढ़ें|में\s+पढें)"
    rf"|(?:hours?|hrs?|minutes?|mins?|days?)\s+(?:ago|read)){_NW}",
    re.IGNORECASE,
)
_POSTED_WORDS = 10
_STAMP_SEPARATOR = re.compile("[|•·(।]")
#: A case marker right after a date makes it an argument of a sentence ("18 जून 2024 को हुई बैठक").
_ARGUMENT = re.compile(rf"\s*(?:को|से|तक|में|के|की|का){_NW}")
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:[:.]\d\d)?")
#: A clause verb or case marker: a line with one reports something, it is no byline.
_REPORTS = re.compile(
    rf"(?<![\w\u0900-\u097f])(?:को|ने|है|हैं|था|थी|थे|हुआ|हुई|हुए|किया|कहा|बताया|होगा|होगी|होंगे){_NW}")
_EN_WEEKDAY = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?",
                         re.IGNORECASE)
_WORD_SPLIT = re.compile(r"[\s,.;:()\[\]|/-]+")
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}")


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of ``text``."""
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        out.append((pos, line.rstrip("\r\n")))
        pos += len(line)
    return out


def _calendar(mention_text: str) -> bool:
    """A date mention that names a month or is written in figures ("2025-01-09"), not "कल" or "सोमवार"."""
    return bool(_NUMERIC_DATE.search(mention_text)) or any(
        month_number(w) for w in _WORD_SPLIT.split(mention_text) if w)


def _calendar_dates(line: str) -> list:
    if not _NUMERIC_DATE.search(line) and not _month_names().search(line.lower()):
        return []  # a calendar date needs figures like 2025-01-09 or a month's name: most lines have neither
    return [m for m in find_dates(line) if _calendar(m.text)]


@lru_cache(maxsize=1)
def _month_names() -> re.Pattern[str]:
    """Any month name or abbreviation, lower-cased as :func:`month_number` reads them."""
    return re.compile(month_pattern())


def _stamp_date_end(window: str) -> int | None:
    """Where the last date after a stamp keyword ends ("Aug 12, 2024", "2024-06-16T10:30")."""
    found = _calendar_dates(window)
    if found:
        return found[-1].end
    iso = _ISO.match(window)
    return iso.end() - (iso.group().endswith("T")) if iso else None


def _byline_date(line: str) -> bool:
    """A byline's date: one calendar date, and no other figure on the line but a clock time
    (a table row "| 23 मई 2019 | भाजपा | 303 |" has figures of its own)."""
    found = _calendar_dates(line)
    if not found:
        return False
    rest = line[: found[0].start] + line[found[-1].end :]
    return not any(ch.isdigit() for ch in _CLOCK.sub("", rest))


def _only_date(line: str) -> bool:
    """A line that is nothing but dates, weekday, clock time and zone: "7 MARCH 2025", "2025-01-09"."""
    found = _calendar_dates(line)
    if not found:
        return False
    cuts = [0] + [x for m in found for x in (m.start, m.end)] + [len(line)]
    rest = "".join(line[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))
    return not _NOISE.sub("", rest).strip()


def _is_weekday(place: str) -> bool:
    return weekday_number(place) is not None or _EN_WEEKDAY.fullmatch(place) is not None


def _dateline(line: str, dateline_re: re.Pattern[str]) -> tuple[int, int] | None:
    """The place-and-date head of a dateline ("पटना, 12 जुलाई (भाषा)।") as offsets in ``line``.

    A weekday may stand for the place ("सोमवार, 14 जुलाई।" opening the article).
    """
    m = dateline_re.match(line)
    if m is None:
        return None
    place = m.group("place").strip()
    if _STAMP_KEYWORD.match(place) or (find_dates(place) and not _is_weekday(place)):
        return None  # "प्रकाशित: 3 अक्तूबर" is no place
    end = m.end("y") if m.group("y") else (m.end("m1") if m.group("m1") else m.end("d2"))
    return m.start("place"), end


def stamp_spans(text: str) -> list[tuple[int, int]]:
    """Spans of folded ``text`` that are the page's own date stamps, never event dates.

    - a line that is nothing but a date ("7 MARCH 2025", "2025-01-09", "Fri. Nov 22nd, 2024");
    - a publication or update line ("Updated: Aug 12, 2024", "प्रकाशित: 12 जुलाई 2025"), from the
      keyword to its date;
    - a short byline with a date ("By Reuters | March 4, 2025", "जनसत्ता ब्यूरो | 15 नवंबर 2025");
    - a short line near the top saying when the page was posted or how long it reads ("नई दिल्ली
      2 घंटे पहले", "4 min read");
    - a day and month alone in a page header's cell near the top ("नई दिल्ली | 02-11 | 10:45 AM");
    - a dateline opening a paragraph near the top ("टोक्यो, 3 मार्च (रायटर्स)", "लखनऊ, अगस्त 21 --",
      "सोमवार, 14 जुलाई।"): the place or weekday and the date, not the sentence after it.

    A date inside a sentence ("एजेंसी ने गुरुवार को बताया") is never in a span.
    """
    dateline_re, _ = _patterns()
    spans: list[tuple[int, int]] = []
    seen = 0  # non-blank lines so far
    for pos, line in _lines(text):
        stripped = line.strip()
        if not stripped:
            continue
        seen += 1
        lead = len(line) - len(line.lstrip())
        short = len(stripped) <= _STAMP_MAX_LINE
        if short and _only_date(line):
            spans.append((pos + lead, pos + len(line.rstrip())))
            continue
        head = line[:_STAMP_MAX_LINE]
        # the keyword opens the line or follows a separator: without one, only the start can match
        k = (_STAMP_KEYWORD.search(head) if _STAMP_SEPARATOR.search(head) else _STAMP_KEYWORD.match(head)) \
            or _STAMP_KEYWORD_INLINE.search(head)
        if (k and (end := _stamp_date_end(line[k.end() : k.end() + 60]))
                and not _ARGUMENT.match(line, k.end() + end)):
            keyword = k.group()
            spans.append((pos + k.start() + len(keyword) - len(keyword.lstrip()), pos + k.end() + end))
            if seen <= _TOP_LINES and (span := _head_dateline(line[:k.start()], dateline_re)):
                # "नई दिल्ली, 13 अक्टूबर 2025, (अपडेटेड 13 अक्टूबर 2025, 9:10 AM IST)": the dateline before it
                spans.append((pos + span[0], pos + span[1]))
            continue
        if (short and len(stripped.split()) <= _BYLINE_WORDS and _BYLINE.search(stripped)
                and not _REPORTS.search(line) and _byline_date(line)):
            spans.append((pos + lead, pos + len(line.rstrip())))
            continue
        if (seen <= _TOP_LINES and len(stripped.split()) <= _POSTED_WORDS and not _REPORTS.search(line)
                and _POSTED_AGO.search(line)):
            spans.append((pos + lead, pos + len(line.rstrip())))
            continue
        if seen <= _TOP_LINES and short and (m := _DAY_MONTH_CELL.search(line)) and _day_month(m.group(1)):
            # "नई दिल्ली | 02-11 | 10:45 AM": a page header's day and month, no count of 11
            spans.append((pos + m.start(1), pos + m.end(1)))
            continue
        # a short line may close a byline's cells with its dateline; a long one only opens with one
        opening = (_head_dateline(line, dateline_re) if short else _dateline(line[:_STAMP_MAX_LINE], dateline_re)) \
            if seen <= _TOP_LINES else None
        if opening:
            spans.append((pos + opening[0], pos + opening[1]))
    return spans


def _head_dateline(head: str, dateline_re: re.Pattern[str]) -> tuple[int, int] | None:
    """A dateline opening ``head``, or closing a byline's cells ("Written By: … | Edited By: … | अल्मोड़ा,
    04 नवंबर 2025"), as offsets in ``head``."""
    span = _dateline(head, dateline_re)
    cell = max(head.rfind(sep) for sep in "|•·") + 1
    if span is None and cell and _BYLINE.search(head) and (span := _dateline(head[cell:], dateline_re)):
        return cell + span[0], cell + span[1]
    return span


#: A day and month standing alone between separators or at a line's end: "| 02-11 |".
_DAY_MONTH_CELL = re.compile(r"(?:^|[|•·])\s*(\d{1,2}[-/.]\d{1,2})\s*(?=[|•·]|$)")


def _day_month(cell: str) -> bool:
    """Whether "02-11" / "11/02" can be a day and a month in either order."""
    a, b = (int(x) for x in re.split(r"[-/.]", cell))
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= b <= 31 and 1 <= a <= 12)
