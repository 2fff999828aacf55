"""What a phone's answer set becomes in the session, and what a round accepts, without a server."""

from __future__ import annotations

import pytest

from workshop_app.content import load_content
from workshop_app.domain import Assessment, Department, Participant, Prediction
from workshop_app.room.intake import Desk, take_in
from workshop_app.room.kinds import Ask, Item
from workshop_app.room.round import CODE_LETTERS, PhoneAnswers, Refused, Round, new_room_code

STATEMENTS = ("a01", "a02")


def assessment(predict=None) -> Ask:
    return Ask("assessment", "diagnosis", tuple(Item(s, {"text": s}) for s in STATEMENTS), predict)


def assessment_desk():
    desk = Desk(load_content("en"), assessment())
    state: dict = {"participants": [], "assessment": Assessment()}

    def read(parts):
        return {part: state[part] for part in parts}

    return desk, state, read


def test_room_codes_are_four_unambiguous_letters():
    codes = {new_room_code() for _ in range(200)}
    assert len(codes) > 190
    assert all(len(c) == 4 and set(c) <= set(CODE_LETTERS) for c in codes)
    assert not set("IL01O") & set(CODE_LETTERS)


@pytest.mark.parametrize(
    ("language", "label"),
    [("en", "Sales phone 2"), ("pl", "Sprzedaż: telefon 2"), ("zh_CN", "销售手机 2")],
)
def test_a_phone_is_the_next_free_label_of_its_department_in_the_session_language(language, label):
    content = load_content(language)
    first, _ = take_in([], Assessment(), PhoneAnswers("sales", {"a01": 3}), content)
    people, assessment = take_in(first, Assessment(), PhoneAnswers("sales", {"a01": 5}), content)
    assert people[-1].name == label and people[-1].anonymous
    assert people[-1].department == Department.SALES
    (answer,) = assessment.answers
    assert (answer.respondent, answer.department, answer.value) == (people[-1].id, "sales", 5)


def test_typed_participants_and_answers_are_kept():
    typed = Participant("p1", "Ana", Department.MARKETING)
    before = Assessment(predictions=[Prediction("marketing", 40)])
    people, after = take_in(
        [typed], before, PhoneAnswers("sales", {"a01": None}), load_content("en")
    )
    assert people[0] is typed and len(people) == 2
    assert after.predictions == [Prediction("marketing", 40)]  # only a guess from Sales changes it
    assert after.answers[0].value is None


def test_a_departments_prediction_is_the_mean_of_its_phones_rounded_half_up():
    desk, state, read = assessment_desk()
    state["assessment"] = Assessment(predictions=[Prediction("marketing", 40)])
    for guess in (60, 61):
        desk.deliver(PhoneAnswers("sales", {"a01": 4}, guess))
    desk.deliver(PhoneAnswers("leadership", {"a01": 4}))
    assert desk.store(read, state.update) == 3
    assert state["assessment"].predictions == [
        Prediction("sales", 61),  # 60.5 rounds up
        Prediction("marketing", 40),
    ]


def test_a_failed_write_fails_every_waiting_phone_and_stores_nothing():
    desk, _state, read = assessment_desk()
    done = [desk.deliver(PhoneAnswers("sales", {"a01": 4}, 50)) for _ in range(2)]

    def refuse(parts):
        raise OSError("disk full")

    with pytest.raises(OSError):
        desk.store(read, refuse)
    assert all(isinstance(d.exception(), OSError) for d in done)
    assert desk.tally == {}


def test_only_sales_and_marketing_guess_and_only_in_a_round_that_asks():
    asking = Round(assessment((20, 100)))
    base = {"device": "0" * 32, "answers": {"a01": 1, "a02": None}, "round": 1}
    base["kind"] = "assessment"
    assert asking.answers({**base, "department": "sales", "prediction": 20})[1].prediction == 20
    for department, guess in (("leadership", 50), ("sales", 19), ("sales", 101)):
        with pytest.raises(Refused) as refused:
            asking.answers({**base, "department": department, "prediction": guess})
        assert refused.value.status == 400
    with pytest.raises(Refused):
        Round(assessment()).answers({**base, "department": "sales", "prediction": 50})


def test_a_device_may_send_again_after_a_failed_store_but_never_twice_after_success():
    round_ = Round(assessment())
    assert round_.claim("a" * 32, "sales") and not round_.claim("a" * 32, "sales")
    round_.release("a" * 32)
    assert round_.claim("a" * 32, "sales")
    assert round_.answered() == 1
