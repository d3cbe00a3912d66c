"""The headless simulation: world, components, events and the systems that step them."""
