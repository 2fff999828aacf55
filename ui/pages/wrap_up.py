"""Wrap-up: the whole session on one page, as the PDF export will print it.

Read-only: it is drawn from the core's WrapUp summary every time the page comes into view, so it
always shows what the other pages have saved. Every user-typed text is escaped.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from ui.i18n import show_date
from ui.labels import department_name
from ui.models.actions import priority_name, status_name
from ui.pages.base import StagePage
from ui.store import SessionStore
from ui.style import (
    CURRENT_COLOUR,
    HANDOFF_COLOUR,
    MARKETING_COLOUR,
    RACI_COLOURS,
    RACI_TEXT,
    SALES_COLOUR,
    TARGET_COLOUR,
    WARNING_COLOUR,
)
from workshop_app import wrap_up
from workshop_app.content import load_content
from workshop_app.documents import lead_terms
from workshop_app.documents.wording import Wording, unit_shown
from workshop_app.wrap_up import WrapUp

CSS = f"""
h2 {{ margin-top: 18px; margin-bottom: 4px; }}
table.grid {{ border-collapse: collapse; }}
table.grid td, table.grid th {{ border: 1px solid #c8c8c8; padding: 3px 8px; }}
th {{ text-align: left; background: #f0f0f0; }}
.hint {{ color: #6b6b6b; }}
.warn {{ color: {WARNING_COLOUR.name()}; font-weight: bold; }}
.handoff {{ color: {HANDOFF_COLOUR.name()}; font-weight: bold; }}
"""


def _e(text: object) -> str:
    return escape(str(text)).replace("\n", "<br>")


def _number(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "g", 12)


class WrapUpPage(StagePage):
    stage = "wrap_up"

    def __init__(self, store: SessionStore, parent: QWidget | None = None):
        super().__init__(store, parent)
        self.today = date.today  # replaced by tests, so "overdue" does not depend on the clock
        self.browser = QTextBrowser(objectName="wrapUpText")
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(CSS)
        self.browser.setMinimumHeight(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Print and export where the day ends: buttons for the window's own File menu actions,
        # attached when the page is first shown (the window has made its actions by then).
        self.document_bar = QHBoxLayout()
        self.document_bar.addStretch(1)
        layout.addLayout(self.document_bar)
        layout.addWidget(self.browser)
        self.summary: WrapUp | None = None
        self._html = ""
        self._buttons: list[QToolButton] = []

    DOCUMENT_ACTIONS = (
        "printActionPlan",
        "previewReport",
        "exportReport",
        "exportXlsx",
        "exportCalendar",
    )

    def _attach_document_buttons(self) -> None:
        if self._buttons:
            return
        window = self.window()
        for name in self.DOCUMENT_ACTIONS:
            action = window.findChild(QAction, name) if window is not self else None
            if action is None:
                continue
            button = QToolButton(objectName=f"wrapUp_{name}")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.document_bar.insertWidget(len(self._buttons), button)
            self._buttons.append(button)

    def refresh(self) -> None:
        if self.session is None:
            return
        self.summary = wrap_up.build(self.session, self.today())
        html = self.render(self.summary)
        if html == self._html:  # laying the document out again is most of the work
            return
        self._html = html
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        self.browser.verticalScrollBar().setValue(scroll)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._attach_document_buttons()
        self.refresh()  # every other page may have changed something

    # ------------------------------------------------------------------ the document

    def render(self, w: WrapUp) -> str:
        parts = [self._header(w), self._stage(w), self._frictions(w), self._goals(w)]
        parts += [self._roles(w), self._steps(w), self._actions(w), self._self_check()]
        return "".join(parts)

    def _self_check(self) -> str:
        assert self.session is not None
        questions = load_content(self.session.info.language).get_list("workshop.self_check")
        if not questions:
            return ""
        out = "<h2>" + _e(self.tr("Before everyone leaves")) + "</h2><ul>"
        return out + "".join(f"<li>{_e(q)}</li>" for q in questions) + "</ul>"

    def _header(self, w: WrapUp) -> str:
        details = " · ".join(
            _e(x) for x in (w.organisation, show_date(w.date, long=True), w.facilitator) if x
        )
        if w.follow_up_date:
            follow = self.tr("Follow-up workshop: %1").replace(
                "%1", _e(show_date(w.follow_up_date, long=True))
            )
            follow = f"<p><b>{follow}</b></p>"
        else:
            note = self.tr("No follow-up workshop is planned yet: set its date on the Setup page.")
            follow = f'<p class="warn">{_e(note)}</p>'
        return f"<h1>{_e(w.title)}</h1><p class='hint'>{details}</p>{follow}"

    def _stage(self, w: WrapUp) -> str:
        out = "<h2>" + _e(self.tr("Where we stand")) + "</h2>"
        stage = w.stage
        if stage is None:
            note = self.tr("The self-assessment has not been completed, so no stage is shown.")
            return out + f"<p class='hint'>{_e(note)}</p>"
        reached = self.tr("Stage reached: %1 (%2 of 100)")
        out += (
            f"<p><b>{_e(reached.replace('%1', stage.name).replace('%2', str(stage.total)))}</b>"
            f" – {_e(stage.summary)}</p>"
        )
        if stage.advice:
            out += f"<p>{_e(stage.advice)}</p>"
        if stage.levers:
            out += "<p><b>" + _e(self.tr("Recommended next moves")) + "</b></p><ul>"
            out += "".join(
                f"<li><b>{_e(lever.name)}</b>: {_e(lever.description)}</li>"
                for lever in stage.levers
            )
            out += "</ul>"
        return out

    def _frictions(self, w: WrapUp) -> str:
        out = "<h2>" + _e(self.tr("Top frictions")) + "</h2>"
        if not w.frictions:
            return out + "<p class='hint'>" + _e(self.tr("No frictions were rated.")) + "</p>"
        head = (self.tr("Friction"), self.tr("Sales"), self.tr("Marketing"), self.tr("Votes"))
        rows = "".join(
            f"<tr><td>{_e(f.title)}{' ★' if f.carry_forward else ''}</td>"
            f"<td style='color:{SALES_COLOUR.name()}'>{_number(f.sales)}</td>"
            f"<td style='color:{MARKETING_COLOUR.name()}'>{_number(f.marketing)}</td>"
            f"<td>{f.votes}</td></tr>"
            for f in w.frictions
        )
        return out + self._table(head, rows)

    def _goals(self, w: WrapUp) -> str:
        out = "<h2>" + _e(self.tr("Shared goals")) + "</h2>"
        if not w.goals:
            return out + "<p class='hint'>" + _e(self.tr("No shared goals were set.")) + "</p>"
        items = []
        for g in w.goals:
            unit = f" {unit_shown(g.unit)}" if unit_shown(g.unit) else ""
            measure = f"{_e(g.metric)}: {_number(g.baseline)} → {_number(g.target)}{_e(unit)}"
            extra = " · ".join(_e(x) for x in (show_date(g.deadline), g.owners) if x)
            items.append(
                f"<li><b>{_e(g.statement)}</b><br>{measure}{' · ' + extra if extra else ''}</li>"
            )
        return out + "<ul>" + "".join(items) + "</ul>"

    def _roles(self, w: WrapUp) -> str:
        out = "<h2>" + _e(self.tr("Who does what")) + "</h2>"
        if not w.roles:
            return out + "<p class='hint'>" + _e(self.tr("The funnel has no stages.")) + "</p>"
        head = "<tr><th></th>" + "".join(f"<th>{_e(p)}</th>" for p in w.parties) + "</tr>"
        rows = ""
        for row in w.roles:
            name = (
                f"<span class='handoff'>{_e(row.stage)} ⇄</span>" if row.handoff else _e(row.stage)
            )
            cells = "".join(
                f"<td align='center' style='background:{RACI_COLOURS[x].name()};"
                f"color:{RACI_TEXT[x].name()}'><b>{x}</b></td>"
                if x
                else "<td></td>"
                for x in row.letters
            )
            rows += f"<tr><td>{name}</td>{cells}</tr>"
        out += f"<table class='grid' cellspacing='0'>{head}{rows}</table>"
        if w.raci_problems:
            note = self.tr("%n stage(s) still break the one-Accountable rule.", "", w.raci_problems)
            out += f"<p class='warn'>{_e(note)}</p>"
        facts = []
        if w.handoff_stage:
            facts.append((self.tr("Handoff at"), w.handoff_stage))
        if w.qualified_lead:
            facts.append((self.tr("Qualified lead"), w.qualified_lead))
        if w.follow_up_hours:
            hours = self.tr("within %n hour(s)", "", w.follow_up_hours)
            facts.append((self.tr("Sales follows up"), hours))
        if w.feedback:
            facts.append((self.tr("Feedback to Marketing"), w.feedback))
        if self.session is not None:  # the SLA's numbers and the lead stages, as the plan prints
            words = Wording(load_content(self.session.info.language))
            facts += lead_terms.agreements(self.session.role_map, words)
        out += "".join(f"<p><b>{_e(k)}:</b> {_e(v)}</p>" for k, v in facts)
        if w.rules:
            out += "<p><b>" + _e(self.tr("Rules of engagement")) + "</b></p><ul>"
            out += "".join(f"<li>{_e(r)}</li>" for r in w.rules) + "</ul>"
        return out

    def _steps(self, w: WrapUp) -> str:
        out = "<h2>" + _e(self.tr("Ten steps")) + "</h2>"
        head = (self.tr("Step"), self.tr("Today"), self.tr("Target"), self.tr("Evidence"))

        def bar(value: int | None, colour: str) -> str:
            if value is None:
                return "–"
            return f"<span style='color:{colour}'>{'■' * value}</span> {value}"

        rows = "".join(
            f"<tr><td>{s.number}. {_e(s.title)}</td>"
            f"<td>{bar(s.current, CURRENT_COLOUR.name())}</td>"
            f"<td>{bar(s.target, TARGET_COLOUR.name())}</td>"
            f"<td>{_e(s.evidence)}</td></tr>"
            for s in w.steps
        )
        return out + self._table(head, rows)

    def _actions(self, w: WrapUp) -> str:
        out = "<h2>" + _e(self.tr("Action plan")) + "</h2>"
        if not w.actions:
            return (
                out + "<p class='hint'>" + _e(self.tr("No actions have been agreed yet.")) + "</p>"
            )
        warnings = w.warnings
        notes = []
        if warnings.no_owner:
            notes.append(self.tr("%n without an owner", "", len(warnings.no_owner)))
        if warnings.no_due:
            notes.append(self.tr("%n without a due date", "", len(warnings.no_due)))
        if warnings.overdue:
            notes.append(self.tr("%n overdue", "", len(warnings.overdue)))
        if notes:
            out += f"<p class='warn'>⚠ {_e('; '.join(notes))}</p>"
        head = (
            self.tr("Action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Priority"),
            self.tr("Status"),
            self.tr("Answers"),
        )
        rows = ""
        for a in w.actions:
            owner = (
                _e(a.owner)
                if a.owner
                else "<span class='warn'>" + _e(self.tr("No owner")) + "</span>"
            )
            if a.department:
                owner += f"<br><span class='hint'>{_e(department_name(a.department))}</span>"
            due = (
                _e(show_date(a.due))
                if a.due
                else "<span class='warn'>" + _e(self.tr("No date")) + "</span>"
            )
            if a.overdue:
                overdue = _e(self.tr("overdue"))
                due = f"<span class='warn'>{due} ({overdue})</span>"
            title = f"<b>{_e(a.title)}</b>"
            if a.success_measure:
                title += f"<br><span class='hint'>{_e(a.success_measure)}</span>"
            rows += (
                f"<tr><td>{title}</td><td>{owner}</td><td>{due}</td>"
                f"<td>{_e(priority_name(a.priority))}</td><td>{_e(status_name(a.status))}</td>"
                f"<td>{_e(a.source)}</td></tr>"
            )
        return out + self._table(head, rows)

    @staticmethod
    def _table(head: tuple[str, ...], rows: str) -> str:
        header = "".join(f"<th>{_e(h)}</th>" for h in head)
        return f"<table class='grid' cellspacing='0' width='100%'><tr>{header}</tr>{rows}</table>"
