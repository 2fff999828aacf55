"""A phone's answer set, written into the session like typed answers.

Each set becomes an anonymous participant of its department, labelled like "Sales phone 3", and
that participant's answers: the diagnosis page, the results and the projector read them as they
read typed ones. Nothing of the device is kept. A department's prediction of the other's total is
the mean of its phones' predictions in the round, rounded half up.
"""

from __future__ import annotations

import queue
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import replace
from fractions import Fraction

from workshop_app.content import Content
from workshop_app.domain import Assessment, AssessmentAnswer, Department, Participant, Prediction
from workshop_app.domain.basics import new_id
from workshop_app.room.round import PhoneAnswers
from workshop_app.scoring import round_half_up

PREDICTING = ("sales", "marketing")  # each guesses the other's total


def phone_label(content: Content, department: str, taken: set[str]) -> str:
    """The first free "<Department> phone <n>" label, in the session's language."""
    pattern = content.text("room.phone_label")
    name = content.text(f"room.departments.{department}")
    number = 1
    while (label := pattern.format(department=name, number=number)) in taken:
        number += 1
    return label


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
    label = phone_label(content, answers.department, {p.name for p in participants})
    person = Participant(
        new_id(), name=label, department=Department(answers.department), anonymous=True
    )
    added = [
        AssessmentAnswer(person.id, answers.department, statement, value)
        for statement, value in answers.values.items()
    ]
    changed = replace(assessment, answers=[*assessment.answers, *added])
    if predictions and answers.department in PREDICTING:
        mean = round_half_up(Fraction(sum(predictions), len(predictions)))
        kept = [p for p in assessment.predictions if p.department != answers.department]
        kept.append(Prediction(answers.department, mean))
        kept.sort(key=lambda p: p.department != Department.SALES)
        changed = replace(changed, predictions=kept)
    return [*participants, person], changed


class Desk:
    """Where answer sets wait between the server's thread and the thread that owns the session.

    The server calls ``deliver`` (any thread) and awaits the future; the owner calls ``store``,
    which writes every waiting set in one go and completes their futures: a phone hears "stored"
    only once its answers are committed. ``wake`` tells the owner there is something to store."""

    def __init__(self, content: Content, wake: Callable[[], None] = lambda: None) -> None:
        self.content = content
        self.wake = wake
        self.predictions: dict[str, list[int]] = {d: [] for d in PREDICTING}
        self._queue: queue.SimpleQueue[tuple[PhoneAnswers, Future[None]]] = queue.SimpleQueue()

    def deliver(self, answers: PhoneAnswers) -> Future[None]:
        done: Future[None] = Future()
        self._queue.put((answers, done))
        self.wake()
        return done

    def empty(self) -> bool:
        return self._queue.empty()

    def waiting(self, timeout: float | None = None) -> list[tuple[PhoneAnswers, Future[None]]]:
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
        participants: list[Participant],
        assessment: Assessment,
        write: Callable[[list[Participant], Assessment], None],
        timeout: float | None = None,
    ) -> int:
        """Add the waiting sets to ``participants`` and ``assessment`` and ``write`` them (one
        transaction); the number of sets stored. A failed write fails their futures: the phones
        keep their answers and send them again."""
        batch = self.waiting(timeout)
        if not batch:
            return 0
        predictions = {d: list(v) for d, v in self.predictions.items()}
        for answers, _done in batch:
            guesses = predictions.get(answers.department)
            if answers.prediction is not None and guesses is not None:
                guesses.append(answers.prediction)
            participants, assessment = take_in(
                participants, assessment, answers, self.content, guesses or ()
            )
        try:
            write(participants, assessment)
        except BaseException as exc:
            for _answers, done in batch:
                done.set_exception(exc)
            raise
        self.predictions = predictions
        for _answers, done in batch:
            done.set_result(None)
        return len(batch)
