"""Widgets shared by several screens: a PDF preview from bytes in memory
(pdf_preview.py), line-numbered read-only text (line_text.py), the officer
profile form of Settings and the first-run welcome (officer_form.py), the
dashboard's bar charts (bar_chart.py) and a scrolling page (scroll_page.py)."""
