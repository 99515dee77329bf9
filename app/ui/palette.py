"""Command palette (Ctrl+K): find any action or case by typing.

Actions are matched in memory (a few dozen); cases are found with the search
service in the background (latest wins), never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.services import cases
from app.services.cases import CaseFilter
from app.services.context import AppContext
from app.ui.labels import status_label
from app.ui.qt import (
    QAbstractItemView,
    QAbstractListModel,
    QAction,
    QColor,
    QDialog,
    QFont,
    QLabel,
    QLineEdit,
    QListView,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
    deleted,
    read_only_flags,
    shortcut_text,
)
from app.ui.tasks import TaskRunner

DetailRole = Qt.ItemDataRole.UserRole + 20
KindRole = Qt.ItemDataRole.UserRole + 21


@dataclass(frozen=True)
class Entry:
    kind: str  # "action" | "tab_action" | "case"
    text: str
    detail: str
    payload: Any  # QAction, (tab key, tab attribute) or reference


def score(query: str, text: str) -> int | None:
    """Subsequence match score (higher is better), None when it does not match."""
    q = query.casefold().strip()
    t = text.casefold()
    if not q:
        return 0
    if t.startswith(q):
        return 1000 - len(t)
    pos = t.find(q)
    if pos >= 0:
        return 800 - pos
    words = [w[:1] for w in t.split()]
    if "".join(words).startswith(q.replace(" ", "")):
        return 600
    i = 0
    gaps = 0
    for ch in q:
        j = t.find(ch, i)
        if j < 0:
            return None
        gaps += j - i
        i = j + 1
    return 400 - gaps


class PaletteModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return read_only_flags(index)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return e.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{e.text} {e.detail}".strip()
        if role == DetailRole:
            return e.detail
        if role == KindRole:
            return e.kind
        return None


class PaletteDelegate(QStyledItemDelegate):
    def paint(
        self, painter: Any, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        detail = str(index.data(DetailRole) or "")
        kind = index.data(KindRole)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        r = opt.rect.adjusted(12, 0, -12, 0)
        tag = "›" if kind == "action" else "▣"
        painter.setPen(QColor("#9ca3af") if not selected else opt.palette.highlightedText().color())
        painter.drawText(QRect(r.left(), r.top(), 16, r.height()), int(Qt.AlignmentFlag.AlignVCenter), tag)
        font = QFont(opt.font)
        painter.setFont(font)
        painter.setPen(opt.palette.highlightedText().color() if selected else opt.palette.text().color())
        text_rect = QRect(r.left() + 20, r.top(), int(r.width() * 0.62), r.height())
        main = opt.fontMetrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), main)
        painter.setPen(opt.palette.highlightedText().color() if selected else QColor("#6b7280"))
        det_rect = QRect(text_rect.right() + 8, r.top(), r.right() - text_rect.right() - 8, r.height())
        det = opt.fontMetrics.elidedText(detail, Qt.TextElideMode.ElideRight, det_rect.width())
        painter.drawText(det_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), det)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> Any:
        s = super().sizeHint(option, index)
        s.setHeight(max(s.height(), 30))
        return s


class PaletteLineEdit(QLineEdit):
    """Up/Down/PageUp/PageDown move in the result list; the text keeps focus."""

    navigate = Signal(int)

    def keyPressEvent(self, event: Any) -> None:
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
        if event.key() in step:
            self.navigate.emit(step[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


class CommandPalette(QDialog):
    triggered = Signal(object)  # Entry
    cases_loaded = Signal()

    SEARCH_DELAY_MS = 120
    MAX_CASES = 8

    def __init__(
        self,
        ctx: AppContext,
        runner: TaskRunner,
        actions: list[QAction],
        parent: QWidget | None = None,
        *,
        tab_actions: Any = None,
    ) -> None:
        """``tab_actions()``: (tab key, attribute, text, keys) of the case tabs' actions,
        offered while a case is open (None: none)."""
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.ctx = ctx
        self.runner = runner
        self.actions_source = actions
        self.tab_actions = tab_actions
        self._case_entries: list[Entry] = []
        self._searching = False  # a case search is on its way
        self.setObjectName("commandPalette")
        self.setAccessibleName(self.tr("Command palette"))
        self.setMinimumWidth(640)
        self.setStyleSheet(
            "QDialog#commandPalette { background: palette(base); border: 1px solid #9ca3af;"
            " border-radius: 8px; }"
            "QLineEdit { font-size: 12pt; padding: 8px; border: none;"
            " border-bottom: 1px solid #e5e7eb; }"
            "QListView { border: none; }"
        )
        self.edit = PaletteLineEdit()
        self.edit.setPlaceholderText(self.tr("Type an action or a case (title, provider, reference…)"))
        self.edit.setAccessibleName(self.tr("Command or case"))
        self.model = PaletteModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(PaletteDelegate(self.list))
        self.list.setAccessibleName(self.tr("Matching actions and cases"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(True)
        self.list.setMinimumHeight(330)
        self.nothing = QLabel()
        self.nothing.setObjectName("paletteNothing")
        self.nothing.setTextFormat(Qt.TextFormat.PlainText)
        self.nothing.setStyleSheet("color: #6b7280; padding: 10px;")
        self.nothing.hide()
        self.footer = QLabel(self.tr("↑↓ to move · Enter to run · Esc to close"))
        self.footer.setStyleSheet("color: #6b7280; padding: 4px 10px;")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(1, 1, 1, 1)
        lay.setSpacing(0)
        lay.addWidget(self.edit)
        lay.addWidget(self.nothing)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.footer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search_cases)
        self.edit.textChanged.connect(self._edited)
        self.edit.navigate.connect(self._move)
        self.edit.returnPressed.connect(self.run_current)
        self.list.clicked.connect(lambda idx: self._run_row(idx.row()))
        self._update()

    # -- matching ----------------------------------------------------------------------
    def _action_entries(self, query: str) -> list[Entry]:
        scored: list[tuple[int, Entry]] = []
        for a in self.actions_source:
            if not a.isEnabled() or not a.text() or a.isSeparator():
                continue
            text = a.text().replace("&", "")
            sc = score(query, text)
            if sc is None:
                continue
            scored.append((sc, Entry("action", text, shortcut_text(a.shortcut()), a)))
        if self.tab_actions is not None and query.strip():
            for key, attr, text, keys in self.tab_actions():
                sc = score(query, text)
                if sc is not None:
                    scored.append((sc, Entry("tab_action", text, keys, (key, attr))))
        scored.sort(key=lambda x: -x[0])
        return [e for _, e in scored]

    def _edited(self, text: str) -> None:
        self._case_entries = []
        self._searching = False
        if cases.search_terms_or_hint(text) is None and text.strip():
            self._timer.start()
        else:
            self._timer.stop()
        self._update()

    def _search_cases(self) -> None:
        query = self.edit.text()
        ctx = self.ctx
        limit = self.MAX_CASES

        def work(p: Any) -> list[Any]:
            return cases.list_cases(ctx, CaseFilter(search=query), limit=limit)

        def done(rows: list[Any]) -> None:
            if deleted(self) or query != self.edit.text():  # closed with its window meanwhile
                return
            self._searching = False
            self._case_entries = [
                Entry(
                    "case",
                    f"{r.reference} · {r.title}",
                    f"{status_label(r.status)} · {r.provider}",
                    r.reference,
                )
                for r in rows
            ]
            self._update()
            self.cases_loaded.emit()

        def failed(_e: BaseException) -> None:
            if deleted(self):
                return
            self._searching = False
            self._say_nothing_found()

        self._searching = True
        self.runner.query(work, done, failed, key=f"palette-{id(self)}")

    def _update(self) -> None:
        actions = self._action_entries(self.edit.text())
        entries = actions[:12] + self._case_entries if self.edit.text().strip() else actions
        self.model.set_entries(entries)
        if entries:
            self.list.setCurrentIndex(self.model.index(0, 0))
        self._say_nothing_found()

    def _say_nothing_found(self) -> None:
        """Nothing matched: say so (cases may still be on their way)."""
        text = self.edit.text().strip()
        searching = self._timer.isActive() or self._searching
        empty = bool(text) and self.model.rowCount() == 0
        self.nothing.setText(
            self.tr("Searching…")
            if empty and searching
            else self.tr("Nothing found for “%1”.").replace("%1", text)
        )
        self.nothing.setVisible(empty)

    def _move(self, step: int) -> None:
        n = self.model.rowCount()
        if not n:
            return
        row = self.list.currentIndex().row()
        row = min(max(row + step, 0), n - 1)
        self.list.setCurrentIndex(self.model.index(row, 0))

    def run_current(self) -> None:
        idx = self.list.currentIndex()
        if idx.isValid():
            self._run_row(idx.row())

    def _run_row(self, row: int) -> None:
        e = self.model.entry(row)
        if e is None:
            return
        self.hide()
        self.triggered.emit(e)
        self.accept()

    def popup(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            geo = parent.geometry()
            w = min(max(self.minimumWidth(), int(geo.width() * 0.55)), geo.width() - 40)
            self.resize(w, 420)
            top = parent.mapToGlobal(parent.rect().topLeft())
            self.move(top.x() + (geo.width() - w) // 2, top.y() + 70)
        self.edit.clear()
        self._update()
        self.show()
        self.raise_()
        self.activateWindow()
        self.edit.setFocus()
