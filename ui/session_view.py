"""An open session: the workshop navigator on the left, the current stage's page on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.labels import stage_title
from ui.store import SessionStore
from ui.style import MARGIN, NAVIGATOR_WIDTH, PAGE_MARGIN, SPACING, TITLE_POINT_DELTA, scaled_font
from workshop_app.content import load_content
from workshop_app.domain import STAGES, Session
from workshop_app.progress import Progress, stage_progress

if TYPE_CHECKING:  # importing any page imports them all (ui.pages), which waits for a session
    from ui.pages.base import StagePage

MARKS = {Progress.EMPTY: "○", Progress.STARTED: "◐", Progress.COMPLETE: "●"}


class StageFrame(QScrollArea):
    """A page with its heading and the stage's introduction, scrolling as one."""

    def __init__(self, page: StagePage):
        super().__init__()
        self.page = page
        self.title = QLabel(objectName=f"{page.stage}_title")
        self.title.setFont(scaled_font(self.font(), TITLE_POINT_DELTA))
        self.intro = QLabel(wordWrap=True, objectName=f"{page.stage}_intro")
        self.intro.setProperty("role", "hint")
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        layout.setSpacing(SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(SPACING)
        layout.addWidget(page, 1)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)

    def load(self, session: Session) -> None:
        content = load_content(session.info.language)
        self.title.setText(stage_title(self.page.stage))
        self.intro.setText(content.text(f"workshop.stages.{self.page.stage}.intro"))
        self.intro.setVisible(bool(self.intro.text()))
        self.page.load(session)


class SessionView(QWidget):
    stageChanged = Signal(str)

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

        # The pages are built when the first session opens, so the library appears without
        # waiting for nine pages (and their imports) nobody has asked for yet.
        self.frames: list[StageFrame] = []
        self.stack = QStackedWidget()
        self.stages = list(STAGES)
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

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side_widget)
        layout.addWidget(self.stack, 1)
        store.sessionChanged.connect(self._session_written)

    def _build_pages(self) -> None:
        from ui.pages import PAGES

        assert [page.stage for page in PAGES] == self.stages
        for page_class in PAGES:
            frame = StageFrame(page_class(self.store))
            self.frames.append(frame)
            self.stack.addWidget(frame)

    def open(self, session: Session, stage: str = "setup") -> None:
        if not self.frames:
            self._build_pages()
        self.flush()
        self.session = session
        for frame in self.frames:
            frame.load(session)
        self._update_header()
        self._update_marks()
        self.go(stage if stage in self.stages else self.stages[0])

    def page(self, stage: str) -> StagePage:
        if not self.frames:
            self._build_pages()
        return self.frames[self.stages.index(stage)].page

    def current_stage(self) -> str:
        return self.stages[self.stack.currentIndex()]

    def go(self, stage: str) -> None:
        self.navigator.setCurrentRow(self.stages.index(stage))

    def step(self, delta: int) -> None:
        row = min(max(self.navigator.currentRow() + delta, 0), self.navigator.count() - 1)
        self.navigator.setCurrentRow(row)

    def flush(self) -> None:
        for frame in self.frames:
            frame.page.flush()

    def _show_row(self, row: int) -> None:
        if row < 0 or not self.frames:
            return
        self.flush()
        self.stack.setCurrentIndex(row)
        self.stageChanged.emit(self.stages[row])

    def _session_written(self, session_id: str) -> None:
        if self.session is not None and session_id == self.session.id:
            self._update_header()
            self._update_marks()

    def _update_header(self) -> None:
        assert self.session is not None
        info = self.session.info
        self.session_title.setText(info.title)
        self.session_meta.setText(
            "  ·  ".join(part for part in (info.organisation, info.date) if part)
        )

    def _update_marks(self) -> None:
        assert self.session is not None
        for row, stage in enumerate(self.stages):
            progress = stage_progress(self.session, stage)
            item = self.navigator.item(row)
            item.setText(f"{MARKS[progress]}  {stage_title(stage)}")
            item.setToolTip(
                {
                    Progress.EMPTY: self.tr("Not started"),
                    Progress.STARTED: self.tr("In progress"),
                    Progress.COMPLETE: self.tr("Complete"),
                }[progress]
            )
            item.setData(Qt.ItemDataRole.UserRole + 1, progress.value)
