"""Generate a corpus of Hindi articles for scale benchmarks, written one file at a time.

    python scripts/gen_corpus.py OUT_DIR N [--seed 0] corpus/ tests/data/dev/docs

Each article is one of the template articles (the folders given) with its
figures varied (every number scaled by a random factor), its states swapped
for others (so stories and subjects vary) and a publication date spread over
three years, in a ``sources.csv`` beside the files. Nothing is held in memory
but the templates.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from datetime import date, timedelta
from pathlib import Path

#: States named in the templates, swapped among themselves.
STATES = ["रूस", "यूक्रेन", "उत्तर कोरिया", "चीन", "जापान", "ईरान", "इजरायल", "पाकिस्तान", "नेपाल", "अमेरिका",
          "भारत", "बांग्लादेश", "श्रीलंका", "तुर्की"]
_STATE = re.compile("|".join(sorted(map(re.escape, STATES), key=len, reverse=True)))
_NUMBER = re.compile(r"(?<![\d,.])\d{2,}(?:,\d{2,3})*(?![\d,.])")


def templates(folders: list[Path]) -> list[str]:
    return [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.glob("*.txt"))]


def vary(text: str, rnd: random.Random) -> str:
    """``text`` with its numbers scaled and its states permuted."""
    swap = dict(zip(STATES, rnd.sample(STATES, len(STATES)), strict=True))
    factor = rnd.choice([0.5, 0.8, 0.9, 1.0, 1.1, 1.25, 2.0, 3.0])

    def number(m: re.Match[str]) -> str:
        digits = m.group().replace(",", "")
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return m.group()  # a year
        return str(max(1, round(int(digits) * factor)))

    return _NUMBER.sub(number, _STATE.sub(lambda m: swap[m.group()], text))


def generate(out: Path, n: int, folders: list[Path], seed: int = 0) -> None:
    out.mkdir(parents=True, exist_ok=True)
    base = templates(folders)
    start = date(2023, 1, 1)
    with open(out / "sources.csv", "w", encoding="utf-8", newline="") as fh:
        index = csv.writer(fh)
        index.writerow(["file", "url", "published", "outlet"])
        for i in range(n):
            rnd = random.Random(seed * 1_000_003 + i)
            name = f"{i:06d}.txt"
            (out / name).write_text(vary(base[i % len(base)], rnd), encoding="utf-8")
            day = start + timedelta(days=rnd.randrange(3 * 365))
            index.writerow([name, f"https://example.in/{i}", day.isoformat(), f"Outlet {rnd.randrange(20)}"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("n", type=int)
    ap.add_argument("templates", type=Path, nargs="+")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    generate(args.out, args.n, args.templates, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
