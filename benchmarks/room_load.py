"""60 phones answering the whole self-assessment at the same moment, on loopback.

The round is served as in the window: the server on its thread, a writer thread storing answer
sets into a real database. The phones are another process (as they are other devices): each
loads the page, joins and sends its answer set, all 60 at once. Reported: the 99th percentile
of every request's time, and answer sets lost (not stored, or not acknowledged)."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

PHONES = 60
ROOT = Path(__file__).resolve().parents[1]


async def _crowd(base: str, statements: list[str]) -> tuple[list[float], int]:
    from aiohttp import ClientSession, TCPConnector

    times: list[float] = []

    async def timed(call) -> int:
        started = time.perf_counter()
        async with call as response:
            await response.read()
        times.append(time.perf_counter() - started)
        return response.status

    async def phone(client: ClientSession, number: int) -> bool:
        token, department = secrets.token_hex(16), ("sales", "marketing", "leadership")[number % 3]
        if await timed(client.get(f"{base}/")) != 200:
            return False
        join = {"device": token, "department": department}
        if await timed(client.post(f"{base}/join", json=join)) != 200:
            return False
        answers = {s: (None if i == 0 else 1 + (number + i) % 5) for i, s in enumerate(statements)}
        body = {"device": token, "department": department, "round": 1, "kind": "assessment"}
        body["answers"] = answers
        return await timed(client.post(f"{base}/answers", json=body)) == 200

    async with ClientSession(connector=TCPConnector(limit=0)) as client:
        replies = await asyncio.gather(*(phone(client, n) for n in range(PHONES)))
    return times, sum(replies)


def room_load(tmp: Path) -> tuple[float, int, float]:
    """(p99 latency in ms, answer sets lost, slowest request in ms)."""
    sys.path.insert(0, str(ROOT))
    from tests.core.room_support import Room
    from workshop_app import library
    from workshop_app.store import Repository

    db = tmp / "room.db"
    repo = Repository.open(db)
    session = library.create_session(repo, "Sixty phones")
    repo.close()
    with Room(db, session.id) as room:
        base = f"http://127.0.0.1:{room.server.port}/{room.code}"
        phones = subprocess.run(
            [sys.executable, __file__, base, json.dumps(list(room.statements))],
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
    times, acknowledged = json.loads(phones.stdout)
    repo = Repository.open(db)
    stored = len(repo.get(session.id).participants)
    repo.close()
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))] * 1000
    return p99, PHONES - min(stored, acknowledged), times[-1] * 1000


if __name__ == "__main__":  # the phones
    print(json.dumps(asyncio.run(_crowd(sys.argv[1], json.loads(sys.argv[2])))))


# The window with a round open on the Diagnosis page while 60 phones answer at once: the longest
# the event loop went without turning (a 5 ms timer's largest gap), and the p99 the phones saw.
WINDOW_PROBE = """
import json, subprocess, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.context import AppContext
from ui.main_window import MainWindow
from workshop_app import library
app = QApplication([])
window = MainWindow(AppContext.create(sys.argv[1]))
window.open_store(); window.show()
session = library.create_session(window.store.repo, "Sixty phones")
window.open_session(session.id, "diagnosis"); app.processEvents()
window.phone_round_action.trigger()
dialog = window.phone_round
dialog.addresses.setCurrentIndex(dialog.addresses.findData("127.0.0.1"))
dialog.open_button.click()
base = dialog.server.url
phones = subprocess.Popen(
    [sys.executable, sys.argv[2], base, json.dumps(list(dialog.server.round.statements))],
    stdout=subprocess.PIPE, text=True,
)
gaps, last = [], [time.perf_counter()]
def tick():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
timer = QTimer(interval=5); timer.timeout.connect(tick); timer.start()
while phones.poll() is None or dialog.server.round.answered() < 60:
    app.processEvents()
    if phones.poll() is not None and time.perf_counter() - last[0] > 30:
        break
timer.stop()
times, acknowledged = json.loads(phones.stdout.read())
stored = len(window.store.load(session.id).participants)
dialog.phones.close_room()
times.sort()
print("RESULT", max(gaps) * 1000, times[int(len(times) * 0.99)] * 1000, 60 - min(stored, acknowledged))
"""


def window_under_load(tmp: Path) -> tuple[float, float, int]:
    """(longest stall of the window in ms, p99 of the phones in ms, answer sets lost)."""
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_PROBE, str(tmp / "window.db"), __file__],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRUCE_HOME": str(tmp / "home")},
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT")), None)
    if line is None:
        raise RuntimeError(result.stderr[-2000:])
    stall, p99, lost = line.split()[1:]
    return float(stall), float(p99), int(lost)
