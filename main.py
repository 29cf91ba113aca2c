"""Starts the Delegations desktop app from a source checkout: `python main.py [--db PATH]`."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
