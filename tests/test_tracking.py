"""Facts (consensus over independent sources) and timelines of one measure."""

from __future__ import annotations

import math

import pytest
from rich.console import Console

from factcheck.model import Claim
from factcheck.tracking import consensus, fact_rows, facts, render_bars, render_facts, timeline, timeline_rows

NK, RU = "North Korea", "Russia"


def troops(text: str, low: float, high: float | None = None, qualifier: str = "exact", *,
           source: str = "a.txt", published: str = "", kind: str = "troops", **roles: str) -> Claim:
    """A claim about North Korean troops sent to Russia, unless ``roles`` say otherwise."""
    if high is None and qualifier in ("exact", "approx"):
        high = low
    fields = {"subject": NK, "object": RU, "status": "actual", **roles}
    return Claim(start=10, end=10 + len(text), text=text, kind=kind, value_low=low, value_high=high,
                 qualifier=qualifier, source=source, published=published,
                 sentence=f"उत्तर कोरिया ने रूस में {text} भेजे हैं।", **fields)


@pytest.mark.parametrize("voices, regions, best", [
    ([[(10000, 10000)], [(9500, 10500)], [(11000, 11000)]], [(10000, 10000)], 2),
    ([[(1000, math.inf)], [(10000, 10000)], [(11000, 11000)]], [(10000, 10000), (11000, 11000)], 2),
    ([[(1, 2)], [(3, 4)]], [(1, 2), (3, 4)], 1),
    ([[(1, 2), (1.5, 3)], [(5, 6)]], [(1.5, 2)], 1),  # a voice counts once; its claims break ties
    ([[(1, 2), (1.5, 3)], [(1.8, 6)]], [(1.8, 2)], 2),
    ([[(1, 2)], [(1, 2)], [(5, 6)]], [(1, 2)], 2),
    ([[(-math.inf, 5)], [(3, math.inf)]], [(3, 5)], 2),
    ([[(-math.inf, math.inf)]], [(-math.inf, math.inf)], 1),
])
def test_consensus_sweep(voices: list[list[tuple[float, float]]], regions: list[tuple[float, float]],
                         best: int) -> None:
    assert consensus(voices) == (regions, best)


@pytest.mark.parametrize("claims, agreed, support, voices, note", [
    # two independent sources say about 10,000 / 10,000; one says 11,000
    ([troops("लगभग 10,000 सैनिक", 10000, qualifier="approx", source="1.txt"),
      troops("10,000 सैनिक", 10000, source="2.txt"),
      troops("11000 सैनिक", 11000, source="3.txt")], (10000, 10000), 2, 3, "2 of 3"),
    # copies count once: same outlet
    ([troops("11000 सैनिक", 11000, source="1.txt", outlet="Agency"),
      troops("11,000 सैनिक", 11000, source="2.txt", outlet="Agency"),
      troops("10,000 सैनिक", 10000, source="3.txt")], None, 0, 2, "no two"),
    # copies count once: same attribution
    ([troops("11000 सैनिक", 11000, source="1.txt", attributed_to="South Korean intelligence"),
      troops("11 हजार सैनिक", 11000, source="2.txt", attributed_to="South Korean intelligence"),
      troops("10,000 सैनिक", 10000, source="3.txt"),
      troops("दस हजार सैनिक", 10000, source="4.txt")], (10000, 10000), 2, 3, "2 of 3"),
    # a tie between two figures: no consensus
    ([troops("11000 सैनिक", 11000, source="1.txt"), troops("11000 सैनिक", 11000, source="2.txt"),
      troops("10,000 सैनिक", 10000, source="3.txt"), troops("10,000 सैनिक", 10000, source="4.txt")],
     None, 0, 4, "split"),
    # vague हजारों agrees with either figure; 10,000 wins on its own plus the vague one
    ([troops("हजारों सैनिक", 1000, None, "vague", source="1.txt"),
      troops("10,000 सैनिक", 10000, source="2.txt")], (10000, 10000), 2, 2, "2 of 2"),
    # one source with two overlapping figures: they narrow each other
    ([troops("30000 के लगभग सैनिक", 30000, qualifier="approx", source="1.txt", status="planned"),
      troops("हजारों सैनिक", 1000, None, "vague", source="1.txt", status="planned")],
     (28500, 31500), 1, 1, "single"),
    # one source only
    ([troops("एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले", 12_000_000, None, "more_than",
             source="1.txt", kind="shells")], (12_000_000, math.inf), 1, 1, "single"),
])
def test_facts_consensus(claims: list[Claim], agreed: tuple[float, float] | None, support: int,
                         voices: int, note: str) -> None:
    (fact,) = facts(claims)
    assert fact.consensus == agreed
    assert (fact.support, fact.voices) == (support, voices)
    assert note in fact.note


def test_facts_figures_and_sources() -> None:
    claims = [troops("लगभग 10,000 सैनिक", 10000, qualifier="approx", source="1.txt"),
              troops("लगभग 10 हजार सैनिक", 10000, qualifier="approx", source="2.txt"),
              troops("11000 सैनिक", 11000, source="2.txt"),
              troops("30000 के लगभग सैनिक", 30000, qualifier="approx", source="2.txt", status="planned")]
    actual, planned = facts(claims)
    assert actual.measure.short == ("troops", NK, RU, "actual")
    assert planned.measure.short == ("troops", NK, RU, "planned")
    assert [(f.text, f.sources) for f in actual.figures] == [
        ("about 10,000", ["1.txt", "2.txt"]), ("11,000", ["2.txt"])]
    assert [f.text for f in planned.figures] == ["about 30,000"]


@pytest.mark.parametrize("claims, measures", [
    # an object-less claim joins the only measure that gives an object
    ([troops("11000 सैनिक", 11000, source="1.txt"), troops("हजारों सैनिक", 1000, None, "vague",
                                                             source="2.txt", object="")],
     [("troops", NK, RU, "actual")]),
    # with two objects it stays apart
    ([troops("11000 सैनिक", 11000, source="1.txt"), troops("500 सैनिक", 500, source="3.txt", object="Syria"),
      troops("हजारों सैनिक", 1000, None, "vague", source="2.txt", object="")],
     [("troops", NK, "", "actual"), ("troops", NK, RU, "actual"), ("troops", NK, "Syria", "actual")]),
    # unknown actor, page furniture and date claims are left out
    ([troops("11000 सैनिक", 11000, subject=""), troops("125 युद्धक विमानों", 125, kind="aircraft", furniture=True),
      Claim(0, 10, "19 जून 2024", "date", when="2024-06-19", event="visit", subject="Vladimir Putin")], []),
])
def test_fact_measures(claims: list[Claim], measures: list[tuple[str, str, str, str]]) -> None:
    assert [f.measure.short for f in facts(claims)] == measures


def test_fact_rows_and_table() -> None:
    found = facts([troops("एक करोड़ 20 लाख से अधिक तोप और टैंक के गोले", 12_000_000, None, "more_than",
                          source="1.txt", kind="shells")])
    (row,) = fact_rows(found)
    assert (row["kind"], row["consensus_low"], row["consensus_high"]) == ("shells", 12_000_000, None)
    assert row["figures"] == "more than 12,000,000 (1.txt)"
    console = Console(record=True, width=140)
    console.print(render_facts(found))
    assert "12,000,000 or more" in console.export_text()


SERIES = [  # (published, text, value, qualifier, expected label)
    ("2024-10-10", "3,000 सैनिक", 3000, "exact", "first"),
    ("2024-10-20", "करीब 3,100 सैनिक", 3100, "approx", "consistent"),
    ("2024-11-01", "लगभग 10,000 सैनिक", 10000, "approx", "update"),
    ("2024-11-05", "11000 सैनिक", 11000, "exact", "update"),
    ("2024-11-20", "10,000 सैनिक", 10000, "exact", "contradiction"),
    ("", "हजारों सैनिक", 1000, "vague", "consistent"),
]


def _series(kind: str = "troops", status: str = "actual") -> list[Claim]:
    return [troops(text, value, None, q, source=f"{i}.txt", published=day, kind=kind, status=status)
            for i, (day, text, value, q, _) in enumerate(SERIES)]


def test_timeline_labels_in_date_order() -> None:
    entries = timeline(list(reversed(_series())))
    assert [(e.published, e.label) for e in entries] == [(d, label) for d, *_, label in SERIES]
    assert "date unknown" in entries[-1].note
    assert "below 11,000" in entries[4].note


@pytest.mark.parametrize("kind, status, label", [
    ("troops", "actual", "update"),
    ("killed", "actual", "update"),
    ("missiles", "actual", "contradiction"),  # not a running total
    ("troops", "planned", "contradiction"),  # plans are not running totals
])
def test_timeline_updates_only_for_cumulative_actual(kind: str, status: str, label: str) -> None:
    entries = timeline(_series(kind, status))
    assert entries[2].label == label


def test_timeline_same_day_larger_is_contradiction() -> None:
    entries = timeline([troops("3,000 सैनिक", 3000, source="1.txt", published="2024-11-05"),
                        troops("11000 सैनिक", 11000, source="2.txt", published="2024-11-05")])
    assert [e.label for e in entries] == ["first", "contradiction"]


@pytest.mark.parametrize("filters, count", [
    ({}, 7),
    ({"status": "actual"}, 6),
    ({"status": "planned"}, 1),
    ({"object": RU}, 7),
    ({"object": "Ukraine"}, 0),
    ({"subject": "Russia"}, 0),
    ({"kind": "shells"}, 0),
])
def test_timeline_filters(filters: dict[str, str], count: int) -> None:
    claims = [*_series(), troops("30000 के लगभग सैनिक", 30000, qualifier="approx", source="9.txt",
                                 status="planned", published="2024-11-05")]
    assert len(timeline(claims, **filters)) == count


def test_render_bars_are_proportional() -> None:
    entries = timeline(_series())
    console = Console(record=True, width=160)
    console.print(render_bars(entries, width=40))
    text = console.export_text()
    lines = {ln.split()[0]: ln for ln in text.splitlines() if ln.strip()[:4].isdigit()}
    assert lines["2024-11-05"].count("█") == 40
    assert lines["2024-10-10"].count("█") == round(3000 / 11000 * 40)
    assert "troops: North Korea → Russia (actual)" in text
    assert "▶" in text  # हजारों is open upward


def test_timeline_rows() -> None:
    rows = timeline_rows(timeline(_series()))
    assert [r["label"] for r in rows] == [s[-1] for s in SERIES]
    assert rows[2]["figure"] == "about 10,000"


def said(sentence: str, text: str, low: float, kind: str, subject: str, *, source: str,
         published: str = "", start: int = 10) -> Claim:
    """A claim as extracted from a real-phrasing sentence."""
    return Claim(start=start, end=start + len(text), text=text, kind=kind, value_low=low, value_high=low,
                 qualifier="exact", subject=subject, source=source, published=published, sentence=sentence)


COUNTING = "भाजपा ने 82 सीटें जीत ली हैं और 2 सीटों पर उसके उम्मीदवार आगे चल रहे हैं।"


@pytest.mark.parametrize("first, later, labels", [
    # a count in progress, then the larger final result: an update
    (said(COUNTING, "82 सीटें", 82, "seats", "BJP", source="abp.txt", published="2025-11-14"),
     said("भाजपा 84 सीटों के साथ सबसे बड़ी पार्टी बनी है।", "84 सीटों", 84, "seats", "BJP",
          source="jansatta.txt", published="2025-11-15"), ["first", "update"]),
    # two final results: a contradiction
    (said("भाजपा ने 82 सीटें जीतीं।", "82 सीटें", 82, "seats", "BJP", source="abp.txt", published="2025-11-14"),
     said("भाजपा 84 सीटों के साथ सबसे बड़ी पार्टी बनी है।", "84 सीटों", 84, "seats", "BJP",
          source="jansatta.txt", published="2025-11-15"), ["first", "contradiction"]),
    # a count in progress, then a smaller final result: a contradiction
    (said("रुझानों में कांग्रेस को 7 सीटें मिलती दिख रही हैं।", "7 सीटें", 7, "seats", "Congress",
          source="abp.txt", published="2025-11-14"),
     said("कांग्रेस को 6 सीटें मिलीं।", "6 सीटें", 6, "seats", "Congress", source="jansatta.txt",
          published="2025-11-15"), ["first", "contradiction"]),
])
def test_timeline_counting_in_progress(first: Claim, later: Claim, labels: list[str]) -> None:
    assert [e.label for e in timeline([later, first])] == labels


@pytest.mark.parametrize("claims, figures", [
    # "9 और शव" adds to a total: it is not a figure of the toll
    ([said("हादसे में 40 लोगों की मौत हो गई।", "40 लोगों", 40, "killed", "Odisha", source="a.txt"),
      said("मलबे से 9 और शव निकाले गए।", "9 और शव", 9, "killed", "Odisha", source="b.txt")], ["40"]),
    # seats a party leads in are not seats won
    ([said(COUNTING, "82 सीटें", 82, "seats", "BJP", source="abp.txt"),
      said(COUNTING, "2 सीटों", 2, "seats", "BJP", source="abp.txt", start=40)], ["82"]),
    # plain figures stay
    ([said("हादसे में 40 लोगों की मौत हो गई।", "40 लोगों", 40, "killed", "Odisha", source="a.txt"),
      said("मलबे से 9 शव निकाले गए।", "9 शव", 9, "killed", "Odisha", source="b.txt")], ["9", "40"]),
])
def test_facts_leave_out_increments_and_leads(claims: list[Claim], figures: list[str]) -> None:
    (fact,) = facts(claims)
    assert [f.text for f in fact.figures] == figures
