"""About Truce, and About the method: the ideas the workshop rests on and the sources it credits."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from workshop_app import __version__
from workshop_app.content import load_content


def method_html(language: str) -> str:
    content = load_content(language)
    parts = [f"<h2>{escape(content.text('about.title'))}</h2>"]
    parts += [f"<p>{escape(p)}</p>" for p in content.get_list("about.paragraphs")]
    parts.append(f"<h3>{escape(content.text('about.sources_heading'))}</h3><ul>")
    parts += [f"<li>{escape(s)}</li>" for s in content.get_list("about.sources")]
    parts.append(f"</ul><p><i>{escape(content.text('about.disclaimer'))}</i></p>")
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Truce"))
        self.resize(640, 560)
        intro = (
            f"<h1>Truce {escape(__version__)}</h1><p>"
            + escape(
                self.tr(
                    "An offline companion for the joint workshop that ends the war between Sales and "
                    "Marketing: diagnose the relationship, hear the other side, agree who does what, and "
                    "leave with an action plan."
                )
            )
            + "</p>"
        )
        self.browser = QTextBrowser(objectName="aboutText", openExternalLinks=False)
        self.browser.setHtml(intro + method_html(language))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
