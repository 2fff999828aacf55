"""One round of answers from phones: its room code, who joined, and what a phone may send.

Nothing here knows a participant: a device token (random, made by the phone) is the round's key
against answering twice, and it is kept in memory only, never with the answers. Every request a
phone sends is checked here before anything is stored; what does not fit is refused.
"""

from __future__ import annotations

import re
import secrets
import threading
import time
from dataclasses import dataclass, field

# Letters a person reads off a projector and types without doubt: no I/L/O/0/1 look-alikes.
CODE_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
CODE_LENGTH = 4
DEPARTMENTS = ("sales", "marketing", "leadership")
TOKEN = re.compile(r"[0-9a-f]{32}")
MAX_BODY = 16 * 1024  # bytes: a full answer set is well under 2 KB
MAX_DEVICES = 500  # a round for a room, not a stadium
# New device tokens one network address may bring: a phone needs one per round (a second browser,
# two). A machine inventing tokens cannot crowd the real phones out of the round.
DEVICES_PER_ADDRESS = 100

# Token buckets: (burst, per second). A phone sends a handful of requests in a round; the room's
# bucket lets 60 phones join and answer at the same moment.
DEVICE_RATE = (12, 2.0)
ROOM_RATE = (600, 150.0)


class Refused(ValueError):
    """A request a phone may not make; ``status`` is the HTTP answer (400, 404, 409, 410, 429)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status


def new_room_code() -> str:
    return "".join(secrets.choice(CODE_LETTERS) for _ in range(CODE_LENGTH))


@dataclass(frozen=True)
class PhoneAnswers:
    """One device's answer set, as it reaches the session: no device, no name."""

    department: str
    values: dict[str, int | None]  # statement id → 1–5, None for "don't know"
    prediction: int | None = None  # the other department's total, when the round asks for it


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
    """What the server knows while a round is open. Thread-safe: the server's thread writes it,
    the window reads the counts."""

    statements: tuple[str, ...]
    predict_range: tuple[int, int] | None = None  # (lowest, highest) total, or no prediction
    code: str = field(default_factory=new_room_code)
    open: bool = True
    _joined: dict[str, str] = field(default_factory=dict)  # device token → department
    _answered: set[str] = field(default_factory=set)  # device tokens whose set is stored
    _buckets: dict[str, Bucket] = field(default_factory=dict)
    _addresses: dict[str, int] = field(default_factory=dict)  # network address → new devices
    _room: Bucket = field(default_factory=lambda: Bucket(*ROOM_RATE))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # ------------------------------------------------------------------ counts for the window

    def joined(self) -> dict[str, int]:
        with self._lock:
            counts = dict.fromkeys(DEPARTMENTS, 0)
            for department in self._joined.values():
                counts[department] += 1
            return counts

    def answered(self) -> int:
        with self._lock:
            return len(self._answered)

    # ------------------------------------------------------------------ checks

    def admit(self, code: str) -> None:
        """A request for this round: the right code, an open round, within the room's limit."""
        if code != self.code:
            raise Refused(404, "unknown room")
        if not self.open:
            raise Refused(410, "round closed")
        with self._lock:
            if not self._room.take(time.monotonic()):
                raise Refused(429, "room busy")

    def throttle(self, device: str, address: str = "") -> None:
        """Within the device's own limit: a phone that floods is refused, the others are not."""
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

    def join(self, payload: object, address: str = "") -> str:
        device, department = _device(payload), _department(payload)
        self.throttle(device, address)
        with self._lock:
            if device not in self._joined and len(self._joined) >= MAX_DEVICES:
                raise Refused(429, "room full")
            self._joined[device] = department
        return device

    def answers(self, payload: object, address: str = "") -> tuple[str, PhoneAnswers]:
        """The device and its answer set, checked whole: every statement once, nothing else."""
        device, department = _device(payload), _department(payload)
        self.throttle(device, address)
        assert isinstance(payload, dict)
        values = payload.get("answers")
        if not isinstance(values, dict) or set(values) != set(self.statements):
            raise Refused(400, "answers must cover every statement")
        checked: dict[str, int | None] = {}
        for statement in self.statements:
            value = values[statement]
            if value is not None and (type(value) is not int or not 1 <= value <= 5):
                raise Refused(400, "an answer is 1–5 or null")
            checked[statement] = value
        prediction = payload.get("prediction")
        if prediction is not None:
            low, high = self.predict_range or (1, 0)
            if department not in ("sales", "marketing"):
                low, high = 1, 0  # only Sales and Marketing guess the other's total
            if type(prediction) is not int or not low <= prediction <= high:
                raise Refused(400, "prediction out of range")
        if set(payload) - {"device", "department", "answers", "prediction"}:
            raise Refused(400, "unknown field")
        return device, PhoneAnswers(department, checked, prediction)

    def claim(self, device: str) -> bool:
        """Reserve the device's one answer set; False when it has already been stored."""
        with self._lock:
            if device in self._answered:
                return False
            self._answered.add(device)
            return True

    def release(self, device: str) -> None:
        """The answer set could not be stored: the device may send it again."""
        with self._lock:
            self._answered.discard(device)


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
