"""The controls as this player has bound them, in words for the screen: the title's two lines,
the "How to play" card's legend and its gamepad twin. Rebinding a key or a pad button in the
settings changes what these say."""

from __future__ import annotations

from game.input.game_pad import LABELS, pad_button, pad_short
from game.settings import Settings

ORDERS = ("order_follow", "order_hold", "order_cover", "order_goto")
MOVES = ("up", "left", "down", "right")
SHORT_KEYS = {"escape": "Esc", "backspace": "Backspace", "return": "Enter", "space": "Space"}
DPAD = ("dpup", "dpdown", "dpleft", "dpright")


def key_label(settings: Settings, action: str) -> str:
    """The first key bound to ``action`` as a player reads it ("R", "Esc", "F11"; "-": none)."""
    names = settings.keys.get(action) or []
    if not names:
        return "-"
    name = names[0]
    return SHORT_KEYS.get(name) or (name.upper() if len(name) <= 3 else name.title())


def move_keys(settings: Settings) -> str:
    """The four movement keys as one word when they are letters ("WASD"), else spaced."""
    labels = [key_label(settings, a) for a in MOVES]
    return "".join(labels) if all(len(x) == 1 for x in labels) else " ".join(labels)


def prompt_keys(settings: Settings, on_pad: bool) -> tuple[str, str]:
    """(interact, drop) as the HUD's prompts name them: the pad's buttons bound to them after a
    pad was used, else the first key bound to each."""
    if on_pad:
        return pad_button(settings.pad_buttons, "interact"), pad_button(settings.pad_buttons,
                                                                         "drop")
    return (settings.keys.get("interact") or ["e"])[0], (settings.keys.get("drop") or ["g"])[0]


def hud_order_keys(settings: Settings, on_pad: bool) -> tuple[str, ...]:
    """The crew orders' keys (or pad buttons) as the HUD's order panel names them."""
    if on_pad:
        return tuple(pad_short(settings.pad_buttons, a) for a in ORDERS)
    return tuple((settings.keys.get(a) or ["-"])[0] for a in ORDERS)


def order_keys(settings: Settings) -> str:
    return " ".join(key_label(settings, a) for a in ORDERS)


def pad_orders(settings: Settings) -> str:
    """The crew orders' pad buttons: "D-pad" while they are its four directions."""
    bound = settings.pad_buttons
    if sorted(bound.get(a, "") for a in ORDERS) == sorted(DPAD):
        return "D-pad"
    return " ".join(pad_short(bound, a) for a in ORDERS)


def use_label(settings: Settings, button: str) -> str:
    return f"{'Press' if settings.interact_mode == 'toggle' else 'Hold'} {button}"


def keyboard_legend(settings: Settings) -> tuple[tuple[str, str], ...]:
    """The "How to play" legend for the keyboard and mouse."""
    return (
        (move_keys(settings), "move"), ("Mouse", "aim"), ("Left button", "fire"),
        (key_label(settings, "reload"), "reload"),
        (use_label(settings, key_label(settings, "interact")), "use doors, charges, loot"),
        (order_keys(settings), "crew orders"), (key_label(settings, "pause"), "pause, settings"),
        (key_label(settings, "restart"), "restart"), (key_label(settings, "fullscreen"),
                                                      "fullscreen"),
    )


def pad_legend(settings: Settings) -> tuple[tuple[str, str], ...]:
    """The same legend for a player on the gamepad."""
    bound = settings.pad_buttons
    return (
        ("Left stick", "move"), ("Right stick", "aim"), ("Right trigger", "fire"),
        (pad_button(bound, "reload"), "reload"),
        (use_label(settings, pad_button(bound, "interact")), "use doors, charges, loot"),
        (pad_button(bound, "drop"), "drop a bag"), (pad_orders(settings), "crew orders"),
        (pad_button(bound, "pause"), "pause, settings"), (pad_button(bound, "restart"),
                                                          "restart"),
    )


def title_lines(settings: Settings, on_pad: bool) -> tuple[str, str]:
    """The title screen's two lines of controls for the device in use."""
    if on_pad:
        bound = settings.pad_buttons
        return (f"Left stick move   Right stick aim   Right trigger fire   "
                f"{pad_button(bound, 'reload')} reload   {pad_button(bound, 'interact')} use   "
                f"{pad_button(bound, 'drop')} drop",
                f"{pad_button(bound, 'pause')} pause   {pad_button(bound, 'restart')} restart   "
                f"{LABELS['a']} confirm   {LABELS['b']} back   D-pad or left stick through menus")
    return (f"{move_keys(settings)} move   Mouse aim   Left click fire   "
            f"{key_label(settings, 'reload')} reload   {key_label(settings, 'pause')} pause",
            f"{key_label(settings, 'restart')} restart   {key_label(settings, 'debug')} debug "
            f"overlay   {key_label(settings, 'fullscreen')} fullscreen   Gamepad supported")
