"""Rules over the notes captured in the room: capturing, dot-vote ranking, turning one into an
action, and merging notes into themes whose dots are their notes' dots summed.

Pure functions over the domain, so the board, the projector and the documents rank notes the
same way and the rules are tested without a window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workshop_app.domain import Action, Department, Session, new_id
from workshop_app.domain.limits import LINE, TEXT, check
from workshop_app.domain.notes import Note, NoteKind, Notes, NoteSide, NoteTheme
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


# ----------------------------------------------------------------- themes


@dataclass(frozen=True)
class Entry:
    """One line of a board: a note on its own, or a theme with the notes merged into it."""

    note: Note | None = None
    theme: NoteTheme | None = None
    members: tuple[Note, ...] = ()

    @property
    def id(self) -> str:
        return self.theme.id if self.theme is not None else self.note.id if self.note else ""

    @property
    def votes(self) -> int:
        """A theme's dots are its notes' dots, summed."""
        if self.theme is not None:
            return sum(n.votes for n in self.members)
        return self.note.votes if self.note is not None else 0


def entries(notes: Notes, stage: str) -> list[Entry]:
    """The stage's board: loose notes and themes, each theme where its first note was captured.

    A note naming a theme that no longer exists (or one of another stage) stands on its own, and
    a theme with no notes left is not shown: a library edited by hand cannot hide a note.
    """
    themes = {t.id: t for t in notes.themes if t.stage == stage}
    members: dict[str, list[Note]] = {}
    for note in for_stage(notes.items, stage):
        if note.theme in themes:
            members.setdefault(note.theme, []).append(note)
    out: list[Entry] = []
    for note in for_stage(notes.items, stage):
        if note.theme not in themes:
            out.append(Entry(note=note))
        elif members[note.theme][0] is note:
            out.append(Entry(theme=themes[note.theme], members=tuple(members[note.theme])))
    return out


def ranked_entries(board: Iterable[Entry]) -> list[Entry]:
    """Most dots first, a theme by its notes' sum; ties keep the board's order."""
    return sorted(board, key=lambda entry: -entry.votes)


def top_entries(board: Iterable[Entry], count: int = TOP_COUNT) -> set[str]:
    """The highest-voted lines (notes or themes), ties with the last of them included."""
    voted = [entry for entry in ranked_entries(board) if entry.votes > 0]
    if not voted:
        return set()
    cut = voted[min(count, len(voted)) - 1].votes
    return {entry.id for entry in voted if entry.votes >= cut}


def theme_name(name: str) -> str:
    """A theme's name, checked: one line, not empty."""
    name = " ".join(name.split())
    if not name:
        raise ValidationError("note.theme_unnamed")
    return check("A theme's name", name, LINE)


def merge(notes: Notes, stage: str, ids: Iterable[str], name: str) -> NoteTheme:
    """Merges the chosen notes and themes of ``stage`` into one new theme named ``name``.

    Each note keeps its own text and dots inside the theme; themes chosen give up their notes to
    the new one and go. At least two notes must end up together.
    """
    name = theme_name(name)
    chosen = set(ids)
    stage_themes = {t.id for t in notes.themes if t.stage == stage}
    merged_themes = chosen & stage_themes
    members = [
        n
        for n in for_stage(notes.items, stage)
        if n.id in chosen or (n.theme in merged_themes and n.theme)
    ]
    if len(members) < 2:
        raise ValidationError("note.theme_too_few")
    theme = NoteTheme(id=new_id(), stage=stage, name=name)
    for note in members:
        note.theme = theme.id
    notes.themes = [t for t in notes.themes if t.id not in merged_themes] + [theme]
    return theme


def unmerge(notes: Notes, theme_id: str) -> list[Note]:
    """Takes a theme apart: its notes stand on their own again, dots and all."""
    freed = [n for n in notes.items if n.theme == theme_id]
    for note in freed:
        note.theme = ""
    notes.themes = [t for t in notes.themes if t.id != theme_id]
    return freed


def rename(theme: NoteTheme, name: str) -> None:
    theme.name = theme_name(name)


def forget_empty_themes(notes: Notes) -> None:
    """After a note is removed: a theme left with no notes goes with it."""
    used = {n.theme for n in notes.items if n.theme}
    notes.themes = [t for t in notes.themes if t.id in used]
