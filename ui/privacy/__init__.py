"""Personal data (GDPR): export, anonymisation and retention of a person's data; the audit log."""
