"""A plan kept as an old Word file (.doc, Word 97–2003, or a .wps in that format) reads as its text: paragraphs, a task table
row by row as in a .docx, fields as their results. The file-level tests use a real .doc saved by WPS
(fixtures/doc/README.md), its text replaced in place, so the file stays the binary format Word and WPS write."""
import io
import struct

import olefile
import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from tests.plans.test_reader_errors import assert_refused
from tests.plans.word97_files import FIXTURE, written_doc

_PLAN = ("某区2026年营商环境优化行动方案", "一、重点任务",
         "（一）优化开办服务。新增企业3000户。（牵头单位：区市场监管局；配合单位：区税务局）",
         [["序号", "重点任务", "牵头单位", "配合单位"],
          ["1", "加强要素保障，供应工业用地500亩", "区规划资源局", "区财政局\r区自然资源局"],
          ["2", "深化一网通办", "区数据局", ""]],
         "二、保障措施", "（一）加强组织领导。\x13 PAGE \\* MERGEFORMAT \x14 3\x15")


def test_a_real_doc_reads_its_main_text_paragraph_by_paragraph():
    lines = document_text(FIXTURE.read_bytes(), "办法.doc").splitlines()
    assert lines[0] == "全国投资项目在线审批监管平台运行管理暂行办法"
    assert lines[2] == "第一章 总 则" and lines[3].startswith("第一条 为加强全国投资项目在线审批监管平台")
    assert sum(line.startswith("第") and "条 " in line[:6] for line in lines) >= 20


def test_a_plan_in_a_doc_reads_its_items_and_its_task_table_row_by_row():
    data = written_doc(*_PLAN)
    assert "1 | 加强要素保障，供应工业用地500亩 | 区规划资源局 | 区财政局、区自然资源局" in document_text(data, "plan.doc")
    reading = read_plan(data, "plan.doc")
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("（一）", "优化开办服务", ["区市场监管局"], ["区税务局"]),
        ("1", "加强要素保障，供应工业用地500亩", ["区规划资源局"], ["区财政局", "区自然资源局"]),
        ("2", "深化一网通办", ["区数据局"], [])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(3000, "户"), (500, "亩")]
    assert read_plan(data, "plan.wps")["tasks"] == reading["tasks"]  # a .wps holding the Word 97 format reads alike


def test_an_empty_cell_keeps_its_place_and_a_field_shows_its_result_not_its_code():
    lines = document_text(written_doc(*_PLAN), "plan.doc").splitlines()
    assert "2 | 深化一网通办 | 区数据局 |" in lines
    assert "（一）加强组织领导。 3" in lines and not any("PAGE" in line for line in lines)


@pytest.mark.parametrize("name", ["made-up-task-table", "made-up-nested-table", "made-up-tracked-changes",
                                  "made-up-text-box", "made-up-word-lists"])
def test_a_doc_saved_by_libreoffice_reads_as_the_docx_it_was_saved_from(name):
    folder = FIXTURE.parent
    read = document_text((folder / f"{name}.doc").read_bytes(), "plan.doc")
    assert read == document_text((folder / f"{name}.docx").read_bytes(), "plan.docx")
    assert {"一、产业发展",  # a row of one cell merged across the table: a group row
            "3 | 建设城市大脑，接入系统20个 | 区数据局 | 区工信局",  # 区数据局 merged down from row 2 serves row 3
            "4、（新增） | 培育专精特新企业 | 区工信局 |",  # a first cell of two paragraphs keeps its row
            "2 | 推进场景开放、场景 数量、智慧园区 10个 | 区工信局",  # a table in a cell: its rows in that cell
            "1.培育企业。新增企业30家。（责任单位：区工信局）",  # '20' deleted, '30' inserted, '（内部意见）' hidden
            "专栏1 新型基础设施重点工程",  # a text box's paragraphs
            "（二）优化营商环境。（牵头单位：区营商局；配合单位：区数据局）",  # '（二）' drawn by a Word list
            } & set(read.splitlines())


def test_a_text_box_reads_after_the_paragraph_its_shape_is_anchored_in_and_its_figures_are_that_tasks():
    data = (FIXTURE.parent / "made-up-text-box.doc").read_bytes()
    lines = document_text(data, "plan.doc").splitlines()
    assert lines[2:9] == ["（一）建设新型基础设施。加快5G网络建设。（牵头单位：区工信局；配合单位：区住建局）",
                          "专栏1 新型基础设施重点工程", "1.5G网络工程。新建5G基站500个。", "2.算力工程。建成算力中心2个。",
                          "（二）推动数据开放。开放公共数据集100个。（牵头单位：区数据局）",
                          "专栏2 数据开放重点工程", "1.数据接口工程。开放数据接口50个。"]
    reading = read_plan(data, "plan.doc")
    assert [(t["task"], t["value"], t["unit"]) for t in reading["targets"]] == [
        ("（一）", 500, "个"), ("（一）", 2, "个"), ("（二）", 100, "个"), ("（二）", 50, "个")]


def test_a_doc_numbered_by_word_lists_reads_the_numbers_word_draws_its_tasks_and_targets():
    data = (FIXTURE.parent / "made-up-word-lists.doc").read_bytes()
    assert document_text(data, "plan.doc").splitlines() == [
        "某区2026年产业发展行动方案", "一、主要目标", "到2026年，规上工业产值达到500亿元。", "二、重点任务",
        "（一）推进园区建设。新建标准厂房10万平方米。（责任单位：区建设局）",
        "（二）优化营商环境。（牵头单位：区营商局；配合单位：区数据局）", "三、保障措施", "（一）加强组织领导。"]
    reading = read_plan(data, "plan.doc")
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("（一）", "推进园区建设", ["区建设局"], []), ("（二）", "优化营商环境", ["区营商局"], ["区数据局"])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(500, "亿元"), (10, "万平方米")]


def test_list_styles_number_their_paragraphs_a_list_started_elsewhere_starts_there_and_bullets_draw_nothing():
    # LibreOffice saves the .docx's start override (3) as a list of its own starting at 3 and the next item in the
    # list it overrode, which starts at 1: Word draws this .doc's items as 三、 then 一、, and so does the reader.
    lines = document_text((FIXTURE.parent / "made-up-list-styles.doc").read_bytes(), "plan.doc").splitlines()
    assert lines == ["三、第三项", "一、第四项", "1.甲", "2.乙", "要点", "正文"]


def test_a_paragraph_whose_style_is_linked_to_a_list_is_numbered_by_it():
    # The 'List Number' paragraphs' own list properties (sprmPIlvl 0, sprmPIlfo 4) turned into properties the
    # reader does not read: the list now comes from the style alone, as Word's numbered heading styles give it.
    data = (FIXTURE.parent / "made-up-list-styles.doc").read_bytes()
    own = bytes.fromhex("0a26000b460400")
    buffer = io.BytesIO(data)
    with olefile.OleFileIO(buffer, write_mode=True) as ole:
        document = ole.openstream("WordDocument").read()
        assert document.count(own) == 1
        ole.write_stream("WordDocument", document.replace(own, bytes.fromhex("03240010460000")))
    lines = document_text(buffer.getvalue(), "plan.doc").splitlines()
    assert lines[2:4] == ["1.甲", "2.乙"]


def test_a_doc_whose_list_tables_are_damaged_reads_its_paragraphs_without_their_numbers():
    data = _with_table_bytes((FIXTURE.parent / "made-up-word-lists.doc").read_bytes(), 73, b"\xff\x7f" * 20)
    assert document_text(data, "plan.doc").splitlines()[1:4] == [
        "主要目标", "到2026年，规上工业产值达到500亿元。", "重点任务"]


def test_a_text_box_whose_shape_is_not_listed_among_the_anchors_reads_at_the_end_not_lost():
    # A box inside a grouped shape names a child shape; the anchors list the group. Here the anchors' shape ids
    # are changed so that neither box's shape is listed.
    data = _with_shape_ids_changed((FIXTURE.parent / "made-up-text-box.doc").read_bytes())
    lines = document_text(data, "plan.doc").splitlines()
    assert lines[2:4] == ["（一）建设新型基础设施。加快5G网络建设。（牵头单位：区工信局；配合单位：区住建局）",
                          "（二）推动数据开放。开放公共数据集100个。（牵头单位：区数据局）"]
    boxes = lines[lines.index("（一）加强组织领导。") + 1:]  # in the order of the text-box story
    assert sorted([boxes[:3], boxes[3:]] if boxes[0].startswith("专栏1") else [boxes[2:], boxes[:2]]) == [
        ["专栏1 新型基础设施重点工程", "1.5G网络工程。新建5G基站500个。", "2.算力工程。建成算力中心2个。"],
        ["专栏2 数据开放重点工程", "1.数据接口工程。开放数据接口50个。"]]


def _with_shape_ids_changed(data: bytes) -> bytes:
    def change(table: bytearray, fc: int, lcb: int):
        shapes = (lcb - 4) // 30
        for shape in range(shapes):
            struct.pack_into("<i", table, fc + 4 * (shapes + 1) + 26 * shape, 9000 + shape)

    return _with_table_changed(data, 40, change)  # fcPlcSpaMom


def _with_table_bytes(data: bytes, index: int, written: bytes) -> bytes:
    """The .doc with ``written`` over the start of the table-stream structure of FibRgFcLcb97's ``index``-th pair."""
    def change(table: bytearray, fc: int, lcb: int):
        table[fc:fc + len(written)] = written

    return _with_table_changed(data, index, change)


def _with_table_changed(data: bytes, index: int, change) -> bytes:
    buffer = io.BytesIO(data)
    with olefile.OleFileIO(buffer, write_mode=True) as ole:
        document = ole.openstream("WordDocument").read()
        name = "1Table" if struct.unpack_from("<H", document, 0x0A)[0] & 0x0200 else "0Table"
        table = bytearray(ole.openstream(name).read())
        position = 32 + 2 + 2 * struct.unpack_from("<H", document, 32)[0]
        position += 2 + 4 * struct.unpack_from("<H", document, position)[0] + 2
        change(table, *struct.unpack_from("<II", document, position + index * 8))
        ole.write_stream(name, bytes(table))
    return buffer.getvalue()


def test_a_first_cell_of_several_paragraphs_and_empty_last_cells_keep_the_row_whole():
    read = document_text(written_doc("某区工作方案", [
        ["序号", "重点任务", "牵头单位", "配合单位"],
        ["1\r（新增）", "培育专精特新企业，新增30家", "区工信局", ""],
        ["2", "建设人才公寓", "", ""],
        ["3", "", "", ""]], "二、保障措施"), "plan.doc").splitlines()
    assert read == ["某区工作方案", "序号 | 重点任务 | 牵头单位 | 配合单位", "1、（新增） | 培育专精特新企业，新增30家 | 区工信局 |",
                    "2 | 建设人才公寓 |  |", "3 |  |  |", "二、保障措施"]


def test_cells_merged_across_are_read_once_and_a_cell_merged_down_serves_each_row():
    from tests.plans.word97_files import MERGE_STARTS, MERGED_ACROSS, MERGED_DOWN

    read = document_text(written_doc([
        ["序号", "重点任务", "牵头单位", "配合单位"],
        [("一、产业发展", 0x0001), ("", MERGED_ACROSS), ("", MERGED_ACROSS), ("", MERGED_ACROSS)],
        ["1", "建设算力中心", ("区发展改革局", MERGED_DOWN | MERGE_STARTS), "区工信局"],
        ["2", "开放应用场景", ("", MERGED_DOWN), "区数据局"],
        ["3", "培育数据企业", "区数据局", ""]]), "plan.doc").splitlines()
    assert read == ["序号 | 重点任务 | 牵头单位 | 配合单位", "一、产业发展", "1 | 建设算力中心 | 区发展改革局 | 区工信局",
                    "2 | 开放应用场景 | 区发展改革局 | 区数据局", "3 | 培育数据企业 | 区数据局 |"]


def test_two_tables_parted_by_a_paragraph_read_as_two_tables():
    read = document_text(written_doc(
        [["序号", "重点任务", "牵头单位"], ["1", "建设算力中心", "区发展改革局"]], "附件2",
        [["序号", "重点任务", "责任单位"], ["1", "开放应用场景", "区数据局"]]), "plan.doc").splitlines()
    assert read == ["序号 | 重点任务 | 牵头单位", "1 | 建设算力中心 | 区发展改革局", "附件2",
                    "序号 | 重点任务 | 责任单位", "1 | 开放应用场景 | 区数据局"]


@pytest.mark.parametrize(("data", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504, "无法读取 .doc 文件，可在 Word 或 WPS 中“另存为”.docx"),
    (b"plain text saved as doc", "不是有效的 .doc 文件"),
])
def test_a_doc_that_is_no_word_file_is_refused_in_one_line(data, message):
    assert_refused(data, "plan.doc", message)


def test_a_doc_whose_paragraph_properties_are_damaged_is_refused_not_read_as_guessed_rows():
    assert_refused(written_doc("一、重点任务", pages_at=0x3FFFFF), "plan.doc", "另存为")


def test_a_web_page_or_a_docx_served_under_a_doc_name_is_read_as_what_it_is():
    page = "<html><body><p>某区工作方案</p><p>一、重点任务</p><p>1.培育企业。（责任单位：区工信局）</p></body></html>"
    assert [t["lead"] for t in read_plan(page.encode("gb18030"), "下载.doc")["tasks"]] == [["区工信局"]]
