"""The PySide6 front end: windows, views and Qt models over the services of `delegations`."""
