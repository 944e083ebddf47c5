"""The ``factcheck`` command line: thin click commands over the pipeline, ledger and comparison."""

from __future__ import annotations

import json
import signal
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from .ledger import Ledger, LedgerError
from .model import Document, ReadError

errors = Console(stderr=True)
#: Width for output that is piped or redirected, where rich would otherwise fold at 80 columns.
PIPE_WIDTH = 160


def stdout_console() -> Console:
    """A console on the current standard output (a terminal's width, else ``PIPE_WIDTH``)."""
    return Console(width=None if sys.stdout.isatty() else PIPE_WIDTH)

db_option = click.option(
    "--db", "db_path", envvar="FACTCHECK_DB", default="factcheck.db", show_default=True,
    type=click.Path(dir_okay=False), help="The ledger (SQLite file); also FACTCHECK_DB.",
)
format_option = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                             show_default=True)
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
                             help="Write to this file instead of standard output.")


def open_ledger(path: str, *, create: bool = False) -> Ledger:
    """The ledger at ``path``; only ``extract`` creates one, other commands say it is missing."""
    if not create and not Path(path).exists():
        raise click.ClickException(f"no ledger at {path}: run `factcheck extract PATH --db {path}` first")
    try:
        return Ledger(path)
    except LedgerError as exc:
        raise click.ClickException(str(exc)) from exc


def user_entity_file(db_path: str) -> Path:
    """The user's own gazetteer file, kept next to the ledger."""
    return Path(db_path).with_suffix(".entities.jsonl")


def entity_files(db_path: str, extra: tuple[str, ...]) -> list[str]:
    files = [str(p) for p in [user_entity_file(db_path)] if p.exists()]
    return files + list(extra)


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    if not path or path == "-":
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8", newline="") as f:
        yield f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def main() -> None:
    """Extract checkable claims from Hindi news, keep them in a ledger, flag where sources disagree."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="File names to read inside folders.")
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "html", "jsonl"]), default="auto",
              show_default=True, help="Input format (auto: by suffix and content).")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD) for every document read.")
@click.option("--max-bytes", type=int, default=20_000_000, show_default=True, help="Skip larger files.")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
@click.option("--nlp", "backend", type=click.Choice(["blank", "stanza"]), default="blank", show_default=True,
              help="blank: offline rules (default); stanza: Stanza's Hindi models (extra).")
@click.option("--stanza-dir", type=click.Path(file_okay=False), help="Stanza resources (else STANZA_RESOURCES_DIR).")
@click.option("--entities", "entities", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer JSONL file(s).")
def extract(paths: tuple[str, ...], db_path: str, pattern: str, fmt: str, published: datetime | None,
            max_bytes: int, strict: bool, backend: str, stanza_dir: str | None,
            entities: tuple[str, ...]) -> None:
    """Read PATHS (files or folders), extract claims and store them in the ledger.

    Unchanged files (same content hash) are skipped; a changed file has its claims
    replaced in one transaction, so an interrupted run leaves only whole documents.
    """
    from .documents import iter_documents
    from .pipeline import make_nlp

    nlp = _make_nlp(make_nlp, backend, stanza_dir, entity_files(db_path, entities))
    stats: Counter[str] = Counter(read=0, unchanged=0, failed=0, stored=0, claims=0)
    with open_ledger(db_path, create=True) as ledger:
        _extract_into(ledger, nlp, stats, strict,
                      iter_documents(paths, glob=pattern, fmt=fmt, max_bytes=max_bytes,
                                     published=published.date().isoformat() if published else None))
        if stats["stored"] or not ledger.stories():
            _form_stories(ledger)
    stdout_console().print(_summary(stats))
    if stats["read"] == 0:
        raise click.ClickException("nothing could be read" if stats["failed"] else "no files matched")


def _extract_into(ledger: Ledger, nlp: Any, stats: Counter[str], strict: bool,
                  items: Iterator[Document | ReadError]) -> None:
    """Stream ``items`` through the pipeline into ``ledger``, one transaction per document."""
    from .pipeline import process, sentence_offsets

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=errors, transient=True, disable=not errors.is_terminal) as bar:
        task = bar.add_task("extracting", total=None)

        def changed() -> Iterator[Document]:
            for item in items:
                if isinstance(item, ReadError):
                    stats["failed"] += 1
                    errors.print(f"[red]skipped[/red] {item}", markup=True, highlight=False)
                    if strict:
                        raise click.ClickException(f"{item} (--strict)")
                    bar.advance(task)
                    continue
                stats["read"] += 1
                if ledger.document_hash(item.source) == item.sha256:
                    stats["unchanged"] += 1
                    bar.advance(task)
                    continue
                yield item

        try:
            with _deferred_interrupts() as write:
                for document, doc in process(nlp, changed()):
                    claims = doc._.fc_claims
                    with write:
                        ledger.store(document, sentence_offsets(doc), claims)
                    stats["stored"] += 1
                    stats["claims"] += sum(not c.furniture for c in claims)
                    bar.update(task, advance=1, description=document.source)
        except KeyboardInterrupt:
            errors.print(f"interrupted: {stats['stored']} documents stored; run the same command again to finish")
            sys.exit(130)


class _WriteGuard:
    """While a document is being written, Ctrl-C waits for the write to finish."""

    def __init__(self) -> None:
        self.writing = False
        self.pending = False

    def __enter__(self) -> None:
        self.writing = True

    def __exit__(self, *exc: object) -> None:
        self.writing = False
        if self.pending:
            raise KeyboardInterrupt

    def on_sigint(self, signum: int, frame: Any) -> None:
        if self.writing:
            self.pending = True
        else:
            raise KeyboardInterrupt


@contextmanager
def _deferred_interrupts() -> Iterator[_WriteGuard]:
    guard = _WriteGuard()
    try:
        previous = signal.signal(signal.SIGINT, guard.on_sigint)
    except ValueError:  # not the main thread: leave Ctrl-C as it is
        yield guard
        return
    try:
        yield guard
    finally:
        signal.signal(signal.SIGINT, previous)


def _form_stories(ledger: Ledger) -> None:
    """Group every document of the ledger into stories (the comparison pass looks inside one)."""
    from .stories import form_stories

    ledger.set_stories(form_stories(ledger.profiles()))


def _make_nlp(make_nlp: Any, backend: str, stanza_dir: str | None, files: list[str]) -> Any:
    try:
        return make_nlp(backend, stanza_dir=stanza_dir, entity_files=files)
    except (ImportError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc


def _summary(stats: Counter[str]) -> Any:
    from .display import summary_table

    return summary_table({
        "documents read": stats["read"], "skipped as unchanged": stats["unchanged"],
        "failed": stats["failed"], "documents stored": stats["stored"], "claims stored": stats["claims"],
    })


@main.command("claims")
@db_option
@click.option("--kind", help="Only this kind (troops, killed, money, date, ...).")
@click.option("--subject", help="Only claims about this actor (canonical name).")
@click.option("--source", help="Only claims from documents whose path contains this.")
@click.option("--min-value", type=float, help="Only figures at least this large.")
@click.option("--include-furniture", is_flag=True, help="Also claims found in page furniture.")
def claims_cmd(db_path: str, kind: str | None, subject: str | None, source: str | None,
               min_value: float | None, include_furniture: bool) -> None:
    """List stored claims."""
    from .display import claims_table

    with open_ledger(db_path) as ledger:
        rows = list(ledger.claims(kind=kind, subject=subject, source=source, min_value=min_value,
                                  include_furniture=include_furniture))
    stdout_console().print(_date_table(rows) if kind == "date" else claims_table(rows, title=f"{len(rows)} claims"))


def _date_table(rows: list[Any]) -> Any:
    from .display import rows_table

    cols = ["claim_id", "source", "text", "when", "event", "published", "subject", "object", "status"]
    return rows_table([c.as_row() for c in rows], cols, f"{len(rows)} date claims")


@main.command()
@click.argument("claim_id", type=int)
@db_option
def show(claim_id: int, db_path: str) -> None:
    """One claim: its sentence with the number highlighted, every field and why."""
    from .display import claim_panel

    with open_ledger(db_path) as ledger:
        claim = ledger.claim(claim_id)
    if claim is None:
        raise click.ClickException(f"no claim {claim_id} in {db_path}")
    stdout_console().print(claim_panel(claim))


@main.group(invoke_without_command=True)
@db_option
@format_option
@output_option
@click.option("--window", type=int, default=30, show_default=True,
              help="Days apart beyond which dated figures are not compared.")
@click.option("--within-document", is_flag=True, help="Also compare claims of the same document.")
@click.option("--distinct", is_flag=True,
              help="One pair per figure: a figure a document repeats (headline and body) shown once.")
@click.option("--all", "show_all", is_flag=True, help="Also show conflicts a user dismissed.")
@click.pass_context
def conflicts(ctx: click.Context, db_path: str, fmt: str, output: str | None, window: int,
              within_document: bool, distinct: bool, show_all: bool) -> None:
    """Run the comparison pass and show where sources disagree."""
    if ctx.invoked_subcommand:
        ctx.obj = {"db_path": db_path}
        return
    from .compare import CONFLICT_COLUMNS, conflict_row, find_conflicts
    from .display import conflicts_view
    from .export import write_csv

    with open_ledger(db_path) as ledger:
        found = find_conflicts(ledger.claims(), window_days=window, within_document=within_document,
                               distinct=distinct)
        stored = ledger.save_conflicts(found)
    shown = [item for item in stored if show_all or item[2] != "dismissed"]
    rows = [{**conflict_row(c, cid), "state": state} for cid, c, state in shown]
    with open_output(output) as out:
        if fmt == "csv":
            write_csv(rows, [*CONFLICT_COLUMNS, "state"], out)
        elif fmt == "json":
            json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
            out.write("\n")
        elif not shown:
            Console(file=out, width=None if out.isatty() else PIPE_WIDTH).print("No conflicts between sources.")
        else:
            Console(file=out, width=None if out.isatty() else PIPE_WIDTH).print(conflicts_view(shown))


@conflicts.command("resolve")
@click.argument("conflict_id", type=int)
@click.option("--note", default="", help="Why it is resolved.")
@click.option("--dismiss", is_flag=True, help="Not a real conflict: hide it from now on.")
@db_option
def resolve(conflict_id: int, note: str, dismiss: bool, db_path: str) -> None:
    """Mark conflict CONFLICT_ID resolved (or dismissed); it stays so after re-extraction."""
    with open_ledger(db_path) as ledger:
        if not ledger.resolve_conflict(conflict_id, note=note, dismiss=dismiss):
            raise click.ClickException(f"no conflict {conflict_id}; run `factcheck conflicts` first")
    stdout_console().print(f"conflict {conflict_id} {'dismissed' if dismiss else 'resolved'}")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "claimreview"]), default="csv",
              show_default=True, help="claimreview: schema.org ClaimReview JSON-LD of resolved conflicts.")
@output_option
@click.option("--include-furniture", is_flag=True, help="Also claims found in page furniture.")
@click.option("--organisation", "--organization", "organisation", default="",
              help="claimreview: the organisation publishing the reviews (required for that format).")
@click.option("--url", default="", help="claimreview: the URL of the page with the fact checks.")
def export(db_path: str, fmt: str, output: str | None, include_furniture: bool, organisation: str,
           url: str) -> None:
    """Export all claims (GUIDE.md columns), or ClaimReview JSON-LD of what the desk checked."""
    from .export import write_claims

    if fmt == "claimreview":
        _export_claimreview(db_path, output, organisation, url)
        return
    with open_ledger(db_path) as ledger, open_output(output) as out:
        n = write_claims(ledger.claims(include_furniture=include_furniture), fmt, out)
    if output and output != "-":
        errors.print(f"{n} claims written to {output}")


def _export_claimreview(db_path: str, output: str | None, organisation: str, url: str) -> None:
    from .claimreview import claim_reviews, google_problems, write_claimreview

    if not organisation.strip():
        raise click.UsageError("--format claimreview needs --organisation NAME (the reviews' author)")
    with open_ledger(db_path) as ledger:
        items = claim_reviews(ledger, organisation=organisation.strip(), url=url.strip())
    try:
        with open_output(output) as out:
            n = write_claimreview(items, out)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write the claim reviews ({exc.strerror or exc})") from exc
    missing = sorted({p for item in items for p in google_problems(item)})
    if missing:
        errors.print(f"warning: Google's fact-check markup needs more: {', '.join(missing)} (see --url)")
    errors.print(f"{n} claim reviews written" + (f" to {output}" if output and output != "-" else ""))


@main.command()
@db_option
@output_option
@click.option("--title", default="", help="The page's title.")
@click.option("--window", type=int, default=30, show_default=True,
              help="Days apart beyond which dated figures are not compared.")
@click.option("--within-document", is_flag=True, help="Also compare claims of the same document.")
@click.option("--no-charts", is_flag=True, help="Leave the charts out (faster for very large ledgers).")
@click.option("--organisation", "--organization", "organisation", default="",
              help="Embed ClaimReview markup of the resolved conflicts, by this organisation.")
@click.option("--url", default="", help="Where the page will be published (the ClaimReviews' url).")
def report(db_path: str, output: str | None, title: str, window: int, within_document: bool,
           no_charts: bool, organisation: str, url: str) -> None:
    """One self-contained HTML page: overview, conflicts side by side per story, facts and charts."""
    from .report import ReportError, build

    with open_ledger(db_path) as ledger:
        try:
            page = build(ledger, window_days=window, within_document=within_document, title=title,
                         charts=not no_charts, organisation=organisation.strip(), url=url.strip())
        except ReportError as exc:
            raise click.ClickException(str(exc)) from exc
    try:
        with open_output(output) as out:
            out.write(page)
    except OSError as exc:
        raise click.ClickException(f"{output}: cannot write the report ({exc.strerror or exc})") from exc
    if output and output != "-":
        errors.print(f"report written to {output}")



@main.command()
@click.argument("text", required=False)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--published", help="Publication date (YYYY-MM-DD) to resolve relative dates against.")
@click.option("--nlp", "backend", type=click.Choice(["blank", "stanza"]), default="blank", show_default=True)
@click.option("--stanza-dir", type=click.Path(file_okay=False))
def analyze(text: str | None, fmt: str, published: str | None, backend: str, stanza_dir: str | None) -> None:
    """Run the pipeline on TEXT (or standard input) and show what it finds; no ledger.

    Text starting with "-" goes after "--": factcheck analyze -- "-5 डिग्री".
    """
    from .analysis import analysis_json, print_analysis
    from .pipeline import analyze as run
    from .pipeline import make_nlp

    if text is None:
        text = sys.stdin.read()
    nlp = _make_nlp(make_nlp, backend, stanza_dir, [])
    doc, claims = run(text, published=published, nlp=nlp)
    if fmt == "json":
        click.echo(json.dumps(analysis_json(doc, claims), ensure_ascii=False, indent=2))
    else:
        print_analysis(stdout_console(), doc, claims)


@main.command()
@db_option
def sources(db_path: str) -> None:
    """Documents in the ledger with outlet, publication date (and where it came from), claim count."""
    from .display import rows_table

    with open_ledger(db_path) as ledger:
        rows = [asdict(d) for d in ledger.documents()]
    cols = ["id", "source", "outlet", "published", "published_origin", "format", "claims"]
    stdout_console().print(rows_table(rows, cols, f"{len(rows)} documents"))


@main.command()
@db_option
@click.option("--kind")
@click.option("--subject")
@format_option
@output_option
def facts(db_path: str, kind: str | None, subject: str | None, fmt: str, output: str | None) -> None:
    """One row per measure: every reported figure, its sources, and the consensus if any."""
    from .tracking import fact_rows, render_facts
    from .tracking import facts as collect

    with open_ledger(db_path) as ledger:
        found = collect(ledger.claims(kind=kind, subject=subject))
    _emit(fact_rows(found), fmt, output, lambda: render_facts(found))


@main.command()
@db_option
@click.option("--kind", required=True)
@click.option("--subject")
@click.option("--object", "obj")
@click.option("--status")
@format_option
@output_option
def timeline(db_path: str, kind: str, subject: str | None, obj: str | None, status: str | None,
             fmt: str, output: str | None) -> None:
    """The figures of one measure in date order, marking updates and contradictions."""
    from .tracking import render_bars, timeline_rows
    from .tracking import timeline as build

    with open_ledger(db_path) as ledger:
        entries = build(ledger.claims(kind=kind, subject=subject), kind=kind, subject=subject, object=obj,
                        status=status)
    _emit(timeline_rows(entries), fmt, output, lambda: render_bars(entries))


@main.command()
@click.argument("a", type=int)
@click.argument("b", type=int)
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: the steps in words; json: steps and verdict.")
@click.option("--window", type=int, default=30, show_default=True,
              help="Days between publication dates within which figures are compared.")
def explain(a: int, b: int, db_path: str, fmt: str, window: int) -> None:
    """Why claims A and B (ids from `claims`) do or do not conflict, step by step."""
    from .explain import explain as explain_pair

    with open_ledger(db_path) as ledger:
        ca, cb = ledger.claim(a), ledger.claim(b)
        missing = [str(i) for i, c in ((a, ca), (b, cb)) if c is None]
        if missing:
            raise click.ClickException(f"no claim {', '.join(missing)} in {db_path}")
        assert ca is not None and cb is not None
        context = [c for c in ledger.claims() if c.story == ca.story or c.source in (ca.source, cb.source)]
    result = explain_pair(ca, cb, context, window_days=window)
    if fmt == "json":
        click.echo(json.dumps({"a": a, "b": b, "steps": result.steps, "verdict": result.verdict},
                              ensure_ascii=False, indent=2))
    else:
        stdout_console().print(result.text(), markup=False, highlight=False)


@main.command()
@db_option
@format_option
@output_option
def stories(db_path: str, fmt: str, output: str | None) -> None:
    """The stories of the ledger: documents that report one event, with a label and dates."""
    from .display import stories_table

    with open_ledger(db_path) as ledger:
        found = ledger.stories()
    rows = [{"story": s.id, "label": s.label, "first": s.first, "last": s.last,
             "documents": len(s.sources), "sources": list(s.sources)} for s in found]
    if fmt == "csv":
        rows = [{**r, "sources": "; ".join(r["sources"])} for r in rows]
    _emit(rows, fmt, output, lambda: stories_table(found))


def _emit(rows: list[dict[str, Any]], fmt: str, path: str | None, render: Any) -> None:
    from .export import write_csv

    with open_output(path) as out:
        if fmt == "csv":
            write_csv(rows, list(rows[0]) if rows else [], out)
        elif fmt == "json":
            json.dump(rows, out, ensure_ascii=False, indent=2, default=str)
            out.write("\n")
        else:
            Console(file=out, width=None if out.isatty() else PIPE_WIDTH).print(render())


@main.group(invoke_without_command=True)
@db_option
@click.option("--type", "etype", help="Only entities of this type (state, person, party, ...).")
@click.option("--search", help="Only entities whose name or alias contains this.")
@click.pass_context
def entities(ctx: click.Context, db_path: str, etype: str | None, search: str | None) -> None:
    """List the known entities (package gazetteer plus your own file next to the ledger)."""
    if ctx.invoked_subcommand:
        return
    from .display import rows_table
    from .lang.gazetteer import Gazetteer

    gaz = Gazetteer.load(entity_files(db_path, ()))
    rows = []
    for e in gaz.entities():
        if etype and e.type != etype:
            continue
        names = [e.name, *e.aliases]
        if search and not any(search.casefold() in n.casefold() for n in names):
            continue
        rows.append({"name": e.name, "type": e.type, "qid": e.qid, "aliases": ", ".join(e.aliases[:8])})
    stdout_console().print(rows_table(rows, ["name", "type", "qid", "aliases"], f"{len(rows)} entities"))


@entities.command("add")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, required=True, help="A Hindi (or other) spelling; repeatable.")
@click.option("--type", "etype", default="", help="state, person, organisation, party, place, institution")
@click.option("--qid", default="", help="Wikidata QID")
@db_option
def entities_add(name: str, aliases: tuple[str, ...], etype: str, qid: str, db_path: str) -> None:
    """Teach factcheck a new entity (stored next to the ledger)."""
    from .lang.gazetteer import add_user_entity

    path = user_entity_file(db_path)
    add_user_entity(path, name, list(aliases), type=etype, qid=qid)
    stdout_console().print(f"added {name} ({', '.join(aliases)}) to {path}")


@main.command()
@db_option
def doctor(db_path: str) -> None:
    """Check the ledger: integrity, orphan rows, schema version."""
    from .ledger import SCHEMA_VERSION

    with open_ledger(db_path) as ledger:
        problems = ledger.check()
        counts = ledger.counts()
        migrated = ledger.migrated_from
    note = f" (migrated from version {migrated})" if migrated is not None else ""
    stdout_console().print(f"{db_path}: schema version {SCHEMA_VERSION}{note}; "
                           + ", ".join(f"{v} {k}" for k, v in counts.items()))
    if problems:
        for p in problems:
            errors.print(f"[red]problem[/red] {p}")
        sys.exit(1)
    stdout_console().print("[green]ledger is healthy[/green]")
