"""The seating editor of a programme item: tables drawn, guests dragged onto seats."""
