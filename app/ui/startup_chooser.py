"""Opening the database at start-up, and the chooser shown when it cannot be opened.

``open_database`` tries once and says why it failed (a translated sentence, never a
traceback). ``DatabaseChooser`` is the box that follows a failure: it says why and
offers another data folder, another database file, or quitting. Nothing in it blocks:
the box (from :mod:`app.ui.message_box`) and the file dialogs are opened with
``open()``, and the answer arrives in a callback, with the event loop running. After
a choice the database is tried again; a folder or file dialog cancelled tries the
same database again (and so shows the box again when it still fails).

Qt widgets are imported only on the chooser's path (their enums cost start-up time).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from app.domain.errors import ExemptioError
from app.ui.qt import QCoreApplication

log = logging.getLogger("exemptio.ui")


def open_database(home: str | None, db: str | None, officer: str | None) -> tuple[Any, str]:
    """(context, "") or (None, why it cannot be opened)."""
    from app.services.context import open_context

    try:
        # lazy_engine: SQLAlchemy loads after the window is up (the first page of
        # the list is read with sqlite3), unless the database needs an upgrade.
        return open_context(home=home, db=db, officer=officer, lazy_engine=True), ""
    except ExemptioError as err:
        return None, str(err)
    except Exception as err:  # noqa: BLE001 - never a traceback for the officer
        log.exception("cannot open the database")
        return None, QCoreApplication.translate(
            "Startup", "Unexpected error while opening the database (%1)."
        ).replace("%1", f"{type(err).__name__}: {err}")


class DatabaseChooser:
    """The box after a failed opening, and what follows it, step by step.

    ``opened(ctx)`` is called once a database opens; ``quit()`` when the officer
    quits. ``box`` is the box on screen (None while a file dialog is open).
    """

    def __init__(
        self,
        home: str | None,
        db: str | None,
        officer: str | None,
        *,
        opened: Callable[[Any], None],
        quit: Callable[[], None],
    ) -> None:
        self.home, self.db, self.officer = home, db, officer
        self._opened = opened
        self._quit = quit
        self.box: Any = None
        self.file_dialog: Any = None

    def ask(self, message: str) -> None:
        """Show the box saying ``message``; returns at once."""
        from app.ui import message_box

        self.box = message_box.choose(
            None,
            QCoreApplication.translate("Startup", "Exemptio cannot open its database"),
            message,
            informative=QCoreApplication.translate(
                "Startup", "Choose another data folder or database file, or quit."
            ),
            choices=[
                (QCoreApplication.translate("Startup", "Choose data folder…"), self._choose_folder),
                (QCoreApplication.translate("Startup", "Choose database file…"), self._choose_file),
            ],
            cancel_text=QCoreApplication.translate("Startup", "Quit"),
            on_cancel=self._quit,
            critical=True,
            object_name="startupDatabaseChooser",
        )

    def _try_again(self) -> None:
        self.file_dialog = None
        ctx, message = open_database(self.home, self.db, self.officer)
        if ctx is None:
            self.ask(message)
        else:
            self._opened(ctx)

    def _choose_folder(self) -> None:
        from app.ui.qt import QFileDialog

        def chosen(path: str) -> None:
            self.home, self.db = path, None

        self._file_dialog(
            QCoreApplication.translate("Startup", "Data folder"),
            self.home or "",
            "",
            chosen,
            QFileDialog.FileMode.Directory,
        )

    def _choose_file(self) -> None:
        from app.ui.qt import QFileDialog

        def chosen(path: str) -> None:
            self.db = path

        kinds = QCoreApplication.translate("Startup", "SQLite database (*.db *.sqlite);;All files (*)")
        self._file_dialog(
            QCoreApplication.translate("Startup", "Database file"),
            "",
            kinds,
            chosen,
            QFileDialog.FileMode.ExistingFile,
        )

    def _file_dialog(
        self, title: str, start: str, kinds: str, chosen: Callable[[str], None], mode: Any
    ) -> None:
        from app.ui.qt import QFileDialog, Qt

        self.box = None
        dialog = QFileDialog(None, title, start, kinds)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setObjectName("startupFileDialog")
        dialog.setFileMode(mode)
        if mode == QFileDialog.FileMode.Directory:
            dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.fileSelected.connect(lambda path: chosen(path) if path else None)
        dialog.finished.connect(lambda _r: self._try_again())
        self.file_dialog = dialog  # a parentless dialog would otherwise be garbage-collected
        dialog.open()
