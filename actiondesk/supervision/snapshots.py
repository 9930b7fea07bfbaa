"""A period as it stood: the plain record frozen when its 督导通报 is issued, and the same record computed live.

``board_snapshot(board)`` turns a computed board into JSON-able values (statuses, counts, scores, ranking, the
report revisions that counted); ``ranking_rows`` turns the frozen ranking back into the rows pages and exports
show; ``differences`` says, in words, what changed since (for the note on a past period).
"""
from decimal import Decimal

from actiondesk.supervision.board import DepartmentRow
from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.scoring import DepartmentRecord, Score

RECORD_FIELDS = ("reports_due", "reports_on_time", "overdue", "returned", "support_due", "support_noted", "leads")
SCORE_FIELDS = ("total", "on_time", "progress", "overdue", "returned", "support")


def _text(value):
    return None if value is None else str(value)


def board_snapshot(board) -> dict:
    return {
        "period": board.period.code if board.period else None,
        "month": board.month,
        "counts": board.status_counts(),
        "indicators": {str(r.indicator.pk): r.status for r in board.indicators},
        "tasks": {str(t.task.pk): t.status for t in board.tasks},
        "ranking": [{"department_id": r.department.pk, "department": r.department.name, "rank": r.rank,
                     **{f: _text(getattr(r.score, f)) for f in SCORE_FIELDS},
                     "extra": {k: _text(v) for k, v in r.score.extra.items()},
                     "record": {f: getattr(r.record, f) for f in RECORD_FIELDS}} for r in board.ranking],
        "reports": {str(d): revision for d, revision in sorted(board.counted_revisions.items())},
    }


def _decimal(value):
    return None if value is None else Decimal(value)


def ranking_rows(snapshot: dict, departments: dict) -> list[DepartmentRow]:
    """The frozen ranking as DepartmentRows (departments: id → Department; a deleted one keeps its name)."""
    rows = []
    for item in snapshot.get("ranking", []):
        department = departments.get(item["department_id"])
        if department is None:
            continue
        score = Score(**{f: _decimal(item.get(f)) for f in SCORE_FIELDS},
                      extra={k: _decimal(v) for k, v in (item.get("extra") or {}).items()})
        record = DepartmentRecord(**{f: item.get("record", {}).get(f, 0) for f in RECORD_FIELDS})
        rows.append(DepartmentRow(department, score, record, rank=item["rank"]))
    return rows


def differences(frozen: dict, live: dict) -> list[str]:
    """What differs now from what was issued, one sentence each (empty when nothing changed)."""
    changes = []
    labels = dict(ProgressStatus.choices)
    for status, count in frozen.get("counts", {}).items():
        now = live.get("counts", {}).get(status, 0)
        if now != count:
            changes.append(f"{labels.get(status, status)}指标：发布时{count}项，现为{now}项")
    was = {r["department_id"]: r for r in frozen.get("ranking", [])}
    for row in live.get("ranking", []):
        before = was.get(row["department_id"])
        if before is None:
            changes.append(f"{row['department']}：发布时未参加排名")
        elif (before["total"], before["rank"]) != (row["total"], row["rank"]):
            changes.append(f"{row['department']}：发布时{before['total']}分第{before['rank']}名，"
                           f"现为{row['total']}分第{row['rank']}名")
    for department_id, revision in live.get("reports", {}).items():
        before = frozen.get("reports", {}).get(department_id)
        if before != revision:
            name = next((r["department"] for r in live.get("ranking", [])
                         if str(r["department_id"]) == department_id), department_id)
            changes.append(f"{name}的报告：发布时计入{'第' + str(before) + '版' if before else '无'}，"
                           f"现为第{revision}版")
    return changes
