"""What the library shows before its first session: a word of welcome and the two ways in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.style import scaled_font


def empty_library(
    parent: QWidget, font: QFont, new_session: Callable[[], None], create_demo: Callable[[], None]
) -> tuple[QFrame, QLabel]:
    """The frame, made in ``parent``, and its title (the library words it differently in the
    trash)."""
    frame = QFrame(parent, objectName="emptyState")
    title = QLabel(QCoreApplication.translate("LibraryPage", "No workshop sessions yet"))
    title.setFont(scaled_font(font, 4))
    text = QLabel(
        QCoreApplication.translate(
            "LibraryPage",
            "Create a session for your next Sales & Marketing workshop, or explore Truce with a demo "
            "session of a fictional company.",
        ),
        wordWrap=True,
    )
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    new = QPushButton(
        QCoreApplication.translate("LibraryPage", "New session…"), objectName="emptyNewSession"
    )
    new.clicked.connect(new_session)
    demo = QPushButton(
        QCoreApplication.translate("LibraryPage", "Create the demo session"),
        objectName="createDemo",
    )
    demo.clicked.connect(create_demo)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(new)
    row.addWidget(demo)
    row.addStretch(1)
    layout = QVBoxLayout(frame)
    layout.addStretch(1)
    layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addWidget(text)
    layout.addLayout(row)
    layout.addStretch(1)
    return frame, title
