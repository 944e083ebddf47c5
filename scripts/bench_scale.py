"""Scale benchmark: memory over archive size, --jobs, the comparison pass, an unchanged re-run.

    python scripts/bench_scale.py [--small 1000] [--large 20000] [--claims 200000] [--work DIR] [--repeat 3]

Runs ``factcheck`` as a separate process under ``/usr/bin/time -v`` and prints:

- peak RSS of ``extract --jobs 1`` over ``--small`` and ``--large`` generated articles
  (``scripts/gen_corpus.py``; target: the large run within 1.3x of the small one);
- wall time of ``extract --jobs 1`` vs ``--jobs 2`` on the small corpus (target: 1.7x), ``--repeat``
  times, the best ratio and the spread; then ``--scheduler local --jobs 2`` (Dask) when installed;
- wall time of ``extract`` again over the unchanged small corpus;
- time and peak RSS of ``conflicts`` over ``--claims`` claims: the small corpus's
  claims copied into synthetic documents with varied figures, subjects and dates.

Wall times on a machine shared with other work move with its load; the script
prints the load average beside them. Not part of ``make test``.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from gen_corpus import generate  # noqa: E402

from factcheck.ledger import Ledger  # noqa: E402
from factcheck.model import Document  # noqa: E402

TEMPLATES = [ROOT / "corpus", ROOT / "tests" / "data" / "dev" / "docs"]
FACTCHECK = [sys.executable, "-c", "import sys; from factcheck.cli import main; sys.argv[0] = 'factcheck'; main()"]
SUBJECTS = ["Russia", "Ukraine", "North Korea", "China", "Japan", "Iran", "Israel", "Pakistan", "Nepal",
            "United States", "India", "Bihar", "Odisha", "BJP", "Congress", ""]


def timed(*args: str) -> tuple[float, int, float]:
    """(wall seconds, peak RSS in kB, CPU seconds of it and its workers) of ``factcheck ARGS``."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        proc = subprocess.run(["/usr/bin/time", "-v", "-o", report.name, *FACTCHECK, *args],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if proc.returncode:
            sys.exit(f"factcheck {' '.join(args)} failed: {proc.stderr.strip()[-500:]}")
        text = report.read()
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", text)
    assert wall, text
    h, m, s = wall.groups()
    seconds = int(h or 0) * 3600 + int(m) * 60 + float(s)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
    assert rss, text
    cpu = sum(float(x) for x in re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", text))
    return seconds, int(rss.group(1)), cpu


def say(line: str) -> None:
    print(line, flush=True)


def load() -> str:
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def corpus(work: Path, n: int) -> Path:
    out = work / f"corpus{n}"
    if not (out / "sources.csv").exists():
        generate(out, n, TEMPLATES)
    return out


def many_claims(source_db: Path, target_db: Path, n: int, per_doc: int = 20) -> int:
    """A ledger of ``n`` claims: ``source_db``'s claims in new documents, figures, subjects and dates varied."""
    from factcheck.stories import form_stories

    with Ledger(source_db) as src:
        base = [c for c in src.claims() if c.kind != "date"]
    rnd = random.Random(0)
    made = 0
    with Ledger(target_db) as ledger:
        d = 0
        while made < n:
            day = date(2022, 1, 1) + timedelta(days=rnd.randrange(3 * 365))
            picked = [base[rnd.randrange(len(base))] for _ in range(min(per_doc, n - made))]
            text = "\n".join(c.sentence for c in picked)
            doc = Document(source=f"gen/{d:07d}.txt", text=text, sha256=f"{d:064x}", published=day.isoformat(),
                           published_origin="metadata", outlet=f"Outlet {d % 25}",
                           profile={"events": {rnd.choice(["conflict", "quake", "election", "flood"]): 3},
                                    "names": {rnd.choice(SUBJECTS[:-1]): 5}, "years": {}, "yearless": 0})
            claims, sentences, at = [], [], 0
            for i, c in enumerate(picked):
                factor = rnd.choice([0.5, 0.9, 1.0, 1.0, 1.1, 2.0])
                low = None if c.value_low is None else c.value_low * factor
                high = None if c.value_high is None else c.value_high * factor
                start = at + max(c.sentence.find(c.text), 0)
                claims.append(replace(c, sentence_index=i, start=start, end=start + len(c.text),
                                      value_low=low, value_high=high, subject=rnd.choice(SUBJECTS)))
                sentences.append((at, at + len(c.sentence)))
                at += len(c.sentence) + 1
            ledger.store(doc, sentences, claims)
            made += len(claims)
            d += 1
        ledger.set_stories(form_stories(ledger.profiles()))
    return made


def _has_dask() -> bool:
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--large", type=int, default=20000)
    ap.add_argument("--claims", type=int, default=200_000)
    ap.add_argument("--work", type=Path, help="keep generated corpora and ledgers here")
    ap.add_argument("--repeat", type=int, default=3, help="times to measure --jobs 1 against --jobs 2")
    ap.add_argument("--dask", action=argparse.BooleanOptionalAction, default=_has_dask(),
                    help="also time --scheduler local (default: when the dask extra is installed)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        small = corpus(work, args.small)
        for f in work.glob("*.db*"):
            f.unlink()
        t1, rss_small, c1 = timed("extract", str(small), "--db", str(work / "j1.db"), "--jobs", "1")
        say(f"extract {args.small:,} articles --jobs 1: {t1:.1f}s ({c1:.1f}s CPU), peak RSS {rss_small / 1024:.0f} MB"
            f"  ({load()})")
        t_re, _, c_re = timed("extract", str(small), "--db", str(work / "j1.db"))
        say(f"extract again, {args.small:,} unchanged articles: {t_re:.2f}s ({c_re:.2f}s CPU,"
            f" {100 * c_re / c1:.0f}% of the first run's)")
        ratios = []
        for i in range(args.repeat):
            if i:
                (work / "j1.db").unlink()
                t1, _, c1 = timed("extract", str(small), "--db", str(work / "j1.db"), "--jobs", "1")
                say(f"extract {args.small:,} articles --jobs 1: {t1:.1f}s ({c1:.1f}s CPU)  ({load()})")
            for f in work.glob("j2.db*"):
                f.unlink()
            t2, rss2, c2 = timed("extract", str(small), "--db", str(work / "j2.db"), "--jobs", "2")
            ratios.append(t1 / t2)
            say(f"extract {args.small:,} articles --jobs 2: {t2:.1f}s ({c2:.1f}s CPU in all processes),"
                f" peak RSS {rss2 / 1024:.0f} MB per process -> {t1 / t2:.2f}x wall (target >= 1.7x);"
                f" on two idle cores at most {2 * c1 / c2:.2f}x  ({load()})")
        if len(ratios) > 1:
            say(f"--jobs 2 over --jobs 1, {len(ratios)} runs: best {max(ratios):.2f}x, spread"
                f" {min(ratios):.2f}x..{max(ratios):.2f}x (a shared machine's load moves it)")
        if args.dask:
            for f in work.glob("d2.db*"):
                f.unlink()
            td, _, cd = timed("extract", str(small), "--db", str(work / "d2.db"), "--scheduler", "local",
                              "--jobs", "2")
            say(f"extract {args.small:,} articles --scheduler local --jobs 2 (Dask, two worker processes):"
                f" {td:.1f}s ({cd:.1f}s CPU in the client and scheduler) -> {t1 / td:.2f}x the last --jobs 1"
                f"  ({load()})")
        if args.claims:
            made = many_claims(work / "j1.db", work / "claims.db", args.claims)
            tc, rss_c, cc = timed("conflicts", "--db", str(work / "claims.db"), "--format", "csv", "-o", os.devnull)
            say(f"conflicts over {made:,} claims: {tc:.1f}s ({cc:.1f}s CPU), peak RSS {rss_c / 1024:.0f} MB"
                f"  ({load()})")
        if args.large:
            large = corpus(work, args.large)
            tl, rss_large, cl = timed("extract", str(large), "--db", str(work / "large.db"), "--jobs", "1")
            say(f"extract {args.large:,} articles --jobs 1: {tl:.1f}s ({cl:.1f}s CPU), peak RSS"
                f" {rss_large / 1024:.0f} MB = {rss_large / rss_small:.2f}x the {args.small:,}-article run"
                f" (target <= 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
