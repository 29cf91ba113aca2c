"""The desktop bundle's window program (PyInstaller starts here)."""

import sys

from ui.launch import main

sys.exit(main())
