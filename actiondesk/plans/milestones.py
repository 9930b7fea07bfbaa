"""工作节点 (milestones) maths: plain values in, plain values out (no database).

- ``resolve_due(phrase, year)``: 上半年 / 三季度末 / 年底前 / 6月底前 / 9月15日前 … → a date of the plan year.
- ``propose_milestones(text, year)``: the deliverables a task's text names (出台/编制/设立/建成/举办/制定/发布/
  组建…), each with the time word of its clause (or 年底前), for the admin to confirm on the review page.
- ``milestone_state(progress, due, completed_on, today)``: 未开始/推进中/已完成/逾期 — 逾期 is computed from the
  date every time, never stored, so it cannot go stale.
"""
import datetime

from actiondesk.plans.choices import MilestoneProgress, MilestoneState
from actiondesk.plans.reader.milestones import (  # noqa: F401 (the plan-side names of the reader's rules)
    DELIVERABLE_VERBS,
    names_deliverable,
    propose_milestones,
    resolve_due,
)


def milestone_state(progress: str, due: datetime.date | None, completed_on: datetime.date | None,
                    today: datetime.date) -> MilestoneState:
    """未开始/推进中/已完成/逾期 as of ``today``; a milestone past its due date and not done is 逾期.
    A milestone completed after ``today`` (a past period viewed later) was still being worked on then."""
    if progress == MilestoneProgress.DONE:
        if completed_on is None or completed_on <= today:
            return MilestoneState.DONE
        progress = MilestoneProgress.IN_PROGRESS
    if due is not None and today > due:
        return MilestoneState.OVERDUE
    if progress == MilestoneProgress.IN_PROGRESS:
        return MilestoneState.IN_PROGRESS
    return MilestoneState.NOT_STARTED


def days_overdue(progress: str, due: datetime.date | None, completed_on: datetime.date | None,
                 today: datetime.date) -> int:
    """Days past the due date: of an open milestone as of ``today``; of a done one, how late it was done."""
    if due is None:
        return 0
    if progress == MilestoneProgress.DONE and (completed_on is None or completed_on <= today):
        return max(0, ((completed_on or due) - due).days)
    return max(0, (today - due).days)
