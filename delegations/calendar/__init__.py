"""iCalendar (.ics): a trip's programme and travel out to people's calendars, and a
host's programme in as agenda items."""

from delegations.calendar.export import Options, calendar_bytes, find_participant, write_ics
from delegations.calendar.importing import IcsPreview, IcsResult, IcsRow, Note, read_ics
from delegations.calendar.parse import CalendarFileError

__all__ = ["CalendarFileError", "IcsPreview", "IcsResult", "IcsRow", "Note", "Options",
           "calendar_bytes", "find_participant", "read_ics", "write_ics"]
