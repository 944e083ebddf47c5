"""Documents -> extracted documents on Dask distributed workers (``extract --scheduler``).

The client (this process) reads the files, skips unchanged ones and stores;
a task of ``BATCH`` documents runs :func:`factcheck.parallel.compute` on a
worker, which builds the pipeline once per run (and per worker thread) and
keeps it. At most ``AHEAD`` tasks per worker thread are in flight: an
archive is streamed, never submitted whole. Results are taken as they
complete (``distributed.as_completed``) and handed on in input order, so the
ledger is the one a single process stores (document and claim ids, which of
two syndicated copies is the original) whatever the workers' timing; a slow
document holds back at most the window.

A task whose worker dies is run again on another (the scheduler's
``distributed.scheduler.allowed-failures``, 3 by default), one that raises is
retried ``RETRIES`` times; a task that still fails is split into one task per
document, and a document that fails on its own comes back as a ``ReadError``
naming it. ``distributed`` is imported only here, and this
module only when a scheduler is named.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from .model import Document, ReadError
from .parallel import BATCH, Result, compute

#: Tasks (of ``BATCH`` documents) in flight per worker thread.
AHEAD = 4
#: Retries of a task that raised (a worker's death is the scheduler's ``allowed-failures``).
RETRIES = 2
#: Seconds to reach a scheduler, and to wait for its first worker.
CONNECT_TIMEOUT = 10
#: The scheduler of ``--scheduler local``: a worker holds one document per thread, so a document that
#: crashes its worker takes no other document down with it.
LOCAL_CONFIG = {"distributed.scheduler.worker-saturation": 1.0}
#: Pipelines a worker thread keeps (one per run; another run's evicts the oldest).
KEEP = 2


class ClusterError(RuntimeError):
    """The scheduler cannot be used: the extra is missing, it is unreachable, it has no workers."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:
        raise ClusterError("--scheduler needs Dask distributed: pip install 'factcheck[dask]'") from exc
    return distributed


def check() -> None:
    """Raise ``ClusterError`` when Dask distributed is not installed."""
    _distributed()


@contextmanager
def connect(scheduler: str, workers: int) -> Iterator[Any]:
    """A Dask client: of a ``LocalCluster`` of ``workers`` processes for ``local``, else of ``scheduler``."""
    distributed = _distributed()
    if scheduler == "local":
        import dask

        with dask.config.set(LOCAL_CONFIG), \
                distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         dashboard_address=None, silence_logs=logging.CRITICAL) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    try:
        client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
    with client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"the Dask scheduler at {scheduler} has no workers"
                               f" (none joined in {CONNECT_TIMEOUT}s)") from exc
        yield client


def dask_extracted(documents: Iterable[Document], build: Callable[[], Any], scheduler: str,
                   workers: int = 1, batch: int = BATCH) -> Iterator[Result | ReadError]:
    """Each document extracted on the Dask workers of ``scheduler``, in input order.

    ``build`` makes the pipeline on a worker (picklable; the package must be
    installed there). Nothing is sent, and no cluster started, before the first document.
    """
    stream = iter(documents)
    head = list(islice(stream, batch))
    if not head:
        return
    distributed = _distributed()
    run = uuid.uuid4().hex  # a worker builds the pipeline once for this run
    with connect(scheduler, workers) as client:
        window = AHEAD * max(1, sum(client.nthreads().values())) * batch  # documents in flight or waiting
        pending: dict[Any, list[tuple[int, Document]]] = {}  # future -> its documents and their positions
        arrived: dict[int, Result | ReadError] = {}
        flow = distributed.as_completed()
        read = stored = 0

        def submit(documents: list[tuple[int, Document]]) -> None:
            future = client.submit(_extract, [d for _, d in documents], build, run, pure=False, retries=RETRIES,
                                   key=f"factcheck-{run}-{documents[0][0]}-{len(documents)}")
            pending[future] = documents
            flow.add(future)

        def more(documents: Iterable[Document]) -> None:
            nonlocal read
            while chunk := list(islice(documents, batch)):
                submit(list(enumerate(chunk, read)))
                read += len(chunk)

        more(iter(head))
        try:
            for future in flow:
                documents = pending.pop(future)
                try:
                    results: list[Result | ReadError] = future.result()
                except Exception as exc:
                    if len(documents) > 1:  # which of them fails? each on its own
                        for item in documents:
                            submit([item])
                        continue
                    results = [_failure(documents[0][1], exc, distributed.KilledWorker)]
                finally:
                    future.release()
                arrived.update((position, r) for (position, _), r in zip(documents, results, strict=True))
                while stored in arrived:
                    yield arrived.pop(stored)
                    stored += 1
                room = window - len(arrived) - sum(map(len, pending.values()))
                more(islice(stream, max(0, room // batch) * batch))
        finally:
            client.cancel(list(pending))


def _failure(document: Document, exc: Exception, killed: type[Exception]) -> ReadError:
    if isinstance(exc, killed):
        return ReadError(document.source, "a Dask worker died while extracting it, each time it was tried")
    return ReadError(document.source, f"extraction failed on a Dask worker: {type(exc).__name__}: {exc}")


_local = threading.local()


def _extract(documents: list[Document], build: Callable[[], Any], run: str) -> list[Result | ReadError]:
    """On a worker: ``documents`` through this thread's pipeline for ``run`` (built on first use)."""
    pipelines: dict[str, Any] = _local.__dict__.setdefault("pipelines", {})
    nlp = pipelines.get(run)
    if nlp is None:
        while len(pipelines) >= KEEP:
            pipelines.pop(next(iter(pipelines)))
        nlp = pipelines[run] = build()
    return list(compute(nlp, documents))
