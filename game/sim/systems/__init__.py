"""Systems: plain functions ``(world, dt) -> None``, one per file, named for what they do."""
