"""Interface names for the core's stable ids (stages, departments, languages), translated by Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.content import LANGUAGE_NAMES
from workshop_app.domain import Department

# Written out in full at every call, because pyside6-lupdate only finds literal translate() calls.
translate = QCoreApplication.translate


def stage_title(stage: str) -> str:
    return {
        "setup": translate("labels", "Setup"),
        "diagnosis": translate("labels", "Diagnosis"),
        "frictions": translate("labels", "Friction map"),
        "role_swap": translate("labels", "Role swap"),
        "goals": translate("labels", "Shared goals"),
        "role_split": translate("labels", "Role split"),
        "ten_steps": translate("labels", "Ten steps"),
        "actions": translate("labels", "Action plan"),
        "wrap_up": translate("labels", "Wrap-up"),
    }[stage]


def department_name(department: str) -> str:
    # Here: the action plan's types load when a session or the tracker shows departments, not
    # with the library (the Go menu needs only stage_title).
    from workshop_app.domain.actions import JOINT

    return {
        Department.SALES: translate("labels", "Sales"),
        Department.MARKETING: translate("labels", "Marketing"),
        Department.LEADERSHIP: translate("labels", "Leadership"),
        Department.OTHER: translate("labels", "Other"),
        JOINT: translate("labels", "Joint"),
    }.get(department, department)


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)


def friction_score(friction) -> str:
    """The one ranking figure of a friction driver, as the facilitator and the room both read it:
    "10 = pain 7 + votes 3" (pain out of 10: the two sides' mean rating, doubled)."""
    from workshop_app import friction_map

    pain = friction_map.combined_pain(friction)
    total = f"{float(friction_map.score(friction)):g}"
    pain_text = f"{float(pain):g}" if pain is not None else "–"
    if not friction.votes:
        return translate("labels", "%1 = pain %2").replace("%1", total).replace("%2", pain_text)
    # Votes as a figure beside its word, as pain is: pyside6-lupdate gives translate() no plural
    # forms, which "3 votes" in Polish (głosy, głosów) would need.
    return (
        translate("labels", "%1 = pain %2 + votes %3")
        .replace("%1", total)
        .replace("%2", pain_text)
        .replace("%3", str(friction.votes))
    )


def counted(text: str, count: int) -> str:
    """An average with how many people it comes from: "3.4 (n = 7)"."""
    return translate("labels", "%1 (n = %2)").replace("%1", text).replace("%2", str(count))


def withheld(minimum: int) -> str:
    """What stands where an anonymous department's score is withheld: never a number."""
    return translate("labels", "withheld: fewer than %1 answers").replace("%1", str(minimum))
