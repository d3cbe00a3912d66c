"""Scenes on a stack: title, mission, pause, debrief. Each returns the transition it wants."""
