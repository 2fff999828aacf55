"""Export paths: nothing a session document says is ever used as a path outside the chosen folder,
links in the folder are replaced rather than followed, and a failed write leaves nothing."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop_app.demo import demo_session
from workshop_app.documents.export import export, export_all, file_name
from workshop_app.store import Repository

PATHS = st.sampled_from(
    [
        "../../etc/passwd",
        "/etc/passwd",
        "..",
        ".",
        "C:\\Windows\\win.ini",
        "~/.ssh/id_rsa",
        "a/../../b",
        "",
    ]
)
names = st.lists(st.one_of(PATHS, st.text(max_size=15)), max_size=4).map("".join)
DEMO = demo_session("en")  # only its details change from one example to the next


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(organisation=names, title=names)
def test_a_file_name_from_a_document_never_leaves_the_folder(tmp_path, organisation, title):
    session = replace(DEMO, info=replace(DEMO.info, organisation=organisation, title=title or "x"))
    for fmt in ("pdf", "md", "csv", "json"):
        name = file_name(session, "action-plan", fmt)
        assert "/" not in name and "\\" not in name and "\x00" not in name
        assert (tmp_path / name).resolve().parent == tmp_path.resolve()


def test_export_all_writes_hostile_named_sessions_inside_the_folder_only(tmp_path):
    repo = Repository.open(tmp_path / "t.db")
    for organisation in ("../../escaped", "/etc/cron.d/truce", "..", "C:\\evil"):
        session = demo_session("en")
        session.info = replace(
            session.info,
            id=f"{len(organisation):02d}" + session.info.id[2:],
            organisation=organisation,
        )
        repo.add(session)
    folder = tmp_path / "plans"
    folder.mkdir()
    written = [result.path for result in export_all(repo, folder, fmt="md")]
    repo.close()
    assert len(written) == 4
    assert all(path.parent == folder for path in written)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in written)
    assert {p.name for p in tmp_path.iterdir()} <= {"plans", "t.db", "t.db-shm", "t.db-wal"}


def test_a_link_at_the_target_is_replaced_not_followed(repo, demo, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    folder = tmp_path / "out"
    folder.mkdir()
    link = folder / "plan.md"
    link.symlink_to(outside)
    export(repo, demo.id, link, fmt="md")
    assert outside.read_text() == "keep me"
    assert not link.is_symlink() and "Brightwater" in link.read_text("utf-8")
