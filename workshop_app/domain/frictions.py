"""The friction map: what makes the two departments pull against each other, and how much."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Friction:
    id: str  # a catalogue id, or a generated id for a driver the room added
    group: str = "economic"  # "cultural" or "process"; a catalogue driver shows the catalogue's
    custom_title: str = ""  # only for drivers the room added
    sales_rating: int | None = None  # 0 (no pain) … 5 (hurts a lot)
    marketing_rating: int | None = None
    votes: int = 0
    notes: str = ""
    carry_forward: bool = False  # the action plan should answer it


@dataclass
class FrictionMap:
    items: list[Friction] = field(default_factory=list)
    notes: str = ""
