"""The demo workshop in every language: the same session as the English one, told by a local team.

Each resources/demo/<lang>.json must have en.json's structure (same sections, keys, ids, numbers,
dates and references) with every piece of human text rewritten, and pass the session schema.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from workshop_app import cascade, demo
from workshop_app.cli import main
from workshop_app.content import load_content
from workshop_app.demo import demo_document, demo_session
from workshop_app.documents import session_document
from workshop_app.domain import ActionStatus
from workshop_app.errors import ValidationError
from workshop_app.languages import CODES, DEFAULT
from workshop_app.paths import resources_dir

LANGUAGES = CODES
TRANSLATED = tuple(code for code in CODES if code != DEFAULT)
TODAY = date(2026, 4, 2)

# Fields a person wrote (paths with list indices as []). Every other value is an id, a choice,
# a number or a date, and must be exactly the English demo's.
HUMAN_TEXT = re.compile(
    r"""^(
    session\.(title|organisation|location|facilitator|notes)
    |participants\[\]\.(name|role)
    |assessment\.notes
    |frictions\.(notes|items\[\]\.(custom_title|notes))
    |role_swap\.(answers|insights)\[\]\.text
    |goals\.department_goals\[\]\.text
    |goals\.shared\[\]\.(statement|custom_metric|owners|sales_part|marketing_part)
    |goals\.meeting\.(purpose|other_attendees|decisions|closed_loop)
    |role_map\.(stages|parties)\[\]\.name
    |role_map\.handoff\.(qualified_lead|feedback)
    |role_map\.(contributions|rules)\[\]\.text
    |role_map\.contacts\[\]\.(topic|person|contact)
    |role_map\.lead_stages\[\]\.(name|entry|exit)
    |role_map\.acceptance\.(reject_reasons\[\]|recycle_rule)
    |role_map\.sla\.(monitor|when_missed)
    |checklist\.steps\[\]\.evidence
    |actions\[\]\.(title|description|owner|success_measure)
    |history\[\]\.comment
    |notes\.items\[\]\.text
    |notes\.themes\[\]\.name
    )$""",
    re.X,
)
# Money is in the local team's currency (złoty, yuan, New Taiwan dollars), at the same value, so
# the revenue cascade needs the same customers and leads in every language.
LOCAL_MONEY = {"goals.cascade.currency", "goals.cascade.revenue", "goals.cascade.deal_size"}
# Human text that is rightly the same as in English: Polish and Dutch call the department
# "Marketing" too, so the anonymous participant's label does not change.
SAME_AS_ENGLISH = {
    ("pl", "participants[8].name"),
    ("nl", "participants[8].name"),
}


def raw(language: str) -> dict[str, Any]:
    return json.loads((resources_dir() / "demo" / f"{language}.json").read_text("utf-8"))


def leaves(value: Any, path: str = "") -> dict[str, Any]:
    """Every scalar in a document by its path ("actions[3].title")."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out |= leaves(item, f"{path}.{key}" if path else key)
        return out
    if isinstance(value, list):
        out = {f"{path}#len": len(value)}
        for index, item in enumerate(value):
            out |= leaves(item, f"{path}[{index}]")
        return out
    return {path: value}


def pattern(path: str) -> str:
    return re.sub(r"\[\d+\]", "[]", path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_demo_file_is_a_valid_session_document(language):
    session_document.validate(raw(language))
    assert raw(language)["session"]["language"] == language


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translated_demo_is_the_english_session_with_every_text_rewritten(language):
    english, translated = raw("en"), raw(language)
    assert set(translated) <= set(english), "a translated demo has a section English lacks"
    # Sections added to en.json after a translation was written are compared once translated.
    shared = [name for name in english if name in translated and name not in ("format", "version")]
    assert {"session", "participants", "actions"} <= set(shared)
    en_leaves = leaves({name: english[name] for name in shared})
    tr_leaves = leaves({name: translated[name] for name in shared})
    assert set(tr_leaves) == set(en_leaves), "keys or list lengths differ from en.json"
    untranslated, changed = [], []
    for path, en_value in en_leaves.items():
        value = tr_leaves[path]
        if path == "session.language":
            continue
        if HUMAN_TEXT.match(pattern(path)) and en_value:
            assert isinstance(value, str) and value.strip(), path
            if value == en_value and (language, path) not in SAME_AS_ENGLISH:
                untranslated.append(path)
        elif value != en_value and path not in LOCAL_MONEY:
            changed.append(f"{path}: {en_value!r} → {value!r}")
    assert not untranslated, f"{language}: still English: {untranslated}"
    assert not changed, f"{language}: ids, numbers or dates differ from en.json: {changed}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_names_agree_across_the_demo(language):
    """Owners and contacts are the demo's own participants; funnel stages carry the content's
    names in that language."""
    session = demo_session(language, TODAY)
    people = {p.name for p in session.participants if not p.anonymous}
    assert session.info.facilitator not in people
    for action in session.actions:
        assert not action.owner or action.owner in people, action.owner
    for contact in session.role_map.contacts:
        assert contact.person in people, contact.person
    funnel = {s["id"]: s["name"] for s in load_content(language).items("role_split.funnel")}
    for stage in session.role_map.stages:
        assert stage.name == funnel[stage.content_id]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_demo_session_is_made_in_the_asked_language(language):
    english = demo_session("en", TODAY)
    session = demo_session(language, TODAY)
    assert session.info.language == language
    assert session.info.title != english.info.title
    assert session.info.date == english.info.date  # dates are shifted the same way
    assert [a.due for a in session.actions] == [a.due for a in english.actions]
    assert [a.title for a in session.actions] != [a.title for a in english.actions]
    assert sum(a.status == ActionStatus.DROPPED for a in session.actions) == 1


def test_unknown_languages_are_refused():
    with pytest.raises(ValidationError, match="Unknown language"):
        demo_session("tlh", TODAY)  # Klingon: no content, now or later


def test_a_section_a_translation_lacks_comes_from_the_english_demo(tmp_path, monkeypatch):
    folder = tmp_path / "demo"
    folder.mkdir()
    english = raw("en")
    english["checklist"]["steps"][0]["evidence"] = "Added to English after the translation."
    (folder / "en.json").write_text(json.dumps(english), "utf-8")
    polish = raw("pl")
    del polish["checklist"]
    (folder / "pl.json").write_text(json.dumps(polish), "utf-8")
    monkeypatch.setattr(demo, "_demo_folder", lambda: Path(folder))
    assert demo_document("pl")["checklist"] == english["checklist"]
    session = demo_session("pl", TODAY)
    assert session.checklist.steps[0].evidence == "Added to English after the translation."
    assert session.info.title == polish["session"]["title"]
    # A language with no demo file of its own gets the English workshop, in its own labels.
    # (Another folder: the demo files are read once per process, as they ship with Truce.)
    english_only = tmp_path / "english-only"
    english_only.mkdir()
    (english_only / "en.json").write_text(json.dumps(english), "utf-8")
    monkeypatch.setattr(demo, "_demo_folder", lambda: english_only)
    fallback = demo_session("pl", TODAY)
    assert fallback.info.title == english["session"]["title"]
    assert fallback.info.language == "pl"


def test_cli_demo_in_polish(capsys, tmp_path):
    db = str(tmp_path / "cli.db")
    assert main(["demo", "--language", "pl", "--db", db]) == 0
    assert raw("pl")["session"]["title"] in capsys.readouterr().out
    assert main(["list", "--db", db]) == 0
    assert raw("pl")["session"]["organisation"] in capsys.readouterr().out


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_room_notes_are_in_the_demos_language(language):
    """Notes captured in the room are part of the story: none is left in English."""
    english = {n["id"]: n["text"] for n in raw("en")["notes"]["items"]}
    notes = raw(language)["notes"]["items"]
    assert [n["id"] for n in notes] == list(english)
    assert all(n["text"].strip() and n["text"] != english[n["id"]] for n in notes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_agrees_lead_stages_with_owners_and_a_two_sided_sla(language):
    from workshop_app import lead_flow

    session = demo_session(language, TODAY)
    role_map = session.role_map
    assert len(role_map.lead_stages) == 6
    assert lead_flow.lead_stage_problems(role_map) == []
    assert role_map.lead_stages[-1].owner == "customer_success"
    assert lead_flow.sla_gaps(role_map) == []
    assert (role_map.sla.leads_per_rep, role_map.sla.accepted_percent) == (18, 60)
    assert (role_map.handoff.follow_up_hours, role_map.sla.attempts) == (24, 5)
    assert role_map.sla.review == "monthly"
    assert len(role_map.acceptance.reject_reasons) == 6
    monitor = load_content(language).get("role_split.sla")["monitor"]
    assert role_map.sla.monitor != monitor  # the demo's own words, not the default's


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_demo_revenue_cascade_adds_up_by_hand(language):
    """12 % growth on the period's revenue ÷ the average deal is 60 customers; at 25 %, 60 %,
    50 %, 80 % and 40 % back up the funnel: 240 opportunities, 400 SQLs, 800 SALs, 1,000 MQLs and
    2,500 inquiries. Marketing's 800 MQLs fall 200 short; Sales' 240 opportunities are enough."""
    goals = demo_session(language, TODAY).goals
    assert goals.cascade is not None
    funnel = cascade.reverse_funnel(goals.cascade)
    assert funnel.new_revenue == goals.cascade.revenue * 12 / 100
    assert list(funnel.needed.values()) == [2500, 1000, 800, 400, 240, 60]
    verdict = [(c.department, c.gap) for c in cascade.comparisons(goals.cascade, funnel)]
    assert verdict == [("marketing", -200), ("sales", 0)]
    meeting = goals.meeting
    assert meeting is not None and cascade.meeting_warnings(meeting) == []
    people = {p.id for p in demo_session(language, TODAY).participants}
    assert set(meeting.attendees) <= people
    figures = {f["id"] for f in load_content(language).items("goals.meeting_figures")}
    assert meeting.figures and set(meeting.figures) <= figures
