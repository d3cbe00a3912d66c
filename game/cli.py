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

    bench = commands.add_parser("bench", help="time the sim and renderer on a stress scene")
    bench.add_argument("--scenario", choices=SCENARIOS, default="stress",
                       help="stress: sim and renderer on 200 agents (default); combat: 100 AIs "
                       "fighting, the AI's share; headless: every shipped mission (or MISSION) "
                       "with the bot, x real time; busiest: a mission at its busiest, sim + "
                       "render; growth: tick cost against agents and rounds; startup: launch "
                       "to title")
    bench.add_argument("mission", nargs="?", default=None, metavar="MISSION",
                       help="headless: one mission instead of all; busiest: the mission "
                       "(armored-car by default)")
    bench.add_argument("--compare", action="store_true",
                       help="HEAT against its peers in one run: map draw vs pyscroll, "
                       "movement + collision vs esper (pip install 'heat-game[bench]')")
    bench.add_argument("--frames", type=_positive, default=None, metavar="N",
                       help="frames or ticks to time (each scenario has its own default)")
    bench.add_argument("--agents", type=_positive, default=None, metavar="N",
                       help="200 for stress, 100 for combat")
    bench.add_argument("--projectiles", type=_positive, default=300, metavar="N")
    bench.add_argument("--sizes", type=_sizes, default=None, metavar="N,N,...",
                       help="growth: the agent counts to try (projectiles scale with them)")
    return parser


def _mission_args(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("mission", metavar="MISSION_OR_MAP",
                     help="a mission id (sandbox) or a path to a .tmx map")
    sub.add_argument("--seed", type=int, default=0, metavar="N")
    sub.add_argument("--side", choices=("crew", "lapd"), default="crew")


SCENARIOS = ("stress", "combat", "headless", "busiest", "growth", "startup")


def _sizes(text: str) -> tuple[int, ...]:
    return tuple(_positive(part) for part in text.split(","))


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
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "check-map":
            from game.level.check_map import check_maps

            return check_maps(args.paths)
        if args.command == "bench":
            return _bench(args)
        from game.app import run_app

        return run_app(args)
    except Exception as err:  # the error types are imported only when one happens
        line = _one_line(err)
        if line is None:
            raise
        print(line, file=sys.stderr)
    return 1


def _one_line(err: Exception) -> str | None:
    """What to print for a bad map, mission or replay; None for anything else (a bug).
    Imported here, not at the top: the title screen must not wait for the whole sim."""
    from game.level.errors import MapError
    from game.level.missions import UnknownMissionError
    from game.replay import ReplayError

    if isinstance(err, MapError):
        return "\n".join(err.lines())
    if isinstance(err, UnknownMissionError | ReplayError):
        return f"heat: {err}"
    return None


def _bench(args: argparse.Namespace) -> int:
    from game.bench.run import run_bench_command

    return run_bench_command(args)


def _run(args: argparse.Namespace) -> int:
    from game.headless import run_headless

    if args.ticks is None and args.replay is None:
        print("heat run: give --ticks N (or --replay FILE)", file=sys.stderr)
        return 2
    report = run_headless(args.mission, args.ticks, args.seed, args.side, args.bot, args.replay)
    print(json.dumps(report))
    return 0
