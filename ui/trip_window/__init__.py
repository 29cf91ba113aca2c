"""The trip window: one trip, edited in tabs."""
