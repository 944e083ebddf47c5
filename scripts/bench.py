"""Benchmark: the factcheck pipeline against bare ``spacy.blank("hi")`` tokenisation.

    python scripts/bench.py corpus/ tests/data/dev/docs [--repeat 20]

Prints documents/s and words/s for both, the ratio (target: at most 3x), and
how many numbers the numeral grammar recognises per second. Times are the
process's CPU time (best of three), so that other work on a shared machine
does not move the ratio. Exits 1 when the pipeline is over the target.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

from factcheck.documents import iter_documents
from factcheck.lang.numerals import find_quantities, has_number
from factcheck.lang.sentences import split_sentences
from factcheck.model import Document
from factcheck.normalize import fold
from factcheck.pipeline import make_nlp, process

TARGET = 3.0


def best_of(runs: int, fn) -> float:
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        times.append(time.process_time() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", type=Path, nargs="+")
    ap.add_argument("--repeat", type=int, default=10, help="copies of the corpus per run")
    args = ap.parse_args(argv)

    docs = [d for d in iter_documents([str(f) for f in args.folders]) if isinstance(d, Document)]
    texts = [d.text for d in docs] * args.repeat
    chars = sum(map(len, texts))
    words = sum(len(t.split()) for t in texts)

    blank = spacy.blank("hi")
    nlp = make_nlp()
    list(process(nlp, docs[:1]))  # warm up: load word lists and gazetteer

    t_blank = best_of(3, lambda: list(blank.pipe(texts, batch_size=16)))
    t_full = best_of(3, lambda: list(process(nlp, (d for _ in range(args.repeat) for d in docs))))

    sentences = []
    for text in texts:
        folded, _ = fold(text)
        sentences += [folded[s:e] for s, e in split_sentences(folded)]
    found = 0

    def numerals() -> None:
        nonlocal found
        found = sum(len(find_quantities(s)) for s in sentences if has_number(s))

    t_num = best_of(3, numerals)

    ratio = t_full / t_blank
    print(f"corpus: {len(texts)} documents, {words:,} words, {chars:,} characters")
    for label, t in (("spacy.blank('hi') tokenisation", t_blank), ("factcheck pipeline", t_full)):
        print(f"{label + ':':32}{t:.3f}s CPU  ({len(texts) / t:,.0f} docs/s, {words / t:,.0f} words/s)")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET:.0f}x)")
    print(f"numerals: {found:,} numbers in {t_num:.3f}s = {found / t_num:,.0f} numbers/s")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
