"""A plan saved from its government web page (.html/.htm) reads as its text: the portal around the article — menus, a
breadcrumb, the 索引号/发布机构 box, footer and scripts — is left out, the page's title put first, a task table in the
page read row by row as a Word table is, a table that only lays the page out read as the blocks it holds."""
from pathlib import Path

import pytest

from actiondesk.plans.reader import read_plan
from actiondesk.plans.reader.documents import document_text
from actiondesk.plans.samples import SHENFU_2026_TEXT
from tests.plans.test_reader_errors import assert_refused

_NOTICE = "某区人民政府办公室关于印发《某区2026年营商环境优化行动方案》的通知"
_PLAN = ["各街道办事处，区政府各部门：", "《某区2026年营商环境优化行动方案》已经区政府同意，现印发给你们，请认真贯彻落实。",
         "某区2026年营商环境优化行动方案", "一、主要目标", "到2026年，新增市场主体5000户以上。", "二、重点任务",
         "（一）优化开办服务。全年新增企业3000户。（牵头单位：区市场监管局；配合单位：区税务局、区人社局）",
         "（二）深化一网通办。推进高频事项&ldquo;一件事&rdquo;集成办理。（责任单位：区数据局）"]
_TABLE = ("<table border='1'><tr><th>序 号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>配合单位</th></tr>"
          "<tr><td>1</td><td>提升办事效率</td><td>办理时限压缩50%以上</td><td rowspan='2'>区数据局</td><td>区司法局</td></tr>"
          "<tr><td>2</td><td>加强要素保障</td><td>供应工业用地500亩</td><td><p>区规划资源局</p><p>区财政局</p></td></tr>"
          "</table>")


def _portal(article: str, charset: str = "gb2312") -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{_NOTICE}_某区人民政府</title><script>var x = '9.假任务（责任单位：脚本局）';</script>"
            "<style>p { margin: 0 }</style></head><body><form id='form1'>"
            "<div class='top'><h1><a href='/'><img src='logo.png' alt='某区人民政府'></a></h1><ul>"
            "<li><a href='/'>首页</a></li><li><a href='/zwgk/'>政务公开</a></li></ul></div>"
            "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/zwgk/'>政务公开</a></div>"
            "<table class='meta'><tr><td>索引号：</td><td>123/2026-001</td><td>发布机构：</td><td>某区人民政府办公室</td></tr>"
            "</table>"
            f"<div class='title'>{_NOTICE}</div><div class='zoom'>{article}</div>"
            "<div class='footer'>主办单位：某区人民政府办公室 <a href='/map/'>网站地图</a> 某ICP备12345678号</div>"
            "</form></body></html>")


def _reading(data: bytes, filename: str = "page.html"):
    reading = read_plan(data, filename)
    return ([(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]],
            [(t["task"], t["value"], t["unit"], t["comparator"]) for t in reading["targets"]])


def test_a_portal_page_saved_in_gb2312_reads_as_its_article_with_the_title_first():
    page = _portal("".join(f"<p>{line}</p>" for line in _PLAN)).encode("gb18030")
    text = document_text(page, "page.html")
    assert text.splitlines()[0] == _NOTICE
    assert "索引号" not in text and "首页" not in text and "ICP" not in text and "脚本局" not in text
    tasks, targets = _reading(page)
    assert tasks == [("（一）", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"]),
                     ("（二）", "深化一网通办", ["区数据局"], [])]
    assert [(task, value, unit) for task, value, unit, _ in targets] == [(None, 5000, "户"), ("（一）", 3000, "户")]
    assert read_plan(page, "page.html")["title"] == "某区2026年营商环境优化行动方案"
    same_text = "\n".join([_NOTICE, *_PLAN]).replace("&ldquo;", "“").replace("&rdquo;", "”").encode()
    assert _reading(page) == _reading(same_text, "plan.txt")


def test_a_task_table_in_the_page_reads_row_by_row_with_a_unit_cell_spanning_rows():
    page = _portal("".join(f"<p>{line}</p>" for line in _PLAN) + "<p>附件：重点任务清单</p>" + _TABLE, "utf-8")
    text = document_text(page.encode("utf-8"), "page.htm")
    assert "2 | 加强要素保障 | 供应工业用地500亩 | 区数据局 | 区规划资源局、区财政局" in text
    tasks, targets = _reading(page.encode("utf-8"), "page.htm")
    assert tasks[2:] == [("1", "提升办事效率", ["区数据局"], ["区司法局"]),
                         ("2", "加强要素保障", ["区数据局"], ["区规划资源局", "区财政局"])]
    assert ("1", 50, "%", ">=") in targets and ("2", 500, "亩", ">=") in targets


def test_an_old_portal_laid_out_in_tables_reads_the_blocks_inside_its_cells():
    article = "".join(f"<p>{line}</p>" for line in _PLAN) + "<p>附件：重点任务清单</p>" + _TABLE
    page = ("<html><head><title>某区政府门户网站</title></head><body><table width='100%'><tr>"
            "<td width='200'><a href='/'>首页</a><br><a href='/zwgk/'>政务公开</a></td>"
            f"<td><table><tr><td class='bt'>{_NOTICE}</td></tr><tr><td>{article}</td></tr></table></td>"
            "</tr></table></body></html>")
    assert "某区政府门户网站" not in document_text(page.encode("utf-8"), "page.html")  # the portal's name is no title
    tasks, _ = _reading(page.encode("utf-8"))
    assert [number for number, *_ in tasks] == ["（一）", "（二）", "1", "2"]
    assert tasks[3] == ("2", "加强要素保障", ["区数据局"], ["区规划资源局", "区财政局"])


def test_a_plan_word_saved_as_a_web_page_joins_its_spans_and_reads_as_its_text():
    """Word's 另存为网页: every run a <span>, its own tags (<o:p>), &nbsp; for spaces, saved as Unicode (UTF-16)."""
    plan = SHENFU_2026_TEXT.read_text(encoding="utf-8")
    paragraphs = "".join(
        f"<p class=MsoNormal><span lang=ZH-CN>{line[:3]}</span><span style='font-family:仿宋'>{line[3:]}</span>"
        "<o:p>&nbsp;</o:p></p>" for line in plan.splitlines() if line.strip())
    page = ("<html xmlns:o='urn:schemas-microsoft-com:office:office'><head>"
            "<meta http-equiv=Content-Type content='text/html; charset=unicode'></head>"
            f"<body lang=ZH-CN><div class=WordSection1>{paragraphs}</div></body></html>")
    reading, text_reading = read_plan(page.encode("utf-16"), "plan.htm"), read_plan(plan.encode(), "plan.txt")
    assert len(reading["tasks"]) == 19 and len(reading["targets"]) == 38
    assert [(t["number"], t["title"], t["lead"], t["support"]) for t in reading["tasks"]] == [
        (t["number"], t["title"], t["lead"], t["support"]) for t in text_reading["tasks"]]
    assert [(t["value"], t["unit"], t["comparator"]) for t in reading["targets"]] == [
        (t["value"], t["unit"], t["comparator"]) for t in text_reading["targets"]]


@pytest.mark.parametrize(("data", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "二进制"),
    (b"<html><body><script>var a = 1;</script></body></html>", "没有可读的文字"),
])
def test_a_file_that_is_no_page_or_holds_no_text_is_refused_in_one_line(data, message):
    assert_refused(data, "page.html", message)


_PAGES = Path(__file__).parent / "fixtures" / "html"
_HELD_OUT = Path(__file__).parent / "heldout" / "documents"


@pytest.mark.parametrize("slug", sorted(path.stem for path in _PAGES.glob("*.html")))
def test_a_real_portal_page_reads_exactly_as_the_plan_text_read_out_of_it_by_hand(slug):
    """Government pages as their portals served them (fixtures/html/README.md): a county portal's CMS page with an
    editor's line in the article box, a page laid out in tables with the article in a one-column table, department
    pages with 索引号 boxes."""
    def reading(data: bytes, filename: str):
        found = read_plan(data, filename)
        return ([(t["number"], t["title"], t["lead"], t["support"]) for t in found["tasks"]],
                [(t["text"], t["value"], t["unit"], t["comparator"]) for t in found["targets"]])

    page = reading((_PAGES / f"{slug}.html").read_bytes(), f"{slug}.html")
    assert page[0]
    assert page == reading((_HELD_OUT / f"{slug}.txt").read_bytes(), f"{slug}.txt")


def test_a_table_headed_on_two_rows_in_the_page_reads_the_roles_under_the_spanning_label():
    table = ("<table><tr><th rowspan='2'>序号</th><th rowspan='2'>重点任务</th><th colspan='2'>责任单位</th></tr>"
             "<tr><th>牵头</th><th>配合</th></tr>"
             "<tr><td>1</td><td>优化开办服务，全年新增企业3000户</td><td>区市场监管局</td><td>区税务局、区人社局</td></tr>"
             "<tr><td>2</td><td>加强要素保障</td><td>区规划资源局</td><td></td></tr></table>")
    page = f"<html><body><p>某区2026年重点任务分解表</p>{table}</body></html>".encode()
    tasks, _ = _reading(page)
    assert [(number, lead, support) for number, _, lead, support in tasks] == [
        ("1", ["区市场监管局"], ["区税务局", "区人社局"]), ("2", ["区规划资源局"], [])]


def test_a_category_cell_spanning_rows_of_a_page_table_heads_them_as_a_group():
    table = ("<table><tr><td>类别</td><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
             "<tr><td rowspan='2'>政务环境</td><td>1</td><td>优化开办服务</td><td>区市场监管局</td><td>区税务局</td></tr>"
             "<tr><td>2</td><td>深化一网通办</td><td>区数据局</td><td>区财政局</td></tr></table>")
    page = f"<html><body><p>某区2026年重点任务分解表</p>{table}</body></html>".encode()
    assert "政务环境\n1 | 优化开办服务 | 区市场监管局 | 区税务局" in document_text(page, "page.html")
    tasks, _ = _reading(page)
    assert [(number, lead, support) for number, _, lead, support in tasks] == [
        ("1", ["区市场监管局"], ["区税务局"]), ("2", ["区数据局"], ["区财政局"])]


def _web_archive(page: str, charset: str, encoding: str) -> bytes:
    """A page saved as a single file (.mht): the page as a quoted-printable or base64 part beside an image."""
    from email.mime.image import MIMEImage
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    part = MIMEText(page, "html", charset)
    if encoding == "quoted-printable":
        from email.charset import QP, Charset

        qp = Charset(charset)
        qp.body_encoding = QP
        part = MIMEText(page, "html", qp)
    archive.attach(part)
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32, "png"))
    return archive.as_bytes()


@pytest.mark.parametrize(("charset", "encoding"), [("gb2312", "quoted-printable"), ("utf-8", "base64")])
def test_a_page_saved_as_a_single_file_web_archive_reads_as_the_page(charset, encoding):
    page = _portal("".join(f"<p>{line}</p>" for line in _PLAN), charset)
    archive = _web_archive(page, charset, encoding)
    assert _reading(archive, "通知.mht") == _reading(page.encode("gb18030" if charset == "gb2312" else charset))
    assert _reading(archive, "通知.mhtml")[0][0] == ("（一）", "优化开办服务", ["区市场监管局"], ["区税务局", "区人社局"])


def test_a_web_archive_without_a_page_is_refused_in_one_line():
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    archive = MIMEMultipart("related")
    archive.attach(MIMEText("只有文字", "plain", "utf-8"))
    assert_refused(archive.as_bytes(), "通知.mht", "网页存档中没有网页")
