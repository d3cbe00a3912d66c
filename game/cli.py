"""The ``heat`` command line: play, run headless, list missions, check maps, benchmark.

Every failure is one line on stderr and a non-zero exit: bad arguments (exit 2), bad input
files (exit 1), and output that cannot be written — a full disk, a closed stdout or a closed
pipe (exit 1), checked by flushing before exit so that nothing fails at interpreter shutdown.
"""

from __future__ import annotations

import argparse
import errno
import io
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO, NoReturn

from game import __version__

OUTPUT_ERRORS = frozenset({errno.EPIPE, errno.ENOSPC, errno.EBADF, errno.EIO, errno.EFBIG,
                           getattr(errno, "EDQUOT", errno.ENOSPC)})
MAX_SEED = 2**63 - 1
MAX_TICKS = 60 * 60 * 60 * 4  # four hours of play; the same cap as a replay's length


class OneLineParser(argparse.ArgumentParser):
    """argparse that reports a bad command line in one line instead of usage plus error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} — see '{self.prog} --help'\n")

    def _print_message(self, message: str, file: IO[str] | None = None) -> None:
        """Help and version text: unlike argparse, a closed or full stdout is not ignored."""
        if message:
            (file or sys.stderr).write(message)


class OutputError(Exception):
    """Standard output cannot take what the command prints."""


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="heat", description="HEAT: a top-down crime-action game. With no command, "
        "opens the title screen.")
    parser.add_argument("--version", action="version", version=f"heat {__version__}")
    parser.add_argument("--windowed", action="store_true", help="ignore the fullscreen setting")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    play = commands.add_parser("play", help="play a mission or a .tmx map in a window; with "
                               "no mission, the title screen and the campaign")
    _mission_args(play, optional=True)
    play.add_argument("--record", type=Path, metavar="FILE", help="save a replay of the run")
    play.add_argument("--bot", action="store_true",
                      help="the scripted bot plays every mission (a demo; testers use it to "
                      "get through the campaign)")
    play.add_argument("--windowed", action="store_true", help="ignore the fullscreen setting")

    run = commands.add_parser("run", help="run a mission headless and print a JSON report")
    _mission_args(run)
    run.add_argument("--ticks", type=_positive, metavar="N",
                     help="ticks to simulate (60 per second); a replay's own length if omitted")
    run.add_argument("--bot", action="store_true", help="let the scripted bot play")
    run.add_argument("--replay", type=Path, metavar="FILE", help="play back a recorded replay")
    run.add_argument("--ghost", type=Path, metavar="REPLAY.json",
                     help="a rematch: play --side against this run of the other side, its "
                     "character driven by the recording until the run strays from it")

    listing = commands.add_parser("list", help="list every mission with its sides and title")
    listing.add_argument("--json", action="store_true", help="print one JSON array instead")

    check = commands.add_parser("check-map", help="check maps and list every problem")
    check.add_argument("paths", nargs="+", type=Path, metavar="PATH")

    snap = commands.add_parser("snapshot", help="save the frame a player sees at a tick (headless)")
    _mission_args(snap)
    snap.add_argument("--tick", type=_positive, required=True, metavar="N")
    snap.add_argument("--bot", action="store_true", help="let the scripted bot play until then")
    snap.add_argument("--out", type=Path, required=True, metavar="FILE.png")

    bench = commands.add_parser("bench", help="time the sim and renderer on a stress scene")
    bench.add_argument("--scenario", choices=SCENARIOS, default="stress",
                       help="stress: sim and renderer on 200 agents (default); combat: 100 AIs "
                       "fighting, the AI's share; headless: every shipped mission (or MISSION) "
                       "with the bot, x real time; busiest: a mission at its busiest, sim + "
                       "render; growth: tick cost against agents and rounds; startup: launch "
                       "to title")
    bench.add_argument("mission", nargs="?", default=None, metavar="MISSION",
                       help="headless: one mission instead of all; busiest: the mission "
                       "(downtown, the busiest, by default)")
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


def _mission_args(sub: argparse.ArgumentParser, optional: bool = False) -> None:
    sub.add_argument("mission", metavar="MISSION_OR_MAP", nargs="?" if optional else None,
                     default=None, help="a mission id (sandbox) or a path to a .tmx map")
    sub.add_argument("--seed", type=_seed, default=0, metavar="N")
    sub.add_argument("--side", choices=("crew", "lapd"), default="crew")


SCENARIOS = ("stress", "combat", "headless", "busiest", "growth", "startup")


def _sizes(text: str) -> tuple[int, ...]:
    return tuple(_positive(part) for part in text.split(",")[:20])


def _whole(text: str, low: int, high: int) -> int:
    try:
        value = int(text) if len(text) <= 30 else None
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"'{text[:30]}' is not a whole number")
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"'{text}' must be from {low} to {high}")
    return value


def _positive(text: str) -> int:
    return _whole(text, 1, MAX_TICKS)


def _seed(text: str) -> int:
    return _whole(text, -MAX_SEED, MAX_SEED)


def main(argv: Sequence[str] | None = None) -> int:
    if sys.stdout is None:  # started with fd 1 closed: printing must fail, not vanish
        sys.stdout = ClosedOutput()
    try:
        try:
            code = _dispatch(build_parser().parse_args(argv))
        except SystemExit as done:  # --help, --version and usage errors end here
            code = done.code if isinstance(done.code, int) else (0 if done.code is None else 2)
        except KeyboardInterrupt:
            code = 130
        sys.stdout.flush()
    except OutputError as err:
        return _output_failed(str(err))
    except OSError as err:
        if err.errno not in OUTPUT_ERRORS or err.filename is not None:
            raise
        return _output_failed(err.strerror or type(err).__name__)
    return code


class ClosedOutput(io.TextIOBase):
    """Stands in for a closed stdout: any text written to it is an OutputError."""

    def write(self, text: str) -> int:
        if text:
            raise OutputError("standard output is closed")
        return 0


def _output_failed(why: str) -> int:
    """One line, then point stdout at nothing so the interpreter's own final flush is quiet."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (AttributeError, OSError, ValueError):
        pass
    print(f"heat: cannot write the output: {why}", file=sys.stderr)
    return 1


def emit(text: str) -> None:
    """Print one result line to stdout (a closed or full stdout raises, see ``main``)."""
    print(text)


def _dispatch(args: argparse.Namespace) -> int:
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "list":
            return _list(args)
        if args.command == "check-map":
            from game.level.check_map import check_maps

            return check_maps(args.paths)
        if args.command == "bench":
            return _bench(args)
        if args.command == "snapshot":
            from game.snapshot import take_snapshot

            return take_snapshot(args.mission, args.tick, args.seed, args.side, args.bot, args.out)
        if getattr(args, "record", None) is not None:
            from game.replay import check_can_record

            check_can_record(args.record)  # at start, not after the whole run
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

    if args.ghost is not None:
        from game.rematch import run_rematch_headless

        if args.replay is not None:
            print("heat run: give --ghost or --replay, not both", file=sys.stderr)
            return 2
        emit(json.dumps(run_rematch_headless(args.mission, args.ghost, args.side, args.ticks,
                                             args.bot)))
        return 0
    if args.ticks is None and args.replay is None:
        print("heat run: give --ticks N (or --replay FILE)", file=sys.stderr)
        return 2
    report = run_headless(args.mission, args.ticks, args.seed, args.side, args.bot, args.replay)
    emit(json.dumps(report))
    return 0


def _list(args: argparse.Namespace) -> int:
    from game.level.missions import list_missions

    missions = list_missions()
    if args.json:
        emit(json.dumps([{"id": m.id, "sides": list(m.sides), "title": m.title,
                          "map": m.map_file} for m in missions]))
        return 0
    for m in missions:
        emit(f"{m.id:<16} {','.join(m.sides):<10} {m.title}")
    return 0
