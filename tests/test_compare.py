"""The comparison pass: intervals, measures, time, statuses, dates, keys, CSV rows."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from factcheck.compare import (
    CONFLICT_COLUMNS,
    conflict_key,
    conflict_row,
    describe,
    duration_event,
    find_conflicts,
    interval,
    is_increment,
    is_lead,
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


def visit_days(text: str, days: float, source: str, **roles: str) -> Claim:
    """A visit's length: "प्रधानमंत्री की तीन दिवसीय यात्रा"."""
    return replace(troops(text, days, kind="duration", unit="day", source=source, **roles),
                   sentence=f"प्रधानमंत्री {text} यात्रा पर रूस पहुंचे।")


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
    (replace(ABOUT_10K, status="planned"),
     replace(PLANNED_30K, text="15000 के लगभग सैनिक", value_low=15000, value_high=15000), CONFLICT_MAJOR),
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
    (troops("तीन क्षेत्रों", 3, kind="count", object="", source="x.txt"),
     troops("पांच क्षेत्रों", 5, kind="count", object="", source="y.txt"), []),
    (troops("तीन क्षेत्रों", 3, kind="count", source="x.txt"),
     troops("पांच क्षेत्रों", 5, kind="count", source="y.txt"), CONFLICT_MAJOR),
    # ... a duration's named event stands for the object ("तीन दिवसीय यात्रा"); a verb names none
    (visit_days("तीन दिवसीय", 3, "x.txt", object=""), visit_days("पांच दिवसीय", 5, "y.txt", object=""),
     CONFLICT_MAJOR),
    (troops("तीन दिवसीय", 3, kind="duration", unit="day", object="", source="x.txt"),
     troops("पांच दिवसीय", 5, kind="duration", unit="day", object="", source="y.txt"), []),
    (visit_days("तीन दिवसीय", 3, "x.txt"), visit_days("पांच दिवसीय", 5, "y.txt"), CONFLICT_MAJOR),
    # percent and money of one actor cover unrelated things (growth vs inflation): need an object too
    (troops("7% की दर", 7, kind="percent", object="", source="x.txt"),
     troops("5% की दर", 5, kind="percent", object="", source="y.txt"), []),
    (troops("2 अरब डॉलर", 2e9, kind="money", unit="USD", object="", source="x.txt"),
     troops("1 अरब डॉलर", 1e9, kind="money", unit="USD", object="", source="y.txt"), []),
    (troops("2 अरब डॉलर", 2e9, kind="money", unit="USD", source="x.txt"),
     troops("1 अरब डॉलर", 1e9, kind="money", unit="USD", source="y.txt"), CONFLICT_MAJOR),
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
    assert c.measure.short == ("troops", NK, RU, "actual")


@pytest.mark.parametrize("a, b, expected, reason_part", [
    # later, larger cumulative figure: an update
    (troops("7,000 सैनिक", 7000, source="x.txt", published="2024-10-20"),
     troops("11000 सैनिक", 11000, source="y.txt", published="2024-11-05"), [], None),
    # later, smaller: a conflict, said in words
    (troops("11000 सैनिक", 11000, source="x.txt", published="2024-10-20"),
     troops("7,000 सैनिक", 7000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "smaller"),
    # same day: an ordinary comparison
    (troops("7,000 सैनिक", 7000, source="x.txt", published="2024-11-05"),
     troops("11000 सैनिक", 11000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "apart"),
    # more than the window apart: not compared
    (troops("11000 सैनिक", 11000, source="x.txt", published="2024-06-01"),
     troops("7,000 सैनिक", 7000, source="y.txt", published="2024-11-05"), [], None),
    # exactly the window apart: compared
    (troops("11000 सैनिक", 11000, source="x.txt", published="2024-10-06"),
     troops("7,000 सैनिक", 7000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "smaller"),
    # dates unknown: compared, and the reason says so
    (troops("11000 सैनिक", 11000, source="x.txt", published=""),
     troops("7,000 सैनिक", 7000, source="y.txt", published="2024-11-05"), CONFLICT_MAJOR, "dates unknown"),
    (troops("7,000 सैनिक", 7000, source="x.txt"),
     troops("11000 सैनिक", 11000, source="y.txt"), CONFLICT_MAJOR, "dates unknown"),
    # datetimes are read as dates
    (troops("7,000 सैनिक", 7000, source="x.txt", published="2024-10-20T08:00:00+05:30"),
     troops("11000 सैनिक", 11000, source="y.txt", published="2024-11-05T21:10:00+05:30"), [], None),
    # cumulative killed too
    (troops("500 लोग मारे गए", 500, kind="killed", source="x.txt", published="2024-10-20"),
     troops("1,200 लोगों की मौत", 1200, kind="killed", source="y.txt", published="2024-10-22"), [], None),
    # non-cumulative: a later, larger figure is still a conflict
    (troops("100 मिसाइलें", 100, kind="missiles", source="x.txt", published="2024-10-20"),
     troops("180 मिसाइलें", 180, kind="missiles", source="y.txt", published="2024-10-22"),
     CONFLICT_MAJOR, "apart"),
    # planned figures are not running totals
    (troops("7,000 सैनिक", 7000, source="x.txt", published="2024-10-20", status="planned"),
     troops("12000 सैनिक", 12000, source="y.txt", published="2024-11-05", status="planned"),
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
    b = troops("7,000 सैनिक", 7000, source="y.txt", published="2024-11-05")
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


@pytest.mark.parametrize("a, b", [
    # GUIDE: a conflict needs the same status; a denied figure against a reported one is not one
    (replace(SENT_11K, status="claimed_false", source="x.txt"), SENT_11K),
    (replace(ABOUT_10K, status="claimed_false"), SENT_11K),
    (replace(ABOUT_10K, status="claimed_false"), PLANNED_30K),
    # two denials of different figures disagree on nothing the text asserts
    (replace(ABOUT_10K, status="claimed_false"), replace(SENT_11K, status="claimed_false")),
])
def test_denied_figures_are_not_compared_with_reported_ones(a: Claim, b: Claim) -> None:
    assert pair(a, b) == []
    assert pair(b, a) == []


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
    assert c.measure.short == ("date", "Vladimir Putin", "North Korea", "actual")


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
    claims = [troops(f"{n} सैनिक", n, source=f"{n}.txt", published="2024-11-01") for n in (1000, 1500, 1900)]
    found = find_conflicts(claims + [SHELLS, PLANNED_30K, THOUSANDS])
    assert len(found) == 3
    assert all(c.measure.short == ("troops", NK, RU, "actual") for c in found)
    assert [(c.a.value, c.b.value) for c in found] == [(1000, 1500), (1000, 1900), (1500, 1900)]


@pytest.mark.parametrize("published", ["", "2024-11-01", "spread"])
def test_agreeing_claims_are_not_paired(published: str) -> None:
    """20,000 agreeing claims and one outlier: only the outlier's pairs (speed is measured by `make bench`)."""
    claims = [troops("लगभग 10,000 सैनिक", 10000, qualifier="approx", source=f"{i}.txt",
                     published=f"2024-{i % 12 + 1:02d}-01" if published == "spread" else published)
              for i in range(20000)]
    outlier = troops("11000 सैनिक", 11000, source="x.txt", published=claims[0].published)
    found = find_conflicts([*claims, outlier])
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
TROOPS_7K = "उत्तर कोरिया अब तक रूस में 7,000 सैनिक भेज चुका है।"
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
    ((TROOPS_7K, "2024-10-20"), (TROOPS_11K, "2024-11-05"), [], None),
    ((TROOPS_11K, "2024-10-20"), (TROOPS_7K, "2024-11-05"), [("conflict", "major")], "11,000 vs 7,000"),
    ((TROOPS_11K, "2024-06-01"), (TROOPS_7K, "2024-11-05"), [], None),
])
def test_through_the_pipeline(extract, a: tuple[str, str], b: tuple[str, str],  # type: ignore[no-untyped-def]
                              expected: list[tuple[str, str]], reason_start: str | None) -> None:
    claims = extract(a[0], "a.txt", a[1]) + extract(b[0], "b.txt", b[1])
    found = find_conflicts(claims)
    assert [(c.type, c.severity) for c in found] == expected
    if reason_start:
        assert found[0].reason.startswith(reason_start)
    assert find_conflicts(extract(a[0], "same.txt", a[1]) + extract(b[0], "same.txt", b[1])) == []


def said(sentence: str, text: str, low: float, kind: str, subject: str, *, source: str = "x.txt",
         published: str = "", qualifier: str = "exact", start: int = 10, index: int = 1, **roles: str) -> Claim:
    """A claim as extracted from a real-phrasing sentence (``text`` must occur in it)."""
    assert text in sentence
    high = None if qualifier in ("more_than", "at_least", "vague") else low
    return Claim(start=start, end=start + len(text), text=text, kind=kind, value_low=low, value_high=high,
                 qualifier=qualifier, subject=subject, source=source, published=published,
                 sentence=sentence, sentence_index=index, **roles)


COUNTING = "भाजपा ने 82 सीटें जीत ली हैं और 2 सीटों पर उसके उम्मीदवार आगे चल रहे हैं।"
FINAL_84 = "भाजपा 84 सीटों के साथ सबसे बड़ी पार्टी बनी है, जबकि जदयू के खाते में 76 सीटें आई हैं।"
BJP_82 = said(COUNTING, "82 सीटें", 82, "seats", "BJP", source="abp.txt", published="2025-11-14",
              reasons={"thing": "जीत → the plain measure"})  # as extraction marks seats won
BJP_LEADS_2 = said(COUNTING, "2 सीटों", 2, "seats", "BJP", source="abp.txt", published="2025-11-14", start=40)
BJP_84 = said(FINAL_84, "84 सीटों", 84, "seats", "BJP", source="jansatta.txt", published="2025-11-15")
TRENDS = "रुझानों में कांग्रेस 7 सीटों पर सिमटती दिख रही है।"
FINAL = "अंतिम नतीजों में कांग्रेस को 6 सीटें मिलीं।"
WON_WHILE_COUNTING = "रुझानों के बीच कांग्रेस को 7 सीटें मिली हैं।"


@pytest.mark.parametrize("claims, expected, reason_part", [
    # counting report (आगे चल रहे) then the final count, larger: an update of a running tally
    ([BJP_82, BJP_84], [], None),
    # the figure of seats a party leads in is not seats won
    ([BJP_LEADS_2, BJP_84], [], None),
    ([BJP_LEADS_2, replace(BJP_84, value_low=1, value_high=1, text="1 सीट")], [], None),
    # seats won in a counting report (a word says won), then a smaller final figure: still a
    # conflict, said in words
    ([said(WON_WHILE_COUNTING, "7 सीटें", 7, "seats", "Congress", source="abp.txt", published="2025-11-14",
           reasons={"thing": "मिली → the plain measure"}),
      said(FINAL, "6 सीटें", 6, "seats", "Congress", source="jansatta.txt", published="2025-11-15")],
     CONFLICT_MAJOR, "count in progress"),
    # a figure no word marks as won in a counting report is a lead ("7 सीटों पर सिमटती"): not compared
    ([said(TRENDS, "7 सीटों", 7, "seats", "Congress", source="abp.txt", published="2025-11-14"),
      said(FINAL, "6 सीटें", 6, "seats", "Congress", source="jansatta.txt", published="2025-11-15")],
     [], None),
    # two final results do not update each other
    ([replace(BJP_82, sentence="भाजपा ने 82 सीटें जीतीं।"), BJP_84], CONFLICT_MINOR, "apart"),
    # a counting report published later is not an update of an earlier final one
    ([replace(BJP_82, published="2025-11-16"), BJP_84], CONFLICT_MINOR, "apart"),
    # the whole document counts: its headline without a counting word is provisional too
    ([replace(BJP_82, sentence="भाजपा 82 सीटें जीतकर सबसे बड़ी पार्टी", sentence_index=0, start=1),
      replace(BJP_82, text="", start=300, end=300, kind="date", when="2025-11-14", event="election"),
      BJP_84], [], None),
    # a report that gives the final result tells the day's trends in the past: it is no running count,
    # and a later, larger figure of another report disagrees with it
    ([BJP_82, replace(BJP_82, text="", start=300, end=300, sentence_index=5, kind="date", when="2025-11-14",
                      event="election", sentence="चुनाव आयोग के अंतिम नतीजों के मुताबिक भाजपा सबसे बड़ी पार्टी बनी।"),
      BJP_84],
     CONFLICT_MINOR, "apart"),
    # the rule is for tallies only: a later, larger count of drones is still a conflict
    ([said("रुझानों के बीच ईरान ने 170 ड्रोन दागे।", "170 ड्रोन", 170, "drones", "Iran",
           published="2025-11-14", object="Israel"),
      said("ईरान ने 185 ड्रोन दागे।", "185 ड्रोन", 185, "drones", "Iran", source="y.txt",
           published="2025-11-15", object="Israel")], CONFLICT_MINOR, "apart"),
])
def test_counting_in_progress(claims: list[Claim], expected: list[tuple[str, str]], reason_part: str | None) -> None:
    found = find_conflicts(claims)
    assert [(c.type, c.severity) for c in found] == expected
    if reason_part:
        assert reason_part in found[0].reason


@pytest.mark.parametrize("claim, lead", [
    (BJP_LEADS_2, True),
    (BJP_82, False),
    (said("राजद के उम्मीदवार 12 सीटों पर बढ़त बनाए हुए हैं।", "12 सीटों", 12, "seats", "RJD"), True),
    (said("कांग्रेस 5 सीटों पर पीछे चल रही है।", "5 सीटों", 5, "seats", "Congress"), True),
    (said("कांग्रेस ने 61 सीटों पर उम्मीदवार उतारे थे।", "61 सीटों", 61, "seats", "Congress"), False),
    # only tallies: a drone figure in a sentence with आगे is no lead
    (said("ईरान 170 ड्रोन के साथ आगे चल रहा था।", "170 ड्रोन", 170, "drones", "Iran"), False),
])
def test_is_lead(claim: Claim, lead: bool) -> None:
    assert is_lead(claim) is lead


@pytest.mark.parametrize("claim, increment", [
    (said("सोमवार देर रात तक मलबे से 9 और शव निकाले गए।", "9 और शव", 9, "killed", "Odisha"), True),
    (said("हादसे में 3 अन्य घायलों ने दम तोड़ दिया।", "3 अन्य घायलों", 3, "killed", "Odisha"), True),
    (said("Rescuers pulled 9 more bodies from the wreck.", "9 more bodies", 9, "killed", "Odisha"), True),
    (said("हादसे में कम से कम 40 लोगों की मौत हो गई।", "कम से कम 40 लोगों", 40, "killed", "Odisha",
          qualifier="at_least"), False),
    # "X और Y" between two figures is a range or a list, not an increment
    (said("35 और 40 के बीच भारतीय", "35 और 40", 35, "count", "Army", qualifier="range"), False),
    (said("राजद को 34, कांग्रेस को 7 और वाम दलों को 5 सीटें मिलीं।", "7", 7, "seats", "Congress"), False),
    (said("राहत दल ने दो और शव बरामद किए।", "दो और शव", 2, "killed", "Odisha"), True),
    (said("मलबे से 11 हजार और टन मलबा हटाया गया।", "11 हजार और टन", 11000, "count", "Odisha"), True),
    # और between nouns after the figure joins the counted things
    (said("एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले", "एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले",
          12e6, "shells", "North Korea", qualifier="more_than"), False),
    (said("ईरान ने 300 से ज्यादा ड्रोन और मिसाइलें दागीं।", "300 से ज्यादा ड्रोन और मिसाइलें", 300, "drones",
          "Iran", qualifier="more_than"), False),
])
def test_is_increment(claim: Claim, increment: bool) -> None:
    assert is_increment(claim) is increment


def test_an_increment_is_not_compared_with_a_total() -> None:
    total = said("हादसे में कम से कम 40 लोगों की मौत हो गई।", "कम से कम 40 लोगों", 40, "killed", "Odisha",
                 qualifier="at_least", published="2024-06-17")
    more = said("सोमवार देर रात तक मलबे से 29 और शव निकाले गए।", "29 और शव", 29, "killed", "Odisha",
                source="y.txt", published="2024-06-18")
    assert find_conflicts([total, more]) == []
    assert len(find_conflicts([total, replace(more, text="29 शव", sentence="मलबे से 29 शव निकाले गए।")])) == 1


LEG = "प्रधानमंत्री मोदी 8 जुलाई को दो दिवसीय यात्रा पर मॉस्को पहुंचे थे।"
TRIP = "प्रधानमंत्री नरेंद्र मोदी इस साल 8 जुलाई को तीन दिवसीय दौरे पर रूस और ऑस्ट्रिया के लिए रवाना हुए।"


def visit(sentence: str, text: str, days: float, source: str = "x.txt") -> Claim:
    return said(sentence, text, days, "duration", "Narendra Modi", source=source, unit="day", object="Russia")


@pytest.mark.parametrize("a, b, expected", [
    # a two-day stay (यात्रा) vs a three-day tour (दौरा) of two countries: different events
    (visit(LEG, "दो दिवसीय", 2), visit(TRIP, "तीन दिवसीय", 3, "y.txt"), []),
    # the same event noun, oblique forms folded (दौरे = दौरा): compared
    (visit("मोदी दो दिवसीय दौरे पर रूस पहुंचे।", "दो दिवसीय", 2),
     visit("मोदी का तीन दिवसीय दौरा मंगलवार को शुरू हुआ।", "तीन दिवसीय", 3, "y.txt"), CONFLICT_MAJOR),
    # postpositions are skipped: दो दिन की यात्रा
    (visit("मोदी दो दिन की यात्रा पर रूस में हैं।", "दो दिन", 2),
     visit("मोदी की तीन दिवसीय यात्रा रूस में जारी है।", "तीन दिवसीय", 3, "y.txt"), CONFLICT_MAJOR),
    # nothing named after the figure: the duration of what is unknown
    (visit("मोदी रूस में रहेंगे दो दिवसीय", "दो दिवसीय", 2), visit(TRIP, "तीन दिवसीय", 3, "y.txt"), []),
])
def test_duration_needs_the_same_event(a: Claim, b: Claim, expected: list[tuple[str, str]]) -> None:
    assert pair(a, b) == expected


@pytest.mark.parametrize("claim, event", [
    (visit(LEG, "दो दिवसीय", 2), "यात्रा"),
    (visit(TRIP, "तीन दिवसीय", 3), "दौरा"),
    (visit("मोदी दो दिन की यात्रा पर", "दो दिन", 2), "यात्रा"),
    (visit("मोदी दो दिवसीय", "दो दिवसीय", 2), ""),
])
def test_duration_event(claim: Claim, event: str) -> None:
    assert duration_event(claim) == event


def fire(sentence: str, text: str, hours: float, source: str = "x.txt") -> Claim:
    return said(sentence, text, hours, "duration", "Kolkata", source=source, unit="hour", qualifier="approx")


# the time a fire took to bring under control, however the clause words it
@pytest.mark.parametrize("claim, event", [
    (fire("दमकल की 16 गाड़ियां पहुंचीं और करीब 10 घंटे की मशक्कत के बाद बुधवार तड़के आग पर काबू पाया गया।",
          "करीब 10 घंटे", 10), "fire_control"),
    (fire("दमकल की 10 गाड़ियों ने करीब नौ घंटे में आग पर काबू पाया।", "करीब नौ घंटे", 9), "fire_control"),
    (fire("आग बुझाने के लिए 22 गाड़ियां लगाई गईं और लगभग चार घंटे बाद आग पूरी तरह बुझाई जा सकी।", "लगभग चार घंटे", 4),
     "fire_control"),
    (fire("चार घंटे तक धधकती रही आग", "चार घंटे", 4), "fire_control"),
    # the fire is in another clause: the noun after the figure still says what it measures
    (fire("आग पर काबू पा लिया गया, लेकिन तीन घंटे की बैठक के बाद भी जांच शुरू नहीं हुई।", "तीन घंटे", 3), "बैठक"),
])
def test_duration_event_named_by_its_clause(claim: Claim, event: str) -> None:
    assert duration_event(claim) == event


def test_fire_control_times_of_two_reports_conflict() -> None:
    a = fire("करीब 10 घंटे की मशक्कत के बाद आग पर काबू पाया गया।", "करीब 10 घंटे", 10)
    b = fire("दमकल की गाड़ियों ने करीब छह घंटे में आग पर काबू पाया।", "करीब छह घंटे", 6, "y.txt")
    assert pair(a, b) == CONFLICT_MAJOR


def _year(sentence: str, text: str, year: str, source: str, index: int) -> Claim:
    return said(sentence, text, 0, "date", "Bihar", source=source, index=index, when=year, start=500)


PAST = "2020 के चुनाव में राजद 75 सीटों के साथ सबसे बड़ी पार्टी बनी थी और भाजपा को 74 सीटें मिली थीं।"


@pytest.mark.parametrize("claims, expected", [
    # 2020 result (the sentence names 2020) vs a 2025 report: different elections
    ([said(PAST, "74 सीटें", 74, "seats", "BJP", source="abp.txt", published="2025-11-14", index=17),
      _year(PAST, "2020", "2020", "abp.txt", 17), BJP_84], []),
    # same claim without the year in its sentence: compared
    ([said(PAST, "74 सीटें", 74, "seats", "BJP", source="abp.txt", published="2025-11-14", index=17),
      _year(PAST, "2020", "2020", "abp.txt", 3), BJP_84], CONFLICT_MINOR),
    # both sentences name the same fiscal year: compared, even with one publication date unknown
    ([said("वित्त वर्ष 2023-24 में व्यापार 65 अरब डॉलर से अधिक रहा।", "65 अरब डॉलर से अधिक", 65e9, "money",
           "Russia", object="India", unit="USD", qualifier="more_than", published="2024-07-09", index=7),
      _year("वित्त वर्ष 2023-24", "वित्त वर्ष 2023-24", "2023", "x.txt", 7),
      said("वित्त वर्ष 2023-24 में कारोबार करीब 57 अरब डॉलर रहा।", "करीब 57 अरब डॉलर", 57e9, "money",
           "Russia", object="India", unit="USD", qualifier="approx", source="y.txt", index=5),
      _year("वित्त वर्ष 2023-24", "वित्त वर्ष 2023-24", "2023", "y.txt", 5)], CONFLICT_MINOR),
    # no year anywhere and no publication date: the period is unknown, compared
    ([replace(ABOUT_10K, published=""), SENT_11K], CONFLICT_MINOR),
])
def test_period(claims: list[Claim], expected: list[tuple[str, str]]) -> None:
    assert [(c.type, c.severity) for c in find_conflicts(claims)] == expected


HEAD_99 = "ईरान ने इजरायल पर दागे 300 से ज्यादा ड्रोन और मिसाइलें, IDF का दावा- 99 प्रतिशत को हवा में ही मार गिराया"
BODY_99 = "इजरायली सेना के प्रवक्ता ने बताया कि इनमें से 99 प्रतिशत को इजरायल और सहयोगियों ने हवा में ही नष्ट कर दिया।"
ABOUT_90 = "इनमें से करीब 90 प्रतिशत को इजरायल, अमेरिका, ब्रिटेन और जॉर्डन की मदद से नष्ट कर दिया गया।"


def share(sentence: str, text: str, value: float, source: str, start: int, index: int,
          qualifier: str = "exact") -> Claim:
    return said(sentence, text, value, "percent", "Iran", source=source, start=start, index=index,
                object="Israel", unit="percent", qualifier=qualifier)


def test_one_pair_per_figure_prefers_the_body() -> None:
    head = share(HEAD_99, "99 प्रतिशत", 99, "ndtv.txt", 60, 0)
    body = share(BODY_99, "99 प्रतिशत", 99, "ndtv.txt", 400, 2)
    other = share(ABOUT_90, "करीब 90 प्रतिशत", 90, "amar.txt", 300, 7, "approx")
    for claims in ([head, body, other], [other, body, head]):
        (c,) = find_conflicts(claims, distinct=True)
        assert {c.a.start, c.b.start} == {400, 300}
    # without a body sentence the headline pair is kept
    (c,) = find_conflicts([head, other], distinct=True)
    assert {c.a.start, c.b.start} == {60, 300}
    # two different figures from the same documents stay two pairs
    assert len(find_conflicts([head, replace(body, value_low=98, value_high=98, text="98 प्रतिशत",
                                             sentence=BODY_99.replace("99", "98")), other], distinct=True)) == 2
    # same values across different document pairs are separate pairs too
    assert len(find_conflicts([head, other, replace(other, source="bhaskar.txt")], distinct=True)) == 2
    # without ``distinct`` every occurrence pair is reported: the headline disagrees too
    assert len(find_conflicts([head, body, other])) == 2
