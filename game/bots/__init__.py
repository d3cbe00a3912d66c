"""Scripted players that write the player's Intent, for headless runs and CI proofs."""
