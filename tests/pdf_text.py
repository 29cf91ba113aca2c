"""The text of a PDF the way the tests compare it: page by page, white space folded to
single spaces (line breaks fall where the layout puts them, which no test should pin)."""

from __future__ import annotations

import io

import pdfplumber
from pypdf import PdfReader


def folded(text: str | None) -> str:
    return " ".join((text or "").split())


def plumbed_pages(data: bytes) -> list[str]:
    """Each page's text as pdfplumber reads it (the layout order of the words)."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [folded(page.extract_text()) for page in pdf.pages]


def read_pages(data: bytes) -> list[str]:
    """Each page's text as pypdf reads it (the order the content stream draws it in)."""
    return [folded(page.extract_text()) for page in PdfReader(io.BytesIO(data)).pages]
