"""Every option the settings screen offers, as data: label, field, and how it steps.

Ranges and choices come from game/settings.py (LIMITS, CHOICES), so the menu and the file
checker agree on what a valid value is.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.settings import CHOICES, DIFFICULTY_DAMAGE, LIMITS, Settings


@dataclass(frozen=True, slots=True)
class Option:
    group: str
    label: str
    name: str  # the Settings field
    step: float = 0.0  # for numbers; 0 means a toggle or a choice
    percent: bool = True  # show numbers as a percentage

    def shown(self, settings: Settings) -> str:
        value = getattr(settings, self.name)
        if isinstance(value, bool):
            return "on" if value else "off"
        if isinstance(value, float):
            if self.name == "aim_assist" and value == 0.0:
                return "off"
            return f"{round(value * 100)}%" if self.percent else f"x{value:.2f}"
        return str(value)

    def change(self, settings: Settings, direction: int) -> None:
        """One step left (-1) or right (+1); a toggle flips, a choice cycles."""
        value = getattr(settings, self.name)
        if isinstance(value, bool):
            setattr(settings, self.name, not value)
        elif self.step:
            low, high = LIMITS[self.name]
            setattr(settings, self.name,
                    round(min(high, max(low, value + direction * self.step)), 2))
        else:
            choices = CHOICES[self.name]
            chosen = choices[(choices.index(value) + direction) % len(choices)]
            setattr(settings, self.name, chosen)
            if self.name == "difficulty":
                settings.damage_taken = DIFFICULTY_DAMAGE[str(chosen)]


ALL_OPTIONS: tuple[Option, ...] = (
    Option("Audio", "Master volume", "master_volume", 0.1),
    Option("Audio", "Effects volume", "sfx_volume", 0.1),
    Option("Audio", "Radio and voice volume", "voice_volume", 0.1),
    Option("Audio", "Music volume", "music_volume", 0.1),
    Option("Display", "Fullscreen", "fullscreen"),
    Option("Display", "Scaling", "scale_mode"),
    Option("Display", "Screen shake", "screen_shake"),
    Option("Display", "Flashes", "flashes"),
    Option("Display", "Camera look-ahead", "camera_lookahead"),
    Option("Display", "Camera zoom", "zoom", 0.5, percent=False),
    Option("Display", "Colours", "palette"),
    Option("Display", "Pause in the background", "pause_in_background"),
    Option("Subtitles", "Subtitles", "subtitles"),
    Option("Subtitles", "Subtitle size", "subtitle_size"),
    Option("Subtitles", "Subtitle background", "subtitle_background", 0.2),
    Option("Subtitles", "Sound captions", "captions"),
    Option("Difficulty", "Difficulty", "difficulty"),
    Option("Difficulty", "Damage taken", "damage_taken", 0.25, percent=False),
    Option("Difficulty", "Game speed", "game_speed", 0.1),
    Option("Difficulty", "Aim assist (gamepad)", "aim_assist", 0.25),
    Option("Difficulty", "Interact", "interact_mode"),
    Option("Input", "Mouse sensitivity", "mouse_sensitivity", 0.25, percent=False),
    Option("Input", "Move stick dead-zone", "move_deadzone", 0.05),
    Option("Input", "Aim stick dead-zone", "aim_deadzone", 0.05),
)

OPTIONS: tuple[Option, ...] = ALL_OPTIONS
