"""The kinds of round a facilitator runs with phones, and what an answer set of each kind is.

assessment   the self-assessment: every statement 1–5 or "don't know", and a guess of the other
             department's total where the session asks for it
role_swap    answers to the role-swap prompts, as the other side and as oneself; sealed in the
             session until the facilitator reveals them
frictions    pain ratings 0–5 of the friction map's drivers, by Sales and Marketing
votes        dot votes on the frictions or on the notes of a stage, within a budget per person
notes        notes to the room's board of a stage, a few per phone

Each kind's `Ask` checks a phone's answer set whole: what does not fit is refused, never trimmed.
Everything a participant types is kept as text and shown literally everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from workshop_app.domain.limits import FORBIDDEN, visible

DEPARTMENTS = ("sales", "marketing", "leadership")
SIDES = ("sales", "marketing")  # who rates frictions and swaps roles
KINDS = ("assessment", "role_swap", "frictions", "votes", "notes")
PHONE_TEXT = 1000  # characters of one answer or note typed on a phone
NOTES_PER_PHONE = 5
MAX_BUDGET = 20  # dots one person may have in a round


class Refused(ValueError):
    """A request a phone may not make; ``status`` is the HTTP answer (400, 404, 409, 410, 429)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class PhoneAnswers:
    """One device's answer set, as it reaches the session: no device; a name only in a named
    round. ``values`` by kind: statement → 1–5 or None; prompt → {"other", "self"} texts;
    friction → 0–5 or None; friction or note → dots."""

    department: str
    values: dict[str, Any] = field(default_factory=dict)
    prediction: int | None = None  # the other department's total, when the round asks for it
    text: str = ""  # a note to the board
    name: str = ""
    kind: str = "assessment"

    def named(self, name: str) -> PhoneAnswers:
        return replace(self, name=name)


@dataclass(frozen=True)
class Item:
    """Something a round asks about: its id and what the page shows of it (text only)."""

    id: str
    page: dict[str, Any]


def visible_line(value: object, limit: int, label: str) -> str:
    """Text a participant typed: a string with something visible, within ``limit``, without a
    control character. Markup, emoji and every script are kept exactly as typed."""
    if not isinstance(value, str):
        raise Refused(400, f"{label} must be text")
    value = value.strip()
    if not visible(value):
        raise Refused(400, f"{label} is empty")
    if len(value) > limit or FORBIDDEN.search(value):
        raise Refused(400, f"{label} is too long or holds a control character")
    return value


def _optional_text(value: object, label: str) -> str:
    if value is None or value == "":
        return ""
    return visible_line(value, PHONE_TEXT, label) if str(value).strip() else ""


@dataclass(frozen=True)
class Ask:
    """One round's question: its kind, the stage it serves, what it asks about."""

    kind: str
    stage: str
    items: tuple[Item, ...] = ()
    predict: tuple[int, int] | None = None  # assessment: (lowest, highest) total
    budget: int = 0  # votes: dots per person
    target: str = ""  # votes: "frictions" or "notes"

    @property
    def departments(self) -> tuple[str, ...]:
        return SIDES if self.kind in ("role_swap", "frictions") else DEPARTMENTS

    @property
    def nameable(self) -> bool:
        """Kinds whose answers may carry a name: never ratings and votes, which are counts."""
        return self.kind in ("assessment", "role_swap", "notes")

    @property
    def repeat(self) -> int:
        """Sets one phone may send in the round beyond one (notes); 0 for one set."""
        return NOTES_PER_PHONE if self.kind == "notes" else 0

    def admits(self, department: str) -> None:
        if department not in self.departments:
            raise Refused(400, "this round is for Sales and Marketing")

    def page(self) -> dict[str, Any]:
        return {
            "stage": self.stage,
            "items": [{"id": item.id, **item.page} for item in self.items],
            "predict": list(self.predict) if self.predict else None,
            "budget": self.budget,
            "departments": list(self.departments),
            "repeat": self.repeat,
        }

    def check(self, payload: dict, department: str, known: set[str]) -> PhoneAnswers:
        fields = {
            "assessment": {"answers", "prediction"},
            "role_swap": {"answers"},
            "frictions": {"ratings"},
            "votes": {"votes"},
            "notes": {"text", "set"},
        }[self.kind]
        if set(payload) - known - fields:
            raise Refused(400, "unknown field")
        ids = [item.id for item in self.items]
        if self.kind == "assessment":
            return self._assessment(payload, department, ids)
        if self.kind == "role_swap":
            return self._role_swap(payload, department, ids)
        if self.kind == "frictions":
            return self._frictions(payload, department, ids)
        if self.kind == "votes":
            return self._votes(payload, department, ids)
        text = visible_line(payload.get("text"), PHONE_TEXT, "a note")
        return PhoneAnswers(department, text=text, kind="notes")

    def _assessment(self, payload: dict, department: str, ids: list[str]) -> PhoneAnswers:
        values = payload.get("answers")
        if not isinstance(values, dict) or set(values) != set(ids):
            raise Refused(400, "answers must cover every statement")
        for value in values.values():
            if value is not None and (type(value) is not int or not 1 <= value <= 5):
                raise Refused(400, "an answer is 1–5 or null")
        prediction = payload.get("prediction")
        if prediction is not None:
            low, high = self.predict or (1, 0)
            if department not in SIDES:
                low, high = 1, 0  # only Sales and Marketing guess the other's total
            if type(prediction) is not int or not low <= prediction <= high:
                raise Refused(400, "prediction out of range")
        checked = {statement: values[statement] for statement in ids}
        return PhoneAnswers(department, checked, prediction)

    def _role_swap(self, payload: dict, department: str, ids: list[str]) -> PhoneAnswers:
        values = payload.get("answers")
        if not isinstance(values, dict) or not set(values) <= set(ids):
            raise Refused(400, "answers are to the round's prompts")
        checked: dict[str, Any] = {}
        for prompt in ids:
            answer = values.get(prompt)
            if answer is None:
                continue
            if not isinstance(answer, dict) or not set(answer) <= {"other", "self"}:
                raise Refused(400, "an answer is {other, self}")
            texts = {view: _optional_text(answer.get(view), "an answer") for view in answer}
            if any(texts.values()):
                checked[prompt] = {view: text for view, text in texts.items() if text}
        if not checked:
            raise Refused(400, "no answer written")
        return PhoneAnswers(department, checked, kind="role_swap")

    def _frictions(self, payload: dict, department: str, ids: list[str]) -> PhoneAnswers:
        values = payload.get("ratings")
        if not isinstance(values, dict) or not set(values) <= set(ids):
            raise Refused(400, "ratings are of the round's frictions")
        for value in values.values():
            if value is not None and (type(value) is not int or not 0 <= value <= 5):
                raise Refused(400, "a rating is 0–5 or null")
        checked = {key: value for key, value in values.items() if value is not None}
        if not checked:
            raise Refused(400, "no rating given")
        return PhoneAnswers(department, checked, kind="frictions")

    def _votes(self, payload: dict, department: str, ids: list[str]) -> PhoneAnswers:
        values = payload.get("votes")
        if not isinstance(values, dict) or not set(values) <= set(ids):
            raise Refused(400, "votes are for the round's items")
        for value in values.values():
            if type(value) is not int or value < 0:
                raise Refused(400, "a vote is a whole number of dots")
        spent = sum(values.values())
        if spent > self.budget:
            raise Refused(400, "over the budget")
        if not spent:
            raise Refused(400, "no dot placed")
        checked = {key: value for key, value in values.items() if value}
        return PhoneAnswers(department, checked, kind="votes")
