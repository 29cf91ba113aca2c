"""The Trips section: the list of trips, its filters and the read-only trip overview."""
