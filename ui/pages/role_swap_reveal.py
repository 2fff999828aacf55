"""The role swap's reveal: how each side pictured the other, next to how the other sees itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.labels import department_name
from ui.style import MARKETING_COLOUR, SALES_COLOUR, SPACING, SUBTITLE_POINT_DELTA, scaled_font
from workshop_app.content import Content
from workshop_app.domain import Department, RoleSwap

SALES, MARKETING = Department.SALES.value, Department.MARKETING.value


def answer_text(swap: RoleSwap, prompt: str, author: str, about: str) -> str:
    return next(
        (a.text for a in swap.answers if (a.prompt, a.author, a.about) == (prompt, author, about)),
        "",
    )


class Quote(QLabel):
    """One side's answer, shown literally (user text is never read as markup)."""

    def __init__(self, colour: str):
        super().__init__(wordWrap=True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setStyleSheet(f"border-left: 4px solid {colour}; padding: 4px 8px;")


class SealBar(QFrame):
    """While answers from phones are sealed: says so, counts them, and reveals them."""

    revealRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="swapSealed")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(wordWrap=True)
        self.button = QPushButton(self.tr("&Reveal Answers"), objectName="swapReveal")
        self.button.clicked.connect(self.revealRequested)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)

    def show_swap(self, swap: RoleSwap) -> None:
        answered = sum(1 for a in swap.answers if a.text.strip())
        self.text.setText(
            self.tr(
                "Answers from phones are sealed (%1 so far): nothing of them shows here or on the "
                "projector until you reveal them to the room."
            ).replace("%1", str(answered))
        )
        self.setVisible(swap.sealed)


class RevealView(QWidget):
    noteRequested = Signal(str, str)  # prompt id, kind ("insight" or "misreading")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(SPACING * 2)
        self.grid.setVerticalSpacing(SPACING)
        self.quotes: dict[tuple[str, str, str], Quote] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self._prompts: list[str] = []

    def _build(self, content: Content) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.quotes = {}
        sales, marketing = department_name(SALES), department_name(MARKETING)
        headings = [
            self.tr("How %1 sees %2").replace("%1", marketing).replace("%2", sales),
            self.tr("How %1 sees itself").replace("%1", sales),
            self.tr("How %1 sees %2").replace("%1", sales).replace("%2", marketing),
            self.tr("How %1 sees itself").replace("%1", marketing),
        ]
        colours = [MARKETING_COLOUR, SALES_COLOUR, SALES_COLOUR, MARKETING_COLOUR]
        for column, (text, colour) in enumerate(zip(headings, colours, strict=True)):
            label = QLabel(text, wordWrap=True)
            label.setStyleSheet(f"color: {colour.name()}; font-weight: bold;")
            self.grid.addWidget(label, 0, column)
        # (author, about) of each column: the outside view next to the inside view of the same side
        views = [(MARKETING, SALES), (SALES, SALES), (SALES, MARKETING), (MARKETING, MARKETING)]
        row = 1
        for prompt in content.items("role_swap.prompts"):
            title = QLabel(prompt.get("question", prompt["id"]), wordWrap=True)
            title.setFont(scaled_font(self.font(), SUBTITLE_POINT_DELTA - 1))
            insight = QPushButton(self.tr("Note an insight…"), objectName=f"insight_{prompt['id']}")
            insight.clicked.connect(
                lambda _c=False, p=prompt["id"]: self.noteRequested.emit(p, "insight")
            )
            misreading = QPushButton(
                self.tr("Mark a misreading…"), objectName=f"misreading_{prompt['id']}"
            )
            misreading.clicked.connect(
                lambda _c=False, p=prompt["id"]: self.noteRequested.emit(p, "misreading")
            )
            head = QHBoxLayout()
            head.addWidget(title, 1)
            head.addWidget(insight)
            head.addWidget(misreading)
            holder = QWidget()
            holder.setLayout(head)
            self.grid.addWidget(holder, row, 0, 1, 4)
            for column, ((author, about), colour) in enumerate(zip(views, colours, strict=True)):
                quote = Quote(colour.name())
                self.quotes[(prompt["id"], author, about)] = quote
                self.grid.addWidget(quote, row + 1, column)
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setFrameShadow(QFrame.Shadow.Sunken)
            self.grid.addWidget(line, row + 2, 0, 1, 4)
            row += 3
        for column in range(4):
            self.grid.setColumnStretch(column, 1)

    def show_swap(self, swap: RoleSwap, content: Content) -> None:
        # Rebuilt for another language too: the prompt ids are the same in every language.
        prompts = [content.language, *(p["id"] for p in content.items("role_swap.prompts"))]
        if prompts != self._prompts:
            self._prompts = prompts
            self._build(content)
        for (prompt, author, about), quote in self.quotes.items():
            text = "" if swap.sealed else answer_text(swap, prompt, author, about).strip()
            quote.setText(
                self.tr("(sealed until the reveal)")
                if swap.sealed
                else text or self.tr("(not answered)")
            )
            quote.setEnabled(bool(text))
