"""AI helpers: senses, relations, cover, paths, formations and the behaviours built on them."""
