"""The ``heat`` command line: play, run headless, check maps, benchmark."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from game import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="heat", description="HEAT: a top-down crime-action game. With no command, "
        "opens the title screen.")
    parser.add_argument("--version", action="version", version=f"heat {__version__}")
    parser.add_argument("--windowed", action="store_true", help="ignore the fullscreen setting")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", help="play a mission or a .tmx map in a window")
    _mission_args(play)
    play.add_argument("--record", type=Path, metavar="FILE", help="save a replay of the run")
    play.add_argument("--bot", action="store_true", help="demo: the scripted bot plays")
    play.add_argument("--windowed", action="store_true", help="ignore the fullscreen setting")

    run = commands.add_parser("run", help="run a mission headless and print a JSON report")
    _mission_args(run)
    run.add_argument("--ticks", type=_positive, metavar="N",
                     help="ticks to simulate (60 per second); a replay's own length if omitted")
    run.add_argument("--bot", action="store_true", help="let the scripted bot play")
    run.add_argument("--replay", type=Path, metavar="FILE", help="play back a recorded replay")

    check = commands.add_parser("check-map", help="check maps and list every problem")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    snap = commands.add_parser("snapshot", help="save the frame a player sees at a tick (headless)")
    _mission_args(snap)
    snap.add_argument("--tick", type=_positive, required=True, metavar="N")
    snap.add_argument("--bot", action="store_true", help="let the scripted bot play until then")
    snap.add_argument("--out", type=Path, required=True, metavar="FILE.png")

    bench = commands.add_parser("bench", help="time the sim and renderer on a stress scene")
    bench.add_argument("--scenario", choices=("stress", "combat"), default="stress",
                       help="stress: sim and renderer (default); combat: 100 AIs fighting, "
                       "the AI's share of the tick")
    bench.add_argument("--frames", type=_positive, default=600, metavar="N")
    bench.add_argument("--agents", type=_positive, default=None, metavar="N",
                       help="200 for stress, 100 for combat")
    bench.add_argument("--projectiles", type=_positive, default=300, metavar="N")
    return parser


def _mission_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("mission", metavar="MISSION_OR_MAP",
                     help="a mission id (sandbox) or a path to a .tmx map")
    sub.add_argument("--seed", type=int, default=0, metavar="N")
    sub.add_argument("--side", choices=("crew", "lapd"), default="crew")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    from game.level.errors import MapError
    from game.level.missions import UnknownMissionError
    from game.replay import ReplayError

    try:
        if args.command == "run":
            return _run(args)
        if args.command == "check-map":
            from game.level.check_map import check_maps

            return check_maps(args.paths)
        if args.command == "bench":
            return _bench(args)
        if args.command == "snapshot":
            from game.snapshot import take_snapshot

            return take_snapshot(args.mission, args.tick, args.seed, args.side, args.bot, args.out)
        from game.app import run_app

        return run_app(args)
    except MapError as err:
        print("\n".join(err.lines()), file=sys.stderr)
    except (UnknownMissionError, ReplayError) as err:
        print(f"heat: {err}", file=sys.stderr)
    return 1


def _bench(args: argparse.Namespace) -> int:
    if args.scenario == "combat":
        from game.bench_combat import run_combat_bench

        return run_combat_bench(args.frames, args.agents or 100)
    from game.bench import run_bench

    return run_bench(args.frames, args.agents or 200, args.projectiles)


def _run(args: argparse.Namespace) -> int:
    from game.headless import run_headless

    if args.ticks is None and args.replay is None:
        print("heat run: give --ticks N (or --replay FILE)", file=sys.stderr)
        return 2
    report = run_headless(args.mission, args.ticks, args.seed, args.side, args.bot, args.replay)
    print(json.dumps(report))
    return 0
