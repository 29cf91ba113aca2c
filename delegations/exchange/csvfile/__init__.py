"""CSV files of participants and contacts, as German and international spreadsheets write them.

    preview = read_csv("delegation.csv", store, trip_id=trip.id)   # nothing written yet
    result = preview.apply(store, all_or_nothing=True)
    write_participants_csv(store, trip.id, "delegation.csv", language="de")
"""

from delegations.exchange.csvfile.columns import guess_columns
from delegations.exchange.csvfile.escaping import escape_cell, unescape_cell
from delegations.exchange.csvfile.reader import read_csv, split_table
from delegations.exchange.csvfile.writer import write_contacts_csv, write_participants_csv

__all__ = [
    "escape_cell",
    "guess_columns",
    "read_csv",
    "split_table",
    "unescape_cell",
    "write_contacts_csv",
    "write_participants_csv",
]
