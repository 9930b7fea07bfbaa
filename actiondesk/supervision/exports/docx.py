"""督导通报 (.docx) laid out as a 公文 (GB/T 9704): A4, 仿宋 body, 黑体/楷体 headings, page numbers, a title block;
then the summary, a narrative per programme, the indicator table, the lagging items with the 督办 asked, and the
ranking. Figures come from ``display`` and keep their unit's places (counts whole, money two, rates one)."""
import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from actiondesk.supervision.choices import ProgressStatus
from actiondesk.supervision.display import indicator_cells

INDICATOR_HEADERS = ["序号", "指标", "责任部门", "年度目标", "调整后目标", "累计完成", "序时目标", "完成率", "状态", "全年预测"]
RANKING_HEADERS = ["名次", "部门", "考核得分", "按时报送", "完成进度", "配合情况", "逾期事项", "退回次数"]
# Fonts every Chinese office has: Word and WPS both ship 仿宋/黑体/楷体/宋体 (the _GB2312 variants are often missing).
BODY_FONT, HEADING_FONT, SUBHEADING_FONT, TITLE_FONT, LATIN_FONT = "仿宋", "黑体", "楷体", "宋体", "Times New Roman"
BODY_SIZE, TITLE_SIZE, TABLE_SIZE = Pt(16), Pt(22), Pt(10.5)  # 三号, 二号, 五号
CHINESE_NUMBERS = "一二三四五六七八九十"


def _or_dash(value) -> str:
    """A component that does not apply to the department (完成进度 of a supporting one) shows as —."""
    return "—" if value is None else str(value)


def _chinese_number(n: int) -> str:
    return CHINESE_NUMBERS[n - 1] if 1 <= n <= 10 else str(n)


def summary_text(board) -> str:
    counts = board.status_counts()
    period = board.period.label if board.period else f"{board.month}月"
    text = (f"截至{period}（序时进度{round(board.month * 100 / 12, 1)}%），方案{len(board.indicators)}项量化指标中，"
            f"已完成{counts[ProgressStatus.DONE]}项、超序时{counts[ProgressStatus.AHEAD]}项、"
            f"正常{counts[ProgressStatus.NORMAL]}项、滞后{counts[ProgressStatus.LAGGING]}项、"
            f"严重滞后{counts[ProgressStatus.SEVERE]}项、未报送{counts[ProgressStatus.MISSING]}项")
    if counts.get(ProgressStatus.PENDING):
        text += f"、待报送{counts[ProgressStatus.PENDING]}项"
    text += f"；{len(board.tasks)}项重点任务中滞后或未报送{len(board.lagging_tasks)}项。" if board.tasks else "。"
    if board.ranking:
        top = board.ranking[0]
        text += f"督导考核得分最高的是{top.department.name}（{top.score.total}分）。"
    return text


def programme_text(programme, task_rows) -> str:
    """One paragraph per programme: how its tasks and their indicators stand, in words."""
    if not task_rows:
        return "本工程无重点任务。"
    behind = [t for t in task_rows if t.status in (ProgressStatus.LAGGING, ProgressStatus.SEVERE,
                                                   ProgressStatus.MISSING)]
    parts = [f"共{len(task_rows)}项重点任务，"
             + (f"{len(task_rows) - len(behind)}项按序时推进，{len(behind)}项需加力推进。" if behind
                else "均按序时推进。")]
    for t in task_rows:
        figures = "、".join(f"{r.indicator.name}{indicator_cells(r)['actual']}{r.indicator.unit or ''}"
                           f"（{r.status_label}）" for r in t.indicators if r.actual is not None)
        progress = next((n.progress for n in t.notes if n.progress), "")
        line = f"任务{t.task.number}“{t.task.title}”{t.status_label}"
        if figures:
            line += f"，{figures}"
        if progress:
            line += f"；{progress.rstrip('。')}"
        parts.append(line + "。")
    return "".join(parts)


def _fonts(run, east_asia: str, size=None, bold=False):
    run.font.name = LATIN_FONT
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asia)
    if size:
        run.font.size = size
    run.bold = bold
    return run


def _paragraph(document, text, *, font=BODY_FONT, size=BODY_SIZE, bold=False, align=None, indent=True):
    paragraph = document.add_paragraph()
    if indent:
        paragraph.paragraph_format.first_line_indent = Pt(32)  # two characters
    if align is not None:
        paragraph.alignment = align
    _fonts(paragraph.add_run(text), font, size, bold)
    return paragraph


def _heading(document, text, font):
    return _paragraph(document, text, font=font, indent=True)


def _page_number_footer(section):
    """"— 1 —" centred at the foot of every page (a PAGE field, so Word and WPS number the pages)."""
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _fonts(paragraph.add_run("— "), LATIN_FONT, Pt(14))
    run = _fonts(paragraph.add_run(), LATIN_FONT, Pt(14))
    for kind, text in (("begin", None), (None, "PAGE"), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        elif text == "PAGE":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = "PAGE"
        else:
            element = OxmlElement("w:t")
            element.text = text
        run._element.append(element)
    _fonts(paragraph.add_run(" —"), LATIN_FONT, Pt(14))


def _setup(document):
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = LATIN_FONT, BODY_SIZE
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), BODY_FONT)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)
    _page_number_footer(section)


def _table(document, headers, rows):
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row_cells, values, bold in [(table.rows[0].cells, headers, True)] + [
            (table.add_row().cells, values, False) for values in rows]:
        for cell, value in zip(row_cells, values, strict=True):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.first_line_indent = None
            paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
            _fonts(paragraph.add_run(str(value)), BODY_FONT if not bold else HEADING_FONT, TABLE_SIZE, False)
    return table


def _title_block(document, board, period):
    office = f"{board.plan.zone.name}督查室" if getattr(board.plan, "zone", None) else "督查室"
    red = _paragraph(document, office, font=TITLE_FONT, size=Pt(26), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER,
                     indent=False)
    red.runs[0].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)  # 版头 in red, as 公文 are
    _paragraph(document, f"督导通报〔{board.plan.year}〕第{board.month}期", align=WD_ALIGN_PARAGRAPH.CENTER,
               indent=False)
    _paragraph(document, f"{board.plan.title}督导通报（{period}）", font=TITLE_FONT, size=TITLE_SIZE, bold=True,
               align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    _paragraph(document, f"（{board.today:%Y年%m月%d日}）", align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)


def _lagging(document, board):
    by_department = {}
    for row in board.lagging:
        if row.reporter:
            by_department.setdefault(row.reporter.name, []).append(
                f"{row.indicator.name}：{row.status_label}，低于序时进度{indicator_cells(row)['gap_points'] or '—'}个百分点")
    for task in board.lagging_tasks:
        for dept in task.leads[:1]:
            by_department.setdefault(dept.name, []).append(f"任务{task.task.number}“{task.task.title}”：{task.status_label}")
    if not by_department:
        _paragraph(document, "本期无滞后事项。")
    for name, items in by_department.items():
        _paragraph(document, f"{name}：" + "；".join(items) + "。")
        _paragraph(document, f"督办要求：请{name}分析滞后原因，于下期报送截止前提出追赶措施并报督查室。",
                   font=SUBHEADING_FONT)


def _gaps(document, board):
    """Tasks nothing supervises (未设节点): named, so the plan's gaps are closed rather than shown as 正常."""
    unset = board.unset_tasks
    if unset:
        names = "；".join(f"任务{t.task.number}“{t.task.title}”（{'、'.join(d.name for d in t.leads) or '—'}）"
                         for t in unset)
        _paragraph(document, f"督导缺口：以下{len(unset)}项任务既无量化指标也无工作节点（未设节点）：{names}。"
                             "请牵头部门于下期报送截止前在任务分解表中设置工作节点，报督查室审核。")


def docx_report(board) -> bytes:
    document = Document()
    _setup(document)
    period = board.period.label if board.period else f"{board.month}月"
    _title_block(document, board, period)
    _paragraph(document, summary_text(board))
    _heading(document, "一、重点工程推进情况", HEADING_FONT)
    for number, (programme, task_rows) in enumerate(board.programmes, start=1):
        _heading(document, f"（{_chinese_number(number)}）{programme.title}", SUBHEADING_FONT)
        _paragraph(document, programme_text(programme, task_rows))
    _heading(document, "二、指标完成情况", HEADING_FONT)
    cells = [indicator_cells(r) for r in board.indicators]
    _table(document, INDICATOR_HEADERS, [
        [i, c["name"], c["department"], c["target"], c["adjusted_target"] or "—", c["actual"], c["expected"],
         c["completion"], c["status"], c["forecast"]] for i, c in enumerate(cells, start=1)])
    _heading(document, "三、滞后事项及督办要求", HEADING_FONT)
    _lagging(document, board)
    _gaps(document, board)
    _heading(document, "四、部门督导考核排名", HEADING_FONT)
    _table(document, RANKING_HEADERS, [
        [r.rank, r.department.name, r.score.total, r.score.on_time, _or_dash(r.score.progress),
         _or_dash(r.score.support), r.record.overdue, r.record.returned] for r in board.ranking])
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
