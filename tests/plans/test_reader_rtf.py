"""A plan kept as an RTF file (.rtf, as Word and WPS save one, or served under a .doc name) reads as its text:
paragraphs in the document's code page or as \\uN, auto-numbers as printed, fields as their results, what is no
text of the plan (font tables, headers, pictures, \\* destinations, hidden text) left out, a task table row by
row as from a .docx."""
import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from tests.plans.test_reader_errors import assert_refused
from tests.plans.word97_files import FIXTURE


def _gbk(text: str) -> str:
    """Text as Word writes it in a GB2312 font: each byte of its GBK code as \\'hh."""
    return "".join(f"\\'{byte:02x}" for byte in text.encode("gbk"))


def _row(*cells: str, merges: tuple[str, ...] = ()) -> str:
    edges = "".join(f"{merges[i] if i < len(merges) else ''}\\cellx{1500 * (i + 1)}" for i in range(len(cells)))
    body = "".join(f"\\pard\\intbl {{\\f1 {_gbk(cell)}}}\\cell " for cell in cells)
    return f"\\trowd\\trgaph108{edges}{body}{{\\trowd{edges}\\row}}"


_WORD_STYLE = (
    "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}"
    "{\\f1\\fnil\\fcharset134 " + _gbk("宋体") + ";}}{\\colortbl;\\red0\\green0\\blue0;}"
    "{\\info{\\title " + _gbk("不是正文") + "}}{\\header\\pard{\\f1 " + _gbk("页眉不是正文") + "}\\par}"
    "\\pard\\plain{\\f1 " + _gbk("某区2026年营商环境优化行动方案") + "}\\par"
    "\\pard{\\listtext\\pard\\plain\\f1 " + _gbk("一、") + "\\tab}{\\f1 " + _gbk("重点任务") + "}\\par"
    "\\pard{\\f1 " + _gbk("（一）优化开办服务。新增企业3000户。") + "}{\\v\\f1 " + _gbk("隐藏的批注") + "}"
    "{\\f1 " + _gbk("（牵头单位：区市场监管局；配合单位：区税务局、区人社局）") + "}\\par"
    "\\pard{\\f1 " + _gbk("（二）建设") + "\\u36890\\'3f\\u-10176\\'3f\\u-9216\\'3f" + _gbk("平台。") + "}"
    "{\\field{\\*\\fldinst{HYPERLINK \"http://example.gov.cn\"}}{\\fldrslt{\\f1 " + _gbk("详见附件") + "}}}"
    "{\\*\\bkmkstart t1}{\\*\\unknowndestination " + _gbk("不是正文") + "}"
    "{\\pict\\pngblip\\bin4 {}\\}" + "}\\line{\\f1 " + _gbk("（责任单位：区数据局）") + "}\\par"
    + _row("序号", "重点任务", "牵头单位", "配合单位")
    + _row("1", "培育专精特新企业，新增30家", "区工信局", "区科技局", merges=("", "", "\\clvmgf", ""))
    + _row("2", "建设人才公寓", "", "区住建局", merges=("", "", "\\clvmrg", ""))
    + "\\pard\\plain{\\f1 " + _gbk("二、保障措施") + "}\\par}"
)


@pytest.mark.parametrize("name", ["made-up-task-table", "made-up-nested-table", "made-up-tracked-changes"])
def test_an_rtf_saved_by_libreoffice_reads_as_the_docx_it_was_saved_from(name):
    folder = FIXTURE.parent
    read = document_text((folder / f"{name}.rtf").read_bytes(), "plan.rtf")
    assert read == document_text((folder / f"{name}.docx").read_bytes(), "plan.docx")
    assert len(read.splitlines()) >= 3


def test_a_word_style_rtf_reads_its_gbk_text_numbers_fields_and_table_and_nothing_else():
    lines = document_text(_WORD_STYLE.encode("ascii"), "方案.rtf").splitlines()
    assert lines == [
        "某区2026年营商环境优化行动方案", "一、重点任务",
        "（一）优化开办服务。新增企业3000户。（牵头单位：区市场监管局；配合单位：区税务局、区人社局）",
        "（二）建设通\U00020000平台。详见附件", "（责任单位：区数据局）",
        "序号 | 重点任务 | 牵头单位 | 配合单位", "1 | 培育专精特新企业，新增30家 | 区工信局 | 区科技局",
        "2 | 建设人才公寓 | 区工信局 | 区住建局",  # the lead cell merged down from row 1 serves row 2
        "二、保障措施"]


def test_a_plan_in_an_rtf_reads_its_tasks_and_targets():
    reading = read_plan(_WORD_STYLE.encode("ascii"), "方案.rtf")
    assert [(t["number"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        ("（一）", ["区市场监管局"], ["区税务局", "区人社局"]), ("（二）", ["区数据局"], []),
        ("1", ["区工信局"], ["区科技局"]), ("2", ["区工信局"], ["区住建局"])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(3000, "户"), (30, "家")]


def test_an_rtf_served_under_a_doc_name_is_read_as_rtf():
    assert read_plan(_WORD_STYLE.encode("ascii"), "下载.doc")["tasks"] == read_plan(
        _WORD_STYLE.encode("ascii"), "方案.rtf")["tasks"]


@pytest.mark.parametrize(("data", "message"), [
    (b"plain text saved as rtf", "不是有效的 .rtf 文件"),
    (b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}\\pard\\par}", "没有可读的文字"),
])
def test_an_rtf_without_rtf_or_without_text_is_refused_in_one_line(data, message):
    assert_refused(data, "plan.rtf", message)


def _shape(*paragraphs: str) -> str:
    """A text box as Word writes one: the shape's properties, its text (\\shptxt), and a drawn copy for older readers
    (\\shprslt) holding the same text again."""
    text = "".join(f"\\pard{{\\f1 {_gbk(paragraph)}}}\\par " for paragraph in paragraphs)
    return ("{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpright4000\\shpbottom2000\\shpfhdr0\\shpwr3"
            "{\\sp{\\sn shapeType}{\\sv 202}}{\\sp{\\sn fillColor}{\\sv 16777215}}"
            "{\\shptxt " + text + "}}"
            "{\\shprslt{\\*\\do\\dobxcolumn\\dptxbx{\\dptxbxtext " + text + "}}" + text + "}}")


def test_a_text_box_reads_once_after_the_paragraph_its_shape_stands_in():
    plan = ("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f1\\fnil\\fcharset134 " + _gbk("宋体") + ";}}"
            "\\pard{\\f1 " + _gbk("某区2026年数字经济发展行动方案") + "}\\par"
            "\\pard{\\f1 " + _gbk("（一）建设新型基础设施。") + "}"
            + _shape("专栏1 新型基础设施重点工程", "1.5G网络工程。新建5G基站500个。")
            + "{\\f1 " + _gbk("加快5G网络建设。（牵头单位：区工信局）") + "}\\par"
            "\\pard{\\f1 " + _gbk("（二）推动数据开放。开放公共数据集100个。（牵头单位：区数据局）") + "}\\par}")
    assert document_text(plan.encode("ascii"), "plan.rtf").splitlines() == [
        "某区2026年数字经济发展行动方案", "（一）建设新型基础设施。加快5G网络建设。（牵头单位：区工信局）",
        "专栏1 新型基础设施重点工程", "1.5G网络工程。新建5G基站500个。",
        "（二）推动数据开放。开放公共数据集100个。（牵头单位：区数据局）"]
    reading = read_plan(plan.encode("ascii"), "plan.rtf")
    assert [(t["task"], t["value"]) for t in reading["targets"]] == [("（一）", 500), ("（二）", 100)]
