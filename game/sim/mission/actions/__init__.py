"""Actions, one per file: each has VERB (its parameters) and ``run(ctx, line) -> None``."""
