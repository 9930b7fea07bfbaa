"""A task table in a .docx (or pasted into a .txt with tabs) keeps its rows: each row is read cell by cell, so an
empty cell, a cell with spaces, names one a paragraph or a unit cell merged down rows never push a column into the
next one."""
import io

import docx

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text

HEADER = ("序号", "重点任务", "具体措施", "牵头单位", "配合单位")


def _plan(rows, header=HEADER, merge_down=None, group_row=None) -> bytes:
    document = docx.Document()
    for line in ("某区2026年营商环境优化行动方案", "一、主要目标", "到2026年，新增市场主体5000户以上。", "二、重点任务",
                 "具体任务见附件。", "附件", "重点任务清单"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=len(header))
    for cell, label in zip(table.rows[0].cells, header, strict=True):
        cell.text = label
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            paragraphs = value if isinstance(value, list) else [value]
            cell.text = paragraphs[0]
            for more in paragraphs[1:]:
                cell.add_paragraph(more)
    if merge_down:  # (column, first row, last row), rows counted from 1 under the header
        column, first, last = merge_down
        table.cell(first, column).merge(table.cell(last, column))
        table.cell(first, column).text = rows[first - 1][column]
    if group_row is not None:  # (before row, text): a group row merged across the table
        before, text = group_row
        row = table.add_row()
        row._tr.getparent().remove(row._tr)
        table.rows[before]._tr.addprevious(row._tr)
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = text
    document.add_paragraph("三、保障措施")
    document.add_paragraph("（一）加强组织领导。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _tasks(data):
    return [(t["number"], t["title"], t["lead"], t["support"]) for t in read_plan(data, "plan.docx")["tasks"]]


def test_an_empty_support_cell_keeps_its_place_and_the_lead_stays_the_lead():
    data = _plan([("1", "优化开办服务", "全年新增企业3000户", "区市场监管局", "区税务局、区人社局"),
                  ("2", "加强要素保障", "供应工业用地500亩", "区规划资源局", "")])
    assert _tasks(data) == [("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                            ("2", "加强要素保障", ["区规划资源局"], [])]
    reading = read_plan(data, "plan.docx")
    assert [(t["task"], t["value"], t["unit"]) for t in reading["targets"]] == [
        (None, 5000, "户"), ("1", 3000, "户"), ("2", 500, "亩")]


def test_a_measure_without_punctuation_and_with_spaces_is_never_read_as_a_unit():
    data = _plan([("1.", "深化一网通办", "实现高频事项100%网上可办", "区数据局", "区各部门"),
                  ("2.", "强化人才支撑", "引进高层次人才 50名", "区人社局", "区科技局")])
    assert _tasks(data) == [("1", "深化一网通办", ["区数据局"], ["区各部门"]),
                            ("2", "强化人才支撑", ["区人社局"], ["区科技局"])]
    assert "2 | 强化人才支撑 | 引进高层次人才 50名 | 区人社局 | 区科技局" in document_text(data, "plan.docx")


def test_units_one_a_paragraph_are_one_cell_and_a_unit_cell_merged_down_rows_serves_each_row():
    data = _plan([("1", "优化开办服务", "压缩开办时间", "区市场监管局", ["区税务局", "区人社局"]),
                  ("2", "深化一网通办", "推进一网通办", "区数据局", "区政务服务中心"),
                  ("3", "提升办事效率", "推行告知承诺", "区数据局", "区司法局")], merge_down=(3, 2, 3))
    assert _tasks(data) == [("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                            ("2", "深化一网通办", ["区数据局"], ["区政务服务中心"]),
                            ("3", "提升办事效率", ["区数据局"], ["区司法局"])]


def test_a_table_that_heads_no_task_rows_is_still_read_one_cell_a_line():
    document = docx.Document()
    document.add_paragraph("某区2026年工作方案")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "1.引进重点项目。全年引进项目20个。"
    table.rows[0].cells[1].text = "牵头单位：投资促进局"
    buffer = io.BytesIO()
    document.save(buffer)
    assert document_text(buffer.getvalue(), "plan.docx").split("\n")[1:] == [
        "1.引进重点项目。全年引进项目20个。", "牵头单位：投资促进局"]


def test_a_group_row_merged_across_the_table_does_not_break_the_rows_around_it():
    data = _plan([("1", "优化开办服务", "压缩开办时间", "区市场监管局", "区税务局"),
                  ("2", "加强要素保障", "供应工业用地500亩", "区规划资源局", "区财政局")], group_row=(2, "二、要素保障"))
    assert "二、要素保障" in document_text(data, "plan.docx").split("\n")
    assert _tasks(data) == [("1", "优化开办服务", ["区市场监管局"], ["区税务局"]),
                            ("2", "加强要素保障", ["区规划资源局"], ["区财政局"])]


def test_a_task_table_pasted_into_a_text_file_with_tabs_reads_the_same_way_empty_last_cell_included():
    text = ("某区2026年营商环境优化行动方案\n一、主要目标\n到2026年，新增市场主体5000户以上。\n二、重点任务\n附件\n"
            "序号\t重点任务\t具体措施\t牵头单位\t配合单位\n"
            "1\t优化开办服务\t全年新增企业3000户\t区市场监管局\t区税务局、区人社局\n"
            "2\t加强要素保障\t供应工业用地500亩\t区规划资源局\t\n"
            "3\t强化人才支撑\t引进高层次人才 50名\t区人社局\t区科技局\n")
    reading = read_plan(text.encode("utf-8"), "plan.txt")
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]), ("2", "加强要素保障", ["区规划资源局"], []),
        ("3", "强化人才支撑", ["区人社局"], ["区科技局"])]
    assert [(t["task"], t["value"], t["unit"]) for t in reading["targets"]] == [
        (None, 5000, "户"), ("1", 3000, "户"), ("2", 500, "亩"), ("3", 50, "名")]


def test_many_rows_of_one_width_pasted_with_tabs_are_rows_not_the_lines_of_a_pdf_copy_joined_back():
    """Rows cut to one width look like a copy's printed lines; joining them ran the whole table into one task."""
    rows = [f"{n}\t推进第{n}项重点工作\t新增企业{n + 10}家\t区工信局\t区发改局、区财政局\t2026年底" for n in range(1, 41)]
    text = "某区2026年重点任务分解表\n序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\n" + "\n".join(rows)
    tasks = read_plan(text.encode("utf-8"), "plan.txt")["tasks"]
    assert [t["number"] for t in tasks] == [str(n) for n in range(1, 41)]
    assert tasks[-1]["lead"] == ["区工信局"] and tasks[-1]["support"] == ["区发改局", "区财政局"]


def test_a_line_with_one_tab_is_text_and_not_a_row():
    assert document_text("一、\t总体要求\n".encode(), "plan.txt") == "一、\t总体要求"


def test_a_markdown_task_table_reads_the_same_way_and_its_rule_line_is_dropped():
    text = ("# 某区2026年营商环境优化行动方案\n## 一、主要目标\n到2026年，新增市场主体5000户以上。\n## 二、重点任务\n"
            "| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |\n| --- | --- | :--- | --- | --- |\n"
            "| 1 | 优化开办服务 | 全年新增企业3000户 | 区市场监管局 | 区税务局、区人社局 |\n"
            "| 2 | **加强要素保障** | 供应工业用地500亩 | 区规划资源局 |  |\n")
    assert "---" not in document_text(text.encode(), "plan.md")
    reading = read_plan(text.encode(), "plan.md")
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]), ("2", "加强要素保障", ["区规划资源局"], [])]


def test_a_head_on_two_rows_reads_the_roles_printed_under_the_label_merged_across_them():
    """"责任单位" merged over "牵头" / "配合", the other labels merged down both rows: Word repeats them into the
    second row, which heads the table, its bare roles read as 牵头单位 / 配合单位."""
    document = docx.Document()
    document.add_paragraph("某区2026年重点任务分解表")
    table = document.add_table(rows=2, cols=6)
    for cell, label in zip(table.rows[1].cells, ("", "", "", "牵头", "配合", ""), strict=True):
        cell.text = label
    for column, label in ((0, "序号"), (1, "重点任务"), (2, "具体措施"), (5, "完成时限")):
        table.cell(0, column).merge(table.cell(1, column)).text = label
    table.cell(0, 3).merge(table.cell(0, 4)).text = "责任单位"
    for values in (("1", "优化开办服务", "全年新增企业3000户", "区市场监管局", "区税务局、区人社局", "2026年12月底"),
                   ("2", "加强要素保障", "供应工业用地500亩", "区规划资源局", "", "2026年6月底")):
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    assert _tasks(buffer.getvalue()) == [("1", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                                         ("2", "加强要素保障", ["区规划资源局"], [])]
