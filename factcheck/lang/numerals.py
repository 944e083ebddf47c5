"""Hindi numerals and quantities: digits, number words, multipliers, qualifiers, units.

No Python library parses Hindi number words well (checked: hindi-normalize does
not compose multipliers, num2words has no Hindi), so this grammar is written here.

The vocabulary lives in ``data/numerals.json`` (natural spellings, folded on load).
A single trie-compiled regex finds the number tokens (digits in Western or Indian
grouping, words 0-99, सौ/हजार/लाख/करोड/अरब/..., डेढ/ढाई, सवा/साढे/पौने, हजारों/...);
a small pass over those tokens composes them ("एक करोड 20 लाख" -> 12000000,
"1 लाख करोड" -> 1e12), joins ranges ("10-12 हजार"), and anchored regexes read the
words around them: qualifiers before/after, currency, percent and time units.
Designators (बी-52, धारा 144), ordinals, clock times, phone numbers, hashtags,
dates and bare एक used as an article are not quantities.

``find_quantities`` works on text folded by :func:`factcheck.normalize.fold`;
``parse_number`` folds its input itself.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from factcheck.model import Quantity
from factcheck.normalize import WORD_CHARS, WORD_END, WORD_START, fold, fold_word

_DATA = Path(__file__).parent / "data" / "numerals.json"

_W = WORD_CHARS
_L = r"A-Za-z\u0900-\u0963\u0971-\u097f"  # letters only
_B = WORD_START
_E = WORD_END
_SEP = re.compile(r"[\s-]+")
_DIGITS = r"(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_YEAR_LOW, _YEAR_HIGH = 1800, 2100
_LETTER = re.compile(rf"[{_L}]")
_CLAUSE_END = re.compile(r"\s*(?:[,।!?\"']|$)")


def _key(phrase: str) -> str:
    """Canonical lookup key of a folded phrase: separators collapsed, lower case."""
    return _SEP.sub(" ", phrase.strip()).lower()


def _alternation(words: Iterable[str], after_first: str = "") -> str:
    """A regex matching any of ``words``, built as a prefix trie so matching stays fast.

    A space or hyphen inside a phrase matches any run of spaces and hyphens.
    ``after_first`` is inserted after the first character (a boundary lookbehind
    placed there lets the regex engine skip quickly to possible first characters).
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in _SEP.sub(" ", word.strip()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, top: bool = False) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            atom = r"[\s-]+" if ch == " " else re.escape(ch)
            branches.append(atom + (after_first if top else "") + build(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie, top=True)


class _Tok(NamedTuple):
    start: int
    end: int
    kind: str  # num, frac, fracp, mult, vague, vq, dec
    value: float
    word: str  # folded key for words, "" for digits


class _Expr(NamedTuple):
    start: int
    end: int
    value: float
    next: int  # index of the first token not consumed
    lead: float  # the first number (with its fraction)
    scale: float  # product of the multipliers right after the lead
    has_mult: bool
    vague: bool
    bare: str  # the word, when the expression is one number word without multiplier
    digits: str  # the digits, when the expression is one plain digit token
    needs_unit: bool  # सवा/पौने with no number: only a time unit completes it


@dataclass(frozen=True)
class _Grammar:
    words: dict[str, tuple[str, float]]
    not_before: dict[str, re.Pattern[str]]
    bare_multipliers: frozenset[str]
    bare_not_numbers: frozenset[str]
    digit_token: re.Pattern[str]
    word_token: re.Pattern[str]
    latin_token: re.Pattern[str]
    has_number: re.Pattern[str]
    pre_qual: re.Pattern[str]
    pre_quals: dict[str, str]
    post_qual: re.Pattern[str]
    post_quals: dict[str, str]
    at_most_not_before: re.Pattern[str]
    range_conn: re.Pattern[str]
    range_between: frozenset[str]
    range_closer: re.Pattern[str]
    unit: re.Pattern[str]
    units: dict[str, str]
    cur_before: re.Pattern[str]
    cur_befores: dict[str, str]
    month_after: re.Pattern[str]
    month_before: re.Pattern[str]
    year_before: re.Pattern[str]
    year_after: re.Pattern[str]
    clock_after: re.Pattern[str]
    clock_before: re.Pattern[str]
    ordinal_after: re.Pattern[str]
    designator_before: re.Pattern[str]
    designator_run: re.Pattern[str]
    digit_block: re.Pattern[str]
    per_unit: re.Pattern[str]
    train_before: re.Pattern[str]
    train_after: re.Pattern[str]
    en_tens: frozenset[str]
    en_words: frozenset[str]
    sum_conn: re.Pattern[str]
    bound_conn: re.Pattern[str]
    clause_end_words: frozenset[str]
    calibre_after: re.Pattern[str]
    minus_before: re.Pattern[str]
    below_zero: re.Pattern[str]
    paise_after: re.Pattern[str]
    minutes_after: re.Pattern[str]
    seconds_after: re.Pattern[str]
    speed_after: re.Pattern[str]


def _fold_map(table: dict[str, list[str]]) -> dict[str, str]:
    """{label: [phrases]} -> {folded phrase key: label}."""
    return {_key(fold_word(p)): label for label, phrases in table.items() for p in phrases}


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    words: dict[str, tuple[str, float]] = {}
    for kind, table in (("num", data["units"]), ("mult", data["multipliers"]),
                        ("frac", data["standalone_fractions"]), ("fracp", data["fraction_prefixes"]),
                        ("vague", data["vague"])):
        for value, spellings in table.items():
            for w in spellings:
                words[fold_word(w)] = (kind, float(value))
    english = {fold_word(w): float(v) for v, ws in data["english_units"].items() for w in ws}
    for w, v in english.items():
        words[w] = ("num", v)
    for w in data["vague_quantifiers"]:
        words[fold_word(w)] = ("vq", 0.0)
    for w in data["decimal_point"]:
        words[fold_word(w)] = ("dec", 0.0)

    def alt(items: Iterable[str]) -> str:
        return _alternation(fold_word(w) for w in items)

    word_alt = _alternation(words)
    dev = _alternation(w for w in words if not w.isascii())
    latin = [w for w in words if w.isascii()]
    latin_first = "".join(sorted({c for w in latin for c in (w[0], w[0].upper())}))
    lat = _alternation(latin, after_first=rf"(?<![{_W}].)")
    pre_quals = _fold_map(data["qualifiers_before"])
    post_quals = _fold_map(data["qualifiers_after"])
    pct = {_key(fold_word(w)): "percent" for w in data["percent"]}
    units = {**pct, **_fold_map(data["currency_after"]), **_fold_map(data["time_units"]),
             **_fold_map(data["measure_units"])}
    cur_befores = _fold_map(data["currency_before"])
    not_before = {fold_word(w): re.compile(rf"[\s-]*(?:{alt(after)}){_E}", re.I)
                  for w, after in data["not_before"].items()}
    months = alt(data["months"])
    clock = alt(data["clock"])
    return _Grammar(
        words=words,
        not_before=not_before,
        bare_multipliers=frozenset(fold_word(w) for w in data["bare_multipliers"]),
        bare_not_numbers=frozenset(fold_word(w) for w in data["bare_not_numbers"]) | frozenset(english),
        # The first digit is matched before the boundary lookbehinds so the regex
        # engine can skip ahead to digits; the rest is _DIGITS without that digit.
        digit_token=re.compile(
            rf"\d(?<![{_W}#/@=+]\d)(?<!\d[.,:]\d)(?<![A-Za-z]:\d)"
            rf"(?:\d?(?:,\d\d)+,\d{{3}}|\d{{0,2}}(?:,\d{{3}})+|\d*)(?:\.\d+)?(?![{_W}])(?![.,:/]\d)"),
        word_token=re.compile(rf"{_B}(?:{dev}){_E}"),
        latin_token=re.compile(rf"(?=[{latin_first}])(?i:{lat}){_E}"),
        has_number=re.compile(rf"\d|{_B}(?:{word_alt}){_E}", re.I),
        pre_qual=re.compile(rf"{_B}(?P<q>{alt(p for ps in data['qualifiers_before'].values() for p in ps)})\s+$",
                            re.I),
        pre_quals=pre_quals,
        post_qual=re.compile(
            r"\s*(?P<plus>\+)|\s+(?P<q>"
            + alt(p for ps in data["qualifiers_after"].values() for p in ps if p != "+") + rf"){_E}", re.I),
        post_quals=post_quals,
        at_most_not_before=re.compile(rf"\s+(?:{alt(data['at_most_not_before'])})", re.I),
        range_conn=re.compile(rf"\s?-\s?|\s+(?P<c>{alt(data['range_connectors'] + data['range_between'])})\s+",
                              re.I),
        range_between=frozenset(fold_word(w) for w in data["range_between"]),
        range_closer=re.compile(rf"\s+(?P<c>{alt(data['range_closers'])}){_E}", re.I),
        unit=re.compile(rf"\s?(?P<pct>%)|\s+(?P<u>{_alternation(units)}){_E}", re.I),
        units=units,
        cur_before=re.compile(rf"(?<![{_L}])(?P<c>{_alternation(cur_befores)})\s?$", re.I),
        cur_befores=cur_befores,
        month_after=re.compile(rf"\s*-?\s*(?:{months}){_E}", re.I),
        month_before=re.compile(rf"{_B}(?:{months})\.?,?\s+$", re.I),
        year_before=re.compile(rf"{_B}(?:{alt(data['year_before'])}|{months})\.?,?\s+$", re.I),
        year_after=re.compile(rf"[^\S\n]*(?:$|\n|[,।.)!?:;\"'/|]|(?:{alt(data['year_after'])}){_E})", re.I),
        clock_after=re.compile(rf"\s*(?:{clock}){_E}"),
        clock_before=re.compile(rf"{_B}(?:{clock})\s+$"),
        ordinal_after=re.compile(rf"\s?(?:{alt(data['ordinal_suffixes'])}){_E}", re.I),
        designator_before=re.compile(
            rf"{_B}(?:{alt(data['designators'])})\s*(?:(?:की|के|का)\s+)?[-:.#)]?\s*$", re.I),
        designator_run=re.compile(rf"\d[{_W}/()-]*(?:\s*(?:,|/|और|व|तथा|एवं)\s*\d[{_W}/()-]*)*"),
        digit_block=re.compile(
            r"(?:\d{10}|\d{5}[\s-]\d{5}|0\d{2,4}[\s-]\d{6,8}|\d{11,}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|0\d+)(?![\d.,])"),
        # "90 डॉलर प्रति बैरल के पार": a per-unit phrase between the unit and its qualifier
        per_unit=re.compile(rf"\s*(?:{alt(data['per_unit'])})\s*(?:\d+\s*)?[{_L}]+(?=\s)", re.I),
        # "ट्रेन संख्या 12841", "कोरोमंडल एक्सप्रेस (12841)": a train's number is its name
        train_before=re.compile(
            rf"{_B}(?:{alt(data['train_number_before'])}|(?:{alt(data['train_words'])}){_E})\s*[-:.#(]?\s*$", re.I),
        # "12841 कोरोमंडल एक्सप्रेस": up to three name words, then the train word
        train_after=re.compile(rf"\)?(?:\s+[{_L}]+){{0,3}}?\s+(?:{alt(data['train_words'])}){_E}", re.I),
        en_tens=frozenset(w for w, v in english.items() if v >= 20),
        en_words=frozenset(english),
        # "चार सौ और बारह यात्री": a sum stepping down in size
        sum_conn=re.compile(rf"\s+(?:{alt(data['sum_connectors'])})\s+"),
        # "40 से ऊपर और 60 से नीचे": two bounds on one figure
        bound_conn=re.compile(rf"\s*,?\s*(?:{alt(data['bound_connectors'])})?\s*$"),
        clause_end_words=frozenset(fold_word(w) for w in data["clause_end_words"]),
        speed_after=re.compile(rf"\s+की\s+(?:{alt(data['speed_nouns'])}){_E}", re.I),
        calibre_after=re.compile(rf"(?:\s+के(?:\s+\S+){{0,2}}?)?\s+(?:{alt(data['calibre_nouns'])}){_E}", re.I),
        # "माइनस 10 डिग्री": below zero
        minus_before=re.compile(rf"{_B}(?:{alt(data['minus_before'])})\s*$", re.I),
        # "शून्य से 12 डिग्री नीचे": twelve below zero, no range from zero
        below_zero=re.compile(rf"\s+(?:{alt(data['below_zero_after'])}){_E}", re.I),
        # "94 रुपये 72 पैसे": the paise of a rupee figure
        paise_after=re.compile(rf"\s+(?P<p>\d{{1,2}})\s+(?:{alt(data['currency_after']['paise'])}){_E}", re.I),
        # "17 मिनट 50 सेकंड", "2 घंटे 30 मिनट": the smaller unit's part of one duration
        minutes_after=re.compile(rf"\s+(?:और\s+)?(?P<n>\d{{1,2}})\s+(?:{alt(data['time_units']['minute'])}){_E}", re.I),
        seconds_after=re.compile(rf"\s+(?:और\s+)?(?P<n>\d{{1,2}})\s+(?:{alt(data['time_units']['second'])}){_E}", re.I),
    )


def _tokens(text: str, g: _Grammar) -> list[_Tok]:
    out = [_Tok(m.start(), m.end(), "num", float(m.group().replace(",", "")), "")
           for m in g.digit_token.finditer(text)]
    words = g.words
    for pattern in (g.word_token, g.latin_token):
        for m in pattern.finditer(text):
            w = m.group().lower()
            kind, value = words[w]
            out.append(_Tok(m.start(), m.end(), kind, value, w))
    out.sort()
    return out


def _adjacent(text: str, a: _Tok, b: _Tok) -> bool:
    gap = text[a.end:b.start]
    return gap.isspace() and "\n" not in gap


def _stopped(text: str, tok: _Tok, g: _Grammar) -> bool:
    """True when the words after ``tok`` show it is not a number (एक दूसरे, सऊदी अरब देशों)."""
    pat = g.not_before.get(tok.word)
    return pat is not None and pat.match(text, tok.end) is not None


def _parse_expr(text: str, toks: list[_Tok], i: int, g: _Grammar) -> _Expr | None:
    """The longest number expression starting at token ``i``, or None."""
    n = len(toks)
    first = toks[i]
    if _stopped(text, first, g):
        return None
    if first.kind in ("vq", "vague"):
        j, value = i + 1, first.value
        if first.kind == "vq":
            if j >= n or toks[j].kind != "mult" or not _adjacent(text, first, toks[j]) \
                    or _stopped(text, toks[j], g):
                return None
            value, j = toks[j].value, j + 1
        while (j < n and toks[j].kind == "mult" and toks[j].value >= 1000
               and _adjacent(text, toks[j - 1], toks[j]) and not _stopped(text, toks[j], g)):
            value *= toks[j].value
            j += 1
        return _Expr(first.start, toks[j - 1].end, value, j, value, 1.0, True, True, "", "", False)

    frac = 0.0
    j = i
    if first.kind == "fracp":
        frac = first.value
        j = i + 1
        if j >= n or toks[j].kind not in ("num", "mult") or not _adjacent(text, first, toks[j]):
            if frac == 0.5:
                return None
            v = 1.0 + frac
            return _Expr(first.start, first.end, v, i + 1, v, 1.0, False, False, "", "", True)
    elif first.kind == "mult" and first.word not in g.bare_multipliers or first.kind == "dec":
        return None

    total = 0.0
    cur: float | None = None
    last = ""  # "", num, small, big
    last_mult = max_big = 0.0
    lead: float | None = None
    scale = 1.0
    scale_open = True
    has_mult = False
    best: _Expr | None = None
    before_group: _Expr | None = None  # state before the number that opened the current group
    prev = first
    while j < n:
        tk = toks[j]
        if j > i and tk is not prev and not _adjacent(text, prev, tk):
            break
        if _stopped(text, tk, g):
            break
        nxt = j + 1
        if tk.kind in ("num", "frac"):
            v = tk.value
            if lead is None and frac:
                if tk.kind != "num":
                    break
                v += frac
            if last == "":
                cur = v
            elif last == "small" and cur is not None and v < last_mult:
                cur += v
            elif (last == "num" and cur is not None and v < 10 and prev.word in g.en_tens
                  and tk.word in g.en_words):
                cur += v  # ट्वेंटी फाइव
            elif last == "big" and v < last_mult:
                before_group = best
                cur = v
            else:
                break
            if lead is None:
                lead = v
            else:
                scale_open = False
            last = "num"
        elif tk.kind == "dec":
            if last != "num" or cur is None or cur != int(cur) or (j > i and toks[j - 1].kind != "num"):
                break
            digits, p, jj = [], tk, j + 1
            while (jj < n and toks[jj].kind == "num" and toks[jj].word and toks[jj].value < 10
                   and _adjacent(text, p, toks[jj])):
                digits.append(str(int(toks[jj].value)))
                p, jj = toks[jj], jj + 1
            if not digits:
                break
            new = float(f"{int(cur)}.{''.join(digits)}")
            if lead == cur:
                lead = new
            cur, tk, nxt = new, p, jj
        elif tk.kind == "mult":
            m = tk.value
            if last == "":
                cur = 1.0 + frac
                lead = cur
                last = "num"
            if m < 1000:
                if last != "num" or cur is None or (j > i and toks[j - 1].kind == "num"
                                                    and j - 2 >= i and toks[j - 2].kind == "mult"
                                                    and toks[j - 2].value < 1000):
                    break
                cur *= m
                last = "small"
            elif last in ("num", "small"):
                if max_big and m >= max_big:
                    best = before_group
                    break
                total += (cur or 0.0) * m
                cur = None
                max_big = m
                last = "big"
            elif last == "big" and m > last_mult:
                total *= m
                max_big = m
            else:
                break
            last_mult = m
            has_mult = True
            if scale_open:
                scale *= m
        else:
            break
        value = total + (cur or 0.0)
        single = nxt == i + 1
        best = _Expr(first.start, tk.end, value, nxt, lead if lead is not None else value, scale,
                     has_mult, False,
                     first.word if single and first.kind in ("num", "frac") else "",
                     text[first.start:first.end] if single and not first.word else "",
                     False)
        prev = tk
        j = nxt
    return best


def _in_link(text: str, pos: int) -> bool:
    """True when ``pos`` is inside a URL (the whitespace-delimited chunk has ://)."""
    chunk = max(text.rfind(" ", 0, pos), text.rfind("\n", 0, pos)) + 1
    head = text[chunk:pos]
    return "://" in head or head.startswith("www.")


def _year_like(e: _Expr) -> bool:
    return bool(e.digits) and len(e.digits) == 4 and _YEAR_LOW <= e.value <= _YEAR_HIGH


def _merged(skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(skip)
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    k = bisect.bisect_left(starts, e)  # spans starting before e
    return k > 0 and spans[k - 1][1] > s


class _Blocked:
    """Spans no quantity may overlap, with a bisect lookup."""

    __slots__ = ("spans", "starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def hit(self, s: int, e: int) -> bool:
        return _overlaps(self.spans, self.starts, s, e)


def _quantity_at(text: str, toks: list[_Tok], i: int, g: _Grammar, blocked: _Blocked,
                 lower_bound: int) -> tuple[Quantity | None, int]:
    """The quantity whose number starts at token ``i`` and the next token index to try."""
    t = toks[i]
    if t.start >= 2 and text[t.start - 1] == "-" and _LETTER.match(text, t.start - 2):
        return None, i + 1  # बी-52, कोविड-19, एक-एक
    if t.start >= 1 and text[t.start - 1] == "." and (t.start == 1 or text[t.start - 2].isspace()):
        return None, i + 1  # ".303 राइफल": a calibre, no count
    if not t.word:
        run_end = 0
        if (t.end - t.start == 5 and (g.train_before.search(text, max(0, t.start - 24), t.start)
                                      or g.train_after.match(text, t.end))):
            return None, i + 1  # 12841 कोरोमंडल एक्सप्रेस: a train number
        if g.designator_before.search(text, max(0, t.start - 40), t.start):
            run_end = g.designator_run.match(text, t.start).end()  # धारा 302 और 307
        else:
            m = g.digit_block.match(text, t.start)
            if m:
                run_end = m.end()  # phone numbers, 19-06-2024, 007
            elif _in_link(text, t.start):
                run_end = t.end
        if run_end:
            j = i + 1
            while j < len(toks) and toks[j].start < run_end:
                j += 1
            return None, j
    e = _parse_expr(text, toks, i, g)
    if e is None:
        return None, i + 1
    nxt = e.next
    low = high = e.value
    num_end = e.end
    is_range = False
    closer_needed = False
    h: _Expr | None = None
    bare = e.bare
    if not e.vague and not e.needs_unit:
        m = g.range_conn.match(text, e.end)
        if m and nxt < len(toks) and toks[nxt].start == m.end():
            h = _parse_expr(text, toks, nxt, g)
            if h is not None and not h.vague and not h.needs_unit:
                lo = e.value
                if not e.has_mult and h.has_mult and lo < h.lead:
                    lo *= h.scale
                conn = _key(m.group("c")) if m.group("c") else "-"
                if conn == "-" and not e.has_mult and e.value == h.lead and h.has_mult:
                    low = high = h.value  # पांच-पांच लाख: so much each
                    num_end, nxt, bare = h.end, h.next, ""
                elif lo < h.value:
                    low, high, num_end, nxt, is_range = lo, h.value, h.end, h.next, True
                    closer_needed = conn in g.range_between
                elif conn == "-" and _year_like(e) and h.digits and len(h.digits) == 2:
                    return None, h.next  # 2022-23: a financial year
        if not is_range and (add := _sum_part(text, toks, e, g)) is not None:
            low = high = e.value + add.value  # चार सौ और बारह यात्री = 412
            num_end, nxt, bare = add.end, add.next, ""
    if bare and _labelled(text, e.start, num_end):
        bare = ""  # "मृतक: बयालीस": a number word alone after a label is the figure
    if (bare in g.bare_not_numbers and not is_range and not g.unit.match(text, num_end)
            and not g.post_qual.match(text, num_end)
            and not g.pre_qual.search(text, max(lower_bound, e.start - 40), e.start)):
        return None, nxt  # एक बैठक: an article (checked early: एक is the commonest token)
    if g.clock_after.match(text, num_end) or g.clock_before.search(text, max(0, e.start - 12), e.start):
        return None, nxt
    if not e.has_mult and not e.vague and high <= 31 and high == int(high) and (
            g.month_after.match(text, num_end)):
        return None, nxt  # 19 जून, 12-14 अगस्त
    if e.digits and g.month_before.search(text, max(0, e.start - 16), e.start):
        return None, nxt  # फरवरी 2022, Nov 22
    if (e.digits or (h is not None and h.digits)) and g.ordinal_after.match(text, num_end):
        return None, nxt  # 25 वीं

    start, end = e.start, num_end
    unit = ""
    um = g.unit.match(text, end)
    if um:
        unit = g.units[_key(um.group("u") or "%")]
        end = um.end()
    else:
        cm = g.cur_before.search(text, max(0, start - 8), start)
        if cm:
            unit, start = g.cur_befores[_key(cm.group("c"))], cm.start()
    if unit in ("km", "") and g.speed_after.match(text, end):
        unit = "km/h"  # "130 किमी की रफ्तार से आया तूफान", "80 की रफ्तार से दौड़ी मालगाड़ी": a speed
    if unit == "mm" and g.calibre_after.match(text, end):
        return None, nxt  # "240 मिलीमीटर रॉकेट लॉन्चर", "152 मिमी के गोले": a calibre names the weapon
    if e.needs_unit and unit not in ("day", "week", "month", "year", "decade", "hour", "minute", "second"):
        return None, nxt
    if unit == "celsius":
        below = g.below_zero.match(text, end)
        if is_range and low == 0 and not e.digits and below:
            low = high = -high  # "शून्य से 12 डिग्री नीचे": twelve below zero, no range from zero
            is_range, end = False, below.end()
        elif not is_range and ((mb := g.minus_before.search(text, max(0, start - 12), start))
                               or start >= 1 and text[start - 1] in "-\u2212" and (start == 1 or text[start - 2].isspace())):
            low = high = -high  # "माइनस 10 डिग्री", "-5 डिग्री"
            start = mb.start() if mb else start - 1
    part = (g.minutes_after if unit == "hour" else g.seconds_after if unit == "minute" else None)
    if part is not None and not is_range and (pm_ := part.match(text, end)) and int(pm_.group("n")) < 60:
        low = high = round(low + int(pm_.group("n")) / 60, 4)  # "17 मिनट 50 सेकंड": one duration
        end = pm_.end()
    if unit == "paise":
        low, high, unit = low / 100, high / 100, "INR"  # "29 पैसे सस्ता": a fraction of a rupee
    elif unit == "INR" and not is_range and (pm_ := g.paise_after.match(text, end)):
        low = high = low + int(pm_.group("p")) / 100  # "94 रुपये 72 पैसे"
        end = pm_.end()

    qualifier = "vague" if e.vague else ("range" if is_range else "exact")
    post = pre = post_word = ""
    if is_range:
        cm = g.range_closer.match(text, end)
        if cm:
            end = cm.end()
        elif closer_needed:
            return None, i + 1
    if not e.vague:
        qm = g.pre_qual.search(text, max(lower_bound, start - 40), start)
        if qm:
            pre = g.pre_quals[_key(qm.group("q"))]
            start = qm.start()
    if low == 0 and not e.digits and not unit and g.post_qual.match(text, end):
        return None, nxt  # "पारा शून्य से नीचे चला गया": no figure
    if not e.vague and not is_range:
        pm = g.post_qual.match(text, end)
        if pm is None and unit:
            per = g.per_unit.match(text, end)  # 90 डॉलर प्रति बैरल के पार
            pm = g.post_qual.match(text, per.end()) if per else None
        if pm:
            if pm.group("plus"):
                post = "more_than"
            else:
                post_word = _key(pm.group("q"))
                post = g.post_quals[post_word]
                if post == "at_most" and post_word == "तक" and (
                        unit in ("day", "week", "month", "year", "decade", "hour", "minute", "second")
                        or g.at_most_not_before.match(text, pm.end())):
                    post = ""
            if post:
                end = pm.end()
        qualifier = post or pre or "exact"

    if bare and not is_range and not unit and qualifier == "exact":
        if bare in g.bare_not_numbers:
            return None, nxt  # एक बैठक: an article
        if bare in g.clause_end_words and _CLAUSE_END.match(text, end):
            return None, nxt  # मुझे दो। : the verb
    if not unit and not pre and not e.vague and (not post or post_word == "तक"):
        years = _year_like(e) and (not is_range or (h is not None and _year_like(h)))
        if years and (g.year_before.search(text, max(0, start - 20), start)
                      or g.year_after.match(text, num_end)):
            return None, nxt

    while nxt < len(toks) and toks[nxt].start < end:
        nxt += 1  # प्रति 10 ग्राम: numbers inside the span are part of it
    if blocked.hit(e.start, num_end):
        return None, nxt
    if blocked.hit(start, end):
        start, end, unit, qualifier = e.start, num_end, "", "range" if is_range else "exact"
    if qualifier == "range":
        vl, vh = low, high
    elif qualifier in ("more_than", "at_least", "vague"):
        vl, vh = low, None
    elif qualifier in ("less_than", "at_most"):
        vl, vh = None, low
    else:
        vl, vh = low, low
    return Quantity(start, end, text[start:end], vl, vh, qualifier, unit), nxt


#: Hindi news counts in लाख, करोड़ and लाख करोड़ (CLDR's compact ``hi`` format goes on to अरब and
#: खरब, which outlets rarely write): the largest scale that leaves at least 1.
_HINDI_SCALES = ((1e12, "लाख करोड़"), (1e7, "करोड़"), (1e5, "लाख"))


def compact_forms(value: float | None) -> tuple[str, str] | None:
    """A large figure as Hindi readers write it and in the international form (CLDR's compact long
    format): 2500000 -> ("25 लाख", "2.5 million"), 5e9 -> ("500 करोड़", "5 billion"),
    1.25e12 -> ("1.25 लाख करोड़", "1.25 trillion").

    None below a lakh (and for None): there the plain number is the clearest.
    """
    if value is None or abs(value) < _HINDI_SCALES[-1][0]:
        return None
    from babel.numbers import format_compact_decimal, format_decimal

    scale, word = next((s, w) for s, w in _HINDI_SCALES if abs(value) >= s)
    hindi = f"{format_decimal(round(value / scale, 2), locale='en_IN')} {word}"
    return hindi, format_compact_decimal(value, format_type="long", locale="en", fraction_digits=2)


def unit_word(word: str) -> str:
    """The unit a single folded word names ("किलोमीटर" -> "km", "प्रतिशत" -> "percent"), else ""."""
    return _grammar().units.get(_key(word), "")


def number_words() -> dict[str, float]:
    """Every folded number word 0-99 (all spellings) with its value: "आठ" -> 8.0, "उन्हत्तर" -> 69.0."""
    return {w: v for w, (kind, v) in _grammar().words.items() if kind == "num"}


def rounded_in_words(text: str) -> bool:
    """Whether a figure's number is a fraction of a scale in words ("ढाई हजार", "डेढ़ लाख", "साढ़े तीन
    करोड़"): a round figure, good to the fraction only, however exact its wording."""
    g = _grammar()
    toks = _tokens(fold(text)[0], g)
    return bool(toks) and toks[0].kind in ("frac", "fracp") and any(t.kind == "mult" for t in toks[1:3])


def multiplier_words() -> dict[str, float]:
    """Every folded multiplier word with its value: "लाख" -> 100000.0, "करोड़" -> 10000000.0."""
    return {w: v for w, (kind, v) in _grammar().words.items() if kind == "mult"}


_LABEL = re.compile(r"(?:^|\n)[^\n:।?!]{0,60}(?::|\s[-–—])\s*$|(?:^|[\n।?!])\s*$")
_LINE_END = re.compile(r"[^\S\n]*[।.!]?[^\S\n]*(?:\n|$)")


def _labelled(text: str, start: int, end: int) -> bool:
    """A number that is all there is after a label or on its own: "मृतक: बयालीस", "कितने? बयालीस।"."""
    return _LINE_END.match(text, end) is not None and _LABEL.search(text, max(0, start - 80), start) is not None


def _sum_part(text: str, toks: list[_Tok], e: _Expr, g: _Grammar) -> _Expr | None:
    """The smaller part of "चार सौ और बारह", "दो लाख और पचास हजार": a number after और below the
    multiplier ``e`` ends on, sharing the noun that follows it. Never across nouns ("500 सैनिक और 20 टैंक")."""
    last = toks[e.next - 1]
    if not e.has_mult or last.kind != "mult" or e.vague or e.next >= len(toks):
        return None
    m = g.sum_conn.match(text, e.end)
    if m is None or toks[e.next].start != m.end():
        return None
    part = _parse_expr(text, toks, e.next, g)
    if part is None or part.vague or part.needs_unit or part.value >= last.value:
        return None
    return part


_LOWER_BOUNDS = frozenset({"more_than", "at_least"})
_UPPER_BOUNDS = frozenset({"less_than", "at_most"})


def _bounds(text: str, found: list[Quantity], g: _Grammar) -> list[Quantity]:
    """"40 से ऊपर और 60 से नीचे", "कम से कम 8 और अधिक से अधिक 12 दिन": two bounds joined, one range."""
    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        if p is not None and (not p.unit or not q.unit or p.unit == q.unit):
            lo, hi = (p, q) if p.qualifier in _LOWER_BOUNDS else (q, p)
            gap = text[p.end:q.start]
            if (lo.qualifier in _LOWER_BOUNDS and hi.qualifier in _UPPER_BOUNDS and "\n" not in gap
                    and g.bound_conn.match(gap) and lo.value_low is not None and hi.value_high is not None
                    and lo.value_low < hi.value_high):
                out[-1] = Quantity(p.start, q.end, text[p.start:q.end], lo.value_low, hi.value_high,
                                   "range", p.unit or q.unit)
                continue
        out.append(q)
    return out


def has_number(text: str) -> bool:
    """Cheap pre-filter: does ``text`` (folded) contain any digit or number word?"""
    return _grammar().has_number.search(text) is not None


#: A fraction's denominator right after its number ("दो-तिहाई", "तीन चौथाई").
_FRACTION = re.compile(r"\s*[-–]?\s*(?:तिहाई|चौथाई)")


def find_quantities(text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in folded ``text``, sorted by start, none overlapping a ``skip`` span.

    A quantity's span covers the number with its qualifier words and its unit
    (currency, percent, time unit), not the counted noun.
    """
    g = _grammar()
    if g.has_number.search(text) is None:
        return []
    toks = _tokens(text, g)
    if not toks:
        return []
    blocked = _Blocked(_merged(skip))
    out: list[Quantity] = []
    i, lower = 0, 0
    while i < len(toks):
        q, nxt = _quantity_at(text, toks, i, g, blocked, lower)
        if q is not None and _FRACTION.match(text, q.end):
            q = None  # "दो-तिहाई बहुमत": a fraction, no count of anything
        if q is not None:
            out.append(q)
            lower = q.end
        i = max(nxt, i + 1)
    return _bounds(text, out, g) if len(out) > 1 else out


def parse_number(text: str) -> float | None:
    """The value of ``text`` if it is exactly one number expression, else None.

    "एक करोड़ 20 लाख" -> 12000000.0, "१०,०००" -> 10000.0, "डेढ़ लाख" -> 150000.0.
    """
    folded = fold(text)[0].strip()
    g = _grammar()
    toks = _tokens(folded, g)
    if not toks or toks[0].start != 0:
        return None
    e = _parse_expr(folded, toks, 0, g)
    if e is None or e.vague or e.needs_unit or e.end != len(folded):
        return None
    return e.value
