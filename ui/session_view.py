"""An open session: the workshop navigator on the left, the current stage's page on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import name_controls
from ui.i18n import show_date
from ui.labels import stage_title
from ui.notes_panel import NotesPanel
from ui.pages import page_class
from ui.store import SessionStore
from ui.style import (
    MARGIN,
    MUTED_TEXT,
    NAVIGATOR_WIDTH,
    PAGE_MARGIN,
    SPACING,
    TITLE_POINT_DELTA,
    scaled_font,
)
from workshop_app import agenda as agenda_rules
from workshop_app.content import load_content
from workshop_app.domain import STAGES, Session
from workshop_app.progress import Progress, stage_progress

if TYPE_CHECKING:  # a page is imported when it is first built (ui.pages.page_class)
    from ui.pages.base import StagePage

MARKS = {Progress.EMPTY: "○", Progress.STARTED: "◐", Progress.COMPLETE: "●"}


class StageFrame(QScrollArea):
    """A page with its heading and the stage's introduction, scrolling as one.

    Made top down, in ``parent``, each widget inside its own parent: a page built on its own and
    then moved in (into the scrolled widget, the scroll area, the stack) had Qt work through its
    hundreds of children again at each move."""

    def __init__(self, page_type: type[StagePage], store: SessionStore, parent: QWidget):
        super().__init__(parent)
        inner = QWidget()
        layout = QVBoxLayout(inner)  # before setWidget, or what it holds is never shown
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(SPACING)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.title = QLabel(inner, objectName=f"{page_type.stage}_title")
        self.title.setFont(scaled_font(self.font(), TITLE_POINT_DELTA))
        self.intro = QLabel(inner, wordWrap=True, objectName=f"{page_type.stage}_intro")
        self.intro.setProperty("role", "hint")
        self.page = page = page_type(store, inner)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(SPACING)
        layout.addWidget(page, 1)
        self.notes = NotesPanel(page)  # every stage keeps what the room said during it
        layout.addWidget(self.notes)

    def load(self, session: Session) -> None:
        content = load_content(session.info.language)
        self.title.setText(stage_title(self.page.stage))
        self.intro.setText(content.text(f"workshop.stages.{self.page.stage}.intro"))
        self.intro.setVisible(bool(self.intro.text()))
        self.page.load(session)
        self.notes.load()
        name_controls(self)


def _first_focusable(page: QWidget) -> QWidget | None:
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(page)
            and widget.isEnabled()
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


class SessionView(QWidget):
    stageChanged = Signal(str)
    reviewChanged = Signal(bool)  # True while the session is open read-only
    phonesRequested = Signal(str, str)  # a page's entry to a round from phones: kind, stage

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.session: Session | None = None

        self.session_title = QLabel(objectName="sessionTitle", wordWrap=True)
        self.session_title.setFont(scaled_font(self.font(), 3))
        self.session_meta = QLabel(objectName="sessionMeta", wordWrap=True)
        self.session_meta.setProperty("role", "hint")
        self.navigator = QListWidget(objectName="navigator")
        self.navigator.setFixedWidth(NAVIGATOR_WIDTH)
        self.navigator.currentRowChanged.connect(self._show_row)

        # Each stage's page is built when it is first shown or asked for, and filled with the open
        # session then: the library appears without any, and opening a session fills one page.
        self.frames: dict[str, StageFrame] = {}
        self._stale: set[str] = set()  # built, but not yet showing the open session
        self._shown = STAGES[0]
        self.stack = QStackedWidget()
        self.stages = list(STAGES)  # the pages, in the workshop's order
        self.order = list(STAGES)  # the navigator's rows, in the session's agenda order
        for stage in self.stages:
            item = QListWidgetItem(stage_title(stage))
            item.setData(Qt.ItemDataRole.UserRole, stage)
            self.navigator.addItem(item)

        side = QVBoxLayout()
        side.setContentsMargins(MARGIN, MARGIN, 0, MARGIN)
        side.addWidget(self.session_title)
        side.addWidget(self.session_meta)
        side.addSpacing(SPACING)
        side.addWidget(self.navigator, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(NAVIGATOR_WIDTH + MARGIN)

        self.review = False
        self.review_banner = self._build_review_banner()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.review_banner)
        right.addWidget(self.stack, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side_widget)
        layout.addLayout(right, 1)
        store.sessionChanged.connect(self._session_written)

    def _build_review_banner(self) -> QFrame:
        banner = QFrame(objectName="reviewBanner")
        banner.setProperty("role", "banner")
        label = QLabel(
            self.tr(
                "Review mode — read only. Reading, copying and exporting work; nothing can be changed."
            ),
            objectName="reviewBannerText",
            wordWrap=True,
        )
        self.edit_button = QPushButton(self.tr("&Edit"), objectName="reviewEdit")
        self.edit_button.setToolTip(self.tr("Allow changes to this session (Ctrl+Shift+R)"))
        self.edit_button.clicked.connect(lambda: self.set_review(False))
        row = QHBoxLayout(banner)
        row.setContentsMargins(PAGE_MARGIN, SPACING, PAGE_MARGIN, SPACING)
        row.addWidget(label, 1)
        row.addWidget(self.edit_button)
        banner.hide()
        return banner

    def set_review(self, on: bool) -> None:
        """Read-only (True) or editable (False); every page follows, and the store refuses writes."""
        self.flush()
        self.review = on
        self.review_banner.setVisible(on)
        for frame in self.frames.values():
            frame.page.set_read_only(on)
        self._lock(self.isVisible())
        self.reviewChanged.emit(on)

    def _lock(self, shown: bool) -> None:
        # Only while this view is on screen: the tracker may update the same session's actions.
        self.store.under_review.clear()
        if shown and self.review and self.session is not None:
            self.store.under_review.add(self.session.id)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._lock(True)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._lock(False)

    def open(self, session: Session, stage: str = "setup", *, review: bool = False) -> None:
        self.flush()
        self.session = session
        self._stale = set(self.frames)
        self.set_review(review)
        self._update_header()
        self._update_marks()
        self.go(stage if stage in self.stages else self.stages[0])
        self.current_frame()  # go() shows nothing new when the stage was already on screen

    def _frame(self, stage: str) -> StageFrame:
        """The stage's frame, built on first use, showing the open session."""
        frame = self.frames.get(stage)
        if frame is None:
            frame = self.frames[stage] = StageFrame(page_class(stage), self.store, self.stack)
            frame.page.set_read_only(self.review)
            frame.page.phonesRequested.connect(self.phonesRequested)
            self.stack.addWidget(frame)
            self._stale.add(stage)
        if stage in self._stale and self.session is not None:
            self._stale.discard(stage)
            frame.load(self.session)
        return frame

    def page(self, stage: str) -> StagePage:
        return self._frame(stage).page

    def current_frame(self) -> StageFrame:
        return self._frame(self._shown)

    def current_stage(self) -> str:
        return self._shown

    def go(self, stage: str) -> None:
        self.navigator.setCurrentRow(self.order.index(stage))

    def step(self, delta: int) -> None:
        """Next or previous stage on the agenda, passing over the stages it skips."""
        if self.session is None:
            return
        target = agenda_rules.step(
            agenda_rules.complete(self.session.agenda), self.current_stage(), delta
        )
        if target is not None:
            self.go(target)

    def focus_page(self) -> None:
        """Put the keyboard on the page on screen, after a stage was chosen by a shortcut
        (Ctrl+PgDn, Ctrl+1…9): typing goes on at once, into the grid where the page has one."""
        frame = self.current_frame()
        target = frame.page.entry_widget()
        if target is None or not target.isVisibleTo(frame) or not target.isEnabled():
            target = _first_focusable(frame.page)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            frame.ensureWidgetVisible(target)

    def flush(self) -> None:
        for frame in self.frames.values():
            frame.page.flush()

    def _show_row(self, row: int) -> None:
        if row < 0 or self.session is None:
            return
        self.flush()
        stage = self.order[row]
        self.stack.setCurrentWidget(self._frame(stage))
        self._shown = stage
        self.stageChanged.emit(stage)

    def _session_written(self, session_id: str) -> None:
        if self.session is not None and session_id == self.session.id:
            self._update_header()
            self._update_marks()

    def _update_header(self) -> None:
        assert self.session is not None
        info = self.session.info
        self.session_title.setText(info.title)
        self.session_meta.setText(
            "  ·  ".join(
                part for part in (info.organisation, show_date(info.date, long=True)) if part
            )
        )

    def _update_marks(self) -> None:
        assert self.session is not None
        # The rows follow the agenda: reordering only relabels them, so no page is switched.
        agenda = agenda_rules.complete(self.session.agenda)
        # Before the first page is chosen there is no row to keep.
        current = self.current_stage() if self.navigator.currentRow() >= 0 else None
        self.order = agenda_rules.order(agenda)
        skipped = agenda_rules.skipped(agenda)
        for row, stage in enumerate(self.order):
            progress = stage_progress(self.session, stage)
            item = self.navigator.item(row)
            item.setData(Qt.ItemDataRole.UserRole, stage)
            tip = {
                Progress.EMPTY: self.tr("Not started"),
                Progress.STARTED: self.tr("In progress"),
                Progress.COMPLETE: self.tr("Complete"),
            }[progress]
            if stage in skipped:
                item.setText(
                    self.tr("%1  %2 (skipped)")
                    .replace("%1", MARKS[progress])
                    .replace("%2", stage_title(stage))
                )
                item.setToolTip(self.tr("Skipped in this workshop's agenda"))
                item.setForeground(QBrush(MUTED_TEXT))
            else:
                item.setText(f"{MARKS[progress]}  {stage_title(stage)}")
                item.setToolTip(tip)
                item.setForeground(QBrush())
            item.setData(Qt.ItemDataRole.UserRole + 1, progress.value)
            item.setData(Qt.ItemDataRole.UserRole + 2, stage in skipped)
        if current is not None and self.navigator.currentRow() != self.order.index(current):
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(self.order.index(current))
            self.navigator.blockSignals(False)
