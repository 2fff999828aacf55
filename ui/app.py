"""The composition root: `truce` with a command runs the headless CLI, without one opens the window."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def wants_cli(argv: Sequence[str]) -> bool:
    if not argv:
        return False  # as the launcher starts it: the window, without reading the command line's
    from workshop_app.cli import COMMANDS

    return any(arg in COMMANDS or arg in ("-h", "--help", "--version") for arg in argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if wants_cli(argv):
        from workshop_app.cli import main as cli_main

        return cli_main(argv)
    return run_window(argv)


def split_window_args(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """``--db PATH`` (or ``--db=PATH``) for Truce, the rest for Qt (``-style``, ``-platform``…).
    By hand, as argparse and the gettext it loads would add to every start of the window."""
    db, rest = None, []
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            db = next(args, None)
            if db is None:
                raise SystemExit("truce: --db needs a database file or a team library's address")
        elif arg.startswith("--db="):
            db = arg.removeprefix("--db=")
        else:
            rest.append(arg)
    return db, rest


def identify(app) -> None:
    """Name, version, and the icon that every window (the projector too) shows."""
    from ui.icons import app_icon
    from workshop_app import APP_ID, __version__

    app.setApplicationName("Truce")
    app.setOrganizationName("Truce")
    app.setApplicationVersion(__version__)
    # The launcher's entry is named after the id (truce install-desktop): Wayland and the task
    # bar match the window to it, and so to its icon.
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def run_window(argv: list[str]) -> int:
    """The window, with Python's cyclic garbage collector off while it is built.

    What starting makes (modules, classes, the window and its commands) lives as long as Truce,
    and holds few cycles: the collector walked it over and over while the window was built (5 to
    10 ms of every start), and every full collection afterwards would again. It is frozen out of
    the collector's sight once built (``ready_to_run``); the collector then sees only what the
    session makes."""
    gc.disable()
    try:
        return _run_window(argv)
    finally:
        gc.enable()  # already on unless starting failed


def ready_to_run() -> None:
    """Just before the event loop: freeze what starting made, and collect from then on."""
    gc.freeze()
    gc.enable()


def _run_window(argv: list[str]) -> int:
    db, qt_args = split_window_args(argv)

    from PySide6.QtWidgets import QApplication

    from ui import unexpected
    from ui.context import AppContext
    from ui.i18n import install_translators
    from ui.main_window import MainWindow
    from ui.single_instance import SingleInstance
    from ui.style import STYLE_ARGS, apply_style

    app = QApplication([sys.argv[0], *STYLE_ARGS, *qt_args])
    unexpected.install()  # an error nothing caught: logged, and a dialog rather than a traceback
    identify(app)
    apply_style(app)
    context = AppContext.create(db)
    install_translators(app, context.settings.get("ui/language"))
    if context.team_address:  # a server many windows share, not a file: no single window
        from ui.team.opening import open_on_team

        window = MainWindow(context)
        if not open_on_team(window, context.team_address):
            return 1
        window.show()
        ready_to_run()
        code = app.exec()
        if window.restart_requested:
            from ui.preferences import relaunch

            relaunch()
        return code
    guard = SingleInstance(context.db_path)
    if guard.ask_running_instance():
        print("Truce is already open with this database; its window was brought to the front.")
        return 0
    guard.listen()
    window = MainWindow(context)
    if not window.open_store():
        return 1
    guard.activated.connect(window.bring_to_front)
    window.show()
    if guard.ended_abnormally:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.report_abnormal_exit)
    ready_to_run()
    code = app.exec()
    if window.restart_requested:
        from ui.preferences import relaunch

        # The new Truce must not find this one still answering and step aside for it.
        guard.close()
        relaunch()
    return code


if __name__ == "__main__":
    raise SystemExit(main())
