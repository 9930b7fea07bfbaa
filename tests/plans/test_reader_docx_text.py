"""A .docx reads as Word shows it with its changes accepted: text inside tracked insertions, fields, smart tags and
content controls is read; tracked deletions, hidden text and field codes are not; a text box reads after its
paragraph. A table inside a cell
reads into that cell. An imported chunk (w:altChunk: an HTML page, a web archive, RTF or text that Word converts as it
opens the file) reads in its place by its format's reader."""
import io

import docx
from docx.oxml import parse_xml

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _run(text: str, properties: str = "") -> str:
    return f"<w:r><w:rPr>{properties}</w:rPr><w:t xml:space='preserve'>{text}</w:t></w:r>"


def _document(*paragraphs: str) -> bytes:
    """A .docx of paragraphs given as the XML inside each w:p (or a whole w:sdt block, given with its tag)."""
    document = docx.Document()
    body = document.element.body
    for inner in paragraphs:
        xml = inner if inner.startswith("<w:sdt") else f"<w:p>{inner}</w:p>"
        body.insert(len(body) - 1, parse_xml(xml.replace(">", f" {_NS}>", 1)))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_tracked_changes_read_accepted_insertions_in_and_deletions_out():
    data = _document(
        _run("1.培育企业。新增企业") + "<w:del w:id='1' w:author='x'><w:r><w:delText>20</w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='x'>" + _run("30") + "</w:ins>" + _run("家。（责任单位：区工信局"
        + "）") + "<w:ins w:id='3' w:author='x'>" + _run("（新增）") + "</w:ins>")
    assert document_text(data, "p.docx") == "1.培育企业。新增企业30家。（责任单位：区工信局）（新增）"
    assert [(t["value"], t["unit"]) for t in read_plan(data, "p.docx")["targets"]] == [(30, "家")]


def test_fields_smart_tags_and_hyperlinks_read_their_shown_text_not_their_codes():
    data = _document(
        _run("1.完成改造。") + "<w:smartTag w:uri='urn:x' w:element='date'>" + _run("2026年6月底前") + "</w:smartTag>"
        + _run("建成基站") + "<w:fldSimple w:instr=' MERGEFIELD 数量 '>" + _run("500") + "</w:fldSimple>" + _run("个。")
        + "<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"
          "<w:r><w:fldChar w:fldCharType='separate'/></w:r>" + _run("（附件1）") + "<w:r><w:fldChar w:fldCharType='end'/></w:r>")
    assert document_text(data, "p.docx") == "1.完成改造。2026年6月底前建成基站500个。（附件1）"


def test_hidden_text_is_not_read_and_a_text_box_is_not_read_into_the_paragraph_s_line():
    box = ("<w:r><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox><w:txbxContent><w:p>"
           + _run("批注框") + "</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    data = _document(_run("一、重点任务") + _run("（内部意见）", "<w:vanish/>") + box
                     + _run("（一）", "<w:vanish w:val='0'/>"))  # vanish turned off: shown
    assert document_text(data, "p.docx").splitlines() == ["一、重点任务（一）", "批注框"]


def test_paragraphs_inside_a_content_control_are_read_in_their_place():
    data = _document(_run("某区工作方案"),
                     "<w:sdt><w:sdtPr/><w:sdtContent><w:p>" + _run("1.培育企业。（责任单位：区工信局）")
                     + "</w:p></w:sdtContent></w:sdt>",
                     _run("2.引进人才。（责任单位：区人社局）"))
    assert document_text(data, "p.docx").splitlines() == [
        "某区工作方案", "1.培育企业。（责任单位：区工信局）", "2.引进人才。（责任单位：区人社局）"]


def test_a_text_box_reads_after_the_paragraph_it_is_anchored_in_once_not_from_its_fallback_copy():
    box = ("<w:txbxContent><w:p>" + _run("专栏1 重点项目") + "</w:p><w:p>" + _run("建成5G基站500个。") + "</w:p></w:txbxContent>")
    drawing = ("<mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
               "<mc:Choice Requires='wps'><w:drawing><wps:wsp xmlns:wps='http://schemas.microsoft.com/office/word/2010/"
               "wordprocessingShape'><wps:txbx>" + box + "</wps:txbx></wps:wsp></w:drawing></mc:Choice>"
               "<mc:Fallback><w:pict><v:shape xmlns:v='urn:schemas-microsoft-com:vml'><v:textbox>" + box
               + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>")
    data = _document(_run("一、重点任务"), _run("（一）建设信息基础设施。") + "<w:r>" + drawing + "</w:r>", _run("二、保障措施"))
    assert document_text(data, "p.docx").splitlines() == [
        "一、重点任务", "（一）建设信息基础设施。", "专栏1 重点项目", "建成5G基站500个。", "二、保障措施"]


def _with_chunk(content_type: str, data: bytes, relationship: str | None = None) -> bytes:
    """A .docx whose task part is an imported chunk (w:altChunk) of ``content_type``, between two paragraphs."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    document = docx.Document()
    document.add_paragraph("某区2026年产业发展行动方案")
    part = Part(PackURI("/word/afchunk1.dat"), content_type, data, document.part.package)
    found = document.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk")
    document.element.body.insert(1, parse_xml(
        f'<w:altChunk {_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:id="{relationship or found}"/>'))
    document.add_paragraph("二、保障措施")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_CHUNK_PAGE = ("<html><head><meta charset='gb2312'></head><body><p>一、重点任务</p>"
               "<p>（一）推进园区建设。新建标准厂房10万平方米。（责任单位：区建设局）</p>"
               "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr>"
               "<tr><td>1</td><td>培育企业，新增30家</td><td>区工信局</td></tr></table></body></html>")
_CHUNK_LINES = ["某区2026年产业发展行动方案", "一、重点任务", "（一）推进园区建设。新建标准厂房10万平方米。（责任单位：区建设局）",
                "序号 | 重点任务 | 牵头单位", "1 | 培育企业，新增30家 | 区工信局", "二、保障措施"]


def test_an_imported_html_chunk_reads_in_its_place_its_tasks_and_targets_with_the_rest():
    data = _with_chunk("text/html", _CHUNK_PAGE.encode("gb18030"))
    assert document_text(data, "p.docx").splitlines() == _CHUNK_LINES
    reading = read_plan(data, "p.docx")
    assert [(t["number"], t["lead"]) for t in reading["tasks"]] == [("（一）", ["区建设局"]), ("1", ["区工信局"])]
    assert [(t["value"], t["unit"]) for t in reading["targets"]] == [(10, "万平方米"), (30, "家")]


def test_an_imported_web_archive_rtf_or_text_chunk_reads_as_its_format_reads():
    archive = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
               "Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
               + __import__("base64").encodebytes(_CHUNK_PAGE.replace("gb2312", "utf-8").encode()).decode()
               + "\r\n--b--\r\n").encode()
    assert document_text(_with_chunk("message/rfc822", archive), "p.docx").splitlines() == _CHUNK_LINES
    rtf = ("{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f1\\fnil\\fcharset134 SimSun;}}\\pard\\f1 "
           + "".join(f"\\'{byte:02x}" for byte in "一、重点任务".encode("gbk")) + "\\par}").encode("ascii")
    assert document_text(_with_chunk("application/rtf", rtf), "p.docx").splitlines()[1] == "一、重点任务"
    text = "一、重点任务\r\n（一）推进园区建设。（责任单位：区建设局）".encode()
    assert document_text(_with_chunk("text/plain", text), "p.docx").splitlines()[1:3] == [
        "一、重点任务", "（一）推进园区建设。（责任单位：区建设局）"]


def test_an_imported_docx_chunk_reads_its_paragraphs_in_place():
    inner = docx.Document()
    inner.add_paragraph("一、重点任务")
    inner.add_paragraph("（一）推进园区建设。（责任单位：区建设局）")
    buffer = io.BytesIO()
    inner.save(buffer)
    data = _with_chunk("application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer.getvalue())
    assert document_text(data, "p.docx").splitlines() == [
        "某区2026年产业发展行动方案", "一、重点任务", "（一）推进园区建设。（责任单位：区建设局）", "二、保障措施"]
    broken = _with_chunk("application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK\x03\x04")
    assert document_text(broken, "p.docx").splitlines() == ["某区2026年产业发展行动方案", "二、保障措施"]


def test_an_empty_chunk_one_of_another_kind_or_one_not_there_gives_no_line_and_the_rest_reads():
    for data in (_with_chunk("text/html", b""), _with_chunk("image/png", b"\x89PNG"),
                 _with_chunk("text/html", _CHUNK_PAGE.encode(), relationship="rId999")):
        assert document_text(data, "p.docx").splitlines() == ["某区2026年产业发展行动方案", "二、保障措施"]
