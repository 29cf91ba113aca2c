"""The Goals section: the city's goal taxonomy and what serves each goal."""
