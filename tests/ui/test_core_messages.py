"""The window says the core's messages in its interface language, and quotes what they quote."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.core.test_messages import CATALOGUES, flat
from ui import prompts
from ui.i18n import install_translators, remove_translators
from ui.messages import say, templates
from workshop_app import languages
from workshop_app.content import content_dir
from workshop_app.errors import TruceError
from workshop_app.messages import COMMAND_LINE_ONLY, Message

LOCALES = {code: languages.BY_CODE[code].locale for code in languages.CODES}


@pytest.fixture
def interface(qapp):
    """Install an interface language for one test, and take it away afterwards."""
    yield lambda code: install_translators(qapp, LOCALES[code])
    remove_translators(qapp)


def window_says(texts: dict[str, str]) -> dict[str, str]:
    """A catalogue without the command line's own words (its help, what it prints)."""
    return {k: v for k, v in texts.items() if not k.startswith(f"{COMMAND_LINE_ONLY}.")}


def test_the_window_table_has_every_id_with_the_command_lines_english(qapp):
    remove_translators(qapp)
    english = flat(json.loads((content_dir("en") / "messages.json").read_text("utf-8")))
    assert templates() == window_says(english)
    assert len(english) > len(templates())  # the command line's own words are left out


@pytest.mark.parametrize("code", [code for code in languages.CODES if code != "en"])
def test_the_window_says_every_message_as_the_command_line_does(interface, code):
    interface(code)
    assert templates() == window_says(CATALOGUES[code])


@pytest.fixture
def polish(interface):
    interface("pl")


def test_a_polish_window_refuses_a_malformed_import_in_polish(polish, window, answers, tmp_path):
    bad = tmp_path / "<b>warsztat & {path}</b>.json".replace("/", "")
    bad.write_text('{"format": "truce-session", "version": 1,', encoding="utf-8")
    answers.open_path = str(bad)
    window.import_action.trigger()
    assert answers.errors, "nothing was said"
    title, message = answers.errors[-1]
    assert message.startswith("Ten plik nie jest poprawnym JSON-em (wiersz 1, kolumna 42")
    assert window.store.sessions() == []

    answers.open_path = str(tmp_path / "<i>brak</i>.json".replace("/", ""))
    window.import_action.trigger()
    assert answers.errors[-1][1] == f"{answers.open_path} nie istnieje."


def test_a_polish_window_says_a_full_disk_in_polish(polish, window, answers, demo, monkeypatch):
    repo = window.store.repo

    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(repo, "update_info", full)
    with pytest.raises(TruceError):
        window.store.update_info(demo.id, notes="Zażółć gęślą jaźń")
    said = f"Dysk, na którym jest {repo.path}, jest pełny. Ostatnia zmiana nie została zapisana"
    assert answers.errors and answers.errors[-1][1].startswith(said)
    assert window.saved_label.toolTip().startswith(said)
    assert window.saved_label.text() == "⚠ Nie zapisano"


def test_a_message_in_traditional_chinese_keeps_its_parameters_as_they_are(interface):
    interface("zh_TW")
    hostile = "<b>銷售 & {title}</b> 🙂"
    said = say(TruceError("session.already_in_library", title=hostile))
    assert said == f"「{hostile}」已在工作坊清單中。可以作為副本匯入，或取代已有的那一個。"
    # A message within a message, in the same language.
    assert say(Message("limits.too_long", label=Message("field.note"), length=20001, most=20000))
    assert say(TruceError("An English sentence.")) == "An English sentence."


def test_a_message_box_shows_markup_as_it_is(qapp, monkeypatch):
    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())) or 0
    )
    prompts.error(None, "Import", "<b>bold</b> & <i>x</i>")
    prompts.info(None, "Import", "<a href='x'>link</a>")
    assert shown == [
        (Qt.TextFormat.PlainText, "<b>bold</b> & <i>x</i>"),
        (Qt.TextFormat.PlainText, "<a href='x'>link</a>"),
    ]


def test_a_polish_window_refuses_a_lead_stage_in_polish(polish, window, answers, qtbot):
    session = window.store.create("Etapy leadów", organisation="Acme")
    window.open_session(session.id)
    window.session_view.go("role_split")
    page = window.session_view.page("role_split")
    qtbot.waitUntil(page.isVisible)
    page.tabs.setCurrentWidget(page.leads)
    answers.text = "<b>Webinar</b> & {name}\x07"
    page.leads.buttons["addLeadStage"].click()
    assert answers.errors, "nothing was said"
    assert answers.errors[-1][1] == (
        "Nazwa etapu leada zawiera znak sterujący (U+0007), którego tekst nie może zawierać. "
        "Usuń go, aby zapisać."
    )
    assert window.store.load(session.id).role_map.lead_stages == []


def test_a_cascade_refusal_is_said_in_each_language_with_its_field(interface):
    from workshop_app import cascade
    from workshop_app.domain.goals import JointMeeting

    with pytest.raises(TruceError) as caught:
        cascade.check_meeting(JointMeeting(minutes=2))
    assert str(caught.value) == "A joint meeting lasts from 5 to 600 minutes."
    interface("pl")
    assert say(caught.value) == "Wspólne spotkanie trwa od 5 do 600 minut."
    problem = cascade.Problem("sal", "range").message
    assert say(problem).startswith("Współczynnik konwersji etapu SAL musi być większy niż 0%")
    interface("zh_TW")
    assert say(cascade.Problem("deal_size", "missing").message) == "缺少平均成交金額。"
