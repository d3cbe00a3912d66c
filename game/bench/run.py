"""Turns ``heat bench`` arguments into one scenario run."""

from __future__ import annotations

import argparse
import sys


def run_bench_command(args: argparse.Namespace) -> int:
    if args.mission is not None and args.scenario not in ("headless", "busiest"):
        print(f"heat bench: MISSION is for --scenario headless or busiest, not "
              f"{args.scenario}", file=sys.stderr)
        return 2
    if args.compare:
        from game.bench.compare import run_compare

        return run_compare(args.frames or 300)
    if args.scenario == "combat":
        from game.bench.combat import run_combat_bench

        return run_combat_bench(args.frames or 600, args.agents or 100)
    if args.scenario == "headless":
        from game.bench.headless import run_headless_bench

        return run_headless_bench(args.mission, args.frames or 36000)
    if args.scenario == "busiest":
        from game.bench.busiest import run_busiest_bench

        return run_busiest_bench(args.mission or "downtown", args.frames or 600)
    if args.scenario == "growth":
        from game.bench.growth import run_growth_bench

        return run_growth_bench(args.frames or 120, args.sizes)
    if args.scenario == "startup":
        from game.bench.startup import run_startup_bench

        return run_startup_bench(args.frames or 5)
    from game.bench.stress import run_bench

    return run_bench(args.frames or 600, args.agents or 200, args.projectiles)
