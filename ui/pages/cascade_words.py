"""The revenue cascade's words in the window: what cannot be kept, what is still to give, and
each department's target beside what its stage needs."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui.labels import department_name
from workshop_app import cascade
from workshop_app.cascade import RATE_STAGES, read_figure
from workshop_app.formats import format_number


class CascadeWords(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.stages: dict[str, str] = {}  # lead stage id → its name in the session's language
        self.decimal = "."  # the session language's decimal mark, for reading typed figures

    def wrong(
        self, typed: dict[str, str], rates: dict[str, str], targets: dict[str, str], currency: str
    ) -> list[str]:
        """Messages for what is typed but cannot be kept: not a figure, out of range."""
        names = {
            "revenue": self.tr("The revenue of the period before"),
            "growth": self.tr("The growth"),
            "deal_size": self.tr("The average deal size"),
        }
        wrong = []
        for name, text in typed.items():
            value, ok = read_figure(text, self.decimal)
            if not ok:
                wrong.append(self.tr("%1 is not a figure.").replace("%1", names[name]))
            elif name == "growth" and value is not None and not 0 < value <= cascade.MAX_GROWTH:
                wrong.append(self.tr("The growth must be above 0 % and at most 1,000 %."))
            elif value is not None and not 0 < value <= cascade.MAX_MONEY:
                wrong.append(
                    self.tr("%1 must be above 0 and at most 10,000 billion.").replace(
                        "%1", names[name]
                    )
                )
        for stage, text in rates.items():
            value, ok = read_figure(text, self.decimal)
            stage_name = self.stages.get(stage, stage)
            if not ok:
                wrong.append(self.tr("The rate of %1 is not a figure.").replace("%1", stage_name))
            elif value is not None and not 0 < value < 100:
                wrong.append(
                    self.tr(
                        "The rate of %1 must be above 0 % and below 100 %: "
                        "no stage turns none or all of its leads into the next."
                    ).replace("%1", stage_name)
                )
        for side, text in targets.items():
            value, ok = read_figure(text, self.decimal)
            if (
                not ok
                or (value is not None and not 0 <= value <= cascade.MAX_COUNT)
                or (value is not None and value != int(value))
            ):
                wrong.append(
                    self.tr("%1's target must be a whole number of leads.").replace(
                        "%1", department_name(side)
                    )
                )
        currency = currency.strip()
        if not (len(currency) == 3 and currency.isascii() and currency.isalpha()):
            wrong.append(self.tr("The currency is a three-letter code such as EUR."))
        return wrong

    def comparison(self, c: cascade.Comparison, lang: str) -> str:
        """One department's target beside what its stage needs, in a few words."""
        needed = format_number(c.needed, lang)
        gap = format_number(abs(c.gap), lang)
        if c.consistent:
            return (
                self.tr("✓ covers the %1 needed (%2 to spare)")
                .replace("%1", needed)
                .replace("%2", gap)
            )
        return self.tr("✗ %1 short of the %2 needed").replace("%1", gap).replace("%2", needed)

    def missing(self, field: str) -> str:
        """A figure still to give, named for the list after \"Still to give:\"."""
        if field in RATE_STAGES:
            return self.tr("the rate of %1").replace("%1", self.stages.get(field, field))
        return {
            "revenue": self.tr("the revenue of the period before"),
            "growth": self.tr("the growth"),
            "deal_size": self.tr("the average deal size"),
            "currency": self.tr("the currency"),
            "rates": self.tr("the conversion rates"),
        }.get(field, field)
