"""Message templates: Letters, approvals, officers' keys and certificates, grants, roles and team
identity (app/services/letters/, keycheck.py, officer_certs.py, grants/, roles.py, team_identity.py,
register.py).
"""

MESSAGES: dict[str, str] = {}
