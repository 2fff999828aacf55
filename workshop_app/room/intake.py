"""The desk where a round's answer sets wait between the server's thread and the thread that
owns the session, and are written into it (see `landing`) in one transaction per batch."""

from __future__ import annotations

import queue
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from workshop_app.content import Content
from workshop_app.room.kinds import Ask, PhoneAnswers, Refused
from workshop_app.room.landing import Tally, land, parts_of, phone_label, take_in

__all__ = ["Desk", "phone_label", "take_in"]


class Desk:
    """The server calls ``deliver`` (any thread) and awaits the future; the owner calls
    ``store``, which writes every waiting set in one go and completes their futures: a phone
    hears "stored" only once its answers are committed. ``wake`` tells the owner there is
    something to store."""

    def __init__(
        self, content: Content, ask: Ask | None = None, wake: Callable[[], None] = lambda: None
    ) -> None:
        self.content = content
        self.ask = ask
        self.wake = wake
        self.tally: Tally = {}
        self._queue: queue.SimpleQueue[tuple[Ask, PhoneAnswers, Future[None]]] = queue.SimpleQueue()

    @property
    def parts(self) -> tuple[str, ...]:
        """The session's parts the current round writes."""
        return parts_of(self.ask) if self.ask is not None else ()

    def new_round(self, ask: Ask) -> None:
        """A new round: its means start afresh."""
        self.ask, self.tally = ask, {}

    def deliver(self, answers: PhoneAnswers) -> Future[None]:
        done: Future[None] = Future()
        assert self.ask is not None
        self._queue.put((self.ask, answers, done))
        self.wake()
        return done

    def empty(self) -> bool:
        return self._queue.empty()

    def waiting(self, timeout: float | None = None) -> list[tuple[Ask, PhoneAnswers, Future[None]]]:
        """Every waiting set; with a timeout, waits that long for the first one."""
        batch = []
        try:
            if timeout is not None:
                batch.append(self._queue.get(timeout=timeout))
            while True:
                batch.append(self._queue.get_nowait())
        except queue.Empty:
            return batch

    def store(
        self,
        read: Callable[[tuple[str, ...]], dict[str, Any]],
        write: Callable[[dict[str, Any]], None],
        timeout: float | None = None,
    ) -> int:
        """Read the parts the waiting sets change, add the sets and ``write`` the changed parts
        (one transaction); the number of sets stored. A set that cannot be taken is refused
        alone; a failed write fails every future: the phones keep their answers and send them
        again."""
        batch = self.waiting(timeout)
        if not batch:
            return 0
        asks = {id(ask): ask for ask, _answers, _done in batch}
        parts = read(tuple(dict.fromkeys(p for ask in asks.values() for p in parts_of(ask))))
        tally = {key: list(values) for key, values in self.tally.items()}
        taken = []
        for ask, answers, done in batch:
            try:
                land(ask, parts, answers, self.content, tally)
            except Refused as refused:
                done.set_exception(refused)
                continue
            taken.append(done)
        if not taken:
            return 0
        try:
            write(parts)
        except BaseException as exc:
            for done in taken:
                done.set_exception(exc)
            raise
        self.tally = tally
        for done in taken:
            done.set_result(None)
        return len(taken)
