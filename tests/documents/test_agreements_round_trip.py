"""The agreement stages survive the session document: export, import, the same map and plan."""

from __future__ import annotations

from datetime import date

from workshop_app.demo import create_demo
from workshop_app.documents import session_document
from workshop_app.documents.export import export
from workshop_app.library import import_file


def test_role_map_checklist_and_actions_round_trip(repo, tmp_path):
    original = create_demo(repo, "en", today=date(2026, 4, 2))
    path = export(repo, original.id, tmp_path / "demo.json", fmt="json")
    copy = import_file(repo, path, on_conflict="copy")
    stored = repo.get(copy.id)
    source = repo.get(original.id)
    assert stored.role_map == source.role_map
    assert stored.checklist == source.checklist
    assert stored.actions == source.actions
    assert session_document.to_document(stored)["role_map"]["handoff"]["follow_up_hours"] == 24
