"""What an answer set from a phone becomes in the session: the same data as typed answers.

assessment  an anonymous participant of its department ("Sales phone 3"; its name in a named
            round) with its answers; the department's prediction is the mean of its phones'
role_swap   each answer added to its department's text for the prompt, as its own paragraph
frictions   the department's rating of a driver is the mean of its phones' ratings this round
votes       the dots added to the frictions' or the notes' votes
notes       a note on the stage's board, on its department's side

Means are rounded half up. Nothing of the device is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction
from typing import Any

from workshop_app import room_notes
from workshop_app.content import Content
from workshop_app.domain import (
    Assessment,
    AssessmentAnswer,
    Department,
    Participant,
    Prediction,
    RoleSwapAnswer,
)
from workshop_app.domain.basics import new_id
from workshop_app.domain.limits import TEXT
from workshop_app.domain.notes import Note, NoteSide
from workshop_app.room.kinds import SIDES, Ask, PhoneAnswers, Refused
from workshop_app.scoring import round_half_up

PREDICTING = SIDES  # each guesses the other's total
Tally = dict[str, list[int]]  # what the round's phones have said so far, by key


def parts_of(ask: Ask) -> tuple[str, ...]:
    """The session's parts a round of this ask writes."""
    if ask.kind == "assessment":
        return ("participants", "assessment")
    if ask.kind == "votes":
        return (ask.target,)
    return {"role_swap": ("role_swap",), "frictions": ("frictions",), "notes": ("notes",)}[ask.kind]


def phone_label(content: Content, department: str, taken: set[str]) -> str:
    """The first free "<Department> phone <n>" label, in the session's language."""
    pattern = content.text("room.phone_label")
    name = content.text(f"room.departments.{department}")
    number = 1
    while (label := pattern.format(department=name, number=number)) in taken:
        number += 1
    return label


def mean(values: Sequence[int]) -> int:
    return round_half_up(Fraction(sum(values), len(values)))


def take_in(
    participants: list[Participant],
    assessment: Assessment,
    answers: PhoneAnswers,
    content: Content,
    predictions: Sequence[int] = (),
) -> tuple[list[Participant], Assessment]:
    """The session's participants and assessment with one phone's answer set added.

    ``predictions`` are the department's phone predictions of this round so far, this one
    included; the department's prediction becomes their mean."""
    label = answers.name or phone_label(content, answers.department, {p.name for p in participants})
    person = Participant(
        new_id(), name=label, department=Department(answers.department), anonymous=not answers.name
    )
    added = [
        AssessmentAnswer(person.id, answers.department, statement, value)
        for statement, value in answers.values.items()
    ]
    changed = replace(assessment, answers=[*assessment.answers, *added])
    if predictions and answers.department in PREDICTING:
        kept = [p for p in assessment.predictions if p.department != answers.department]
        kept.append(Prediction(answers.department, mean(predictions)))
        kept.sort(key=lambda p: p.department != Department.SALES)
        changed = replace(changed, predictions=kept)
    return [*participants, person], changed


def land(
    ask: Ask, parts: dict[str, Any], answers: PhoneAnswers, content: Content, tally: Tally
) -> None:
    """Write one answer set into ``parts`` (changed in place, each part replaced whole).
    Raises Refused when this set cannot be taken (a text that would overflow), leaving
    ``parts`` and ``tally`` as they were."""
    if ask.kind == "assessment":
        key = f"prediction:{answers.department}"
        guesses = list(tally.get(key, []))
        if answers.prediction is not None and answers.department in PREDICTING:
            guesses.append(answers.prediction)
        parts["participants"], parts["assessment"] = take_in(
            parts["participants"], parts["assessment"], answers, content, guesses
        )
        tally[key] = guesses
    elif ask.kind == "role_swap":
        parts["role_swap"] = _swap(parts["role_swap"], answers)
    elif ask.kind == "frictions":
        frictions = parts["frictions"]
        field_name = f"{answers.department}_rating"
        items = []
        for friction in frictions.items:
            if friction.id in answers.values:
                key = f"{answers.department}:{friction.id}"
                tally[key] = [*tally.get(key, []), answers.values[friction.id]]
                friction = replace(friction, **{field_name: mean(tally[key])})
            items.append(friction)
        parts["frictions"] = replace(frictions, items=items)
    elif ask.kind == "votes" and ask.target == "frictions":
        frictions = parts["frictions"]
        items = [replace(f, votes=f.votes + answers.values.get(f.id, 0)) for f in frictions.items]
        parts["frictions"] = replace(frictions, items=items)
    elif ask.kind == "votes":
        notes = parts["notes"]
        items = []
        for note in notes.items:
            if note.id in answers.values:
                note = replace(note)
                room_notes.set_votes(note, note.votes + answers.values[note.id])
            items.append(note)
        parts["notes"] = replace(notes, items=items)
    else:
        notes = parts["notes"]
        text = f"{answers.name}: {answers.text}" if answers.name else answers.text
        note = Note(new_id(), ask.stage, text, side=_side(answers.department))
        parts["notes"] = replace(notes, items=[*notes.items, note])


def _side(department: str) -> NoteSide:
    return NoteSide(department) if department in SIDES else NoteSide.BOTH


def _swap(swap: Any, answers: PhoneAnswers) -> Any:
    """Each answer as a paragraph of its department's text for the prompt."""
    department = answers.department
    other = SIDES[1 - SIDES.index(department)]
    texts = {(a.prompt, a.author, a.about): a.text for a in swap.answers}
    order = [(a.prompt, a.author, a.about) for a in swap.answers]
    for prompt, views in answers.values.items():
        for view, text in views.items():
            key = (prompt, department, other if view == "other" else department)
            said = f"{answers.name}: {text}" if answers.name else text
            before = texts.get(key, "").strip()
            merged = f"{before}\n\n{said}" if before else said
            if len(merged) > TEXT:
                raise Refused(409, "this answer has no room left")
            if key not in texts:
                order.append(key)
            texts[key] = merged
    added = [
        RoleSwapAnswer(prompt, author, about, texts[(prompt, author, about)])
        for prompt, author, about in order
    ]
    return replace(swap, answers=added)
