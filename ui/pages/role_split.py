"""Role split: who does what along the funnel (RACI), where the lead passes to Sales, the lead
stages and the two-sided SLA, and the rules the two departments agree to work by. Each tab but the
grid is a panel of its own module (role_split_parts, _leads, _sla, _map)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import prompts
from ui.action_links import add_linked_action
from ui.models.raci import RaciModel
from ui.pages.base import StagePage
from ui.pages.role_split_leads import LeadStagesPanel
from ui.pages.role_split_map import RoleMapTab
from ui.pages.role_split_parts import HandoffPanel, RulesPanel
from ui.pages.role_split_sla import SlaPanel
from ui.store import SessionStore
from ui.style import SPACING
from ui.widgets.raci_grid import RaciGrid
from workshop_app import role_split
from workshop_app.content import Content, load_content
from workshop_app.domain import RoleMap


class RoleSplitPage(StagePage):
    stage = "role_split"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.content: Content | None = None

        # --- starting templates
        self.archetype = QComboBox(objectName="archetype")
        self.archetype.currentIndexChanged.connect(self._describe_archetype)
        self.apply_button = QPushButton(self.tr("Apply template"), objectName="applyArchetype")
        self.apply_button.clicked.connect(self.apply_archetype)
        self.archetype_text = QLabel(wordWrap=True, objectName="archetypeText")
        self.archetype_text.setProperty("role", "hint")
        template = QHBoxLayout()
        template.addWidget(QLabel(self.tr("Start from:")))
        template.addWidget(self.archetype, 1)
        template.addWidget(self.apply_button)

        # --- the grid
        self.model = RaciModel(self)
        self.model.edited.connect(self._grid_edited)
        self.grid = RaciGrid()
        self.grid.setObjectName("raciGrid")
        self.grid.setModel(self.model)
        self.grid.setMinimumHeight(330)
        self.warning = QLabel(objectName="raciWarning", wordWrap=True)
        self.warning.setProperty("role", "warning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(objectName="raciHint", wordWrap=True)
        self.hint.setProperty("role", "hint")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QLabel(objectName="raciLegend", wordWrap=True)

        self.buttons: dict[str, QPushButton] = {}
        tools = QGridLayout()
        specs = [
            ("addStage", self.tr("Add stage…"), self.add_stage, ""),
            ("renameStage", self.tr("Rename stage…"), self.rename_stage, ""),
            ("moveStageUp", self.tr("Move up"), lambda: self.move_stage(-1), "Alt+Up"),
            ("moveStageDown", self.tr("Move down"), lambda: self.move_stage(1), "Alt+Down"),
            ("removeStage", self.tr("Remove stage"), self.remove_stage, ""),
            ("addParty", self.tr("Add party…"), self.add_party, ""),
            ("renameParty", self.tr("Rename party…"), self.rename_party, ""),
            ("removeParty", self.tr("Remove party"), self.remove_party, ""),
            ("stageAction", self.tr("Add action…"), self.add_stage_action, ""),
        ]
        for number, (name, text, slot, shortcut) in enumerate(specs):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            if shortcut:
                button.setShortcut(QKeySequence(shortcut))
                button.setToolTip(f"{text} ({shortcut})")
            self.buttons[name] = button
            tools.addWidget(button, number, 0)
        self.buttons["stageAction"].setToolTip(
            self.tr("Add an action to the plan for a gap at the selected stage")
        )
        tools.setRowStretch(len(specs), 1)
        grid_row = QHBoxLayout()
        grid_row.addWidget(self.grid, 1)
        grid_row.addLayout(tools)
        typing = QLabel(
            self.tr(
                "Type R, A, C or I in a cell (Delete clears it), double-click to cycle through the "
                "letters, or right-click to choose. Each stage needs exactly one A."
            ),
            wordWrap=True,
        )
        typing.setProperty("role", "hint")
        grid_tab = QWidget()
        grid_layout = QVBoxLayout(grid_tab)
        grid_layout.addWidget(typing)
        grid_layout.addLayout(grid_row, 1)
        grid_layout.addWidget(self.warning)
        grid_layout.addWidget(self.hint)
        grid_layout.addWidget(self.legend)

        # --- agreements and the projector view
        self.handoff = HandoffPanel()
        self.handoff.changed.connect(self.save)
        self.save_typing = self.debounced(self.save)
        self.handoff.typed.connect(self.save_typing.poke)
        self.leads = LeadStagesPanel()
        self.sla = SlaPanel()
        for panel in (self.leads, self.sla):
            panel.attempt = lambda work: self.write(self.tr("Role split"), work)
            panel.changed.connect(self.save)
            panel.typed.connect(self.save_typing.poke)
        self.rules = RulesPanel()
        self.rules.changed.connect(self.save)
        self.map_tab = RoleMapTab()
        self.chart = self.map_tab.chart

        self.tabs = QTabWidget(objectName="roleSplitTabs")
        self.tabs.addTab(grid_tab, self.tr("&Who does what"))
        self.tabs.addTab(self.handoff, self.tr("&Handoff"))
        self.tabs.addTab(self.leads, self.tr("&Lead stages"))
        self.tabs.addTab(self.sla, self.tr("&SLA"))
        self.tabs.addTab(self.rules, self.tr("&Rules and contacts"))
        self.tabs.addTab(self.map_tab, self.tr("&Map"))
        self.tabs.currentChanged.connect(lambda _i: self.chart.update())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        layout.addLayout(template)
        layout.addWidget(self.archetype_text)
        layout.addWidget(self.tabs, 1)
        self.grid.selectionModel().currentChanged.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, self.add_stage_action)

    @property
    def role_map(self) -> RoleMap:
        assert self.session is not None
        return self.session.role_map

    # ------------------------------------------------------------------ model → widgets

    def entry_widget(self) -> QWidget | None:
        return self.grid

    def refresh(self) -> None:
        if self.session is None:
            return
        self.content = load_content(self.session.info.language)
        current = self.archetype.currentData()
        self.archetype.blockSignals(True)
        self.archetype.clear()
        for item in self.content.items("role_split.archetypes"):
            self.archetype.addItem(item["name"], item["id"])
        chosen = self.role_map.handoff.archetype or current
        self.archetype.setCurrentIndex(max(self.archetype.findData(chosen), 0))
        self.archetype.blockSignals(False)
        self._describe_archetype()
        self.model.set_role_map(self.role_map, self.content)
        self.handoff.load(self.role_map, self.content)
        self.leads.load(self.role_map, self.content)
        self.sla.load(self.role_map, self.content)
        self.rules.load(self.role_map, self.content)
        self.map_tab.load(self.role_map, self.content)
        self.legend.setText(self.map_tab.legend())
        self._update_checks()

    def _describe_archetype(self) -> None:
        if self.content is None:
            return
        found = role_split.archetype(self.content, self.archetype.currentData() or "")
        self.archetype_text.setText(found.get("description", "") if found else "")

    def _update_checks(self) -> None:
        names = {s.id: s.name for s in self.role_map.stages}
        parties = {p.id: role_split.party_name(p, self.content) for p in self.role_map.parties}
        problems = role_split.raci_problems(self.role_map)
        missing = [names[p.stage] for p in problems if p.kind == "no_accountable"]
        several = [
            self.tr("%1 (%2)")
            .replace("%1", names[p.stage])
            .replace("%2", ", ".join(parties[x] for x in p.parties))
            for p in problems
            if p.kind == "several_accountable"
        ]
        lines = []
        if several:
            lines.append(
                self.tr("More than one Accountable: %1.").replace("%1", "; ".join(several))
            )
        if missing:
            lines.append(self.tr("No Accountable yet: %1.").replace("%1", ", ".join(missing)))
        self.warning.setText(
            ("⚠ " + self.tr("Each stage needs exactly one A.") + " " + " ".join(lines))
            if lines
            else ""
        )
        self.warning.setVisible(bool(lines))
        no_r = [names[p.stage] for p in problems if p.kind == "no_responsible"]
        no_r = [n for n in no_r if n not in missing]
        self.hint.setText(
            self.tr(
                "Nobody is marked R at %1: the Accountable party does the work itself. "
                "Mark R where someone else does it."
            ).replace("%1", ", ".join(no_r))
            if no_r
            else ""
        )
        self.hint.setVisible(bool(no_r))
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.grid.currentIndex()
        has_stage = index.isValid()
        custom = (
            has_stage and self.model.party_id(index.column()) not in role_split.BUILT_IN_PARTIES
        )
        for name in ("renameStage", "moveStageUp", "moveStageDown", "removeStage", "stageAction"):
            self.buttons[name].setEnabled(has_stage)
        for name in ("renameParty", "removeParty"):
            self.buttons[name].setEnabled(custom)

    # ------------------------------------------------------------------ writes

    def save(self) -> None:
        if self.session is None:
            return
        session = self.session
        self.write(
            self.tr("Role split"),
            lambda: self.store.save_section(session.id, "role_map", session.role_map),
        )
        self.chart.update()

    def _grid_edited(self) -> None:
        self._update_checks()
        self.save()

    def _reshaped(self, row: int | None = None, column: int | None = None) -> None:
        """Stages or parties changed: redraw everything and keep the cursor where it was."""
        index = self.grid.currentIndex()
        self.save()
        self.refresh()
        row = index.row() if row is None else row
        column = max(index.column(), 0) if column is None else column
        if 0 <= row < self.model.rowCount() and self.model.columnCount():
            target = self.model.index(row, min(column, self.model.columnCount() - 1))
            self.grid.selectionModel().setCurrentIndex(
                target, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self.grid.setFocus()

    def _current_stage(self) -> str:
        index = self.grid.currentIndex()
        return self.model.stage_id(index.row()) if index.isValid() else ""

    def apply_archetype(self) -> None:
        if self.session is None or self.content is None:
            return
        if self.role_map.cells and not prompts.confirm(
            self,
            self.tr("Apply template"),
            self.tr("The template replaces the letters of Sales and Marketing in the grid."),
            self.tr("Apply"),
        ):
            return
        archetype = self.archetype.currentData()
        if self.write(
            self.tr("Role split"),
            lambda: role_split.apply_archetype(self.role_map, self.content, archetype),
        ):
            self._reshaped()

    def add_stage(self) -> None:
        name = prompts.text(self, self.tr("Add stage"), self.tr("Name of the new funnel stage:"))
        if not name or not name.strip():
            return
        after = self._current_stage() or None
        added = []
        if self.write(
            self.tr("Role split"),
            lambda: added.append(role_split.add_stage(self.role_map, name, after=after)),
        ):
            self._reshaped(row=[s.id for s in self.role_map.stages].index(added[0].id))

    def rename_stage(self) -> None:
        stage_id = self._current_stage()
        if not stage_id:
            return
        current = role_split.stage_name(self.role_map, stage_id)
        name = prompts.text(self, self.tr("Rename stage"), self.tr("New name:"), current)
        if name and name.strip() and name.strip() != current:
            if self.write(
                self.tr("Role split"),
                lambda: role_split.rename_stage(self.role_map, stage_id, name),
            ):
                self._reshaped()

    def move_stage(self, delta: int) -> None:
        stage_id = self._current_stage()
        if stage_id:
            self._reshaped(row=role_split.move_stage(self.role_map, stage_id, delta))

    def remove_stage(self) -> None:
        stage_id = self._current_stage()
        if not stage_id:
            return
        name = role_split.stage_name(self.role_map, stage_id)
        message = self.tr("Remove the stage “%1” from the funnel?").replace("%1", name)
        if role_split.stage_in_use(self.role_map, stage_id):
            message += " " + self.tr("Its letters and agreements go with it.")
        if prompts.confirm(self, self.tr("Remove stage"), message, self.tr("Remove")):
            row = self.grid.currentIndex().row()
            role_split.remove_stage(self.role_map, stage_id)
            self._reshaped(row=min(row, len(self.role_map.stages) - 1))

    def add_party(self) -> None:
        name = prompts.text(
            self, self.tr("Add party"), self.tr("Name of the team, e.g. Customer Success:")
        )
        if name and name.strip():
            if self.write(self.tr("Role split"), lambda: role_split.add_party(self.role_map, name)):
                self._reshaped(column=len(self.role_map.parties) - 1)

    def rename_party(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        party_id = self.model.party_id(index.column())
        current = self.model.party_name(index.column())
        name = prompts.text(self, self.tr("Rename party"), self.tr("New name:"), current)
        if name and name.strip() and name.strip() != current:
            if self.write(
                self.tr("Role split"),
                lambda: role_split.rename_party(self.role_map, party_id, name),
            ):
                self._reshaped()

    def remove_party(self) -> None:
        index = self.grid.currentIndex()
        if not index.isValid():
            return
        party_id = self.model.party_id(index.column())
        if party_id in role_split.BUILT_IN_PARTIES:
            return
        message = self.tr("Remove “%1” and its letters from the map?").replace(
            "%1", self.model.party_name(index.column())
        )
        if prompts.confirm(self, self.tr("Remove party"), message, self.tr("Remove")):
            role_split.remove_party(self.role_map, party_id)
            self._reshaped(column=index.column() - 1)

    def add_stage_action(self) -> None:
        stage_id = self._current_stage()
        if stage_id:
            name = role_split.stage_name(self.role_map, stage_id)
            add_linked_action(self, "role_map", stage_id, name)
