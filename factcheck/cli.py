"""The ``factcheck`` command line: thin click commands over the pipeline, ledger and comparison."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import sqlite3
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click
from rich.console import Console

from .ledger import Ledger, LedgerError
from .model import DEBUG_ENV, EXPORT_COLUMNS, KINDS, Document, ReadError
from .stores import database_name, first_line, is_url, masked

if TYPE_CHECKING:  # datasketch and spaCy stay unimported until a document needs them
    from .copies import CopyIndex
    from .parallel import Result

errors = Console(stderr=True)
#: Width for output that is piped or redirected, where rich would otherwise fold at 80 columns.
PIPE_WIDTH = 160


def stdout_console() -> Console:
    """A console on the current standard output (a terminal's width, else ``PIPE_WIDTH``)."""
    return Console(width=None if sys.stdout.isatty() else PIPE_WIDTH)

db_option = click.option(
    "--db", "db_path", envvar="FACTCHECK_DB", default="factcheck.db", show_default=True,
    type=click.Path(dir_okay=False), help="The ledger: an SQLite file, or a postgresql://USER@HOST/DB URL (extra: postgres); also FACTCHECK_DB.",
)
format_option = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                             show_default=True, help="table for people; csv or json for other tools.")
output_option = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
                             help="Write to this file instead of standard output.")
excel_option = click.option("--excel", is_flag=True,
                            help="CSV for spreadsheet programs: UTF-8 with a byte-order mark, CRLF line ends.")
limit_option = click.option("--limit", type=click.IntRange(min=0), help="Show at most this many rows.")
subject_option = click.option("--subject", help="Only this actor: any name or alias the gazetteer knows, "
                              "Hindi or English, any case (उत्तर कोरिया, north korea).")
object_option = click.option("--object", "obj", help="Only claims with this object (named as for --subject).")
story_option = click.option("--story", help="Only claims of this story (its id, see `factcheck stories`).")
max_ratio_option = click.option(
    "--max-ratio", type=click.FloatRange(min=0),
    help="Figures more than this many times apart are not compared: they are mostly figures of two things "
         "or events (each side's claim of soldiers killed and quake depths excepted). Default: 2; 0 "
         "compares all.")
kind_option = click.option("--kind", help="Only this kind (troops, killed, money, date, ...).")


#: The ledger the running command opened, named when SQLite reports it damaged.
_LEDGER_PATH: list[str] = []


def open_ledger(path: str, *, create: bool = False, readonly: bool = False) -> Ledger:
    """The ledger at ``path``; only ``extract`` creates one, other commands say it is missing.

    ``readonly`` opens it without writing (reading commands), so a ledger on a
    read-only medium can still be read; writing commands say when it is read-only.
    """
    if not create and not is_url(path) and not Path(path).exists():
        raise click.ClickException(f"no ledger at {path}: run `factcheck extract PATH --db {path}` first")
    _LEDGER_PATH[:] = [path]
    try:
        return Ledger(path, readonly=readonly, create=create)
    except LedgerError as exc:
        ctx = click.get_current_context(silent=True)
        if ctx is not None and ctx.find_root().params.get("debug"):
            raise
        raise click.ClickException(str(exc)) from exc


def user_entity_file(db_path: str) -> Path:
    """The user's own gazetteer file, kept next to the ledger (for a PostgreSQL ledger: DB.entities.jsonl here)."""
    if is_url(db_path):
        return Path(f"{database_name(db_path)}.entities.jsonl")
    return Path(db_path).with_suffix(".entities.jsonl")


def entity_files(db_path: str, extra: tuple[str, ...]) -> list[str]:
    files = [str(p) for p in [user_entity_file(db_path)] if p.exists()]
    return files + list(extra)


@contextmanager
def open_output(path: str | None, ledger: str | None = None) -> Iterator[IO[str]]:
    """Standard output, or a file written whole: a temporary file renamed into place on success
    (a device or a pipe, such as ``/dev/null``, is written as it is).

    Refuses the ledger itself (or its ``-wal``/``-shm`` files) and says when the folder is missing.
    """
    if not path or path == "-":
        yield sys.stdout
        return
    check_output_path(path, ledger or (_LEDGER_PATH[0] if _LEDGER_PATH else None))
    if os.path.exists(path) and not os.path.isfile(path) and not os.path.isdir(path):
        # "-o /dev/null", a named pipe: written as it is, never renamed over
        with open(path, "w", encoding="utf-8", newline="") as f:
            yield f
        return
    folder = os.path.dirname(os.path.abspath(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=".factcheck-", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise click.ClickException(f"cannot write {path}: {(exc.strerror or str(exc)).lower()}") from exc
    try:
        with open(fd, "w", encoding="utf-8", newline="") as f:
            yield f
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


@contextmanager
def excel_stream(out: IO[str], excel: bool) -> Iterator[IO[str]]:
    """``out`` as it is, or (``excel``) re-encoded UTF-8 with a byte-order mark and CRLF line ends."""
    if not excel or not hasattr(out, "buffer"):
        yield out
        return
    out.flush()
    wrapper = io.TextIOWrapper(out.buffer, encoding="utf-8-sig", newline="\r\n")
    try:
        yield wrapper
    finally:
        wrapper.flush()
        wrapper.detach()


def reviewer_name(given: str | None) -> str:
    """Who is reviewing: ``--reviewer``, else the login name."""
    return given or os.environ.get("USER") or os.environ.get("USERNAME") or ""


def resolve_names(db_path: str, *names: str | None) -> list[str | None]:
    """Each name as the ledger stores it (gazetteer alias -> canonical name), with the user's entities."""
    if not any(names):
        return list(names)
    from .names import name_resolver, resolve_name

    gazetteer = name_resolver(entity_files(db_path, ()))
    return [resolve_name(n, gazetteer) for n in names]


def json_rows(rows: Any) -> Any:
    """Rows ready for ``json.dump``: one type per number (2.0 is written 2), everywhere."""
    from .export import json_value

    if isinstance(rows, dict):
        return {k: json_rows(v) for k, v in rows.items()}
    if isinstance(rows, (list, tuple)):
        return [json_rows(v) for v in rows]
    return json_value(rows)


def print_long(out: IO[str], renderable: Any) -> None:
    """Print to ``out``; on a terminal, output taller than the screen goes through a pager."""
    console = Console(file=out, width=None if out.isatty() else PIPE_WIDTH)
    if not console.is_terminal or os.environ.get("FACTCHECK_NO_PAGER"):
        console.print(renderable)
        return
    lines = console.render_lines(renderable, console.options, pad=False)
    if len(lines) + 1 <= console.height:
        console.print(renderable)
        return
    with console.pager(styles=True):
        console.print(renderable)


def emit(rows: list[dict[str, Any]], columns: Any, fmt: str, output: str | None, render: Any,
         excel: bool = False) -> None:
    """Write ``rows`` as csv (``columns``), json, or the table ``render()`` builds (paged on a terminal)."""
    from .export import write_csv

    with open_output(output, _LEDGER_PATH[0] if _LEDGER_PATH else None) as raw, \
            excel_stream(raw, excel and fmt == "csv") as out:
        if fmt == "csv":
            write_csv(rows, list(columns or (rows[0] if rows else [])), out)
        elif fmt == "json":
            json.dump(json_rows(rows), out, ensure_ascii=False, indent=2, default=str)
            out.write("\n")
        else:
            print_long(out, render())



def _writable(db_path: str) -> bool:
    """Whether the ledger and its folder can be written (WAL needs both); for PostgreSQL, whether the role may."""
    if is_url(db_path):
        from .stores import writable

        return writable(db_path)
    folder = os.path.dirname(os.path.abspath(db_path))
    return os.access(db_path, os.W_OK) and os.access(folder, os.W_OK)


def check_output_path(path: str, ledger: str | None) -> None:
    """A one-line error when ``path`` cannot take an output: the ledger, a folder, a missing folder."""
    if ledger:
        real = os.path.realpath(path)
        base = os.path.realpath(ledger)
        if real in (base, base + "-wal", base + "-shm", base + "-journal"):
            raise click.ClickException(f"-o {path} is the ledger itself: choose another output file")
    if os.path.isdir(path):  # OSErrors: a command that words its own write errors catches them
        raise IsADirectoryError(errno.EISDIR, "is a folder: name a file", path)
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise FileNotFoundError(errno.ENOENT, f"the folder {os.path.dirname(path) or folder} does not exist", path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class FactcheckGroup(click.Group):
    """Turns any error a command lets through into one line (``--debug`` shows the traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        _LEDGER_PATH.clear()
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, KeyboardInterrupt, SystemExit):
            raise
        except Exception as exc:
            if ctx.params.get("debug"):
                raise
            raise click.ClickException(error_line(exc)) from exc


def error_line(exc: Exception) -> str:
    """One line for an unexpected error; SQLite errors name the ledger and what to do."""
    where = masked(_LEDGER_PATH[0]) if _LEDGER_PATH else "the ledger"
    if type(exc).__module__.startswith("psycopg"):  # imported only for a PostgreSQL ledger
        if getattr(exc, "sqlstate", None) == "55P03":  # lock_not_available: the writers' lock, held too long
            return f"{where} is busy ({first_line(exc)}): another factcheck is writing it; try again"
        return f"{where}: PostgreSQL error: {first_line(exc)}"
    if isinstance(exc, sqlite3.DatabaseError):
        message = str(exc)
        if "readonly" in message or "read-only" in message:
            return f"{where} is read-only ({message}): copy it somewhere writable, or use --db"
        if isinstance(exc, sqlite3.OperationalError) and "locked" in message:
            return f"{where} is busy ({message}): another factcheck is writing it; try again"
        return (f"{where} is damaged ({message}): run `factcheck doctor --db {where}` to see what is wrong"
                " and how to recover")
    if isinstance(exc, OSError):
        return f"{exc.filename or 'input/output'}: {exc.strerror or exc}"
    return f"{type(exc).__name__}: {exc} (run `factcheck --debug ...` for the traceback)"


@click.group(cls=FactcheckGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
@click.option("--debug", is_flag=True, help="Show a Python traceback when a command fails.")
def main(debug: bool) -> None:
    """Extract checkable claims from Hindi news, keep them in a ledger, flag where sources disagree."""
    if debug:
        os.environ[DEBUG_ENV] = "1"  # read by the pipeline, in worker processes too


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--glob", "pattern", default=None,
              help="File names to read inside folders (default: *.txt; *.jsonl,*.ndjson with --format jsonl;"
                   " *.html,*.htm,*.xhtml with --format html).")
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "html", "jsonl"]), default="auto",
              show_default=True, help="Input format (auto: by suffix and content).")
@click.option("--published", type=click.DateTime(["%Y-%m-%d"]),
              help="Publication date (YYYY-MM-DD) for every document read.")
@click.option("--max-bytes", type=int, default=20_000_000, show_default=True, help="Skip larger files.")
@click.option("--strict", is_flag=True, help="Stop at the first file that cannot be read.")
@click.option("--keep-going", is_flag=True, help="Exit 0 even when some inputs could not be read.")
@click.option("--nlp", "backend", type=click.Choice(["blank", "stanza"]), default="blank", show_default=True,
              help="blank: offline rules (default); stanza: Stanza's Hindi models (extra).")
@click.option("--stanza-dir", type=click.Path(file_okay=False), help="Stanza resources (else STANZA_RESOURCES_DIR).")
@click.option("--entities", "entities", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer JSONL file(s).")
@click.option("--force", is_flag=True, help="Re-process every document, changed or not.")
@click.option("--any-language", is_flag=True, help="Also read documents that are not in Hindi.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for the pipeline [default: the number of cores].")
@click.option("--scheduler", metavar="tcp://HOST:8786|local",
              help="Run the pipeline on the workers of this Dask scheduler (local: --jobs workers on this"
                   " machine); extra: dask.")
def extract(paths: tuple[str, ...], db_path: str, pattern: str | None, fmt: str, published: datetime | None,
            max_bytes: int, strict: bool, keep_going: bool, backend: str, stanza_dir: str | None,
            entities: tuple[str, ...], force: bool, any_language: bool, jobs: int | None,
            scheduler: str | None) -> None:
    """Read PATHS (files or folders), extract claims and store them in the ledger.

    Unchanged files (same content hash, read with the same rules and gazetteer)
    are skipped; a changed file, or one read with older knowledge (after
    `entities add` or an upgrade), has its claims replaced in one transaction,
    so an interrupted run leaves only whole documents. Documents not in Hindi
    are skipped unless --any-language. Exits 1 when any input could not be
    read, unless --keep-going.
    """
    from functools import partial

    from .documents import default_glob, iter_documents
    from .knowledge import knowledge_version
    from .parallel import default_jobs

    if scheduler:
        from .cluster import ClusterError, check

        try:
            check()
        except ClusterError as exc:
            raise click.ClickException(str(exc)) from exc
    pattern = pattern or default_glob(fmt)
    files = entity_files(db_path, entities)
    knowledge = f"{backend}:{knowledge_version(files)}"
    # built only when a changed document arrives (in each worker process with --jobs > 1)
    nlp = partial(_build_nlp, backend, stanza_dir, files)
    stats: Counter[str] = Counter(read=0, unchanged=0, failed=0, stored=0, claims=0)
    with open_ledger(db_path, create=True) as ledger:
        _extract_into(ledger, nlp, stats, strict,
                      iter_documents(paths, glob=pattern, fmt=fmt, max_bytes=max_bytes,
                                     published=published.date().isoformat() if published else None,
                                     unchanged=lambda doc: not force and _is_current(ledger, doc, knowledge)),
                      knowledge=knowledge, force=force, any_language=any_language, jobs=jobs or default_jobs(),
                      scheduler=scheduler)
        if stats["stored"] or not ledger.stories():
            _form_stories(ledger)
    stdout_console().print(_summary(stats, keep_going))
    if stats["read"] == 0 and not stats["failed"]:
        raise click.ClickException(
            f"no files matched --glob {pattern!r} in {', '.join(paths)}: "
            "name the files with --glob (e.g. --glob '*.jsonl') or say their --format")
    if stats["read"] == 0:
        raise click.ClickException("nothing could be read")
    if stats["failed"] and not keep_going:
        raise click.ClickException(
            f"{stats['failed']} of {stats['failed'] + stats['read']} inputs could not be read"
            " (--keep-going exits 0 when some inputs fail)")


def _extract_into(ledger: Ledger, nlp: Callable[[], Any], stats: Counter[str], strict: bool,
                  items: Iterator[Document | ReadError], *, knowledge: str = "", force: bool = False,
                  any_language: bool = True, jobs: int = 1, scheduler: str | None = None) -> None:
    """Stream ``items`` through the pipeline into ``ledger``, one transaction per document.

    ``nlp`` builds the pipeline (picklable: each of ``jobs`` worker processes builds its own,
    or each Dask worker of ``scheduler``).
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from .lang.script import devanagari_share, is_hindi
    from .parallel import extracted

    copies: Any = None  # built with the first changed document: its imports take seconds
    unusable: tuple[type[Exception], ...] = ()  # the scheduler cannot be used
    if scheduler:
        from .cluster import ClusterError

        unusable = (ClusterError,)

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=errors, transient=True, disable=not errors.is_terminal) as bar:
        task = bar.add_task("extracting", total=None)

        def failed(item: ReadError, what: str) -> None:
            stats["failed"] += 1
            errors.print(f"[red]{what}[/red] {item}", markup=True, highlight=False, soft_wrap=True)
            if strict:
                raise click.ClickException(f"{item} (--strict)")
            bar.advance(task)

        def changed() -> Iterator[Document]:
            for item in items:
                if isinstance(item, ReadError):
                    failed(item, "skipped")
                    continue
                stats["read"] += 1
                for warning in item.meta.get("read_warnings", ()):
                    errors.print(f"[yellow]note[/yellow] {item.source}: {warning}", markup=True, highlight=False)
                if not any_language and not is_hindi(item.text):
                    stats["not_hindi"] += 1
                    share = devanagari_share(item.text) or 0.0
                    errors.print(f"[yellow]skipped[/yellow] {item.source}: not Hindi ({share:.0%} of its words"
                                 " in Devanagari); --any-language reads it anyway", markup=True, highlight=False,
                                 soft_wrap=True)
                    bar.advance(task)
                    continue
                if not force and ledger.document_hash(item.source, item.canonical) == item.sha256:
                    if _is_current(ledger, item, knowledge):
                        stats["unchanged"] += 1
                        bar.advance(task)
                        continue
                    stats["new_knowledge"] += 1
                yield item

        try:
            with _deferred_interrupts() as write:
                for result in extracted(changed(), nlp, jobs, scheduler=scheduler):
                    if isinstance(result, ReadError):  # its Dask workers died every time it was tried
                        failed(result, "failed")
                        continue
                    if copies is None:
                        from .copies import CopyIndex

                        copies = CopyIndex(ledger.signatures())
                    with write:  # counted inside: a Ctrl-C held back until the commit is raised on leaving
                        _store(ledger, copies, result, knowledge)
                        stats["stored"] += 1
                        stats["claims"] += sum(not c.furniture for c in result.claims)
                    bar.update(task, advance=1, description=result.document.source)
        except KeyboardInterrupt:
            errors.print(f"interrupted: {stats['stored']} documents stored; run the same command again to finish")
            sys.exit(130)
        except unusable as exc:
            raise click.ClickException(f"{exc}; {stats['stored']} documents stored") from exc


def _store(ledger: Ledger, copies: CopyIndex, result: Result, knowledge: str) -> None:
    """Store one extracted document, linked to the document it copies."""
    document = result.document
    copy_of = copies.original(document, result.minhash)
    ledger.store(document, result.sentences, result.claims, knowledge=knowledge, copy_of=copy_of,
                 minhash=result.minhash if document.canonical else None)


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


def _is_current(ledger: Ledger, document: Document, knowledge: str) -> bool:
    """Whether ``document`` is stored with this content hash, read with this knowledge."""
    return ledger.document_hash(document.source, document.canonical) == document.sha256 \
        and ledger.document_knowledge(document.source, document.canonical) == knowledge


def _build_nlp(backend: str, stanza_dir: str | None, files: list[str]) -> Any:
    """The pipeline (spaCy is imported only here: a run with nothing to do never loads it)."""
    from .pipeline import make_nlp

    return _make_nlp(make_nlp, backend, stanza_dir, files)


def _make_nlp(make_nlp: Any, backend: str, stanza_dir: str | None, files: list[str]) -> Any:
    try:
        return make_nlp(backend, stanza_dir=stanza_dir, entity_files=files)
    except (ImportError, RuntimeError) as exc:
        raise click.ClickException(str(exc)) from exc


def _summary(stats: Counter[str], keep_going: bool = False) -> Any:
    from .display import summary_table

    failed = f"{stats['failed']} (--keep-going: exit 0)" if stats["failed"] and keep_going else stats["failed"]
    return summary_table({
        "documents read": stats["read"], "skipped as unchanged": stats["unchanged"],
        "skipped as not Hindi": stats["not_hindi"],
        "re-processed for new rules or names": stats["new_knowledge"],
        "failed": failed, "documents stored": stats["stored"], "claims stored": stats["claims"],
    })


#: ``claims --format csv`` columns: the export's, with the stable key after the id.
CLAIM_LIST_COLUMNS = ("claim_id", "key", *[c for c in EXPORT_COLUMNS if c != "claim_id"])


@main.command("claims")
@db_option
@kind_option
@subject_option
@object_option
@click.option("--source", help="Only claims from documents whose path contains this.")
@click.option("--min-value", type=float, help="Only figures at least this large.")
@click.option("--status", type=click.Choice(["actual", "planned", "possible", "claimed_false"]),
              help="Only claims with this status.")
@story_option
@limit_option
@click.option("--include-furniture", is_flag=True, help="Also claims found in page furniture.")
@click.option("--include-wrong", is_flag=True, help="Also claims a reviewer marked wrong.")
@format_option
@output_option
@excel_option
def claims_cmd(db_path: str, kind: str | None, subject: str | None, obj: str | None, source: str | None,
               min_value: float | None, status: str | None, story: str | None, limit: int | None,
               include_furniture: bool, include_wrong: bool, fmt: str, output: str | None, excel: bool) -> None:
    """List stored claims (reviews applied: corrected fields, wrong claims left out)."""
    from itertools import islice

    from .display import claims_table

    subject, obj = resolve_names(db_path, subject, obj)
    with open_ledger(db_path, readonly=True) as ledger:
        found = ledger.claims(kind=kind, subject=subject, obj=obj, source=source, min_value=min_value,
                              status=status, story=story, include_furniture=include_furniture,
                              include_wrong=include_wrong)
        rows = list(islice(found, limit) if limit is not None else found)
    emit([c.as_row() for c in rows], CLAIM_LIST_COLUMNS, fmt, output,
         lambda: _date_table(rows) if kind == "date" else claims_table(rows, title=f"{len(rows)} claims"), excel)


def _date_table(rows: list[Any]) -> Any:
    from .display import rows_table

    cols = ["claim_id", "source", "text", "when", "event", "published", "subject", "object", "status"]
    return rows_table([c.as_row() for c in rows], cols, f"{len(rows)} date claims")


def _claim_ref(ref: str) -> int | str:
    """A claim named by row id ("12") or stable key ("c1a2b3c4d5")."""
    return int(ref) if ref.isdigit() else ref


@main.command()
@click.argument("claim_ref", metavar="CLAIM")
@db_option
def show(claim_ref: str, db_path: str) -> None:
    """One claim (by id or stable key): its sentence with the number highlighted, every field and why."""
    from .display import claim_panel

    with open_ledger(db_path, readonly=True) as ledger:
        claim = ledger.claim(_claim_ref(claim_ref))
    if claim is None:
        raise click.ClickException(f"no claim {claim_ref} in {masked(db_path)}")
    stdout_console().print(claim_panel(claim))


@main.command()
@click.argument("claim_ref", metavar="CLAIM")
@click.option("--wrong", "verdict", flag_value="wrong", help="The claim is wrong: leave it out from now on.")
@click.option("--right", "verdict", flag_value="right", help="The claim is right (undoes --wrong).")
@click.option("--kind", type=click.Choice(list(KINDS)),
              help="The correct kind.")
@click.option("--subject", help="The correct subject (any name or alias the gazetteer knows).")
@click.option("--object", "obj", help="The correct object (any name or alias the gazetteer knows).")
@click.option("--note", default="", help="Why.")
@click.option("--reviewer", help="Who reviews (default: the login name).")
@db_option
def review(claim_ref: str, verdict: str | None, kind: str | None, subject: str | None, obj: str | None,
           note: str, reviewer: str | None, db_path: str) -> None:
    """Review claim CLAIM (id or stable key): mark it wrong or right, or correct its kind, subject or object.

    Reviews are kept by the claim's stable key, so they survive re-extraction;
    every listing, the comparison pass and the exports see the corrected claim.
    """
    if not (verdict or kind or subject or obj):
        raise click.UsageError("say --wrong, --right, or what to correct (--kind, --subject, --object)")
    subject, obj = resolve_names(db_path, subject, obj)
    with open_ledger(db_path) as ledger:
        claim = ledger.claim(_claim_ref(claim_ref))
        if claim is None:
            raise click.ClickException(f"no claim {claim_ref} in {masked(db_path)}")
        ledger.review_claim(claim.key, verdict or "corrected", kind=kind or "", subject=subject or "",
                            obj=obj or "", note=note, reviewer=reviewer_name(reviewer))
        after = ledger.claim(claim.key)
    summary = after.reasons.get("review", "") if after else ""
    stdout_console().print(f"claim {claim.claim_id} ({claim.key}): {summary}")


#: Columns a conflict's review adds to the ``conflicts`` rows.
REVIEW_COLUMNS = ("state", "note", "reviewer", "reviewed_at")


@main.group(invoke_without_command=True)
@db_option
@format_option
@output_option
@excel_option
@click.option("--window", type=int, default=30, show_default=True,
              help="Days apart beyond which dated figures are not compared.")
@max_ratio_option
@click.option("--within-document", is_flag=True, help="Also compare claims of the same document.")
@click.option("--distinct", is_flag=True,
              help="One pair per figure: a figure a document repeats (headline and body) shown once.")
@click.option("--severity", type=click.Choice(["major", "minor"]), help="Only conflicts of this severity.")
@kind_option
@subject_option
@story_option
@click.option("--state", type=click.Choice(["open", "confirmed", "dismissed"]),
              help="Only conflicts in this review state (default: all but dismissed).")
@limit_option
@click.option("--all", "show_all", is_flag=True, help="Also show conflicts a user dismissed.")
@click.pass_context
def conflicts(ctx: click.Context, db_path: str, fmt: str, output: str | None, excel: bool, window: int,
              max_ratio: float | None, within_document: bool, distinct: bool, severity: str | None, kind: str | None, subject: str | None,
              story: str | None, state: str | None, limit: int | None, show_all: bool) -> None:
    """Run the comparison pass and show where sources disagree: counts per story and severity first."""
    if ctx.invoked_subcommand:
        ctx.obj = {"db_path": db_path, "window": window, "within_document": within_document,
                   "distinct": distinct, "max_ratio": max_ratio}
        return
    from rich.console import Group

    from .compare import CONFLICT_COLUMNS, conflict_row
    from .display import conflicts_summary, conflicts_view

    if output and output != "-":
        check_output_path(output, db_path)  # before the comparison pass writes to the ledger
    (subject,) = resolve_names(db_path, subject)
    with open_ledger(db_path, readonly=not _writable(db_path)) as ledger:
        stored = _compare(ledger, window, within_document, distinct, max_ratio)
        reviews = ledger.latest_reviews()
        labels = {s.id: s.label for s in ledger.stories()}

    def wanted(item: tuple[int, Any, str]) -> bool:
        _, c, st = item
        measure_kind, measure_subject = c.measure.kind, c.measure.subject
        return ((st == state if state else show_all or st != "dismissed")
                and (not severity or c.severity == severity)
                and (not kind or measure_kind == kind)
                and (not subject or measure_subject.casefold() == subject.casefold())
                and (not story or story in (c.a.story, c.b.story)))

    shown = [item for item in stored if wanted(item)]
    if limit is not None:
        shown = shown[:limit]
    rows = []
    for cid, c, st in shown:
        review = reviews.get(c.key, {})
        rows.append({**conflict_row(c, cid), "state": st, "note": review.get("note", ""),
                     "reviewer": review.get("reviewer", ""), "reviewed_at": review.get("reviewed_at", "")})

    def render() -> Any:
        if not shown:
            return "No conflicts between sources." if not stored else "No conflicts match."
        return Group(conflicts_summary(shown, labels), conflicts_view(shown, reviews))

    emit(rows, [*CONFLICT_COLUMNS, *REVIEW_COLUMNS], fmt, output, render, excel)


def _compare(ledger: Ledger, window: int = 30, within_document: bool = False,
             distinct: bool = False, max_ratio: float | None = None) -> list[tuple[int, Any, str]]:
    """Run the comparison pass over the ledger's (reviewed) claims and store what it finds."""
    from dataclasses import replace

    from .compare import conflict_key, find_conflicts

    found = find_conflicts(ledger.claims(), window_days=window, within_document=within_document,
                           distinct=distinct, max_ratio=max_ratio)
    if ledger.readonly:  # a read-only ledger: shown with the ids and reviews it has, stored nowhere
        return ledger.known_conflicts(found)
    # Verdicts given before claims had stable keys were keyed by offsets: carry them over.
    ledger.rekey_reviews({conflict_key(replace(c.a, key=""), replace(c.b, key="")): c.key for c in found})
    return ledger.save_conflicts(found)


@conflicts.command("resolve")
@click.argument("conflict_ref", metavar="CONFLICT")
@click.option("--note", default="", help="Why: what was checked, with whom.")
@click.option("--dismiss", "verdict", flag_value="dismissed", help="Not a real conflict: hide it from now on.")
@click.option("--confirm", "verdict", flag_value="confirmed",
              help="A real disagreement between sources, checked (the default).")
@click.option("--reopen", "verdict", flag_value="open", help="Back to open, awaiting review.")
@click.option("--reviewer", help="Who reviews (default: the login name).")
@db_option
@click.pass_context
def resolve(ctx: click.Context, conflict_ref: str, note: str, verdict: str | None, reviewer: str | None,
            db_path: str) -> None:
    """Record a verdict on conflict CONFLICT (its id or stable key); the history is kept.

    Verdicts are kept by the conflict's key, so they survive re-extraction. On a
    ledger where `conflicts` has not run yet, the conflicts are found first.
    """
    verdict = verdict or "confirmed"
    opts = ctx.obj or {}
    with open_ledger(db_path) as ledger:
        key = ledger.conflict_key_of(conflict_ref)
        if key is None:
            _compare(ledger, opts.get("window", 30), opts.get("within_document", False),
                     opts.get("distinct", False), opts.get("max_ratio"))
            key = ledger.conflict_key_of(conflict_ref)
        if key is None:
            raise click.ClickException(f"no conflict {conflict_ref} in {masked(db_path)}: `factcheck conflicts` lists them")
        ledger.review_conflict(key, verdict, note=note, reviewer=reviewer_name(reviewer))
        n = len(ledger.conflict_history(key))
    stdout_console().print(f"conflict {conflict_ref} ({key}) {verdict}; {n} review(s) so far")


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "claimreview"]), default="csv",
              show_default=True, help="csv: the GUIDE.md columns; jsonl: every field, one claim a line; "
              "claimreview: schema.org ClaimReview JSON-LD of resolved conflicts.")
@output_option
@excel_option
@kind_option
@subject_option
@object_option
@click.option("--status", type=click.Choice(["actual", "planned", "possible", "claimed_false"]),
              help="Only claims with this status.")
@story_option
@limit_option
@click.option("--include-furniture", is_flag=True, help="Also claims found in page furniture.")
@click.option("--organisation", "--organization", "organisation", default="",
              help="claimreview: the organisation publishing the reviews (required for that format).")
@click.option("--url", default="", help="claimreview: the URL of the page with the fact checks.")
def export(db_path: str, fmt: str, output: str | None, excel: bool, kind: str | None, subject: str | None,
           obj: str | None, status: str | None, story: str | None, limit: int | None,
           include_furniture: bool, organisation: str, url: str) -> None:
    """Export claims (GUIDE.md columns), reviews applied, with the same filters as `claims`;
    or ClaimReview JSON-LD of what the desk checked."""
    from itertools import islice

    from .export import write_claims

    if fmt == "claimreview":
        _export_claimreview(db_path, output, organisation, url)
        return
    subject, obj = resolve_names(db_path, subject, obj)
    if output and output != "-":
        check_output_path(output, db_path)
    with open_ledger(db_path, readonly=True) as ledger, open_output(output, db_path) as raw, \
            excel_stream(raw, excel and fmt == "csv") as out:
        found = ledger.claims(kind=kind, subject=subject, obj=obj, status=status, story=story,
                              include_furniture=include_furniture)
        n = write_claims(islice(found, limit) if limit is not None else found, fmt, out)
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
@max_ratio_option
@click.option("--within-document", is_flag=True, help="Also compare claims of the same document.")
@click.option("--no-charts", is_flag=True, help="Leave the charts out (faster for very large ledgers).")
@click.option("--organisation", "--organization", "organisation", default="",
              help="Embed ClaimReview markup of the resolved conflicts, by this organisation.")
@click.option("--url", default="", help="Where the page will be published (the ClaimReviews' url).")
def report(db_path: str, output: str | None, title: str, window: int, max_ratio: float | None, within_document: bool,
           no_charts: bool, organisation: str, url: str) -> None:
    """One self-contained HTML page: overview, conflicts side by side per story, facts and charts."""
    from .report import ReportError, build

    with open_ledger(db_path) as ledger:
        try:
            page = build(ledger, window_days=window, within_document=within_document, max_ratio=max_ratio, title=title,
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
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: the claims (every layer with --verbose); json: every layer.")
@click.option("-v", "--verbose", is_flag=True,
              help="Also show the layers: sentences, entities, quantities and dates.")
@click.option("--published", help="Publication date (YYYY-MM-DD) to resolve relative dates against.")
@click.option("--nlp", "backend", type=click.Choice(["blank", "stanza"]), default="blank", show_default=True,
              help="blank: offline rules (default); stanza: Stanza's Hindi models (extra).")
@click.option("--stanza-dir", type=click.Path(file_okay=False), help="Stanza resources (else STANZA_RESOURCES_DIR).")
@click.option("--entities", "entities", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra gazetteer JSONL file(s), as for `extract`.")
@db_option
def analyze(text: str | None, fmt: str, verbose: bool, published: str | None, backend: str,
            stanza_dir: str | None, entities: tuple[str, ...], db_path: str) -> None:
    """Run the pipeline on TEXT (or standard input, also as "-") and show the claims; no ledger is written.

    Uses the same gazetteer as `extract`: the user's entities next to --db and
    any --entities files. Text starting with "-" goes after "--":
    factcheck analyze -- "-5 डिग्री".
    """
    from .analysis import analysis_json, print_analysis
    from .documents import replace_surrogates
    from .pipeline import analyze as run
    from .pipeline import make_nlp

    if text is None or text == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8", "replace")
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.count("\ufffd".encode())
        if bad:
            errors.print(f"note: {bad} undecodable byte(s) in standard input replaced by U+FFFD", highlight=False)
    text, lone = replace_surrogates(text)
    if lone:
        errors.print(f"note: {lone} lone surrogate(s) (not valid Unicode) replaced by U+FFFD", highlight=False)
    nlp = _make_nlp(make_nlp, backend, stanza_dir, entity_files(db_path, entities))
    doc, claims = run(text, published=published, nlp=nlp)
    if fmt == "json":
        click.echo(json.dumps(analysis_json(doc, claims), ensure_ascii=False, indent=2))
    else:
        print_analysis(stdout_console(), doc, claims, verbose=verbose)


@main.command()
@db_option
@format_option
@output_option
@excel_option
@limit_option
def sources(db_path: str, fmt: str, output: str | None, excel: bool, limit: int | None) -> None:
    """Documents in the ledger with outlet, publication date (and where it came from), claim count."""
    from .display import rows_table

    with open_ledger(db_path, readonly=True) as ledger:
        rows = [asdict(d) for d in ledger.documents()][:limit]
    cols = ["id", "source", "outlet", "published", "published_origin", "format", "claims"]
    emit(rows, cols, fmt, output, lambda: rows_table(rows, cols, f"{len(rows)} documents"), excel)


@main.command()
@db_option
@kind_option
@subject_option
@story_option
@format_option
@output_option
@excel_option
def facts(db_path: str, kind: str | None, subject: str | None, story: str | None, fmt: str,
          output: str | None, excel: bool) -> None:
    """One row per measure: every reported figure, its sources, and the consensus if any."""
    from .tracking import fact_rows, render_facts
    from .tracking import facts as collect

    (subject,) = resolve_names(db_path, subject)
    with open_ledger(db_path, readonly=True) as ledger:
        found = collect(ledger.claims(kind=kind, subject=subject, story=story))
    emit(fact_rows(found), None, fmt, output, lambda: render_facts(found), excel)


@main.command()
@db_option
@click.option("--kind", required=True, help="The measure's kind (troops, killed, money, ...).")
@subject_option
@object_option
@click.option("--status", help="Only figures with this status (actual, planned, ...).")
@story_option
@format_option
@output_option
@excel_option
def timeline(db_path: str, kind: str, subject: str | None, obj: str | None, status: str | None,
             story: str | None, fmt: str, output: str | None, excel: bool) -> None:
    """The figures of one measure in date order, marking updates and contradictions."""
    from .tracking import render_bars, timeline_rows
    from .tracking import timeline as build

    subject, obj = resolve_names(db_path, subject, obj)
    with open_ledger(db_path, readonly=True) as ledger:
        entries = build(ledger.claims(kind=kind, subject=subject, story=story), kind=kind, subject=subject,
                        object=obj, status=status)
    emit(timeline_rows(entries), None, fmt, output, lambda: render_bars(entries), excel)


@main.command()
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: the steps in words; json: steps and verdict.")
@click.option("--window", type=int, default=30, show_default=True,
              help="Days between publication dates within which figures are compared.")
@max_ratio_option
def explain(a: str, b: str, db_path: str, fmt: str, window: int, max_ratio: float | None) -> None:
    """Why claims A and B (ids or stable keys from `claims`) do or do not conflict, step by step."""
    from .explain import explain as explain_pair

    with open_ledger(db_path, readonly=True) as ledger:
        ca, cb = ledger.claim(_claim_ref(a)), ledger.claim(_claim_ref(b))
        missing = [str(i) for i, c in ((a, ca), (b, cb)) if c is None]
        if missing:
            raise click.ClickException(f"no claim {', '.join(missing)} in {masked(db_path)}")
        assert ca is not None and cb is not None
        context = [c for c in ledger.claims() if c.story == ca.story or c.source in (ca.source, cb.source)]
    result = explain_pair(ca, cb, context, window_days=window, max_ratio=max_ratio)
    if fmt == "json":
        click.echo(json.dumps({"a": _claim_ref(a), "b": _claim_ref(b), "steps": result.steps, "verdict": result.verdict},
                              ensure_ascii=False, indent=2))
    else:
        stdout_console().print(result.text(), markup=False, highlight=False)


@main.command()
@db_option
@format_option
@output_option
@excel_option
def stories(db_path: str, fmt: str, output: str | None, excel: bool) -> None:
    """The stories of the ledger: documents that report one event, with a label and dates."""
    from .display import stories_table

    with open_ledger(db_path, readonly=True) as ledger:
        found = ledger.stories()
    rows = [{"story": s.id, "label": s.label, "first": s.first, "last": s.last,
             "documents": len(s.sources), "sources": list(s.sources)} for s in found]
    if fmt == "csv":
        rows = [{**r, "sources": "; ".join(r["sources"])} for r in rows]
    emit(rows, None, fmt, output, lambda: stories_table(found), excel)


@main.group(invoke_without_command=True)
@db_option
@click.option("--type", "etype", help="Only entities of this type (state, person, party, ...).")
@click.option("--search", help="Only entities whose name or alias contains this.")
@format_option
@output_option
@excel_option
@limit_option
@click.pass_context
def entities(ctx: click.Context, db_path: str, etype: str | None, search: str | None, fmt: str,
             output: str | None, excel: bool, limit: int | None) -> None:
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
        rows.append({"name": e.name, "type": e.type, "qid": e.qid, "part of": e.part_of,
                     "aliases": ", ".join(e.aliases)})
    rows = rows[:limit]
    cols = ["name", "type", "qid", "part of", "aliases"]
    emit(rows, cols, fmt, output, lambda: rows_table(rows, cols, f"{len(rows)} entities"), excel)


@entities.command("add")
@click.argument("name")
@click.option("--alias", "aliases", multiple=True, required=True, help="A Hindi (or other) spelling; repeatable.")
@click.option("--type", "etype", default="", help="state, person, organisation, party, place, institution")
@click.option("--qid", default="", help="Wikidata QID")
@click.option("--part-of", "part_of", default="", help="The place that contains it (a district, state, country).")
@db_option
def entities_add(name: str, aliases: tuple[str, ...], etype: str, qid: str, part_of: str, db_path: str) -> None:
    """Teach factcheck a new entity (stored next to the ledger); the next `extract` re-reads old documents."""
    from .lang.gazetteer import Gazetteer, add_user_entity

    if part_of:
        container = Gazetteer.load(entity_files(db_path, ())).get(part_of)
        if container is None:
            raise click.ClickException(f"--part-of {part_of!r}: no such place in the gazetteer")
        part_of = container.name
    path = user_entity_file(db_path)
    add_user_entity(path, name, list(aliases), type=etype, qid=qid, part_of=part_of)
    stdout_console().print(f"added {name} ({', '.join(aliases)}) to {path}")


#: How to get a working ledger back from a damaged one (said by ``doctor``).
RECOVERY = ("to recover: `sqlite3 {db} .recover | sqlite3 recovered.db` and use --db recovered.db"
            " (then run doctor on it), or extract the sources again into a new ledger")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the browser at the ledger.")
def browse(db_path: str, host: str, port: int, open_browser: bool) -> None:
    """Browse the ledger in Datasette, read-only, with labelled tables and the desk's canned queries.

    Needs the optional extra: pip install -e '.[browse]'. Stop it with Ctrl-C.
    """
    import tempfile
    from importlib.util import find_spec

    from .browse import checkpoint, serve_command, write_metadata

    if is_url(db_path):
        raise click.ClickException(f"{masked(db_path)}: browse serves an SQLite file; for a PostgreSQL ledger"
                                   " use a PostgreSQL client, or `factcheck report`")
    if find_spec("datasette") is None:
        raise click.ClickException("Datasette is not installed: pip install -e '.[browse]'")
    open_ledger(db_path, readonly=True).close()  # a missing or unreadable ledger says so here, in one line
    checkpoint(db_path)
    with tempfile.TemporaryDirectory() as tmp:
        meta = write_metadata(db_path, Path(tmp) / "metadata.json")
        args = serve_command(db_path, meta, host=host, port=port, open_browser=open_browser)
        from datasette.cli import cli as datasette_cli

        errors.print(f"serving {db_path} read-only with Datasette (Ctrl-C stops)")
        with suppress(KeyboardInterrupt):
            datasette_cli.main(args=args, prog_name="datasette", standalone_mode=False)


@main.command()
@db_option
def doctor(db_path: str) -> None:
    """Check the ledger: integrity, orphan rows, schema version, whole documents."""
    from .ledger import SCHEMA_VERSION

    try:
        ledger = open_ledger(db_path, readonly=is_url(db_path) or not _writable(db_path))
    except click.ClickException as exc:
        if is_url(db_path) or not Path(db_path).exists() or "newer than" in exc.message:
            raise
        errors.print(f"[red]problem[/red] opening the ledger failed: {exc.message}", highlight=False)
        errors.print(RECOVERY.format(db=db_path), highlight=False)
        sys.exit(1)
    with ledger:
        problems = ledger.check()
        try:
            counts = ledger.counts()
        except ledger.dialect.error:
            counts = {}
        migrated = ledger.migrated_from
    note = f" (migrated from version {migrated})" if migrated is not None else ""
    stdout_console().print(f"{masked(db_path)}: schema version {SCHEMA_VERSION}{note}; "
                           + ", ".join(f"{v} {k}" for k, v in counts.items()), highlight=False)
    if problems:
        for p in problems:
            errors.print(f"[red]problem[/red] {p}", highlight=False)
        if any("damaged" in p or p.startswith("integrity check") for p in problems):
            errors.print(RECOVERY.format(db=db_path), highlight=False)
        elif any("not whole" in p for p in problems):
            errors.print("to repair: extract those documents again (a changed file is re-read whole)",
                         highlight=False)
        sys.exit(1)
    stdout_console().print("[green]ledger is healthy[/green]")
