"""Benchmark: the factcheck pipeline against bare ``spacy.blank("hi")`` tokenisation.

    python scripts/bench.py corpus/ [--repeat 20]

Prints documents/s for both, the ratio (target: at most 3x), and how many
numbers the numeral grammar recognises per second. Exits 1 when the pipeline
is over the target.
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
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--repeat", type=int, default=20, help="copies of the corpus per run")
    args = ap.parse_args(argv)

    docs = [d for d in iter_documents([str(args.folder)]) if isinstance(d, Document)]
    texts = [d.text for d in docs] * args.repeat
    chars = sum(map(len, texts))

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
    print(f"corpus: {len(texts)} documents, {chars:,} characters")
    print(f"spacy.blank('hi') tokenisation: {t_blank:.3f}s  ({len(texts) / t_blank:,.0f} docs/s)")
    print(f"factcheck pipeline:             {t_full:.3f}s  ({len(texts) / t_full:,.0f} docs/s)")
    print(f"ratio: {ratio:.2f}x (target <= {TARGET:.0f}x)")
    print(f"numerals: {found:,} numbers in {t_num:.3f}s = {found / t_num:,.0f} numbers/s")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
