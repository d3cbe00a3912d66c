"""A conduct ledger rebuilt from MissionState.casualties, for a world that kept none (an old
save, a test that builds a MissionState by hand)."""

from __future__ import annotations

from itertools import count

from game.sim.conduct import Conduct
from game.sim.mission import MissionState

KINDS = {"civilian hurt": "civilians_hurt", "civilian killed": "civilians_killed",
         "guard hurt": "guards_hurt", "guard killed": "guards_killed"}


def conduct_from_casualties(mission: MissionState) -> Conduct:
    conduct = Conduct(shots=mission.shots_fired, hits=mission.hits,
                      hostile_hits=mission.hits)
    ids = count(1)
    for key, times in sorted(mission.casualties.items()):
        what, by = key.split(":", 1)
        side = mission.side if by == "you" else by.split("/")[0]
        victims = {next(ids) for _ in range(times)}
        if what in KINDS:
            getattr(conduct.side(side), KINDS[what]).update(victims)
        elif what.endswith(" killed"):
            conduct.loss(what.split(" ")[0]).killed.update(victims)
    return conduct
