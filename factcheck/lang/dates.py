"""Calendar references in Hindi news text -> ``DateMention``.

``find_dates(text, published)`` reads folded text (see ``factcheck.normalize.fold``)
and returns every date expression with its ``when`` (ISO 8601 at the precision
written, ``--MM``/``--MM-DD`` when the year is not known, ``""`` when nothing on
the calendar is known).

Where the parts come from:

- Month and weekday names: Babel/CLDR (``hi`` and ``en`` locales) plus the
  spelling variants news uses, from ``data/dates.json`` (सितम्बर, अक्तूबर, इतवार…).
- Latin-script dates ("Nov 22nd, 2024", "22 November 2024"): our regex finds the
  span, dateparser reads it (ordinals, abbreviations, order) and reports the
  period, which gives the precision.
- Hindi dates and all relative forms are read by hand. dateparser's Hindi misses
  गत/बीते वर्ष, हफ्ता/सप्ताह, इस महीने, number words ("दो दिन पहले"), and always
  reads कल as tomorrow; here कल/परसों and bare weekdays take their direction from
  the tense of the verb that follows. Year/month/day arithmetic on a known
  publication date is trivial, so one code path serves every relative form.

A bare 4-digit year counts only in a date context (साल/वर्ष/सन् before it, or
में/से/तक/के बाद/का/की/के… after it, not followed by a counted noun or
अधिक/ज्यादा), so "2000 सैनिक" or "2000 से ज्यादा" are not dates. Times of day,
durations without पहले/बाद, phone numbers and designators (कोविड-19) are not read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factcheck.model import DateMention
from factcheck.normalize import fold_word

_DATA = Path(__file__).parent / "data" / "dates.json"
_L = r"[\w\u0900-\u0963\u0971-\u097f]"  # a word character, Devanagari signs included
_NB = rf"(?<!{_L})"
_NA = rf"(?!{_L})"
_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_DIGIT = re.compile(r"\d")
# what a pattern cannot match without (a cheap search first skips most sentences):
_NUMERIC_NEEDS = re.compile(r"\d[/.-]\d")  # the numeric date's first separator
_YEAR_NEEDS = re.compile(_YEAR)
_DECADE_NEEDS = ("दशक", "0s", "0's")
#: A word between whitespace and these punctuation marks (a regex: faster than a translate table).
_WORD = re.compile(r"[^\s" + re.escape(",.;:!?()[]{}\"'।॥|-/") + r"]+")
_DAY_WORDS = frozenset(("आज", "कल", "परसों", "बीती"))
_AGO_WORDS = frozenset(("पहले", "पूर्व", "बाद"))


def _alt(words: object) -> str:
    """A regex alternation of folded words, longest first, spaces as ``\\s+``."""
    folded = {fold_word(str(w)) for w in words}  # type: ignore[attr-defined]
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(folded, key=len, reverse=True) if w
    )


class _Lang(NamedTuple):
    month: dict[str, int]
    month_alt: str
    weekday: dict[str, int]
    offset: dict[str, int]  # इस -> 0, पिछले -> -1, अगले -> 1
    numbers: dict[str, float]
    decades: dict[str, int]
    not_year_after: frozenset[str]
    month_date: re.Pattern[str]
    month_ctx: re.Pattern[str]
    numeric: re.Pattern[str]
    year: re.Pattern[str]
    year_after: re.Pattern[str]
    decade: re.Pattern[str]
    rel_unit: re.Pattern[str]
    weekday_re: re.Pattern[str]
    day_word: re.Pattern[str]
    ago: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    coord: re.Pattern[str]
    year_label: re.Pattern[str]
    year_name: re.Pattern[str]
    named_year: re.Pattern[str]
    day_of_month: re.Pattern[str]
    day_words: dict[str, int]
    not_dates: tuple[str, ...]
    approx_words: frozenset[str]
    # cheap per-sentence triggers: a pattern runs only if one of its words occurs
    trig_month: frozenset[str]
    trig_unit: frozenset[str]
    trig_weekday: frozenset[str]


@lru_cache(maxsize=1)
def _lang() -> _Lang:
    """Load the word lists once and compile every pattern."""
    from babel.dates import get_day_names, get_month_names

    data = json.loads(_DATA.read_text(encoding="utf-8"))
    month: dict[str, int] = {}
    for loc, widths in (("hi", ("wide",)), ("en", ("wide", "abbreviated"))):
        for width in widths:
            for num, name in get_month_names(width, locale=loc).items():
                month[fold_word(name)] = int(num)
    for num, names in data["months"].items():
        for name in names:
            month[fold_word(name)] = int(num)
    weekday: dict[str, int] = {fold_word(n): int(i) for i, n in get_day_names("wide", locale="hi").items()}
    for num, names in data["weekdays"].items():
        for name in names:
            weekday[fold_word(name)] = int(num)
    offset = {fold_word(w): 0 for w in data["this"]}
    offset.update({fold_word(w): -1 for w in data["last"]})
    offset.update({fold_word(w): 1 for w in data["next"]})
    numbers = {fold_word(k): float(v) for k, v in data["number_words"].items()}
    decades = {fold_word(k): int(v) for k, v in data["decade_words"].items()}

    mon, wd, rel = _alt(month), _alt(weekday), _alt(offset)
    yw, mw, ww = _alt(data["year_words"]), _alt(data["month_words"]), _alt(data["week_words"])
    day_words = month_day_words()
    dw = _alt(day_words)
    month_date = re.compile(
        rf"{_NB}(?<![\d,./])(?<!\d-)"
        # "गुरुवार, 9 अक्टूबर", "शुक्रवार (14 मार्च)": the weekday is part of the date
        rf"(?:(?:(?:{rel})\s+)?(?P<wd>{wd})\s*(?:,\s*|(?P<po>\(\s*))?)?"
        rf"(?:(?P<rel>{rel})\s+(?:{yw})\s+(?:के\s+)?)?"
        r"(?:"
        rf"(?P<d1>{_DAY}|{dw})(?:\s*(?:-|से)\s*(?P<d2>{_DAY}))?[\s,.-]*(?P<m1>{mon})"
        rf"(?:[\s,.-]*(?P<y1>{_YEAR})(?!\d))?"
        rf"|(?P<m2>{mon})\s*(?P<d3>{_DAY})\s*,?\s*(?P<y2>{_YEAR})(?!\d)"
        # "अगस्त 21 को", "लखनऊ, अगस्त 21 --": month first, no year
        rf"|(?P<m4>{mon})\.?\s+(?P<d4>{_DAY})(?=\s*(?:(?:को|तक|से|के|की|का){_NA}|[,।|()-]|$))"
        rf"|(?P<m3>{mon})(?:[\s,.-]*(?P<y3>{_YEAR})(?!\d))?"
        rf"){_NA}(?(po)\s*\))"
        # "14 मार्च (शुक्रवार)", "14 मार्च, शुक्रवार को"
        rf"(?:\s*(?:,\s*|(?P<pw>\(\s*))(?P<wd2>{wd})(?(pw)\s*\)|{_NA}))?",
        re.IGNORECASE,
    )
    month_ctx = re.compile(
        rf"\s*(?:(?:में|से|तक|के|की|का|महीने|माह|मास|और|या|व){_NA}|-|,\s*(?:{mon}){_NA})", re.I
    )
    numeric = re.compile(
        r"(?<![\w/.,-])(?:(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<c>\d{4}|\d{2})"
        rf"|(?P<iy>{_YEAR})-(?P<im>\d\d)-(?P<id>\d\d))(?![\w/]|[.,-]\d)"
    )
    pre = rf"(?:(?:{rel})\s+)?(?:{_alt(data['year_before'])})"
    year = re.compile(
        rf"{_NB}(?<![\d][,.])(?:(?P<pre>{pre})\s*)?(?P<y>{_YEAR})(?:-(?P<fy>\d{{4}}|\d\d))?{_NA}",
        re.IGNORECASE,
    )
    chain = rf"(?:\s*(?:,|और|या|व|तथा|एवं|से|-)\s*{_YEAR}(?:-\d\d)?)*"
    year_after = re.compile(
        rf"{chain}\s*(?:(?P<post>{_alt(data['year_after'])}){_NA}(?P<rest>\s*\S*)"
        rf"|(?P<noun>{_alt(data['year_after_nouns'])}){_NA})"
    )
    decade = re.compile(
        rf"{_NB}(?P<dy>(?:1[0-9]|20)?[0-9]0|{_alt(decades)})(?:'?s)?\s+(?:के|का)\s+दशक(?:ों)?{_NA}"
        rf"|{_NB}(?P<ey>(?:1[0-9]|20)[0-9]0)'?s{_NA}"
    )
    rel_unit = re.compile(
        rf"{_NB}(?P<rel>{rel})\s+(?:(?P<ry>{yw})|(?P<rm>{mw})|(?P<rk>{ww})|(?P<rd>{wd})){_NA}"
    )
    weekday_re = re.compile(rf"{_NB}(?P<wd>{wd}){_NA}")
    day_word = re.compile(
        rf"{_NB}(?:(?P<today>आज)(?!\s*(?:तक|भी|कल|के\s+(?:दौर|समय|जमाने|युग|दिन)){_NA})"
        rf"|(?<!आज )(?<!बीते )(?<!वाला )(?<!वाले )(?P<kal>कल)(?!\s*-?\s*(?:कारखान|पुर्ज))|(?P<parson>परसों)"
        rf"|(?P<night>बीती\s+रात)){_NA}"
    )
    units = r"दिन|दिनों|हफ्ते|हफ्तों|सप्ताह|सप्ताहों|महीने|महीनों|माह|साल|सालों|वर्ष|वर्षों|बरस"
    ago = re.compile(
        rf"{_NB}(?P<n>\d{{1,3}}|{_alt(numbers)})\s+(?P<u>{units})\s+(?P<dir>पहले|पूर्व|बाद){_NA}"
    )
    future = re.compile(
        rf"(?:{_NB}(?:{_alt(data['future_markers'])})|(?<={_L})(?:ेगा|ेगी|ेंगे|ेंगी|एगा|एगी|एंगे|एंगी|ूंगा|ूंगी|ओगे)){_NA}"
    )
    past = re.compile(rf"{_NB}(?:{_alt(data['past_markers'])}|ने|की\s*$){_NA}")
    # "छह और 11 नवंबर", "5, 6 व 7 जून": coordinated days share the month written after the last
    coord = re.compile(
        rf"{_NB}(?<![\d,./])(?P<d>{_DAY}|{_L}+)(?P<sep>\s*(?:,|और|व|तथा|एवं)\s*)"
        rf"(?=(?:{_DAY}\s*(?:,|और|व|तथा|एवं)\s*)*{_DAY}[\s,.-]*(?:{mon}){_NA})",
        re.IGNORECASE,
    )
    # "बिहार चुनाव नतीजे 2025:", "लोकसभा चुनाव 2024": a year labelling an election, budget, census
    year_label = re.compile(
        rf"{_NB}(?:{_alt(data['year_after_nouns'])})(?:\s+(?:{_alt(data['label_heads'])}))?\s*[-:,]?\s*$",
        re.IGNORECASE,
    )
    names = _alt(data["year_names"])
    # "एशिया कप 2025", "विश्व कप 2023", "महाकुंभ 2025": a year in an event's name dates the event
    year_name = re.compile(rf"{_NB}(?:{names})\s*[-:]?\s*$", re.IGNORECASE)
    named_year = re.compile(
        rf"{_NB}(?:{names}|{_alt(data['year_after_nouns'])})(?:\s+(?:{_alt(data['label_heads'])}))?"
        rf"\s*[-:,]?\s*(?P<y>{_YEAR})(?![\d-])",
        re.IGNORECASE,
    )
    # "इस महीने की 14 तारीख", "14 तारीख को": a day of the publication month (or the one before/after)
    day_of_month = re.compile(
        rf"{_NB}(?:(?P<rel>{rel})\s+(?:{mw})\s+की\s+)?(?P<d>{_DAY}|{dw})\s+(?:{_alt(data['day_words'])}){_NA}"
    )
    return _Lang(
        month, mon, weekday, offset, numbers, decades,
        frozenset(fold_word(w) for w in data["not_year_after"]),
        month_date, month_ctx, numeric, year, year_after, decade, rel_unit, weekday_re, day_word, ago,
        future, past, coord, year_label, year_name, named_year, day_of_month, day_words,
        tuple(fold_word(w) for w in data["not_dates"]),
        frozenset(fold_word(w) for w in data["approx_words"]),
        frozenset(w.rstrip(".") for w in month),
        frozenset(fold_word(w).split()[0] for k in ("year_words", "month_words", "week_words") for w in data[k])
        | frozenset(weekday),
        frozenset(weekday),
    )


@lru_cache(maxsize=1)
def month_day_words() -> dict[str, int]:
    """Folded number words for the days of a month ("आठ" -> 8), every spelling in the numeral table."""
    from factcheck.lang.numerals import number_words

    return {w: int(v) for w, v in number_words().items() if v == int(v) and 1 <= v <= 31}


def month_number(word: str) -> int | None:
    """The month (1-12) a folded month name or abbreviation names (Hindi or English), else None."""
    w = re.sub(r"\s+", " ", word.lower())
    month = _lang().month
    return month.get(w) or month.get(w.rstrip("."))


def weekday_number(word: str) -> int | None:
    """The weekday (0 = Monday) a folded Hindi weekday name names, else None."""
    return _lang().weekday.get(re.sub(r"\s+", " ", word.strip().lower()))


def month_pattern() -> str:
    """A regex alternation of every folded month name (match it case-insensitively)."""
    return _lang().month_alt


def _tense(text: str, end: int, default: str = "past") -> str:
    """``future`` or ``past`` from the first tense marker after ``end`` in its clause, else the sentence,
    else ``default``."""
    lang = _lang()
    stop = re.search(r"[।|?!]|\.(?:\s|$)", text[end:])
    clause = text[end : end + stop.start()] if stop else text[end:]
    for window in (clause, text):
        f, p = lang.future.search(window), lang.past.search(window)
        if f and (not p or f.start() < p.start()):
            return "future"
        if p:
            return "past"
    return default


#: What makes a past-tense clause speak of a coming day: a progressive ("शुरू हो रहे") or an
#: announcement of it ("24 जून को प्रदर्शन का एलान किया").
_COMING = re.compile(rf"{_NB}(?:रहे|रहा|रही|एलान|ऐलान|घोषणा|आह्वान|फैसला){_NA}")


def _clause_after(text: str, end: int) -> str:
    stop = re.search(r"[।|?!,]|\.(?:\s|$)", text[end:])
    return text[end:end + stop.start()] if stop else text[end:]


#: A year-less day at most this far after publication is this year's when the clause speaks of it
#: as coming.
_DAYS_AHEAD = dt.timedelta(days=10)
_SOON = dt.timedelta(days=45)  # a year-less day this close after publication, with no verb, is upcoming
_LABEL_END = re.compile(r"[^\S\n]*(?:$|\n|[:,;।|!?)–]|-\s|\.(?:\s|$))")  # "चुनाव नतीजे 2025:" ends the label
_UNTIL = re.compile(r"\s*तक(?![\w\u0900-\u097f])")
_PRESENT = re.compile(rf"{_NB}(?:है|हैं|रहा\s+है|रही\s+है|रहे\s+हैं){_NA}")
_PLUPERFECT = re.compile(rf"{_NB}(?:था|थी|थे|थीं){_NA}")


def _until(text: str, end: int) -> bool:
    """"8 जून तक" with a present or future verb looks forward (schools closed until then).

    The clause's verb is present when it carries है/हैं ("आदेश दिया है") and has
    no past auxiliary (था/थी/थे), or future by :func:`_tense`.
    """
    u = _UNTIL.match(text, end)
    if u is None:
        return False
    stop = re.search(r"[।|?!]|\.(?:\s|$)", text[u.end():])
    clause = text[u.end() : u.end() + stop.start()] if stop else text[u.end():]
    if _PLUPERFECT.search(clause):
        return False
    return _PRESENT.search(clause) is not None or _tense(text, end) == "future"


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    if y is None:
        return f"--{m:02d}-{d:02d}" if d else (f"--{m:02d}" if m else "")
    if m is None:
        return f"{y:04d}"
    return f"{y:04d}-{m:02d}-{d:02d}" if d else f"{y:04d}-{m:02d}"


def _valid(y: int, m: int, d: int | None) -> bool:
    try:
        dt.date(y, m, d or 1)
    except ValueError:
        return False
    return True


def _add_months(day: dt.date, n: int) -> tuple[int, int]:
    k = day.year * 12 + day.month - 1 + n
    return k // 12, k % 12 + 1


def _week(day: dt.date) -> str:
    """A week's ``when``: its month if the whole week lies in one, else its year, else ''."""
    mon = day - dt.timedelta(days=day.weekday())
    sun = mon + dt.timedelta(days=6)
    if (mon.year, mon.month) == (sun.year, sun.month):
        return _iso(mon.year, mon.month)
    return _iso(mon.year) if mon.year == sun.year else ""


@lru_cache(maxsize=4096)
def _parse_latin(span: str) -> tuple[int, int, int | None] | None:
    """(year, month, day or None) of a Latin-script date span, read by dateparser."""
    data = _latin_parser().get_date_data(span)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj
    return d.year, d.month, (d.day if data.period == "day" else None)


@lru_cache(maxsize=1)
def _latin_parser():  # type: ignore[no-untyped-def]
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={"RELATIVE_BASE": dt.datetime(2000, 1, 1), "PREFER_DAY_OF_MONTH": "first"},
    )


def _month_date(m: re.Match[str], text: str, pub: dt.date | None,
                doc_year: int | None = None) -> tuple[int, int, str, bool] | None:
    lang = _lang()
    g = m.groupdict()
    mon_txt = g["m1"] or g["m2"] or g["m4"] or g["m3"]
    month = lang.month.get(mon_txt.lower())
    if month is None:
        return None
    day_s = g["d1"] or g["d3"] or g["d4"]
    if day_s and not day_s[0].isdigit():
        if any(text.startswith(idiom, m.start("d1")) for idiom in lang.not_dates):
            return None  # "दो जून की रोटी"
        day: int | None = lang.day_words[day_s.lower()]
    else:
        day = int(re.sub(r"\D", "", day_s)) if day_s else None
    year_s = g["y1"] or g["y2"] or g["y3"]
    year = int(year_s) if year_s else None
    end = m.end()
    if g["m3"] and not (year_s or g["rel"] or g["wd"]) and not lang.month_ctx.match(text, end):
        return None  # a bare month needs a date context ("जुलाई में"), unlike "मार्च निकाला"
    if g["m3"] and not year_s and text[: m.start()].rstrip().rpartition(" ")[2] in lang.numbers:
        return None  # "दो जून की रोटी" is an idiom, and dates are written with digits
    if mon_txt.isascii():
        date_start = m.start("m2") if g["m2"] else (m.start("d1") if g["d1"] else m.start("m3"))
        parsed = _parse_latin(text[date_start:end]) if year_s else None
        if parsed:
            year, month, day = parsed
    if g["d2"]:
        day = None  # "19-20 जून": the month is what the span pins down
    if day is not None and not _valid(year or 2000, month, day):
        return None
    relative = False
    if year is None:
        relative = True
        if pub is not None:
            if g["rel"]:
                year = pub.year + lang.offset.get(re.sub(r"\s+", " ", g["rel"]), 0)
            else:
                key, now = (month, day or 0), (pub.month, pub.day if day else 0)
                tense = "future" if _until(text, end) else _tense(text, end, default="")
                if not tense:  # no verb ("15 मई तक रोक"): a day just ahead is upcoming, else past
                    ahead = dt.date(pub.year, month, min(day or 1, 28)) - pub
                    tense = "future" if dt.timedelta(0) <= ahead <= _SOON else "past"
                year = pub.year + (key < now) if tense == "future" else pub.year - (key > now)
                if year < pub.year and _valid(pub.year, month, day or 1) and _COMING.search(_clause_after(text, end)) \
                        and dt.timedelta(0) < dt.date(pub.year, month, day or 1) - pub <= _DAYS_AHEAD:
                    # "10 जनवरी से शुरू हो रहे", "24 जून को प्रदर्शन का एलान किया" in a report two days
                    # before: the coming day, not last year's
                    year = pub.year
        elif doc_year is not None and not g["rel"]:
            year = doc_year  # the year the document names for its event ("एशिया कप 2025")
        wd = g["wd"] or g["wd2"]
        if year is not None and wd and day is not None and not g["rel"]:
            year = _weekday_year(year, month, day, lang.weekday[wd.lower()], pub)
        if year is not None and day is not None and not _valid(year, month, day):
            return None
    return m.start(), end, _iso(year, month, day), relative


def _weekday_year(year: int, month: int, day: int, weekday: int, pub: dt.date | None) -> int:
    """The year next to ``year`` in which day/month falls on ``weekday`` ("सोमवार, 14 जुलाई"), nearest first."""
    near = pub or dt.date(year, 7, 1)
    tries = sorted((year, year - 1, year + 1), key=lambda y: (y != year, abs(dt.date(y, month, 1) - near)))
    for y in tries:
        if _valid(y, month, day) and dt.date(y, month, day).weekday() == weekday:
            return y
    return year


def _day_of_month(m: re.Match[str], text: str, pub: dt.date | None) -> tuple[int, int, str, bool] | None:
    """"इस महीने की 14 तारीख" -> that day of the publication month; a bare "14 तारीख" looks back,
    or forward with a future verb. Nothing on the calendar is known without a publication date."""
    lang = _lang()
    d_s = m.group("d")
    day = int(re.sub(r"\D", "", d_s)) if d_s[0].isdigit() else lang.day_words.get(d_s.lower())
    if day is None or not 1 <= day <= 31:
        return None
    when = ""
    if pub is not None:
        if m.group("rel"):
            shift = lang.offset.get(re.sub(r"\s+", " ", m.group("rel")), 0)
        elif _tense(text, m.end()) == "future":
            shift = 1 if day < pub.day else 0
        else:
            shift = -1 if day > pub.day else 0
        y, mo = _add_months(pub, shift)
        when = _iso(y, mo, day) if _valid(y, mo, day) else ""
    return m.start(), m.end(), when, True


def _coordinated(text: str, pub: dt.date | None, cands: list[tuple[int, int, str, bool]]) -> None:
    """Days coordinated before a dated day ("छह और 11 नवंबर") take its month and year."""
    lang = _lang()
    for m in lang.coord.finditer(text):
        d_s = m.group("d")
        if d_s[0].isdigit():
            day = int(re.sub(r"\D", "", d_s))
        else:
            day_f = lang.numbers.get(d_s.lower()) or _word_number(d_s)
            if day_f is None or day_f != int(day_f):
                continue
            day = int(day_f)
        nxt = lang.month_date.search(text, m.end(), m.end() + 60)  # the dated day the lookahead saw
        if nxt is None or not 1 <= day <= 31:
            continue
        r = _month_date(nxt, text, pub)
        if r is None or r[2].count("-") != 2 and not r[2].startswith("--"):
            continue
        when = r[2]
        if when.startswith("--"):
            if when.count("-") != 3:
                continue
            when = f"{when[:5]}-{day:02d}"
        else:
            y, mo, d2 = (int(x) for x in when.split("-"))
            if not _valid(y, mo, day) or day >= d2:
                continue
            when = _iso(y, mo, day)
        cands.append((m.start("d"), m.end("d"), when, r[3]))


def _word_number(word: str) -> float | None:
    from factcheck.lang.numerals import parse_number

    return parse_number(word)


def _numeric(m: re.Match[str]) -> tuple[int, int, str, bool] | None:
    if m.group("iy"):
        y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
        if len(c) == 2 and m.group("s") == "-":
            return None
        y = int(c) if len(c) == 4 else 2000 + int(c)
        d, mo = (b, a) if b > 12 >= a else (a, b)  # Indian order is day/month
        if len(c) == 4 and not 1800 <= y <= 2099:
            return None
    if not _valid(y, mo, d):
        return None
    return m.start(), m.end(), _iso(y, mo, d), False


def _year(m: re.Match[str], text: str) -> tuple[int, int, str, bool] | None:
    lang = _lang()
    y = int(m.group("y"))
    end = m.end()
    fy = m.group("fy")
    if fy:
        nxt = int(fy)
        if not (nxt == y + 1 or (len(fy) == 2 and nxt == (y + 1) % 100)):
            end = m.end("y")  # "2022-2024": a range of years, read the first
            fy = None
    if m.group("pre"):
        return m.start(), end, _iso(y), False
    if not fy:
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1] in ("लगभग", "करीब", "तकरीबन", "कुल", "मात्र", "केवल", "सिर्फ", "रु.", "रुपये", "₹", "$"):
            return None
        a = lang.year_after.match(text, end)
        if not 1800 <= y <= 2099:
            return None
        if a is None and lang.year_name.search(text, max(0, m.start() - 40), m.start()):
            return m.start(), end, _iso(y), False  # "एशिया कप 2025 जीतने के बाद": a year in a name
        if a is None:
            if lang.year_label.search(text, max(0, m.start() - 40), m.start()) and _LABEL_END.match(text, end):
                return m.start(), end, _iso(y), False
            return None
        post = a.group("post")
        if post:
            post = re.sub(r"\s+", " ", post)
            rest = a.group("rest").strip(" ,.;:!?\"'()")
            if rest in lang.approx_words and post == "से" and not _number_after(text, a.end("rest")):
                rest = ""  # "2005 से लगभग लगातार": since 2005; "2000 से लगभग 3000" is a range
            if post != "में" and rest and (
                    (rest[0].isdigit() and post == "से") or rest in lang.not_year_after):
                return None  # "2000 से 3000", "2000 से अधिक"; but "2030 तक 100 अरब डॉलर" is a year
            if post == "में" and not text[end : a.start("post")].strip():
                end = a.end("post")
    return m.start(), end, _iso(y), False


def _number_after(text: str, pos: int) -> bool:
    """True when the next word after ``pos`` is a number (digits or a number word)."""
    nxt = text[pos : pos + 20].split()
    return bool(nxt) and (nxt[0][0].isdigit() or nxt[0] in _lang().numbers)


def _decade(m: re.Match[str]) -> tuple[int, int, str, bool] | None:
    lang = _lang()
    s = m.group("dy") or m.group("ey")
    y = lang.decades.get(s) if not s[0].isdigit() else int(s)
    if y is None:
        return None
    if y < 100:
        y += 1900
    return m.start(), m.end(), f"{y:04d}s", False


def _weekday_when(w: int, pub: dt.date | None, direction: str, strict: bool) -> str:
    if pub is None:
        return ""
    if direction == "future":
        delta = (w - pub.weekday()) % 7 or (7 if strict else 0)
        return (pub + dt.timedelta(days=delta)).isoformat()
    delta = (pub.weekday() - w) % 7 or (7 if strict else 0)
    return (pub - dt.timedelta(days=delta)).isoformat()


def document_year(text: str) -> int | None:
    """The one year folded ``text`` names for its event ("एशिया कप 2025", "बिहार चुनाव नतीजे 2025:"), else None.

    Year-less dates ("8 दिसंबर को") take it when there is no publication date.
    """
    years = {int(m.group("y")) for m in _lang().named_year.finditer(text)}
    return years.pop() if len(years) == 1 else None


def find_dates(text: str, published: dt.date | None = None, year: int | None = None) -> list[DateMention]:
    """Date expressions in folded ``text``, sorted by start; relative ones resolved against ``published``.

    Without ``published``, a day or month written without a year takes ``year`` (see :func:`document_year`).
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    lang = _lang()
    pub = published
    cands: list[tuple[int, int, str, bool]] = []
    add = cands.append
    words = set(_WORD.findall(text.lower()))
    digits = _DIGIT.search(text) is not None
    if not words.isdisjoint(lang.trig_month):
        for m in lang.month_date.finditer(text):
            if (r := _month_date(m, text, pub, year)) is not None:
                add(r)
        if digits:
            _coordinated(text, pub, cands)
    if digits:
        for m in lang.numeric.finditer(text) if _NUMERIC_NEEDS.search(text) else ():
            if (r := _numeric(m)) is not None:
                add(r)
        for m in lang.year.finditer(text) if _YEAR_NEEDS.search(text) else ():
            if (r := _year(m, text)) is not None:
                add(r)
    if (digits or "दशक" in words or "दशकों" in words) and any(map(text.__contains__, _DECADE_NEEDS)):
        for m in lang.decade.finditer(text):
            if (r := _decade(m)) is not None:
                add(r)
    if "तारीख" in text or "तिथि" in text:
        for m in lang.day_of_month.finditer(text):
            if (r := _day_of_month(m, text, pub)) is not None:
                add(r)
    for m in lang.rel_unit.finditer(text) if not words.isdisjoint(lang.trig_unit) else ():
        k = lang.offset.get(re.sub(r"\s+", " ", m.group("rel")), 0)
        when = ""
        if m.group("rd"):
            direction = "past" if k < 0 else "future" if k > 0 else _tense(text, m.end())
            when = _weekday_when(lang.weekday[m.group("rd")], pub, direction, k != 0)
        elif pub is not None:
            if m.group("ry"):
                when = _iso(pub.year + k)
            elif m.group("rm"):
                when = _iso(*_add_months(pub, k))
            else:
                when = _week(pub + dt.timedelta(days=7 * k))
        add((m.start(), m.end(), when, True))
    for m in lang.weekday_re.finditer(text) if not words.isdisjoint(lang.trig_weekday) else ():
        add((m.start(), m.end(), _weekday_when(lang.weekday[m.group("wd")], pub, _tense(text, m.end()), False), True))
    for m in lang.day_word.finditer(text) if not words.isdisjoint(_DAY_WORDS) else ():
        when = ""
        if pub is not None:
            if m.group("today"):
                shift = 0
            elif m.group("night"):
                shift = -1
            else:
                shift = 1 if m.group("kal") else 2
                shift *= 1 if _tense(text, m.end()) == "future" else -1
            when = (pub + dt.timedelta(days=shift)).isoformat()
        add((m.start(), m.end(), when, True))
    for m in lang.ago.finditer(text) if not words.isdisjoint(_AGO_WORDS) else ():
        prev = text[max(0, m.start() - 10) : m.start()].split()
        if prev and (prev[-1] in ("के", "की", "का") or prev[-1].endswith("से")):
            continue  # "यात्रा से दो दिन पहले": counted from another event
        if m.start() > 0 and text[m.start() - 1] in "-–":
            continue  # "कटाई से महज 30-40 दिन पहले": a range of days, a lead time, not a date
        sign = -1
        if m.group("dir") != "बाद" and _tense(text, m.end()) == "future":
            continue  # "दो दिन पहले आवेदन करना होगा": a lead time before some event, not a date
        if m.group("dir") == "बाद":
            if _tense(text, m.end()) != "future":
                continue  # "दो दिन बाद" in a past narrative counts from that narrative
            sign = 1
        n_s = m.group("n")
        n = float(n_s) if n_s.isdigit() else lang.numbers[n_s]
        when = ""
        if pub is not None:
            u = m.group("u")
            if u.startswith("दिन"):
                when = (pub + dt.timedelta(days=sign * n)).isoformat()
            elif u.startswith(("हफ्त", "सप्ताह")):
                when = _week(pub + dt.timedelta(days=sign * 7 * n))
            elif u.startswith(("मही", "माह")):
                when = _iso(*_add_months(pub, sign * round(n)))
            elif n == int(n):
                when = _iso(pub.year + sign * int(n))
            else:
                when = _iso(*_add_months(pub, sign * round(12 * n)))
        add((m.start(), m.end(), when, True))

    cands.sort(key=lambda c: (c[0], c[0] - c[1]))
    out: list[DateMention] = []
    last = -1
    for start, end, when, relative in cands:
        if start >= last:
            out.append(DateMention(start, end, text[start:end], when, relative))
            last = end
    return out
