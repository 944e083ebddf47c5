"""The comparison pass: intervals, measures, time, statuses, dates, keys, CSV rows."""

from __future__ import annotations

import math
import time
from dataclasses import replace

import pytest

from factcheck.compare import (
    CONFLICT_COLUMNS,
    conflict_key,
    conflict_row,
    describe,
    find_conflicts,
    interval,
    relative_gap,
)
from factcheck.model import Claim

NK, RU = "North Korea", "Russia"


def troops(text: str, low: float | None, high: float | None = None, qualifier: str = "exact", *,
           source: str = "a.txt", published: str = "", start: int = 10, kind: str = "troops",
           **roles: str) -> Claim:
    """A claim about North Korean troops sent to Russia, unless ``roles`` say otherwise."""
    if high is None and qualifier in ("exact", "approx"):
        high = low
    fields = {"subject": NK, "object": RU, "status": "actual", **roles}
    return Claim(start=start, end=start + len(text), text=text, kind=kind, value_low=low,
                 value_high=high, qualifier=qualifier, source=source, published=published,
                 sentence=f"दक्षिण कोरिया के अनुसार उत्तर कोरिया ने रूस में {text} भेजे हैं।", **fields)


def event_date(text: str, when: str, *, event: str = "visit", subject: str = "Vladimir Putin",
               obj: str = "North Korea", source: str = "a.txt", start: int = 5, **kw: str) -> Claim:
    """A date claim: by default Putin's visit to North Korea."""
    return Claim(start=start, end=start + len(text), text=text, kind="date", when=when, event=event,
                 subject=subject, object=obj, source=source,
                 sentence=f"पुतिन ने {text} को उत्तर कोरिया का दौरा किया।", **kw)


ABOUT_10K = troops("लगभग 10,000 सैनिक", 10000, qualifier="approx", source="001.txt")
SENT_11K = troops("11000 सैनिक", 11000, source="002.txt")
PLANNED_30K = troops("30000 के लगभग सैनिक", 30000, qualifier="approx", source="002.txt", status="planned")
THOUSANDS = troops("हजारों सैनिक", 1000, None, "vague", source="003.txt")
SHELLS = troops("एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले", 12_000_000, None, "more_than",
                source="001.txt", kind="shells")


@pytest.mark.parametrize("claim, expected", [
    (troops("11000 सैनिक", 11000), (11000, 11000)),
    (troops("लगभग 10,000 सैनिक", 10000, qualifier="approx"), (9500, 10500)),
    (troops("10,000 से अधिक सैनिक", 10000, None, "more_than"), (10000, math.inf)),
    (troops("कम से कम 10,000 सैनिक", 10000, None, "at_least"), (10000, math.inf)),
    (troops("10,000 से कम सैनिक", None, 10000, "less_than"), (-math.inf, 10000)),
    (troops("अधिकतम 10,000 सैनिक", None, 10000, "at_most"), (-math.inf, 10000)),
    (troops("8,000 से 9,000 सैनिक", 8000, 9000, "range"), (8000, 9000)),
    (troops("हजारों सैनिक", 1000, None, "vague"), (1000, math.inf)),
    (troops("सैनिक", None, None), (-math.inf, math.inf)),
])
def test_interval(claim: Claim, expected: tuple[float, float]) -> None:
    assert interval(claim) == pytest.approx(expected)


@pytest.mark.parametrize("claim, words", [
    (ABOUT_10K, "about 10,000"),
    (SHELLS, "more than 12,000,000"),
    (troops("8,000 से 9,000 सैनिक", 8000, 9000, "range"), "8,000–9,000"),
    (THOUSANDS, "1,000+ (vague)"),
    (troops("40%", 40, kind="percent"), "40%"),
])
def test_describe(claim: Claim, words: str) -> None:
    assert describe(claim) == words


def pair(a: Claim, b: Claim, **kw: object) -> list[tuple[str, str]]:
    """(type, severity) of each conflict found between a and b."""
    return [(c.type, c.severity) for c in find_conflicts([a, b], **kw)]  # type: ignore[arg-type]


CONFLICT_MINOR = [("conflict", "minor")]
CONFLICT_MAJOR = [("conflict", "major")]


@pytest.mark.parametrize("a, b, expected", [
    # sample: approx 10,000 vs 11,000 already sent, 10% apart
    (ABOUT_10K, SENT_11K, CONFLICT_MINOR),
    # planned 30,000 is never compared with actual figures
    (ABOUT_10K, PLANNED_30K, []),
    (SENT_11K, replace(PLANNED_30K, source="004.txt"), []),
    # possible never meets actual or planned
    (SENT_11K, replace(PLANNED_30K, status="possible", source="004.txt"), []),
    # two planned figures do compare
    (replace(ABOUT_10K, status="planned"), PLANNED_30K, CONFLICT_MAJOR),
    # vague हजारों is open-ended: never conflicts with 10,000
    (ABOUT_10K, THOUSANDS, []),
    # different measures: shells vs troops
    (SHELLS, SENT_11K, []),
    # overlapping intervals
    (troops("लगभग 10,000 सैनिक", 10000, qualifier="approx", source="x.txt"),
     troops("10,400 सैनिक", 10400, source="y.txt"), []),
    (troops("10,000 से अधिक सैनिक", 10000, None, "more_than", source="x.txt"), SENT_11K, []),
    (troops("10,000 से कम सैनिक", None, 10000, "less_than", source="x.txt"), SENT_11K, CONFLICT_MINOR),
    (troops("8,000 से 9,000 सैनिक", 8000, 9000, "range", source="x.txt"), SENT_11K, CONFLICT_MAJOR),
    (troops("8,000 से 12,000 सैनिक", 8000, 12000, "range", source="x.txt"), SENT_11K, []),
    # object unknown still compares with one that gives it
    (replace(ABOUT_10K, object=""), SENT_11K, CONFLICT_MINOR),
    # different objects do not
    (replace(ABOUT_10K, object="Ukraine"), SENT_11K, []),
    # unknown actor: never compared
    (replace(ABOUT_10K, subject=""), replace(SENT_11K, subject=""), []),
    (replace(ABOUT_10K, subject=""), SENT_11K, []),
    (replace(ABOUT_10K, subject="Russia"), SENT_11K, []),
    # generic kinds need subject AND object
    (troops("दो क्षेत्रों", 2, kind="count", object="", source="x.txt"),
     troops("पांच क्षेत्रों", 5, kind="count", object="", source="y.txt"), []),
    (troops("दो क्षेत्रों", 2, kind="count", source="x.txt"),
     troops("पांच क्षेत्रों", 5, kind="count", source="y.txt"), CONFLICT_MAJOR),
    (troops("तीन दिवसीय", 3, kind="duration", unit="day", object="", source="x.txt"),
     troops("पांच दिवसीय", 5, kind="duration", unit="day", object="", source="y.txt"), []),
    (troops("तीन दिवसीय", 3, kind="duration", unit="day", source="x.txt"),
     troops("पांच दिवसीय", 5, kind="duration", unit="day", source="y.txt"), CONFLICT_MAJOR),
    # percent and money of one actor cover unrelated things (growth vs inflation): need an object too
    (troops("7% की दर", 7, kind="percent", object="", source="x.txt"),
     troops("5% की दर", 5, kind="percent", object="", source="y.txt"), []),
    (troops("2 अरब डॉलर", 2e9, kind="money", unit="USD", object="", source="x.txt"),
     troops("50 करोड़ डॉलर", 5e8, kind="money", unit="USD", object="", source="y.txt"), []),
    (troops("2 अरब डॉलर", 2e9, kind="money", unit="USD", source="x.txt"),
     troops("50 करोड़ डॉलर", 5e8, kind="money", unit="USD", source="y.txt"), CONFLICT_MAJOR),
    # units are part of money and duration measures
    (troops("तीन दिन", 3, kind="duration", unit="day", source="x.txt"),
     troops("तीन हफ्ते", 3, kind="duration", unit="week", source="y.txt"), []),
    (troops("5 करोड़ रुपये", 5e7, kind="money", unit="INR", source="x.txt"),
     troops("50 लाख डॉलर", 5e6, kind="money", unit="USD", source="y.txt"), []),
    # page furniture is never compared
    (replace(ABOUT_10K, furniture=True), SENT_11K, []),
])
def test_pairs(a: Claim, b: Claim, expected: list[tuple[str, str]]) -> None:
    assert pair(a, b) == expected
    assert pair(b, a) == expected


@pytest.mark.parametrize("a_value, b_value, severity", [
    (10000, 11000, "minor"),   # 10%
    (10000, 11490, "minor"),   # 14.9%
    (10000, 11500, "major"),   # 15%: the boundary is major
    (10000, 20000, "major"),   # 100%
    (100, 101, "minor"),
])
def test_severity_boundaries(a_value: float, b_value: float, severity: str) -> None:
    found = find_conflicts([troops(f"{a_value} सैनिक", a_value, source="x.txt"),
                            troops(f"{b_value} सैनिक", b_value, source="y.txt")])
    assert [c.severity for c in found] == [severity]
    assert found[0].gap == pytest.approx((b_value - a_value) / a_value)


@pytest.mark.parametrize("a, b, gap", [
    ((10000, 10000), (11000, 11000), 0.10),
    ((11000, 11000), (10000, 10000), 0.10),
    ((8000, 9000), (12000, math.inf), 12000 / 9000 - 1),
    ((8000, 12000), (11000, 11000), 0.0),
    ((0, 0), (5, 5), 1.0),
])
def test_relative_gap(a: tuple[float, float], b: tuple[float, float], gap: float) -> None:
    assert relative_gap(a, b) == pytest.approx(gap)


def test_reason_says_it_in_words() -> None:
    (c,) = find_conflicts([ABOUT_10K, SENT_11K])
    assert c.reason.startswith("about 10,000 vs 11,000: 10% apart")
    assert c.gap == pytest.approx(0.10)
    assert c.measure == ("troops", NK, RU, "actual")


@pytest.mark.parametrize("a, b, expected, reason_part", [
    # later, larger cumulative figure: an update
    (troops("3,000 सैनिक", 3000, source="x.txt", published="2024-10-20"),
     troops("11000 सैनिक", 11000, source="y.txt", published="2024-11-05"), [], None),
    # later, smaller: a conflict, said in words
    (troops("11000 सैनिक", 11000, source="x.txt", published="2024-10-20"),
     troops("3,000 सैनिक", 3000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "smaller"),
    # same day: an ordinary comparison
    (troops("3,000 सैनिक", 3000, source="x.txt", published="2024-11-05"),
     troops("11000 सैनिक", 11000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "apart"),
    # more than the window apart: not compared
    (troops("11000 सैनिक", 11000, source="x.txt", published="2024-06-01"),
     troops("3,000 सैनिक", 3000, source="y.txt", published="2024-11-05"), [], None),
    # exactly the window apart: compared
    (troops("11000 सैनिक", 11000, source="x.txt", published="2024-10-06"),
     troops("3,000 सैनिक", 3000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "smaller"),
    # dates unknown: compared, and the reason says so
    (troops("11000 सैनिक", 11000, source="x.txt", published=""),
     troops("3,000 सैनिक", 3000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "dates unknown"),
    (troops("3,000 सैनिक", 3000, source="x.txt"),
     troops("11000 सैनिक", 11000, source="y.txt"), CONFLICT_MAJOR, "dates unknown"),
    # datetimes are read as dates
    (troops("3,000 सैनिक", 3000, source="x.txt", published="2024-10-20T08:00:00+05:30"),
     troops("11000 सैनिक", 11000, source="y.txt", published="2024-11-05T21:10:00+05:30"), [], None),
    # cumulative killed too
    (troops("500 लोग मारे गए", 500, kind="killed", source="x.txt", published="2024-10-20"),
     troops("1,200 लोगों की मौत", 1200, kind="killed", source="y.txt", published="2024-10-22"), [], None),
    # non-cumulative: a later, larger figure is still a conflict
    (troops("100 मिसाइलें", 100, kind="missiles", source="x.txt", published="2024-10-20"),
     troops("300 मिसाइलें", 300, kind="missiles", source="y.txt", published="2024-10-22"),
     CONFLICT_MAJOR, "apart"),
    # planned figures are not running totals
    (troops("3,000 सैनिक", 3000, source="x.txt", published="2024-10-20", status="planned"),
     troops("30000 सैनिक", 30000, source="y.txt", published="2024-11-05", status="planned"),
     CONFLICT_MAJOR, "apart"),
])
def test_time(a: Claim, b: Claim, expected: list[tuple[str, str]], reason_part: str | None) -> None:
    for order in ([a, b], [b, a]):
        found = find_conflicts(order)
        assert [(c.type, c.severity) for c in found] == expected
        if reason_part:
            assert reason_part in found[0].reason


@pytest.mark.parametrize("window, expected", [(30, 0), (200, 1), (10, 0)])
def test_window_days(window: int, expected: int) -> None:
    a = troops("11000 सैनिक", 11000, source="x.txt", published="2024-06-01")
    b = troops("3,000 सैनिक", 3000, source="y.txt", published="2024-11-05")
    assert len(find_conflicts([a, b], window_days=window)) == expected


def test_dates_unknown_reason_is_absent_when_dates_known() -> None:
    a = replace(ABOUT_10K, published="2024-11-01")
    b = replace(SENT_11K, published="2024-11-01")
    (c,) = find_conflicts([a, b])
    assert "unknown" not in c.reason


@pytest.mark.parametrize("within, expected", [(False, 0), (True, 1)])
def test_same_document(within: bool, expected: int) -> None:
    a = replace(ABOUT_10K, source="same.txt", start=10)
    b = replace(SENT_11K, source="same.txt", start=200, end=210)
    assert len(find_conflicts([a, b], within_document=within)) == expected


def test_a_claim_is_never_compared_with_itself() -> None:
    assert find_conflicts([ABOUT_10K, ABOUT_10K], within_document=True) == []


@pytest.mark.parametrize("a, b, expected", [
    # one source denies what another reports as fact
    (replace(SENT_11K, status="claimed_false", source="x.txt"), SENT_11K, [("denied", "major")]),
    (replace(ABOUT_10K, status="claimed_false"), SENT_11K, [("denied", "major")]),
    # denial against a plan is not compared
    (replace(ABOUT_10K, status="claimed_false"), PLANNED_30K, []),
    # two denials do not conflict with each other
    (replace(ABOUT_10K, status="claimed_false"), replace(SENT_11K, status="claimed_false"), []),
    # the window still applies
    (replace(ABOUT_10K, status="claimed_false", published="2024-01-01"),
     replace(SENT_11K, published="2024-11-01"), []),
])
def test_denied(a: Claim, b: Claim, expected: list[tuple[str, str]]) -> None:
    assert pair(a, b) == expected
    assert pair(b, a) == expected


def test_denied_reason_and_measure() -> None:
    (c,) = find_conflicts([replace(SENT_11K, status="claimed_false", source="x.txt"), SENT_11K])
    assert "denied" in c.reason and "11,000" in c.reason
    assert c.measure == ("troops", NK, RU, "actual")


@pytest.mark.parametrize("a, b, expected", [
    # 19 June 2024 vs 26 June 2024: same visit on different days
    (event_date("19 जून 2024", "2024-06-19"), event_date("26 जून 2024", "2024-06-26", source="b.txt"),
     [("date", "major")]),
    # one day apart: minor
    (event_date("19 जून 2024", "2024-06-19"), event_date("20 जून 2024", "2024-06-20", source="b.txt"),
     [("date", "minor")]),
    # February 2022 contains 24 February 2022
    (event_date("फरवरी 2022", "2022-02", event="invasion", subject="Russia", obj="Ukraine"),
     event_date("24 फरवरी 2022", "2022-02-24", event="invasion", subject="Russia", obj="Ukraine",
                source="b.txt"), []),
    (event_date("2022 में", "2022", event="invasion", subject="Russia", obj="Ukraine"),
     event_date("2023 में", "2023", event="invasion", subject="Russia", obj="Ukraine", source="b.txt"),
     [("date", "major")]),
    # no year: never compared
    (event_date("इस साल जून", "--06"), event_date("19 जून 2024", "2024-06-19", source="b.txt"), []),
    (event_date("इस साल 24 फरवरी", "--02-24"), event_date("26 फरवरी 2022", "2022-02-26", source="b.txt"), []),
    # no event: never compared
    (event_date("19 जून 2024", "2024-06-19", event=""),
     event_date("26 जून 2024", "2024-06-26", event="", source="b.txt"), []),
    # different events or subjects
    (event_date("19 जून 2024", "2024-06-19"),
     event_date("26 जून 2024", "2024-06-26", event="treaty", source="b.txt"), []),
    (event_date("19 जून 2024", "2024-06-19"),
     event_date("26 जून 2024", "2024-06-26", subject="Kim Jong Un", source="b.txt"), []),
    # no window for dates: publication years apart still compare
    (event_date("19 जून 2024", "2024-06-19", published="2024-06-20"),
     event_date("26 जून 2024", "2024-06-26", published="2025-06-20", source="b.txt"), [("date", "major")]),
    # same document
    (event_date("19 जून 2024", "2024-06-19"), event_date("26 जून 2024", "2024-06-26", start=90), []),
])
def test_dates(a: Claim, b: Claim, expected: list[tuple[str, str]]) -> None:
    assert pair(a, b) == expected
    assert pair(b, a) == expected


@pytest.mark.parametrize("a, b, reason, gap", [
    (("19 जून 2024", "2024-06-19"), ("26 जून 2024", "2024-06-26"),
     "visit: 19 June 2024 vs 26 June 2024: 7 days apart", 7),
    (("जून 2024", "2024-06"), ("26 जुलाई 2024", "2024-07-26"), "visit: June 2024 vs 26 July 2024: about 40 days apart", 40.5),
    (("2022 में", "2022"), ("2023 में", "2023"), "visit: 2022 vs 2023: about 365 days apart", 365),
])
def test_date_reason(a: tuple[str, str], b: tuple[str, str], reason: str, gap: float) -> None:
    (c,) = find_conflicts([event_date(*a), event_date(*b, source="b.txt")])
    assert c.reason == reason
    assert c.gap == gap
    assert c.measure == ("date", "Vladimir Putin", "North Korea", "actual")


def test_key_is_stable_across_reextraction() -> None:
    a, b = replace(ABOUT_10K, claim_id=1), replace(SENT_11K, claim_id=2)
    (first,) = find_conflicts([a, b])
    (again,) = find_conflicts([replace(b, claim_id=77, reasons={"kind": "x"}), replace(a, claim_id=78)])
    assert first.key == again.key == conflict_key(b, a)


@pytest.mark.parametrize("change", [
    {"source": "other.txt"}, {"start": 11}, {"end": 99}, {"value_low": 10001.0}, {"value_high": 10002},
    {"kind": "workers"},
])
def test_key_changes_with_the_claim(change: dict[str, object]) -> None:
    assert conflict_key(ABOUT_10K, SENT_11K) != conflict_key(replace(ABOUT_10K, **change), SENT_11K)


def test_key_ignores_int_vs_float() -> None:
    assert conflict_key(ABOUT_10K, SENT_11K) == conflict_key(
        replace(ABOUT_10K, value_low=10000.0, value_high=10000.0), SENT_11K)


def test_order_and_grouping_over_many_claims() -> None:
    claims = [troops(f"{n} सैनिक", n, source=f"{n}.txt", published="2024-11-01") for n in (1000, 2000, 4000)]
    found = find_conflicts(claims + [SHELLS, PLANNED_30K, THOUSANDS])
    assert len(found) == 3
    assert all(c.measure == ("troops", NK, RU, "actual") for c in found)
    assert [(c.a.value, c.b.value) for c in found] == [(1000, 2000), (1000, 4000), (2000, 4000)]


@pytest.mark.parametrize("published", ["", "2024-11-01", "spread"])
def test_agreeing_claims_are_not_paired(published: str) -> None:
    """20,000 agreeing claims (a quadratic pass would take minutes) and one outlier."""
    claims = [troops("लगभग 10,000 सैनिक", 10000, qualifier="approx", source=f"{i}.txt",
                     published=f"2024-{i % 12 + 1:02d}-01" if published == "spread" else published)
              for i in range(20000)]
    outlier = troops("11000 सैनिक", 11000, source="x.txt", published=claims[0].published)
    started = time.perf_counter()
    found = find_conflicts([*claims, outlier])
    assert time.perf_counter() - started < 10
    assert all(outlier in (c.a, c.b) for c in found)
    assert len(found) == sum(1 for c in claims if published != "spread" or c.published == outlier.published)


def test_conflict_row() -> None:
    a = replace(ABOUT_10K, claim_id=3, published="2024-11-01")
    b = replace(SENT_11K, claim_id=9, published="2024-11-01")
    row = conflict_row(find_conflicts([a, b])[0], 1)
    assert tuple(row) == CONFLICT_COLUMNS
    guide = ["conflict_id", "kind", "subject", "object", "a_claim_id", "a_source", "a_start", "a_end", "a_text", "a_value_low", "a_value_high", "b_claim_id", "b_source", "b_start", "b_end", "b_text", "b_value_low", "b_value_high", "severity", "reason"]
    assert set(guide) <= set(CONFLICT_COLUMNS)
    assert {"type", "a_sentence", "b_sentence"} <= set(CONFLICT_COLUMNS)
    assert (row["conflict_id"], row["kind"], row["subject"], row["object"]) == (1, "troops", NK, RU)
    assert (row["a_claim_id"], row["a_text"], row["b_claim_id"], row["b_text"]) == (
        3, "लगभग 10,000 सैनिक", 9, "11000 सैनिक")
    assert (row["severity"], row["type"], row["gap"]) == ("minor", "conflict", 0.1)
    assert row["a_sentence"] == a.sentence and row["b_sentence"] == b.sentence


# -- through the extraction pipeline ------------------------------------------

TROOPS_10K = "दक्षिण कोरिया की खुफिया एजेंसी के अनुसार उत्तर कोरिया ने रूस में लगभग 10,000 सैनिक भेजे हैं।"
TROOPS_11K = "उत्तर कोरिया अब तक रूस में 11000 सैनिक भेज चुका है।"
TROOPS_3K = "उत्तर कोरिया अब तक रूस में 3,000 सैनिक भेज चुका है।"
PLANNED = "उत्तर कोरिया रूस में 30000 के लगभग सैनिक भेजने की तैयारी कर रहा है।"
VISIT_19 = "पुतिन ने 19 जून 2024 को उत्तर कोरिया का दौरा किया था।"
VISIT_26 = "पुतिन ने 26 जून 2024 को उत्तर कोरिया का दौरा किया था।"
INVASION_MONTH = "रूस ने फरवरी 2022 में यूक्रेन पर आक्रमण किया।"
INVASION_DAY = "रूस ने 24 फरवरी 2022 को यूक्रेन पर आक्रमण किया था।"


@pytest.fixture(scope="module")
def extract():  # type: ignore[no-untyped-def]
    pipeline = pytest.importorskip("factcheck.pipeline")
    nlp = pipeline.make_nlp()

    def run(text: str, source: str, published: str = "") -> list[Claim]:
        _, claims = pipeline.analyze(text, published=published or None, nlp=nlp)
        return [replace(c, source=source, published=published) for c in claims]

    return run


@pytest.mark.parametrize("a, b, expected, reason_start", [
    ((TROOPS_10K, ""), (TROOPS_11K, ""), [("conflict", "minor")], "about 10,000 vs 11,000: 10% apart"),
    ((TROOPS_10K, ""), (PLANNED, ""), [], None),
    ((VISIT_19, ""), (VISIT_26, ""), [("date", "major")], "visit: 19 June 2024 vs 26 June 2024"),
    ((INVASION_MONTH, ""), (INVASION_DAY, ""), [], None),
    ((TROOPS_3K, "2024-10-20"), (TROOPS_11K, "2024-11-05"), [], None),
    ((TROOPS_11K, "2024-10-20"), (TROOPS_3K, "2024-11-05"), [("conflict", "major")], "11,000 vs 3,000"),
    ((TROOPS_11K, "2024-06-01"), (TROOPS_3K, "2024-11-05"), [], None),
])
def test_through_the_pipeline(extract, a: tuple[str, str], b: tuple[str, str],  # type: ignore[no-untyped-def]
                              expected: list[tuple[str, str]], reason_start: str | None) -> None:
    claims = extract(a[0], "a.txt", a[1]) + extract(b[0], "b.txt", b[1])
    found = find_conflicts(claims)
    assert [(c.type, c.severity) for c in found] == expected
    if reason_start:
        assert found[0].reason.startswith(reason_start)
    assert find_conflicts(extract(a[0], "same.txt", a[1]) + extract(b[0], "same.txt", b[1])) == []
