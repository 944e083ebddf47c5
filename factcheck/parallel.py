"""Documents -> extracted documents, in this process, in a pool of worker processes, or on Dask workers.

The per-document work is :func:`compute`: the pipeline's sentences and claims
and the document's MinHash signature (for copy detection), so the writer is
left with storing only. The spaCy pipeline is built only when the first
document arrives (a run over unchanged files never builds it). With ``jobs``
> 1 the documents go in batches to worker processes, each building its own
pipeline once; results come back in input order, so the single writer in the
calling process stores the same ledger as a one-process run. ``AHEAD``
batches per worker are in flight, so a worker never waits while the writer
stores and reads; the oldest is stored before another is read: an archive is
streamed, never held, and a slow input (a pipe, a stalled mount) does not hold
back what was read before it. A stream shorter than a batch per worker runs
here. ``scheduler`` sends the documents to Dask workers instead
(:mod:`factcheck.cluster`).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import chain, islice
from typing import Any, NamedTuple

from .model import Claim, Document, ReadError

#: Documents per task sent to a worker.
BATCH = 8
#: Batches in flight per worker process.
AHEAD = 2
#: Seconds between a worker's checks that the writer still runs.
WATCH = 0.2


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class Result(NamedTuple):
    """One extracted document: everything :meth:`factcheck.ledger.Ledger.store` needs, picklable."""

    document: Document  # its ``profile`` set
    sentences: list[tuple[int, int]]  # offsets into its text
    claims: list[Claim]
    minhash: bytes | None  # its MinHash signature (None when it has no words)


def compute(nlp: Any, documents: Iterable[Document]) -> Iterator[Result | ReadError]:
    """The work done for each document wherever it runs: the pipeline, then its signature."""
    from .copies import signature, to_bytes
    from .pipeline import extract

    for item in extract(nlp, documents):
        if isinstance(item, ReadError):  # the pipeline failed on it: reported, not stored
            yield item
            continue
        document, sentences, claims = item
        m = signature(document)
        yield Result(document, sentences, claims, None if m is None else to_bytes(m))


def extracted(documents: Iterable[Document], build: Callable[[], Any], jobs: int = 1,
              batch: int = BATCH, scheduler: str | None = None) -> Iterator[Result | ReadError]:
    """Each document extracted, in input order.

    ``build`` makes the pipeline (a picklable callable, e.g. a ``functools.partial``
    of :func:`factcheck.pipeline.make_nlp`); it is called only if a document arrives.
    With ``scheduler`` (``local`` or a Dask scheduler's address) a document that
    cannot be extracted (its worker died every time) comes back as a ``ReadError``.
    """
    if scheduler:
        from .cluster import dask_extracted

        yield from dask_extracted(documents, build, scheduler, jobs)
        return
    stream = iter(documents)
    head = list(islice(stream, batch * jobs if jobs > 1 else 1))
    if not head:
        return
    rest = chain(head, stream)
    if jobs <= 1 or len(head) < batch * jobs:
        yield from _serial(build(), rest)
        return
    yield from _pooled(rest, build, jobs, batch)


def _serial(nlp: Any, documents: Iterable[Document]) -> Iterator[Result | ReadError]:
    yield from compute(nlp, documents)


def _pooled(documents: Iterator[Document], build: Callable[[], Any], jobs: int, batch: int) -> Iterator[Result | ReadError]:
    global _nlp
    pending: deque[Future[list[Result | ReadError]]] = deque()
    forking = "fork" in mp.get_all_start_methods()
    if forking:  # built once here, shared with the forked workers (copy-on-write)
        from . import copies  # noqa: F401  (datasketch and scipy: seconds to import, once)

        _nlp = build()
    context = mp.get_context("fork") if forking else None
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(build,)) as pool:
        try:
            while True:
                while len(pending) < AHEAD * jobs:
                    chunk = list(islice(documents, batch))
                    if not chunk:
                        break
                    pending.append(pool.submit(_work, chunk))
                if not pending:
                    return
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


_nlp: Any = None


def _start_worker(build: Callable[[], Any]) -> None:
    """In a worker: Ctrl-C is the writer's to handle; end with the writer; build the pipeline once."""
    global _nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_orphaned, args=(os.getppid(),), daemon=True).start()
    if _nlp is None:
        _nlp = build()


def _orphaned(parent: int) -> None:
    """Exit once the writer is gone (killed with SIGKILL, say): no worker outlives it."""
    while os.getppid() == parent:
        time.sleep(WATCH)
    os._exit(1)


def _work(documents: list[Document]) -> list[Result | ReadError]:
    return list(_serial(_nlp, documents))
