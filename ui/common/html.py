"""The rich-text detail pages (directory, goals): their browser and style sheet, with
muted keys and calm headings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextBrowser, QWidget

from ui.widgets import muted_color

STYLE = """
h1 { font-size: 16pt; font-weight: 600; margin-bottom: 2px; }
h2 { font-size: 11.5pt; font-weight: 600; margin-top: 20px; margin-bottom: 6px; }
p { margin-top: 0; margin-bottom: 6px; }
td { padding: 2px 14px 2px 0; vertical-align: top; }
td.key { color: %(muted)s; white-space: pre; }
.muted { color: %(muted)s; }
.lead { color: %(muted)s; }
a { text-decoration: none; }
"""


def detail_browser(parent: QWidget) -> QTextBrowser:
    """A frameless browser on the base colour for a record's page; links are reported
    (anchorClicked), not followed."""
    browser = QTextBrowser(parent)
    browser.setOpenLinks(False)
    browser.setFrameShape(QTextBrowser.Shape.NoFrame)
    browser.document().setDocumentMargin(16)
    browser.document().setDefaultStyleSheet(STYLE % {"muted": muted_color(
        parent.palette()).name()})
    browser.setStyleSheet("QTextBrowser { background: palette(base); }")
    return browser


def beside(parent: QWidget, main: QWidget, side: QWidget, stretch: tuple[int, int] = (3, 2),
           sizes: list[int] | None = None) -> QSplitter:
    """A list and what belongs to its selection side by side, neither ever hidden."""
    splitter = QSplitter(Qt.Orientation.Horizontal, parent)
    splitter.addWidget(main)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, stretch[0])
    splitter.setStretchFactor(1, stretch[1])
    splitter.setChildrenCollapsible(False)
    if sizes:
        splitter.setSizes(sizes)
    return splitter
