"""Truce's own icon on every window, and action icons that read in a light or a dark scheme and
stay sharp at 200 % scale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPalette

from ui import icons
from ui.app import identify
from workshop_app.desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
SIZES = [16, 24, 32, 48, 64, 128, 256, 512]


def colours_in(image: QImage) -> set[str]:
    """The opaque colours of an image (its anti-aliased edges left out)."""
    found = set()
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() == 255:
                found.add(colour.name())
    return found


@pytest.fixture
def identified(qapp):
    """The application named and given its icon as `truce` does, and as it was afterwards."""
    saved = (qapp.applicationName(), qapp.organizationName(), qapp.applicationVersion())
    identify(qapp)
    yield qapp
    qapp.setWindowIcon(QIcon())
    qapp.setDesktopFileName("")
    qapp.setApplicationName(saved[0])
    qapp.setOrganizationName(saved[1])
    qapp.setApplicationVersion(saved[2])


@pytest.fixture
def palette(qapp):
    """Sets the application palette's text colours for one test."""
    saved = QPalette(qapp.palette())

    def use(text: str, disabled: str = "#888888", highlighted: str = "#ffffff") -> None:
        changed = QPalette(saved)
        changed.setColor(QPalette.ColorRole.WindowText, QColor(text))
        changed.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(disabled)
        )
        changed.setColor(QPalette.ColorRole.HighlightedText, QColor(highlighted))
        qapp.setPalette(changed)

    yield use
    qapp.setPalette(saved)


def test_the_app_icon_has_every_size_a_desktop_asks_for(qapp):
    files = icons.app_icon_files()
    assert [QImage(str(f)).size() for f in files] == [QSize(s, s) for s in SIZES]
    assert all(f.name == f"{APP_ID}.png" for f in files)
    assert icons.app_icon().availableSizes() == [QSize(s, s) for s in SIZES]


def test_the_app_icon_source_is_an_svg_and_its_pngs_were_rendered_from_it(qapp):
    svg = icons.icons_dir() / "truce.svg"
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    big = QImage(str(icons.app_icon_files()[-1]))
    # Sales blue, Marketing orange and the shared green all show in the 512-pixel rendering.
    seen = colours_in(big.scaled(64, 64))
    for colour in ("#1f77b4", "#e08a2e", "#4f9a55"):
        assert colour in seen


def test_the_main_window_and_the_projector_show_truces_icon(identified, window, demo, qtbot):
    assert QGuiApplication.desktopFileName() == APP_ID
    assert window.windowIcon().availableSizes() == [QSize(s, s) for s in SIZES]
    window.open_session(demo.id)
    window.live.actions["projector"].setChecked(True)
    qtbot.waitUntil(window.live.projector.isVisible)
    projector_icon = window.live.projector.windowIcon()
    assert projector_icon.cacheKey() == QGuiApplication.windowIcon().cacheKey()


@pytest.mark.parametrize("name", icons.ACTION_ICONS)
def test_each_action_icon_is_drawn_only_in_the_text_colour(name):
    svg = (icons.icons_dir() / "actions" / f"{name}.svg").read_text(encoding="utf-8")
    assert "currentColor" in svg
    assert not re.search(r"#[0-9a-fA-F]{3,6}\b|rgb\(", svg), "a fixed colour would not recolour"


@pytest.mark.parametrize(("text", "background"), [("#1a1a1a", "light"), ("#f0f0f0", "dark")])
def test_action_icons_take_the_schemes_text_colour_at_200_percent(palette, text, background):
    palette(text)
    pixmap = icons.action_icon("print").pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48)
    assert pixmap.devicePixelRatio() == 2.0
    assert colours_in(pixmap.toImage()) == {text}
    # Drawn at 48 pixels, not a 24-pixel drawing blown up: the lines are two pixels wide, and
    # four pixels on the doubled pixmap.
    image = pixmap.toImage()
    row = [image.pixelColor(x, 36).alpha() == 255 for x in range(48)]
    runs = "".join("x" if r else "." for r in row).split(".")
    assert max(len(r) for r in runs) >= 3


def test_a_disabled_or_highlighted_action_icon_takes_those_colours(palette):
    palette("#101010", disabled="#9a9a9a", highlighted="#fefefe")
    icon = icons.action_icon("undo")
    disabled = icon.pixmap(QSize(32, 32), QIcon.Mode.Disabled).toImage()
    selected = icon.pixmap(QSize(32, 32), QIcon.Mode.Selected).toImage()
    assert colours_in(disabled) == {"#9a9a9a"}
    assert colours_in(selected) == {"#fefefe"}


def test_an_unknown_action_icon_is_refused(qapp):
    with pytest.raises(KeyError):
        icons.action_icon("ship")


def test_the_commands_found_by_sight_have_icons_and_keep_their_words(window, demo):
    window.open_session(demo.id)
    by_name = {a.objectName(): a for a in window.findChildren(type(window.import_action))}
    by_name.update({a.objectName(): a for a in window.live.actions.values()})
    for name in (
        "actionImport",
        "printActionPlan",
        "actionUndo",
        "actionRedo",
        "actionCapture",
        "actionLive_projector",
    ):
        action = by_name[name]
        assert not action.icon().isNull(), name
        assert action.text().strip(), name
    button = window.live.bar.widgetForAction(window.live.actions["projector"])
    assert button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert button.text()


def test_only_the_icon_module_names_icon_files():
    pattern = re.compile(r"\.(svg|png|ico|icns)\b|[\"']icons[\"/']")
    naming = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "ui").rglob("*.py")
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert naming == ["ui/icons.py"]
