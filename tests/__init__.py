"""HEAT's test suite: sim, level loading, mission rules, replays and the command line."""
