"""The audit log: who changed which record, when, and which fields (never the values)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from delegations.model.base import Base, UTCDateTime


class AuditEntry(Base):
    """One change to one record; `fields` names what changed, so no personal data is kept."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity_at", "entity", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(20))
    entity: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(100), default="")
    fields: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[str] = mapped_column(Text, default="")
