"""Rich renderings of claims, documents, conflicts and run summaries."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePath
from typing import Any

from rich import box
from rich.console import Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .lang.numerals import compact_forms
from .model import Claim
from .terminal import use_terminal_widths

use_terminal_widths()  # Devanagari measured as terminals draw it, so borders line up

FIELDS = ("kind", "value_low", "value_high", "qualifier", "unit", "subject", "object", "status",
          "when", "event", "attributed_to")


def number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


def readable(value: float | None) -> str:
    """The number with, when large, its Hindi and international forms: "2,500,000 (25 लाख · 2.5 million)"."""
    forms = compact_forms(value)
    return number(value) + (f" ({forms[0]} · {forms[1]})" if forms else "")


def _written(claim: Claim) -> str:
    """" (25 लाख · 2.5 million)", " (10 लाख–20 लाख · 1 million–2 million)"; "" for small figures."""
    values = list(dict.fromkeys(v for v in (claim.value_low, claim.value_high) if v is not None))
    forms = [compact_forms(v) for v in values]
    if not any(forms):
        return ""
    hindi = "–".join(f[0] if f else number(v) for v, f in zip(values, forms, strict=True))
    international = "–".join(f[1] if f else number(v) for v, f in zip(values, forms, strict=True))
    return f" ({hindi} · {international})"


def figure(claim: Claim) -> str:
    """"about 10,000", "more than 12,000,000", "10,000–12,000", "2024-06-19"."""
    if claim.kind == "date":
        return claim.when or "(date unknown)"
    lo, hi = number(claim.value_low), number(claim.value_high)
    q = claim.qualifier
    text = {
        "approx": f"about {lo}", "more_than": f"more than {lo}", "at_least": f"at least {lo}",
        "less_than": f"less than {hi}", "at_most": f"at most {hi}", "range": f"{lo}–{hi}",
        "vague": f"{lo}s (vague)",
    }.get(q, lo)
    return f"{text} {claim.unit}".strip() + _written(claim)


def highlight(sentence: str, claim: Claim, sentence_start: int | None = None) -> Text:
    """The sentence with the claim's text in bold."""
    text = Text(sentence)
    i = sentence.find(claim.text) if sentence_start is None else claim.start - sentence_start
    if 0 <= i <= len(sentence):
        text.stylize("bold yellow", i, i + len(claim.text))
    return text


def short_source(source: str) -> str:
    """A document's file name (a JSON Lines record keeps its ``#n``)."""
    return PurePath(source).name or source


def claims_table(claims: Iterable[Claim], title: str = "Claims") -> Table:
    """Claims readable at 80 columns: id, key and file name stacked, figures and ids never wrapped,
    the quoted text and the actors folded inside their cells."""
    table = Table(title=title, show_lines=True)
    table.add_column("id / key / source", no_wrap=True, overflow="ellipsis", max_width=18)
    table.add_column("text", overflow="fold", ratio=3, min_width=12)
    table.add_column("kind / figure", no_wrap=True, overflow="ellipsis", max_width=20)
    table.add_column("subject → object", overflow="fold", ratio=2, min_width=10)
    for c in claims:
        who = c.subject + (f" → {c.object}" if c.object else "")
        if c.attributed_to:
            who += f" (per {c.attributed_to})"
        table.add_row("\n".join(filter(None, (str(c.claim_id or ""), c.key, short_source(c.source)))),
                      c.text, "\n".join((c.kind, *figure_lines(c), c.status)), who)
    return table


def figure_lines(claim: Claim) -> list[str]:
    """``figure`` one form a line, so no line needs wrapping: "2,500,000 INR", "25 लाख", "2.5 million"."""
    text = figure(claim)
    main, _, forms = text.partition(" (")
    if not forms.endswith(")") or " · " not in forms:
        return [text]
    return [main, *forms[:-1].split(" · ")]


def claim_panel(claim: Claim) -> Panel:
    """One claim with its sentence, the number highlighted, every field and its reasoning."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("source", claim.source)
    grid.add_row("published", claim.published or "unknown")
    grid.add_row("offsets", f"{claim.start}–{claim.end} (sentence {claim.sentence_index})")
    grid.add_row("text", claim.text)
    for f in FIELDS:
        value = getattr(claim, f)
        shown = readable(value) if f.startswith("value_") else (value or "")
        why = claim.reasons.get(f, "")
        grid.add_row(f, Text(str(shown)) + (Text(f"   ← {why}", style="dim") if why else Text("")))
    if claim.reasons.get("review"):
        grid.add_row("review", claim.reasons["review"])
    key = f" · {claim.key}" if claim.key else ""
    return Panel(Group(highlight(claim.sentence, claim), Text(""), grid),
                 title=f"claim {claim.claim_id}{key}", expand=False)


def summary_table(counts: dict[str, int]) -> Table:
    table = Table(title="extract")
    table.add_column("")
    table.add_column("count", justify="right")
    for k, v in counts.items():
        table.add_row(k, str(v))
    return table


#: Columns of listing tables that are never wrapped: ids, keys, counts, dates, figures.
NO_WRAP = frozenset({"id", "claim_id", "key", "claims", "published", "when", "value", "value_low", "value_high",
                     "count", "figure", "qid", "first", "last"})


def rows_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], title: str) -> Table:
    table = Table(title=title)
    for col in columns:
        table.add_column(col, overflow="fold", no_wrap=col in NO_WRAP)
    for row in rows:
        table.add_row(*(str(row.get(c, "") if row.get(c) is not None else "") for c in columns))
    return table


def conflicts_summary(items: Sequence[tuple[int, Any, str]], story_labels: Mapping[str, str]) -> Table:
    """Counts per story and severity (and how many are still open), the first thing ``conflicts`` shows."""
    counts: dict[str, dict[str, int]] = {}
    for _, c, state in items:
        story = c.a.story or c.b.story
        row = counts.setdefault(story_labels.get(story, story) or "(no story)", {})
        row[c.severity] = row.get(c.severity, 0) + 1
        row[state] = row.get(state, 0) + 1
    table = Table(title=f"{len(items)} conflicts")
    table.add_column("story", overflow="fold")
    columns = ("major", "minor", "open", "confirmed", "dismissed")
    for col in columns:
        table.add_column(col, justify="right", no_wrap=True)
    for story, row in sorted(counts.items(), key=lambda kv: (-sum(kv[1].get(s, 0) for s in ("major", "minor")),
                                                             kv[0])):
        table.add_row(story, *(str(row.get(col, 0)) for col in columns))
    return table


def review_text(review: Mapping[str, str] | None) -> str:
    """ "confirmed by asha 2024-06-20: same report" for a conflict's latest review ("" when none)."""
    if not review:
        return ""
    who = f" by {review['reviewer']}" if review.get("reviewer") else ""
    note = f": {review['note']}" if review.get("note") else ""
    return f"{review['verdict']}{who} {review['reviewed_at'][:10]}{note}"


def conflicts_view(items: Sequence[tuple[int, Any, str]],
                   reviews: Mapping[str, Mapping[str, str]] | None = None) -> Group:
    """Conflicts grouped by measure: both figures, sources, sentences, severity, reason and review."""
    groups: dict[tuple, list[tuple[int, Any, str]]] = {}
    for item in items:
        groups.setdefault(item[1].measure, []).append(item)
    panels = []
    for measure, members in groups.items():
        kind, subject, obj, status = measure.short
        if measure.thing:
            kind = f"{kind} ({measure.thing})"
        title = f"{kind} · {subject or '?'}" + (f" → {obj}" if obj else "") + f" · {status}"
        body = []
        for cid, c, state in members:
            head = Text(f"#{cid} {c.type} ({c.severity})", style="bold red" if c.severity == "major" else "bold")
            head.append(f" · {c.key}", style="dim")
            review = (reviews or {}).get(c.key)
            if state != "open" or review:
                head.append(f" [{review_text(review) or state}]", style="dim")
            body += [head, Text(c.reason, style="italic")]
            for side in (c.a, c.b):
                body.append(Text(f"  {figure(side)} — {short_source(side.source)}"
                                 f" ({side.outlet or 'outlet unknown'}, {side.published or 'date unknown'})"))
                body.append(Text("    ") + highlight(side.sentence, side))
            body.append(Text(""))
        panels.append(Panel(Group(*body), title=title, expand=True))
    return Group(*panels)


def stories_table(stories: Sequence[Any]) -> Table:
    """One row per story: id, label, dates and its documents' file names."""
    table = Table(title=f"{len(stories)} stories", box=box.SIMPLE_HEAD)
    for col in ("story", "label", "documents"):
        table.add_column(col, overflow="fold")
    for s in stories:
        names = ", ".join(PurePath(src).name for src in s.sources)
        table.add_row(s.id, s.label, f"{len(s.sources)}: {names}")
    return table
