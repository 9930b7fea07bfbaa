"""A plan saved from its government web page (.html/.htm): the page's article, without the portal around it.

A portal page holds the plan inside menus, a breadcrumb, a box of 索引号/发布机构 fields and a footer. The article is
the smallest element that still holds most of the page's own text (text not inside a link); the page's title is
put before it when the article does not begin with it (portals print the title in a block of its own). Paragraphs,
line breaks and list items are lines; a table that heads task rows (序号, a task column, a unit column) keeps its
rows between pipes as a Word table does (table_text.py), other data tables give a cell a line, and a table that
only lays the page out (a table inside its cells) is read as the blocks it holds.
"""

import email
import email.policy
import re

import lxml.etree
import lxml.html

from .table_text import cell_of, pipe_rows, task_table

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_-]+)""", re.I)
# Never the article (a <form> is not here: ASP.NET portals wrap the whole page in one).
_CHROME = ("script", "style", "noscript", "template", "nav", "header", "footer", "select", "button", "iframe", "svg",
           "object", "embed", "textarea")
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
           "pre", "dl", "dt", "dd", "center", "main", "aside", "figure", "figcaption", "caption", "address", "hr"}
# "关于印发…的通知_XX市人民政府", "…方案 - 中国政府网", "…|政策文件": the site's name after the page's own title
_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s-\s|——).*$")
_MOST, _BESIDE = 0.5, 0.25  # shares of a parent's own text: the box the article is in, a box beside it
_LONG_CELL = 300  # characters: a cell longer, of three paragraphs or more, holds an article, not a datum
_BOXES = {"div", "section", "article", "main", "form", "center", "font", "span", "body"}
# "关于印发…的通知", "…行动方案": a page title that names a document, not the portal ("某区政府门户网站")
_DOCUMENT_TITLE = re.compile(r"《|(?:通知|方案|计划|意见|要点|措施|办法|规划|清单|细则|分工|分解表|决定|公告|函)$")


# What a portal's CMS prints inside the article box, above or below the text: "发布日期：… 来源：…", "责任编辑：赵丹",
# "【打印本页】【关闭窗口】", "分享到：". Only at the box's two ends; a line in the plan's text is never dropped.
_ARTICLE_CHROME = re.compile(r"^(?:[【\[]?\s*(?:责任编辑|编辑|审核|审校|校对|来源|信息来源|文章来源|发布时间|发布日期|发文日期|"
                             r"浏览次数|点击数|访问量|字号|分享(?:到)?|打印本页|打印|关闭窗口|关闭|返回顶部)\s*[】\]]?[:：]?)"
                             r"(?:[^。；;]{0,60})$")


class PageUnreadable(ValueError):
    """The page cannot be parsed; the message is one line."""


def page_text(data: bytes) -> str:
    """The page's characters: UTF-16 after its byte-order mark; the charset its <meta> names (GB2312 read as its
    superset GB18030), else UTF-8, else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a page Word saved as Unicode
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise PageUnreadable("UTF-16 网页无法解码 (the UTF-16 page is damaged)") from None
    named = _CHARSET.search(data[:4096])
    encodings = ["utf-8-sig", "gb18030"]
    if named:
        encodings.insert(0, _python_charset(named.group(1).decode("ascii")))
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise PageUnreadable("无法识别网页编码 (unrecognised page encoding)")


def archived_page(data: bytes) -> bytes:
    """The page inside a web archive (.mht/.mhtml, "save as single file" in a browser or Word): its first HTML part,
    decoded from quoted-printable or base64, in its own charset."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            charset = part.get_content_charset()
            if charset and not _CHARSET.search(payload[:4096]):  # the charset named only in the part's header
                payload = payload.decode(_python_charset(charset), "replace").encode("utf-8")
            return payload
    raise PageUnreadable("网页存档中没有网页 (no HTML part in the web archive)")


def _python_charset(name: str) -> str:
    name = name.lower()
    return "gb18030" if name in ("gb2312", "gbk", "gb18030", "x-gbk") else name


def page_lines(data: bytes) -> list[str]:
    """The lines of the page's article, its title first."""
    try:
        root = lxml.html.document_fromstring(page_text(data).encode("utf-8"),
                                             parser=lxml.html.HTMLParser(encoding="utf-8", remove_comments=True))
    except (ValueError, lxml.etree.ParserError) as error:
        raise PageUnreadable(type(error).__name__) from None
    title = _title(root)
    for element in list(root.iter(*_CHROME)):
        if element.getparent() is not None:
            element.drop_tree()
    body = root.find("body")
    article = _article(body if body is not None else root)
    title = _heading_before(root, article) or title
    lines = _trimmed(_lines(article))
    # Not twice: the article may open with the title, whole or as the plan's own shorter title.
    if _DOCUMENT_TITLE.search(title) and not any(title in line or line in title and 2 * len(line) >= len(title) for line in lines[:3]):
        lines.insert(0, title)
    return lines


def _trimmed(lines: list[str]) -> list[str]:
    """The article's lines without the CMS's lines at either end."""
    start, end = 0, len(lines)
    while start < end and _ARTICLE_CHROME.match(lines[start]):
        start += 1
    while end > start and _ARTICLE_CHROME.match(lines[end - 1]):
        end -= 1
    return lines[start:end]


def _heading_before(root, article) -> str:
    """The document's title printed above the article in a block of its own ("<td class='title'>关于…的通知</td>"):
    the last element before it whose whole text, not a link's, names a document."""
    found = ""
    for element in root.iter():
        if element is article:
            return found
        if not isinstance(element.tag, str) or element.tag in ("html", "head", "title", "body"):
            continue
        text = " ".join(element.text_content().split())
        if 8 <= len(text) <= 80 and _DOCUMENT_TITLE.search(text) and _own_text(element) == len(text.replace(" ", "")):
            found = text
    return ""


def _title(root) -> str:
    """The page's <title> without the site's name after it; else its first <h1> (a portal's <h1> is often its logo)."""
    found = root.find(".//title")
    text = _SITE_SUFFIX.sub("", " ".join(found.text_content().split())) if found is not None else ""
    heading = root.find(".//h1")
    return text or (" ".join(heading.text_content().split()) if heading is not None else "")


def _own_text(element) -> int:
    """How many characters of ``element``'s text stand outside links (a menu is all links)."""
    return len(re.sub(r"\s+", "", element.text_content())) - sum(
        len(re.sub(r"\s+", "", link.text_content())) for link in element.iter("a"))


def _article(element):
    """The smallest element that holds the page's article: go down into the child holding most of the own text while
    it holds at least half of it, is a box of blocks (not a paragraph, not a data table) and no other box beside it
    holds a quarter (a plan split over two boxes, as Word saves a landscape annex, is kept whole)."""
    while True:
        total = _own_text(element)
        boxes = sorted(((_own_text(child), index, child) for index, child in enumerate(element)
                        if isinstance(child.tag, str) and _is_box(child)), key=lambda box: box[:2], reverse=True)
        if not total or not boxes or boxes[0][0] < _MOST * total or len(boxes) > 1 and boxes[1][0] >= _BESIDE * total:
            return element
        element = boxes[0][2]


def _is_box(element) -> bool:
    """A box of blocks the article may stand in: a division, or a part of a table that lays the page out."""
    if element.tag in ("tr", "td", "th", "tbody", "thead", "table"):
        table = element if element.tag == "table" else next(element.iterancestors("table"), None)
        return table is not None and _lays_out(table)
    # A division of blocks, not a paragraph: one of its children is a block ("<p>", "<div>", a table) with text.
    return element.tag in _BOXES and any(isinstance(child.tag, str) and (child.tag in _BLOCKS or child.tag == "table")
                                         and _own_text(child) for child in element)


def _lines(element) -> list[str]:
    lines: list[str] = []
    current: list[str] = []

    def flush():
        line = "".join(current).strip()
        if line:
            lines.append(" ".join(line.split()))
        current.clear()

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "table" and not _lays_out(node):
            flush()
            lines.extend(_table_lines(node))
        elif tag == "br":
            flush()
        else:
            block = tag in _BLOCKS or tag in ("table", "tr", "td", "th")
            if block:
                flush()
            if node.text and tag:
                current.append(node.text)
            for child in node:
                walk(child)
            if block:
                flush()
        if node.tail:
            current.append(node.tail)

    walk(element)
    flush()
    return lines


def _lays_out(table) -> bool:
    """A table that lays the page out rather than holding data: one with a table in its cells, one whose rows each
    hold a single cell (a portal's title row over its article row), or one with a cell of several long paragraphs.
    Its cells are read as blocks, not as a table's cells."""
    if any(True for _ in table.iterdescendants("table")):
        return True
    rows = [[cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")] for row in table.iter("tr")]
    if all(len(cells) <= 1 for cells in rows):
        return True
    return any(len(_own_blocks(cell)) >= 3 and _own_text(cell) > _LONG_CELL for cells in rows for cell in cells)


def _own_blocks(element) -> list:
    return [child for child in element.iter(*_BLOCKS) if child is not element and _own_text(child)]


def _table_lines(table) -> list[str]:
    """A data table's rows (a cell spanning columns once, one spanning rows repeated beside each row it spans, as
    Word shows it): between pipes under a head of task rows, else a cell a line."""
    rows: list[list[str]] = []
    own: list[str] = []  # each cell once, in reading order: a table that heads no task rows gives these
    below: dict[int, tuple[int, str]] = {}  # column → (rows still spanned, text)
    for tr in table.iter("tr"):
        cells: list[str] = []
        column = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while column in below:
                cells.append(_spanned(below, column))
                column += 1
            text = cell_of(_lines(cell))
            cells.append(text)
            own.append(text)
            if _span(cell, "rowspan") > 1:
                below[column] = (_span(cell, "rowspan") - 1, text)
            column += _span(cell, "colspan")
        while column in below:
            cells.append(_spanned(below, column))
            column += 1
        if any(cells):
            rows.append(cells)
    table = task_table(rows)  # rowspans repeated, as Word repeats a cell merged down: read as a Word table is
    if table:
        return pipe_rows(table)
    return [text for text in own if text]


def _spanned(below: dict, column: int) -> str:
    left, text = below[column]
    if left > 1:
        below[column] = (left - 1, text)
    else:
        del below[column]
    return text


def _span(cell, name: str) -> int:
    try:
        return max(1, min(int(cell.get(name, "1")), 1000))
    except ValueError:
        return 1
