"""The room and its rounds: the room code, who joined, the limits, and what a phone may send.

A facilitator opens the room once (its code stays while the dialog is open) and runs rounds in
it, one at a time, each of one kind (see `kinds`), anonymous or named. Nothing here knows a
participant: a device token (random, made by the phone) is a round's key against answering
twice, and it is kept in memory only, never with the answers. Every request a phone sends is
checked here before anything is stored; what does not fit is refused.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from workshop_app.room.kinds import DEPARTMENTS, Ask, PhoneAnswers, Refused, visible_line

# Letters a person reads off a projector and types without doubt: no I/L/O/0/1 look-alikes.
CODE_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 4
TOKEN = re.compile(r"[0-9a-f]{32}")
MAX_BODY = 64 * 1024  # bytes: six role-swap answers in Chinese are under 40 KB
MAX_DEVICES = 500  # a round for a room, not a stadium
NAME = 80  # characters of a name in a named round
# New device tokens one network address may bring: a phone needs one per room (a second browser,
# two). A machine inventing tokens cannot crowd the real phones out of the round.
DEVICES_PER_ADDRESS = 100

# Token buckets: (burst, per second). A phone sends a handful of requests in a round; the room's
# bucket lets 60 phones join and answer at the same moment.
DEVICE_RATE = (12, 2.0)
ROOM_RATE = (600, 150.0)

__all__ = ["DEPARTMENTS", "PhoneAnswers", "Refused", "Room", "Round", "new_room_code"]


def new_room_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


@dataclass
class Bucket:
    burst: float
    rate: float
    tokens: float = -1.0
    stamp: float = 0.0

    def take(self, now: float) -> bool:
        if self.tokens < 0:
            self.tokens, self.stamp = self.burst, now
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


@dataclass
class Round:
    """One round of one kind. Thread-safe: the server's thread writes it, the window reads the
    counts. Counts only: which device answered is never kept beyond this object."""

    ask: Ask
    number: int = 1
    named: bool = False
    open: bool = True
    revealed: bool = False  # a role-swap round: the facilitator has shown the answers
    _joined: dict[str, str] = field(default_factory=dict)  # device token → department
    _answered: dict[str, str] = field(default_factory=dict)  # claim key → department
    _sets: dict[str, int] = field(default_factory=dict)  # device → sets stored (notes)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def kind(self) -> str:
        return self.ask.kind

    @property
    def statements(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.ask.items)

    def joined(self) -> dict[str, int]:
        with self._lock:
            counts = dict.fromkeys(DEPARTMENTS, 0)
            for department in self._joined.values():
                counts[department] += 1
            return counts

    def answered(self) -> int:
        """Answer sets stored (notes: notes stored)."""
        with self._lock:
            return len(self._answered)

    def answered_by(self) -> dict[str, int]:
        with self._lock:
            counts = dict.fromkeys(DEPARTMENTS, 0)
            for department in self._answered.values():
                counts[department] += 1
            return counts

    def join(self, device: str, department: str) -> None:
        self.ask.admits(department)
        with self._lock:
            if device not in self._joined and len(self._joined) >= MAX_DEVICES:
                raise Refused(429, "room full")
            self._joined[device] = department

    def answers(self, payload: object) -> tuple[str, PhoneAnswers]:
        """The claim key and the answer set, checked whole against the round's kind."""
        device, department = _device(payload), _department(payload)
        assert isinstance(payload, dict)
        if payload.get("round") != self.number or payload.get("kind") != self.kind:
            raise Refused(409, "not this round")
        if not self.open:
            raise Refused(410, "round closed")
        self.ask.admits(department)
        name = ""
        if self.named:
            name = visible_line(payload.get("name"), NAME, "a name")
        elif "name" in payload:
            raise Refused(400, "this round is anonymous")
        known = {"device", "department", "round", "kind", "name"}
        answers = self.ask.check(payload, department, known)
        if name:
            answers = answers.named(name)
        key = device
        if self.ask.repeat:
            note = payload.get("set")
            if not isinstance(note, str) or not TOKEN.fullmatch(note):
                raise Refused(400, "bad set token")
            key = f"{device}:{note}"
        return key, answers

    def claim(self, key: str, department: str) -> bool:
        """Reserve the answer set; False when it has already been stored. A kind that takes
        several sets per device (notes) takes up to its ``repeat``."""
        device = key.split(":")[0]
        with self._lock:
            if key in self._answered:
                return False
            if self.ask.repeat and self._sets.get(device, 0) >= self.ask.repeat:
                raise Refused(429, "enough from this phone")
            self._answered[key] = department
            self._sets[device] = self._sets.get(device, 0) + 1
            return True

    def release(self, key: str) -> None:
        """The answer set could not be stored: the device may send it again."""
        device = key.split(":")[0]
        with self._lock:
            if self._answered.pop(key, None) is not None:
                self._sets[device] -= 1

    def state(self) -> dict[str, Any]:
        """What the page shows of this round (pushed to every phone as it changes)."""
        return {
            "number": self.number,
            "kind": self.kind,
            "named": self.named,
            "open": self.open,
            "revealed": self.revealed,
            **self.ask.page(),
        }


@dataclass
class Room:
    """The room code, the limits per device and per room, and the rounds run in it."""

    code: str = field(default_factory=new_room_code)
    rounds: list[Round] = field(default_factory=list)
    _buckets: dict[str, Bucket] = field(default_factory=dict)
    _addresses: dict[str, int] = field(default_factory=dict)  # network address → new devices
    _room: Bucket = field(default_factory=lambda: Bucket(*ROOM_RATE))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def current(self) -> Round | None:
        return self.rounds[-1] if self.rounds else None

    @property
    def open(self) -> bool:
        current = self.current
        return current is not None and current.open

    def open_round(self, ask: Ask, named: bool = False) -> Round:
        if self.current is not None:
            self.current.open = False
        round_ = Round(ask, len(self.rounds) + 1, named and ask.nameable)
        self.rounds.append(round_)
        return round_

    def close_round(self) -> None:
        if self.current is not None:
            self.current.open = False

    def state(self) -> dict[str, Any] | None:
        return self.current.state() if self.current is not None else None

    # ------------------------------------------------------------------ checks

    def admit(self, code: str) -> None:
        """A request for this room: the right code, within the room's limit."""
        if code != self.code:
            raise Refused(404, "unknown room")
        with self._lock:
            if not self._room.take(time.monotonic()):
                raise Refused(429, "room busy")

    def throttle(self, payload: object, address: str = "") -> str:
        """The device, within its own limit: a phone that floods is refused, the others not."""
        device = _device(payload)
        with self._lock:
            bucket = self._buckets.get(device)
            if bucket is None:
                if len(self._buckets) >= MAX_DEVICES * 2:
                    raise Refused(429, "too many devices")
                if self._addresses.get(address, 0) >= DEVICES_PER_ADDRESS:
                    raise Refused(429, "too many devices from one address")
                self._addresses[address] = self._addresses.get(address, 0) + 1
                bucket = self._buckets[device] = Bucket(*DEVICE_RATE)
            if not bucket.take(time.monotonic()):
                raise Refused(429, "slow down")
        return device

    def live(self) -> Round:
        current = self.current
        if current is None or not current.open:
            raise Refused(410, "round closed")
        return current

    def join(self, payload: object, address: str = "") -> str:
        device = self.throttle(payload, address)
        department = _department(payload)
        assert isinstance(payload, dict)
        if set(payload) - {"device", "department", "round"}:
            raise Refused(400, "unknown field")
        current = self.live()
        if payload.get("round", current.number) != current.number:
            raise Refused(409, "not this round")
        current.join(device, department)
        return device

    def answers(self, payload: object, address: str = "") -> tuple[Round, str, PhoneAnswers]:
        self.throttle(payload, address)
        current = self.live()
        key, answers = current.answers(payload)
        return current, key, answers


def _device(payload: object) -> str:
    if not isinstance(payload, dict):
        raise Refused(400, "expected a JSON object")
    device = payload.get("device")
    if not isinstance(device, str) or not TOKEN.fullmatch(device):
        raise Refused(400, "bad device token")
    return device


def _department(payload: object) -> str:
    assert isinstance(payload, dict)
    department = payload.get("department")
    if department not in DEPARTMENTS:
        raise Refused(400, "unknown department")
    assert isinstance(department, str)
    return department
