"""The Diagnosis on the projector: counts beside its figures, a small anonymous side withheld."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from ui.live import assessment_panel  # noqa: F401 (registers the Diagnosis panel)
from ui.live.panels import Projection, build_panel
from workshop_app.content import load_content
from workshop_app.domain import Assessment, AssessmentAnswer, Department, Participant


def room(demo, anonymous_marketers: int, minimum: int = 3):
    people = [Participant(f"s{n}", f"S{n}", Department.SALES) for n in range(3)]
    people += [
        Participant(f"m{n}", f"Marketing {n}", Department.MARKETING, anonymous=True)
        for n in range(anonymous_marketers)
    ]
    answers = [AssessmentAnswer(p.id, str(p.department), "a01", 4) for p in people[:3]]
    answers += [AssessmentAnswer(p.id, "marketing", "a01", 1 + n) for n, p in enumerate(people[3:])]
    return replace(
        demo, participants=people, assessment=Assessment(answers=answers, minimum_answers=minimum)
    )


def shown(qtbot, session) -> str:
    parent = QWidget()
    qtbot.addWidget(parent)
    panel = build_panel("diagnosis", Projection(session, load_content("en"), 1.0), parent)
    assert panel is not None
    parts = [label.text() for label in panel.findChildren(QLabel)]
    parts += [w.accessibleDescription() for w in panel.findChildren(QWidget)]
    return "\n".join(parts)


def test_two_anonymous_marketers_are_withheld_on_the_projector(qtbot, demo):
    text = shown(qtbot, room(demo, anonymous_marketers=2))
    assert "Marketing withheld: fewer than 3 answers" in text
    assert "Sales 80 (n = 3)" in text
    # Marketing's 1.5 shows nowhere, nor the total of both sides that would give it away.
    assert "1.5" not in text and "together 80" in text and "55" not in text


def test_with_enough_answers_the_room_sees_each_mean_with_its_count(qtbot, demo):
    text = shown(qtbot, room(demo, anonymous_marketers=2, minimum=2))
    assert "withheld" not in text
    assert "4.0 (n = 3) / 1.5 (n = 2)" in text


def test_the_room_sees_where_the_departments_rate_a_step_differently(qtbot, demo):
    from workshop_app.domain import Checklist, ChecklistStep

    session = replace(
        demo,
        checklist=Checklist(
            [
                ChecklistStep("s1", current=2, target=4, sales=4, marketing=2),
                ChecklistStep("s2", current=3, target=4, sales=3, marketing=3),
                ChecklistStep("s3", current=1, target=3),
            ]
        ),
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    panel = build_panel("ten_steps", Projection(session, load_content("en"), 1.0), parent)
    text = "\n".join(w.accessibleDescription() for w in panel.findChildren(QWidget))
    text += "\n".join(label.text() for label in panel.findChildren(QLabel))
    assert "2 → 4  (gap +2)" in text
    assert "3 → 4" in text and "3 → 4  (gap" not in text  # the same view: nothing to add
    assert "1 → 3" in text
