"""Sound: plays generated effects for game events; absent when there is no mixer."""
