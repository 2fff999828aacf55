"""A round's question built from the session: the statements, prompts, frictions or notes it
asks about, worded in the session's language. Only what the room may see goes to the phones:
no names, no facilitator's notes, no other session."""

from __future__ import annotations

from workshop_app import room_notes
from workshop_app.content import Content
from workshop_app.domain import Session
from workshop_app.room.kinds import KINDS, MAX_BUDGET, Ask, Item

PREDICT_RANGE = (20, 100)  # the other department's total: 20 statements of 1–5


class NothingToAsk(ValueError):
    """The round has nothing to ask about yet (no frictions, no notes to vote on)."""


def vote_target(stage: str) -> str:
    """Dots go to the friction map's drivers on the Frictions stage, else to the stage's notes."""
    return "frictions" if stage == "frictions" else "notes"


def ask_for(session: Session, content: Content, kind: str, stage: str = "", budget: int = 3) -> Ask:
    if kind not in KINDS:
        raise ValueError(kind)
    if kind == "assessment":
        statements = [
            Item(str(item["id"]), {"text": str(item.get("text", item["id"]))})
            for item in content.items("assessment.statements")
        ]
        predict = PREDICT_RANGE if session.assessment.predict_reveal else None
        return Ask(kind, "diagnosis", tuple(statements), predict)
    if kind == "role_swap":
        return Ask(kind, "role_swap", _prompts(content))
    if kind == "frictions":
        return Ask(kind, "frictions", _frictions(session, content))
    if kind == "notes":
        return Ask(kind, stage or "setup")
    target = vote_target(stage)
    if target == "frictions":
        items = _frictions(session, content)
    else:
        items = tuple(
            Item(note.id, {"text": note.text})
            for note in room_notes.for_stage(session.notes.items, stage)
        )
    if not items:
        raise NothingToAsk(target)
    return Ask(kind, stage, items, budget=max(1, min(budget, MAX_BUDGET)), target=target)


def _prompts(content: Content) -> tuple[Item, ...]:
    departments = ("sales", "marketing")
    prompts = []
    for prompt in content.items("role_swap.prompts"):
        as_other = {}
        for department in departments:
            other = departments[1 - departments.index(department)]
            name = content.text(f"workshop.departments.{other}")
            as_other[department] = str(prompt.get("as_other", "")).replace("{other}", name)
        page = {
            "text": str(prompt.get("question", prompt["id"])),
            "as_other": as_other,
            "as_self": str(prompt.get("as_self", "")),
        }
        prompts.append(Item(str(prompt["id"]), page))
    return tuple(prompts)


def _frictions(session: Session, content: Content) -> tuple[Item, ...]:
    items = []
    for friction in session.frictions.items:
        catalogue = content.item("frictions.drivers", friction.id) or {}
        title = friction.custom_title or str(catalogue.get("title", friction.id))
        page = {"text": title, "description": str(catalogue.get("description", ""))}
        items.append(Item(friction.id, page))
    if not items:
        raise NothingToAsk("frictions")
    return tuple(items)
