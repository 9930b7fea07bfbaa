"""督导台账 (.xlsx): sheets 指标, 任务 (with the latest notes) and 排名."""
from actiondesk.core.spreadsheets import Rounded, Workbook
from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.display import expected_places, indicator_cells

FILLS = {ProgressStatus.DONE: "#C8E6C9", ProgressStatus.AHEAD: "#BBDEFB", ProgressStatus.NORMAL: "#DCEDC8",
         ProgressStatus.LAGGING: "#FFE0B2", ProgressStatus.SEVERE: "#FFCDD2", ProgressStatus.MISSING: "#E0E0E0",
         ProgressStatus.PENDING: "#ECEFF1"}


def _sheet(book, title, headers, rows, widths):
    """``rows`` = [(values, status)]: each row is coloured by its status."""
    book.add_table(title, headers, [values for values, _status in rows], widths=widths,
                   fills=[FILLS.get(status) for _values, status in rows])


def _number(value):
    return None if value is None else float(value)


def xlsx_ledger(board) -> bytes:
    wb = Workbook()
    rows = []
    for row in board.indicators:
        c = indicator_cells(row)
        ev = row.evaluation
        # A relative target (超过全省平均水平) has no figure: the words, as the bulletin gives them.
        target = c["target"] if row.kind.target_is_reference else _number(row.indicator.target_value)
        rows.append(([c["name"], c["department"], c["unit"], target,
                      _number(row.target) if row.revised else None, _number(row.actual),
                      # rounded as the battle map shows them (pct: one place), still numbers
                      Rounded(ev.expected, expected_places(row)), Rounded(ev.expected_share, 1),
                      Rounded(ev.completion, 1), c["status"],
                      _number(row.forecast.year_end) if row.forecast else None, c["forecast"], c["source"]],
                     row.status))
    _sheet(wb, "指标", ["指标", "责任部门", "单位", "年度目标", "调整后目标", "累计完成", "序时目标",
                       "序时进度%", "完成率%/增速%", "状态", "全年预测值", "预测说明", "数据来源"],
           rows, [34, 14, 8, 10, 10, 10, 10, 10, 12, 10, 12, 24, 30])
    task_rows = []
    for t in board.tasks:
        notes = "\n".join(f"{n.report.department.name}：{n.progress}" for n in t.notes)
        problems = "\n".join(n.problems for n in t.notes if n.problems)
        steps = "\n".join(n.next_steps for n in t.notes if n.next_steps)
        task_rows.append(([t.task.number, t.task.title, str(t.task.programme or ""),
                           "、".join(d.name for d in t.leads), t.status_label, notes, problems, steps], t.status))
    _sheet(wb, "任务", ["编号", "任务", "工程", "牵头部门", "状态", "进展情况", "存在问题", "下步计划"],
           task_rows, [6, 28, 30, 24, 10, 50, 30, 30])
    _sheet(wb, "排名", ["名次", "部门", "考核得分", "按时报送", "完成进度", "逾期得分", "退回得分", "逾期事项",
                       "退回次数", "配合情况"],
           [([r.rank, r.department.name, _number(r.score.total), _number(r.score.on_time), _number(r.score.progress),
              _number(r.score.overdue), _number(r.score.returned), r.record.overdue, r.record.returned,
              _number(r.score.support)], None)
            for r in board.ranking], [6, 16, 10, 10, 10, 10, 10, 10, 10, 10])
    return wb.close()
