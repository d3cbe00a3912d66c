"""What the radio and the crew say during the armored car job (our own words)."""

from __future__ import annotations

RADIO_LINES: dict[str, tuple[tuple[str, str], ...]] = {
    "start": (("Cheritto", "Truck's on the boulevard. Tow's ready when it stops."),),
    "ram": (("Dispatch", "Units, a 211 on an armored transport under the interchange."),
            ("Shiherlis", "Clock's running. Three minutes."),),
    "blast": (("Trejo", "Door's open. Guards are out of it."),),
    "bonds": (("McCauley", "Got the bonds. Everybody to the switch car."),),
    "two-minutes": (("Dispatch", "First unit is two minutes out."),),
    "one-minute": (("Dispatch", "All units converging. One minute."),),
    "thirty": (("Dispatch", "Units entering the block from north and south."),),
    "escalation": (("Dispatch", "Shots fired at the scene. Responding units are armed."),
                   ("McCauley", "What did you do? Move, now."),),
    "spikes": (("Trejo", "Strip's down across the north street."),),
    "spiked": (("Dispatch", "North unit is disabled, tyres are gone. South unit continue."),),
    "zone": (("Dispatch", "Perimeter is closed. Nobody leaves the block."),),
    "outro": (("Narration", "In the alley the crew closes in around Waingro."),),
    "patrol": (("Narration", "A patrol car turns the corner. Waingro bolts into the dark."),),
}
