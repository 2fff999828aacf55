"""`make samples`: regenerate the sample documents in exports/ from the demo session.

Everything that could vary between runs is pinned (the day the demo is made, the session id, the
timestamps, the time the PDFs say they were printed), so the same code and content give the same
bytes and a test can tell whether exports/ is current. Documents exported for real are dated
when they are made.

    python -m workshop_app.samples exports
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from workshop_app.demo import demo_session
from workshop_app.documents.export import render
from workshop_app.documents.files import ExportError, write_atomically
from workshop_app.domain import Session
from workshop_app.store import Repository

TODAY = date(2026, 4, 2)
STAMP = "2026-04-02T09:00:00+00:00"
PRINTED_AT = datetime(2026, 4, 2, 16, 30, tzinfo=UTC)

# file name → (demo language, document, format, paper)
SAMPLES = {
    "action-plan.pdf": ("en", "action-plan", "pdf", "a4"),
    "session-report.pdf": ("en", "report", "pdf", "a4"),
    "worksheets.pdf": ("en", "worksheets", "pdf", "a4"),
    "action-plan-letter.pdf": ("en", "action-plan", "pdf", "letter"),
    "session-report-letter.pdf": ("en", "report", "pdf", "letter"),
    "worksheets-letter.pdf": ("en", "worksheets", "pdf", "letter"),
    "action-plan-pl.pdf": ("pl", "action-plan", "pdf", "a4"),
    "action-plan-nl.pdf": ("nl", "action-plan", "pdf", "a4"),
    "action-plan-zh_CN.pdf": ("zh_CN", "action-plan", "pdf", "a4"),
    "action-plan-zh_TW.pdf": ("zh_TW", "action-plan", "pdf", "a4"),
    "action-plan-zh_TW-letter.pdf": ("zh_TW", "action-plan", "pdf", "letter"),
    "worksheets-zh_CN.pdf": ("zh_CN", "worksheets", "pdf", "a4"),
    "worksheets-zh_CN-letter.pdf": ("zh_CN", "worksheets", "pdf", "letter"),
    "actions.csv": ("en", "action-plan", "csv", "a4"),
    "session.md": ("en", "report", "md", "a4"),
    "session.json": ("en", "report", "json", "a4"),
}


def sample_session(repo: Repository, language: str) -> Session:
    """The demo session in ``language`` (resources/demo/<language>.json), stored and read back,
    with nothing left to chance."""
    session = demo_session(language, today=TODAY)
    session.info = replace(
        session.info,
        id=f"demo-sample-{language.lower().replace('_', '-')}",
        created_at=STAMP,
        updated_at=STAMP,
    )
    return repo.get(repo.add(session).id)


def generate(folder: Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError("export.no_folder", folder=folder)
    written = []
    with tempfile.TemporaryDirectory() as tmp:
        repo = Repository.open(Path(tmp) / "samples.db")
        try:
            sessions: dict[str, Session] = {}
            for name, (language, document, fmt, paper) in SAMPLES.items():
                if language not in sessions:
                    sessions[language] = sample_session(repo, language)
                data = render(sessions[language], document, fmt, paper, printed_at=PRINTED_AT)
                written.append(write_atomically(folder / name, data))
        finally:
            repo.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "exports")
    folder.mkdir(parents=True, exist_ok=True)
    for path in generate(folder):
        print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
