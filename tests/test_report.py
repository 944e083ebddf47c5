"""The HTML report: built from the samples and from a generated ledger, then opened in a real browser."""

from __future__ import annotations

import json
import re
import shutil
from html import escape as html_escape
from html import unescape as html_unescape
from pathlib import Path

import pytest
from cli_helpers import run
from hypothesis import given
from hypothesis import strategies as st
from report_data import NOTE, generated_ledger

from factcheck.ledger import Ledger
from factcheck.measure import MeasureKey
from factcheck.model import Claim, Story
from factcheck.report import PAGE_SIZE, _prefix_ids, chart_rows, highlight, measure_label
from factcheck.reviews import review
from factcheck.tracking import timeline

pytest.importorskip("jinja2", reason="the 'report' extra is not installed")
pytest.importorskip("altair", reason="the 'report' extra is not installed")
pytest.importorskip("vl_convert", reason="the 'report' extra is not installed")

DESK = "सत्य जांच डेस्क"
DESK_URL = "https://desk.example.in/reports/north-korea.html"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.mark.parametrize(("sentence", "text", "expected"), [
    ("दक्षिण कोरिया के अनुसार उत्तर कोरिया ने रूस में लगभग 10,000 सैनिक भेजे हैं।", "लगभग 10,000 सैनिक",
     ("दक्षिण कोरिया के अनुसार उत्तर कोरिया ने रूस में ", "लगभग 10,000 सैनिक", " भेजे हैं।")),
    ("हादसे में 12 लोगों की मौत हो गई और 30 घायल हुए।", "30 घायल",
     ("हादसे में 12 लोगों की मौत हो गई और ", "30 घायल", " हुए।")),
    ("15 अगस्त 2024 को प्रधानमंत्री ने घोषणा की।", "15 अगस्त 2024", ("", "15 अगस्त 2024", " को प्रधानमंत्री ने घोषणा की।")),
    # the figure is not in the sentence (a headline stored without it): nothing is marked
    ("बाढ़ से भारी तबाही", "2,000 करोड़ रुपये", ("बाढ़ से भारी तबाही", "", "")),
])
def test_highlight_marks_the_figure_in_its_sentence(sentence: str, text: str, expected: tuple[str, str, str]) -> None:
    assert highlight(sentence, text) == expected
    assert "".join(highlight(sentence, text)) == sentence


@pytest.mark.parametrize(("measure", "label"), [
    (MeasureKey("troops", subject="North Korea", object="Russia"), "troops: North Korea → Russia"),
    (MeasureKey("killed", subject="Ujjain"), "killed: Ujjain"),
    (MeasureKey("troops", subject="North Korea", object="Russia", status="planned"),
     "troops: North Korea → Russia (planned)"),
    (MeasureKey("seats", thing="total", subject="Bihar"), "seats (total): Bihar"),
    (MeasureKey("date", subject="Vladimir Putin", object="North Korea", event="visit"),
     "date: Vladimir Putin → North Korea (visit)"),
    (MeasureKey("killed"), "killed: (no subject)"),
])
def test_measure_label(measure: MeasureKey, label: str) -> None:
    assert measure_label(measure) == label


def test_prefixed_ids_stay_unique_and_references_follow() -> None:
    svg = ('<svg><defs><clipPath id="clip1"><rect/></clipPath><clipPath id="clip10"><rect/></clipPath></defs>'
           '<g clip-path="url(#clip1)"></g><g clip-path="url(#clip10)"></g><use href="#clip1"/></svg>')
    out = _prefix_ids(svg, "c7-")
    assert re.findall(r'id="([^"]+)"', out) == ["c7-clip1", "c7-clip10"]
    assert "url(#c7-clip1)" in out and "url(#c7-clip10)" in out and 'href="#c7-clip1"' in out
    assert "#clip1" not in out


@given(st.lists(st.from_regex(r"[a-z][a-z0-9_-]{0,8}", fullmatch=True), min_size=1, max_size=12, unique=True))
def test_prefixed_ids_every_reference_resolves(ids: list[str]) -> None:
    svg = "".join(f'<clipPath id="{i}"></clipPath><g clip-path="url(#{i})"></g>' for i in ids)
    out = _prefix_ids(svg, "p-")
    assert re.findall(r'id="([^"]+)"', out) == [f"p-{i}" for i in ids]
    assert re.findall(r"url\(#([^)]+)\)", out) == [f"p-{i}" for i in ids]


def _claim(text: str, value: float, source: str, published: str, claim_id: int) -> Claim:
    return Claim(0, len(text), text, "killed", value, value, "exact", subject="Ujjain", sentence=text,
                 source=source, published=published, claim_id=claim_id)


def test_chart_rows_one_dated_figure_each_conflicts_marked() -> None:
    claims = [
        _claim("भगदड़ में 12 लोगों की मौत", 12, "a.txt", "2025-01-29", 1),
        _claim("मरने वालों की संख्या बढ़कर 30 हो गई", 30, "b.txt", "2025-01-30", 2),
        _claim("25 लोगों की मौत", 25, "c.txt", "2025-01-31", 3),
        _claim("40 लोगों की मौत", 40, "d.txt", "", 4),
    ]
    rows = chart_rows(timeline(claims), {3}, {})
    assert [(r["published"], r["value"], r["state"]) for r in rows] == [
        ("2025-01-29", 12, "first"), ("2025-01-30", 30, "update"), ("2025-01-31", 25, "conflict")]
    assert [r["joined"] for r in rows] == [True, True, False]
    assert rows[0]["text"] == "भगदड़ में 12 लोगों की मौत" and rows[0]["source"] == "a.txt"


@pytest.fixture(scope="module")
def desk(desk_ledger: tuple[Path, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
         ) -> tuple[Path, dict[str, str], Path]:
    db, troops = desk_ledger
    page = tmp_path_factory.mktemp("report") / "report.html"
    run("report", "--db", str(db), "-o", str(page), "--title", "उत्तर कोरिया के सैनिक: डेस्क रिपोर्ट",
        "--organisation", DESK, "--url", DESK_URL)
    return db, troops, page


def _card(html: str, conflict_id: str) -> str:
    m = re.search(rf'<article class="conflict" id="conflict-{conflict_id}".*?</article>', html, re.S)
    assert m, f"no card for conflict {conflict_id}"
    return m.group(0)


def test_report_shows_the_resolved_troop_conflict_side_by_side(desk: tuple[Path, dict[str, str], Path]) -> None:
    _, troops, page = desk
    html = page.read_text(encoding="utf-8")
    card = _card(html, troops["conflict_id"])
    assert card.count("<blockquote") == 2
    assert "<mark>लगभग 10,000 सैनिक</mark>" in card and "<mark>11000 सैनिक</mark>" in card
    for side in ("a", "b"):
        sentence = troops[f"{side}_sentence"]
        before = sentence[:sentence.index(troops[f"{side}_text"])]
        assert before in card
    assert 'href="https://samachar.example.com/duniya/north-korea-troops"' in card
    assert 'href="https://khabar.example.org/international/11000-sainik"' in card
    assert "समाचार दर्पण" in card and "खबर भारती" in card
    assert "2024-10-25" in card and "2024-10-18" in card
    assert 'data-state="confirmed"' in card and NOTE in card
    assert "smaller than the earlier" in card  # the reason, in words
    m = re.search(r'<details class="why" data-steps="([^"]*)"', card)  # the decision, step by step
    steps = html_unescape(m.group(1)).split("\n") if m else []
    assert steps[-1] == "→ conflict" and any(s.startswith("same measure") for s in steps)


def _troop_source(desk: tuple[Path, dict[str, str], Path]) -> str:
    return desk[1]["a_source"]


def test_report_overview_and_facts(desk: tuple[Path, dict[str, str], Path]) -> None:
    db, _, page = desk
    html = page.read_text(encoding="utf-8")
    assert '<dd id="n-documents">5</dd>' in html
    assert "2024-10-14 – 2024-11-06" in html
    assert "1 confirmed" in html
    assert "उत्तर कोरिया के सैनिक: डेस्क रिपोर्ट" in html
    with Ledger(db) as ledger:
        story = next(s for s in ledger.stories() if _troop_source(desk) in s.sources)
    section = re.search(rf'<details class="story" id="[^"]+" data-story="{story.id}".*?</summary>', html, re.S)
    assert section and html_escape(story.label) in section.group(0)  # the troop conflict's story, by its label
    assert "All documents" not in html
    facts = re.search(r"<td>troops: North Korea → Russia</td>.*?</tr>", html, re.S)
    assert facts and "about 10,000" in facts.group(0) and "11,000" in facts.group(0)
    assert "0 of 2" in facts.group(0)  # two independent sources, no consensus
    assert "समाचार दर्पण" in facts.group(0) and "खबर भारती" in facts.group(0)  # outlets, not file names


def test_report_carries_the_claim_review_markup_of_the_export(desk: tuple[Path, dict[str, str], Path]) -> None:
    db, troops, page = desk
    html = page.read_text(encoding="utf-8")
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert m, "no ClaimReview markup in the page"
    embedded = json.loads(m.group(1))
    exported = json.loads(run("export", "--db", str(db), "--format", "claimreview", "--organisation", DESK,
                              "--url", DESK_URL).stdout)
    assert embedded == exported and len(embedded) == 2
    assert {i["url"] for i in embedded} == {f"{DESK_URL}#conflict-{troops['conflict_id']}"}
    assert f'id="conflict-{troops["conflict_id"]}"' in html  # the anchor the reviews point at


def test_report_without_an_organisation_has_no_markup(desk: tuple[Path, dict[str, str], Path]) -> None:
    html = run("report", "--db", str(desk[0])).stdout
    assert "application/ld+json" not in html and "<mark>11000 सैनिक</mark>" in html


def test_a_hostile_note_stays_text(tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    generated_ledger(db, 2)
    run("conflicts", "--db", str(db))
    note = '</script><script>alert("x")</script><b>ग़लत</b> & "उद्धरण"'
    run("conflicts", "resolve", "1", "--note", note, "--db", str(db))
    html = run("report", "--db", str(db), "--organisation", DESK).stdout
    assert html.count("<script") == 2 and html.count("</script>") == 2  # the markup and the page's own script
    assert "&lt;/script&gt;&lt;script&gt;alert" in html  # the card shows it as text
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert m and json.loads(m.group(1))[0]["reviewRating"]["alternateName"] == note


def test_a_dismissed_conflict_is_kept_but_not_counted(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    assert generated_ledger(db, 3) == 6
    run("conflicts", "--db", str(db))
    run("conflicts", "resolve", "2", "--dismiss", "--note", "एक ही रिपोर्ट की दो प्रतियां", "--db", str(db))
    html = run("report", "--db", str(db)).stdout
    assert '<dd id="n-conflicts">5</dd>' in html
    assert "All documents" in html  # no stories: one group
    assert "1 dismissed" in html and "5 open" in html
    assert 'id="conflict-2" data-kind' in html and html.count('data-state="dismissed"') == 1


def test_report_is_self_contained(desk: tuple[Path, dict[str, str], Path]) -> None:
    html = desk[2].read_text(encoding="utf-8")
    assert not re.search(r"<(script|img|link|iframe)[^>]*\s(src|href)=", html, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", html, re.I)
    assert "default-src 'none'" in html  # the page itself forbids any request


def test_report_draws_the_troop_figures_as_a_chart(desk: tuple[Path, dict[str, str], Path]) -> None:
    html = desk[2].read_text(encoding="utf-8")
    charts = re.findall(r'<figure class="chart"><svg.*?</svg>', html, re.S)
    troop = [c for c in charts if "troops: North Korea → Russia</text>" in c]
    assert troop, "no chart for the troop figures"
    assert 'class="mark-symbol' in troop[0]
    assert "11000 सैनिक" in troop[0] and "लगभग 10,000 सैनिक" in troop[0]  # labels kept as text, shaped by the browser
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


def test_review_reads_the_desk_state(desk: tuple[Path, dict[str, str], Path]) -> None:
    db, troops, _ = desk
    with Ledger(db) as ledger:
        key = ledger.db.execute("SELECT key FROM conflicts WHERE id = ?", (troops["conflict_id"],)).fetchone()[0]
        assert review(ledger, key).state == "confirmed" and review(ledger, key).note == NOTE
        assert review(ledger, "no-such-key").state == "open"


def test_report_of_an_empty_ledger_says_there_is_nothing_yet(tmp_path: Path) -> None:
    db = tmp_path / "empty.db"
    Ledger(db).close()
    html = run("report", "--db", str(db)).stdout
    assert "The ledger holds no conflicts and no facts yet." in html
    assert '<dd id="n-documents">0</dd>' in html and "<svg" not in html


def test_report_without_a_ledger_says_so(tmp_path: Path) -> None:
    result = run("report", "--db", str(tmp_path / "missing.db"), "-o", str(tmp_path / "r.html"), ok=False)
    assert result.exit_code == 1
    assert "no ledger at" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "r.html").exists()


def test_report_to_a_folder_that_does_not_exist_says_so(desk: tuple[Path, dict[str, str], Path],
                                                       tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "r.html"
    result = run("report", "--db", str(desk[0]), "-o", str(target), ok=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert str(target) in result.output and "cannot write the report" in result.output


def test_report_groups_by_story_and_keeps_the_rest_together(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    generated_ledger(db, 6)
    sources = [f"gen/{i:04d}.txt" for i in range(6)]
    with Ledger(db) as ledger:
        ledger.set_stories([Story("s-1", "विमान गिराने का दावा · India · मई 2025", tuple(sources[:4]),
                                  "2025-05-01", "2025-05-04")])
    page = tmp_path / "r.html"
    run("report", "--db", str(db), "-o", str(page))
    html = page.read_text(encoding="utf-8")
    sections = re.findall(r'<details class="story" id="[^"]+" data-story="([^"]*)"', html)
    assert sections == ["s-1", ""]  # the story (12 conflicts) first, then the rest (2)
    assert "विमान गिराने का दावा · India · मई 2025" in html and "Other documents" in html
    assert "All documents" not in html


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    tmp = tmp_path_factory.mktemp("big")
    db = tmp / "big.db"
    expected = generated_ledger(db, 30, stories=True)
    page = tmp / "big.html"
    run("report", "--db", str(db), "-o", str(page))
    return page, expected


def test_generated_ledger_every_conflict_on_the_page_paginated_per_story(big: tuple[Path, int]) -> None:
    page, expected = big
    html = page.read_text(encoding="utf-8")
    cards = re.findall(r'<article class="conflict"[^>]*>', html)
    assert expected == 420 and len(cards) == expected
    assert sum(" hidden" in c for c in cards) == expected - 2 * PAGE_SIZE  # two stories, one page each shown
    assert "हवाई हमले · India · मई 2025" in html and "ड्रोन हमले · Pakistan · मई 2025" in html
    assert html.count('<figure class="chart">') == 4  # two measures in each story


# -- in a real browser ------------------------------------------------------

@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not CHROMIUM:
        pytest.skip("chromium is not installed (apt-get install chromium); .ci/run installs it")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (test extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=BROWSER_ARGS)
        yield b
        b.close()


class Visit:
    """A page opened in the browser, with what it logged and every request it made."""

    def __init__(self, browser, path: Path, width: int = 1200) -> None:  # type: ignore[no-untyped-def]
        self.console: list[str] = []
        self.requests: list[str] = []
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        self.page.on("pageerror", lambda e: self.console.append(f"pageerror: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def problems(self) -> list[str]:
        return [m for m in self.console if m.startswith(("error", "pageerror", "warning"))] + \
               [u for u in self.requests if u != self.url]


def test_browser_finds_the_conflict_sees_a_chart_and_filters(browser, desk) -> None:  # type: ignore[no-untyped-def]
    _, troops, page = desk
    v = Visit(browser, page)
    card = v.page.locator(f"#conflict-{troops['conflict_id']}")
    assert card.is_visible()
    marks = card.locator("mark")
    assert marks.all_text_contents() in (["11000 सैनिक", "लगभग 10,000 सैनिक"], ["लगभग 10,000 सैनिक", "11000 सैनिक"])
    quotes = card.locator("blockquote .sentence").all_text_contents()
    assert sorted(quotes) == sorted([troops["a_sentence"], troops["b_sentence"]])
    assert NOTE in card.inner_text()

    chart = v.page.locator("figure.chart svg").first
    assert chart.is_visible()
    assert chart.locator(".mark-symbol path").count() >= 2
    box = chart.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100

    total = v.page.locator("article.conflict:visible").count()
    assert total >= 1 and v.page.locator("#shown").inner_text() == f"showing {total} of {total} conflicts"
    v.page.select_option("#f-state", "open")  # the troop conflict is resolved: it goes
    assert not card.is_visible()
    assert v.page.locator("#shown").inner_text() == f"showing {total - 1} of {total - 1} conflicts"
    v.page.select_option("#f-state", "confirmed")
    assert v.page.locator("article.conflict:visible").count() == 1 and card.is_visible()
    v.page.select_option("#f-kind", "troops")
    assert card.is_visible()
    v.page.select_option("#f-severity", "major")  # the troop conflict is minor
    assert not card.is_visible() and v.page.locator("details.story:visible").count() == 0
    v.page.select_option("#f-severity", "minor")
    assert card.is_visible()
    card.locator("details.why summary").click()
    steps = card.locator("details.why li")
    assert steps.last.inner_text() == "→ conflict" and steps.count() >= 4
    assert steps.first.inner_text().startswith("A #")
    assert v.problems() == []


def test_browser_on_a_phone_stacks_the_sides(browser, desk) -> None:  # type: ignore[no-untyped-def]
    _, troops, page = desk
    v = Visit(browser, page, width=390)
    sides = v.page.locator(f"#conflict-{troops['conflict_id']} blockquote")
    first, second = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert first and second and second["y"] >= first["y"] + first["height"] - 1
    assert v.page.evaluate("document.documentElement.scrollWidth") <= 390 + 1
    assert v.problems() == []


def test_browser_pages_through_a_large_ledger(browser, big) -> None:  # type: ignore[no-untyped-def]
    page, expected = big
    v = Visit(browser, page)
    assert v.page.locator("article.conflict:visible").count() == 2 * PAGE_SIZE
    assert v.page.locator("#shown").inner_text() == f"showing {2 * PAGE_SIZE} of {expected} conflicts"
    v.page.locator("button.more").first.click()
    assert v.page.locator("article.conflict:visible").count() == 3 * PAGE_SIZE
    v.page.select_option("#f-kind", "drones")
    shown = v.page.locator("article.conflict:visible")
    assert 0 < shown.count() <= 2 * PAGE_SIZE
    assert set(shown.evaluate_all("cards => cards.map(c => c.dataset.kind)")) == {"drones"}
    v.page.select_option("#f-story", "s-odd")
    assert v.page.locator("details.story:visible").count() == 1
    assert v.problems() == []


def test_browser_a_link_to_a_conflict_shows_it_past_the_first_page(browser, big) -> None:  # type: ignore[no-untyped-def]
    page, _ = big
    html = page.read_text(encoding="utf-8")
    last = re.findall(r'<article class="conflict" id="(conflict-\d+)"', html)[-1]  # the last story's last card
    v = Visit(browser, page)
    assert not v.page.locator(f"#{last}").is_visible()
    v.page.goto(f"{v.url}#{last}")
    v.page.reload()
    assert v.page.locator(f"#{last}").is_visible()
    assert v.problems() == []
