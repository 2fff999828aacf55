"""The core's messages about the lead flow (lead stages, the SLA) and the revenue cascade, as lupdate finds them (ui/messages/__init__.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def templates() -> dict[str, str]:
    return {
        "lead_flow.too_many_stages": translate(
            "CoreMessages", "A lead waterfall holds at most {most} stages."
        ),
        "lead_flow.stage_unnamed": translate("CoreMessages", "A lead stage needs a name."),
        "lead_flow.stage_gone": translate(
            "CoreMessages", "That lead stage is no longer on the map."
        ),
        "lead_flow.owner_not_party": translate(
            "CoreMessages", "A lead stage's owner must be one of the map's parties."
        ),
        "lead_flow.too_many_reasons": translate(
            "CoreMessages", "Keep the rejection reasons to at most {most}."
        ),
        "lead_flow.accept_hours": translate(
            "CoreMessages", "Sales' time to accept or reject is between {low} and {high} hours."
        ),
        "lead_flow.sla_period": translate(
            "CoreMessages", "An SLA's period is a week, a month or a quarter."
        ),
        "lead_flow.sla_review": translate(
            "CoreMessages", "An SLA is reviewed monthly or quarterly."
        ),
        "lead_flow.sla_range": translate("CoreMessages", "{commitment} is {low}–{high}."),
        "lead_flow.sla_unknown": translate(
            "CoreMessages", "The SLA has no commitment called “{commitment}”."
        ),
        "field.lead.stage_name": translate("CoreMessages", "A lead stage's name"),
        "field.lead.entry": translate("CoreMessages", "Entry criteria"),
        "field.lead.exit": translate("CoreMessages", "Exit criteria"),
        "field.lead.reject_reason": translate("CoreMessages", "A rejection reason"),
        "field.lead.recycle_rule": translate("CoreMessages", "The recycling rule"),
        "field.sla.monitor": translate("CoreMessages", "Who monitors the SLA"),
        "field.sla.when_missed": translate("CoreMessages", "What happens when the SLA is missed"),
        "field.sla.leads_per_rep": translate("CoreMessages", "The SLA's leads per salesperson"),
        "field.sla.accepted_percent": translate(
            "CoreMessages", "The SLA's share of leads accepted (%)"
        ),
        "field.sla.follow_up_hours": translate(
            "CoreMessages", "The SLA's hours to follow up a lead"
        ),
        "field.sla.attempts": translate("CoreMessages", "The SLA's contact attempts per lead"),
        "cascade.missing": translate("CoreMessages", "{what} is missing."),
        "cascade.out_of_range": translate("CoreMessages", "{what} is out of range."),
        "cascade.currency_code": translate(
            "CoreMessages", "The currency must be a three-letter ISO code such as EUR."
        ),
        "cascade.rate_range": translate(
            "CoreMessages",
            "{what} must be above 0 % and below 100 %: no stage converts none or all of its leads.",
        ),
        "cascade.bad_period": translate("CoreMessages", "A cascade's period is one of {periods}."),
        "cascade.no_such_stage": translate(
            "CoreMessages", "A cascade has no stage called {stage}."
        ),
        "cascade.target_stage": translate(
            "CoreMessages", "A department's target is set at one of the lead stages."
        ),
        "cascade.meeting_frequency": translate(
            "CoreMessages", "A joint meeting is held {frequencies}."
        ),
        "cascade.meeting_minutes": translate(
            "CoreMessages", "A joint meeting lasts from {low} to {high} minutes."
        ),
        "field.cascade.revenue": translate("CoreMessages", "The revenue of the period before"),
        "field.cascade.growth": translate("CoreMessages", "The growth"),
        "field.cascade.deal_size": translate("CoreMessages", "The average deal size"),
        "field.cascade.currency": translate("CoreMessages", "The currency"),
        "field.cascade.target_sales": translate("CoreMessages", "The target of sales"),
        "field.cascade.target_marketing": translate("CoreMessages", "The target of marketing"),
        "field.cascade.rate.inquiry": translate(
            "CoreMessages", "The conversion rate of the inquiry stage"
        ),
        "field.cascade.rate.mql": translate("CoreMessages", "The conversion rate of the mql stage"),
        "field.cascade.rate.sal": translate("CoreMessages", "The conversion rate of the sal stage"),
        "field.cascade.rate.sql": translate("CoreMessages", "The conversion rate of the sql stage"),
        "field.cascade.rate.opportunity": translate(
            "CoreMessages", "The conversion rate of the opportunity stage"
        ),
    }
