"""Drawing: reads the world and the level model, never changes either."""
