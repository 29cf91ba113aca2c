"""Floor for the itinerary row: raw reportlab platypus, a heading per day and a table of
programme items, as many items and pages as the itinerary, in the same three embedded
faces (regular; bold headings; an oblique note per day) and with what every page of the
itinerary carries: a running header, a footer and "page n of m".

    python bench/floor_reportlab.py OUT.pdf ITEMS
"""

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
FACES = {"Sans": "DejaVuSans.ttf", "Sans-Bold": "DejaVuSans-Bold.ttf",
         "Sans-Oblique": "DejaVuSans-Oblique.ttf"}


def story(items: int) -> list:
    for name, file in FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))
    styles = getSampleStyleSheet()
    body, head, note = styles["BodyText"], styles["Heading2"], styles["Italic"]
    body.fontName, head.fontName, note.fontName = "Sans", "Sans-Bold", "Sans-Oblique"
    flow: list = []
    for day in range(items // 10 + 1):
        flow.append(Paragraph(f"Tag {day + 1} – Montag, {day + 1}. März 2026", head))
        flow.append(Paragraph("Treffpunkt jeweils 15 Minuten vorher in der Hotellobby.", note))
        rows = [[Paragraph(f"{9 + i}:00–{10 + i}:00", body),
                 Paragraph(f"Programmpunkt {day * 10 + i}: Gespräch im Rathaus mit "
                           "Bürgermeisterin Kämpfer über Städtepartnerschaft", body),
                 Paragraph("City Hall, 1 Dr Carlton B Goodlett Pl, San Francisco", body)]
                for i in range(min(10, items - day * 10))]
        if rows:
            flow.append(Table(rows, colWidths=[70, 220, 170]))
    return flow


class NumberedCanvas(Canvas):
    """reportlab's recipe for "page n of m": keep the pages, number them at the end."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont("Sans", 7.5)
            self.drawRightString(A4[0] - 60, 40, f"Seite {self._pageNumber} von "
                                                 f"{len(self._pages)}")
            super().showPage()
        super().save()


def header_and_footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.setFont("Sans-Bold", 7.5)
    canvas.drawString(60, A4[1] - 40, "Reiseprogramm · Delegationsreise nach San Francisco")
    canvas.line(60, A4[1] - 46, A4[0] - 60, A4[1] - 46)
    canvas.setFont("Sans", 7.5)
    canvas.drawString(60, 40, "Gedruckt am 10. Februar 2026")


def main() -> int:
    out, items = Path(sys.argv[1]), int(sys.argv[2])
    SimpleDocTemplate(str(out), pagesize=A4).build(
        story(items), onFirstPage=header_and_footer, onLaterPages=header_and_footer,
        canvasmaker=NumberedCanvas)
    return 0


if __name__ == "__main__":
    sys.exit(main())
