"""Printing a PDF through Qt: each page rendered at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page (or the range chosen in the print dialog); how many were printed."""
    first, last = _page_range(document, printer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for page in range(first, last + 1):
            if page > first:
                printer.newPage()
            _draw_page(document, page, printer, painter)
    finally:
        painter.end()
    return last - first + 1


def _page_range(document: QPdfDocument, printer: QPrinter) -> tuple[int, int]:
    count = document.pageCount()
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return printer.fromPage() - 1, min(printer.toPage(), count) - 1
    return 0, count - 1


def _draw_page(document: QPdfDocument, page: int, printer: QPrinter, painter: QPainter) -> None:
    """The page scaled to fit the printable area, keeping its proportions."""
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    points = document.pagePointSize(page)
    scale = min(area.width() / points.width(), area.height() / points.height())
    size = QSize(round(points.width() * scale), round(points.height() * scale))
    image = document.render(page, size)
    painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
