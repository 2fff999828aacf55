"""Notes captured in the room: what people say while a stage is running, kept with that stage."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class NoteKind(StrEnum):
    IDEA = "idea"
    CONCERN = "concern"
    INSIGHT = "insight"


class NoteSide(StrEnum):
    """Whose point it is; "both" when the room agreed or nobody in particular said it."""

    SALES = "sales"
    MARKETING = "marketing"
    BOTH = "both"


@dataclass
class Note:
    id: str
    stage: str  # the stage that was running when the note was captured
    text: str = ""
    kind: NoteKind = NoteKind.IDEA
    side: NoteSide = NoteSide.BOTH
    votes: int = 0  # dot votes
    action_id: str = ""  # the action it became, if any
    theme: str = ""  # the theme it was merged into, if any (NoteTheme.id)


@dataclass
class NoteTheme:
    """Notes the room saw as one point, merged under a name; its dots are its notes' dots summed."""

    id: str
    stage: str
    name: str


@dataclass
class Notes:
    items: list[Note] = field(default_factory=list)
    themes: list[NoteTheme] = field(default_factory=list)
