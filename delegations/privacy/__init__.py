"""Personal data (GDPR): tagged fields, per-person export and erasure, retention, audit log."""
