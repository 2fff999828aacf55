"""A fully filled workshop, with hostile and very long text everywhere a user can type.

The demo session is still being written, so documents are tested against this factory: every
section has data, thirty-odd actions have long texts, and user text holds markup-looking strings,
emoji, Polish, Chinese and a 20,000-character note.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from functools import cache

import pytest

from workshop_app.content import load_content
from workshop_app.domain import (
    Action,
    ActionPriority,
    ActionStatus,
    Assessment,
    AssessmentAnswer,
    Checklist,
    ChecklistStep,
    Contact,
    Contribution,
    Department,
    DepartmentGoal,
    Friction,
    FrictionMap,
    FunnelStage,
    Goals,
    Handoff,
    LeadAcceptance,
    LeadStage,
    Participant,
    Party,
    Prediction,
    RaciCell,
    RoleMap,
    RoleSwap,
    RoleSwapAnswer,
    RoleSwapInsight,
    Rule,
    ServiceLevel,
    Session,
    SessionInfo,
    SharedGoal,
)

HOSTILE = '<b>bold</b> & <img src="/etc/passwd"/> "quotes" 😀 Zażółć gęślą jaźń 销售与市场'
POLISH = "Zażółć gęślą jaźń: ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ"
CHINESE = "销售与市场部门共同制定季度目标，並且每週檢視銷售漏斗。"
LONG_NOTE = ("This note is long on purpose; it must wrap and flow across pages. " * 400)[:20_000]


def pytest_configure(config: pytest.Config) -> None:
    # Many independent renders (tests/documents/test_every_paper.py): ``-m paper_matrix`` picks
    # them out, ``-m "not paper_matrix"`` leaves them out; each can run in any process.
    config.addinivalue_line("markers", "paper_matrix: every document × paper × language × length")


LOCAL = {
    "en": ("Spring alignment workshop", "Brightwater Instruments"),
    "pl": ("Wiosenny warsztat współpracy — Zażółć", "Jasnowody Przyrządy sp. z o.o."),
    "zh_CN": ("春季销售与市场协作研讨会", "明水仪器有限公司"),
    "zh_TW": ("春季銷售與行銷協作研討會", "明水儀器股份有限公司"),
    "nl": ("Voorjaarsworkshop samenwerking", "Helderwater Instrumenten"),
}


def full_session(language: str = "en") -> Session:
    content = load_content(language)
    title, organisation = LOCAL[language]
    local = CHINESE if language.startswith("zh") else POLISH if language == "pl" else ""
    info = SessionInfo(
        id="fixture0000000000000000000000001",
        title=title,
        organisation=f"{organisation} <Holding> & Co",
        date="2026-03-12",
        location="Harbour Room <3rd floor>",
        facilitator="Maya Lindqvist",
        language=language,
        notes=LONG_NOTE,
        follow_up_date="2026-06-11",
    )
    participants = [
        Participant(f"p{n:02d}", name, dept, role, anon)
        for n, (name, dept, role, anon) in enumerate(
            [
                ("Tom Becker", Department.SALES, "Head of Sales", False),
                ("Priya Raman", Department.SALES, "Key Account Manager", False),
                ("Jonas Wéber & <Sons>", Department.SALES, HOSTILE, False),
                ("Zofia Łężyńska", Department.SALES, "Inside Sales", False),
                ("Sales 5", Department.SALES, "", True),
                ("Elena Rossi", Department.MARKETING, "Head of Marketing", False),
                ("王小明", Department.MARKETING, "市场经理", False),
                ("Marketing 3", Department.MARKETING, "", True),
                ("Anouk de Vries", Department.MARKETING, "Content Lead", False),
                ("Ravi Patel", Department.LEADERSHIP, "Chief Revenue Officer", False),
            ],
            start=1,
        )
    ]
    statements = [s["id"] for s in content.items("assessment.statements")]
    answers = []
    for p in participants:
        if p.department not in (Department.SALES, Department.MARKETING):
            continue
        for i, sid in enumerate(statements):
            base = 2 if p.department == Department.SALES else 4
            value = None if (i + int(p.id[1:])) % 11 == 0 else max(1, min(5, base + (i % 3) - 1))
            answers.append(AssessmentAnswer(p.id, str(p.department), sid, value))
    assessment = Assessment(
        answers=answers,
        predict_reveal=True,
        predictions=[Prediction("sales", 70), Prediction("marketing", 45)],
        context={"company_size": "larger", "sales_cycle": "long_complex"},
        notes=f"Assessment notes {HOSTILE}",
    )
    frictions = FrictionMap(
        items=[
            Friction(
                d["id"],
                d.get("group", "economic"),
                sales_rating=(n * 2) % 6,
                marketing_rating=(n * 3) % 6,
                votes=n % 4,
                notes=HOSTILE if n == 2 else local,
                carry_forward=n % 3 == 0,
            )
            for n, d in enumerate(content.items("frictions.drivers"))
        ]
        + [Friction("custom1", "cultural", HOSTILE, 5, 1, 7, "Added by the room " + local, True)],
        notes=LONG_NOTE,
    )
    prompts = [p["id"] for p in content.items("role_swap.prompts")]
    swap_answers = [
        RoleSwapAnswer(
            pid,
            author,
            about,
            f"{author} on {about}: {pid} — {HOSTILE if i == 0 else local} "
            + "we plan by the quarter and need faster feedback. " * (1 + i % 3),
        )
        for i, pid in enumerate(prompts)
        for author, about in (
            ("sales", "marketing"),
            ("marketing", "sales"),
            ("sales", "sales"),
            ("marketing", "marketing"),
        )
    ]
    role_swap = RoleSwap(
        answers=swap_answers,
        insights=[
            RoleSwapInsight(
                "i1",
                "Sales thought Marketing is measured on leads; it is on pipeline.",
                "misreading",
                "measured",
            ),
            RoleSwapInsight(
                "i2", f"Both sides fear the same churn numbers. {HOSTILE}", "insight", "worries"
            ),
            RoleSwapInsight("i3", local or "Both plan on different horizons.", "insight"),
        ],
        activities=["shadow_sales_calls", "job_rotation"],
    )
    goals = Goals(
        department_goals=[
            DepartmentGoal("d1", "sales", "Grow new logos by 15% " + local),
            DepartmentGoal("d2", "marketing", f"Launch two vertical campaigns {HOSTILE}"),
        ],
        shared=[
            SharedGoal(
                "g2",
                "Convert more qualified leads " + local,
                "lead_conversion",
                unit="%",
                baseline=12.0,
                target=18.5,
                deadline="2026-09-30",
                owners="Tom Becker, Elena Rossi",
                sales_part="Follow up within 24 hours",
                marketing_part="Score every lead",
            ),
            SharedGoal(
                "g1",
                f"Grow revenue together {HOSTILE}",
                "revenue_growth",
                unit="%",
                baseline=4.0,
                target=9.0,
                deadline="2026-12-31",
                owners="Ravi Patel",
                sales_part="Quota discipline",
                marketing_part="Pipeline coverage 3×",
                revenue=True,
            ),
            SharedGoal(
                "g3",
                "Forecasts we can plan on",
                "",
                custom_metric="Forecast error <10% & falling",
                unit="%",
                baseline=None,
                target=10.0,
                deadline="",
                owners="",
            ),
        ],
    )
    funnel = content.items("role_split.funnel")
    stages = [FunnelStage(s["id"], s["name"], s["id"]) for s in funnel] + [
        FunnelStage("x1", f"Renewal {HOSTILE}")
    ]
    parties = [
        Party("sales"),
        Party("marketing"),
        Party("shared"),
        Party("cs", "Customer Success & <Support>"),
    ]
    letters = "RACI"
    cells = [
        RaciCell(stage.id, party.id, letters[(i + j) % 4])
        for i, stage in enumerate(stages)
        for j, party in enumerate(parties)
        if (i + j) % 5 != 4
    ]
    role_map = RoleMap(
        stages=stages,
        parties=parties,
        cells=cells,
        handoff=Handoff(
            "qualifying",
            "leads_only",
            f"Budget, need and timing confirmed {HOSTILE}",
            24,
            "Accepted / rejected with a reason, weekly " + local,
        ),
        contributions=[
            Contribution("needs", "Value propositions per segment"),
            Contribution("decision", HOSTILE),
        ],
        rules=[
            Rule("r1", "No collateral goes to print before Sales has read it."),
            Rule("r2", HOSTILE),
        ],
        contacts=[
            Contact("c1", "Pricing questions", "Elena Rossi", "marketing", "elena@example.com"),
            Contact("c2", HOSTILE, "王小明", "marketing", "+48 600 <000> 000"),
        ],
        lead_stages=[
            LeadStage("l1", HOSTILE, "", f"Filled in a form {local}", LONG_NOTE, "marketing"),
            LeadStage("l2", CHINESE, "", POLISH, HOSTILE, "sales"),
        ],
        acceptance=LeadAcceptance(48, [HOSTILE, POLISH, CHINESE], f"Back to nurturing {HOSTILE}"),
        sla=ServiceLevel("quarter", 75, 65, 7, HOSTILE, "quarterly", LONG_NOTE),
    )
    checklist = Checklist(
        steps=[
            ChecklistStep(
                s["id"],
                current=1 + n % 4,
                target=min(5, 2 + n % 4),
                evidence=(HOSTILE if n == 3 else f"Evidence for step {n + 1}. {local}"),
            )
            for n, s in enumerate(content.items("checklist.steps"))
        ]
    )
    kinds = [
        ("friction", "lead_quality"),
        ("goal", "g1"),
        ("checklist", "s3"),
        ("lever", "joint_meetings"),
        ("role_swap", "i1"),
        ("role_map", "r1"),
        ("", ""),
        ("friction", "custom1"),
    ]
    owners = ["Tom Becker", "Elena Rossi", "Priya Raman", "王小明", "", "Zofia Łężyńska"]
    actions = []
    for n in range(34):
        kind, ref = kinds[n % len(kinds)]
        actions.append(
            Action(
                id=f"a{n:02d}",
                title=(
                    HOSTILE
                    if n % 7 == 0
                    else f"Action {n + 1}: agree the lead definition and write it down {local}"
                ),
                description=(
                    LONG_NOTE
                    if n == 5
                    else "Draft with both teams, review at the Monday meeting and publish on the wiki. "
                    * (1 + n % 4)
                ),
                source_kind=kind,
                source_ref=ref,
                owner=owners[n % len(owners)],
                department=["sales", "marketing", "leadership", ""][n % 4],
                due=f"2026-{4 + n % 6:02d}-{1 + n % 27:02d}" if n % 9 else "",
                priority=list(ActionPriority)[n % 3],
                status=list(ActionStatus)[n % 4],
                success_measure=(
                    "Every new lead is scored within a day " + (HOSTILE if n % 5 == 0 else "")
                ),
                impact=1 + n % 5,
                effort=1 + (n * 2) % 5,
                votes=n % 6,
            )
        )
    return Session(
        info=info,
        participants=participants,
        assessment=assessment,
        frictions=frictions,
        role_swap=role_swap,
        goals=goals,
        role_map=role_map,
        checklist=checklist,
        actions=actions,
    )


@pytest.fixture
def session() -> Session:
    return full_session("en")


@pytest.fixture(params=["en", "pl", "zh_CN"])
def any_language_session(request: pytest.FixtureRequest) -> Session:
    return full_session(request.param)


# ---------------------------------------------------------------------- rendered once per run
# Rendering a PDF takes a noticeable fraction of a second, and many tests read the same few
# documents; each is made once per test session (per worker) and every test reads those bytes.
# A test that changes a session before printing it renders it itself.

Renderer = Callable[..., bytes]

# When the shared documents say they were printed: the samples' time (samples.PRINTED_AT), so
# what they print ("status as of", what is overdue) is the same whatever day the tests run.
PRINTED = datetime(2026, 4, 2, 16, 30, tzinfo=UTC)


@pytest.fixture(scope="session")
def printed() -> Renderer:
    """``printed(language, document, paper="a4", group_by="owner")``: the PDF of
    ``full_session(language)`` printed at ``PRINTED``, made on first request."""
    from workshop_app.documents.export import render

    @cache
    def made(language: str, document: str, paper: str, group_by: str) -> bytes:
        return render(full_session(language), document, "pdf", paper, group_by, printed_at=PRINTED)

    def make(language: str, document: str, paper: str = "a4", group_by: str = "owner") -> bytes:
        return made(language, document, paper, group_by)

    return make


@pytest.fixture(scope="session")
def printed_series():
    """``printed_series(document, paper, language, length="typical")``: a document of the demo
    series (tests/documents/printed_series.py), made on first request; ``.series(language)``
    gives its sessions and ``.placed[key]`` what reportlab placed on which page."""
    from tests.documents.printed_series import PrintedSeries

    return PrintedSeries(PRINTED)


class Samples:
    """The demo session's documents exactly as `make samples` makes them for exports/, each made
    on first request: ``samples(language, document, fmt="pdf", paper="a4")``. ``session(language)``
    is the session they print, for tests to read (never to change)."""

    def __init__(self, repo) -> None:
        self.repo = repo
        self.sessions: dict[str, Session] = {}
        self.documents: dict[tuple[str, str, str, str], bytes] = {}

    def session(self, language: str) -> Session:
        from workshop_app.samples import sample_session

        if language not in self.sessions:
            self.sessions[language] = sample_session(self.repo, language)
        return self.sessions[language]

    def __call__(self, language: str, document: str, fmt: str = "pdf", paper: str = "a4") -> bytes:
        from workshop_app.documents.export import render
        from workshop_app.samples import PRINTED_AT

        key = (language, document, fmt, paper)
        if key not in self.documents:
            self.documents[key] = render(
                self.session(language), document, fmt, paper, printed_at=PRINTED_AT
            )
        return self.documents[key]


@pytest.fixture(scope="session")
def sample_document(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Samples]:
    """The demo session's documents as `make samples` makes them (``Samples``)."""
    from workshop_app.store import Repository

    repo = Repository.open(tmp_path_factory.mktemp("samples") / "samples.db")
    yield Samples(repo)
    repo.close()
