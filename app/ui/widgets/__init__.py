"""Widgets shared by several screens: a PDF preview from bytes in memory
(pdf_preview.py) and line-numbered read-only text (line_text.py)."""
