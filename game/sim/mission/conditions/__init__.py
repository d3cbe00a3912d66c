"""Conditions, one per file: each has VERB (its parameters) and ``holds(ctx, line) -> bool``."""
