"""Input: keyboard, mouse and gamepad turned into menu actions and the player's Intent."""
