"""The Programme tab of a trip: day by day in local time, travel and hotels, conflicts."""
