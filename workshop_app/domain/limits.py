"""How long a text may be. The same numbers are in the JSON schema; a test keeps them equal."""

from __future__ import annotations

from workshop_app.errors import ValidationError

LINE = 500  # names, titles, one-line fields
TEXT = 20_000  # notes, descriptions, answers


def check(label: str, value: str, limit: int) -> str:
    if len(value) > limit:
        raise ValidationError(
            f"{label} is {len(value):,} characters long; the most it can hold is {limit:,}. Shorten it to save it."
        )
    return value
