"""The Role split page's agreements: the handoff and its rules (its response time is the SLA's,
on the SLA tab), Marketing's contributions after it, the rules of engagement and the "who to
call" directory.

Each panel edits the session's RoleMap in place and asks the page to save it: ``changed`` for a
gesture that saves at once, ``typed`` for text that is saved when typing pauses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.labels import department_name
from ui.models.contacts import DEPARTMENT, TOPIC, ContactsModel
from ui.widgets.editors import ChoiceDelegate
from workshop_app import role_split
from workshop_app.content import Content
from workshop_app.domain import Contact, Contribution, Department, RoleMap, Rule, new_id
from workshop_app.domain.limits import LINE, TEXT


class RoleMapPanel(QWidget):
    """A tab of the role split that edits part of the map: ``changed`` asks the page to save it,
    ``typed`` to save it after a pause; ``attempt`` runs a core rule that may refuse (the page
    sets it to its write, which tells the user why)."""

    changed = Signal()
    typed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.role_map = RoleMap()
        self.content: Content | None = None
        self.attempt: Callable[[Callable[[], object]], bool] = lambda work: bool(work() or True)
        self._loading = False


class HandoffPanel(RoleMapPanel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

        self.stage = QComboBox(objectName="handoffStage")
        self.stage.currentIndexChanged.connect(self._stage_chosen)
        self.qualified = QPlainTextEdit(objectName="handoffQualified")
        self.qualified.setMaximumHeight(110)
        self.qualified.textChanged.connect(self._texts_typed)
        self.feedback = QPlainTextEdit(objectName="handoffFeedback")
        self.feedback.setMaximumHeight(90)
        self.feedback.textChanged.connect(self._texts_typed)
        form = QFormLayout()
        form.addRow(self.tr("Hando&ff at:"), self.stage)
        form.addRow(self.tr("&Qualified lead:"), self.qualified)
        form.addRow(self.tr("Feed&back to Marketing:"), self.feedback)
        elsewhere = QLabel(
            self.tr(
                "How fast Sales responds is part of the SLA; the lead stages say who owns a "
                "lead before and after the handoff."
            ),
            wordWrap=True,
        )
        elsewhere.setProperty("role", "hint")
        form.addRow(elsewhere)
        handoff = QGroupBox(self.tr("The handoff from Marketing to Sales"))
        handoff.setLayout(form)

        self.contribution_form = QFormLayout()
        self.contribution_edits: dict[str, QLineEdit] = {}
        self.suggest = QPushButton(self.tr("Fill in the usual contributions"), objectName="suggest")
        self.suggest.clicked.connect(self.fill_suggestions)
        contributions = QGroupBox(self.tr("What Marketing contributes after the handoff"))
        inner = QVBoxLayout(contributions)
        inner.addLayout(self.contribution_form)
        inner.addWidget(self.suggest, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(handoff)
        layout.addWidget(contributions)
        layout.addStretch(1)

    def load(self, role_map: RoleMap, content: Content) -> None:
        self._loading = True
        self.role_map, self.content = role_map, content
        handoff = role_map.handoff
        self.stage.clear()
        self.stage.addItem(self.tr("Not decided yet"), "")
        for stage in role_map.stages:
            self.stage.addItem(stage.name, stage.id)
        self.stage.setCurrentIndex(max(self.stage.findData(handoff.stage), 0))
        prompts_key = "role_split.handoff_prompts"
        self.qualified.setPlaceholderText(content.text(f"{prompts_key}.qualified_lead"))
        self.feedback.setPlaceholderText(content.text(f"{prompts_key}.feedback"))
        if self.qualified.toPlainText() != handoff.qualified_lead:
            self.qualified.setPlainText(handoff.qualified_lead)
        if self.feedback.toPlainText() != handoff.feedback:
            self.feedback.setPlainText(handoff.feedback)
        self._build_contributions()
        self._loading = False

    def _later_stages(self) -> list:
        ids = [s.id for s in self.role_map.stages]
        start = ids.index(self.role_map.handoff.stage) if self.role_map.handoff.stage in ids else 0
        return self.role_map.stages[start:]

    def _build_contributions(self) -> None:
        while self.contribution_form.rowCount():
            self.contribution_form.removeRow(0)
        self.contribution_edits.clear()
        texts = {c.stage: c.text for c in self.role_map.contributions}
        suggestions = {
            c.stage: c.text for c in role_split.suggested_contributions(self.role_map, self.content)
        }
        for stage in self._later_stages():
            edit = QLineEdit(texts.get(stage.id, ""), objectName=f"contribution_{stage.id}")
            edit.setMaxLength(LINE)
            edit.setPlaceholderText(suggestions.get(stage.id, ""))
            edit.textEdited.connect(lambda _t, s=stage.id, e=edit: self._contribution(s, e.text()))
            self.contribution_form.addRow(stage.name, edit)
            self.contribution_edits[stage.id] = edit

    def _contribution(self, stage: str, text: str) -> None:
        others = [c for c in self.role_map.contributions if c.stage != stage]
        self.role_map.contributions = others + ([Contribution(stage, text)] if text.strip() else [])
        self.typed.emit()

    def fill_suggestions(self) -> None:
        """Put the usual contribution in every empty field, for the room to adapt."""
        for stage, edit in self.contribution_edits.items():
            if not edit.text().strip() and edit.placeholderText():
                edit.setText(edit.placeholderText())
                self._contribution(stage, edit.text())
        self.changed.emit()

    def _stage_chosen(self) -> None:
        if self._loading:
            return
        self.role_map.handoff.stage = self.stage.currentData() or ""
        self._loading = True
        self._build_contributions()
        self._loading = False
        self.changed.emit()

    def _texts_typed(self) -> None:
        if self._loading:
            return
        self.role_map.handoff.qualified_lead = self.qualified.toPlainText()[:TEXT]
        self.role_map.handoff.feedback = self.feedback.toPlainText()[:TEXT]
        self.typed.emit()


class RulesPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.role_map = RoleMap()
        self._loading = False

        self.rules = QListWidget(objectName="rulesList")
        self.rules.setWordWrap(True)
        self.rules.setSpacing(3)
        self.rules.setAlternatingRowColors(True)
        self.rules.setMinimumHeight(160)
        self.rules.itemChanged.connect(self._rule_edited)
        QShortcut(QKeySequence.StandardKey.Delete, self.rules, self.remove_rule)
        self.new_rule = QLineEdit(objectName="newRule", maxLength=TEXT)
        self.new_rule.setPlaceholderText(self.tr("Type a rule the room agrees and press Enter"))
        self.new_rule.returnPressed.connect(lambda: self.add_rule(self.new_rule.text()))
        self.suggestions = QComboBox(objectName="ruleSuggestions")
        self.suggestions.activated.connect(self._suggestion_chosen)
        self.remove_rule_button = QPushButton(self.tr("Remove rule"), objectName="removeRule")
        self.remove_rule_button.clicked.connect(self.remove_rule)
        row = QHBoxLayout()
        row.addWidget(self.new_rule, 1)
        row.addWidget(self.suggestions)
        row.addWidget(self.remove_rule_button)
        rules = QGroupBox(self.tr("Rules of engagement"))
        rules_layout = QVBoxLayout(rules)
        rules_layout.addWidget(self.rules)
        rules_layout.addLayout(row)

        self.contacts = ContactsModel(self)
        self.contacts.edited.connect(self.changed)
        self.table = QTableView(objectName="contactsTable")
        self.table.setModel(self.contacts)
        self.table.setItemDelegateForColumn(
            DEPARTMENT,
            ChoiceDelegate(
                lambda: [("", "–")] + [(d.value, department_name(d)) for d in Department],
                self.table,
            ),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(180)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_contact)
        self.add_contact_button = QPushButton(self.tr("Add contact"), objectName="addContact")
        self.add_contact_button.clicked.connect(self.add_contact)
        self.remove_contact_button = QPushButton(
            self.tr("Remove contact"), objectName="removeContact"
        )
        self.remove_contact_button.clicked.connect(self.remove_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_contact_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_contact_button)
        contacts = QGroupBox(self.tr("Who to call"))
        contacts_layout = QVBoxLayout(contacts)
        hint = QLabel(self.tr("Whom to contact in the other department, about what."))
        hint.setProperty("role", "hint")
        contacts_layout.addWidget(hint)
        contacts_layout.addWidget(self.table)
        contacts_layout.addLayout(buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(rules)
        layout.addWidget(contacts)

    def load(self, role_map: RoleMap, content: Content) -> None:
        self._loading = True
        self.role_map = role_map
        self.rules.clear()
        for rule in role_map.rules:
            item = QListWidgetItem(rule.text)
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.rules.addItem(item)
        self.suggestions.clear()
        self.suggestions.addItem(self.tr("Add a suggested rule…"), "")
        for text in content.get_list("role_split.rule_suggestions"):
            shown = text if len(text) <= 70 else text[:69] + "…"
            self.suggestions.addItem(shown, text)
            self.suggestions.setItemData(
                self.suggestions.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        self.contacts.set_contacts(role_map.contacts)
        self._loading = False

    def add_rule(self, text: str) -> None:
        text = text.strip()[:TEXT]
        if not text:
            return
        rule = Rule(id=new_id(), text=text)
        self.role_map.rules.append(rule)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, rule.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._loading = True
        self.rules.addItem(item)
        self._loading = False
        self.new_rule.clear()
        self.changed.emit()

    def _suggestion_chosen(self, index: int) -> None:
        text = self.suggestions.itemData(index)
        if text and text not in [r.text for r in self.role_map.rules]:
            self.add_rule(text)
        self.suggestions.setCurrentIndex(0)

    def _rule_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        rule_id = item.data(Qt.ItemDataRole.UserRole)
        text = item.text().strip()[:TEXT]
        for rule in self.role_map.rules:
            if rule.id == rule_id and text:
                rule.text = text
        self.changed.emit()

    def remove_rule(self) -> None:
        row = self.rules.currentRow()
        if row < 0:
            return
        if not prompts.confirm(
            self,
            self.tr("Remove rule"),
            self.tr("Remove the rule “%1”?").replace("%1", self.rules.item(row).text()),
            self.tr("Remove"),
        ):
            return
        self.rules.takeItem(row)
        del self.role_map.rules[row]
        self.changed.emit()

    def add_contact(self) -> None:
        row = self.contacts.add(Contact(id=new_id(), topic=self.tr("New topic")))
        index = self.contacts.index(row, TOPIC)
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_contact(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        topic = self.contacts.contacts[row].topic
        if prompts.confirm(
            self,
            self.tr("Remove contact"),
            self.tr("Remove “%1” from the list?").replace("%1", topic),
            self.tr("Remove"),
        ):
            self.contacts.remove(row)
