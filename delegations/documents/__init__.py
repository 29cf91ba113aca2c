"""The printed papers (itinerary, briefing pack, follow-up brief) as PDF, with reportlab."""

from delegations.documents.render import DocumentRequest, document_bytes, render_document
from delegations.documents.template import Cancelled

__all__ = ["Cancelled", "DocumentRequest", "document_bytes", "render_document"]
