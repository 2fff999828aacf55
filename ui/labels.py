"""Interface names for the core's stable ids (stages, departments, languages), translated by Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.content import LANGUAGE_NAMES
from workshop_app.domain import Department


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def stage_title(stage: str) -> str:
    return {
        "setup": _t("Setup"),
        "diagnosis": _t("Diagnosis"),
        "frictions": _t("Friction map"),
        "role_swap": _t("Role swap"),
        "goals": _t("Shared goals"),
        "role_split": _t("Role split"),
        "ten_steps": _t("Ten steps"),
        "actions": _t("Action plan"),
        "wrap_up": _t("Wrap-up"),
    }[stage]


def department_name(department: str) -> str:
    return {
        Department.SALES: _t("Sales"),
        Department.MARKETING: _t("Marketing"),
        Department.LEADERSHIP: _t("Leadership"),
        Department.OTHER: _t("Other"),
    }.get(department, department)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
