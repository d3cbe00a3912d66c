"""Fuzz the real command line with damaged maps: each case goes through ``heat check-map`` and
``heat run`` as subprocesses with a time limit; tracebacks, hangs, crashes (signals) and lines
that name no file are counted and the worst cases listed.

    python tools/fuzz_maps.py --cases 2000 --seed 0 --jobs 2
"""

from __future__ import annotations

import argparse
import collections
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.map_mutator import make_case

LINE = re.compile(r"^(heat: )?(?P<file>[^:\n]+\.(tmx|tsx|tx|png|tiled-project)):.+ — .+$")
TIMEOUT_S = 20.0


def run_case(seed: int) -> list[tuple[str, str]]:
    """The findings of one case: (kind, detail) pairs; none for a case handled well."""
    findings = []
    with tempfile.TemporaryDirectory() as folder:
        case = make_case(seed, Path(folder))
        for args in (["check-map", str(case.map_path)],
                     ["run", str(case.map_path), "--ticks", "120"]):
            findings += _judge(seed, case.mutations, args)
    return findings


def _judge(seed: int, mutations: tuple[str, ...], args: list[str]) -> list[tuple[str, str]]:
    label = f"seed {seed} {args[0]} {'+'.join(mutations)}"
    try:
        done = subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                              text=True, timeout=TIMEOUT_S, check=False,
                              env={**os.environ, "SDL_VIDEODRIVER": "dummy",
                                   "SDL_AUDIODRIVER": "dummy"})
    except subprocess.TimeoutExpired:
        return [("hang", label)]
    if done.returncode < 0:
        return [("crash", f"{label}: signal {-done.returncode}")]
    if "Traceback" in done.stderr:
        return [("traceback", f"{label}: {done.stderr.strip().splitlines()[-1][:200]}")]
    if args[0] == "run" and done.returncode == 0:
        return []  # a JSON report on stdout
    unnamed = [line for line in done.stderr.splitlines() if not LINE.match(line)]
    if unnamed:
        return [("unnamed line", f"{label}: {unnamed[0][:200]}")]
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0, help="first seed")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    seeds = range(args.seed, args.seed + args.cases)
    with ThreadPoolExecutor(args.jobs) as pool:
        for done, findings in enumerate(pool.map(run_case, seeds), 1):
            for kind, detail in findings:
                counts[kind] += 1
                examples[kind].append(detail)
                print(f"  {kind}: {detail}", flush=True)
            if done % 50 == 0:
                print(f"{done}/{args.cases} cases, {sum(counts.values())} findings", flush=True)
    print(f"{args.cases} cases (seeds {args.seed}..{args.seed + args.cases - 1}), "
          f"{2 * args.cases} subprocesses")
    for kind in ("traceback", "hang", "crash", "unnamed line"):
        print(f"  {kind}: {counts[kind]}")
        for detail in examples[kind][:5]:
            print(f"    {detail}")
    return 1 if counts else 0


if __name__ == "__main__":
    sys.exit(main())
