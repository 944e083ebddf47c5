"""ClaimReview export: JSON-LD that expands against schema.org's context, with Google's required properties."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import run
from report_data import NOTE

from factcheck.claimreview import claim_review, google_problems, verdict
from factcheck.compare import find_conflicts
from factcheck.model import Claim
from factcheck.reviews import Review

jsonld = pytest.importorskip("pyld.jsonld", reason="pyld is not installed (test extra)")

CONTEXT_FILE = Path(__file__).parent / "data" / "schemaorg" / "context.jsonld"
SCHEMA = "http://schema.org/"
ORGANISATION = "सत्य जांच डेस्क"
DESK_URL = "https://desk.example.in/reports/north-korea.html"


def local_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Serve schema.org's context from the file shipped with the tests; refuse everything else."""
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"the export asked for {url}")
    return {"contextUrl": None, "documentUrl": url,
            "document": json.loads(CONTEXT_FILE.read_text(encoding="utf-8"))}


def expand(doc: Any) -> list[dict[str, Any]]:
    return jsonld.expand(doc, {"documentLoader": local_loader})


def leaves(node: Any) -> int:
    """How many values a compact document holds (JSON-LD keywords aside)."""
    if isinstance(node, dict):
        return sum(leaves(v) for k, v in node.items() if not k.startswith("@"))
    if isinstance(node, list):
        return sum(leaves(v) for v in node)
    return 1


def expanded_leaves(node: Any) -> int:
    if isinstance(node, dict):
        if "@value" in node or ("@id" in node and len(node) == 1):
            return 1
        return sum(expanded_leaves(v) for k, v in node.items() if not k.startswith("@"))
    if isinstance(node, list):
        return sum(expanded_leaves(v) for v in node)
    return 1


@pytest.fixture(scope="module")
def exported(desk_ledger: tuple[Path, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
             ) -> tuple[Path, dict[str, str], list[dict[str, Any]], str]:
    db, troops = desk_ledger
    out = tmp_path_factory.mktemp("claimreview") / "reviews.jsonld"
    result = run("export", "--db", str(db), "--format", "claimreview", "--organisation", ORGANISATION,
                 "--url", DESK_URL, "-o", str(out))
    return db, troops, json.loads(out.read_text(encoding="utf-8")), result.stderr


def test_one_review_per_side_of_each_resolved_conflict(exported) -> None:  # type: ignore[no-untyped-def]
    _, troops, items, stderr = exported
    assert len(items) == 2  # the one resolved conflict, both sides; open conflicts are not published
    assert "2 claim reviews written" in stderr and "warning" not in stderr
    assert {i["claimReviewed"] for i in items} == {troops["a_sentence"], troops["b_sentence"]}
    for item in items:
        assert item["@type"] == "ClaimReview" and item["@context"] == "https://schema.org"
        assert item["reviewRating"] == {"@type": "Rating", "alternateName": NOTE}
        assert item["author"] == {"@type": "Organization", "name": ORGANISATION}
        assert item["url"] == f"{DESK_URL}#conflict-{troops['conflict_id']}"
        assert len(item["datePublished"]) == 10 and item["datePublished"][4] == "-"
    by_date = {i["itemReviewed"]["datePublished"]: i["itemReviewed"] for i in items}
    assert by_date["2024-10-25"]["appearance"] == {
        "@type": "CreativeWork", "url": "https://samachar.example.com/duniya/north-korea-troops",
        "author": {"@type": "Organization", "name": "समाचार दर्पण"}, "datePublished": "2024-10-25"}
    assert by_date["2024-10-18"]["author"]["name"] == "खबर भारती"


def test_expands_against_the_schema_org_context_losing_nothing(exported) -> None:  # type: ignore[no-untyped-def]
    _, troops, items, _ = exported
    expanded = expand(items)
    assert len(expanded) == 2
    assert expanded_leaves(expanded) == leaves(items)  # every property is a schema.org term
    review = expanded[0]
    assert review["@type"] == [SCHEMA + "ClaimReview"]
    claimed = review[SCHEMA + "claimReviewed"][0]["@value"]
    assert claimed in (troops["a_sentence"], troops["b_sentence"])
    item = review[SCHEMA + "itemReviewed"][0]
    assert item["@type"] == [SCHEMA + "Claim"]
    appearance = item[SCHEMA + "appearance"][0]
    assert appearance[SCHEMA + "url"][0]["@id"].startswith("https://")
    assert appearance[SCHEMA + "datePublished"][0]["@type"] == SCHEMA + "Date"
    rating = review[SCHEMA + "reviewRating"][0]
    assert rating[SCHEMA + "alternateName"] == [{"@value": NOTE}]


def test_a_misspelt_property_would_be_caught() -> None:
    item = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewd": "गलत वर्तनी",
            "reviewRating": {"@type": "Rating", "alternateName": "असत्य"}}
    assert expanded_leaves(expand(item)) < leaves(item)


def test_google_required_properties_present(exported) -> None:  # type: ignore[no-untyped-def]
    items = exported[2]
    assert [google_problems(i) for i in items] == [[], []]


def test_hindi_is_written_as_text_not_escapes(exported) -> None:  # type: ignore[no-untyped-def]
    db = exported[0]
    out = run("export", "--db", str(db), "--format", "claimreview", "--organisation", ORGANISATION,
              "--url", DESK_URL).stdout
    assert "\\u09" not in out and NOTE in out and "सत्य जांच डेस्क" in out
    assert json.loads(out) == exported[2]


def test_without_url_warns_what_google_needs(exported) -> None:  # type: ignore[no-untyped-def]
    db = exported[0]
    result = run("export", "--db", str(db), "--format", "claimreview", "--organisation", ORGANISATION)
    items = json.loads(result.stdout)
    assert all("url" not in i for i in items) and google_problems(items[0]) == ["missing url"]
    assert "warning: Google's fact-check markup needs more: missing url" in result.stderr


def test_organisation_is_required(exported) -> None:  # type: ignore[no-untyped-def]
    result = run("export", "--db", str(exported[0]), "--format", "claimreview", ok=False)
    assert result.exit_code == 2 and "--organisation" in result.output and "Traceback" not in result.output


def _troops(text: str, value: float, sentence: str, published: str, source: str) -> Claim:
    return Claim(0, len(text), text, "troops", value, value, "approx" if "लगभग" in text else "exact",
                 subject="North Korea", object="Russia", sentence=sentence, published=published, source=source,
                 claim_id=hash(source) % 1000)


A = _troops("लगभग 10,000 सैनिक", 10000, "उत्तर कोरिया ने रूस में लगभग 10,000 सैनिक भेजे हैं।", "2024-10-25", "a.txt")
B = _troops("11000 सैनिक", 11000, "उत्तर कोरिया रूस के समर्थन में 11000 सैनिक भेज चुका है।", "2024-10-25", "b.txt")


@pytest.mark.parametrize(("review", "expected"), [
    (Review("confirmed", "11,000 सही है: खुफिया एजेंसी का ताज़ा आकलन", "2024-11-01T10:00:00+00:00"),
     "11,000 सही है: खुफिया एजेंसी का ताज़ा आकलन"),
    (Review("confirmed", "  ", "2024-11-01T10:00:00+00:00"), "Sources disagree: about 10,000 vs 11,000"),
    (Review("confirmed", "", ""), "Sources disagree: about 10,000 vs 11,000"),
])
def test_verdict_is_the_reviewers_note_else_the_disagreement(review: Review, expected: str) -> None:
    (conflict,) = find_conflicts([A, B])
    assert verdict(conflict, review) == expected


def test_review_without_article_url_or_date_leaves_them_out() -> None:
    (conflict,) = find_conflicts([A, B])
    side = replace(A, published="")
    item = claim_review(conflict, side, Review("confirmed", "ठीक", ""), organisation="डेस्क")
    assert item["itemReviewed"] == {"@type": "Claim", "appearance": {"@type": "CreativeWork"}}
    assert "datePublished" not in item and "url" not in item
    assert item["claimReviewed"] == A.sentence
    assert expanded_leaves(expand(item)) == leaves(item)


def test_an_unwritable_output_is_one_line(exported, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "missing-folder" / "reviews.jsonld"
    result = run("export", "--db", str(exported[0]), "--format", "claimreview", "--organisation", ORGANISATION,
                 "-o", str(target), ok=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{target}: cannot write the claim reviews" in result.output
