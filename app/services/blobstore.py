"""The evidence store's public names, for the modules that still import them from here
(the UI's task runner and the archive take ``Cancelled`` from this module).

The store itself is the ``app.services.store`` package; this module only re-exports it.
"""

from __future__ import annotations

from app.services.store import *  # noqa: F403
from app.services.store import __all__ as __all__
