"""``heat bench``: timing scenarios for the sim, the renderer, start-up and the peers (pyscroll,
esper). One module per scenario; ``figures`` holds the shared statistics and the system timer."""
