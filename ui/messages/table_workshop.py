"""The core's messages about what a person enters in the workshop, as lupdate finds them (ui/messages/__init__.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    return {
        "limits.too_long": translate(
            "CoreMessages",
            "{label} is {length} characters long; the most it can hold is {most}. Shorten it to save it.",
        ),
        "limits.control_character": translate(
            "CoreMessages",
            "{label} contains a control character ({code}), which a text cannot hold. Remove it to save.",
        ),
        "field.note": translate("CoreMessages", "A note"),
        "field.reason": translate("CoreMessages", "The reason"),
        "field.stage_name": translate("CoreMessages", "A stage's name"),
        "field.party_name": translate("CoreMessages", "A party's name"),
        "field.session_details": translate("CoreMessages", "The session's details"),
        "field.participant_name": translate("CoreMessages", "A participant's name"),
        "field.participant_role": translate("CoreMessages", "A participant's role"),
        "field.action": translate("CoreMessages", "Action “{title}”"),
        "field.section": translate("CoreMessages", "Text in {name}"),
        "field.comment": translate("CoreMessages", "A comment"),
        "field.info.title": translate("CoreMessages", "Title"),
        "field.info.organisation": translate("CoreMessages", "Organisation"),
        "field.info.date": translate("CoreMessages", "Date"),
        "field.info.location": translate("CoreMessages", "Location"),
        "field.info.facilitator": translate("CoreMessages", "Facilitator"),
        "field.info.notes": translate("CoreMessages", "Notes"),
        "field.info.series_id": translate("CoreMessages", "Series"),
        "field.info.previous_id": translate("CoreMessages", "Previous workshop"),
        "field.info.follow_up_date": translate("CoreMessages", "Follow-up date"),
        "note.empty": translate("CoreMessages", "A note needs some text."),
        "note.empty_action": translate("CoreMessages", "An empty note cannot become an action."),
        "note.already_action": translate(
            "CoreMessages",
            "This note is already an action in the plan.",
        ),
        "note.theme_unnamed": translate("CoreMessages", "A theme needs a name."),
        "note.theme_too_few": translate(
            "CoreMessages",
            "Choose at least two notes to merge into a theme.",
        ),
        "follow_up.not_open": translate(
            "CoreMessages",
            "“{title}” is no longer open; it needs no decision.",
        ),
        "follow_up.reason_needed": translate(
            "CoreMessages",
            "Say why the action is dropped: a dropped action needs a reason.",
        ),
        "follow_up.due_needed": translate(
            "CoreMessages",
            "A carried-over action needs a new due date.",
        ),
        "follow_up.previous_gone": translate(
            "CoreMessages",
            "The workshop this session follows up is no longer in the library.",
        ),
        "follow_up.already_decided": translate(
            "CoreMessages",
            "This action has already been decided at this follow-up.",
        ),
        "raci.bad_letter": translate("CoreMessages", "A cell holds R, A, C or I, not “{value}”."),
        "raci.handoff_stage": translate(
            "CoreMessages",
            "The handoff must be at one of the funnel's stages.",
        ),
        "raci.no_template": translate(
            "CoreMessages",
            "There is no role split template called “{name}”.",
        ),
        "raci.template_stage_gone": translate(
            "CoreMessages",
            "This template hands over at a funnel stage your map no longer has; choose the handoff stage yourself.",
        ),
        "raci.stage_unnamed": translate("CoreMessages", "A stage needs a name."),
        "raci.party_unnamed": translate("CoreMessages", "A party needs a name."),
        "raci.too_many_stages": translate("CoreMessages", "A funnel holds at most {most} stages."),
        "raci.too_many_parties": translate("CoreMessages", "A map holds at most {most} parties."),
        "raci.fixed_names": translate(
            "CoreMessages",
            "Sales, Marketing and Shared keep their names.",
        ),
        "raci.fixed_parties": translate(
            "CoreMessages",
            "Sales, Marketing and Shared cannot be removed.",
        ),
        "session.title_invisible": translate(
            "CoreMessages",
            "A session needs a title with a character that shows.",
        ),
        "session.title_needed": translate("CoreMessages", "A session needs a title."),
        "session.unknown_language": translate(
            "CoreMessages",
            "Unknown language “{language}”; choose one of {choices}.",
        ),
        "session.already_in_library": translate(
            "CoreMessages",
            "“{title}” is already in the library. Import it as a copy, or replace the one you have.",
        ),
        "session.not_editable": translate(
            "CoreMessages",
            "These session details cannot be changed: {names}.",
        ),
        "session.no_such_section": translate(
            "CoreMessages",
            "{name} is not a section of a session.",
        ),
        "session.no_such_id": translate("CoreMessages", "No session with id {id}."),
        "action.title_needed": translate("CoreMessages", "An action needs a title."),
        "action.gone": translate("CoreMessages", "This action is no longer in its session."),
        "action.status.planned": translate("CoreMessages", "Planned"),
        "action.status.in_progress": translate("CoreMessages", "In progress"),
        "action.status.done": translate("CoreMessages", "Done"),
        "action.status.dropped": translate("CoreMessages", "Dropped"),
        "action.status.carried_over": translate("CoreMessages", "Carried over"),
        "participant.id_twice": translate("CoreMessages", "Participant id {id} appears twice."),
        "tracker.nothing_changed": translate(
            "CoreMessages",
            "Nothing changed: choose a new status or date, or add a comment.",
        ),
        "library.bad_sort": translate("CoreMessages", "The library cannot be sorted by {sort}."),
        "library.no_match": translate(
            "CoreMessages",
            "No session matches “{ref}”. `truce list` shows the sessions.",
        ),
        "library.ambiguous": translate(
            "CoreMessages",
            "More than one session matches “{ref}”; use its id instead.",
        ),
        "undo.part_changed": translate(
            "CoreMessages",
            "The {part} of this session changed since this step was recorded.",
        ),
    }
