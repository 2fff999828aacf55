"""Rules over the notes captured in the room: capturing, dot-vote ranking, turning one into an action.

Pure functions over the domain, so the board, the projector and the documents rank notes the
same way and the rules are tested without a window.
"""

from __future__ import annotations

from collections.abc import Iterable

from workshop_app.domain import Action, Department, Session, new_id
from workshop_app.domain.limits import LINE, TEXT, check
from workshop_app.domain.notes import Note, NoteKind, NoteSide
from workshop_app.errors import ValidationError
from workshop_app.messages import Message

# The notes with the most dots are highlighted; beyond three the highlight stops meaning much.
TOP_COUNT = 3
MAX_VOTES = 999


def capture(
    stage: str,
    text: str,
    kind: NoteKind | str = NoteKind.IDEA,
    side: NoteSide | str = NoteSide.BOTH,
) -> Note:
    """A new note for ``stage``; refuses an empty one, since a blank sticky helps nobody."""
    text = text.strip()
    if not text:
        raise ValidationError("note.empty")
    check(Message("field.note"), text, TEXT)
    return Note(id=new_id(), stage=stage, text=text, kind=NoteKind(kind), side=NoteSide(side))


def for_stage(notes: Iterable[Note], stage: str) -> list[Note]:
    return [note for note in notes if note.stage == stage]


def ranked(notes: Iterable[Note]) -> list[Note]:
    """Most dots first; notes with equal dots keep the order they were captured in."""
    return sorted(notes, key=lambda note: -note.votes)


def top_ids(notes: Iterable[Note], count: int = TOP_COUNT) -> set[str]:
    """The notes the room voted highest: the first ``count`` by votes, and any tied with the last
    of them, so two notes with the same dots are never split. Notes without a dot never count."""
    voted = [note for note in ranked(notes) if note.votes > 0]
    if not voted:
        return set()
    cut = voted[min(count, len(voted)) - 1].votes
    return {note.id for note in voted if note.votes >= cut}


def set_votes(note: Note, votes: int) -> None:
    note.votes = min(max(int(votes), 0), MAX_VOTES)


def department_for(side: NoteSide | str) -> str:
    """The action's department: the note's side, or blank when both sides own it."""
    return {
        NoteSide.SALES: Department.SALES.value,
        NoteSide.MARKETING: Department.MARKETING.value,
    }.get(NoteSide(side), "")


def title_for(text: str) -> str:
    """An action title from a note: its first line, shortened to fit a title."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) > LINE:
        first = first[: LINE - 1].rstrip() + "…"
    return first


def to_action(note: Note) -> Action:
    """The action a note becomes in one step. The note records it, so it shows it is done."""
    title = title_for(note.text)
    if not title:
        raise ValidationError("note.empty_action")
    if note.action_id:
        raise ValidationError("note.already_action")
    description = note.text.strip() if note.text.strip() != title else ""
    action = Action(
        id=new_id(),
        title=title,
        description=description,
        source_kind="note",
        source_ref=note.id,
        department=department_for(note.side),
        votes=note.votes,
    )
    note.action_id = action.id
    return action


def action_of(session: Session, note: Note) -> Action | None:
    """The action a note became, if it is still in the plan."""
    if not note.action_id:
        return None
    return next((a for a in session.actions if a.id == note.action_id), None)
