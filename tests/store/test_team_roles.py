"""Who sees what in a team library, enforced by the server: resources/schema/team-roles.sql run
as an administrator would, then each kind of person connected with a login role of their own."""

from __future__ import annotations

import uuid

import psycopg
import pytest

from workshop_app import library
from workshop_app.domain import Action
from workshop_app.errors import NotFound, TruceError
from workshop_app.messages import say
from workshop_app.paths import resources_dir
from workshop_app.store import Repository
from workshop_app.store.team.faults import IdTaken, NotAllowed
from workshop_app.store.team.publishing import Links, publish
from workshop_app.store.team.repository import TeamRepository

ROLES_SQL = resources_dir() / "schema" / "team-roles.sql"


@pytest.fixture(scope="module")
def organisation(team_server):
    """A library set up as the README says: tables by the owner's first connect, then the
    roles script; a facilitator's session for each of two organisations."""
    suffix = uuid.uuid4().hex[:6]
    # As the README sets it up: an owner role with CREATEROLE owns the database, not a superuser.
    database = f"roles_{suffix}"
    with team_server.admin() as admin:
        admin.execute(f"CREATE ROLE owner_{suffix} LOGIN CREATEROLE")
        admin.execute(f"CREATE DATABASE {database} OWNER owner_{suffix}")
    owner = team_server.uri(database, f"owner_{suffix}")
    TeamRepository.connect(owner).close()
    people = {
        "ana": ("truce_facilitator", f"ana_{suffix}"),
        "ben": ("truce_facilitator", f"ben_{suffix}"),
        "marek": ("truce_department_head", f"marek_{suffix}"),
        "hui": ("truce_hr", f"hui_{suffix}"),
    }
    with psycopg.connect(owner, autocommit=True) as admin:
        admin.execute(ROLES_SQL.read_text(encoding="utf-8"))
        admin.execute(ROLES_SQL.read_text(encoding="utf-8"))  # safe to run twice
        for group, login in people.values():
            admin.execute(f"CREATE ROLE {login} LOGIN IN ROLE {group}")
        admin.execute(
            "INSERT INTO truce_members VALUES (%s, 'Brightwater Instruments')",
            [people["marek"][1]],
        )
    repos = {
        who: TeamRepository.connect(team_server.uri(database, login))
        for who, (_, login) in people.items()
    }
    ours = library.create_session(repos["ana"], "Ours", organisation="Brightwater Instruments")
    repos["ana"].update_info(ours.id, notes="Łukasz blocks every <b>lead</b> & hides the CRM")
    repos["ana"].save_action(ours.id, Action(id="a1", title="Shared lead definition"))
    theirs = library.create_session(repos["ben"], "Theirs", organisation="Harbour & Co")
    yield repos, people, ours.id, theirs.id
    for repo in repos.values():
        repo.close()
    team_server.drop_database(database)


def test_hr_reads_everything_and_cannot_write(organisation):
    repos, _, ours, theirs = organisation
    hr = repos["hui"]
    assert {s.id for s in hr.list_sessions()} == {ours, theirs}
    assert "Łukasz" in hr.get(ours).info.notes
    for write in (
        lambda: hr.update_info(ours, title="Renamed by HR"),
        lambda: hr.update_action(ours, "a1", "done", comment="HR"),
        lambda: library.create_session(hr, "HR's own"),
        lambda: hr.purge(theirs),
    ):
        with pytest.raises(NotAllowed, match="may not do this"):
            write()
    assert repos["ana"].get(ours).info.title == "Ours"
    assert {s.id for s in repos["hui"].list_sessions()} == {ours, theirs}


def test_a_department_head_sees_only_their_organisation_and_updates_its_actions(organisation):
    repos, people, ours, theirs = organisation
    head = repos["marek"]
    assert [s.id for s in head.list_sessions()] == [ours]
    with pytest.raises(NotFound):
        head.get(theirs)
    head.update_action(ours, "a1", "in_progress", comment="Started with the regional team")
    assert [e.comment for e in repos["ana"].action_history(ours, "a1")] == [
        "Started with the regional team"
    ]
    assert repos["hui"].stamp(ours)["changed_by"] == people["marek"][1]
    # History is appended to, never rewritten: not by the head, not by the facilitator.
    for who in ("marek", "ana"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            repos[who].db.execute("UPDATE action_events SET comment = 'rewritten'")
    with pytest.raises(NotAllowed):
        head.update_info(ours, title="Renamed by the head")
    with pytest.raises(TruceError):
        head.delete(ours)
    assert repos["ana"].get(ours).info.title == "Ours"


def test_a_facilitator_reads_another_facilitators_notes_only_when_granted(organisation):
    repos, people, ours, theirs = organisation
    ben = repos["ben"]
    assert [s.id for s in ben.list_sessions()] == [theirs]
    with pytest.raises(NotFound):
        ben.get(ours)
    repos["ana"].db.execute("INSERT INTO truce_shares VALUES (current_user, ?)", [people["ben"][1]])
    try:
        assert "Łukasz" in ben.get(ours).info.notes
        with pytest.raises(TruceError):
            ben.update_info(ours, notes="Ben was here")
        assert "Ben" not in repos["ana"].get(ours).info.notes
        # Shares are the owner's to give: Ben cannot grant himself Ana's sessions' reader.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            ben.db.execute(
                "INSERT INTO truce_shares VALUES (?, ?)",
                [people["ana"][1], people["marek"][1]],
            )
    finally:
        repos["ana"].db.execute("DELETE FROM truce_shares")
    with pytest.raises(NotFound):
        ben.get(ours)


def test_publishing_an_id_only_another_facilitator_sees_is_said_and_a_copy_goes_in(
    organisation, tmp_path
):
    repos, _, ours, theirs = organisation
    ben = repos["ben"]
    local = Repository.open(tmp_path / "ben.db")
    local.add(repos["hui"].get(ours))  # Ben imported the document Ana's session came from
    links = Links(tmp_path / "ben.db")
    with pytest.raises(IdTaken) as refused:
        publish(local, ben, ours, links)
    said = say(refused.value.message, "pl")
    assert "nie został Ci udostępniony" in said and "duplicate" not in said, said
    copy = publish(local, ben, ours, links, "copy")
    try:
        assert (copy.what, copy.session.info.title) == ("copied", "Ours")
        assert copy.session.id != ours
        assert {s.id for s in ben.list_sessions()} == {theirs, copy.session.id}
        assert repos["ana"].get(ours).info.notes.startswith("Łukasz")  # hers, untouched
    finally:
        ben.purge(copy.session.id)
        local.close()


def test_the_readme_shows_the_administrators_sql_as_it_is():
    readme = (resources_dir().parent / "README.md").read_text(encoding="utf-8")
    assert f"```sql\n{ROLES_SQL.read_text(encoding='utf-8').rstrip()}\n```" in readme
