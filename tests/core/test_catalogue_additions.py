"""Issue 23's catalogue additions in every language, and the refiling of two frictions."""

from __future__ import annotations

import pytest

from workshop_app.content import load_content
from workshop_app.domain import Friction
from workshop_app.friction_map import group_of
from workshop_app.languages import CODES
from workshop_app.scoring import recommend

ENGLISH = load_content("en")


@pytest.mark.parametrize("language", CODES)
def test_every_language_has_the_additions_in_its_own_words(language):
    content = load_content(language)
    products = content.item("frictions.drivers", "products")
    assert products is not None and products["group"] == "economic"
    lever = content.get("relationship.levers")["shared_knowledge"]
    assert lever["from"] == "defined"
    condition = content.item("relationship.conditions", "shared_responsibility")
    assert [o["suggests"] for o in condition["options"]] == ["defined", "integrated"]
    activities = {a["id"]: a for a in content.items("role_swap.activities")}
    assert {"joint_project", "celebrate_wins"} <= set(activities)
    texts = [
        products["title"],
        products["description"],
        lever["name"],
        lever["description"],
        condition["question"],
        *[o["label"] for o in condition["options"]],
        *[
            activities[a][k]
            for a in ("joint_project", "celebrate_wins")
            for k in ("title", "description")
        ],
        content.text("frictions.groups.process"),
    ]
    assert all(text.strip() for text in texts)
    if language != "en":  # written in the language, not left in English
        english = [
            ENGLISH.item("frictions.drivers", "products")["title"],
            ENGLISH.get("relationship.levers")["shared_knowledge"]["name"],
            ENGLISH.item("relationship.conditions", "shared_responsibility")["question"],
            ENGLISH.text("frictions.groups.process"),
        ]
        assert not set(texts) & set(english)


@pytest.mark.parametrize("language", CODES)
def test_strategies_and_lead_follow_up_are_filed_under_communication_and_process(language):
    content = load_content(language)
    for driver in ("strategy", "lead_quality"):
        assert content.item("frictions.drivers", driver)["group"] == "process"
    # A session saved before the refiling stored "economic"; it shows the catalogue's family.
    assert group_of(Friction("lead_quality", "economic"), content) == "process"
    # A driver the room added keeps the family it was given.
    assert group_of(Friction("custom-1", "economic", "Our own"), content) == "economic"


@pytest.mark.parametrize("language", CODES)
def test_the_about_page_credits_the_sources_of_the_additions(language):
    paragraphs = " ".join(load_content(language).get_list("about.paragraphs"))
    for name in ("Kotler", "Peterson", "Altschuler"):
        assert name in paragraphs


def test_wanting_to_win_or_lose_together_calls_for_integration():
    conditions = ENGLISH.items("relationship.conditions")
    levers = ENGLISH.get("relationship.levers")
    advice = recommend("aligned", {"shared_responsibility": "win_together"}, conditions, levers)
    assert (advice.verdict, advice.needed) == ("move", "integrated")
    advice = recommend("aligned", {"shared_responsibility": "each_own"}, conditions, levers)
    assert advice.verdict == "stay"
    assert "shared_knowledge" in recommend("defined", {}, conditions, levers).levers
