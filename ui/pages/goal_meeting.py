"""The joint-meeting agreement: the standing rhythm in which both departments review the shared
figures, decide together and hear what became of each lead.

One click fills in the suggested agreement (the content's, in the session's language); every
field stays editable. A meeting without a frequency or attendees is kept, with a warning.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.labels import department_name
from ui.style import SPACING
from workshop_app.cascade import FREQUENCIES, MEETING_MINUTES, meeting_warnings
from workshop_app.content import Content
from workshop_app.domain import JointMeeting, Participant
from workshop_app.domain.limits import LINE, TEXT


def _text_box(name: str, height: int) -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def _checked(listing: QListWidget) -> list[str]:
    return [
        listing.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(listing.count())
        if listing.item(row).checkState() == Qt.CheckState.Checked
    ]


class MeetingPanel(QWidget):
    edited = Signal()  # a field changed: read meeting() and save it
    quick = Signal()  # the facilitator asks for the suggested agreement

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        self._stored: JointMeeting | None = None
        self.hint = QLabel(objectName="meetingHint", wordWrap=True)
        self.hint.setProperty("role", "hint")
        self.quick_button = QPushButton(
            self.tr("Use the &suggested agreement"), objectName="meetingQuick"
        )
        self.quick_button.setToolTip(
            self.tr("Fill the empty fields with a monthly meeting and its usual agenda")
        )
        self.quick_button.clicked.connect(self.quick)
        self.clear_button = QPushButton(self.tr("Clear"), objectName="meetingClear")

        self.purpose = _text_box("meetingPurpose", 56)
        self.purpose.setPlaceholderText(self.tr("What the meeting is for"))
        self.frequency = QComboBox(objectName="meetingFrequency")
        self.minutes = QSpinBox(objectName="meetingMinutes")
        low, high = MEETING_MINUTES
        self.minutes.setRange(low - 5, high)  # the lowest value stands for "not agreed"
        self.minutes.setSingleStep(15)
        self.minutes.setSpecialValueText(self.tr("length not agreed"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Length of the meeting"))
        self.attendees = QListWidget(objectName="meetingAttendees")
        self.attendees.setFixedHeight(190)
        self.other_attendees = QLineEdit(objectName="meetingOthers", maxLength=LINE)
        self.other_attendees.setPlaceholderText(self.tr("Others, by role: e.g. the CRM analyst"))
        self.figures = QListWidget(objectName="meetingFigures")
        self.figures.setFixedHeight(150)
        self.decisions = _text_box("meetingDecisions", 72)
        self.decisions.setPlaceholderText(self.tr("What the meeting decides, and what it does not"))
        self.closed_loop = _text_box("meetingClosedLoop", 72)
        self.closed_loop.setPlaceholderText(
            self.tr("How Sales reports what became of each lead Marketing passed on")
        )
        self.warning = QLabel(objectName="meetingWarning", wordWrap=True)
        self.warning.setProperty("role", "warning")

        rhythm = QHBoxLayout()
        rhythm.addWidget(self.frequency)
        rhythm.addWidget(self.minutes)
        rhythm.addStretch(1)
        left = QFormLayout()
        rhythm_label = QLabel(self.tr("How &often:"))
        rhythm_label.setBuddy(self.frequency)
        left.addRow(self.tr("&Purpose:"), self.purpose)
        left.addRow(rhythm_label, rhythm)
        left.addRow(self.tr("&Decisions it takes:"), self.decisions)
        left.addRow(self.tr("&Closed-loop reporting:"), self.closed_loop)
        right = QFormLayout()
        right.addRow(self.tr("&Who attends:"), self.attendees)
        others = QLabel(self.tr("O&thers:"))
        others.setBuddy(self.other_attendees)
        right.addRow(others, self.other_attendees)
        right.addRow(self.tr("&Figures reviewed:"), self.figures)

        top = QHBoxLayout()
        top.addWidget(self.hint, 1)
        top.addWidget(self.quick_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        for form in (left, right):
            column = QVBoxLayout()
            column.addLayout(form)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns)
        layout.addWidget(self.warning)
        layout.addStretch(1)

        for box in (self.purpose, self.decisions, self.closed_loop):
            box.textChanged.connect(self._changed)
        self.other_attendees.textEdited.connect(self._changed)
        self.frequency.currentIndexChanged.connect(self._changed)
        self.minutes.valueChanged.connect(self._changed)
        for listing in (self.attendees, self.figures):
            listing.itemChanged.connect(lambda _item: self._changed())

    def set_content(self, content: Content, participants: list[Participant]) -> None:
        self._loading = True
        self.hint.setText(content.text("goals.meeting_hint"))
        names = {f["id"]: f.get("name", f["id"]) for f in content.items("goals.frequencies")}
        chosen = self.frequency.currentData()
        self.frequency.clear()
        self.frequency.addItem(self.tr("Not agreed yet"), "")
        for frequency in FREQUENCIES:
            self.frequency.addItem(names.get(frequency, frequency), frequency)
        self.frequency.setCurrentIndex(max(self.frequency.findData(chosen), 0))
        self.figures.clear()
        for figure in content.items("goals.meeting_figures"):
            self._add_check(self.figures, figure.get("name", figure["id"]), figure["id"])
        self.attendees.clear()
        for person in participants:
            label = f"{person.name} · {department_name(person.department)}"
            if person.role:
                label += f" · {person.role}"
            self._add_check(self.attendees, label, person.id)
        self._loading = False

    @staticmethod
    def _add_check(listing: QListWidget, text: str, data: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        listing.addItem(item)

    def show_meeting(self, stored: JointMeeting | None) -> None:
        self._loading = True
        self._stored = stored
        shown = stored or JointMeeting()
        for box, text in (
            (self.purpose, shown.purpose),
            (self.decisions, shown.decisions),
            (self.closed_loop, shown.closed_loop),
        ):
            if box.toPlainText() != text:
                box.setPlainText(text)
        self.frequency.setCurrentIndex(max(self.frequency.findData(shown.frequency), 0))
        self.minutes.setValue(shown.minutes or self.minutes.minimum())
        self.other_attendees.setText(shown.other_attendees)
        for listing, chosen in ((self.attendees, shown.attendees), (self.figures, shown.figures)):
            for row in range(listing.count()):
                item = listing.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in chosen
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.clear_button.setEnabled(stored is not None)
        self._loading = False
        self._show_warning()

    def meeting(self) -> JointMeeting:
        """The agreement as the panel shows it. Attendees and figures the lists do not show (a
        participant removed since, a figure of a newer catalogue) are kept as they were."""
        stored = self._stored or JointMeeting()
        shown_people = {
            self.attendees.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.attendees.count())
        }
        shown_figures = {
            self.figures.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.figures.count())
        }
        minutes = self.minutes.value()
        return JointMeeting(
            purpose=self.purpose.toPlainText()[:TEXT],
            frequency=self.frequency.currentData() or "",
            minutes=None if minutes < MEETING_MINUTES[0] else minutes,
            attendees=[a for a in stored.attendees if a not in shown_people]
            + _checked(self.attendees),
            other_attendees=self.other_attendees.text().strip()[:LINE],
            figures=[f for f in stored.figures if f not in shown_figures] + _checked(self.figures),
            decisions=self.decisions.toPlainText()[:TEXT],
            closed_loop=self.closed_loop.toPlainText()[:TEXT],
        )

    def _changed(self) -> None:
        if self._loading:
            return
        self._show_warning()
        self.edited.emit()

    def _show_warning(self) -> None:
        missing = meeting_warnings(self.meeting())
        names = {"frequency": self.tr("a frequency"), "attendees": self.tr("attendees")}
        self.warning.setVisible(bool(missing))
        if missing:
            self.warning.setText(
                self.tr(
                    "⚠ This meeting has no %1 yet. It is saved, but nobody will know when to come."
                ).replace("%1", self.tr(" or ").join(names[m] for m in missing))
            )
