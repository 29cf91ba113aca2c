"""Floor for the itinerary row: raw reportlab platypus, one embedded TrueType font, a
heading per day and a table of programme items, as many items and pages as the itinerary.

    python bench/floor_reportlab.py OUT.pdf ITEMS
"""

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

FONT = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "DejaVuSans.ttf"


def story(items: int) -> list:
    pdfmetrics.registerFont(TTFont("Sans", str(FONT)))
    styles = getSampleStyleSheet()
    body, head = styles["BodyText"], styles["Heading2"]
    body.fontName = head.fontName = "Sans"
    flow: list = []
    for day in range(items // 10 + 1):
        flow.append(Paragraph(f"Tag {day + 1} – Montag, {day + 1}. März 2026", head))
        rows = [[Paragraph(f"{9 + i}:00–{10 + i}:00", body),
                 Paragraph(f"Programmpunkt {day * 10 + i}: Gespräch im Rathaus mit "
                           "Bürgermeisterin Kämpfer über Städtepartnerschaft", body),
                 Paragraph("City Hall, 1 Dr Carlton B Goodlett Pl, San Francisco", body)]
                for i in range(min(10, items - day * 10))]
        if rows:
            flow.append(Table(rows, colWidths=[70, 220, 170]))
    return flow


def main() -> int:
    out, items = Path(sys.argv[1]), int(sys.argv[2])
    SimpleDocTemplate(str(out), pagesize=A4).build(story(items))
    return 0


if __name__ == "__main__":
    sys.exit(main())
