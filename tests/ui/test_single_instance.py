"""A second start on the same database brings the running window forward instead of opening twice."""

from __future__ import annotations

from ui.single_instance import SingleInstance, server_name


def test_a_second_start_finds_the_first_and_asks_it_to_come_forward(qtbot, db_path, tmp_path):
    first = SingleInstance(db_path)
    assert not first.ask_running_instance()
    first.listen(after_ms=0)
    qtbot.waitUntil(lambda: first.server is not None)
    second = SingleInstance(db_path)
    with qtbot.waitSignal(first.activated, timeout=3000):
        assert second.ask_running_instance()
    other_db = SingleInstance(tmp_path / "elsewhere.db")
    assert not other_db.ask_running_instance()
    first.close()
    assert not SingleInstance(db_path).ask_running_instance(), "closing frees the database"


def test_the_name_depends_on_the_database(tmp_path):
    assert server_name(tmp_path / "a.db") != server_name(tmp_path / "b.db")
    assert server_name(tmp_path / "a.db") == server_name(tmp_path / "." / "a.db")


def test_a_copy_that_holds_the_database_but_never_answers_does_not_block_the_start(
    qtbot, db_path, monkeypatch
):
    monkeypatch.setattr("ui.single_instance.ANSWER_WITHIN_S", 0.3)
    hung = SingleInstance(db_path)
    assert not hung.ask_running_instance()  # holds the lock, never listens
    assert not SingleInstance(db_path).ask_running_instance()
