"""The style sheet of the rich-text detail pages (directory, goals): muted keys, calm headings."""

from __future__ import annotations

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
