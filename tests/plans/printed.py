"""Plans printed to PDF as a clerk prints a portal's page: each paragraph of a plan's text a <p> set in two characters,
its pipe-table rows a ruled table, the page numbered '— N —' at its foot — by Debian's chromium, the browser the suite
drives (``page.pdf``). ``mirrored`` sets a book's left and right pages a centimetre apart."""

import html

_STYLE = ("body{font-family:'WenQuanYi Micro Hei';font-size:16pt;line-height:1.6}"
          "p{margin:0;text-indent:2em;text-align:justify}"
          "table{border-collapse:collapse;font-size:11pt}td{border:1px solid #000;padding:2px}"
          "@page{size:A4;margin:3.7cm 2.6cm 3.5cm 2.8cm}")
_MIRRORED = "@page :left{margin-left:2.2cm;margin-right:3.2cm}@page :right{margin-left:3.2cm;margin-right:2.2cm}"
_FOOTER = '<div style="width:100%;text-align:center;font-size:14pt">— <span class="pageNumber"></span> —</div>'


def page_html(text: str, mirrored: bool = False) -> str:
    """The plan's text as a web page: a paragraph a line, the rows of a table written between pipes a ruled table."""
    parts, rows = [], []
    for line in [line for line in text.splitlines() if line.strip()] + [""]:
        if line.startswith("|"):
            rows.append("<tr>" + "".join(f"<td>{html.escape(cell.strip())}</td>"
                                         for cell in line.strip().strip("|").split("|")) + "</tr>")
            continue
        if rows:
            parts.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line:
            parts.append(f"<p>{html.escape(line)}</p>")
    style = _STYLE + (_MIRRORED if mirrored else "")
    return f'<html><head><meta charset="utf-8"><style>{style}</style></head><body>{"".join(parts)}</body></html>'


def printed_pdf(page, text: str, mirrored: bool = False) -> bytes:
    """``text`` printed to an A4 PDF by the browser ``page``."""
    page.set_content(page_html(text, mirrored))
    return page.pdf(prefer_css_page_size=True, display_header_footer=True, header_template="<span></span>",
                    footer_template=_FOOTER)
