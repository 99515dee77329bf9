"""Developer tool: regenerate the baseline migration from db/models.py.

Only while no release exists (nothing has shipped a database at 0001). After a
release, add a new revision instead:  alembic revision --autogenerate.

It writes Alembic's own long form (op.create_table with every constraint spelled out);
the committed baseline says the same with migrations/_ops.py (create_table, drop_table),
which emits the same DDL (tests/integration/test_migration_ops.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile

from alembic import command

from db.migrate import MIGRATIONS_DIR, alembic_config

target = MIGRATIONS_DIR / "versions" / "2026_11_26_0001_baseline.py"
target.unlink(missing_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    cfg = alembic_config(f"sqlite:///{tmp}/ag.db")
    command.revision(cfg, message="baseline", autogenerate=True, rev_id="0001")
generated = next((MIGRATIONS_DIR / "versions").glob("0001_*.py"))
s = generated.read_text()
generated.unlink()
s = s.replace('"""baseline\n', '"""baseline: every table, plus the full-text search index\n', 1)
IMPORT = "from migrations.search_ddl import create_search, drop_search\n"  # noqa: E501
s = s.replace("from alembic import op\n", "from alembic import op\n\n" + IMPORT, 1)  # noqa: E501
END = r"(    # ### end Alembic commands ###\n)(\n\ndef downgrade)"
s = re.sub(END, r"\1    create_search()\n\2", s, count=1)
s = s.replace("def downgrade() -> None:\n", "def downgrade() -> None:\n    drop_search()\n", 1)
target.write_text(s)
subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(target)], check=False)
subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "-q", str(target)], check=False)
print(f"wrote {target}")
