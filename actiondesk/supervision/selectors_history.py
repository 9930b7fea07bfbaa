"""Status history for leaders (and what an issued period shows): per period the count of each status, each
department's score and rank with its move since the period before, and each indicator's status by month.

An issued period shows what was issued (its frozen snapshot), never a recomputation; a period not issued yet
shows the live figures as of its month."""
from dataclasses import dataclass, field

from actiondesk.supervision.choices import BEHIND, ProgressStatus
from actiondesk.supervision.models import IssuedPeriod
from actiondesk.supervision.selectors import boards_by_period
from actiondesk.supervision.snapshots import board_snapshot, differences

# Height of a status on the small multiples (higher is better); missing/pending are gaps.
STATUS_LEVEL = {ProgressStatus.SEVERE: 1, ProgressStatus.LAGGING: 2, ProgressStatus.NORMAL: 3,
                ProgressStatus.AHEAD: 4, ProgressStatus.DONE: 5}


def issued_of(plan) -> dict:
    """period id → IssuedPeriod (without the stored files) for the plan's issued periods, in one query."""
    return {i.period_id: i for i in IssuedPeriod.objects.filter(period__plan=plan).defer("docx", "xlsx")
            .select_related("issued_by")}


def issue_of(period) -> IssuedPeriod | None:
    """The period's issue, read with the period by the board (``select_related``): no query when not issued."""
    if period is None:
        return None
    try:
        return period.issue
    except IssuedPeriod.DoesNotExist:
        return None


@dataclass
class PeriodHistory:
    period: object
    snapshot: dict
    issue: object | None = None  # IssuedPeriod when frozen
    changes: list = field(default_factory=list)  # what changed after it was issued

    @property
    def red(self) -> int:
        return sum(self.snapshot["counts"].get(s, 0) for s in BEHIND)


def status_history(plan, *, today=None) -> dict:
    boards = boards_by_period(plan, today=today)
    issued = issued_of(plan)
    periods = []
    for board in boards:
        live = board_snapshot(board)
        issue = issued.get(board.period.pk)  # one query for every snapshot, not one per period
        if issue is not None:
            periods.append(PeriodHistory(board.period, issue.snapshot, issue, differences(issue.snapshot, live)))
        else:
            periods.append(PeriodHistory(board.period, live))
    departments = boards[0].departments if boards else {}
    ranking = _ranking_table(periods, departments)
    last = boards[-1] if boards else None
    indicators = [r.indicator for r in last.indicators] if last else []
    labels = dict(ProgressStatus.choices)
    multiples = [{"id": i.pk, "name": i.name,
                  "levels": [STATUS_LEVEL.get(h.snapshot["indicators"].get(str(i.pk))) for h in periods],
                  "labels": [str(labels.get(h.snapshot["indicators"].get(str(i.pk)), "—")) for h in periods]}
                 for i in indicators]
    return {"periods": periods, "ranking": ranking, "statuses": ProgressStatus.choices,
            "chart": {"months": [h.period.label for h in periods], "red": [h.red for h in periods],
                      "multiples": multiples,
                      "levels": {str(v): str(labels[k]) for k, v in STATUS_LEVEL.items()}}}


def _ranking_table(periods, departments) -> list[dict]:
    """One row per department: per period (score, rank, move) where move is +n (up n places), -n or 0."""
    ids = []
    for h in periods:
        for r in h.snapshot["ranking"]:
            if r["department_id"] not in ids:
                ids.append(r["department_id"])
    table = []
    for department_id in sorted(ids, key=lambda d: getattr(departments.get(d), "sort_order", 0)):
        cells, previous = [], None
        for h in periods:
            item = next((r for r in h.snapshot["ranking"] if r["department_id"] == department_id), None)
            if item is None:
                cells.append(None)
                continue
            move = 0 if previous is None else previous - item["rank"]
            cells.append({"score": item["total"], "rank": item["rank"], "move": move, "up": max(move, 0),
                          "down": max(-move, 0)})
            previous = item["rank"]
        name = departments[department_id].name if department_id in departments else str(department_id)
        table.append({"department": name, "cells": cells})
    return table
