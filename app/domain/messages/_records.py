"""Message templates: Cases, case lists, links, output files and the evidence store
(app/services/cases.py, case_list.py, links.py, outfile.py, store/, and the other services).
"""

MESSAGES: dict[str, str] = {}
