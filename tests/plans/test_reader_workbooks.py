"""A plan kept in an Excel workbook (.xlsx) reads as the same plan in Word: a 任务分解表 sheet row by row, each cell
in its column; a merged unit cell serves each row it spans; a sheet of paragraphs reads as the text it holds."""
import io
from pathlib import Path

import openpyxl
import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from actiondesk.plans.samples import SHENFU_2026_TEXT
from tests.plans.test_reader_docx_tables import HEADER
from tests.plans.test_reader_docx_tables import _plan as word_plan
from tests.plans.test_reader_errors import assert_refused

_ROWS = [("1", "优化开办服务", "全年新增企业3000户", "区市场监管局", "区税务局、区人社局"),
         ("2", "深化一网通办", "实现高频事项100%网上可办", "区数据局", "区政务服务中心"),
         ("3", "加强要素保障", "供应工业用地500亩", "区规划资源局", "")]


def _xlsx(*sheets, hidden=()) -> bytes:
    """A workbook of (name, rows, merges) sheets; ``hidden`` names sheets hidden from view."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows, merges in sheets:
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
        for cells in merges:
            sheet.merge_cells(cells)
        if name in hidden:
            sheet.sheet_state = "hidden"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _reading(data: bytes, filename: str = "plan.xlsx"):
    reading = read_plan(data, filename)
    return ([(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]],
            [(t["task"], t["value"], t["unit"], t["comparator"]) for t in reading["targets"]])


def test_a_task_table_sheet_reads_as_the_same_table_in_a_word_file():
    opening = [("某区2026年营商环境优化行动方案",), ("一、主要目标",), ("到2026年，新增市场主体5000户以上。",),
               ("二、重点任务",), ("具体任务见附件。",), ("附件",), ("重点任务清单",)]
    data = _xlsx(("方案", [*opening, HEADER, *_ROWS, ("三、保障措施",), ("（一）加强组织领导。",)], []))
    assert _reading(data) == _reading(word_plan(_ROWS), "plan.docx")
    tasks, targets = _reading(data)
    assert tasks == [("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                     ("2", "深化一网通办", ["区数据局"], ["区政务服务中心"]),
                     ("3", "加强要素保障", ["区规划资源局"], [])]
    assert (None, 5000, "户", ">=") in targets and ("3", 500, "亩", ">=") in targets


def test_a_title_row_above_the_head_a_merged_unit_cell_and_group_rows_keep_every_row_in_its_columns():
    rows = [("某区2026年营商环境优化任务分解表",), ("序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时限"),
            ("一、优化政务环境",),
            (1, "优化开办服务", "全年新增企业3000户", "区市场监管局", "区税务局\n区人社局", "2026年12月底"),
            (2, "深化一网通办", "推进一网通办", "区数据局", "区政务服务中心"),
            (3, "提升办事效率", "办理时限压缩50%以上", None, "区司法局"),
            ("二、优化要素环境",), ("4", "加强要素保障", "供应工业用地500亩", "区规划资源局"),
            ("注：各单位每季度末报送进展。",)]
    data = _xlsx(("任务分解表", rows, ["A1:F1", "D5:D6", "A7:F7"]))
    text = document_text(data, "plan.xlsx")
    assert text.splitlines()[:3] == ["某区2026年营商环境优化任务分解表", "序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 | 完成时限",
                                     "一、优化政务环境"]
    assert "1 | 优化开办服务 | 全年新增企业3000户 | 区市场监管局 | 区税务局、区人社局 | 2026年12月底" in text  # 1.0 → 1
    assert "4 | 加强要素保障 | 供应工业用地500亩 | 区规划资源局 |  |\n" in text  # empty cells kept in place
    tasks, targets = _reading(data)
    assert tasks == [("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                     ("2", "深化一网通办", ["区数据局"], ["区政务服务中心"]),
                     ("3", "提升办事效率", ["区数据局"], ["区司法局"]),
                     ("4", "加强要素保障", ["区规划资源局"], [])]
    assert [(task, value, unit) for task, value, unit, _ in targets] == [
        ("1", 3000, "户"), ("3", 50, "%"), ("4", 500, "亩")]
    assert read_plan(data, "plan.xlsx")["title"] == "某区2026年营商环境优化任务分解表"


def test_a_plan_typed_one_paragraph_a_row_reads_as_its_text_and_hidden_sheets_are_not_read():
    plan = SHENFU_2026_TEXT.read_text(encoding="utf-8")
    paragraphs = [(line,) for line in plan.splitlines() if line.strip()]
    data = _xlsx(("方案", paragraphs, []), ("草稿", [("9.删除的任务。（责任单位：某局）",)], []), hidden=("草稿",))
    reading, text_reading = read_plan(data, "plan.xlsx"), read_plan(plan.encode(), "plan.txt")
    assert len(reading["tasks"]) == 19 and len(reading["targets"]) == 38
    assert [(t["number"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        (t["number"], t["lead"], t["support"]) for t in text_reading["tasks"]]
    assert "某局" not in document_text(data, "plan.xlsx")


def test_every_visible_sheet_is_read_in_order():
    body = ("某区2026年工作方案", "一、重点任务", "1.培育企业。新增企业10家。（责任单位：区工信局）")
    more = ("2.引进人才。引进人才50名。（责任单位：区人社局）",)
    tasks, _ = _reading(_xlsx(("一", [(line,) for line in body], []), ("二", [(line,) for line in more], [])))
    assert [(number, lead) for number, _, lead, _ in tasks] == [("1", ["区工信局"]), ("2", ["区人社局"])]


@pytest.mark.parametrize(("data", "message"), [
    (b"not a zip at all", "不是有效的 .xlsx 文件"),
    (b"PK\x05\x06" + b"\x00" * 18, "无法打开 .xlsx 文件"),  # an empty zip archive: no workbook inside
])
def test_a_damaged_workbook_is_refused_in_one_line(data, message):
    assert_refused(data, "plan.xlsx", message)


def test_a_workbook_with_no_text_is_refused():
    assert_refused(_xlsx(("空", [], [])), "plan.xlsx", "没有可读的文字")


@pytest.mark.parametrize(("parent", "lead", "support"), [("责任单位", "牵头单位", "配合单位"), ("责任单位", "牵头", "配合"),
                                                         ("责任部门", "牵头", "协同")])
def test_a_head_on_two_rows_names_each_column_under_a_label_merged_across_them(parent, lead, support):
    """"责任单位" merged over "牵头单位" / "配合单位", the other labels merged down both rows: the common 任务分解表."""
    rows = [("某区2026年重点任务分解表",), ("序号", "重点任务", "具体措施", parent, None, "完成时限"),
            (None, None, None, lead, support, None),
            (1, "优化开办服务", "全年新增企业3000户", "区市场监管局", "区税务局\n区人社局", "2026年12月底"),
            (2, "加强要素保障", "供应工业用地500亩", "区规划资源局", None, "2026年6月底")]
    data = _xlsx(("分解表", rows, ["A1:F1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3"]))
    tasks, targets = _reading(data)
    assert tasks == [("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                     ("2", "加强要素保障", ["区规划资源局"], [])]
    assert [(task, value) for task, value, _, _ in targets] == [("1", 3000), ("2", 500)]


def test_a_category_column_before_the_number_heads_its_rows_and_a_unit_cell_may_say_who_leads():
    rows = [("领域", "序号", "重点任务", "责任单位", "完成时限"),
            ("政务环境", 1, "优化开办服务，新增企业3000户", "区市场监管局（牵头）、区税务局", "2026年底"),
            (None, 2, "深化一网通办", "牵头单位：区数据局；配合单位：区财政局", "2026年底"),
            ("要素环境", 3, "加强要素保障", "区规划资源局", "2026年6月")]
    text = document_text(_xlsx(("分解表", rows, ["A2:A3"])), "plan.xlsx")
    assert text.splitlines()[:3] == ["序号 | 重点任务 | 责任单位 | 完成时限", "政务环境",
                                     "1 | 优化开办服务，新增企业3000户 | 区市场监管局（牵头）、区税务局 | 2026年底"]
    tasks, _ = _reading(_xlsx(("分解表", rows, ["A2:A3"])))
    assert tasks == [("1", "优化开办服务，新增企业3000户", ["区市场监管局"], ["区税务局"]),
                     ("2", "深化一网通办", ["区数据局"], ["区财政局"]), ("3", "加强要素保障", ["区规划资源局"], [])]


_XLS = Path(__file__).parent / "fixtures" / "xls" / "task-table-two-row-head.xls"


def test_an_excel_97_workbook_reads_as_the_same_table_in_an_xlsx():
    """An .xls (fixtures/xls/README.md): a title merged across, a head on two rows, group rows merged across, units
    one a line in their cell, a hidden sheet."""
    tasks, targets = _reading(_XLS.read_bytes(), "分解表.xls")
    assert tasks == [("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                     ("2", "深化一网通办", ["区数据局"], ["区政务服务中心"]),
                     ("3", "提升办事效率", ["区数据局"], ["区司法局"]),
                     ("4", "加强要素保障", ["区规划资源局"], [])]
    assert [(task, value, unit) for task, value, unit, _ in targets] == [
        ("1", 3000, "户"), ("2", 100, "%"), ("3", 50, "%"), ("4", 500, "亩")]
    assert "某局" not in document_text(_XLS.read_bytes(), "分解表.xls")  # the hidden sheet


@pytest.mark.parametrize(("data", "message"), [
    (b"PK\x03\x04 a zip, not an Excel 97 file", "不是有效的 .xls 文件"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "无法打开 .xls 文件"),
])
def test_a_damaged_or_mislabelled_xls_is_refused_in_one_line(data, message):
    assert_refused(data, "分解表.xls", message)


def test_a_wps_spreadsheet_holding_an_excel_workbook_reads_as_that_workbook():
    assert _reading(_XLS.read_bytes(), "分解表.et") == _reading(_XLS.read_bytes(), "分解表.xls")


def test_a_wps_spreadsheet_in_its_own_format_is_refused_with_the_format_to_save_it_as():
    """An .et whose compound file holds no Excel 97 Workbook stream (an empty one, a Word file) is not read."""
    word = (Path(__file__).parent / "fixtures" / "doc" / "made-up-task-table.doc").read_bytes()
    for data in (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, word):
        assert_refused(data, "分解表.et", "“另存为”.xlsx")


def test_a_paragraph_merged_down_rows_outside_a_table_is_read_once():
    rows = [("某区2026年工作方案",), ("一、重点任务",), ("1.培育企业。新增企业10家。（责任单位：区工信局）",), (None,), (None,),
            ("2.引进人才。引进人才50名。（责任单位：区人社局）",)]
    data = _xlsx(("方案", rows, ["A3:A5"]))
    assert document_text(data, "plan.xlsx").count("培育企业") == 1
    tasks, _ = _reading(data)
    assert [(number, lead) for number, _, lead, _ in tasks] == [("1", ["区工信局"]), ("2", ["区人社局"])]
