"""Levels: Tiled maps read into a plain LevelModel, checked, and built into a World."""
