"""The interface's per-stage tables agree with workshop_app.stages: a page, a title, a place in the
Go menu (with a key while there are keys to give), undo's names and the projector's panels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

import ui.pages
from ui import undo
from ui.labels import stage_title
from ui.live.panels import PANELS
from ui.pages import class_name, go_shortcut, page_class
from ui.widgets.action_filter_bar import ActionFilterBar
from workshop_app import stages


def test_every_stage_has_a_page_module_and_class_named_after_its_id():
    folder = Path(ui.pages.__file__).parent
    for stage in stages.STAGE_IDS:
        assert (folder / f"{stage}.py").is_file(), stage
        assert page_class(stage).__name__ == class_name(stage)
    assert class_name("role_split") == "RoleSplitPage"


def test_every_stage_has_its_own_title():
    titles = [stage_title(stage) for stage in stages.STAGE_IDS]
    assert all(titles) and len(set(titles)) == len(titles)


def test_undo_names_each_step_after_the_stage_that_owns_the_section():
    assert undo.SECTION_STAGES == stages.section_stages()
    assert set(undo.SECTION_STAGES) <= undo.UNDOABLE


def test_the_projector_has_panels_only_for_stages():
    assert set(PANELS) <= set(stages.STAGE_IDS)


def test_the_source_filter_offers_only_kinds_the_registry_knows(qtbot):
    bar = ActionFilterBar()
    qtbot.addWidget(bar)
    kinds = {bar.source.itemData(i) for i in range(1, bar.source.count())}
    assert kinds <= set(stages.source_labels())


def test_go_menu_keys_stay_distinct_past_nine_stages():
    keys = [go_shortcut(position) for position in range(1, 13)]
    assert keys[:10] == [f"Ctrl+{n}" for n in range(1, 10)] + ["Ctrl+0"]
    assert keys[10:] == [None, None]  # an eleventh stage is reached from the menu, without a key


def test_the_go_menu_lists_every_stage_in_order_with_its_key(window):
    actions = window.stage_actions
    assert [a.objectName() for a in actions] == [f"actionStage_{s}" for s in stages.STAGE_IDS]
    for position, action in enumerate(actions, start=1):
        assert action.text() == stage_title(stages.STAGE_IDS[position - 1])
        assert action.shortcut() == QKeySequence(go_shortcut(position))
