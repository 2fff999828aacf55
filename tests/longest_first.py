"""The order `make test` hands modules to its workers: the longest first, as the last run timed them.

`make test` runs `pytest -n auto --dist loadscope --no-loadscope-reorder`: each module runs whole in
one worker, in the order the workers collected them. By itself xdist would order modules by how
many tests they have, so the few-test modules that take longest (building and installing the wheel,
the soak, the kill tests) came last, and one worker ran them alone while the other sat idle. Here
each worker sorts the collected modules by their seconds in the last run that timed them (kept in
pytest's cache, test by test, so that a run of a few tests updates only theirs); a test never timed
counts as UNTIMED seconds. The controller reads the cache once and hands the same timings to
every worker, so their collections agree, as xdist requires. Only the order of whole modules changes: the tests of a
module keep theirs.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

KEY = "truce/test-seconds"
UNTIMED = 0.2  # seconds: about what a test of this suite takes on average


def in_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def longest_first(items: list[pytest.Item], seconds: dict[str, float]) -> list[pytest.Item]:
    """``items`` grouped by module, the modules in order of their summed seconds, longest first
    (a tie keeps the collected order)."""
    modules: dict[str, list[pytest.Item]] = defaultdict(list)
    for item in items:
        modules[item.nodeid.split("::", 1)[0]].append(item)

    def cost(module: str) -> float:
        return sum(seconds.get(item.nodeid, UNTIMED) for item in modules[module])

    return [item for module in sorted(modules, key=lambda m: -cost(m)) for item in modules[module]]


def known_seconds(config: pytest.Config) -> dict[str, float]:
    cache = getattr(config, "cache", None)
    return cache.get(KEY, {}) if cache is not None else {}


def hand_to_worker(config: pytest.Config, workerinput: dict) -> None:
    """In the controller, as each worker starts: the timings it is to order its modules by."""
    if getattr(config, "cache", None) is not None:
        workerinput[KEY] = known_seconds(config)


def reorder(config: pytest.Config, items: list[pytest.Item]) -> None:
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None and KEY in workerinput:
        items[:] = longest_first(items, workerinput[KEY])


class Timings:
    """What each test took this run (setup, call and teardown), written to the cache at the end."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def add(self, report: pytest.TestReport) -> None:
        self.seconds[report.nodeid] += report.duration

    def save(self, config: pytest.Config) -> None:
        cache = getattr(config, "cache", None)
        if cache is None or in_worker(config) or not self.seconds:
            return
        known = cache.get(KEY, {})
        known.update({nodeid: round(s, 3) for nodeid, s in self.seconds.items()})
        cache.set(KEY, known)
