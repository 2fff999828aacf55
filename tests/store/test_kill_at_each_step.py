"""SIGKILL at each write step of import, replace, backup and restore: the database is always whole,
holds either everything it held before or everything the command wrote, and is never set aside.

A child process runs the real command (`truce import`, `import --replace`, `backup`, `restore`)
and kills itself, with no clean-up of any kind, just before its Nth step: an SQL statement on any
connection, or a file step (fsync, rename, unlink, copy). N goes up from 1 until the command
runs to its end, so every step is a place it was killed.

Each child is forked from one process per test module that has imported Python and Truce once
(starting Python and importing the command again for each of some hundred children was most of
this module's time); the fork opens no database before the command does, as a new process would.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from workshop_app import library
from workshop_app.documents import session_document
from workshop_app.domain import Action
from workshop_app.domain.codec import to_data
from workshop_app.store import Repository, backups, library_file

# Reads one request a line, [N, stderr file, environment, command's arguments...]; forks a child that runs the
# command, killed just before its Nth step; answers with the child's exit code once it is gone.
FORKS = textwrap.dedent(
    """
    import importlib, json, os, shutil, signal, sqlite3, sys

    kill_at = 0
    steps = 0

    def step(*_args):
        global steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    connect = sqlite3.connect

    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(step)
        return conn

    sqlite3.connect = traced

    def before(module, name):
        original = getattr(module, name)

        def wrapped(*args, **kwargs):
            step()
            return original(*args, **kwargs)

        setattr(module, name, wrapped)

    for module, name in [(os, "fsync"), (os, "replace"), (os, "unlink"), (os, "rename"),
                         (shutil, "move"), (shutil, "copyfile")]:
        before(module, name)

    from workshop_app.cli import main
    for name in ("workshop_app.library", "workshop_app.store", "workshop_app.store.backups",
                 "workshop_app.store.library_file", "workshop_app.documents.session_document",
                 "workshop_app.cli_restore", "workshop_app.logbook", "workshop_app.mishaps",
                 "jsonschema", "_strptime"):
        importlib.import_module(name)  # what the commands import, once for every child

    for line in sys.stdin:
        kill_at, stderr, environment, *args = json.loads(line)
        child = os.fork()
        if child == 0:
            sys.stdin.close()
            os.environ.clear()
            os.environ.update(environment)  # the test's own data folder
            err = os.open(stderr, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(err, 1)
            os.dup2(err, 2)
            code = main(args)
            print("steps", steps, flush=True)
            sys.exit(code)  # leaves the loop: the child ends as the command's own process would
        _, status = os.waitpid(child, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)
    """
)

Killed = Callable[[int, list[str]], subprocess.CompletedProcess]


@pytest.fixture(scope="module")
def run_killed_at(tmp_path_factory) -> Iterator[Killed]:
    """``run_killed_at(n, args)``: the command ``args``, killed just before its step ``n``."""
    stderr = tmp_path_factory.mktemp("killed") / "stderr"
    forks = subprocess.Popen(
        [sys.executable, "-c", FORKS], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )

    def run(n: int, args: list[str]) -> subprocess.CompletedProcess:
        assert forks.stdin and forks.stdout
        forks.stdin.write(json.dumps([n, str(stderr), dict(os.environ), *args]) + "\n")
        forks.stdin.flush()
        ready, _, _ = select.select([forks.stdout], [], [], 120)
        assert ready, f"the command was still running after two minutes: {args}"
        code = forks.stdout.readline()
        assert code, "the process that forks the commands has died"
        return subprocess.CompletedProcess(args, int(code), "", stderr.read_text(errors="replace"))

    yield run
    forks.stdin.close()  # type: ignore[union-attr]
    try:
        forks.wait(timeout=60)
    except subprocess.TimeoutExpired:  # still waiting for a command that hung
        forks.kill()
        forks.wait()


def snapshot(db_path: Path) -> dict:
    """Everything the library holds, as plain data (no timestamps of the last touch)."""
    repo = Repository.open(db_path)  # the full check: raises if the file were damaged
    try:
        found = {}
        for summary in repo.list_sessions() + repo.list_sessions(trash=True):
            data = to_data(repo.get(summary.id))
            data["info"].pop("updated_at")
            found[summary.id] = data
        return found
    finally:
        repo.close()


def small_session(repo: Repository, title: str, actions: int) -> str:
    session = library.create_session(repo, title, organisation="Brightwater & Co")
    for n in range(actions):
        repo.save_action(session.id, Action(id=f"a{n}", title=f"Action {n} – Zażółć 陳"))
    return session.id


def kill_everywhere(
    run_killed_at: Killed, args: list[str], db_path: Path, allowed: list[dict]
) -> int:
    """Kill the command at each of its steps; after each, the library must be one of ``allowed``
    and nothing may have been set aside. Returns how many steps the command has."""
    n = 0
    while True:
        n += 1
        result = run_killed_at(n, args)
        assert not list(db_path.parent.glob("*.damaged-*")), result.stderr
        state = snapshot(db_path)
        assert state in allowed, f"killed before step {n}: a state that is neither before nor after"
        for backup in backups.list_backups(db_path):
            backups.check_backup(backup.path)  # every backup listed is whole and sound
        if result.returncode == 0:
            assert state == allowed[-1]
            return n
        assert result.returncode == -9, result.stderr
        assert n < 400, "the command never finished"


@pytest.fixture
def document(tmp_path, repo):
    """A session document from another laptop, and the same session as it was before."""
    session_id = small_session(repo, "Spring workshop", actions=2)
    original = repo.get(session_id)
    path = tmp_path / "spring.json"
    path.write_text(session_document.dumps(original), encoding="utf-8")
    repo.purge(session_id)
    return path, original


def test_import_killed_at_each_step_leaves_nothing_or_the_whole_session(
    run_killed_at, repo, db_path, document
):
    path, _ = document
    small_session(repo, "Already here", actions=1)
    before = snapshot(db_path)
    repo.close()
    done = run_killed_at(10_000, ["import", str(path), "--db", str(db_path)])
    assert done.returncode == 0, done.stderr
    after = snapshot(db_path)
    Repository.open(db_path).purge(next(iter(set(after) - set(before))))
    assert snapshot(db_path) == before
    steps = kill_everywhere(
        run_killed_at, ["import", str(path), "--db", str(db_path)], db_path, [before, after]
    )
    assert steps > 5


def test_replace_killed_at_each_step_keeps_the_old_session_or_the_new_one(
    run_killed_at, repo, db_path, document
):
    path, original = document
    repo.add(replace(original, actions=[*original.actions, Action(id="mine", title="Mine")]))
    mine = snapshot(db_path)
    repo.close()
    args = ["import", str(path), "--replace", "--db", str(db_path)]
    done = run_killed_at(10_000, args)
    assert done.returncode == 0, done.stderr
    theirs = snapshot(db_path)
    assert theirs != mine
    # Back to "mine", then kill the replacement at every step.
    again = Repository.open(db_path)
    again.replace_session(
        replace(original, actions=[*original.actions, Action(id="mine", title="Mine")])
    )
    again.close()
    assert snapshot(db_path) == mine
    steps = kill_everywhere(run_killed_at, args, db_path, [mine, theirs])
    assert steps > 5


def test_backup_killed_at_each_step_never_lists_a_partial_backup(run_killed_at, repo, db_path):
    small_session(repo, "Backed up", actions=3)
    before = snapshot(db_path)
    repo.close()
    kill_everywhere(run_killed_at, ["backup", "--db", str(db_path)], db_path, [before])
    assert backups.list_backups(db_path)


def test_restore_killed_at_each_step_leaves_the_database_or_the_backup(
    run_killed_at, repo, db_path
):
    small_session(repo, "In the backup", actions=2)
    backup = library_file.back_up(repo)
    in_backup = snapshot(db_path)
    small_session(repo, "Added after the backup", actions=2)
    current = snapshot(db_path)
    repo.close()
    args = ["restore", str(backup), "--db", str(db_path)]
    steps = kill_everywhere(run_killed_at, args, db_path, [current, in_backup])
    assert steps > 5
    # What the restore replaced is kept in a backup of its own.
    kept = [b for b in backups.list_backups(db_path) if b.reason.startswith("before-restore")]
    titles = set()
    for backup_taken in kept:
        check = Repository.open(backup_taken.path)
        titles |= {s.title for s in check.list_sessions()}
        check.close()
    assert "Added after the backup" in titles
