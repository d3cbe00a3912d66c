"""The debrief: both sides' conduct on the same events, losses, accuracy and the grade, by the
published rubric (docs/grading.md is generated from game/debrief/rubric.py)."""
