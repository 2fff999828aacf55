"""The core's messages about the team library (the server, publishing and taking out), as lupdate finds them (ui/messages/__init__.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    return {
        "team.the_library": translate("CoreMessages", "the team library {place}"),
        "team.place.service": translate("CoreMessages", "“{service}”"),
        "team.place.on_host": translate("CoreMessages", "“{database}” on {host}"),
        "team.place.here": translate("CoreMessages", "“{database}” on this computer"),
        "team.unreachable": translate(
            "CoreMessages", "Truce cannot reach the team library {place} ({detail})."
        ),
        "team.unreachable_saving": translate(
            "CoreMessages",
            "Truce cannot reach the team library {place} ({detail}). The last change was not saved there; the local library is unaffected.",
        ),
        "team.waiting_to_retry": translate(
            "CoreMessages", "waiting a few seconds before trying again"
        ),
        "team.newer_schema": translate(
            "CoreMessages",
            "The team library {place} was set up by a newer version of Truce (schema {version}); update Truce to use it.",
        ),
        "team.cannot_migrate": translate(
            "CoreMessages",
            "The team library {place} needs its tables brought to schema {version}, and this role may not change them: ask the library's administrator to open it once as its owner.",
        ),
        "team.not_allowed": translate(
            "CoreMessages",
            "Your role in the team library {place} may not do this (the library's permissions refuse it); nothing was changed.",
        ),
        "team.refused": translate(
            "CoreMessages",
            "The team library {place} refused the change ({detail}); nothing was changed.",
        ),
        "team.id_taken": translate(
            "CoreMessages",
            "The team library {place} already holds a workshop with this one's id that your role may not see (another facilitator's, not shared with you); nothing was changed. A new copy, with an id of its own, can be added instead.",
        ),
        "team.unusable": translate(
            "CoreMessages", "The team library {place} could not be used: {detail}."
        ),
        "team.stale": translate(
            "CoreMessages",
            "“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met version {known}): nothing was overwritten. Compare the two and choose --as-copy or --update.",
        ),
        "team.stale_never_met": translate(
            "CoreMessages",
            "“{title}” changed in the team library {place} since you last published or took it out (it is at version {theirs}; you last met none of its versions): nothing was overwritten. Compare the two and choose --as-copy or --update.",
        ),
        "team.changed_here": translate(
            "CoreMessages",
            "“{title}” changed in this computer's library since it last met the team library's copy (now at version {theirs}): nothing was overwritten. Compare the two and choose --as-copy or --update.",
        ),
        "team.no_local_library": translate(
            "CoreMessages",
            "Publishing and taking out move sessions between this computer's library and a team library; give a local library with --db, or none for the usual one.",
        ),
        "team.row.last_changed": translate("CoreMessages", "Last changed"),
        "team.row.people": translate("CoreMessages", "People"),
        "team.row.action": translate("CoreMessages", "Action"),
        "team.row.history": translate("CoreMessages", "History entries"),
    }
