"""Files out: the pool's .xlsx (the filtered list, as on the screen) and the 场景指南 as a Word document."""
import datetime
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

from actiondesk.core.numbers import rounded
from actiondesk.core.spreadsheets import xlsx_bytes
from actiondesk.transformation.selectors import pool_rows

POOL_TITLE = "数智绿色转型培育库"
POOL_HEADERS = ["企业名称", "统一社会信用代码", "所在园区", "四上状态", "最近诊断日期", "诊断方式", "总体成熟度等级",
                "智能工厂", "绿色工厂", "改造项目", "项目状态"]
BODY_FONT, HEADING_FONT = "仿宋", "黑体"
BODY_SIZE = Pt(14)


def _pool_lines(enterprises, today):
    batch = []
    for enterprise in enterprises.iterator(chunk_size=2000):
        batch.append(enterprise)
        if len(batch) == 2000:
            yield from pool_rows(batch, today=today)
            batch = []
    yield from pool_rows(batch, today=today)


def pool_export(enterprises, *, today: datetime.date) -> bytes:
    def rows():
        for row in _pool_lines(enterprises, today):
            e, d = row["enterprise"], row["diagnosis"]
            yield [e.name, e.credit_code, e.park.name if e.park_id else "", e.get_scale_status_display(),
                   d.diagnosed_on if d else None, d.get_method_display() if d else "", d.level_overall if d else None,
                   row["smart"].get_level_display() if row["smart"] else "",
                   row["green"].get_level_display() if row["green"] else "",
                   "；".join(p.name for p in row["projects"]),
                   "；".join(p.get_state_display() for p in row["projects"])]
    return xlsx_bytes(POOL_TITLE, POOL_HEADERS, rows(), freeze=(1, 1))


def _font(run, name, size):
    run.font.name = name
    run.font.size = size
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _paragraph(document, text, *, font=BODY_FONT, size=BODY_SIZE, bold=False, center=False):
    paragraph = document.add_paragraph()
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold = bold
    _font(run, font, size)
    return paragraph


def guides_docx(guides, *, zone_name: str) -> bytes:
    """分行业数字化转型场景指南: per industry its overview, typical scenes and the fitting solutions."""
    document = Document()
    _paragraph(document, f"{zone_name}分行业数字化转型场景指南", font=HEADING_FONT, size=Pt(22), bold=True, center=True)
    for number, guide in enumerate(guides, start=1):
        _paragraph(document, f"{number}. {guide.get_industry_display()}", font=HEADING_FONT, size=Pt(16), bold=True)
        if guide.introduction:
            _paragraph(document, guide.introduction)
        scenes = guide.scene_lines()
        if scenes:
            _paragraph(document, "典型场景", font=HEADING_FONT, size=Pt(14))
            for name, text in scenes:
                _paragraph(document, f"{name}：{text}" if text else name)
        solutions = list(guide.solutions.all())
        if solutions:
            _paragraph(document, "适用的“小快轻准”解决方案", font=HEADING_FONT, size=Pt(14))
            table = document.add_table(rows=1, cols=4)
            table.style = "Table Grid"
            for cell, header in zip(table.rows[0].cells, ["解决方案", "类别", "服务商", "参考价格（万元）"], strict=True):
                cell.text = header
            for s in solutions:
                cells = table.add_row().cells
                cells[0].text, cells[1].text, cells[2].text = s.name, str(s.get_category_display()), s.vendor
                cells[3].text = "" if s.reference_price is None else str(rounded(s.reference_price, 2))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
