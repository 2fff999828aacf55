"""A participant in a real headless Chromium against the window's room on loopback, through a
whole workshop of rounds: the page follows the facilitator over its live socket with no reload;
the assessment, a private role-swap answer, dot votes and a note reach the session and the
projector; the role swap shows nowhere until the reveal, and the phone hears the reveal. Also the
first round alone, from a typed address to the answers stored (one Chromium for the module)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.test_phone_round import open_round
from workshop_app.domain import Friction, FrictionMap

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")


def tap(browser, element) -> None:
    """Scroll it to the middle of the small screen, as a thumb would, and tap it."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def start_chromium(profile: Path):
    """A small phone's headless Chromium, driven through chromedriver; its profile in ``profile``."""
    if not (CHROMIUM and CHROMEDRIVER):
        if os.environ.get("CI") == "true":
            pytest.fail(
                "chromium and chromium-driver are needed: apt-get install chromium chromium-driver"
            )
        pytest.skip("chromium and chromium-driver are not installed (make testdeps installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=390,844",  # a small phone
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(20)
    return driver


@pytest.fixture(scope="module")
def phone(tmp_path_factory):
    """One Chromium for this module's tests (starting one takes a second or two)."""
    driver = start_chromium(tmp_path_factory.mktemp("chromium-profile"))
    yield driver
    driver.quit()


@pytest.fixture
def chromium(phone):
    """The module's Chromium, back in range of the network after each test. Each test's room
    listens on a port of its own, so no page, socket or stored answer of another test is seen."""
    yield phone
    phone.delete_network_conditions()
    phone.get("about:blank")


HOSTILE = "<img src=x onerror=alert(1)> & <b>bold</b> 合作 Zażółć 🙂"


@pytest.fixture
def session(window, repo):
    from workshop_app import library

    session = library.create_session(repo, "Browser rounds")
    repo.save_section(
        session.id, "frictions", FrictionMap([Friction("communication"), Friction("targets")])
    )
    window.open_session(session.id, "diagnosis")
    return session


def next_round(dialog, kind: str, stage: str = "", budget: int = 3) -> None:
    if dialog.is_open:
        dialog.open_button.click()  # Close Round
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    if stage:
        dialog.stage.setCurrentIndex(dialog.stage.findData(stage))
    dialog.budget.setValue(budget)
    dialog.open_button.click()
    assert dialog.is_open, dialog.problem.text()


def shown(page, element_id: str) -> str:
    from selenium.webdriver.common.by import By

    element = page.find_element(By.ID, element_id)
    return element.text if element.is_displayed() else ""


def test_a_participant_follows_every_round_in_a_real_browser(window, session, chromium, qtbot):
    from selenium.webdriver.common.by import By

    browser = chromium
    window.live.actions["projector"].setChecked(True)
    projector = window.live.projector
    dialog = open_round(window, qtbot)
    statements = dialog.server.round.statements
    browser.get(dialog.server.url)
    tap(browser, browser.find_element(By.ID, "department-sales"))

    # 1. The self-assessment.
    for index, statement in enumerate(statements):
        choice = "dont_know" if index == 0 else str(1 + index % 5)
        card = browser.find_element(By.CSS_SELECTOR, f'[data-statement="{statement}"]')
        tap(
            browser,
            card.find_element(By.CSS_SELECTOR, f'input[value="{choice}"]').find_element(
                By.XPATH, ".."
            ),
        )
    tap(browser, browser.find_element(By.ID, "submit"))
    qtbot.waitUntil(lambda: "Thank you" in shown(browser, "doneText"), timeout=15000)
    assert len(window.store.load(session.id).assessment.answers) == len(statements)

    # 2. A private role-swap answer: the page follows without a reload, the department kept.
    marker = browser.execute_script("window.stayed = 'yes'; return window.stayed")
    next_round(dialog, "role_swap")
    qtbot.waitUntil(lambda: "Role swap" in shown(browser, "title"), timeout=10000)
    qtbot.waitUntil(lambda: dialog.server.round.joined()["sales"] == 1)  # joined this round too
    assert browser.execute_script("return window.stayed") == marker  # the same page, not reloaded
    answer = browser.find_element(
        By.CSS_SELECTOR, '[data-prompt="goals"] textarea[data-view="other"]'
    )
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", answer)
    answer.send_keys("Leads ")
    browser.execute_script(  # non-ASCII through the page's own input event, as a phone types it
        "arguments[0].value += arguments[1];arguments[0].dispatchEvent(new Event('input'))",
        answer,
        HOSTILE,
    )
    tap(browser, browser.find_element(By.ID, "submit"))
    qtbot.waitUntil(lambda: "Thank you" in shown(browser, "doneText"), timeout=15000)
    swap = window.store.load(session.id).role_swap
    assert swap.sealed and [a.text for a in swap.answers] == [f"Leads {HOSTILE}"]
    assert browser.execute_script("return document.querySelectorAll('img').length") == 0
    qtbot.waitUntil(lambda: projector.stage == "role_swap")
    assert not [w for w in projector.findChildren(QLabel) if "Leads" in w.text()]

    dialog.open_button.click()  # Close Round
    dialog.reveal_button.click()
    qtbot.waitUntil(lambda: "on the screen" in shown(browser, "doneText"), timeout=10000)
    qtbot.waitUntil(lambda: any("Leads" in w.text() for w in projector.findChildren(QLabel)))

    # 3. Dot votes on the frictions, within the budget.
    next_round(dialog, "votes", "frictions", budget=3)
    qtbot.waitUntil(lambda: "Dot votes" in shown(browser, "title"), timeout=10000)
    more = browser.find_element(By.CSS_SELECTOR, '[data-target="targets"] .more')
    for _ in range(3):
        tap(browser, more)
    assert not more.is_enabled() and "0 of 3" in shown(browser, "budget")
    tap(browser, browser.find_element(By.ID, "submit"))
    qtbot.waitUntil(lambda: "Thank you" in shown(browser, "doneText"), timeout=15000)
    assert [f.votes for f in window.store.load(session.id).frictions.items] == [0, 3]

    # 4. A note to the board of the Shared goals stage, shown literally.
    next_round(dialog, "notes", "goals")
    qtbot.waitUntil(lambda: "board" in shown(browser, "title"), timeout=10000)
    note = browser.find_element(By.ID, "noteText")
    note.send_keys("x")
    browser.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
        note,
        HOSTILE,
    )
    tap(browser, browser.find_element(By.ID, "submit"))
    qtbot.waitUntil(lambda: "on the board" in shown(browser, "status"), timeout=15000)
    notes = window.store.load(session.id).notes.items
    assert [(n.stage, n.text) for n in notes] == [("goals", HOSTILE)]
    assert (
        browser.find_element(By.ID, "noteText").get_attribute("value") == ""
    )  # ready for the next

    # The room closes: the page says so instead of failing.
    dialog.close()
    qtbot.waitUntil(lambda: not shown(browser, "form"), timeout=10000)


def test_a_phone_that_loses_the_network_keeps_its_answers_and_sends_them_when_back(
    window, session, chromium, qtbot
):
    from selenium.webdriver.common.by import By

    browser = chromium
    dialog = open_round(window, qtbot)
    next_round(dialog, "frictions")
    browser.get(dialog.server.url)
    tap(browser, browser.find_element(By.ID, "department-marketing"))
    card = browser.find_element(By.CSS_SELECTOR, '[data-friction="targets"]')
    tap(
        browser, card.find_element(By.CSS_SELECTOR, 'input[value="4"]').find_element(By.XPATH, "..")
    )
    browser.set_network_conditions(
        offline=True, latency=0, download_throughput=-1, upload_throughput=-1
    )
    tap(browser, browser.find_element(By.ID, "submit"))
    qtbot.waitUntil(lambda: "safe on this phone" in shown(browser, "status"), timeout=10000)
    code = dialog.server.room.code
    kept = browser.execute_script(f"return localStorage.getItem('truce:{code}:r2:pending')")
    assert '"targets":4' in kept
    assert window.store.load(session.id).frictions.items[1].marketing_rating is None

    browser.delete_network_conditions()  # back in range: the phone sends by itself
    qtbot.waitUntil(lambda: "Thank you" in shown(browser, "doneText"), timeout=15000)
    assert window.store.load(session.id).frictions.items[1].marketing_rating == 4
    assert browser.execute_script(f"return localStorage.getItem('truce:{code}:r2:pending')") is None
    dialog.close()


def test_a_participant_answers_in_a_real_browser_and_the_answers_reach_the_session(
    window, repo, chromium, qtbot
):
    from dataclasses import replace

    from selenium.webdriver.common.by import By

    from workshop_app import library

    session = library.create_session(repo, "Browser")
    repo.save_section(session.id, "assessment", replace(session.assessment, predict_reveal=True))
    window.open_session(session.id, "diagnosis")
    browser = chromium
    dialog = open_round(window, qtbot)
    statements = dialog.server.round.statements

    browser.get(dialog.server.url.lower())  # typed by hand, in lower case
    assert browser.find_element(By.ID, "title").text == "Your answers for the workshop"
    tap(browser, browser.find_element(By.ID, "department-sales"))
    qtbot.waitUntil(lambda: dialog.server.round.joined()["sales"] == 1, timeout=10000)
    tap(browser, browser.find_element(By.ID, "change"))  # a wrong tap, put right
    tap(browser, browser.find_element(By.ID, "department-marketing"))
    qtbot.waitUntil(lambda: dialog.server.round.joined()["marketing"] == 1, timeout=10000)
    assert dialog.server.round.joined()["sales"] == 0
    assert "Marketing" in browser.find_element(By.ID, "chosen").text
    submit = browser.find_element(By.ID, "submit")
    for index, statement in enumerate(statements):
        assert not submit.is_enabled()
        choice = "dont_know" if index == 0 else str(1 + index % 5)
        card = browser.find_element(By.CSS_SELECTOR, f'[data-statement="{statement}"]')
        option = card.find_element(By.CSS_SELECTOR, f'input[value="{choice}"]')
        tap(browser, option.find_element(By.XPATH, ".."))
    browser.find_element(By.ID, "prediction").send_keys("64")
    # Kept on the phone before it is sent: a reload resumes where the participant was.
    browser.refresh()
    submit = browser.find_element(By.ID, "submit")
    assert submit.is_enabled()
    tap(browser, submit)
    qtbot.waitUntil(lambda: browser.find_element(By.ID, "done").is_displayed(), timeout=15000)
    assert "Thank you" in browser.find_element(By.ID, "doneText").text
    stored = window.store.load(session.id)
    (person,) = stored.participants
    assert person.name == "Marketing phone 1" and person.department == "marketing"
    values = {a.statement: a.value for a in stored.assessment.answers}
    assert values == {s: (None if i == 0 else 1 + i % 5) for i, s in enumerate(statements)}
    assert [(p.department, p.predicted_total) for p in stored.assessment.predictions] == [
        ("marketing", 64)
    ]
    # Nothing of the device in the session: only its department and its answers.
    token = browser.execute_script(
        f"return JSON.parse(localStorage.getItem('truce:{dialog.server.room.code}:device'))"
    )
    assert len(token) == 32 and token not in repr(stored)
    # The page after a reload still says it is done, and sends nothing twice.
    browser.refresh()
    assert browser.find_element(By.ID, "done").is_displayed()
    assert dialog.server.round.answered() == 1
    dialog.close()
