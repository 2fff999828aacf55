"""The friction map's rules: how much each driver hurts, where the two sides agree, what to carry on.

Pain is rated 0–5 by each side. A driver's combined pain is the mean of the ratings given, doubled
to a 0–10 range, so a driver only one side has rated yet is not ranked below one both have rated
low. Dot votes add one point each on top: a vote is the room saying "talk about this".
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from workshop_app.content import Content
from workshop_app.domain import Friction

AGREE_WITHIN = 1  # ratings this close count as the same view
DEFAULT_CARRY = 3  # how many frictions the action plan usually takes on


def group_of(friction: Friction, content: Content) -> str:
    """The family a driver belongs to. A catalogue driver's is the catalogue's, so a refiling
    (strategies and lead follow-up moved to communication and process) reaches sessions saved
    before it; a driver the room added keeps the family it was given."""
    if friction.custom_title:
        return friction.group
    item = content.item("frictions.drivers", friction.id)
    return str(item.get("group") or friction.group) if item else friction.group


def combined_pain(friction: Friction) -> Fraction | None:
    ratings = [r for r in (friction.sales_rating, friction.marketing_rating) if r is not None]
    if not ratings:
        return None
    return Fraction(sum(ratings) * 2, len(ratings))


def score(friction: Friction) -> Fraction:
    return (combined_pain(friction) or Fraction(0)) + friction.votes


def agreement(friction: Friction) -> str | None:
    """ "agree", "sales_more" or "marketing_more" (that side hurts more); None until both rated."""
    if friction.sales_rating is None or friction.marketing_rating is None:
        return None
    difference = friction.sales_rating - friction.marketing_rating
    if abs(difference) <= AGREE_WITHIN:
        return "agree"
    return "sales_more" if difference > 0 else "marketing_more"


def ranked(items: list[Friction]) -> list[Friction]:
    """Most painful first; equal scores keep the catalogue's order."""
    order = {id(f): i for i, f in enumerate(items)}
    return sorted(items, key=lambda f: (-score(f), order[id(f)]))


def top(items: list[Friction], count: int = DEFAULT_CARRY) -> list[Friction]:
    """The frictions worth carrying forward: the highest scores, never one nobody feels."""
    return [f for f in ranked(items) if score(f) > 0][:count]


@dataclass
class Summary:
    agreed_pains: list[Friction]  # both sides feel it (3+ each, within a point)
    differences: list[Friction]  # the sides see it differently
    unrated: int  # drivers at least one side has not rated


SHARED_PAIN = 3


def summarise(items: list[Friction]) -> Summary:
    agreed = [
        f
        for f in ranked(items)
        if agreement(f) == "agree"
        and min(f.sales_rating or 0, f.marketing_rating or 0) >= SHARED_PAIN
    ]
    differences = sorted(
        (f for f in items if agreement(f) in ("sales_more", "marketing_more")),
        key=lambda f: -abs((f.sales_rating or 0) - (f.marketing_rating or 0)),
    )
    unrated = sum(1 for f in items if f.sales_rating is None or f.marketing_rating is None)
    return Summary(agreed, differences, unrated)
