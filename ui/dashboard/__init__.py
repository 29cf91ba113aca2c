"""The start page: upcoming trips, follow-ups due and overdue, the year per partner city."""
