"""The follow-up workshop: what it starts with, and what becomes of the previous one's actions.

A follow-up starts on the date planned for it (today when none was planned) with the findings
the room will make again left empty: the self-assessment, the friction map, the role swap and the
ten steps. Copying them would show every stage complete and give the series a second workshop
with the same scores that never took place; the pages show the earlier values as a baseline
instead. What the room agreed on stays: the shared goals (their figures are followed through the
series), the role split, the participants and the agenda's plan.

Each open action gets exactly one decision: done, carried over (a copy with a new due date joins
the follow-up's plan, linked to the original), or dropped (with a reason). Nothing is decided
silently: an action without a decision stays on the list until someone decides.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from workshop_app.action_plan import is_open
from workshop_app.domain import (
    Action,
    ActionEvent,
    ActionStatus,
    Assessment,
    Checklist,
    Decision,
    EventKind,
    Friction,
    FrictionMap,
    ReviewedAction,
    RoleSwap,
    Session,
    new_id,
)
from workshop_app.domain.limits import TEXT, check
from workshop_app.errors import ValidationError
from workshop_app.messages import Message


def next_workshop(source: Session, title: str, today: date) -> Session:
    """The follow-up of ``source``: new ids, same series, remembers where it came from."""
    planned = source.info.follow_up_date
    try:
        held_on = date.fromisoformat(planned).isoformat() if planned else today.isoformat()
    except ValueError:
        held_on = today.isoformat()
    earlier = source.assessment
    return Session(
        info=replace(
            source.info,
            id=new_id(),
            title=title,
            date=held_on,
            follow_up_date="",
            previous_id=source.id,
            series_id=source.info.series_id or source.id,
            created_at="",
            updated_at="",
        ),
        participants=[replace(p) for p in source.participants],
        assessment=Assessment(
            mode=earlier.mode, predict_reveal=earlier.predict_reveal, context=dict(earlier.context)
        ),
        # The same drivers, the room's own included, waiting for this workshop's ratings.
        frictions=FrictionMap(
            items=[Friction(f.id, f.group, f.custom_title) for f in source.frictions.items]
        ),
        role_swap=RoleSwap(round_minutes=source.role_swap.round_minutes),
        goals=source.goals,
        role_map=source.role_map,
        checklist=Checklist(),
        # The earlier actions come back through the follow-up review (done, carried over or
        # dropped), so none is copied here and none can be followed up twice.
        actions=[],
    )


def undecided(previous: Session, current: Session) -> list[Action]:
    """The previous workshop's open actions the follow-up has not decided on yet, in plan order."""
    decided = {item.action_id for item in current.since_previous.items}
    return [a for a in previous.actions if is_open(a) and a.id not in decided]


@dataclass(frozen=True)
class Outcome:
    original: Action  # as it now stands in the previous session
    event: ActionEvent  # recorded on the original
    item: ReviewedAction  # recorded in the follow-up's review section
    copy: Action | None  # the carried-over action, added to the follow-up's plan


def decide(
    original: Action, decision: Decision, *, at: str, new_due: str = "", reason: str = ""
) -> Outcome:
    """One decision on one open action; raises ValidationError when it cannot be taken."""
    if not is_open(original):
        raise ValidationError("follow_up.not_open", title=original.title)
    reason = reason.strip()
    check(Message("field.reason"), reason, TEXT)
    if decision is Decision.DROPPED and not reason:
        raise ValidationError("follow_up.reason_needed")
    copy = None
    if decision is Decision.CARRIED:
        try:
            new_due = date.fromisoformat(new_due).isoformat()
        except ValueError as exc:
            raise ValidationError("follow_up.due_needed") from exc
        copy = replace(original, id=new_id(), due=new_due, carried_from=original.id, votes=0)
        status, kind = ActionStatus.CARRIED_OVER, EventKind.CARRIED_OVER
    elif decision is Decision.DONE:
        new_due = ""
        status, kind = ActionStatus.DONE, EventKind.STATUS
    else:
        new_due = ""
        status, kind = ActionStatus.DROPPED, EventKind.STATUS
    updated = replace(original, status=status)
    event = ActionEvent(
        id=new_id(),
        action_id=original.id,
        at=at,
        kind=kind,
        status=status,
        due=new_due or original.due,
        comment=reason,
    )
    item = ReviewedAction(
        action_id=original.id,
        title=original.title,
        decision=decision,
        owner=original.owner,
        department=original.department,
        due=original.due,
        new_due=new_due,
        new_action_id=copy.id if copy else "",
        reason=reason,
        decided_at=at,
    )
    return Outcome(updated, event, item, copy)


def change_event(before: Action, after: Action, at: str, comment: str = "") -> ActionEvent | None:
    """The event a saved change makes: a status change, a due-date change, or a comment alone."""
    if before.status != after.status:
        kind = EventKind.STATUS
    elif before.due != after.due:
        kind = EventKind.DUE
    elif comment.strip():
        kind = EventKind.NOTE
    else:
        return None
    return ActionEvent(
        id=new_id(),
        action_id=after.id,
        at=at,
        kind=kind,
        status=after.status,
        due=after.due,
        comment=comment.strip(),
    )
