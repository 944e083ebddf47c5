"""``explain``: the step-by-step decision for one pair, as a library call and as `factcheck explain A B`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run

from factcheck.compare import find_conflicts
from factcheck.explain import explain
from factcheck.model import Claim


def toll(value: float, *, source: str, subject: str = "Nepal", story: str = "s1", published: str = "2025-07-12",
         claim_id: int = 1, sentence: str = "", text: str = "", **kw: Any) -> Claim:
    text = text or f"{value:g} लोगों की मौत"
    sentence = sentence or f"नेपाल में आए भूकंप में {text} हो गई है।"
    start = sentence.index(text)
    return Claim(start=start, end=start + len(text), text=text, kind="killed", value_low=value, value_high=value,
                 qualifier="exact", subject=subject, source=source, published=published, story=story,
                 sentence=sentence, claim_id=claim_id,
                 reasons={"kind": "मौत → killed", "subject": "नेपाल में (where it happened)"}, **kw)


A = toll(128, source="a.txt", claim_id=1)

# (case, b, verdict starts with, words the verdict or steps must contain)
CASES = [
    ("conflict", toll(150, source="b.txt", claim_id=2), "conflict", "128 vs 150"),
    ("overlap", toll(128, source="b.txt", claim_id=2), "no conflict: the intervals overlap", "intervals"),
    ("update by text", toll(2719, source="b.txt", claim_id=2, text="2,719",
                            sentence="भूकंप में मरने वालों की संख्या बढ़कर 2,719 हो गई है।"),
     "no conflict: an update", "latest count"),
    ("other story", toll(157, source="b.txt", claim_id=2, story="s2"), "not compared: the claims belong to "
     "different stories", "stories: A s1, B s2"),
    ("other thing", toll(19, source="b.txt", claim_id=2, thing="on_ground"), "not compared: different thing",
     "on_ground"),
    ("other side", toll(150, source="b.txt", claim_id=2, subject="India"), "not compared: different parties",
     "India"),
    ("one document", toll(150, source="a.txt", claim_id=2), "not compared: both come from one document", ""),
    ("furniture", toll(28, source="b.txt", claim_id=2, furniture=True), "not compared: B takes no part",
     "furniture"),
    ("too far apart", toll(150, source="b.txt", claim_id=2, published="2025-10-01"),
     "not compared: published more than 30 days apart", "days apart"),
]


@pytest.mark.parametrize("b, verdict, words", [pytest.param(b, v, w, id=c) for c, b, v, w in CASES])
def test_explain_verdicts(b: Claim, verdict: str, words: str) -> None:
    result = explain(A, b, [])
    assert result.verdict.startswith(verdict), result.text()
    assert words in result.text(), result.text()
    assert result.conflict is (verdict == "conflict")


@pytest.mark.parametrize("b, verdict, words", [pytest.param(b, v, w, id=c) for c, b, v, w in CASES])
def test_explain_agrees_with_find_conflicts(b: Claim, verdict: str, words: str) -> None:
    assert explain(A, b, []).conflict is bool(find_conflicts([A, b]))


# the two rules that read a whole report: a figure it gives as told before, a count it has told past
TOLD = toll(128, source="b.txt", claim_id=3, text="128 लोगों",
            sentence="इससे पहले सरकारी मीडिया ने भूकंप में 128 लोगों के मारे जाने की जानकारी दी थी।")
REVISED = toll(150, source="b.txt", claim_id=2)
EVENING = toll(100, source="b.txt", claim_id=2, text="100 लोगों", sentence="शाम तक भूकंप में 100 लोगों की मौत की खबर आई।")
SO_FAR = toll(140, source="b.txt", claim_id=3, text="140 लोगों", sentence="भूकंप में अब तक 140 लोगों की मौत हो चुकी है।")
REPORT_CASES = [
    ("told before", REVISED, [TOLD], "no conflict: one report gives the other's figure as one told before"),
    ("not told", REVISED, [], "conflict"),
    ("told past", EVENING, [SO_FAR], "not compared: B is a count by a time of day"),
    ("no later count", EVENING, [], "conflict"),
]


@pytest.mark.parametrize("b, context, verdict", [pytest.param(b, c, v, id=n) for n, b, c, v in REPORT_CASES])
def test_explain_reads_the_whole_report(b: Claim, context: list[Claim], verdict: str) -> None:
    result = explain(A, b, context)
    assert result.verdict.startswith(verdict), result.text()
    assert result.conflict is any(c.a is b or c.b is b for c in find_conflicts([A, b, *context]))


def exam(when: str, *, source: str, subject: str, claim_id: int) -> Claim:
    text = {"2025-10-12": "12 अक्टूबर", "2025-10-11": "11 अक्टूबर"}.get(when, when)
    sentence = f"भर्ती परीक्षा {text} को हुई थी।"
    start = sentence.index(text)
    return Claim(start=start, end=start + len(text), text=text, kind="date", when=when, event="exam",
                 subject=subject, source=source, published="2025-10-20", story="s1", sentence=sentence,
                 claim_id=claim_id, reasons={"kind": "date", "subject": f"{subject} (place of the event)"})


# dates filed under a city and under its state meet, on days only
NESTED = [
    (exam("2025-10-11", source="b.txt", subject="Rajasthan", claim_id=2), "conflict"),
    (exam("2024", source="b.txt", subject="Rajasthan", claim_id=2), "not compared: dates filed under nested places"),
    (exam("2025-10-11", source="b.txt", subject="India", claim_id=2), "not compared: different parties"),
]


@pytest.mark.parametrize("b, verdict", NESTED)
def test_explain_dates_under_nested_places(b: Claim, verdict: str) -> None:
    a = exam("2025-10-12", source="a.txt", subject="Jaipur", claim_id=1)
    result = explain(a, b, [])
    assert result.verdict.startswith(verdict), result.text()
    assert result.conflict is bool(find_conflicts([a, b]))


def test_explain_shows_each_measure_and_its_words() -> None:
    result = explain(A, toll(150, source="b.txt", claim_id=2), [])
    first, second = result.steps[:2]
    assert first.startswith("A #1") and second.startswith("B #2")
    assert "killed · Nepal · actual" in first
    assert "मौत → killed" in first and "a.txt" in first and "2025-07-12" in first
    text = result.text()
    assert text.splitlines()[-1] == "→ conflict"
    assert "published 0 days apart" in text


# --- the command ------------------------------------------------------------------------------------

ARTICLES = {
    "nepal_a.txt": ("2025-07-12", """नेपाल में 6.8 तीव्रता का भूकंप, 128 की मौत

काठमांडू, 12 जुलाई। नेपाल में शुक्रवार देर रात आए 6.8 तीव्रता के भूकंप में 128 लोगों की मौत हो गई है। झटके
काठमांडू तक महसूस किए गए।
"""),
    "nepal_b.txt": ("2025-07-12", """नेपाल भूकंप: 150 लोगों की मौत, हजारों बेघर

काठमांडू, 12 जुलाई (एजेंसी)। नेपाल में शुक्रवार रात आए 6.8 तीव्रता के भूकंप में 150 लोगों की मौत हो गई है।
काठमांडू से राहत दल प्रभावित इलाकों के लिए रवाना हुए।
"""),
    "nepal_c.txt": ("2025-07-12", """नेपाल भूकंप: धरहरा के पास 20 की मौत

काठमांडू, 12 जुलाई। नेपाल में शुक्रवार रात आए 6.8 तीव्रता के भूकंप में 20 लोगों की मौत हो गई है।
"""),
    "nepal_2023.txt": ("2023-11-04", """नेपाल में 6.4 तीव्रता का भूकंप, 157 की मौत

काठमांडू, 4 नवंबर। पश्चिमी नेपाल में शुक्रवार आधी रात को आए 6.4 तीव्रता के भूकंप में 157 लोगों की मौत हो गई।
झटके काठमांडू तक महसूस किए गए।
"""),
}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[tuple[str, float, str], int]]:
    """The ledger, and claim ids by (file, value, kind): the body's figure, not the headline's."""
    folder = tmp_path_factory.mktemp("explain")
    for name, (published, text) in ARTICLES.items():
        (folder / name).write_text(f"---\npublished: {published}\n---\n{text}", encoding="utf-8")
    db = folder / "ledger.db"
    run("extract", str(folder), "--db", str(db))
    out = run("export", "--db", str(db), "--format", "jsonl").stdout
    ids: dict[tuple[str, float, str], int] = {}
    for row in map(json.loads, filter(str.strip, out.splitlines())):
        ids[(Path(row["source"]).name, row["value"], row["kind"])] = row["claim_id"]
    return db, ids


def cli_explain(db: Path, a: int, b: int) -> dict[str, Any]:
    return json.loads(run("explain", str(a), str(b), "--db", str(db), "--format", "json").stdout)


@pytest.mark.parametrize("a, b, verdict", [
    (("nepal_a.txt", 128, "killed"), ("nepal_b.txt", 150, "killed"), "conflict"),
    (("nepal_a.txt", 6.8, "magnitude"), ("nepal_b.txt", 6.8, "magnitude"), "no conflict: the intervals overlap"),
    (("nepal_a.txt", 128, "killed"), ("nepal_2023.txt", 157, "killed"), "not compared: the claims belong to "
                                                                        "different stories"),
    (("nepal_a.txt", 6.8, "magnitude"), ("nepal_b.txt", 150, "killed"), "not compared: different kind"),
    (("nepal_a.txt", 128, "killed"), ("nepal_c.txt", 20, "killed"), "not compared: one figure is more than 2 "
                                                                     "times the other"),
], ids=["conflict", "no-conflict", "not-compared-story", "not-compared-kind", "not-compared-far-apart"])
def test_cli_explain_json(ledger: tuple[Path, dict[tuple[str, float, str], int]], a: tuple[str, float, str],
                          b: tuple[str, float, str], verdict: str) -> None:
    db, ids = ledger
    assert a in ids and b in ids, f"claims extracted: {sorted(ids)}"
    out = cli_explain(db, ids[a], ids[b])
    assert (out["a"], out["b"]) == (ids[a], ids[b])
    assert out["verdict"].startswith(verdict), out
    assert out["steps"][0].startswith(f"A #{ids[a]}") and out["steps"][1].startswith(f"B #{ids[b]}")


def test_cli_explain_matches_conflicts(ledger: tuple[Path, dict[tuple[str, float, str], int]]) -> None:
    db, ids = ledger
    rows = json.loads(run("conflicts", "--db", str(db), "--format", "json").stdout)
    pairs = {frozenset((r["a_claim_id"], r["b_claim_id"])) for r in rows}
    assert frozenset((ids[("nepal_a.txt", 128, "killed")], ids[("nepal_b.txt", 150, "killed")])) in pairs
    for pair in pairs:
        a, b = sorted(pair)
        assert cli_explain(db, a, b)["verdict"] == "conflict"


def test_conflicts_max_ratio(ledger: tuple[Path, dict[tuple[str, float, str], int]]) -> None:
    """Figures more than three times apart are left out unless ``--max-ratio`` lets them in."""
    db, ids = ledger
    far = frozenset((ids[("nepal_a.txt", 128, "killed")], ids[("nepal_c.txt", 20, "killed")]))

    def pairs(*extra: str) -> set[frozenset[int]]:
        rows = json.loads(run("conflicts", "--db", str(db), "--format", "json", *extra).stdout)
        return {frozenset((r["a_claim_id"], r["b_claim_id"])) for r in rows}

    assert far not in pairs()
    assert far in pairs("--max-ratio", "0")
    assert far in pairs("--max-ratio", "7")
    assert far not in pairs("--max-ratio", "6")
    out = json.loads(run("explain", *map(str, sorted(far)), "--db", str(db), "--format", "json",
                         "--max-ratio", "0").stdout)
    assert out["verdict"] == "conflict"


def test_cli_explain_table(ledger: tuple[Path, dict[tuple[str, float, str], int]]) -> None:
    db, ids = ledger
    out = run("explain", str(ids[("nepal_a.txt", 128, "killed")]), str(ids[("nepal_b.txt", 150, "killed")]),
              "--db", str(db)).stdout
    assert out.rstrip().splitlines()[-1] == "→ conflict"
    assert "1. A #" in out


def test_cli_explain_unknown_claim(ledger: tuple[Path, dict[tuple[str, float, str], int]]) -> None:
    db, _ = ledger
    result = run("explain", "1", "999999", "--db", str(db), ok=False)
    assert result.exit_code != 0
    assert "no claim 999999" in result.output and "Traceback" not in result.output
