"""The core's messages about session documents and exports, as lupdate finds them (ui/messages/__init__.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    return {
        "document.show.digits": translate("CoreMessages", "a whole number of {digits} digits"),
        "document.show.list": translate("CoreMessages", "a list of {count} items"),
        "document.show.empty_list": translate("CoreMessages", "an empty list"),
        "document.show.object": translate("CoreMessages", "an object"),
        "document.show.text": translate("CoreMessages", "“{text}”"),
        "document.show.long_text": translate("CoreMessages", "“{text}…” ({length} characters)"),
        "document.allow.empty": translate("CoreMessages", "empty"),
        "document.allow.either": translate("CoreMessages", "{first} or {second}"),
        "document.allow.or_empty": translate("CoreMessages", "{allowed}, or empty"),
        "document.allow.exactly": translate("CoreMessages", "exactly {value}"),
        "document.allow.one_of": translate("CoreMessages", "one of {values}"),
        "document.allow.one_of_or_empty": translate("CoreMessages", "one of {values}, or empty"),
        "document.allow.whole_range": translate(
            "CoreMessages",
            "a whole number from {low} to {high}",
        ),
        "document.allow.whole_at_least": translate(
            "CoreMessages",
            "a whole number of at least {low}",
        ),
        "document.allow.whole": translate("CoreMessages", "a whole number"),
        "document.allow.number_range": translate("CoreMessages", "a number from {low} to {high}"),
        "document.allow.number_at_least": translate("CoreMessages", "a number of at least {low}"),
        "document.allow.number_between": translate(
            "CoreMessages",
            "a number above {low} and below {high}",
        ),
        "document.allow.number_above": translate(
            "CoreMessages",
            "a number above {low} and at most {high}",
        ),
        "document.allow.number": translate("CoreMessages", "a number"),
        "document.allow.text_at_most": translate(
            "CoreMessages",
            "a text of at most {most} characters",
        ),
        "document.allow.text": translate("CoreMessages", "a text"),
        "document.allow.boolean": translate("CoreMessages", "true or false"),
        "document.allow.list": translate("CoreMessages", "a list"),
        "document.allow.object": translate("CoreMessages", "an object"),
        "document.allow.other": translate("CoreMessages", "something else"),
        "document.allow.id": translate(
            "CoreMessages",
            "an id of 1 to 64 letters, digits and _ . : -",
        ),
        "document.allow.time": translate(
            "CoreMessages",
            "a time of day written HH:MM on a 24-hour clock, or empty",
        ),
        "document.allow.date": translate(
            "CoreMessages",
            "a date written YYYY-MM-DD, from 1900 to 2200",
        ),
        "document.allow.moment": translate(
            "CoreMessages",
            "a date and time written YYYY-MM-DDTHH:MM:SS with an optional offset (RFC 3339), from 1900 to 2200",
        ),
        "document.the_document": translate("CoreMessages", "The document"),
        "document.whole": translate("CoreMessages", "The document {reason}."),
        "document.at": translate("CoreMessages", "{where}: {reason}."),
        "document.field_name_problem": translate(
            "CoreMessages",
            "{where}: the field name {field} {reason}.",
        ),
        "document.not_a_number": translate(
            "CoreMessages",
            "This file holds {name}, which is not a number; a session document holds only finite numbers.",
        ),
        "document.number_too_large": translate(
            "CoreMessages",
            "This file holds the number {number}, which is too large or too long for a session document.",
        ),
        "document.too_many_digits": translate(
            "CoreMessages",
            "This file holds a whole number of {digits} digits; no number in a session document has more than {most}.",
        ),
        "document.field_twice": translate(
            "CoreMessages",
            "This file gives the field {field} twice in one object, so which one counts is unclear.",
        ),
        "document.not_utf8": translate(
            "CoreMessages",
            "This file is not UTF-8 text (byte {byte} is not), so it cannot be a session document.",
        ),
        "document.not_json": translate(
            "CoreMessages",
            "This file is not valid JSON (line {line}, column {column}: {problem}).",
        ),
        "document.nested_too_deeply": translate(
            "CoreMessages",
            "This file is nested too deeply to be a session document.",
        ),
        "document.nested_deeper": translate(
            "CoreMessages",
            "{where}: is nested deeper than a session document ever is ({most} levels).",
        ),
        "document.too_many_fields": translate(
            "CoreMessages",
            "{where}: has {count} fields; no object in a session document has more than {most}.",
        ),
        "document.list_too_long": translate(
            "CoreMessages",
            "{where}: holds {count} items; no list in a session document holds more than {most}.",
        ),
        "document.too_many_values": translate(
            "CoreMessages",
            "This document holds more than {most} values; a session document never does.",
        ),
        "document.infinite_number": translate(
            "CoreMessages",
            "This session holds a number that is not finite (a goal's baseline or target), which a session document cannot hold; correct it on the Shared goals page.",
        ),
        "document.not_an_object": translate(
            "CoreMessages",
            "This is not a Truce session document: it should be a JSON object.",
        ),
        "document.wrong_format": translate(
            "CoreMessages",
            "This is not a Truce session document (its “format” is not truce-session).",
        ),
        "document.newer_version": translate(
            "CoreMessages",
            "This session document has version {version}, from a newer Truce; this Truce reads version {readable}. Update Truce to import it.",
        ),
        "document.no_version": translate(
            "CoreMessages",
            "This session document does not say which version it is; this Truce reads version {readable}.",
        ),
        "document.odd_version": translate(
            "CoreMessages",
            "This session document gives its version as {version}; this Truce reads version {readable}.",
        ),
        "document.too_large": translate(
            "CoreMessages",
            "This file is larger than {megabytes} MB; a session document never is.",
        ),
        "document.file_too_large": translate(
            "CoreMessages",
            "{name} is larger than {megabytes} MB; a session document never is.",
        ),
        "document.folder": translate("CoreMessages", "{path} is a folder, not a session document."),
        "document.not_a_regular_file": translate(
            "CoreMessages",
            "{path} is not a file but a device, pipe or socket, so it cannot be a session document.",
        ),
        "document.missing": translate("CoreMessages", "{path} does not exist."),
        "document.permission_denied": translate(
            "CoreMessages",
            "{path} cannot be read: permission denied.",
        ),
        "document.unreadable": translate("CoreMessages", "{path} cannot be read: {detail}."),
        "document.reason.control_character": translate(
            "CoreMessages",
            "contains a control character ({code}), which a text cannot hold",
        ),
        "document.reason.lone_surrogate": translate(
            "CoreMessages",
            "contains half of a character pair (a lone surrogate, {code}), which a text cannot hold",
        ),
        "document.reason.not_an_id": translate(
            "CoreMessages",
            "has a field name {field} that is not an id (1 to 64 letters, digits and _ . : -)",
        ),
        "document.reason.lacks_field": translate(
            "CoreMessages",
            "lacks the field “{field}”, which it must have",
        ),
        "document.reason.extra_field": translate(
            "CoreMessages",
            "has a field {field} that a session document does not have",
        ),
        "document.reason.too_many_items": translate(
            "CoreMessages",
            "holds {count} items; the most it can hold is {most}",
        ),
        "document.reason.too_many_entries": translate(
            "CoreMessages",
            "has {count} entries; the most it can hold is {most}",
        ),
        "document.reason.too_long": translate(
            "CoreMessages",
            "is {length} characters long; the most it can hold is {most}",
        ),
        "document.reason.no_visible_character": translate(
            "CoreMessages",
            "must have a character that shows, not only spaces",
        ),
        "document.reason.invisible": translate(
            "CoreMessages",
            "must have a character that shows, not only spaces or invisible characters (it is {value})",
        ),
        "document.reason.empty": translate("CoreMessages", "must not be empty"),
        "document.reason.must_be": translate("CoreMessages", "must be {allowed} (it is {value})"),
        "document.reason.used_twice": translate(
            "CoreMessages",
            "{value} is used twice in one list",
        ),
        "document.reason.no_such_action": translate(
            "CoreMessages",
            "{value} is not an action of this session",
        ),
        "document.json.expecting_value": translate("CoreMessages", "a value belongs here"),
        "document.json.expecting_comma": translate("CoreMessages", "a comma belongs here"),
        "document.json.expecting_colon": translate("CoreMessages", "a colon belongs here"),
        "document.json.expecting_name": translate(
            "CoreMessages",
            "a field name in double quotes belongs here",
        ),
        "document.json.extra_data": translate(
            "CoreMessages",
            "something follows the end of the document",
        ),
        "document.json.unterminated_string": translate(
            "CoreMessages",
            "a text that starts here is never closed",
        ),
        "document.json.control_character": translate(
            "CoreMessages",
            "a text holds a control character",
        ),
        "document.json.invalid_escape": translate(
            "CoreMessages",
            "a backslash starts no valid escape",
        ),
        "export.unknown_document": translate(
            "CoreMessages",
            "Unknown document “{value}”; choose one of {choices}.",
        ),
        "export.unknown_format": translate(
            "CoreMessages",
            "Unknown format “{value}”; choose one of {choices}.",
        ),
        "export.unknown_paper": translate(
            "CoreMessages",
            "Unknown paper size “{value}”; choose one of {choices}.",
        ),
        "export.unknown_grouping": translate(
            "CoreMessages",
            "Unknown grouping “{value}”; choose one of {choices}.",
        ),
        "export.worksheets_pdf_only": translate(
            "CoreMessages",
            "Worksheets are printed sheets; export them as PDF.",
        ),
        "export.series_pdf_only": translate(
            "CoreMessages",
            "The series comparison is a printed document; export it as PDF.",
        ),
        "export.series_too_short": translate(
            "CoreMessages",
            "A comparison needs at least two workshops of one series that have taken place. Duplicate a session for a follow-up, or add it to a series, first.",
        ),
        "export.no_folder": translate("CoreMessages", "The folder {folder} does not exist."),
        "export.target_is_folder": translate(
            "CoreMessages",
            "{path} is a folder; choose a file name to export to.",
        ),
        "export.name_too_long": translate(
            "CoreMessages",
            "The file name {start}… is too long for a disk to hold; choose a shorter one.",
        ),
        "export.folder_refused": translate("CoreMessages", "Cannot write to {folder}: {reason}."),
        "export.file_refused": translate("CoreMessages", "Cannot write {path}: {reason}."),
        "export.reason.full": translate("CoreMessages", "the disk is full"),
        "export.reason.read_only": translate("CoreMessages", "the disk is read-only"),
        "export.reason.name_too_long": translate(
            "CoreMessages",
            "the name is too long for this disk",
        ),
    }
