"""Floor for the start-up row: a bare PySide6 window with a label, shown, then closed."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Delegations"))
window.show()
app.processEvents()
sys.exit(0)
