"""Mission scripts: the rules of one mission that no map object can express, run by the sim."""
