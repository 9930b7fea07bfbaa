"""Plans printed to PDF as a clerk prints a portal's page: each paragraph of a plan's text a <p> set in two characters,
its pipe-table rows a ruled table, the page numbered '— N —' at its foot — by Debian's chromium, the browser the suite
drives (``page.pdf``). ``mirrored`` sets a book's left and right pages a centimetre apart; ``official`` lays the
page out as a 公文: titles centred in larger type, the document's number centred, the addressee at the margin, the
signature and date set right."""

import html
import re

_STYLE = ("body{font-family:'WenQuanYi Micro Hei';font-size:16pt;line-height:1.6}"
          "p{margin:0;text-indent:2em;text-align:justify}"
          "table{border-collapse:collapse;font-size:11pt}td{border:1px solid #000;padding:2px}"
          "@page{size:A4;margin:3.7cm 2.6cm 3.5cm 2.8cm}")
_OFFICIAL = ("p.t{text-indent:0;text-align:center;font-size:21pt;line-height:1.5}p.n{text-indent:0;text-align:center}"
             "p.a{text-indent:0}p.r{text-indent:0;text-align:right;padding-right:4em}")
_MIRRORED = "@page :left{margin-left:2.2cm;margin-right:3.2cm}@page :right{margin-left:3.2cm;margin-right:2.2cm}"
_FOOTER = '<div style="width:100%;text-align:center;font-size:14pt">— <span class="pageNumber"></span> —</div>'


_DATE = re.compile(r"^(?:\d{4}|[〇○零一二]{4})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日$")
_TITLE = re.compile(r"(?:方案|计划|意见|通知|措施|办法|规划|细则|举措|要点|清单|决定)(?:（[^（）]{0,20}）)?$")
_NUMBER = re.compile(r"^[^，。]{0,12}〔\d{4}〕\d+号$")
_ITEM = re.compile(r"^[（(]?[一二三四五六七八九十\d]+[、.．）)]")


def _official_classes(lines: list[str]) -> list[str]:
    """Each line's place on a 公文's page: t a title, n the number, a the addressee, r the signature and date, p a
    paragraph set in."""
    classes = []
    for index, line in enumerate(line.strip() for line in lines):
        kind = "p"
        if _NUMBER.match(line):
            kind = "n"
        elif len(line) <= 50 and not line.endswith(("。", "：", "；", "，")) and not line.startswith("附件") and (
                index < 3 or "关于印发" in line or _TITLE.search(line) and not _ITEM.match(line) and "，" not in line
                and (index < 15 or lines[index - 1].strip().startswith("附件"))):
            kind = "t"  # the notice's title and the plan's at the top, an annex's under its 附件 line
        elif line.endswith("：") and index < 6 and ("各" in line or "，" in line) and len(line) < 80:
            kind = "a"
        elif _DATE.match(line):
            kind = "r"
            above = lines[index - 1].strip()
            if classes and classes[-1] == "p" and len(above) <= 25 and not above.endswith(("。", "；", "：", "）")):
                classes[-1] = "r"
        classes.append(kind)
    return classes


def page_html(text: str, mirrored: bool = False, official: bool = False) -> str:
    """The plan's text as a web page: a paragraph a line, the rows of a table written between pipes a ruled table."""
    parts, rows = [], []
    lines = [line for line in text.splitlines() if line.strip()]
    classes = _official_classes(lines) if official else ["p"] * len(lines)
    for line, kind in [*zip(lines, classes, strict=True), ("", "p")]:
        if line.startswith("|"):
            rows.append("<tr>" + "".join(f"<td>{html.escape(cell.strip())}</td>"
                                         for cell in line.strip().strip("|").split("|")) + "</tr>")
            continue
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line:
            parts.append(f'<p class="{kind}">{html.escape(line)}</p>')
    style = _STYLE + (_MIRRORED if mirrored else "") + (_OFFICIAL if official else "")
    return f'<html><head><meta charset="utf-8"><style>{style}</style></head><body>{"".join(parts)}</body></html>'


def printed_pdf(page, text: str, mirrored: bool = False, official: bool = False) -> bytes:
    """``text`` printed to an A4 PDF by the browser ``page``."""
    page.set_content(page_html(text, mirrored, official))
    return page.pdf(prefer_css_page_size=True, display_header_footer=True, header_template="<span></span>",
                    footer_template=_FOOTER)
