"""Exports from the window: documents are rendered by the core off the UI thread, written
atomically, previewed with PDFium and printed through the system's print dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from ui import prompts
from ui.commands import menu_action
from ui.messages import say
from ui.settings import Settings
from workshop_app.errors import TruceError
from workshop_app.paths import documents_dir

if TYPE_CHECKING:
    from workshop_app.domain import Session

# Written out in full at every call, because pyside6-lupdate only finds literal translate() calls.
translate = QCoreApplication.translate

# (document, format) → file suffix and dialog filter
FORMATS = {
    "pdf": ("pdf", "PDF (*.pdf)"),
    "md": ("md", "Markdown (*.md)"),
    "csv": ("csv", "CSV (*.csv)"),
    "xlsx": ("xlsx", "Excel (*.xlsx)"),
    "ics": ("ics", "iCalendar (*.ics)"),
    "json": ("json", "Truce session (*.json)"),
}


class _Signals(QObject):
    done = Signal(bytes)
    failed = Signal(str)


class RenderJob(QRunnable):
    """Runs a pure core function in the thread pool; the result comes back as a signal."""

    def __init__(self, work: Callable[[], bytes]):
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.finished = False  # set on the UI thread, once the result has been delivered

    def run(self) -> None:
        try:
            data = self.work()
        except TruceError as exc:
            self.signals.failed.emit(say(exc))
        except Exception as exc:  # shown to the user, never a silent crash
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(data)


def running(jobs: list[RenderJob], job: RenderJob) -> list[RenderJob]:
    """The jobs still under way, and the new one: their signals must outlive the worker."""
    return [j for j in jobs if not j.finished] + [job]


def render_in_background(
    parent: QWidget, label: str, work: Callable[[], bytes], on_done: Callable[[bytes], None]
) -> RenderJob:
    """Show a busy indicator while ``work`` runs; errors are reported through prompts."""
    from PySide6.QtWidgets import QProgressDialog  # on first use, like every dialog class

    progress = QProgressDialog(label, "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setMinimumDuration(300)  # quick documents never flash a dialog
    progress.setWindowTitle(translate("ExportCommands", "Preparing document"))
    job = RenderJob(work)

    def finish(data: bytes) -> None:
        job.finished = True
        progress.close()
        on_done(data)

    def fail(message: str) -> None:
        job.finished = True
        progress.close()
        prompts.error(parent, translate("ExportCommands", "Export"), message)

    job.signals.done.connect(finish)
    job.signals.failed.connect(fail)
    QThreadPool.globalInstance().start(job)
    return job


def render(
    session: Session, document: str, fmt: str, paper: str = "a4", group_by: str = "owner"
) -> bytes:
    from workshop_app.documents import export

    return export.render(session, document=document, fmt=fmt, paper=paper, group_by=group_by)


def choose_path(
    parent: QWidget, settings: Settings, session: Session, document: str, fmt: str
) -> Path | None:
    from workshop_app.documents.export import file_name  # the documents load on first export

    suffix, filters = FORMATS[fmt]
    folder = settings.get("export/last_folder") or str(documents_dir())
    name = file_name(session, document, suffix)
    chosen = prompts.save_file(
        parent, translate("ExportCommands", "Export"), str(Path(folder) / name), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{suffix}":
        path = path.with_name(f"{path.name}.{suffix}")
    settings.set("export/last_folder", str(path.parent))
    return path


def write(parent: QWidget, path: Path, data: bytes) -> bool:
    from workshop_app.documents.files import write_atomically

    try:
        write_atomically(path, data)
    except TruceError as exc:
        prompts.error(parent, translate("ExportCommands", "Export"), say(exc))
        return False
    return True


class ExportCommands(QObject):
    """The File ▸ Export menu, Print and Preview, for the session the window shows or selects."""

    def __init__(self, window: QWidget, settings: Settings, current: Callable[[], Session | None]):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.current = current
        self.jobs: list[RenderJob] = []  # kept alive until they report back

    def build(self, menu, file_menu=None, before=None) -> list:  # QMenu, QAction
        """The Export submenu in ``menu``; Print goes in ``file_menu`` (above ``before``), where
        people look for it, when one is given."""
        from PySide6.QtGui import QAction, QActionGroup, QKeySequence

        actions = []

        def add(
            text: str,
            slot: Callable[[], None],
            shortcut: str | QKeySequence.StandardKey | None = None,
            name: str = "",
        ) -> QAction:
            action = menu_action(self.window, text, slot, shortcut, name)
            menu.addAction(action)
            actions.append(action)
            return action

        add(
            translate("ExportCommands", "Action Plan (PDF)…"),
            lambda: self.export("action-plan", "pdf"),
            None,
            "exportActionPlan",
        )
        add(
            translate("ExportCommands", "Session Report (PDF)…"),
            lambda: self.export("report", "pdf"),
            None,
            "exportReport",
        )
        add(
            translate("ExportCommands", "Blank Worksheets (PDF)…"),
            lambda: self.export("worksheets", "pdf"),
            None,
            "exportWorksheets",
        )
        add(
            translate("ExportCommands", "Actions (CSV)…"),
            lambda: self.export("action-plan", "csv"),
            None,
            "exportCsv",
        )
        add(
            translate("ExportCommands", "Actions and History (Excel)…"),
            lambda: self.export("action-plan", "xlsx"),
            None,
            "exportXlsx",
        )
        add(
            translate("ExportCommands", "Actions as Calendar (.ics)…"),
            lambda: self.export("action-plan", "ics", label="calendar"),
            None,
            "exportCalendar",
        )
        add(
            translate("ExportCommands", "Session Summary (Markdown)…"),
            lambda: self.export("report", "md"),
            None,
            "exportMarkdown",
        )
        add(
            translate("ExportCommands", "Session Document (JSON)…"),
            lambda: self.export("action-plan", "json", label="session"),
            "Ctrl+E",
            "exportJson",
        )
        menu.addSeparator()
        add(
            translate("ExportCommands", "Preview Action Plan…"),
            lambda: self.preview("action-plan"),
            "Ctrl+Shift+P",
            "previewActionPlan",
        )
        add(
            translate("ExportCommands", "Preview Session Report…"),
            lambda: self.preview("report"),
            None,
            "previewReport",
        )
        printing = add(
            translate("ExportCommands", "&Print Action Plan…"),
            self.print_action_plan,
            QKeySequence.StandardKey.Print,
            "printActionPlan",
        )
        if file_menu is not None:
            menu.removeAction(printing)
            file_menu.insertAction(before, printing)
            file_menu.insertSeparator(before)
        menu.addSeparator()
        paper = menu.addMenu(translate("ExportCommands", "Paper Size"))
        group = QActionGroup(self)
        for code, label in (("a4", "A4"), ("letter", translate("ExportCommands", "US Letter"))):
            action = QAction(label, self.window, checkable=True, objectName=f"paper_{code}")
            action.setChecked(self.settings.get("export/paper") == code)
            action.triggered.connect(lambda _c=False, c=code: self.settings.set("export/paper", c))
            group.addAction(action)
            paper.addAction(action)
        grouping = menu.addMenu(translate("ExportCommands", "Group Actions By"))
        by = QActionGroup(self)
        for code, label in (
            ("owner", translate("ExportCommands", "Owner")),
            ("department", translate("ExportCommands", "Department")),
        ):
            action = QAction(label, self.window, checkable=True, objectName=f"group_{code}")
            action.setChecked(self.settings.get("export/group_by") == code)
            action.triggered.connect(
                lambda _c=False, c=code: self.settings.set("export/group_by", c)
            )
            by.addAction(action)
            grouping.addAction(action)
        return actions

    def _render(
        self, label: str, session: Session, document: str, fmt: str, then: Callable[[bytes], None]
    ) -> None:
        paper, group_by = self.settings.get("export/paper"), self.settings.get("export/group_by")
        job = render_in_background(
            self.window, label, lambda: render(session, document, fmt, paper, group_by), then
        )
        self.jobs = running(self.jobs, job)

    def export(self, document: str, fmt: str, label: str = "") -> None:
        """``label`` names the file when the document name does not (JSON is the whole session)."""
        session = self.current()
        if session is None:
            return
        path = choose_path(self.window, self.settings, session, label or document, fmt)
        if path is None:
            return

        def save(data: bytes) -> None:
            if write(self.window, path, data):
                status = getattr(self.window, "statusBar", None)
                if status is not None:
                    status().showMessage(
                        translate("ExportCommands", "Exported to %1").replace("%1", str(path)), 8000
                    )

        self._render(
            translate("ExportCommands", "Preparing %1…").replace("%1", path.name),
            session,
            document,
            fmt,
            save,
        )

    def preview(self, document: str) -> None:
        from ui.printing import print_pdf  # Qt's print support, loaded when first needed

        session = self.current()
        if session is not None:
            names = {
                "action-plan": translate("ExportCommands", "Action plan"),
                "report": translate("ExportCommands", "Session report"),
                "worksheets": translate("ExportCommands", "Worksheets"),
            }
            title = f"{names.get(document, document)} — {session.info.title}"
            self._render(
                translate("ExportCommands", "Preparing the preview…"),
                session,
                document,
                "pdf",
                lambda data: prompts.preview(self.window, title, data, print_pdf),
            )

    def print_action_plan(self) -> None:
        session = self.current()
        if session is None:
            return

        def send(data: bytes) -> None:
            from ui.dialogs.preview import PdfPages
            from ui.printing import print_pdf

            print_pdf(self.window, PdfPages(data), lambda: self.export("action-plan", "pdf"))

        self._render(
            translate("ExportCommands", "Preparing the action plan…"),
            session,
            "action-plan",
            "pdf",
            send,
        )
