"""督导通报 (.docx): title, summary with figures, all indicators, lagging items by department, ranking."""
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.display import indicator_cells

INDICATOR_HEADERS = ["序号", "指标", "责任部门", "年度目标", "调整后目标", "累计完成", "序时目标", "完成率", "状态", "全年预测"]
RANKING_HEADERS = ["名次", "部门", "考核得分", "按时报送", "完成进度", "逾期事项", "退回次数"]


def summary_text(board) -> str:
    counts = board.status_counts()
    period = board.period.label if board.period else f"{board.month}月"
    text = (f"截至{period}（序时进度{round(board.month * 100 / 12, 1)}%），方案{len(board.indicators)}项量化指标中，"
            f"已完成{counts[ProgressStatus.DONE]}项、超序时{counts[ProgressStatus.AHEAD]}项、"
            f"正常{counts[ProgressStatus.NORMAL]}项、滞后{counts[ProgressStatus.LAGGING]}项、"
            f"严重滞后{counts[ProgressStatus.SEVERE]}项、未报送{counts[ProgressStatus.MISSING]}项")
    text += f"；{len(board.tasks)}项重点任务中滞后或未报送{len(board.lagging_tasks)}项。" if board.tasks else "。"
    if board.ranking:
        top = board.ranking[0]
        text += f"督导考核得分最高的是{top.department.name}（{top.score.total}分）。"
    return text


def _table(document, headers, rows):
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.text = header
    for values in rows:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = str(value)
    return table


def docx_report(board) -> bytes:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "SimSun"
    style.font.size = Pt(10.5)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "SimSun")
    period = board.period.label if board.period else f"{board.month}月"
    title = document.add_heading(f"{board.plan.title}督导通报（{period}）", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph(summary_text(board))
    document.add_heading("一、指标完成情况", level=2)
    cells = [indicator_cells(r) for r in board.indicators]
    _table(document, INDICATOR_HEADERS, [
        [i, c["name"], c["department"], c["target"], c["adjusted_target"] or "—", c["actual"], c["expected"],
         c["completion"], c["status"], c["forecast"]] for i, c in enumerate(cells, start=1)])
    document.add_heading("二、滞后事项（按部门）", level=2)
    by_department = {}
    for row in board.lagging:
        by_department.setdefault(row.reporter.name if row.reporter else "未指定", []).append(
            f"{row.indicator.name}：{row.status_label}")
    for task in board.lagging_tasks:
        for dept in task.leads[:1] or [None]:
            by_department.setdefault(dept.name if dept else "未指定", []).append(
                f"任务{task.task.number}.{task.task.title}：{task.status_label}")
    if not by_department:
        document.add_paragraph("无滞后事项。")
    for name, items in by_department.items():
        document.add_paragraph(f"{name}：" + "；".join(items) + "。")
    document.add_heading("三、部门督导考核排名", level=2)
    _table(document, RANKING_HEADERS, [
        [r.rank, r.department.name, r.score.total, r.score.on_time, r.score.progress, r.record.overdue,
         r.record.returned] for r in board.ranking])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
