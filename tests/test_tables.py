"""Hindi in tables: at 80 columns borders line up (measured with wcwidth), figures and ids stay whole."""

from __future__ import annotations

import io

import pytest
import wcwidth
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from factcheck.compare import find_conflicts
from factcheck.display import claim_panel, claims_table, conflicts_view, rows_table
from factcheck.model import Claim

LONG = ("संयुक्त राष्ट्र की रिपोर्ट के मुताबिक उत्तर कोरिया ने रूस के कुर्स्क क्षेत्र में यूक्रेनी सेना के खिलाफ लड़ने के लिए"
        " लगभग 12,000 सैनिक भेजे हैं, जिनमें से कई विशेष बलों के प्रशिक्षित जवान हैं और द्विपक्षीय समझौते के तहत तैनात हैं।")
SOURCE = "/srv/newsroom/archive/2024/11/अमर-उजाला/north-korea-troops-russia-kursk-report.txt"


def claim(text: str, value: float, **kw: object) -> Claim:
    start = LONG.find(text)
    base = dict(start=start, end=start + len(text), text=text, kind="troops", value_low=value, value_high=value,
                qualifier="approx", subject="North Korea", object="Russia", sentence=LONG, source=SOURCE,
                claim_id=12345, key="c1a2b3c4d5e", published="2024-11-02")
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def render(renderable: object, width: int = 80) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None).print(renderable)
    return out.getvalue().splitlines()


def widths(lines: list[str]) -> set[int]:
    return {wcwidth.wcswidth(line) for line in lines}


@pytest.mark.parametrize("width", [80, 100, 132])
def test_claims_table_lines_have_one_display_width(width: int) -> None:
    claims = [claim("लगभग 12,000 सैनिक", 12000), claim("12,000 सैनिक", 12000, qualifier="exact", claim_id=7)]
    lines = render(claims_table(claims, title="2 claims"), width)
    body = [line for line in lines if line[:1] in "┏┃┡│└"]
    assert len(widths(body)) == 1 and max(widths(body)) <= width
    text = "\n".join(lines)
    assert "about 12,000" in text  # the figure is never split over two lines
    assert "12345" in text and "c1a2b3c4d5e" in text  # nor the id or the key
    assert "north-korea-tro" in text and "/srv/newsroom" not in text  # the file name, not the path
    assert "2024" not in text.split("north-korea")[0]  # no folder wrapped in before it


@pytest.mark.parametrize("width", [80, 120])
def test_panels_with_long_hindi_sentences_keep_their_borders(width: int) -> None:
    a = claim("लगभग 12,000 सैनिक", 12000)
    b = claim("12,000 सैनिक", 8000, qualifier="exact", source="b/दैनिक-भास्कर.txt", claim_id=9)
    found = find_conflicts([a, b])
    assert found
    for lines in (render(conflicts_view([(1, found[0], "open")]), width), render(claim_panel(a), width)):
        panel = [line for line in lines if line[:1] in "╭│╰"]
        assert panel and len(widths(panel)) == 1 and max(widths(panel)) <= width


def test_rows_table_keeps_ids_and_dates_whole() -> None:
    rows = [{"id": 123456789, "source": SOURCE, "published": "2024-11-02", "outlet": "अमर उजाला"}]
    lines = render(rows_table(rows, ["id", "source", "published", "outlet"], "1 documents"), 60)
    text = "\n".join(lines)
    assert "123456789" in text and "2024-11-02" in text
    assert len(widths([line for line in lines if line[:1] in "┏┃┡│└"])) == 1


# Well-formed Devanagari syllables (every vowel sign on a consonant), conjuncts, nukta, digits and Latin
# words as news copy has them, joined by spaces.
SYLLABLES = ["क", "की", "कि", "को", "सै", "नि", "त्त", "क्ष", "प्र", "द्वि", "र्क", "ड़", "ज़", "हैं", "।",
             "12,000", "लगभग", "(", ")", "-", "Modi", "१९४७", "डॉ", "ऑ", "मं"]
text_strategy = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=60).map(
    lambda parts: "".join(p if i % 3 else p + " " for i, p in enumerate(parts)).strip() or "क")


@settings(max_examples=100, deadline=None)
@given(text=text_strategy, width=st.integers(min_value=30, max_value=120))
def test_any_devanagari_text_keeps_panel_and_table_borders_straight(text: str, width: int) -> None:
    from rich.panel import Panel
    from rich.table import Table

    table = Table()
    table.add_column("id", no_wrap=True)
    table.add_column("text", overflow="fold")
    table.add_row("1", text)
    for renderable in (Panel(text), table):
        lines = render(renderable, width)
        assert len(widths(lines)) == 1, lines


def test_a_large_figure_and_its_lakh_and_million_forms_stay_whole_at_80_columns() -> None:
    money = claim("25 लाख", 2_500_000, kind="money", unit="INR", qualifier="exact", subject="India")
    lines = render(claims_table([money]), 80)
    assert {"2,500,000 INR", "25 लाख", "2.5 million"} <= {cell.strip() for line in lines for cell in line.split("│")}
    assert len(widths([line for line in lines if line[:1] in "┏┃┡│└"])) == 1
