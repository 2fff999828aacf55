"""`make test` hands whole modules to its workers, the longest (as last timed) first."""

from __future__ import annotations

from types import SimpleNamespace

from tests.longest_first import UNTIMED, Timings, longest_first


def items(*nodeids: str) -> list:
    return [SimpleNamespace(nodeid=nodeid) for nodeid in nodeids]


def test_modules_run_longest_first_and_keep_their_own_order_of_tests():
    collected = items("a.py::one", "a.py::two", "b.py::one", "c.py::one", "c.py::two[x]")
    seconds = {"a.py::one": 1.0, "a.py::two": 1.0, "b.py::one": 30.0, "c.py::one": 0.5}
    ordered = [item.nodeid for item in longest_first(collected, seconds)]
    # b 30 s; a 2 s; c 0.5 s + an untimed test
    assert ordered == ["b.py::one", "a.py::one", "a.py::two", "c.py::one", "c.py::two[x]"]


def test_untimed_modules_count_by_their_tests_and_ties_keep_the_collected_order():
    collected = items("a.py::one", "b.py::one", "b.py::two", "c.py::one")
    ordered = [item.nodeid for item in longest_first(collected, {"c.py::one": 2 * UNTIMED})]
    assert ordered == ["b.py::one", "b.py::two", "c.py::one", "a.py::one"]


def test_a_tests_setup_call_and_teardown_add_up():
    timings = Timings()
    for duration in (0.5, 2.0, 0.25):
        timings.add(SimpleNamespace(nodeid="a.py::one", duration=duration))
    assert timings.seconds == {"a.py::one": 2.75}
