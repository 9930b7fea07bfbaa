"""Pure rules for project approvals (审批): what is missing before 开工, what is overdue, 拿地即开工 readiness.

The selectors and services feed them plain values (``StepState``), so they are tested without a database.
"""
import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from actiondesk.projects.choices import STAGE_RANK, Stage


@dataclass(frozen=True)
class StepState:
    """One active step of the zone's table as it stands for one project (``recorded`` False: no record yet)."""

    name: str
    required_before_start: bool
    recorded: bool = False
    required: bool = True
    granted_on: datetime.date | None = None


def crosses_start(current: str | None, new: str) -> bool:
    """Whether a step from ``current`` to ``new`` reaches 开工 for the first time (skipping past it counts;
    复工 continues a project that started before and does not)."""
    if new not in Stage.values or new == Stage.RESUMED:
        return False
    start = STAGE_RANK[Stage.STARTED]
    below = current is None or STAGE_RANK[Stage(current)] < start
    return below and STAGE_RANK[Stage(new)] >= start


def missing_before_start(states: list[StepState]) -> list[str]:
    """Names of the steps required before 开工 that are not granted: no record, or a needed record not granted.
    A record marked not needed (不涉及) is not missing."""
    return [s.name for s in states
            if s.required_before_start and (not s.recorded or (s.required and s.granted_on is None))]


def start_gate_errors(*, current: str | None, new: str, missing: list[str], override_reason: str = "") -> list[str]:
    """The refusal of a step to 开工 while approvals are missing, unless a reason to override is given."""
    if not missing or not crosses_start(current, new) or override_reason.strip():
        return []
    return [_("开工前须办结的审批尚未办结：%(steps)s。请先登记办结，或填写例外开工原因")
            % {"steps": "、".join(missing)}]


def start_ready(*, readiness_done: int, readiness_total: int, missing: list[str]) -> bool:
    """拿地即开工: every 七通一平 item of the parcel done and every approval required before 开工 granted."""
    return readiness_total > 0 and readiness_done >= readiness_total and not missing
