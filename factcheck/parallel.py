"""Documents -> (document, sentence offsets, claims), in this process or in a pool of worker processes.

The spaCy pipeline is built only when the first document arrives (a run over
unchanged files never builds it). With ``jobs`` > 1 the documents go in
batches to worker processes, each building its own pipeline once; results
come back in input order, so the single writer in the calling process stores
the same ledger as a one-process run. One batch per worker is in flight, and
the oldest is stored before another is read: an archive is streamed, never
held, and a slow input (a pipe, a stalled mount) does not hold back what was
read before it. A stream shorter than a batch per worker runs here.
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
from typing import Any

from .model import Claim, Document

#: One extracted document: the document (its ``profile`` set), its sentences as offsets, its claims.
Result = tuple[Document, list[tuple[int, int]], list[Claim]]
#: Documents per task sent to a worker.
BATCH = 8
#: Seconds between a worker's checks that the writer still runs.
WATCH = 0.2


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def extracted(documents: Iterable[Document], build: Callable[[], Any], jobs: int = 1,
              batch: int = BATCH) -> Iterator[Result]:
    """Each document with its sentence offsets and claims, in input order.

    ``build`` makes the pipeline (a picklable callable, e.g. a ``functools.partial``
    of :func:`factcheck.pipeline.make_nlp`); it is called only if a document arrives.
    """
    stream = iter(documents)
    head = list(islice(stream, batch * jobs if jobs > 1 else 1))
    if not head:
        return
    rest = chain(head, stream)
    if jobs <= 1 or len(head) < batch * jobs:
        yield from _serial(build(), rest)
        return
    yield from _pooled(rest, build, jobs, batch)


def _serial(nlp: Any, documents: Iterable[Document]) -> Iterator[Result]:
    from .pipeline import extract

    yield from extract(nlp, documents)


def _pooled(documents: Iterator[Document], build: Callable[[], Any], jobs: int, batch: int) -> Iterator[Result]:
    global _nlp
    pending: deque[Future[list[Result]]] = deque()
    forking = "fork" in mp.get_all_start_methods()
    if forking:  # built once here, shared with the forked workers (copy-on-write)
        _nlp = build()
    context = mp.get_context("fork") if forking else None
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(build,)) as pool:
        try:
            while True:
                while len(pending) < jobs:
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


def _work(documents: list[Document]) -> list[Result]:
    return list(_serial(_nlp, documents))
