"""Nothing reported saved is ever lost: a writer killed at random, and two writers at once."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap

from workshop_app import library
from workshop_app.store import Repository

# A writer that reports each edit only after the repository call returned, as the window does.
WRITER = textwrap.dedent(
    """
    import sys
    from workshop_app.domain import Action
    from workshop_app.store import Repository
    repo = Repository.open(__import__("pathlib").Path(sys.argv[1]))
    session_id, tag = sys.argv[2], sys.argv[3]
    for n in range(int(sys.argv[4])):
        repo.save_action(session_id, Action(id=f"{tag}-{n}", title=f"Action {n} ✓ Zażółć"))
        repo.update_info(session_id, notes=f"{tag} edit {n}")
        print(n, flush=True)
    """
)


def spawn(db_path, session_id, tag, count):
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path), session_id, tag, str(count)],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_killing_a_writer_at_random_moments_loses_no_reported_edit(repo, db_path):
    session = library.create_session(repo, "Under fire")
    rng = random.Random(20261123)
    for round_number in range(8):
        tag = f"r{round_number}"
        writer = spawn(db_path, session.id, tag, 100_000)
        reported = -1
        target = rng.randint(5, 120)
        for line in writer.stdout:
            reported = int(line)
            if reported >= target:
                break
        writer.kill()  # SIGKILL: no clean-up of any kind
        writer.wait()
        check = sqlite3.connect(db_path)
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        check.close()
        stored = repo.get(session.id)
        ids = {a.id for a in stored.actions if a.id.startswith(f"{tag}-")}
        assert {f"{tag}-{n}" for n in range(reported + 1)} <= ids
        last = int(stored.info.notes.rsplit(" ", 1)[1]) if stored.info.notes.startswith(tag) else -1
        assert last >= reported


def test_two_processes_writing_at_once_lose_nothing(repo, db_path):
    session = library.create_session(repo, "Two laptops, one file")
    writers = [spawn(db_path, session.id, tag, 60) for tag in ("a", "b")]
    for writer in writers:
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0
        assert out.split()[-1] == "59"
    reopened = Repository.open(db_path)
    assert len(reopened.get(session.id).actions) == 120
    reopened.close()
