"""After the trip: outcomes, follow-ups, the gift register and the budget."""
