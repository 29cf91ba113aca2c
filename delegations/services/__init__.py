"""The use cases: what the window and the command line can do, as plain functions on a Store."""
