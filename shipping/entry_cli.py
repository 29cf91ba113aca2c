"""The desktop bundle's command-line program (PyInstaller starts here)."""

import sys

from delegations.cli import main

sys.exit(main())
