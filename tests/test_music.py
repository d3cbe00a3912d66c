"""The score follows the mission: intensity rises with the enemy's alert state and shots, falls
slowly after, and sets the crossfade between the calm, tension and combat loops."""

from __future__ import annotations

import itertools
import struct
import wave

from game.audio.music import (
    FALL_S,
    LAYERS,
    SET_FOR_MISSION,
    MusicIntensity,
    layer_weights,
    music_cue,
    music_volume,
    set_for,
    threat_level,
)
from game.campaign import CHAPTERS
from game.paths import assets_dir
from game.settings import Settings
from game.sim.components import Awareness, Dead, Faction
from game.sim.events import ShotFired
from game.sim.world import World

DT = 1 / 60


def world_with_guard() -> tuple[World, int, int]:
    world = World(seed=1)
    player = world.spawn(Faction("crew"))
    guard = world.spawn(Faction("guard"), Awareness())
    world.spawn(Faction("civilian"), Awareness("combat"))  # a panicking bystander is no threat
    return world, player, guard


def run(intensity: MusicIntensity, world: World, player: int, seconds: float,
        events: list | None = None) -> float:
    level = intensity.level
    for i in range(round(seconds / DT)):
        level = intensity.update(world, player, (events or []) if i == 0 else [], DT)
    return level


def test_intensity_follows_the_alert_state_up_and_falls_slowly_after() -> None:
    world, player, guard = world_with_guard()
    intensity = MusicIntensity()
    assert run(intensity, world, player, 2.0) == 0.0
    awareness = world.get(guard, Awareness)
    assert awareness is not None
    levels = []
    for state in ("suspicious", "searching", "combat"):
        awareness.state = state
        levels.append(run(intensity, world, player, 3.0))
    assert levels[0] < levels[1] < levels[2] and levels[2] > 0.9
    awareness.state = "unaware"
    after_1s = run(intensity, world, player, 1.0)
    assert 0.6 < after_1s < levels[2]  # falls, but not at once
    assert run(intensity, world, player, 4 * FALL_S) < 0.05


def test_a_shot_lifts_the_music_even_if_nobody_is_alert_and_the_dead_do_not_count() -> None:
    world, player, guard = world_with_guard()
    intensity = MusicIntensity()
    shot = ShotFired(0, player, "pistol", 0.0, 0.0, 0.0, 30.0)
    assert run(intensity, world, player, 3.0, [shot]) > 0.8
    awareness = world.get(guard, Awareness)
    assert awareness is not None
    awareness.state = "combat"
    assert threat_level(world, player) == 1.0
    world.add(guard, Dead(0.0))
    assert threat_level(world, player) == 0.0


def test_crossfade_weights() -> None:
    assert layer_weights(0.0) == (1.0, 0.0, 0.0)
    calm, tension, combat = layer_weights(1.0)
    assert abs(tension - 1.0) < 1e-9 and abs(combat - 1.0) < 1e-9 and calm < 1.0
    steps = [layer_weights(i / 20) for i in range(21)]
    for before, after in itertools.pairwise(steps):
        assert after[0] <= before[0] and after[1] >= before[1] and after[2] >= before[2]
    assert layer_weights(0.5)[2] == 0.0 and layer_weights(0.5)[1] > 0.99  # tension before combat


def test_the_cue_and_the_volume() -> None:
    class Overlay:
        draws_below = True

    class Mission:
        music_cue = "downtown"

    assert music_cue(Mission(), "title") == "downtown"
    assert music_cue(Overlay(), "downtown") == "downtown"
    assert music_cue(object(), "downtown") == "title"
    settings = Settings(master_volume=0.5)
    assert music_volume(settings) == 0.5 * 0.7
    settings.music_volume = 0.0  # the flow engineer's setting, when it exists
    assert music_volume(settings) == 0.0


def test_every_mission_of_the_campaign_has_a_score_of_equal_length_layers() -> None:
    folder = assets_dir() / "music"
    for chapter in CHAPTERS:
        if chapter.mission:
            assert chapter.mission in SET_FOR_MISSION
    total = 0
    for name in {set_for(m) for m in SET_FOR_MISSION}:
        lengths = set()
        for layer in LAYERS:
            path = folder / f"{name}_{layer}.wav"
            with wave.open(str(path)) as wav:
                lengths.add(wav.getnframes())
                assert wav.getframerate() == 22050 and wav.getnchannels() == 1
                frames = wav.readframes(wav.getnframes())
            samples = struct.unpack(f"<{len(frames) // 2}h", frames)
            assert max(abs(s) for s in samples) > 3000, path.name  # not silence
            total += path.stat().st_size
        assert len(lengths) == 1, name
    total += (folder / "title.wav").stat().st_size
    assert total < 8_000_000


def test_the_player_sets_each_layer_channel_to_its_weight() -> None:
    import pygame

    from game.audio.music import MUSIC_GAIN, MusicPlayer

    pygame.mixer.init(22050, -16, 1, 512)
    try:
        player = MusicPlayer.open(assets_dir() / "music", 0.5)
        assert player is not None
        player.cue("downtown")
        assert all(channel.get_busy() for channel in player.channels)
        for level in (0.0, 0.4, 1.0):
            player.follow(level)
            volumes = [channel.get_volume() for channel in player.channels]
            expected = [w * 0.5 * MUSIC_GAIN for w in layer_weights(level)]
            assert all(abs(v - e) < 0.01 for v, e in zip(volumes, expected, strict=True))
        player.cue("title")
        assert player.piece == "title" and player.channels[1].get_volume() == 0.0
        player.stop()
    finally:
        pygame.mixer.quit()
